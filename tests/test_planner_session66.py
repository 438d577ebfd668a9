"""Stages of session 66, each alone: a picture's length complained of beside a length asked of another picture is a wish of
its own (``core._remedied``, ``core._pictures_of``); a value judged enough is asked, never told (``observed._ASKS``); a
one-letter typo before a full stop is corrected, a file's name is not (``tidy.CORRECTABLE``, read by ``unquoted`` too); a kit typed apart in Chinese
(``kit_list._RUN_SPLIT``, read by ``brand_runs``) and its fonts said "in" (``kit_list._KIT_VALUE_LEAD``); a font's kind said alone is reported
when unread (``core._LOOK_VALUE_SAID``); someone heard talking in a clip is no told part (``observed._VOICES_HEARD_ZH``)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.local.planner import plan
from nemo_skill.local.planner.core import _LOOK_VALUE_SAID, _pictures_of, _remedied
from nemo_skill.local.planner.edits.length import SegmentDurationArgs
from nemo_skill.local.planner.intents import Intent
from nemo_skill.local.planner.kit_list import brand_runs, kit_lists
from nemo_skill.local.planner.observed import observed
from nemo_skill.local.planner.tidy import CORRECTABLE
from nemo_skill.local.planner.work import Work


def _plan(say: str, on: str = "promo"):  # type: ignore[no-untyped-def]
    return plan(say, copy.deepcopy(base(on)), MEDIA[on])


def _work(on: str = "promo") -> Work:
    return Work.from_draft(copy.deepcopy(base(on)), MEDIA[on])


def _length(ref: str, pos: int, ms: int = 0, factor: float | None = None) -> Intent:
    return Intent("segment_duration", pos, SegmentDurationArgs(ms=ms, ref=ref, factor=factor))


def test_the_pictures_of_length_edits_are_found_by_place() -> None:
    work = _work()
    assert _pictures_of([_length("the sneaker", 0, 4000)], work) == frozenset({0})
    assert _pictures_of([_length("the ring", 0, 4000), _length("image 2", 5, 3000)], work) == frozenset({4, 1})
    assert _pictures_of([Intent("duration", 0, object())], work) is None  # (the video's length names no picture)
    assert _pictures_of([_length("the unicorn", 0, 4000)], work) is None


def test_a_complaint_of_another_picture_is_a_wish_and_of_the_same_one_why() -> None:
    work = _work()
    asked, other, same = _length("the sneaker", 0, 4000), _length("the ring", 30, factor=1.5), _length("image 1", 30, factor=1.5)
    assert _remedied([asked, other], [(25, 60)], work) == [asked, other]
    assert _remedied([asked, same], [(25, 60)], work) == [asked]
    assert _remedied([asked, other], [(25, 60)]) == [asked]  # (without the timeline, the complaint stays why, as before)


@pytest.mark.parametrize(("say", "ring_too"), [("make the sneaker 4 seconds and the ring is over too fast", True),
                                               ("the sneaker is too long, make the first picture 4 s", False)])
def test_both_lengths_are_made_through_the_planner(say: str, ring_too: bool) -> None:
    r = _plan(say)
    assert r.draft is not None, r.reply
    assert "Image 1" in r.reply and ("Image 5" in r.reply) == ring_too


@pytest.mark.parametrize(("said", "told"), [("make the bag picture shorter, 4 seconds is enough", False),
                                            ("make it 20 seconds, the music is lovely", True)])
def test_a_value_judged_enough_is_no_told_part(said: str, told: bool) -> None:
    assert bool(observed(said)) == told


@pytest.mark.parametrize(("text", "words"), [("on a black backgound.", ["black", "backgound"]),
                                             ("use clip.mp4 please", ["please"]), ("sneaker.jpg", [])])
def test_a_typo_before_a_stop_is_a_word_a_file_is_not(text: str, words: list[str]) -> None:
    assert [m.group(0) for m in CORRECTABLE.finditer(text)] == words


def test_a_kit_typed_apart_and_its_fonts_said_in() -> None:
    assert "our brand heading font is display" in brand_runs("品牌颜色 #1a73e8 标题字体 display")
    out = kit_lists("set up our brand kit: headings in playfair, body text in sans")
    assert "our brand heading font is playfair" in out and "our brand body font is sans" in out


@pytest.mark.parametrize(("clause", "said"), [("also serif", True), ("字幕用衬线", True), ("half opacity", True),
                                              ("our customers love it", False)])
def test_a_font_kind_said_alone_is_a_look_value(clause: str, said: bool) -> None:
    assert (_LOOK_VALUE_SAID.search(clause) is not None) == said


def test_a_font_kind_said_alone_is_reported_not_dropped() -> None:
    r = _plan("make the title gold. serif")
    assert "serif" in r.reply  # (done, or said not understood: never dropped without a word)


def test_someone_talking_in_a_clip_is_muted_beside_a_cut() -> None:
    r = _plan("unboxing那段前两秒什么都没有，而且背景里有人说话", "twoclips")
    assert r.draft is not None, r.reply
    assert "静音" in r.reply and "2–8" in r.reply
