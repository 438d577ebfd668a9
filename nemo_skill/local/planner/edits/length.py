"""Length edits: the total length, and the length of each picture."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ....draft.timeline import is_card, is_clip
from ..anchors import compile_led
from ..frames import HOLD, MOST_AFTER, MOST_BEFORE, STRICT_BOUND, Frame
from ..messages import Msg, msg, sec
from ..parse import (
    Scan,
)
from ..refs import REF, describe
from ..registry import DocRow, Edit, FrameRule, Phrase, Template, register, rule
from ..text import DUR, dur_ms
from ..work import Ambiguous, CannotApply, Work
from .shared import A_BIT, MAX_MS, MIN_TOTAL, find_visuals, stretch, stretched, times, video_clips, video_cut


@dataclass(frozen=True)
class DurationArgs:
    ms: int | None = None
    delta: int | None = None
    at_most: bool = False  # "30 seconds max", "一分钟以内": a limit, nothing to do when the video is within it
    at_least: bool = False  # "at least 40 seconds", "最少40秒": a floor, nothing to do when the video is that long
    # "shorter than 30 seconds", "长于40秒": the bound is no length the video may have (asked when it has it)
    strict: bool = False
    factor: float | None = None  # "cut the length in half", "时长翻倍": the length it has, times this
    vague: bool = False  # "a bit longer": the factor is a step, rounded to the half second
    kept: bool = False  # "keep the total length unchanged", "总时长保持不变": the length the video had before the message
    pointed: bool = False  # "把那个视频剪短一点", "视频剪短一点": one video pointed at, or cut: a clip when there are clips (asked which)
    unnamed: bool = False  # "改成3秒", "make it 3 seconds": a length said of nothing named (the video's, when it can be)
    # "视频太长了，剪成4秒": the video complained of, then cut to a length (the whole video, or its clip? set BO bo180)
    cut: bool = False
    # "move the sneaker pic last and make it 8 seconds": "it" right after one picture was moved, that picture or the
    # video (``_it_or_video``; it had made the video 8 s long, wave 31 row)
    it_ref: str | None = None
    # "make it longer, about 5 seconds": the length said apart from a word for longer (1) or shorter (-1); a length on
    # the other side of the video's is no length of it ("结尾放个'关注我们' 时间长一点 大概5秒" made the video 5 s long, set DI
    # di050): asked
    way: int = 0


# a picture shown for less than this, on average, is no slideshow anyone asks for by a length of "it"
_MIN_SHOT_MS = 2000


def _it_or_video(work: Work, args: DurationArgs) -> bool:
    """Whether the length of "it" said right after a picture was moved is that picture's (True) or the video's (False),
    by which of the two can be that long: the picture's when the video that long would flash its pictures past (under 2 s
    each) and the picture would take at most half the video ("… and make it 8 seconds" of five pictures in 30 s); the
    video's when the picture would take more than half of it ("put the sneaker last and make it 25 seconds", set AJ
    aj137); asked when it may be either, never guessed."""
    ms, ref = int(args.ms or 0), str(args.it_ref)
    shots = [k for k, sg in enumerate(work.main()["sg"]) if not is_card(sg)]
    video_ok = ms >= _MIN_SHOT_MS * len(shots)
    picture_ok = ms <= work.total() // 2
    if video_ok and not picture_ok:
        return False
    ks = find_visuals(work, ref)
    if picture_ok and not video_ok and len(ks) == 1:
        return True
    raise Ambiguous([msg("trim.whole")] + [describe(work.visual_segments(), k) for k in ks])


def _agrees_with_each(work: Work, want: int) -> None:
    """A total length said beside every picture's ("make it 20 seconds and show each picture for 3 s"): both hold only when
    the pictures add up to it; otherwise which one is asked (the pictures were stretched to 4.4 s while the reply said
    "each image now lasts 3 s": an untrue reply, found by wave 32 fixer A)."""
    each = work.each_ms
    if each is None:
        return
    segs = work.main()["sg"]
    pictures = sum(1 for s in segs if not is_clip(s) and not is_card(s))
    others = sum(int(s["d"]) for s in segs if is_clip(s) or is_card(s))
    # (the sum as a person makes it, without the fades' overlap: "5 pictures of 4 s, 20 s in all" agrees)
    if abs(pictures * each + others - want) > 500:
        raise Ambiguous([msg("duration.whole", s=sec(want)), msg("duration.each", s=sec(each))])


def apply_duration(work: Work, args: DurationArgs) -> None:
    ms, delta = args.ms, args.delta
    if args.it_ref is not None and ms is not None and _it_or_video(work, args):
        apply_segment_duration(work, SegmentDurationArgs(ms=ms, ref=args.it_ref))
        return
    segs = work.main()["sg"]
    if args.pointed and video_clips(work):
        # "把那个视频剪短一点" with clips on the timeline: "that video" is one of them, or the whole? asked, never
        # guessed (it had shortened the whole video; set AQ aq251)
        raise Ambiguous([msg("trim.whole")] + [describe(segs, k) for k, sg in enumerate(segs) if is_clip(sg)])
    if args.cut and ms is not None and any(is_clip(sg) and (work.source_ms(sg["mid"]) or 0) >= ms for sg in segs):
        # "视频太长了，剪成4秒", "the video is too long, cut it to 4 seconds" with a clip that can be 4 s long: 视频 is
        # the whole video or that clip, asked, never guessed (set BO bo180 set the whole video to 4 s); a length no clip
        # has is the whole video's ("视频太长了，剪成20秒")
        raise Ambiguous([msg("trim.whole")] + [describe(segs, k) for k, sg in enumerate(segs) if is_clip(sg)])
    if args.kept and work.target is not None:  # the length is kept already, or another length was asked for
        return
    current = work.target if work.target is not None else work.total()
    # (the draft's length is laid out after the message's edits: here it is still the length before them)
    # (a length said relative is of the video as the person saw it, before this message's other edits: an end card added
    # in the same message fits inside it; set DN dn096 "结尾加个关注我们吧，再长3秒" made 35.5 s of 30)
    seen = work.start_total if work.start_total is not None and not work.length_said else current
    want = (int(work.draft.get("d") or current) if args.kept else ms if ms is not None else stretched(seen, args.factor) if args.factor and args.vague
            else round(seen * args.factor) if args.factor else seen + (delta or 0))
    if args.strict and (args.at_most or args.at_least) and current == want:
        # "make it shorter than 30 seconds" of a 30-s video: how much shorter is not said, so how long is asked (the
        # limit had been read as 30 s shorter: "A video of 0 s"; wave 30 lead row)
        side, eg = ("duration.under", max(MIN_TOTAL, want - 5000)) if args.at_most else ("duration.over", want + 5000)
        raise Ambiguous([], "duration.how_long", s=sec(current), side=msg(side, s=sec(want)), eg=sec(eg))
    if args.strict and args.at_most and current > want:
        want = max(MIN_TOTAL, want - _STRICT_STEP_MS)  # ("under 25 seconds": less than 25, a second under it)
    elif args.strict and args.at_least and current < want:
        want += _STRICT_STEP_MS
    if args.at_most and current <= want:
        raise CannotApply(msg("duration.within", s=sec(current), want=sec(want)))
    if args.at_least and current >= want:
        raise CannotApply(msg("duration.at_least", s=sec(current), want=sec(want)))
    if args.way and ms is not None and (ms - current) * args.way < 0:
        key, eg = ("duration.not_longer", current + 5000) if args.way > 0 else ("duration.not_shorter", max(MIN_TOTAL, current - 5000))
        raise Ambiguous([], key, s=sec(current), want=sec(ms), eg=sec(eg))
    if not MIN_TOTAL <= want <= MAX_MS:  # never a length nobody asked for ("时长0.8秒" clamped to 1 s was one)
        raise CannotApply(msg("duration.out_of_range", want=sec(want)))
    if args.unnamed and ms is not None and len(segs) >= 2 and ms <= _MIN_EACH_MS * len(segs):
        # "改成3秒" of nothing named, on five pictures: under a second each is no video anyone makes, so the whole
        # video or each picture? asked, never guessed (set BJ bj095 had made the video 3 s long); a second and a half
        # each is no more one ("change it to 5 seconds" of five pictures made the video 5 s long, set CL cl217)
        raise Ambiguous([msg("duration.whole", s=sec(ms)), msg("duration.each", s=sec(ms))])
    _agrees_with_each(work, want)
    new = want
    note: Msg | str = ""
    work.target = new
    work.length_said = True

    def reply() -> Msg:
        got = work.draft["d"]
        if got != new:
            return msg("duration.unfit", got=sec(got), want=sec(new), note=note)
        return msg("duration.set", s=sec(new), note=note)

    if not args.kept:  # (a length kept is said by the edit that would have changed it: "…; the video runs 30 s")
        work.replies.append(reply)
    work.calls.append({"name": "set_duration", "args": {"seconds": round(new / 1000, 3)}})


# the least a picture is shown for, on average, in a length said of nothing named that is read as the whole video's
_MIN_EACH_MS = 1500


@dataclass(frozen=True)
class SegmentDurationArgs:
    ms: int
    ref: str | None = None
    by: int = 0  # "第二张图片多放2秒", "make the third image 2 seconds shorter": longer (+) or shorter (-) by
    factor: float | None = None  # "first pic a bit longer": the length it has, one step longer or shorter
    exact: bool = False  # the factor said ("twice as long"): the length exactly so, not to the half second
    shorter: bool = False  # "cut it to 20 seconds": said as a cut, so no longer than it is
    about: bool = False  # "a few more seconds", "多放大约3秒": no exact step, so the length it makes is a whole second
    # every picture but these, named in the same message ("第一张放长点，其他短一点", "the first 5 s, the rest 3"): their
    # own lengths are their own (core._every_first fills it)
    but: tuple[str, ...] = ()

    @property
    def vague(self) -> bool:  # (a number said for the same picture wins over it; a factor said is no step)
        return self.factor is not None and not self.exact


def apply_segment_duration(work: Work, args: SegmentDurationArgs) -> None:
    ms, ref = args.ms, args.ref
    segs = work.main()["sg"]
    ms = max(100, min(ms, MAX_MS))
    params: dict[str, object] = {}
    changed: set[str] = set()
    if ref is None:
        named = {k for r in args.but for k in _found(work, r)}
        imgs = [s for k, s in enumerate(segs) if not is_clip(s) and k not in named]
        if not imgs:
            raise CannotApply(msg("segdur.no_images"))
        for s in imgs:
            s["d"] = (stretched(s["d"], args.factor, args.exact) if args.factor
                      else max(100, min(_step(s["d"], args.by, args.about), MAX_MS)) if args.by else ms)
        ms = max(s["d"] for s in imgs)
        key = "segdur.each" if len({s["d"] for s in imgs}) == 1 else "segdur.each_scaled"
        if named and key == "segdur.each":
            key = "segdur.rest"  # (the ones named have their own lengths, said by their own edits)
        changed = {s["id"] for s in imgs}
        work.each_ms = ms if not args.factor and not args.by else None
    else:
        ks = find_visuals(work, ref)
        if args.shorter and any(int(segs[k]["d"]) < ms for k in ks):
            # "put the watch first and cut it to 20 seconds": a picture of 6 s is not cut to 20; the whole video, or
            # that picture? asked, never guessed (it had made the picture 20 s long; set AJ aj137)
            raise Ambiguous([msg("trim.whole")] + [describe(work.visual_segments(), k) for k in ks])
        for k in ks:
            seg = segs[k]
            one = (max(100, min(_step(seg["d"], args.by, args.about), MAX_MS)) if args.by
                   else min(stretched(seg["d"], args.factor, args.exact), MAX_MS) if args.factor else ms)
            if is_clip(seg):
                src = work.source_ms(seg["mid"])
                if src is not None:  # a clip is no longer than its source from where it starts
                    one = min(one, src - int(seg.get("in", 0)))
                seg["out"] = int(seg.get("in", 0)) + one
            seg["d"] = one
            work.pinned.add(seg["id"])
        labels = [describe(work.visual_segments(), k) for k in ks]
        ms = max(segs[k]["d"] for k in ks)
        key = "segdur.one" if len(ks) == 1 else "segdur.many"
        params = {"label": labels[0]} if len(ks) == 1 else {"labels": labels}
    work.target = None  # the total follows the pictures now
    def reply() -> Msg:
        # (every picture's length as laid out: a total said too may stretch them a little, "15 s, 3 s each" with the
        # fades' overlap makes each 3.4 s, and the reply says so)
        each = [int(x["d"]) for x in work.main()["sg"] if not is_clip(x) and not is_card(x)
                and (key != "segdur.rest" or x["id"] in changed)] if ref is None else []
        if key == "segdur.each" and len(each) > 2 and len(set(each[:-1])) == 1 and each[-1] != each[0]:
            # (a later edit of the message moved the end alone: "3 seconds per photo and sync to beat" ends the video on
            # a beat, the last picture 2.75 s, while the reply said every picture lasts 3 s; found in set CU cu237)
            return msg("segdur.each_last", s=sec(each[0]), last=sec(each[-1]), total=sec(work.draft["d"]))
        return msg(key, s=sec(max(each) if each and len(set(each)) == 1 else ms), total=sec(work.draft["d"]), **params)

    work.replies.append(reply)
    work.calls.append({"name": "set_segment_duration", "args": {"seconds": ms / 1000, "segment": ref}})


def _found(work: Work, ref: str) -> list[int]:
    """The pictures ``ref`` names, or none when it names none (its own edit says so)."""
    try:
        return find_visuals(work, ref)
    except (CannotApply, Ambiguous):
        return []


def _each_to(f: Frame, t: str) -> SegmentDurationArgs | None:
    """"每张图片显示3秒": each picture that long. Not a length said before "each" of a clause of its own ("总时长改成20秒，
    每张图时间一样" made each picture 20 s and the video 98 s; set BO bo124): that length is the video's, and "each"
    wants nothing more; asked by the guard or read as the video's by its own rules."""
    dur = next((m for m in f.used if "dur" in m.keys), None)
    each = f.flags.get("each", [])
    if dur is not None and each and all(a >= dur.end for a, _ in each) and re.search(r"[,，;；]", f.text[dur.end - f.start:]):
        return None
    return SegmentDurationArgs(ms=f.values["dur"])


def _step(d: int, by: int, about: bool) -> int:
    """A length ``by`` longer or shorter; a step said roughly ("a few more seconds") ends on a whole second (5.375 s
    and "几秒" more made 8.38 s, an odd figure nobody asked for; set BI bi274), at least one second from where it was."""
    if not about:
        return d + by
    one = round((d + by) / 1000) * 1000
    return max(one, d + 1000) if by > 0 else min(one, d - 1000)


def _by_ref(f: Frame, t: str) -> SegmentDurationArgs | None:
    """"第二张图片多放2秒", "make the third image 2 seconds shorter": that picture, longer or shorter by that much
    (a clip shortened is trimmed: the trim's phrase rules read it)."""
    if re.search(r"clip|video|视频|片段|\.(?:mp4|mov|webm|m4v|mkv)", str(f.values["ref"]) + " " + f.visual_noun()):
        return None
    # ("第一张图片显示久一点，8秒": longer, 8 s, not 8 s more; "make the first picture shorter, 3 seconds is enough":
    # a length said apart from the word is what it should be, as for the video's; set AF af117)
    if (_VAGUE.search(f.text) or not _ATTACHED.search(f.text)) and not _BY.search(f.text):
        return SegmentDurationArgs(ms=int(f.values["dur"]), ref=str(f.values["ref"]))
    down = bool(f.op_keys() & {"shorten", "decrease", "cut"})
    return SegmentDurationArgs(ms=0, ref=str(f.values["ref"]), by=-int(f.values["dur"]) if down else int(f.values["dur"]),
                               about=bool(_ABOUT.search(f.text)))


# a length said without a number ("a bit longer", 久一点), and a number said as how much more ("多放2秒", "2 s longer";
# "多放大约3秒" is 3 s more too, not 3 s long)
_VAGUE = compile_led(A_BIT.pattern + r"|一会儿?")
_BY = compile_led(rf"(?:多|加|再加|再多|by|延长|缩短|减少|增加|砍掉|砍|减掉|减去|拿掉)\S{{0,2}}?\s*(?:大约|约|about\s+|roughly\s+)?{DUR}"
                  rf"|{DUR}\s*(?:more|longer|shorter|extra|less)\b")
# a word for longer or shorter said beside a length that is what it should be ("make it shorter, 40 seconds")
_SIDE = compile_led(r"(?P<less>\bshorter\b|短一?[点些])|\blonger\b|长一?[点些]")
_WAY = compile_led(r"(?P<less>\b(?:shorter|less)\b|缩短|减少|砍|减掉|减去|拿掉)|\b(?:longer|more|extra)\b|延长|增加|多|加")
_ABOUT = compile_led(r"\b(?:about|roughly|approximately)\s+\d|约\s*\d|\d\s*秒\s*左右")


def _stretch_ref(f: Frame, t: str) -> SegmentDurationArgs | None:
    """"first pic a bit longer", "第一张图再长一点": that picture (or each), one step longer or shorter."""
    ref = f.values.get("ref")
    if "video" in f.target_keys():  # "背包放最后，整体再短一点": the whole video said, not the picture (set AY ay191)
        return None
    # ("the slides go by too quickly": the pictures said in the plural are each of them)
    plural = re.fullmatch(r"(?:pics|pictures|photos|images|slides|shots)", f.visual_noun().strip())
    if ref is None and not f.values.get("each") and not plural:
        return None
    factor = times(f.text)
    if factor is None and TIMES.search(f.text):
        return None
    if re.search(r"clip|video|视频|片段|\.(?:mp4|mov|webm|m4v|mkv)", str(ref or "") + " " + f.visual_noun()):
        return None  # a clip made shorter is trimmed, longer it cannot be past its source
    longer = bool(f.op_keys() & {"lengthen", "lengthen_need"})
    return SegmentDurationArgs(ms=0, ref=None if ref is None else str(ref), factor=factor or stretch(f.text, longer),
                               exact=factor is not None)


def _by_each(f: Frame, t: str) -> SegmentDurationArgs:
    down = bool(f.op_keys() & {"shorten", "decrease", "cut"})
    return SegmentDurationArgs(ms=0, by=-int(f.values["dur"]) if down else int(f.values["dur"]),
                               about=bool(_ABOUT.search(f.text)))


def _for_ref(f: Frame, t: str) -> SegmentDurationArgs | None:
    """"make image 2 last 6 seconds", "最后两张图各显示3秒": "each" (各) with several pictures is read here."""
    if _FROM_MOMENT.search(f.text):  # "unboxing视频从第1秒开始播放": where the clip starts (the trim's phrase rules)
        return None
    if _STARTED.match(str(f.values["ref"])):
        # "start the clip at 2 seconds and keep 5 seconds of it": "it" is the clip started there, kept from that moment
        # (the trim's phrase rules read both; a picture called "start the clip" was looked for, set AO ao111)
        return None
    if _ADDED.match(str(f.values["ref"])):
        # "add the ring photo and make it 25 seconds": "it" after an adding is the video, as after "add gold-ring.jpg" (the
        # ring was made 25 s long; set AN an184)
        return None
    role = _AS_PLACE.search(f.text)
    if role is not None and str(f.values["ref"]).strip() in role.group(0):
        # "the ring photo as the first picture, and 25 seconds": "as the first picture" is where another picture goes,
        # not the picture made that long (image 1 was made 25 s and the ring left out; beside set BW bw276)
        return None
    f.values.get("each")  # (read: "each" is this rule's word)
    return SegmentDurationArgs(ms=int(f.values["dur"]), ref=str(f.values["ref"]))


_AS_PLACE = compile_led(r"\bas\s+(?:the\s+)?(?:very\s+)?(?:first|opening|last|final|closing|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
                        r"\s+(?:picture|photo|image|pic|slide|shot|one)\b")


# a clip taken from a clause that says where it starts ("start the clip at 2 s")
_STARTED = compile_led(r"\s*(?:start|begin|play)\b")
# a picture taken from a clause that adds it ("add the ring photo", "加上戒指那张")
_ADDED = compile_led(r"\s*(?:add|append|insert|include|put\s+in|添加|加上|加入|插入|加)\b|\s*(?:添加|加上|加入|插入|加)")


_THAT_ONE = compile_led(r"\b(?:that|this|the\s+other)\s+(?:one|picture|image|photo|shot|slide)\b|(?:这张|那张|这幅|那幅)")


def _that_one(f: Frame) -> SegmentDurationArgs | None:
    one = _THAT_ONE.search(f.text)
    return SegmentDurationArgs(ms=int(f.values["dur"]), ref=one.group(0)) if one else None


# --- phrase rules (read before the last clause-free words; order 40) --------------------

def r_segment_duration(s: Scan) -> None:
    imgs = r"(?:images?|photos?|pictures?|pics?|slides?|shots?)"
    for m in s.take(rf"\b(?:show|display|hold|keep|make|set)?\s*(?:each|every|all(?:\s+the)?)\s+{imgs}\s+(?:for\s+|to\s+|at\s+|lasts?\s+|last\s+|should\s+last\s+)?(?P<d>{DUR})(?!\s*(?:shorter|longer|more|less|extra)\b)(?:\s+each)?"
                    rf"|(?P<d2>{DUR})\s+(?:per|for\s+each|each|an?|every)\s+(?:image|photo|picture|pic|slide|shot)"
                    rf"|每\s*(?:张|个|幅)\s*(?:图片|图|照片)?\s*(?:都)?\s*(?:显示|展示|停留|持续|播放|放)?\s*(?P<d3>{DUR})"):
        s.add("segment_duration", m, ref=None, ms=dur_ms(m.group("d") or m.group("d2") or m.group("d3")))
    for m in s.take(rf"\b(?:show|display|hold|keep|make|set)\s+(?P<r>{REF})\s+(?:for|to|last|lasting|at|on\s+screen\s+for)\s*(?P<d>{DUR})"
                    rf"|(?P<r2>{REF})\s+(?:for|lasts?|should\s+last)\s+(?P<d2>{DUR})"
                    # "show the gold ring shot for 7 seconds": a picture named by its subject
                    rf"|\b(?:show|display|hold|keep)\s+(?P<r4>(?:the\s+)?[a-z0-9][a-z0-9\-\s]{{1,40}}?\s+(?:shot|image|picture|photo|pic|slide))\s+(?:for|on\s+screen\s+for)\s+(?P<d4>{DUR})"
                    rf"|(?P<r3>{REF})\s*(?:显示|展示|停留|持续|播放)\s*(?:改成|改为|设为)?\s*(?P<d3>{DUR})"):
        s.add("segment_duration", m, ref=m.group("r") or m.group("r2") or m.group("r3") or m.group("r4"),
              ms=dur_ms(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4")))


# --- phrase rules (read before the last clause-free words; order 110) --------------------

# the words of a limit are the frame reader's ("30 seconds max"); before a length a phrase rule also allows a word
# between ("at most 20 seconds")
_AT_MOST = MOST_AFTER
_AT_MOST_BEFORE = compile_led(MOST_BEFORE.pattern.replace(r"\s*$", r"\s*(?:\S+\s+)?$"))


# a moment, never a length: "title in at 1s, out at 4s" (the frames read the title's "at 1s" and left ";4s", a clause of
# its own that set the video to 4 s: found by the lead, wave 34)
_MOMENT_BEFORE = compile_led(r"\b(?:at|by|until|till|from|after|before|to)\s*$")
_PART_BEFORE = compile_led(r"(?:first|last|opening|final|前|后|最后)\s*$")
_NEAR = 40  # how far before a length those words are looked for (a word and the spaces after it)


def r_duration(s: Scan) -> None:
    d = rf"(?P<d>{DUR})"
    # (the video's length, never another thing's: "标题时长加倍" made the video 60 s, set FJ fj104)
    its = r"(?<!标题)(?<!片尾)(?<!字幕)(?<!转场)(?<!卡片)(?<!结束页)(?<!标题的)(?<!片尾的)(?<!转场的)(?<!字幕的)"
    for m in s.take(r"\bhalve\s+the\s+length\b|\b(?:half\s+as\s+long|half\s+the\s+length)\b"
                    rf"|(?:{its}(?:时长|视频)\s*)?(?:缩短|减少|砍|剪掉)\s*(?:到)?\s*一半|{its}(?:时长|视频)减半"):
        s.add("duration", m, factor=0.5)
    # "cut a third from the video", "shorten it by a quarter": the length it has, less that share
    for m in s.take(r"\b(?:cut|shave|trim|take|knock|chop|shorten|reduce)\s+(?:(?:it|the\s+(?:whole\s+)?(?:video|length|runtime))\s+by\s+)?"
                    r"(?:a|one)\s+(?P<n>third|quarter|fifth)(?:\s+(?:from|of|off)\s+(?:the\s+)?(?:whole\s+)?(?:video|length|runtime|it))?"
                    r"|(?:缩短|减少|砍掉?|剪掉)\s*(?P<zn>三分之一|四分之一|五分之一)"):
        share = {"third": 3, "quarter": 4, "fifth": 5, "三分之一": 3, "四分之一": 4, "五分之一": 5}[m.group("n") or m.group("zn")]
        s.add("duration", m, factor=1 - 1 / share)
    for m in s.take(rf"\b(?:double|twice)\s+(?:the\s+)?(?:length|duration|runtime)\b|\btwice\s+as\s+long\b|{its}时长(?:翻倍|加倍)"):
        s.add("duration", m, factor=2.0)
    # "can you cut 10 sec", "砍掉10秒": a length cut without "to" is how much is cut away (both set the video 10 s long;
    # set DH dh053, dh117); a part named ("cut the first 2 s", "剪掉前2秒") or a range is a trim's
    for m in s.take(rf"\b(?:cut|trim|shave|chop|lose|knock|take)\s+(?:off\s+|away\s+|out\s+)?(?:about\s+|like\s+|maybe\s+|roughly\s+)?(?P<cd>{DUR})"
                    rf"(?!\s*(?:-|–|to\b)\s*\d)(?:\s+(?:off|away|out)\b)?(?!\s+(?:of|from)\s+(?:the\s+)?(?:clip|start|beginning|end|intro|opening))"
                    rf"|(?:砍掉|砍|减掉|减去|去掉|拿掉)\s*(?P<czd>{DUR})"):
        s.add("duration", m, delta=-(dur_ms(m.group("cd") or m.group("czd")) or 0))
    for m in s.take(rf"(?P<dd>{DUR})\s+(?P<rel>longer|shorter)|(?P<zrel>延长|加长|缩短|减少|增加)\s*(?P<zd>{DUR})"):
        delta = dur_ms(m.group("dd") or m.group("zd")) or 0
        down = (m.group("rel") or m.group("zrel")) in ("shorter", "缩短", "减少")
        s.add("duration", m, delta=-delta if down else delta)
    pats = [
        rf"\b(?:make|set|change|cut|shorten|extend|lengthen|trim|turn|keep|get|bring)\s+(?:it|this|that|everything|the\s+(?:whole\s+|total\s+|entire\s+)?(?:video|length|duration|clip|movie|thing|edit|timeline|runtime|slideshow))?\s*(?:(?:shorter|longer)\s*,?\s*)?(?:down\s+|up\s+)?(?:to\s+|into\s+|at\s+|be\s+)?(?:be\s+)?(?:exactly\s+|about\s+|only\s+|just\s+|around\s+|like\s+|roughly\s+|approximately\s+|maybe\s+)?{d}",
        rf"\b(?:duration|length|total|runtime|long)\s*(?:of|to|=|:|is|at|should\s+be)?\s*(?:exactly\s+|about\s+)?{d}",
        rf"{d}\s*(?:long|in\s+total|total|in\s+length|overall)",
        # ("make each one 4 seconds": "one" after each / every is each picture, never "one 4-second video"; set BQ bq298's
        # English form set the video to 4 s)
        # ("a one-second fade-in from black" made the video 1 s long: a thing with its own length after it is that thing's;
        # set EL el099)
        rf"\b(?:a|an|(?<!\beach\s)(?<!\bevery\s)(?<!\bany\s)one|into\s+a|into\s+an)\s+{d}"
        r"(?!\s*-?\s*(?:long\s+)?(?:fade|fades|fade-in|fade-out|transition|transitions|crossfade|dissolve|pause|intro|outro|end\s*card"
        r"|card|title|caption|zoom|gap|silence|delay|break|freeze|hold|black|white|wipe|slide)\b)",
        rf"(?:^|[,;，；]|\band\b)\s*{d}(?=\s*(?:$|[,;.，；。!！]|and\b))",  # a clause of its own: "vertical, 20 seconds"
        rf"{d}[^.,!?\n]{{0,40}}?(?:video|clip|mp4|movie|reel|short|version|cut|promo|ad|slideshow|montage|trailer|story|tiktok)",
        rf"(?:改成|改为|变成|调成|调到|调整为|调整到|缩短到|缩短为|缩短至|延长到|延长为|延长至|加长到|加长为|加长至|拉长到|增加到|增加至|设为|设置为|设成|剪成|做成|控制在|压缩到|缩到)\s*{d}",
        rf"(?:时长|长度|总长|总时长|视频长度)\s*(?:为|是|改成|改为|设为|调到|:)?\s*{d}",
        rf"{d}\s*[^。，,!?！？\n]{{0,12}}?(?:视频|短片|影片|宣传片|片子|短视频)",
    ]
    # (the words just before a length are read in a window, never the whole text before it: each length found in a
    # 4000-character message re-read everything before it, 5 ms of the 90 of bench/planner.py's long shapes)
    def not_part(m: re.Match) -> bool:  # "keep only the first 4 seconds" is part of a clip, not the length
        end = m.start("d")
        return not _PART_BEFORE.search(s.text, max(0, end - _NEAR), end)

    def own_clause(m: re.Match) -> bool:  # "add a fade at the end, 2 seconds": the thing added lasts 2 s (set AO ao227)
        # ("add an end card 'Order today', 5 seconds long": the card's 5 s, not the video's; set AQ aq119 — unless
        # the video is said: "add a title, and the video 30 seconds long")
        end = s.at(m.start("d"))
        low = s.msg.low
        sentence = low[max(low.rfind(c, 0, end) for c in ".!?;。！？；") + 1:end]
        added = _THING_ADDED.search(sentence) or _LASTING.search(sentence)
        said = added and (_WHOLE.search(sentence, added.end()) or _WHOLE.match(low, s.at(m.end("d"))))
        return not_part(m) and not (added and not said) and not _MOMENT_BEFORE.search(low, max(0, end - _NEAR), end)

    for i, p in enumerate(pats):
        for m in s.take(p, when=own_clause if i in (2, 4) else not_part):
            after = _AT_MOST.match(s.text, m.end())
            if after:
                s.covered.append(after.span())  # the limit word is read too
            most = bool(after or _AT_MOST_BEFORE.search(s.text[:m.start("d")]))
            # ("the video is too long, keep just 4 seconds of it": a part of "it" kept, as "cut it to 4 seconds" is: the
            # whole video or a clip that can be that long is asked; it had set the video to 4 s, set CF cf177)
            s.add("duration", m, ms=dur_ms(m.group("d")), at_most=most, cut=bool(_OF_IT.match(s.text, m.end())))


S_DURATION: dict[str, tuple[Template, Template]] = {
    "duration.set": (
        "Length set to {s} s{note}.",
        "时长已设为 {s} 秒{note}。",
    ),
    "duration.unfit": (
        "Length set to {got} s; {want} s does not fit the clips' own lengths{note}.",
        "时长已设为 {got} 秒；{want} 秒与视频片段本身的长度不符{note}。",
    ),
    "duration.out_of_range": (
        "A video of {want} s is out of range (1 s to 60 min); the length is unchanged.",
        "{want} 秒的视频超出范围（1 秒到 60 分钟），时长没有改动。",
    ),
    "duration.at_least": (
        "The video is {s} s, already at least {want} s: nothing changed.",
        "视频现在是 {s} 秒，已经不少于 {want} 秒，没有改动。",
    ),
    "duration.within": (
        "The video is {s} s, already within {want} s: nothing changed.",
        "视频现在是 {s} 秒，已经在 {want} 秒以内，没有改动。",
    ),
    "duration.not_longer": (
        "The video is {s} s now, so {want} s is not longer: how long should it be (e.g. 'make it {eg} seconds')? Nothing was changed.",
        "视频现在是 {s} 秒，{want} 秒并不更长：要改成多长（例如「改成{eg}秒」）？还没有做任何改动。",
    ),
    "duration.not_shorter": (
        "The video is {s} s now, so {want} s is not shorter: how long should it be (e.g. 'make it {eg} seconds')? Nothing was changed.",
        "视频现在是 {s} 秒，{want} 秒并不更短：要改成多长（例如「改成{eg}秒」）？还没有做任何改动。",
    ),
    "duration.how_long": (
        "The video is {s} s now: how long should it be, {side} (e.g. 'make it {eg} seconds')? Nothing was changed.",
        "视频现在是 {s} 秒：要改成多长，{side}（例如「改成{eg}秒」）？还没有做任何改动。",
    ),
    "duration.under": ("shorter than {s} s", "短于 {s} 秒"),
    "duration.over": ("longer than {s} s", "长于 {s} 秒"),
    "duration.whole": ("the whole video {s} s long", "整个视频 {s} 秒"),
    "duration.each": ("each picture {s} s", "每张图片 {s} 秒"),
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
    "segdur.rest": (
        "The other images now last {s} s each; the video runs {total} s.",
        "其余图片现在各显示 {s} 秒，视频总长 {total} 秒。",
    ),
    "segdur.each_last": (
        "Each image now lasts {s} s, the last {last} s; the video runs {total} s.",
        "每张图片现在显示 {s} 秒，最后一张 {last} 秒，视频总长 {total} 秒。",
    ),
    "segdur.each_scaled": (
        "Each image's length changed by the same step, the longest now {s} s; the video runs {total} s.",
        "每张图片的时长按同一比例调整，最长的现在显示 {s} 秒，视频总长 {total} 秒。",
    ),
    "segdur.many": (
        "{labels!c} now last {s} s each; the video runs {total} s.",
        "{labels}现在各显示 {s} 秒，视频总长 {total} 秒。",
    ),
    "segdur.one": (
        "{label!c} now lasts {s} s; the video runs {total} s.",
        "{label}现在显示 {s} 秒，视频总长 {total} 秒。",
    ),
}


_PICTURE = compile_led(r"\b(?:pic|pics|picture|pictures|photo|photos|image|images|shot|shots|slide|slides|clip|clips)\b|图|照片|张")
_MORE = compile_led(r"(?:视频|video)\s*(?:再\s*[短长]|再?\s*[减減](?:少|掉|去)?\s*\d)")  # ("视频减3秒": by that much)
# a factor said: the phrase rules read it ("a third", never the ordinal: "make the third picture longer" was not read)
TIMES = compile_led(r"\b(?:half|double|twice|thrice)\b|\b(?:a|one|two|three)\s+(?:third|quarter|fifth)s?\b|一半|减半|翻倍|加倍|分之")


# "视频那段有点拖", "the video part drags": the clip, not the whole video (set AM am170 shortened the video by a step)
CLIP_PART = compile_led(r"视频\s*(?:那|这)\s*段|\bvideo\s+(?:part|section|bit|segment)\b")


def _stretch(f: Frame, t: str) -> DurationArgs | None:
    """"make the video a bit longer", "视频短一点": one step longer or shorter."""
    if TIMES.search(f.text) or (t == "none" and _PICTURE.search(f.text)) or CLIP_PART.search(f.text):
        return None  # (a picture said that is no reference: "那张图长一点" is not the video)
    # ("视频剪短一点": 剪短 cuts, as 剪到 does, and with clips on the timeline it may cut a clip or the whole video: asked as
    # "那个视频" is; set CP cp262 shortened the whole video. "视频短一点" stays the video's)
    return DurationArgs(factor=stretch(f.text, bool(f.op_keys() & {"lengthen", "lengthen_need"})), vague=True,
                        pointed=bool(_POINTED.search(f.text) or _CUT_SHORT.search(f.text)))


def _to(f: Frame) -> DurationArgs:
    """"把视频剪短到10秒": that length; "把那个视频剪短到3秒" points at one video, asked which when there are clips (it had
    made the whole two-clip video 3 s long; the lead's wave-13 gap)."""
    ops = f.op_keys()
    way = -1 if ops & {"shorten", "decrease", "cut"} else 1 if ops & {"lengthen", "increase", "add"} else 0
    return DurationArgs(ms=f.values["dur"], pointed=bool(_POINTED.search(f.text)), way=way)


def _cut_to(f: Frame) -> DurationArgs:
    """"the video is too long, cut it to 4 seconds": a cut to a length of the video named before (a clip's, or the
    whole video's; asked when a clip can be that long, set BO bo180)."""
    return replace(_to(f), cut=not f.target_keys() and f.op_keys() - {"set"} == {"cut"})


_CUT_SHORT = compile_led(r"剪短")
# "那个视频", "那段视频": a video pointed at, one of the clips when there are any ("这个视频" is the one being made)
_POINTED = compile_led(r"那\s*(?:个|段)\s*视频")


# the whole video said beside a length after a thing added: its length all the same
_WHOLE = compile_led(r"\s*(?:in\s+total|total|overall)\b|.*\b(?:video|total|overall|whole|runtime)\b|.*(?:视频|总|整体|整个)")


# a thing with a length of its own said before a length in the same sentence: "(add a) fade out, 2 seconds long" is
# the fade's 2 s (the video had been set to 2 s; "add a" is filler by then)
# (right before it, and not taken away: "hard cuts, no zoom, 20 sec" is the video's 20 s; set AP ap144)
_LASTING = compile_led(r"(?<!\bno\s)(?<!\bwithout\s)\b(?:fade|fades|fade-out|fade-in|end\s*card|outro|closing\s+card)\b[^,;]{0,30}[,]?\s*$"
                      r"|(?<!不要)(?<!去掉)(?:淡入|淡出|片尾|结尾卡)[^,;，；]{0,12}[,，]?\s*$")


# a thing added, counted ("加一个淡出", "add a fade"): what is added is not seconds ("再加个5秒" is)
_THING_ADDED = compile_led(r"加\s*(?:上|了)?\s*(?:1|一|几)?\s*个\s*(?![\d一二两三四五六七八九十半]|\s*(?:秒|s\b))"
                          r"|\badd\s+(?:a|an|one|some)\s+(?!(?:few|couple|bit|little|more|extra|half|second|minute)\b)[a-z]"
                          # ("add the ring, 4 seconds each": a thing said with "the" is what is added; set BQ bq298's
                          # English form set the video to 4 s)
                          r"|\badd\s+(?:the|my|our|this|that|those|these)\s+(?!(?:video|length|duration|time|runtime|total|whole|entire)\b)[a-z]")


# how far past a bound said as a comparison the new length goes ("under 25 seconds": 24 s, "longer than 40 s": 41 s)
_STRICT_STEP_MS = 1000


def _strict(f: Frame) -> bool:
    """The bound was said as a comparison ("shorter than 30 seconds", "长于40秒"): the length said is not allowed."""
    return any(STRICT_BOUND.search(f.text, a - f.start, b - f.start)
               for a, b in f.flags.get("most", []) + f.flags.get("least", []))


def _by(f: Frame, sign: int) -> DurationArgs | None:
    """"加5秒", "make it 5 seconds shorter": longer or shorter by that much; "短一点，20秒左右": shorter, to that length
    (a length said apart from a word without a number is what it should be)."""
    if sign > 0 and _THING_ADDED.search(f.text):
        return None  # "整体加一个淡出结尾，2秒": a thing added, 2 s long; never 2 s more of the video (set AO ao227)
    if f.values.get("most") or f.values.get("least"):  # "make it way shorter, 15 seconds max": a limit
        return DurationArgs(ms=f.values["dur"], at_most=bool(f.values.get("most")), at_least=bool(f.values.get("least")),
                            strict=_strict(f))
    # "make it shorter, 15 seconds": that length; "40 seconds total", "一共40秒": the whole length said, never how much more
    said_apart = not _ATTACHED.search(f.text) or _TOTAL.search(f.text) is not None
    # ("片子长了一点，减5秒": the number right after the verb is how much, whatever was said before; set AB len07)
    if (_VAGUE.search(f.text) or said_apart) and not _BY.search(f.text) and not _RIGHT_AFTER.search(f.text):
        return DurationArgs(ms=f.values["dur"], pointed=bool(_POINTED.search(f.text)), way=sign)
    return DurationArgs(delta=sign * f.values["dur"], pointed=bool(_POINTED.search(f.text)))


# a length said right after the word for longer or shorter is how much ("shorten it 5 seconds", "缩短3秒")
# (a colon or a dash between says it apart: "Extend the video: 40 seconds total please", "longer video please: 45
# seconds" had added 40 and 45 seconds)
_ATTACHED = compile_led(r"(?:shorter|longer|shorten|lengthen|extend|stretch|cut|trim|shave|add|缩短|延长|加长|减少|增加|短|长|加|减)"
                       r"[^\d,，;；.。:：—–]{0,16}\d")
_TOTAL = compile_led(r"\b(?:in\s+)?total\b|\boverall\b|\baltogether\b|\ball\s+in\b|(?:总共|一共|总长|总时长)\s*\d")


_RIGHT_AFTER = compile_led(r"(?:缩短|延长|加长|减少|减掉|减去|減掉|減去|减|減|再加|多加)\s*(?:了|掉|去)?\s*\d|\b(?:shave|cut|trim|take)\s+(?:off\s+)?\d")


# a moment something starts at is no length: "视频从第2秒开始，保留5秒" had set the video to 2 s, then 5 s (set AG ag139)
_FROM_MOMENT = compile_led(r"从\s*第?\s*\d[\d.]*\s*秒\s*(?:开始|起)|\b(?:start|starts|starting|begin|begins|beginning)\s+(?:at|from)\s+\d")


_OF_IT = compile_led(r"\s+of\s+(?:it|this|that)\b")


# "keep 3 seconds of it": a part of something, never the video's whole length (after "start the video at 1s" it had set
# the video to 3 s; set AO ao111)
_PART_OF = compile_led(rf"{DUR}\s+of\s+(?:it|them|that)\b")


# "…, and keep 6 seconds" with nothing named: a part kept of what the clause before named (the clip whose start was
# said), not the video's whole length ("trim the clip: start at 3s and keep 6 seconds" had set the video to 6 s; set AV
# av150). "keep it 20 seconds", "keep the video 20 seconds" name what is kept and stay lengths.
_BARE_KEEP = compile_led(rf"^\W*(?:and\s+|then\s+)*(?:keep|use|play)\s+(?:only\s+|just\s+|for\s+)?{DUR}")


def _length(f: Any, t: str) -> DurationArgs | None:
    if _FROM_MOMENT.search(f.text) or _PART_OF.search(f.text) or (t == "none" and _BARE_KEEP.search(f.text)):
        return None
    limit = bool(f.values.get("most") or f.values.get("least"))  # ("视频最多12秒": a limit, neither how much nor a side)
    by = _BY.search(f.text) if not limit else None
    way = _WAY.search(by.group(0)) if by else None
    if way is not None:
        # "Update the video: make it 10 seconds longer": a verb of setting said before, the length is how much more
        # (the frame holds the verb of setting only: it had made the video 10 s long; set DJ dj001)
        return DurationArgs(delta=(-1 if way.group("less") else 1) * f.values["dur"], pointed=bool(_POINTED.search(f.text)))
    side = _SIDE.search(f.text) if not limit else None
    return DurationArgs(ms=f.values["dur"], at_most=bool(f.values.get("most")), at_least=bool(f.values.get("least")),
                        strict=_strict(f), pointed=bool(_POINTED.search(f.text)),
                        way=0 if side is None else -1 if side.group("less") else 1)


def _unnamed(a: DurationArgs | None) -> DurationArgs | None:
    return None if a is None else replace(a, unnamed=True)


def _not_of(rules: tuple[FrameRule[Any], ...]) -> tuple[FrameRule[Any], ...]:
    """The length rules, each refusing a length said of a thing no table knows (the frames' "of": "add a 2 second fade"
    had made the video 2 s longer): said once for both length edits, not in every rule."""
    return tuple(replace(r, refuses=r.refuses | {"of"}) for r in rules)


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
    frames=_not_of((
        rule("length video", "set keep implied show_for", _length, needs="dur", refuses="pct range ref file at first"),
        # "把视频改成20秒": 视频 alone is the video here
        rule("visual", "set keep implied", lambda f, t: _length(f, t) if f.visual_noun() in ("视频", "video") else None, needs="dur", refuses="pct range ref file at first each for"),
        # "加5秒", "再长一点，加5秒": longer or shorter by a length said of nothing else
        rule("none", "lengthen add", lambda f, t: _by(f, 1), needs="dur", refuses="pct range ref file at to first for quote"),
        rule("none", "shorten", lambda f, t: _by(f, -1), needs="dur", refuses="pct range ref file at to first for quote"),
        # "make it 20 seconds", "改成15秒": a length said of nothing else is the video's
        # ("hold for 9 seconds" of nothing named is how long something shown stays: never the video's length)
        # (said of nothing, it is asked when too short to be the video's: "改成3秒" on five pictures; set BJ bj095)
        # ("…，然后只用前6秒", "only keep the first 6 s": a part kept, "only" before its side, is a clip's trim or asked, never
        # the video's length; set CP cp186 made the video 6 s and said the clause not understood)
        rule("none", "set keep implied", lambda f, t: None if _THAT_ONE.search(f.text) or HOLD.search(f.text) else _unnamed(_length(f, t)),
             needs="dur", refuses="pct range ref file at quote pos fit still each only"),
        # "set image 3 to 4 s and keep the total length unchanged", "视频总时长保持不变": the other pictures make up for it
        # (the length named in the clause itself: "…，客户要投信息流" took the length named before, and undid its 15 s)
        rule("length", "keep", lambda f, t: DurationArgs(kept=True) if "length" in f.target_keys() else None, refuses="dur pct range ref file to at first each for quote"),
        rule("length video", "shorten decrease", lambda f, t: _by(f, -1), needs="dur", refuses="pct range ref file to"),
        # ("视频总长再加5秒", "总时长加5秒": the length, added to)
        rule("length video", "lengthen increase add", lambda f, t: _by(f, 1), needs="dur", refuses="pct range ref file to"),
        # ("trim the video to 5 seconds" is the trim's: a clip or the total, asked when there are clips)
        rule("length video", "shorten decrease lengthen increase cut add",
             lambda f, t: None if video_cut(f) else _cut_to(f), needs="dur to", refuses="pct range ref file"),
        # "能不能短一点，15秒就行": that length ("cut it to 5 seconds" of nothing named, with a clip on the timeline that can be
        # that long, is the clip or the whole video, asked as "the video is too long, cut it to 5 seconds" is; set CW cw167
        # set the video to 5 s)
        rule("none", "shorten decrease lengthen increase cut add", lambda f, t: _cut_to(f), needs="dur to",
             refuses="pct range ref file at first for quote each"),
        # "视频再短一点，10秒就够了"
        # ("把视频剪短到8秒" is cut as "把视频剪到8秒" is: the trim's, a clip or the total; set BK bk164 set the video to 8 s)
        rule("visual", "shorten decrease lengthen increase add",
             lambda f, t: _to(f) if f.visual_noun() in ("视频", "video") and not _CUT_SHORT.search(f.text) else None,
             needs="dur to", refuses="pct range ref file each"),
        # "视频再短5秒": 视频 with 再 is the whole video, shorter or longer by that much ("把视频缩短2秒" with a clip
        # on the timeline trims the clip: the phrase rules read it)
        rule("visual", "shorten decrease", lambda f, t: DurationArgs(delta=-f.values["dur"]) if _MORE.search(f.text) else None,
             needs="dur", refuses="to pct range ref file each at first for quote"),
        rule("visual", "lengthen increase", lambda f, t: DurationArgs(delta=f.values["dur"]) if _MORE.search(f.text) else None,
             needs="dur", refuses="to pct range ref file each at first for quote"),
        # "make the video a bit longer", "make it shorter", "视频短一点": one step (no number said)
        rule("length video", "shorten lengthen", _stretch, refuses="dur pct range ref file to at first each for quote"),
        rule("visual", "shorten lengthen", lambda f, t: _stretch(f, t) if f.visual_noun() in ("视频", "video") else None,
             refuses="dur pct range ref file to at first each for quote"),
        rule("none", "shorten lengthen", _stretch, refuses="dur pct range ref file to at first each for quote pos"),
    )),
    phrases=(Phrase(110, r_duration, ('duration',)),),
))


SEGMENT_DURATION = register(Edit(
    kind="segment_duration",
    args=SegmentDurationArgs,
    apply=apply_segment_duration,
    calls=('set_segment_duration',),
    sentences=S_SEGMENT_DURATION,
    frames=_not_of((
        rule("visual", "show_for set keep implied", _each_to, needs="dur each", refuses="ref file range pct"),
        rule("visual", "show_for set keep implied", _for_ref, needs="dur ref", refuses="file range pct first at"),
        # "show black-cap.jpg for 8 seconds", "black-cap.jpg显示2秒": a picture of the timeline by its file (set J pic05/pic12)
        rule("visual", "show_for", lambda f, t: SegmentDurationArgs(ms=int(f.values["dur"]), ref=str(f.values["file"])),
             needs="dur file", refuses="ref range pct first at each"),
        # "set the duration of blue-backpack.jpg to 4 seconds": that picture's length, by its file (set AE ae272)
        rule("visual", "set keep implied", lambda f, t: SegmentDurationArgs(ms=int(f.values["dur"]), ref=str(f.values["file"]))
             if "length" in f.target_keys() else None, needs="dur file", refuses="ref range pct first at each"),
        # "make that one 5 seconds" with nothing named before: a picture, which one is asked
        rule("none", "show_for set keep implied", lambda f, t: _that_one(f), needs="dur", refuses="file range pct first at each ref"),
        # ("make the second picture shorter than 3 seconds" is a limit, never 3 s less: wave 30 lead row's cause)
        rule("visual", "lengthen increase shorten decrease cut", _by_ref, needs="dur ref", refuses="to file range pct each first at most least"),
        # "make every picture 1 second shorter", "shave a second from each picture": each, by that much
        rule("visual", "lengthen increase shorten decrease cut", _by_each, needs="dur each", refuses="to ref file range pct first at most least"),
        # "每张图片都延长到五秒", "stretch every photo to 7 seconds": each, to that length (set BD bd022 was not read)
        rule("visual", "cut shorten decrease lengthen increase",
             lambda f, t: SegmentDurationArgs(ms=f.values["dur"], shorter=bool(f.op_keys() & {"cut", "shorten", "decrease"})),
             needs="dur each to", refuses="ref file range pct first at"),
        # "the headphones shot drags; cut it down to 4 seconds": that picture, to that length
        rule("visual", "cut shorten decrease lengthen increase",
             lambda f, t: SegmentDurationArgs(ms=f.values["dur"], ref=str(f.values["ref"]),
                                              shorter=bool(f.op_keys() & {"cut", "shorten", "decrease"})), needs="dur ref to",
             refuses="file range pct each first at"),
        # "first pic longer pls", "每张图都短一点": one step (no number said)
        rule("visual", "lengthen shorten", _stretch_ref, refuses="dur to file range pct first at"),
    )),
    examples=('show each image for 3 seconds', 'make image 2 last 6 seconds', '每张图片显示3秒'),
    topics=('length', 'segments'),
    doc=DocRow('picture length',
               "those segments' `d`; the total follows",
               '图片时长'),
    phrases=(Phrase(40, r_segment_duration, ('segment_duration',)),),
))
