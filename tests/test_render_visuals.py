"""What the pictures look like: transitions, fit, EXIF rotation, Ken Burns motion, text placement."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
from mediacheck import (
    frame_at,
    frames,
    pan_positions,
    refs,
    save_png,
    solid_image,
    timeline,
    unevenness,
    video_duration,
)
from PIL import Image

from nemo_skill.render import render_draft
from nemo_skill.render.text_images import cjk_font, safe_area

RED, BLUE = (220, 30, 30), (30, 30, 220)


@pytest.fixture(scope="module")
def colours(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("render-colours")
    return {"red": solid_image(d / "red.png", (320, 180), RED), "blue": solid_image(d / "blue.jpg", (320, 180), BLUE)}


def close(pixel: np.ndarray, colour: tuple[int, int, int], tol: int = 14) -> bool:
    return bool(np.abs(pixel.astype(int) - colour).max() <= tol)


# ---- transitions -------------------------------------------------------------------------------------

def test_fade_midpoint_is_a_blend_and_the_length_follows_the_draft_model(colours, tmp_path: Path) -> None:
    draft = timeline(320, 180, [{"mid": "red", "d": 1000}, {"mid": "blue", "d": 1000, "tr": {"type": "fade", "d": 400}}])
    assert draft["d"] == 1600  # 1000 + 1000 - 400
    out = render_draft(draft, refs(colours), tmp_path / "f.mp4", quality="low").path
    assert abs(video_duration(out) - 1.6) < 1 / 30 + 1e-6
    assert close(frame_at(out, 0.3)[90, 160], RED)
    assert close(frame_at(out, 1.3)[90, 160], BLUE)
    mid = frame_at(out, 0.8)[90, 160].astype(int)  # transition runs 0.6 .. 1.0 s
    blend = (np.array(RED) + np.array(BLUE)) / 2
    assert np.abs(mid - blend).max() < 30, mid
    # frame i of the 12 shows red weighted 1 - i/12: a linear crossfade, as xfade's fade
    seq = frames(out, 0.6, 12)
    for i, f in enumerate(seq):
        want = np.array(RED) * (1 - i / 12) + np.array(BLUE) * (i / 12)
        assert np.abs(f[90, 160].astype(int) - want).max() < 16, (i, f[90, 160], want)


@pytest.mark.parametrize("kind", ["slideleft", "wiperight", "circleopen", "dissolve", "fadeblack", "coverup"])
def test_other_xfade_kinds_show_both_neighbours_mid_transition(kind: str, colours, tmp_path: Path) -> None:
    draft = timeline(320, 180, [{"mid": "red", "d": 600}, {"mid": "blue", "d": 600, "tr": {"type": kind, "d": 300}}])
    out = render_draft(draft, refs(colours), tmp_path / "x.mp4", quality="low").path
    assert abs(video_duration(out) - 0.9) < 1 / 30 + 1e-6
    mid = frame_at(out, 0.45).reshape(-1, 3).astype(int)
    if kind == "fadeblack":  # through black: darker than both neighbours
        assert mid.mean(axis=0).max() < 150
        return
    reddish = (np.abs(mid - RED).max(axis=1) < 60).mean()
    blueish = (np.abs(mid - BLUE).max(axis=1) < 60).mean()
    assert reddish > 0.05 and blueish > 0.05, (reddish, blueish)


def test_pictures_joined_by_fades_are_one_piped_run_and_other_transitions_use_xfade(colours, tmp_path: Path) -> None:
    """Consecutive pictures with fades or cuts reach FFmpeg as one stream (blended as they are made:
    nothing in the graph holds frames for xfade); any other transition starts a new run."""
    from nemo_skill.render.compile import compile_draft

    fade = {"type": "fade", "d": 300}
    draft = timeline(320, 180, [{"mid": "red", "d": 1000, "kb": "in"}, {"mid": "blue", "d": 1000, "tr": fade},
                                {"mid": "red", "d": 1000, "kb": "left"}, {"mid": "blue", "d": 1000, "tr": fade},
                                {"mid": "red", "d": 1000, "tr": {"type": "wipeleft", "d": 300}}])
    plan = compile_draft(draft, refs(colours), tmp_path / "p.mp4", tmp_path / "w")
    runs = [[(type(s.frames).__name__, s.fade_in) for s in f.frames.slides] for f in plan.feeds]
    assert runs == [[("GlideFrames", 0), ("HeldFrames", 9), ("CropFrames", 0), ("HeldFrames", 9)],
                    [("HeldFrames", 0)]]
    assert sum(len(f.frames) for f in plan.feeds) == 5 * 30 - 9 - 9  # the wipe's overlap is xfade's
    graph = (tmp_path / "w" / "video.filtergraph").read_text(encoding="utf-8")
    assert graph.count("xfade=") == 1 and "xfade=transition=wipeleft" in graph


def test_cut_without_transition_switches_on_the_frame(colours, tmp_path: Path) -> None:
    draft = timeline(320, 180, [{"mid": "red", "d": 500}, {"mid": "blue", "d": 500}])
    out = render_draft(draft, refs(colours), tmp_path / "c.mp4", quality="low").path
    seq = frames(out, 0.0, 30)
    assert len(seq) == 30
    assert all(close(f[90, 160], RED) for f in seq[:15]) and all(close(f[90, 160], BLUE) for f in seq[15:])


def test_overlay_track_cuts_away_at_its_own_time(colours, tmp_path: Path) -> None:
    draft = timeline(320, 180, [{"mid": "red", "d": 1000}])
    draft["t"].append({"id": "broll", "tt": 0, "role": "overlay", "sg": [
        {"id": "b", "mid": "blue", "k": "image", "s": 300, "d": 400}]})
    out = render_draft(draft, refs(colours), tmp_path / "b.mp4", quality="low").path
    assert close(frame_at(out, 0.1)[90, 160], RED) and close(frame_at(out, 0.9)[90, 160], RED)
    assert close(frame_at(out, 0.5)[90, 160], BLUE)


def test_poster_and_sheet_show_the_rendered_moments(colours, tmp_path: Path) -> None:
    """The poster is the title at full strength, as encoded; the sheet has one thumbnail per shot."""
    draft = timeline(320, 180, [{"mid": "red", "d": 1200}, {"mid": "blue", "d": 1200}],
                     texts=[{"role": "title", "sg": [{"text": "Hello", "s": 0, "d": 1000,
                                                       "style": {"fi": 300, "fo": 300}}]}])
    result = render_draft(draft, refs(colours), tmp_path / "p.mp4", quality="high")
    assert result.poster is not None and result.sheet is not None
    poster = np.asarray(Image.open(result.poster).convert("RGB")).astype(int)
    encoded = frame_at(result.path, 0.5).astype(int)  # (0 + 0.3 + 1.0 - 0.3) / 2: the title's middle
    assert np.abs(poster - encoded).mean() < 3
    assert np.abs(poster - frame_at(result.path, 0.1).astype(int)).max() > 60  # not the faint start
    sheet = np.asarray(Image.open(result.sheet).convert("RGB"))
    # away from the centre, where the title shows over the first shot
    assert close(sheet[44 + 20, 12 + 20], RED) and close(sheet[44 + 20, 12 + 332 + 20], BLUE)


# ---- fit, rotation, odd sizes -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def banded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Square picture: green with a red band along the top 10 %."""
    img = Image.new("RGB", (400, 400), (30, 180, 60))
    img.paste((220, 30, 30), (0, 0, 400, 40))
    path = tmp_path_factory.mktemp("render-banded") / "banded.png"
    img.save(path)
    return path


