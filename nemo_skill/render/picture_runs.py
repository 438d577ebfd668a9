"""The pictures stage: consecutive pictures of a track as ONE piped raw-video input.

Each picture's frames are held, cropped (whole-pixel pans) or resampled (zooms, long pans) by the
renderer (``motion.py``), and the crossfades between them are blended as the run is made
(``slides.py``); FFmpeg reads the run from a pipe. The stills are decoded and fitted on worker
threads (``stills.py``) while the rest of the command is built.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..draft.timeline import is_card
from . import motion, slides, visuals
from .graph import BT709, Graph
from .pipes import Feed
from .stills import Still


def picture(g: Graph, seg: dict, n: int, where: str) -> slides.PictureFrames:
    """The frames of one picture (held, a whole-pixel pan, or resampled), its still on the way."""
    ref = g.ref_for(seg["mid"], where)
    return picture_of(g, Path(ref.path), seg, n, where)


def picture_of(g: Graph, path: Path, seg: dict, n: int, where: str) -> slides.PictureFrames:
    """The frames of the picture at ``path`` as segment ``seg`` moves it (``kb``, ``fit``)."""
    meta = g.meta
    fit = seg.get("fit") or meta.get("fit", "cover")
    kb = seg.get("kb")
    if kb is None:
        kb = "in" if meta.get("kb") else "none"
    size = g.size
    pan = visuals.pan_plan(kb, n, size)  # a pan moving whole pixels per frame: crops, no resampling
    frames: slides.PictureFrames
    if pan is not None:
        frames, fit_size = motion.CropFrames(pan, size, n), pan.still
    elif kb in motion.GLIDES and n > 1:
        motion.require_opencv(where)
        frames, fit_size = motion.GlideFrames(motion.still_size(size), size, kb, n), motion.still_size(size)
    else:
        frames, fit_size = slides.HeldFrames(n), size
    g.stills.add(where, path, fit_size, fit, g.bg, pan, frames.set_still)
    return frames


class Stretch:
    """Frames ``[skip, skip + count)`` of a picture's frames, as frames 0.. (a part of a render that
    starts or ends inside the picture): its motion is still planned over the whole picture."""

    def __init__(self, frames: slides.PictureFrames, skip: int, count: int) -> None:
        self.whole, self.skip, self.count = frames, skip, count

    def __len__(self) -> int:
        return self.count

    def set_still(self, still: Still) -> None:
        self.whole.set_still(still)

    def frame(self, k: int, out: np.ndarray) -> np.ndarray:
        return self.whole.frame(self.skip + k, out)


def pictures(g: Graph, run: list[tuple[dict, int, int]], track: dict, tag: str,
             made: range | None = None) -> str:
    """Consecutive pictures ((segment, frames, crossfade frames in)) as one piped input; returns
    the label of its chain. A segment may bring its own frames (``frames_of``: an end card).
    ``made``: only these frames of the run (a part of the render; never inside a crossfade)."""
    motion.require_opencv(f"t/{track['id']}/sg/{run[0][0]['id']}")  # blends and motion
    parts = []
    at = 0  # the run's frame where this picture starts
    for seg, n, fade_in in run:
        where = f"t/{track['id']}/sg/{seg['id']}"
        first = at - fade_in
        at = first + n
        if made is not None and (first + n <= made.start or first >= made.stop):
            continue
        source = frames_of(g, seg, n, where)
        kind = "Ken Burns frames" if not isinstance(source, slides.HeldFrames) else "picture"
        if made is not None and (first < made.start or first + n > made.stop):
            skip = max(0, made.start - first)
            source = Stretch(source, skip, min(n, made.stop - first) - skip)
            fade_in = 0 if skip else fade_in
        parts.append(slides.Slide(f"{where}: {kind}", source, fade_in))
    token = f"nemo-feed:{len(g.feeds)}"
    w, h = g.size
    g.feeds.append(Feed(token, f"t/{track['id']}: pictures", slides.RunFrames(parts, g.size)))
    # a small queue: frames are made as FFmpeg takes them, not held by the thousand
    idx = g.inputs.add([*g.raw, "-s", f"{w}x{h}", "-thread_queue_size", "1", "-i", token])
    g.vchains.append(f"[{idx}:v]{BT709},setsar=1,settb=1/{g.fps},setpts=N[{tag}]")
    return tag


def frames_of(g: Graph, seg: dict, n: int, where: str) -> slides.PictureFrames:
    if is_card(seg):
        from .end_card import card_frames

        return card_frames(g, seg, n, where)
    return picture(g, seg, n, where)
