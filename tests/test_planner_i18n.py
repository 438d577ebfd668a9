"""Replies follow the request's language: Chinese requests get Chinese replies that say exactly what changed,
English requests stay English; and every catalogue entry exists in both languages."""

from __future__ import annotations

import copy
import re
import string

import pytest
from test_planner_table import BASES, MIXED, PICS, PROMO, main, role, title

from nemo_skill.local.planner import HELP_TEXT, HELP_TEXT_ZH, plan, reply_language, say
from nemo_skill.local.planner.messages import CATALOGUE

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"\b[a-z]{3,}\b", re.IGNORECASE)


def cjk(text: str) -> bool:
    return bool(CJK.search(text))


@pytest.fixture(scope="module")
def bases() -> dict[str, dict]:
    return {name: make() for name, make in BASES.items()}


# (case id, base draft or None, media, Chinese request, expect edited, substrings the reply must contain)
ZH_CASES = [
    ("zh-volume", "promo", PROMO, "把背景音乐音量调到20%", True, ["背景音乐音量已设为", "20%"]),
    ("zh-title", "promo", PROMO, '把标题改成"夏季新品"', True, ["标题已设为「夏季新品」（0–3 秒）"]),
    ("zh-duration", "promo", PROMO, "改成15秒", True, ["时长已设为 15 秒"]),
    ("zh-vertical", "promo", PROMO, "改成竖屏", True, ["1080x1920", "9:16"]),
    ("zh-softer", "promo", PROMO, "音乐小一点", True, ["35%", "21%", "调低"]),
    ("zh-mute", "promo", PROMO, "把背景音乐静音", True, ["背景音乐已静音"]),
    ("zh-transition", "promo", PROMO, "转场时长1秒", True, ["转场", "1 秒", "4 个切换点"]),
    ("zh-kb-off", "promo", PROMO, "关闭缩放", True, ["已关闭缩放动效", "5张图片"]),
    ("zh-move", "promo", PROMO, "把第三张图片移到最前面", True, ["第3张图片", "第 1 位", "green-watch、red-sneaker"]),
    ("zh-swap", "promo", PROMO, "把第一张和第二张交换", True, ["已交换第1张图片", "第2张图片"]),
    ("zh-reverse", "promo", PROMO, "倒序", True, ["顺序已倒转", "gold-ring、black-cap"]),
    ("zh-remove", "promo", PROMO, "删除第二张图片", True, ["已删除第2张图片", "还剩 4 个"]),
    ("zh-replace", "mixed", MIXED, "把第二张图片换成gold-ring.jpg", True, ["替换为 gold-ring.jpg"]),
    ("zh-trim", "mixed", MIXED, "剪掉视频的前2秒", True, ["第1段视频", "2–12.5 秒", "10.5 秒"]),
    ("zh-trim-shorter", "mixed", MIXED, "把视频缩短2秒", True, ["已缩短 2 秒", "0–10.5 秒"]),
    ("zh-captions", "pics", PICS, "加字幕", True, ["已为4张图片加上字幕", "「Red Sneaker」"]),
    ("zh-title-timing", "promo", PROMO, "标题显示5秒", True, ["标题显示时间", "0–5 秒"]),
    ("zh-each-image", "promo", PROMO, "每张图片3秒", True, ["每张图片现在显示 3 秒", "视频总长"]),
    ("zh-fps", "promo", PROMO, "60帧", True, ["帧率已设为 60"]),
    ("zh-first-cut", None, PROMO, "用这些图片和音频合成一个30秒的宣传视频，加上字幕", True,
     ["初剪完成", "30 秒", "配音：voiceover.mp3", "背景音乐：lofi.mp3", "加上字幕"]),
    ("zh-remove-title", "promo", PROMO, "删除标题", True, ["标题已删除"]),
    ("zh-several", "promo", PROMO, '改成竖屏，20秒，标题改成"上新"', True, ["1080x1920", "20 秒", "「上新」"]),
    ("zh-quoted-english-title", "promo", PROMO, "标题改成Summer Sale", True, ["标题已设为「Summer Sale」"]),
    # understood, cannot apply: the explanation is Chinese too
    ("zh-no-music", "pics", PICS, "把音乐静音", False, ["没有背景音乐"]),
    ("zh-no-clip", "pics", PICS, "剪掉视频的前2秒", False, ["没有可以剪辑的视频片段"]),
    ("zh-volume-range", "promo", PROMO, "把音乐音量调到300%", False, ["300%", "超出范围"]),
    ("zh-not-found", "promo", PROMO, "交换第1张和第9张", False, ["找不到", "第9张"]),
    ("zh-no-media", None, [], "做一个视频", False, ["请先上传"]),
    ("zh-has-timeline", "promo", PROMO, "做一个视频", False, ["已经有时间线了"]),
    ("zh-clip-at-end", "mixed", MIXED, "把视频延长2秒", False, ["无法再延长", "12.5 秒"]),
]

