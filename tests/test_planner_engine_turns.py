"""The real planner through the real engine over loopback: undo names what it reverted, several steps and
"back to before the captions" work, and a question or a "did you mean" costs no credit."""

from __future__ import annotations

from pathlib import Path

from engine_harness import Api

from nemo_skill.draft.timeline import main_segments


def _texts(events: list[dict]) -> list[str]:
    return [p["text"] for e in events for p in e["content"]["parts"] if "text" in p]


def _session(api: Api, media_dir: Path) -> str:
    sid = api.new_session()
    api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "clip.mp4", "music-bed.mp3")))
    api.chat(sid, "make a 12 second video from these")
    return sid


def _draft(api: Api, sid: str) -> dict:
    return api.state(sid)["state"]["draft"]


def test_undo_names_the_edit_and_goes_back_steps_or_to_a_topic(api: Api, media_dir: Path) -> None:
    sid = _session(api, media_dir)
    first = _draft(api, sid)
    api.chat(sid, "make it vertical")
    api.chat(sid, "add captions")
    api.chat(sid, "music at 20%")
    assert any(t.get("role") == "caption" for t in _draft(api, sid)["t"])

    reply = _texts(api.chat(sid, "undo"))[0]
    assert "'music at 20%'" in reply and "sound" in reply and reply.startswith("Undone:"), reply
    assert "Now:" in reply

    reply = _texts(api.chat(sid, "go back to before the captions"))[0]
    assert "'add captions'" in reply, reply
    draft = _draft(api, sid)
    assert not any(t.get("role") == "caption" for t in draft["t"])
    assert draft["m"]["height"] > draft["m"]["width"]  # the vertical edit before the captions stays

    api.chat(sid, "make it square")
    reply = _texts(api.chat(sid, "撤销两步"))[0]
    assert reply.startswith("已撤销：") and "「make it square」" in reply and "「make it vertical」" in reply, reply
    assert _draft(api, sid) == first


def test_undo_of_a_named_change_reverts_that_change_only(api: Api, media_dir: Path) -> None:
    """"undo the speed change on the clip" goes back to before the speed edit (once read as a new 2x speed), keeping the
    edits before it; an undo whose edit cannot be told changes nothing."""
    sid = _session(api, media_dir)
    api.chat(sid, "play the clip at half speed")
    assert [seg.get("speed", 1) for seg in main_segments(_draft(api, sid))].count(0.5) == 1
    api.chat(sid, "make the title yellow")
    api.chat(sid, "make it square")
    reply = _texts(api.chat(sid, "undo the speed change on the clip"))[0]
    assert "'play the clip at half speed'" in reply and "'make it square'" in reply, reply
    draft = _draft(api, sid)
    assert [seg.get("speed", 1) for seg in main_segments(draft)] == [1, 1, 1], draft
    assert draft["m"]["width"] != draft["m"]["height"]  # reverted with it: the edits after the speed change

    before = _draft(api, sid)
    reply = _texts(api.chat(sid, "undo the sparkle"))[0]
    assert "couldn't tell which edit to undo" in reply, reply
    assert _draft(api, sid) == before


def test_questions_and_suggestions_are_free(api: Api, media_dir: Path) -> None:
    sid = _session(api, media_dir)
    before = api.credits()["available"]
    draft = _draft(api, sid)
    # (not "remove the text": with only a title on screen that is the title, removed; wave 16, set BB bb083)
    question = _texts(api.chat(sid, "speed it up"))[0]
    assert "?" in question and "Nothing was changed" in question
    suggestion = _texts(api.chat(sid, "the narration sounds weird"))[0]
    assert "Did you mean" in suggestion or "didn't" in suggestion
    assert api.credits()["available"] == before
    assert _draft(api, sid) == draft
