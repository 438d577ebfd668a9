"""Draft -> one FFmpeg command: inputs, a video filtergraph, an audio filtergraph, encoder settings.

Timing is done in whole frames so a 30 s draft gives exactly 900 frames at 30 fps: segment k covers
frames [round(s*fps), round((s+d)*fps)); a transition is the overlap with the previous segment, so
``xfade`` offsets are simply each segment's first frame. Video and audio are separate graphs, which
FFmpeg runs on separate threads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import audio, encoder
from .encoder import QUALITY
from .graph import BT709, Graph, Shot, has_sound, may_have_clip_sound
from .layers import overlay_tracks, text_tracks
from .main_track import main_track
from .model import MediaRef, RenderError
from .pipes import Feed
from .stills import in_background

__all__ = ["BT709", "QUALITY", "Plan", "Shot", "compile_draft"]


@dataclass
class Plan:
    args: list[str]
    duration: float  # seconds, exact
    frames: int
    shots: list[Shot]
    poster_time: float
    warnings: list[str] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)  # raw frames FFmpeg reads from pipes
    # poster_time and each shot's mid -> the picture FFmpeg writes of that frame (RGB, BMP)
    snapshots: dict[float, Path] = field(default_factory=dict)
    measured_gain_db: float | None = None  # the gain the measuring run found (None: given, or no sound)


def compile_draft(draft: dict, media: Mapping[str, MediaRef], out: Path, workdir: Path,
                  quality: str = "high", gain_db: float | None = None) -> Plan:
    """The stages in order: inputs (``graph``), the main track's pictures and clips
    (``main_track``, ``picture_runs``, ``clip_chains``), overlays and text (``layers``), the sound
    (``audio``) and the encoder (``encoder``). ``gain_db``: the mix's gain (before the limiter),
    given instead of measured (a quick preview skips the measuring run)."""
    q = QUALITY.get(quality)
    if q is None:
        raise RenderError(f"unknown quality {quality!r} (use high, medium or low)")
    workdir.mkdir(parents=True, exist_ok=True)
    from .ffmpeg import ffmpeg_exe

    g = Graph(draft, media, workdir, ffmpeg_exe())
    # The mix's loudness is measured by an audio-only FFmpeg run on another thread while the
    # pictures are prepared; with video clips in the draft, once their sound is known (below).
    loudness = None
    if gain_db is None and has_sound(draft, []) and not may_have_clip_sound(draft, media):
        loudness = in_background(audio.loudness_gain, draft, media, [], g.exe, workdir)

    main_track(g)
    overlay_tracks(g)
    if gain_db is None and loudness is None and has_sound(draft, g.clip_audio):  # clips' own sound is known only now
        loudness = in_background(audio.loudness_gain, draft, media, g.clip_audio, g.exe, workdir)
    text_tracks(g)

    snapshots = encoder.snapshots(g)
    g.stills.finish()
    gain = loudness.result() if loudness is not None else gain_db
    aout = audio.build(draft, media, g.inputs.add, g.achains, g.clip_audio, gain_db=gain)
    args = encoder.command(g, aout, out, q)
    assert g.title_time is not None
    return Plan(args, g.total_frames / g.fps, g.total_frames, g.shots, g.title_time, g.warnings, g.feeds,
                snapshots, measured_gain_db=gain if loudness is not None else None)


def compile_part(draft: dict, media: Mapping[str, MediaRef], out: Path, workdir: Path, frames: range,
                 quality: str = "high") -> Plan:
    """Frames ``frames`` of the video alone (a part of a chunked render, ``chunks.py``): the same
    stages on the whole video's frame clock (``Graph.part``), no sound; the poster and sheet frames
    that fall in the part are written as BMPs (``Plan.snapshots``)."""
    q = QUALITY.get(quality)
    if q is None:
        raise RenderError(f"unknown quality {quality!r} (use high, medium or low)")
    workdir.mkdir(parents=True, exist_ok=True)
    from .ffmpeg import ffmpeg_exe

    g = Graph(draft, media, workdir, ffmpeg_exe(), part=frames)
    main_track(g)
    overlay_tracks(g)
    text_tracks(g)
    snapshots = encoder.snapshots(g)
    g.stills.finish()
    args = encoder.part_command(g, out, q)
    return Plan(args, len(frames) / g.fps, len(frames), g.shots, encoder.poster_time(g), g.warnings, g.feeds,
                snapshots)