def test_cover_fills_the_frame_and_crops(banded: Path, tmp_path: Path) -> None:
    draft = timeline(320, 180, [{"mid": "p", "d": 300, "fit": "cover"}], bg="#000000")
    f = frame_at(render_draft(draft, refs({"p": banded}), tmp_path / "cover.mp4", quality="low").path, 0.1)
    assert close(f[5, 5], (30, 180, 60), 20) and close(f[175, 315], (30, 180, 60), 20)  # corners: picture
    assert not (np.abs(f[2].astype(int) - (220, 30, 30)).max(axis=1) < 40).any()  # band cropped away


def test_contain_shows_everything_over_a_blurred_copy(banded: Path, tmp_path: Path) -> None:
    draft = timeline(320, 180, [{"mid": "p", "d": 300, "fit": "contain"}], bg="#000000")
    out = render_draft(draft, refs({"p": banded}), tmp_path / "contain.mp4", quality="low").path
    f = frame_at(out, 0.1)
    save_png(f, tmp_path / "contain.png")
    assert close(f[3, 160], (220, 30, 30), 30)  # the band is visible at the top, centre column
    assert close(f[150, 160], (30, 180, 60), 20)
    side = f[90, 10].astype(int)  # left margin: a blurred copy, not the black canvas
    assert side.sum() > 60 and side[1] > side[2]


