"""Ken Burns frames, made here and streamed to FFmpeg as raw yuv420p (see ``slides.py``).

Pans that move a whole number of pixels per frame are crops of a prescaled still (``CropFrames``):
no resampling. Zooms, and pans too long for that, are resampled (``GlideFrames``), one bilinear
resampling per plane.

Why outside FFmpeg: a slow zoom must sample the picture at sub-pixel positions, or it steps by whole
pixels (the ``zoompan`` judder). The only per-frame sub-pixel resampler in FFmpeg's graph is
``perspective``, ~14-18 ms of CPU per 1080p frame. OpenCV does the same bilinear sampling in
~1.9 ms (centred zooms: four ``resize`` calls, see ``_Quadrants``) or ~5.5 ms (``warpAffine``, any
other window). The render is still one FFmpeg process and one encode pass: FFmpeg reads these
frames from a pipe as one of its inputs.

The still is prescaled once (Pillow, Lanczos) to a little more than the canvas times ``KB_ZOOM``,
so no frame is ever enlarged (enlarging is what makes a zoom look soft).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .model import RenderError
from .stills import Still, still_bytes
from .visuals import KB_PANS, KB_ZOOM, Pan

GLIDES = ("in", "out", *KB_PANS)


# The close-up is a 2 % reduction, not 1:1: OpenCV's resize copies instead of resampling when the
# rounded output size equals the input's, which a scale within ~0.5/width of 1 would hit.
HEADROOM = 1.02


def require_opencv(where: str) -> None:
    """Fail before FFmpeg starts, with the fix, when OpenCV is not installed. (Importing it here
    also keeps its ~50 ms first import out of the time FFmpeg waits for the first frame.)"""
    try:
        import cv2  # noqa: F401
    except ImportError as exc:
        raise RenderError(f"{where}: Ken Burns motion needs OpenCV, which is missing: "
                          "pip install 'media-content-generator[local]'") from exc


def still_size(canvas: tuple[int, int]) -> tuple[int, int]:
    """The prescaled picture: the canvas enlarged by KB_ZOOM (and HEADROOM), rounded up to multiples
    of 4 (so its chroma planes have a whole-pixel centre too, see ``_Quadrants``)."""
    w, h = canvas
    z = KB_ZOOM * HEADROOM
    return -(-round(w * z) // 4) * 4, -(-round(h * z) // 4) * 4


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


class _Warp:
    """Any window: one bilinear ``warpAffine`` of the plane (~1.7 ns per output pixel)."""

    def __init__(self, plane: np.ndarray) -> None:
        self.plane = plane

    def draw(self, scale: float, matrix: np.ndarray, dst: np.ndarray) -> None:
        """``dst`` sampled through ``matrix`` (output -> source; ``scale`` is its diagonal)."""
        import cv2

        cv2.warpAffine(self.plane, matrix, (dst.shape[1], dst.shape[0]), dst=dst,
                       flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)


class _Quadrants:
    """A window centred on the plane: four ``resize`` calls, 2.5x cheaper than a warp, same sampling.

    ``resize`` with a scale factor (not a size) samples exactly at (X + 0.5)·s - 0.5 from the input's
    origin, but that origin is a whole pixel, so an off-grid window cannot be placed. A centred zoom
    fixes the centre, so each quadrant is resized from the plane's centre outwards: the quadrants are
    stored mirrored, their origin at the centre, and the results are mirrored back. Needs the plane
    and the output to split into whole-pixel halves."""

    def __init__(self, plane: np.ndarray) -> None:
        self.fallback: _Warp | None = None  # made from the quadrants if ever needed (see draw)
        self.scratch: np.ndarray | None = None  # resize's output, reused
        h, w = plane.shape
        cy, cx = h // 2, w // 2
        self.quads = {(0, 0): np.ascontiguousarray(plane[cy - 1::-1, cx - 1::-1]),
                      (0, 1): np.ascontiguousarray(plane[cy - 1::-1, cx:]),
                      (1, 0): np.ascontiguousarray(plane[cy:, cx - 1::-1]),
                      (1, 1): np.ascontiguousarray(plane[cy:, cx:])}

    @staticmethod
    def fits(plane: np.ndarray, out: tuple[int, int]) -> bool:  # out: (rows, columns)
        return all(v % 2 == 0 for v in (*plane.shape, *out))

    def draw(self, scale: float, matrix: np.ndarray, dst: np.ndarray) -> None:
        import cv2

        hh, hw = dst.shape[0] // 2, dst.shape[1] // 2
        qh, qw = self.quads[(1, 1)].shape
        # just the source that reaches the output (+2 px so bilinear never touches the cut edge)
        rh, rw = min(qh, int(hh * scale) + 2), min(qw, int(hw * scale) + 2)
        if scale != 1 and (round(rw / scale) == rw or round(rh / scale) == rh):
            if self.fallback is None:
                q = self.quads
                self.fallback = _Warp(np.block([[q[(0, 0)][::-1, ::-1], q[(0, 1)][::-1, :]],
                                                [q[(1, 0)][:, ::-1], q[(1, 1)]]]))
            self.fallback.draw(scale, matrix, dst)  # resize would copy, not resample (see HEADROOM)
            return
        # resized into one reused buffer and mirrored back by cv2.flip: a fresh array per call and
        # numpy's reversed-stride copies cost 0.35 ms of a 1080p frame's 2.2 ms (now 1.9)
        made = (round(rh / scale), round(rw / scale))  # the size resize makes (else it allocates)
        if self.scratch is None or self.scratch.shape[0] < made[0] or self.scratch.shape[1] < made[1]:
            self.scratch = np.empty((made[0] + 4, made[1] + 4), dtype=np.uint8)
        for (top, left), quad in self.quads.items():
            part = cv2.resize(quad[:rh, :rw], None, dst=self.scratch[:made[0], :made[1]], fx=1 / scale,
                              fy=1 / scale, interpolation=cv2.INTER_LINEAR)[:hh, :hw]
            target = dst[hh * top:hh * (top + 1), hw * left:hw * (left + 1)]
            if top and left:
                target[:] = part
            else:  # flip codes: 0 turns rows over, 1 columns, -1 both
                cv2.flip(part, 1 if top else 0 if left else -1, dst=target)


def frame_buffer(canvas: tuple[int, int]) -> np.ndarray:
    """An empty yuv420p frame of the canvas, flat."""
    w, h = canvas
    return np.empty(w * h + 2 * (w // 2) * (h // 2), dtype=np.uint8)


class _Frames:
    """Frames of one picture, drawn on request: ``set_still`` hands over the prepared picture,
    ``frame(k, out)`` draws frame ``k`` into ``out`` (a flat yuv420p buffer) and returns it.
    Iterating yields every frame in one reused buffer: write it out before asking for the next."""

    def __init__(self, canvas: tuple[int, int], frames: int) -> None:
        self.canvas, self.frames = canvas, frames
        self.still_yuv: Still | None = None  # the picture, yuv420p (or being prepared: set_still)

    def __len__(self) -> int:
        return self.frames

    def set_still(self, still: Still) -> None:
        self.still_yuv = still

    def _take_still(self) -> bytes:
        still_yuv, self.still_yuv = self.still_yuv, None
        if still_yuv is None:
            raise RuntimeError("the picture was never prepared, or its frames were already made")
        return still_bytes(still_yuv)

    def frame(self, k: int, out: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def __iter__(self) -> Iterator[memoryview]:
        out = frame_buffer(self.canvas)
        for k in range(self.frames):
            yield self.frame(k, out).data


class CropFrames(_Frames):
    """A whole-pixel pan (``visuals.Pan``): each frame is a canvas-sized window of the prescaled
    still, ``speed`` px further along than the last; no pixel is resampled.

    With an odd speed, odd positions are cropped at the even position one pixel back from the
    still's shifted copy (``visuals.pan_frame``), so chroma moves exactly with luma."""

    def __init__(self, pan: Pan, canvas: tuple[int, int], frames: int) -> None:
        super().__init__(canvas, frames)
        self.pan = pan
        self.src: tuple[np.ndarray, ...] | None = None

    def corner(self, k: int) -> tuple[int, int]:
        """Top-left corner (x, y) of frame ``k``'s window in the written frame: always even."""
        pan, (w, h) = self.pan, self.canvas
        sw, sh = pan.still
        pos = k * pan.speed if pan.motion in ("left", "up") else pan.travel - k * pan.speed
        odd = pos % 2 if pan.phases else 0
        across = (sh - h if pan.horizontal else sw - w) // 4 * 2  # centred, even
        if pan.horizontal:
            return pos - odd, across + odd * sh
        return across + odd * sw, pos - odd

    def frame(self, k: int, out: np.ndarray) -> np.ndarray:
        if self.src is None:
            self.src = _planes(np.frombuffer(self._take_still(), dtype=np.uint8), self.pan.frame)
        w, h = self.canvas
        x, y = self.corner(k)
        dst = _planes(out, self.canvas)
        dst[0][:] = self.src[0][y:y + h, x:x + w]
        for plane, part in zip(self.src[1:], dst[1:], strict=True):
            part[:] = plane[y // 2:y // 2 + h // 2, x // 2:x // 2 + w // 2]
        if k == self.frames - 1:
            self.src = None  # the last frame: let the picture go
        return out


class GlideFrames(_Frames):
    """The frames of one resampled Ken Burns segment, computed as FFmpeg reads them."""

    def __init__(self, still: tuple[int, int], canvas: tuple[int, int], motion: str, frames: int,
                 still_yuv: bytes | None = None) -> None:
        super().__init__(canvas, frames)
        self.still_yuv = still_yuv
        self.still = still
        self.centred = motion in ("in", "out")
        self.windows = windows(motion, frames, canvas, still)
        self.samplers: list[_Warp | _Quadrants] | None = None

    def _samplers(self) -> list[_Warp | _Quadrants]:
        import cv2

        cv2.setNumThreads(1)  # FFmpeg's encoder has the other core
        # taken, not kept: quadrant samplers copy what they need, so a long render does not hold
        # every picture twice (a warp keeps a view, which keeps the bytes)
        src = _planes(np.frombuffer(self._take_still(), dtype=np.uint8), self.still)
        w, h = self.canvas
        shapes = [(h, w), (h // 2, w // 2), (h // 2, w // 2)]
        return [_Quadrants(p) if self.centred and _Quadrants.fits(p, d) else _Warp(p)
                for p, d in zip(src, shapes, strict=True)]

    def frame(self, k: int, out: np.ndarray) -> np.ndarray:
        if self.samplers is None:
            self.samplers = self._samplers()
        win = self.windows[k]
        luma, chroma = _matrices(win)
        for sampler, matrix, part in zip(self.samplers, (luma, chroma, chroma), _planes(out, self.canvas),
                                         strict=True):
            sampler.draw(win.scale, matrix, part)
        if k == self.frames - 1:
            self.samplers = None  # the last frame: let the picture go
        return out
