"""The broker both sides use: URL checks, a Celery app configured for renders, Redis probes.

Task settings, and why:
- ``task_acks_late`` + ``worker_prefetch_multiplier=1``: a message leaves Redis only when its render
  is over, and a worker reserves no more renders than it runs.
- ``visibility_timeout`` 300 s (Redis' default is an hour): an unacknowledged message whose worker
  died before it could tell the engine comes back within five minutes. A render that runs longer
  is not rendered twice: the engine answers the second worker's claim with 409 while the first still
  reports (``remote.py``). Workers lost mid-render are found sooner by the engine's heartbeat check.
- no result backend: progress and results go to the engine over HTTP (the engine is the only writer
  of its database, and the result file has to travel over HTTP anyway).
"""

from __future__ import annotations

import urllib.parse
from typing import Any

QUEUE = "nemo-render"
TASK = "nemo.render"
VISIBILITY_TIMEOUT_S = 300


class BrokerError(Exception):
    """One line a person can read: a malformed URL or an unreachable broker."""


def check_url(url: str) -> str:
    """``redis://[:password@]HOST[:PORT]/N`` (or ``rediss://``; the port defaults to 6379, as for
    every Redis client); raises BrokerError with the reason."""
    url = (url or "").strip()
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BrokerError(f"malformed broker URL {_safe(url)!r}: {exc}") from None
    if parts.scheme not in ("redis", "rediss"):
        raise BrokerError(f"malformed broker URL {_safe(url)!r}: expected redis://HOST:PORT/N")
    if not parts.hostname:
        raise BrokerError(f"malformed broker URL {_safe(url)!r}: no host (expected redis://HOST:PORT/N)")
    if port == 0:
        raise BrokerError(f"malformed broker URL {_safe(url)!r}: port 0")
    db = parts.path.lstrip("/")
    if db and not db.isdigit():
        raise BrokerError(f"malformed broker URL {_safe(url)!r}: the database must be a number, not {db!r}")
    if parts.query or parts.fragment:
        raise BrokerError(f"malformed broker URL {_safe(url)!r}: no query or fragment expected")
    return url


def _safe(url: str) -> str:
    """The URL without its password (a Redis password may be part of the broker URL)."""
    try:
        parts = urllib.parse.urlsplit(url)
        if parts.password:
            host = parts.hostname or ""
            netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
            return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    except ValueError:
        return url.split("@")[-1]
    return url


def display(url: str) -> str:
    return _safe(url)


def redis_client(url: str, timeout: float = 3.0) -> Any:
    import redis

    return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)


def ping(url: str, timeout: float = 3.0) -> str:
    """The broker's run id (changes whenever redis-server restarts); BrokerError when unreachable."""
    import redis

    client = redis_client(url, timeout)
    try:
        return str(client.info("server")["run_id"])
    except redis.RedisError as exc:
        raise BrokerError(f"the render broker {display(url)} cannot be reached: "
                          f"{(str(exc).splitlines() or [type(exc).__name__])[0]}") from None
    finally:
        client.close()


def queue_length(url: str) -> int:
    client = redis_client(url)
    try:
        return int(client.llen(QUEUE))
    finally:
        client.close()


def celery_app(url: str) -> Any:
    from celery import Celery

    app = Celery("nemo", broker=url, set_as_current=False)
    app.conf.update(
        task_serializer="json", accept_content=["json"], task_ignore_result=True,
        task_acks_late=True, task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        task_default_queue=QUEUE, broker_connection_timeout=3, broker_connection_retry_on_startup=True,
        broker_transport_options={"visibility_timeout": VISIBILITY_TIMEOUT_S, "socket_timeout": 5,
                                  "socket_connect_timeout": 3},
        worker_hijack_root_logger=False, worker_redirect_stdouts=False,
        worker_cancel_long_running_tasks_on_connection_loss=False,
        broker_channel_error_retry=True,
    )
    return app
