"""Fault injection around the real local engine: an ASGI wrapper plus a side HTTP server.

``Faults`` wraps the engine's ASGI app (``engine_factory(wrap=faults.wrap)``). Every HTTP request is
recorded (method, path, headers, JSON body) and matched against the configured rules in order; the
first rule that applies decides what happens:

* ``status``      answer with a status and a body (JSON error envelope, plain text, HTML page) without
                  reaching the engine;
* ``hang``        never answer (until the client disconnects or ``Faults.release()``);
* ``delay``       wait ``seconds`` and then let the engine answer;
* ``truncate``    let the engine answer, keep its headers (Content-Length included) and cut the body
                  after ``limit`` bytes, then drop the connection;
* ``sse_cut``     pass ``events`` SSE events (or the events up to ``text_events`` events carrying
                  text), then ``then`` = ``"abort"`` (drop the connection) or ``"close"`` (end it cleanly);
* ``heartbeats``  run the engine's handler (the work happens) but replace its stream by heartbeats
                  that never end;
* ``never_close`` pass the engine's stream through, but keep the connection open after it ends,
                  sending heartbeats;
* ``rewrite``     let the engine answer and rewrite its JSON body with ``transform(body) -> body``.

Rules match on method and a path regular expression (``re.fullmatch``), let ``skip`` matching requests
pass first and then apply ``times`` times (``None``: always). Nothing here mocks the client: it talks to
the real engine over loopback and only the bytes on the wire change.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

HTML_ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
    "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)
HEARTBEAT = b'data: {"type":"heartbeat"}\n\n'
MAX_BUFFERED_BODY = 4 * 1024 * 1024


class DropConnection(Exception):
    """Raised inside the ASGI call after the response started: the server drops the connection."""


@dataclass
class Recorded:
    """One request as the wrapper saw it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: Any = None  # parsed JSON body when the request was JSON, else None
    forwarded: bool = False  # reached the engine
    fault: str | None = None  # the action applied, if any
    status: int | None = None  # status sent to the client


@dataclass
class Rule:
    action: str
    path: str
    method: str | None = None
    skip: int = 0
    times: int | None = 1
    status: int = 500
    body: bytes | str | dict | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    limit: int = 0
    events: int | None = None
    text_events: int | None = None
    then: str = "abort"
    interval: float = 0.2
    transform: Callable[[Any], Any] | None = None
    matched: int = 0
    applied: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return re.fullmatch(self.path, path) is not None

    def take(self) -> bool:
        """Count a matching request; True when this one gets the fault."""
        self.matched += 1
        if self.matched <= self.skip:
            return False
        if self.times is not None and self.applied >= self.times:
            return False
        self.applied += 1
        return True


