"""Transitions between pictures and clips, and the pictures' Ken Burns motion."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from ....draft.timeline import is_clip
from ..anchors import compile_led
from ..first_cut import (
    DEFAULT_TR,
    KB_CYCLE,
)
from ..messages import Msg, msg, sec
from ..parse import (
    DIR,
    DIRS,
    TR_EN,
    TR_ZH,
    TRANSITION_WORDS,
    Scan,
)
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import DUR, TIMES_EN, TIMES_ZH, dur_ms
from ..work import Ambiguous, CannotApply, Work, overlap
from .shared import times

TR_FAMILIES = ("slide", "wipe", "smooth", "cover", "reveal")


@dataclass(frozen=True)
class TransitionArgs:
    type: str | None = None
    dir: str | None = None
    ms: int | None = None
    rel: str | None = None
    mixed: bool = False  # a different kind at each cut, in turn ("use a different transition between each picture")
    # longer (+) or shorter (-) by this much: "transitions 1 second longer", "转场再长1.5秒" (their length said as a step
    # was set as the length, or taken as the whole video's; set CE wave 31 row "转场再长一点五秒" made the video 5 s)
    by: int | None = None
    # times their length: "make the crossfades twice as long", "转场时间减半" (set FG fg055 made them 1.5 times, the step of
    # "longer")
    factor: float | None = None
    # a kind not wanted ("no zoom transitions", "i don't like the slide transitions"): the cuts of that kind become plain
    # fades; never that kind set (set of wave 31 row "i don't like the zoom transitions" set zoom transitions)
    without: str | None = None
    # one quantity said two ways: an exact length beside a relative one is the one meant ("the transitions feel abrupt;
    # make each one last 0.8 seconds" is 0.8 s, not 0.8 s made longer; corpus mixed_context_pronouns#77), frames.merge_args
    EXACT_OVER: ClassVar[tuple[tuple[str, str], ...]] = (("ms", "rel"),)


# the kinds dealt in turn for mixed transitions (each one the renderer's xfade knows)
MIXED = ("fade", "slideleft", "wipeleft", "dissolve", "circleopen", "smoothleft")


def _kind_named(text: str) -> str | None:
    """The kind of transition a clause names ("crossfades", "溶解"), or None."""
    return next((TRANSITION_WORDS[w] for w in sorted(TRANSITION_WORDS, key=len, reverse=True)
                 # (a Chinese kind is two characters: "转场换成溶解,0.8秒" was a fade, set AD ad140)
                 if (len(w) > 2 or not w.isascii()) and TRANSITION_WORDS[w] != "none" and re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", text)),
                None)


# (also as tidy rewrites "set the transition to wipe left, 0.3 seconds": "use wipe transitions left, …", set BV bv195)
_KIND_DIR = compile_led(r"\b(?:slide|wipe|smooth|cover|reveal)s?\s*(?:transitions?\s+)?(?:to\s+the\s+)?(?:left|right|up|down)\b")


def _kind_alone(f: Any, t: str) -> TransitionArgs | None:
    """The kind of the transitions said as "them" ("make them circle"): only a clause of "them" and a kind, no more."""
    # (a kind said as a plural noun: "make them dissolves")
    kind = _kind_named(re.sub(r"\b([a-z]{4,})s\b", r"\1", str(f.text)))
    if kind is None or not _THEM_KIND.fullmatch(str(f.text)):
        return None
    return TransitionArgs(type=kind)


_THEM_KIND = compile_led(r"\s*(?:and\s+|then\s+)?(?:make|turn|change|switch|set)\s+(?:them|those)\s+(?:all\s+)?(?:into\s+|to\s+)?(?:an?\s+)?[a-z]+(?:\s+transitions?)?\s*")


def _step_args(f: Any, t: str) -> TransitionArgs | None:
    """"the transitions are a bit too long": one step longer or shorter, the kind kept; "make the dissolve transitions
    shorter", "the dissolve transitions are a bit too long": the kind named too (the phrase rules set the kind and dropped
    the step without a word: session 33's note)."""
    kind = _kind_named(str(f.text))
    if kind and _KIND_DIR.search(str(f.text)):
        return None  # ("slide left transitions, shorter": the direction is the phrase rules')
    if kind:
        _read_kind(f)
    factor = times(str(f.text))
    if factor is not None:
        return TransitionArgs(type=kind, factor=factor)
    return TransitionArgs(type=kind, rel="up" if f.op_keys() & {"lengthen", "lengthen_need"} else "down")


def _length_args(f: Any, t: str) -> TransitionArgs | None:
    """"transitions of 0.3 seconds", "use dissolve transitions of 1 second": the length, and the kind when named. A
    length no transition can have beside a kind is another thing's ("make it 40 seconds and use the wipe transition" was
    refused as a 40-s transition, set AK ak194): left to the other readings."""
    f.values.get("each")  # "make each one last 1 second": each transition, which the length is anyway
    if f.values["dur"] > 5000 and _kind_named(str(f.text)):
        return None
    if _KIND_DIR.search(str(f.text)):
        return None  # "Transitions: slide left, 0.8 s.": the kind's direction too, read by the phrase rules (set BC bc140)
    kind = _kind_named(str(f.text))
    gone = _KIND_GONE.search(str(f.text))
    if kind and gone:
        # "no zoom transitions of 1 second": that kind gone and the length said, never the kind set (wave 31)
        span = (f.start + gone.start(), f.start + gone.end())
        if span not in f.attached:
            f.attached.append(span)
        return TransitionArgs(without=kind, ms=f.values["dur"])
    if kind:
        _read_kind(f)
    return TransitionArgs(type=kind, ms=f.values["dur"])


# (the kinds whose word holds a colour; the other kinds hold no value word)
_COLOUR_KIND = compile_led(r"(?:闪白|闪黑|白场|黑场|\b(?:fade|flash|dip)[\s-]*(?:to|through|thru|into)?[\s-]*(?:white|black)\b|fadewhite|fadeblack)")


