"""Promo edits on a draft that needs an edit first (issue 11, after blind sets G and H): the end card removed when
said by where it is, Ken Burns put back when said as what the pictures should do again. The corpus bases are first
cuts only, so these plan their set-up message first."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import main_segments
from nemo_skill.local.planner import plan
from nemo_skill.local.planner.diff import topics


def _after(setup: str, say: str) -> tuple[dict, dict, str]:
    first = plan(setup, base("promo"), MEDIA["promo"]).draft
    assert first is not None
    result = plan(say, copy.deepcopy(first), MEDIA["promo"])
    assert result.draft is not None, result.reply
    return first, result.draft, result.reply


@pytest.mark.parametrize("say", ["最后那张卡片删掉", "把结尾的那个画面去掉", "结尾那一页卡片删了", "remove the closing page",
                                 "get rid of the ending screen"])
def test_end_card_removed_by_where_it_is(say: str) -> None:
    before, after, reply = _after("finish on a card saying 'Order today'", say)
    assert not any(s.get("k") == "card" for s in main_segments(after)), reply
    assert topics(before, after) <= {"endcard", "length", "segments"}, reply
    assert len(main_segments(after)) == len(main_segments(before)) - 1  # the pictures all stay


@pytest.mark.parametrize("say", ["bring the zoom effect back on the photos", "add the ken burns back", "把推拉效果加回来",
                                 "put the slow zoom back on the pictures"])
def test_ken_burns_put_back(say: str) -> None:
    before, after, reply = _after("turn off ken burns", say)
    assert topics(before, after) == {"motion"}, reply
    assert any(s.get("kb") not in (None, "none") for s in main_segments(after))


@pytest.mark.parametrize("say", ["The user wants the end card removed.", "the closing screen has to go"])
def test_end_card_removed_said_as_a_state(say: str) -> None:
    before, after, reply = _after("add an outro", say)
    assert not any(s.get("k") == "card" for s in main_segments(after)), reply


@pytest.mark.parametrize("say", ["The client wants the pictures to zoom slowly.", "the photos should pan gently"])
def test_ken_burns_said_as_what_the_pictures_should_do(say: str) -> None:
    before, after, reply = _after("turn off ken burns", say)
    assert topics(before, after) == {"motion"}, reply


@pytest.mark.parametrize(("say", "left"), [("get rid of the fade to black", "in"), ("no fade at the end please", "in"),
                                           ("去掉结尾的淡出", "in"), ("结尾不要淡出了", "in"), ("remove the fade-in", "out"),
                                           ("开头的淡入去掉", "out")])
def test_one_side_of_the_fade_removed(say: str, left: str) -> None:
    """One side of the whole video's fade removed, the other kept (the frames read "remove the fade at the end" as a
    picture, and "get rid of the fade to black" set the fade to black again: "already like that")."""
    before, after, reply = _after("fade in from black and fade out to black", say)
    assert topics(before, after) == {"fade"}, reply
    fade = after["m"]["fade"]
    assert fade.get(left, 0) > 0 and not fade.get("out" if left == "in" else "in"), (reply, fade)


@pytest.mark.parametrize(("say", "fin", "fout"), [("视频前3秒淡入，最后2秒淡出", 3000, 2000),
                                                 ("fade in from black over 2 seconds and a 3 second fade out", 2000, 3000)])
def test_both_fades_said_once(say: str, fin: int, fout: int) -> None:
    """Both ends faded in one message, each its own length, and the reply says the fade once (it said the fade in, then
    the fade in and out)."""
    result = plan(say, base("promo"), MEDIA["promo"])
    fade = result.draft["m"]["fade"]
    assert (fade["in"], fade["out"]) == (fin, fout), (result.reply, fade)
    assert result.reply.count("整个视频" if "淡" in say else "The whole video") == 1, result.reply
