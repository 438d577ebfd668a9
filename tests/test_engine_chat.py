"""The chat on POST /run_sse: ADK event shapes, turn completion, credits, undo, heartbeats.

Most tests drive the engine with a small scripted planner (the planner has its own tests), so each
case is exact; one test runs the real planner end to end.
"""

from __future__ import annotations

import json
import time
import types
from pathlib import Path

import loopback
import pytest
from engine_harness import Api

from nemo_skill.draft.validate import validate
from nemo_skill.local import chat_stream as chat


def _title_draft(text: str) -> dict:
    return {"v": 1, "d": 3000, "m": {"width": 1280, "height": 720, "fps": 30},
            "t": [{"id": "x1", "tt": 7, "n": "Title", "role": "title",
                   "sg": [{"id": "s1", "text": text, "s": 0, "d": 3000}]}]}


def _scripted_plan(message: str, draft: dict | None, media: list, previous: str | None = None) -> object:
    from nemo_skill.local.planner.types import PlanResult

    if message.startswith("title "):
        text = message[6:]
        return PlanResult(draft=_title_draft(text), reply=f"Title set: '{text}' (0-3 s).",
                          calls=[{"name": "apply_edit", "args": {"op": "title", "text": text}}],
                          understood=True, edited=True)
    if message == "undo":
        return PlanResult(draft=None, reply="Undone.", calls=[{"name": "undo", "args": {}}], understood=True,
                          undo=True)
    if message == "broken":
        return PlanResult(draft={"v": 1, "d": 5, "m": {}, "t": []}, reply="ok", calls=[], understood=True,
                          edited=True)
    if message == "slow":
        time.sleep(1.3)
    if message == "media?":
        return PlanResult(draft=None, reply=",".join(f"{m.filename}:{m.kind}" for m in media), understood=True)
    return PlanResult(draft=None, reply="I did not understand. Try: add a title ...", understood=False)


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> None:
    from nemo_skill.local.planner import types as ptypes

    fake = types.SimpleNamespace(plan=_scripted_plan, PlannerMedia=ptypes.PlannerMedia)
    monkeypatch.setattr(chat, "_planner", lambda: fake)


def _texts(events: list[dict]) -> list[str]:
    return [p["text"] for e in events for p in e["content"]["parts"] if "text" in p]


def test_edit_turn_event_shapes(api: Api, scripted: None) -> None:
    sid = api.new_session()
    events = api.chat(sid, "title Hello <World>")
    assert len(events) == 4
    call, response, text, final = events
    for e in events:
        assert {"id", "invocationId", "author", "content", "partial", "timestamp"} <= set(e)
        assert e["author"] == "nemo_agent" and e["partial"] is False
        assert e["invocationId"] == events[0]["invocationId"]
    fc = call["content"]["parts"][0]["functionCall"]
    assert call["content"]["role"] == "model"
    assert fc["name"] == "apply_edit" and fc["args"] == {"op": "title", "text": "Hello <World>"} and fc["id"]
    fr = response["content"]["parts"][0]["functionResponse"]
    assert fr["id"] == fc["id"] and fr["name"] == "apply_edit"
    assert fr["response"]["status"] == "ok" and fr["response"]["version"] == 1
    assert 'Title: "Hello <World>" (0-3s)' in fr["response"]["summary"]
    assert text["content"]["parts"] == [{"text": "Title set: 'Hello <World>' (0-3 s)."}]
    assert final.get("turnComplete") is True and "turnComplete" not in text
    draft = api.state(sid)["state"]["draft"]
    assert draft == _title_draft("Hello <World>") and validate(draft)
    assert api.credits() == {"available": 99, "frozen": 0, "total": 99}


def test_stream_is_event_stream_and_closes(api: Api, scripted: None) -> None:
    sid = api.new_session()
    body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
            "new_message": {"role": "user", "parts": [{"text": "hello?"}]}}
    with api.http.stream("POST", "/run_sse", json=body) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        raw = r.read().decode()
    data_lines = [ln for ln in raw.splitlines() if ln.startswith("data:")]
    assert raw.startswith(":")  # a comment goes out at once
    events = [json.loads(ln[5:]) for ln in data_lines]
    assert _texts(events) == ["I did not understand. Try: add a title ..."]
    assert events[-1]["turnComplete"] is True
    assert api.credits()["available"] == 100  # not understood: free


