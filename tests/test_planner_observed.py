"""observed: the parts of a message that only tell how things are, beside a part that asks (read as why, never as a wish)."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner.observed import blanked, carried, observed
from nemo_skill.local.planner.text import normalize


def _told(message: str) -> list[str]:
    low = normalize(message).low
    return [low[a:b].strip() for a, b in observed(low)]


@pytest.mark.parametrize(("message", "told"), [
    ("can the captions go at the top, the bottom part gets covered by the likes and stuff",
     ["the bottom part gets covered by the likes"]),  # ("and stuff": read as the filler it is)
    ("make them one size smaller. Right now they're kind of competing with the title for attention.",
     ["right now they're kind of competing with the title for attention"]),
    ("please use a serif font because the current one looks too plain", ["because the current one looks too plain"]),
    ("Could you make every picture 4 seconds? I think 6 seconds each is way too slow.",
     ["i think 6 seconds each is way too slow"]),
    ("change the transitions to circle, my client saw it in another ad and really liked it",
     ["my client saw it in another ad", "and really liked it"]),
    ("Place logo.png top right. The user says default corner logos are usually too tiny to read.",
     ["the user says default corner logos are usually too tiny to read"]),
    ("logo挪到左上角吧，右上角跟价格标签撞了。", ["右上角跟价格标签撞了"]),
    ("替换掉帽子那张吧，帽子已经卖完了，放着也没用。", ["帽子已经卖完了", "放着也没用"]),
    ("could you make it 4:5? I read that 4:5 takes up more of the screen than square.",
     ["i read that 4:5 takes up more of the screen than square"]),
    ("能不能把标题删掉？图片本身就很清楚了，加上字反而挡住了商品。", ["图片本身就很清楚了", "加上字反而挡住了商品"]),
    ("请把 logo 放在右上角，不透明度80%。用户说 logo 不要太抢眼，能看到就行。", ["用户说 logo 不要太抢眼", "能看到就行"]),
    ("标题现在在画面正中间，只停留3秒。请把标题移到顶部。", ["标题现在在画面正中间", "只停留3秒"]),
    # a part that leaves a thing it names as it is
    ("make the captions yellow, leave the title as it is", ["leave the title as it is"]),
    ("make the music quieter. Don't change the voiceover though, the captions and the voice are exactly right",
     ["don't change the voiceover though", "the captions", "and the voice are exactly right"]),
    ("字幕换成手写体，title保持现在的字体就好，不要一起改", ["title保持现在的字体就好", "不要一起改"]),
])
def test_told_parts(message: str, told: list[str]) -> None:
    assert _told(message) == told


@pytest.mark.parametrize("message", [
    "turn the music up, the narration is a bit quiet too",  # a complaint that says which way: a wish too
    "the title is too small, make the captions bigger",
    "the title is way too long, make it 2 seconds",  # "it" is the thing told of
    "make the first picture 10s and squeeze the others so it's still 30s",  # a purpose
    "start the unboxing at 2 seconds, the first 3 seconds are blurry",  # a number of the thing
    "our brand colour is navy and make the title gold",  # the brand, told as a setting
    "Make it vertical for Reels? Wait, actually it's for our website banner, so leave it widescreen",  # a correction
    "the music is too loud and the title is too small",  # nothing asks
    "开头从白色淡入，结尾淡出，都是白色",
    "配音太小了，音乐调低一点",
    "背景音乐现在是35%，请调到25%",  # the value now names the thing the next part sets
    "开箱那段放慢一点；clip.mp4那段反而可以加速到1.5倍",  # 反而 in a part that asks
    "use the minimal style and leave the captions as they are",  # what a style leaves is its exception
    "make the first picture 3 s but keep the video the same length",  # a bound of the wish
    "把第三张图片改成2秒，视频总时长保持不变",
    "图片别动了，转场改成2秒的黑场过渡",  # the pictures' zoom stops
    "做成横屏好还是竖屏好？先问问，不用改",  # no thing named: the whole message's
    "本来想改成竖屏的，算了，保持原样吧",  # a wish taken back
])
def test_kept_as_said(message: str) -> None:
    assert _told(message) == []


def test_blanked_takes_the_parts_out() -> None:
    message = normalize("can the captions go at the top, the bottom part gets covered")
    out = blanked(message, observed(message.low))
    assert out.low == "can the captions go at the top, "


@pytest.mark.parametrize(("message", "read"), [
    # the wish names no thing: it takes the thing of the last told part before it
    ("标题现在是居中的，正好挡住了球鞋，放到画面底部吧", "标题 放到画面底部吧"),
    # the wish names its own thing: the told part goes whole
    ("字幕现在是白色的，把标题放到画面底部吧", " 把标题放到画面底部吧"),
])
def test_carried_keeps_the_thing_a_wish_takes(message: str, read: str) -> None:
    message_n = normalize(message)
    assert blanked(message_n, carried(message_n.low, observed(message_n.low))).low == read


def test_blanked_takes_the_stop_after_a_part() -> None:
    # (an empty part between the wish and the part it takes its thing from made the wish ask which length)
    message = normalize("标题目前只出现3秒，客户说根本来不及看，改成6秒")
    assert blanked(message, observed(message.low)).low == "标题目前只出现3秒, 改成6秒"


@pytest.mark.parametrize(("message", "told"), [
    # a judgement of how it would be is why, whatever its modal verb
    ("trim the clip. half speed will look weird with the people walking", ["half speed will look weird with the people walking"]),
    # a wish let go of by its thing
    ("cut the first second of the clip. forget about the slow motion", ["forget about the slow motion"]),
    # how a thing is now, asked to be confirmed, and the complaint after it
    ("字幕现在是白色的对吧？有点单调，换成黄色吧", ["字幕现在是白色的对吧", "有点单调"]),
    # what so many seconds of it are
    ("视频开头有3秒是空镜头，把那段视频开头剪掉3秒", ["视频开头有3秒是空镜头"]),
])
def test_observed_reads_judgements_and_wishes_let_go(message: str, told: list[str]) -> None:
    assert _told(message) == told


def test_a_told_place_is_nothing_it_is() -> None:
    # ("the top feels crowded. and make it see-through-ish": "it" is the logo, never the top)
    assert _told("the top feels crowded. and make it 50% see-through") == ["the top feels crowded"]
