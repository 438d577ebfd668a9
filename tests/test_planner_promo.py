"""The promo vocabulary of the planner (issue 12): bad requests change nothing and say why, beat-synced
cuts land on the beats, the brand kit survives a rebuild, the first cut's title animates, a style preset
is one version (one undo), and the engine finds the music's beats and hands them to the planner."""

from __future__ import annotations

import copy
import math
import re
import struct
import wave
from dataclasses import replace
from pathlib import Path

import pytest
from engine_harness import Api
from planner_corpus import MEDIA, MUSIC, base

from nemo_skill.draft.promo import DEFAULT_TITLE_ANIM
from nemo_skill.draft.styles import FONTS
from nemo_skill.draft.summary import summary_line
from nemo_skill.draft.timeline import main_segments
from nemo_skill.local.planner import plan


def _refused(say: str, on: str = "promo", media: list | None = None) -> str:
    before = base(on)
    result = plan(say, copy.deepcopy(before), media if media is not None else MEDIA[on])
    assert result.draft is None and not result.edited, (say, result.reply)
    return result.reply


def test_bad_requests_change_nothing_and_say_what_exists() -> None:
    assert "blurple" in (r := _refused("title colour to blurple")) and "orange" in r and "#FF5A1F" in r
    reply = _refused("use Wingdings font")
    assert "wingdings" in reply.lower() and all(f in reply for f in FONTS)
    assert "playfair" in (r := _refused("use Garamond for headings")) and "serif" in r
    assert "not a picture" in _refused("put voiceover.mp3 in the corner as our logo")
    assert "out of range" in _refused("play the clip at 8x speed", "clip") and "4x" in _refused("play the clip at 8x", "clip")
    assert "no video clip" in _refused("play the clip at double speed")
    assert "不是图片" in _refused("用voiceover.mp3作为我们的标志")


def test_beat_sync_needs_music_and_a_steady_beat() -> None:
    assert "no music" in _refused("cut to the beat", "pics")
    unknown = [replace(m, beats=None) if m.id == MUSIC.id else m for m in MEDIA["promo"]]
    assert "'beats' extra" in _refused("cut to the beat", media=unknown)
    ragged = tuple(sorted({round(0.3 + k * 0.5 + (0.21 if k % 3 else -0.17) * (k % 2), 3) for k in range(60)}))
    irregular = [replace(m, beats=ragged) if m.id == MUSIC.id else m for m in MEDIA["promo"]]
    assert "no steady beat" in _refused("cut to the beat", media=irregular)
    silent = [replace(m, beats=()) if m.id == MUSIC.id else m for m in MEDIA["promo"]]
    assert "no steady beat" in _refused("卡点", media=silent) or "节拍" in _refused("卡点", media=silent)


@pytest.mark.parametrize("on", ["promo", "clip"])
def test_every_cut_lands_on_a_beat(on: str) -> None:
    result = plan("cut to the beat", base(on), MEDIA[on])
    assert result.edited, result.reply
    segs = main_segments(result.draft)
    beats_ms = [250 + 500 * k for k in range(200)]  # MUSIC: 120 BPM from 0.25 s, the music starting at 0
    for prev, seg in zip(segs, segs[1:], strict=False):
        tr = seg.get("tr") or {}
        cut = prev["s"] + prev["d"] - (tr.get("d", 0) if tr.get("type", "none") != "none" else 0) / 2
        assert min(abs(cut - b) for b in beats_ms) <= 1000 / 30 / 2, (cut, seg)
    assert abs(result.draft["d"] - base(on)["d"]) <= 500  # the total as close as the beats allow


def test_brand_kit_applies_everywhere_and_survives_a_rebuild() -> None:
    d = plan("our brand colour is #FF5A1F", base("promo"), MEDIA["promo"]).draft
    d = plan("use serif for headings", d, MEDIA["promo"]).draft
    d = plan("finish on a card saying 'Order today'", d, MEDIA["promo"]).draft
    card = next(s for s in main_segments(d) if s.get("k") == "card")
    assert card["bg"] == "#ff5a1f" and card["font"] == "serif" and card["text"] == "Order today"
    rebuilt = plan("start over", d, MEDIA["promo"]).draft
    assert rebuilt["m"]["brand"] == {"color": "#ff5a1f", "font": "serif"}
    title = next(s for t in rebuilt["t"] if t.get("role") == "title" for s in t["sg"])
    assert title["style"]["color"] == "#ff5a1f" and title["style"]["font"] == "serif"


