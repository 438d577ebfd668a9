"""Stages of session 67, each alone: questions of rights or cost are asked, not edits (``stance.ASKING``); a colour judged
too much is why (``stance.JUDGED``); the video's fades said in parts share one colour and a length (``core._fades_shared``,
an unsaid colour kept: ``promo_video._fade_colour``); a kit list names its colours "primary …" and its owner "为品牌设置"
(``kit_list.brand_runs``); a shape read of, then "switch to that", is carried (``observed``); the "now" of a call to action
is no filler (``tidy``); a text's look is keyed by its role (``diff.topics``)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.local.planner import plan
from nemo_skill.local.planner.core import _fades_shared
from nemo_skill.local.planner.diff import topics
from nemo_skill.local.planner.edits.promo_video import FadeArgs, _fade_colour
from nemo_skill.local.planner.intents import Intent
from nemo_skill.local.planner.kit_list import brand_runs
from nemo_skill.local.planner.observed import observed
from nemo_skill.local.planner.stance import ASKING, JUDGED


def _plan(say: str, on: str = "promo"):  # type: ignore[no-untyped-def]
    return plan(say, copy.deepcopy(base(on)), MEDIA[on])


@pytest.mark.parametrize(("said", "asked"), [
    ("is lofi.mp3 royalty free? i don't want a copyright strike", True),
    ("do i need to pay extra to export in 4k?", True),
    ("whats the transition called that you're using now?", True),
    ("is it possible to make the music louder?", False),
    ("can you make the title red?", False),
])
def test_questions_of_rights_cost_and_names_are_asked(said: str, asked: bool) -> None:
    assert bool(ASKING.match(said)) == asked


def test_a_colour_judged_too_much_is_why() -> None:
    assert JUDGED.search("the captions in orange would be too much")
    assert not JUDGED.search("make the captions orange")


def _fade(pos: int, *, fade_in: bool = False, fade_out: bool = False, color: str | None = None,
          ms: int | None = None) -> Intent:
    return Intent("fade", pos, FadeArgs(fade_in=fade_in, fade_out=fade_out, color=color, ms=ms))


def test_fades_said_in_parts_share_one_colour_and_an_end_s_length() -> None:
    shared = _fades_shared([_fade(0, fade_in=True), _fade(9, fade_out=True, color="white")])
    assert [i.args.color for i in shared] == ["white", "white"]
    twice = _fades_shared([_fade(0, fade_out=True, ms=1500), _fade(9, fade_out=True, color="black")])
    assert [i.args.ms for i in twice] == [1500, 1500]
    # (two colours named stay as said: the edit refuses the second and says how to ask for both)
    both = _fades_shared([_fade(0, fade_in=True, color="black"), _fade(9, fade_out=True, color="white")])
    assert [i.args.color for i in both] == ["black", "white"]
    assert _fade_colour(None) is None and _fade_colour("白场") == "white" and _fade_colour("black") == "black"


@pytest.mark.parametrize(("say", "reply"), [("视频开头淡入，结尾淡出到白色", "白色淡入"),
                                            ("请为视频添加结尾淡出，时长1.5秒，淡出到黑色。", "1.5 秒")])
def test_both_fades_through_the_planner(say: str, reply: str) -> None:
    r = _plan(say)
    assert r.draft is not None and reply in r.reply, r.reply


@pytest.mark.parametrize(("said", "parts"), [
    ("set brand colours: primary #0b3d2e, accent #f2c14e; heading font serif.", ("#0b3d2e", "#f2c14e", "serif")),
    ("请为品牌设置正文字体为无衬线体，标题字体为展示字体。", ("display", "sans")),
])
def test_a_kit_list_reads_primary_colours_and_its_owner_set_up(said: str, parts: tuple[str, ...]) -> None:
    run = brand_runs(said)
    assert run != said and all(p in run for p in parts), run


def test_a_shape_read_of_then_switch_to_that_is_carried() -> None:
    low = "i read that 4:5 works best there, so can you switch to that?"
    assert observed(low) == []  # (the told part carries the value "that" points to)
    low2 = "i read that 4:5 works best there, so make the title red."
    assert [low2[a:b] for a, b in observed(low2)] == ["i read that 4:5 works best there"]
    assert "1080x1350" in _plan("I read that 4:5 works best there, so can you switch to that?").reply


def test_the_now_of_a_call_to_action_is_kept_and_other_nows_are_filler() -> None:
    assert "'Shop now'" in _plan("add an end card that says Shop now, with our website shopmaya.com under it").reply
    assert "colour red" in _plan("now make the title red").reply


def test_a_text_s_look_is_keyed_by_its_role() -> None:
    before = base("pics")
    after = _plan("remove the title and add captions", "pics").draft
    assert after is not None and topics(before, after) == {"title", "captions"}
