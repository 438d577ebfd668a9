"""A short follow-up leans on the request that made the current draft ("now make it red", "and the 2nd one too",
"actually 10%", "no wait 25"): read together with it, without making that request's edit again; a question,
thanks or a story after it stays no edit. Through the real engine, the follow-up is read the same way."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_harness import Api
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import (
    audio_tracks,
    caption_segments,
    is_card,
    is_clip,
    main_segments,
    title_segment,
)
from nemo_skill.local.planner import PlanResult, plan


def _followed(before: str, then: str, on: str = "promo") -> tuple[PlanResult, PlanResult]:
    """``then`` planned after ``before`` made the draft, with ``before`` as its context (as the engine passes it)."""
    first = plan(before, base(on), MEDIA[on])
    assert first.draft is not None, first.reply
    return first, plan(then, copy.deepcopy(first.draft), MEDIA[on], previous=before)


def _after(before: str, then: str, on: str = "promo") -> tuple[dict, dict | None, str]:
    first, result = _followed(before, then, on)
    assert first.draft is not None
    return first.draft, result.draft, result.reply


def _names(d: dict) -> list[str]:
    return [str(s.get("mid")) for s in main_segments(d)]


def test_a_value_or_a_pronoun_follows_the_request_before() -> None:
    _, d, reply = _after("change the title to 'SALE'", "now make it red")
    assert d is not None and (title_segment(d) or {})["text"] == "SALE", reply
    assert (title_segment(d) or {})["style"]["color"] == "#ff0000"
    _, d, reply = _after("background music at 20%", "actually 10%")
    assert d is not None and audio_tracks(d, "music")[0]["vol"] == pytest.approx(0.1), reply
    _, d, reply = _after("make the video 20 seconds", "no wait 25")
    assert d is not None and d["d"] == 25000, reply
    before, d, reply = _after("music at 30%", "bit lower")
    assert d is not None and audio_tracks(d, "music")[0]["vol"] < audio_tracks(before, "music")[0]["vol"], reply


def test_more_of_the_same_is_the_same_verb_on_the_new_draft() -> None:
    before, d, reply = _after("remove the cap", "and the 2nd one too")
    assert d is not None and _names(d) == [_names(before)[0]] + _names(before)[2:], reply
    before, d, reply = _after("remove image 2", "and image 4")
    assert d is not None and _names(d) == _names(before)[:3], reply  # never image 2 of the new draft as well


def test_a_question_thanks_or_a_story_after_an_edit_is_no_edit() -> None:
    for then in ("is it too loud?", "thanks!", "yesterday it was louder"):
        _, d, reply = _after("make the music quieter", then)
        assert d is None, (then, reply)


def test_without_the_request_before_a_bare_direction_asks() -> None:
    result = plan("bit lower", base("promo"), MEDIA["promo"])
    assert result.question and result.draft is None, result.reply


def test_the_engine_reads_a_follow_up_after_the_edit_that_made_the_draft(api: Api, media_dir: Path) -> None:
    sid = api.new_session()
    api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "music-bed.mp3")))
    api.chat(sid, 'make a 12 second video from these titled "Drop"')
    api.chat(sid, "music at 40%")
    api.chat(sid, "actually 15%")
    draft = api.state(sid)["state"]["draft"]
    assert audio_tracks(draft, "music")[0]["vol"] == pytest.approx(0.15)


def test_the_request_that_built_the_video_is_no_context(api: Api, media_dir: Path) -> None:
    """Right after the first cut, "make it bigger" asks: read with the build request it had made every sound louder."""
    sid = api.new_session()
    api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "music-bed.mp3")))
    api.chat(sid, "combine these images and audio into a 30-second promotional video with text overlays")
    before = api.state(sid)["state"]["draft"]
    api.chat(sid, "make it bigger")
    assert api.state(sid)["state"]["draft"] == before


def test_the_engine_undoes_the_edit_a_verdict_rejects(api: Api, media_dir: Path) -> None:
    """"looks worse with slides, go back" after "use slide transitions": the slides undone, the reply names that edit
    (read alone, "slides" had been "use slide transitions", already so: "nothing changed")."""
    sid = api.new_session()
    api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "music-bed.mp3")))
    api.chat(sid, 'make a 12 second video from these titled "Drop"')
    before = api.state(sid)["state"]["draft"]
    api.chat(sid, "use slide transitions")
    assert api.state(sid)["state"]["draft"] != before
    events = api.chat(sid, "looks worse with slides, go back")
    assert api.state(sid)["state"]["draft"] == before
    said = " ".join(str(p.get("text", "")) for e in events for p in ((e.get("content") or {}).get("parts") or []))
    assert "use slide transitions" in said and "already" not in said, said


def test_more_of_the_same_said_in_chinese_after_an_english_request() -> None:
    before, d, reply = _after("remove image 1", "还有第二张")
    assert d is not None and _names(d) == [_names(before)[0], *_names(before)[2:]], reply  # the new draft's second


def _clip(d: dict) -> dict:
    return next(s for s in main_segments(d) if is_clip(s))


def _title_ms(d: dict) -> int:
    return int((title_segment(d) or {})["d"])


def _music(d: dict, key: str = "vol") -> object:
    return audio_tracks(d, "music")[0].get(key)


# a message pointing back that can be read alone too, and wrongly ("make that 3 seconds" as the video's length after
# an edit of the title): (request before, follow-up, check of the new draft against the one before; None: it asks)
POINTING_BACK: list[tuple[str, str, Callable[[dict, dict], bool] | None]] = [
    # the request before read with the message: its thing, the message's value
    ("keep the title up for 6 seconds", "make that 2 seconds", lambda b, d: _title_ms(d) == 2000 and d["d"] == b["d"]),
    ("leave the title on screen for 5 seconds", "no, 3 seconds instead", lambda b, d: _title_ms(d) == 3000 and d["d"] == b["d"]),
    ("标题显示4秒", "那个改成2秒", lambda b, d: _title_ms(d) == 2000 and d["d"] == b["d"]),
    ("标题显示4秒", "改成2秒吧", lambda b, d: _title_ms(d) == 2000 and d["d"] == b["d"]),
    ("标题显示5秒", "再短一点，3秒", lambda b, d: _title_ms(d) == 3000 and d["d"] == b["d"]),
    ("make image 3 last 5 seconds", "make that 2 seconds",
     lambda b, d: main_segments(d)[2]["d"] == 2000 and main_segments(d)[0]["d"] == main_segments(b)[0]["d"]),
    ("把第二张图片显示6秒", "那个改成3秒",
     lambda b, d: main_segments(d)[1]["d"] == 3000 and main_segments(d)[0]["d"] == main_segments(b)[0]["d"]),
    ("music at 30%", "now mute it", lambda b, d: _music(d, "mute") is True and not audio_tracks(d, "voice")[0].get("mute")),
    ("把背景音乐调到30%", "把它静音", lambda b, d: _music(d, "mute") is True and not audio_tracks(d, "voice")[0].get("mute")),
    ("music at 20%", "hmm, 35 actually", lambda b, d: _music(d) == pytest.approx(0.35)),
    ("帧率改成25帧", "改成30", lambda b, d: d["m"]["fps"] == 30),
    ("音乐从第5秒开始", "改成第3秒", lambda b, d: audio_tracks(d, "music")[0]["sg"][0]["s"] == 3000),
    ("配音从第4秒开始", "不对，第1秒", lambda b, d: audio_tracks(d, "voice")[0]["sg"][0]["s"] == 1000),
    # nothing before it has that value, or a step said relatively: which thing is asked
    ("mute the music", "make that 10 seconds", None),
    ("关闭缩放", "那个改成5秒", None),
    # (a direction alone after a set value: that thing one step, not the video: "a little longer" is the title's)
    ("show the title for 5 seconds", "a little longer", lambda b, d: _title_ms(d) > _title_ms(b) and d["d"] == b["d"]),
    ("标题显示5秒", "再长一点", lambda b, d: _title_ms(d) > _title_ms(b) and d["d"] == b["d"]),
    ("关闭缩放", "刚才那个改成红色", None),
    ("music at 20%", "actually red", None),
    # a value offered with a question mark is one; a polite lead counts no word
    ("make it 20 seconds", "bit shorter still, maybe 18?", lambda b, d: d["d"] == 18000),
    ("show each image for 4 seconds", "could you please make them 2 seconds each instead",
     lambda b, d: all(s["d"] == 2000 for s in main_segments(d))),
    # a colour after one picture's caption: no caption has a colour of its own, and the colour is no text
    ('caption image 2 "Gold"', "actually yellow", None),
    ('caption image 3 "Red Hot"', "改成黄色", None),
    ("caption image 1 'Blue Sky'", "make it green", None),
    # ... after the title's text, the title's colour (a colour word in its quoted text is the text)
    ('set the title to "Gold Rush"', "actually yellow", lambda b, d: _styles(d, "title")[0].get("color") == "#ffff00"
     and (title_segment(d) or {})["text"] == "Gold Rush"),
    # a message that is of the video itself, or of what was edited before, stays as it is
    ("remove image 2", "make it 15 seconds", lambda b, d: d["d"] == 15000),
    ("show the title for 5 seconds", "make the video 20 seconds", lambda b, d: d["d"] == 20000 and _title_ms(d) == 5000),
    ("把视频缩短5秒", "再缩短5秒", lambda b, d: d["d"] == b["d"] - 5000),
    ("show each image for 3 seconds", "a bit longer", lambda b, d: d["d"] > b["d"]),
    ("music at 20%", "make it vertical", lambda b, d: d["m"]["aspect"] == "9:16" and _music(d) == _music(b)),
]


@pytest.mark.parametrize(("before", "then", "check"), POINTING_BACK, ids=[f"{b} | {t}" for b, t, _ in POINTING_BACK])
def test_a_message_pointing_back_is_read_with_the_request_before(
        before: str, then: str, check: Callable[[dict, dict], bool] | None) -> None:
    first, result = _followed(before, then)
    if check is None:
        assert result.question and result.draft is None, result.reply
    else:
        assert result.draft is not None and check(first.draft, result.draft), result.reply


def _styles(d: dict, role: str) -> list[dict]:
    from nemo_skill.draft.timeline import caption_segments
    segs = caption_segments(d) if role == "captions" else [title_segment(d) or {}]
    return [s.get("style") or {} for s in segs]


# the edit before, of another thing or with another word value: (request before, follow-up, check)
MOVED: list[tuple[str, str, Callable[[dict, dict], bool]]] = [
    # a kind of transition in place of the one before, said in either language ("不要了" is no "no transitions")
    ("use wipe transitions", "hmm, dissolve instead", lambda b, d: d["m"]["tr"]["type"] == "dissolve"),
    ("转场改成擦除", "算了，还是换回淡入淡出吧", lambda b, d: d["m"]["tr"]["type"] == "fade"),
    ("use slide transitions", "nah, switch back to crossfade", lambda b, d: d["m"]["tr"]["type"] == "fade"),
    ("use dissolve transitions", "不要了，用滑动", lambda b, d: d["m"]["tr"]["type"].startswith("slide")),
    ("make the title blue", "and the captions too", lambda b, d: all(s.get("color") == "#0000ff" for s in _styles(d, "captions"))),
    ("标题换成绿色", "字幕也一样", lambda b, d: all(s.get("color") == "#008000" for s in _styles(d, "captions"))),
    ("set the music volume to 40%", "same with the narration", lambda b, d: audio_tracks(d, "voice")[0]["vol"] == pytest.approx(0.4)
     and audio_tracks(d, "music")[0]["vol"] == audio_tracks(b, "music")[0]["vol"]),
    ("把背景音乐调到30%", "配音也一样", lambda b, d: audio_tracks(d, "voice")[0]["vol"] == pytest.approx(0.3)),
    ("background music at 20%", "and the voice at 70", lambda b, d: audio_tracks(d, "voice")[0]["vol"] == pytest.approx(0.7)
     and audio_tracks(d, "music")[0]["vol"] == pytest.approx(0.2)),
    ("start the music at 3 seconds", "and the voiceover at 3 as well", lambda b, d: audio_tracks(d, "voice")[0]["sg"][0]["s"] == 3000),
    ("turn the headline pink", "hmm, more like purple", lambda b, d: _styles(d, "title")[0].get("color") not in (None, _styles(b, "title")[0].get("color"))),
    ("标题换成红色", "蓝色好像更好看", lambda b, d: _styles(d, "title")[0].get("color") == "#0000ff"),
    ("put the title at the bottom", "top right corner actually", lambda b, d: _styles(d, "title")[0].get("pos") == "top_right"),
    # a clip's speed or a style preset said in words, in place of the one said before
    ("use the sale style", "minimal instead", lambda b, d: d["m"].get("preset") == "minimal"),
    ("用优雅风格", "还是简约吧", lambda b, d: d["m"].get("preset") == "minimal"),
    # a text's look alone, after an edit of that text
    ("change the title to 'Fresh Picks'", "actually green", lambda b, d: _styles(d, "title")[0].get("color") == "#008000"),
    ("标题改成'春季上新'", "刚才那个改成蓝色", lambda b, d: _styles(d, "title")[0].get("color") == "#0000ff"),
    # another picture: the edit before of it too
    ("make image 2 last 6 seconds", "the fourth one too",
     lambda b, d: main_segments(d)[3]["d"] == main_segments(b)[1]["d"] != main_segments(b)[3]["d"]),
    ("把第二张图片显示6秒", "第四张也是", lambda b, d: main_segments(d)[3]["d"] == main_segments(b)[1]["d"] != main_segments(b)[3]["d"]),
    ("make image 2 last 5 seconds", "same with image 1",
     lambda b, d: main_segments(d)[0]["d"] == main_segments(b)[1]["d"] != main_segments(b)[0]["d"]),
]


@pytest.mark.parametrize(("before", "then", "check"), MOVED, ids=[f"{b} | {t}" for b, t, _ in MOVED])
def test_the_edit_before_moved_to_another_thing_or_value(before: str, then: str, check: Callable[[dict, dict], bool]) -> None:
    first, result = _followed(before, then)
    assert result.draft is not None and check(first.draft, result.draft), result.reply


def _voice_start(d: dict) -> int:
    return int(audio_tracks(d, "voice")[0]["sg"][0]["s"])


# one more step of a relative edit: the request before again on the current draft, with the message's step when it
# says one; another direction or a request that set a value asks or stays as it is: (request before, follow-up, check)
STEPPED: list[tuple[str, str, Callable[[dict, dict], bool] | None]] = [
    ("make the voiceover start 1 second later", "one more second please", lambda b, d: _voice_start(d) == _voice_start(b) + 1000),
    ("start the narration 2 seconds later", "and another 3 seconds", lambda b, d: _voice_start(d) == _voice_start(b) + 3000),
    ("配音晚2秒开始", "再晚1秒", lambda b, d: _voice_start(d) == _voice_start(b) + 1000),
    ("make the video 4 seconds shorter", "take another 2 off", lambda b, d: d["d"] == b["d"] - 2000),
    ("把视频缩短3秒", "再缩短一点", lambda b, d: d["d"] < b["d"]),
    ("make the music quieter", "a bit more", lambda b, d: _music(d) < _music(b)),
    ("make the title bigger", "even bigger", lambda b, d: _styles(d, "title")[0].get("size") != _styles(b, "title")[0].get("size")),
    ("字幕大一点", "再大一点", lambda b, d: _styles(d, "captions")[0].get("size") != _styles(b, "captions")[0].get("size")),
    ("make the music quieter", "again", lambda b, d: _music(d) < _music(b)),
    # another direction, or a step after a value set: not this reading
    ("make the music quieter", "a bit louder", lambda b, d: _music(d) > _music(b)),
    ("show the title for 5 seconds", "one more second", None),
]


@pytest.mark.parametrize(("before", "then", "check"), STEPPED, ids=[f"{b} | {t}" for b, t, _ in STEPPED])
def test_one_more_step_of_a_relative_edit(before: str, then: str, check: Callable[[dict, dict], bool] | None) -> None:
    first, result = _followed(before, then)
    if check is None:
        assert result.draft is None, result.reply
    else:
        assert result.draft is not None and check(first.draft, result.draft), result.reply


# a clip's speed said again, in words or as a value (on the setup with a clip)
SPEEDS: list[tuple[str, str, float]] = [
    ("play the clip at double speed", "half speed instead", 0.5),
    ("slow the clip to half speed", "hmm, normal speed please", 1.0),
    ("视频2倍速播放", "还是正常速度吧", 1.0),
    ("视频2倍速播放", "改成3倍速", 3.0),
]


@pytest.mark.parametrize(("before", "then", "speed"), SPEEDS, ids=[f"{b} | {t}" for b, t, _ in SPEEDS])
def test_a_clip_speed_said_again(before: str, then: str, speed: float) -> None:
    first = plan(before, base("clip"), MEDIA["clip"])
    assert first.draft is not None, first.reply
    result = plan(then, copy.deepcopy(first.draft), MEDIA["clip"], previous=before)
    assert result.draft is not None and _clip(result.draft).get("speed", 1) == pytest.approx(speed), result.reply


# a pronoun for the one thing the request before named, in a message that says more than one edit of it
RESOLVED: list[tuple[str, str, Callable[[dict, dict], bool]]] = [
    ("change the title to 'Summer Sale'", "make it red and put it at the top",
     lambda b, d: _styles(d, "title")[0].get("color") == "#ff0000" and _styles(d, "title")[0].get("pos") == "top"),
    ("set the music volume to 50%", "lower it to 25% and start it at 2 seconds",
     lambda b, d: _music(d) == pytest.approx(0.25) and audio_tracks(d, "music")[0]["sg"][0]["s"] == 2000),
    ("turn the headline orange", "and make it bigger while you're at it",
     lambda b, d: _styles(d, "title")[0].get("size") != _styles(b, "title")[0].get("size")),
    ("标题改成'夏日特卖'", "把它改成红色，放在顶部",
     lambda b, d: _styles(d, "title")[0].get("color") == "#ff0000" and _styles(d, "title")[0].get("pos") == "top"),
    ("set the title to 'Fresh'", "change it to 'Get it now' and make it blue",
     lambda b, d: (title_segment(d) or {})["text"] == "Get it now" and _styles(d, "title")[0].get("color") == "#0000ff"),
]


@pytest.mark.parametrize(("before", "then", "check"), RESOLVED, ids=[f"{b} | {t}" for b, t, _ in RESOLVED])
def test_a_pronoun_is_the_thing_named_before(before: str, then: str, check: Callable[[dict, dict], bool]) -> None:
    first, result = _followed(before, then)
    assert result.draft is not None and check(first.draft, result.draft), result.reply


def test_a_pronoun_after_a_picture_s_caption_is_not_every_caption() -> None:
    first = plan('caption image 3 "Smart Watch"', base("promo"), MEDIA["promo"])
    assert first.draft is not None
    result = plan('把它改成"智能手表"', copy.deepcopy(first.draft), MEDIA["promo"], previous='caption image 3 "Smart Watch"')
    assert result.draft is None or [s.get("text") for s in caption_segments(result.draft)].count("智能手表") <= 1, result.reply


def _place(d: dict) -> dict:
    """The placement of the one overlay (the logo) on the draft."""
    return next(dict(s["place"]) for t in d["t"] for s in t.get("sg", []) if "place" in s)


def _cards(d: dict) -> list[str]:
    return [str(s.get("text")) for s in main_segments(d) if is_card(s)]


# a direction said alone after an edit of a thing with that quantity: that thing one step that way ("too fast" is
# slower), on the base the request before needs: (base, request before, follow-up, check; None: no edit)
NUDGED: list[tuple[str, str, str, Callable[[dict, dict], bool] | None]] = [
    ("logo", "put logo.png in the top left corner", "a tad smaller pls", lambda b, d: _place(d)["w"] < _place(b)["w"]),
    ("logo", "把logo.png放在左下角", "再大一点", lambda b, d: _place(d)["w"] > _place(b)["w"]),
    ("clip", "play the clip at 4x speed", "too quick, slower", lambda b, d: 1 < _clip(d).get("speed", 1) < 4),
    ("clip", "视频0.5倍速播放", "太慢了，快一点", lambda b, d: _clip(d).get("speed", 1) > 0.5),
    ("clip", "play the clip at double speed", "even faster", lambda b, d: _clip(d).get("speed", 1) > 2),
    ("promo", "把配音调大一点", "还要再大声一点", lambda b, d: audio_tracks(d, "voice")[0]["vol"] > audio_tracks(b, "voice")[0]["vol"]),
    ("promo", "set the voiceover to 80%", "bit quieter", lambda b, d: audio_tracks(d, "voice")[0]["vol"] < 0.8),
    ("promo", "captions in yellow", "and smaller", lambda b, d: _styles(d, "captions")[0].get("size") != _styles(b, "captions")[0].get("size")),
    ("promo", "make image 2 last 4 seconds", "hmm a bit longer", lambda b, d: main_segments(d)[1]["d"] > 4000),
    # both directions, or a direction that is not of that thing: not this reading
    ("logo", "put logo.png in the top left corner", "bigger, no, smaller", None),
]


@pytest.mark.parametrize(("on", "before", "then", "check"), NUDGED, ids=[f"{b} | {t}" for _, b, t, _ in NUDGED])
def test_a_direction_alone_steps_the_thing_edited_before(
        on: str, before: str, then: str, check: Callable[[dict, dict], bool] | None) -> None:
    first = plan(before, base(on), MEDIA[on])
    assert first.draft is not None, first.reply
    result = plan(then, copy.deepcopy(first.draft), MEDIA[on], previous=before)
    if check is None:
        assert result.draft is None, result.reply
    else:
        assert result.draft is not None and check(first.draft, result.draft), result.reply


# a pronoun for the thing the one edit before was of, named by its kind or file, not in words the message can use
KIND_PRONOUNS: list[tuple[str, str, str, Callable[[dict, dict], bool]]] = [
    ("logo", "put logo.png in the top left corner", "move it to the bottom right", lambda b, d: _place(d)["pos"] == "bottom_right"),
    ("logo", "把logo.png放在左下角", "把它移到右上角", lambda b, d: _place(d)["pos"] == "top_right"),
    ("promo", "add an end card saying 'Order Now'", "change it to 'Buy Today'", lambda b, d: _cards(d) == ["Buy Today"]),
    ("promo", "disable ken burns", "no wait, turn it back on", lambda b, d: d["m"]["kb"] is True),
]


@pytest.mark.parametrize(("on", "before", "then", "check"), KIND_PRONOUNS, ids=[f"{b} | {t}" for _, b, t, _ in KIND_PRONOUNS])
def test_a_pronoun_is_the_thing_of_the_edit_before(on: str, before: str, then: str, check: Callable[[dict, dict], bool]) -> None:
    first = plan(before, base(on), MEDIA[on])
    assert first.draft is not None, first.reply
    result = plan(then, copy.deepcopy(first.draft), MEDIA[on], previous=before)
    assert result.draft is not None and check(first.draft, result.draft), result.reply


# more of the same, said before or after the thing ("oh and ...", "now ...", "... too", "也"): the verb of the request
# before carries over when the edit read is the same kind; a message that is an edit once "too"/"也" is not read, is it
ALSO: list[tuple[str, str, Callable[[dict, dict], bool]]] = [
    ("delete the green watch", "oh and the cap one", lambda b, d: len(_names(d)) == len(_names(b)) - 1 and "m_img4" not in _names(d)),
    ("take out image 5", "the first one too", lambda b, d: _names(d) == _names(b)[1:]),
    ("move image 4 first", "now the third one last", lambda b, d: _names(d) == [*_names(b)[:2], *_names(b)[3:], _names(b)[2]]),
    ('caption image 1 "Hot Deal"', 'and image 2 "Cool Stuff"',
     lambda b, d: [s.get("text") for s in caption_segments(d)][:2] == ["Hot Deal", "Cool Stuff"]),
    ("swap image 1 and 2", "and 3 and 4 too", lambda b, d: _names(d) == [_names(b)[0], _names(b)[1], _names(b)[3], _names(b)[2], _names(b)[4]]),
    ("remove image 2", "drop the last one as well", lambda b, d: _names(d) == _names(b)[:-1]),
    ("改成竖屏", "帧率也改成24", lambda b, d: d["m"]["fps"] == 24 and d["m"]["aspect"] == "9:16"),
    ("remove image 1", "还有第二张", lambda b, d: _names(d) == [_names(b)[0], *_names(b)[2:]]),
    # ... asked ("and the last picture?"): more of the same, not a question
    ("make image 3 last 2 seconds", "and the last picture?", lambda b, d: main_segments(d)[4]["d"] == 2000),
    ("make image 1 last 4 seconds", "what about image 4?", lambda b, d: main_segments(d)[3]["d"] == 4000),
    ("把第二张图片显示6秒", "还有第四张呢？", lambda b, d: main_segments(d)[3]["d"] == 6000),
]


@pytest.mark.parametrize(("before", "then", "check"), ALSO, ids=[f"{b} | {t}" for b, t, _ in ALSO])
def test_more_of_the_same_with_the_verb_before(before: str, then: str, check: Callable[[dict, dict], bool]) -> None:
    first, result = _followed(before, then)
    assert result.draft is not None and check(first.draft, result.draft), result.reply


# a thing asked back after the edit before: an edit that is its own inverse is made again, any other is undone
BACK: list[tuple[str, str, Callable[[dict, dict], bool] | None]] = [
    ("reverse the order", "再倒回来", lambda b, d: _names(d) == _names(b)[::-1]),
    ("swap image 2 and 3", "ok swap them back", lambda b, d: _names(d)[1:3] == _names(b)[1:3][::-1]),
    ("remove image 2", "sorry, put it back", None),
    ("把背景音乐删掉", "算了，加回来吧", None),
    ("make the music quieter", "hmm change it back", None),
    # (the thing the request before named stands for "it")
    ("把背景音乐删掉", "把背景音乐加回来", None),
    ("remove the music", "bring the music back", None),
    ("make the voiceover quieter", "put the narration back the way it was", None),
]


@pytest.mark.parametrize(("before", "then", "check"), BACK, ids=[f"{b} | {t}" for b, t, _ in BACK])
def test_a_thing_asked_back_reverts_the_edit_before(before: str, then: str, check: Callable[[dict, dict], bool] | None) -> None:
    first, result = _followed(before, then)
    if check is None:  # (undone by the engine: one version back, said so)
        assert result.undo and result.undo_steps == 1 and result.draft is None, result.reply
    else:
        assert result.draft is not None and check(first.draft, result.draft), result.reply


# a text said again for the one the request before set: that request with the new text (never a file of that name)
REQUOTED: list[tuple[str, str, Callable[[dict, dict], bool]]] = [
    ("finish on a card that says 'Call Us'", "make it say 'Visit Us' instead", lambda b, d: _cards(d) == ["Visit Us"]),
    ('标题改成"春季"', '不对，应该是"春季上新"', lambda b, d: (title_segment(d) or {})["text"] == "春季上新"),
    ('caption image 2 "Tote"', '把它改成"托特包"',
     lambda b, d: [s.get("text") for s in caption_segments(d)][1] == "托特包"
     and [s.get("text") for s in caption_segments(d)].count("托特包") == 1),
    ("set the title to 'Hello'", "oops I meant 'Hello World'", lambda b, d: (title_segment(d) or {})["text"] == "Hello World"),
]


@pytest.mark.parametrize(("before", "then", "check"), REQUOTED, ids=[f"{b} | {t}" for b, t, _ in REQUOTED])
def test_a_text_said_again_replaces_the_text_before(before: str, then: str, check: Callable[[dict, dict], bool]) -> None:
    first, result = _followed(before, then)
    assert result.draft is not None and check(first.draft, result.draft), result.reply


def test_a_question_with_a_value_after_an_edit_is_no_edit() -> None:
    for then in ("is it 20 seconds now?", "why 20?", "现在是20秒吗？"):
        _, d, reply = _after("make it 20 seconds", then)
        assert d is None, (then, reply)


# (wave 6) a value said again with a change verb of any form, in either script ("改做3秒" in Cantonese after the music's
# start: never the video 3 s long), a number naming a picture is no value of the request before
VALUE_AGAIN: list[tuple[str, str, Callable[[dict, dict], bool] | None]] = [
    ("音樂從第5秒開始", "改做3秒", lambda b, d: audio_tracks(d, "music")[0]["sg"][0]["s"] == 3000 and d["d"] == b["d"]),
    ("配音从第4秒开始", "调到2秒", lambda b, d: audio_tracks(d, "voice")[0]["sg"][0]["s"] == 2000 and d["d"] == b["d"]),
    ("標題顯示5秒", "改做2秒", lambda b, d: _title_ms(d) == 2000 and d["d"] == b["d"]),
    ("show image 2 for 5 seconds", "改成3秒", lambda b, d: main_segments(d)[1]["d"] == 3000),
    ("make image 4 last 6 seconds", "no, 2 seconds", lambda b, d: main_segments(d)[3]["d"] == 2000),
]


@pytest.mark.parametrize(("before", "then", "check"), VALUE_AGAIN, ids=[f"{b} | {t}" for b, t, _ in VALUE_AGAIN])
def test_a_value_said_again_is_the_request_before_with_it(
        before: str, then: str, check: Callable[[dict, dict], bool] | None) -> None:
    first, result = _followed(before, then)
    if check is None:
        assert result.question and result.draft is None, result.reply
    else:
        assert result.draft is not None and check(first.draft, result.draft), result.reply


def _voice(d: dict) -> object:
    return audio_tracks(d, "voice")[0].get("vol")


# a complaint with a value or a share: the request before with it, when it goes the way the complaint asks
COMPLAINED: list[tuple[str, str, str, Callable[[dict, dict], bool] | None]] = [
    ("promo", "background music at 10%", "now it's too quiet, 25%", lambda b, d: _music(d) == pytest.approx(0.25)),
    ("promo", "set the background music to 50%", "too loud, 30 then", lambda b, d: _music(d) == pytest.approx(0.3)),
    ("promo", "背景音乐调到50%", "太吵了，30%吧", lambda b, d: _music(d) == pytest.approx(0.3)),
    ("promo", "配音調到40%", "太小聲了，60%", lambda b, d: _voice(d) == pytest.approx(0.6)),
    ("promo", "set the music volume to 60%", "too loud, half that", lambda b, d: _music(d) == pytest.approx(0.3)),
    ("promo", "show the title for 6 seconds", "too long, 3 then", lambda b, d: _title_ms(d) == 3000 and d["d"] == b["d"]),
    ("promo", "背景音乐调到30%", "还是太大声", lambda b, d: float(_music(d) or 0) < float(_music(b) or 0)),
    ("clip", "play the clip at double speed", "too fast, 1.5x enough", lambda b, d: _clip(d).get("speed") == 1.5),
    ("clip", "play the clip at double speed", "too quick now, play it at normal speed again",
     lambda b, d: _clip(d).get("speed", 1) == 1),
    ("logo", "put logo.png in the top right corner", "the logo is too in-your-face, make it 50% opacity",
     lambda b, d: _place(d).get("opacity") == pytest.approx(0.5)),
    ("promo", "music at 50%", "too loud, 30%", lambda b, d: _music(d) == pytest.approx(0.3)),
    # (the value the other way is no reading of it, nor a complaint of another thing)
    ("promo", "set the background music to 50%", "too loud, 60 then", None),
    ("promo", "voice at 50%", "the music is too loud, 30 then", None),
]


@pytest.mark.parametrize(("on", "before", "then", "check"), COMPLAINED, ids=[f"{b} | {t}" for _, b, t, _ in COMPLAINED])
def test_a_complaint_with_a_value_is_the_request_before_with_it(
        on: str, before: str, then: str, check: Callable[[dict, dict], bool] | None) -> None:
    first, result = _followed(before, then, on)
    if check is None:
        assert result.draft is None, result.reply
    else:
        assert result.draft is not None and check(first.draft, result.draft), result.reply


# the edit before moved to another thing or value said in an editor's word, a plural, with the old value named or
# complained of, or in Traditional characters
MOVED_AGAIN: list[tuple[str, str, str, Callable[[dict, dict], bool]]] = [
    ("promo", "make the title yellow", "same for the supers",
     lambda b, d: all(s.get("color") == "#ffff00" for s in _styles(d, "captions"))),
    ("promo", "把標題改成紅色", "字幕都要同樣顏色", lambda b, d: all(s.get("color") == "#ff0000" for s in _styles(d, "captions"))),
    ("promo", "use slide transitions", "crossfades again", lambda b, d: all(s.get("tr", {}).get("type") == "fade" for s in main_segments(d)[1:])),
    ("promo", "use slide transitions", "hmm, wipes instead", lambda b, d: all(s.get("tr", {}).get("type") == "wipeleft" for s in main_segments(d)[1:])),
    ("promo", "标题换成黄色", "换成红色吧，黄色太跳", lambda b, d: _styles(d, "title")[0].get("color") == "#ff0000"),
    ("promo", "make the title yellow", "red instead of yellow", lambda b, d: _styles(d, "title")[0].get("color") == "#ff0000"),
    ("promo", "move the title to the top", "下面比較好", lambda b, d: _styles(d, "title")[0].get("pos") == "bottom"),
    ("logo", "把logo.png放在右上角", "改放左上角", lambda b, d: _place(d).get("pos") == "top_left"),
    ("promo", "don't duck the music", "duck it under the VO again", lambda b, d: audio_tracks(d, "music")[0].get("duck") is True),
    # (dialect words read in their standard twins, as the planner reads them: dialect.py)
    ("promo", "我們的品牌顏色是橙色", "唔係，係藍色", lambda b, d: d["m"]["brand"]["color"] == "#0000ff"),
    ("promo", "use slide transitions", "no lah, wipe better", lambda b, d: all(s.get("tr", {}).get("type") == "wipeleft" for s in main_segments(d)[1:])),
    ("promo", "字幕大一點", "再大啲", lambda b, d: _styles(d, "captions")[0].get("size") != _styles(b, "captions")[0].get("size")),
]


@pytest.mark.parametrize(("on", "before", "then", "check"), MOVED_AGAIN, ids=[f"{b} | {t}" for _, b, t, _ in MOVED_AGAIN])
def test_the_edit_before_said_of_another_thing_or_value(
        on: str, before: str, then: str, check: Callable[[dict, dict], bool]) -> None:
    first, result = _followed(before, then, on)
    assert result.draft is not None and check(first.draft, result.draft), result.reply


# an undo said with a verdict on the edit before: the undo (the engine reverts one version and says which edit)
JUDGED_UNDO: list[tuple[str, str, bool]] = [
    ("make it vertical", "hmm, that looks worse, undo it", True),
    ('标题改成"夏季上新"', "不好看，撤销", True),
    ("use slide transitions", "looks worse with slides, go back", True),
    ("make the music quieter", "I don't like it, revert", True),
    ("把背景音樂調到20%", "太難聽了，還原吧", True),
    ("reverse the order", "undo that please, the old one nicer", True),
    ("use slide transitions", "turn the music off and undo", False),  # (an edit beside the undo is no verdict)
]


@pytest.mark.parametrize(("before", "then", "undo"), JUDGED_UNDO, ids=[f"{b} | {t}" for b, t, _ in JUDGED_UNDO])
def test_an_undo_with_a_verdict_on_the_edit_before_is_the_undo(before: str, then: str, undo: bool) -> None:
    _, result = _followed(before, then)
    if undo:
        assert result.undo and result.undo_steps == 1 and result.draft is None, result.reply
    else:
        assert not result.undo, result.reply


# a correction to another picture or thing than the request before named: that edit is made already (image 2 is gone),
# and one result cannot revert it too, so it asks, naming the undo and the request meant; never a second picture gone
MEANT: list[tuple[str, str]] = [
    ("delete image 2", "sorry I mean the third one"),
    ("删除第二张图片", "不对，我是说第三张"),
    ("make image 2 last 6 seconds", "oops, I meant image 4"),
    ("voice at 50%", "oops, I meant the music"),
]


@pytest.mark.parametrize(("before", "then"), MEANT, ids=[f"{b} | {t}" for b, t in MEANT])
def test_a_correction_to_another_thing_asks_to_undo_first(before: str, then: str) -> None:
    _, result = _followed(before, then)
    assert result.question and result.draft is None and not result.undo, result.reply
    assert "undo" in result.reply or "撤销" in result.reply, result.reply


# an undo said with a new edit: one result cannot do both, and either alone leaves the other unsaid: it asks
UNDO_AND_EDIT: list[tuple[str, str]] = [
    ("make the title red", "Hmm, undo that. Instead make the title bigger and move it to the top."),
    ("删除第二张图片", "撤销上一步，然后把第三张删掉，时长保持30秒"),
    ("music at 20%", "undo, then make the voiceover louder"),
]


@pytest.mark.parametrize(("before", "then"), UNDO_AND_EDIT, ids=[f"{b} | {t}" for b, t in UNDO_AND_EDIT])
def test_an_undo_with_a_new_edit_asks(before: str, then: str) -> None:
    _, result = _followed(before, then)
    assert result.question and result.draft is None and not result.undo, result.reply
