"""Trimming a video clip to part of its source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ....draft.timeline import is_clip
from ..anchors import compile_led
from ..frames import FILE, LENGTH_NEED, Frame
from ..messages import Msg, msg, sec
from ..parse import (
    NOT_RANGE,
    Scan,
)
from ..refs import REF, describe, parse_ref
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import DUR, NUM, RANGE, dur_ms, range_ms, range_rx
from ..work import Ambiguous, CannotApply, Work
from .clip_speed import clip_word
from .length import CLIP_PART, TIMES, DurationArgs, apply_duration
from .shared import (
    A_BIT,
    GENERIC_CLIP,
    MUCH,
    find_visual,
    moment_and_length,
    stretch,
    stretched,
    video_clips,
    video_cut,
)


def _pick_clip(work: Work, ref: str | None) -> tuple[int, Msg | str]:
    segs = work.main()["sg"]
    if ref and not GENERIC_CLIP.match(ref.strip()):
        k = find_visual(work, ref, "video")
        if not is_clip(segs[k]):
            raise CannotApply(msg("trim.still", label=describe(segs, k)))
        return k, ""
    clips = [k for k, s in enumerate(segs) if is_clip(s)]
    if not clips:
        raise CannotApply(msg("trim.no_clip"))
    if len(clips) > 1:  # "trim the clip" with two clips: which one is asked, never guessed
        raise Ambiguous([describe(segs, k) for k in clips])
    return clips[0], ""


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
    keep_last: int | None = None  # "only its last 2 seconds": the source's end, that long
    video: bool = False  # "trim the video to 5 seconds": the whole video, or a clip of it (asked when there are clips)
    pronoun: bool = False  # "mute the clip and trim it to 6 s": "it" taken for the clip named before (asked if it cannot be)
    to_end: bool = False  # "use the clip from 4s to the end": from ``start`` to the source's end
    factor: float | None = None  # "the clip is too long, cut it down": one step shorter (or longer), no number said
    middle: int | None = None  # "its middle 6 seconds": that long, as much cut from the source's start as from its end
    exact: bool = False  # "cut the clip in half": ``factor`` said exactly, never rounded to a step's half second
    vague: bool = False  # "the clip goes on too long": only complained of, the reason for a timing edit beside it (core._remedied)
    how_much: bool = False  # "trim the clip": trimmed, with neither a length nor a degree said: how much is asked


def apply_trim(work: Work, args: TrimArgs) -> None:
    ref, start, end, side, cut, length, delta, generic = args.ref, args.start, args.end, args.side, args.cut, args.length, args.delta, args.generic
    if generic and (length is not None or delta is not None) and (not ref or GENERIC_CLIP.match(ref.strip())) \
            and not video_clips(work):
        # "trim the video to 10 seconds" / "把视频缩短2秒" with only pictures: the total length
        apply_duration(work, DurationArgs(ms=length, delta=delta))
        return
    if args.video and video_clips(work):
        # "trim the video to 5 seconds" with clips on the timeline: the whole video or a clip? asked, never guessed
        # (it had set the total length; set AC ac272)
        segs = work.main()["sg"]
        raise Ambiguous([msg("trim.whole")] + [describe(segs, k) for k, sg in enumerate(segs) if is_clip(sg)])
    k, which = _pick_clip(work, ref)
    if args.how_much:
        # "trim the clip" alone: by how much is not said; asked, never a guessed step (set CO co258 cut 4 s)
        raise Ambiguous([msg("trim.ask_to"), msg("trim.ask_part")], "ask.edit")
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
    elif start is not None and args.to_end:
        if src is None:
            raise CannotApply(msg("trim.no_source"))
        a, d = start, src - start
    elif start is not None:
        a = start
        d = min(d, src - a) if src else d
    elif args.keep_last is not None:
        if src is None:
            raise CannotApply(msg("trim.no_source"))
        a, d = max(0, src - args.keep_last), min(args.keep_last, src)
    elif args.middle is not None:
        if src is None:
            raise CannotApply(msg("trim.no_source"))
        a, d = max(0, (src - args.middle) // 2), min(args.middle, src)
    elif args.factor is not None:
        if args.factor > 1 and src is not None and a + d >= src:
            raise CannotApply(msg("trim.at_end", label=describe(work.visual_segments(), k), b=sec(src)))
        d = max(500, round(d * args.factor)) if args.exact else stretched(d, args.factor)
    at_end: Msg | str = ""
    if args.pronoun and length is not None and src is not None and a + length > src:
        # "mute the clip, trim it to 20 seconds" with a 12-s clip: the whole video, or the clip? asked, never guessed
        raise Ambiguous([msg("trim.whole"), describe(work.visual_segments(), k)])
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
    if (delta is not None or args.factor is not None) and start is None and length is None and cut is None:
        key = "trim.longer" if changed > 0 else "trim.shorter"
    work.done(msg(key, label=describe(work.visual_segments(), k), a=sec(a), b=sec(a + d), d=sec(d), delta=sec(abs(changed)),
                  which=which, end=at_end),
              "trim_clip", segment=seg["id"], start=a / 1000, end=(a + d) / 1000)


# --- frames: a clip named any way a reference can (refs.py) with a part of it --------------------------------

def _clip_ref(f: Frame) -> str | None:
    return str(f.values.get("ref") or f.values.get("file") or "") or None


def _trim_range(f: Frame, t: str) -> TrimArgs | None:
    """"trim the unboxing clip so only 1s to 4s is used", "unboxing.mp4只要1到4秒"."""
    start, end = f.values["range"]
    return TrimArgs(ref=_clip_ref(f), start=start, end=end)


# ("前面十秒", "最后面的5秒": the side said longer, as frames._FIRST reads it; set BV bv147)
_END_SIDE = compile_led(r"(?:\blast|\bfinal|最后(?:面的?)?|后(?:面的?)?|结尾的?|末尾的?)\s*$")
_START_SIDE = compile_led(r"(?:\bfirst|\bopening|前(?:面的?)?|开头的?)\s*$")
_TO_PART = compile_led(r"\b(?:to|down\s+to)\s+(?:just\s+|only\s+)?(?:its|the)\s+(?:very\s+)?(?:first|opening|last|final)\s*$")
# "only" / "just" / 只 before the side: the part kept ("trim the clip so only its first 4 s are used")
_KEEP_FIRST = _START_SIDE


def _trim_side(f: Frame, t: str) -> TrimArgs | None:
    """"把unboxing.mp4的最后1秒剪掉", "cut the first 2 seconds of the unboxing clip"."""
    dur = next((m for m in f.used if "dur" in m.keys), None)
    if dur is None:
        return None
    before = f.text[:dur.start - f.start]
    if f.values.get("only"):  # "so that only its first 4 seconds are used": those are kept, not cut
        if _KEEP_FIRST.search(before):
            return TrimArgs(ref=_clip_ref(f), start=0, end=int(f.values["dur"]))
        return TrimArgs(ref=_clip_ref(f), keep_last=int(f.values["dur"])) if _END_SIDE.search(before) else None
    # "cut the clip to its last 5 seconds", "trim it down to the first 3 s": the part kept (set AF af211)
    if _TO_PART.search(before):
        if _KEEP_FIRST.search(before):
            return TrimArgs(ref=_clip_ref(f), start=0, end=int(f.values["dur"]))
        return TrimArgs(ref=_clip_ref(f), keep_last=int(f.values["dur"])) if _END_SIDE.search(before) else None
    side = "end" if _END_SIDE.search(before) else "start" if _START_SIDE.search(before) else None
    return TrimArgs(ref=_clip_ref(f), side=side, cut=int(f.values["dur"])) if side else None


def _trim_start_and_length(f: Frame, t: str) -> TrimArgs | None:
    """A clip's part from a moment of it, so long, the clip said by a word for one ("the clip", 视频片段) or by its name: "use
    4 seconds of the clip starting at 1s", "let the clip be 8 seconds, starting from 1 second in" (the first length made
    the video 4 s long, or nothing was read; dev sets DN dn191, DM dm091, DQ dq247)."""
    if _clip_ref(f) is None and not clip_word(f.visual_noun()):
        return None
    said = moment_and_length(f)
    return TrimArgs(ref=_clip_ref(f), start=said[0], end=said[0] + said[1]) if said else None


def _trim_to(f: Frame, t: str) -> TrimArgs | None:
    if _STARTING.search(f.text):  # "trim clip.mp4 to 5 seconds starting at 4s": the phrase rules read both (set AF af269)
        return None
    return TrimArgs(ref=str(f.values["file"]), length=int(f.values["dur"]))


_STARTING = compile_led(r"\b(?:starting|beginning|start|starts|begin|begins|from)\b")


# a clip said: its noun, its file, a reference to a clip ("clip 2"), "the video part"; 视频 or "the video" alone is the
# whole video (the length's)
_CLIP_SAID = compile_led(r"\bclips?\b|\bfootage\b|片段|\.(?:mp4|mov|webm|m4v|mkv)\b")


_QUESTION = compile_led(r"\s*(?:which|what|is|are|does|do|how|why|isn't|can\s+you\s+tell)\b")


def _clip_named(f: Frame, ref: str | None) -> bool:
    """A clip said: by its noun, its file or the video part (``_CLIP_SAID``), or counted among the clips ("the second
    video", "video 2": set CD cd259 was not read; "the video" alone stays the whole video)."""
    if _CLIP_SAID.search(f"{ref or ''} {f.visual_noun()}") or CLIP_PART.search(f.text):
        return True
    counted = parse_ref(ref) if ref else None
    return counted is not None and counted.kind == "video" and (counted.index is not None or bool(counted.many))


def _trim_step(f: Frame, t: str) -> TrimArgs | None:
    """"the clip is too long, cut it down", "make the clip a bit shorter", "视频片段短一点": the clip one step shorter or
    longer, no number said (set BA ba137 was not read; a picture said so is the picture length's step)."""
    ref = _clip_ref(f)
    # ("the clip is too loud and too long": a complaint said of no thing of its own takes the clip named before, and no
    # later clause of its own reads it: that clip's step; set CS cs077 dropped it)
    borrowed = bool(f.op_keys() & LENGTH_NEED) and not f.targets and "ref" in f.values
    if not (f.op_keys() & {"shorten", "lengthen"} or borrowed) or _QUESTION.match(f.text):  # ("which clip is longer?")
        return None  # ("the clip is too long" alone is why the next clause says what to do: "…, cut it to 6 seconds"; alone
        # it is read by r_trim's last rule, after the rules that read it with what to do)
    if not _clip_named(f, ref) or TIMES.search(f.text):
        return None
    return TrimArgs(ref=ref, factor=stretch(f.text, bool(f.op_keys() & {"lengthen", "lengthen_need"})))


# "trim the clip a bit", "cut the footage down some": cut by an amount with no number is one step shorter (set BI bi135
# removed the picture said with it and left the trim undone). "trim the clip" with no amount at all asks how much (set
# CO co258 cut 4 s off). "cut the clip" alone may be its removal: not read here
_CUT_STEP = compile_led(r"\bdown\b|\bsome\b|剪短")
_TRIMMED = compile_led(r"\btrim(?:med)?\b|修剪")


def _trim_cut_step(f: Frame, t: str) -> TrimArgs | None:
    ref = _clip_ref(f)
    if _QUESTION.match(f.text) or TIMES.search(f.text):
        return None
    if not _clip_named(f, ref):
        return None
    if not (_CUT_STEP.search(f.text) or A_BIT.search(f.text) or MUCH.search(f.text)):
        return TrimArgs(ref=ref, how_much=True) if _TRIMMED.search(f.text) else None
    return TrimArgs(ref=ref, factor=stretch(f.text, False))


# --- phrase rules (read before the last clause-free words; order 10) --------------------

# a clip by its file or its name before the noun ("the unboxing video"): the phrase patterns' generic clip misses it
NAMED_CLIP = rf"{FILE}|(?:the\s+)?[a-z0-9\-]+\s+(?:video\s+clip|clip|video|footage)\b"


# a second complaint said with the first: "is long and kinda boring"
_DULL = (r"(?:\s+and\s+(?:(?:kind\s+of|kinda|a\s+bit|a\s+little|really|pretty|so|too|quite|very)\s+)?"
         r"(?:boring|dull|tedious|repetitive|slow|draggy))?")


def r_trim(s: Scan) -> None:
    clip = rf"(?:the\s+)?(?:{REF}|video\s+clips?|clips?|videos?|footage|视频片段|视频|片段)"
    # half the clip cut: "片段剪一半", "视频片段剪掉一半", "cut the clip in half" (read as half speed, or the video halved; set
    # DR dr023 dr128); "make the clip half as long" reads "cut the clip in half" by now (vocab)
    def one(n: int) -> str:
        return rf"(?P<c{n}>(?:the\s+)?(?:{FILE}|video\s+clip|clip|footage|视频片段|片段|[a-z0-9\-]+\s+clip))"
    for m in s.take(rf"{one(1)}\s*(?:的长度|的时长|长度|时长)?\s*(?:再)?\s*(?:剪掉|剪短|剪|砍掉|砍|截掉|缩短|减少|去掉)\s*(?:到|成)?\s*(?:1\s*半|一半)(?:的长度)?"
                    rf"|{one(2)}\s*(?:减半|长度减半|时长减半)"
                    rf"|\b(?:cut|trim|chop)\s+{one(3)}\s+(?:down\s+)?(?:in\s+half|by\s+half)|\bhalve\s+{one(4)}(?:'s\s+length)?"):
        s.add("trim", m, ref=next(g for g in m.group("c1", "c2", "c3", "c4") if g).strip(), factor=0.5, exact=True)
    # "the clip is too long, cut it to 6 seconds", "the video part drags, trim it to 3 s": "it" is the clip complained of,
    # not the video (it had set the video to 6 s; set AC ac146). "the video is too long, …" stays the video's length
    said = (r"(?:the\s+)?(?:(?:video\s+)?clip|footage|video\s+(?:part|section|bit|segment)|clip\s+part)"
            rf"|{FILE}|(?:the\s+)?[a-z0-9\-]+\s+(?:video\s+clip|clip|footage)")
    # ("cut it down to 8 seconds" reads "make it 8 seconds" by now; "…, cut it down" with no number: one step shorter;
    # set BC bc041 asked the clip or the video, BA ba137 was not read)
    # ("the video part is long and kinda boring, trim it down to 6 seconds": a second complaint, the verb's particle said
    # first by the tidy's phrasal verbs; set BT bt097 was not read)
    for m in s.take(rf"(?P<c>{said})\s+(?:is|feels|seems|runs|goes\s+on|drags(?:\s+on)?)(?:\s*\b(?:way|much|a\s+bit|a\s+little|kind\s+of|too|so)\b)*"
                    rf"\s*(?:long|slow|on)?{_DULL}\s*(?:,|;|-|—)?\s*(?:so\s+|please\s+|pls\s+|just\s+)?"
                    # ("it" reads as the clip named by now: "…, trim the unboxing clip")
                    rf"(?:(?:(?:cut|trim|shorten|chop|make)\s+(?:it|(?P=c))\s+(?:down\s+)?|trim\s+down\s+(?:it|(?P=c))\s+)(?:to\s+)?(?:like\s+|about\s+|around\s+|just\s+)?(?P<d>{DUR}){NOT_RANGE}"
                    rf"|(?P<step>(?:(?:cut|trim)\s+down|shorten|trim|cut|chop)\s+(?:it|(?P=c))(?:\s+down)?(?:\s+(?:a\s+(?:bit|little)|some|a\s+lot))?"
                    r"|make\s+it\s+(?:(?:a\s+(?:bit|little|lot)|much|way|quite\s+a\s+bit)\s+)?shorter"
                    # ("the clip is too long, just use the first 6 seconds of it": the part kept said with "use", no
                    # operation of the planner's, so no clause of its own; the name "clip" left unread refused it: set CD
                    # cd145)
                    rf"|(?:only\s+)?(?:use|keep|play|show)\s+(?:only\s+|just\s+)?(?:the\s+|its\s+)?(?P<side>first|opening|last|final)\s+"
                    rf"(?P<sd>{DUR}){NOT_RANGE}(?:\s+of\s+(?:it|(?P=c)))?"
                    # ("clip is too long, just use 3s to 9s of it": the part kept said as a span; set CG cg179 was not read)
                    rf"|(?:only\s+)?(?:use|keep|play)\s+(?:only\s+|just\s+)?(?:from\s+)?{RANGE}(?:\s+of\s+(?:it|(?P=c)))?)"
                    r"(?=\s*(?:$|[,;.!?]|\band\b|\bthen\b|\bplease\b)))"):
        if m.group("r1"):
            a, b = range_ms(m)
            if b > a:
                s.add("trim", m, ref=m.group("c"), start=a, end=b)
            continue
        if m.group("side"):
            part_ms = dur_ms(m.group("sd")) or 0
            if m.group("side") in ("first", "opening"):
                s.add("trim", m, ref=m.group("c"), start=0, end=part_ms)
            else:
                s.add("trim", m, ref=m.group("c"), keep_last=part_ms)
            continue
        if m.group("step"):
            s.add("trim", m, ref=m.group("c"), factor=stretch(m.group(0), False))
            continue
        s.add("trim", m, ref=m.group("c"), length=dur_ms(m.group("d")))
    # "cut it at the 5 second mark", "trim the video at 8 seconds": where the video is cut, said of "it" or the video;
    # with a clip on the timeline the whole video's end or the clip's is asked (it had set the video to 5 s; set BG
    # bg160), with pictures alone it is the total length
    for m in s.take(r"\b(?:cut|trim|chop)\s+(?:it|this|the\s+(?:whole\s+)?video)\s+(?:off\s+)?at\s+(?:the\s+)?"
                    rf"(?P<d>{DUR})(?:\s+(?:mark|point))?{NOT_RANGE}(?!\s*(?:of|in|into|from)\b)"):
        s.add("trim", m, length=dur_ms(m.group("d")), generic=True, video=True)
    # the same in Chinese: "片段太长了，剪成4秒", "开箱视频有点拖，剪到3秒": the clip complained of, cut to that length (set AP
    # ap222 set the video to 4 s); 视频 alone stays the whole video ("视频太长了，剪成20秒")
    zsaid = (rf"{FILE}|[a-z0-9][a-z0-9\-_.]*\s*(?:视频片段|视频|片段)|视频片段|片段|视频(?:那|这)段(?:素材)?")
    for m in s.take(rf"(?P<c>{zsaid})\s*(?:(?:太|有点|有些|还是)\s*(?:长|拖)了?|拖沓)\s*[,，;；]?\s*(?:请|帮我|麻烦)?\s*(?:把它|给它)?\s*"
                    rf"(?:剪成|剪到|缩短到|剪短到|截成|截到|裁到|裁成|改成|只留|留)\s*(?P<d>{DUR}){NOT_RANGE}"):
        c = re.sub(r"(?:那|这)段(?:素材)?$", "", m.group("c")).strip()
        s.add("trim", m, ref=None if c == "视频" else c, length=dur_ms(m.group("d")))
    # "视频片段改成6秒", "把unboxing.mp4设为4秒": a clip set to a length, by its noun or file, is the clip's length (the tidy
    # reads "视频片段时长改成6秒" so; it had set the whole video to 6 s, wave 30 lead row); 视频 alone stays the video
    zclip = rf"{_VIDEO_FILE}|[a-z0-9][a-z0-9\-_]*\s*(?:视频片段|片段)|视频片段|片段"
    for m in s.take(rf"(?:(?<=[把将])|{_CLAUSE_START})(?P<c>{zclip})\s*(?:的)?\s*(?:要|就)?\s*(?:改成|改为|设为|设成|设置为|调成|调到|调整为|调整到|变成|做成)"
                    rf"\s*(?P<d>{DUR}){NOT_RANGE}"):
        s.add("trim", m, ref=m.group("c").strip(), length=dur_ms(m.group("d")), generic=bool(GENERIC_CLIP.match(m.group("c").strip())))
    # "mute the clip and trim it to 6 seconds": "it" is the clip named before it in the sentence, not the video (it had
    # set the video to 6 s; set AN an180)
    for m in s.take(rf"\b(?:trim|cut|shorten|chop)\s+it\s+(?:down\s+)?to\s+(?:just\s+|only\s+|about\s+|around\s+)?(?P<d>{DUR}){NOT_RANGE}"
                    r"(?!\s*(?:long\s+)?(?:in\s+total|total|overall))",
                    when=lambda m: _clip_said(s.msg.low, m.group(0)) is not None):
        s.add("trim", m, ref=_clip_said(s.msg.low, m.group(0)), length=dur_ms(m.group("d")), pronoun=True)
    # "the video clip is too long, just use the first 6 seconds": the part kept, said alone after the clip was named (set
    # AY ay144 was not read)
    # ("the unboxing video plays too long, just the first 5 sec please": the part kept said with no verb, after the clip's
    # length was complained of; set CL cl197 was not read. Not after another wish: "mute the clip, only the first 5 s")
    for m in s.take(rf"(?<=[,;])\s*(?:so\s+|and\s+|then\s+)?{_WE_ASK}(?:(?:just\s+|only\s+)?(?:use|keep|play|show)\s+(?:only\s+|just\s+)?"
                    rf"|(?P<bare>just\s+|only\s+))(?:the\s+|its\s+)?"
                    # (with no verb, the part ends its clause: "…, just the first 5 seconds are boring" is no wish)
                    rf"(?P<side>first|opening|last|final)\s+(?P<d>{DUR}){NOT_RANGE}(?:\s+of\s+it)?"
                    r"(?(bare)(?=\s*(?:please\b|pls\b)?\s*(?:$|[,;.!?]|\band\b|\bthen\b)))",
                    when=lambda m: _clip_said(s.msg.low, m.group(0)) is not None
                    and (not m.group("bare") or _long_said(s.msg.low, m.group(0)))):
        part_ms = dur_ms(m.group("d")) or 0
        _read_clip_said(s, m)
        if m.group("side") in ("first", "opening"):
            s.add("trim", m, ref=_clip_said(s.msg.low, m.group(0)), start=0, end=part_ms)
        else:
            s.add("trim", m, ref=_clip_said(s.msg.low, m.group(0)), keep_last=part_ms)
    # "the clip goes on forever, keep just five seconds of it": "it" is the clip named before, the length kept is the
    # clip's, never the whole video's (set BD bd158 had set the video to 5 s)
    # ("…, can we just use like 6 seconds of it": asked with "can we", the number hedged with "like"; set CL cl115)
    for m in s.take(rf"(?<=[,;])\s*(?:so\s+|and\s+|then\s+)?{_WE_ASK}(?:just\s+|only\s+)?(?:keep|use|leave)\s+(?:only\s+|just\s+)?{_HEDGE}"
                    rf"(?P<d>{DUR}){NOT_RANGE}\s+of\s+it\b(?!\s*(?:at|from|starting)\b)",
                    when=lambda m: _clip_said(s.msg.low, m.group(0)) is not None):
        _read_clip_said(s, m)
        s.add("trim", m, ref=_clip_said(s.msg.low, m.group(0)), length=dur_ms(m.group("d")), pronoun=True)
    # a clip set to a length: "set the clip to 8 seconds", "the clip should only be eight seconds", "unboxing video only
    # 4 seconds please": the clip's length, never the whole video's (set BR br172 had set the video to 8 s; sets BQ bq153,
    # BP bp223 were not read). With two clips "the clip" is asked; with pictures alone "the clip" is the whole video
    named = (rf"{_VIDEO_FILE}|(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)\b"
             rf"|(?:the\s+)?(?!{_NOT_A_NAME}\b)[a-z0-9\-]+\s+video\b(?!\s+clip)")
    for m in s.take(rf"\b(?:make|set|change|get)\s+(?P<c>{named})\s+(?:to\s+|be\s+)?{_ABOUT}(?P<d>{DUR}){NOT_RANGE}{_LEN_END}"
                    rf"|(?P<c2>{named})\s+(?:should|must|needs\s+to|has\s+to)\s+(?:only\s+|just\s+)?be\s+{_ABOUT}(?P<d2>{DUR}){NOT_RANGE}{_LEN_END}"
                    rf"|{_CLAUSE_START}(?P<c3>{named})\s*(?:[-–—:,]\s*)?(?:only|just)\s+(?P<d3>{DUR}){NOT_RANGE}{_LEN_END}"):
        ref = next(g for g in m.group("c", "c2", "c3") if g)
        s.add("trim", m, ref=ref, length=dur_ms(next(g for g in m.group("d", "d2", "d3") if g)),
              generic=bool(GENERIC_CLIP.match(ref.strip())))
    # "开箱视频静音，只保留前5秒", "视频原声去掉，只用前6秒": the part kept, said alone after the clip was named (sets AM am291,
    # AL al181); "…，并且只用前5秒": the joint as "and" (set CF cf217 was not read)
    for m in s.take(rf"(?<=[,，;；])\s*(?:然后|再|并且|而且|同时|并)?\s*(?:只|仅)\s*(?:保留|用|要|留)\s*(?:它的|其)?\s*(?:开头的?\s*)?前\s*(?P<d>{DUR}){NOT_RANGE}",
                    when=lambda m: _clip_said(s.msg.low, m.group(0)) is not None):
        s.add("trim", m, ref=_clip_said(s.msg.low, m.group(0)), start=0, end=dur_ms(m.group("d")))
    # where it starts and how long it lasts, said together: "trim clip.mp4 to start at 1 s and last 6 s", "trim clip.mp4
    # to 5 seconds starting at 4s" (sets AC ac222, AF af269 were not read); "…so it starts at 2 seconds and keeps 6
    # seconds": the part kept said with the verb's -s (set BW bw127 trimmed the start alone and left the 6 s unread)
    for m in s.take(rf"\b(?:trim|cut|edit|set)\s+(?P<c>{NAMED_CLIP}|{clip})\s+(?:so\s+(?:that\s+)?it\s+|to\s+)?(?:starts?|begins?)\s+(?:at|from)\s+(?P<a>{DUR})"
                    rf"\s*(?:,\s*)?(?:and\s+)?(?:to\s+)?(?:lasts?|runs?|plays?\s+for|is|keeps?|uses?)\s+(?:only\s+|just\s+)?(?:for\s+)?(?P<n>{DUR}){NOT_RANGE}"
                    rf"|\b(?:trim|cut|shorten|crop)\s+(?P<c2>{NAMED_CLIP}|{clip})\s+(?:down\s+)?to\s+(?P<n2>{DUR})\s*,?\s*(?:starting|beginning|from)\s+(?:at\s+|from\s+)?(?:the\s+)?(?P<a2>{DUR}){NOT_RANGE}"
                    # ("make the clip 10 seconds long, starting at the 1 second mark": the clip set to a length, then where
                    # in its source it starts; set CC cc262 was not read. "the video" alone stays the whole video's)
                    rf"|(?:\b(?:make|set|get)\s+(?P<c3>{named})\s+(?:to\s+|be\s+)?|(?P<c4>{named})\s+(?:should|must|needs\s+to|has\s+to)\s+(?:only\s+|just\s+)?be\s+)"
                    rf"{_ABOUT}(?P<n3>{DUR})(?:\s+long)?\s*,?\s*(?:and\s+)?(?:starting|beginning|from)\s+(?:at\s+|from\s+)?(?:the\s+)?(?P<a3>{DUR})"
                    rf"(?:\s+(?:mark|point|in))?{NOT_RANGE}"):
        a = dur_ms(m.group("a") or m.group("a2") or m.group("a3")) or 0
        n = dur_ms(m.group("n") or m.group("n2") or m.group("n3")) or 0
        s.add("trim", m, ref=m.group("c") or m.group("c2") or m.group("c3") or m.group("c4"), start=a, end=a + n)
    # where it starts, then how much of it is kept, said as a second verb or a length: "start the clip at 2 seconds and
    # keep 5 seconds of it", "clip - start at 1s, 6 seconds long", "unboxing.mp4 only 6 seconds, starting at 3" (sets AO
    # ao111, AH ah220 read the second number as the video's length, or lost it; AP ap254)
    kept = (rf"(?:(?:keep|use|play|run|last|make\s+it|let\s+it\s+run)\s+(?:for\s+|only\s+|just\s+)?)?(?P<n>{DUR})"
            rf"(?:\s+(?:of\s+it|of\s+(?:the\s+)?(?:clip|video|footage)|long|in\s+length|worth))?")
    for m in s.take(rf"\b(?:start|begin)\s+(?P<c>{NAMED_CLIP}|{clip})\s+(?:at|from)\s+(?:the\s+)?(?P<a>{DUR})(?:\s+mark)?{NOT_RANGE}\s*(?:,|;|-|—)?\s*"
                    rf"(?:and\s+)?(?:then\s+)?{kept}{NOT_RANGE}"
                    # ("trim the clip: start at 3s and keep 6 seconds": the verb before the clip, the part kept said as a
                    # verb; set AV av150 had set the video to 6 s)
                    rf"|(?:\b(?:trim|cut|edit)\s+)?(?:(?:shorter|longer)\s+)?(?P<c2>{NAMED_CLIP}|{clip})\s*(?:[-–—:,;]\s*)?(?:should\s+|to\s+)?(?:start|starting|begin|beginning)\s+(?:at|from)\s+(?:the\s+)?"
                    rf"(?P<a2>{DUR}){NOT_RANGE}\s*(?:,|;|-|—)?\s*(?:and\s+)?(?:then\s+)?(?:(?P<n2>{DUR})\s+(?:long|in\s+length)\b"
                    rf"|(?:keep|use|plays?|runs?|lasts?)\s+(?:for\s+|only\s+|just\s+)?(?P<n4>{DUR}){NOT_RANGE}(?:\s+(?:of\s+it|long|in\s+length|worth))?)"
                    rf"|(?P<c3>{NAMED_CLIP}|{clip})\s*(?:[-–—:,]\s*)?(?:only|just)\s+(?:use\s+|keep\s+)?(?P<n3>{DUR}){NOT_RANGE}\s*,?\s*"
                    rf"(?:starting|beginning|from)\s+(?:at\s+|from\s+)?(?:the\s+)?(?P<a3>{DUR}|\d+(?:\.\d+)?(?![\d.%]))"):
        a3 = m.group("a3")
        a = (dur_ms(m.group("a") or m.group("a2")) if not a3 else dur_ms(a3) if re.search(r"[a-z秒]", a3)
             else round(float(a3) * 1000)) or 0
        n = dur_ms(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")) or 0
        s.add("trim", m, ref=m.group("c") or m.group("c2") or m.group("c3"), start=a, end=a + n)
    # "speed up the clip 1.5x and start it at 1s": "it" is the clip named before it in the sentence (set AP ap218 lost it)
    # ("can the clip be slowed down and start from 3 seconds in": "and start" with no "it", "in" after the moment; set CG
    # cg114 was not read)
    # ("set the clip speed to 0.75x and trim it to start at 1 second": "trim it to start", "cut it so it begins"; set CN
    # cn214 was not read)
    for m in s.take(rf"(?:\b(?:start|begin)\s+it|\band\s+(?:then\s+)?(?:start|begin)"
                    rf"|\b(?:trim|cut|edit|chop)\s+it\s+(?:so\s+(?:that\s+)?it\s+|to\s+)(?:starts?|begins?))\s+(?:at|from)\s+(?:the\s+)?(?P<a>{DUR})"
                    rf"(?:\s+mark|{_IN_SOURCE})?{NOT_RANGE}"
                    rf"(?!\s*(?:,\s*)?(?:and\s+)?(?:keep|use|last|run|for|\d))",
                    when=lambda m: _clip_said(s.msg.low, m.group(0)) is not None):
        s.add("trim", m, ref=_clip_said(s.msg.low, m.group(0)), start=dur_ms(m.group("a")) or 0)
    # the same in Chinese: "视频片段从第3秒开始，用6秒", "片段从2秒起保留5秒" (set AG ag139: the 6 s had gone to picture 3)
    # ("把视频剪到从第4秒开始，持续6秒": the cut said before the start; set BL bl177 set the video to 6 s)
    # ("开箱视频从第3秒开始，放4秒就行": the clip by its name before 视频; set BR br207 lost the name and asked which)
    # ("视频从第3秒开始用，用5秒": the verb said after the start too, 用; set CC cc128 was not read)
    # ("把clip.mp4裁剪为从第1秒开始，时长4秒": the cut said as 裁剪为, how long as 时长; set CR cr083 set the video to 4 s)
    for m in s.take(rf"(?:把|将|让)?\s*(?P<c>{_VIDEO_FILE}|(?:[a-z0-9][a-z0-9\-_]*\s*)?{clip})\s*(?:改成|改为|只|剪到|剪成|裁到|裁成|截成|截到|{_CUT_AS})?\s*从\s*第?\s*(?P<a>{DUR})\s*(?:开始|起)(?:播放?|放|截取?|剪|使用|用|保留)?\s*[,，]?\s*(?:然后|再)?\s*"
                    rf"(?:只|一共|总共|就)?(?:使用|用|保留|留|截取|截|取|持续|播放?|放|要|剪|{_KEPT_LENGTH})\s*(?P<n>{DUR})\s*(?:长)?{NOT_RANGE}"):
        a = dur_ms(m.group("a")) or 0
        s.add("trim", m, ref=m.group("c"), start=a, end=a + (dur_ms(m.group("n")) or 0))
    # where it starts and where it ends: "cut the clip so it starts at 4s and ends at 10s" (set BM bm143 was not read)
    # ("the first video: start from 5 seconds in and end at 10", "trim the first video so it starts at 5 seconds and ends
    # at 10": the clip said before a colon, "in" after the start, the end's unit left out; set BX bx197 was not read)
    for m in s.take(rf"(?:\b(?:trim|cut|edit|set)\s+(?P<c>{NAMED_CLIP}|{clip})\s+(?:so\s+(?:that\s+)?it\s+|to\s+)"
                    rf"|{_CLAUSE_START}(?P<c2>{NAMED_CLIP}|{clip})\s*[:：\-–—]\s*(?:make\s+it\s+|have\s+it\s+|let\s+it\s+)?)"
                    rf"(?:starts?|begins?)\s+(?:at|from)\s+(?:the\s+)?(?P<a>{DUR})(?:\s+(?:mark|in))?\s*,?\s*and\s+(?:it\s+)?(?:ends?|stops?)\s+at\s+"
                    rf"(?:the\s+)?(?P<b>{DUR}|\d+(?:\.\d+)?(?![\d.%x]|\s*(?:seconds?|secs?|s|min|minutes?|ms)\b))(?:\s+mark)?{NOT_RANGE}"):
        b = m.group("b")
        end = dur_ms(b) if re.search(r"[a-z秒]", b) else round(float(b) * 1000)
        s.add("trim", m, ref=m.group("c") or m.group("c2"), start=dur_ms(m.group("a")) or 0, end=end or 0)
    # where it starts alone: "trim clip.mp4 to start at 2 seconds" (set AG ag137)
    for m in s.take(rf"\b(?:trim|cut|edit|set)\s+(?P<c>{NAMED_CLIP}|{clip})\s+(?:so\s+(?:that\s+)?it\s+|to\s+)(?:starts?|begins?)\s+(?:at|from)\s+"
                    rf"(?:the\s+)?(?P<a>{DUR})(?:\s+mark)?{NOT_RANGE}(?!\s*(?:,\s*)?(?:and\s+)?(?:to\s+)?(?:lasts?|runs?|plays?|is|ends?|until|to)\b)"):
        s.add("trim", m, ref=m.group("c"), start=dur_ms(m.group("a")) or 0)
    # "trim clip 2 to 4 seconds" first: otherwise "2 to 4 seconds" would read as a range
    # ("reduce clip.mp4 to 6 seconds": set AW aw184 was not read)
    # ("cut the clip down to six sec": the tidy's phrasal verbs make it "cut down the clip to 6 sec", which was dropped
    # without a word beside another edit; set BI bi159)
    for m in s.take(rf"\b(?:trim|shorten|cut|reduce|chop)\s+(?:down\s+)?(?P<c>{clip})\s+(?:down\s+)?to\s+(?P<d>{DUR}){NOT_RANGE}"
                    # ("将视频片段剪短为8秒": 剪短为, 缩短为; set BI bi122 was not read)
                    rf"|(?:把|将)?\s*(?P<c2>{clip})\s*(?:剪到|剪成|裁剪到|缩短到|剪短到|剪短为|剪短成|缩短为|缩短成|缩短至|剪短至)\s*(?P<d2>{DUR}){NOT_RANGE}"):
        s.add("trim", m, ref=m.group("c") or m.group("c2"), length=dur_ms(m.group("d") or m.group("d2")),
              generic=True)
    # the clip said before its verb with a colon, "unboxing clip: use 1s to 6s only" (set BU bu131 did the format said after
    # it and dropped the trim), or shown "just"/"only" for a part of it, "just show the unboxing from 1s to 7s" (set BT
    # bt156 was not read; "show clip.mp4 from 1s to 7s" alone may say when it is on screen: not read)
    for m in s.take(rf"(?P<c>{_VIDEO_FILE})\s*[:：\-–—]\s*(?:only\s+|just\s+)?(?:use|keep|play)\s+(?:only\s+|just\s+)?(?:from\s+)?{RANGE}(?:\s+only)?\b"
                    rf"|\b(?:just|only)\s+(?:show|play)\s+(?:only\s+|just\s+)?(?P<c2>{_VIDEO_FILE})\s+from\s+{range_rx('s')}(?!\s*(?:of|in|into)\s+the\s+(?:video|timeline))"):
        a, b = range_ms(m)
        s.add("trim", m, ref=m.group("c") or m.group("c2"), start=a, end=b)
    # ("use the part from 3s to 8s of the clip": the part named; set AD ad110)
    # ("cut the clip down to seconds 4 to 9": the particle said first by the tidy's phrasal verbs, "cut down the clip to";
    # the clip by its file too, "cut down unboxing.mp4 to 1s to 6s"; found beside set CD cd144)
    for m in s.take(rf"(?:\b(?:trim|cut|crop|keep|use|play)(?:\s+down)?|截取|保留|剪到|裁剪到|修剪到|剪成|裁到)\s*(?:only\s+)?"
                    rf"(?:(?:the\s+|just\s+the\s+|only\s+the\s+)?(?:part|bit|section|portion)\s+)?"
                    rf"(?:(?P<c>{_VIDEO_FILE}|{clip})\s*(?:to|from|at|down to|的)?\s*)?(?:from\s+)?{RANGE}"
                    rf"(?:\s*(?:of|from|in)\s+(?P<c2>{NAMED_CLIP}|{clip}))?"):
        a, b = range_ms(m)
        s.add("trim", m, ref=m.group("c") or m.group("c2"), start=a, end=b)
    for m in s.take(rf"(?:把)?\s*(?P<c>{clip})?\s*(?:剪到|裁剪到|截取|保留|剪成|修剪到|裁到|只要|只保留)\s*{RANGE}"):
        a, b = range_ms(m)
        s.add("trim", m, ref=m.group("c"), start=a, end=b)
    # the part kept named by its seconds: "only keep seconds 2 to 5 of the unboxing video", "use seconds 1-4 of clip.mp4",
    # "keep the part from second 2 to second 5 of the clip"
    num = r"\d+(?:\.\d+)?"
    for m in s.take(rf"\b(?:only\s+|just\s+)?(?:keep|use|play|show)\s+(?:only\s+|just\s+)?(?:the\s+)?(?:part\s+|bit\s+|section\s+)?(?:from\s+)?"
                    rf"seconds?\s+(?P<a>{num})\s*(?:to|-|through|until|till|and)\s*(?:second\s+)?(?P<b>{num})\s+(?:of|from|in)\s+"
                    rf"(?P<c>{NAMED_CLIP}|{clip})"):
        a, b = round(float(m.group("a")) * 1000), round(float(m.group("b")) * 1000)
        if b > a:
            s.add("trim", m, ref=m.group("c"), start=a, end=b)
    # ("请将 clip.mp4 裁剪为第2秒到第7秒，并以1.5倍速播放": 裁剪为, 剪为; set BF bf172 dropped the trim)
    # "只保留视频的第2秒到第6秒", "unboxing.mp4只要第1秒到第4秒": the clip named between the verb and the seconds
    # ("视频片段只保留第2到第5秒": the clip named before the verb alone)
    # ("使用视频的第10秒到第15秒": 使用, as "use seconds 10 to 15 of the video"; set BP bp190 was not read)
    for m in s.take(rf"(?:把)?\s*(?P<c>{FILE}|{clip})?\s*(?:的)?\s*(?:只保留|只要|只使用|只用|使用|保留|截取|剪到|剪成|裁剪到|修剪到|裁到|{_CUT_AS})\s*(?P<c2>{FILE}|{clip})?\s*的?\s*"
                    # ("裁剪为从第1秒到第7秒": 从 after the verb; set CH ch016 was not read)
                    rf"(?:从\s*第?|第)\s*(?P<a>{num})\s*秒?\s*(?:到|至|-)\s*第?\s*(?P<b>{num})\s*秒",
                    when=lambda m: bool(m.group("c") or m.group("c2"))):
        a, b = round(float(m.group("a")) * 1000), round(float(m.group("b")) * 1000)
        if b > a:
            s.add("trim", m, ref=m.group("c2") or m.group("c"), start=a, end=b)
    for m in s.take(rf"\b(?:cut|trim|remove|drop|skip|chop|lose)\s+(?:off\s+)?(?:the\s+|its\s+)?(?P<side>first|last|opening|final)\s+"
                    rf"(?P<d>{DUR})(?:\s+(?:(?:off\s+)?(?:of|from)|off)\s+(?P<c>{NAMED_CLIP}|{clip}))?"):
        side = "start" if m.group("side") in ("first", "opening") else "end"
        s.add("trim", m, ref=m.group("c"), side=side, cut=dur_ms(m.group("d")))
    # ("剪掉视频片段开头的1秒": 的 after the side too; "unboxing视频开头2秒不要": the clip by its name before 视频)
    zclip = rf"(?:[a-z0-9][a-z0-9\-_.]*\s*)?{clip}"
    # ("开箱视频去掉开头两秒": the clip by its name before the verb; set AL al103)
    for m in s.take(rf"(?P<c3>{zclip})\s*(?:剪掉|去掉|删掉|裁掉|切掉|剪去)\s*(?P<side3>前|开头|最后|后|结尾)\s*的?\s*(?P<d3>{DUR})"
                    rf"|(?:剪掉|去掉|删掉|裁掉|切掉|删除|剪去)\s*(?P<c>{zclip})?\s*的?\s*(?P<side>前|开头|最后|后|结尾)\s*的?\s*(?P<d>{DUR})"
                    # ("视频前面两秒剪掉": set AE ae214)
                    # ("clip.mp4 后面2秒不要了": the clip by its file; set BH bh200 was not read)
                    rf"|(?P<c2>{_VIDEO_FILE}|{zclip})\s*的?\s*(?P<side2>前面|前|开头|最后面|最后|后面|后|结尾)\s*的?\s*(?P<d2>{DUR})\s*(?:剪掉|去掉|删掉|裁掉|切掉|不要{_NOT_A_THING})(?:了)?"
                    # ("视频片段开头剪掉两秒": the side, the verb, then how much; set AY ay152)
                    rf"|(?P<c4>{_VIDEO_FILE}|{zclip})\s*的?\s*(?P<side4>前面|开头|最后面|最后|后面|结尾|末尾)\s*(?:再)?\s*(?:剪掉|去掉|删掉|裁掉|切掉|剪去)\s*(?P<d4>{DUR})"
                    # ("把视频的第一秒剪掉": its first second; set AZ az243. Another second said is inside the clip: not read)
                    rf"|(?:把)?\s*(?P<c5>{zclip})\s*的?\s*(?P<side5>第)\s*1\s*秒\s*(?:钟)?\s*(?:剪掉|去掉|删掉|裁掉|切掉|不要{_NOT_A_THING})"):
        side = next(g for g in m.group("side", "side2", "side3", "side4", "side5") if g)
        cut = dur_ms(next((g for g in m.group("d", "d2", "d3", "d4") if g), "1秒"))
        s.add("trim", m, ref=next((g for g in m.group("c", "c2", "c3", "c4", "c5") if g), None),
              side="start" if side in ("前", "前面", "开头", "第") else "end", cut=cut)
    # only its opening part is used: "trim the clip so that only its first 4 seconds are used", "use just the first
    # 4 s of the clip", "视频只用前4秒", "只保留片段的前4秒"
    used = r"(?:\s+(?:are|is|get|gets)?\s*(?:used|played|kept|shown|left|remain|play|plays|stay|stays))?"
    for m in s.take(rf"\b(?:trim|cut|edit|shorten)\s+(?P<c>{clip})\s+(?:so\s+(?:that\s+)?|such\s+that\s+)?(?:only|just)\s+(?:its|the)\s+"
                    rf"(?:first|opening)\s+(?P<d>{DUR}){NOT_RANGE}{used}"
                    rf"|\b(?:only\s+|just\s+)?(?:keep|use|play|show)\s+(?:only\s+|just\s+)?(?:the\s+)?(?:(?P<l2>last|final)|first|opening)\s+(?P<d2>{DUR})\s+of\s+(?P<c2>{NAMED_CLIP}|{clip})"
                    # ("only keep the last 5 seconds of the clip": its end kept, set BQ bq169 was not read; "of the video" is
                    # the whole video's end or the clip's: not read)
                    r"(?(l2)(?<!\bof\svideo)(?<!\bof\sthe\svideo)(?<!\bof\svideos)(?<!\bof\sthe\svideos))"
                    # ("…, and only the first 3 seconds of clip.mp4": the part kept with no verb, said first in its clause;
                    # the wave-16 notes, set BB bb257)
                    rf"|(?:{_CLAUSE_START}|\band\s+)(?:only|just)\s+(?:the\s+|its\s+)?(?:(?P<l6>last|final)|first|opening)\s+(?P<d6>{DUR})\s+of\s+(?P<c6>{NAMED_CLIP}|{clip})"
                    # ("unboxing clip just the first four seconds", "unboxing video - only the first 4 s": the clip named, then
                    # the part kept; sets AM am165, AI ai127)
                    rf"|(?P<c5>{NAMED_CLIP}|{clip})\s*(?:[-–—:,]\s*)?(?:just|only)\s+(?:use\s+|keep\s+|play\s+)?(?:the\s+|its\s+)?(?:first|opening)\s+(?P<d5>{DUR}){NOT_RANGE}{used}"
                    # ("clip.mp4: first 6 seconds only", "unboxing clip - last 3 s only": the clip, then the part with "only"
                    # after it; set BE be211 was not read. Without "only" the part may be cut or kept: not read)
                    rf"|(?P<c7>{NAMED_CLIP}|{clip})\s*[-–—:,]\s*(?:the\s+|its\s+)?(?:(?P<l7>last|final)|first|opening)\s+(?P<d7>{DUR}){NOT_RANGE}\s+only\b"
                    # ("开箱视频只用前四秒": the clip by its name before 视频; set AK ak99)
                    rf"|(?P<c3>{zclip})\s*(?:只|仅)\s*(?:用|要|保留|留|播放?|放)\s*(?:(?P<l3>最后|结尾的?|末尾的?)|开头的?|前面的?)?\s*前?\s*(?P<d3>{DUR}){NOT_RANGE}"
                    rf"|(?:只|仅)\s*(?:用|要|保留|留|播放?|放)\s*(?P<c4>{_VIDEO_FILE}|{clip})\s*的?\s*(?:开头的?\s*前|前|(?P<l4>最后|结尾的?|末尾的?))\s*(?P<d4>{DUR}){NOT_RANGE}"):
        d = dur_ms(next(g for g in m.group("d", "d2", "d3", "d4", "d5", "d6", "d7") if g))
        ref = next((g for g in m.group("c", "c2", "c3", "c4", "c5", "c6", "c7") if g), None)
        if m.group("l2") or m.group("l3") or m.group("l4") or m.group("l6") or m.group("l7"):
            s.add("trim", m, ref=ref, keep_last=d)
        else:
            s.add("trim", m, ref=ref, start=0, end=d)
    # where in the clip it starts: "start the clip at 2s", "play the clip from 2 seconds on", "start the clip 2
    # seconds in", "clip 从第2秒开始播"
    # ("start unboxing.mp4 at the 2 second point instead of the beginning": the clip by its file, "point" as "mark"; set
    # BG bg172 was not read)
    for m in s.take(rf"\bstart\s+(?P<c>{NAMED_CLIP}|{clip})\s+(?:at|from)\s+(?:the\s+)?(?P<d>{DUR})(?:\s+(?:mark|point))?{NOT_RANGE}"
                    r"(?:\s*,?\s*(?:instead\s+of|rather\s+than|not)\s+(?:(?:at|from)\s+)?(?:the\s+)?(?:very\s+)?(?:beginning|start)\b)?"
                    # ("start the unboxing 2 seconds in": the clip by its file; set AY ay218)
                    rf"|\bstart\s+(?P<c2>{NAMED_CLIP}|{clip})\s+(?P<d2>{DUR}){_IN_SOURCE}"
                    rf"|(?P<c6>{NAMED_CLIP}|{clip})\s+(?:should\s+|must\s+|needs\s+to\s+|to\s+)?(?:starts?|begins?)\s+(?:at\s+|from\s+)?(?P<d6>{DUR}){_IN_SOURCE}"
                    # ("clip starts at 4s, and mute the voiceover": where it starts said of the clip alone; set AU au229.
                    # A length said after it is left to the rules above, never half read)
                    rf"|(?<![a-z])(?P<c9>{NAMED_CLIP}|(?:the\s+)?(?:video\s+clip|clip|footage))\s+(?:should\s+|must\s+|needs\s+to\s+|to\s+)?"
                    rf"(?:starts?|begins?)\s+(?:at|from)\s+(?:the\s+)?(?P<d9>{DUR})(?:\s+mark)?{NOT_RANGE}"
                    rf"(?!\s*(?:,\s*)?(?:and\s+)?(?:then\s+)?(?:to\s+)?(?:lasts?|runs?|plays?|for|is|ends?|until|keep|use|\d))"
                    rf"|\b(?:play|run)\s+(?P<c3>{clip})\s+(?:starting\s+)?from\s+(?:the\s+)?(?P<d3>{DUR})(?:\s+mark)?{NOT_RANGE}(?:\s+(?:on(?:wards?)?|in))?"
                    # ("开箱视频从第2秒开始" with two clips: the clip by its name; "…开始用，用到第7秒": to there; sets AD ad113,
                    # AE ae196)
                    rf"|(?:把|让)?\s*(?P<c4>{zclip})\s*(?:从|由)\s*第?\s*(?P<d4>{DUR})\s*(?:开始|起)\s*(?:播放?|放|用|算)?"
                    rf"(?:\s*[,，]?\s*(?:一直)?\s*(?:用|播放?|放)?\s*(?:到|至)\s*第?\s*(?P<e4>{DUR})(?:\s*(?:为止|结束))?)?"
                    # "请将 unboxing.mp4 的入点设为第3秒", "set the in point of the clip to 3s" (set AE ae238)
                    rf"|(?P<c7>{FILE}|{zclip})\s*的?\s*(?:入点|起点|开始点|开始时间)\s*(?:设为|设置为|设成|改为|改成|调到|调为|定在|放在|在|是|为)\s*第?\s*(?P<d7>{DUR})"
                    rf"|\bset\s+(?:the\s+)?(?:in[\s-]?point|start\s+point)\s+(?:of\s+(?P<c8>{NAMED_CLIP}|{clip})\s+)?(?:to|at)\s+(?P<d8>{DUR}){NOT_RANGE}"
                    rf"|(?P<c5>{zclip})\s*(?:的)?\s*(?:开头|前)\s*(?P<d5>{DUR})\s*(?:不要{_NOT_A_THING}|跳过)"):
        ref = next((g for g in m.group("c", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9") if g), None)
        start = dur_ms(next(g for g in m.group("d", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9") if g))
        if m.group("e4"):
            s.add("trim", m, ref=ref, start=start, end=dur_ms(m.group("e4")))
        else:
            s.add("trim", m, ref=ref, start=start)
    # the middle part kept: "crop the clip to its middle 6 seconds (from 3.25 s)", "keep the middle 4 s of the unboxing",
    # "片段只要中间6秒" (set BX bx161 was not read); a start said with it is the one used
    middle = (rf"\b(?:trim|cut|crop|shorten|chop)\s+(?P<c>{NAMED_CLIP}|{clip})\s+(?:down\s+)?to\s+(?:just\s+|only\s+)?(?:its|the)\s+"
              rf"middle\s+(?P<d>{DUR}){NOT_RANGE}"
              rf"|\b(?:only\s+|just\s+)?(?:keep|use|play)\s+(?:only\s+|just\s+)?the\s+middle\s+(?P<d2>{DUR})\s+of\s+(?P<c2>{NAMED_CLIP}|{clip})"
              rf"|(?:把|将)?\s*(?P<c3>{zclip})\s*的?\s*(?:只|仅)\s*(?:用|要|保留|留)\s*(?:它的)?\s*中间的?\s*(?P<d3>{DUR})"
              rf"|(?:只|仅)\s*(?:用|要|保留|留)\s*(?P<c4>{zclip})\s*的?\s*中间的?\s*(?P<d4>{DUR})")
    for m in s.take(rf"(?:{middle})(?:\s*[(（,，]?\s*(?:from|starting\s+(?:at|from)|beginning\s+at|从第?)\s*(?:the\s+)?"
                    rf"(?P<a>{DUR})\s*(?:开始|起)?\s*[)）]?)?{NOT_RANGE}"):
        ref = next((g for g in m.group("c", "c2", "c3", "c4") if g), None)
        d = dur_ms(next(g for g in m.group("d", "d2", "d3", "d4") if g)) or 0
        if m.group("a"):
            a = dur_ms(m.group("a")) or 0
            s.add("trim", m, ref=ref, start=a, end=a + d)
        else:
            s.add("trim", m, ref=ref, middle=d)
    # "unboxing clip should start at 1s, the first second is just my hand": the part cut away described after the start
    # asked, the same length, is why, no wish of its own (set BW bw169 dropped the trim for the value left unread); another
    # length there stays unread
    s.take(r"(?<=[,;])\s*(?:since\s+|because\s+|as\s+|cause\s+)?(?:the\s+)?(?:first|opening)\s+"
           rf"(?P<d>{DUR})\s+(?:of\s+it\s+)?(?:is|are|was|were)\s+[a-z' ]{{1,40}}(?=$|[,;.!?])",
           when=lambda m: any(i.kind == "trim" and i.pos < m.start() and getattr(i.args, "start", None)
                              == dur_ms(m.group("d")) and getattr(i.args, "end", None) is None for i in s.intents))
    # relative: "make the clip 2 seconds shorter", "extend clip 1 by 1s", "把视频缩短2秒" (视频 with no clip on the
    # timeline: the whole video, like "缩短2秒"). English "the video" stays a total length ("make the video 2s shorter").
    clip_en = rf"(?:the\s+)?(?:{REF}|video\s+clips?|clips?|footage)"
    for m in s.take(rf"\bmake\s+(?P<c>{clip_en})\s+(?P<d>{DUR})\s+(?P<rel>shorter|longer)"
                    rf"|\b(?P<v>shorten|lengthen|extend|trim|cut)\s+(?P<c2>{clip_en})\s+by\s+(?P<d2>{DUR})"
                    # ("开箱视频缩短1秒", "unboxing.mp4缩短1秒": the clip by its name or file; set BR br166's "开头和结尾各剪掉1秒"
                    # with two clips)
                    rf"|(?:把)?\s*(?P<c3>{_VIDEO_FILE}|(?:[a-z0-9][a-z0-9\-_]*\s*)?{clip})\s*(?P<zv>缩短|剪短|减少|延长|加长|增加)\s*了?\s*(?P<d3>{DUR}){NOT_RANGE}"):
        ref = m.group("c") or m.group("c2") or m.group("c3")
        word = m.group("rel") or m.group("v") or m.group("zv")
        delta = dur_ms(m.group("d") or m.group("d2") or m.group("d3")) or 0
        down = word in ("shorter", "shorten", "trim", "cut", "缩短", "剪短", "减少")
        s.add("trim", m, ref=ref, delta=-delta if down else delta,
              generic=bool(re.fullmatch(r"(?:the\s+)?(?:videos?|视频)", ref.strip())))


# a clip's length complained of, and nothing said of what to do: "the clip goes on too long", "the first video is way too
# long", "片段太长了" (sets CE ce195, CH ch032 were not read; "the video is too long" stays the whole video's)
_COMPLAINED_CLIP = (rf"(?:the\s+)?(?:(?:video\s+)?clip(?:\s+\d)?|footage|video\s+(?:part|section|bit|segment)|clip\s+part)|{FILE}"
                    r"|(?:the\s+)?[a-z0-9\-]+\s+(?:video\s+clip|clip|footage)"
                    r"|(?:the\s+)?(?:first|second|third|last|1st|2nd|3rd|other)\s+(?:video|clip)|video\s+\d")
_TOO_LONG = (r"(?:is|feels|seems|'s|runs|goes\s+on)\s+(?:(?:way|much|far|a\s+bit|a\s+little|kind\s+of|kinda|really|just)\s+)?"
             r"(?P<long>too\s+long|too\s+short|long|forever)|(?P<drags>drags(?:\s+on)?)")
_ZH_CLIP = r"(?:[a-z0-9][a-z0-9\-_.]*\s*)?(?:视频片段|片段)|视频(?:那|这)段|(?:[a-z0-9][a-z0-9\-_.]*\s*)视频"


def r_trim_complained(s: Scan) -> None:
    """A clip's length complained of alone: one step shorter (longer for "too short"); said beside an edit that changes
    lengths, it is that edit's reason (core._remedied). Read last (order 12), after the rules that read the complaint
    with what to do ("the clip is too long, cut it to 6 seconds")."""
    for m in s.take(rf"(?:^|(?<=[,;.!?]))\s*(?:and\s+|but\s+|also\s+)?(?P<c>{_COMPLAINED_CLIP})\s+(?:{_TOO_LONG})"
                    r"(?=\s*(?:$|[,;.!?]|\band\b|\bbut\b))"
                    rf"|(?:^|(?<=[,，;；。!！?？]))\s*(?P<zc>{_ZH_CLIP})\s*(?:(?:太|有点|有些|还是|实在)\s*(?P<zlong>长|短|拖)了?|拖沓)"
                    r"(?=\s*(?:$|[,，;；。!！?？]))"):
        longer = m.group("long") == "too short" or m.group("zlong") == "短"
        if m.group("long") == "long" and not re.search(r"\bruns\b", m.group(0)):
            continue  # ("the clip is long" is no wish; "it runs long" is)
        s.add("trim", m, ref=(m.group("c") or m.group("zc")).strip(), factor=stretch(m.group(0), longer), vague=True)


# "trimmed to" said as 裁剪为/剪为/剪辑成 (set BF bf172)
_CUT_AS = r"(?:裁剪为|裁剪成|剪为|裁为|裁成|截为|截成|修剪为|修剪成|剪辑为|剪辑成)"
# how long the part kept is, said as its length: "时长4秒", "长度为4秒" (set CR cr083)
_KEPT_LENGTH = r"(?:时长|长度|总长)\s*(?:为|是|设为)?"
# 不要 with a thing after it is that thing not wanted there: "视频开头的3秒不要音乐" keeps the clip whole (it cut its first 3 s;
# found beside set BV bv147)
_NOT_A_THING = (r"(?!\s*(?:有|出现|显示|放)?\s*(?:背景音乐|音乐|配乐|声音|原声|配音|旁白|人声|音效|字幕|标题|文字|字|logo|贴纸|水印|转场|"
                r"黑屏|淡入|淡出|[a-z]))")
# a video clip's file ("clip.mp4"; a picture's file with a time span is an overlay's)
_VIDEO_FILE = r"[a-z0-9][a-z0-9_\-.]*\.(?:mp4|mov|m4v|webm|mkv|avi)(?![a-z0-9])"
# "2 seconds in", "4 seconds into the footage": that far into the clip's own source, where it starts (set CB cb250 was not
# read; "into the video" may be the whole video's time: not read)
_IN_SOURCE = (r"\s+in(?:to\s+(?:it|(?:the\s+|its\s+)?(?:original\s+|raw\s+|source\s+)?(?:footage|clip|source|recording|file)))?"
              r"(?![a-z0-9'\-])")
# a clause's start: a clip said first there, with no verb before it ("show clip.mp4 from 2s to 7s" stays an overlay's)
_CLAUSE_START = r"(?:^|(?<=[,;:.!?，；。：！？]))\s*(?:and\s+|then\s+|然后|再)?\s*"


def r_trim_span(s: Scan) -> None:
    """A clip with the part of it used, said without "trim" ("clip.mp4 from 2s to 7s only", "use clip.mp4 from 4 s to
    10 s", "clip.mp4只用中间那段，从4秒到9秒", "use the clip from 4s to the end"): read before the overlays' time spans
    (order 0), which had laid the clip over itself from 2 s to 7 s (sets AY ay226, AX ax150, AZ az244, AZ az114, AY ay170).
    After 用/要/留/取 the 从 may go: "clip.mp4 用第4秒到第10秒那段" (set BC bc244 was not read).
    After the part said, a comma: "clip.mp4 只要中间那段，第3秒到第9秒" (set BF bf212 dropped it).
    Only a video's file or a clip's noun, said first in its clause or after use/keep/play: "put clip.mp4 in the corner
    from 2s to 7s" stays the overlay's."""
    clip = rf"(?:{_VIDEO_FILE}|(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage))"
    part = r"(?:(?:only\s+|just\s+)?(?:the\s+)?(?:part|bit|section|portion|segment)\s+of\s+)?"
    span = (rf"(?:from\s+)?(?:{RANGE}|seconds?\s+(?P<sa>{NUM})\s*(?:to|-|through|until|till)\s*(?:seconds?\s+)?(?P<sb>{NUM})(?![\d.])"
            rf"|(?P<ea>{DUR})\s+(?:to|until|till)\s+(?:the\s+|its\s+)?end)")
    zclip = r"(?:[a-z0-9][a-z0-9\-_.]*\s*)?(?:视频片段|视频|片段)"
    # ("set clip.mp4 to play from 4.5 s to 10.5 s only", "have the clip run from 2s to 6s": the clip told to play a part of
    # its source; set CH ch027 was not read)
    for m in s.take(rf"\b(?:set|make|have|get|let)\s+(?P<c>{clip})\s+(?:to\s+)?(?:play|run)\s+(?:only\s+|just\s+)?(?:from\s+)?{RANGE}"
                    r"(?:\s+only)?(?![a-z0-9])"):
        a, b = range_ms(m)
        if b > a:
            s.add("trim", m, ref=m.group("c"), start=a, end=b)
    for m in s.take(rf"(?:{_CLAUSE_START}|\b(?:use|keep|play)\s+(?:only\s+|just\s+)?{part})(?P<c>{clip})\s+(?:only\s+|just\s+)?{span}"
                    rf"(?:\s+(?:only|of\s+it))?(?![a-z0-9])"
                    rf"|{_CLAUSE_START}(?:把|让)?\s*(?P<zc>{_VIDEO_FILE}|{zclip})\s*(?:的)?\s*(?:只|仅|就)?\s*(?:用|要|保留|留|截取|取)?\s*"
                    rf"(?:(?:中间|当中)\s*(?:的)?\s*)?(?:(?:那|这|一)\s*)?(?:段|部分)?\s*[,，:：]?\s*(?:就)?\s*(?:从|由|(?<=[用要留取])|(?<=[用要留取]\s)|(?<=[段分][,，:：])|(?<=[段分][,，:：]\s))\s*第?\s*(?P<za>{NUM})\s*秒?"
                    # ("视频片段从第2秒剪到第10秒": the cut said between the two moments; set BX bx154 was not read. 放到
                    # stays unread: "clip.mp4从第2秒放到第10秒" may say when it is on screen)
                    rf"\s*(?:(?:剪|截|裁|用|保留|留|取)(?=\s*到))?\s*(?:到|至|-)\s*第?\s*(?P<zb>{NUM})\s*秒(?!\s*(?:显示|出现|展示))"
                    r"(?:\s*(?:的)?\s*(?:那|这)?\s*(?:一)?\s*(?:段|部分))?"):
        if m.group("zc"):
            a, b = round(float(m.group("za")) * 1000), round(float(m.group("zb")) * 1000)
        elif m.group("ea"):
            s.add("trim", m, ref=m.group("c"), start=dur_ms(m.group("ea")) or 0, to_end=True)
            continue
        elif m.group("sa"):
            a, b = round(float(m.group("sa")) * 1000), round(float(m.group("sb")) * 1000)
        else:
            a, b = range_ms(m)
        if b > a:
            s.add("trim", m, ref=m.group("c") or m.group("zc"), start=a, end=b)


# (a clip's length: the words that are no clip's name before "video", "make the whole video 8 seconds"; the length ends its
# clause, "make the clip 8 seconds shorter" is the step's)
_NOT_A_NAME = (r"(?:the|this|that|my|our|your|whole|entire|total|full|final|finished|complete|new|promo|short|overall|"
               r"output|main|first|second|last|other|each|every|all|both)")
_ABOUT = r"(?:exactly\s+|only\s+|just\s+|about\s+|around\s+|roughly\s+)?"
_LEN_END = (r"(?:\s+long\b)?(?=\s*(?:$|[,;.!?]|\band\b|\bthen\b|\bplease\b|\bpls\b))"
            r"(?!\s*[,;]?\s*(?:and\s+)?(?:starting|beginning|start|begin|from)\b)")  # (where it starts said after: the rules below)


# a clip named earlier in the sentence, the last thing named there ("mute the clip and trim it…"; "make the clip quiet and
# the video shorter, cut it to 20 s" names the video last)
_SENTENCE_START = compile_led(r"[!?;。！？；]|\.(?![\da-z])")  # ("speed up the clip 1.5x and start it at 1s": no sentence ends in 1.5;
# "unboxing.mp4 is too long, keep 3 seconds of it": nor in a file's name)
# (a clip said as "the video part" or by a name before "video", "the unboxing video": set CK ck088 and CL cl197 found the
# whole video's "video" last and read "keep 5 seconds of it" of nothing; "the whole video", "a vertical video" are none)
_CLIP_PART_SAID = r"\b(?:the\s+)?(?:video|clip)\s+(?:part|section|bit|segment)\b"
_NAME_VIDEO_SAID = (rf"\b(?:the\s+)?(?!(?:{_NOT_A_NAME}|an?|any|one|some|vertical|horizontal|square|portrait|landscape|tiktok"
                    r"|instagram|youtube|reels?|wide|widescreen)\b)[a-z0-9\-]+\s+video\b(?!\s+(?:clip|part|section|bit|segment)\b)")
_THING_SAID = compile_led(rf"(?P<c>{FILE}|{_CLIP_PART_SAID}|\b(?:the\s+)?(?:[a-z0-9\-]+\s+)?(?:video\s+clip|clip|footage)\b|{_NAME_VIDEO_SAID}"
                         r"|(?:[a-z0-9][a-z0-9\-_.]*\s*)?(?:视频片段|视频|片段)(?:原声|声音)?)"
                         r"|\b(?:video|title|captions?|music|song|voice\s*-?over|voiceover|narration|picture|photo|image|slideshow"
                         r"|it|them)\b|标题|字幕|音乐|配乐|配音|旁白|图片|照片|张")


# a wish asked as "can we …", "could we …" ("can you" is filler already): the wish after it
_WE_ASK = r"(?:(?:can|could)\s+(?:we|i)\s+)?"
# a number said roughly: "like 6 seconds", "about 5"
_HEDGE = r"(?:like\s+|about\s+|around\s+|roughly\s+|maybe\s+)?"
# a thing's length complained of: "too long", "drags", "goes on forever"
_LENGTH_COMPLAINED = compile_led(r"\btoo\s+long\b|\bdrags?\b|\bgoes\s+on\b|\bruns\s+long\b|\bforever\b|太长|太拖|有点长")


def _long_said(text: str, said_at: str) -> bool:
    """The sentence before ``said_at`` complains of a length ("the clip plays too long, just the first 5 s")."""
    at = max(0, text.find(said_at))
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, at)]
    return _LENGTH_COMPLAINED.search(text, starts[-1] if starts else 0, at) is not None


def _clip_said_at(text: str, said_at: str) -> re.Match[str] | None:
    """The words naming the clip last said before ``said_at`` in its sentence; None when the last thing said is another."""
    at = max(0, text.find(said_at))
    # (a ";" right before the clause is no sentence's end: "clip.mp4 runs long; keep 4 seconds of it" keeps the clip
    # named before it, as the "," does; wave 19 notes asked which one)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, at)
              if not (m.group() in ";；" and not text[m.end():at].strip())]
    said = list(_THING_SAID.finditer(text, starts[-1] if starts else 0, at))
    if not said and starts and not text[starts[-1]:at].strip(" ,and"):
        # a sentence that opens with the wish of "it" is of the thing the sentence before ended on ("speed the clip up to
        # double. and trim it so it starts three seconds in"; set EW ew65 was not read)
        said = list(_THING_SAID.finditer(text, starts[-2] if len(starts) > 1 else 0, starts[-1]))
    return said[-1] if said and said[-1].group("c") is not None else None


def _read_clip_said(s: Scan, m: re.Match[str]) -> None:
    """The clip's words said before a part kept of "it" are read with it: "the clip is too long, just use 6 seconds of
    it" was refused whole, its clip's name left unread, when the wish after the comma was no clause of its own (set CL
    cl115)."""
    said = _clip_said_at(s.msg.low, m.group(0))
    if said is not None:
        s.covered.append(said.span("c"))


def _clip_said(text: str, said_at: str) -> str | None:
    """(the phrase rules read a text with the frames' words blanked: the clip is looked for in the message itself)"""
    said = _clip_said_at(text, said_at)
    if said is None:
        return None
    c = said.group("c").strip()
    if "." in c and not re.search(r"\.(?:mp4|mov|m4v|webm|mkv|avi)$", c):
        return None  # a picture's file
    return re.sub(r"(?:原声|声音)$", "", re.sub(r"^(?:the\s+)?(?:sound|audio|volume|speed)\s+of\s+", "", c)).strip()


S_TRIM: dict[str, tuple[Template, Template]] = {
    "trim.whole": ("the whole video", "整个视频"),
    "trim.ask_to": ("'trim the clip to 6 seconds'", "「把视频片段剪到6秒」"),
    "trim.ask_part": ("'cut the first 2 seconds of the clip'", "「剪掉视频片段的前2秒」"),
    "trim.still": (
        "{label!c} is a still picture: only video clips can be trimmed.",
        "{label}是静态图片：只有视频片段可以剪辑。",
    ),
    "trim.no_clip": (
        "There is no video clip to trim: the timeline has only still pictures.",
        "没有可以剪辑的视频片段：时间线上只有静态图片。",
    ),
    "trim.no_source": (
        "I don't know how long the clip's source is, so I can't find its last seconds: say e.g. 'trim the clip to 4s-6s'.",
        "不知道这段视频原本有多长，无法找到它的最后几秒：请说例如「把视频剪到4到6秒」。",
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
    phrases=(Phrase(0, r_trim_span, ('trim',)), Phrase(10, r_trim, ('trim', 'duration')), Phrase(12, r_trim_complained, ('trim',))),
    frames=(
        rule("visual", "cut keep", _trim_range, needs="range", refuses="pct each"),
        rule("visual", "cut keep set implied show_for shorten", _trim_start_and_length, needs="dur", refuses="pct each range"),
        rule("visual", "cut remove shorten", _trim_side, needs="dur first", refuses="pct each range"),
        # "只保留unboxing的前3秒", "keep only the first 3 seconds of the clip": the part kept
        # ("keep only the first 3 seconds of unboxing.mp4": its "first" is read too, not left to the guard, which
        # dropped the clause; the wave-16 notes, set BB bb257)
        rule("visual", "keep", _trim_side, needs="dur only first", refuses="pct each range"),
        rule("visual", "keep", _trim_side, needs="dur only", refuses="pct each range"),
        # "cut clip.mp4 down to 3 seconds": a clip by its file, to a length (a picture or clip named otherwise, "cut
        # the unboxing clip down to 3 seconds", is the picture-length edit's)
        # ("reduce clip.mp4 to 6 seconds": set AW aw184 was not read)
        rule("visual", "cut shorten decrease", _trim_to, needs="dur to file", refuses="pct each range first for ref"),
        # "trim the video to 5 seconds": the total with only pictures, a question with clips (set AC ac272)
        rule("video", "cut", lambda f, t: TrimArgs(length=int(f.values["dur"]), generic=True, video=True) if video_cut(f) else None,
             needs="dur to", refuses="pct each range first ref file"),
        rule("visual", "shorten lengthen", _trim_step, refuses="dur to range pct first at each for quote"),
        rule("visual", "cut", _trim_cut_step, refuses="dur to range pct first at each for quote only keep"),
    ),
))
