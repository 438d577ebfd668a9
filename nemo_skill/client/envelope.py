"""Reading the API's reply envelopes. Pure: bytes in, a Reply out, never an exception.

Shapes accepted (docs/api.md, "Replies"): ``{"code":0,"data":…}`` / ``{"code":n,"message":…}``,
``{"success":true,"data":…}`` / ``{"success":false,"error":…}``, and a bare object (the render
status is documented top level). Anything else (HTML error pages, empty or truncated bodies) becomes
a failed Reply with a message a person can read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

_MAX_MESSAGE = 300


@dataclass(frozen=True)
class Reply:
    ok: bool
    status: int
    code: int | None = None  # the envelope's code (0 = success) when it has one
    data: Any = None
    message: str = ""


def _clean(text: Any) -> str:
    if not isinstance(text, str):
        try:
            text = json.dumps(text, ensure_ascii=False)
        except (TypeError, ValueError):
            text = str(text)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _fail(status: int, message: str, code: int | None = None, data: Any = None) -> Reply:
    """A failed Reply whose message is always one non-empty line of at most 300 characters."""
    return Reply(ok=False, status=status, code=code, data=data, message=_clean(message) or f"HTTP {status}")


def _as_code(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value.strip()) < 12:
        return int(value.strip())
    return None


def _message_of(obj: dict[str, Any]) -> str:
    for key in ("message", "msg", "error_message", "errorMessage", "detail", "error"):
        value = obj.get(key)
        if isinstance(value, dict):
            inner = _message_of(value)
            if inner:
                return inner
        elif value not in (None, "", [], {}):
            return _clean(value)
    return ""


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head or "<head" in head


def _html_title(text: str) -> str:
    low = text.lower()
    start = low.find("<title>")
    end = low.find("</title>", start + 7)
    if start >= 0 and end > start:
        return _clean(text[start + 7 : end])
    return ""


def _ok_status(status: int) -> bool:
    return 200 <= status < 300


def parse(status: int, body: bytes | str, content_type: str | None = None) -> Reply:
    """Turn one HTTP reply into a Reply. ``status`` is the HTTP status."""
    if isinstance(body, bytes):
        text = body.decode("utf-8", errors="replace")
    else:
        text = body
    stripped = text.strip()
    if not stripped:
        if _ok_status(status):
            return Reply(ok=True, status=status, data=None)
        return _fail(status, f"the server answered HTTP {status} with an empty body")
    try:
        obj = json.loads(stripped)
    except (ValueError, RecursionError):
        if _looks_like_html(stripped) or (content_type or "").lower().startswith("text/html"):
            title = _html_title(stripped)
            what = f" ({title})" if title else ""
            return _fail(status, f"the server answered HTTP {status} with a web page{what} instead of API data")
        return _fail(status, f"the server answered HTTP {status} with something that is not JSON: {_clean(stripped[:80])}",
        )
    return from_json(status, obj)


def from_json(status: int, obj: Any) -> Reply:
    """Interpret an already decoded JSON body."""
    if not isinstance(obj, dict):
        if _ok_status(status):
            return Reply(ok=True, status=status, data=obj)
        return _fail(status, f"the server answered HTTP {status}: {_clean(obj)}")

    if "code" in obj and _as_code(obj.get("code")) is not None:
        code = _as_code(obj.get("code"))
        data = obj.get("data")
        if code == 0 and _ok_status(status):
            return Reply(ok=True, status=status, code=0, data=data)
        message = _message_of(obj) or (f"error code {code}" if code else f"HTTP {status}")
        return _fail(status, message, code, data)

    if isinstance(obj.get("success"), bool):
        data = obj.get("data")
        if obj["success"] and _ok_status(status):
            return Reply(ok=True, status=status, data=data)
        error = obj.get("error")
        code = None
        if isinstance(error, dict):
            code = _as_code(error.get("code"))
        message = _message_of(obj) or f"HTTP {status}"
        return _fail(status, message, code, data)

    if _ok_status(status):
        return Reply(ok=True, status=status, data=obj)
    return _fail(status, _message_of(obj) or f"HTTP {status}", None, obj.get("data"))
