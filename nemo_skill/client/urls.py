"""Checking http(s) URLs given by a person (settings, upload links) before anything is sent."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

from .errors import UsageError


def split_http_url(url: str, what: str) -> SplitResult:
    """The parts of an http(s) URL with a host and a valid port, or a UsageError naming ``what``."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise UsageError(f"{what} is not a valid URL ({exc}): {url!r}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{what} must be an http:// or https:// URL: {url!r}")
    return parts