class _DropFilter(logging.Filter):
    """Connections dropped on purpose are not errors worth a traceback in the engine's log."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DropConnection)


def _quiet_uvicorn() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DropFilter) for f in logger.filters):
        logger.addFilter(_DropFilter())


def json_error(code: int, message: str) -> dict:
    return {"code": code, "message": message}


class Faults:
    """The ASGI wrapper. Thread-safe enough for tests: rules are set before the calls they affect."""

    def __init__(self) -> None:
        self.app: ASGIApp | None = None
        self.rules: list[Rule] = []
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._released = threading.Event()
        self._loops: set[asyncio.AbstractEventLoop] = set()
        self._release_events: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    # ---- configuration ----
    def wrap(self, app: ASGIApp) -> Faults:
        self.app = app
        _quiet_uvicorn()
        return self

    def add(self, action: str, path: str, method: str | None = None, **kw: Any) -> Rule:
        rule = Rule(action=action, path=path, method=method, **kw)
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def reset(self) -> None:
        with self._lock:
            self.rules.clear()
            self.requests.clear()

    def release(self) -> None:
        """End every hanging response now (used at teardown)."""
        self._released.set()
        for loop, event in list(self._release_events):
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(event.set)

    # ---- queries ----
    def calls(self, method: str, path: str, *, forwarded: bool | None = None) -> list[Recorded]:
        with self._lock:
            reqs = list(self.requests)
        return [
            r for r in reqs
            if r.method == method.upper() and re.fullmatch(path, r.path)
            and (forwarded is None or r.forwarded == forwarded)
        ]

    def count(self, method: str, path: str, *, forwarded: bool | None = None) -> int:
        return len(self.calls(method, path, forwarded=forwarded))

    def chat_messages_processed(self) -> list[str]:
        """Texts of chat messages that reached the engine (a message sent twice shows twice)."""
        out = []
        for r in self.calls("POST", "/run_sse", forwarded=True):
            try:
                out.append(r.body["new_message"]["parts"][0]["text"])
            except (TypeError, KeyError, IndexError):
                out.append(repr(r.body))
        return out

    def render_submissions(self) -> dict[str, int]:
        """Render id -> number of export submissions with that id that reached the engine."""
        counts: dict[str, int] = {}
        for r in self.calls("POST", "/api/render/proxy/lambda", forwarded=True):
            rid = r.body.get("id") if isinstance(r.body, dict) else None
            counts[str(rid)] = counts.get(str(rid), 0) + 1
        return counts

    def anon_token_requests(self) -> list[Recorded]:
        return self.calls("POST", "/api/auth/anonymous-token")

    # ---- ASGI ----
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self.app is not None, "Faults.wrap(app) was not called"
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"].upper()
        path = scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        rec = Recorded(method, path, scope.get("query_string", b"").decode("latin-1"), headers)

        ctype = headers.get("content-type", "")
        if "json" in ctype:
            body, receive = await _buffer(receive)
            with contextlib.suppress(ValueError, UnicodeDecodeError):
                rec.body = json.loads(body) if body else None

        with self._lock:
            self.requests.append(rec)
            rule = next((r for r in self.rules if r.matches(method, path) and r.take()), None)
        rec.fault = rule.action if rule else None

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                rec.status = message["status"]
            await send(message)

        if rule is None:
            rec.forwarded = True
            await self.app(scope, receive, recording_send)
            return
        handler = getattr(self, f"_do_{rule.action}")
        await handler(rule, rec, scope, receive, recording_send)

    # ---- actions ----
    async def _do_status(self, rule: Rule, rec: Recorded, scope: Scope, receive: Receive, send: Send) -> None:
        await _drain(receive)
        body = rule.body
        ctype = rule.content_type
        if isinstance(body, dict):
            data = json.dumps(body).encode()
            ctype = ctype or "application/json"
        elif isinstance(body, str):
            data = body.encode()
            ctype = ctype or ("text/html; charset=utf-8" if body.lstrip().startswith("<") else "text/plain")
        else:
            data = body or b""
            ctype = ctype or "application/octet-stream"
        hdrs = [(b"content-type", ctype.encode()), (b"content-length", str(len(data)).encode())]
        hdrs += [(k.encode(), v.encode()) for k, v in rule.headers.items()]
        await send({"type": "http.response.start", "status": rule.status, "headers": hdrs})
        await send({"type": "http.response.body", "body": data, "more_body": False})

    async def _wait_released_or_disconnect(self, receive: Receive, seconds: float | None) -> bool:
        """Wait until the client disconnects (True), or a release or ``seconds`` pass (False)."""
        loop = asyncio.get_running_loop()
        event = asyncio.Event()
        entry = (loop, event)
        self._release_events.append(entry)
        if self._released.is_set():
            event.set()

        async def disconnected() -> None:
            while True:
                msg = await receive()
                if msg["type"] == "http.disconnect":
                    return

        tasks = [asyncio.ensure_future(event.wait()), asyncio.ensure_future(disconnected())]
        try:
            await asyncio.wait(tasks, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
            return tasks[1].done() and not tasks[1].cancelled()
        finally:
            for t in tasks:
                t.cancel()
            with contextlib.suppress(ValueError):
                self._release_events.remove(entry)

    async def _do_hang(self, rule: Rule, rec: Recorded, scope: Scope, receive: Receive, send: Send) -> None:
        await _drain(receive)
        gone = await self._wait_released_or_disconnect(receive, rule.seconds or None)
        if not gone:  # released or timed out while the client still waits: drop it
            raise DropConnection("hang ended")

    async def _do_delay(self, rule: Rule, rec: Recorded, scope: Scope, receive: Receive, send: Send) -> None:
        body, receive = await _buffer(receive)
        await asyncio.sleep(rule.seconds)
        rec.forwarded = True
        await self.app(scope, receive, send)  # type: ignore[misc]

    async def _do_truncate(self, rule: Rule, rec: Recorded, scope: Scope, receive: Receive, send: Send) -> None:
        sent = 0
        rec.forwarded = True

        async def cut_send(message: Message) -> None:
            nonlocal sent
            if message["type"] == "http.response.body":
                chunk = message.get("body", b"")
                room = rule.limit - sent
                if room <= 0:
                    raise DropConnection("truncated")
                if len(chunk) >= room or not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": chunk[:room], "more_body": True})
                    sent += min(len(chunk), room)
                    raise DropConnection("truncated")
                sent += len(chunk)
            await send(message)

        await self.app(scope, receive, cut_send)  # type: ignore[misc]

    async def _do_sse_cut(self, rule: Rule, rec: Recorded, scope: Scope, receive: Receive, send: Send) -> None:
        rec.forwarded = True
        buf = b""
        passed = 0
        texts = 0
        done = False

        def limit_reached() -> bool:
            if rule.events is not None and passed >= rule.events:
                return True
            return rule.text_events is not None and texts >= rule.text_events

        async def finish() -> None:
            nonlocal done
            done = True
            if rule.then == "close":
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            raise DropConnection("stream dropped")

        async def cut_send(message: Message) -> None:
            nonlocal buf, passed, texts
            if done:
                return
            if message["type"] != "http.response.body":
                await send(message)
                if limit_reached():
                    await finish()
                return
            buf += message.get("body", b"")
            while not done and b"\n\n" in buf.replace(b"\r\n", b"\n"):
                norm = buf.replace(b"\r\n", b"\n")
                event, _, rest = norm.partition(b"\n\n")
                buf = rest
                await send({"type": "http.response.body", "body": event + b"\n\n", "more_body": True})
                if _is_data_event(event):
                    passed += 1
                    if _has_text(event):
                        texts += 1
                if limit_reached():
                    await finish()
                    return
            if not message.get("more_body", False) and not done:
                await send({"type": "http.response.body", "body": buf, "more_body": False})

        try:
            await self.app(scope, receive, cut_send)  # type: ignore[misc]
        except DropConnection:
            raise
        if done and rule.then != "close":
            raise DropConnection("stream dropped")

    async def _do_heartbeats(self, rule: Rule, rec: Recorded, scope: Scope, receive: Receive, send: Send) -> None:
        """The engine does the work; the client only ever sees heartbeats, and the stream never ends."""
        rec.forwarded = True
        body, receive_replay = await _buffer(receive)

        async def discard(message: Message) -> None:
            return None

        async def engine_receive() -> Message:
            msg = await receive_replay()
            if msg["type"] == "http.disconnect":  # keep the engine working after the client leaves
                await asyncio.Event().wait()
            return msg

        work = asyncio.ensure_future(self.app(scope, engine_receive, discard))  # type: ignore[misc]
        await send({
            "type": "http.response.start", "status": 200,
            "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")],
        })
        await self._heartbeat_until_gone(rule, receive_replay, send)
        with contextlib.suppress(asyncio.TimeoutError, Exception):
            await asyncio.wait_for(asyncio.shield(work), timeout=30)
        raise DropConnection("heartbeats ended")

    async def _heartbeat_until_gone(self, rule: Rule, receive: Receive, send: Send) -> None:
        stop = asyncio.ensure_future(self._wait_released_or_disconnect(receive, rule.seconds or None))
        try:
            while not stop.done():
                await send({"type": "http.response.body", "body": HEARTBEAT, "more_body": True})
                await asyncio.wait([stop], timeout=rule.interval)
        except OSError:
            pass
        finally:
            stop.cancel()

    async def _do_never_close(self, rule: Rule, rec: Recorded, scope: Scope, receive: Receive, send: Send) -> None:
        rec.forwarded = True
        body, receive_replay = await _buffer(receive)
        ended = False

        async def hold_send(message: Message) -> None:
            nonlocal ended
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                ended = True
                if message.get("body"):
                    await send({"type": "http.response.body", "body": message["body"], "more_body": True})
                return
            await send(message)

        async def engine_receive() -> Message:
            msg = await receive_replay()
            if msg["type"] == "http.disconnect":
                await asyncio.Event().wait()
            return msg

        await self.app(scope, engine_receive, hold_send)  # type: ignore[misc]
        if ended:
            await self._heartbeat_until_gone(rule, receive_replay, send)
        raise DropConnection("never-closing stream ended")

    async def _do_rewrite(self, rule: Rule, rec: Recorded, scope: Scope, receive: Receive, send: Send) -> None:
        rec.forwarded = True
        start: Message | None = None
        chunks: list[bytes] = []

        async def grab(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = dict(message)
                return
            if message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                raw = b"".join(chunks)
                try:
                    data = json.loads(raw)
                except ValueError:
                    out = raw
                else:
                    assert rule.transform is not None
                    out = json.dumps(rule.transform(data)).encode()
                assert start is not None
                hdrs = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                hdrs.append((b"content-length", str(len(out)).encode()))
                await send({**start, "headers": hdrs})
                await send({"type": "http.response.body", "body": out, "more_body": False})
                return
            await send(message)

        await self.app(scope, receive, grab)  # type: ignore[misc]


def _is_data_event(event: bytes) -> bool:
    return any(line.startswith(b"data:") and line[5:].strip() for line in event.split(b"\n"))


def _has_text(event: bytes) -> bool:
    for line in event.split(b"\n"):
        if not line.startswith(b"data:"):
            continue
        try:
            data = json.loads(line[5:])
        except ValueError:
            continue
        if isinstance(data, dict):
            if data.get("type") == "text" and data.get("content"):
                return True
            parts = (data.get("content") or {}).get("parts") if isinstance(data.get("content"), dict) else None
            if isinstance(parts, list) and any(isinstance(p, dict) and p.get("text") for p in parts):
                return True
    return False


async def _buffer(receive: Receive) -> tuple[bytes, Receive]:
    """Read the whole request body; return it and a receive() that replays it first."""
    chunks: list[bytes] = []
    size = 0
    while True:
        msg = await receive()
        if msg["type"] == "http.disconnect":
            break
        chunks.append(msg.get("body", b""))
        size += len(chunks[-1])
        if not msg.get("more_body", False) or size > MAX_BUFFERED_BODY:
            break
    body = b"".join(chunks)
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


async def _drain(receive: Receive) -> None:
    while True:
        msg = await receive()
        if msg["type"] == "http.disconnect" or not msg.get("more_body", False):
            return


# ---------------------------------------------------------------------------------------------
# A second loopback server: stands in for a CDN serving ``output.url`` and records request headers.


@dataclass
class SideRequest:
    method: str
    path: str
    headers: dict[str, str]


class SideServer:
    """A tiny threaded HTTP server on 127.0.0.1 (reached as ``localhost``: a different host than the API).

    ``files`` maps a path to bytes; ``announce`` maps a path to a Content-Length larger than the bytes
    actually sent (the connection is then closed: a download cut short).
    """

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.announce: dict[str, int] = {}
        self.requests: list[SideRequest] = []
        side = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                side.requests.append(SideRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
                data = side.files.get(path)
                if data is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                length = side.announce.get(path, len(data))
                self.send_response(200)
                self.send_header("Content-Type", "video/mp4")
                self.send_header("Content-Length", str(length))
                if length != len(data):
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(data)
                self.wfile.flush()

            do_HEAD = do_GET  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://localhost:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def free_port() -> int:
    """A loopback port with nothing listening on it (connection refused)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------------------------------------
