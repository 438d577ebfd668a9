"""URL uploads: http(s) only, streamed to a .part file with a size cap and an overall time limit."""

from __future__ import annotations

import asyncio
import urllib.parse
from pathlib import Path

import httpx

from .errors import TOO_LARGE, ApiError, http
from .settings import Settings
from .storage import Incoming, display_name


def check_url(url: object) -> str:
    if not isinstance(url, str) or len(url) > 4096:
        raise http(400, "each URL must be a string of at most 4096 characters")
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise http(400, f"only http and https URLs can be uploaded, not {parts.scheme or 'this'}: {url[:200]}")
    return url.strip()


def _filename(url: str, response: httpx.Response) -> str:
    disposition = response.headers.get("content-disposition", "")
    if "filename=" in disposition:
        name = disposition.split("filename=", 1)[1].split(";", 1)[0].strip().strip('"')
        if name:
            return display_name(name)
    path = urllib.parse.unquote(urllib.parse.urlsplit(str(response.url)).path)
    return display_name(path.rsplit("/", 1)[-1] or "download")


async def fetch(urls: list[str], settings: Settings, media_root: Path, user_id: str) -> list[Incoming]:
    checked = [check_url(u) for u in urls]
    if not checked:
        raise http(400, "no URLs given")
    if len(checked) > settings.url_max_count:
        raise http(400, f"at most {settings.url_max_count} URLs per upload")
    received: list[Incoming] = []
    try:
        async with httpx.AsyncClient(follow_redirects=True, max_redirects=5,
                                     timeout=httpx.Timeout(30.0, connect=10.0)) as client:
            for url in checked:
                try:
                    inc = await asyncio.wait_for(_fetch_one(client, url, settings, media_root, user_id),
                                                 timeout=settings.url_timeout_seconds)
                except TimeoutError:
                    raise http(408, f"download took longer than {settings.url_timeout_seconds:g} s: {url[:200]}") from None
                except httpx.HTTPError as exc:
                    raise http(400, f"could not download {url[:200]}: {type(exc).__name__}") from None
                received.append(inc)
    except BaseException:
        for inc in received:
            inc.discard()
        raise
    return received


async def _fetch_one(client: httpx.AsyncClient, url: str, settings: Settings, media_root: Path,
                     user_id: str) -> Incoming:
    async with client.stream("GET", url) as response:
        if response.url.scheme not in ("http", "https"):
            raise http(400, f"redirected to a non-http URL: {url[:200]}")
        if response.status_code >= 400:
            raise http(400, f"download failed with HTTP {response.status_code}: {url[:200]}")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.url_max_bytes:
            raise ApiError(TOO_LARGE, f"{url[:200]}: file too large (max {settings.url_max_bytes} bytes)")
        inc = Incoming(media_root, user_id, _filename(url, response))
        try:
            async for chunk in response.aiter_bytes():
                if inc.size + len(chunk) > min(settings.url_max_bytes, settings.max_upload_bytes):
                    raise ApiError(TOO_LARGE, f"{url[:200]}: file too large")
                inc.write(chunk)
        except BaseException:
            inc.discard()
            raise
        inc.close()
        return inc
