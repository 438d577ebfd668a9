"""Render jobs through the engine: life cycle with a real small render, idempotence, one export per
session, attribution headers, ownership, the claim page."""

from __future__ import annotations

import html
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import loopback
import pytest
from engine_harness import Api

import nemo_skill.render as render_pkg
from nemo_skill.media.probe import probe


def small_draft(ids: dict[str, str], title: str = "Sale <b>&</b> more") -> dict:
    return {"v": 1, "d": 2700, "m": {"title": title, "width": 320, "height": 180, "fps": 24},
            "t": [{"id": "v1", "tt": 0, "role": "main", "sg": [
                {"id": "s1", "mid": ids["red-sneaker.jpg"], "k": "image", "name": "red sneaker", "s": 0, "d": 1500},
                {"id": "s2", "mid": ids["blue-backpack.jpg"], "k": "image", "name": "blue backpack", "s": 1200,
                 "d": 1500, "tr": {"type": "fade", "d": 300}}]},
                  {"id": "a1", "tt": 1, "role": "music", "vol": 0.5, "sg": [
                      {"id": "s3", "mid": ids["music-bed.mp3"], "name": "music", "s": 0, "d": 2700}]},
                  {"id": "x1", "tt": 7, "role": "title", "sg": [{"id": "s4", "text": title, "s": 0, "d": 1000}]}]}


def setup_session(api: Api, media_dir: Path) -> tuple[str, dict[str, str]]:
    sid = api.new_session()
    files = api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "music-bed.mp3")))
    return sid, {f["filename"]: f["media_id"] for f in files.json()["data"]["files"]}