def _read_kind(f: Any) -> None:
    """The kind's word is read with the length: "转场改成闪白，1秒" left its 白 a colour no reading used, and the guard
    refused the clause (set BW bw267)."""
    for m in _COLOUR_KIND.finditer(str(f.text)):
        span = (f.start + m.start(), f.start + m.end())
        if span not in f.attached:
            f.attached.append(span)


# a kind said just before the transitions' noun in a clause that says "no": "no zoom transitions", "不要滑动转场"
_KIND_GONE = compile_led(r"(?:\bno|不要)\s*(?:zoom|slide|wipe|dissolve|cross[\s-]?fade|fade|circle|pixel\w*|blur|smooth|radial|cover|reveal"
                         r"|淡入淡出|交叉淡化|溶解|叠化|滑动|滑入|推移|擦除|划像|缩放|放大|圆形|黑场|闪黑|闪白|模糊|像素化)s?\s*(?:的)?\s*(?:transitions?|转场|过渡)")


def _off(f: Any, t: str) -> TransitionArgs | None:
    """"no transitions"; but "turn off the motion and use slide transitions" (one clause to the frames) switches off the
    motion and names a kind for the transitions: left to the phrase rules (set AF af231 removed the transitions)."""
    if len(f.target_keys()) > 1 and _kind_named(str(f.text)):
        return None
    if _KIND_GONE.search(str(f.text)):
        return None  # "不要滑动转场": that kind gone, read by the phrase rules (it removed every transition; wave 31)
    return TransitionArgs(type="none")


def _stepped(d: int, by: int) -> int:
    """A transition's length ``d`` made longer or shorter by ``by``: a length no transition can have is said, never
    clamped into one nobody asked for."""
    new = d + by
    if new > 5000:
        raise CannotApply(msg("tr.too_long", s=sec(new)))
    if new < 100:
        raise CannotApply(msg("tr.too_short", s=sec(d), by=sec(-by)))
    return new


def _family(type: str) -> str:
    """A kind without the way it goes: slideleft and slideright are one kind to "no slide transitions"."""
    return re.sub(r"(?:left|right|up|down|in|out|open|close)$", "", type)


def _plain(work: Work, kind: str) -> list[dict[str, Any]]:
    """The cuts of a kind made plain fades of the length they had; the cuts changed."""
    hit = [s for s in work.main()["sg"][1:] if _family((s.get("tr") or {}).get("type", "none")) == _family(kind)]
    for s in hit:
        s["tr"] = {"type": "fade", "d": int(s["tr"].get("d") or 500)}
    if hit:
        work.draft["m"]["tr"] = dict(hit[-1]["tr"])
    return hit


def apply_without(work: Work, kind: str) -> None:
    """A kind disliked or said not to be there: the cuts of that kind become the plain default, a fade of the length
    they had (an editor's reading of "i don't like the zoom transitions"); when no cut is of that kind nothing changes,
    and the reply says what they are. A fade disliked has no plainer kind to become: what instead is asked."""
    cuts = [s for s in work.main()["sg"][1:] if (s.get("tr") or {}).get("type", "none") != "none"]
    if not any(_family(s["tr"]["type"]) == _family(kind) for s in cuts):
        now = sorted({s["tr"]["type"] for s in cuts})
        raise CannotApply(msg("tr.not_there", kind=msg("tr_name", type=kind),
                              now=msg("tr_name", type=now[0]) if len(now) == 1 else msg("tr.kinds_now") if now
                              else msg("tr.cuts_now")))
    if _family(kind) == "fade":
        raise Ambiguous([msg("tr.instead_cuts"), msg("tr.instead_other")], "ask.edit")
    hit = _plain(work, kind)
    work.done(msg("tr.without", kind=msg("tr_name", type=kind), n=len(hit)), "set_transition", type="fade",
              seconds=int(hit[-1]["tr"]["d"]) / 1000)


def apply_transition(work: Work, args: TransitionArgs) -> None:
    if args.without and not args.type and not args.mixed:
        if args.ms is None and args.rel is None:
            apply_without(work, args.without)
            return
        _plain(work, args.without)  # "no slide transitions, and make them 1 s": plain fades, then the length said
    # (a kind asked beside one disliked is the wish, the dislike its reason: "no zoom transitions, use slides")
    type, dir, ms, rel = args.type, args.dir, args.ms, args.rel
    segs = work.main()["sg"]
    m = work.draft["m"]
    default = m.get("tr") or dict(DEFAULT_TR)
    base_type = type or (default["type"] if default.get("type") != "none" else "fade")
    if type and dir and re.sub(r"(left|right|up|down)$", "", type) in TR_FAMILIES:
        base_type = re.sub(r"(left|right|up|down)$", "", type) + dir
    if ms is not None and not 0 <= ms <= 5000:
        raise CannotApply(msg("tr.too_long", s=sec(ms)))
    results: list[dict[str, Any]] = []
    for seg in segs[1:] or [None]:
        cur = (seg or {}).get("tr") or default
        new_type = base_type if type else (cur["type"] if cur.get("type") != "none" else base_type)
        tr: dict[str, Any]
        if args.mixed:
            new_type = MIXED[len(results) % len(MIXED)]
        if type == "none":
            tr = {"type": "none", "d": 0}
        else:
            d = ms if ms is not None else (cur.get("d") or 500 if cur.get("type") != "none" else 500)
            if args.by is not None:
                d = _stepped(d, args.by)
            if args.factor is not None:
                d = _stepped(d, int(round(d * args.factor)) - d)
            if rel == "up":
                d = min(5000, max(int(d * 1.5), d + 200))
            elif rel == "down":
                d = int(d * 0.6)
            tr = {"type": new_type, "d": int(d)}
        results.append(tr)
        if seg is not None:
            seg["tr"] = dict(tr)
    m["tr"] = dict(results[-1])
    last = results[-1]
    want = int(last["d"])

    def reply() -> Msg:
        cuts = len(segs) - 1
        if last["type"] == "none":
            return msg("tr.removed" if cuts else "tr.default_none")
        if args.mixed and cuts > 1:
            return msg("tr.mixed", kinds=", ".join(str(msg("tr_name", type=t["type"])) for t in results), n=cuts)
        # (the cuts as they stand when the reply is said: a picture moved first by a later edit of the same message has no
        # cut before it, never one "shortened to 0 s"; set EW ew050's reply said so)
        actual = [overlap(s) for s in work.main()["sg"][1:]]
        clamp = "" if all(a == want for a in actual) else msg("tr.clamp", s=sec(min(actual)))
        where = msg("tr.where_cuts", n=cuts) if cuts else msg("tr.where_default")
        return msg("tr.set", type=msg("tr_name", type=last["type"]), s=sec(want), where=where, clamp=clamp)

    work.replies.append(reply)
    work.calls.append({"name": "set_transition", "args": {"type": last["type"], "seconds": want / 1000}})


