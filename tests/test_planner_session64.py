"""Stages of session 64, each alone: two lengths of one thing told apart, a moment and how long
(``edits.shared.moment_and_length``); an edit made twice by two readings of one clause keeps one (``core._overwritten``); an
end card said with several parts at once (``edits.promo_video._card_in_parts``); a clip's volume "up" with no verb
(``edits.sound._said_sound``); asked, never guessed: a file by its kind, "that"/"this" alone, "the picture" of several."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import ROLE_TITLE, TT_TEXT, main_segments, tracks_by_role
from nemo_skill.local.planner import plan
from nemo_skill.local.planner.frames import _THE_PICTURE, _THIS_FOR_IT


def _plan(say: str, on: str = "promo"):  # type: ignore[no-untyped-def]
    return plan(say, copy.deepcopy(base(on)), MEDIA[on])


def _title(draft: dict[str, Any]) -> dict[str, Any]:
    return tracks_by_role(draft, TT_TEXT, ROLE_TITLE)[0]["sg"][0]


@pytest.mark.parametrize("say", ["make the title last 4 seconds and start at 1s",
                                 "have the title appear at 1 second for 4 seconds",
                                 "标题停留4秒，并且从第1秒开始"])
def test_two_lengths_of_the_title_are_a_moment_and_how_long(say: str) -> None:
    r = _plan(say)
    assert r.draft is not None, r.reply
    seg = _title(r.draft)
    assert (seg["s"], seg["d"]) == (1000, 4000)


def test_a_length_alone_stays_how_long() -> None:
    r = _plan("make the title last 4 seconds")
    assert r.draft is not None
    assert (_title(r.draft)["s"], _title(r.draft)["d"]) == (0, 4000)


def test_a_clips_part_from_a_moment_so_long() -> None:
    r = _plan("use 4 seconds of the clip starting at 1s", "clip")
    assert r.draft is not None, r.reply
    clip = next(s for s in main_segments(r.draft) if s.get("mid") == "m_clip")
    assert (clip["in"], clip["d"]) == (1000, 4000)


def test_one_of_two_readings_making_the_same_edit_is_kept() -> None:
    r = _plan("unboxing sound down to 40% and music up a bit", "twoclips")
    assert r.draft is not None
    unboxing = next(s for s in main_segments(r.draft) if s.get("mid") == "m_clip2")
    assert unboxing.get("vol") == 0.4
    assert "Clip 2 (unboxing) volume set to 40%" in r.reply


def test_a_clips_volume_up_with_no_verb_is_up() -> None:
    r = _plan("unboxing volume up", "twoclips")
    assert r.draft is not None
    assert next(s for s in main_segments(r.draft) if s.get("mid") == "m_clip2")["vol"] > 1


def test_an_end_card_in_parts() -> None:
    r = _plan('end card 5 seconds saying "Order now" with www.kickzone.shop under it')
    assert r.draft is not None, r.reply
    card = next(s for s in main_segments(r.draft) if s.get("k") == "card")
    assert (card["text"], card["d"], card.get("sub")) == ("Order now", 5000, "www.kickzone.shop")
    r = _plan('make the end card 4 seconds with "Use code RED20" on a red background')
    assert r.draft is not None, r.reply
    card = next(s for s in main_segments(r.draft) if s.get("k") == "card")
    assert (card["text"], card["d"], card.get("bg")) == ("Use code RED20", 4000, "#ff0000")


@pytest.mark.parametrize(("say", "on"), [("add the png", "logo"), ("can you make that bigger", "promo"),
                                         ("replace the picture", "promo"), ("make the photo shorter", "promo")])
def test_asked_never_guessed(say: str, on: str) -> None:
    r = _plan(say, on)
    assert r.question, r.reply
    assert r.draft is None


def test_this_and_the_picture_are_told_from_their_other_uses() -> None:
    assert _THIS_FOR_IT.search("can you make that bigger")
    assert not _THIS_FOR_IT.search("make that picture bigger")
    assert not _THIS_FOR_IT.search("make sure that the title is red")
    assert not _THIS_FOR_IT.search("make that one shorter")
    assert _THE_PICTURE.search("replace the picture")
    assert not _THE_PICTURE.search("make the pictures fill the frame")
