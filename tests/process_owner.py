"""Every process a test starts ends with the test, even when the test fails, times out or starts it detached.

Engines, workers and brokers are started by fixtures that stop them at teardown, but a test that fails (or is
stopped by pytest-timeout) between starting a process in its body and stopping it, or a script that starts an
engine detached (the launcher's ``start_new_session``), leaves it running: a durations run stopped a dozen tests
by timeout under load and left eight ``nemo_skill.local serve`` processes running for 70 minutes. So each test
runs with its own mark in the environment (``OWNER``), which every process it starts inherits whatever its
parent; after the test, the processes still carrying the mark are ended. Processes of module- or
session-scoped fixtures are started outside a test's mark and are left alone.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import time
from pathlib import Path

OWNER = "PYTEST_PROCESS_OWNER"
_NUMBERS = itertools.count(1)


def new_mark() -> str:
    """A mark no other test of this run holds (xdist workers are told apart by their pid)."""
    return f"{os.getpid()}-{next(_NUMBERS)}"


def marked(mark: str) -> list[int]:
    """The live processes whose environment holds ``OWNER=mark`` (Linux: /proc; elsewhere none are found)."""
    needle = f"{OWNER}={mark}".encode()
    found = []
    for entry in Path("/proc").iterdir() if Path("/proc/self/environ").exists() else []:
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or another user's
            continue
    return found


def end_marked(mark: str, grace: float = 10.0) -> list[str]:
    """SIGTERM the processes holding ``mark``, SIGKILL those still there after ``grace`` seconds; say which they were."""
    pids = marked(mark)
    described = [describe(pid) for pid in pids]
    for pid in pids:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.05)
    for pid in pids:
        if _alive(pid):
            _signal(pid, signal.SIGKILL)
    return described


def describe(pid: int) -> str:
    """The pid and the first 200 characters of its command line, for the warning (empty if it is gone)."""
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        cmd = ""
    return f"{pid} ({cmd[:200]})"


def _signal(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


def _alive(pid: int) -> bool:
    """Running (a zombie, ended but not yet reaped by its parent, counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False
