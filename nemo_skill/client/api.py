"""The HTTP client: base URL, attribution, the bearer token and the retry rules of docs/api.md.

Retries done here, each at most once per call: 1001 (new anonymous token with the same client id,
only when the token is ours), HTTP 400 missing X-Client-Id (new persisted client id), HTTP 429
(wait ``retry_429_s``). Everything else becomes a NemoError from ``codes.error_for``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from . import attribution, codes, envelope
from .errors import AuthError, NemoError, NetworkError
from .settings import DEFAULT_WEB_URL, Settings
from .store import CREDENTIALS, Store
from .urls import split_http_url

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) with default ports filled in: the unit the token is bound to."""
    try:
        parts = urlsplit(url)
        scheme = (parts.scheme or "").lower()
        port = parts.port or {"http": 80, "https": 443}.get(scheme, 0)
    except ValueError:  # a malformed URL matches no origin, so it never receives the token
        return "", "", 0
    return scheme, (parts.hostname or "").lower(), port


def same_origin(a: str, b: str) -> bool:
    return origin(a) == origin(b)


def is_loopback(url: str) -> bool:
    return origin(url)[1] in LOOPBACK_HOSTS or origin(url)[1].startswith("127.")


@dataclass
class Token:
    value: str
    source: str  # "env" | "stored" | "anonymous"
    user_id: str | None = None
    expires_at: str | None = None


