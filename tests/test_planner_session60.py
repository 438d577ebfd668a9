"""Stages of session 60, each alone: a posting plan or a platform's shop is the setting, never a shape asked
(``edits/canvas._POSTING_PLAN``, ``_SHOP_AFTER``, ``_DOES_ITSELF``); an animation or the wish's verb where a text's words would
be is no text (``text._wish_word_only``); one look said of the logo and the sticker changes both (``edits/overlays._one``); a
logo or sticker file put "in the video" is laid over it (``_file_put_on``); a message of things said to stay replies that
nothing changed (``core``); an order listed with 、 is read as one (``edits/ordering._LIST_SEP``)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import ROLE_OVERLAY
from nemo_skill.local.planner import plan
from nemo_skill.local.planner.edits.canvas import _POSTING_PLAN
from nemo_skill.local.planner.text import looks_only


def _plan(say: str, on: str = "promo"):  # type: ignore[no-untyped-def]
    return plan(say, copy.deepcopy(base(on)), MEDIA[on])


def _size(draft: dict) -> tuple[int, int]:
    return draft["m"]["width"], draft["m"]["height"]


@pytest.mark.parametrize("before", ["这个视频准备投放在", "准备在微信", "这个视频要发朋友圈和", "i'm going to post it on ",
                                    "my client is making this promo for ", "this is going out as a "])
def test_a_posting_plan_before_a_platform_is_found(before: str) -> None:
    assert _POSTING_PLAN.search(before) is not None


@pytest.mark.parametrize("before", ["make it ", "做成", "for ", "改成竖屏发"])
def test_a_shape_asked_for_a_platform_is_no_plan(before: str) -> None:
    assert _POSTING_PLAN.search(before) is None


@pytest.mark.parametrize("say", ["这个视频准备投放在抖音。把背景音乐调小一点", "这个是给抖音小店用的，背景音乐调小一点",
                                 "背景音乐调小一点，抖音会自动加字幕", "I'm going to post it on TikTok. Music a bit quieter please."])
def test_a_platform_as_setting_keeps_the_shape(say: str) -> None:
    result = _plan(say)
    assert result.draft is not None, result.reply
    assert _size(result.draft) == (1920, 1080)


@pytest.mark.parametrize("say", ["make it for tiktok", "做成抖音的"])
def test_a_platform_asked_sets_its_shape(say: str) -> None:
    result = _plan(say)
    assert result.draft is not None, result.reply
    assert _size(result.draft) == (1080, 1920)


@pytest.mark.parametrize(("words", "only"), [("fade in", True), ("typewriter effect", True), ("用", True), ("改成", True),
                                             ("Fade In", False), ("Summer Drop", False), ("用心生活", False)])
def test_an_animation_or_a_verb_is_no_texts_words(words: str, only: bool) -> None:
    assert looks_only(words) is only


def test_title_then_an_animation_animates_it() -> None:
    result = _plan("title 改成 fade in，captions 用 typewriter 效果")
    assert result.draft is not None, result.reply
    assert "fade in" not in result.reply and "Red Sneaker" not in result.reply  # the title's words stay


def _overlays(draft: dict) -> list[dict]:
    return [s for t in draft["t"] if t.get("role") == ROLE_OVERLAY for s in t["sg"]]


def test_one_look_of_the_logo_and_the_sticker_changes_both() -> None:
    result = _plan("再把促销贴纸加上，放右下角，logo和贴纸都调成半透明", "logo_placed")
    assert result.draft is not None, result.reply
    placed = _overlays(result.draft)
    assert len(placed) == 2 and all(s["place"]["opacity"] == 0.5 for s in placed), placed


@pytest.mark.parametrize("say", ["put logo.png in the video", "add logo.png and sale-sticker.png"])
def test_logo_files_put_in_the_video_are_laid_over_it(say: str) -> None:
    result = _plan(say, "logo")
    assert result.draft is not None, result.reply
    assert len(_overlays(result.draft)) == (2 if "sticker" in say else 1)


@pytest.mark.parametrize("say", ["keep the length", "时长不动"])
def test_only_things_kept_reply_that_nothing_changed(say: str) -> None:
    result = _plan(say)
    assert result.draft is None and not result.edited
    assert result.reply.strip()  # (it was empty)


def test_an_order_listed_with_the_chinese_comma_is_one_order() -> None:
    result = _plan("图片顺序改成 gold-ring.jpg、red-sneaker.jpg、blue-backpack.jpg、green-watch.png、black-cap.jpg")
    assert result.draft is not None, result.reply
    assert result.reply.startswith("新的顺序")
