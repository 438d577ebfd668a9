"""The renderer's output as a platform sees it: probed from the file, at full size."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from mediacheck import audio_peak, frame_at, loudness, probe, refs, timeline, video_duration
from PIL import Image

from nemo_skill.media.samples import make_music, make_product_images, make_voiceover
from nemo_skill.render import RenderResult, render_draft

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("render-out-assets")
    imgs = make_product_images(d, n=3, size=(1600, 1200))
    return {"img0": imgs[0], "img1": imgs[1], "img2": imgs[2],
            "voice": make_voiceover(d / "voice.wav", seconds=3.0),
            "music": make_music(d / "music.mp3", seconds=2.0)}


def spec_checks(result: RenderResult, draft: dict) -> None:
    """What every render must satisfy, read back from the file."""
    fps = draft["m"]["fps"]
    p = probe(result.path)
    assert (p.width, p.height) == (draft["m"]["width"], draft["m"]["height"])
    assert p.video_codec == "h264" and p.profile == "High"
    assert p.pix_fmt == "yuv420p" and p.color_range == "tv"
    assert abs(p.fps - fps) < 0.01
    assert abs(video_duration(result.path) - draft["d"] / 1000) <= 1 / fps + 1e-6
    assert abs(p.duration - draft["d"] / 1000) <= 1 / fps + 1e-6
    assert p.audio_codec == "aac" and p.sample_rate == 48000 and p.channels == 2
    assert result.size == result.path.stat().st_size > 0
    with open(result.path, "rb") as fh:  # +faststart: the index comes before the media data
        head = fh.read(200_000)
    assert head.find(b"moov") != -1 and (head.find(b"mdat") == -1 or head.find(b"moov") < head.find(b"mdat"))


def test_landscape_1080p_full_timeline(assets: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(
        1920, 1080,
        [{"mid": "img0", "d": 1600, "kb": "in"},
         {"mid": "img1", "d": 1600, "kb": "left", "tr": {"type": "fade", "d": 400}},
         {"mid": "img2", "d": 1400, "fit": "contain", "tr": {"type": "slideleft", "d": 400}}],
        audio=[{"role": "voice", "sg": [{"mid": "voice", "s": 200, "d": 3000}]},
               {"role": "music", "vol": 0.35, "duck": True,
                "sg": [{"mid": "music", "s": 0, "d": 3800, "loop": True, "fi": 300, "fo": 500}]}],
        texts=[{"role": "title", "sg": [{"text": "Summer Collection", "s": 0, "d": 1500}]},
               {"role": "caption", "sg": [{"text": "Blue backpack", "s": 1500, "d": 1500,
                                           "style": {"pos": "lower_third", "box": True}}]}],
        title="Summer", bg="#000000")
    seen: list[float] = []
    result = render_draft(draft, refs(assets), tmp_path / "out.mp4", quality="high", progress=seen.append)
    spec_checks(result, draft)
    assert result.duration == pytest.approx(3.8)
    lufs = loudness(result.path)
    assert -16 <= lufs <= -12, lufs
    # progress: increasing, ends at exactly 1.0
    assert len(seen) >= 2 and seen[-1] == 1.0
    assert all(b >= a for a, b in zip(seen, seen[1:], strict=False))
    # poster and contact sheet beside the video
    assert result.poster == tmp_path / "out.poster.png" and result.sheet == tmp_path / "out.sheet.png"
    with Image.open(result.poster) as poster:
        assert poster.size == (1920, 1080)
    with Image.open(result.sheet) as sheet:
        assert sheet.width > sheet.height  # three shots in a row
    assert result.warnings == []
    assert not list(tmp_path.glob(".*partial*"))


def test_vertical_1080x1920_music_only_and_quality_low(assets: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(1080, 1920, [{"mid": "img0", "d": 1200}, {"mid": "img1", "d": 1200,
                                                               "tr": {"type": "wipeup", "d": 300}}],
                     audio=[{"role": "music", "sg": [{"mid": "music", "s": 0, "d": 2100, "loop": True}]}])
    result = render_draft(draft, refs(assets), tmp_path / "v.mp4", quality="low")
    spec_checks(result, draft)
    assert -16 <= loudness(result.path) <= -12


@pytest.mark.parametrize("size", [(1080, 1080), (1080, 1350), (1280, 720), (720, 1280)])
def test_canvas_sizes(size: tuple[int, int], assets: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(*size, [{"mid": "img0", "d": 300}])
    result = render_draft(draft, refs(assets), tmp_path / "c.mp4", quality="low")
    spec_checks(result, draft)


def test_silent_draft_still_has_a_silent_aac_track(assets: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(320, 180, [{"mid": "img0", "d": 1000}], fps=25)
    result = render_draft(draft, refs(assets), tmp_path / "s.mp4", quality="medium")
    spec_checks(result, draft)
    assert audio_peak(result.path) < 1e-3


def test_text_only_draft_renders_on_the_canvas_colour(tmp_path: Path) -> None:
    draft = timeline(320, 180, [], texts=[{"role": "title", "sg": [{"text": "Hello", "s": 0, "d": 1000}]}],
                     bg="#2040c0")
    result = render_draft(draft, {}, tmp_path / "t.mp4", quality="low")
    spec_checks(result, draft)
    corner = frame_at(result.path, 0.5)[5, 5].astype(int)
    assert np.abs(corner - [0x20, 0x40, 0xC0]).max() < 12


def test_colours_are_encoded_as_tagged_bt709_limited_range(tmp_path: Path) -> None:
    import av

    green = tmp_path / "green.png"
    Image.new("RGB", (64, 64), (0, 192, 0)).save(green)
    draft = timeline(320, 180, [{"mid": "g", "d": 300}])
    out = render_draft(draft, refs({"g": green}), tmp_path / "g.mp4", quality="high").path
    with av.open(str(out)) as c:
        cc = c.streams.video[0].codec_context
        assert (cc.colorspace, cc.color_primaries, cc.color_trc, cc.color_range) == (1, 1, 1, 1)  # BT.709, tv
        planes = next(c.decode(video=0)).to_ndarray()  # yuv420p: Y rows, then U and V
    y, u, v = int(planes[90, 160]), int(planes[180 + 20, 80]), int(planes[180 + 45 + 20, 80])
    # (0, 192, 0) in BT.709 limited range is Y 134, Cb 63, Cr 51 (BT.601 would give 113, 72, 57)
    assert abs(y - 134) <= 2 and abs(u - 63) <= 2 and abs(v - 51) <= 2, (y, u, v)
