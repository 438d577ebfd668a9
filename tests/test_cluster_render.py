"""Broker mode end to end: a real redis-server, the engine with a broker, real worker processes.

Renders through workers equal in-process renders; the queue carries no token and no file bytes;
each worker logs the render id and the frame range; inputs are cached by content hash; a task that
fails fails the render with its reason; nobody taking the render fails it with a reason, never
"processing" forever.
"""

from __future__ import annotations

import time
from pathlib import Path

import mediacheck
import pytest
from cluster_harness import Redis, Worker, start_worker, wait_for
from engine_harness import Api
from test_engine_render import setup_session, small_draft, wait_done

from nemo_skill.media.probe import probe

pytestmark = pytest.mark.slow


def export(api: Api, sid: str, rid: str, draft: dict) -> dict:
    r = api.http.post("/api/render/proxy/lambda", json={"id": rid, "sessionId": sid, "draft": draft})
    assert r.status_code == 200, r.text
    return r.json()


def test_workers_render_what_the_engine_would(engine_factory, redis: Redis, workers: list[Worker],
                                              media_dir: Path, tmp_path: Path) -> None:
    eng = engine_factory(render_broker=redis.url)
    api = Api(eng.url)
    sid, ids = setup_session(api, media_dir)
    draft = small_draft(ids)
    # nothing takes it yet: the payload waits on the broker; look at exactly what travels
    export(api, sid, "render_q", draft)
    queued = wait_for(redis.queued_payloads, 10, "the task on the broker")
    payload = queued[0]["payload"]
    assert api.token not in queued[0]["raw"]
    assert len(queued[0]["raw"]) < 20_000  # a draft and URLs, no file bytes
    assert payload["render_id"] == "render_q" and payload["part"]["frame_start"] == 0
    assert payload["part"]["frame_end"] == round(2.7 * 24)
    assert set(payload["inputs"]) == set(ids.values())
    assert all("sig=" in spec["url"] and spec["sha256"] for spec in payload["inputs"].values())

    workers.append(start_worker(tmp_path, "w1", redis.url, eng.url))
    st = wait_done(api, "render_q", 90)
    assert st["status"] == "completed", st
    out = tmp_path / "cluster.mp4"
    out.write_bytes(api.http.get(st["output"]["url"]).content)
    info = probe(out)
    assert (info.width, info.height) == (320, 180) and abs(info.duration - 2.7) < 0.1
    assert api.http.get(st["output"]["poster_url"]).status_code == 200
    wait_for(lambda: "render_q frames 0-65" in workers[0].log(), 5, "the worker's log line")
    cached = list((workers[0].cache / "media").rglob("*"))
    hashes = {eng.engine.db.one("SELECT hash FROM media WHERE id = ?", (m,))["hash"] for m in ids.values()}
    assert hashes <= {p.name.split(".")[0] for p in cached if p.is_file()}

    # the same draft in-process: the same picture (the worker runs the same renderer)
    local = engine_factory()
    api2 = Api(local.url)
    sid2, ids2 = setup_session(api2, media_dir)
    export(api2, sid2, "render_l", small_draft(ids2))
    st2 = wait_done(api2, "render_l", 90)
    assert st2["status"] == "completed"
    assert abs(st2["output"]["duration"] - st["output"]["duration"]) < 1e-6
    local_out = tmp_path / "local.mp4"
    local_out.write_bytes(api2.http.get(st2["output"]["url"]).content)
    for t in (0.2, 1.35, 2.5):   # a title frame, the crossfade, the last picture
        a, b = mediacheck.frame_at(out, t).astype(int), mediacheck.frame_at(local_out, t).astype(int)
        assert abs(a - b).mean() < 1.0, t


def test_failing_task_and_no_worker_fail_with_reasons(engine_factory, redis: Redis, workers: list[Worker],
                                                      media_dir: Path, tmp_path: Path) -> None:
    eng = engine_factory(render_broker=redis.url, cluster_queue_timeout_s=3)
    api = Api(eng.url)
    sid, ids = setup_session(api, media_dir)
    export(api, sid, "render_nobody", small_draft(ids))
    st = wait_done(api, "render_nobody", 30)
    assert st["status"] == "failed" and "no render worker took the render" in st["error"], st

    # an input gone from the engine's disk: the worker cannot fetch it, the render fails saying so
    # (another engine: this one's queue timeout is shorter than a loaded machine's worker start)
    eng = engine_factory(render_broker=redis.url)
    api = Api(eng.url)
    sid, ids = setup_session(api, media_dir)
    path = eng.engine.db.one("SELECT path FROM media WHERE id = ?", (ids["blue-backpack.jpg"],))["path"]
    Path(path).unlink()
    workers.append(start_worker(tmp_path, "w1", redis.url, eng.url))
    export(api, sid, "render_bad", small_draft(ids))
    st = wait_done(api, "render_bad", 60)
    assert st["status"] == "failed", st
    assert "could not fetch an input: blue-backpack.jpg: HTTP 404" in st["error"], st
    assert st["retryable"] is False   # the same draft would fail again
    time.sleep(0.5)
    assert "render_bad" in workers[0].log()
