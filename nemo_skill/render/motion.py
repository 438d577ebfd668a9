"""Ken Burns motion that needs resampling (zooms, pans too long for a whole-pixel crop): the frames
are computed here, one bilinear warp per plane, and streamed to FFmpeg as raw yuv420p.

Why outside FFmpeg: a slow zoom must sample the picture at sub-pixel positions, or it steps by whole
pixels (the ``zoompan`` judder). The only per-frame sub-pixel resampler in FFmpeg's graph is
``perspective``, ~14-18 ms of CPU per 1080p frame; OpenCV's ``warpAffine`` does the same bilinear
sampling (1/32 px) in ~5 ms. The render is still one FFmpeg process and one encode pass: FFmpeg reads
these frames from a pipe as one of its inputs.

The still is prescaled once (Pillow, Lanczos) to the canvas times ``KB_ZOOM``, so the close-up is
1:1 and no frame is ever enlarged (enlarging is what makes a zoom look soft).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .visuals import KB_PANS, KB_ZOOM

GLIDES = ("in", "out", *KB_PANS)


def still_size(canvas: tuple[int, int]) -> tuple[int, int]:
    """The prescaled picture: the canvas enlarged by KB_ZOOM, rounded up to even sizes."""
    w, h = canvas
    return -(-round(w * KB_ZOOM) // 2) * 2, -(-round(h * KB_ZOOM) // 2) * 2


@dataclass(frozen=True)
class Window:
    """The part of the still one frame shows: top-left corner (in still px, pixel edges) and scale
    (still px per canvas px); the window is canvas-shaped."""

    x: float
    y: float
    scale: float


def windows(motion: str, frames: int, canvas: tuple[int, int], still: tuple[int, int]) -> list[Window]:
    """One window per frame. Zooms are linear in magnification (so every point of the picture moves
    at a constant speed on screen) and centred; pans travel at a constant speed, 1:1."""
    if motion not in GLIDES:
        raise ValueError(f"not a resampled Ken Burns motion: {motion!r}")
    w, h = canvas
    sw, sh = still
    wide = min(sw / w, sh / h)  # the largest canvas-shaped window the still holds
    out = []
    for k in range(frames):
        p = k / (frames - 1) if frames > 1 else 0.0
        if motion in ("in", "out"):
            zoom = 1 + (KB_ZOOM - 1) * (p if motion == "in" else 1 - p)
            s = wide / zoom
            out.append(Window((sw - w * s) / 2, (sh - h * s) / 2, s))
            continue
        s = wide / KB_ZOOM
        mx, my = sw - w * s, sh - h * s
        x, y = mx / 2, my / 2
        if motion == "left":  # the picture slides left: the window travels right
            x = mx * p
        elif motion == "right":
            x = mx * (1 - p)
        elif motion == "up":
            y = my * p
        elif motion == "down":
            y = my * (1 - p)
        out.append(Window(x, y, s))
    return out


def _matrices(win: Window) -> tuple[np.ndarray, np.ndarray]:
    """Output -> source affine maps for the luma plane and the (half-size, centre-sited) chroma planes.

    Luma pixel X (centre X + 0.5 in edge coordinates) samples the still at x + (X + 0.5)·s, i.e. at
    pixel index x + (X + 0.5)·s - 0.5. Chroma sample J sits at luma position 2J + 1 (edges), so it
    samples chroma index (x + (2J + 1)·s - 1) / 2 = J·s + (x + s - 1) / 2."""
    s = win.scale
    luma = np.array([[s, 0, win.x + 0.5 * s - 0.5], [0, s, win.y + 0.5 * s - 0.5]], dtype=np.float64)
    chroma = np.array([[s, 0, (win.x + s - 1) / 2], [0, s, (win.y + s - 1) / 2]], dtype=np.float64)
    return luma, chroma


def _planes(buf: np.ndarray, size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Views of the Y, U and V planes of a yuv420p frame held in ``buf`` (flat uint8)."""
    w, h = size
    y_end, u_end = w * h, w * h + (w // 2) * (h // 2)
    return (buf[:y_end].reshape(h, w), buf[y_end:u_end].reshape(h // 2, w // 2),
            buf[u_end:u_end + (w // 2) * (h // 2)].reshape(h // 2, w // 2))


class GlideFrames:
    """The frames of one resampled Ken Burns segment, computed lazily as FFmpeg reads them.

    Iterating yields the same buffer over and over (filled with the next frame): write it out
    before asking for the next one."""

    def __init__(self, still_yuv: bytes, still: tuple[int, int], canvas: tuple[int, int],
                 motion: str, frames: int) -> None:
        self.still_yuv = still_yuv
        self.still = still
        self.canvas = canvas
        self.windows = windows(motion, frames, canvas, still)

    def __len__(self) -> int:
        return len(self.windows)

    def __iter__(self) -> Iterator[memoryview]:
        import cv2

        cv2.setNumThreads(1)  # one segment per thread; FFmpeg's encoder has the other core
        src = _planes(np.frombuffer(self.still_yuv, dtype=np.uint8), self.still)
        w, h = self.canvas
        frame = np.empty(w * h + 2 * (w // 2) * (h // 2), dtype=np.uint8)
        dst = _planes(frame, self.canvas)
        flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
        for win in self.windows:
            luma, chroma = _matrices(win)
            cv2.warpAffine(src[0], luma, (w, h), dst=dst[0], flags=flags, borderMode=cv2.BORDER_REPLICATE)
            for plane in (1, 2):
                cv2.warpAffine(src[plane], chroma, (w // 2, h // 2), dst=dst[plane], flags=flags,
                               borderMode=cv2.BORDER_REPLICATE)
            yield frame.data