# Running the real scripts against a (wrapped) engine, and judging what a person would see.

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]

# Short intervals: every wait of docs/api.md, scaled down through the client's settings.
FAST_ENV = {
    "NEMO_HTTP_TIMEOUT_S": "4",
    "NEMO_CHAT_STILL_WORKING_S": "1",
    "NEMO_CHAT_IDLE_TIMEOUT_S": "2",
    "NEMO_CHAT_MAX_S": "8",
    "NEMO_POLL_INTERVALS": "0.2,0.3,0.3",
    "NEMO_RENDER_POLL_S": "0.2",
    "NEMO_RENDER_MAX_POLLS": "600",  # 2 min: a real render on the loaded 2-core CI machine (a test wanting
    # the "still processing" path sets its own small count)
    "NEMO_RETRY_429_S": "0.1",
    "NEMO_TRANSFER_TIMEOUT_S": "3",
}
# A chat that only sets a test up (the fault or check under test comes later) gets room: FAST_ENV's 2 s idle cap
# was passed by first cuts while the rest of the suite loaded the 2-core CI machine ("Still working…", exit 7:
# session 20's fresh clone in the engine-killed test, stop 61's CI in the secrets test).
PATIENT_CHAT = {"NEMO_CHAT_IDLE_TIMEOUT_S": "60", "NEMO_CHAT_MAX_S": "90"}
DOCUMENTED_EXIT_CODES = set(range(0, 12)) | {130}
TRACEBACK = "Traceback (most recent call last)"


