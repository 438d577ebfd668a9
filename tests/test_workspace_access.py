"""Who may use the workspace page's routes: the cookie from the claim link, the CSRF header on
changes, the engine's own origin; nothing of the API token in the page. Plain HTTP against the real
engine (the browser tests are in test_workspace_page.py)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
import loopback
import pytest
from engine_harness import Api

from nemo_skill.local import sessions


def _draft(mid: str) -> dict:
    return {"v": 1, "d": 1000, "m": {"width": 320, "height": 180, "fps": 24, "title": "<b>x</b>"},
            "t": [{"id": "v1", "tt": 0, "sg": [{"id": "s1", "mid": mid, "k": "image", "s": 0, "d": 1000}]}]}


def _open(engine, api: Api, sid: str) -> tuple[httpx.Client, str, str, httpx.Response]:
    """A browser-like client that opened the claim link: (client, base, csrf, page response)."""
    ct = api.http.post("/api/auth/claim-token", json={"session_id": sid}).json()["data"]["claim_token"]
    client = httpx.Client(base_url=engine.url, timeout=30, trust_env=False)
    page = client.get("/workspace/claim", params={"ct": ct})
    assert page.status_code == 200
    base = re.search(r'name="workspace-base" content="([^"]+)"', page.text).group(1)
    csrf = re.search(r'name="workspace-csrf" content="([^"]+)"', page.text).group(1)
    return client, base, csrf, page


def test_cookie_csrf_and_origin(engine, api: Api, media_dir: Path) -> None:
    sid = api.new_session()
    mid = api.upload(sid, media_dir / "red-sneaker.jpg").json()["data"]["files"][0]["media_id"]
    sessions.save_draft(engine.engine.db, sid, _draft(mid), "test")
    client, base, csrf, page = _open(engine, api, sid)
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and f"Path={base}" in cookie
    assert base.startswith("/workspace/s/")
    # the page: escaped, locked down, and without the API token or the word Bearer
    assert "<b>x</b>" not in page.text and api.token not in page.text and "Bearer" not in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "connect-src 'self'" in csp
    assert page.headers["cache-control"] == "no-store"
    # the cookie is what opens the page's routes
    assert client.get(f"{base}/view").json()["version"] == 1
    stranger = loopback.Client(base_url=engine.url)
    r = stranger.get(f"{base}/view")
    assert r.status_code == 401 and "expired" in r.json()["message"]
    assert stranger.get(f"{base}/view", headers={"Cookie": "nemo_ws=forged"}).status_code == 401
    # and the bearer token does not (it never reaches the page)
    assert stranger.get(f"{base}/view", headers={"Authorization": f"Bearer {api.token}"}).status_code == 401
    # changes need the page's CSRF token, from the engine's own origin
    body = {"message": "make it 2 seconds"}
    assert client.post(f"{base}/chat", json=body).status_code == 403
    assert client.post(f"{base}/chat", json=body, headers={"X-Workspace-CSRF": "nope"}).status_code == 403
    evil = client.post(f"{base}/chat", json=body, headers={"X-Workspace-CSRF": csrf, "Origin": "http://evil.test"})
    assert evil.status_code == 403 and "another site" in evil.json()["message"]
    assert client.post(f"{base}/export", headers={"Origin": "null", "X-Workspace-CSRF": csrf}).status_code == 403
    assert engine.engine.db.one("SELECT COUNT(*) FROM renders")[0] == 0
    assert sessions.latest_version(engine.engine.db, sid)[0] == 1  # nothing was edited
    # the real thing: a turn on the same path as scripts/chat (1 credit)
    before = api.credits()["available"]
    with client.stream("POST", f"{base}/chat", json={**body, "turn_id": "t1"},
                       headers={"X-Workspace-CSRF": csrf, "Origin": engine.url}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line.startswith("data:")]
    assert '"turnComplete":true' in events[-1]
    assert api.credits()["available"] == before - 1 and sessions.latest_version(engine.engine.db, sid)[0] == 2
    # the same submission again is refused, not run twice
    again = client.post(f"{base}/chat", json={**body, "turn_id": "t1"}, headers={"X-Workspace-CSRF": csrf})
    assert again.status_code == 409 and api.credits()["available"] == before - 1
    # no credit left: refused before streaming, as on /run_sse (2001); a question still gets its answer
    engine.engine.db.run("UPDATE users SET available = 0 WHERE id = ?", (api.user_id,))
    broke = client.post(f"{base}/chat", json={"message": "make it 3 seconds"}, headers={"X-Workspace-CSRF": csrf})
    assert broke.status_code == 403 and broke.json()["code"] == 2001
    with client.stream("POST", f"{base}/chat", json={"message": "help"}, headers={"X-Workspace-CSRF": csrf}) as r:
        assert r.status_code == 200 and any('"turnComplete":true' in line for line in r.iter_lines())


def test_pages_are_kept_apart(engine, api: Api, media_dir: Path) -> None:
    """A page of one session cannot reach another session's media, renders or versions."""
    sid = api.new_session()
    mid = api.upload(sid, media_dir / "red-sneaker.jpg").json()["data"]["files"][0]["media_id"]
    sessions.save_draft(engine.engine.db, sid, _draft(mid), "test")
    other = Api(engine.url, "another-user")
    osid = other.new_session()
    omid = other.upload(osid, media_dir / "blue-backpack.jpg").json()["data"]["files"][0]["media_id"]
    client, base, csrf, _ = _open(engine, api, sid)
    assert client.get(f"{base}/thumb/{mid}").headers["content-type"] == "image/jpeg"
    assert client.get(f"{base}/thumb/{omid}").status_code == 404
    assert client.post(f"{base}/restore", json={"version": 99}, headers={"X-Workspace-CSRF": csrf}).status_code == 404
    r = other.http.post("/api/render/proxy/lambda", json={"id": "r_other", "sessionId": osid,
                                                          "draft": _draft(omid)})
    assert r.status_code == 200
    assert client.get(f"{base}/export/r_other").json()["code"] == 1002
    assert client.get(f"{base}/export/r_other/video.mp4").status_code == 404
    # a second page (another claim link) has its own prefix and cookie
    client2, base2, _, _ = _open(engine, other, osid)
    assert base2 != base and client.get(f"{base2}/view").status_code == 401
    other.close()


