"""Machinery of the cluster tests: a real redis-server on a loopback port and real worker processes.

redis-server comes from Debian (``make apt-deps``). Outside CI a machine without it skips the
cluster tests with that reason; in CI (``CI`` set) its absence is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from engine_harness import end_process, kill9

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def redis_binary() -> str:
    exe = shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing in CI: `make apt-deps` must install it")
        pytest.skip("redis-server is not installed (make apt-deps installs it; CI runs these tests)")
    return exe


@dataclass
class Redis:
    """redis-server on 127.0.0.1:<port>, no persistence: a restart loses the queue, like a crash would."""

    exe: str
    port: int
    workdir: Path
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> Redis:
        self.proc = subprocess.Popen([self.exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", str(self.workdir), "--protected-mode", "no"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.proc = None

    def client(self) -> Any:
        import redis

        return redis.Redis.from_url(self.url)

    def queued_payloads(self) -> list[dict]:
        """The task payloads waiting in the render queue, decoded as a worker would."""
        import base64

        from nemo_skill.local.cluster.broker import QUEUE

        out = []
        for raw in self.client().lrange(QUEUE, 0, -1):
            msg = json.loads(raw)
            body = json.loads(base64.b64decode(msg["body"]))
            out.append({"raw": raw.decode(), "payload": body[1]["payload"]})
        return out


@dataclass
class Worker:
    name: str
    proc: subprocess.Popen
    log_path: Path
    cache: Path
    _log: Any = field(repr=False, default=None)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def kill9(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        if self._log is not None:
            self._log.close()


def start_worker(tmp: Path, name: str, broker: str, engine: str, *extra: str, env: dict[str, str] | None = None) -> Worker:
    cache = tmp / f"cache-{name}"
    log_path = tmp / f"{name}.log"
    log = open(log_path, "ab")  # noqa: SIM115 - closed by Worker.stop
    proc = subprocess.Popen([sys.executable, "-m", "nemo_skill.local", "worker", "--broker", broker, "--engine",
                             engine, "--cache", str(cache), "--name", f"{name}@test", *extra],
                            cwd=tmp, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
    return Worker(name=f"{name}@test", proc=proc, log_path=log_path, cache=cache, _log=log)


def wait_for(predicate: Any, timeout: float, what: str, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


def rendering(db: Any, render_id: str, kind: str | None = None, grace: float = 1.0) -> Any:
    """A ``wait_for`` predicate: the render's first running task (of ``kind``) once it reports progress,
    or ``grace`` s after it was first seen running (a fast machine's progress may stay 0 until
    FFmpeg's first output, late in a short render)."""
    seen: list[float] = []
    sql = "SELECT * FROM render_tasks WHERE render_id = ? AND state = 'running'"
    args: tuple[str, ...] = (render_id,)
    if kind is not None:
        sql, args = sql + " AND kind = ?", (render_id, kind)

    def check() -> Any:
        row = db.one(sql + " ORDER BY part LIMIT 1", args)
        if row is None:
            return None
        seen.append(time.monotonic())
        return row if row["progress"] > 0 or seen[-1] - seen[0] >= grace else None

    return check


def long_draft(ids: dict[str, str], seconds: int = 30, size: tuple[int, int] = (640, 360)) -> dict:
    """A draft that takes a few seconds to render (Ken Burns on every picture), for mid-render faults."""
    names = ["red-sneaker.jpg", "blue-backpack.jpg", "green-watch.jpg", "gold-ring.jpg", "silver-headphones.jpg"]
    seg = seconds * 1000 // len(names)
    sg = []
    for i, n in enumerate(names):
        # the slow zoom said on each picture: without it the pictures are stills, whose frames repeat, and the
        # 720 frames rendered in 0.34 s, done before a test could see the task running (worker killed mid-render)
        entry: dict[str, Any] = {"id": f"s{i}", "mid": ids[n], "k": "image", "name": n, "s": i * seg, "d": seg,
                                 "kb": "in"}
        sg.append(entry)
    return {"v": 1, "d": seg * len(names), "m": {"title": "t", "width": size[0], "height": size[1], "fps": 24},
            "t": [{"id": "v1", "tt": 0, "role": "main", "sg": sg}]}


@dataclass
class EngineProcess:
    """``nemo-local serve --broker`` in its own process on a fixed loopback port, so that it can be
    killed (SIGKILL) and started again on the same data folder at the URL its workers know."""

    data_dir: Path
    env: dict[str, str]
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> EngineProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir.parent / f"{self.data_dir.name}.log", "ab")  # noqa: SIM115 - the child holds it
        with log:
            self.proc = subprocess.Popen([sys.executable, "-m", "nemo_skill.local", "serve", "--port", str(self.port),
                                          "--data", str(self.data_dir), "--log-level", "warning"], cwd=ROOT,
                                         env={**os.environ, **self.env}, stdout=log, stderr=subprocess.STDOUT)
        wait_for(self.healthy, 30, "the engine to answer")
        return self

    def healthy(self) -> bool:
        import httpx

        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"the engine exited with {self.proc.returncode}:\n{self.log()[-2000:]}")
        try:
            return httpx.get(self.url + "/health", timeout=1, trust_env=False).status_code == 200
        except httpx.HTTPError:
            return False

    def log(self) -> str:
        path = self.data_dir.parent / f"{self.data_dir.name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def kill9(self) -> None:
        if self.proc is not None:
            kill9(self.proc)

    def stop(self) -> None:
        if self.proc is not None:
            end_process(self.proc)
