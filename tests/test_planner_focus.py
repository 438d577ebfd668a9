"""The tidy stages that write a message's parts as the words their readers know: the end card in focus
(``card_focus``) and the brand kit said as a run of parts (``kit_list.brand_runs``), each alone."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner.card_focus import card_focus
from nemo_skill.local.planner.kit_list import brand_runs

Q = "\ue0000\ue001"  # a quote's placeholder, as the reading leaves it


@pytest.mark.parametrize(("said", "written"), [
    # the card's colours, length and logo in the sentences after it: joined to its sentence
    (f"add an end card {Q}. make the text yellow and the background navy.",
     f"add an end card {Q}, cardink yellow, background navy."),
    (f"加一个片尾{Q}。字的颜色换成红色吧", f"加一个片尾{Q}，cardink 红色"),
    (f"add an end card {Q}. could you keep it on screen for 4 seconds?", f"add an end card {Q}, make the end card 4 seconds?"),
    (f"add an end card {Q}. put our logo on it", f"add an end card {Q}, put our logo on it"),
    # a length said vaguely then by its number is the number
    ("加个结尾卡。时间短一点，2秒就够", "加个结尾卡，结尾卡片停留2秒"),
])
def test_card_parts_after_it_are_the_cards(said: str, written: str) -> None:
    assert card_focus(said) == written


@pytest.mark.parametrize("said", [
    f"add an end card {Q}, and make the captions yellow",  # another thing named: the focus ends
    "片尾淡出到白，1.5秒",  # 片尾 as the video's end, faded
    f"片尾加上{Q}，短一点",  # a bare "shorter" after the card is the video's
    f"add an end card {Q}, and make it 20 seconds",  # no card is that long: the video's
    "remove the end card, make the text yellow",  # the card taken away: nothing of it in focus
])
def test_no_card_part_is_left_as_said(said: str) -> None:
    assert card_focus(said) == said


def test_brand_run_is_one_sentence_a_part_colours_first() -> None:
    assert brand_runs("brand font serif and body sans") == "our brand heading font is serif; our brand body font is sans"
    assert brand_runs("品牌字体设成中文字体,品牌色用金色") == "品牌色是金色; 品牌字体是cjk"
    assert brand_runs("please make teal our brand colour") == "brand colour teal"


@pytest.mark.parametrize("said", [
    "make the title font serif and the captions sans",  # no brand named
    "brand colour red",  # one part, said key first: the brand edit's own rules read it
    "our brand colour should match the logo, and use serif",  # no colour, font or logo value
])
def test_no_brand_run_is_left_as_said(said: str) -> None:
    assert brand_runs(said) == said
