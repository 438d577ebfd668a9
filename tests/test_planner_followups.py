"""A short follow-up leans on the request that made the current draft ("now make it red", "and the 2nd one too",
"actually 10%", "no wait 25"): read together with it, without making that request's edit again; a question,
thanks or a story after it stays no edit. Through the real engine, the follow-up is read the same way."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from engine_harness import Api
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import audio_tracks, main_segments, title_segment
from nemo_skill.local.planner import plan


def _after(before: str, then: str, on: str = "promo") -> tuple[dict, dict | None, str]:
    first = plan(before, base(on), MEDIA[on])
    assert first.draft is not None, first.reply
    result = plan(then, copy.deepcopy(first.draft), MEDIA[on], previous=before)
    return first.draft, result.draft, result.reply


def _names(d: dict) -> list[str]:
    return [str(s.get("mid")) for s in main_segments(d)]


def test_a_value_or_a_pronoun_follows_the_request_before() -> None:
    _, d, reply = _after("change the title to 'SALE'", "now make it red")
    assert d is not None and (title_segment(d) or {})["text"] == "SALE", reply
    assert (title_segment(d) or {})["style"]["color"] == "#ff0000"
    _, d, reply = _after("background music at 20%", "actually 10%")
    assert d is not None and audio_tracks(d, "music")[0]["vol"] == pytest.approx(0.1), reply
    _, d, reply = _after("make the video 20 seconds", "no wait 25")
    assert d is not None and d["d"] == 25000, reply
    before, d, reply = _after("music at 30%", "bit lower")
    assert d is not None and audio_tracks(d, "music")[0]["vol"] < audio_tracks(before, "music")[0]["vol"], reply


def test_more_of_the_same_is_the_same_verb_on_the_new_draft() -> None:
    before, d, reply = _after("remove the cap", "and the 2nd one too")
    assert d is not None and _names(d) == [_names(before)[0]] + _names(before)[2:], reply
    before, d, reply = _after("remove image 2", "and image 4")
    assert d is not None and _names(d) == _names(before)[:3], reply  # never image 2 of the new draft as well


def test_a_question_thanks_or_a_story_after_an_edit_is_no_edit() -> None:
    for then in ("is it too loud?", "thanks!", "yesterday it was louder", "a bit more"):
        _, d, reply = _after("make the music quieter", then)
        assert d is None, (then, reply)


def test_without_the_request_before_a_bare_direction_asks() -> None:
    result = plan("bit lower", base("promo"), MEDIA["promo"])
    assert result.question and result.draft is None, result.reply


def test_the_engine_reads_a_follow_up_after_the_edit_that_made_the_draft(api: Api, media_dir: Path) -> None:
    sid = api.new_session()
    api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "music-bed.mp3")))
    api.chat(sid, 'make a 12 second video from these titled "Drop"')
    api.chat(sid, "music at 40%")
    api.chat(sid, "actually 15%")
    draft = api.state(sid)["state"]["draft"]
    assert audio_tracks(draft, "music")[0]["vol"] == pytest.approx(0.15)


def test_the_request_that_built_the_video_is_no_context(api: Api, media_dir: Path) -> None:
    """Right after the first cut, "make it bigger" asks: read with the build request it had made every sound louder."""
    sid = api.new_session()
    api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "music-bed.mp3")))
    api.chat(sid, "combine these images and audio into a 30-second promotional video with text overlays")
    before = api.state(sid)["state"]["draft"]
    api.chat(sid, "make it bigger")
    assert api.state(sid)["state"]["draft"] == before


def test_more_of_the_same_said_in_chinese_after_an_english_request() -> None:
    before, d, reply = _after("remove image 1", "还有第二张")
    assert d is not None and _names(d) == [_names(before)[0], *_names(before)[2:]], reply  # the new draft's second