def test_first_cut_title_animates_and_a_preset_is_one_version() -> None:
    d = base("promo")
    title = next(s for t in d["t"] if t.get("role") == "title" for s in t["sg"])
    assert title["style"]["anim"] == DEFAULT_TITLE_ANIM
    result = plan("make it more dynamic", copy.deepcopy(d), MEDIA["promo"])
    assert [c["name"] for c in result.calls] == ["apply_style_preset"] and result.draft["m"]["preset"] == "energetic"
    assert all((s.get("tr") or {}).get("type", "none") == "none" for s in main_segments(result.draft))
    assert plan("undo", result.draft, MEDIA["promo"]).undo


def test_end_card_keeps_its_length_through_a_new_total() -> None:
    d = plan("add an end card saying 'Order now' for 4 seconds", base("promo"), MEDIA["promo"]).draft
    d = plan("make it 20 seconds", d, MEDIA["promo"]).draft
    card = main_segments(d)[-1]
    assert card["k"] == "card" and card["d"] == 4000 and d["d"] == 20000


def test_clip_speed_reads_the_source_at_that_speed() -> None:
    d = plan("play the clip at double speed", base("clip"), MEDIA["clip"]).draft
    clip = next(s for s in main_segments(d) if s.get("k") == "video")
    assert clip["speed"] == 2.0 and clip["out"] - clip["in"] == min(round(clip["d"] * 2), 12500)


def _click_track(path: Path, bpm: float = 120, seconds: float = 20, offset: float = 0.25) -> None:
    rate = 22050
    period = 60 / bpm
    frames = bytearray()
    for n in range(int(seconds * rate)):
        t = n / rate
        since = (t - offset) % period if t >= offset else 1.0
        v = math.sin(2 * math.pi * 1500 * t) * math.exp(-since * 60) if since < 0.05 else 0.0
        frames += struct.pack("<h", int(v * 20000))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))


@pytest.mark.slow
@pytest.mark.parametrize("off", ["turn off the beat sync", "no beat sync", "don't cut it to the beat", "取消卡点", "不要卡点了"])
def test_beat_sync_turned_off_keeps_the_cuts_and_says_so(off: str) -> None:
    synced = plan("cut to the beat", base("promo"), MEDIA["promo"]).draft
    assert synced is not None and synced["m"]["beats"]
    result = plan(off, synced, MEDIA["promo"])
    assert result.draft is not None and "beats" not in result.draft["m"], result.reply
    assert main_segments(result.draft) == main_segments(synced)  # every picture keeps its length
    assert "no longer follow" in result.reply or "不再跟随" in result.reply, result.reply
    again = plan(off, result.draft, MEDIA["promo"])  # nothing to turn off: said, nothing changed
    assert again.draft is None and ("not synced" in again.reply or "没有卡点" in again.reply), again.reply


def test_the_engine_finds_the_beats_or_says_how(api: Api, media_dir: Path, tmp_path: Path) -> None:
    music = tmp_path / "music-clicks.wav"
    _click_track(music)
    sid = api.new_session()
    api.upload(sid, media_dir / "red-sneaker.jpg", media_dir / "blue-backpack.jpg", music)
    api.chat(sid, "make a 10 second video from these")
    before = api.state(sid)["state"]["draft"]
    events = api.chat(sid, "cut to the beat")
    reply = " ".join(p["text"] for e in events for p in e["content"]["parts"] if "text" in p)
    after = api.state(sid)["state"]["draft"]
    try:
        import librosa  # noqa: F401
    except ImportError:
        assert "'beats' extra" in reply and after == before, reply
        return
    assert "lands on a beat" in reply and re.search(r"\b(?:11[89]|12[01]) BPM", reply), reply
    segs = main_segments(after)
    cut = segs[0]["s"] + segs[0]["d"] - (segs[1].get("tr") or {}).get("d", 0) / 2
    assert min(abs(cut - (250 + 500 * k)) for k in range(40)) <= 1000 / 30