def test_exif_rotated_photo_comes_out_upright(tmp_path: Path) -> None:
    upright = Image.new("RGB", (300, 400), BLUE)
    upright.paste(RED, (0, 0, 300, 200))  # red on top when displayed correctly
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # the sensor's sideways pixels
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to display"
    path = tmp_path / "phone.jpg"
    stored.save(path, exif=exif.tobytes(), quality=95)
    draft = timeline(360, 360, [{"mid": "p", "d": 300, "fit": "contain"}])
    f = frame_at(render_draft(draft, refs({"p": path}), tmp_path / "r.mp4", quality="low").path, 0.1)
    assert close(f[60, 180], RED, 25) and close(f[300, 180], BLUE, 25)


@pytest.mark.parametrize("size", [(333, 251), (1, 1), (999, 17)])
def test_odd_image_sizes(size: tuple[int, int], tmp_path: Path) -> None:
    path = solid_image(tmp_path / "odd.png", size, (200, 120, 40))
    draft = timeline(320, 180, [{"mid": "p", "d": 300}])
    out = render_draft(draft, refs({"p": path}), tmp_path / "o.mp4", quality="low").path
    f = frame_at(out, 0.1)
    assert f.shape == (180, 320, 3) and close(f[90, 160], (200, 120, 40), 20)


# ---- Ken Burns -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def textured(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = np.random.default_rng(3)
    noise = rng.random((90, 160, 3)) * 255
    img = Image.fromarray(noise.astype(np.uint8)).resize((1280, 720), Image.Resampling.BICUBIC)
    path = tmp_path_factory.mktemp("render-texture") / "texture.png"
    img.save(path)
    return path


def chroma_u(path: Path, count: int) -> list[np.ndarray]:
    """The first ``count`` decoded frames' U planes (half resolution), as stored."""
    import av

    out = []
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            p = f.planes[1]
            out.append(np.frombuffer(p, np.uint8).reshape(-1, p.line_size)[:, :p.width].copy())
            if len(out) == count:
                break
    return out


def frame_kinds(draft: dict, media: dict[str, Path], workdir: Path) -> list[str]:
    """How each picture's frames are made (held, cropped, resampled), in the order they play."""
    from nemo_skill.render.compile import compile_draft

    plan = compile_draft(draft, refs(media), workdir / "plan.mp4", workdir)
    return [type(s.frames).__name__ for f in plan.feeds for s in f.frames.slides]


def test_ken_burns_pan_glides_evenly(textured: Path, tmp_path: Path) -> None:
    draft = timeline(640, 360, [{"mid": "p", "d": 2000, "kb": "left"}])
    assert frame_kinds(draft, {"p": textured}, tmp_path / "plan") == ["CropFrames"]  # not resampled
    out = render_draft(draft, refs({"p": textured}), tmp_path / "kb.mp4", quality="high").path
    speed, uneven = unevenness(pan_positions(frames(out, 0.0, 60, fmt="gray")))
    # perspective's travel would be 12 % of 640 px over 59 frame steps (1.30 px): the crop path
    # takes the nearest whole step, 1 px per frame ...
    assert speed == pytest.approx(-1.0, abs=0.01)
    # ... evenly: zoompan's whole-pixel crop measures 0.32 px here (0.16 on a 2x prescale, before
    # encoding); a whole-pixel crop is exact before encoding, what is left is x264's
    assert uneven < 0.06, uneven
    # chroma (half resolution) follows at 0.5 of its px per frame, not 0, 1, 0, 1 (a crop at odd x
    # alone would leave chroma on the even position: measured 0.19 here)
    cspeed, cuneven = unevenness(pan_positions(chroma_u(out, 60), margin=50))
    assert cspeed == pytest.approx(-0.5, abs=0.01)
    assert cuneven < 0.03, cuneven


