"""Machinery behind the engine fixtures of conftest.py: an in-thread engine and a subprocess engine."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def kill9(proc: subprocess.Popen) -> None:
    """SIGKILL (an engine dying without a word) and reap it."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)


def end_process(proc: subprocess.Popen, grace: float = 15) -> None:
    """SIGTERM, then SIGKILL when it has not ended within ``grace`` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            kill9(proc)


def _bind_loopback() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    return sock


@dataclass
class InThreadEngine:
    """A real engine: uvicorn.Server on the real app, in a thread, on a random loopback port."""

    url: str
    data_dir: Path
    settings: Any
    app: Any             # the engine's FastAPI app (unwrapped)
    served_app: Any      # what uvicorn serves (the app, or the fault wrapper around it)
    _server: Any = field(repr=False, default=None)
    _thread: threading.Thread | None = field(repr=False, default=None)

    @property
    def engine(self) -> Any:
        """The engine core (store, render jobs) behind the app."""
        return self.app.state.engine

    def stop(self) -> None:
        if self._server is not None and self._thread is not None and self._thread.is_alive():
            self._server.should_exit = True
            self._thread.join(timeout=30)


def start_in_thread(data_dir: Path, wrap: Callable[[Any], Any] | None = None, **overrides: Any) -> InThreadEngine:
    import uvicorn

    from nemo_skill.local.app import create_app
    from nemo_skill.local.engine_settings import Settings

    settings = Settings.from_env(data_dir=data_dir, **overrides)
    app = create_app(settings)
    served = wrap(app) if wrap is not None else app
    sock = _bind_loopback()
    port = sock.getsockname()[1]
    config = uvicorn.Config(served, log_level="warning", access_log=False, lifespan="on",
                            timeout_graceful_shutdown=3)
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]  # not the main thread
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="engine", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the in-thread engine did not start")
        time.sleep(0.01)
    return InThreadEngine(url=f"http://127.0.0.1:{port}", data_dir=settings.data_dir, settings=settings,
                          app=app, served_app=served, _server=server, _thread=thread)


@dataclass
class SubprocessEngine:
    """``python -m nemo_skill.local serve`` in its own process, for restart and kill -9 tests."""

    data_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen | None = None
    url: str = ""
    log_level: str = "warning"

    def start(self, timeout: float = 30) -> SubprocessEngine:
        from nemo_skill.local.launcher import read_server_json

        (self.data_dir / "server.json").unlink(missing_ok=True)
        env = {**os.environ, **self.env}
        self.log = open(self.data_dir.parent / f"{self.data_dir.name}.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "nemo_skill.local", "serve", "--port", "0", "--data", str(self.data_dir),
             "--log-level", self.log_level], cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"engine exited with {self.proc.returncode}")
            info = read_server_json(self.data_dir)
            if info and info.get("pid") == self.proc.pid:
                self.url = f"http://127.0.0.1:{info['port']}"
                try:
                    if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                        return self
                except httpx.HTTPError:
                    pass
            time.sleep(0.05)
        # not left running behind the failure (it may still come up, on a port nobody knows)
        end_process(self.proc)
        log = (self.data_dir.parent / f"{self.data_dir.name}.log").read_text(errors="replace")
        raise RuntimeError(f"subprocess engine did not answer /health within {timeout:.0f} s; its log:\n{log[-2000:]}")

    def kill9(self) -> None:
        assert self.proc is not None
        kill9(self.proc)

    def stop(self) -> None:
        if self.proc is not None:
            end_process(self.proc)
        if getattr(self, "log", None):
            self.log.close()


class Api:
    """A tiny helper for engine tests: a token, a session and the standard headers."""

    HEADERS = {"X-Skill-Source": "media-content-generator", "X-Skill-Version": "1.0.0",
               "X-Skill-Platform": "unknown"}

    def __init__(self, url: str, client_id: str = "test-client") -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=60, trust_env=False)
        r = self.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": client_id})
        r.raise_for_status()
        self.token_info = r.json()["data"]
        self.token = self.token_info["token"]
        self.user_id = self.token_info["user_id"]
        self.http.headers.update({"Authorization": f"Bearer {self.token}", **self.HEADERS})

    def new_session(self) -> str:
        r = self.http.post("/api/tasks/me/with-session/nemo_agent", json={"task_name": "t", "language": "en"})
        assert r.status_code == 200, r.text
        return r.json()["data"]["session_id"]

    def upload(self, sid: str, *paths: Path, names: list[str] | None = None) -> httpx.Response:
        files = [("files", ((names[i] if names else p.name), p.read_bytes())) for i, p in enumerate(paths)]
        return self.http.post(f"/api/upload-video/nemo_agent/me/{sid}", files=files)

    def chat(self, sid: str, text: str) -> list[dict]:
        """Send one message; return the ADK events (parsed ``data:`` lines) of the whole stream."""
        import json

        body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
                "new_message": {"role": "user", "parts": [{"text": text}]}}
        events = []
        with self.http.stream("POST", "/run_sse", json=body, headers={"Accept": "text/event-stream"}) as r:
            if r.status_code != 200:
                r.read()
                raise AssertionError(f"chat failed: {r.status_code} {r.text}")
            for line in r.iter_lines():
                if line.startswith("data:"):
                    events.append(json.loads(line[5:]))
        return events

    def state(self, sid: str) -> dict:
        r = self.http.get(f"/api/state/nemo_agent/me/{sid}/latest")
        assert r.status_code == 200, r.text
        return r.json()["data"]

    def credits(self) -> dict:
        return self.http.get("/api/credits/balance/simple").json()["data"]

    def close(self) -> None:
        self.http.close()
