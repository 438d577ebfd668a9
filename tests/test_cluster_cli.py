"""``nemo-local worker|serve|status`` with a bad broker or engine: one clear line, a non-zero exit,
no traceback and no hang; ``status`` shows the workers and the queue of a real broker."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from cluster_harness import ROOT, Redis, free_port, start_worker, wait_for


def nemo_local(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nemo_skill.local", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def one_line_error(r: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nemo-local: "), r.stderr
    assert "Traceback" not in r.stderr
    for w in words:
        assert w in lines[0], lines[0]


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379/0", "redis://", "redis://127.0.0.1:99999/0",
                                 "redis://127.0.0.1:6379/zero", "redis://127.0.0.1:6379/0?x=1"])
def test_malformed_broker_url(url: str) -> None:
    one_line_error(nemo_local("worker", "--broker", url, "--engine", "http://127.0.0.1:9"), 2, "malformed broker URL")
    one_line_error(nemo_local("serve", "--broker", url), 2, "malformed broker URL")


def test_unreachable_broker_fails_fast() -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    start = time.monotonic()
    one_line_error(nemo_local("worker", "--broker", url, "--engine", "http://127.0.0.1:9"), 1, "cannot be reached", url)
    one_line_error(nemo_local("serve", "--broker", url), 1, "cannot be reached")
    assert time.monotonic() - start < 25


def test_worker_with_a_wrong_engine_url(redis: Redis, engine) -> None:
    one_line_error(nemo_local("worker", "--broker", redis.url, "--engine", f"http://127.0.0.1:{free_port()}"),
                   1, "no NemoVideo engine answers")
    one_line_error(nemo_local("worker", "--broker", redis.url, "--engine", "ftp://x"), 2, "http://")
    # the engine answers but renders in-process (no --broker): the worker would wait forever
    one_line_error(nemo_local("worker", "--broker", redis.url, "--engine", engine.url), 1, "start it with --broker")


@pytest.mark.slow
def test_status_shows_workers_and_queue(redis: Redis, engine_factory, tmp_path: Path) -> None:
    eng = engine_factory(render_broker=redis.url)
    worker = start_worker(tmp_path, "st1", redis.url, eng.url, "--concurrency", "2")
    try:
        def shown() -> str | None:
            r = nemo_local("status", "--broker", redis.url, "--data", str(tmp_path / "none"))
            return r.stdout if "worker st1@test: 0/2 busy: idle" in r.stdout else None

        out = wait_for(shown, 30, "the worker in nemo-local status", interval=0.5)
        assert "0 render task(s) waiting; 1 worker(s)" in out
    finally:
        worker.stop()
    assert "Traceback" not in worker.log()


def test_without_a_broker_nothing_of_the_cluster_is_loaded(tmp_path: Path) -> None:
    """The embedded default: a single user's engine renders in-process and never imports Celery or redis."""
    code = ("import sys; from nemo_skill.local.app import create_app; from nemo_skill.local.engine_settings import Settings; "
            f"app = create_app(Settings(data_dir={str(tmp_path)!r})); "
            "assert app.state.engine.jobs.remote is None; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('celery', 'kombu', 'redis')))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                       env={k: v for k, v in __import__("os").environ.items() if k != "NEMO_RENDER_BROKER"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_task_payload_round_trip_and_versions() -> None:
    from nemo_skill.local.cluster.payload import Input, Part, Task

    task = Task(task_id="rt_1", render_id="render_1", attempt=1, part=Part(0, 1, "whole", 0, 72, 24),
                quality="high", draft={"v": 1, "d": 3000}, control="/cluster/t/rt_1/ctl?exp=1&sig=s",
                inputs={"m_1": Input(url="/cluster/t/rt_1/media/m_1?exp=1&sig=s", sha256="ab", size=3,
                                     name="a.jpg", kind="image")},
                output="/cluster/t/rt_1/out?exp=1&sig=s", expires_at=1.0, heartbeat_s=2.0)
    data = task.to_json()
    assert Task.from_json(data) == task
    newer = {**data, "hint": 1, "part": {**data["part"], "seam": "cut"}}   # optional fields a newer engine adds
    assert Task.from_json(newer) == task
    with pytest.raises(ValueError, match="upgrade"):
        Task.from_json({**data, "part": {**data["part"], "kind": "slideshow"}})   # a kind of a newer engine
    with pytest.raises(ValueError, match="version"):
        Task.from_json({**data, "v": 2})


@pytest.mark.parametrize("size", ["0", "-1", "nan", "inf"])
def test_worker_cache_size_must_be_a_size(size: str) -> None:
    one_line_error(nemo_local("worker", "--broker", "redis://127.0.0.1:9/0", "--engine", "http://127.0.0.1:9",
                              "--cache-max-gb", size), 2, "--cache-max-gb")