@pytest.mark.parametrize("motion,axis,sign", [("left", 1, -1), ("right", 1, 1), ("up", 0, -1), ("down", 0, 1)])
def test_ken_burns_pan_moves_whole_pixels_per_frame(motion: str, axis: int, sign: int, textured: Path,
                                                    tmp_path: Path) -> None:
    """Frame 10 is frame 0 moved exactly 10 px * speed in the motion's direction (1 px/frame here)."""
    draft = timeline(640, 360, [{"mid": "p", "d": 2000, "kb": motion}])
    out = render_draft(draft, refs({"p": textured}), tmp_path / "p.mp4", quality="high").path
    seq = frames(out, 0.0, 11, fmt="gray")
    a, b = seq[0].astype(int), seq[10].astype(int)
    step = sign * 10

    def err(s: int) -> float:
        if axis == 1:
            x, y = (a[:, 20:-40], b[:, 20 + s:640 - 40 + s])
        else:
            x, y = (a[20:-40, :], b[20 + s:360 - 40 + s, :])
        return float(np.abs(x - y).mean())

    errors = {s: err(s) for s in range(-15, 16)}
    assert min(errors, key=errors.get) == step, errors
    assert errors[step] < 2.0  # the same pixels (up to x264), not an interpolated look-alike


def test_long_pan_is_resampled_and_keeps_its_length(textured: Path, tmp_path: Path) -> None:
    # 1 px per frame over 13.3 s at 320 px wide would need a still 2.25x the canvas (cap 1.25x)
    from nemo_skill.render import visuals
    from nemo_skill.render.compile import compile_draft

    assert visuals.pan_plan("left", 400, (320, 180)) is None
    assert visuals.pan_plan("left", 60, (320, 180)) is not None
    draft = timeline(320, 180, [{"mid": "p", "d": 13333, "kb": "left"},
                                {"mid": "p", "d": 1000, "kb": "right", "tr": {"type": "fade", "d": 300}}])
    # the long pan: 400 resampled frames; the short one: 30 crops
    assert frame_kinds(draft, {"p": textured}, tmp_path / "plan") == ["GlideFrames", "CropFrames"]
    plan = compile_draft(draft, refs({"p": textured}), tmp_path / "plan.mp4", tmp_path / "plan")
    assert [len(s.frames) for f in plan.feeds for s in f.frames.slides] == [400, 30]
    out = render_draft(draft, refs({"p": textured}), tmp_path / "long.mp4", quality="low").path
    assert abs(video_duration(out) - 14.033) < 1 / 30 + 1e-6
    speed, _ = unevenness(pan_positions(frames(out, 0.0, 30, fmt="gray"), margin=40))
    assert speed == pytest.approx(-0.12 * 320 * 1.0 / 399, abs=0.03)  # still moving left, slowly


@pytest.mark.parametrize("motion", ["in", "out"])
def test_ken_burns_zoom_is_centred_and_reaches_12_percent(motion: str, textured: Path, tmp_path: Path) -> None:
    draft = timeline(640, 360, [{"mid": "p", "d": 1000, "kb": motion}])
    out = render_draft(draft, refs({"p": textured}), tmp_path / "z.mp4", quality="high").path
    seq = frames(out, 0.0, 30)
    wide, close_up = (seq[0], seq[-1]) if motion == "in" else (seq[-1], seq[0])

    def error(zoom: float) -> float:
        """How far the close-up is from the wide frame's centre enlarged ``zoom`` times."""
        w, h = 640 / zoom, 360 / zoom
        box = ((640 - w) / 2, (360 - h) / 2, (640 + w) / 2, (360 + h) / 2)
        enlarged = np.asarray(Image.fromarray(wide).resize((640, 360), Image.Resampling.BILINEAR, box=box))
        return float(np.abs(enlarged.astype(int) - close_up.astype(int)).mean())

    candidates = [1.0, 1.04, 1.08, 1.10, 1.12, 1.14, 1.16, 1.2]
    assert min(candidates, key=error) == 1.12


