"""Pictures decoded, fitted and converted to yuv420p on worker threads while the FFmpeg command is
built and while FFmpeg starts (Pillow releases the GIL while it decodes and scales), and a helper for
other work that runs beside it."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeAlias, TypeVar

from . import visuals
from .pipes import FeedError

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


class PendingStill:
    """A picture being prepared on the pool: calling it waits for the yuv420p bytes. A picture that
    cannot be read fails the feed that asked for it, naming the segment and the file."""

    def __init__(self, where: str, name: str, future: Future[bytes]) -> None:
        self.where, self.name, self.future = where, name, future

    def __call__(self) -> bytes:
        try:
            return self.future.result()
        except (OSError, ValueError) as exc:
            raise FeedError(f"{self.where}: cannot read image {self.name}: {exc}") from exc


Still: TypeAlias = "bytes | Callable[[], bytes]"  # a prepared picture, or one still being prepared


def still_bytes(still: Still) -> bytes:
    return still() if callable(still) else still


class Stills:
    """Pictures decoded, fitted and converted on worker threads while the command is built and
    FFmpeg starts: each picture's frames wait for their still only when first asked for. Waiting for
    all of them before starting FFmpeg held the reference preview back 0.3-0.6 s (load 7)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, str, Future[bytes], Callable[[Still], object]]] = []

    def add(self, where: str, src: Path, size: tuple[int, int], fit: str, bg: tuple[int, int, int],
            pan: visuals.Pan | None, deliver: Callable[[Still], object]) -> None:
        future = _still_pool().submit(_still_yuv, src, size, fit, bg, pan)
        self.jobs.append((where, src.name, future, deliver))

    def finish(self) -> None:
        """Hand each picture its still (being prepared): nothing waits here."""
        jobs, self.jobs = self.jobs, []  # the pictures belong to their files and feeds from here
        for where, name, future, deliver in jobs:
            deliver(PendingStill(where, name, future))


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
