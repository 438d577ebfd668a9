"""A one-line progress bar on stderr, drawn only when stderr is a terminal."""

from __future__ import annotations

import sys
import time


class Bar:
    def __init__(self, label: str, total: int, enabled: bool | None = None) -> None:
        self.label = label if len(label) <= 30 else label[:29] + "…"
        self.total = max(total, 1)
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._last = 0.0
        self._start = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        frac = min(done / max(total, 1), 1.0)
        width = 24
        fill = int(frac * width)
        rate = done / max(now - self._start, 1e-6) / (1024 * 1024)
        sys.stderr.write(f"\r{self.label} [{'#' * fill}{'.' * (width - fill)}] {frac * 100:5.1f}% {rate:6.1f} MB/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()
