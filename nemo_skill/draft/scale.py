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
PREVIEW_FPS = 24  # a quarter fewer frames than 30 fps; the schema's lowest frame rate
MIN_SIDE = 64  # the schema's smallest width / height


def _even(x: float) -> int:
    """Nearest even integer (x264 with yuv420p needs even sides), at least MIN_SIDE."""
    return max(MIN_SIDE, 2 * round(x / 2))


def scaled_size(width: int, height: int, short_side: int) -> tuple[int, int]:
    """(width, height) with the shorter side ``short_side`` and the aspect kept; never larger than
    the original (a canvas already that small is kept as it is)."""
    short = min(width, height)
    if short <= short_side:
        return width, height
    k = short_side / short
    return _even(width * k), _even(height * k)


def scale_draft(draft: dict[str, Any], short_side: int = PREVIEW_SHORT_SIDE,
                fps: int | None = PREVIEW_FPS) -> dict[str, Any]:
    """A copy of ``draft`` on a canvas whose short side is ``short_side`` px (aspect kept), at
    ``fps`` frames per second when that is lower than the draft's (None keeps it). Pure."""
    out = copy.deepcopy(draft)
    meta = out.setdefault("m", {})
    width, height = int(meta.get("width", DEFAULT_CANVAS["width"])), int(meta.get("height", DEFAULT_CANVAS["height"]))
    meta["width"], meta["height"] = scaled_size(width, height, short_side)
    if fps is not None and int(meta.get("fps", DEFAULT_CANVAS["fps"])) > fps:
        meta["fps"] = fps
    return out
