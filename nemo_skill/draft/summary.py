"""One-line track summaries and readiness checks, tolerant of any draft shape.

The cloud documents only the short keys ``t``, ``tt``, ``sg``, ``d`` and ``m`` (docs/api.md), so
everything else is read defensively: a draft from either backend, or a damaged one, still gets a
summary. The two backends put a segment's details in different places: the local engine on the
segment (``{"name": …, "text": …, "vol": …}``), the cloud in its metadata ``m``
(``{"d": 10000, "m": {"name": "city timelapse"}}``, ``m.volume``, ``m.text``); both are read.
Tracks without a role are labelled the way the API's example line does: audio as BGM at its volume
(Voiceover when its name says voice), the first text track as Title.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .timeline import TT_AUDIO, TT_TEXT, TT_VIDEO, is_card

TRACK_KINDS = {TT_VIDEO: "Video", TT_AUDIO: "Audio", TT_TEXT: "Text"}
_ROLE_LABELS = {
    "voice": "Voiceover",
    "music": "BGM",
    "bgm": "BGM",
    "sfx": "Sound",
    "title": "Title",
    "caption": "Captions",
    "lower_third": "Lower third",
    "main": "Video",
    "overlay": "Overlay",
}
# Names that mark a role-less audio track as speech or effects; any other audio is music-like (BGM).
_VOICE_WORDS = re.compile(r"\b(voice|voiceover|vo|narration|narrator|speech|speaker|dialog(ue)?)\b|旁白|配音|解说|人声",
                          re.IGNORECASE)
_SFX_WORDS = re.compile(r"\b(sfx|effects?|whoosh|swoosh|click|ding)\b|音效", re.IGNORECASE)
# A caption line longer than this shows as "N overlays: first, second +K more" (the line stays readable).
CAPTION_BUDGET = 90


def tracks(draft: Any) -> list[dict]:
    if not isinstance(draft, dict):
        return []
    raw = draft.get("t")
    return [t for t in raw if isinstance(t, dict)] if isinstance(raw, list) else []


def segments(track: dict) -> list[dict]:
    raw = track.get("sg")
    return [s for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []


def is_ready(draft: Any) -> bool:
    """Ready for export: at least one track with a non-empty segment list (docs/api.md)."""
    return any(segments(t) for t in tracks(draft))


def fmt_seconds(ms: float) -> str:
    """3000 -> '3', 2500 -> '2.5'; a time past any number (a malformed draft's, 1e308 + 1e308 ms) -> '?'."""
    s = round(float(ms) / 1000.0, 1)
    if not math.isfinite(s):  # (the summary never raises: tests/test_draft.py found "inf" overflow int())
        return "?"
    return str(int(s)) if s == int(s) else f"{s:g}"


def _num(value: Any, default: float = 0.0) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


def _is_num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def field(item: dict, *keys: str) -> Any:
    """The first of ``keys`` set on the item itself, else in its metadata ``m`` (the cloud's place)."""
    meta = item.get("m")
    for where in (item, meta if isinstance(meta, dict) else {}):
        for key in keys:
            value = where.get(key)
            if value is not None and value != "":
                return value
    return None


def _text(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def segment_text(seg: dict) -> str | None:
    return _text(field(seg, "text", "content"))


def segment_name(seg: dict) -> str:
    for key in ("text", "name", "n", "title", "content", "filename"):
        value = _text(field(seg, key))
        if value:
            return value
    return "clip"


def volume(item: dict) -> float | None:
    """A volume as a fraction (1 = unchanged); a value above 2 is read as a percentage."""
    value = field(item, "vol", "volume")
    if not _is_num(value):
        return None
    return float(value) / 100 if value > 2 else float(value)


def track_volume(track: dict) -> float | None:
    vol = volume(track)
    segs = segments(track)
    if vol is None and segs:
        vols = {volume(s) for s in segs}
        if len(vols) == 1:  # one volume for every segment is the track's volume
            vol = vols.pop()
    return vol


def position(seg: dict) -> str | None:
    style = seg.get("style")
    pos = (style.get("pos") if isinstance(style, dict) else None) or field(seg, "pos", "position")
    return _text(pos) if isinstance(pos, str) else None


def placed(segs: list[dict]) -> list[tuple[float, float]]:
    """(start, end) in ms per segment; a segment without ``s`` follows the one before it."""
    out: list[tuple[float, float]] = []
    cursor = 0.0
    for seg in segs:
        start = _num(seg["s"]) if _is_num(seg.get("s")) else cursor
        end = start + _num(seg.get("d"))
        out.append((start, end))
        cursor = end
    return out


def _span(segs: list[dict]) -> tuple[float, float]:
    spans = placed(segs)
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else (0.0, 0.0)


def _role(track: dict) -> str | None:
    role = field(track, "role", "type", "kind")
    return role.lower() if isinstance(role, str) and role.lower() in _ROLE_LABELS else None


def _audio_label(track: dict) -> str:
    names = " ".join([str(field(track, "n", "name") or "")] + [segment_name(s) for s in segments(track)])
    if _VOICE_WORDS.search(names.replace("_", " ").replace("-", " ")):
        return "Voiceover"
    if _SFX_WORDS.search(names.replace("_", " ").replace("-", " ")):
        return "Sound"
    return "BGM"


def track_label(track: dict, *, first_text: bool = True) -> str:
    """The role's label; without a role the track's name, else what its kind suggests. ``first_text``:
    a role-less text track is the Title when it is the draft's first one, else Text."""
    role = _role(track)
    if role is not None:
        return _ROLE_LABELS[role]
    name = _text(field(track, "n", "name"))
    if name:
        return name
    if track.get("tt") == TT_AUDIO:
        return _audio_label(track)
    if track.get("tt") == TT_TEXT:
        return "Title" if first_text else "Text"
    return TRACK_KINDS.get(track.get("tt"), "Track")  # type: ignore[arg-type]


def track_labels(draft: Any) -> list[str]:
    """One label per track of ``tracks(draft)``, in context (which text track comes first)."""
    labels, texts = [], 0
    for t in tracks(draft):
        labels.append(track_label(t, first_text=texts == 0))
        if t.get("tt") == TT_TEXT:
            texts += 1
    return labels


def _quote(text: str) -> str:
    return f'"{text}"'


def _text_content(label: str, segs: list[dict]) -> str:
    texts = [segment_name(s) for s in segs]
    if len(texts) == 1:
        pos = position(segs[0])
        return _quote(texts[0]) + (f" at {pos.replace('_', ' ')}" if pos and label == "Title" else "")
    quoted = [_quote(t) for t in texts]
    if len(", ".join(quoted)) <= CAPTION_BUDGET:
        return ", ".join(quoted)
    shown: list[str] = []
    for q in quoted:
        if len(", ".join([*shown, q])) > CAPTION_BUDGET - 10:
            break
        shown.append(q)
    more = f" +{len(texts) - len(shown)} more" if shown else ""
    return f"{len(texts)} overlays" + (f": {', '.join(shown)}{more}" if shown else "")


def _placed_name(seg: dict) -> str:
    """A segment's name; an overlay placed over the video says where and how big ("logo at top right, 12%")."""
    name = segment_name(seg)
    place = seg.get("place")
    if not isinstance(place, dict):
        return name
    where = str(place.get("pos") or "top_right").replace("_", " ")
    size = f", {round(_num(place.get('w')) * 100)}%" if _is_num(place.get("w")) else ""
    alpha = place.get("opacity")
    see = f", {round(_num(alpha) * 100)}% opacity" if _is_num(alpha) and _num(alpha) < 1 else ""
    return f"{name} at {where}{size}{see}"


def track_line(track: dict, label: str | None = None) -> str:
    segs = segments(track)
    label = label or track_label(track)
    start, end = _span(segs)
    span = f"{fmt_seconds(start)}-{fmt_seconds(end)}s"
    if track.get("tt") == TT_TEXT:
        content = _text_content(label, segs) if segs else "empty"
    else:
        shown = [s for s in segs if not is_card(s)]
        names = [_placed_name(s) for s in shown]
        if not names:
            content = "empty"
        elif len(names) <= 3:
            content = ", ".join(names)
        else:
            content = f"{', '.join(names[:2])} +{len(names) - 2} more"
        cards = [s for s in segs if is_card(s)]
        if cards:  # the end card is named with its call to action, after the shots
            card = f"end card {_quote(segment_text(cards[-1]) or 'card')}"
            content = card if not names else f"{content}, {card}"
    extra = ""
    if track.get("tt") == TT_AUDIO:
        vol = track_volume(track)
        if field(track, "mute", "muted") is True:
            extra = ", muted"
        elif vol is not None:
            extra = f", {round(vol * 100)}%"
    return f"{label}: {content} ({span}{extra})"


def summary_line(draft: Any) -> str:
    """``Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) ...``"""
    shown = [(t, label) for t, label in zip(tracks(draft), track_labels(draft), strict=True) if segments(t)]
    if not shown:
        return "Timeline (0 tracks): empty"
    noun = "track" if len(shown) == 1 else "tracks"
    parts = [f"{i}. {track_line(t, label)}" for i, (t, label) in enumerate(shown, 1)]
    return f"Timeline ({len(shown)} {noun}): " + " ".join(parts)
