"""Stages of session 63, each alone: two rules of one edit merge a value said as False (``frames.merge_args``); words the
vocabulary reads whole, or a font's name, after "title:" are no title's words (``text._all_vocabulary``); a change wished
with nothing said of how asks (``core._VAGUE_WISH``, ``_BARE_CHANGE``, ``_BARE_ORDER``, ``_BARE_LOOK``); what the person
does, before a wish that opens with its verb, is a part of its own (``frames._TELLING``); a transitions' kind said of
"them" (``edits.transitions._kind_alone``)."""

from __future__ import annotations

import copy
from dataclasses import dataclass

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.local.planner import plan
from nemo_skill.local.planner.core import _BARE_CHANGE, _BARE_LOOK, _BARE_ORDER, _VAGUE_WISH
from nemo_skill.local.planner.frames import _TELLING, clauses, merge_args, tag
from nemo_skill.local.planner.text import _all_vocabulary, normalize


def _plan(say: str, on: str = "promo"):  # type: ignore[no-untyped-def]
    return plan(say, copy.deepcopy(base(on)), MEDIA[on])


@dataclass(frozen=True)
class _Look:
    color: str | None = None
    bold: bool | None = None
    step: int = 0


def test_a_value_said_as_false_is_merged_not_taken_for_unset() -> None:
    assert merge_args(_Look(color="red"), _Look(bold=False)) == _Look(color="red", bold=False)
    assert merge_args(_Look(bold=False), _Look(color="red")) == _Look(color="red", bold=False)
    # a field's default is unset: a step of 0 says nothing, a step said twice differently clashes
    assert merge_args(_Look(color="red"), _Look(step=0)) == _Look(color="red")
    assert merge_args(_Look(step=1), _Look(step=-1)) is None
    assert merge_args(_Look(bold=True), _Look(bold=False)) is None


def test_the_weight_off_and_a_colour_in_one_clause_are_both_made() -> None:
    result = _plan("title: bold off, colour #00aaff")
    assert result.draft is not None, result.reply
    assert "regular weight" in result.reply and "#00aaff" in result.reply, result.reply


@pytest.mark.parametrize(("words", "vocabulary"), [
    ("bold off", True), ("not bold", True), ("Playfair", True), ("handwriting", True),
    ("Summer Sale", False), ("big sale now", False), ("Bold Moves", False),
])
def test_words_after_a_title_cue_that_are_a_wish_or_a_font(words: str, vocabulary: bool) -> None:
    assert _all_vocabulary(words) is vocabulary


@pytest.mark.parametrize("say", [
    "title: bold off, white", "title: Playfair, gold, not bold",
])
def test_a_wish_after_title_colon_never_retitles(say: str) -> None:
    result = _plan(say)
    assert result.draft is not None, result.reply
    assert "Title set to" not in result.reply, result.reply


@pytest.mark.parametrize(("text", "rx"), [
    ("can you change the music volume", _VAGUE_WISH),
    ("i want to change the length of the video", _VAGUE_WISH),
    ("let's try a different aspect ratio", _VAGUE_WISH),
    ("i'd like a new title", _VAGUE_WISH),
    ("把音量调  ", _VAGUE_WISH),
    ("把logo挪个地方", _VAGUE_WISH),
    ("改1下", _BARE_CHANGE),
    ("change it", _BARE_CHANGE),
    ("can we change the order", _BARE_ORDER),
    ("调整1下图片顺序", _BARE_ORDER),
    ("make the text look nicer", _BARE_LOOK),
])
def test_vague_wishes_are_recognised(text: str, rx) -> None:  # type: ignore[no-untyped-def]
    assert rx.match(text.strip())


@pytest.mark.parametrize("text", [
    "change the music to something upbeat", "move the pictures too much", "把视频里模特的脸换1下",
    "reorder the pictures so it flows better", "change the title to 'sale'",
])
def test_wishes_that_say_how_or_are_no_edit_are_not_vague(text: str) -> None:
    assert not any(rx.match(text) for rx in (_VAGUE_WISH, _BARE_CHANGE, _BARE_ORDER, _BARE_LOOK))


@pytest.mark.parametrize("say", [
    "can you change the music volume", "把音量调一下", "let's try a different aspect ratio", "改一下", "change the order",
    "这个字幕换个位置", "把那个往左移一点",
])
def test_a_vague_wish_asks_and_changes_nothing(say: str) -> None:
    result = _plan(say)
    assert result.question and result.draft is None, result.reply


def test_what_the_person_does_is_a_part_apart_from_the_wish_after_it() -> None:
    assert _TELLING.match("i'm selling these on shopee")
    assert _TELLING.match("we sell these at markets")
    assert not _TELLING.match("i want these gone")
    low = normalize("I'm selling these on Shopee, make it vertical").low
    parts = [low[a:b].strip(" ,") for a, b in clauses(low, tag(low))]
    assert parts == ["i'm selling these on shopee", "make it vertical"], parts


def test_a_transitions_kind_said_of_them() -> None:
    result = _plan("slow down the transitions to about a second, and make them circle opens")
    assert result.draft is not None, result.reply
    assert "circleopen, 1 s" in result.reply, result.reply
