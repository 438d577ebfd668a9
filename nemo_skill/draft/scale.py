"""A draft on a smaller canvas: what the workspace page's quick previews render.

Everything in a draft that depends on the canvas follows from ``m.width`` / ``m.height``: text sizes
are fractions of the short side, fits and Ken Burns moves are relative to the frame and times are in
milliseconds. So scaling a draft only changes its canvas (and, optionally, its frame rate), and the
renderer draws the same edit with about a fifth of the pixels at 480p.
"""

from __future__ import annotations

import copy
from typing import Any

from .timeline import DEFAULT_CANVAS

PREVIEW_SHORT_SIDE = 480
# Half the frames of 30 fps. Frames are what a preview costs (x264, the Ken Burns frames, the
# overlays): on the reference timeline 24 -> 15 fps took the preview from 3.3 to 2.5 s of CPU and
# from 0.092x to 0.070x of its length to a playable file (median of 8 alternating runs, load ~8).
# Below the schema's frame rates (24, 25, 30, 60): render_draft scales a draft for a preview after
# validating it. Motion is slow in a promo (a Ken Burns pan at 480p moves ~1 px per frame at 15 fps),
# cuts land within a frame (67 ms) of the export's, text and fades are the same.
PREVIEW_FPS = 15
MIN_SIDE = 64  # the schema's smallest width / height
# Sides a multiple of 4, not just even: then the chroma planes (half size) split into whole-pixel
# halves too, and a centred Ken Burns zoom resamples them with four cheap ``resize`` calls instead
# of one ``warpAffine`` (render/motion.py). At 854x480 (chroma 427 wide) the chroma warps took
# 0.31 s of the reference preview's 0.55 s of frame-making; 852x480 crops 0.2 % of the width.
SIDE_MULTIPLE = 4


def _rounded(x: float) -> int:
    """Nearest multiple of SIDE_MULTIPLE (x264 with yuv420p needs even sides), at least MIN_SIDE."""
    return max(MIN_SIDE, SIDE_MULTIPLE * round(x / SIDE_MULTIPLE))


def scaled_size(width: int, height: int, short_side: int) -> tuple[int, int]:
    """(width, height) with the shorter side ``short_side`` and the aspect kept (to the nearest
    SIDE_MULTIPLE px); never larger than the original (a canvas already that small is kept as it is)."""
    short = min(width, height)
    if short <= short_side:
        return width, height
    k = short_side / short
    return _rounded(width * k), _rounded(height * k)


def scale_draft(draft: dict[str, Any], short_side: int = PREVIEW_SHORT_SIDE,
                fps: int | None = PREVIEW_FPS) -> dict[str, Any]:
    """A copy of ``draft`` on a canvas whose short side is ``short_side`` px (aspect kept), at
    ``fps`` frames per second when that is lower than the draft's (None keeps it). Pure. The frame
    rate may be one the schema does not offer (PREVIEW_FPS): a render-only draft."""
    out = copy.deepcopy(draft)
    meta = out.setdefault("m", {})
    width, height = int(meta.get("width", DEFAULT_CANVAS["width"])), int(meta.get("height", DEFAULT_CANVAS["height"]))
    meta["width"], meta["height"] = scaled_size(width, height, short_side)
    if fps is not None and int(meta.get("fps", DEFAULT_CANVAS["fps"])) > fps:
        meta["fps"] = fps
    return out
