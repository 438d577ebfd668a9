"""The API's error codes (docs/api.md) turned into errors a person can act on. Pure."""

from __future__ import annotations

from .envelope import Reply
from .errors import (
    ApiError,
    AuthError,
    Conflict,
    CreditsError,
    FileRejected,
    NemoError,
    PlanBlocked,
    RateLimited,
    ServerError,
    SessionLost,
)
from .settings import MAX_UPLOAD_BYTES, SUPPORTED_FORMATS

TOKEN_EXPIRED = 1001
SESSION_NOT_FOUND = 1002
NO_CREDITS = 2001
UNSUPPORTED_FILE = 4001
FILE_TOO_LARGE = 4002

FORMATS_TEXT = ", ".join(SUPPORTED_FORMATS)
SESSION_LOST_TEXT = (
    "The editing session was not found (it expired or was deleted), so its timeline is gone."
)


def is_auth_failure(reply: Reply) -> bool:
    return reply.code == TOKEN_EXPIRED or reply.status == 401


def is_missing_client_id(reply: Reply) -> bool:
    text = reply.message.lower().replace("_", "-")
    return reply.status == 400 and ("client-id" in text or "client id" in text)


def is_rate_limited(reply: Reply) -> bool:
    return reply.status == 429 or reply.code == 429


def register_url(web_url: str, user_id: str | None) -> str:
    return f"{web_url}/register?bind={user_id}" if user_id else f"{web_url}/register"


def error_for(reply: Reply, *, web_url: str, anonymous: bool, user_id: str | None) -> NemoError:
    """The error to raise for a failed reply (after the client's own retries are spent)."""
    code, status = reply.code, reply.status
    detail = f" ({reply.message})" if reply.message else ""
    if code == TOKEN_EXPIRED or status == 401:
        return AuthError("The API rejected the access token" + detail + ".")
    if code == SESSION_NOT_FOUND:
        return SessionLost(SESSION_LOST_TEXT)
    if code == NO_CREDITS:
        if anonymous:
            return CreditsError(
                "You are out of credits.",
                hint=f"Register to get more and keep this work: {register_url(web_url, user_id)}",
            )
        return CreditsError("You are out of credits.", hint=f"Top up credits in your account at {web_url}.")
    if code == UNSUPPORTED_FILE:
        return FileRejected("The API does not support this file" + detail + ".", hint=f"Supported formats: {FORMATS_TEXT}.")
    if code == FILE_TOO_LARGE:
        return FileRejected(
            f"The file is too large (the limit is {MAX_UPLOAD_BYTES // (1024 * 1024)} MB per file).",
            hint="Compress it (lower bitrate or resolution) or trim it into shorter parts, then upload again.",
        )
    if status == 402:
        return PlanBlocked(
            "Register or upgrade your plan to unlock export.",
            hint=f"(The free plan blocks export; this is the plan tier, not credits: {register_url(web_url, user_id if anonymous else None)})",
        )
    if is_rate_limited(reply):
        return RateLimited("The API is rate limiting requests; it still refused after waiting.", hint="Try again in a few minutes.")
    if status == 409:
        return Conflict("The API reported a conflict" + detail + ".", status=status, code=code, data=reply.data)
    if status >= 500:
        return ServerError(f"The API had an internal problem (HTTP {status}){detail}.", status=status, code=code, hint="Try again shortly.")
    if code is None and reply.message.startswith("the server answered"):
        return ServerError(reply.message[0].upper() + reply.message[1:] + ".", status=status)
    what = f"code {code}" if code not in (None, 0) else f"HTTP {status}"
    return ApiError(f"The API refused the request ({what}): {reply.message or 'no details given'}", status=status, code=code)
