"""Every caption or picture but some, spelled out into the others (planner/excepted.py): the stage alone, and planned
on the reference draft, judged as the corpus judges."""

from __future__ import annotations

import pytest
from planner_corpus import Case, parse_check, run

from nemo_skill.local.planner.excepted import spelled

NAMES = ["red-sneaker", "blue-backpack", "green-watch", "black-cap", "gold-ring"]


@pytest.mark.parametrize(("low", "want"), [
    ("make all the captions yellow except the last one",
     "make the caption of image 1 yellow; make the caption of image 2 yellow; make the caption of image 3 yellow; "
     "make the caption of image 4 yellow"),
    ("remove the captions from every picture except the ring",
     "remove the caption of image 1; remove the caption of image 2; remove the caption of image 3; "
     "remove the caption of image 4"),
    ("除了第2张,其他字幕都删掉", "第1张图片的字幕删掉；第3张图片的字幕删掉；第4张图片的字幕删掉；第5张图片的字幕删掉"),
    ("除了最后1张,其他图片都改成4秒", "第1张、第2张、第3张、第4张图片都改成4秒"),
    ("remove all the text except the title", "remove the captions"),
    ("mute clip.mp4 but not the unboxing video", "mute clip.mp4"),
])
def test_the_others_are_spelled_out(low: str, want: str) -> None:
    assert spelled(low, NAMES, captioned=True).strip() == want


@pytest.mark.parametrize("low", [
    "make all the captions yellow except the purple one",  # names no picture: left for core to refuse
    "mute everything but not the voice",  # "every": core's, as said
    "remove the captions but keep the title",
])
def test_what_names_no_picture_stays_as_said(low: str) -> None:
    assert spelled(low, NAMES, captioned=True) == low


def test_without_a_caption_each_nothing_is_spelled() -> None:
    low = "make all the captions yellow except the last one"
    assert spelled(low, NAMES, captioned=False) == low


@pytest.mark.parametrize(("say", "checks"), [
    ("make every caption red except the second", ["caption 2.color = none", "caption 1.color = #ff0000",
                                                  "caption 5.color = #ff0000"]),
    ("除了第一张，其他字幕都去掉", ["captions = 1", 'caption 1 = "Red Sneaker"']),
    ("keep everything except the music, get rid of that", ["music = none"]),
    ("everything except the title stays as it is, make the title red", ["title.color = #ff0000"]),
])
def test_planned_as_the_corpus_judges(say: str, checks: list[str]) -> None:
    outcome = run(Case(say, "promo", tuple(parse_check(c) for c in checks), "t"))
    assert outcome.ok, outcome.detail


def test_an_exception_that_names_nothing_is_still_refused() -> None:
    outcome = run(Case("make all the captions yellow except the purple one", "promo", "none", "t"))
    assert outcome.ok, outcome.detail