@dataclass(frozen=True)
class KenBurnsArgs:
    on: bool


def apply_ken_burns(work: Work, args: KenBurnsArgs) -> None:
    on, = args.on,
    # (the pictures, never an end card: "outro …, turn off the slow zoom" said "6 images" of 5)
    imgs = [s for s in work.shots() if not is_clip(s)]
    if not imgs:
        raise CannotApply(msg("kb.no_images"))
    work.draft["m"]["kb"] = on
    for i, s in enumerate(imgs):
        s["kb"] = KB_CYCLE[i % len(KB_CYCLE)] if on else "none"
    work.done(msg("kb.on" if on else "kb.off", n=len(imgs)), "set_ken_burns", on=on)


# --- phrase rules (read before the last clause-free words; order 30) --------------------

# the kinds as people also say them: with the direction in one word ("wipeleft", set AK ak194), through a colour ("fade
# through black", "flash to white", "淡入白色", "黑场过渡", sets AK ak118, AM am134 am135, AG ag123, AI ai154, AJ aj218)
KIND_EN = (rf"(?:(?:slide|wipe|smooth|cover|reveal)(?:left|right|up|down)\b|fade[\s-]*(?:through|thru|via|to|into)[\s-]*(?:black|white)"
           # ("make the transitions pixelated", set BA ba130)
           rf"|(?:flash|dip)(?:\s+(?:to|through))?\s+(?:white|black)|pixel(?:ated|i[sz]ed|ation)\b|pixeli[sz]e|{TR_EN})")
# ("用圆形展开的转场", "马赛克转场", set BC bc210)
# (the colour in one character too: "转场用淡入淡出到黑" was a fade, "到黑" left unread; set BH bh277)
KIND_ZH = (rf"(?:(?:淡入淡出|淡入|淡出)\s*(?:到|成)?\s*(?:白|黑)(?:色|场|屏)?|(?:白色|黑色)\s*(?:的)?\s*(?:闪白|闪黑)|白场"
           rf"|圆形\s*(?:展开|打开|扩展|扩散|放大)|马赛克|{TR_ZH})")
# where a wipe or a slide starts, said in Chinese: "从左擦除", "从左往右擦除" move to the right (the renderer's wiperight;
# its wipeleft moves to the left, as "从右往左" does, set AG ag122); the words for where it goes are DIR's
DIR_FROM_ZH = r"(?P<from>从\s*(?:左|右|上|下)\s*(?:边|侧|面)?\s*(?:往|向|到)?\s*(?:左|右|上|下)?\s*(?:边|侧)?)"
_FROM = {"左": "right", "右": "left", "上": "down", "下": "up"}


def _from_dir(words: str) -> str:
    """The direction a wipe moves that starts where "从左", "从右往左" say: the side it goes to when said, else away from
    the side it starts at."""
    sides = re.findall(r"[左右上下]", words)
    to = {"左": "left", "右": "right", "上": "up", "下": "down"}
    return to[sides[1]] if len(sides) > 1 else _FROM[sides[0]]


def _kind(word: str) -> tuple[str, str | None]:
    """The transition type and direction a kind's word names."""
    w = re.sub(r"[\s-]+", " ", word).strip()
    packed = re.fullmatch(r"(slide|wipe|smooth|cover|reveal)(left|right|up|down)", w)
    if packed:
        return packed.group(1) + "left", packed.group(2)
    if w.startswith("pixel") or w == "马赛克":
        return "pixelize", None
    if w.startswith("圆形"):
        return "circleopen", None
    if re.search(r"white|白", w):
        return "fadewhite", None
    if re.search(r"black|黑", w):
        return "fadeblack", None
    return TRANSITION_WORDS.get(w) or TRANSITION_WORDS.get(w.replace(" ", ""), "fade"), None


# where the transitions go said first, leading its clause, then a separator and the wish's verb (``r_transition``)
_WHERE_FIRST = r"(?:^|(?<=[,;.!?]))\s*{between}\s*(?:[,:;\-–—]\s*)?(?:(?:use|do|try|go\s+with|with|i\s+want|let'?s\s+have)\s+)?(?:an?\s+)?"


