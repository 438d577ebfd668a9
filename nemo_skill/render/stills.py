"""Pictures decoded, fitted and converted to yuv420p on worker threads while the FFmpeg command is
built (Pillow releases the GIL while it decodes and scales), and a helper for other work that runs
beside it."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from . import visuals
from .model import RenderError

T = TypeVar("T")


@functools.cache
def _still_pool() -> ThreadPoolExecutor:
    """Shared by every render in the process: Pillow releases the GIL while it decodes and scales."""
    return ThreadPoolExecutor(max_workers=os.cpu_count() or 2, thread_name_prefix="nemo-still")


def _still_yuv(src: Path, size: tuple[int, int], fit: str, bg: tuple[int, int, int],
               pan: visuals.Pan | None) -> bytes:
    frame = visuals.fit_still(src, size, fit, bg)
    if pan is not None:
        frame = visuals.pan_frame(frame, pan)
    return visuals.yuv420(frame)


class Stills:
    """Pictures decoded, fitted and converted on worker threads while the command is built, then
    waited for: a promo's stills take about half the time on two cores."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, str, Future[bytes], Callable[[bytes], object]]] = []

    def add(self, where: str, src: Path, size: tuple[int, int], fit: str, bg: tuple[int, int, int],
            pan: visuals.Pan | None, deliver: Callable[[bytes], object]) -> None:
        future = _still_pool().submit(_still_yuv, src, size, fit, bg, pan)
        self.jobs.append((where, src.name, future, deliver))

    def finish(self) -> None:
        jobs, self.jobs = self.jobs, []  # the pictures belong to their files and feeds from here
        for where, name, future, deliver in jobs:
            try:
                deliver(future.result())
            except (OSError, ValueError) as exc:
                raise RenderError(f"{where}: cannot read image {name}: {exc}") from exc


def in_background(fn: Callable[..., T], *args: object) -> Future[T]:
    """``fn(*args)`` on a thread of its own (the still pool may be busy with pictures)."""
    future: Future[T] = Future()

    def run() -> None:
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # handed to whoever waits for the result
            future.set_exception(exc)

    threading.Thread(target=run, daemon=True, name=f"nemo-{getattr(fn, '__name__', 'work')}").start()
    return future
