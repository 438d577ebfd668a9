"""The fault injector itself, against a tiny Starlette app: each action changes the bytes as documented.

If these fail, every fault test built on ``tests/faults.py`` proves nothing.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import loopback
import pytest
import uvicorn
from faults import Faults, SideServer, free_port, json_error
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


async def _json(request: Request) -> Response:
    body = await request.json() if request.method == "POST" else None
    return JSONResponse({"code": 0, "data": {"echo": body, "status": "processing"}})


async def _sse(request: Request) -> Response:
    async def gen():
        for i in range(5):
            yield f'data: {{"type":"text","content":"part {i}"}}\n\n'.encode()
            await asyncio.sleep(0.01)

    return StreamingResponse(gen(), media_type="text/event-stream")


async def _blob(request: Request) -> Response:
    return Response(b"x" * 10000, media_type="video/mp4")


APP = Starlette(routes=[
    Route("/j", _json, methods=["GET", "POST"]),
    Route("/run_sse", _sse, methods=["POST"]),
    Route("/blob", _blob),
])


@pytest.fixture
def served() -> Iterator[tuple[Faults, str]]:
    faults = Faults()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(faults.wrap(APP), log_level="critical", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    yield faults, f"http://127.0.0.1:{port}"
    faults.release()
    server.should_exit = True
    thread.join(10)


def test_status_rules_skip_times_and_record(served: tuple[Faults, str]) -> None:
    faults, url = served
    faults.add("status", "/j", method="POST", skip=1, times=1, status=200, body=json_error(1001, "expired"))
    faults.add("status", "/j", method="GET", times=None, status=502, body="<html>bad gateway</html>")
    with loopback.Client(base_url=url) as c:
        assert c.post("/j", json={"a": 1}).json()["data"]["echo"] == {"a": 1}
        assert c.post("/j", json={"a": 2}).json() == {"code": 1001, "message": "expired"}
        assert c.post("/j", json={"a": 3}).json()["code"] == 0
        r = c.get("/j")
        assert r.status_code == 502 and r.headers["content-type"].startswith("text/html")
    assert faults.count("POST", "/j") == 3
    assert faults.count("POST", "/j", forwarded=True) == 2
    assert [r.body for r in faults.calls("POST", "/j", forwarded=True)] == [{"a": 1}, {"a": 3}]


def test_truncate_keeps_announced_length(served: tuple[Faults, str]) -> None:
    faults, url = served
    faults.add("truncate", "/blob", limit=1000)
    with loopback.Client(base_url=url) as c, pytest.raises(httpx.RemoteProtocolError):
        c.get("/blob")


def test_sse_cut_after_text_and_close(served: tuple[Faults, str]) -> None:
    faults, url = served
    faults.add("sse_cut", "/run_sse", text_events=2, then="abort")
    faults.add("sse_cut", "/run_sse", events=0, then="close")
    with loopback.Client(base_url=url) as c:
        got = []
        with pytest.raises(httpx.RemoteProtocolError), c.stream("POST", "/run_sse", json={}) as r:
            for line in r.iter_lines():
                if line.startswith("data:"):
                    got.append(json.loads(line[5:])["content"])
        assert got == ["part 0", "part 1"]
        r = c.post("/run_sse", json={})
        assert r.status_code == 200 and r.text == ""
        assert c.post("/run_sse", json={}).text.count("data:") == 5


def test_heartbeats_and_hang_end_when_client_leaves(served: tuple[Faults, str]) -> None:
    faults, url = served
    faults.add("heartbeats", "/run_sse", interval=0.02)
    faults.add("hang", "/j")
    with loopback.Client(base_url=url) as c:
        with c.stream("POST", "/run_sse", json={}) as r:
            lines = []
            for line in r.iter_lines():
                if line:
                    lines.append(line)
                if len(lines) == 5:
                    break
        assert set(lines) == {'data: {"type":"heartbeat"}'}
        with pytest.raises(httpx.ReadTimeout):
            c.get("/j", timeout=0.3)
        # the work behind the heartbeats still reached the app
        assert faults.count("POST", "/run_sse", forwarded=True) == 1


def test_never_close_passes_events_then_holds(served: tuple[Faults, str]) -> None:
    faults, url = served
    faults.add("never_close", "/run_sse", interval=0.02)
    with loopback.Client(base_url=url) as c, c.stream("POST", "/run_sse", json={}) as r:
        lines = []
        for line in r.iter_lines():
            if line:
                lines.append(line)
            if len(lines) == 8:
                break
    assert [json.loads(x[5:]).get("content") for x in lines[:5]] == [f"part {i}" for i in range(5)]
    assert lines[5:] == ['data: {"type":"heartbeat"}'] * 3


def test_rewrite_and_delay(served: tuple[Faults, str]) -> None:
    faults, url = served
    faults.add("rewrite", "/j", method="GET", transform=lambda b: {**b, "data": {**b["data"], "status": "failed"}})
    faults.add("delay", "/j", method="GET", seconds=0.5)
    with loopback.Client(base_url=url) as c:
        assert c.get("/j").json()["data"]["status"] == "failed"
        with pytest.raises(httpx.ReadTimeout):
            c.get("/j", timeout=0.1)
        assert c.get("/j").json()["data"]["status"] == "processing"


def test_side_server_records_headers_and_cuts() -> None:
    side = SideServer()
    try:
        side.files["/ok.mp4"] = b"a" * 100
        side.files["/cut.mp4"] = b"b" * 100
        side.announce["/cut.mp4"] = 1000
        with loopback.Client() as c:
            assert c.get(side.url("/ok.mp4"), headers={"X-Probe": "1"}).content == b"a" * 100
            with pytest.raises(httpx.RemoteProtocolError):
                c.get(side.url("/cut.mp4"))
        assert side.requests[0].headers["x-probe"] == "1"
    finally:
        side.close()


def test_free_port_refuses() -> None:
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{free_port()}/", timeout=2)
