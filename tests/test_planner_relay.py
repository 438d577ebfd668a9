"""The tidy stages for words passed on or said in passing, each alone: whoever relays a wish is one speaker
(``relay.speakers``), and asides in parentheses that only name, keep or describe go (``asides.asides``)."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner.asides import asides
from nemo_skill.local.planner.relay import speakers


@pytest.mark.parametrize(("said", "written"), [
    # what was told: the speaker and the verb go, the wish or the complaint stays
    ("my manager says the second and third photos should swap places.", " the second and third photos should swap places."),
    ("the person is asking me to make it vertical", " make it vertical"),
    ("the client asked if the voiceover can go", " the voiceover can go"),
    # what was wished: the one speaker the rewrites know
    ("store owner wants the captions removed.", "the client wants the captions removed."),
    # a label that only says the words are relayed
    ("client feedback: remove the last photo.", " remove the last photo."),
    ("heads up, they'd like the title in yellow.", " they'd like the title in yellow."),
    # Chinese: 店长 / 同事 / 对方 … as 客户; what was told (说), as in English: the speaker goes (kept as 客户说 it stood
    # before the rewrites read at a clause's start: "用户说最后一张放运动鞋" was not understood, set FV fv095)
    ("店长觉得音乐太吵了", "客户觉得音乐太吵了"),
    ("同事看完说把第一张删掉", "把第一张删掉"),
    ("对方说字幕太小", "字幕太小"),
])
def test_relayed_speaker_is_one(said: str, written: str) -> None:
    assert speakers(said) == written


@pytest.mark.parametrize("said", [
    "the team is great",  # no verb of saying or wishing after it
    "make the music louder for the team",  # not opening a clause
    "remove the user's logo",
])
def test_no_speaker_is_left_as_said(said: str) -> None:
    assert speakers(said) == said


@pytest.mark.parametrize(("said", "written"), [
    ("music (the music) to 0.2", "music  to 0.2"),  # a thing's own name again
    ("swap slides 2 and 4 (blue-backpack.jpg < black-cap.jpg).", "swap slides 2 and 4 ."),  # files of the places
    ("make it square (keep the rest as it is).", "make it square ."),  # what stays
    ("set 24 fps (film look).", "set 24 fps ."),  # why
])
def test_aside_said_in_passing_goes(said: str, written: str) -> None:
    assert asides(said) == written


@pytest.mark.parametrize("said", [
    "fade out (1.5s)",  # a value of the wish
    "add an end card (4s)",
    "out 1s (black)",
    "delete the third photo (gold-ring.jpg)",  # a place and its file: checked to be one picture
])
def test_aside_with_a_value_stays(said: str) -> None:
    assert asides(said) == said
