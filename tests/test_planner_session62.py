"""Stages of session 62, each alone: a told part's thing is kept for the wish after it that says no thing, also after a
joining word, "现在" or a name with 的 (``observed.carried``, ``_THING_LEAD_ZH``); a fate not wanted, said with its participle,
is no edit (``frames._NOT_WANTED``); a degree not wanted is the degree judged, never the thing removed (vocab's Session 62
block)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.local.planner import plan
from nemo_skill.local.planner.observed import carried, observed
from nemo_skill.local.planner.text import normalize


def _plan(say: str, on: str = "promo"):  # type: ignore[no-untyped-def]
    return plan(say, copy.deepcopy(base(on)), MEDIA[on])


@pytest.mark.parametrize(("say", "thing"), [
    ("还有字幕太小了,就是标题现在在正中间挡住了鞋子,挪到上面去吧", "标题"),
    ("logo位置很好,现在标题是居中弹出的,有点挡产品,移到左下角", "标题"),
    ("金戒指的图片没用上,帮我加进去,放在第2张", "金戒指的图片"),
])
def test_a_told_part_keeps_its_thing_for_the_wish_after_it(say: str, thing: str) -> None:
    low = normalize(say).low
    told = observed(low)
    assert any(thing in low[a:b] for a, b in told), "the part should be told"
    out = carried(low, told)
    assert not any(thing in low[a:b] for a, b in out), [low[a:b] for a, b in out]


def test_the_wish_after_a_told_part_is_done() -> None:
    result = _plan("第一版看了,淡入淡出的转场我很喜欢,别动。配音也清楚。就是标题现在在正中间挡住了鞋子,挪到上面去吧,还有字幕太小了,放大一点。")
    assert result.draft is not None, result.reply
    assert "标题已移到顶部" in result.reply and "字幕已改为" in result.reply, result.reply


@pytest.mark.parametrize("say", ["They liked how the unboxing video looks and don't want it cut.",
                                 "I don't want the unboxing video cut", "we don't want the clip removed"])
def test_a_fate_not_wanted_is_no_edit(say: str) -> None:
    result = _plan(say, "twoclips")
    assert result.draft is None and not result.edited, result.reply


def test_a_fate_not_wanted_never_hides_a_degree_asked() -> None:
    # ("i don't really want the captions bigger" asks: a removal, or bigger)
    assert _plan("i don't really want the captions bigger").question


@pytest.mark.parametrize(("say", "said"), [("I don't want the title that big", "size l"),
                                           ("we don't want the title that big, make it smaller", "size l"),
                                           ("I don't want the music so loud", "lowered")])
def test_a_degree_not_wanted_is_judged_never_removed(say: str, said: str) -> None:
    result = _plan(say)
    assert result.draft is not None and said in result.reply and "removed" not in result.reply, result.reply


@pytest.mark.parametrize(("say", "on", "said"), [
    # a why ends before the next wish of the list, never at the sentence's end
    ("get rid of the title altogether, since the clip already has a logo sting, and to switch the transitions to a wipe to the left.",
     "clip", ("Title removed", "wipeleft")),
    ("They've asked for the transitions to be removed so it's straight cuts, the motion on the photos switched off, and each "
     "of the four photos to be exactly 3 seconds long.", "extra", ("Transitions removed", "Ken Burns off", "3 s")),
    # what is wrong, then the fixes after a colon
    ("the captions are hard to read and need fixing: white text, bold, and positioned at the top", "twoclips",
     ("colour white", "bold", "at the top")),
    # a font with bold text
    ("set the captions font to display with bold text", "twoclips", ("font display", "bold")),
])
def test_every_wish_of_the_list_is_done(say: str, on: str, said: tuple[str, ...]) -> None:
    result = _plan(say, on)
    assert result.draft is not None and not result.unread, result.reply
    assert all(s in result.reply for s in said), result.reply


def test_the_fixes_after_a_colon_are_the_things_own() -> None:
    # (never all the text's colour, never "hard to read" read as bigger)
    result = _plan("the captions are hard to read and need fixing: white text, bold, and positioned at the top", "twoclips")
    assert result.draft is not None
    assert "The text now" not in result.reply and "size" not in result.reply, result.reply


@pytest.mark.parametrize(("say", "on", "said"), [
    # someone's judgement after a wish is why, never the wish judged
    ("把每张图片的缓慢推拉效果关掉，他觉得晃来晃去不够高级。", "clip", ("已关闭缩放动效",)),
    # a thing left as it is "本身"
    ("另外把图片的推拉动效关掉，视频片段本身不用动。", "twoclips", ("已关闭缩放动效",)),
    # a relayed told part, then "想关掉" of its thing
    ("她说图片的缓慢放大效果看久了有点晕，想关掉；转场换成溶解（dissolve），每个转场1秒。", "pics", ("已关闭缩放动效", "溶解")),
])
def test_a_wish_beside_a_judgement_is_done(say: str, on: str, said: tuple[str, ...]) -> None:
    result = _plan(say, on)
    assert result.draft is not None, result.reply
    assert all(s in result.reply for s in said), result.reply


@pytest.mark.parametrize(("say", "on"), [("one of the clips is way too loud and needs to go lower. can you fix that?", "twoclips"),
                                         ("swap one of the photos for the gold ring picture", "extra")])
def test_one_of_the_things_is_asked_never_every_one_changed(say: str, on: str) -> None:
    result = _plan(say, on)
    assert result.question and result.draft is None, result.reply


def test_one_of_the_pictures_is_never_every_picture() -> None:
    result = _plan("make one of the pictures longer", "pics")
    assert result.draft is None, result.reply


@pytest.mark.parametrize("say", ["the sneaker for 8 seconds and the title in a handwriting font",
                                 "image 1 for 8 seconds and the title in a handwriting font"])
def test_a_look_said_in_words_is_a_wish_of_its_own(say: str) -> None:
    # (the frames tag no font: the part after "and" looked like one more thing for the 8 s, the title's timing)
    result = _plan(say, "pics")
    assert result.draft is not None and "Image 1 (red-sneaker) now lasts 8 s" in result.reply, result.reply
    assert "Title timing" not in result.reply and "font handwriting" in result.reply, result.reply
