"""Every knob of the client, read from the environment in one place.

| variable | default | meaning |
|---|---|---|
| `NEMO_API_URL` | `https://mega-api-prod.nemovideo.ai` | API base; `local` starts the embedded engine |
| `NEMO_WEB_URL` | `https://nemovideo.com` (the API base for a loopback engine) | claim/registration links |
| `NEMO_TOKEN` | none | bearer token; never written to disk |
| `NEMO_CLIENT_ID` | persisted UUID | client id for anonymous tokens |
| `SKILL_SOURCE` | detected from the install path | `X-Skill-Platform` |
| `NEMO_CONFIG_DIR` | `$XDG_CONFIG_HOME/nemovideo` or `~/.config/nemovideo` | the store |
| `NEMO_HTTP_TIMEOUT_S` | 60 | connect/read timeout of ordinary calls |
| `NEMO_CHAT_STILL_WORKING_S` | 120 | "Still working…" interval during a chat turn |
| `NEMO_CHAT_IDLE_TIMEOUT_S` | 600 | heartbeats only for this long = the turn timed out |
| `NEMO_CHAT_MAX_S` | 900 | hard cap of one chat turn |
| `NEMO_POLL_INTERVALS` | `30,60,60,60,60` | state polls after a dropped/timed-out chat stream |
| `NEMO_RENDER_POLL_S` | 30 (2 for a local engine) | seconds between render status polls |
| `NEMO_RENDER_MAX_POLLS` | 10 (150 for a local engine) | render status polls before giving up (the render stays resumable) |
| `NEMO_RETRY_429_S` | 30 | wait before the single retry after HTTP 429 |
| `NEMO_TRANSFER_TIMEOUT_S` | 300 | longest wait for an upload's answer (download: min(this, 120) between chunks) |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_API_URL = "https://mega-api-prod.nemovideo.ai"
DEFAULT_WEB_URL = "https://nemovideo.com"

SUPPORTED_FORMATS = ("mp4", "mov", "avi", "webm", "mkv", "jpg", "png", "gif", "webp", "mp3", "wav", "m4a", "aac")
MAX_UPLOAD_BYTES = 500 * 1024 * 1024


def _float(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value >= 0 else default


def _int(env: dict[str, str], name: str, default: int) -> int:
    value = _float(env, name, float(default))
    return max(1, int(value))


def _intervals(env: dict[str, str], name: str, default: tuple[float, ...]) -> tuple[float, ...]:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        values = tuple(float(x) for x in raw.replace(";", ",").split(",") if x.strip())
    except ValueError:
        return default
    return values if values and all(v >= 0 for v in values) else default


def _is_local(api_url: str) -> bool:
    """`local`, or an http URL on a loopback host."""
    from urllib.parse import urlsplit

    if api_url.lower() == "local":
        return True
    try:
        host = (urlsplit(api_url).hostname or "").lower()
    except ValueError:  # reported when the URL is used
        return False
    return host in ("localhost", "::1") or host.startswith("127.")


def config_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("NEMO_CONFIG_DIR"):
        return Path(env["NEMO_CONFIG_DIR"]).expanduser()
    if env.get("XDG_CONFIG_HOME"):
        return Path(env["XDG_CONFIG_HOME"]).expanduser() / "nemovideo"
    return Path.home() / ".config" / "nemovideo"


@dataclass(frozen=True)
class Settings:
    api_url: str = DEFAULT_API_URL  # as configured: a URL or "local"
    web_url: str | None = None  # None: derive from the API base
    env_token: str | None = None
    env_client_id: str | None = None
    skill_source: str | None = None
    config_dir: Path = field(default_factory=config_dir)
    http_timeout_s: float = 60.0
    still_working_s: float = 120.0
    idle_timeout_s: float = 600.0
    chat_max_s: float = 900.0
    poll_intervals: tuple[float, ...] = (30.0, 60.0, 60.0, 60.0, 60.0)
    render_poll_s: float = 30.0
    render_max_polls: int = 10
    retry_429_s: float = 30.0
    transfer_timeout_s: float = 300.0

    @property
    def uses_default_cloud(self) -> bool:
        return self.api_url.rstrip("/") == DEFAULT_API_URL

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        e: dict[str, str] = dict(os.environ if env is None else env)
        api_url = (e.get("NEMO_API_URL") or DEFAULT_API_URL).strip().rstrip("/") or DEFAULT_API_URL
        # The cloud's cadence (30 s x 10) suits 30-90 s cloud renders; a local engine on this machine
        # reports progress at once, so poll it often, within the same five-minute budget.
        local = _is_local(api_url)
        return cls(
            api_url=api_url,
            web_url=(e.get("NEMO_WEB_URL") or "").strip().rstrip("/") or None,
            env_token=(e.get("NEMO_TOKEN") or "").strip() or None,
            env_client_id=(e.get("NEMO_CLIENT_ID") or "").strip() or None,
            skill_source=(e.get("SKILL_SOURCE") or "").strip() or None,
            config_dir=config_dir(e),
            http_timeout_s=_float(e, "NEMO_HTTP_TIMEOUT_S", 60.0) or 60.0,
            still_working_s=_float(e, "NEMO_CHAT_STILL_WORKING_S", 120.0) or 120.0,
            idle_timeout_s=_float(e, "NEMO_CHAT_IDLE_TIMEOUT_S", 600.0) or 600.0,
            chat_max_s=_float(e, "NEMO_CHAT_MAX_S", 900.0) or 900.0,
            poll_intervals=_intervals(e, "NEMO_POLL_INTERVALS", (30.0, 60.0, 60.0, 60.0, 60.0)),
            render_poll_s=_float(e, "NEMO_RENDER_POLL_S", 2.0 if local else 30.0),
            render_max_polls=_int(e, "NEMO_RENDER_MAX_POLLS", 150 if local else 10),
            retry_429_s=_float(e, "NEMO_RETRY_429_S", 30.0),
            transfer_timeout_s=_float(e, "NEMO_TRANSFER_TIMEOUT_S", 300.0) or 300.0,
        )
