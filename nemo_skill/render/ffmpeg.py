"""The FFmpeg binary and one supervised run of it: progress, cancel, a readable failure reason, and
raw frames fed to it through pipes (``pipes.py``)."""

from __future__ import annotations

import collections
import functools
import os
import re
import subprocess
import threading
from collections.abc import Callable, Sequence

from .model import RenderError
from .pipes import Feed, Feeder, close_all, open_pipes

# Lines FFmpeg prints after the real cause; the reason a person needs comes before them.
_GENERIC = re.compile(
    r"Conversion failed|Terminating thread|Task finished with error|Nothing was written|"
    r"Could not open encoder before EOF|Error while filtering|Error sending frames|"
    r"Error while processing the decoded data|Error closing file|Exiting normally|"
    r"Failed to set value|Error initializing complex filters|Error opening output file|"
    r"Error while opening encoder|Error reinitializing filters|Invalid argument$|^\s*$",
)


def ffmpeg_exe() -> str:
    """``NEMO_FFMPEG`` when set, else the static binary shipped by imageio-ffmpeg."""
    env = os.environ.get("NEMO_FFMPEG")
    if env:
        return env
    return _bundled_ffmpeg()


@functools.cache
def _bundled_ffmpeg() -> str:
    # imageio-ffmpeg runs the binary to check it on every call (~75 ms): once per process is enough
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


@functools.lru_cache(maxsize=4)
def ffmpeg_major(exe: str) -> int:
    """Major version (0 when unknown, e.g. a git build); decides the filter-script option name."""
    try:
        out = subprocess.run([exe, "-hide_banner", "-version"], capture_output=True, text=True,
                             timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return 0
    m = re.search(r"version n?(\d+)\.", out)
    return int(m.group(1)) if m else 0


def filter_script_args(exe: str, path: str) -> list[str]:
    """Read the filtergraph from a file (argv entries are capped at 128 KiB on Linux)."""
    major = ffmpeg_major(exe)
    if major and major < 7:
        return ["-filter_complex_script", path]
    return ["-/filter_complex", path]


def failure_reason(stderr_lines: Sequence[str], returncode: int) -> str:
    """The last line that names a cause, without FFmpeg's follow-up noise."""
    for line in reversed(stderr_lines):
        text = line.strip()
        if text and not _GENERIC.search(text):
            # "[Parsed_xfade_3 @ 0x55d...] msg" -> "xfade: msg"
            text = re.sub(r"\[(?:Parsed_)?([a-z0-9_]+?)(?:_\d+)? @ 0x[0-9a-f]+\]\s*", r"\1: ", text)
            return text[:300]
    return f"ffmpeg exited with code {returncode}"


def run(args: Sequence[str], *, duration: float, progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None, exe: str | None = None, feeds: Sequence[Feed] = (),
        frames: int | None = None) -> None:
    """Run ffmpeg with ``args`` (after the global options); raise RenderError on failure.

    ``duration`` (seconds) is the expected output length: progress = out_time / duration, or
    frames encoded / ``frames`` when the video's frame count is given (out_time follows whichever
    stream is ahead, and a silent audio track runs far ahead of video that starts slowly).
    Each feed's token in ``args`` becomes a pipe that a thread fills with the feed's frames.
    """
    try:
        args, pipes = open_pipes(feeds, args)
    except OSError as exc:
        raise RenderError(f"cannot open a pipe to ffmpeg: {exc}") from exc
    cmd = [exe or ffmpeg_exe(), "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
           "-progress", "pipe:1", *args]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                errors="replace", bufsize=1, pass_fds=[r for r, _ in pipes])
    except OSError as exc:
        close_all(fd for pair in pipes for fd in pair)
        raise RenderError(f"cannot start ffmpeg: {exc}") from exc
    close_all(r for r, _ in pipes)  # FFmpeg holds the read ends now; EOF/EPIPE follow its exit

    feed_errors: list[str] = []

    def feed_failed(message: str) -> None:
        feed_errors.append(message)
        proc.kill()

    feeders = [Feeder(feed, w, feed_failed) for feed, (_, w) in zip(feeds, pipes, strict=True)]
    for feeder in feeders:
        feeder.start()

    stderr_tail: collections.deque[str] = collections.deque(maxlen=40)

    def drain_stderr() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            stderr_tail.append(line.rstrip())

    err_thread = threading.Thread(target=drain_stderr, daemon=True)
    err_thread.start()

    cancelled = threading.Event()
    done = threading.Event()

    def watch_cancel() -> None:
        # cancel.wait() returns as soon as the caller sets the event; kill right away.
        while not done.is_set():
            if cancel is not None and cancel.wait(0.1):
                cancelled.set()
                proc.kill()
                return

    watcher = threading.Thread(target=watch_cancel, daemon=True) if cancel is not None else None
    if watcher is not None:
        watcher.start()

    last = 0.0
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            key, _, value = line.strip().partition("=")
            if progress is None:
                continue
            try:
                if frames and key == "frame":
                    frac = int(value) / frames
                elif not frames and key == "out_time_us" and duration > 0:
                    frac = int(value) / 1e6 / duration
                else:
                    continue
            except ValueError:
                continue
            frac = min(0.999, max(0.0, frac))
            if frac > last:
                last = frac
                progress(frac)
        proc.wait()
    finally:
        done.set()
        if proc.poll() is None:  # the progress callback raised: do not leave FFmpeg running
            proc.kill()
            proc.wait()
        err_thread.join(timeout=5)
        if watcher is not None:
            # (it sees ``done`` within 0.1 s: a render leaves no thread of its own behind, and a preview's niced watcher
            # was still alive when the preview-lane test looked for niced threads: CI failure of that test)
            watcher.join(timeout=1)
        for feeder in feeders:  # FFmpeg has exited: every write now fails at once
            feeder.join(timeout=10)
    if cancelled.is_set():
        raise RenderError("render cancelled")
    if feed_errors:
        raise RenderError(feed_errors[0])
    if proc.returncode != 0:
        raise RenderError(failure_reason(list(stderr_tail), proc.returncode))
    if progress is not None:
        progress(1.0)
