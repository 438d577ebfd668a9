"""Length edits: the total length, and the length of each picture."""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import Msg, msg, sec
from ..refs import describe
from ..registry import DocRow, Edit, Template, register, rule
from ..work import CannotApply, Work
from .shared import MAX_MS, MIN_TOTAL, find_visual


@dataclass(frozen=True)
class DurationArgs:
    ms: int | None = None
    delta: int | None = None


def apply_duration(work: Work, args: DurationArgs) -> None:
    ms, delta = args.ms, args.delta
    work.main()
    current = work.target if work.target is not None else work.total()
    want = ms if ms is not None else current + (delta or 0)
    new = max(MIN_TOTAL, min(MAX_MS, want))
    note: Msg | str = "" if new == want else msg("duration.range", want=sec(want))
    work.target = new

    def reply() -> Msg:
        got = work.draft["d"]
        if got != new:
            return msg("duration.unfit", got=sec(got), want=sec(new), note=note)
        return msg("duration.set", s=sec(new), note=note)

    work.replies.append(reply)
    work.calls.append({"name": "set_duration", "args": {"seconds": round(new / 1000, 3)}})


@dataclass(frozen=True)
class SegmentDurationArgs:
    ms: int
    ref: str | None = None


def apply_segment_duration(work: Work, args: SegmentDurationArgs) -> None:
    ms, ref = args.ms, args.ref
    segs = work.main()["sg"]
    ms = max(100, min(ms, MAX_MS))
    if ref is None:
        imgs = [s for s in segs if s.get("k") != "video"]
        if not imgs:
            raise CannotApply(msg("segdur.no_images"))
        for s in imgs:
            s["d"] = ms
        key, params = "segdur.each", {}
    else:
        k = find_visual(work, ref)
        seg = segs[k]
        if seg.get("k") == "video":
            src = work.source_ms(seg["mid"])
            if src is not None:
                ms = min(ms, src - int(seg.get("in", 0)))
            seg["out"] = int(seg.get("in", 0)) + ms
        seg["d"] = ms
        key, params = "segdur.one", {"label": describe(work.visual_segments(), k)}
    work.target = None  # the total follows the pictures now
    work.replies.append(lambda: msg(key, s=sec(ms), total=sec(work.draft["d"]), **params))
    work.calls.append({"name": "set_segment_duration", "args": {"seconds": ms / 1000, "segment": ref}})


S_DURATION: dict[str, tuple[Template, Template]] = {
    "duration.set": (
        "Length set to {s} s{note}.",
        "时长已设为 {s} 秒{note}。",
    ),
    "duration.unfit": (
        "Length set to {got} s; {want} s does not fit the clips' own lengths{note}.",
        "时长已设为 {got} 秒；{want} 秒与视频片段本身的长度不符{note}。",
    ),
    "duration.range": (
        " ({want} s is out of range: 1 s to 60 min)",
        "（{want} 秒超出范围：1 秒到 60 分钟）",
    ),
}


S_SEGMENT_DURATION: dict[str, tuple[Template, Template]] = {
    "segdur.no_images": (
        "There are no still pictures; to change a clip say e.g. 'trim the clip to 2s-5s'.",
        "没有静态图片；要修改视频片段，可以说例如「把视频剪到2秒到5秒」。",
    ),
    "segdur.each": (
        "Each image now lasts {s} s; the video runs {total} s.",
        "每张图片现在显示 {s} 秒，视频总长 {total} 秒。",
    ),
    "segdur.one": (
        "{label!c} now lasts {s} s; the video runs {total} s.",
        "{label}现在显示 {s} 秒，视频总长 {total} 秒。",
    ),
}


DURATION = register(Edit(
    kind="duration",
    args=DurationArgs,
    apply=apply_duration,
    calls=('set_duration',),
    sentences=S_DURATION,
    examples=('make it 20 seconds', 'make the video 5 seconds shorter', '时长改成25秒', '缩短3秒'),
    topics=('length',),
    doc=DocRow('length',
               'see timing below',
               '时长'),
    frames=(
        rule("length video", "set keep implied", lambda f, t: DurationArgs(ms=f.values["dur"]), needs="dur", refuses="pct range ref file at"),
        # "make it 20 seconds", "改成15秒": a length said of nothing else is the video's
        rule("none", "set keep implied", lambda f, t: DurationArgs(ms=f.values["dur"]), needs="dur", refuses="pct range ref file at quote pos fit still"),
        rule("length video", "shorten decrease", lambda f, t: DurationArgs(delta=-f.values["dur"]), needs="dur", refuses="pct range ref file to"),
        rule("length video", "lengthen increase", lambda f, t: DurationArgs(delta=f.values["dur"]), needs="dur", refuses="pct range ref file to"),
        rule("length video", "shorten decrease lengthen increase", lambda f, t: DurationArgs(ms=f.values["dur"]), needs="dur to", refuses="pct range ref file"),
    ),
))


SEGMENT_DURATION = register(Edit(
    kind="segment_duration",
    args=SegmentDurationArgs,
    apply=apply_segment_duration,
    calls=('set_segment_duration',),
    sentences=S_SEGMENT_DURATION,
    frames=(
        rule("visual", "show_for set keep implied", lambda f, t: SegmentDurationArgs(ms=f.values["dur"]), needs="dur each", refuses="ref file range pct"),
    ),
    examples=('show each image for 3 seconds', 'make image 2 last 6 seconds', '每张图片显示3秒'),
    topics=('length', 'segments'),
    doc=DocRow('picture length',
               "those segments' `d`; the total follows",
               '图片时长'),
))
