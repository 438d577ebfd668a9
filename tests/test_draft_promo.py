"""The promo edits as pure functions of a draft: every result is a valid draft, the input is left
alone, and bad requests raise one readable line."""

from __future__ import annotations

import copy

import pytest
from mediacheck import timeline

from nemo_skill.draft import promo, styles
from nemo_skill.draft.validate import validate


def draft4() -> dict:
    d = timeline(320, 180, [{"mid": "p", "d": 3000}, {"mid": "p", "d": 2500, "tr": {"type": "fade", "d": 500}},
                            {"mid": "p", "d": 2000}, {"mid": "p", "d": 3100, "tr": {"type": "wipeleft", "d": 400}}],
                 audio=[{"role": "music", "sg": [{"mid": "m", "s": 0, "d": 9700}]}],
                 texts=[{"role": "title", "sg": [{"text": "Hi", "s": 0, "d": 2000}]},
                        {"role": "caption", "sg": [{"text": "two", "s": 3000, "d": 1500}]}])
    return validate(d)


@pytest.mark.parametrize(("word", "hexed"), [("orange", "#ffa500"), ("黄色", "#ffff00"), ("#FF5A1F", "#ff5a1f"),
                                             ("f5a", "#ff55aa"), ("Sky Blue", "#87ceeb")])
def test_colour_words_in_both_languages_and_hex(word: str, hexed: str) -> None:
    assert styles.parse_colour(word) == hexed


def test_unknown_colours_fonts_and_sizes_are_refused_or_clamped() -> None:
    assert styles.parse_colour("blurple") is None
    assert styles.parse_font("手写体") == "handwriting" and styles.parse_font("comic") is None
    assert styles.resize("xl", 1) == "xxl" and styles.resize("xxxl", 2) == "xxxl" and styles.resize("s", -1) == "s"
    with pytest.raises(promo.PromoError, match="the fonts are sans, serif, display, handwriting, cjk"):
        promo.set_brand(draft4(), font="comic")
    with pytest.raises(promo.PromoError, match="unknown colour 'blurple'"):
        promo.set_brand(draft4(), color="blurple")


def test_brand_kit_styles_title_captions_and_end_card_and_survives_a_rebuild() -> None:
    d = promo.set_brand(draft4(), color="#ff5a1f", accent="white", text_color="yellow", font="display",
                        logo="logo", url="shop.example")
    d = validate(promo.add_end_card(d, "Order today"))
    title, caption = d["t"][2]["sg"][0]["style"], d["t"][3]["sg"][0]["style"]
    assert (title["color"], title["font"], caption["color"]) == ("#ff5a1f", "display", "#ffff00")
    card = d["t"][0]["sg"][-1]
    assert (card["k"], card["bg"], card["color"], card["logo"], card["sub"]) == ("card", "#ff5a1f", "#ffffff",
                                                                                   "logo", "shop.example")
    # a timeline rebuilt without styles gets them back from m.brand
    rebuilt = copy.deepcopy(d)
    rebuilt["t"][2]["sg"][0]["style"] = {}
    assert promo.apply_brand(rebuilt)["t"][2]["sg"][0]["style"]["color"] == "#ff5a1f"


def test_end_card_follows_the_last_shot_and_the_music_runs_on() -> None:
    d = draft4()
    out = validate(promo.add_end_card(d, "Order today", length=2500))
    card = out["t"][0]["sg"][-1]
    assert card["s"] == 9700 - 500 and out["d"] == 9200 + 2500 == out["t"][1]["sg"][0]["d"]
    again = validate(promo.add_end_card(out, "Buy now", length=2000))  # replaces, not adds
    assert [s["text"] for s in again["t"][0]["sg"] if s["k"] == "card"] == ["Buy now"]
    assert d == draft4()  # the input is untouched


def test_logo_fade_and_speed_edits() -> None:
    d = validate(promo.add_logo(draft4(), "logo", pos="bottom_right", width=0.1, opacity=0.8))
    assert d["t"][-1]["sg"][0]["place"] == {"pos": "bottom_right", "w": 0.1, "margin": 0.03, "opacity": 0.8}
    assert validate(promo.set_fade(d, 500, 800, "white"))["m"]["fade"]["color"] == "white"
    with pytest.raises(promo.PromoError, match="out of range: 0.25x to 4x"):
        promo.set_speed(d, "v0", 8)
    with pytest.raises(promo.PromoError, match="only clips"):
        promo.set_speed(d, "v0", 2)