def test_expired_claim_closes_the_page(engine_factory, media_dir: Path) -> None:
    eng = engine_factory(claim_ttl_seconds=3)
    api = Api(eng.url)
    sid = api.new_session()
    client, base, _, _ = _open(eng, api, sid)
    assert client.get(f"{base}/view").status_code == 200
    time.sleep(3.2)
    r = client.get(f"{base}/view")
    assert r.status_code == 401 and "expired" in r.json()["message"]
    api.close()


@pytest.mark.slow
def test_an_export_from_the_page_stops_the_preview_of_the_same_version(engine, api: Api, media_dir: Path) -> None:
    sid = api.new_session()
    mid = api.upload(sid, media_dir / "red-sneaker.jpg").json()["data"]["files"][0]["media_id"]
    long = _draft(mid)
    long.update(d=60000, m={**long["m"], "width": 1280, "height": 720})
    long["t"][0]["sg"][0].update(d=60000, kb="in")
    sessions.save_draft(engine.engine.db, sid, long, "test")
    client, base, csrf, _ = _open(engine, api, sid)  # opening the page starts the preview
    preview = engine.engine.previews.get(api.user_id, sid, 1)
    assert preview is not None
    end = time.monotonic() + 60
    while preview.status != "processing" and time.monotonic() < end:
        time.sleep(0.05)
    job = client.post(f"{base}/export", headers={"X-Workspace-CSRF": csrf}).json()["data"]
    assert preview.status == "cancelled" and job["status"] in ("pending", "processing")
