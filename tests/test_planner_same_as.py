"""The tidy stage for a look said as "the same" as one named before (``same_as.same_values``), alone: exact output, and
what it leaves as said."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner.same_as import same_values


@pytest.mark.parametrize(("said", "written"), [
    # the colour said last before it
    ("make the title gold and give the captions the same colour.", "make the title gold and give the captions gold colour."),
    ("pink captions, and add an end card \ue0000\ue001 in the same pink.", "pink captions, and add an end card \ue0000\ue001 in pink."),
    ("make the title orange and add an end card \ue0000\ue001 with its text in the same colour.",
     "make the title orange and add an end card \ue0000\ue001 in orange."),
    # the font said last before it
    ("use serif for the title and the same font for the captions", "use serif for the title and serif font for the captions"),
    ("标题改成衬线体，字幕用和标题一样的字体", "标题改成衬线体，字幕用衬线字体"),
    ("标题改成红色，字幕也用一样的颜色", "标题改成红色，字幕也用红色"),
    # an end card's text said in a colour is the card's
    ("add an end card \ue0000\ue001 with its text in orange", "add an end card \ue0000\ue001 in orange"),
])
def test_same_look_is_named(said: str, written: str) -> None:
    assert same_values(said) == written


@pytest.mark.parametrize("said", [
    "make the captions the same colour as the title",  # no colour said in the message: the draft's, left as said
    "keep the same order",
    "字幕和标题一样大",
    "make the music louder",
])
def test_left_as_said(said: str) -> None:
    assert same_values(said) == said
