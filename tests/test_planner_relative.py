"""Lengths said relative to another thing on the timeline are written as their seconds on the draft
(``planner.relative``), and only where the draft holds that length one way."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import base

from nemo_skill.draft.timeline import main_segments
from nemo_skill.local.planner.relative import relative_lengths


@pytest.mark.parametrize(("said", "written"), [
    ("add an end card as long as one picture", "add an end card 6.4 seconds"),
    ("an end card half as long as one of the pictures", "an end card 3.2 seconds"),
    ("fade in for as long as the title is up", "fade in for 3 seconds"),
    ("make the ring twice as long as the title", "make the ring 6 seconds"),
    ("the same length as the first picture", "6.4 seconds"),
    ("make the last picture 2 seconds longer than the others", "make the last picture 8.4 seconds"),
    ("片尾和每张图一样长", "片尾6.4秒"),
    ("时长是标题的2倍", "时长6秒"),
    ("结尾淡出，时长跟转场一样", "结尾淡出，时长0.5秒"),
    ("keep the title up until the second picture comes in", "keep the title up until 5.9 seconds"),
    ("标题显示到第1张图结束", "标题显示到6.4秒"),
    ("最后1张比其他的多停2秒", "最后1张停8.4秒"),
])
def test_a_length_said_relative_to_another_is_its_seconds(said: str, written: str) -> None:
    assert relative_lengths(said, base("promo")) == written


@pytest.mark.parametrize("said", [
    "keep the logo as long as the title is readable",  # a condition, no length
    "每张照片时长相同",  # every picture alike: no other thing named
    "make it as long as the voiceover",  # a thing whose length is not read here
    "帽子那张是其他图片的两倍，其他图每张5秒",  # the pictures' length set anew in the same message
    "the ring 2 seconds longer than the others, same total",  # the total kept: the others grow too
    "show the logo until the second picture comes in",  # an overlay's time by the pictures is the overlay's reader's
])
def test_what_is_no_relative_length_stays_as_said(said: str) -> None:
    assert relative_lengths(said, base("promo")) == said


def test_pictures_of_different_lengths_are_no_one_length() -> None:
    draft = copy.deepcopy(base("promo"))
    for k, seg in enumerate(main_segments(draft)):
        seg["d"] = 3000 + 1000 * k
    assert relative_lengths("an end card as long as one picture", draft) == "an end card as long as one picture"
    assert relative_lengths("an end card as long as the third picture", draft) == "an end card 5 seconds"
