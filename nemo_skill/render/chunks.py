"""Chunked rendering: one video as frame ranges rendered apart (on several machines) and joined.

``plan_chunks`` cuts the video's frames into parts, at segment boundaries of the main track outside
transitions where it can; ``render_video_part`` renders one part's frames, video only, with the
same stages and encoder settings as a whole render (``Graph.part``: the stages run on the whole
video's frame clock, so text, overlays, animations, fades, Ken Burns motion and clip trims land on
the same frames); ``render_sound`` mixes the whole video's sound once (its loudness measured over
the whole); ``join_parts`` concatenates the parts by stream copy (FFmpeg's concat demuxer, no second
encode) and muxes the sound in; ``finish`` adds the poster and the contact sheet.

A part never starts inside a transition (xfade, crossfade) or a whole-video fade (``clean_cut``):
its first frame would need frames of the part before.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from PIL import Image

from ..draft import timeline
from . import audio, encoder, ffmpeg, sheet
from .clip_chains import clip_sounds
from .compile import compile_part
from .encoder import QUALITY
from .graph import Graph, Inputs, has_sound
from .layers import text_tracks
from .main_track import main_track, timing
from .model import MediaRef, RenderError, RenderResult
from .pipeline import validate_draft

__all__ = ["clean_cut", "finish", "join_command", "join_parts", "part_snapshots", "plan_chunks", "render_sound",
           "render_video_part"]


def _clock(draft: dict) -> Graph:
    """A graph for timing only (frames of the draft's times; nothing is opened)."""
    return Graph(draft, {}, Path("."), "")


def no_cut(draft: dict) -> list[range]:
    """Frames a part may not start at: inside a main-track transition (its first frames need the
    previous segment's last ones) or inside a whole-video fade (FFmpeg's fade counts frames)."""
    g = _clock(draft)
    spans: list[range] = []
    main = timeline.main_track(draft)
    if main is not None and main["sg"]:
        bounds, overlap, _ = timing(g, main["sg"])
        spans += [range(bounds[k][0], bounds[k][0] + overlap[k]) for k in range(len(bounds)) if overlap[k]]
    spans += [range(f.start + 1, f.stop) for f in encoder.fade_frames(g)]
    return spans


def clean_cut(draft: dict, frame: int) -> bool:
    """A part may start at ``frame`` (and the one before end there)."""
    return _clean(no_cut(draft), frame)


def _clean(spans: Sequence[range], frame: int) -> bool:
    return not any(frame in span for span in spans)


def plan_chunks(draft: dict, chunk_s: float) -> list[range]:
    """The video's frames cut into parts of about ``chunk_s`` seconds (one part when it is not
    longer): equal shares, each cut moved to the nearest main-track segment boundary within half a
    chunk that is outside transitions and fades, else made inside a segment (frame exact still)."""
    g = _clock(draft)
    total = g.total_frames
    size = max(1, round(chunk_s * g.fps))
    if total <= size:
        return [range(0, total)]
    spans = no_cut(draft)

    def clean(f: int) -> bool:
        return _clean(spans, f)

    main = timeline.main_track(draft)
    edges: set[int] = set()
    if main is not None and main["sg"]:
        for a, b in timing(g, main["sg"])[0]:
            edges |= {a, b}
    boundaries = sorted(f for f in edges if 0 < f < total and clean(f))
    cuts: list[int] = []
    for target, reach in _targets(total, size, g.fps):
        last = cuts[-1] if cuts else 0
        near = [f for f in boundaries if last < f and abs(f - target) <= reach]
        cut = min(near, key=lambda f: abs(f - target)) if near else _nearest_clean(target, last, total, clean)
        if cut is not None:
            cuts.append(cut)
    ends = [0, *cuts, total]
    return [range(a, b) for a, b in zip(ends, ends[1:], strict=False)]


TAIL_SPLITS = 2     # the last share is halved this many times ...
TAIL_MIN_S = 5.0    # ... while its pieces stay this long


def _targets(total: int, size: int, fps: int) -> list[tuple[int, int]]:
    """Where the cuts should be, and how far each may move to a clean boundary: ``ceil(total / size)``
    equal shares, the last one halved ``TAIL_SPLITS`` times (pieces of 1/2, 1/4, 1/4 of it) while the
    pieces stay ``TAIL_MIN_S`` long. Why: workers run parts in queue order, and the last worker to
    finish ran alone for up to a whole part while the others idled; with the small pieces last, that
    tail is at most a quarter part. Measured (bench/cluster.py (a), 5 minutes at 1080p, two workers):
    see docs/cluster.md."""
    count = math.ceil(total / size)
    out = [(round(i * total / count), size // 2) for i in range(1, count)]
    start = out[-1][0]
    rest = total - start
    for _ in range(TAIL_SPLITS):
        if rest // 2 < TAIL_MIN_S * fps:
            break
        half = (rest + 1) // 2
        start, rest = start + half, rest - half
        out.append((start, rest // 2))
    return out


def _nearest_clean(target: int, after: int, total: int, clean: Callable[[int], bool]) -> int | None:
    for d in range(total):
        for f in (target + d, target - d):
            if after < f < total and clean(f):
                return f
    return None


def _partial(out: Path) -> Path:
    return out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.partial{out.suffix}")


def render_video_part(draft: dict, media: Mapping[str, MediaRef], out: Path, *, frames: range,
                      quality: str = "high", progress: Callable[[float], None] | None = None,
                      cancel: threading.Event | None = None, workdir: Path | None = None) -> RenderResult:
    """Frames ``frames`` of the video (no sound) as an MP4 at ``out``: frame k of it is frame
    ``frames.start + k`` of a whole render. The result has no poster or sheet (the part's pictures
    of them lie beside it: ``part_snapshots``) and the warnings of its stages (a text shrunk to fit).
    Raises RenderError with a one-line reason."""
    validate_draft(draft)
    total = _clock(draft).total_frames
    if not (0 <= frames.start < frames.stop <= total) or frames.step != 1:
        raise RenderError(f"frames {frames.start}-{frames.stop} are not a part of the video's {total} frames")
    spans = no_cut(draft)
    for edge in (frames.start, frames.stop):
        if 0 < edge < total and not _clean(spans, edge):
            raise RenderError(f"a part cannot start or end at frame {edge}: it is inside a transition or fade")
    warnings = _run(out, workdir, lambda tmp, work: _video(draft, media, tmp, work, frames, quality, progress,
                                                           cancel, Path(out)))
    return _result(Path(out), len(frames) / _clock(draft).fps, warnings)


def _result(path: Path, duration: float, warnings: list[str]) -> RenderResult:
    return RenderResult(path=path, duration=duration, size=path.stat().st_size, poster=None, sheet=None,
                        warnings=warnings)


def _video(draft: dict, media: Mapping[str, MediaRef], tmp: Path, work: Path, frames: range, quality: str,
           progress: Callable[[float], None] | None, cancel: threading.Event | None, out: Path) -> list[str]:
    plan = compile_part(draft, media, tmp, work, frames, quality)
    ffmpeg.run(plan.args, duration=plan.duration, progress=progress, cancel=cancel, feeds=plan.feeds,
               frames=plan.frames)
    # the poster and sheet frames of this part, taken from the graph as a whole render takes them
    # (decoding them from the joined video instead took ~1.2 s a frame: 2 min for 120 shots). The sheet's
    # go as the thumbnails the sheet shows: at 1080p a full frame cost ~120 ms to write as PNG here and
    # ~60 ms to read back in the engine's join, ~20 s of a 5-minute video's 121 (bench/cluster.py (a))
    g = _clock(draft)
    poster = encoder.snap_frame(g, plan.poster_time)
    for frame, bmp in {encoder.snap_frame(g, t): bmp for t, bmp in plan.snapshots.items()}.items():
        with Image.open(bmp) as img:
            picture = img.convert("RGB")
        (picture if frame == poster else sheet.thumbnail(picture)).save(snapshot_path(out, frame), compress_level=1)
    return list(plan.warnings)


def snapshot_path(part: Path, frame: int) -> Path:
    """Where ``render_video_part`` leaves the picture of ``frame`` (of the whole video) beside its part."""
    return part.with_name(f"{part.stem}.snap-{frame}.png")


def part_snapshots(part: Path) -> dict[int, Path]:
    """The poster and sheet pictures ``render_video_part`` left beside ``part``, by frame."""
    return {int(p.stem.rsplit("snap-", 1)[1]): p for p in part.parent.glob(f"{part.stem}.snap-*.png")}


def _run(out: Path, workdir: Path | None, make: Callable[[Path, Path], list[str]]) -> list[str]:
    """``make(temp file, work folder)``, then the file renamed into place at ``out``; its warnings."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = _partial(out)
    work = Path(tempfile.mkdtemp(prefix="nemo-part-")) if workdir is None else Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    try:
        warnings = make(tmp, work)
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise RenderError("ffmpeg finished but wrote no output")
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
        if workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return warnings


def render_sound(draft: dict, media: Mapping[str, MediaRef], out: Path, *, quality: str = "high",
                 progress: Callable[[float], None] | None = None, cancel: threading.Event | None = None,
                 workdir: Path | None = None) -> RenderResult:
    """The whole video's sound (voice, music, clips' own sound, fades), mixed and levelled once, as
    an AAC track in an MP4 at ``out`` (a silent track when the draft has no sound), with the
    warnings of its stages."""
    validate_draft(draft)
    q = QUALITY.get(quality)
    if q is None:
        raise RenderError(f"unknown quality {quality!r} (use high, medium or low)")

    def make(tmp: Path, work: Path) -> list[str]:
        g = Graph(draft, media, work, ffmpeg.ffmpeg_exe())
        clips = clip_sounds(g)
        gain = audio.loudness_gain(draft, media, clips, g.exe, work) if has_sound(draft, clips) else None
        inputs = Inputs()
        clips = [replace(c, label=f"{inputs.add(c.source)}:a") for c in clips]
        chains: list[str] = []
        aout = audio.build(draft, media, inputs.add, chains, clips, gain_db=gain)
        script = work / "audio.filtergraph"
        script.write_text(";\n".join(chains) + "\n", encoding="utf-8")
        args = encoder.sound_command(inputs.args, script, aout, g.exe, tmp, q)
        ffmpeg.run(args, duration=g.total_frames / g.fps, progress=progress, cancel=cancel)
        return list(g.warnings)

    warnings = _run(out, workdir, make)
    clock = _clock(draft)
    return _result(Path(out), clock.total_frames / clock.fps, warnings)


def join_command(listing: Path, sound: Path, out: Path) -> list[str]:
    """FFmpeg's arguments joining the parts listed in ``listing`` (concat demuxer) and the sound, by
    stream copy: no frame is decoded or encoded again."""
    return ["-y", "-f", "concat", "-safe", "0", "-i", str(listing), "-i", str(sound),
            "-map", "0:v:0", "-map", "1:a:0", "-c", "copy", "-movflags", "+faststart", "-f", "mp4", str(out)]


def join_parts(video_parts: Sequence[Path], sound: Path, out: Path, *,
               cancel: threading.Event | None = None) -> Path:
    """The parts, in order, and the sound as one MP4 at ``out`` (stream copy, +faststart)."""
    if not video_parts:
        raise RenderError("no video parts to join")

    def make(tmp: Path, work: Path) -> list[str]:
        listing = work / "parts.txt"
        # the concat demuxer's quoting: a ' inside '...' is written '\''
        listing.write_text("".join("file '" + str(Path(p).resolve()).replace("'", "'\\''") + "'\n"
                                   for p in video_parts), encoding="utf-8")
        ffmpeg.run(join_command(listing, Path(sound).resolve(), tmp), duration=0.0, cancel=cancel)
        return []

    _run(out, None, make)
    return Path(out)


def finish(draft: dict, media: Mapping[str, MediaRef], video: Path,
           snapshots: Mapping[int, Path] | None = None, part_warnings: Sequence[str] = ()) -> RenderResult:
    """The joined video's result: its poster (the title fully shown) and contact sheet, from the
    pictures the parts left (``snapshots``: frame -> PNG, ``part_snapshots``); any missing one is
    decoded from the video. Its warnings: the parts' (``part_warnings``, each once), then its own."""
    with tempfile.TemporaryDirectory(prefix="nemo-finish-") as work:  # text_tracks lays out its cards
        g = Graph(draft, media, Path(work), "", part=range(0, 0))  # timing only: no frame is made
        main_track(g)
        text_tracks(g)
        poster_at = encoder.poster_time(g)
    files = snapshots or {}
    times = [poster_at, *(s.mid for s in g.shots)]
    poster, contact, warning = sheet.poster_and_sheet(
        lambda: sheet.pictures({t: files.get(encoder.snap_frame(g, t)) for t in times}, video),
        poster_at, g.shots, video, draft["m"].get("title") or video.stem)
    # a text shrunk in two parts is one warning
    warnings = [*dict.fromkeys(part_warnings), *([warning] if warning else [])]
    return RenderResult(path=video, duration=g.total_frames / g.fps, size=video.stat().st_size,
                        poster=poster, sheet=contact, warnings=warnings)

