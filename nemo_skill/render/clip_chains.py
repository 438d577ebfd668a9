"""The clips stage: a video segment (or an animated GIF) as a chain of exactly ``n`` canvas frames.

FFmpeg decodes and fits clips itself (``visuals.clip_fit``): trimmed at the input (``-ss``/``-t``),
conformed to the draft's frame rate, its last frame held when the segment outlasts the clip. The
clip's own sound is collected for the audio stage.
"""

from __future__ import annotations

from pathlib import Path

from . import audio, visuals
from .graph import Graph, is_gif
from .model import MediaRef, RenderError


def source_length(seg: dict) -> float:
    """Seconds of the source the segment plays (at its speed, a segment of d ms plays d x speed)."""
    if "out" in seg:
        return (seg["out"] - seg.get("in", 0)) / 1000
    return seg["d"] / 1000 * float(seg.get("speed", 1.0))


def clip(g: Graph, seg: dict, track: dict, n: int, tag: str, start_frame: int,
         size: tuple[int, int] | None = None, frames: range | None = None) -> str:
    """A chain giving exactly ``n`` frames of a video segment at ``size`` (the canvas unless
    given), or only ``frames`` of them (a part of a render); returns its label."""
    where = f"t/{track['id']}/sg/{seg['id']}"
    ref = g.ref_for(seg["mid"], where)
    fps = g.fps
    fit = seg.get("fit") or g.meta.get("fit", "cover")
    tb = f"settb=1/{fps},setpts=N"
    if ref.kind != "video":
        raise RenderError(f"{where}: media {seg['mid']!r} is {ref.kind}, not a video")
    gif = is_gif(Path(ref.path))
    source = clip_source(seg, ref, gif)
    idx = g.inputs.add(source)
    pre = ""
    if gif:  # transparent GIF pixels show the canvas colour
        pre = (f"format=rgba,split[{tag}ga][{tag}gb];[{tag}ga]drawbox=c={g.ffbg}@1:t=fill[{tag}gc];"
               f"[{tag}gc][{tag}gb]overlay=format=auto,")
    speed = float(seg.get("speed", 1.0))
    if speed != 1.0:  # timestamps divided by the speed, before the frame rate is conformed
        pre += f"setpts=(PTS-STARTPTS)/{speed:g},"
    chain = (f"[{idx}:v]{pre}{visuals.clip_fit(size or g.size, fit, fps, tag)},"
             f"tpad=stop_mode=clone:stop=-1,{_trim(frames or range(n))},{tb}")
    sound = clip_sound(g, seg, track, ref, gif, f"{idx}:a", source, n, start_frame)
    if sound is not None:
        g.clip_audio.append(sound)
    g.vchains.append(f"{chain}[{tag}]")
    return tag


def clip_source(seg: dict, ref: MediaRef, gif: bool) -> list[str]:
    """The clip's input arguments: trimmed at the input (``-ss``/``-t``), a GIF looped."""
    t_in = seg.get("in", 0) / 1000
    args = ["-stream_loop", "-1"] if gif else []  # an animated GIF loops, as in a browser
    if t_in:
        args += ["-ss", f"{t_in:.3f}"]
    return [*args, "-t", f"{source_length(seg) + 0.05:.3f}", "-i", str(ref.path)]


def clip_sound(g: Graph, seg: dict, track: dict, ref: MediaRef, gif: bool, label: str, source: list[str],
               n: int, start_frame: int) -> audio.AudioInput | None:
    """The clip's own sound for the mix, when it has one that plays."""
    if not ref.has_audio or seg.get("mute") or track.get("mute") or gif:
        return None
    speed = float(seg.get("speed", 1.0))
    vol = seg.get("vol", 1.0) * track.get("vol", 1.0)
    return audio.AudioInput(label, source, start_frame / g.fps, min(source_length(seg) / speed, n / g.fps),
                            vol, 0.03, speed)


def clip_sounds(g: Graph) -> list[audio.AudioInput]:
    """The sound of every clip the video shows, in the order a whole render collects it (main track,
    then overlay tracks), without building the picture: what a chunked render's sound part mixes.
    Labels are placeholders (``?:a``): the caller opens each ``source`` as an input of its own."""
    from ..draft.timeline import TT_VIDEO, is_card, is_main, main_track

    sounds: list[audio.AudioInput] = []
    main = main_track(g.draft)
    tracks = ([main] if main is not None else []) + [
        t for t in g.draft["t"] if t["tt"] == TT_VIDEO and not is_main(t)]
    for track in tracks:
        for seg in track["sg"]:
            if is_card(seg):
                continue
            ref = g.ref_for(seg["mid"], f"t/{track['id']}/sg/{seg['id']}")
            if ref.kind != "video":
                continue
            s0, s1 = g.fr(seg["s"]), g.fr(seg["s"] + seg["d"])
            if track is not main and "place" in seg:  # picture-in-picture stops at the video's end
                s1 = min(s1, g.total_frames)
            sound = clip_sound(g, seg, track, ref, is_gif(Path(ref.path)), "?:a",
                               clip_source(seg, ref, is_gif(Path(ref.path))), s1 - s0, s0)
            if sound is not None and s1 > s0:
                sounds.append(sound)
    return sounds


def _trim(frames: range) -> str:
    """Frames by number, exactly (decoded from the clip's start: clips are short next to a part)."""
    return f"trim=start_frame={frames.start}:end_frame={frames.stop}" if frames.start else f"trim=end_frame={frames.stop}"
