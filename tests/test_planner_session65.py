"""Stages of session 65, each alone: a feel asked of the video itself is its wish (``core._FEEL_WISH``); every clip said as a
name is every clip (``edits.shared.find_visuals``, read by ``edits.sound._named_clip``); a number with decimals after another length is never cut at its point
(``vocab._BARE_AFTER_UNIT_EN`` and its kin); an overlay's look said of "it" ends at the next wish (``edits.overlays``); the
way a text slides in Chinese and an animation's English name (``edits.text_look._anim_of``); a fade's colour kept when its
length is said after it."""

from __future__ import annotations

import copy
import re

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import ROLE_CAPTION, TT_TEXT, main_segments, tracks_by_role
from nemo_skill.local.planner import plan, vocab
from nemo_skill.local.planner.core import _FEEL_WISH
from nemo_skill.local.planner.edits.text_look import _anim_of


def _plan(say: str, on: str = "promo"):  # type: ignore[no-untyped-def]
    return plan(say, copy.deepcopy(base(on)), MEDIA[on])


@pytest.mark.parametrize(("clause", "wish"), [("make it look more luxury", True), ("and make the video feel more premium", True),
                                              ("let it look a bit more elegant", True), ("to make it look more premium", False),
                                              ("i think it would look more premium", False)])
def test_a_feel_asked_of_the_video_is_a_wish(clause: str, wish: bool) -> None:
    assert (_FEEL_WISH.match(clause) is not None) == wish


def test_the_style_wished_beside_another_wish_is_kept() -> None:
    r = _plan("make it look more luxury, and put the title in gold")
    assert r.draft is not None, r.reply
    assert "elegant" in r.reply and "gold" in r.reply
    r = _plan("make the title gold, I think it would look more premium")
    assert r.draft is not None
    assert "elegant" not in r.reply  # (a feel said as why stays why)


@pytest.mark.parametrize(("name", "muted"), [("all the video clips", [True, True]), ("both clips", [True, True]),
                                             ("all of the clips", [True, True]), ("the clips", [True, True]),
                                             ("every clip", [True, True]), ("clip 1", [True, False]),
                                             ("unboxing.mp4", [False, True]), ("the unboxing clip", [False, True])])
def test_every_clip_said_as_a_name(name: str, muted: list[bool]) -> None:
    r = _plan(f"mute {name}", "twoclips")
    assert r.draft is not None, r.reply
    assert [bool(s.get("mute")) for s in main_segments(r.draft) if str(s.get("mid", "")).startswith("m_clip")] == muted


def test_mute_all_the_clips_mutes_each() -> None:
    r = _plan("mute all the video clips", "twoclips")
    assert r.draft is not None, r.reply
    clips = [s for s in main_segments(r.draft) if str(s.get("mid", "")).startswith("m_clip")]
    assert len(clips) == 2 and all(s.get("mute") for s in clips)


def test_remove_all_the_video_clips_removes_each() -> None:
    r = _plan("remove all the video clips", "twoclips")
    assert r.draft is not None, r.reply
    assert not [s for s in main_segments(r.draft) if str(s.get("mid", "")).startswith("m_clip")]


def test_a_number_with_decimals_is_never_cut_at_its_point() -> None:
    rx = re.compile(vocab._BARE_AFTER_UNIT_EN)
    assert rx.search("each photo 5 seconds and the ring photo 7.5 seconds") is None
    assert rx.search("each photo 5 seconds, and the ring photo 8") is not None
    r = _plan("make the first picture 2.5 seconds and the last picture 7.5 seconds")
    assert r.draft is not None, r.reply
    pictures = [s for s in main_segments(r.draft) if str(s.get("mid", "")).startswith("m_img")]
    assert (pictures[0]["d"], pictures[-1]["d"]) == (2500, 7500)


def test_an_overlays_look_of_it_ends_at_the_next_wish() -> None:
    r = _plan('put logo.png in the bottom right corner, make it about 15% of the width and 80% opacity, and add an end card '
              'that says "Shop the collection"', "logo")
    assert r.draft is not None, r.reply
    card = next(s for s in main_segments(r.draft) if s.get("k") == "card")
    assert card["text"] == "Shop the collection"
    assert "80% opacity" in r.reply


@pytest.mark.parametrize(("said", "kind"), [("从左往右滑入", "slide_right"), ("从右往左滑入", "slide_left"),
                                            ("typewriter_word", "typewriter_word"), ("slide in from the left", "slide_right")])
def test_the_way_a_text_comes_in(said: str, kind: str) -> None:
    assert _anim_of(said) == kind


def test_a_fades_colour_is_kept_when_its_length_is_said_after() -> None:
    r = _plan("结尾淡出到白色，时长2秒")
    assert r.draft is not None, r.reply
    assert r.draft["m"]["fade"] == {"in": 0, "out": 2000, "color": "white"}


def test_a_texts_looks_one_per_clause_its_name_said_once() -> None:
    r = _plan("字幕字号调大，字体换成手写体，颜色用粉色，位置放到顶部")
    assert r.draft is not None, r.reply
    style = tracks_by_role(r.draft, TT_TEXT, ROLE_CAPTION)[0]["sg"][0]["style"]
    assert (style["size"], style["font"], style["color"], style["pos"]) == ("l", "handwriting", "#ffc0cb", "top")
    assert r.reply.count("字幕已改为") == 4