def _expired(expires_at: Any, margin_s: float = 60.0) -> bool:
    if not isinstance(expires_at, str) or not expires_at:
        return False
    try:
        when = datetime.fromisoformat(expires_at.replace("Z", "+00:00"))
    except ValueError:
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() - margin_s <= time.time()


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Api:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        store: Store | None = None,
        status: Callable[[str], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.store = store or Store(self.settings.config_dir)
        self.status = status or _stderr
        self.sleep = sleep
        self._base: str | None = None
        self._http: Any = None
        self._token: Token | None = None
        self._attribution: attribution.Attribution | None = None

    # -- where we talk to --------------------------------------------------------------------
    @property
    def key(self) -> str:
        """Store key: the API base as configured, so local and cloud data never mix."""
        return self.settings.api_url

    @property
    def base_url(self) -> str:
        if self._base is None:
            if self.settings.api_url.lower() == "local":
                self._base = self._start_local()
            else:
                url = self.settings.api_url
                if "://" not in url:
                    url = "https://" + url
                split_http_url(url, "NEMO_API_URL")
                self._base = url.rstrip("/")
        return self._base

    def _start_local(self) -> str:
        try:
            from nemo_skill.local import launcher
        except ImportError as exc:
            raise NemoError(
                "NEMO_API_URL=local needs the embedded engine, which is not installed.",
                hint="Install the skill with its 'local' extra: pip install '.[local]'.",
            ) from exc
        try:
            return str(launcher.ensure_running()).rstrip("/")
        except Exception as exc:  # the launcher's failure is the user's problem to see, in one line
            raise NetworkError(f"The local engine could not be started: {exc}") from exc

    @property
    def web_url(self) -> str:
        if self.settings.web_url:
            return self.settings.web_url
        if self.settings.api_url.lower() == "local" or is_loopback(self.base_url):
            return self.base_url  # the embedded engine serves /workspace/claim itself
        return DEFAULT_WEB_URL

    @property
    def attribution(self) -> attribution.Attribution:
        if self._attribution is None:
            self._attribution = attribution.load()
        return self._attribution

    @property
    def http(self) -> Any:
        if self._http is None:
            from ._httpx import httpx

            t = self.settings.http_timeout_s
            verify: Any = True
            if urlsplit(self.base_url).scheme == "http":
                # A plain-http API (the loopback engine) never does TLS, so skip loading the CA bundle
                # (a third of the start-up time). The bare context verifies nothing successfully:
                # an https request through this client would fail closed, never go unchecked.
                import ssl

                verify = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            self._http = httpx.Client(
                base_url=self.base_url,
                timeout=httpx.Timeout(t, connect=min(t, 15.0)),
                headers=self.attribution.headers(),
                follow_redirects=False,
                verify=verify,
            )
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- identity ----------------------------------------------------------------------------
    def client_id(self) -> str:
        if self.settings.env_client_id:
            return self.settings.env_client_id
        cid = self.store.client_id(create=True)
        assert cid is not None
        return cid

    def token(self) -> Token:
        if self._token is not None:
            return self._token
        if self.settings.env_token:
            self._token = Token(self.settings.env_token, "env")
            return self._token
        if self._use_stored():
            return self._token  # type: ignore[return-value]
        # Scripts started together on one empty store: the first asks for a token under the lock, the
        # others find it stored once they get the lock (one client id may get one token per 7 days).
        with self.store.locked():
            if self._use_stored():
                return self._token  # type: ignore[return-value]
            return self.new_anonymous_token()

    def _use_stored(self) -> bool:
        stored = self.store.section(CREDENTIALS, self.key).get("token")
        if isinstance(stored, dict) and isinstance(stored.get("value"), str) and not _expired(stored.get("expires_at")):
            self._token = Token(stored["value"], "stored", stored.get("user_id"), stored.get("expires_at"))
            return True
        return False

    def new_anonymous_token(self) -> Token:
        data = self.call("POST", "/api/auth/anonymous-token", auth=False)
        if not isinstance(data, dict) or not isinstance(data.get("token"), str) or not data["token"]:
            raise NemoError("The API did not hand out a token.")
        token = Token(data["token"], "anonymous", data.get("user_id"), data.get("expires_at"))
        self.store.update_section(
            CREDENTIALS,
            self.key,
            token={
                "value": token.value,
                "user_id": token.user_id,
                "expires_at": token.expires_at,
                "obtained_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "client_id": self.client_id(),
            },
        )
        self._token = token
        return token

    def forget_token(self) -> None:
        self._token = None
        if not self.settings.env_token:
            self.store.update_section(CREDENTIALS, self.key, token=None)

    def user_id(self) -> str | None:
        tok = self._token
        if tok and tok.user_id:
            return tok.user_id
        from .store import SESSIONS

        session = self.store.section(SESSIONS, self.key).get("session")
        return session.get("user_id") if isinstance(session, dict) else None

    # -- requests ----------------------------------------------------------------------------
    def headers(self, *, auth: bool = True) -> dict[str, str]:
        headers = {"X-Client-Id": self.client_id()}
        if auth:
            headers["Authorization"] = f"Bearer {self.token().value}"
        return headers

    def network_error(self, exc: Exception) -> NetworkError:
        reason = type(exc).__name__
        text = str(exc).strip()
        if text and len(text) < 160:
            reason = f"{reason}: {text}"
        if self.settings.uses_default_cloud:
            return NetworkError(
                f"Cannot reach the NemoVideo cloud at {self.settings.api_url} ({reason}).",
                hint="Check the network, or work offline with the embedded engine: set NEMO_API_URL=local.",
            )
        return NetworkError(f"Cannot reach the API at {self.base_url} ({reason}).")

    def send(self, method: str, path: str, *, auth: bool = True, **kw: Any) -> Any:
        """One HTTP exchange with the retry rules; returns the envelope's data."""
        from ._httpx import httpx

        retried: set[str] = set()
        extra_headers = kw.pop("headers", None) or {}
        while True:
            headers = {**self.headers(auth=auth), **extra_headers}
            try:
                resp = self.http.request(method, path, headers=headers, **kw)
            except httpx.TimeoutException as exc:
                raise NetworkError(f"The API at {self.base_url} did not answer in time ({type(exc).__name__}).") from exc
            except httpx.TransportError as exc:
                raise self.network_error(exc) from exc
            reply = envelope.parse(resp.status_code, resp.content, resp.headers.get("content-type"))
            if reply.ok:
                return reply.data
            action = self.recover(reply, retried, auth=auth)
            if action != "retry":
                raise action

    # alias that reads better at call sites
    call = send

    def recover(self, reply: envelope.Reply, retried: set[str], *, auth: bool) -> Any:
        """'retry' after fixing what can be fixed once, else the error to raise."""
        if codes.is_rate_limited(reply) and "429" not in retried:
            retried.add("429")
            self.status(f"The API is rate limiting; retrying once in {self.settings.retry_429_s:g} s…")
            self.sleep(self.settings.retry_429_s)
            return "retry"
        if codes.is_missing_client_id(reply) and "client_id" not in retried:
            retried.add("client_id")
            if not self.settings.env_client_id:
                self.store.new_client_id()
            return "retry"
        if auth and codes.is_auth_failure(reply):
            tok = self._token
            if tok is not None and tok.source == "env":
                return AuthError(
                    "NEMO_TOKEN is invalid or has expired.",
                    hint="Set a fresh token, or unset NEMO_TOKEN to use a free anonymous one.",
                )
            if "1001" not in retried:
                retried.add("1001")
                self.status("The access token expired; getting a new one…")
                self.forget_token()
                self.new_anonymous_token()
                return "retry"
        tok = self._token
        user_id = self.user_id()
        return codes.error_for(
            reply,
            web_url=self.web_url,
            anonymous=tok is None or tok.source != "env" or (user_id or "").startswith("anon"),
            user_id=user_id,
        )

    def reply_error(self, resp: Any, retried: set[str], *, auth: bool = True) -> Any:
        """For streamed responses: read the body of a failed reply and decide like ``send``."""
        body = resp.read()
        reply = envelope.parse(resp.status_code, body, resp.headers.get("content-type"))
        if reply.ok:
            reply = envelope.Reply(ok=False, status=resp.status_code, message=f"HTTP {resp.status_code}")
        return self.recover(reply, retried, auth=auth)