def inter_frame_steps(seq: list[np.ndarray], cols: slice, rows: slice) -> np.ndarray:
    """How far the content of a strip moves between consecutive frames, sub-pixel (px, + = right)."""
    pairs = zip(seq, seq[1:], strict=False)
    return np.array([pan_positions([a[rows, cols], b[rows, cols]], margin=20)[1] for a, b in pairs])


@pytest.mark.parametrize("motion", ["in", "out"])
def test_ken_burns_zoom_glides_without_judder(motion: str, textured: Path, tmp_path: Path) -> None:
    """Near the left edge a linear zoom moves the picture at a constant speed: every frame-to-frame
    step is the same size, to a small fraction of a pixel (ours: 0.02 px RMS). A zoom that rounds its
    window to whole pixels judders: zoompan measured 0.96 px here, 0.51 px on a 2x prescale."""
    draft = timeline(640, 360, [{"mid": "p", "d": 2000, "kb": motion}])
    out = render_draft(draft, refs({"p": textured}), tmp_path / "z.mp4", quality="high").path
    seq = frames(out, 0.0, 60, fmt="gray")
    steps = inter_frame_steps(seq, cols=slice(0, 160), rows=slice(120, 240))
    # zooming in pushes the left edge further left (out: back right), ~0.5 px per frame here
    assert (steps < -0.3).all() if motion == "in" else (steps > 0.3).all(), steps
    k = np.arange(len(steps))
    trend = np.polyval(np.polyfit(k, steps, 2), k)  # the speed drifts slowly as the scale changes
    judder = float(np.sqrt(np.mean((steps - trend) ** 2)))
    assert judder < 0.05, (judder, steps)


# ---- text -------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nemo_skill.media.samples import make_product_images

    return make_product_images(tmp_path_factory.mktemp("render-photo"), n=1, size=(800, 600))[0]


def diff_box(a: np.ndarray, b: np.ndarray, threshold: int = 40) -> tuple[int, int, int, int] | None:
    """Bounding box (left, top, right, bottom) of pixels that differ clearly between two frames."""
    mask = np.abs(a.astype(int) - b.astype(int)).max(axis=2) > threshold
    if not mask.any():
        return None
    ys, xs = np.nonzero(mask)
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def test_title_shows_during_its_time_only(photo: Path, tmp_path: Path) -> None:
    plain = timeline(640, 360, [{"mid": "p", "d": 3000}])
    titled = copy.deepcopy(plain)
    titled["t"].append({"id": "x", "tt": 7, "role": "title", "sg": [
        {"id": "t", "text": "Summer Collection", "s": 1000, "d": 1000, "style": {"fi": 200, "fo": 200}}]})
    media = refs({"p": photo})
    a = render_draft(plain, media, tmp_path / "plain.mp4", quality="low").path
    b = render_draft(titled, media, tmp_path / "titled.mp4", quality="low").path
    during = diff_box(frame_at(a, 1.5), frame_at(b, 1.5))
    save_png(frame_at(b, 1.5), tmp_path / "title.png")
    assert during is not None
    left, top, right, bottom = during
    assert right - left > 200 and 20 < bottom - top < 200  # a line of large text, centred
    assert abs((left + right) / 2 - 320) < 30 and abs((top + bottom) / 2 - 180) < 40
    for t in (0.5, 0.95, 2.05, 2.6):  # before it fades in, after it has faded out
        assert diff_box(frame_at(a, t), frame_at(b, t)) is None, t
    # fading: half-way through the fade-in the text is fainter than at full strength
    faint = np.abs(frame_at(a, 1.1).astype(int) - frame_at(b, 1.1).astype(int)).max()
    full = np.abs(frame_at(a, 1.5).astype(int) - frame_at(b, 1.5).astype(int)).max()
    assert faint < full