@dataclass
class Ran:
    """One script run: what the person saw."""

    args: list[str]
    returncode: int | None  # None: it did not end in time
    stdout: str
    stderr: str
    waited: float | None = None  # the time limit it was given, when it did not end

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("Error:")]

    @property
    def shown(self) -> str:
        """The line that tells the person what happened (the error, or the last line of output)."""
        if self.error_lines:
            return self.error_lines[-1]
        out = [line for line in self.stdout.splitlines() if line.strip()]
        return out[-1] if out else ""

    def problems(self) -> list[str]:
        """Why this run is not 'recovered or clearly reported' (empty when it is)."""
        found = []
        if self.returncode is None:
            found.append(f"still running after {self.waited:g} s (hung)" if self.waited else "did not finish (hung)")
            return found
        if TRACEBACK in self.stdout or TRACEBACK in self.stderr:
            found.append("printed a traceback")
        if self.returncode not in DOCUMENTED_EXIT_CODES:
            found.append(f"undocumented exit code {self.returncode}")
        if self.returncode != 0:
            if len(self.error_lines) != 1:
                found.append(f"{len(self.error_lines)} 'Error:' lines instead of one")
            elif len(self.error_lines[0]) < 15:
                found.append(f"error line too vague: {self.error_lines[0]!r}")
        elif self.error_lines:
            found.append("exit 0 but printed an error")
        return found


