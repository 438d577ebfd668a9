"""The engine restarting while a chunked render's parts run (issue #13, faults): the render is
reconciled. Real processes: redis-server, two `nemo-local worker`, the engine in its own process,
SIGKILLed while parts run and started again on the same data folder; and the narrow window of an
engine stopped after the last part came in but before it joined them."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

import mediacheck
import pytest
from cluster_harness import EngineProcess, Redis, Worker, long_draft, start_worker, wait_for
from engine_harness import Api
from test_cluster_faults import ProgressLog, long_session

pytestmark = pytest.mark.slow


def parts(data_dir: Path, rid: str) -> list[dict]:
    """The render's job records, read straight from the engine's database (the engine is another process)."""
    with contextlib.closing(sqlite3.connect(data_dir / "engine.sqlite3", timeout=10)) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM render_tasks WHERE render_id = ? ORDER BY part, attempt",
                                            (rid,))]


def test_engine_killed_while_parts_run_completes_the_render(redis: Redis, workers: list[Worker], media_dir: Path,
                                                            tmp_path: Path) -> None:
    eng = EngineProcess(tmp_path / "engine", {"NEMO_RENDER_BROKER": redis.url, "NEMO_RENDER_CHUNK_S": "5",
                                              "NEMO_CLUSTER_HEARTBEAT": "0.5", "NEMO_CLUSTER_LOST_AFTER": "6"}).start()
    try:
        api = Api(eng.url)
        sid, ids = long_session(api, media_dir)
        workers += [start_worker(tmp_path, "w1", redis.url, eng.url), start_worker(tmp_path, "w2", redis.url, eng.url)]
        draft = long_draft(ids, 30)   # 640x360 at 24 fps: 720 frames in 6 video parts + the sound
        r = api.http.post("/api/render/proxy/lambda", json={"id": "render_r", "sessionId": sid, "draft": draft,
                                                             "quality": "high"})
        assert r.status_code == 200, r.text
        progress = ProgressLog(eng.url, api.token, "render_r")

        def mid_render() -> list[dict] | None:
            """Some video part done and some still to do: the engine dies with parts running."""
            rows = parts(eng.data_dir, "render_r")
            video = [r for r in rows if r["kind"] == "video"]
            done = [r for r in video if r["state"] == "done"]
            return rows if done and len(done) < len(video) and any(r["state"] == "running" for r in rows) else None

        at_kill = wait_for(mid_render, 90, "a part done and others running", interval=0.05)
        eng.kill9()
        killed = len(progress.seen)
        time.sleep(2)   # workers keep rendering; their reports fail and are retried
        eng.start()
        st = api.http.get("/api/render/proxy/lambda/render_r").json()
        assert st["status"] in ("processing", "completed"), st   # adopted, not failed as "interrupted"
        st = progress.wait(120)
        assert st["status"] == "completed", (st, parts(eng.data_dir, "render_r"), eng.log()[-2000:])
        assert progress.seen == sorted(progress.seen), progress.seen   # never back, also across the restart
        assert 0 < killed < len(progress.seen)

        rows = parts(eng.data_dir, "render_r")
        video = {r["part"] for r in at_kill if r["kind"] == "video"}
        assert len(video) >= 4 and {r["part"] for r in rows if r["state"] == "done"} == video | {len(video)}
        out = tmp_path / "r.mp4"
        out.write_bytes(api.http.get(st["output"]["url"]).content)
        assert mediacheck.probe(out).frames == 720
        left = [p.name for p in Path(str(st_path(eng.data_dir, "render_r"))).parent.iterdir()]
        assert not [n for n in left if ".part-" in n or ".sound." in n or ".snap-" in n], left
    finally:
        eng.kill9()


def st_path(data_dir: Path, rid: str) -> str:
    with contextlib.closing(sqlite3.connect(data_dir / "engine.sqlite3")) as db:
        return str(db.execute("SELECT path FROM renders WHERE id = ?", (rid,)).fetchone()[0])


def test_engine_stopped_before_joining_joins_after_restart(engine_factory, redis: Redis, media_dir: Path,
                                                           tmp_path: Path) -> None:
    """Every part was in when the engine stopped, before its join ran: the next engine joins them
    (it used to mark the render failed, "interrupted by an engine restart", as it adopted only renders
    with a part still to do)."""
    from nemo_skill.local.cluster.broker import QUEUE
    from nemo_skill.local.cluster.worker import Runner, WorkerConfig

    eng = engine_factory(render_broker=redis.url, render_chunk_s=2, cluster_heartbeat_s=0.5)
    api = Api(eng.url)
    sid, ids = long_session(api, media_dir)
    r = api.http.post("/api/render/proxy/lambda", json={"id": "render_j", "sessionId": sid,
                                                         "draft": long_draft(ids, 6), "quality": "low"})
    assert r.status_code == 200, r.text
    queued = wait_for(lambda: len(q := redis.queued_payloads()) == 4 and q, 20, "3 video parts and the sound queued")
    # the engine's watchdog stops (it is what starts a join): as if the engine died at the last report
    eng.engine.jobs.remote.shutdown()
    redis.client().delete(QUEUE)
    runner = Runner(WorkerConfig(broker_url=redis.url, engine_url=eng.url, concurrency=1, cache_dir=tmp_path / "cache",
                                 name="hand@test"))   # the worker's own code, in this process
    assert [runner.run_payload(q["payload"]) for q in queued] == ["done"] * 4
    st = api.http.get("/api/render/proxy/lambda/render_j").json()
    assert st["status"] == "processing" and st["progress"] == 99, st
    eng.stop()

    again = engine_factory(data_dir=eng.data_dir, render_broker=redis.url)
    api.http.base_url = again.url   # same token, same data
    st = wait_for(lambda: (s := api.http.get("/api/render/proxy/lambda/render_j").json())["status"] != "processing"
                  and s, 30, "the join after the restart")
    assert st["status"] == "completed", st
    out = tmp_path / "j.mp4"
    out.write_bytes(api.http.get(st["output"]["url"]).content)
    assert mediacheck.probe(out).frames == 144


def test_part_files_of_renders_no_longer_running_go_at_start(engine_factory, redis: Redis, media_dir: Path) -> None:
    """The engine stopped after a join but before removing the parts (or a render failed with parts in): the next
    start removes those part files; a render still queued keeps its own."""
    eng = engine_factory(render_broker=redis.url, render_chunk_s=2)
    api = Api(eng.url)
    sid, ids = long_session(api, media_dir)
    r = api.http.post("/api/render/proxy/lambda", json={"id": "render_q", "sessionId": sid,
                                                         "draft": long_draft(ids, 6), "quality": "low"})
    assert r.status_code == 200, r.text   # no worker runs: it stays queued
    with contextlib.closing(sqlite3.connect(eng.data_dir / "engine.sqlite3", timeout=10)) as db:
        user, status = db.execute("SELECT user_id, status FROM renders WHERE id = 'render_q'").fetchone()
    assert status in ("pending", "processing")
    live = eng.data_dir / "renders" / user / "render_q"
    over = eng.data_dir / "renders" / user / "render_over"   # a render whose row is gone or over
    for folder in (live, over):
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("part-0000.mp4", "sound.m4a", "snap-12.png"):
            (folder / f"{folder.name}.{name}").write_bytes(b"x" * 1000)
    (over / "render_over.mp4").write_bytes(b"kept")   # a finished video is never a part
    eng.stop()

    engine_factory(data_dir=eng.data_dir, render_broker=redis.url)
    assert sorted(p.name for p in over.iterdir()) == ["render_over.mp4"]
    assert len(list(live.iterdir())) == 3
