"""The planner against a table of requests (English and Chinese) and the draft properties each must produce."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import pytest
from planner_corpus import IMAGES, MUSIC, VOICE  # the corpus's session media, one definition

from nemo_skill.draft.validate import validate
from nemo_skill.local.planner import HELP_TEXT, HELP_TEXT_ZH, PlannerMedia, PlanResult, plan

CLIP = PlannerMedia("m_vid1", "unboxing.mp4", "video", duration=12.5, width=1920, height=1080, has_audio=True)

PROMO = IMAGES + [VOICE, MUSIC]  # five pictures, a voiceover and music
PICS = IMAGES[:4]  # four pictures only
MIXED = IMAGES[:3] + [CLIP, IMAGES[3], MUSIC, IMAGES[4]]  # gold-ring is uploaded but not on the timeline below


def first_cut(message: str, media: list[PlannerMedia]) -> dict:
    result = plan(message, None, media)
    assert result.edited and result.draft is not None, result.reply
    return result.draft


BASES: dict[str, Callable[[], dict]] = {
    "promo": lambda: first_cut("combine these images and audio into a 30-second promotional video with text overlays", PROMO),
    "pics": lambda: first_cut("make a 20 second video from these", PICS),
    "mixed": lambda: first_cut("make a 30 second video with captions from these", MIXED[:5] + [MUSIC]),
    "still": lambda: first_cut("make a slideshow from these without ken burns", PICS),
}


# --- helpers to read a draft ----------------------------------------------------------------------------

def main(d: dict) -> list[dict]:
    return next(t for t in d["t"] if t["tt"] == 0 and t.get("role", "main") == "main")["sg"]


def role(d: dict, name: str) -> dict | None:
    return next((t for t in d["t"] if t.get("role") == name), None)


def mids(d: dict) -> list[str]:
    return [s["mid"] for s in main(d)]


def captions(d: dict) -> list[str]:
    t = role(d, "caption")
    return [s["text"] for s in t["sg"]] if t else []


def title(d: dict) -> tuple[str, int, int] | None:
    t = role(d, "title")
    if not t or not t["sg"]:
        return None
    s = t["sg"][0]
    return s["text"], s["s"], s["s"] + s["d"]


def transitions(d: dict) -> set[tuple[str, int]]:
    return {(s["tr"]["type"], s["tr"]["d"]) for s in main(d)[1:]}


def dims(d: dict) -> tuple[int, int]:
    return d["m"]["width"], d["m"]["height"]


def captions_follow_images(d: dict) -> bool:
    segs = main(d)
    caps = role(d, "caption")["sg"]
    return len(caps) == len(segs) and all(
        seg["s"] <= cap["s"] and cap["s"] + cap["d"] <= seg["s"] + seg["d"] for seg, cap in zip(segs, caps, strict=True))


IMG_IDS = [m.id for m in IMAGES]

# (case id, base draft or None, media, message, expect edited, check on (draft, result))
CASES: list[tuple[str, str | None, list[PlannerMedia], str, bool, Callable[[dict, PlanResult], bool]]] = [
    # --- first cuts ---
    ("fc-promo-30s", None, PROMO, "combine these images and audio into a 30-second promotional video with text overlays", True,
     lambda d, r: d["d"] == 30000 and dims(d) == (1920, 1080) and mids(d) == IMG_IDS
     and role(d, "voice")["sg"][0]["mid"] == "m_voice" and role(d, "music")["vol"] == 0.35 and role(d, "music")["duck"] is True
     and captions(d) == ["Red Sneaker", "Blue Backpack", "Green Watch", "Black Cap", "Gold Ring"]
     and transitions(d) == {("fade", 500)} and [s["kb"] for s in main(d)] == ["in", "left", "out", "right", "in"]
     and r.calls[0]["name"] == "create_first_cut"),
    ("fc-tiktok-15s", None, PROMO, "make a 15 second vertical video for TikTok from these", True,
     lambda d, r: d["d"] == 15000 and dims(d) == (1080, 1920) and d["m"]["aspect"] == "9:16"
     and role(d, "voice")["sg"][0]["d"] == 15000 and role(d, "music")["sg"][0]["d"] == 15000),
    ("fc-1080p-voice-length", None, PROMO, "generate a 1080p MP4 from these five product images and the voiceover", True,
     lambda d, r: d["d"] == 24000 and dims(d) == (1920, 1080) and len(main(d)) == 5),
    ("fc-quoted-title-and-captions", None, PROMO,
     'make a promo video for our summer sale with text overlays "Fresh" "Bold" "New" "Cool" "Shiny"', True,
     lambda d, r: title(d) == ("Summer Sale", 0, 3000) and captions(d) == ["Fresh", "Bold", "New", "Cool", "Shiny"]),
    ("fc-titled", None, PROMO, 'combine these into a video titled "Big Deals" with captions', True,
     lambda d, r: title(d)[0] == "Big Deals" and d["m"]["title"] == "Big Deals" and len(captions(d)) == 5),
    ("fc-single-quote-is-title", None, PICS, 'combine these into a video with text overlays "Summer Sale"', True,
     lambda d, r: title(d)[0] == "Summer Sale" and captions(d) == ["Red Sneaker", "Blue Backpack", "Green Watch", "Black Cap"]),
    ("fc-topic-title", None, PICS, "make a promotional video for our winter collection", True,
     lambda d, r: title(d)[0] == "Winter Collection"),
    ("fc-pictures-default-length", None, PICS, "combine these into a video", True,
     lambda d, r: d["d"] == 4 * 4000 - 3 * 500 and "music" not in {t.get("role") for t in d["t"]}),
    ("fc-no-kb-no-transitions", None, PICS, "make a slideshow from these without ken burns, no transitions", True,
     lambda d, r: all(s["kb"] == "none" for s in main(d)) and d["m"]["kb"] is False and transitions(d) == {("none", 0)}),
    ("fc-720p-vertical", None, PICS, "make a 720p vertical video", True, lambda d, r: dims(d) == (720, 1280)),
    ("fc-square-wipe", None, PICS, "create a square video with wipe transitions", True,
     lambda d, r: dims(d) == (1080, 1080) and transitions(d) == {("wipeleft", 500)}),
    ("fc-zh-30s-captions", None, PROMO, "用这些图片和音频合成一个30秒的宣传视频，加上字幕", True,
     lambda d, r: d["d"] == 30000 and len(captions(d)) == 5 and role(d, "voice") is not None),
    ("fc-zh-vertical-15s", None, PROMO, "生成一个15秒的竖屏视频", True,
     lambda d, r: d["d"] == 15000 and dims(d) == (1080, 1920)),
    ("fc-zh-square-title", None, PROMO, '做一个方形视频，标题是"夏日特卖"', True,
     lambda d, r: dims(d) == (1080, 1080) and title(d)[0] == "夏日特卖"),
    ("fc-clip-keeps-length", None, [CLIP], "make a video from this clip", True,
     lambda d, r: d["d"] == 12500 and main(d)[0]["k"] == "video" and main(d)[0]["out"] == 12500),
    ("fc-two-unnamed-audio", None, IMAGES[:2] + [PlannerMedia("a", "track1.mp3", "audio", duration=20.0),
                                                  PlannerMedia("b", "track2.mp3", "audio", duration=90.0)],
     "combine these into a video", True,
     lambda d, r: role(d, "voice")["sg"][0]["mid"] == "a" and role(d, "music")["sg"][0]["mid"] == "b" and d["d"] == 20000),
    ("fc-implicit-on-empty", None, PICS, "make it vertical", True,
     lambda d, r: dims(d) == (1080, 1920) and len(main(d)) == 4),
    # --- length and format ---
    ("dur-20", "promo", PROMO, "make it 20 seconds", True,
     lambda d, r: d["d"] == 20000 and role(d, "music")["sg"][0]["d"] == 20000 and role(d, "voice")["sg"][0]["d"] == 20000
     and captions_follow_images(d) and r.calls == [{"name": "set_duration", "args": {"seconds": 20.0}}]),
    ("dur-zh-15", "promo", PROMO, "改成15秒", True, lambda d, r: d["d"] == 15000),
    ("dur-longer", "pics", PICS, "make it 5 seconds longer", True, lambda d, r: d["d"] == 25000),
    ("dur-clip-kept", "mixed", MIXED, "make it 20 seconds", True,
     lambda d, r: d["d"] == 20000 and next(s for s in main(d) if s["k"] == "video")["d"] == 12500),
    ("fmt-vertical", "promo", PROMO, "make it vertical", True,
     lambda d, r: dims(d) == (1080, 1920) and d["m"]["aspect"] == "9:16" and r.reply == "Format set to 1080x1920 (9:16)."),
    ("fmt-square", "promo", PROMO, "make it square", True, lambda d, r: dims(d) == (1080, 1080) and d["m"]["aspect"] == "1:1"),
    ("fmt-4-5", "promo", PROMO, "4:5 for the instagram feed", True, lambda d, r: dims(d) == (1080, 1350)),
    ("fmt-720p", "promo", PROMO, "make it 720p", True, lambda d, r: dims(d) == (1280, 720)),
    ("fmt-zh-vertical", "promo", PROMO, "改成竖屏", True, lambda d, r: dims(d) == (1080, 1920)),
    ("fmt-version-is-an-edit", "promo", PROMO, "make a vertical version", True,
     lambda d, r: dims(d) == (1080, 1920) and r.calls[0]["name"] == "set_format"),
    ("fc-start-over", "promo", PROMO, "start over with a square video", True,
     lambda d, r: dims(d) == (1080, 1080) and r.calls[0]["name"] == "create_first_cut"),
    ("fmt-zh-square", "promo", PROMO, "方形", True, lambda d, r: dims(d) == (1080, 1080)),
    # --- title ---
    ("title-set", "promo", PROMO, 'set the title to "Summer Sale"', True,
     lambda d, r: title(d) == ("Summer Sale", 0, 3000) and r.reply == "Title set to 'Summer Sale' (0–3 s)."),
    ("title-5s", "promo", PROMO, "show the title for 5 seconds", True, lambda d, r: title(d)[1:] == (0, 5000)),
    ("title-range", "promo", PROMO, "title from 2s to 6s", True, lambda d, r: title(d)[1:] == (2000, 6000)),
    ("title-clamped", "pics", PICS, "title from 15s to 30s", True, lambda d, r: title(d)[1:] == (15000, 20000)),
    ("title-zh", "promo", PROMO, '把标题改成"夏日特卖"', True, lambda d, r: title(d)[0] == "夏日特卖"),
    ("title-zh-5s", "promo", PROMO, "标题显示5秒", True, lambda d, r: title(d)[1:] == (0, 5000)),
    ("title-remove", "promo", PROMO, "remove the title", True, lambda d, r: role(d, "title") is None),
    # --- captions ---
    ("cap-add", "pics", PICS, "add text overlays", True,
     lambda d, r: captions(d) == ["Red Sneaker", "Blue Backpack", "Green Watch", "Black Cap"] and captions_follow_images(d)),
    ("cap-add-quoted", "pics", PICS, 'add captions "One" "Two"', True,
     lambda d, r: captions(d) == ["One", "Two", "Green Watch", "Black Cap"]),
    ("cap-zh", "pics", PICS, "加字幕", True, lambda d, r: len(captions(d)) == 4),
    ("cap-one", "promo", PROMO, 'caption image 2 "Gold Ring"', True, lambda d, r: captions(d)[1] == "Gold Ring"),
    ("cap-remove", "promo", PROMO, "remove captions", True, lambda d, r: role(d, "caption") is None),
    # --- sound ---
    ("vol-music", "promo", PROMO, "background music at 20%", True,
     lambda d, r: role(d, "music")["vol"] == 0.2 and r.reply == "Background music volume set to 20%."),
    ("vol-voice-louder", "promo", PROMO, "voice louder", True, lambda d, r: role(d, "voice")["vol"] == 1.5),
    ("vol-zh-music", "promo", PROMO, "把音乐音量调到20%", True, lambda d, r: role(d, "music")["vol"] == 0.2),
    ("vol-zh-softer", "promo", PROMO, "音乐小一点", True, lambda d, r: role(d, "music")["vol"] == 0.21),
    ("mute-music", "promo", PROMO, "mute the music", True, lambda d, r: role(d, "music")["mute"] is True),
    ("mute-zh-music", "promo", PROMO, "把背景音乐静音", True, lambda d, r: role(d, "music")["mute"] is True),
    ("mute-clip", "mixed", MIXED, "mute the video clip", True,
     lambda d, r: [s.get("mute", False) for s in main(d)] == [False, False, False, True, False]),
    ("remove-music-zh", "promo", PROMO, "去掉背景音乐", True, lambda d, r: role(d, "music") is None),
    # --- transitions and motion ---
    ("tr-slide-0.8", "promo", PROMO, "use slide transitions of 0.8 seconds", True,
     lambda d, r: transitions(d) == {("slideleft", 800)} and d["d"] == 30000 and d["m"]["tr"] == {"type": "slideleft", "d": 800}),
    ("tr-dissolve", "promo", PROMO, "dissolve transitions", True, lambda d, r: transitions(d) == {("dissolve", 500)}),
    ("tr-none", "promo", PROMO, "no transitions", True,
     lambda d, r: transitions(d) == {("none", 0)} and d["d"] == 30000 and captions_follow_images(d)),
    ("tr-zh-wipe", "promo", PROMO, "转场改成擦除", True, lambda d, r: transitions(d) == {("wipeleft", 500)}),
    ("tr-zh-length", "promo", PROMO, "转场时长1秒", True, lambda d, r: transitions(d) == {("fade", 1000)}),
    ("tr-zh-none", "promo", PROMO, "不要转场", True, lambda d, r: transitions(d) == {("none", 0)}),
    ("kb-off", "promo", PROMO, "turn off ken burns", True, lambda d, r: {s["kb"] for s in main(d)} == {"none"}),
    ("kb-zh-off", "promo", PROMO, "关闭缩放", True, lambda d, r: {s["kb"] for s in main(d)} == {"none"}),
    ("kb-on-cycles-like-a-first-cut", "still", PICS, "turn on ken burns", True,
     lambda d, r: [s["kb"] for s in main(d)][:4] == ["in", "left", "out", "right"] and d["m"]["kb"] is True),
    # --- order ---
    ("move-third-first", "promo", PROMO, "move the third image first", True,
     lambda d, r: mids(d) == ["m_img3", "m_img1", "m_img2", "m_img4", "m_img5"] and captions(d)[0] == "Green Watch"
     and captions_follow_images(d)),
    ("reverse", "promo", PROMO, "reverse the order", True, lambda d, r: mids(d) == IMG_IDS[::-1]),
    ("swap-1-2", "promo", PROMO, "swap image 1 and 2", True, lambda d, r: mids(d)[:2] == ["m_img2", "m_img1"]),
    ("move-zh", "promo", PROMO, "把第三张图片移到最前面", True, lambda d, r: mids(d)[0] == "m_img3"),
    ("swap-zh", "promo", PROMO, "把第一张和第二张交换", True, lambda d, r: mids(d)[:2] == ["m_img2", "m_img1"]),
    ("reverse-zh", "promo", PROMO, "倒序", True, lambda d, r: mids(d) == IMG_IDS[::-1]),
    ("swap-clip-image", "mixed", MIXED, "switch clip 1 with image 3", True,
     lambda d, r: mids(d)[2:4] == ["m_vid1", "m_img3"]),
    ("move-zh-after", "promo", PROMO, "把第4张放到第1张后面", True, lambda d, r: mids(d)[:3] == ["m_img1", "m_img4", "m_img2"]),
    ("move-at-position", "promo", PROMO, "put the green watch at position 1", True, lambda d, r: mids(d)[0] == "m_img3"),
    # --- remove / replace ---
    ("remove-by-name", "promo", PROMO, "remove the blue backpack", True,
     lambda d, r: "m_img2" not in mids(d) and "Blue Backpack" not in captions(d) and d["d"] == 30000 and captions_follow_images(d)),
    ("remove-zh", "promo", PROMO, "删除第二张图片", True, lambda d, r: "m_img2" not in mids(d)),
    ("replace", "mixed", MIXED, "replace image 2 with gold-ring.jpg", True,
     lambda d, r: mids(d)[1] == "m_img5" and captions(d)[1] == "Gold Ring"),
    ("replace-zh", "mixed", MIXED, "把第二张图片换成gold-ring.jpg", True, lambda d, r: mids(d)[1] == "m_img5"),
    # --- clips ---
    ("trim-range", "mixed", MIXED, "trim the clip to 2s–5s", True,
     lambda d, r: (lambda c: (c["in"], c["out"], c["d"]) == (2000, 5000, 3000))(main(d)[3]) and d["d"] == 30000),
    ("trim-first-2", "mixed", MIXED, "cut the first 2 seconds of the video", True,
     lambda d, r: (main(d)[3]["in"], main(d)[3]["d"]) == (2000, 10500)),
    ("trim-length-not-range", "mixed", MIXED, "trim clip 1 to 4 seconds", True,
     lambda d, r: (main(d)[3]["in"], main(d)[3]["out"]) == (0, 4000)),
    ("mute-clip-by-number", "mixed", MIXED, "mute clip 1", True, lambda d, r: main(d)[3]["mute"] is True),
    ("trim-zh", "mixed", MIXED, "剪掉视频的前2秒", True, lambda d, r: main(d)[3]["in"] == 2000),
    ("trim-shorter", "mixed", MIXED, "make the clip 2 seconds shorter", True,
     lambda d, r: (main(d)[3]["in"], main(d)[3]["out"]) == (0, 10500) and d["d"] == 30000),
    ("trim-shorter-by", "mixed", MIXED, "shorten clip 1 by 2.5 seconds", True, lambda d, r: main(d)[3]["out"] == 10000),
    ("trim-zh-shorter", "mixed", MIXED, "把视频缩短2秒", True,
     lambda d, r: main(d)[3]["out"] == 10500 and r.calls[0]["name"] == "trim_clip"),
    ("trim-zh-shorter-no-clip", "pics", PICS, "把视频缩短2秒", True,
     lambda d, r: d["d"] == 18000 and r.calls[0]["name"] == "set_duration"),
    ("trim-longer-at-source-end", "mixed", MIXED, "make the clip 1 second longer", False,
     lambda d, r: "cannot get longer" in r.reply),
    # --- several edits in one message ---
    ("multi", "promo", PROMO, 'make it vertical, 20 seconds, set the title to "Go" and music at 50%', True,
     lambda d, r: dims(d) == (1080, 1920) and d["d"] == 20000 and title(d)[0] == "Go" and role(d, "music")["vol"] == 0.5
     and len(r.calls) == 4),
    # --- understood, nothing to apply ---
    ("trim-no-clip", "pics", PICS, "trim the clip to 2s-5s", False, lambda d, r: "no video clip" in r.reply),
    ("mute-no-music", "pics", PICS, "mute the music", False, lambda d, r: "no background music" in r.reply),
    ("fc-no-media", None, [], "make a video from these", False, lambda d, r: "Upload" in r.reply),
    ("weak-first-cut-keeps-edits", "promo", PROMO, "make a video", False, lambda d, r: "start over" in r.reply),
    ("replace-missing-file", "promo", PROMO, "replace image 2 with nothing-here.jpg", False, lambda d, r: "can't find" in r.reply),
]

NOT_UNDERSTOOD = ["music 35", "asdkjh qwe", "what's the weather like?", "今天天气怎么样", "", "🙂🙂🙂"]


@pytest.fixture(scope="module")
def bases() -> dict[str, dict]:
    return {name: make() for name, make in BASES.items()}


@pytest.mark.parametrize(("case", "base", "media", "message", "edited", "check"), CASES, ids=[c[0] for c in CASES])
def test_table(bases, case, base, media, message, edited, check) -> None:
    draft = copy.deepcopy(bases[base]) if base else None
    before = json.dumps(draft, sort_keys=True)
    result = plan(message, draft, media)
    assert result.understood, result.reply
    assert result.edited is edited, result.reply
    assert json.dumps(draft, sort_keys=True) == before  # the input draft is never mutated
    assert not result.undo
    if edited:
        assert result.draft is not None
        validate(result.draft)
        assert result.calls and all(set(c) == {"name", "args"} for c in result.calls)
        assert check(result.draft, result), (result.reply, json.dumps(result.draft)[:2000])
    else:
        assert result.draft is None and result.calls == []
        assert check({}, result), result.reply


def test_table_is_large_enough() -> None:
    assert len(CASES) + len(NOT_UNDERSTOOD) >= 40
    assert sum(1 for c in CASES if any("\u4e00" <= ch <= "\u9fff" for ch in c[3])) >= 15


@pytest.mark.parametrize("message", NOT_UNDERSTOOD)
def test_not_understood_gets_suggestions_or_help(bases, message) -> None:
    """Not understood: the one to three closest requests (each one the planner understands, so it can be sent
    back as is), or the help in the request's language when nothing is close."""
    result = plan(message, copy.deepcopy(bases["promo"]), PROMO)
    assert (result.understood, result.edited, result.draft, result.calls) == (False, False, None, [])
    if result.suggestions:
        assert 1 <= len(result.suggestions) <= 3
        for suggestion in result.suggestions:
            assert suggestion in result.reply
            again = plan(suggestion, copy.deepcopy(bases["promo"]), PROMO)
            assert again.understood and not again.suggestions, (suggestion, again.reply)
    else:
        assert (HELP_TEXT_ZH if result.lang == "zh" else HELP_TEXT) in result.reply  # help in the request's language


