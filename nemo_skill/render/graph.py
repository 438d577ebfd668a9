"""The inputs stage: what every later stage of a compile shares.

``Graph`` holds the draft's canvas and timing (whole frames), the FFmpeg inputs opened so far, the
video and audio filter chains, and what the stages collect on the way (clip sound, warnings, shots,
piped feeds, stills being prepared). Each stage (``picture_runs``, ``clip_chains``, ``main_track``,
``layers``, ``encoder``; ``audio`` for the sound) takes it and appends to it; none keeps locals
another one needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..draft.timeline import TT_AUDIO, TT_VIDEO, is_image
from . import audio, visuals
from .model import MediaRef, RenderError
from .pipes import Feed
from .stills import Stills

# Tags only (no conversion): the stills are written as BT.709 and everything is converted to it, and
# FFmpeg >= 7.1 would otherwise "convert" untagged frames to the encoder's colour space.
BT709 = "setparams=range=tv:colorspace=bt709:color_primaries=bt709:color_trc=bt709"


@dataclass(frozen=True)
class Shot:
    """A main-track segment as the contact sheet needs it."""

    name: str
    start: float  # seconds
    end: float
    mid: float  # a moment with no transition and no motion blur of a cut


class Inputs:
    """FFmpeg's ``-i`` arguments, in order; ``add`` returns the input's index."""

    def __init__(self) -> None:
        self.args: list[str] = []
        self.count = 0

    def add(self, args: list[str]) -> int:
        self.args += args
        self.count += 1
        return self.count - 1


def is_gif(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"GIF8"
    except OSError:
        return False


@dataclass
class Graph:
    draft: dict
    media: Mapping[str, MediaRef]
    workdir: Path
    exe: str
    inputs: Inputs = field(default_factory=Inputs)
    vchains: list[str] = field(default_factory=list)
    achains: list[str] = field(default_factory=list)
    clip_audio: list[audio.AudioInput] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    shots: list[Shot] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    stills: Stills = field(default_factory=Stills)
    base: str = ""  # the label of the video so far (main track, then each layer over it)
    layers: int = 0  # overlays laid over the base so far
    title_time: float | None = None  # seconds: the title fully shown (the poster frame)
    # The frames this graph makes, on the whole video's frame clock: all of them for a whole render,
    # a part's [start, stop) for a chunk (``chunks.py``). Streams keep global timestamps (frame
    # ``origin`` is PTS ``origin``), so time expressions and overlay timing need no change; only
    # frame counters (``n``, which start at the part's first frame) are offset by ``origin``.
    part: range | None = None

    @property
    def meta(self) -> dict:
        return self.draft["m"]

    @property
    def size(self) -> tuple[int, int]:
        return self.meta["width"], self.meta["height"]

    @property
    def fps(self) -> int:
        return int(self.meta["fps"])

    @property
    def bg_hex(self) -> str:
        return str(self.meta.get("bg", "#000000"))

    @property
    def bg(self) -> tuple[int, int, int]:
        return visuals.hex_rgb(self.bg_hex)

    @property
    def ffbg(self) -> str:
        return "0x" + self.bg_hex.lstrip("#")

    @property
    def total_frames(self) -> int:
        return round(self.draft["d"] * self.fps / 1000)

    @property
    def raw(self) -> list[str]:
        """Input options of a piped raw-video feed (frames made by the renderer)."""
        return ["-f", "rawvideo", "-pix_fmt", "yuv420p", "-color_range", "tv", "-framerate", str(self.fps)]

    @property
    def span(self) -> range:
        """The frames made: the whole video, or the part's."""
        return self.part if self.part is not None else range(self.total_frames)

    @property
    def origin(self) -> int:
        return self.span.start

    def shows(self, s0: int, s1: int) -> bool:
        """Frames [s0, s1) meet the frames made (a layer outside a part is left out of its graph)."""
        return s0 < self.span.stop and s1 > self.span.start

    def fr(self, ms: int) -> int:
        return round(ms * self.fps / 1000)

    def sec(self, frames: int) -> str:
        return f"{frames / self.fps:.6f}"

    def ref_for(self, mid: str, where: str) -> MediaRef:
        ref = self.media.get(mid)
        if ref is None:
            raise RenderError(f"{where}: media {mid!r} is not available")
        if not Path(ref.path).is_file():
            raise RenderError(f"{where}: media file for {mid!r} is missing ({Path(ref.path).name})")
        return ref

    def is_picture(self, seg: dict, where: str) -> bool:
        ref = self.ref_for(seg["mid"], where)
        if is_image(seg) and ref.kind != "image":
            raise RenderError(f"{where}: media {seg['mid']!r} is a {ref.kind}, not an image")
        return ref.kind == "image"

    def warn(self, warning: str | None) -> None:
        if warning and warning not in self.warnings:
            self.warnings.append(warning)

    def overlay(self, src: str, x: int | str, y: int | str, s0: int, s1: int) -> None:
        """Lay the stream ``src`` over the base from frame ``s0`` to ``s1`` (exclusive); ``x`` and
        ``y`` may be overlay expressions (evaluated per frame)."""
        self.layers += 1
        layered = f"o{self.layers}"
        xs, ys = (f"'{v}'" if isinstance(v, str) else str(v) for v in (x, y))
        self.vchains.append(f"[{self.base}][{src}]overlay=x={xs}:y={ys}:eof_action=pass:format=yuv420:"
                            f"enable='between(n,{s0 - self.origin},{s1 - 1 - self.origin})'[{layered}]")
        self.base = layered


def may_have_clip_sound(draft: dict, media: Mapping[str, MediaRef]) -> bool:
    refs = (media.get(seg.get("mid", "")) for t in draft["t"] if t["tt"] == TT_VIDEO for seg in t["sg"])
    return any(ref is not None and ref.kind == "video" for ref in refs)


def has_sound(draft: dict, clip_audio: list[audio.AudioInput]) -> bool:
    return bool(clip_audio) or any(t["tt"] == TT_AUDIO and t["sg"] and not t.get("mute") for t in draft["t"])
