"""Property tests: any message, any session media, never raises; every draft returned validates."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nemo_skill.draft.validate import validate
from nemo_skill.local.planner import PlannerMedia, plan
from nemo_skill.local.planner.core import FAILURES

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

IMAGES = [PlannerMedia(f"m{i}", name, "image") for i, name in
          enumerate(["red-sneaker.jpg", "blue-backpack.jpg", "green-watch.png", "IMG_2034.JPG", "金色戒指.jpg"], 1)]
CLIP = PlannerMedia("v1", "unboxing.mp4", "video", duration=6.0, has_audio=True)
VOICE = PlannerMedia("a1", "narration.m4a", "audio", duration=9.5)
MUSIC = PlannerMedia("a2", "song.mp3", "audio", duration=3.0)  # shorter than any video: must loop
ALL = IMAGES + [CLIP, VOICE, MUSIC]

# words the grammar reacts to, so random messages reach deep into the rules, not just the help text
VOCAB = ["make", "it", "a", "video", "vertical", "square", "4:5", "720p", "seconds", "s", "ms", "minutes", "title",
         "caption", "captions", "text overlays", "music", "voice", "clip", "image", "the", "third", "last", "first",
         "move", "swap", "and", "reverse the order", "remove", "replace", "with", "gold-ring.jpg", "unboxing.mp4",
         "trim", "to", "from", "cut the first", "mute", "unmute", "louder", "at", "%", "transitions", "slide", "wipe",
         "none", "fade", "of", "ken burns", "off", "undo", "longer", "shorter", "each image for", "fps", "60",
         "合成", "视频", "秒", "竖屏", "方形", "标题", "字幕", "背景音乐", "音量", "转场", "淡入淡出", "静音", "删除",
         "替换", "第二张图片", "移到最前面", "倒序", "撤销", "改成", "剪掉", "前", '"', "'", "“", "”", ",", ".",
         "0", "1", "2", "3", "5", "15", "30", "100", "0.8", "99999", "-", "–", "\n", "\x00", "\u202e"]


def first_cut(media: list[PlannerMedia]) -> dict:
    return plan("combine these into a 12 second video with text overlays", None, media).draft


BASE_MIXED = first_cut(ALL)
BASE_PICS = first_cut(IMAGES[:2])
BASE_CLIP = first_cut([CLIP])

messages = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
    st.lists(st.sampled_from(VOCAB), max_size=14).map(" ".join),
    st.lists(st.one_of(st.sampled_from(VOCAB), st.integers(-5, 100000).map(str)), max_size=10).map("".join),
    st.just("x" * 20000),
    st.text(alphabet="\x00\x01\x07\x1b\t\r\n\u200b\u2028\ufeff\ue000\ue001 ", max_size=40),
)
drafts = st.sampled_from([None, BASE_MIXED, BASE_PICS, BASE_CLIP])
media_lists = st.sampled_from([[], IMAGES[:1], IMAGES, ALL, [CLIP], [VOICE, MUSIC], [CLIP, MUSIC]])


def check(message: str, draft: dict | None, media: list[PlannerMedia]) -> None:
    before = json.dumps(draft, sort_keys=True)
    result = plan(message, copy.deepcopy(draft) if draft else None, media)
    assert not result.reply.startswith(FAILURES), result.reply
    assert isinstance(result.reply, str) and result.reply
    if result.draft is not None:
        assert result.edited and result.understood
        validate(result.draft)
        assert result.calls
    else:
        assert not result.edited
    if result.undo:
        assert result.draft is None
    assert json.dumps(draft, sort_keys=True) == before


@SETTINGS
@given(messages, drafts, media_lists)
@example("remove title last 淡入淡出 前 视频 “ 竖屏", None, IMAGES)  # a first cut whose title a later edit removes
@example("3 合成 and each image for 99999 minutes", None, ALL)  # longer than the schema's hour
@example("1" * 4000, BASE_MIXED, ALL)  # one long run: the rules tried it from each letter (45 s before text._LONG_TOKEN)
def test_any_message_never_raises_and_validates(message, draft, media) -> None:
    check(message, draft, media)


@SETTINGS
@given(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=8).map(" ".join), st.integers(0, 5))
def test_edit_sequences_stay_valid(message, steps) -> None:
    """Apply the same random edit several times in a row, feeding each result back in."""
    draft = BASE_MIXED
    for _ in range(steps):
        result = plan(message, draft, ALL)
        assert not result.reply.startswith(FAILURES), result.reply
        if result.draft is not None:
            draft = validate(result.draft)


@SETTINGS
@given(st.integers(0, 4_000_000), st.sampled_from(["make it {} ms", "改成{}毫秒", "make it {} seconds"]),
       st.sampled_from([BASE_MIXED, BASE_PICS, BASE_CLIP]))
def test_any_length_request_gives_a_valid_timeline(n, template, draft) -> None:
    result = plan(template.format(n), draft, ALL)
    assert not result.reply.startswith(FAILURES), result.reply
    if result.draft is not None:
        validate(result.draft)
        assert 1000 <= result.draft["d"] <= 3_600_000 or draft is BASE_CLIP