@pytest.mark.parametrize("message", ["undo", "Undo that", "撤销", "撤销上一步", "please revert"])
def test_undo(bases, message) -> None:
    result = plan(message, copy.deepcopy(bases["promo"]), PROMO)
    assert result.undo and result.understood and not result.edited and result.draft is None
    assert result.calls == [{"name": "undo", "args": {}}]


def test_undo_inside_a_sentence_is_not_undo(bases) -> None:
    assert not plan("don't undo, make it 20 seconds", copy.deepcopy(bases["promo"]), PROMO).undo


def test_deterministic(bases) -> None:
    for _, base, media, message, _, _ in CASES:
        draft = bases[base] if base else None
        a = plan(message, copy.deepcopy(draft), media)
        b = plan(message, copy.deepcopy(draft), media)
        assert (a.draft, a.reply, a.calls, a.understood, a.edited) == (b.draft, b.reply, b.calls, b.understood, b.edited)


def test_edits_chain_and_stay_valid(bases) -> None:
    """A session: each edit applies to the previous result, and every step validates."""
    draft = copy.deepcopy(bases["mixed"])
    for message in ["make it vertical", "trim the clip to 1s-4s", "mute the video clip", "use wipe transitions of 1 second",
                    "move the last image first", "remove image 2", "make it 18 seconds", "remove captions", "add text overlays",
                    'set the title to "Launch"', "show the title for 4 seconds", "background music at 10%"]:
        result = plan(message, draft, MIXED)
        assert result.edited, (message, result.reply)
        draft = validate(result.draft)
    assert draft["d"] == 18000 and dims(draft) == (1080, 1920)
    clip = next(s for s in main(draft) if s["k"] == "video")
    assert (clip["in"], clip["out"], clip.get("mute")) == (1000, 4000, True)
    assert title(draft) == ("Launch", 0, 4000) and role(draft, "music")["vol"] == 0.1


def test_edit_of_the_example_draft() -> None:
    """The documented example (captions without links, a video clip) can be edited too."""
    from pathlib import Path

    example = json.loads((Path(__file__).parents[1] / "docs" / "example-draft.json").read_text())
    media = [PlannerMedia("m_vid1", "unboxing.mp4", "video", duration=20.0)]
    result = plan("reverse the order", example, media)
    validate(result.draft)
    assert [s["mid"] for s in main(result.draft)][0] == "m_img5"
    assert captions(result.draft)[0] == "Gold Ring"
    result = plan("trim the clip to 2s-4s", example, media)
    clip = next(s for s in main(validate(result.draft)) if s["k"] == "video")
    assert (clip["in"], clip["out"]) == (2000, 4000)
