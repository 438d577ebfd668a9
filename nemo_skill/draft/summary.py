"""One-line track summaries and readiness checks, tolerant of any draft shape.

The cloud documents only the short keys ``t``, ``tt``, ``sg``, ``d`` and ``m``, so everything else
is read defensively: a draft from either backend, or a damaged one, still gets a summary.
"""

from __future__ import annotations

from typing import Any

TRACK_KINDS = {0: "Video", 1: "Audio", 7: "Text"}
_ROLE_LABELS = {
    "voice": "Voiceover",
    "music": "BGM",
    "sfx": "Sound",
    "title": "Title",
    "caption": "Captions",
    "lower_third": "Lower third",
    "main": "Video",
    "overlay": "Overlay",
}


def tracks(draft: Any) -> list[dict]:
    if not isinstance(draft, dict):
        return []
    raw = draft.get("t")
    return [t for t in raw if isinstance(t, dict)] if isinstance(raw, list) else []


def segments(track: dict) -> list[dict]:
    raw = track.get("sg")
    return [s for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []


def is_ready(draft: Any) -> bool:
    """Ready for export: at least one track with a non-empty segment list (CONTRACT.md)."""
    return any(segments(t) for t in tracks(draft))


def fmt_seconds(ms: float) -> str:
    """3000 -> '3', 2500 -> '2.5'."""
    s = round(float(ms) / 1000.0, 1)
    return str(int(s)) if s == int(s) else f"{s:g}"


def _num(value: Any, default: float = 0.0) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


def _span(segs: list[dict]) -> tuple[float, float]:
    starts = [_num(s.get("s")) for s in segs]
    ends = [_num(s.get("s")) + _num(s.get("d")) for s in segs]
    return (min(starts), max(ends)) if segs else (0.0, 0.0)


def track_label(track: dict) -> str:
    role = track.get("role")
    if isinstance(role, str) and role in _ROLE_LABELS:
        return _ROLE_LABELS[role]
    name = track.get("n")
    if isinstance(name, str) and name.strip():
        return name.strip()
    return TRACK_KINDS.get(track.get("tt"), "Track")  # type: ignore[arg-type]


def segment_name(seg: dict) -> str:
    for key in ("text", "name", "n", "title"):
        value = seg.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return "clip"


def track_line(track: dict) -> str:
    segs = segments(track)
    label = track_label(track)
    start, end = _span(segs)
    span = f"{fmt_seconds(start)}-{fmt_seconds(end)}s"
    if track.get("tt") == 7:
        texts = [segment_name(s) for s in segs]
        content = f'"{texts[0]}"' if len(texts) == 1 else f"{len(texts)} overlays"
    else:
        names = [segment_name(s) for s in segs]
        if not names:
            content = "empty"
        elif len(names) <= 3:
            content = ", ".join(names)
        else:
            content = f"{', '.join(names[:2])} +{len(names) - 2} more"
    extra = ""
    if track.get("tt") == 1:
        vol = track.get("vol")
        if not isinstance(vol, int | float) and len(segs) == 1:
            vol = segs[0].get("vol")
        if track.get("mute"):
            extra = ", muted"
        elif isinstance(vol, int | float) and not isinstance(vol, bool):
            extra = f", {round(vol * 100)}%"
    return f"{label}: {content} ({span}{extra})"


def summary_line(draft: Any) -> str:
    """``Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) ...``"""
    ts = [t for t in tracks(draft) if segments(t)]
    if not ts:
        return "Timeline (0 tracks): empty"
    noun = "track" if len(ts) == 1 else "tracks"
    parts = [f"{i}. {track_line(t)}" for i, t in enumerate(ts, 1)]
    return f"Timeline ({len(ts)} {noun}): " + " ".join(parts)
