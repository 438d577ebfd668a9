"""What changed between two states, in words. Pure.

Used when a chat turn ends without text (about 30% of edits do) and after a dropped stream: the
state before the message is compared with the state after, e.g. ``Title added: "Paradise Found" (0–3 s)``.
"""

from __future__ import annotations

from typing import Any

from nemo_skill.draft.summary import fmt_seconds, segment_name, segments, track_labels, track_volume, tracks

Draft = Any


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def span(seg: dict) -> str:
    s = _num(seg.get("s")) or 0.0
    d = _num(seg.get("d")) or 0.0
    return f"{fmt_seconds(s)}–{fmt_seconds(s + d)} s"


def _track_span(segs: list[dict]) -> str:
    start = min((_num(x.get("s")) or 0.0) for x in segs)
    end = max((_num(x.get("s")) or 0.0) + (_num(x.get("d")) or 0.0) for x in segs)
    return span({"s": start, "d": end - start})


def _quoted(seg: dict) -> str:
    return f'"{segment_name(seg)}"'


def _keyed(items: list[dict], prefix: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for i, item in enumerate(items):
        key = item.get("id")
        key = f"id:{key}" if isinstance(key, str | int) and not isinstance(key, bool) else f"{prefix}{i}"
        if key in out:
            key = f"{key}#{i}"
        out[key] = item
    return out


def _track_key_items(draft: Draft) -> dict[str, tuple[dict, str]]:
    """Each track keyed by id (else position and kind), with its label in context."""
    keyed = {}
    for i, (t, label) in enumerate(zip(tracks(draft), track_labels(draft), strict=True)):
        key = t.get("id")
        keyed[f"id:{key}" if isinstance(key, str) else f"i{i}:{t.get('tt')}"] = (t, label)
    return keyed


def _volume(track: dict) -> float | None:
    return track_volume(track)


def _pct(v: float) -> str:
    return f"{round(v * 100)}%"


def _changed_keys(old: dict, new: dict) -> list[str]:
    """Keys that differ; inside the metadata ``m`` (where the cloud keeps details) by their own name."""
    keys: list[str] = []
    for k in sorted(set(old) | set(new)):
        a, b = old.get(k), new.get(k)
        if a == b:
            continue
        if k == "m" and isinstance(a, dict) and isinstance(b, dict):
            keys.extend(sub for sub in sorted(set(a) | set(b)) if a.get(sub) != b.get(sub))
        else:
            keys.append(k)
    return keys


def _segment_changes(label: str, old: dict, new: dict) -> list[str]:
    lines: list[str] = []
    olds, news = _keyed(segments(old), "s"), _keyed(segments(new), "s")
    for key, seg in news.items():
        if key not in olds:
            lines.append(f"{label} added: {_quoted(seg)} ({span(seg)})")
    for key, seg in olds.items():
        if key not in news:
            lines.append(f"{label} removed: {_quoted(seg)} ({span(seg)})")
    for key, seg in news.items():
        before = olds.get(key)
        if before is None or before == seg:
            continue
        if segment_name(before) != segment_name(seg):
            lines.append(f"{label} changed: {_quoted(before)} → {_quoted(seg)} ({span(seg)})")
        elif span(before) != span(seg):
            lines.append(f"{label} {_quoted(seg)} moved: {span(before)} → {span(seg)}")
        else:
            changed = _changed_keys(before, seg)
            lines.append(f"{label} {_quoted(seg)} adjusted ({', '.join(changed)})")
    return lines


def draft_changes(before: Draft, after: Draft) -> list[str]:
    """Human lines describing the edit from ``before`` to ``after`` ([] when nothing changed)."""
    if before == after:
        return []
    lines: list[str] = []
    old_t, new_t = _track_key_items(before), _track_key_items(after)
    for key, (track, label) in new_t.items():
        if key not in old_t:
            segs = segments(track)
            if len(segs) == 1:
                lines.append(f"{label} added: {_quoted(segs[0])} ({span(segs[0])})")
            elif segs:
                lines.append(f"{label} track added with {len(segs)} items ({_track_span(segs)})")
            else:
                lines.append(f"{label} track added (empty)")
            continue
        old = old_t[key][0]
        lines.extend(_segment_changes(label, old, track))
        ov, nv = _volume(old), _volume(track)
        if ov is not None and nv is not None and ov != nv:
            lines.append(f"{label} volume: {_pct(ov)} → {_pct(nv)}")
        if bool(old.get("mute")) != bool(track.get("mute")):
            lines.append(f"{label} {'muted' if track.get('mute') else 'unmuted'}")
    for key, (_track, label) in old_t.items():
        if key not in new_t:
            lines.append(f"{label} track removed")
    lines.extend(_meta_changes(before, after))
    od = _num(before.get("d")) if isinstance(before, dict) else None
    nd = _num(after.get("d")) if isinstance(after, dict) else None
    if od is not None and nd is not None and od != nd:
        lines.append(f"Length: {fmt_seconds(od)} s → {fmt_seconds(nd)} s")
    elif nd is not None and od is None and not isinstance(before, dict):
        lines.append(f"Length: {fmt_seconds(nd)} s")
    if not lines:
        lines.append("The timeline changed (details not shown in the summary).")
    return lines


def _meta_changes(before: Draft, after: Draft) -> list[str]:
    om: dict[str, Any] = before["m"] if isinstance(before, dict) and isinstance(before.get("m"), dict) else {}
    nm: dict[str, Any] = after["m"] if isinstance(after, dict) and isinstance(after.get("m"), dict) else {}
    lines = []
    if om.get("title") != nm.get("title") and isinstance(nm.get("title"), str):
        lines.append(f'Project title: "{nm["title"]}"')
    if (om.get("width"), om.get("height")) != (nm.get("width"), nm.get("height")) and nm.get("width"):
        lines.append(f"Frame size: {nm.get('width')}x{nm.get('height')}")
    if om.get("aspect") != nm.get("aspect") and nm.get("aspect"):
        lines.append(f"Aspect ratio: {nm['aspect']}")
    if om.get("tr") != nm.get("tr") and isinstance(nm.get("tr"), dict):
        lines.append(f"Default transition: {nm['tr'].get('type')}")
    return lines


def media_count(state_data: Any) -> int:
    state = state_data.get("state") if isinstance(state_data, dict) else None
    infos = state.get("video_infos") if isinstance(state, dict) else None
    return len(infos) if isinstance(infos, list) else 0


def state_changes(before: Any, after: Any) -> list[str]:
    """Compare two state endpoint payloads (``data``): the draft, and the media list."""
    from .session import draft_of

    lines = draft_changes(draft_of(before or {}), draft_of(after or {}))
    added = media_count(after) - media_count(before)
    if added > 0:
        lines.append(f"{added} media file{'s' if added != 1 else ''} added")
    return lines