def r_transition(s: Scan) -> None:
    def kind(t: str = "") -> str:
        return rf"(?P<k{t}>{KIND_EN})(?:\s+(?P<dir{t}>{DIR}))?"

    # (or after a comma, the kind's direction said: "Transitions: slide left, 0.8 s." left "left" unread and nothing was
    # made, set BC bc140)
    length = rf"(?:\s+(?:of|at|lasting|that\s+last|with\s+a\s+length\s+of|length)\s*(?P<d>{DUR})|\s*,\s*(?:each\s+)?(?:about\s+|around\s+)?(?P<dc>{DUR})(?:\s+each)?(?=\s*(?:$|[,.;!?])))?"
    # (a short length after a comma once where they go is said: "dissolve between pictures, 1 second" made the video 1 s
    # long, set BZ bz296; a longer one is left to the other readings, the video's length)
    short = (r"(?:\s*,\s*(?:each\s+)?(?:about\s+|around\s+)?(?P<dc2>(?:[0-4](?:\.\d+)?|5|0?\.\d+)\s*(?:s|secs?|seconds?))(?:\s+each)?"
             r"(?=\s*(?:$|[,.;!?])))?")
    # a step said with its length: "transitions 1 second longer", "make the crossfades half a second shorter", "lengthen the
    # transitions by 1s", "转场再长1.5秒", "转场缩短0.2秒" (the length was set as theirs, or read as the whole video's:
    # wave 31 row "转场再长一点五秒"); "转场加长到1秒" is a length, read below
    noun_en = r"(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?|each\s+|every\s+)?(?:transitions?|cross-?\s?fades?)"
    for m in s.take(rf"(?:make\s+)?{noun_en}\s+(?:(?:should|could|can|must|need\s+to|needs\s+to)\s+)?(?:(?:be|get)\s+)?"
                    rf"(?:(?:about|around)\s+)?(?P<d>{DUR})\s+(?P<rel>longer|shorter|slower|faster|quicker)\b"
                    rf"|(?:make\s+)?{noun_en}\s+(?:(?:should|could|can|must)\s+)?(?:(?:be|get)\s+)?(?P<rel2>longer|shorter|slower|faster|quicker)\s+by\s+(?P<d2>{DUR})"
                    rf"|\b(?P<verb>lengthen|extend|shorten|slow\s+down|speed\s+up)\s+{noun_en}\s+by\s+(?P<d3>{DUR})"
                    rf"|\badd\s+(?P<d4>{DUR})\s+to\s+{noun_en}"
                    rf"|(?:转场|过渡)\s*(?:的)?\s*(?:时间|时长|长度)?\s*(?:都|全部)?\s*(?:再|各|每个)?\s*"
                    rf"(?P<zh>加长|延长|拉长|增加|多|长|缩短|减少|减|少|短)\s*(?:了)?\s*(?P<d5>{DUR})"):
        d = next(g for g in m.group("d", "d2", "d3", "d4", "d5") if g)
        word = m.group("rel") or m.group("rel2") or m.group("verb") or m.group("zh") or "add"
        less = word in ("shorter", "faster", "quicker", "shorten", "speed up", "缩短", "减少", "减", "少", "短")
        step = dur_ms(d) or 0
        s.add("transition", m, type=None, by=-step if less else step)
    for m in s.take(rf"(?:make\s+)?{noun_en}\s+(?:(?:should|could|can|must|need\s+to|needs\s+to)\s+)?(?:(?:be|get|last)\s+)?{TIMES_EN}"
                    rf"|\b(?:double|halve)\s+{noun_en}(?:'?s?\s+(?:length|duration|time))?"
                    rf"|(?:转场|过渡)\s*(?:的)?\s*(?:时间|时长|长度)?\s*(?:都|全部)?\s*{TIMES_ZH}"):
        s.add("transition", m, type=None, factor=times(m.group(0)))
    # a kind said not to be there ("no zoom transitions", "不要滑动转场"; a dislike is said so by vocab's rewrites): that
    # kind gone, never set (wave 31 row "i don't like the zoom transitions" set zoom transitions)
    for m in s.take(rf"\bno\s+(?P<k>{KIND_EN})s?\s+transitions?\b|不要\s*(?P<k2>{KIND_ZH})\s*(?:的)?\s*(?:转场|过渡)(?:效果)?"):
        s.add("transition", m, without=_kind(m.group("k") or m.group("k2"))[0])
    # "use a different transition between each picture", "mix up the transitions", "每个转场都不一样"
    for m in s.take(r"\b(?:use|give\s+(?:it|me)|want|try|have|add|apply|put)\s+(?:a\s+)?(?:different|varied|various|random|mixed|assorted)\s+"
                    r"(?:kinds?\s+of\s+|types?\s+of\s+)?transitions?(?:\s+(?:between|for|at)\s+(?:each|every|all\s+(?:the\s+)?)?\s*"
                    r"(?:pictures?|images?|photos?|pics?|slides?|shots?|cuts?|clips?|scenes?))?(?:\s+each\s+time)?"
                    r"|\b(?:mix\s+up|vary|randomi[sz]e|shuffle)\s+(?:the\s+)?transitions?\b|\btransitions?\s+(?:should\s+)?(?:be\s+)?(?:all\s+)?(?:different|varied|mixed)\b"
                    r"|(?:每个|每次|每张图片?之间的?)\s*转场\s*(?:都)?\s*(?:不一样|不同|换一种|用不同的)|(?:用|换成)\s*(?:不同的?|各种|随机的?)\s*转场"):
        s.add("transition", m, mixed=True)
    for m in s.take(r"\b(?:no|without|remove\s+(?:the\s+|all\s+)?|drop\s+(?:the\s+|all\s+)?|disable|turn\s+off(?:\s+the)?)\s*transitions?"
                    # (not the cuts complained of: "the hard cuts are too abrupt" asks for the opposite)
                    r"|\b(?:hard|straight)\s+cuts?\b(?!\s+(?:are|is|feel|feels|look|looks|seem|seems|were|too)\b)|just\s+cuts|transitions?\s*(?:to|:|=)?\s*none"
                    r"|(?:不要|去掉|取消|删除|无|关闭)\s*转场|转场\s*(?:改成|改为|设为|用|为)?\s*(?:无|没有|不要)"):
        s.add("transition", m, type="none")
    # ("give me a zoom-in transition between the pics": where they go is read with them, set AC ac253)
    between = (r"\s+between\s+(?:(?:the\s+|all\s+(?:the\s+)?)?(?:images|photos|pictures|pics|clips|slides|shots|segments|scenes)"
               r"|them|each\s+other|everything|each\s+(?:one|picture|photo|image|shot|clip|slide)|every\s+(?:picture|photo|image|shot|clip|slide))")
    where_first = _WHERE_FIRST.format(between=between.replace(r"\s+between", r"\bbetween", 1))
    # ("change the transitions to wipe left" is rewritten "use wipe transitions left": its direction after them, set AK ak117;
    # a word closing the wish after it too, "make the transitions wipe left instead", set CV cv244 was not read)
    for m in s.take(rf"(?P<d0>{DUR})\s+{kind('0')}\s+transitions?|{kind()}\s+transitions?(?:\s+(?P<dir4>{DIR})(?=\s*(?:$|[,.;!?]|(?:instead|please|pls|plz|and|then)\b)))?(?:{between})?{length}"
                    rf"|(?:use\s+|with\s+|(?:and\s+)?(?:a|an)\s+)?(?P<k2>{KIND_EN})s?(?:\s+(?P<dir2>{DIR}))?(?:\s+transitions?)?{between}{short}"
                    rf"|transitions?\s*(?:type\s*)?(?:to|:|=|as|into)\s*(?P<k3>{KIND_EN})(?:\s+(?P<dir3>{DIR}))?{length.replace('P<d>', 'P<d3>').replace('P<dc>', 'P<dc3>')}"
                    # where first, then the kind: "between pictures, fade through black", "between each photo: a wipe left"
                    # (set CY cy123 was not read)
                    rf"|{where_first}(?P<k5>{KIND_EN})s?(?:\s+(?P<dir9>{DIR}))?"
                    rf"(?:\s+transitions?)?{short.replace('P<dc2>', 'P<dc5>')}(?=\s*(?:$|[,.;!?]|(?:please|pls|plz|instead)\b))",
                    when=_not_judged):
        typ, packed = _kind(m.group("k") or m.group("k0") or m.group("k2") or m.group("k3") or m.group("k5"))
        d = m.group("d") or m.group("d0") or m.group("d3") or m.group("dc") or m.group("dc3") or m.group("dc2") or m.group("dc5")
        said = m.group("dir") or m.group("dir0") or m.group("dir2") or m.group("dir3") or m.group("dir4") or m.group("dir9")
        s.add("transition", m, type=typ, dir=said or packed, ms=dur_ms(d) if d else None)
    # (换回 / 改回: "转场换回淡入淡出" after another kind; "transition用slide": the English noun or kind in a Chinese sentence)
    zh_set = r"(?:改成|改为|换成|换回|改回|变回|恢复成|恢复为|还原成|改用|用|设为|设置为|为|:|：)"
    # ("转场全部换成溶解", "切换效果用擦除")
    # (and 也 of a second wish: "改成二十秒，转场也换成溶解" looked for a file named 溶解; dev set DF df214)
    noun = r"(?:转场|过渡|切换(?:的时候|时)?|transitions?)\s*(?:效果)?\s*(?:也都|也|全部|都|全都|统一|一律|全)?\s*"
    # (their length said before the kind: "转场用1秒的黑场过渡" read the kind and left the second unread, set BX bx101)
    zh_len = rf"(?:(?P<dz{{}}>{DUR})\s*(?:的)?\s*)?"
    # (or after a comma, a transition's length: "转场用黑场，1.2秒" made the video 1.2 s, the kind also a whole-video fade's
    # word so no frame read it; wave 27. A longer one is left to the other readings)
    zh_after = r"(?:\s*[,，]\s*(?P<dza>(?:[0-4](?:\.\d+)?|5|\.\d+)\s*(?:秒钟?|s|secs?|seconds?))(?=\s*(?:$|[,，。；;!！])))?"
    for m in s.take(rf"{noun}(?:{zh_set})?\s*{zh_len.format(1)}(?:(?P<dir>{DIR})|{DIR_FROM_ZH})?\s*(?P<k>{KIND_ZH}){zh_after}"
                    rf"|{noun}{zh_set}\s*(?P<k3>{KIND_EN})(?:\s*(?P<dir3>{DIR}))?"
                    # ("用黑场过渡": the noun 过渡 after the kind too, set AK ak118)
                    # (where first: "图片之间，用黑场过渡", as "between pictures, fade through black"; set CY cy123)
                    rf"|(?:(?:图片|照片|画面|镜头|每张图片?)\s*(?:之间|中间)\s*(?:[,，:：]\s*)?)?"
                    rf"(?:用|改成|改为|换成|换回|改回|加|添加|加上)?\s*{zh_len.format(2)}(?P<dir2>{DIR})?\s*(?P<k2>{KIND_ZH}|{KIND_EN})\s*(?:的)?\s*(?:转场|过渡)"):
        typ, packed = _kind(m.group("k") or m.group("k2") or m.group("k3"))
        dirw = m.group("dir") or m.group("dir2") or m.group("dir3")
        dir_ = DIRS.get(dirw) if dirw else _from_dir(m.group("from")) if m.group("from") else packed
        d = m.group("dz1") or m.group("dz2") or m.group("dza")
        s.add("transition", m, type=typ, dir=dir_, ms=dur_ms(d) if d else None)
    # the pictures said to do it: "could the pictures slide in instead of fading?", "let the photos dissolve into each
    # other", "图片之间用滑动切换" (a zoom of the pictures is their motion, not a transition)
    pics = r"(?:the\s+)?(?:pictures|images|photos|pics|slides|shots|clips|scenes)"
    # ("i want the photos to crossfade": the kind alone at the end of the clause too; "make every transition a wipe")
    # (the way they go said after the kind: "can the pictures slide left into each other", set CB cb142 was not read)
    # (a hedge before the verb: "can the pictures kinda dissolve into each other", set CL cl142)
    for m in s.take(rf"\b{pics}\s+(?:should\s+|to\s+|can\s+|could\s+)?(?:(?:kinda|kind\s+of|sort\s+of|just|gently|smoothly)\s+)?"
                    r"(?P<k>slide|wipe|dissolve|cross[\s-]?fade|fade)s?"
                    r"(?:\s+(?P<dir7>left|right|up|down)(?![\s-]+(?:corner|side|edge|of)\b))?"
                    r"(?:\s+(?:in(?:to\s+(?:each\s+other|one\s+another|the\s+next(?:\s+one)?))?|over|across|between|from\s+(?:one|1)\s+to\s+the\s+next)\b"
                    r"(?!\s+from\s+(?:black|white))|\s*(?=$|[,;!?]|\.(?![a-z0-9])|\s+(?:and|then|please)\b))"
                    rf"|\b(?:make|set|change|turn|switch)\s+(?:all\s+(?:of\s+)?(?:the\s+)?|every\s+|each\s+|the\s+)?transitions?\s+(?:over\s+)?(?:in)?(?:to\s+)?"
                    rf"(?:be\s+)?(?:an?\s+)?(?P<k3>{KIND_EN})s?\b(?:\s+(?P<dir6>{DIR}))?"
                    # "the user asked for the transitions to be slides"; the kind as what they do: "transitions should wipe
                    # left", "can the transitions fade through black", "transitions slide left" (sets AH ah139, AM am134, AN an234)
                    rf"|\btransitions?\s+(?:to\s+be|should\s+be|must\s+be|need\s+to\s+be|be|should|must|can|could|to)?\s*(?:all\s+)?(?:an?\s+)?"
                    rf"(?P<k4>{KIND_EN})s?\b(?:\s+(?P<dir5>{DIR}))?(?!\s+(?:too|already|is|are|feels?|looks?)\b)"
                    # (its length after a comma: "transitions slideright, 0.6 s", set BC bc140)
                    rf"(?:\s*,\s*(?:each\s+)?(?P<dc4>{DUR})(?:\s+each)?(?=\s*(?:$|[,.;!?])))?"
                    rf"|(?:图片|照片|画面|镜头)\s*(?:之间)?\s*(?:用|以)?\s*(?P<dir8>{DIR})?\s*(?P<k2>{TR_ZH})\s*(?:的方式)?\s*(?:切换|过渡|衔接)", when=_wished):
        typ, packed = _kind(m.group("k") or m.group("k2") or m.group("k3") or m.group("k4"))
        said = m.group("dir5") or m.group("dir6") or m.group("dir7") or m.group("dir8")
        s.add("transition", m, type=typ, dir=DIRS.get(said, said) if said else packed,
              ms=dur_ms(m.group("dc4")) if m.group("dc4") else None)
    for m in s.take(rf"transitions?\s+(?:length|duration|time)?\s*(?:to|of|at|=|:|lasting)?\s*(?P<d>{DUR})"
                    rf"|(?P<d2>{DUR})\s+(?:long\s+)?transitions?"
                    rf"|(?:make\s+)?(?:the\s+)?(?:transitions?|cross-?\s?fades?)\s+(?:last\s+)?(?:about\s+|around\s+)?(?P<d4>{DUR})"
                    rf"|转场\s*(?:时长|时间|长度)?\s*(?:改成|改为|设为|为|调到|调成|:)?\s*(?P<d3>{DUR})|(?P<d5>{DUR})\s*的?\s*转场"):
        d = next(g for g in m.group("d", "d2", "d3", "d4", "d5") if g)
        s.add("transition", m, type=None, ms=dur_ms(d))
    # ("make the transitions a little faster", "转场再慢一点，长一些", sets AK ak236, AM am138; asked with "be": "can the
    # transitons be quicker?", "the transitions should be a bit shorter", set AX ax126)
    soft = r"(?:a\s+(?:little|bit|tad|touch)\s+(?:bit\s+)?|slightly\s+|much\s+|even\s+|way\s+)?"
    for m in s.take(rf"(?:make\s+)?(?:the\s+)?(?:transitions?|cross-?\s?fades?)\s+(?:(?:should|could|can|must|need\s+to|needs\s+to)\s+)?"
                    rf"(?:(?:be|get)\s+)?{soft}(?P<rel>longer|shorter|slower|faster|quicker)"
                    rf"|(?P<rel3>longer|shorter|slower|faster|quicker|snappier)\s+(?:transitions?|cross-?\s?fades?)"
                    rf"(?:\s*,?\s*(?:of\s+|about\s+|around\s+|like\s+)*(?P<d6>{DUR}))?"
                    # (with the verb that sets it: "请把转场时间调长一些", "转场弄得短一点"; set CI ci077 was not understood)
                    # (asked with 能 / 可以: "转场能慢一点吗" was not understood, set CL cl247)
                    r"|转场\s*(?:的)?\s*(?:时间|时长|速度)?\s*(?:能不能|可不可以|能否|能|可以)?\s*(?:再|更|稍微|稍|还)?\s*(?:(?:调|弄|变|拉|放)\s*(?:得)?\s*(?:再|更|稍微|稍)?\s*)?"
                    r"(?P<rel2>长|短|慢|快)\s*(?:一点|一些|点|些)?"
                    r"(?:\s*[,，]\s*(?:再|更)?\s*(?:长|短|慢|快)\s*(?:一点|一些|点|些))?"):
        rel = m.group("rel") or m.group("rel2") or m.group("rel3")
        if m.group("d6"):  # "slower crossfades, about 1 second": the length said wins over the direction
            s.add("transition", m, type=None, ms=dur_ms(m.group("d6")))
            continue
        s.add("transition", m, type=None, ms=None, rel="up" if rel in ("longer", "slower", "长", "慢") else "down")


