"""Benchmark broker mode (docs/cluster.md) against the in-process engine, in one run.

(b) 20 short renders submitted at once: the in-process engine (its default pool, and a pool of 2)
    against the engine with a broker and two `nemo-local worker` processes (concurrency 1 each):
    renders per second and the ratio to the in-process default. All on this machine, so the workers
    show the cost of the cluster path (queue, HTTP fetch and upload), not the gain of more machines.
(r) the engine's HTTP/SQLite ceiling for what grows with the number of renders: a worker's progress
    report (one SQLite write transaction each) and a client's status poll (a read), requests per
    second with 50 concurrent keep-alive clients.
(a), (c) need chunked rendering (next session).

Usage: ``python bench/cluster.py [--renders 20] [--repeat 3] [--skip-rps]``; needs redis-server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
from cluster_harness import Redis, Worker, free_port, start_worker  # noqa: E402
from engine_harness import Api, SubprocessEngine  # noqa: E402

NAMES = ("red-sneaker.jpg", "blue-backpack.jpg", "green-watch.jpg")


def short_draft(ids: list[str]) -> dict:
    seg = 1500
    return {"v": 1, "d": seg * len(ids), "m": {"title": "b", "width": 640, "height": 360, "fps": 24},
            "t": [{"id": "v1", "tt": 0, "role": "main", "sg": [
                {"id": f"s{i}", "mid": mid, "k": "image", "name": f"p{i}", "s": i * seg, "d": seg}
                for i, mid in enumerate(ids)]}]}


def burst(url: str, media: Path, n: int, tag: str) -> float:
    """Submit n renders at once (n sessions of one user); seconds until the last one completed."""
    api = Api(url, f"bench-{tag}")
    sid0 = api.new_session()
    files = api.upload(sid0, *(media / name for name in NAMES)).json()["data"]["files"]
    draft = short_draft([f["media_id"] for f in files])
    sids = [api.new_session() for _ in range(n)]
    t0 = time.perf_counter()
    for i, sid in enumerate(sids):
        r = api.http.post("/api/render/proxy/lambda", json={"id": f"render_{tag}_{i}", "sessionId": sid,
                                                             "draft": draft})
        r.raise_for_status()
    pending = {f"render_{tag}_{i}" for i in range(n)}
    while pending:
        for rid in list(pending):
            st = api.http.get(f"/api/render/proxy/lambda/{rid}").json()
            if st["status"] == "failed":
                raise SystemExit(f"render {rid} failed: {st.get('error')}")
            if st["status"] == "completed":
                pending.discard(rid)
        time.sleep(0.25)
    elapsed = time.perf_counter() - t0
    api.close()
    return elapsed


async def closed_loop(url: str, method: str, path: str, body: bytes, headers: str, clients: int,
                      per_client: int) -> tuple[float, int]:
    """Closed-loop requests on keep-alive connections (each sends the next when answered); (seconds, errors).

    A minimal asyncio client, as in bench/engine.py: httpx's own per-request CPU would be measured instead."""
    parts = httpx.URL(url)
    host, port = parts.host, parts.port or 80

    async def one() -> int:
        reader, writer = await asyncio.open_connection(host, port)
        errors = 0
        for _ in range(per_client):
            writer.write(f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n{headers}Content-Type: application/json\r\n"
                         f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            await reader.readexactly(length)
            errors += not head.startswith(b"HTTP/1.1 200")
        writer.close()
        return errors

    t0 = time.perf_counter()
    errors = sum(await asyncio.gather(*(one() for _ in range(clients))))
    return time.perf_counter() - t0, errors


def rps_ceiling(url: str, redis: Redis, media: Path) -> dict[str, float]:
    """Requests per second of a worker's progress report (write) and a client's status poll (read)."""
    api = Api(url, "bench-rps")
    sid = api.new_session()
    files = api.upload(sid, *(media / name for name in NAMES)).json()["data"]["files"]
    api.http.post("/api/render/proxy/lambda", json={"id": "render_rps", "sessionId": sid,
                                                     "draft": short_draft([f["media_id"] for f in files])})
    deadline = time.monotonic() + 10
    while not redis.queued_payloads():
        if time.monotonic() > deadline:
            raise SystemExit("the render never reached the broker")
        time.sleep(0.1)
    ctl = redis.queued_payloads()[0]["payload"]["control"]
    redis.client().delete("nemo-render")   # no worker will take it: the bench plays the worker
    assert httpx.post(url + ctl, json={"event": "claim", "worker": "bench"}).status_code == 200
    clients, per = 50, 100
    out: dict[str, float] = {}
    seconds, errors = asyncio.run(closed_loop(url, "POST", ctl, b'{"event":"beat","progress":0.5}', "",
                                              clients, per))
    out["progress report (write)"] = clients * per / seconds
    out["progress report errors"] = errors
    auth = f"Authorization: {api.http.headers['authorization']}\r\n"
    seconds, errors = asyncio.run(closed_loop(url, "GET", "/api/render/proxy/lambda/render_rps", b"", auth,
                                              clients, per))
    out["status poll (read)"] = clients * per / seconds
    out["status poll errors"] = errors
    seconds, errors = asyncio.run(closed_loop(url, "GET", "/health", b"", "", clients, per))
    out["/health (baseline)"] = clients * per / seconds
    out["/health errors"] = errors
    api.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--renders", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-rps", action="store_true")
    args = ap.parse_args()
    exe = shutil.which("redis-server")
    if exe is None:
        print("bench/cluster.py needs redis-server (make apt-deps)", file=sys.stderr)
        return 1
    from nemo_skill.media import samples

    times: dict[str, list[float]] = {"in-process (default pool)": [], "in-process (pool of 2)": [],
                                     "broker + 2 workers": []}
    rps: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        media = tmp / "media"
        samples.make_demo_assets(media)
        redis = Redis(exe, free_port(), tmp).start()
        try:
            for rep in range(args.repeat):
                modes: list[tuple[str, dict[str, str]]] = [
                    ("in-process (default pool)", {}), ("in-process (pool of 2)", {"NEMO_LOCAL_WORKERS": "2"}),
                    ("broker + 2 workers", {"NEMO_RENDER_BROKER": redis.url})]
                for k, (label, env) in enumerate(modes):
                    data = tmp / f"data-{rep}-{k}"
                    data.mkdir()
                    eng = SubprocessEngine(data, env={"NEMO_LOCAL_CREDITS": "100000", **env}).start()
                    workers: list[Worker] = []
                    try:
                        if "NEMO_RENDER_BROKER" in env:
                            workers = [start_worker(tmp, f"b{rep}w{i}", redis.url, eng.url) for i in range(2)]
                        burst(eng.url, media, 2, f"warm{rep}")   # imports and caches warm, in every mode
                        times[label].append(burst(eng.url, media, args.renders, f"{rep}"))
                        if workers and not args.skip_rps and not rps:
                            for w in workers:
                                w.stop()
                            workers = []
                            rps = rps_ceiling(eng.url, redis, media)
                    finally:
                        for w in workers:
                            w.stop()
                        eng.stop()
        finally:
            redis.stop()
    cores = os.cpu_count()
    print(f"cluster benchmark ({cores} cores, all processes on this machine; median of {args.repeat})")
    print(f"(b) {args.renders} short renders (4.5 s, 640x360) submitted at once:")
    base = statistics.median(times["in-process (default pool)"])
    for label, values in times.items():
        med = statistics.median(values)
        print(f"    {label:28s} {med:6.2f} s  {args.renders / med:5.2f} renders/s  throughput "
              f"{base / med:.2f}x in-process default   (runs: {', '.join(f'{v:.2f}' for v in values)})")
    if rps:
        print("(r) the engine's HTTP + SQLite ceiling, 50 concurrent keep-alive clients x 100 requests:")
        for key, value in rps.items():
            print(f"    {key:28s} {value:8.0f}" + ("" if "errors" in key else " requests/s"))
    print("(a), (c): need chunked rendering, next session")
    return 0


if __name__ == "__main__":
    sys.exit(main())
