"""Chunked renders in broker mode, with a real redis-server and real worker processes: a draft longer
than NEMO_RENDER_CHUNK_S is rendered as video parts and one sound part by two workers, joined by the
engine, and equals an in-process render frame for frame; a worker SIGKILLed in the middle of a part
loses that part only, which is rendered again, and the render completes."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import mediacheck
import pytest
from cluster_harness import Redis, Worker, long_draft, start_worker, wait_for
from engine_harness import Api
from test_cluster_faults import ProgressLog
from test_render_chunks import assert_same_frames, promo

from nemo_skill.local.jobs import media_refs
from nemo_skill.render import render_draft

pytestmark = pytest.mark.slow
FILES = {"p1": "red-sneaker.jpg", "p2": "blue-backpack.jpg", "p3": "green-watch.jpg", "c1": "clip.mp4",
         "m1": "music-bed.mp3", "p4": "gold-ring.jpg", "p5": "silver-headphones.jpg"}


def uploaded(api: Api, media_dir: Path) -> tuple[str, dict[str, str]]:
    """A session with the test media; short names (p1, c1, ...) -> media ids."""
    sid = api.new_session()
    files = api.upload(sid, *(media_dir / n for n in FILES.values())).json()["data"]["files"]
    by_name = {f["filename"]: f["media_id"] for f in files}
    return sid, {short: by_name[name] for short, name in FILES.items()}


def with_ids(draft: dict, ids: dict[str, str]) -> dict:
    out = copy.deepcopy(draft)
    for track in out["t"]:
        for seg in track["sg"]:
            if "mid" in seg:
                seg["mid"] = ids[seg["mid"]]
    return out


def export(api: Api, sid: str, rid: str, draft: dict, quality: str = "low") -> None:
    r = api.http.post("/api/render/proxy/lambda", json={"id": rid, "sessionId": sid, "draft": draft,
                                                         "quality": quality})
    assert r.status_code == 200, r.text


def test_two_workers_render_parts_the_engine_joins(engine_factory, redis: Redis, workers: list[Worker],
                                                   media_dir: Path, tmp_path: Path) -> None:
    eng = engine_factory(render_broker=redis.url, render_chunk_s=2, cluster_heartbeat_s=0.5)
    api = Api(eng.url)
    sid, ids = uploaded(api, media_dir)
    workers += [start_worker(tmp_path, "w1", redis.url, eng.url), start_worker(tmp_path, "w2", redis.url, eng.url)]
    draft = with_ids(promo(title="chunked"), ids)
    export(api, sid, "render_c", draft)
    progress = ProgressLog(eng.url, api.token, "render_c")
    st = progress.wait(180)
    assert st["status"] == "completed", st
    assert progress.seen == sorted(progress.seen), progress.seen   # never goes back

    db = eng.engine.db
    rows = db.all("SELECT * FROM render_tasks WHERE render_id = 'render_c' AND state = 'done' ORDER BY part")
    kinds = [r["kind"] for r in rows]
    assert kinds == ["video"] * (len(rows) - 1) + ["audio"] and len(rows) == 6, kinds
    cuts = [r["frame_start"] for r in rows[1:-1]]
    assert rows[0]["frame_start"] == 0 and rows[-2]["frame_end"] == 216
    # both workers rendered parts, each logging the render and the part's frame range
    logs = workers[0].log() + workers[1].log()
    for r in rows[:-1]:
        assert f"render_c frames {r['frame_start']}-{r['frame_end']} of part {r['part'] + 1}/6 (video)" in logs
    assert "render_c frames 0-216 of part 6/6 (audio)" in logs
    assert all(re.search(r"render_c frames \d+-\d+ of part", w.log()) for w in workers), "a worker rendered nothing"

    out = tmp_path / "chunked.mp4"
    out.write_bytes(api.http.get(st["output"]["url"]).content)
    assert api.http.get(st["output"]["poster_url"]).status_code == 200
    assert abs(st["output"]["duration"] - 9.0) < 1e-6
    # only the joined video is left of the parts
    left = sorted(p.name for p in Path(st_path(db)).parent.iterdir())
    assert not [n for n in left if ".part-" in n or ".sound." in n or ".snap-" in n], left
    assert any(n.endswith(".sheet.png") for n in left), left

    # the same draft rendered whole in-process from the engine's own files
    refs, missing = media_refs(db, api_user(db), draft)
    assert not missing
    whole = render_draft(draft, refs, tmp_path / "whole.mp4", quality="low")
    assert_same_frames(out, whole.path, cuts, told=6)
    assert abs(mediacheck.loudness(out) - mediacheck.loudness(whole.path)) < 0.5


def st_path(db: object) -> str:
    return db.one("SELECT path FROM renders WHERE id = 'render_c'")["path"]  # type: ignore[attr-defined]


def api_user(db: object) -> str:
    return db.one("SELECT user_id FROM renders WHERE id = 'render_c'")["user_id"]  # type: ignore[attr-defined]


def test_worker_killed_mid_part_loses_that_part_only(engine_factory, redis: Redis, workers: list[Worker],
                                                     media_dir: Path, tmp_path: Path) -> None:
    eng = engine_factory(render_broker=redis.url, render_chunk_s=6, cluster_heartbeat_s=0.5,
                         cluster_lost_after_s=6)
    api = Api(eng.url)
    sid, ids = uploaded(api, media_dir)
    names = {FILES[k]: v for k, v in ids.items()}
    workers += [start_worker(tmp_path, "w1", redis.url, eng.url), start_worker(tmp_path, "w2", redis.url, eng.url)]
    export(api, sid, "render_k", long_draft(names), quality="high")   # 30 s at 640x360: 5 parts + sound
    progress = ProgressLog(eng.url, api.token, "render_k")
    db = eng.engine.db
    early = "SELECT * FROM render_tasks WHERE render_id = 'render_k' AND kind = 'video' AND state = 'running' " \
            "AND progress < 0.5 ORDER BY progress LIMIT 1"   # a part with most of its work ahead: killed mid-part
    row = wait_for(lambda: db.one(early), 60, "a worker early in a part", interval=0.02)
    victim = next(w for w in workers if w.name == row["worker"])
    victim.kill9()
    # the parts the victim held when it died (read at once: on a loaded machine it may have finished the part
    # seen running and taken the next one before the kill)
    held = {r["part"] for r in db.all("SELECT part FROM render_tasks WHERE render_id = 'render_k' AND worker = ? "
                                      "AND state = 'running'", (victim.name,))}
    assert held, "the victim was killed between parts"
    st = progress.wait(120)
    assert st["status"] == "completed", st
    assert progress.seen == sorted(progress.seen), progress.seen
    rows = db.all("SELECT part, kind, attempt, state, worker, error FROM render_tasks WHERE render_id = 'render_k' "
                  "ORDER BY part, attempt")
    lost = [r for r in rows if r["state"] == "lost"]
    assert {r["part"] for r in lost} == held and all("stopped reporting" in r["error"] for r in lost), \
        [dict(r) for r in rows]
    assert {r["part"] for r in rows if r["state"] == "done"} == set(range(6))
    part = min(held)
    again = [r for r in rows if r["part"] == part and r["state"] == "done"]
    assert again[0]["attempt"] >= 2 and again[0]["worker"] != victim.name
    out = tmp_path / "k.mp4"
    out.write_bytes(api.http.get(st["output"]["url"]).content)
    assert mediacheck.probe(out).frames == 720


def test_the_sound_part_is_queued_first() -> None:
    """Queued last, the sound (~20 s for 5 minutes) ran alone on one worker at the end; parts keep
    their indices (the join orders video parts by index)."""
    from nemo_skill.local.cluster.remote import plan_parts

    parts = plan_parts(promo(), 2.0)
    assert [p.kind for p in parts] == ["audio"] + ["video"] * (len(parts) - 1) and len(parts) >= 3
    assert sorted(p.index for p in parts) == list(range(len(parts))) and parts[0].index == len(parts) - 1
    video = [p for p in parts if p.kind == "video"]
    assert [p.index for p in video] == list(range(len(video)))
    assert video[0].frame_start == 0 and all(a.frame_end == b.frame_start for a, b in zip(video, video[1:], strict=False))