EN_CASES = [
    ("en-volume", "promo", PROMO, "background music at 20%", "Background music volume set to 20%."),
    ("en-title", "promo", PROMO, 'set the title to "Summer Sale"', "Title set to 'Summer Sale' (0–3 s)."),
    ("en-title-chinese-text", "promo", PROMO, 'set the title to "夏季新品"', "Title set to '夏季新品' (0–3 s)."),
    ("en-mixed-words", "promo", PROMO, "make it 竖屏", "Format set to 1080x1920 (9:16)."),
    ("en-trim", "mixed", MIXED, "trim the clip to 2s-5s", "Clip 1 (unboxing) trimmed to 2–5 s of the source (3 s)."),
    ("en-shorter", "mixed", MIXED, "make the clip 2 seconds shorter",
     "Clip 1 (unboxing) is 2 s shorter: 0–10.5 s of the source (10.5 s)."),
    ("en-no-music", "pics", PICS, "mute the music", None),
    ("en-first-cut", None, PROMO, "combine these into a 20 second video", None),
]


@pytest.mark.parametrize(("case", "base", "media", "message", "edited", "expected"), ZH_CASES, ids=[c[0] for c in ZH_CASES])
def test_chinese_requests_get_chinese_replies(bases, case, base, media, message, edited, expected) -> None:
    draft = copy.deepcopy(bases[base]) if base else None
    result = plan(message, draft, media)
    assert result.lang == "zh", message
    assert result.understood and result.edited is edited, result.reply
    assert cjk(result.reply), result.reply
    for part in expected:
        assert part in result.reply, (part, result.reply)
    # no English sentence leaks in: the Latin words left are file, segment and title names the user chose
    leftover = LATIN_WORD.sub("", re.sub(r"[\w.-]+\.(?:jpg|png|mp3|mp4)|「[^」]*」|（[^）]*）|[a-z]+-[a-z-]+", "", result.reply))
    assert not re.search(r"\b(?:the|set|is|to|and|of|removed|added|now)\b", leftover, re.IGNORECASE), result.reply


@pytest.mark.parametrize(("case", "base", "media", "message", "expected"), EN_CASES, ids=[c[0] for c in EN_CASES])
def test_english_requests_stay_english(bases, case, base, media, message, expected) -> None:
    result = plan(message, copy.deepcopy(bases[base]) if base else None, media)
    assert result.lang == "en"
    reply = re.sub(r"'[^']*'", "", result.reply)  # quoted user text may be Chinese
    assert not cjk(reply), result.reply
    if expected is not None:
        assert result.reply == expected


def test_chinese_undo_help_and_status(bases) -> None:
    draft = bases["promo"]
    undo = plan("撤销", copy.deepcopy(draft), PROMO)
    assert undo.undo and undo.reply == "已撤销上一步。" and undo.lang == "zh"
    assert plan("undo", copy.deepcopy(draft), PROMO).reply == "Going back to the previous version."
    assert plan("帮助", copy.deepcopy(draft), PROMO).reply == HELP_TEXT_ZH
    assert plan("help", copy.deepcopy(draft), PROMO).reply == HELP_TEXT
    assert plan("当前状态", copy.deepcopy(draft), PROMO).reply.startswith("当前时间线：")
    assert plan("查看时间线", None, PROMO).reply == "时间线是空的。"
    not_understood = plan("今天天气怎么样", copy.deepcopy(draft), PROMO)
    assert not not_understood.understood and HELP_TEXT_ZH in not_understood.reply


def test_chinese_help_has_chinese_examples_that_work(bases) -> None:
    """Every quoted example of the Chinese help is understood by the planner (on a draft with a clip)."""
    examples = re.findall(r"「([^」]+)」", HELP_TEXT_ZH)
    assert len(examples) >= 30
    for example in examples:
        result = plan(example, copy.deepcopy(bases["mixed"]), MIXED)
        assert result.understood, example
        assert result.lang == ("zh" if cjk(example) else "en"), example  # "4:5", "720p" have no language


