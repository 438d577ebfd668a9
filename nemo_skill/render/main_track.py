"""The main track stage: pictures and clips joined in order, as one video stream the length of the draft.

The track is cut into units: a run of pictures (one piped input, its crossfades blended as it is
made, see ``slides.py``) or a clip. Each unit is cut into head | body | tail, where head and tail
are the frames it shares with its neighbours through another kind of transition: only those
overlaps go through ``xfade``, everything else is joined by one ``concat``. (Chained xfades would
carry every earlier frame through every later xfade: ~1.6 ms per frame per xfade at 1080p.)
"""

from __future__ import annotations

from ..draft import timeline
from . import slides
from .clip_chains import clip
from .graph import Graph, Shot
from .picture_runs import pictures


def is_still(g: Graph, seg: dict, where: str) -> bool:
    """Made by the renderer (a picture, an end card) rather than decoded by FFmpeg (a clip)."""
    return seg["k"] == "card" or g.is_picture(seg, where)


def units_of(still: list[bool], kinds: list[str]) -> list[list[int]]:
    """Segment indices grouped into units: consecutive stills joined by a cut or a fade form one
    run; every clip, and every still after another kind of transition, starts a unit."""
    units: list[list[int]] = []
    for k in range(len(still)):
        if units and still[k] and still[units[-1][-1]] and kinds[k] in slides.COMPOSED:
            units[-1].append(k)
        else:
            units.append([k])
    return units


def main_track(g: Graph) -> None:
    """Set ``g.base`` to the main track (or the canvas colour), exactly ``total_frames`` long, and
    ``g.shots`` to its segments."""
    fps, total_frames = g.fps, g.total_frames
    main = timeline.main_track(g.draft)
    base = None
    end_frame = 0
    if main is not None and main["sg"]:
        segs = main["sg"]
        bounds = [(g.fr(s["s"]), g.fr(s["s"] + s["d"])) for s in segs]
        overlap = [0] * (len(segs) + 1)  # overlap[k]: frames segment k shares with segment k-1
        kinds = ["none"] * len(segs)
        for k in range(1, len(segs)):
            kinds[k] = (segs[k].get("tr") or {}).get("type", "none")
            if kinds[k] != "none":
                overlap[k] = max(0, bounds[k - 1][1] - bounds[k][0])
        still = [is_still(g, seg, f"t/{main['id']}/sg/{seg['id']}") for seg in segs]
        parts: list[str] = []
        pending_tail = ""
        for u, unit in enumerate(units_of(still, kinds)):
            first, last = unit[0], unit[-1]
            s0, s1 = bounds[first][0], bounds[last][1]
            n = s1 - s0
            t_in, t_out = overlap[first], overlap[last + 1]
            if still[first]:
                run = [(segs[k], bounds[k][1] - bounds[k][0], overlap[k] if k != first else 0) for k in unit]
                lab = pictures(g, run, main, f"v{u}")
            else:
                lab = clip(g, segs[first], main, n, f"v{u}", s0)
            pieces = [(p, a, b) for p, a, b in (("h", 0, t_in), ("b", t_in, n - t_out), ("t", n - t_out, n))
                      if b > a]
            if len(pieces) > 1:
                outs = "".join(f"[{lab}{p}0]" for p, _, _ in pieces)
                g.vchains.append(f"[{lab}]split={len(pieces)}{outs}")
                for p, a, b in pieces:
                    g.vchains.append(f"[{lab}{p}0]trim=start_frame={a}:end_frame={b},settb=1/{fps},"
                                     f"setpts=N[{lab}{p}]")
            else:
                g.vchains.append(f"[{lab}]null[{lab}{pieces[0][0]}]")
            if t_in:
                g.vchains.append(f"[{pending_tail}][{lab}h]xfade=transition={kinds[first]}:"
                                 f"duration={g.sec(t_in)}:offset=0[{lab}x]")
                parts.append(f"{lab}x")
            if n - t_out > t_in:
                parts.append(f"{lab}b")
            pending_tail = f"{lab}t"
        for k, seg in enumerate(segs):
            a, b = bounds[k][0] + overlap[k], bounds[k][1] - overlap[k + 1]
            g.shots.append(Shot(seg.get("name") or seg["id"], bounds[k][0] / fps, bounds[k][1] / fps,
                                (a + b) / 2 / fps))
        if len(parts) == 1:
            base = parts[0]
        else:
            g.vchains.append("".join(f"[{p}]" for p in parts)
                             + f"concat=n={len(parts)}:v=1:a=0,settb=1/{fps},setpts=N[main]")
            base = "main"
        end_frame = bounds[-1][1]
    w, h = g.size
    if base is None:
        g.vchains.append(f"color=c={g.ffbg}:s={w}x{h}:r={fps},format=yuv420p,trim=end_frame={total_frames},"
                         f"settb=1/{fps},setpts=N[canvas]")
        base = "canvas"
    elif end_frame < total_frames:  # audio or text runs longer than the pictures: hold the canvas
        g.vchains.append(f"[{base}]tpad=stop_mode=add:stop={total_frames - end_frame}:color={g.ffbg}[padded]")
        base = "padded"
    g.base = base