def wait_done(api: Api, rid: str, deadline_s: float = 120) -> dict:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        st = api.http.get(f"/api/render/proxy/lambda/{rid}").json()
        if st["status"] in ("completed", "failed"):
            return st
        time.sleep(0.1)
    raise AssertionError(f"render {rid} did not finish")


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Hold every render at its start until the test opens the gate (deterministic 'processing')."""
    release = threading.Event()
    real = render_pkg.render_draft

    def gated(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["progress"](0.42)
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(render_pkg, "render_draft", gated)
    yield release
    release.set()


def test_render_life_cycle(engine_factory, media_dir: Path, gate: threading.Event) -> None:
    eng = engine_factory(render_progress_interval=0.0)
    api = Api(eng.url)
    sid, ids = setup_session(api, media_dir)
    body = {"id": "render_1", "sessionId": sid, "draft": small_draft(ids), "output": {"format": "mp4", "quality": "low"}}
    first = api.http.post("/api/render/proxy/lambda", json=body)
    assert first.status_code == 200, first.text
    st = first.json()
    assert st["id"] == "render_1" and st["status"] in ("pending", "processing") and st["output"] is None
    deadline = time.monotonic() + 30
    while api.http.get("/api/render/proxy/lambda/render_1").json()["progress"] != 42:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    st = api.http.get("/api/render/proxy/lambda/render_1").json()
    assert st["status"] == "processing"
    # one export per session at a time
    second = api.http.post("/api/render/proxy/lambda", json={**body, "id": "render_2"})
    assert second.status_code == 409
    assert second.json() == {"code": 4009, "message": "an export is already running", "data": {"id": "render_1"}}
    # resubmitting the same id is idempotent
    again = api.http.post("/api/render/proxy/lambda", json=body)
    assert again.status_code == 200 and again.json()["id"] == "render_1"
    # not downloadable yet
    assert api.http.get("/api/render/proxy/render_1/download").status_code == 409
    gate.set()
    done = wait_done(api, "render_1")
    assert done["status"] == "completed", done
    assert done["progress"] == 100
    out = done["output"]
    assert out["url"].startswith(eng.url) and out["size"] > 1000 and out["duration"] == pytest.approx(2.7, abs=0.05)
    video = api.http.get(out["url"])
    assert video.status_code == 200 and len(video.content) == out["size"]
    path = eng.data_dir / "check.mp4"
    path.write_bytes(video.content)
    info = probe(path)
    assert (info.kind, info.width, info.height, info.has_audio) == ("video", 320, 180, True)
    assert info.duration == pytest.approx(2.7, abs=0.1)
    assert api.http.get("/api/render/proxy/render_1/download").content == video.content
    for key in ("poster_url", "sheet_url"):
        pic = api.http.get(out[key])
        assert pic.status_code == 200 and pic.content.startswith(b"\x89PNG")
    # only the owner
    other = Api(eng.url, "someone-else")
    assert other.http.get("/api/render/proxy/lambda/render_1").json()["code"] == 1002
    assert other.http.get(out["url"]).json()["code"] == 1002
    assert loopback.get(out["url"]).json()["code"] == 1001
    # the state lists it; the same id again still returns it, without a second job
    gen = api.state(sid)["state"]["generated_media"]
    assert [g["id"] for g in gen] == ["render_1"] and gen[0]["status"] == "completed"
    assert api.http.post("/api/render/proxy/lambda", json=body).json()["status"] == "completed"
    assert eng.engine.db.one("SELECT COUNT(*) FROM renders")[0] == 1
    # the claim page shows the summary (escaped) and plays the render through a claim-scoped URL
    claim = api.http.post("/api/auth/claim-token", json={"session_id": sid, "task_id": api.state(sid)["task_id"]})
    ct = claim.json()["data"]["claim_token"]
    assert ct.startswith("clm_") and claim.json()["data"]["expires_in"] == 604800


def test_claim_page(engine, media_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = Api(engine.url)
    sid, ids = setup_session(api, media_dir)
    draft = small_draft(ids, title="<script>alert(1)</script>")
    # store a draft the way a chat turn would, then render it for real
    from nemo_skill.local import sessions

    sessions.save_draft(engine.engine.db, sid, draft, "test")
    r = api.http.post("/api/render/proxy/lambda", json={"id": "r_claim", "sessionId": sid,
                                                        "output": {"format": "mp4", "quality": "low"}})
    assert r.status_code == 200, r.text
    assert wait_done(api, "r_claim")["status"] == "completed"
    ct = api.http.post("/api/auth/claim-token", json={"session_id": sid}).json()["data"]["claim_token"]
    browser = loopback.Client(base_url=engine.url)  # keeps the page's cookie
    page = browser.get("/workspace/claim", params={"ct": ct})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "<script>alert(1)</script>" not in text
    assert html.escape("<script>alert(1)</script>") in text
    assert "Timeline (3 tracks): 1. Video: red sneaker, blue backpack (0-2.7s)" in text
    assert api.token not in text and "Bearer" not in text
    # the player plays the export through a URL scoped to this page (its HttpOnly cookie)
    src = re.search(r'<video id="player"[^>]* src="(/workspace/s/[^/"]+/export/r_claim/video\.mp4)"', text)
    assert src is not None, text
    assert browser.get(src.group(1)).headers["content-type"] == "video/mp4"
    assert loopback.get(engine.url + src.group(1)).status_code == 401
    video = loopback.get(f"{engine.url}/workspace/claim/video", params={"ct": ct})
    assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
    assert loopback.get(f"{engine.url}/workspace/claim/video", params={"ct": "clm_wrong"}).status_code == 404
    bad = loopback.get(f"{engine.url}/workspace/claim", params={"ct": "clm_<i>x"})
    assert bad.status_code == 404 and "<i>" not in bad.text


def test_export_needs_attribution_headers(api: Api, media_dir: Path) -> None:
    sid, ids = setup_session(api, media_dir)
    body = {"id": "render_h", "sessionId": sid, "draft": small_draft(ids)}
    for missing in ("X-Skill-Source", "X-Skill-Version", "X-Skill-Platform"):
        headers = {k: v for k, v in Api.HEADERS.items() if k != missing}
        r = loopback.post(api.url + "/api/render/proxy/lambda", json=body,
                       headers={**headers, "Authorization": f"Bearer {api.token}"})
        assert r.status_code == 402 and r.json()["code"] == 402 and missing in r.json()["message"]


def test_nothing_to_export(api: Api) -> None:
    sid = api.new_session()
    r = api.http.post("/api/render/proxy/lambda", json={"id": "r_empty", "sessionId": sid})
    assert r.status_code == 400 and r.json()["code"] == 4003
    # an invalid body draft falls back to the session's latest (empty here)
    r = api.http.post("/api/render/proxy/lambda", json={"id": "r_bad", "sessionId": sid,
                                                         "draft": {"t": [{"sg": [{"x": 1}]}]}})
    assert r.json()["code"] == 4003
    r = api.http.post("/api/render/proxy/lambda", json={"id": "../etc", "sessionId": sid})
    assert r.status_code == 422
    r = api.http.post("/api/render/proxy/lambda", json={"id": "r_q", "sessionId": sid, "output": {"quality": "ultra"}})
    assert r.status_code == 422
    assert api.http.get("/api/render/proxy/lambda/unknown").json()["code"] == 1002


def test_render_failure_has_a_reason(api: Api, media_dir: Path) -> None:
    sid, ids = setup_session(api, media_dir)
    draft = small_draft({**ids, "red-sneaker.jpg": "m_not_uploaded"})
    r = api.http.post("/api/render/proxy/lambda", json={"id": "r_fail", "sessionId": sid, "draft": draft})
    assert r.status_code == 200
    st = wait_done(api, "r_fail")
    assert st["status"] == "failed" and st["error"] == "media not found: m_not_uploaded" and st["output"] is None
    # a failed export does not block the next one
    ok = api.http.post("/api/render/proxy/lambda", json={"id": "r_ok", "sessionId": sid, "draft": small_draft(ids),
                                                         "output": {"quality": "low"}})
    assert ok.status_code == 200
    assert wait_done(api, "r_ok")["status"] == "completed"
