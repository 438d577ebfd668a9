"""The timeline as HTML: tracks on a time ruler, one element per segment at its span.

Pure (no I/O): the caller passes what the media look like (thumbnail URLs, waveform peaks). The root
carries ``data-draft-version``; every segment carries ``data-segment-id`` plus its start and length
(ms) so the page's script can seek the player to it. Positions are percentages of the draft's
length, so the drawing fits any width without scrolling sideways.
"""

from __future__ import annotations

import html
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from nemo_skill.draft.summary import fmt_seconds, segment_name, segments, track_label, tracks

from ...draft.timeline import TT_AUDIO, TT_VIDEO, is_clip
from .media_cache import PEAKS_PER_SECOND

TICK_STEPS_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800)
MAX_TICKS = 8  # a phone's width holds about eight labels
WAVE_POINTS = 160  # waveform columns per segment
KIND_CLASS = {0: "visual", 1: "audio", 7: "text"}


@dataclass(frozen=True)
class MediaLook:
    """What the timeline knows of one media file."""

    kind: str  # image, video, audio
    filename: str
    duration_ms: float | None
    thumb_url: str | None
    peaks: list[int]


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _pct(ms: float, total: float) -> str:
    return f"{max(0.0, min(100.0, ms * 100 / total)):.3f}%"


def tick_step(total_ms: float) -> int:
    """Seconds between ruler ticks: the smallest step giving at most MAX_TICKS ticks."""
    seconds = total_ms / 1000
    return next((s for s in TICK_STEPS_S if seconds / s <= MAX_TICKS), TICK_STEPS_S[-1])


def ruler(total_ms: float) -> str:
    step = tick_step(total_ms)
    ticks = []
    t = 0
    while t * 1000 <= total_ms:
        label = f"{t // 60}:{t % 60:02d}" if total_ms >= 60000 else f"{t}s"
        ticks.append(f'<span class="tick" style="left:{_pct(t * 1000, total_ms)}">{label}</span>')
        t += step
    return f'<div class="ruler" aria-hidden="true">{"".join(ticks)}</div>'


def wave_path(peaks: list[int], source_ms: float | None, offset_ms: float, length_ms: float, loop: bool) -> str:
    """An SVG path (viewBox 0 0 WAVE_POINTS 100), mirrored about the middle, of the sound heard
    during the segment: from ``offset_ms`` into the source, wrapping round when it loops."""
    if not peaks or length_ms <= 0:
        return ""
    per_ms = PEAKS_PER_SECOND / 1000
    src_len = source_ms if source_ms and source_ms > 0 else len(peaks) / per_ms
    top: list[float] = []
    for i in range(WAVE_POINTS):
        a = offset_ms + length_ms * i / WAVE_POINTS
        b = offset_ms + length_ms * (i + 1) / WAVE_POINTS
        if loop:
            a, b = a % src_len, (a % src_len) + (b - a)
        lo, hi = int(a * per_ms), max(int(a * per_ms) + 1, int(b * per_ms))
        window = [peaks[k % len(peaks)] if loop else peaks[k] for k in range(lo, hi) if loop or k < len(peaks)]
        top.append(max(window) if window else 0)
    up = " ".join(f"L{i} {50 - v * 0.48:.1f}" for i, v in enumerate(top))
    down = " ".join(f"L{i} {50 + v * 0.48:.1f}" for i, v in reversed(list(enumerate(top))))
    return f"M0 50 {up} L{WAVE_POINTS} 50 {down} Z"


def _segment(track: dict, seg: dict, total: float, looks: Mapping[str, MediaLook]) -> str:
    tt = track.get("tt")
    start, length = float(seg.get("s") or 0), float(seg.get("d") or 0)
    sid = _e(seg.get("id", ""))
    look = looks.get(str(seg.get("mid", "")))
    named = any(isinstance(seg.get(k), str) and seg[k].strip() for k in ("text", "name", "n", "title"))
    name = segment_name(seg) if named or look is None else look.filename
    span = f"{fmt_seconds(start)}-{fmt_seconds(start + length)} s"
    style = f"left:{_pct(start, total)};width:{_pct(length, total)}"
    inner = f'<span class="seg-name">{_e(name)}</span>'
    classes = ["seg", f"seg-{KIND_CLASS.get(tt, 'other')}"]  # type: ignore[arg-type]
    kind = "text"
    if tt == TT_VIDEO:
        kind = "clip" if is_clip(seg) else "picture"
        classes.append(f"seg-{kind}")
        if look is not None and look.thumb_url:
            # percent-encoded: a quote or bracket cannot end the CSS url() (the attribute is decoded first)
            style += f";background-image:url('{_e(urllib.parse.quote(look.thumb_url, safe='/:?=&'))}')"
        if seg.get("tr"):
            classes.append("has-transition")
    elif tt == TT_AUDIO:
        kind = "sound"
        path = wave_path(look.peaks if look else [], look.duration_ms if look else None,
                         float(seg.get("in") or 0), length, bool(seg.get("loop")))
        if path:
            inner = (f'<svg class="wave" viewBox="0 0 {WAVE_POINTS} 100" preserveAspectRatio="none" '
                     f'aria-hidden="true" focusable="false"><path d="{path}"/></svg>') + inner
    label = f"{kind} {name}, {span}"
    return (f'<div class="{" ".join(classes)}" data-segment-id="{sid}" data-start="{int(start)}" '
            f'data-length="{int(length)}" style="{style}" tabindex="0" role="button" '
            f'title="{_e(name)} ({span})" aria-label="{_e(label)}">{inner}</div>')


def render(draft: dict, version: int, looks: Mapping[str, MediaLook],
           track_filter: Callable[[dict], bool] | None = None) -> str:
    """The ``<section id="timeline">`` element of the page for ``draft`` at ``version``."""
    ts = [t for t in tracks(draft) if segments(t) and (track_filter is None or track_filter(t))]
    total = float(draft.get("d") or 0) or max(
        (float(s.get("s") or 0) + float(s.get("d") or 0) for t in ts for s in segments(t)), default=0.0)
    n_segments = sum(len(segments(t)) for t in ts)
    label = (f"Timeline, version {version}: {fmt_seconds(total)} s, {len(ts)} track{'s' * (len(ts) != 1)}, "
             f"{n_segments} segment{'s' * (n_segments != 1)}")
    head = (f'<section id="timeline" class="timeline" data-draft-version="{version}" '
            f'data-duration="{int(total)}" aria-label="{_e(label)}">')
    if not ts or total <= 0:
        return head + '<p class="empty">The timeline is empty: upload media, then ask for a first cut.</p></section>'
    rows = []
    for t in ts:
        tt = t.get("tt")
        name = track_label(t)
        segs = "".join(_segment(t, s, total, looks) for s in segments(t))
        rows.append(f'<div class="track track-{KIND_CLASS.get(tt, "other")}" role="group" '  # type: ignore[arg-type]
                    f'aria-label="{_e(name)} track"><div class="track-label">{_e(name)}</div>'
                    f'<div class="lane">{segs}</div></div>')
    return (head + '<div class="ruler-row"><div class="track-label"></div>' + ruler(total) + "</div>"
            + "".join(rows) + "</section>")
