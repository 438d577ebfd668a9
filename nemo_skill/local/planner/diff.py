"""What differs between two drafts, by topic: the ground truth replies are checked against.

``topics(old, new)`` names the parts of the timeline that changed ("title", "captions", "audio", ...).
Each registered edit declares the topics it may change; a reply sentence is only said for an edit
whose topics changed (``core``), "nothing changed" only when no topic did, and the undo reply names
the topics an undone version had changed.
"""

from __future__ import annotations

from typing import Any

from ...draft.timeline import (
    ROLE_OVERLAY,
    TT_AUDIO,
    TT_VIDEO,
    is_card,
    is_clip,
    main_segments,
    role_of,
    text_tracks,
    tracks,
)

TOPICS = ("length", "format", "fps", "fit", "title", "captions", "text", "audio", "transitions", "motion",
          "order", "visuals", "trim", "segments", "style", "overlays", "endcard", "fade", "speed", "brand", "beats")

# consequences of the re-layout: any edit of the pictures may change them
CONSEQUENCES = frozenset({"length", "segments", "captions", "trim"})


def _meta(d: dict | None, *keys: str) -> tuple[Any, ...]:
    m = (d or {}).get("m") or {}
    return tuple(m.get(k) for k in keys)


def _texts(d: dict | None, role: str | None) -> list[tuple[Any, ...]]:
    out = []
    for t in text_tracks(d):
        r = role_of(t)
        if role is None and r in ("title", "caption"):
            continue
        if role is not None and r != role:
            continue
        for s in t.get("sg") or []:
            style = s.get("style") or {}
            out.append((s.get("text"), style.get("pos"), s.get("s") if role == "title" else None,
                        s.get("d") if role == "title" else None))
    return out


def _audio(d: dict | None) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for t in tracks(d):
        if t.get("tt") == TT_AUDIO:
            out.append((role_of(t), t.get("vol"), t.get("mute"), t.get("duck"),
                        tuple((s.get("mid"), s.get("vol"), s.get("mute"), s.get("s")) for s in t.get("sg") or [])))
    out += [("clip", s.get("id"), s.get("vol"), s.get("mute")) for s in main_segments(d) if is_clip(s)]
    return sorted(out, key=repr)


def _by_id(segs: list[dict], ids: set[str], key: str) -> dict[str, Any]:
    return {str(s.get("id")): s.get(key) for s in segs if str(s.get("id")) in ids}


def _styles(d: dict | None) -> dict[str, str]:
    """Each text's look (style and animation, not its place or fades), by its role and segment id (an id freed by a text
    removed may be given to one added in the same message: "remove the title and add captions" read as the title's look
    changed)."""
    out: dict[str, str] = {}
    for t in text_tracks(d):
        for s in t.get("sg") or []:
            # the title's place is the title's topic; fades are re-fitted by the re-layout
            skip = ("pos", "fi", "fo") if role_of(t) == "title" else ("fi", "fo")
            style = {k: v for k, v in (s.get("style") or {}).items() if k not in skip}
            out[f"{role_of(t)}:{s.get('id')}"] = repr(sorted(style.items()))
    return out


def _cards(d: dict | None) -> list[tuple[Any, ...]]:
    return [(s.get("text"), s.get("sub"), s.get("bg"), s.get("logo"), s.get("color"), s.get("font"), s.get("d"))
            for s in main_segments(d) if is_card(s)]


def _overlay_times(s: dict) -> tuple[Any, ...]:
    """An overlay's times as the person placed them: one over the whole video or its last seconds (its ``span``,
    draft/promo.py) that the draft refitted to a new length, beat sync or end card is no change a person sees (sets
    AU au278/au279, AV av288 counted the logo placed over the whole video as changed)."""
    span = s.get("span")
    return (span, s.get("s")) if span == "all" else (span, s.get("d")) if span == "last" else (s.get("s"), s.get("d"))


