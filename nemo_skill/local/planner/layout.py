"""Timeline re-layout after edits: fit durations to the target length, recompute starts from durations and
transitions, keep captions on their visuals, clamp the title, fit placed overlays to the shots (never over the
end card), cut or loop the audio, recompute ``d``."""

from __future__ import annotations

import math

from ...draft.promo import fit_overlays
from ...draft.timeline import ROLE_CAPTION, ROLE_MUSIC, TT_AUDIO, TT_TEXT, is_card, is_clip, role_of
from .work import Work, main_end, main_track, overlap, tracks_by_role

MIN_SEG = 100  # schema minimum for a visual or text segment
SOFT_MIN_IMAGE = 1000  # below this a picture flashes by: shrink clips before going under it
MIN_CLIP = 500
MAX_TOTAL = 3_600_000  # the schema's longest draft


def distribute(weights: list[float], budget: int, floors: list[int], caps: list[int]) -> list[int]:
    """Split ``budget`` ms in proportion to ``weights`` within per-item floors and caps (water filling);
    integer results that add up to the budget whenever the floors and caps allow it."""
    n = len(weights)
    fixed: dict[int, float] = {}
    values: dict[int, float] = {}
    for _ in range(n + 1):
        free = [i for i in range(n) if i not in fixed]
        if not free:
            break
        rem = budget - sum(fixed.values())
        wsum = sum(max(weights[i], 1.0) for i in free)
        values = {i: rem * max(weights[i], 1.0) / wsum for i in free}
        low = [i for i in free if values[i] < floors[i]]
        high = [i for i in free if values[i] > caps[i]]
        if not low and not high:
            break
        for i in low:
            fixed[i] = floors[i]
        if not low:
            for i in high:
                fixed[i] = caps[i]
    exact = {**values, **fixed}
    ints = [math.floor(exact[i]) for i in range(n)]
    left = budget - sum(ints)
    order = sorted(range(n), key=lambda i: (-(exact[i] - ints[i]), i))
    for i in order:
        if left <= 0:
            break
        if exact[i] - ints[i] > 0 and ints[i] < caps[i]:
            ints[i] += 1
            left -= 1
    return [max(floors[i], min(caps[i], ints[i])) for i in range(n)]


def _clip_cap(work: Work, seg: dict) -> int:
    src = work.source_ms(seg["mid"])
    if src is None:
        return seg["d"]
    # a sped-up clip lasts less on the timeline; a held last frame (a shot playing its source to the end and
    # lasting longer) keeps its length
    plays = int((src - int(seg.get("in", 0))) / float(seg.get("speed", 1.0)))
    held = seg.get("out") == src and seg["d"] > plays
    return max(MIN_SEG, plays, seg["d"] if held else 0)


def _set_len(work: Work, seg: dict, d: int) -> None:
    seg["d"] = max(MIN_SEG, int(d))
    if is_clip(seg) and ("out" in seg or work.source_ms(seg["mid"]) is not None):
        out = int(seg.get("in", 0)) + round(seg["d"] * float(seg.get("speed", 1.0)))
        src = work.source_ms(seg["mid"])
        seg["out"] = min(out, src) if src is not None and src > int(seg.get("in", 0)) else out


def _assign(work: Work, segs: list[dict], target: int) -> None:
    need = target + sum(overlap(s) for s in segs[1:])
    imgs = [s for s in segs if not is_clip(s)]
    vids = [s for s in segs if is_clip(s)]
    budget = need - sum(v["d"] for v in vids)
    if imgs and (budget >= SOFT_MIN_IMAGE * len(imgs) or not vids):
        # a picture whose length the same message set keeps it ("keep 30 s but show the first for 10 s": the
        # others share the rest; it was scaled to 7.6 s and the reply still said 10)
        fixed = [s["d"] if s["id"] in work.pinned else None for s in imgs]
        free = sum(d for d in fixed if d is not None)
        if free and len([d for d in fixed if d is None]) and budget - free >= SOFT_MIN_IMAGE * fixed.count(None):
            floors = [d if d is not None else MIN_SEG for d in fixed]
            caps = [d if d is not None else 3_600_000 for d in fixed]
        else:
            floors, caps = [MIN_SEG] * len(imgs), [3_600_000] * len(imgs)
        ds = distribute([s["d"] for s in imgs], budget, floors, caps)
        for s, d in zip(imgs, ds, strict=True):
            _set_len(work, s, d)
        return
    if imgs:
        vbudget = need - SOFT_MIN_IMAGE * len(imgs)
        if vbudget >= MIN_CLIP * len(vids):
            ds = distribute([v["d"] for v in vids], vbudget, [MIN_CLIP] * len(vids), [v["d"] for v in vids])
            for s, d in zip(vids, ds, strict=True):
                _set_len(work, s, d)
            for s in imgs:
                _set_len(work, s, SOFT_MIN_IMAGE)
            return
        caps = [_clip_cap(work, s) if is_clip(s) else 3_600_000 for s in segs]
        ds = distribute([s["d"] for s in segs], need, [MIN_SEG] * len(segs), caps)
    else:
        caps = [_clip_cap(work, s) for s in segs]
        ds = distribute([s["d"] for s in segs], need, [MIN_SEG] * len(segs), caps)
    for s, d in zip(segs, ds, strict=True):
        _set_len(work, s, d)