def test_vertical_text_stays_in_the_safe_area(photo: Path, tmp_path: Path) -> None:
    w, h = 1080, 1920
    plain = timeline(w, h, [{"mid": "p", "d": 400}])
    texts = copy.deepcopy(plain)
    long = "An unusually long caption that must wrap onto more than one line to fit the screen"
    texts["t"] += [
        {"id": "x1", "tt": 7, "role": "title", "sg": [{"id": "a", "text": "TOP LINE", "s": 0, "d": 400,
                                                        "style": {"pos": "top", "size": "xl", "fi": 0, "fo": 0}}]},
        {"id": "x2", "tt": 7, "role": "caption", "sg": [{"id": "b", "text": long, "s": 0, "d": 400,
                                                          "style": {"pos": "bottom", "size": "l", "fi": 0, "fo": 0}}]},
    ]
    media = refs({"p": photo})
    a = frame_at(render_draft(plain, media, tmp_path / "p.mp4", quality="low").path, 0.2)
    b = frame_at(render_draft(texts, media, tmp_path / "t.mp4", quality="low").path, 0.2)
    save_png(b, tmp_path / "vertical.png")
    box = diff_box(a, b)
    safe = safe_area(w, h)
    assert box is not None
    left, top, right, bottom = box
    assert left >= safe.left and right <= safe.right and top >= safe.top and bottom <= safe.bottom, (box, safe)
    assert bottom - top > h * 0.4  # both the top line and the bottom caption are there


def test_cjk_text_renders_or_warns(photo: Path, tmp_path: Path) -> None:
    draft = timeline(640, 360, [{"mid": "p", "d": 400}],
                     texts=[{"role": "title", "sg": [{"text": "夏季新品 限时优惠", "s": 0, "d": 400,
                                                      "style": {"fi": 0, "fo": 0}}]}])
    plain = timeline(640, 360, [{"mid": "p", "d": 400}])
    media = refs({"p": photo})
    result = render_draft(draft, media, tmp_path / "cjk.mp4", quality="low")
    if cjk_font() is None:
        assert any("CJK" in w for w in result.warnings), result.warnings
        return
    assert result.warnings == []
    a = frame_at(render_draft(plain, media, tmp_path / "p.mp4", quality="low").path, 0.2)
    b = frame_at(result.path, 0.2)
    save_png(b, tmp_path / "cjk.png")
    box = diff_box(a, b)
    assert box is not None and box[2] - box[0] > 150
    # real glyphs, not a row of identical .notdef boxes: the columns of the text differ in ink
    ink = np.abs(a.astype(int) - b.astype(int)).max(axis=2)[box[1]:box[3], box[0]:box[2]] > 40
    per_char = np.array_split(ink, 8, axis=1)
    assert len({int(c.sum()) // 20 for c in per_char}) > 3


def test_no_cjk_font_gives_a_clear_warning(photo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import nemo_skill.render.text_images as text_mod

    monkeypatch.setattr(text_mod, "cjk_font", lambda: None)  # a machine without any CJK font
    draft = timeline(320, 180, [{"mid": "p", "d": 300}], texts=[{"role": "caption", "sg": [
        {"text": "新品", "s": 0, "d": 300}, {"text": "限时优惠", "s": 0, "d": 300}]}])
    result = render_draft(draft, refs({"p": photo}), tmp_path / "w.mp4", quality="low")
    cjk = [w for w in result.warnings if "CJK" in w]
    assert len(cjk) == 1 and "install" in cjk[0]  # said once, with what to do about it
    assert result.path.is_file()


def test_bare_machine_falls_back_to_pillows_bundled_font(photo: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import nemo_skill.render.text_images as text_mod

    monkeypatch.setattr(text_mod, "latin_font", lambda bold: None)  # no DejaVu, no fontconfig
    plain = timeline(640, 360, [{"mid": "p", "d": 300}])
    titled = timeline(640, 360, [{"mid": "p", "d": 300}], texts=[{"role": "title", "sg": [
        {"text": "Still readable", "s": 0, "d": 300, "style": {"fi": 0, "fo": 0}}]}])
    media = refs({"p": photo})
    a = frame_at(render_draft(plain, media, tmp_path / "a.mp4", quality="low").path, 0.1)
    b = frame_at(render_draft(titled, media, tmp_path / "b.mp4", quality="low").path, 0.1)
    box = diff_box(a, b)
    assert box is not None and box[2] - box[0] > 200 and box[3] - box[1] > 30  # large, scaled text
