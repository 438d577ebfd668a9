"""Promo edits as pure functions of a draft: brand kit, logo, end card, whole-video fades, clip speed,
style presets and beat-synced cuts. The planner's edits call these; each returns a NEW draft (the
input is not changed) or raises ``PromoError`` with one line a person can read, changing nothing.

Timing follows the draft's rules (``schema.json``): main-track segments are sequential, a
transition is an overlap with the previous segment, and the draft's ``d`` is the end of the last
segment of any track. ``retime`` rebuilds the main track from new lengths and carries the other
tracks along (text and overlays move with their shot, sound that ran to the end still does).
"""

from __future__ import annotations

import copy
import math
import statistics
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from .styles import FONTS, parse_colour, parse_font
from .timeline import (
    KIND_CARD,
    ROLE_MAIN,
    ROLE_OVERLAY,
    ROLE_TITLE,
    TT_AUDIO,
    TT_TEXT,
    TT_VIDEO,
    is_card,
    is_clip,
    is_image,
    main_track,
)


class PromoError(ValueError):
    """The edit cannot be made; the message says why (and what exists)."""


# The title of a first cut gets this entrance and exit (the planner writes it into the title's style).
DEFAULT_TITLE_ANIM = {"in": {"type": "pop", "d": 500}, "out": {"type": "fade", "d": 300}}
DEFAULT_END_CARD_MS = 3000
SPEED_RANGE = (0.25, 4.0)
MIN_SHOT_MS = 100


def _main(draft: dict) -> dict | None:
    return main_track(draft)


def _end(draft: dict) -> int:
    return max((s["s"] + s["d"] for t in draft["t"] for s in t["sg"]), default=0)


def _ids(draft: dict) -> set[str]:
    return {t["id"] for t in draft["t"]} | {s["id"] for t in draft["t"] for s in t["sg"]}


def _new_id(draft: dict, stem: str) -> str:
    used = _ids(draft)
    k = 1
    while f"{stem}{k}" in used:
        k += 1
    return f"{stem}{k}"


# ---- timing ----------------------------------------------------------------------------------------

def _cuts(segs: list[dict]) -> list[float]:
    """Each main-track cut's moment, ms: a hard cut's frame, or the middle of a transition."""
    out = []
    for prev, seg in zip(segs, segs[1:], strict=False):
        tr = seg.get("tr") or {}
        overlap = tr.get("d", 0) if tr.get("type", "none") != "none" else 0
        out.append(prev["s"] + prev["d"] - overlap / 2)
    return out


def _map_time(old: Sequence[float], new: Sequence[float], t: float) -> float:
    """Piecewise-linear map of a moment from the old cut points to the new ones."""
    if t <= old[0]:
        return new[0] + (t - old[0])
    for k in range(1, len(old)):
        if t <= old[k]:
            span = old[k] - old[k - 1]
            f = (t - old[k - 1]) / span if span else 0.0
            return new[k - 1] + f * (new[k] - new[k - 1])
    return new[-1] + (t - old[-1])