# a kind's transitions liked or judged, not wished: "i like the zoom transitions", "the slide transitions are nice" (of a
# draft of fades they set that kind; wave 31, beside row 1). "i'd like zoom transitions" is a wish
_LIKED_BEFORE = compile_led(r"\b(?:i|we)\s+(?:really\s+|just\s+|honestly\s+|kind\s+of\s+|kinda\s+)?(?:like|love|enjoy|adore|hate|dislike)"
                            r"\s+(?:the|these|those|that|this|all\s+the)\s+$")
_JUDGED_AFTER = compile_led(r"\s+(?:are|is|look|looks|feel|feels|were|was|seem|seem)\s+(?:really\s+|so\s+|very\s+|pretty\s+|quite\s+)?"
                            r"(?:nice|great|good|fine|perfect|lovely|cool|beautiful|awesome|amazing|ok|okay|smooth|sleek)\b")


def _not_judged(m: re.Match[str]) -> bool:
    """A kind named as a wish, not as what someone likes or judges (``_LIKED_BEFORE``, ``_JUDGED_AFTER``)."""
    return not (_LIKED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) or _JUDGED_AFTER.match(m.string, m.end()))


_WISH_BEFORE = compile_led(r"\b(?:could|can|would|will|let|make|have|want|wants|like|need|needs|please|should|prefer|rather)\b"
                          r"[^,.;!?]{0,30}$")