# ---- overlays in time, the brand kit in words, picture-in-picture (issue 12's gaps) ------------------

def _overlay(d: dict) -> dict:
    return next(s for t in d["t"] if t.get("role") == "overlay" for s in t["sg"])


@pytest.mark.parametrize(("say", "span"), [
    ("show the logo only in the first 5 seconds", (0, 5000)), ("前5秒显示logo", (0, 5000)),
    ("put logo.png in the bottom left for the first 4 s", (0, 4000)),
    ("put the sticker from 10s to 15s", (10000, 5000)), ("贴纸从10秒到15秒", (10000, 5000)),
    ("show the logo between 4 and 8 seconds", (4000, 4000)),
    ("logo for the last 3 seconds", (27000, 3000)), ("最后3秒显示logo", (27000, 3000)),
    ("show the logo from 20s on", (20000, 10000)),
])
def test_an_overlay_gets_the_time_span_said_and_the_reply_and_summary_name_it(say: str, span: tuple[int, int]) -> None:
    result = plan(say, base("logo"), MEDIA["logo"])
    assert result.edited, result.reply
    seg = _overlay(result.draft)
    assert (seg["s"], seg["d"]) == span, (say, seg)
    assert seg["mid"] == ("m_sticker" if "sticker" in say or "贴纸" in say else "m_logo")
    a, b = f"{span[0] / 1000:g}", f"{(span[0] + span[1]) / 1000:g}"
    assert f"{a}" in result.reply and f"{b}" in result.reply, result.reply
    assert f"Overlay: {seg['name']} at" in summary_line(result.draft) and f"({a}-{b}s)" in summary_line(result.draft)


def test_a_span_out_of_the_video_is_refused_and_changes_nothing() -> None:
    reply = _refused("show the logo from 40s to 45s", "logo", MEDIA["logo"])
    assert "30 s" in reply


def test_the_corner_logo_ends_where_the_end_card_starts_and_follows_it() -> None:
    d = plan("put our logo in the top right corner", base("logo"), MEDIA["logo"]).draft
    assert (_overlay(d)["s"], _overlay(d)["d"]) == (0, 30000) and _overlay(d)["span"] == "all"
    last3 = plan("logo for the last 3 seconds", copy.deepcopy(d), MEDIA["logo"]).draft
    for say in ("finish on a card saying 'Order today'", "make the end card 5 seconds", "make it 20 seconds",
                "remove the end card"):
        result = plan(say, d, MEDIA["logo"])
        assert result.edited, (say, result.reply)
        d = result.draft
        segs = main_segments(d)
        card = next((s for s in segs if s.get("k") == "card"), None)
        shots_end = card["s"] if card else segs[-1]["s"] + segs[-1]["d"]
        assert _overlay(d)["s"] == 0 and _overlay(d)["s"] + _overlay(d)["d"] == shots_end, (say, _overlay(d), card)
        last3 = plan(say, last3, MEDIA["logo"]).draft
        assert (_overlay(last3)["s"], _overlay(last3)["d"]) == (shots_end - 3000, 3000), say
    assert d["d"] == 20000 - 5000 + 500  # the card (5 s, 0.5 s crossfade) went; the shots kept their length


@pytest.mark.parametrize("say", ["put clip.mp4 small in the top right corner", "画中画",
                                 "make clip.mp4 picture in picture in the bottom left"])
def test_picture_in_picture_from_words(say: str) -> None:
    result = plan(say, base("clip"), MEDIA["clip"])
    seg = _overlay(result.draft)
    assert seg["mid"] == "m_clip" and seg["k"] == "video" and seg["name"] == "picture-in-picture"
    assert seg["place"]["pos"] == ("bottom_left" if "bottom left" in say else "top_right")
    assert seg["place"]["w"] == (0.22 if "small" in say else 0.3)  # small for a clip is still watchable
    assert (seg["s"], seg["d"]) == (0, 12500)  # the clip's own length
    assert "picture-in-picture at" in summary_line(result.draft)


