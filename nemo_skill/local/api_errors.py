"""The API's error codes and the one error shape: ``{"code": n, "message": "..."}``."""

from __future__ import annotations

from typing import Any

BAD_TOKEN = 1001
SESSION_NOT_FOUND = 1002
NO_CREDITS = 2001
UNSUPPORTED_FILE = 4001
TOO_LARGE = 4002
NOTHING_TO_EXPORT = 4003
EXPORT_RUNNING = 4009

# HTTP status sent with each contract code; codes without an entry use the HTTP status as the code.
HTTP_STATUS = {
    BAD_TOKEN: 401,
    SESSION_NOT_FOUND: 404,
    NO_CREDITS: 403,
    UNSUPPORTED_FILE: 415,
    TOO_LARGE: 413,
    NOTHING_TO_EXPORT: 400,
    EXPORT_RUNNING: 409,
}


def one_line(text: str, limit: int = 500) -> str:
    """Printable text on one line: messages quote user input (names, URLs), which may hold anything."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ApiError(Exception):
    """Raised anywhere in the engine; the app turns it into the JSON error body."""

    def __init__(self, code: int, message: str, *, status: int | None = None, data: Any = None) -> None:
        message = one_line(message)
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status or HTTP_STATUS.get(code, code if 400 <= code < 600 else 400)
        self.data = data

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.data is not None:
            out["data"] = self.data
        return out


def bad_token(message: str = "bad or expired token") -> ApiError:
    return ApiError(BAD_TOKEN, message)


def session_not_found() -> ApiError:
    return ApiError(SESSION_NOT_FOUND, "session not found")


def http(status: int, message: str) -> ApiError:
    return ApiError(status, message, status=status)
