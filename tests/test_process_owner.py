"""The suite's own hygiene: a process a test starts and leaves running, even detached, is ended after it."""

from __future__ import annotations

import os
import subprocess
import sys

import process_owner

# a grandchild that outlives its parent in a session of its own (as the launcher starts an engine), printing its pid
DETACHED = ("import subprocess, sys; p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'], "
            "start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(p.pid)")


def test_a_detached_process_left_running_is_ended() -> None:
    mark = os.environ[process_owner.OWNER]  # set by the autouse fixture for this test
    out = subprocess.run([sys.executable, "-c", DETACHED], capture_output=True, text=True, timeout=30, check=True)
    pid = int(out.stdout)
    assert process_owner.marked(mark) == [pid]
    (said,) = process_owner.end_marked(mark)
    assert said.startswith(f"{pid} (") and "time.sleep(120)" in said
    assert not process_owner._alive(pid)
    assert process_owner.marked(mark) == []


def test_a_process_of_another_mark_is_left_alone() -> None:
    env = {**os.environ, process_owner.OWNER: "someone-else"}
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], env=env)
    try:
        assert process_owner.end_marked(os.environ[process_owner.OWNER]) == []
        assert proc.poll() is None
    finally:
        proc.kill()
        proc.wait()


def test_each_test_has_its_own_mark() -> None:
    assert process_owner.new_mark() != process_owner.new_mark()
    assert os.environ[process_owner.OWNER].startswith(f"{os.getpid()}-")