def test_brand_kit_in_words_reaches_title_captions_and_card_and_survives_a_rebuild() -> None:
    d = base("promo")
    for say in ("finish on a card saying 'Order today'", "our brand colour is navy", "our accent colour is yellow",
                "use Playfair for headings", "use a serif font for captions"):
        result = plan(say, d, MEDIA["promo"])
        assert result.edited and [c["name"] for c in result.calls] in (["set_brand"], ["set_end_card"]), result.reply
        d = result.draft
    card = next(s for s in main_segments(d) if s.get("k") == "card")
    # the card made before the kit shows the kit as it is now
    assert (card["bg"], card["color"], card["font"]) == ("#000080", "#ffff00", "playfair")
    assert d["m"]["brand"] == {"color": "#000080", "accent": "#ffff00", "font": "playfair", "body_font": "serif"}
    rebuilt = plan("combine these images and audio into a 30-second promotional video with text overlays, start over",
                   d, MEDIA["promo"]).draft
    assert rebuilt["m"]["brand"] == d["m"]["brand"]
    title = next(s for t in rebuilt["t"] if t.get("role") == "title" for s in t["sg"])
    captions = [s for t in rebuilt["t"] if t.get("role") == "caption" for s in t["sg"]]
    assert title["style"]["font"] == "playfair" and captions and all(c["style"]["font"] == "serif" for c in captions)
    zh = plan("字幕字体用手写体", base("promo"), MEDIA["promo"]).draft
    assert zh["m"]["brand"] == {"body_font": "handwriting"}
    reply = _refused("use Comic Sans for captions")
    assert "comic sans" in reply.lower() and "playfair" in reply


def test_removing_the_sticker_keeps_the_logo_and_a_style_keeps_the_overlay_times() -> None:
    d = base("logo")
    for say in ("put our logo in the top right corner", "put sale-sticker.png in the top left from 5s to 10s",
                "go with the sale template"):  # the sale style makes the shots 2 s each: 8.3 s in all
        d = plan(say, d, MEDIA["logo"]).draft
    segs = {s["name"]: s for t in d["t"] if t.get("role") == "overlay" for s in t["sg"]}
    shots = main_segments(d)[-1]["s"] + main_segments(d)[-1]["d"]
    assert (segs["logo"]["s"], segs["logo"]["d"]) == (0, shots)  # to the end, wherever it is now
    assert (segs["sale-sticker"]["s"], segs["sale-sticker"]["d"]) == (5000, shots - 5000)  # kept its start
    assert "sale-sticker at top left" in summary_line(d)
    for say in ("remove the sticker", "去掉贴纸"):
        result = plan(say, copy.deepcopy(d), MEDIA["logo"])
        assert result.edited, result.reply
        assert [s["name"] for t in result.draft["t"] if t.get("role") == "overlay" for s in t["sg"]] == ["logo"]


def test_a_span_past_the_pictures_is_cut_there_and_bigger_at_the_largest_says_so() -> None:
    result = plan("show the logo from 25s to 40s", base("logo"), MEDIA["logo"])
    assert (_overlay(result.draft)["s"], _overlay(result.draft)["d"]) == (25000, 5000)
    assert "the pictures end at 30 s" in result.reply, result.reply
    d = plan("go with the sale template", base("promo"), MEDIA["promo"]).draft  # titles at xxxl
    assert "already the largest size (xxxl)" in _refused_on(d, "make the title bigger")
    assert "最大字号" in _refused_on(d, "标题再大一点")


def _refused_on(draft: dict, say: str) -> str:
    result = plan(say, copy.deepcopy(draft), MEDIA["promo"])
    assert result.draft is None and not result.edited, result.reply
    return result.reply


@pytest.mark.parametrize(("say", "has", "lacks"), [
    # an end card's second line is said as a web address only when it is one (set BE, the end card's reply)
    ("结尾卡片写“关注我们”，下面一行写“每周五上新”", "下面一行", "网址"),
    ("closing card 'Free shipping' with the line 'orders over $50'", "the line 'orders over $50'", " with orders"),
    ("add an end card saying 'Shop now' with shop.example.com", "with shop.example.com", "the line"),
])
def test_end_card_second_line_said_as_what_it_is(say: str, has: str, lacks: str) -> None:
    result = plan(say, base("promo"), MEDIA["promo"])
    assert result.edited and has in result.reply and lacks not in result.reply, result.reply
