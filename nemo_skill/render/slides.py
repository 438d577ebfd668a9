"""Runs of consecutive pictures, composed here into one stream of raw frames for FFmpeg.

A promo is mostly pictures joined by crossfades. Each picture's frames are made here anyway when it
moves (``motion.py``), so the crossfades between them are blended here too, and the whole run
reaches FFmpeg as ONE raw-video input: no ``loop``/``split``/``trim``/``xfade``/``concat`` per
picture in the graph, so nothing in it holds frames. Measured: 30 zooming pictures with fades
(75 s at 1080p) peaked at 365 MiB in FFmpeg instead of 1205 MiB (xfade's split inputs held
frames), and rendered 8 % faster; the reference promo takes the same time. Pictures that do not
move now cost a pipe copy per frame (~1 ms; the ``loop`` filter repeated them for free): +0.3 s on
a 30 s slideshow without Ken Burns. ``cv2.addWeighted`` blends a 1080p frame in ~1 ms.
A transition other than a fade (or a cut) ends the run: FFmpeg's ``xfade`` draws it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .pipes import FeedError

# transitions a run blends itself (the rest are xfade's); "none" is a cut
COMPOSED = ("none", "fade")


class PictureFrames(Sized, Iterable[memoryview | bytes], Protocol):
    """One picture's frames (held, cropped or resampled): ``set_still`` hands over the prepared
    picture; iterating yields each frame, possibly in the same buffer each time."""

    def set_still(self, still_yuv: bytes) -> None: ...


class HeldFrames:
    """A picture that does not move: the prepared frame itself, ``frames`` times."""

    def __init__(self, frames: int) -> None:
        self.frames = frames
        self.still_yuv: bytes | None = None

    def __len__(self) -> int:
        return self.frames

    def set_still(self, still_yuv: bytes) -> None:
        self.still_yuv = still_yuv

    def __iter__(self) -> Iterator[bytes]:
        still, self.still_yuv = self.still_yuv, None
        if still is None:
            raise RuntimeError("the picture was never prepared, or its frames were already made")
        for _ in range(self.frames):
            yield still


@dataclass(frozen=True)
class Slide:
    """One picture of a run: ``fade_in`` of its first frames are blended with the previous
    picture's last frames (0: a cut, or the run's first picture). ``label`` names it in errors."""

    label: str
    frames: PictureFrames
    fade_in: int = 0


class RunFrames:
    """The frames of consecutive pictures, crossfades blended: what FFmpeg's ``xfade`` fade gives
    (overlap frame i of L shows the incoming picture at weight i / L)."""

    def __init__(self, slides: list[Slide], frame_bytes: int) -> None:
        self.slides = slides
        self.frame_bytes = frame_bytes
        outs = [s.fade_in for s in slides[1:]] + [0]
        for slide, fade_out in zip(slides, outs, strict=True):
            if slide.fade_in + fade_out > len(slide.frames):
                raise ValueError(f"{slide.label}: transitions longer than the picture")
        self._fade_out = outs

    def __len__(self) -> int:
        return sum(len(s.frames) for s in self.slides) - sum(s.fade_in for s in self.slides)

    def __iter__(self) -> Iterator[memoryview | bytes]:
        import cv2

        cv2.setNumThreads(1)  # FFmpeg's encoder has the other core
        blended = np.empty(self.frame_bytes, dtype=np.uint8)
        previous: Iterator[memoryview | bytes] | None = None  # its last frames fade out
        previous_label = ""
        for slide, fade_out in zip(self.slides, self._fade_out, strict=True):
            frames = _named(slide.label, iter(slide.frames))
            for i in range(slide.fade_in):
                assert previous is not None
                a = np.frombuffer(_next(previous_label, previous), dtype=np.uint8)
                b = np.frombuffer(_next(slide.label, frames), dtype=np.uint8)
                weight = i / slide.fade_in
                cv2.addWeighted(a, 1 - weight, b, weight, 0.0, dst=blended)
                yield blended.data
            for _ in range(len(slide.frames) - slide.fade_in - fade_out):
                yield _next(slide.label, frames)
            previous, previous_label = frames, slide.label


def _named(label: str, frames: Iterator[memoryview | bytes]) -> Iterator[memoryview | bytes]:
    """``frames``, with any failure to make one reported as ``label: reason``."""
    try:
        yield from frames
    except FeedError:
        raise
    except Exception as exc:
        raise FeedError(f"{label}: {exc}") from exc


def _next(label: str, frames: Iterator[memoryview | bytes]) -> memoryview | bytes:
    try:
        return next(frames)
    except StopIteration:
        raise FeedError(f"{label}: ran out of frames") from None