def _wished(m: re.Match[str]) -> bool:
    """The pictures said to slide or dissolve is a wish only when asked for ("could the pictures slide in…", "i want the
    photos to crossfade"), not a description ("the photos slide in nicely already")."""
    if m.group("k") is None:
        return True
    if re.search(r"\balready\b", m.string[m.end():m.end() + 20]):
        return False
    return bool(re.search(r"\b(?:should|to|can|could)\s+$", m.string[m.start():m.start("k")])
                or _WISH_BEFORE.search(m.string[:m.start()]))


def r_ken_burns(s: Scan) -> None:
    """The pictures' motion said as what they do: "stop the pictures from zooming", "put the slow zoom back on the
    pictures", "图片不要再缩放了", "把缩放效果加回来"."""
    moving = r"(?:zoom|mov|pann|drift)(?:e|es|ing)?"
    motion = (r"(?:the\s+)?(?:slow\s+|gentle\s+|subtle\s+)?(?:ken[\s-]?burns|zooms?|zooming|zoom[\s-]ins?|pans?|panning|motion"
              r"|movement|camera\s+(?:motion|movement))(?:\s+effects?)?")
    pics = r"(?:the\s+)?(?:pictures|images|photos|pics|slides|shots|stills)"
    # (only the pictures: "it" or "them" may be a title or a logo)
    for m in s.take(rf"\bstop\s+(?:{pics}|everything)\s+(?:from\s+)?{moving}\b"
                    rf"|\b(?:don'?t|do\s+not|never)\s+(?:let\s+)?{pics}\s+(?:keep\s+)?{moving}\b"
                    # the pictures said not to zoom: "the photos shouldn't zoom, and the clip should play at 1.5x" (left
                    # unread beside the clip's speed, set BY by162)
                    rf"|\b{pics}\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|don'?t\s+need\s+to|can'?t|cannot)\s+(?:be\s+)?(?:zoom|zoomed|pan|panned|drift)\b"
                    r"(?!\s+(?:to|before|after|up|down|back|forward|into|in\s+front)\b)"
                    rf"(?:\s+(?:in|out|around|anymore|any\s+more|at\s+all))?"
                    r"|(?:图片|照片|画面)\s*(?:不要|别|不用)\s*(?:再)?\s*(?:缩放|推拉|动|晃|移动)(?:了)?"):
        s.add("ken_burns", m, on=False)
    for m in s.take(rf"\b(?:put|bring|add|turn|switch)\s+{motion}\s+back(?:\s+on)?(?:\s+(?:on|to|for)\s+{pics})?"
                    rf"|\b(?:put|bring|add)\s+back\s+{motion}(?:\s+(?:on|to|for)\s+{pics})?"
                    rf"|\b(?:make|let)\s+{pics}\s+(?:zoom|move|pan)\s+again\b"
                    # "the client wants the pictures to zoom slowly", "the photos should slowly pan"
                    rf"|\b{pics}\s+(?:to|should|must|can|could)\s+(?:slowly\s+|gently\s+)?(?:zoom|pan|drift)(?:\s+(?:in|out))?"
                    rf"(?:\s+(?:slowly|gently|a\s+little|a\s+bit|again))?\b"
                    r"|(?:把)?\s*(?:缩放|推拉|镜头运动|运动)\s*(?:效果)?\s*(?:加回来|加回去|恢复|还原|重新加上|再加上)"):
        s.add("ken_burns", m, on=True)


