"""``nemo-local status --broker URL``: the workers (Celery remote control) and the queue (Redis)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from . import broker


def lines(url: str, timeout: float = 1.0) -> list[str]:
    """What the broker knows, one line each; raises BrokerError when it cannot be reached."""
    broker.check_url(url)
    broker.ping(url)
    waiting = broker.queue_length(url)
    app = broker.celery_app(url)
    try:
        # each broadcast waits its whole timeout for replies: ask both questions at once
        with ThreadPoolExecutor(2) as pool:
            asked = [pool.submit(_ask, app, question, timeout) for question in ("stats", "active")]
            stats: dict[str, Any] = asked[0].result() or {}
            active: dict[str, Any] = asked[1].result() or {}
    finally:
        app.close()
    out = [f"broker {broker.display(url)}: reachable; {waiting} render task(s) waiting; {len(stats)} worker(s)"]
    for name in sorted(stats):
        slots = (stats[name].get("pool") or {}).get("max-concurrency", "?")
        renders = []
        for task in active.get(name) or []:
            payload = (task.get("kwargs") or {}).get("payload") or {}
            part = payload.get("part") or {}
            renders.append(f"{payload.get('render_id', '?')} (frames {part.get('frame_start', '?')}-"
                           f"{part.get('frame_end', '?')})")
        busy = ", ".join(renders) if renders else "idle"
        out.append(f"worker {name}: {len(renders)}/{slots} busy: {busy}")
    return out


def _ask(app: Any, question: str, timeout: float) -> dict[str, Any] | None:
    result: dict[str, Any] | None = getattr(app.control.inspect(timeout=timeout), question)()
    return result
