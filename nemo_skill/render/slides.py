"""Runs of consecutive pictures, composed here into one stream of raw frames for FFmpeg.

A promo is mostly pictures joined by crossfades. Each picture's frames are made here anyway when it
moves (``motion.py``), so the crossfades between them are blended here too, and the whole run
reaches FFmpeg as ONE raw-video input: no ``loop``/``split``/``trim``/``xfade``/``concat`` per
picture in the graph, so nothing in it holds frames. Measured: 30 zooming pictures with fades
(75 s at 1080p) peaked at 365 MiB in FFmpeg instead of 1205 MiB (xfade's split inputs held
frames), and rendered 8 % faster; the reference promo takes the same time. Pictures that do not
move are piped too: having FFmpeg repeat them (and crop whole-pixel pans) inside a run measured the
same, see the README. ``cv2.addWeighted`` blends a 1080p frame in ~1 ms.
A transition other than a fade (or a cut) ends the run: FFmpeg's ``xfade`` draws it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sized
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .motion import frame_buffer
from .pipes import FeedError
from .stills import Still, still_bytes

# transitions a run blends itself (the rest are xfade's); "none" is a cut
COMPOSED = ("none", "fade")


class PictureFrames(Sized, Protocol):
    """One picture's frames (held, cropped or resampled): ``set_still`` hands over the prepared
    picture; ``frame(k, out)`` returns frame ``k``, drawn into ``out`` or a buffer that never
    changes. Frames are asked for in order, each once."""

    def set_still(self, still: Still) -> None: ...

    def frame(self, k: int, out: np.ndarray) -> np.ndarray: ...


class HeldFrames:
    """A picture that does not move: the prepared frame itself, every time (it never changes)."""

    def __init__(self, frames: int) -> None:
        self.frames = frames
        self.source: Still | None = None
        self.still: np.ndarray | None = None

    def __len__(self) -> int:
        return self.frames

    def set_still(self, still: Still) -> None:
        self.source = still

    def frame(self, k: int, out: np.ndarray) -> np.ndarray:
        if self.still is None and self.source is not None:  # the first frame: wait for the picture
            self.still, self.source = np.frombuffer(still_bytes(self.source), dtype=np.uint8), None
        if self.still is None:
            raise RuntimeError("the picture was never prepared, or its frames were already made")
        still = self.still
        if k == self.frames - 1:
            self.still = None
        return still


@dataclass(frozen=True)
class Slide:
    """One picture of a run: ``fade_in`` of its first frames are blended with the previous
    picture's last frames (0: a cut, or the run's first picture). ``label`` names it in errors."""

    label: str
    frames: PictureFrames
    fade_in: int = 0


class RunFrames:
    """The frames of consecutive pictures, crossfades blended: what FFmpeg's ``xfade`` fade gives
    (overlap frame i of L shows the incoming picture at weight i / L). Iterating yields each frame
    in a reused buffer: write it out before asking for the next one."""

    def __init__(self, slides: list[Slide], canvas: tuple[int, int]) -> None:
        self.slides = slides
        self.canvas = canvas
        outs = [s.fade_in for s in slides[1:]] + [0]
        for slide, fade_out in zip(slides, outs, strict=True):
            if slide.fade_in + fade_out > len(slide.frames):
                raise ValueError(f"{slide.label}: transitions longer than the picture")
        self._fade_out = outs
        self.frames = sum(len(s.frames) for s in slides) - sum(s.fade_in for s in slides)

    def __len__(self) -> int:
        return self.frames

    def __iter__(self) -> Iterator[memoryview]:
        import cv2

        cv2.setNumThreads(1)  # FFmpeg's encoder has the other core
        out = frame_buffer(self.canvas)
        mixing = [frame_buffer(self.canvas) for _ in range(2)]

        def draw(slide: Slide, k: int, out: np.ndarray) -> np.ndarray:
            try:
                return slide.frames.frame(k, out)
            except FeedError:  # already says which picture (a still that could not be read)
                raise
            except Exception as exc:
                raise FeedError(f"{slide.label}: {exc}") from exc

        previous: Slide | None = None  # its last frames fade out under the next picture's first
        slides, self.slides = self.slides, []  # made once (each picture lets its still go after its last frame)
        if len(slides) != len(self._fade_out):
            raise RuntimeError("these pictures' frames were already made")
        for slide, fade_out in zip(slides, self._fade_out, strict=True):
            n = len(slide.frames)
            for i in range(slide.fade_in):
                assert previous is not None
                a = draw(previous, len(previous.frames) - slide.fade_in + i, mixing[0])
                b = draw(slide, i, mixing[1])
                weight = i / slide.fade_in
                cv2.addWeighted(a, 1 - weight, b, weight, 0.0, dst=out)
                yield out.data
            for k in range(slide.fade_in, n - fade_out):
                yield draw(slide, k, out).data
            previous = slide