def _motion_off(f: Any, t: str) -> KenBurnsArgs | None:
    """Motion off; but "请去掉标题的退场动画" is the title's animation, not the pictures' motion (set AE ae106 removed the title
    and stopped the zoom): a text's animation is left to the text's readings."""
    if set(f.target_keys()) & {"title", "captions", "text_all", "text_some", "endcard", "logo"}:
        return None
    return KenBurnsArgs(on=False)


# the pictures' motion by name ("no ken burns", "slow zoom off", "关闭缩放"); read just before the fit and the frame
# rate (order 69; it was part of canvas's phrase rule)
MOTION = (r"(?:ken\s*-?\s*burns?|slow\s+zoom(?:s|ing)?|zoom(?:s|ing)?|pan(?:s|ning)?(?:\s*(?:and|&|/)\s*zoom(?:s|ing)?)?|motion"
          r"|movement|camera\s+(?:motion|movement)|zoom\s+effects?)")


def r_ken_burns_named(s: Scan) -> None:
    """Motion switched off or on by its name."""
    motion = MOTION
    for m in s.take(rf"\b(?:no|without|disable|turn\s+off|remove|stop|switch\s+off|drop|kill)\s+(?:the\s+|all\s+)?{motion}(?:\s+effects?)?"
                    rf"|{motion}\s*(?:off|:\s*off|=\s*off)|static\s+(?:images|pictures|photos)|keep\s+(?:the\s+)?(?:images|pictures|photos)\s+still"
                    # ("停止图片的缩放动画", set AC ac140)
                    r"|(?:关闭|关掉|去掉|取消|不要|禁用|停止)\s*(?:(?:图片|照片|画面)\s*(?:的)?\s*)?(?:ken\s*burns|缩放效果|缩放|推拉|镜头运动|运动效果|动效|动画)(?:动画|效果)?"):
        s.add("ken_burns", m, on=False)
    for m in s.take(rf"\b(?:add|enable|turn\s+on|use|with|switch\s+on|apply)\s+(?:a\s+|the\s+|some\s+)?{motion}(?:\s+effects?)?|{motion}\s*(?:on|:\s*on)\b"
                    r"|(?:开启|打开|加上|添加|启用|加)\s*(?:ken\s*burns|缩放效果|缩放|推拉|镜头运动|运动效果|动效)"):
        s.add("ken_burns", m, on=True)


