"""The promo vocabulary on rendered frames: text colour, place and animation; colour emoji and
right-to-left text; placed overlays (picture with alpha, clip picture-in-picture); end cards; whole-video
fades; clip speed at pitch; cuts on the beats of a click track. Small canvases, a few seconds each."""

from __future__ import annotations

import wave
from pathlib import Path

import av
import numpy as np
import pytest
from mediacheck import audio_peak, frame_at, frames, refs, solid_image, timeline
from PIL import Image, ImageDraw, ImageFont, features

from nemo_skill.draft import promo
from nemo_skill.draft.styles import EMOJI_FONT, FONTS
from nemo_skill.draft.validate import validate
from nemo_skill.media.samples import make_clip, make_music
from nemo_skill.render import render_draft
from nemo_skill.render import text_images as text

W, H = 320, 180


def render(draft: dict, media: dict[str, Path], out: Path) -> Path:
    return render_draft(validate(draft), refs(media), out, quality="low").path


def ink(frame: np.ndarray, colour: tuple[int, int, int], tol: int = 40) -> np.ndarray:
    """Mask of the pixels within ``tol`` of ``colour``."""
    return np.abs(frame.astype(int) - colour).max(axis=2) < tol


# ---- text ------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_text_colour_and_nine_point_positions_measured_on_pixels(tmp_path: Path) -> None:
    W, H = 640, 360  # noqa: N806  (glyph strokes wide enough for 4:2:0 chroma)
    texts = [{"role": "caption", "sg": [
        {"text": "ORANGE", "s": 0, "d": 600, "style": {"pos": "top_left", "color": "#ff8000", "size": "xl",
                                                       "shadow": False, "fi": 0, "fo": 0}},
        {"text": "CYAN", "s": 0, "d": 600, "style": {"pos": "bottom_right", "color": "#00c0ff", "size": "xl",
                                                     "shadow": False, "fi": 0, "fo": 0}}]}]
    out = render(timeline(W, H, [], texts=texts, bg="#000000"), {}, tmp_path / "o.mp4")
    f = frame_at(out, 0.3)
    safe = text.safe_area(W, H)
    for colour, (xs, ys) in (((255, 128, 0), (slice(0, W // 2), slice(0, H // 2))),
                             ((0, 192, 255), (slice(W // 2, W), slice(H // 2, H)))):
        mask = ink(f, colour)
        assert mask[ys, xs].sum() > 100, colour  # in its quadrant ...
        assert mask.sum() - mask[ys, xs].sum() < 5  # ... and nowhere else
        rows, cols = np.nonzero(mask)
        assert cols.min() >= safe.left - 1 and cols.max() <= safe.right and rows.min() >= safe.top - 1
        assert rows.max() <= safe.bottom
        # the fill itself: the median of the glyph pixels is the colour asked for
        assert np.abs(np.median(f[mask], axis=0) - colour).max() < 20


def test_font_families_are_installed_and_drawn_differently() -> None:
    widths = {}
    for family, font in FONTS.items():
        assert Path(font.regular).is_file(), f"{family}: {font.package} is not installed (make apt-deps)"
        lay = text.layout_card("Order today" if family != "cjk" else "今天下单", {"font": family}, "caption",
                               (W, H))
        assert lay.warning is None and Path(lay.font.path) == Path(font.regular)  # type: ignore[attr-defined]
        widths[family] = lay.widths[0]
    assert len({round(w) for f, w in widths.items() if f != "cjk"}) == len(FONTS) - 1  # all different faces
    assert text.layout_card("x", {"size": "xxxl"}, "title", (W, H)).px > text.layout_card(
        "x", {"size": "xl"}, "title", (W, H)).px


@pytest.mark.slow
def test_a_playfair_title_is_drawn_in_playfair(tmp_path: Path) -> None:
    """The brand's heading font from PyPI (fontpkg-playfair-display) reaches the frame: the rendered word is
    as wide as Playfair Display draws it at that size, not as DejaVu Serif (the Debian serif) would."""
    W, H = 640, 360  # noqa: N806
    style = {"font": "playfair", "size": "xl", "color": "#ffffff", "shadow": False, "bold": False, "pos": "center",
             "fi": 0, "fo": 0}
    word = "Hamburgefonstiv"
    out = render(timeline(W, H, [], texts=[{"role": "caption", "sg": [{"text": word, "s": 0, "d": 600, "style": style}]}],
                          bg="#000000"), {}, tmp_path / "o.mp4")
    lay = text.layout_card(word, style, "caption", (W, H))
    assert lay.warning is None and Path(lay.font.path) == Path(FONTS["playfair"].regular)  # type: ignore[attr-defined]
    cols = np.nonzero(ink(frame_at(out, 0.3), (255, 255, 255), 90).any(axis=0))[0]
    drawn = cols.max() - cols.min() + 1
    want = {f: ImageFont.truetype(FONTS[f].regular, lay.px).getbbox(word) for f in ("playfair", "serif")}
    widths = {f: b[2] - b[0] for f, b in want.items()}
    assert abs(drawn - widths["playfair"]) <= 4, (drawn, widths)
    assert abs(drawn - widths["serif"]) > 4 * abs(drawn - widths["playfair"]) + 8, (drawn, widths)



def test_a_bold_playfair_heading_uses_the_bold_instance() -> None:
    """Playfair ships one variable file (wght 400-900): bold text is set to its Bold instance, not
    drawn with the Regular face the file opens at."""
    word = "Order today"
    bold, warn_b = text.load_font(word, True, 80, "playfair")
    regular, warn_r = text.load_font(word, False, 80, "playfair")
    assert warn_b is None and warn_r is None and bold.path == regular.path == FONTS["playfair"].regular
    assert bold.getlength(word) > regular.getlength(word) + 6, (bold.getlength(word), regular.getlength(word))
    assert [a["default"] for a in regular.get_variation_axes()] == [400]
    sans_b, _ = text.load_font(word, True, 80, "sans")  # a family with a bold file of its own is left alone
    assert sans_b.path == FONTS["sans"].bold

def test_hebrew_is_ordered_right_to_left_and_arabic_is_shaped(tmp_path: Path) -> None:
    assert features.check("raqm"), "Pillow has no raqm layout (libfribidi0 missing?)"
    font = ImageFont.truetype(FONTS["sans"].regular, 40)
    plain = ImageFont.truetype(FONTS["sans"].regular, 40, layout_engine=ImageFont.Layout.BASIC)  # no bidi, no shaping

    def draw(s: str, face: ImageFont.FreeTypeFont = font) -> np.ndarray:
        img = Image.new("L", (200, 60), 0)
        ImageDraw.Draw(img).text((10, 45), s, font=face, fill=255, anchor="ls")
        return np.asarray(img)

    # the card of "אב" (aleph first) shows bet on the left: the left-to-right drawing of "בא"
    lay = text.layout_card("אב", {"shadow": False, "box": True}, "caption", (W, H))
    text.draw_card(lay, tmp_path / "he.png")
    card = np.asarray(Image.open(tmp_path / "he.png").getchannel("A"))
    assert card.max() == 255
    assert not np.array_equal(draw("אב"), draw("אב", plain)) and np.array_equal(draw("אב"), draw("בא", plain))
    # Arabic letters join: the shaped word is not its letters drawn one by one
    word = "بيت"
    apart = np.zeros((60, 200), np.uint8)
    x = 10.0
    for ch in word[::-1]:
        img = Image.new("L", (200, 60), 0)
        ImageDraw.Draw(img).text((x, 45), ch, font=font, fill=255, anchor="ls")
        apart = np.maximum(apart, np.asarray(img))
        x += font.getlength(ch)
    assert np.abs(draw(word).astype(int) - apart).mean() > 2


@pytest.mark.slow
def test_emoji_draw_in_colour(tmp_path: Path) -> None:
    assert Path(EMOJI_FONT).is_file(), "fonts-noto-color-emoji is not installed (make apt-deps)"
    texts = [{"role": "title", "sg": [{"text": "Go 😀", "s": 0, "d": 500,
                                       "style": {"color": "#ffffff", "fi": 0, "fo": 0}}]}]
    f = frame_at(render(timeline(W, H, [], texts=texts, bg="#000000"), {}, tmp_path / "o.mp4"), 0.2)
    # the text is white on black: only the emoji can bring saturated yellow / orange
    r, g, b = (f[..., k].astype(int) for k in range(3))
    assert ((r > 180) & (g > 120) & (b < 90)).sum() > 50


@pytest.mark.slow
def test_text_animations_at_chosen_frames(tmp_path: Path) -> None:
    style = {"pos": "center", "size": "l", "color": "#ffffff", "shadow": False}
    texts = [{"role": "caption", "sg": [
        {"text": "SLIDE", "s": 0, "d": 1000, "style": {**style, "anim": {"in": {"type": "slide_left", "d": 500},
                                                                         "out": {"type": "none"}}}},
        {"text": "POP", "s": 1000, "d": 1000, "style": {**style, "anim": {"in": {"type": "pop", "d": 500},
                                                                          "out": {"type": "none"}}}},
        {"text": "TYPE WRITER", "s": 2000, "d": 1000,
         "style": {**style, "anim": {"in": {"type": "typewriter", "d": 600}, "out": {"type": "fade", "d": 0}}}}]}]
    out = render(timeline(640, 360, [], texts=texts, bg="#000000"), {}, tmp_path / "o.mp4")
    # lit: at least half as bright as the frame's brightest pixel (the text may be fading in)
    seq = frames(out, 0.0, 90)
    lit = [(lum := f.astype(int).sum(axis=2)) > max(90, lum.max() // 2) for f in seq]

    def centre_x(mask: np.ndarray) -> float:
        return float(np.nonzero(mask)[1].mean())

    # slide_left: at frame 5 of 15, eased progress 1 - (2/3)^3 = 0.704: 0.296 * 10 % of 640 px to the right
    assert centre_x(lit[5]) - centre_x(lit[20]) == pytest.approx(0.296 * 64, abs=3)
    assert abs(centre_x(lit[15]) - centre_x(lit[29])) < 0.6  # landed, still
    # pop: at frame 5 of 15, 0.6 + 0.4 * 0.704 = 88 % of its width, about the same centre
    width = [np.ptp(np.nonzero(m)[1]) for m in (lit[35], lit[50])]
    assert width[0] / width[1] == pytest.approx(0.882, abs=0.04)
    assert abs(centre_x(lit[35]) - centre_x(lit[50])) < 2
    # typewriter: letters appear one after another, then the whole text stays
    count = [int((seq[k].astype(int).sum(axis=2) > 300).sum()) for k in range(60, 90)]
    assert count[0] > 0 and all(b >= a for a, b in zip(count, count[1:], strict=False))
    assert count[4] < count[10] < count[17] == count[29]


def test_slides_from_the_left_from_above_and_out_to_the_left(tmp_path: Path) -> None:
    style = {"pos": "center", "size": "l", "color": "#ffffff", "shadow": False}
    texts = [{"role": "caption", "sg": [
        {"text": "RIGHT", "s": 0, "d": 1000, "style": {**style, "anim": {"in": {"type": "slide_right", "d": 500},
                                                                         "out": {"type": "none"}}}},
        {"text": "DOWN", "s": 1000, "d": 1000, "style": {**style, "anim": {"in": {"type": "slide_down", "d": 500},
                                                                           "out": {"type": "none"}}}},
        {"text": "LEFT", "s": 2000, "d": 1000, "style": {**style, "anim": {"in": {"type": "none"},
                                                                           "out": {"type": "slide_left", "d": 500}}}}]}]
    out = render(timeline(640, 360, [], texts=texts, bg="#000000"), {}, tmp_path / "o.mp4")
    seq = frames(out, 0.0, 90)
    lit = [(lum := f.astype(int).sum(axis=2)) > max(90, lum.max() // 2) for f in seq]

    def centre(mask: np.ndarray, axis: int) -> float:
        return float(np.nonzero(mask)[axis].mean())

    # at frame 5 of 15 the eased progress is 0.704: 0.296 of the way still to go
    assert centre(lit[20], 1) - centre(lit[5], 1) == pytest.approx(0.296 * 64, abs=3)  # from the left
    assert centre(lit[50], 0) - centre(lit[35], 0) == pytest.approx(0.296 * 0.08 * 360, abs=2)  # from above
    # an exit slides the way it is named: 1/3 into a 15-frame slide_left exit, 0.296 of 10 % of 640 px to the left
    assert centre(lit[70], 1) - centre(lit[85], 1) == pytest.approx(0.296 * 64, abs=3)


# ---- overlays ----------------------------------------------------------------------------------------

@pytest.mark.slow
def test_logo_with_alpha_and_a_clip_pip_land_where_placed_at_their_opacity(tmp_path: Path) -> None:
    bg = solid_image(tmp_path / "bg.png", (W, H), (0, 0, 200))
    logo = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    logo.paste((0, 255, 0, 255), (20, 20, 80, 80))
    logo.save(tmp_path / "logo.png")
    clip = make_clip(tmp_path / "clip.mp4", seconds=1.0, size=(160, 120), audio=False)
    draft = timeline(W, H, [{"mid": "bg", "d": 1000}])
    draft = promo.add_logo(draft, "logo", pos="top_right", width=0.25, margin=0.05, opacity=0.5)
    draft["t"].append({"id": "pip", "tt": 0, "role": "overlay", "sg": [
        {"id": "q", "mid": "clip", "k": "video", "s": 500, "d": 500,
         "place": {"pos": "bottom_left", "w": 0.3, "margin": 0.05}}]})
    result = render_draft(validate(draft), refs({"bg": bg, "logo": tmp_path / "logo.png", "clip": clip}),
                          tmp_path / "o.mp4", quality="low")
    f0, f1 = frame_at(result.path, 0.2), frame_at(result.path, 0.8)
    poster = np.asarray(Image.open(result.poster).convert("RGB"))  # frames taken after every layer
    assert np.abs(poster[40:72, 244:284].reshape(-1, 3).mean(axis=0) - (0, 128, 100)).max() < 16
    # logo: 80 px wide at x 224 (16 px from the right edge), y 16; its opaque square is 16..64 px inside
    half = np.array([0, 128, 100])  # green at 50 % over blue
    assert np.abs(f0[40:72, 244:284].reshape(-1, 3).mean(axis=0) - half).max() < 16
    assert np.abs(f0[20, 228].astype(int) - (0, 0, 200)).max() < 16  # its transparent border
    assert np.abs(f0[40, 200].astype(int) - (0, 0, 200)).max() < 16  # left of it: the picture
    # the clip: 96 x 72 at (16, 92) from 0.5 s on, not before
    box = (slice(96, 160), slice(20, 108))
    assert np.abs(f0[box].astype(int) - (0, 0, 200)).max() < 16
    assert np.abs(f1[box].astype(int) - (0, 0, 200)).mean() > 40
    assert np.abs(f1[80, 150].astype(int) - (0, 0, 200)).max() < 16  # right of it


@pytest.mark.slow
def test_a_clip_put_small_in_the_top_right_corner_in_words_plays_there(tmp_path: Path) -> None:
    from nemo_skill.local.planner import PlannerMedia, plan

    bg = solid_image(tmp_path / "bg.png", (W, H), (0, 0, 200))
    clip = make_clip(tmp_path / "clip.mp4", seconds=1.0, size=(160, 120), audio=False)
    media = [PlannerMedia("bg", "bg.png", "image", width=W, height=H),
             PlannerMedia("clip", "clip.mp4", "video", duration=1.0, width=160, height=120)]
    result = plan("put clip.mp4 small in the top right corner", timeline(W, H, [{"mid": "bg", "d": 1500}]), media)
    assert result.edited, result.reply
    f = frame_at(render(result.draft, {"bg": bg, "clip": clip}, tmp_path / "o.mp4"), 0.5)
    # 22 % of 320 = 70 x 52 px, 10 px (3 %) from the top and right edges: x 240-310, y 10-62
    assert np.abs(f[14:58, 244:306].astype(int) - (0, 0, 200)).mean() > 40  # the clip is there ...
    assert np.abs(f[70:, :].astype(int) - (0, 0, 200)).max() < 16  # ... and nowhere below it
    assert np.abs(f[:, :230].astype(int) - (0, 0, 200)).max() < 16  # ... nor left of it


@pytest.mark.slow
def test_the_corner_logo_stops_where_the_end_card_starts(tmp_path: Path) -> None:
    red = solid_image(tmp_path / "red.png", (W, H), (220, 30, 30))
    logo = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    logo.paste((0, 255, 0, 255), (20, 20, 80, 80))
    logo.save(tmp_path / "logo.png")
    draft = promo.add_logo(timeline(W, H, [{"mid": "red", "d": 1000}]), "logo", width=0.25, margin=0.05)
    draft = promo.add_end_card(draft, "Order today", length=1000, bg="#2040c0", transition={"type": "none", "d": 0})
    assert (draft["t"][-1]["sg"][0]["s"], draft["t"][-1]["sg"][0]["d"]) == (0, 1000)  # was the whole 2 s
    out = render(draft, {"red": red, "logo": tmp_path / "logo.png"}, tmp_path / "o.mp4")
    square = (slice(36, 76), slice(244, 284))  # the logo's opaque square: 80 px wide, 16 px from the corner
    before, card = frame_at(out, 0.5), frame_at(out, 1.5)
    assert np.abs(before[square].reshape(-1, 3).mean(axis=0) - (0, 255, 0)).max() < 30
    assert np.abs(card[square].reshape(-1, 3).mean(axis=0) - (32, 64, 192)).max() < 16  # only the card


@pytest.mark.slow
def test_end_card_on_the_brand_colour_with_its_text_and_in_the_contact_sheet(tmp_path: Path) -> None:
    red = solid_image(tmp_path / "red.png", (W, H), (220, 30, 30))
    draft = promo.set_brand(timeline(W, H, [{"mid": "red", "d": 1000}]), color="#2040c0", accent="#ffffff")
    draft = promo.add_end_card(draft, "Order today", length=1000, sub="shop.example",
                               transition={"type": "none", "d": 0})
    media = {"red": red}
    result = render_draft(validate(draft), refs(media), tmp_path / "o.mp4", quality="low")
    f = frame_at(result.path, 1.5)
    assert np.abs(f[5, 5].astype(int) - (32, 64, 192)).max() < 16  # the brand colour
    white = ink(f, (255, 255, 255), 50)
    rows, cols = np.nonzero(white)
    assert white.sum() > 200 and abs(cols.mean() - W / 2) < 20  # the call to action, centred
    sheet = np.asarray(Image.open(result.sheet).convert("RGB"))
    assert ink(sheet, (32, 64, 192), 20).sum() > 500  # the card is one of the sheet's shots
    # a blurred last frame instead of a colour: the red picture shows through, dimmed
    draft2 = promo.add_end_card(draft, "Order today", length=1000, bg="blur", transition={"type": "none", "d": 0})
    f2 = frame_at(render(draft2, media, tmp_path / "b.mp4"), 1.5)
    r, g, b = f2[5, 5].astype(int)
    assert 90 < r < 180 and g < 40 and b < 40


@pytest.mark.slow
def test_the_call_to_action_reads_back_from_the_end_card_by_ocr(tmp_path: Path) -> None:
    """What a viewer reads: the end card's frame through Tesseract (Debian's tesseract-ocr, make apt-deps)."""
    import os
    import shutil
    import subprocess

    if shutil.which("tesseract") is None:
        if os.environ.get("CI"):
            pytest.fail("tesseract is not installed: make apt-deps installs tesseract-ocr")
        pytest.skip("tesseract is not installed (make apt-deps)")
    W, H = 640, 360  # noqa: N806
    red = solid_image(tmp_path / "red.png", (W, H), (220, 30, 30))
    draft = promo.set_brand(timeline(W, H, [{"mid": "red", "d": 500}]), color="#1a1a1a", accent="#ffffff")
    draft = promo.add_end_card(draft, "Order today", length=1000, sub="acme-shop.com",
                               transition={"type": "none", "d": 0})
    frame = frame_at(render(draft, {"red": red}, tmp_path / "o.mp4"), 1.0)
    Image.fromarray(frame).save(tmp_path / "card.png")
    read = subprocess.run(["tesseract", str(tmp_path / "card.png"), "stdout", "--psm", "6"], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    words = " ".join(read.split()).lower()
    assert "order today" in words and "acme-shop.com" in words, read


# ---- whole video -------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("colour", ["black", "white"])
def test_fade_from_and_to_a_colour_with_the_sound(colour: str, tmp_path: Path) -> None:
    grey = solid_image(tmp_path / "g.png", (W, H), (128, 128, 128))
    music = make_music(tmp_path / "m.wav", seconds=2.0)
    draft = timeline(W, H, [{"mid": "g", "d": 2000}], audio=[{"role": "music", "sg": [{"mid": "m", "s": 0, "d": 2000}]}],
                     fade={"in": 500, "out": 500, "color": colour})
    out = render(draft, {"g": grey, "m": music}, tmp_path / "o.mp4")
    seq = frames(out, 0.0, 60)
    level = 0 if colour == "black" else 255
    assert abs(seq[0].mean() - level) < 6 and abs(seq[-1].mean() - level) < 6
    assert abs(seq[30].mean() - 128) < 6
    assert abs(seq[7].mean() - (level + 128) / 2) < 20  # half way through the fade
    assert audio_peak(out, 0.0, 0.03) < 0.1 * audio_peak(out, 0.8, 1.2)
    assert audio_peak(out, 1.97, 2.0) < 0.1 * audio_peak(out, 0.8, 1.2)


@pytest.mark.slow
def test_clip_speed_plays_faster_with_the_pitch_kept(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "c.mp4", seconds=3.0, size=(W, H), audio=True)
    draft = timeline(W, H, [{"mid": "c", "k": "video", "d": 1000, "speed": 2.0}])
    out = render(draft, {"c": clip}, tmp_path / "o.mp4")
    got = frame_at(out, 0.6).astype(int)
    source = frames(clip, 0.0, 90)
    best = min(range(len(source)), key=lambda k: np.abs(got - source[k]).mean())
    assert best == 36  # output 0.6 s at 2x is the source's 1.2 s
    with av.open(str(out)) as c:
        pcm = np.concatenate([f.to_ndarray()[0] for f in c.decode(audio=0)])
    seg = pcm[4800:43200]
    spectrum = np.abs(np.fft.rfft(seg * np.hanning(len(seg))))
    assert np.fft.rfftfreq(len(seg), 1 / 48000)[spectrum.argmax()] == pytest.approx(440, abs=5)


# ---- beats -------------------------------------------------------------------------------------------

def click_track(path: Path, beats: list[float], seconds: float, rate: int = 44100) -> Path:
    y = np.zeros(int(seconds * rate))
    t = np.arange(int(0.03 * rate)) / rate
    click = np.sin(2 * np.pi * 1000 * t) * np.exp(-t * 120)
    for k, b in enumerate(beats):
        i = int(b * rate)
        y[i:i + len(click)] += (1.0 if k % 4 == 0 else 0.6) * click[: len(y) - i]
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((y / np.abs(y).max() * 0.8 * 32767).astype("<i2").tobytes())
    return path


@pytest.mark.slow
def test_cuts_land_on_the_beats_of_a_click_track(tmp_path: Path) -> None:
    pytest.importorskip("librosa")
    from nemo_skill.media import beats as beat_finder

    known = [0.25 + 0.5 * k for k in range(24)]  # 120 BPM
    music = click_track(tmp_path / "click.wav", known, 12.0)
    found = beat_finder.detect(music)
    assert found.steady and found.tempo == pytest.approx(120, rel=0.03)
    colours = [(220, 30, 30), (30, 220, 30), (30, 30, 220), (220, 220, 30)]
    media = {f"c{k}": solid_image(tmp_path / f"c{k}.png", (160, 90), c) for k, c in enumerate(colours)}
    media["music"] = music
    draft = timeline(160, 90, [{"mid": f"c{k}", "d": d} for k, d in enumerate((1300, 2100, 1700, 2900))],
                     audio=[{"role": "music", "sg": [{"mid": "music", "s": 0, "d": 8000}]}])
    seg = draft["t"][1]["sg"][0]
    synced = promo.beat_sync(draft, promo.timeline_beats(found.times, seg, 12000))
    out = render(synced, media, tmp_path / "o.mp4")
    seq = frames(out, 0.0, round(synced["d"] * 30 / 1000))
    which = [int(np.argmin([np.abs(f[45, 80].astype(int) - c).sum() for c in colours])) for f in seq]
    cuts = [k / 30 for k in range(1, len(which)) if which[k] != which[k - 1]]
    assert len(cuts) == 3
    for cut in cuts:  # every cut within one frame of a known beat
        assert min(abs(cut - b) for b in known) <= 1 / 30 + 1e-6, (cut, cuts)
    points = [0.25 * 0, *cuts]
    assert all(round((b - a) / 0.5, 1) == round((b - a) / 0.5) for a, b in zip(points[1:], points[2:], strict=False))


@pytest.mark.slow
def test_a_first_beat_search_waits_for_another_process_preparing_the_tracker(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes compiling librosa's beat tracker at once can leave a numba cache that crashes every later search
    (beats.COMPILE_LOCK): a process's first search waits for the lock another process holds, and says so when it
    cannot get it; with the lock free it finds the beats."""
    import subprocess
    import sys

    pytest.importorskip("librosa")
    from nemo_skill.media import beats as beat_finder

    music = click_track(tmp_path / "click.wav", [0.25 + 0.5 * k for k in range(16)], 8.0)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from filelock import FileLock; lock = FileLock(sys.argv[1]); lock.acquire(); "
         "print('held', flush=True); sys.stdin.read()", str(beat_finder.COMPILE_LOCK)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(beat_finder, "_compiled", False)
        monkeypatch.setattr(beat_finder, "LOCK_WAIT_S", 1.0)
        with pytest.raises(beat_finder.BeatError, match="preparing the beat tracker"):
            beat_finder.detect(music)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
    # the lock is the machine's: another test worker's first beat search may take it now and compile for a minute
    monkeypatch.setattr(beat_finder, "LOCK_WAIT_S", 600.0)
    found = beat_finder.detect(music)
    assert found.steady and found.tempo == pytest.approx(120, rel=0.03)
    assert beat_finder._compiled