class ScriptRig:
    """scripts/<name> as subprocesses with their own config dir, against ``url``."""

    def __init__(self, url: str, tmp: Any, env: dict[str, str] | None = None) -> None:
        from pathlib import Path

        self.url = url
        self.tmp = Path(tmp)
        self.home = self.tmp / "home"
        self.config_dir = self.tmp / "config"
        self.work = self.tmp / "work"
        for d in (self.home, self.work):
            d.mkdir(parents=True, exist_ok=True)
        self.extra_env = dict(env or {})
        self.timeout_cap: float | None = None  # no run waits longer than this (a hang is a finding)

    def env(self, extra: dict[str, str | None] | None = None) -> dict[str, str]:
        import os

        full = {k: v for k, v in os.environ.items() if not k.startswith("NEMO_")}
        full.update({"NEMO_API_URL": self.url, "NEMO_CONFIG_DIR": str(self.config_dir), "HOME": str(self.home),
                     "PYTHONPATH": str(ROOT), **FAST_ENV, **self.extra_env})
        for key, value in (extra or {}).items():
            if value is None:
                full.pop(key, None)
            else:
                full[key] = value
        return full

    def argv(self, name: str, *args: Any) -> list[Any]:
        import sys

        return [sys.executable, str(ROOT / "scripts" / name), *args]

    def run(self, name: str, *args: Any, env: dict[str, str | None] | None = None, timeout: float = 60,
            input: str | None = None, prefix: list[str] | None = None) -> Ran:
        import subprocess

        argv = [*(prefix or []), *self.argv(name, *args)]
        if self.timeout_cap is not None:
            timeout = min(timeout, self.timeout_cap)
        try:
            proc = subprocess.run(argv, env=self.env(env), capture_output=True, timeout=timeout, cwd=self.work,
                                  input=input.encode() if input is not None else None)
        except subprocess.TimeoutExpired as exc:
            return Ran([name, *map(str, args)], None, _text(exc.stdout), _text(exc.stderr), waited=timeout)
        return Ran([name, *map(str, args)], proc.returncode, _text(proc.stdout), _text(proc.stderr))

    # -- the store -------------------------------------------------------------------------------
    def client_id(self) -> str | None:
        path = self.config_dir / "client_id"
        return path.read_text().strip() if path.exists() else None

    def token(self) -> str | None:
        try:
            doc = json.loads((self.config_dir / "credentials.json").read_text())
        except (OSError, ValueError):
            return None
        for section in doc.values():
            tok = section.get("token") if isinstance(section, dict) else None
            if isinstance(tok, dict) and isinstance(tok.get("value"), str):
                return tok["value"]
        return None

    def store_problems(self, client_id_before: str | None = None) -> list[str]:
        """The store is intact: documents parse, the client id is unchanged, modes are private."""
        import stat

        found = []
        d = self.config_dir
        if not d.is_dir():
            return found
        if stat.S_IMODE(d.stat().st_mode) != 0o700:
            found.append(f"config dir mode {oct(stat.S_IMODE(d.stat().st_mode))}")
        for p in d.iterdir():
            if p.name.endswith(".json"):
                try:
                    doc = json.loads(p.read_text("utf-8"))
                    if not isinstance(doc, dict):
                        found.append(f"{p.name} is not an object")
                except (OSError, ValueError) as exc:
                    found.append(f"{p.name} does not parse: {exc}")
            if p.name in ("credentials.json", "client_id") and stat.S_IMODE(p.stat().st_mode) != 0o600:
                found.append(f"{p.name} mode {oct(stat.S_IMODE(p.stat().st_mode))}")
            if p.name.endswith(".tmp"):
                found.append(f"left a temp file {p.name}")
        cid = self.client_id()
        if client_id_before is not None and cid != client_id_before:
            found.append(f"client id changed {client_id_before} -> {cid}")
        return found


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", "replace")