S_TRANSITION: dict[str, tuple[Template, Template]] = {
    "tr.mixed": (
        "A different transition at each of the {n} cuts, in turn: {kinds}.",
        "{n} 处切换各用不同的转场，依次为：{kinds}。",
    ),
    "tr.too_long": (
        "A transition of {s} s is too long: 5 s at most.",
        "{s} 秒的转场太长：最多 5 秒。",
    ),
    "tr.too_short": (
        "The transitions last {s} s: they cannot be {by} s shorter (say 'no transitions' for straight cuts).",
        "转场现在是 {s} 秒，不能再缩短 {by} 秒（要直接切换请说「不要转场」）。",
    ),
    "tr.without": (
        "The {kind} transitions are gone: {n:cut is|cuts are} now a plain fade.",
        "{kind}转场已去掉：{n} 处切换改成了普通的淡入淡出。",
    ),
    "tr.not_there": (
        "The transitions are {now}, not {kind}: nothing changed.",
        "现在的转场是{now}，不是{kind}：没有改动。",
    ),
    "tr.kinds_now": (
        "of several kinds",
        "几种不同的",
    ),
    "tr.cuts_now": (
        "straight cuts",
        "直接切换",
    ),
    "tr.instead_cuts": (
        "straight cuts ('no transitions')",
        "直接切换（「不要转场」）",
    ),
    "tr.instead_other": (
        "another kind ('use slide transitions')",
        "换一种（「转场改成滑动」）",
    ),
    "tr.removed": (
        "Transitions removed: straight cuts.",
        "转场已去掉：直接切换。",
    ),
    "tr.default_none": (
        "Default transition set to none.",
        "默认转场已设为无。",
    ),
    "tr.set": (
        "Transitions set to {type}, {s} s, {where}{clamp}.",
        "转场已设为{type}，{s} 秒，{where}{clamp}。",
    ),
    "tr.where_cuts": (
        "on all {n:cut|cuts}",
        "应用于全部 {n} 个切换点",
    ),
    "tr.where_default": (
        "as the default (there is only one clip)",
        "作为默认设置（只有一个片段）",
    ),
    "tr.clamp": (
        " (shortened to {s} s where a neighbour is too short)",
        "（相邻片段太短处缩短为 {s} 秒）",
    ),
}


S_KEN_BURNS: dict[str, tuple[Template, Template]] = {
    "kb.no_images": (
        "Ken Burns moves still pictures, and the timeline has only video clips.",
        "缩放动效只作用于静态图片，而时间线上只有视频片段。",
    ),
    "kb.on": (
        "Ken Burns on: slow zoom in/out on {n:image|images}.",
        "已开启缩放动效：{n}张图片缓慢推近/拉远。",
    ),
    "kb.off": (
        "Ken Burns off: pictures stay still on {n:image|images}.",
        "已关闭缩放动效：{n}张图片保持静止。",
    ),
}


TRANSITION = register(Edit(
    kind="transition",
    args=TransitionArgs,
    apply=apply_transition,
    calls=('set_transition',),
    sentences=S_TRANSITION,
    examples=('use slide transitions', 'no transitions', '转场改成淡入淡出'),
    topics=('transitions',),
    doc=DocRow('transitions',
               '`tr` of every non-first segment and `m.tr`. Types: fade/crossfade→`fade`, dissolve, slide→`slideleft` (+ direction), wipe→`wipeleft`, fade to black→`fadeblack`, zoom→`zoomin`, circle, pixelate, blur, smooth, none. Clamped to half of each neighbour; the total stays',
               '转场'),
    frames=(
        rule("transitions", "remove mute off", _off, refuses="dur"),
        # "crossfades back pls", "bring the transitions back", "转场恢复": on again, of the kind named (else the kind
        # they had, or a fade)
        rule("transitions", "unmute", lambda f, t: TransitionArgs(type=_kind_named(str(f.text))),
             refuses="dur pct range ref file pos"),
        # "…, and make them circle opens": a kind said of the transitions borrowed as "them" (the phrase rules read it only
        # with the transitions named; dev set DB db130); only a kind said alone, its direction and the rest the phrase rules'
        rule("transitions", "set", _kind_alone, refuses="dur pct range ref file at pos quote"),
        # "转场改成溶解，时长0.8秒", "transitions of 0.3 seconds": their length, the kind kept
        rule("transitions", "set keep implied show_for", _length_args, needs="dur", refuses="pct range ref file at"),
        # "make the transitions longer, like 1 second": that length
        rule("transitions", "lengthen shorten increase decrease", _length_args, needs="dur to", refuses="pct range ref file at"),
        # "the transitions are a bit too long", "the fades feel a little too short": a step longer or shorter, as "make the
        # transitions shorter" is (a degree before "too long" left the complaint unread; the lead's probe, session 33)
        rule("transitions", "lengthen shorten", _step_args, refuses="dur pct range ref file at to quote"),
    ),
    phrases=(Phrase(30, r_transition, ('transition',)),),
))


KEN_BURNS = register(Edit(
    kind="ken_burns",
    args=KenBurnsArgs,
    apply=apply_ken_burns,
    calls=('set_ken_burns',),
    sentences=S_KEN_BURNS,
    examples=('turn off ken burns', 'add ken burns', '关闭缩放'),
    topics=('motion',),
    doc=DocRow('Ken Burns',
               'image `kb` (first cut: `in`, `left`, `out`, `right` in turn; `add ken burns`: `in`/`out` alternating; or `none`), `m.kb`',
               '缩放动效'),
    phrases=(Phrase(30, r_ken_burns, ('ken_burns',)), Phrase(69, r_ken_burns_named, ('ken_burns',))),
    frames=(
        # the whole video's motion: said of one picture it is no reading ("the zoom on the first picture")
        rule("motion", "remove mute off", _motion_off, refuses="ref file"),
        rule("motion", "*", lambda f, t: KenBurnsArgs(on=False), needs="still", refuses="ref file"),
        rule("motion", "add unmute", lambda f, t: KenBurnsArgs(on=True), refuses="ref file"),
    ),
))
