"""render_draft: validate, compile to one FFmpeg command, run it, check, add poster and sheet."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

from nemo_skill.draft.scale import scale_draft

from . import audio, ffmpeg, sheet
from .compile import Plan, compile_draft
from .model import MediaRef, RenderError, RenderResult

# Encoder settings of a quick preview (the workspace page's player, a draft scaled to 480p by
# nemo_skill.draft.scale): x264's ultrafast preset takes ~20 % less CPU than superfast on the
# reference timeline at 480p/24 fps (3.1 against 3.9 CPU s), for a file ~15 % larger; nobody keeps
# a preview. The sound at 24 kHz: AAC encodes half the samples (0.35 -> ~0.2 s of CPU for 30 s),
# and 12 kHz of bandwidth is plenty to judge a mix by. They replace the quality's values in the
# compiled command, so compile.py stays as it is.
PREVIEW_ENCODER = {"-preset": "ultrafast", "-crf": "28", "-b:a": "64k", "-ar": "24000"}
# A preview's mix is not measured before it is made: the measuring run (an audio-only FFmpeg pass
# over the whole mix) cost 0.36 s of CPU and 0.6-0.8 s of wall time before the reference preview's
# FFmpeg could start (load ~5). It takes the gain an export or an earlier preview of the same mix
# found (audio.GAINS, by audio.mix_key: a caption, title or format edit keeps the mix). A mix heard
# for the first time plays at PREVIEW_GAIN_DB (as mixed, through the same limiter: the reference's
# quiet voice-over at -25 LUFS against the export's -14); the finished preview is then metered
# (~0.1 s, after the player has it) so the next preview of that mix is as loud as the export.
PREVIEW_GAIN_DB = 0.0


def with_encoder(args: list[str], settings: Mapping[str, str]) -> list[str]:
    """``args`` with the value after each flag of ``settings`` replaced (its first occurrence: the
    MP4 output's). A flag that is not there is an error, so a change to the command shows at once."""
    out = list(args)
    for flag, value in settings.items():
        try:
            k = out.index(flag)
        except ValueError:
            raise RenderError(f"preview: the render command has no {flag} to set") from None
        out[k + 1] = value
    return out


def _remember_gain(mix: str, plan: Plan, out_path: Path, unmeasured_db: float | None, work: Path) -> None:
    """Keep the mix's gain for later previews: the one the render measured, or, for a preview made
    at ``unmeasured_db`` because its mix was new, an estimate metered from the finished file."""
    if plan.measured_gain_db is not None:
        audio.GAINS.put(mix, plan.measured_gain_db)
    elif unmeasured_db is not None:
        estimate = audio.gain_from_file(ffmpeg.ffmpeg_exe(), out_path, unmeasured_db, work)
        if estimate is not None:
            audio.GAINS.put(mix, estimate)


def validate_draft(draft: dict) -> None:
    """The draft checked against its schema; RenderError("invalid draft: …") when it is not valid."""
    from nemo_skill.draft.validate import DraftError, validate

    try:
        validate(draft)
    except DraftError as exc:
        raise RenderError(f"invalid draft: {exc}") from exc


def render_draft(draft: dict, media: Mapping[str, MediaRef], out_path: Path, *,
                 quality: Literal["high", "medium", "low"] = "high",
                 progress: Callable[[float], None] | None = None,
                 cancel: threading.Event | None = None,
                 workdir: Path | None = None,
                 preview: bool = False,
                 video_ready: Callable[[Path], None] | None = None) -> RenderResult:
    """Render ``draft`` to an MP4 at ``out_path`` with one FFmpeg process (one encode pass).

    The file appears at ``out_path`` only when complete (written under a temporary name, then
    renamed). Raises RenderError with a one-line reason on any failure or on cancel. ``preview``
    renders the workspace page's quick preview of ``draft``: scaled down (``scale_draft``: 480p,
    a lower frame rate), encoded fast rather than well (PREVIEW_ENCODER), the mix at the gain
    measured before for the same mix, else at PREVIEW_GAIN_DB (and then metered for next time).
    ``video_ready(out_path)`` is called once the video is in place, before the poster and the
    contact sheet are made (a player can start on it while they are).
    """
    validate_draft(draft)
    mix = audio.mix_key(draft, media)  # before scaling: a preview's mix is its export's
    known = audio.GAINS.get(mix) if preview else None
    if preview:  # after validating: the preview's frame rate may be one the schema does not offer
        draft = scale_draft(draft)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if cancel is not None and cancel.is_set():
        raise RenderError("render cancelled")
    tmp_out = out_path.with_name(f".{out_path.stem}.{os.getpid()}.{threading.get_ident()}.partial.mp4")
    own_workdir = workdir is None
    work = Path(tempfile.mkdtemp(prefix="nemo-render-")) if workdir is None else Path(workdir)
    try:
        gain = (PREVIEW_GAIN_DB if known is None else known) if preview else None
        plan = compile_draft(draft, media, tmp_out, work, quality, gain_db=gain)
        if preview:
            plan.args = with_encoder(plan.args, PREVIEW_ENCODER)
        ffmpeg.run(plan.args, duration=plan.duration, progress=progress, cancel=cancel, feeds=plan.feeds,
                   frames=plan.frames)
        if not tmp_out.is_file() or tmp_out.stat().st_size == 0:
            raise RenderError("ffmpeg finished but wrote no output")
        os.replace(tmp_out, out_path)
        if video_ready is not None:
            video_ready(out_path)
        _remember_gain(mix, plan, out_path, gain if preview and known is None else None, work)
        snaps = sheet.pictures(plan.snapshots, out_path)  # before the workdir holding them goes
    finally:
        tmp_out.unlink(missing_ok=True)
        if own_workdir:
            shutil.rmtree(work, ignore_errors=True)

    poster, contact, warning = sheet.poster_and_sheet(lambda: snaps, plan.poster_time, plan.shots, out_path,
                                                      draft["m"].get("title") or out_path.stem)
    warnings = [*plan.warnings, *([warning] if warning else [])]
    return RenderResult(path=out_path, duration=plan.duration, size=out_path.stat().st_size,
                        poster=poster, sheet=contact, warnings=warnings)
