"""Ken Burns frames made outside FFmpeg (nemo_skill.render.motion), checked against a float model."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from nemo_skill.render import motion, visuals


def still(size: tuple[int, int]) -> bytes:
    """A smooth random picture (no symmetry: a mirrored quadrant would show)."""
    rng = np.random.default_rng(7)
    img = Image.fromarray((rng.random((size[1] // 8, size[0] // 8, 3)) * 255).astype(np.uint8))
    return visuals.yuv420(img.resize(size, Image.Resampling.BICUBIC))


def ideal_plane(plane: np.ndarray, matrix: np.ndarray, out: tuple[int, int]) -> np.ndarray:
    """Bilinear sampling in float64 at the positions ``matrix`` gives (output -> source)."""
    (s, _, tx), (_, _, ty) = matrix
    xs, ys = np.arange(out[0]) * s + tx, np.arange(out[1]) * s + ty
    x0 = np.clip(np.floor(xs).astype(int), 0, plane.shape[1] - 2)
    y0 = np.clip(np.floor(ys).astype(int), 0, plane.shape[0] - 2)
    fx, fy = np.clip(xs - x0, 0, 1), np.clip(ys - y0, 0, 1)
    p = plane.astype(np.float64)
    top = p[y0][:, x0] * (1 - fx) + p[y0][:, x0 + 1] * fx
    bottom = p[y0 + 1][:, x0] * (1 - fx) + p[y0 + 1][:, x0 + 1] * fx
    return top * (1 - fy)[:, None] + bottom * fy[:, None]


@pytest.mark.parametrize("canvas", [(640, 360), (540, 676), (270, 338)])  # the last: odd chroma halves
@pytest.mark.parametrize("kb", ["in", "out", "left", "down"])
def test_every_frame_samples_where_the_window_says(canvas: tuple[int, int], kb: str) -> None:
    size = motion.still_size(canvas)
    yuv = still(size)
    frames = motion.GlideFrames(size, canvas, kb, 12, yuv)
    src = motion._planes(np.frombuffer(yuv, np.uint8), size)
    w, h = canvas
    for k, frame in enumerate(frames):
        got = motion._planes(np.frombuffer(frame, np.uint8).copy(), canvas)
        luma, chroma = motion._matrices(frames.windows[k])
        for plane, (g, m, out) in enumerate(zip(got, (luma, chroma, chroma), ((w, h), (w // 2, h // 2),
                                                                             (w // 2, h // 2)), strict=True)):
            err = np.abs(g.astype(np.float64) - ideal_plane(src[plane], m, out))
            # 8-bit fixed-point weights: never a whole code value off, on average a quarter
            assert err.max() <= 1.0 and err.mean() < 0.35, (kb, k, plane, err.max(), err.mean())


def test_zoom_windows_are_centred_linear_in_magnification_and_never_enlarge() -> None:
    canvas = (1920, 1080)
    size = motion.still_size(canvas)
    assert size[0] % 4 == 0 and size[1] % 4 == 0 and size[0] >= 1920 * visuals.KB_ZOOM
    wins = motion.windows("in", 5, canvas, size)
    zoom = [wins[0].scale / w.scale for w in wins]
    assert np.allclose(np.diff(zoom), (visuals.KB_ZOOM - 1) / 4)  # equal steps of magnification
    assert wins[0].scale == min(size[0] / 1920, size[1] / 1080)  # wide: the whole still
    assert 1.01 < wins[-1].scale < 1.03  # close-up: a little reduced, never enlarged
    for win in wins:  # centred
        assert win.x + 1920 * win.scale / 2 == pytest.approx(size[0] / 2)
        assert win.y + 1080 * win.scale / 2 == pytest.approx(size[1] / 2)
    out = motion.windows("out", 5, canvas, size)
    assert [w.scale for w in out] == [w.scale for w in reversed(wins)]