@pytest.mark.parametrize(("message", "lang"), [
    ("把背景音乐音量调到20%", "zh"), ("改成15秒", "zh"), ("标题改成Summer Sale", "zh"),
    ("把第二张图片换成gold-ring.jpg", "zh"), ('标题改成"Big Summer Sale Event"', "zh"), ("改成720p", "zh"),
    ("做一个TikTok竖屏视频", "zh"), ("把视频剪到2s-5s", "zh"), ("撤销", "zh"),
    ("make it 20 seconds", "en"), ("make it 竖屏", "en"), ('set the title to "夏季新品"', "en"),
    ("add 金色戒指.jpg", "en"), ("", "en"), ("🙂🙂🙂", "en"), ("asdkjh qwe", "en"), (None, "en"),
])
def test_reply_language(message, lang) -> None:
    assert reply_language(message) == lang


def test_catalogue_complete_in_both_languages() -> None:
    fields = string.Formatter()
    for key, entry in CATALOGUE.items():
        assert set(entry) == {"en", "zh"}, key
        en, zh = entry["en"], entry["zh"]
        assert callable(en) == callable(zh), key
        if not callable(en):
            names = {f for _, f, _, _ in fields.parse(en) if f}
            assert names == {f for _, f, _, _ in fields.parse(zh) if f}, key  # same parameters
            if key not in ("q", "fc.fmt", "fc.fmt_aspect", "span", "more") and not key.startswith("engine."):
                assert cjk(zh), key


def test_say_for_the_engine() -> None:
    assert say("zh", "undo.nothing") == "没有可以撤销的修改。"
    assert say("en", "undo.nothing") == "There is nothing to undo."
    assert say("zh", "engine.invalid_draft", error="x") == "无法应用这个修改：x"


def test_chinese_and_english_edit_the_same_way(bases) -> None:
    """The language changes the words of the reply, never the edit or the calls."""
    pairs = [("把背景音乐音量调到20%", "background music at 20%"), ("改成竖屏", "make it vertical"),
             ("把第三张图片移到最前面", "move the third image first"), ("删除第二张图片", "delete image 2")]
    for zh, en in pairs:
        a = plan(zh, copy.deepcopy(bases["promo"]), PROMO)
        b = plan(en, copy.deepcopy(bases["promo"]), PROMO)
        assert a.draft == b.draft and a.calls == b.calls and a.reply != b.reply


def test_relative_clip_trims(bases) -> None:
    mixed = bases["mixed"]
    clip = next(s for s in main(mixed) if s["k"] == "video")
    assert (clip["in"], clip["out"]) == (0, 12500)
    r = plan("make the clip 2 seconds shorter", copy.deepcopy(mixed), MIXED)
    c = next(s for s in main(r.draft) if s["k"] == "video")
    assert (c["in"], c["out"], c["d"]) == (0, 10500, 10500) and r.draft["d"] == mixed["d"]
    assert r.calls == [{"name": "trim_clip", "args": {"segment": c["id"], "start": 0.0, "end": 10.5}}]
    trimmed = plan("trim the clip to 2s-5s", copy.deepcopy(mixed), MIXED).draft
    r = plan("extend the clip by 1 second", trimmed, MIXED)
    assert next(s for s in main(r.draft) if s["k"] == "video")["out"] == 6000
    r = plan("把视频延长20秒", copy.deepcopy(trimmed), MIXED)  # clamped to the source
    c = next(s for s in main(r.draft) if s["k"] == "video")
    assert (c["in"], c["out"]) == (2000, 12500) and "12.5 秒" in r.reply
    # "视频" with only pictures on the timeline: the whole video
    r = plan("把视频缩短2秒", copy.deepcopy(bases["pics"]), PICS)
    assert r.draft["d"] == 18000 and r.calls[0]["name"] == "set_duration" and r.reply == "时长已设为 18 秒。"
    # English "the video" is the whole video, as before
    r = plan("make the video 2 seconds shorter", copy.deepcopy(mixed), MIXED)
    assert r.draft["d"] == mixed["d"] - 2000
    assert role(r.draft, "title") is not None and title(r.draft) is not None


def test_title_case_name_is_not_an_english_request() -> None:
    # "drop" is a request word, but "Autumn Drop" is the title's name: the request is Chinese
    assert reply_language("把 Autumn Drop 标题改成黄色") == "zh"
    assert reply_language("标题 Summer Big Sale 换成红色") == "zh"


def test_capitalised_english_request_stays_english() -> None:
    assert reply_language("Drop The Music") == "en"
    assert reply_language("make the 标题 red") == "en"
