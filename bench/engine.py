"""Benchmark the local engine over loopback.

* p50/p99 latency of the state and credits calls with 50 concurrent clients (goal: p99 < 50 ms, no
  errors), with GET /health under the same load as the baseline;
* the chat's time to first event (first SSE bytes, and first ADK ``data:`` event; goal < 100 ms).

The engine runs as its own process (``python -m nemo_skill.local serve``), as it does for users.
Usage: ``python bench/engine.py [--clients 50] [--requests 40] [--chats 20]``
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from engine_harness import Api, SubprocessEngine  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _client(host: str, port: int, headers: bytes, paths: list[str], n: int, offset: int,
                  start: asyncio.Event, lat: dict[str, list[float]]) -> int:
    """One keep-alive HTTP/1.1 connection issuing n GETs in turn; returns the number of errors."""
    reader, writer = await asyncio.open_connection(host, port)
    errors = 0

    async def get(path: str) -> bool:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n".encode() + headers + b"\r\n")
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        body = await reader.readexactly(length)
        return head.startswith(b"HTTP/1.1 200") and body.startswith(b'{"code":0')

    await get("/health")  # the connection is open before timing starts: requests, not connects
    await start.wait()
    for k in range(n):
        path = paths[(offset + k) % len(paths)]
        t0 = time.perf_counter()
        ok = await get(path)
        lat[path].append((time.perf_counter() - t0) * 1000)
        errors += not ok
    writer.close()
    return errors


async def load(url: str, headers: dict, paths: list[str], clients: int, per_client: int) -> tuple[dict, int]:
    """Closed-loop load: `clients` connections, each sending its next request when the last one answered.

    A minimal asyncio client, not httpx: at 50 concurrent requests in one process httpx's own
    per-request cost (about 2 ms of CPU) would dominate what is measured.
    """
    parts = httpx.URL(url)
    raw = b"".join(f"{k}: {v}\r\n".encode() for k, v in headers.items()
                   if k.lower() in ("authorization", "x-skill-source", "x-skill-version", "x-skill-platform"))
    lat: dict[str, list[float]] = {p: [] for p in paths}
    start = asyncio.Event()
    tasks = [asyncio.ensure_future(_client(parts.host, parts.port or 80, raw, paths, per_client, i, start, lat))
             for i in range(clients)]
    await asyncio.sleep(0.5)
    start.set()
    errors = sum(await asyncio.gather(*tasks))
    return lat, errors


def first_event_times(api: Api, sid: str, n: int) -> tuple[list[float], list[float]]:
    first_bytes, first_events = [], []
    for i in range(n):
        body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
                "new_message": {"role": "user", "parts": [{"text": f'add the title "Take {i}"'}]}}
        t0 = time.perf_counter()
        got_bytes = None
        with api.http.stream("POST", "/run_sse", json=body) as r:
            lines = r.iter_lines()
            for line in lines:
                if got_bytes is None:
                    got_bytes = (time.perf_counter() - t0) * 1000
                if line.startswith("data:"):
                    first_events.append((time.perf_counter() - t0) * 1000)
                    break
            for _ in lines:  # let the turn finish before the next one
                pass
        first_bytes.append(got_bytes or 0.0)
    return first_bytes, first_events


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=40, help="requests per client")
    ap.add_argument("--chats", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        eng = SubprocessEngine(Path(tmp) / "data", env={"NEMO_LOCAL_CREDITS": "100000"}).start()
        try:
            api = Api(eng.url, "bench")
            sid = api.new_session()
            from nemo_skill.media import samples

            imgs = samples.make_product_images(Path(tmp) / "img", n=3, size=(640, 480))
            api.upload(sid, *imgs)
            headers = dict(api.http.headers)
            state = f"/api/state/nemo_agent/me/{sid}/latest"
            credits = "/api/credits/balance/simple"
            asyncio.run(load(eng.url, headers, [state, credits], 10, 5))  # warm-up
            lat, errors = asyncio.run(load(eng.url, headers, [state, credits, "/health"], args.clients,
                                           args.requests))
            fb, fe = first_event_times(api, sid, args.chats)
        finally:
            eng.stop()
    print(f"engine benchmark: {args.clients} concurrent clients x {args.requests} requests, loopback")
    base = statistics.median(lat["/health"])
    for name, path in (("state", state), ("credits", credits), ("health (baseline)", "/health")):
        v = lat[path]
        print(f"  {name:18s} n={len(v):5d}  p50 {pct(v, .5):6.1f} ms  p99 {pct(v, .99):6.1f} ms  "
              f"(p50 {statistics.median(v) / base:.2f}x baseline)")
    print(f"  errors: {errors}")
    print(f"  chat first bytes   p50 {pct(fb, .5):6.1f} ms  max {max(fb):6.1f} ms  (n={len(fb)})")
    print(f"  chat first event   p50 {pct(fe, .5):6.1f} ms  max {max(fe):6.1f} ms  (goal < 100 ms; first turn {fe[0]:.1f} ms)")
    p99 = max(pct(lat[state], .99), pct(lat[credits], .99))
    ok = errors == 0 and p99 < 50 and pct(fe, .5) < 100
    print("  goals met" if ok else "  GOALS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
