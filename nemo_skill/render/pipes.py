"""Raw frames handed to FFmpeg through pipes while it runs: one pipe and one writer thread per feed.

(Handing the frame's pages to the pipe with ``vmsplice`` instead of writing them was measured twice:
0.35 ms of a 1080p frame's ~4 ms in session 2; with every picture piped, 0.4 s of CPU for 900
frames in isolation (not shown in the whole render). Not worth the hazard of pages that
must stay unchanged until FFmpeg has read them.)
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

_F_SETPIPE_SZ = 1031  # Linux
PIPE_BYTES = 1 << 20  # a 1 MiB pipe: fewer wake-ups per 3 MB frame than the default 64 KiB


class FeedError(Exception):
    """A frame could not be made; the message already says which (no feed label is added)."""


@dataclass(frozen=True)
class Feed:
    """Raw frames FFmpeg reads from a pipe while it runs. ``token`` stands for the pipe's URL in the
    arguments; ``frames`` is iterated lazily (a blocked pipe is the back-pressure); ``label`` names
    the frames in an error message. Each frame is written out before the next one is asked for."""

    token: str
    label: str
    frames: Iterable[memoryview | bytes]


def open_pipes(feeds: Sequence[Feed], args: Sequence[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """A pipe per feed; ``args`` with each token replaced by its pipe's ``pipe:N`` URL."""
    pipes: list[tuple[int, int]] = []
    urls: dict[str, str] = {}
    try:
        for feed in feeds:
            r, w = os.pipe()
            pipes.append((r, w))
            # not Linux, or over the user's pipe quota: the default size works, a bit slower
            with contextlib.suppress(OSError):
                fcntl.fcntl(w, _F_SETPIPE_SZ, PIPE_BYTES)
            urls[feed.token] = f"pipe:{r}"
    except OSError:
        close_all(fd for pair in pipes for fd in pair)
        raise
    return [urls.get(a, a) for a in args], pipes


def close_all(fds: Iterable[int]) -> None:
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)


def _write(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view):]


class Feeder(threading.Thread):
    """Writes one feed's frames into its pipe; stops quietly when FFmpeg stops reading."""

    def __init__(self, feed: Feed, fd: int, on_error: Callable[[str], None]) -> None:
        super().__init__(daemon=True, name=f"feed-{feed.token}")
        self.feed, self.fd, self.on_error = feed, fd, on_error

    def run(self) -> None:
        try:
            for frame in self.feed.frames:
                _write(self.fd, memoryview(frame).cast("B"))
        except BrokenPipeError:
            pass  # FFmpeg exited or closed the input: its own exit status tells why
        except FeedError as exc:
            self.on_error(str(exc))
        except Exception as exc:  # a frame could not be made: stop FFmpeg, report this cause
            self.on_error(f"{self.feed.label}: {exc}")
        finally:
            close_all([self.fd])