@pytest.mark.parametrize("name", list(promo.PRESETS))
def test_each_preset_is_a_valid_documented_bundle(name: str) -> None:
    preset = promo.PRESETS[name]
    assert preset.zh and preset.doc and promo.find_preset(preset.zh) == name
    out = validate(promo.apply_preset(draft4(), name))
    segs = out["t"][0]["sg"]
    assert [s["d"] for s in segs] == [preset.picture_ms] * 4
    assert all(s.get("tr", {}).get("type") == preset.transition["type"] for s in segs[1:])
    assert out["t"][2]["sg"][0]["style"]["anim"] == preset.title["anim"]
    assert out["m"]["preset"] == name
    assert out["t"][1]["sg"][0]["s"] + out["t"][1]["sg"][0]["d"] == out["d"]  # the music still runs to the end


def test_unknown_preset_names_the_ones_that_exist() -> None:
    with pytest.raises(promo.PromoError, match=r"energetic \(活力\), elegant"):
        promo.apply_preset(draft4(), "funky")


def test_beat_sync_puts_every_cut_on_a_beat_with_whole_beat_shots() -> None:
    beats = [250 + 500 * k for k in range(30)]  # 120 BPM from 0.25 s
    out = validate(promo.beat_sync(draft4(), beats))
    segs = out["t"][0]["sg"]
    cuts = [s["s"] + (s.get("tr", {}).get("d", 0) if s.get("tr", {}).get("type", "none") != "none" else 0) / 2
            for s in segs[1:]]
    assert all(min(abs(c - b) for b in beats) <= 1 for c in cuts)  # ms rounding of an odd transition
    points = [*cuts, segs[-1]["s"] + segs[-1]["d"]]
    assert all((b - a) % 500 == 0 for a, b in zip(points, points[1:], strict=False))
    assert abs(out["d"] - 9700) <= 250  # as close to the old length as the beats allow
    assert out["t"][1]["sg"][0]["d"] == out["d"]


def test_beat_sync_refuses_music_without_a_steady_beat() -> None:
    with pytest.raises(promo.PromoError, match="no steady beat"):
        promo.beat_sync(draft4(), [0, 300, 1000, 1200, 2600, 2700, 4000, 4100, 6000])
    with pytest.raises(promo.PromoError, match="no steady beat"):
        promo.beat_sync(draft4(), [])


def test_timeline_beats_follow_the_segment_offset_and_loop() -> None:
    seg = {"s": 1000, "in": 500, "d": 3001, "loop": True}  # the loop plays the whole file again
    assert promo.timeline_beats([0.5, 1.5], seg, 2000) == [1000, 2000, 3000, 4000]


def test_a_looped_track_s_seam_and_a_missed_beat_are_filled_at_the_tempo() -> None:
    beats = [2000 + 500 * k for k in range(33) if k != 10] + [22000 + 500 * k for k in range(33)]
    filled = promo.regular_beats(beats)
    assert filled is not None and len(filled) == 33 + 8 + 32 and filled[10] == 7000.0
    out = validate(promo.beat_sync(draft4(), beats))
    cuts = [s["s"] + s.get("tr", {}).get("d", 0) / 2 if s.get("tr", {}).get("type", "none") != "none" else s["s"]
            for s in out["t"][0]["sg"][1:]]
    assert all(abs(c - 2000) % 500 in (0, 1, 499) for c in cuts)


def test_placed_overlays_fit_the_shots_and_stop_at_the_end_card() -> None:
    d = draft4()  # shots end at 9700 ms
    d = promo.add_logo(d, "logo")  # the whole video
    d = promo.add_logo(d, "sticker", length=3000, span="last")
    d = promo.add_logo(d, "badge", start=8000, length=5000)  # fixed, cut at the end
    spans = lambda x: [(s["s"], s["d"], s.get("span")) for t in x["t"] if t.get("role") == "overlay"  # noqa: E731
                       for s in t["sg"]]
    assert spans(d) == [(0, 9700, "all"), (6700, 3000, "last"), (8000, 1700, None)]
    carded = validate(promo.add_end_card(d, "Order now", length=2000))
    card = carded["t"][0]["sg"][-1]
    assert card["s"] == 9200  # a 0.5 s fade from the last shot
    assert spans(carded) == [(0, 9200, "all"), (6200, 3000, "last"), (8000, 1200, None)]
    assert spans(d)[0] == (0, 9700, "all")  # the input is left alone
    with pytest.raises(promo.PromoError, match="only 9.2 s long before the end card"):
        promo.overlay_span(carded, start=9500, length=1000)
    with pytest.raises(ValueError, match="span"):
        promo.overlay_span(carded, span="sometimes")


def test_every_font_and_size_has_its_words_and_chinese_name() -> None:
    """A font family or a size is one declaration in styles.py: its words, and its name in a Chinese reply."""
    for key, font in styles.FONTS.items():
        assert font.zh and font.doc and styles.parse_font(key) == key, key
        assert all(styles.parse_font(w) == key for w in font.words), key
    assert list(styles.SIZES_ZH) == list(styles.SIZES) and all(styles.SIZES_ZH.values())