def _overlays(d: dict | None) -> list[tuple[Any, ...]]:
    return [(s.get("mid"), *_overlay_times(s), repr(sorted((s.get("place") or {}).items())))
            for t in tracks(d) if t.get("tt") == TT_VIDEO and role_of(t) == ROLE_OVERLAY for s in t.get("sg") or []]


def topics(old: dict | None, new: dict | None) -> set[str]:
    """The topics whose content differs between ``old`` and ``new``."""
    out: set[str] = set()
    looks_a, looks_b = _styles(old), _styles(new)
    # texts that come or go are the title's or the captions' topic; a look changed on a text that stays is style
    if any(looks_a[k] != looks_b[k] for k in looks_a.keys() & looks_b.keys()):
        out.add("style")
    if _cards(old) != _cards(new):
        out.add("endcard")
    if _overlays(old) != _overlays(new):
        out.add("overlays")
    if _meta(old, "fade") != _meta(new, "fade"):
        out.add("fade")
    if _meta(old, "brand") != _meta(new, "brand"):
        out.add("brand")
    if bool(_meta(old, "beats")[0]) != bool(_meta(new, "beats")[0]):  # the cuts kept on the beat, or no longer
        out.add("beats")
    if {s.get("id"): s.get("speed") for s in main_segments(old) if "speed" in s} != \
            {s.get("id"): s.get("speed") for s in main_segments(new) if "speed" in s}:
        out.add("speed")
    # an end card is not a picture: the other topics read the pictures and clips only
    a = [s for s in main_segments(old) if not is_card(s)]
    b = [s for s in main_segments(new) if not is_card(s)]
    if (old or {}).get("d") != (new or {}).get("d"):
        out.add("length")
    if _meta(old, "width", "height", "aspect") != _meta(new, "width", "height", "aspect"):
        out.add("format")
    if _meta(old, "fps") != _meta(new, "fps"):
        out.add("fps")
    common = {str(s.get("id")) for s in a} & {str(s.get("id")) for s in b}
    if _meta(old, "fit") != _meta(new, "fit") or _by_id(a, common, "fit") != _by_id(b, common, "fit"):
        out.add("fit")
    if _texts(old, "title") != _texts(new, "title"):
        out.add("title")
    if [t[0] for t in _texts(old, "caption")] != [t[0] for t in _texts(new, "caption")]:
        out.add("captions")
    if _texts(old, None) != _texts(new, None):
        out.add("text")
    if _audio(old) != _audio(new):
        out.add("audio")
    # transitions stay at the cuts when pictures move or go: the kinds and lengths used are what a person sees
    tr_a = {((s.get("tr") or {}).get("type"), (s.get("tr") or {}).get("d")) for s in a[1:]}
    tr_b = {((s.get("tr") or {}).get("type"), (s.get("tr") or {}).get("d")) for s in b[1:]}
    if (tr_a != tr_b and (a[1:] and b[1:])) or _meta(old, "tr") != _meta(new, "tr"):
        out.add("transitions")
    # the zoom/pan cycle is re-dealt when pictures move; motion changes when a picture starts or stops moving
    moving_a = {k: v not in (None, "none") for k, v in _by_id(a, common, "kb").items()}
    moving_b = {k: v not in (None, "none") for k, v in _by_id(b, common, "kb").items()}
    if _meta(old, "kb") != _meta(new, "kb") or moving_a != moving_b:
        out.add("motion")
    # the order of the pictures both have ("swap 1 and 2, and drop the last one": swapped, though one went)
    if [str(s.get("id")) for s in a if str(s.get("id")) in common] != [str(s.get("id")) for s in b if str(s.get("id")) in common]:
        out.add("order")
    if {(s.get("id"), s.get("mid")) for s in a} != {(s.get("id"), s.get("mid")) for s in b}:
        out.add("visuals")
    if [(s.get("id"), s.get("in"), s.get("out")) for s in a if is_clip(s)] != \
            [(s.get("id"), s.get("in"), s.get("out")) for s in b if is_clip(s)]:
        out.add("trim")
    if {s.get("id"): s.get("d") for s in a} != {s.get("id"): s.get("d") for s in b}:
        out.add("segments")
    return out