def test_undo_restores_previous_version(api: Api, scripted: None) -> None:
    sid = api.new_session()
    api.chat(sid, "title One")
    api.chat(sid, "title Two")
    assert api.state(sid)["state"]["draft"]["t"][0]["sg"][0]["text"] == "Two"
    events = api.chat(sid, "undo")
    assert _texts(events) == ["Undone."]
    assert api.state(sid)["state"]["draft"]["t"][0]["sg"][0]["text"] == "One"
    api.chat(sid, "undo")
    assert api.state(sid)["state"]["draft"]["t"] == []
    assert _texts(api.chat(sid, "undo")) == ["There is nothing to undo."]
    assert api.credits()["available"] == 98  # two edits charged, undo free


def test_credits_run_out(engine, scripted: None) -> None:
    api = Api(engine.url)
    sid = api.new_session()
    engine.engine.db.run("UPDATE users SET available = 1 WHERE id = ?", (api.user_id,))
    api.chat(sid, "title Last")
    assert api.credits() == {"available": 0, "frozen": 0, "total": 0}
    body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
            "new_message": {"role": "user", "parts": [{"text": "title Over"}]}}
    r = api.http.post("/run_sse", json=body)
    assert r.status_code == 403 and r.json() == {"code": 2001, "message": "no credits left: this edit needs 1 credit"}
    assert api.state(sid)["state"]["draft"]["t"][0]["sg"][0]["text"] == "Last"
    # a turn that edits nothing still works with no credits
    assert _texts(api.chat(sid, "what?"))[0].startswith("I did not understand")
    from nemo_skill.local.cli import main

    assert main(["credits", "add", api.user_id, "3", "--data", str(engine.data_dir)]) == 0
    api.chat(sid, "title Again")
    assert api.credits()["available"] == 2


def test_invalid_planner_draft_is_not_stored(api: Api, scripted: None) -> None:
    sid = api.new_session()
    api.chat(sid, "title Keep")
    events = api.chat(sid, "broken")
    assert events[-2]["errorCode"] == "INVALID_DRAFT" and events[-1]["turnComplete"] is True
    assert api.state(sid)["state"]["draft"]["t"][0]["sg"][0]["text"] == "Keep"
    assert api.credits()["available"] == 99


def test_heartbeats_while_working(engine_factory, scripted: None) -> None:
    eng = engine_factory(heartbeat_seconds=0.2)
    api = Api(eng.url)
    sid = api.new_session()
    body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
            "new_message": {"role": "user", "parts": [{"text": "slow"}]}}
    with api.http.stream("POST", "/run_sse", json=body) as r:
        lines = [ln for ln in r.iter_lines() if ln]
    beats = [ln for ln in lines if ln == ": heartbeat"]
    assert len(beats) >= 3
    assert json.loads(lines[-1][5:])["turnComplete"] is True


def test_planner_sees_session_media(api: Api, scripted: None, media_dir: Path) -> None:
    sid = api.new_session()
    api.upload(sid, media_dir / "red-sneaker.jpg", media_dir / "clip.mp4")
    assert _texts(api.chat(sid, "media?")) == ["red-sneaker.jpg:image,clip.mp4:video"]


def test_bad_chat_requests(api: Api) -> None:
    sid = api.new_session()
    body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
            "new_message": {"role": "user", "parts": [{"text": "   "}]}}
    r = api.http.post("/run_sse", json=body)
    assert r.status_code == 400 and r.json()["code"] == 400
    body["session_id"] = "sess_missing"
    body["new_message"]["parts"][0]["text"] = "hi"
    assert api.http.post("/run_sse", json=body).json()["code"] == 1002
    assert loopback.post(api.url + "/run_sse", json=body).json()["code"] == 1001


def test_real_planner_end_to_end(api: Api, media_dir: Path) -> None:
    sid = api.new_session()
    api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "music-bed.mp3")))
    events = api.chat(sid, "make a 10 second video from my photos with the music and the title Summer Sale")
    assert events[-1]["turnComplete"] is True
    assert any("functionCall" in p for e in events for p in e["content"]["parts"])
    draft = api.state(sid)["state"]["draft"]
    validate(draft)
    assert any(t["sg"] for t in draft["t"])
    assert api.credits()["available"] == 99
    assert _texts(events) and _texts(events)[0].strip()