def clamp_transitions(segs: list[dict]) -> bool:
    """A transition may overlap at most half of either neighbour; returns whether one was shortened."""
    changed = False
    if segs:
        segs[0].pop("tr", None)
    for prev, seg in zip(segs, segs[1:], strict=False):
        tr = seg.get("tr")
        if isinstance(tr, dict) and tr.get("type") != "none":
            limit = min(prev["d"], seg["d"]) // 2
            if tr["d"] > limit:
                tr["d"] = limit
                changed = True
    return changed


def fit(work: Work, segs: list[dict], target: int) -> None:
    for _ in range(8):
        _assign(work, segs, target)
        if not clamp_transitions(segs):
            break


def place(segs: list[dict]) -> None:
    clamp_transitions(segs)
    for k, seg in enumerate(segs):
        seg["s"] = 0 if k == 0 else segs[k - 1]["s"] + segs[k - 1]["d"] - overlap(seg)


def _fades(seg: dict, limit: int, keys: tuple[str, str] = ("fi", "fo")) -> None:
    a, b = seg.get(keys[0], 0), seg.get(keys[1], 0)
    if a + b > limit and a + b > 0:
        scale = limit / (a + b)
        for key, val in zip(keys, (a, b), strict=True):
            if key in seg:
                seg[key] = int(val * scale)


def _caption_span(main: list[dict], k: int, edge: int) -> tuple[int, int]:
    seg = main[k]
    ins_in = overlap(seg) if k > 0 else edge
    ins_out = overlap(main[k + 1]) if k + 1 < len(main) else edge
    if seg["d"] - ins_in - ins_out < max(MIN_SEG, seg["d"] // 2):
        ins_in = ins_out = 0
    return seg["s"] + ins_in, seg["d"] - ins_in - ins_out


def _clamp_text(seg: dict, total: int) -> bool:
    """Keep a text segment inside [0, total]; False when it cannot fit."""
    if total < MIN_SEG:
        return False
    if seg["s"] + MIN_SEG > total:
        seg["s"] = max(0, total - max(MIN_SEG, min(seg["d"], total)))
    seg["d"] = max(MIN_SEG, min(seg["d"], total - seg["s"]))
    return seg["s"] + seg["d"] <= total


def relayout(work: Work) -> None:
    draft = work.draft
    main = main_track(draft)
    segs = main["sg"] if main else []
    if segs:
        # an end card keeps its length: the pictures and clips fit the rest of the target
        body = [s for s in segs if not is_card(s)]
        card_ms = sum(s["d"] - overlap(s) for s in segs if is_card(s))
        if work.target is not None and body:
            fit(work, body, max(MIN_SEG, work.target - card_ms))
        for seg in segs:
            if is_clip(seg) and "out" in seg:
                _set_len(work, seg, seg["d"])  # keep out = in + d x speed
        place(segs)
        if main_end(segs) > MAX_TOTAL and body:  # e.g. "each image for 99 minutes": cap at the schema's hour
            fit(work, body, MAX_TOTAL - card_ms)
            place(segs)
        total = main_end(segs)
    else:
        total = max((s["s"] + s["d"] for t in draft["t"] for s in t["sg"]), default=0)

    meta_tr = draft.get("m", {}).get("tr")
    edge = overlap({"tr": meta_tr}) if isinstance(meta_tr, dict) else 0
    index = {seg["id"]: k for k, seg in enumerate(segs)}
    for track in draft["t"]:
        if track is main:
            continue
        role = role_of(track)
        kept = []
        for seg in track["sg"]:
            if track.get("tt") == TT_TEXT:
                link = work.links.get(seg["id"])
                if role == ROLE_CAPTION and link in index:
                    seg["s"], seg["d"] = _caption_span(segs, index[link], edge)
                elif not _clamp_text(seg, total):
                    continue
                style = seg.get("style")
                if isinstance(style, dict):
                    _fades(style, seg["d"])
            elif track.get("tt") == TT_AUDIO:
                if not _fit_audio(work, track, seg, total):
                    continue
            elif "place" not in seg:  # a placed overlay is fitted to the shots below
                if seg["s"] + MIN_SEG > total:
                    continue
                seg["d"] = max(MIN_SEG, min(seg["d"], total - seg["s"]))
            kept.append(seg)
        kept.sort(key=lambda s: s["s"])
        track["sg"] = kept
    fit_overlays(draft)
    draft["t"] = [t for t in draft["t"] if t is main or t["sg"]]
    draft["d"] = max((s["s"] + s["d"] for t in draft["t"] for s in t["sg"]), default=0)


def _fit_audio(work: Work, track: dict, seg: dict, total: int) -> bool:
    """Voice keeps its natural length, cut at the end; music fills the video, looping if it is short."""
    if seg["s"] >= total:
        return False
    room = total - seg["s"]
    src = work.source_ms(seg["mid"])
    avail = src - int(seg.get("in", 0)) if src is not None else None
    if role_of(track) == ROLE_MUSIC and len(track["sg"]) == 1:
        seg["d"] = room
        if avail is not None and avail < room:
            seg["loop"] = True
    elif avail is not None and avail > 0 and not seg.get("loop"):
        seg["d"] = min(avail, room)
    else:
        seg["d"] = min(seg["d"], room)
    seg["d"] = max(1, seg["d"])
    _fades(seg, seg["d"])
    return True


def music_tracks(work: Work) -> list[dict]:
    return tracks_by_role(work.draft, TT_AUDIO, ROLE_MUSIC)
