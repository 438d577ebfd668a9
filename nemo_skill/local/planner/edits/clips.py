"""Trimming a video clip to part of its source."""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import Msg, msg, sec
from ..refs import describe
from ..registry import DocRow, Edit, Template, register
from ..work import CannotApply, Work
from .length import DurationArgs, apply_duration
from .shared import GENERIC_CLIP, find_visual, video_clips


def _pick_clip(work: Work, ref: str | None) -> tuple[int, Msg | str]:
    segs = work.main()["sg"]
    if ref and not GENERIC_CLIP.match(ref.strip()):
        k = find_visual(work, ref, "video")
        if segs[k].get("k") != "video":
            raise CannotApply(msg("trim.still", label=describe(segs, k)))
        return k, ""
    clips = [k for k, s in enumerate(segs) if s.get("k") == "video"]
    if not clips:
        raise CannotApply(msg("trim.no_clip"))
    note = msg("trim.first_of", n=len(clips)) if len(clips) > 1 else ""
    return clips[0], note


@dataclass(frozen=True)
class TrimArgs:
    ref: str | None = None
    start: int | None = None
    end: int | None = None
    side: str | None = None
    cut: int | None = None
    length: int | None = None
    delta: int | None = None
    generic: bool = False


def apply_trim(work: Work, args: TrimArgs) -> None:
    ref, start, end, side, cut, length, delta, generic = args.ref, args.start, args.end, args.side, args.cut, args.length, args.delta, args.generic
    if generic and (length is not None or delta is not None) and (not ref or GENERIC_CLIP.match(ref.strip())) \
            and not video_clips(work):
        # "trim the video to 10 seconds" / "把视频缩短2秒" with only pictures: the total length
        apply_duration(work, DurationArgs(ms=length, delta=delta))
        return
    k, which = _pick_clip(work, ref)
    seg = work.main()["sg"][k]
    src = work.source_ms(seg["mid"])
    a = int(seg.get("in", 0))
    d = int(seg["d"])
    if start is not None and end is not None:
        if end <= start:
            raise CannotApply(msg("trim.order"))
        a, d = start, end - start
    elif side == "start" and cut is not None:
        a, d = a + cut, d - cut
    elif side == "end" and cut is not None:
        d = d - cut
    elif length is not None:
        d = length
    elif delta is not None:
        if delta > 0 and src is not None and a + d >= src:
            raise CannotApply(msg("trim.at_end", label=describe(work.visual_segments(), k), b=sec(src)))
        d = d + delta
    elif start is not None:
        a = start
        d = min(d, src - a) if src else d
    at_end: Msg | str = ""
    if src is not None:
        if a >= src:
            raise CannotApply(msg("trim.source", s=sec(src)))
        if a + d > src:
            d = src - a
            at_end = msg("trim.ends_at", s=sec(src))
    if d < 100:
        raise CannotApply(msg("trim.too_short"))
    changed = d - int(seg["d"])
    seg["in"], seg["d"], seg["out"] = a, d, a + d
    key = "trim.done"
    if delta is not None and start is None and length is None and cut is None:
        key = "trim.longer" if changed > 0 else "trim.shorter"
    work.done(msg(key, label=describe(work.visual_segments(), k), a=sec(a), b=sec(a + d), d=sec(d), delta=sec(abs(changed)),
                  which=which, end=at_end),
              "trim_clip", segment=seg["id"], start=a / 1000, end=(a + d) / 1000)


S_TRIM: dict[str, tuple[Template, Template]] = {
    "trim.still": (
        "{label!c} is a still picture: only video clips can be trimmed.",
        "{label}是静态图片：只有视频片段可以剪辑。",
    ),
    "trim.no_clip": (
        "There is no video clip to trim: the timeline has only still pictures.",
        "没有可以剪辑的视频片段：时间线上只有静态图片。",
    ),
    "trim.first_of": (
        " (the first of {n} clips; name another, e.g. 'clip 2')",
        "（{n}段视频中的第一段；要剪其他的，请说例如「第2段视频」）",
    ),
    "trim.order": (
        "The end of a trim must come after its start.",
        "剪辑的结束时间必须晚于开始时间。",
    ),
    "trim.source": (
        "The clip is only {s} s long.",
        "这段视频只有 {s} 秒长。",
    ),
    "trim.ends_at": (
        " (the clip ends at {s} s)",
        "（视频在 {s} 秒处结束）",
    ),
    "trim.too_short": (
        "That would leave less than 0.1 s of the clip.",
        "这样视频只剩不到 0.1 秒。",
    ),
    "trim.done": (
        "{label!c} trimmed to {a}–{b} s of the source ({d} s){which}{end}.",
        "{label}已剪辑为原视频的 {a}–{b} 秒（{d} 秒）{which}{end}。",
    ),
    "trim.shorter": (
        "{label!c} is {delta} s shorter: {a}–{b} s of the source ({d} s){which}{end}.",
        "{label}已缩短 {delta} 秒：原视频的 {a}–{b} 秒（{d} 秒）{which}{end}。",
    ),
    "trim.longer": (
        "{label!c} is {delta} s longer: {a}–{b} s of the source ({d} s){which}{end}.",
        "{label}已延长 {delta} 秒：原视频的 {a}–{b} 秒（{d} 秒）{which}{end}。",
    ),
    "trim.at_end": (
        "{label!c} already plays to the end of its source ({b} s): it cannot get longer.",
        "{label}已经播放到原视频结尾（{b} 秒），无法再延长。",
    ),
}


TRIM = register(Edit(
    kind="trim",
    args=TrimArgs,
    apply=apply_trim,
    calls=('trim_clip',),
    sentences=S_TRIM,
    examples=('trim the clip to 2s-5s', 'cut the first 2 seconds of the clip', '剪掉视频的前2秒'),
    topics=('trim', 'length'),
    doc=DocRow('trim',
               'a clip\'s `in`/`out`/`d` (within the source); pictures absorb the difference so the total stays. No clip → explained, not edited (with only pictures, "trim the video to 10 s" sets the total)',
               '视频剪辑'),
))
