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
    return timeline.is_card(seg) or g.is_picture(seg, where)


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


def timing(g: Graph, segs: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[str]]:
    """Each segment's frames [start, end), the frames it shares with the one before (``overlap[k]``,
    one more entry than segments) and its transition's kind."""
    bounds = [(g.fr(s["s"]), g.fr(s["s"] + s["d"])) for s in segs]
    overlap = [0] * (len(segs) + 1)  # overlap[k]: frames segment k shares with segment k-1
    kinds = ["none"] * len(segs)
    for k in range(1, len(segs)):
        kinds[k] = (segs[k].get("tr") or {}).get("type", "none")
        if kinds[k] != "none":
            overlap[k] = max(0, bounds[k - 1][1] - bounds[k][0])
    return bounds, overlap, kinds


def main_track(g: Graph) -> None:
    """Set ``g.base`` to the main track (or the canvas colour), exactly ``total_frames`` long, and
    ``g.shots`` to its segments."""
    fps = g.fps
    main = timeline.main_track(g.draft)
    base = None
    end_frame = 0
    parts: list[str] = []
    if main is not None and main["sg"]:
        segs = main["sg"]
        bounds, overlap, kinds = timing(g, segs)
        still = [is_still(g, seg, f"t/{main['id']}/sg/{seg['id']}") for seg in segs]
        pending_tail = ""
        made = g.span
        for u, unit in enumerate(units_of(still, kinds)):
            first, last = unit[0], unit[-1]
            s0, s1 = bounds[first][0], bounds[last][1]
            if s1 <= made.start or s0 >= made.stop:
                continue  # outside the part being made
            # the unit's frames made here, [lo, hi) of its own; a part never starts or ends inside a
            # transition (chunks.clean_cut), so one cut short loses its overlap on that side
            lo, hi = max(0, made.start - s0), min(s1 - s0, made.stop - s0)
            t_in = overlap[first] if lo == 0 else 0
            t_out = overlap[last + 1] if hi == s1 - s0 else 0
            n = hi - lo
            if still[first]:
                run = [(segs[k], bounds[k][1] - bounds[k][0], overlap[k] if k != first else 0) for k in unit]
                lab = pictures(g, run, main, f"v{u}", range(lo, hi))
            else:
                lab = clip(g, segs[first], main, s1 - s0, f"v{u}", s0, frames=range(lo, hi))
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
        elif parts:
            g.vchains.append("".join(f"[{p}]" for p in parts)
                             + f"concat=n={len(parts)}:v=1:a=0,settb=1/{fps},setpts=N[main]")
            base = "main"
        end_frame = bounds[-1][1]
    w, h = g.size
    start, stop = g.span.start, g.span.stop  # the whole video: 0, total_frames
    if not parts:
        base = None
    if base is None:
        g.vchains.append(f"color=c={g.ffbg}:s={w}x{h}:r={fps},format=yuv420p,trim=end_frame={stop - start},"
                         f"settb=1/{fps},setpts=N[canvas]")
        base = "canvas"
    elif end_frame < stop:  # audio or text runs longer than the pictures: hold the canvas
        g.vchains.append(f"[{base}]tpad=stop_mode=add:stop={stop - max(start, end_frame)}:color={g.ffbg}[padded]")
        base = "padded"
    if start:  # a part: its frames keep the whole video's timestamps (layers are timed on them)
        g.vchains.append(f"[{base}]setpts=N+{start}[origin]")
        base = "origin"
    g.base = base
