"""Engine settings: one dataclass, read from the environment, overridable in tests via create_app()."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

DAY = 24 * 3600


def default_data_dir() -> Path:
    """NEMO_LOCAL_DATA, else $XDG_DATA_HOME/nemovideo-local, else ~/.local/share/nemovideo-local."""
    explicit = os.environ.get("NEMO_LOCAL_DATA")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "nemovideo-local"


def _default_workers() -> int:
    return max(1, (os.cpu_count() or 2) // 2)


def _env_num(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise SystemExit(f"{name} must be a number, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    heartbeat_seconds: float = 10.0          # SSE keep-alive while a chat turn works
    token_ttl_seconds: float = 7 * DAY       # anonymous tokens, like the cloud
    claim_ttl_seconds: int = 7 * DAY
    initial_credits: int = 100
    max_upload_bytes: int = 500 * 1024 * 1024    # per file (4002 beyond)
    max_request_bytes: int = 2 * 1024 * 1024 * 1024  # a whole multipart request
    max_json_bytes: int = 8 * 1024 * 1024    # JSON bodies (drafts are small)
    workers: int = field(default_factory=_default_workers)  # render worker threads (one FFmpeg each)
    url_max_bytes: int = 500 * 1024 * 1024
    url_timeout_seconds: float = 120.0
    url_max_count: int = 20
    tokens_per_ip: int = 1000                # new anonymous users per IP per 7 days (cloud: about 10)
    render_progress_interval: float = 0.25   # seconds between progress writes to the store
    # --- a server for a team (docs/cluster.md); `serve --host` beyond loopback turns both off ---
    allow_anonymous: bool = True             # issue and accept anonymous tokens
    allow_private_links: bool = True         # link uploads may reach loopback/private/link-local hosts
    link_allow_networks: tuple[str, ...] = ()  # CIDRs reachable by link uploads even when private
    # --- broker mode (docs/cluster.md): renders go to `nemo-local worker` processes via Celery ---
    render_broker: str | None = None         # redis://HOST:PORT/N; None = renders run in-process
    cluster_heartbeat_s: float = 2.0         # a worker reports progress this often while it renders
    cluster_lost_after_s: float = 20.0       # no report for this long = the worker is lost: render again
    cluster_max_attempts: int = 3            # a render lost this many times fails
    cluster_queue_timeout_s: float = 3600.0  # no worker took the render in this long: it fails
    cluster_broker_down_s: float = 60.0      # broker unreachable this long: waiting renders fail
    cluster_url_ttl_s: float = 6 * 3600.0    # signed worker URLs expire (queue wait + render time)
    # a render longer than this is cut into parts rendered on several workers and joined (0: never);
    # the default is bench/cluster.py's measure (docs/cluster.md "Chunked rendering")
    render_chunk_s: float = 30.0

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        s = cls(
            heartbeat_seconds=_env_num("NEMO_LOCAL_HEARTBEAT", 10.0),
            token_ttl_seconds=_env_num("NEMO_LOCAL_TOKEN_TTL", 7 * DAY),
            initial_credits=int(_env_num("NEMO_LOCAL_CREDITS", 100)),
            max_upload_bytes=int(_env_num("NEMO_LOCAL_MAX_UPLOAD", 500 * 1024 * 1024)),
            max_request_bytes=int(_env_num("NEMO_LOCAL_MAX_REQUEST", 2 * 1024 * 1024 * 1024)),
            workers=int(_env_num("NEMO_LOCAL_WORKERS", _default_workers())),
            url_max_bytes=int(_env_num("NEMO_LOCAL_URL_MAX_BYTES", 500 * 1024 * 1024)),
            url_timeout_seconds=_env_num("NEMO_LOCAL_URL_TIMEOUT", 120.0),
            tokens_per_ip=int(_env_num("NEMO_LOCAL_TOKENS_PER_IP", 1000)),
            link_allow_networks=tuple(n.strip() for n in os.environ.get("NEMO_LOCAL_LINK_ALLOW", "").split(",")
                                      if n.strip()),
            render_broker=os.environ.get("NEMO_RENDER_BROKER", "").strip() or None,
            cluster_heartbeat_s=_env_num("NEMO_CLUSTER_HEARTBEAT", 2.0),
            cluster_lost_after_s=_env_num("NEMO_CLUSTER_LOST_AFTER", 20.0),
            cluster_queue_timeout_s=_env_num("NEMO_CLUSTER_QUEUE_TIMEOUT", 3600.0),
            cluster_broker_down_s=_env_num("NEMO_CLUSTER_BROKER_DOWN", 60.0),
            render_chunk_s=_env_num("NEMO_RENDER_CHUNK_S", 30.0),
        )
        return s.with_overrides(**overrides)

    def with_overrides(self, **overrides: Any) -> Settings:
        if "data_dir" in overrides and overrides["data_dir"] is not None:
            overrides["data_dir"] = Path(overrides["data_dir"]).expanduser()  # type: ignore[arg-type]
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
