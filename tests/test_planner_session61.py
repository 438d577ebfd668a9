"""Stages of session 61, each alone: the first places of an order then the rest in a row (``order_list._first_then_rest``);
a platform posted to is the setting, never its shape (``edits/canvas._posted_only``); a text's unquoted words end before
what they replace or how they are judged (``unquoted._WHY_AFTER``, ``parse.END``); a Chinese title described or asked is no
new title (``edits/title._JUDGED``); "it" after another thing's part is not the picture before (``tidy.resolve_it``); a clip
kept after the other is removed is kept among the clips (``edits/items``); a value told as it is now is no wish
(``observed``); a file is a thing of its own sentence (``sentence_it``); "repeat what …" is no picture shown twice
(``core._REPEAT``); a style's quoted name before 那个风格 (``edits/promo_video._STYLE_AFTER``)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.local.planner import plan
from nemo_skill.local.planner.core import _REPEAT
from nemo_skill.local.planner.edits.canvas import _posted_only
from nemo_skill.local.planner.order_list import place_lists
from nemo_skill.local.planner.unquoted import words_end


def _plan(say: str, on: str = "promo"):  # type: ignore[no-untyped-def]
    return plan(say, copy.deepcopy(base(on)), MEDIA[on])


def _order(draft: dict) -> list[str]:
    main = next(t for t in draft["t"] if t.get("role") == "main")
    return [str(s["mid"]) for s in main["sg"]]


@pytest.mark.parametrize(("said", "written"), [
    ("手表放第1,戒指第2,后面依次是运动鞋、背包、帽子", "顺序改成手表、戒指、运动鞋、背包、帽子"),
    ("顺序我想调一下:手表放第1张,背包放第2张,后面是运动鞋和帽子。", "顺序改成手表、背包、运动鞋、帽子。"),
])
def test_first_places_then_the_rest_are_one_order(said: str, written: str) -> None:
    assert place_lists(said) == written


@pytest.mark.parametrize("said", ["帽子那张放第1个,然后是球鞋,再是戒指", "手表放第2,后面是运动鞋和帽子"])
def test_places_not_said_in_turn_are_left(said: str) -> None:
    # (a rest after "然后是" one by one is no list; a first place said as 2 is no start)
    assert "顺序改成手表、运动鞋" not in place_lists(said) and not place_lists(said).startswith("顺序改成帽子、球鞋、戒指")


@pytest.mark.parametrize(("before", "posted"), [("这条要投", True), ("视频要发到", True), ("要发", True), ("做成", False),
                                                ("改成竖屏,", False)])
def test_a_platform_posted_to_is_no_shape(before: str, posted: bool) -> None:
    assert _posted_only(before) is posted


@pytest.mark.parametrize("say", ["这条要投抖音，标题改成“新品”", "改成十秒，要发抖音"])
def test_posting_keeps_the_shape(say: str) -> None:
    result = _plan(say)
    assert result.draft is not None, result.reply
    assert (result.draft["m"]["width"], result.draft["m"]["height"]) == (1920, 1080)


@pytest.mark.parametrize(("words", "kept"), [("Summer Collection 2024 instead of listing the products", "Summer Collection 2024"),
                                             ("Autumn Drop is perfect dont change it", "Autumn Drop"),
                                             ("Because We Care", "Because We Care")])
def test_unquoted_words_end_before_their_reason(words: str, kept: str) -> None:
    assert words[:words_end(words)] == kept


def test_a_title_said_with_what_it_replaces_keeps_only_its_words() -> None:
    result = _plan("Change the title to Handmade Daily instead of the product list.")
    assert result.draft is not None, result.reply
    assert "'Handmade Daily'" in result.reply


@pytest.mark.parametrize("say", ["标题是我们的品牌口号，字幕用手写体", "标题是几秒后消失的？字幕用手写体"])
def test_a_title_described_or_asked_is_not_renamed(say: str) -> None:
    result = _plan(say)
    assert result.draft is not None, result.reply
    title = next(s for t in result.draft["t"] if t.get("role") == "title" for s in t["sg"])
    assert title["text"] == "Red Sneaker, Blue Backpack & More"


def test_it_after_the_titles_part_is_the_title() -> None:
    result = _plan("add gold-ring.jpg at the end. make the title smaller and move it to the bottom.", "extra")
    assert result.draft is not None, result.reply
    assert not any(t.get("role") == "overlay" and t.get("sg") for t in result.draft["t"]), result.reply
    assert "Title moved to the bottom" in result.reply


def test_a_clip_kept_after_the_other_is_removed_keeps_the_pictures() -> None:
    result = _plan("把clip.mp4删掉，只留开箱视频", "twoclips")
    assert result.draft is not None, result.reply
    assert _order(result.draft) == ["m_img1", "m_img2", "m_img3", "m_clip2"]


def test_keep_only_one_clip_alone_still_keeps_only_it() -> None:
    result = _plan("just keep the unboxing video, delete the photos and the other clip", "twoclips")
    assert result.draft is not None, result.reply
    assert _order(result.draft) == ["m_clip2"]


def test_a_length_told_as_it_is_now_is_no_wish() -> None:
    result = _plan("Right now each photo is on screen for about 5 seconds. Make the title red.", "pics")
    assert result.draft is not None, result.reply
    assert "lasts" not in result.reply and "red" in result.reply


def test_a_file_is_the_thing_of_its_own_sentence() -> None:
    result = _plan("The title is centered right now and that's fine. Put logo.png in the top right, and make it slightly "
                   "see-through, around 80% opacity.", "logo")
    assert result.draft is not None, result.reply
    overlay = next(s for t in result.draft["t"] if t.get("role") == "overlay" for s in t["sg"])
    assert overlay["mid"] == "m_logo" and "80% opacity" in result.reply


@pytest.mark.parametrize(("said", "refused"), [("they repeat what the voice says", False), ("repeat the sneaker at the end", True)])
def test_repeat_what_is_no_picture_twice(said: str, refused: bool) -> None:
    assert (_REPEAT.search(said) is not None) is refused


def test_a_quoted_style_before_that_template_is_applied() -> None:
    result = _plan("就用“促销”那个模板")
    assert result.draft is not None, result.reply
    assert "sale" in result.reply


def test_a_thing_that_must_not_change_is_kept() -> None:
    result = _plan("背景音乐是买了版权的，不能换也不能删。配音调大一点")
    assert result.draft is not None, result.reply
    assert any(t.get("role") == "music" and t.get("sg") for t in result.draft["t"])


def test_feels_off_is_judged_never_turned_off() -> None:
    result = _plan("I like the pop on the title. But the speed feels off to me", "pics")
    assert result.draft is None or any(t.get("role") == "title" and t.get("sg") for t in result.draft["t"]), result.reply


def test_a_cut_to_a_length_after_a_kept_logo_is_the_videos() -> None:
    result = _plan("The logo's fine where it is, keep it. I think the pacing is slow: 30 seconds is too long. Cut it to 20 seconds.",
                   "logo_placed")
    assert result.draft is not None, result.reply
    assert result.draft["d"] == 20000, result.reply


def test_a_shape_given_to_it_does_not_keep_the_told_part_before() -> None:
    result = _plan("The ring photo I uploaded is missing. Swap it in for the black cap, we're not selling caps anymore. "
                   "It's for our feed, so make it square as well.", "extra")
    assert result.draft is not None, result.reply
    assert _order(result.draft) == ["m_img1", "m_img2", "m_img3", "m_img5"], result.reply
