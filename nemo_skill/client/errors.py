"""Errors a person can act on, each with its exit code (docs/exit-codes.md)."""

from __future__ import annotations

from typing import Any

OK = 0
UNEXPECTED = 1
USAGE = 2
NETWORK = 3
AUTH = 4
CREDITS = 5
FILE_REJECTED = 6
TIMEOUT = 7
RENDER_FAILED = 8
PLAN_BLOCKED = 9
RATE_LIMITED = 10
SESSION_LOST = 11


class NemoError(Exception):
    """A failure with a one-line message for the user and the exit code of the script."""

    exit_code = UNEXPECTED
    kind = "error"

    def __init__(self, message: str, *, hint: str | None = None, data: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.data = data

    def line(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "message": self.message, "exit_code": self.exit_code}
        if self.hint:
            out["hint"] = self.hint
        return out


class UsageError(NemoError):
    exit_code = USAGE
    kind = "usage"


class NetworkError(NemoError):
    exit_code = NETWORK
    kind = "network"


class ApiError(NemoError):
    """The API answered with an error the client has no specific action for."""

    exit_code = UNEXPECTED
    kind = "api"

    def __init__(self, message: str, *, status: int | None = None, code: int | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.status = status
        self.code = code


class AuthError(NemoError):
    exit_code = AUTH
    kind = "auth"


class CreditsError(NemoError):
    exit_code = CREDITS
    kind = "credits"


class FileRejected(NemoError):
    exit_code = FILE_REJECTED
    kind = "file"


class TimedOut(NemoError):
    exit_code = TIMEOUT
    kind = "timeout"


class RenderFailed(NemoError):
    exit_code = RENDER_FAILED
    kind = "render"


class PlanBlocked(NemoError):
    exit_code = PLAN_BLOCKED
    kind = "plan"


class RateLimited(NemoError):
    exit_code = RATE_LIMITED
    kind = "rate_limit"


class SessionLost(NemoError):
    exit_code = SESSION_LOST
    kind = "session"


class Conflict(ApiError):
    """HTTP 409: e.g. an export already running for the session (its id in ``data``)."""


class ServerError(ApiError):
    """HTTP 5xx, or a reply that is not API data at all (an HTML error page from a proxy)."""

    exit_code = NETWORK
    kind = "server"


class Interrupted(NemoError):
    exit_code = 130
    kind = "interrupted"