def retime(draft: dict, cuts: Sequence[int], end: int, overlaps: Sequence[int] | None = None) -> dict:
    """The draft with its main track's cuts (centres) at ``cuts`` (ms, one per join) and its last
    shot ending at ``end``; ``overlaps`` are the transitions' new lengths (kept when None). Text and
    cutaway segments move with the shot they are in; placed overlays keep their times (the ones to the
    end follow it: ``fit_overlays``); sound and text that ran to the old end run to the new one;
    anything past the new end is cut."""
    d = copy.deepcopy(draft)
    main = _main(d)
    if main is None or not main["sg"]:
        raise PromoError("there are no shots to cut")
    segs = main["sg"]
    if len(cuts) != len(segs) - 1:
        raise ValueError("one cut per join between shots")
    old_points = [0.0, *_cuts(segs), float(segs[-1]["s"] + segs[-1]["d"])]
    old_end = _end(d)
    if overlaps is None:
        overlaps = [(s.get("tr") or {}).get("d", 0) if (s.get("tr") or {}).get("type", "none") != "none" else 0
                    for s in segs[1:]]
    starts = [0] + [c - o // 2 for c, o in zip(cuts, overlaps, strict=True)]
    ends = [s + o for s, o in zip(starts[1:], overlaps, strict=True)] + [end]
    for k, seg in enumerate(segs):
        speed = float(seg.get("speed", 1.0))
        seg["s"], seg["d"] = starts[k], ends[k] - starts[k]
        if seg["d"] < MIN_SHOT_MS or (k and overlaps[k - 1] * 2 > min(segs[k - 1]["d"], seg["d"])):
            raise PromoError("the shots would be too short for their transitions")
        if k and "tr" in seg:
            seg["tr"]["d"] = overlaps[k - 1]
        if "out" in seg:  # a clip plays as long as its shot (its last frame held if it runs out)
            seg["out"] = seg.get("in", 0) + round(seg["d"] * speed)
    new_points = [0.0, *[float(c) for c in cuts], float(end)]
    for track in d["t"]:
        if track is main:
            continue
        kept = []
        for seg in track["sg"]:
            s0, s1 = seg["s"], seg["s"] + seg["d"]
            if "place" in seg:  # "the logo for the first 8 s" stays 8 s; fit_overlays fits it to the shots
                n0, n1 = s0, s1
            elif track["tt"] == TT_AUDIO:  # sound keeps its own timing; what ran to the end still does
                n0, n1 = s0, end if s1 >= old_end else s1
            else:
                n0 = round(_map_time(old_points, new_points, s0))
                n1 = end if s1 >= old_end else round(_map_time(old_points, new_points, s1))
            n0, n1 = max(0, n0), min(n1, end)
            if n1 - n0 < (1 if track["tt"] == TT_AUDIO else MIN_SHOT_MS):
                continue
            seg["s"], seg["d"] = n0, n1 - n0
            kept.append(seg)
        track["sg"] = kept
    fit_overlays(d)
    return d


# ---- beat-synced cuts ------------------------------------------------------------------------------

STEADY_CV = 0.12  # beats whose intervals vary more than this (std / mean) are not a steady beat
MIN_BEATS = 8


def timeline_beats(file_beats: Sequence[float], seg: dict, source_ms: float | None) -> list[int]:
    """The beats of a music file (seconds into the file) where a music segment plays them on the
    timeline, ms (a looped segment repeats them every ``source_ms``)."""
    start, offset, length = seg["s"], seg.get("in", 0), seg["d"]
    out: list[int] = []
    rep = 0
    while True:
        base = start - offset + rep * (source_ms or 0)
        for b in file_beats:
            t = base + b * 1000
            if start <= t < start + length:
                out.append(round(t))
        rep += 1
        if not seg.get("loop") or not source_ms or base + source_ms >= start + length:
            break
    return sorted(set(out))


def regular_beats(beats: Sequence[float]) -> list[float] | None:
    """The beats with the gaps a tracker leaves (a loop's seam, a quiet bar, a faded end) filled at
    the tempo, or None when they are not a steady beat: fewer than ``MIN_BEATS``, more than a fifth
    of the gaps off any whole number of beats, or beat lengths varying more than ``STEADY_CV``."""
    beats = sorted(beats)
    if len(beats) < MIN_BEATS:
        return None
    period = statistics.median(b - a for a, b in zip(beats, beats[1:], strict=False))
    if period <= 0:
        return None
    out = [float(beats[0])]
    odd, lengths = 0, []
    for b in beats[1:]:
        gap = b - out[-1]
        n = round(gap / period)
        if n == 0:
            continue  # a double detection
        if abs(gap - n * period) > STEADY_CV * period:
            odd += 1
        step = gap / n
        lengths.append(step)
        out += [out[-1] + step * i for i in range(1, n)]
        out.append(float(b))
    if odd > len(beats) / 5 or statistics.pstdev(lengths) / statistics.fmean(lengths) > STEADY_CV:
        return None
    return out


def is_steady(beats: Sequence[float]) -> bool:
    return regular_beats(beats) is not None


def beat_sync(draft: dict, beats: Sequence[int]) -> dict:
    """Every cut of the main track on a beat (a hard cut on it, a transition centred on it), every
    shot a whole number of beats long (at least one), and the end on the beat nearest the old end.
    ``beats`` are ms on the timeline (``timeline_beats``). The renderer rounds times to frames, so a
    cut lands within half a frame of its beat."""
    regular = regular_beats(beats)
    if regular is None:
        raise PromoError("the music has no steady beat to cut to; the cuts are kept as they are")
    main = _main(draft)
    if main is None or len(main["sg"]) < 1:
        raise PromoError("there are no shots to cut")
    segs = main["sg"]
    period = float(statistics.median(b - a for a, b in zip(regular, regular[1:], strict=False)))
    # beats before the music's first and past its last one, at its tempo, so every shot can land on one
    old_end = segs[-1]["s"] + segs[-1]["d"]
    grid = [round(b) for b in regular]
    while grid[0] - period > 0:
        grid.insert(0, round(grid[0] - period))
    while grid[-1] < old_end + 8 * period:
        grid.append(round(grid[-1] + period))
    points = [*_cuts(segs), float(old_end)]
    overlaps = [(s.get("tr") or {}).get("d", 0) if (s.get("tr") or {}).get("type", "none") != "none" else 0
                for s in segs[1:]]
    # shortest shot in beats: long enough for half of each neighbouring transition, and 100 ms
    floor = [max(1, math.ceil(max(MIN_SHOT_MS, (overlaps[k - 1] if k else 0)
                                  + (overlaps[k] if k < len(overlaps) else 0)) / period))
             for k in range(len(segs))]

    def nearest(t: float) -> int:
        i = bisect_left(grid, t)
        return min((j for j in (i - 1, i) if 0 <= j < len(grid)), key=lambda j: abs(grid[j] - t))

    first = max(nearest(points[0]), 0)
    while grid[first] < floor[0] * period * 0.999 and first + 1 < len(grid):
        first += 1
    idx = [first]
    for k in range(1, len(points)):
        want = round((points[k] - points[k - 1]) / period)
        idx.append(idx[-1] + max(floor[k], want))
    # the total as close as the beats allow: take beats from (or give them to) the shots whose
    # rounding moved them furthest
    target = nearest(old_end)
    diff = target - idx[-1]
    lengths = [idx[0]] + [b - a for a, b in zip(idx, idx[1:], strict=False)]
    while diff != 0:
        step = 1 if diff > 0 else -1
        order = sorted(range(1, len(lengths)), key=lambda k: (lengths[k] - (points[k] - points[k - 1]) / period) * step)
        pick = next((k for k in order if lengths[k] + step >= floor[k]), None)
        if pick is None:
            break
        lengths[pick] += step
        diff -= step
    idx = [lengths[0]]
    for n in lengths[1:]:
        idx.append(idx[-1] + n)
    while idx[-1] >= len(grid):
        grid.append(round(grid[-1] + period))
    cuts = [grid[j] for j in idx[:-1]]
    out = retime(draft, cuts, grid[idx[-1]], overlaps)
    out["m"]["beats"] = [b for b in grid if b <= out["d"]][:20000]
    return out


# ---- brand kit, logo, end card ---------------------------------------------------------------------

def set_brand(draft: dict, **fields: str) -> dict:
    """The brand kit with these fields set (colours as names or #hex, fonts as family words)."""
    d = copy.deepcopy(draft)
    brand = dict(d["m"].get("brand") or {})
    for key, value in fields.items():
        if key in ("color", "accent", "text_color"):
            hexed = parse_colour(value)
            if hexed is None:
                raise PromoError(f"unknown colour {value!r}: use a colour name or #RRGGBB")
            brand[key] = hexed
        elif key in ("font", "body_font"):
            value = parse_font(value) or value
            if value not in FONTS:
                raise PromoError(f"unknown font {value!r}: the fonts are {', '.join(FONTS)}")
            brand[key] = value
        elif key in ("logo", "url"):
            brand[key] = value
        else:
            raise PromoError(f"a brand kit has no {key!r}")
    d["m"]["brand"] = brand
    # an end card made before shows the kit as it is now (apply_brand alone only fills what a card lacks)
    for seg in (main_track(d) or {"sg": []})["sg"]:
        if is_card(seg):
            for key in fields:
                if key in CARD_FIELDS:
                    seg[CARD_FIELDS[key]] = brand[key]
    return apply_brand(d)


# brand kit field -> the end card's field it sets
CARD_FIELDS = {"color": "bg", "accent": "color", "logo": "logo", "url": "sub", "font": "font"}


def apply_brand(draft: dict) -> dict:
    """The brand kit (``m.brand``) applied: headings (title, call to action) in the brand font
    and colour, captions in the text colour and body font, end cards on the brand colour with
    the logo and web address. Call it again after the timeline is rebuilt."""
    d = copy.deepcopy(draft)
    brand = d["m"].get("brand") or {}
    for track in d["t"]:
        for seg in track["sg"]:
            if track["tt"] == TT_TEXT:
                style = seg.setdefault("style", {})
                if track.get("role") == ROLE_TITLE:
                    if "color" in brand:
                        style["color"] = brand["color"]
                    if "font" in brand:
                        style["font"] = brand["font"]
                else:
                    if "text_color" in brand:
                        style["color"] = brand["text_color"]
                    if "body_font" in brand:
                        style["font"] = brand["body_font"]
            elif is_card(seg):
                for field_, key in CARD_FIELDS.items():
                    value = brand.get(field_)
                    if value and key not in seg:
                        seg[key] = value
    return d


# ---- placed overlays: where they are and when -------------------------------------------------------

# A placed overlay's ``span``: "all" runs from its ``s`` to the end of the shots, "last" is its last ``d``
# ms before that end; without one its times are fixed. "The end of the shots" is where the end card
# starts: the card draws the logo itself, so a corner logo over it would show the logo twice.
SPANS = ("all", "last")


def shots_end(draft: dict) -> int:
    """Where the shots end: the start of the end card, else the end of the main track (else the draft)."""
    main = _main(draft)
    segs = main["sg"] if main else []
    card = next((s for s in segs if is_card(s)), None)
    if card is not None:
        return int(card["s"])
    return max((s["s"] + s["d"] for s in segs), default=int(draft.get("d", 0)))


def overlay_span(draft: dict, start: int = 0, length: int | None = None, span: str | None = None
                 ) -> tuple[int, int]:
    """(s, d) of a placed overlay asked for ``start``/``length``/``span`` (see ``SPANS``) in this draft,
    or PromoError when none of it falls inside the shots."""
    if span is not None and span not in SPANS:
        raise ValueError(f"span is one of {SPANS}, not {span!r}")
    end = shots_end(draft)
    if span == "last":
        d = min(length or end, end)
        s = end - d
    elif span == "all" or length is None:
        s, d = start, end - start
    else:
        s, d = start, min(length, end - start)
    if s < 0 or d < MIN_SHOT_MS:
        raise PromoError(f"the video's shots are only {end / 1000:g} s long"
                         + (" before the end card" if shots_end(draft) != _end(draft) else ""))
    return s, d


def fit_overlays(d: dict) -> None:
    """Every placed overlay of ``d`` (changed in place) fitted to the shots as they are now: one that
    runs to the end ("all") ends where the end card starts (or the video ends), one of the last seconds
    moves with that end, one at fixed times is cut there; one left with nothing to show goes. The
    functions here call it on their copy after moving shots; the planner after every edit."""
    end = shots_end(d)
    for track in d["t"]:
        if track["tt"] != TT_VIDEO or track.get("role") == ROLE_MAIN or track is _main(d):
            continue
        kept = []
        for seg in track["sg"]:
            if "place" in seg:
                span = seg.get("span")
                if span == "all":
                    seg["d"] = end - seg["s"]
                elif span == "last":
                    seg["d"] = min(seg["d"], end)
                    seg["s"] = end - seg["d"]
                else:
                    seg["d"] = min(seg["d"], end - seg["s"])
                if seg["d"] < MIN_SHOT_MS:
                    continue
            kept.append(seg)
        track["sg"] = kept
    d["t"] = [t for t in d["t"] if t["sg"] or t.get("role") != ROLE_OVERLAY]
    d["d"] = _end(d)


def add_logo(draft: dict, mid: str, pos: str = "top_right", width: float = 0.12, margin: float = 0.03,
             opacity: float = 1.0, start: int = 0, length: int | None = None, span: str | None = None) -> dict:
    """A picture over the video (a logo in the corner), the whole video (to the end card) unless told:
    ``start``/``length`` ms, or ``span`` "last" with ``length`` (see ``SPANS``)."""
    if not 0.02 <= width <= 1 or not 0 <= opacity <= 1:
        raise PromoError("a logo's width is 2-100 % of the frame and its opacity 0-1")
    d = copy.deepcopy(draft)
    span = span or ("all" if length is None else None)
    s, length = overlay_span(d, start, length, span)
    seg = {"id": _new_id(d, "logo"), "mid": mid, "k": "image", "name": "logo", "s": s, "d": length,
           "place": {"pos": pos, "w": width, "margin": margin, "opacity": opacity}}
    if span:
        seg["span"] = span
    d["t"].append({"id": _new_id(d, "ov"), "tt": TT_VIDEO, "role": ROLE_OVERLAY, "n": "Logo", "sg": [seg]})
    d["d"] = _end(d)
    return d


def add_end_card(draft: dict, text: str, length: int = DEFAULT_END_CARD_MS, sub: str | None = None,
                 bg: str | None = None, transition: dict | None = None) -> dict:
    """A closing card after the last shot (replacing an earlier one): the call to action, the
    brand's logo, colour and web address unless given; sound that ran to the end runs on."""
    d = copy.deepcopy(draft)
    main = _main(d)
    if main is None:
        fresh: dict = {"id": _new_id(d, "v"), "tt": TT_VIDEO, "role": ROLE_MAIN, "sg": []}
        d["t"].insert(0, fresh)
        main = fresh
    main["sg"] = [s for s in main["sg"] if not is_card(s)]
    old_end = _end(d)
    tr: dict = transition if transition is not None else {"type": "fade", "d": 500}
    last = main["sg"][-1] if main["sg"] else None
    overlap = int(tr["d"]) if last is not None and tr["type"] != "none" else 0
    overlap = min(overlap, int(last["d"] if last else 0) // 2, length // 2)
    start = last["s"] + last["d"] - overlap if last else 0
    card: dict = {"id": _new_id(d, "card"), "k": KIND_CARD, "name": "end card", "s": start, "d": length, "text": text}
    if sub:
        card["sub"] = sub
    if bg:
        hexed = "blur" if bg == "blur" else parse_colour(bg)
        if hexed is None:
            raise PromoError(f"unknown colour {bg!r}: use a colour name, #RRGGBB or blur")
        card["bg"] = hexed
    if last is not None:
        card["tr"] = {"type": tr["type"], "d": overlap}
    main["sg"].append(card)
    new_end = start + length
    for track in d["t"]:
        if track["tt"] == TT_AUDIO:
            for seg in track["sg"]:
                if seg["s"] + seg["d"] >= old_end:
                    seg["d"] = new_end - seg["s"]
    fit_overlays(d)
    return apply_brand(d)


def set_fade(draft: dict, fade_in: int = 0, fade_out: int = 0, color: str = "black") -> dict:
    if color not in ("black", "white"):
        raise PromoError("a video fades from / to black or white")
    d = copy.deepcopy(draft)
    d["m"]["fade"] = {"in": fade_in, "out": fade_out, "color": color}
    return d


def set_speed(draft: dict, seg_id: str, speed: float) -> dict:
    """A clip played faster or slower (its sound at pitch); its shot keeps its length (a slower
    clip shows less of itself, a faster one more, its last frame held if it runs out)."""
    lo, hi = SPEED_RANGE
    if not lo <= speed <= hi:
        raise PromoError(f"speed {speed:g}x is out of range: {lo:g}x to {hi:g}x")
    d = copy.deepcopy(draft)
    for track in d["t"]:
        for seg in track["sg"]:
            if seg["id"] == seg_id:
                if not is_clip(seg):
                    raise PromoError("only clips have a speed")
                seg["speed"] = speed
                if "out" in seg:
                    seg["out"] = seg.get("in", 0) + round(seg["d"] * speed)
                return d
    raise PromoError(f"no segment {seg_id!r}")


# ---- style presets ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Preset:
    """A feel, as data: how long a picture stays, how shots join, how text looks and moves, how
    pictures move."""

    zh: str
    doc: str
    picture_ms: int  # pacing: each picture's shot
    transition: dict  # between shots
    title: dict  # title style (incl. anim)
    caption: dict  # caption style (incl. anim)
    kb: tuple[str, ...]  # Ken Burns cycle for pictures
    words: tuple[str, ...] = field(default=())


PRESETS: dict[str, Preset] = {
    "energetic": Preset(
        "活力", "fast cuts (1.6 s), hard cuts, big display titles that pop, captions sliding up, zooms",
        1600, {"type": "none", "d": 0},
        {"size": "xxl", "font": "display", "bold": True, "anim": {"in": {"type": "pop", "d": 300},
                                                                  "out": {"type": "fade", "d": 200}}},
        {"size": "l", "font": "display", "bold": True, "anim": {"in": {"type": "slide_up", "d": 250},
                                                                "out": {"type": "fade", "d": 150}}},
        ("in", "out"), ("dynamic", "energetic", "upbeat", "动感", "活力", "有活力")),
    "elegant": Preset(
        "优雅", "slow (4.5 s) crossfades of 1 s, serif titles fading in, slow pans",
        4500, {"type": "fade", "d": 1000},
        {"size": "xl", "font": "serif", "bold": False, "shadow": True,
         "anim": {"in": {"type": "fade", "d": 800}, "out": {"type": "fade", "d": 600}}},
        {"size": "m", "font": "serif", "bold": False, "anim": {"in": {"type": "fade", "d": 500},
                                                               "out": {"type": "fade", "d": 400}}},
        ("left", "in", "right", "out"), ("elegant", "classy", "luxury", "优雅", "高级")),
    "minimal": Preset(
        "简约", "calm (3.5 s) cuts, small plain sans text, no motion",
        3500, {"type": "none", "d": 0},
        {"size": "l", "font": "sans", "bold": False, "shadow": False, "anim": {"in": {"type": "fade", "d": 300},
                                                                                "out": {"type": "fade", "d": 300}}},
        {"size": "s", "font": "sans", "bold": False, "anim": {"in": {"type": "fade", "d": 250},
                                                              "out": {"type": "fade", "d": 250}}},
        ("none",), ("minimal", "simple", "clean", "简约", "简洁")),
    "sale": Preset(
        "促销", "quick (2 s) shots with short slides, huge yellow display titles that pop, boxed captions",
        2000, {"type": "slideleft", "d": 300},
        {"size": "xxxl", "font": "display", "bold": True, "color": "#ffd700",
         "anim": {"in": {"type": "pop", "d": 300}, "out": {"type": "fade", "d": 200}}},
        {"size": "l", "font": "display", "bold": True, "box": True,
         "anim": {"in": {"type": "slide_left", "d": 250}, "out": {"type": "fade", "d": 150}}},
        ("in", "out"), ("sale", "promotion", "discount", "促销", "打折", "大促")),
}


def find_preset(word: str) -> str | None:
    w = word.strip().lower()
    return next((k for k, p in PRESETS.items() if w == k or w == p.zh or w in p.words), None)


def apply_preset(draft: dict, name: str) -> dict:
    """The preset's pacing, transitions, text styles and motion applied to the whole draft (the
    brand kit is applied after it, so brand colours and fonts win). Undo is the planner's."""
    preset = PRESETS.get(name)
    if preset is None:
        raise PromoError(f"unknown style {name!r}: the styles are "
                         + ", ".join(f"{k} ({p.zh})" for k, p in PRESETS.items()))
    d = copy.deepcopy(draft)
    main = _main(d)
    if main is not None and main["sg"]:
        segs = main["sg"]
        kb_i = 0
        for seg in segs:
            if is_image(seg):
                seg["kb"] = preset.kb[kb_i % len(preset.kb)]
                kb_i += 1
        lengths = [preset.picture_ms if is_image(s) else s["d"] for s in segs]
        overlaps = []
        for k, seg in enumerate(segs[1:], start=1):
            if is_card(seg):
                overlaps.append((seg.get("tr") or {}).get("d", 0) if (seg.get("tr") or {}).get("type", "none")
                                != "none" else 0)
                continue
            tr = dict(preset.transition)
            tr["d"] = min(tr["d"], lengths[k - 1] // 2, lengths[k] // 2)
            seg["tr"] = tr
            overlaps.append(tr["d"] if tr["type"] != "none" else 0)
        starts = [0]
        for k in range(1, len(segs)):
            starts.append(starts[-1] + lengths[k - 1] - overlaps[k - 1])
        cuts = [s + o // 2 for s, o in zip(starts[1:], overlaps, strict=True)]
        d = retime(d, cuts, starts[-1] + lengths[-1], overlaps)
    for track in d["t"]:
        if track["tt"] != TT_TEXT:
            continue
        look = preset.title if track.get("role") == ROLE_TITLE else preset.caption
        for seg in track["sg"]:
            style = {k: v for k, v in seg.get("style", {}).items() if k not in ("fi", "fo")}
            style.update(copy.deepcopy(look))
            seg["style"] = style
    d["m"]["preset"] = name
    return apply_brand(d)
