"""Benchmark broker mode (docs/cluster.md) against the in-process engine, in one run.

(b) 20 short renders submitted at once: the in-process engine (its default pool, and a pool of 2)
    against the engine with a broker and two `nemo-local worker` processes (concurrency 1 each):
    renders per second and the ratio to the in-process default. All on this machine, so the workers
    show the cost of the cluster path (queue, HTTP fetch and upload), not the gain of more machines.
(r) the engine's HTTP/SQLite ceiling for what grows with the number of renders: a worker's progress
    report (one SQLite write transaction each) and a client's status poll (a read), requests per
    second with 50 concurrent keep-alive clients.
(see also bench/cluster_joinable.py: the watchdog's every-tick query on a store of many renders)
(a) a 5-minute 1080p draft (pictures with Ken Burns and crossfades, captions, looped music) rendered
    whole by one worker pinned to one core (T1), then in chunks (NEMO_RENDER_CHUNK_S) by two workers
    each pinned to its own core (T2), from submit to completed (the engine's join included):
    parallel efficiency T1 / (2 x T2), per chunk length given (``--chunks 15,30,60``).
(c) a 10-minute draft in chunks by two workers: each worker's peak memory, its process and its
    children (FFmpeg) together, sampled every 0.1 s from /proc.

    With ``--timeline``: each chunked run part by part (which worker; queued, started, and the seconds
    of its steps: claim, inputs, to FFmpeg's first progress report, rendering, upload, done report,
    from the workers' done lines and the engine's job records), the engine's join, each worker's idle
    time and where the worker-seconds between 2 x T2 and T1 go.

Usage: ``python bench/cluster.py [--renders 20] [--repeat 3] [--skip-rps] [--only abc] [--chunks 30]
[--repeat-a 1] [--serial-chunks] [--baseline DIR] [--timeline] [--long-s 300] [--longer-s 600]``; needs redis-server.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
import engine_harness  # noqa: E402
from cluster_harness import Redis, Worker, free_port, start_worker  # noqa: E402
from engine_harness import Api, SubprocessEngine  # noqa: E402

from nemo_skill.local.engine_settings import Settings  # noqa: E402

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


KB = ("in", "left", "out", "right")


def long_draft(ids: list[str], music: str, seconds: float) -> dict:
    """A promo of ``seconds`` at 1080p/30: pictures of 3 s, 0.5 s crossfades, Ken Burns on every one
    (the planner's cycle), a caption every 15 s, music looped under it all."""
    n = max(2, round((seconds * 1000 - 500) / 2500))
    segs = [{"id": f"s{k}", "mid": ids[k % len(ids)], "k": "image", "s": k * 2500, "d": 3000, "kb": KB[k % 4],
             **({"tr": {"type": "fade", "d": 500}} if k else {})} for k in range(n)]
    total = n * 2500 + 500
    caps = [{"id": f"c{k}", "text": f"Chapter {k + 1}: new season", "s": k * 15000, "d": 3000}
            for k in range(int(total // 15000))]
    return {"v": 1, "d": total, "m": {"title": "long", "width": 1920, "height": 1080, "fps": 30},
            "t": [{"id": "v1", "tt": 0, "role": "main", "sg": segs},
                  {"id": "a1", "tt": 1, "role": "music", "vol": 0.5, "sg": [
                      {"id": "m1", "mid": music, "s": 0, "d": total, "loop": True}]},
                  {"id": "x1", "tt": 7, "role": "caption", "sg": caps}]}


def children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (from /proc)."""
    parent: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parent.items() if pp == p]
        out += kids
        todo += kids
    return out


def rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its waited-for children (utime, stime, cutime, cstime from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


class PeakMemory:
    """The peak of a process's RSS plus its descendants' (FFmpeg), sampled every 0.1 s."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.stop = pid, 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.1):
            self.peak = max(self.peak, rss(self.pid) + sum(rss(c) for c in children(self.pid)))

    def done(self) -> int:
        self.stop.set()
        self.thread.join()
        return self.peak


def ready(worker: Worker, timeout: float = 60) -> Worker:
    """Wait for the worker's start-up line (its imports and FFmpeg check are done)."""
    deadline = time.monotonic() + timeout
    while "render slot" not in worker.log():
        if time.monotonic() > deadline or worker.proc.poll() is not None:
            raise SystemExit(f"worker {worker.name} did not start:\n{worker.log()[-2000:]}")
        time.sleep(0.1)
    return worker


@dataclass
class LongRun:
    """One long render of (a) or (c): its times, the workers' peak memory, and what its timeline is made of."""

    seconds: float          # submit -> the engine marked it completed (renders.updated_at)
    seen_s: float           # submit -> the bench's poll saw it completed
    memory: list[int]       # each worker's peak, incl. FFmpeg ([] when not sampled)
    parts: int
    submitted: float        # time.time() at submit
    tasks: list[dict]       # the render_tasks rows (the engine's job records)
    completed_at: float     # renders.updated_at
    logs: dict[str, str]    # worker name -> its log
    engine_cpu: float = 0.0  # CPU seconds of the engine (and its FFmpeg children) from submit to completed
    bench_cpu: float = 0.0   # CPU seconds of this bench's process (its polls) over the same time
    worker_cpu: float = 0.0  # CPU seconds of the workers and their FFmpegs over the same time


def one_long_render(tmp: Path, redis: Redis, media: Path, seconds: float, chunk_s: float, pins: list[set[int] | None],
                    tag: str, memory: bool = False, code: Path | None = None) -> LongRun:
    """A ``seconds`` draft rendered by len(pins) workers (each pinned to its cores, or not), chunks of
    ``chunk_s`` (0: whole), from submit to completed. ``memory``: sample each worker's memory every 0.1 s
    (for (c) only: the sampler walks /proc, ~8 % of a core for two workers, which in (a) would run on
    the pinned workers' cores and lengthen T2 alone). ``code``: the engine and the workers import
    nemo_skill from this source tree (a baseline, e.g. ``git archive main``) instead of this one."""
    data = tmp / f"data-{tag}"
    data.mkdir()
    path = {"PYTHONPATH": str(code)} if code is not None else {}
    saved = engine_harness.ROOT
    engine_harness.ROOT = code or saved   # `python -m` imports from its working folder first
    try:
        eng = SubprocessEngine(data, env={"NEMO_LOCAL_CREDITS": "100000", "NEMO_RENDER_BROKER": redis.url,
                                          "NEMO_RENDER_CHUNK_S": str(chunk_s), **path}).start()
    finally:
        engine_harness.ROOT = saved
    workers: list[Worker] = []
    try:
        for i, pin in enumerate(pins):
            w = start_worker(tmp, f"{tag}w{i}", redis.url, eng.url, env=path)
            if pin is not None:   # FFmpeg, started later by the worker, inherits it
                os.sched_setaffinity(w.proc.pid, pin)
            workers.append(w)
        for w in workers:
            ready(w)
        api = Api(eng.url, f"bench-{tag}")
        sid = api.new_session()
        files = api.upload(sid, *(media / name for name in (*NAMES, "gold-ring.jpg", "silver-headphones.jpg",
                                                             "music-bed.mp3"))).json()["data"]["files"]
        ids = [f["media_id"] for f in files]
        draft = long_draft(ids[:-1], ids[-1], seconds)
        peaks = [PeakMemory(w.proc.pid) for w in workers] if memory else []
        rid = f"render_{tag}"
        assert eng.proc is not None
        cpu0, bench0 = cpu_seconds(eng.proc.pid), time.process_time()
        work0 = sum(cpu_seconds(w.proc.pid) for w in workers)
        t0, submitted = time.perf_counter(), time.time()
        r = api.http.post("/api/render/proxy/lambda", json={"id": rid, "sessionId": sid, "draft": draft})
        r.raise_for_status()
        while True:
            # a poll a second, like a client (the scripts poll every 2 s): the time is the engine's own
            # completion stamp below, so the poll's period adds nothing to it
            time.sleep(1.0)
            st = api.http.get(f"/api/render/proxy/lambda/{rid}").json()
            if st["status"] == "failed":
                raise SystemExit(f"render {tag} failed: {st.get('error')}")
            if st["status"] == "completed":
                break
        seen = time.perf_counter() - t0
        engine_cpu, bench_cpu = cpu_seconds(eng.proc.pid) - cpu0, time.process_time() - bench0
        worker_cpu = sum(cpu_seconds(w.proc.pid) for w in workers) - work0
        mem = [p.done() for p in peaks]
        api.close()
        with contextlib.closing(sqlite3.connect(data / "engine.sqlite3")) as db:
            db.row_factory = sqlite3.Row
            tasks = [dict(row) for row in db.execute("SELECT * FROM render_tasks WHERE render_id = ? ORDER BY part",
                                                     (rid,))]
            completed_at = float(db.execute("SELECT updated_at FROM renders WHERE id = ?", (rid,)).fetchone()[0])
        # a worker writes its done line after the engine answered its report, so maybe after the render
        # completed (a whole render completes at that report)
        done = sum(t["state"] == "done" for t in tasks)
        deadline = time.monotonic() + 10
        while (sum(w.log().count(f"render {rid} part ") for w in workers) < done
               and time.monotonic() < deadline):
            time.sleep(0.1)
        logs = {w.name: w.log() for w in workers}
        return LongRun(seconds=completed_at - submitted, seen_s=seen, memory=mem, parts=len(tasks), submitted=submitted,
                       tasks=tasks, completed_at=completed_at, logs=logs, engine_cpu=engine_cpu, bench_cpu=bench_cpu,
                       worker_cpu=worker_cpu)
    finally:
        for w in workers:
            w.stop()
        eng.stop()


# --- the timeline of a chunked run (a): where its seconds go ----------------------------------------

_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) \S+ \w+ render (\S+) part (\d+)/(\d+): done in "
                   r"[\d.]+ s \((.*)\)$")


@dataclass
class Span:
    """One part as one worker ran it: absolute start (the worker's claim sent) and its steps' seconds."""

    worker: str
    part: int
    start: float
    steps: dict[str, float]

    @property
    def end(self) -> float:
        return self.start + sum(self.steps.values())


def spans(run: LongRun) -> list[Span]:
    """The done lines of the workers' logs (worker.Steps) as spans on the wall clock."""
    out = []
    for name, text in run.logs.items():
        for line in text.splitlines():
            m = _LINE.match(line)
            if m is None:
                continue
            end = datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S,%f").timestamp()
            steps = {k: float(v) for k, v in (step.rsplit(" ", 1) for step in m[5].split(" + "))}
            out.append(Span(worker=name, part=int(m[3]) - 1, start=end - sum(steps.values()), steps=steps))
    return sorted(out, key=lambda s: s.start)


STARTUP = ("claim", "inputs", "first frame")


def timeline(run: LongRun, whole: LongRun | None) -> list[str]:
    """The chunked run part by part (seconds from submit), each worker's idle time, and where the
    seconds between 2 x T2 and T1 go."""
    t0 = run.submitted
    rows = {t["part"]: t for t in run.tasks if t["state"] == "done"}
    out = ["    part kind  frames       worker  queued  start  " + "  ".join(f"{k:>9s}" for k in (
        "claim", "inputs", "1st frame", "rendering", "upload", "report")) + "    end"]
    got = spans(run)
    for sp in got:
        row = rows.get(sp.part, {})
        out.append(f"    {sp.part + 1:>4d} {row.get('kind', '?'):5s} {row.get('frame_start', 0):>5d}-{row.get('frame_end', 0):<5d} "
                   f"{sp.worker.split('@')[0][-3:]:>7s} {(row.get('sent_at') or t0) - t0:7.2f} {sp.start - t0:6.2f}  "
                   + "  ".join(f"{sp.steps.get(k, 0.0):9.2f}" for k in ("claim", "inputs", "first frame", "rendering",
                                                                         "upload", "report"))
                   + f" {sp.end - t0:6.2f}")
    last_done = max((t["updated_at"] for t in rows.values()), default=t0)
    out.append(f"    join (engine, last part done -> completed): {run.completed_at - last_done:.2f} s, "
               f"from {last_done - t0:.2f} to {run.completed_at - t0:.2f} s")
    out.append(f"    CPU over the run: the workers and their FFmpegs {run.worker_cpu:.1f} s"
               + (f" (the whole render's {whole.worker_cpu:.1f} s)" if whole is not None else "")
               + f"; beside them the engine (HTTP, SQLite, watchdog, join) {run.engine_cpu:.1f} s"
               + (f" (the whole render's {whole.engine_cpu:.1f} s)" if whole is not None else "")
               + f", this bench's polls {run.bench_cpu:.1f} s")
    t2 = run.seconds
    idle_total = 0.0
    for name in run.logs:
        mine = [sp for sp in got if sp.worker == name]
        busy = sum(sp.end - sp.start for sp in mine)
        before = (mine[0].start - t0) if mine else t2
        after = (run.completed_at - mine[-1].end) if mine else 0.0
        between = t2 - busy - before - after
        idle_total += t2 - busy
        out.append(f"    worker {name.split('@')[0]}: {len(mine)} parts, busy {busy:.1f} s, idle {t2 - busy:.1f} s "
                   f"(before its first part {before:.2f}, between parts {between:.2f}, after its last {after:.2f})")
    if whole is not None:
        w = spans(whole)
        t1 = whole.seconds
        w_start = sum(sum(sp.steps.get(k, 0.0) for k in STARTUP) for sp in w)
        w_render = sum(sp.steps.get("rendering", 0.0) for sp in w)
        w_after = sum(sp.steps.get("upload", 0.0) + sp.steps.get("report", 0.0) for sp in w)
        start = sum(sum(sp.steps.get(k, 0.0) for k in STARTUP) for sp in got)
        render = sum(sp.steps.get("rendering", 0.0) for sp in got)
        after = sum(sp.steps.get("upload", 0.0) + sp.steps.get("report", 0.0) for sp in got)
        sound = sum(sp.end - sp.start for sp in got if rows.get(sp.part, {}).get("kind") == "audio")
        out += [f"    where 2 x T2 - T1 = {2 * t2:.1f} - {t1:.1f} = {2 * t2 - t1:.1f} s goes (worker-seconds, chunked "
                "minus whole):",
                f"      start-up (claim, inputs, to FFmpeg's first progress report): {start:.1f} - {w_start:.1f} = "
                f"{start - w_start:+.1f}",
                f"      rendering (first report to the file written; the sound part {sound:.1f} s of all its steps): "
                f"{render:.1f} - {w_render:.1f} = {render - w_render:+.1f}",
                f"      upload and done report: {after:.1f} - {w_after:.1f} = {after - w_after:+.1f}",
                f"      workers idle (waiting for a part, the other worker, the join): {idle_total:.1f} - "
                f"{t1 - sum(sp.end - sp.start for sp in w):.1f} = "
                f"{idle_total - (t1 - sum(sp.end - sp.start for sp in w)):+.1f}"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--renders", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-rps", action="store_true")
    ap.add_argument("--only", default="abc", help="which parts to run: any of a, b, c")
    ap.add_argument("--chunks", default="30", help="(a): chunk lengths to try, seconds, comma-separated")
    ap.add_argument("--repeat-a", type=int, default=1, help="(a): rounds of T1 then T2 (the median is shown)")
    ap.add_argument("--serial-chunks", action="store_true",
                    help="(a): also the chunks by one worker on one core (T1c): chunking's own cost, apart from "
                         "what two busy cores cost each other")
    ap.add_argument("--baseline", type=Path, default=None,
                    help="(a): also T2 with the engine and workers on this source tree (e.g. `git archive main`), "
                         "in the same rounds")
    ap.add_argument("--timeline", action="store_true",
                    help="(a): print each chunked run part by part, the workers' idle time, where 2 x T2 - T1 goes")
    ap.add_argument("--long-s", type=float, default=300.0, help="(a): the draft's length")
    ap.add_argument("--longer-s", type=float, default=600.0, help="(c): the draft's length")
    args = ap.parse_args()
    exe = shutil.which("redis-server")
    if exe is None:
        print("bench/cluster.py needs redis-server (make apt-deps)", file=sys.stderr)
        return 1
    from nemo_skill.media import samples

    times: dict[str, list[float]] = {"in-process (default pool)": [], "in-process (pool of 2)": [],
                                     "broker + 2 workers": []}
    rps: dict[str, float] = {}
    wholes: list[LongRun] = []
    serial: dict[float, list[LongRun]] = {}
    baseline: dict[float, list[LongRun]] = {}
    chunked: dict[float, list[LongRun]] = {}
    memory: tuple[list[int], int] | None = None
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        media = tmp / "media"
        samples.make_demo_assets(media)
        redis = Redis(exe, free_port(), tmp).start()
        try:
            for rep in range(args.repeat_a if "a" in args.only else 0):   # T1 and T2 alternate
                print(f"(a) round {rep + 1}: load average {os.getloadavg()[0]:.2f} before it", flush=True)
                wholes.append(one_long_render(tmp, redis, media, args.long_s, 0, [{0}], f"a1_{rep}"))
                print(f"(a) whole, one worker on core 0: {wholes[-1].seconds:.1f} s", flush=True)
                for c in (float(x) for x in args.chunks.split(",")):
                    if args.serial_chunks:
                        serial.setdefault(c, []).append(one_long_render(tmp, redis, media, args.long_s, c, [{0}],
                                                                        f"a1c_{c:g}_{rep}"))
                        print(f"(a) chunks of {c:g} s, one worker on core 0: {serial[c][-1].seconds:.1f} s", flush=True)
                    if args.baseline is not None:
                        before = one_long_render(tmp, redis, media, args.long_s, c, [{0}, {1}], f"a2b_{c:g}_{rep}",
                                                 code=args.baseline)
                        baseline.setdefault(c, []).append(before)
                        print(f"(a) chunks of {c:g} s, two workers, the baseline's code: {before.seconds:.1f} s "
                              f"({before.parts} parts), efficiency {wholes[-1].seconds / (2 * before.seconds):.3f}",
                              flush=True)
                    run = one_long_render(tmp, redis, media, args.long_s, c, [{0}, {1}], f"a2_{c:g}_{rep}")
                    chunked.setdefault(c, []).append(run)
                    print(f"(a) chunks of {c:g} s, two workers on cores 0 and 1: {run.seconds:.1f} s ({run.parts} "
                          f"parts), efficiency {wholes[-1].seconds / (2 * run.seconds):.3f}", flush=True)
                    if args.timeline:
                        print("\n".join(timeline(run, wholes[-1])), flush=True)
            if "c" in args.only:
                run = one_long_render(tmp, redis, media, args.longer_s, Settings().render_chunk_s, [None, None], "c",
                                      memory=True)
                memory = (run.memory, run.parts)
            for rep in range(args.repeat if "b" in args.only else 0):
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
    print(f"cluster benchmark ({cores} cores, all processes on this machine; (a) median of {args.repeat_a}, "
          f"(c) one run, (b) median of {args.repeat})")
    if wholes:
        t1 = statistics.median(r.seconds for r in wholes)
        print(f"(a) a {args.long_s:g}-s 1080p draft, submit to completed: whole by one worker pinned to one core "
              f"T1 = {t1:.1f} s (runs: {', '.join(f'{r.seconds:.1f}' for r in wholes)})")
        for c, runs in chunked.items():
            t2 = statistics.median(r.seconds for r in runs)
            print(f"    chunks of {c:g} s ({runs[0].parts} parts incl. the sound) by two workers on their own cores: "
                  f"T2 = {t2:.1f} s (runs: {', '.join(f'{r.seconds:.1f}' for r in runs)}), efficiency T1 / (2 x T2) "
                  f"= {t1 / (2 * t2):.3f} (goal >= 0.85; per round: "
                  f"{', '.join(f'{w.seconds / (2 * r.seconds):.3f}' for w, r in zip(wholes, runs, strict=False))})")
            print(f"    the workers' CPU (processes and FFmpegs), median: whole {statistics.median(r.worker_cpu for r in wholes):.1f} s, "
                  f"chunks on two cores {statistics.median(r.worker_cpu for r in runs):.1f} s"
                  + (f", chunks on one core {statistics.median(r.worker_cpu for r in serial[c]):.1f} s" if c in serial else ""))
            if c in baseline:
                t2b = statistics.median(r.seconds for r in baseline[c])
                print(f"    the baseline's code ({args.baseline}), same rounds: T2 = {t2b:.1f} s (runs: "
                      f"{', '.join(f'{r.seconds:.1f}' for r in baseline[c])}), efficiency {t1 / (2 * t2b):.3f}; "
                      f"this code's T2 / the baseline's = {t2 / t2b:.3f}")
            if c in serial:
                t1c = statistics.median(r.seconds for r in serial[c])
                print(f"    the same chunks by one worker on one core: T1c = {t1c:.1f} s (runs: "
                      f"{', '.join(f'{r.seconds:.1f}' for r in serial[c])}): chunking's own cost T1c / T1 = "
                      f"{t1c / t1:.3f}; two workers on two cores against one, T1c / (2 x T2) = {t1c / (2 * t2):.3f}")
    if memory is not None:
        mem, parts = memory
        print(f"(c) a {args.longer_s:g}-s 1080p draft in chunks of {Settings().render_chunk_s:g} s ({parts} parts): "
              "peak memory per worker incl. FFmpeg " + ", ".join(f"{m / 2**20:.0f} MiB" for m in mem)
              + " (goal < 1024 MiB)")
    if "b" not in args.only:
        return 0
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