def report_table(title: str, header: list[str], rows: list[list[str]], widths: list[int] | None = None) -> list[str]:
    """A plain-text table (no dependencies), cells cut to the column width."""
    widths = widths or [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    def cut(text: str, w: int) -> str:
        text = " ".join(str(text).split())
        return text if len(text) <= w else text[: w - 1] + "…"
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [title, line, "| " + " | ".join(cut(h, w).ljust(w) for h, w in zip(header, widths, strict=True)) + " |", line]
    for row in rows:
        out.append("| " + " | ".join(cut(c, w).ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    out.append(line)
    return out


def print_to_terminal(request: Any, lines: list[str]) -> None:
    """Write through pytest's terminal reporter: shown with or without -s."""
    tr = request.config.pluginmanager.get_plugin("terminalreporter")
    if tr is None:
        print("\n".join(lines))
        return
    capman = request.config.pluginmanager.get_plugin("capturemanager")
    guard = capman.global_and_fixture_disabled() if capman is not None else contextlib.nullcontext()
    with guard:  # fd-level capture is active during fixture teardown: step around it
        tr.write_line("")
        for line in lines:
            tr.write_line(line)


# ---------------------------------------------------------------------------------------------
# A loopback TCP proxy: a stable address in front of an engine that may be killed and restarted on
# another port, with the upload direction throttled so a kill lands in the middle of a transfer.


class LoopbackProxy:
    def __init__(self, upstream_port: int, up_rate: float | None = None) -> None:
        import socket

        self.upstream_port = upstream_port
        self.up_rate = up_rate  # bytes/s from client to server (None: unthrottled)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closing = False
        self._conns: list[Any] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket

        while not self._closing:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()  # nothing listening upstream: the client sees the connection close
                continue
            self._conns += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, self.up_rate), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, None), daemon=True).start()

    @staticmethod
    def _pump(src: Any, dst: Any, rate: float | None) -> None:
        import socket
        import time

        chunk = 16384 if rate is None else max(1024, int(rate / 20))
        try:
            while True:
                data = src.recv(chunk)
                if not data:
                    break
                dst.sendall(data)
                if rate is not None:
                    time.sleep(len(data) / rate)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def reset_all(self) -> None:
        for s in self._conns:
            with contextlib.suppress(OSError):
                s.close()
        self._conns.clear()

    def close(self) -> None:
        self._closing = True
        with contextlib.suppress(OSError):
            self.sock.close()
        self.reset_all()
