"""Every endpoint of docs/api.md over real HTTP against the in-thread engine."""

from __future__ import annotations

from pathlib import Path

import loopback
from engine_harness import Api


def test_health_and_openapi(engine) -> None:
    r = loopback.get(engine.url + "/health")
    assert r.status_code == 200
    assert r.json()["data"]["status"] == "ok"
    doc = loopback.get(engine.url + "/openapi.json").json()
    for path in ("/api/auth/anonymous-token", "/api/tasks/me/with-session/nemo_agent", "/run_sse",
                 "/api/upload-video/nemo_agent/{user_ref}/{session_id}", "/api/credits/balance/simple",
                 "/api/state/nemo_agent/{user_ref}/{session_id}/latest", "/api/render/proxy/lambda",
                 "/api/render/proxy/lambda/{render_id}", "/api/render/proxy/{render_id}/download",
                 "/api/auth/claim-token", "/workspace/claim", "/media/{media_id}/{name}"):
        assert path in doc["paths"], path


def test_anonymous_token_rules(engine) -> None:
    r = loopback.post(engine.url + "/api/auth/anonymous-token")
    assert r.status_code == 400
    assert r.json() == {"code": 400, "message": "missing X-Client-Id header"}
    first = loopback.post(engine.url + "/api/auth/anonymous-token", headers={"X-Client-Id": "c1"}).json()["data"]
    assert first["token"].startswith("nmv_usr_") and first["user_id"].startswith("anon_")
    assert first["credits"] == 100 and first["expires_at"].endswith("Z")
    again = loopback.post(engine.url + "/api/auth/anonymous-token", headers={"X-Client-Id": "c1"}).json()["data"]
    # same client id: same user and expiry (a new string: only hashes are stored)
    assert again["user_id"] == first["user_id"] and again["expires_at"] == first["expires_at"]
    other = loopback.post(engine.url + "/api/auth/anonymous-token", headers={"X-Client-Id": "c2"}).json()["data"]
    assert other["user_id"] != first["user_id"]
    for tok in (first["token"], again["token"]):
        r = loopback.get(engine.url + "/api/credits/balance/simple", headers={"Authorization": f"Bearer {tok}"})
        assert r.json() == {"code": 0, "data": {"available": 100, "frozen": 0, "total": 100}}


def test_token_required_and_bad_token(engine) -> None:
    for headers in ({}, {"Authorization": "Bearer nmv_usr_nope"}, {"Authorization": "Basic abc"}):
        r = loopback.get(engine.url + "/api/credits/balance/simple", headers=headers)
        assert r.status_code == 401
        assert r.json()["code"] == 1001


def test_token_expiry(engine_factory) -> None:
    # long enough that a loaded CI machine still answers the first call inside it
    eng = engine_factory(token_ttl_seconds=2.0)
    api = Api(eng.url)
    assert api.http.get("/api/credits/balance/simple").json()["code"] == 0
    import time

    time.sleep(2.5)  # let the short TTL pass
    r = api.http.get("/api/credits/balance/simple")
    assert r.status_code == 401 and r.json() == {"code": 1001, "message": "token expired"}
    fresh = loopback.post(eng.url + "/api/auth/anonymous-token", headers={"X-Client-Id": "test-client"}).json()["data"]
    assert fresh["user_id"] == api.user_id  # same client id: same user, sessions kept


def test_per_ip_token_limit(engine_factory) -> None:
    eng = engine_factory(tokens_per_ip=3)
    codes = [loopback.post(eng.url + "/api/auth/anonymous-token", headers={"X-Client-Id": f"c{i}"}).status_code
             for i in range(4)]
    assert codes == [200, 200, 200, 429]
    r = loopback.post(eng.url + "/api/auth/anonymous-token", headers={"X-Client-Id": "c9"})
    assert r.json()["code"] == 429
    # a known client id asking again is the same user, not a new one: never refused for the limit
    again = loopback.post(eng.url + "/api/auth/anonymous-token", headers={"X-Client-Id": "c0"})
    assert again.status_code == 200 and again.json()["code"] == 0


def test_session_state_and_empty_draft(api: Api) -> None:
    sid = api.new_session()
    data = api.state(sid)
    assert data["session_id"] == sid and data["task_id"].startswith("task_")
    state = data["state"]
    assert state["draft"] == {"v": 1, "d": 0, "m": {"width": 1920, "height": 1080, "fps": 30}, "t": []}
    assert state["video_infos"] == [] and state["generated_media"] == []
    assert state["canvas_config"] == {"width": 1920, "height": 1080, "fps": 30}
    # a session body is optional
    assert api.http.post("/api/tasks/me/with-session/nemo_agent").json()["code"] == 0


def test_unknown_session_is_1002(api: Api) -> None:
    r = api.http.get("/api/state/nemo_agent/me/sess_nope/latest")
    assert r.status_code == 404 and r.json() == {"code": 1002, "message": "session not found"}


def test_isolation_between_users(engine, media_dir: Path) -> None:
    a, b = Api(engine.url, "client-a"), Api(engine.url, "client-b")
    sid = a.new_session()
    up = a.upload(sid, media_dir / "red-sneaker.jpg").json()["data"]["files"][0]
    assert a.http.get(up["cdn_url"]).status_code == 200
    assert b.http.get(f"/api/state/nemo_agent/me/{sid}/latest").json()["code"] == 1002
    assert b.upload(sid, media_dir / "red-sneaker.jpg").json()["code"] == 1002
    assert b.http.get(up["cdn_url"]).json()["code"] == 1002
    assert loopback.get(up["cdn_url"]).json()["code"] == 1001  # no bearer at all
    assert b.http.post("/api/auth/claim-token", json={"session_id": sid}).json()["code"] == 1002
    body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
            "new_message": {"role": "user", "parts": [{"text": "add a title Hello"}]}}
    assert b.http.post("/run_sse", json=body).json()["code"] == 1002
    r = b.http.post("/api/render/proxy/lambda", json={"id": "render_1", "sessionId": sid})
    assert r.json()["code"] == 1002


def test_validation_errors_are_json(api: Api) -> None:
    r = api.http.post("/run_sse", json={"nope": 1})
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == 422 and "session_id" in body["message"]
    r = api.http.post("/run_sse", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code in (400, 422) and set(r.json()) == {"code", "message"}
    r = api.http.delete("/api/credits/balance/simple")
    assert r.status_code == 405 and r.json()["code"] == 405


def test_json_body_size_cap(engine_factory) -> None:
    eng = engine_factory(max_json_bytes=1000)
    api = Api(eng.url)
    r = api.http.post("/api/tasks/me/with-session/nemo_agent", json={"task_name": "x" * 5000})
    assert r.status_code == 413 and r.json()["code"] == 413


def test_credits_top_up_cli(engine) -> None:
    api = Api(engine.url)
    from nemo_skill.local.cli import main

    assert main(["credits", "add", api.user_id, "25", "--data", str(engine.data_dir)]) == 0
    assert api.credits() == {"available": 125, "frozen": 0, "total": 125}
    assert main(["credits", "add", "anon_nobody", "5", "--data", str(engine.data_dir)]) == 1
