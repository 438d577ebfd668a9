"""The clips stage: a video segment (or an animated GIF) as a chain of exactly ``n`` canvas frames.

FFmpeg decodes and fits clips itself (``visuals.clip_fit``): trimmed at the input (``-ss``/``-t``),
conformed to the draft's frame rate, its last frame held when the segment outlasts the clip. The
clip's own sound is collected for the audio stage.
"""

from __future__ import annotations

from pathlib import Path

from . import audio, visuals
from .graph import Graph, is_gif
from .model import RenderError


def source_length(seg: dict) -> float:
    """Seconds of the source the segment plays (at its speed, a segment of d ms plays d x speed)."""
    if "out" in seg:
        return (seg["out"] - seg.get("in", 0)) / 1000
    return seg["d"] / 1000 * float(seg.get("speed", 1.0))


def clip(g: Graph, seg: dict, track: dict, n: int, tag: str, start_frame: int,
         size: tuple[int, int] | None = None) -> str:
    """A chain giving exactly ``n`` frames of a video segment at ``size`` (the canvas unless
    given); returns its label."""
    where = f"t/{track['id']}/sg/{seg['id']}"
    ref = g.ref_for(seg["mid"], where)
    fps = g.fps
    fit = seg.get("fit") or g.meta.get("fit", "cover")
    tb = f"settb=1/{fps},setpts=N"
    if ref.kind != "video":
        raise RenderError(f"{where}: media {seg['mid']!r} is {ref.kind}, not a video")
    t_in = seg.get("in", 0) / 1000
    length = source_length(seg)
    gif = is_gif(Path(ref.path))
    args = ["-stream_loop", "-1"] if gif else []  # an animated GIF loops, as in a browser
    if t_in:
        args += ["-ss", f"{t_in:.3f}"]
    source = [*args, "-t", f"{length + 0.05:.3f}", "-i", str(ref.path)]
    idx = g.inputs.add(source)
    pre = ""
    if gif:  # transparent GIF pixels show the canvas colour
        pre = (f"format=rgba,split[{tag}ga][{tag}gb];[{tag}ga]drawbox=c={g.ffbg}@1:t=fill[{tag}gc];"
               f"[{tag}gc][{tag}gb]overlay=format=auto,")
    speed = float(seg.get("speed", 1.0))
    if speed != 1.0:  # timestamps divided by the speed, before the frame rate is conformed
        pre += f"setpts=(PTS-STARTPTS)/{speed:g},"
    chain = (f"[{idx}:v]{pre}{visuals.clip_fit(size or g.size, fit, fps, tag)},"
             f"tpad=stop_mode=clone:stop=-1,trim=end_frame={n},{tb}")
    muted = seg.get("mute") or track.get("mute")
    if ref.has_audio and not muted and not gif:
        vol = seg.get("vol", 1.0) * track.get("vol", 1.0)
        g.clip_audio.append(audio.AudioInput(f"{idx}:a", source, start_frame / fps,
                                             min(length / speed, n / fps), vol, 0.03, speed))
    g.vchains.append(f"{chain}[{tag}]")
    return tag
