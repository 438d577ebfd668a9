"""The order of pictures and clips: move one, swap two, reverse all."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ....draft.timeline import is_clip, text_tracks
from .. import vocab
from ..anchors import compile_led
from ..assets import find_media, unused_named
from ..messages import msg
from ..parse import (
    END,
    NAME,
    Scan,
)
from ..refs import NEXT_TO, ORDINALS, REF, REF_MANY, Place, describe, parse_place, parse_ref, place_rx
from ..registry import DocRow, Edit, Phrase, Template, register
from ..text import EDIT_VERB, QUOTE_RE
from ..work import Ambiguous, CannotApply, Work
from .items import AddArgs, add_place, apply_add, insertion_index
from .shared import PRONOUNS, find_visual, find_visuals, order_names, with_positional_transitions


@dataclass(frozen=True)
class MoveArgs:
    ref: str
    dest: str  # "first", "last", "position N", "after" / "before" (``other``), "between" (``other`` and ``also``)
    other: str | None = None
    also: str | None = None
    quoted: bool = False  # the picture was named in quotes (words that may be a caption's, not a picture's)
    check: int | None = None  # "放在球鞋后面第二个": the position said as well (1-based); the two places must agree


def dest_place(args: MoveArgs) -> Place:
    if args.dest == "between":
        return Place("between", anchor=args.other, other=args.also)
    if args.dest in ("after", "before"):
        return Place(args.dest, anchor=args.other)
    if args.dest in ("first", "front", "start", "beginning", "top", "head", "begin"):
        return Place("start")
    if args.dest in ("last", "end", "back", "bottom"):
        return Place("end")
    if args.dest == "middle":  # (the place of the middle one is decided on the timeline)
        return Place("middle")
    shift = re.fullmatch(r"shift (-?\d+)", args.dest)
    if shift:
        return Place("shift", n=int(shift.group(1)))
    num = re.search(r"-?\d+", args.dest)  # ("position -2": the second to last)
    if num:
        return Place("index", n=int(num.group(0)))
    raise CannotApply(msg("move.where", dest=args.dest))


def move_args(ref: str, place: Place) -> MoveArgs:
    """MoveArgs for a ``refs.Place``."""
    if place.at == "between":
        return MoveArgs(ref, "between", place.anchor, place.other)
    if place.at in ("after", "before"):
        return MoveArgs(ref, place.at, place.anchor)
    if place.at == "index":
        return MoveArgs(ref, f"position {place.n}")
    return MoveArgs(ref, "first" if place.at == "start" else "last")


# ("开箱视频放到另一个视频前面": 另一个视频 is the other clip; set BT bt142 looked for a clip named so)
_THE_OTHER = compile_led(r"the\s+other\s+(?:one|clip|video|video\s+clip|picture|photo|image|pic|shot)"
                         r"|另\s*(?:外)?\s*(?:一|1)\s*(?:个|段|张)\s*(?:视频片段|视频|片段|图片|照片|图)?")


def apply_move(work: Work, args: MoveArgs) -> None:
    track = work.main()
    segs = track["sg"]
    place = dest_place(args)
    said = " ".join(args.ref.split())
    if args.quoted and any(" ".join(str(c.get("text") or "").lower().split()) == said
                           for tr in text_tracks(work.draft) for c in tr.get("sg") or []):
        # "put 'Black Cap' at the end": the words of a caption on the video as much as a picture's name; an end card
        # or the picture moved would each be a guess (wave18_p#17): ask
        raise CannotApply(msg("move.quoted_text", text=said))
    if place.at == "middle":  # the middle of five is the third; of four there is none
        if len(segs) % 2 == 0:
            raise CannotApply(msg("move.where", dest="the middle"))
        place = Place("index", n=(len(segs) + 1) // 2)
    try:
        ks = find_visuals(work, args.ref)
    except CannotApply:
        # "put lifestyle.jpg at the very beginning": an upload that is not on the timeline yet is added there
        # ("put the ring photo after the watch": by the words of its name too; set BB bb026)
        media = find_media(work.order, args.ref, ("image", "video")) if "." in args.ref else \
            unused_named(work.order, args.ref, {s.get("mid") for s in segs})
        if media is None or any(s.get("mid") == media.id for s in segs):
            raise
        apply_add(work, AddArgs(what=media.filename, **add_place(place)))
        return
    if place.anchor is not None and _THE_OTHER.fullmatch(place.anchor.strip()):
        # "the unboxing video should come before the other clip": the one clip (or picture) not moved (set AE ae221)
        clips = bool(re.search(r"clip|video|footage|视频|片段", place.anchor))
        others = [s for k, s in enumerate(segs) if k not in ks and is_clip(s) == clips]
        if len(others) != 1 or others[0].get("mid") not in work.media:
            raise CannotApply(msg("not_found_other", text=place.anchor.strip()))
        place = replace(place, anchor=work.media[others[0]["mid"]].filename)
    block = [segs[k] for k in ks]  # several move together, in their order: "move the last two to the start"
    labels = [describe(work.visual_segments(), k) for k in ks]
    rest = [s for s in segs if all(s is not b for b in block)]
    if place.at == "shift":  # "one spot later", "往前移一位": counted from where it is
        if len(block) > 1:
            raise CannotApply(msg("one_visual", text=args.ref.strip()))
        place = Place("index", n=ks[0] + 1 + place.n)
        if not 1 <= place.n <= len(segs):
            raise CannotApply(msg("place.beyond", n=place.n, count=len(segs)))
    if place.at == "index" and place.n + len(block) - 1 > len(segs):
        raise CannotApply(msg("place.beyond", n=place.n + len(block) - 1, count=len(segs)))
    kind = _ZH_KIND.fullmatch(place.anchor.strip()) if place.at in ("before", "after") and place.anchor else None
    if kind is not None and all(is_clip(b) != bool(kind.group("v")) for b in block):
        # "把两个视频放在图片前面": a kind said bare in Chinese, none of which is moved, is all of that kind (set BV bv193
        # asked which picture)
        group = [s for s in rest if is_clip(s) == bool(kind.group("v"))]
        spots = [i for i, s in enumerate(rest) if any(s is g for g in group)]
        if not spots:
            raise CannotApply(msg("move.same"))
        at = spots[0] if place.at == "before" else spots[-1] + 1
    elif place.at in ("before", "after") and place.anchor is not None and _KINDS.fullmatch(place.anchor.strip()):
        # "put the two videos before the pictures": before the first of them, or after the last (set BG bg177)
        bare = _BARE_KIND_ZH.fullmatch(place.anchor.strip())
        # ("把两个视频放在图片前面": 图片 bare is every picture, 视频 every clip, beside the other kind moved; set BV bv193)
        group = [s for s in segs if is_clip(s) == (bare.group(0) in ("视频", "片段"))] \
            if bare and all(is_clip(b) != (bare.group(0) in ("视频", "片段")) for b in block) else \
            [segs[k] for k in find_visuals(work, place.anchor)]
        spots = [i for i, s in enumerate(rest) if any(s is g for g in group)]
        if not spots or len(spots) < len(group):
            raise CannotApply(msg("move.same"))
        at = spots[0] if place.at == "before" else spots[-1] + 1
    else:
        at = insertion_index(work, place, rest)
    if args.check is not None and at + 1 != args.check:
        # "帽子那张放在球鞋后面第二个" with the sneaker not first: which of the two places is meant is not guessed (set BT
        # bt286 was not understood)
        raise CannotApply(msg("move.two_places", label=labels[0], n=args.check, pos=at + 1))
    new = rest[:at] + block + rest[at:]
    if all(a is b for a, b in zip(new, segs, strict=True)):
        raise CannotApply(msg("move.already", label=labels[0]) if len(block) == 1 else msg("move.already_many"))
    track["sg"] = with_positional_transitions(work, segs, lambda lst: new)
    if len(block) == 1:
        work.done(msg("move.done", label=labels[0], pos=at + 1, **order_names(track["sg"])), "move_segment",
                  segment=block[0]["id"], position=at + 1)
        return
    work.done(msg("move.many", labels=labels, a=at + 1, b=at + len(block), **order_names(track["sg"])),
              "move_segment", segments=[b["id"] for b in block], position=at + 1)


@dataclass(frozen=True)
class ReverseArgs:
    count: int | None = None  # "reverse the order of the five images": how many were said (all of them, or it is asked)


def apply_reverse(work: Work, args: ReverseArgs) -> None:
    track = work.main()
    if len(track["sg"]) < 2:
        raise CannotApply(msg("reverse.one"))
    if args.count is not None and args.count != len(track["sg"]):
        # "reverse the three pictures" of five: which three is not guessed
        raise CannotApply(msg("reverse.count", n=args.count, count=len(track["sg"])))
    track["sg"] = with_positional_transitions(work, track["sg"], lambda lst: lst[::-1])
    work.done(msg("reverse.done", **order_names(track["sg"])), "reverse_order")


# "倒过来排，最后一张放第一个", "reverse the order so the last one comes first": the move said beside a reversal that the
# reversal makes anyway explains it; made after it, it undid the reversal's first place (set BT bt244)
_LAST_ONE = compile_led(r"\s*(?:the\s+)?(?:very\s+)?last(?:\s+(?:one|picture|photo|image|pic|shot|slide))?\s*|\s*最后\s*(?:1|一)\s*(?:张|个|幅)\s*(?:图片|照片|图)?\s*")
_FIRST_ONE = compile_led(r"\s*(?:the\s+)?first(?:\s+(?:one|picture|photo|image|pic|shot|slide))?\s*|\s*第\s*1\s*(?:张|个|幅)\s*(?:图片|照片|图)?\s*")


def _explains_reversal(args: MoveArgs) -> bool:
    try:
        place = dest_place(args)
    except CannotApply:
        return False
    to_start = place.at == "start" or (place.at == "index" and place.n == 1)
    return bool((to_start and _LAST_ONE.fullmatch(args.ref)) or (place.at == "end" and _FIRST_ONE.fullmatch(args.ref)))


def ordered(intents: list) -> list:
    """The message's order edits read together (``core``): a move that only says what a reversal beside it does is
    dropped; an upload added and then moved ("use the remaining image too, put it first") is added at that place once
    (it was added at the end, then moved: two replies, or "already there"; set BU bu231)."""
    kinds = [i.kind for i in intents]
    if "reverse" in kinds and "move" in kinds:
        intents = [i for i in intents if not (i.kind == "move" and _explains_reversal(i.args))]
    out: list = []
    for it in intents:
        if it.kind == "move":
            said = " ".join(it.args.ref.lower().split())
            k = next((k for k, o in enumerate(out) if o.kind == "add" and said and " ".join(o.args.what.lower().split()) == said
                      and o.args == AddArgs(what=o.args.what)), None)
            if k is not None:
                try:
                    place = dest_place(it.args)
                except CannotApply:
                    place = None
                if place is not None and place.at in ("start", "end", "index", "after", "before", "between"):
                    out[k] = replace(out[k], args=AddArgs(what=out[k].args.what, **add_place(place)))
                    continue
        out.append(it)
    return out


@dataclass(frozen=True)
class SwapArgs:
    a: str
    b: str = ""  # empty: ``a`` names the two ("the first two photos", "前两张")


def apply_swap(work: Work, args: SwapArgs) -> None:
    a, b = args.a, args.b
    track = work.main()
    segs = track["sg"]
    if not b and PRONOUNS.fullmatch(" ".join(a.split())):  # "swap them": which two is not said
        raise Ambiguous([describe(segs, k) for k in range(len(segs))])
    if not b:
        pair = find_visuals(work, a)
        if len(pair) != 2:
            raise CannotApply(msg("swap.two", text=a.strip()))
        a, b = f"segment {pair[0] + 1}", f"segment {pair[1] + 1}"
    ra = parse_ref(a)
    if re.fullmatch(r"(?:the\s+)?\d+", b.strip()) and ra is not None and ra.index is not None:
        noun = {"image": "image", "video": "clip"}.get(ra.kind, "segment")
        num = re.sub(r"\D", "", b)
        b = f"{noun} {num}"  # "swap image 1 and 2": the second number is the same kind
    i, j = find_visual(work, a), find_visual(work, b)
    if i == j:
        raise CannotApply(msg("swap.same"))

    def reorder(lst: list[dict]) -> list[dict]:
        lst[i], lst[j] = lst[j], lst[i]
        return lst

    li, lj = describe(segs, i), describe(segs, j)
    track["sg"] = with_positional_transitions(work, segs, reorder)
    work.done(msg("swap.done", a=li, b=lj, **order_names(track["sg"])), "swap_segments",
              a=track["sg"][j]["id"], b=track["sg"][i]["id"])


@dataclass(frozen=True)
class OrderArgs:
    items: tuple[str, ...]  # pictures or clips in their new order ("gold-ring.jpg", "the sneaker", "image 3")


_KINDS = compile_led(r"(?:the\s+(?:two\s+|2\s+)?|(?:all|both)\s+(?:of\s+)?(?:the\s+)?)?(?:videos|video\s+clips|clips|pictures|photos|pics|images|stills)|(?:所有|全部)?的?(?:视频|图片|照片)")  # ("把两个视频放在图片前面": the pictures, bare; set BV bv193)


_BARE_KIND_ZH = compile_led(r"视频|片段|图片|照片")

_ZH_KIND = compile_led(r"(?:这些|那些|其他的?|其余的?|全部的?)?(?:(?P<p>图片|照片|相片|图)|(?P<v>视频片段|视频|片段))")


def _item_ks(work: Work, item: str) -> list[int]:
    """("videos first, then the photos": a kind said is all of it, in its order; set BE be220)"""
    if _KINDS.fullmatch(item.strip()):
        return find_visuals(work, item)
    try:
        return [find_visual(work, item)]
    except CannotApply:
        # "顺序改成：戒指、手表、鞋子、包、帽子": a product said by one character is a whole item of the list, read as
        # the one picture its words fit (set BT bt051 found no "包"); two fitting, or none, it stays unfound
        fits = {k for w in vocab.PRODUCT_NOUNS_SHORT.get(item.strip(), ()) for k in _found(work, w)}
        if len(fits) == 1:
            return [fits.pop()]
        raise


def _found(work: Work, word: str) -> list[int]:
    try:
        return [find_visual(work, word)]
    except (CannotApply, Ambiguous):
        return []


def _found_twice(work: Work, item: str, ks: list[int]) -> bool:
    try:
        return any(ks.count(k) > 1 for k in _item_ks(work, item))
    except CannotApply:
        return False


def apply_order(work: Work, args: OrderArgs) -> None:
    """The pictures named first, in the order said; any not named keep their order after them."""
    track = work.main()
    segs = track["sg"]
    if len(args.items) < 2:
        raise CannotApply(msg("order.few"))
    # "order: ring, sneaker, watch, backpack, cap" with the ring uploaded but not in the video: it is added, then ordered
    # with the rest (set BV bv297 found no "ring"); only when every other item is found, each upload once
    fresh: list = []
    found: list[int] = []
    for t in args.items:
        try:
            found += _item_ks(work, t)
        except CannotApply:
            used = {s.get("mid") for s in segs}
            media = find_media(work.order, t, ("image", "video")) if "." in t else unused_named(work.order, t, used)
            if media is None and t.strip() in vocab.PRODUCT_NOUNS:  # ("顺序改成：戒指、球鞋、…": the product's English words)
                hits = {m.id: m for w in vocab.PRODUCT_NOUNS[t.strip()] if (m := unused_named(work.order, w, used)) is not None}
                media = next(iter(hits.values())) if len(hits) == 1 else None
            if media is None or media.id in used or media in fresh:
                raise
            fresh.append(media)
    if fresh and len(set(found)) < len(found):
        raise CannotApply(msg("order.twice", text=next(t for t in args.items if _found_twice(work, t, found))))
    for media in fresh:
        apply_add(work, AddArgs(what=media.filename))
    segs = track["sg"]
    ks = [k for t in args.items for k in _item_ks(work, t)]
    twice = next((t for t in args.items if any(ks.count(k) > 1 for k in _item_ks(work, t))), None)
    if twice is not None:
        raise CannotApply(msg("order.twice", text=twice.strip()))
    named = [segs[k] for k in ks]
    track["sg"] = with_positional_transitions(
        work, segs, lambda lst: named + [s for s in lst if all(s is not n for n in named)])
    work.done(msg("order.done", **order_names(track["sg"])), "reorder_segments",
              order=[s["id"] for s in track["sg"]])


# --- phrase rules (read before the last clause-free words; order 90) --------------------

# the whole order said as a list: "reorder the image segments as follows: 1. gold-ring.jpg 2. …", "new order: ring,
# sneaker, watch", "顺序改为：戒指、球鞋、手表" (numbered lines are ';'-separated after normalising; set J ord09)
_ORDER_LIST = compile_led(
    r"(?:\b(?:re-?order|rearrange|arrange|sort|put|order|show|play|have)\s+(?:all\s+)?(?:the\s+)?(?:(?:image|picture|photo|video)\s+)?"
    r"(?:segments|images|pictures|photos|pics|slides|shots|clips|them|everything|sequence|timeline)?\s*"
    # ("reorder the pictures as: ring, watch, …": set AE ae083; "show the pictures in the order ring, cap, …": set AG ag270)
    r"(?:as\s+follows|as(?=\s*[:：])|in\s+(?:this|the\s+following)\s+order|like\s+this|in\s+order|in\s+the\s+order(?=\s*[:：]?\s*[a-z0-9]))"
    r"|\b(?:the\s+)?new\s+(?:order|sequence)(?:\s+(?:is|should\s+be|will\s+be))?"
    # "reorder the slides as gold-ring.jpg, green-watch.png, …", "rearrange them to the ring, the cap, …", "reorder: …":
    # a verb that only orders, then a list (a comma follows the first name; set BK bk007 was not understood)
    r"|\b(?:re-?order|rearrange|sort)\s+(?:all\s+)?(?:the\s+)?(?:(?:image|picture|photo|video)\s+)?"
    r"(?:segments|images|pictures|photos|pics|slides|shots|clips|them|everything)\s+(?:as|to|into|like)(?=\s+(?:[^,.;!?:]|\.(?=[a-z0-9]))+,)"
    r"|\b(?:re-?order|rearrange)(?=\s*[:：])"
    # ("Reorder the pictures: gold ring, watch, …": the pictures said before the colon; set BU bu029)
    r"|\b(?:re-?order|rearrange|sort)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:images|pictures|photos|pics|slides|shots|clips|segments)(?=\s*[:：])"
    # "order: ring, watch, …", "order should be: …", "change the order to ring, watch, …" (sets U ord08, X ord18)
    r"|\b(?:the\s+)?(?:order|sequence)(?:\s+(?:should\s+be|must\s+be|needs\s+to\s+be|is|will\s+be))?\s*(?=[:：])"
    # ("order should be cap, watch, sneaker, …" without a colon: a list follows, two or more names; sets AH ah020, AJ aj015)
    r"|\b(?:the\s+)?(?:order|sequence)\s+(?:should\s+be|must\s+be|needs\s+to\s+be|will\s+be|is\s+now)(?=\s+[a-z0-9][^.!?,;]*,)"
    # ("i want the order to be ring, watch, …", "i'd like the sequence to be: …": the order wished, as "the order
    # should be" is; a list or a colon follows; set CW cw018 was not understood)
    r"|\b(?:want|need|'d\s+like|would\s+like|prefer)\s+the\s+(?:(?:image|picture|photo|slide|clip|video|shot)\s+)?(?:order|sequence)\s+to\s+be"
    r"(?=\s*[:：]|\s+[a-z0-9][^.!?,;]*,)"
    # ("change the image order to: …": the kind said before "order"; set CQ cq181 was not understood)
    r"|\b(?:change|set|switch)\s+the\s+(?:(?:image|picture|photo|slide|clip|video|shot)\s+)?(?:order|sequence)\s+to\b(?!\s+(?:the\s+)?(?:opposite|reverse))"
    # ("请按以下顺序排列图片：…": the pictures named before the colon, set T ord20)
    r"|(?:顺序|排序|排列顺序)\s*(?:改为|改成|调整为|调整成|换成|变成|设为|为|是)|按(?:以下|下面|这个|如下)顺序(?:排列|排|重新排列|重排)?(?:图片|照片|画面)?)"
    # (the list ends where another wish starts: "reorder the images as ring.jpg, …, cap.jpg and set the transitions to
    # circleopen" looked for 'set the' on the timeline and set only the transitions, set EA ea176)
    rf"\s*[:：]?\s*(?P<list>(?:(?!(?:[,，;]\s*(?:\b(?:and|then)\s+)*|\s+(?:\b(?:and|then)\s+)+)(?:{EDIT_VERB})\b)(?:[^.!?。！？]|\.(?=[a-z0-9])))+)")
# ("顺序改成 第5张 第4张 …": Chinese pictures apart by spaces alone, set U ord14)
# (和 too: tidy writes "a.jpg、b.jpg" as "a.jpg和b.jpg", and "顺序改成 gold-ring.jpg、red-sneaker.jpg、…" was not understood; set IB
# ib128)
_LIST_SEP = compile_led(r"\s*(?:;|,|，|、|和|→|->|>|\bthen\b|\band\s+then\b|\band\b|然后|再)\s*|(?<=[张幅个段])\s+(?=第)")


def r_order_list(s: Scan) -> None:
    for m in s.take(_ORDER_LIST.pattern):
        items = tuple(t for t in (p.strip(" .;:") for p in _LIST_SEP.split(m.group("list"))) if t)
        if len(items) >= 2:
            s.add("order", m, items=items)


# words that name no picture: "title first", "safety first", "mobile first"
_NO_PICTURE = (r"(?:title|headline|captions?|subtitles?|text|words?|music|song|voice|voiceover|narration|audio|sound|video|clip|it|that|this"
               r"|logo|sticker|transitions?|fade|intro|outro|end|card|safety|quality|mobile|phone|me|us|you|which|what|one|things?|step"
               r"|seconds?|minutes?|frames?|ken|zoom|speed|format|style)\b")


# "cap pic 2nd pls", "the ring third": a place in the order by its ordinal, said bare after the picture (set CO co028 was
# not read; only first and last were)
_NTH_PLACE = r"second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)"


def _bare_place(said: str) -> str:
    """The move's ``dest`` of a place said bare after a picture: first, last, or "position N"."""
    if re.search(r"first|start|beginning|front", said):
        return "first"
    if re.fullmatch(_NTH_PLACE, said):
        return f"position {ORDINALS.get(said) or int(said[:-2])}"
    return "last"


# "把戒指加进来放第一张": a picture added, in that place (the add's rule reads it); as a move it was looked for on the
# timeline as "ring 加进来" (set AR ar206)
_NOT_MOVED = compile_led(r"\b(?:title|headline|captions?|subtitles?|text|words?|music|song|voice|voiceover|narration|audio|sound"
                         r"|logo|sticker|watermark|overlay|transitions?|fade|card)\b")
# a moment, not a picture: "play the clip after 5 seconds", "show it before the music starts"
_MOMENT = compile_led(r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b|\b(?:starts?|begins?|ends?|kicks?\s+in|intro|outro)\b")
_FILE_NAMED = r"[a-z0-9][a-z0-9_\-]*\.(?:jpe?g|png|webp|mp4|mov|webm|m4v|mkv)"
_PUT_IN = compile_led(r"\s+in$")
# a verb of what the picture shows inside the words before the place: "make the backpack photo show the bag opening" is
# a wish about the photo's content (it moved the backpack first; set FQ fq134)
_SHOWS_IN = compile_led(r"\b(?:show|shows|showing|look|looks|display|displays|feature|features)\b")
_ADDED_IN = compile_led(r"(?:加进来|加进去|放进来|放进去|插进去|加上|加入|添加|用上)\s*$")


def _unquoted(s: Scan, words: str | None) -> str | None:
    """A quote's words in a reference, not its placeholder: "put 'gold ring' at the end" looked for '0' on the timeline
    (an untrue reply; wave 19 brief)."""
    if words is None or not QUOTE_RE.search(words):
        return words
    for q in QUOTE_RE.finditer(words):
        s.used_quotes.add(int(q.group(1)))
    return QUOTE_RE.sub(lambda q: s.msg.quotes[int(q.group(1))].lower(), words)


def _add_move(s: Scan, m: re.Match, ref: str, dest: str, other: str | None = None, also: str | None = None,
              check: int | None = None) -> None:
    # (a sentence that opens with its joint, "… . and the cap picture should be last", names no "and the cap picture")
    ref = _JOINT_LED.sub("", ref)
    s.add("move", m, ref=_unquoted(s, ref), dest=dest, other=_unquoted(s, other), also=_unquoted(s, also),
          quoted=bool(QUOTE_RE.search(ref)), check=check)


_JOINT_LED = compile_led(r"^\s*(?:(?:and|then|also|so|plus)\s+)+")


def r_order(s: Scan) -> None:
    item = rf"(?:{NEXT_TO}|{REF}|{NAME})"
    # ("reverse the order of the five images": the pictures said with their number, all of them; set CG cg043 left the 5
    # unread, nothing done; "of the first three" of five is asked, it reversed all five)
    for m in s.take(r"(?:\breverse\s+(?:the\s+)?(?:order|sequence)|\bflip\s+the\s+order|\breversed?\s+order|\bin\s+reverse\s+order)"
                    r"\s+of\s+(?:all\s+)?(?:the\s+|my\s+|our\s+)?(?:(?:first\s+|last\s+)?(?P<n>\d+)\s+)?(?:images|photos|pictures|pics|clips|slides|shots|products)\b"
                    r"|(?:把|将)?\s*(?:这|所有|全部)?\s*(?P<zn>\d+)\s*张\s*(?:图片|照片|图)\s*(?:的)?\s*(?:顺序)?\s*(?:倒序|倒过来|反过来|颠倒)"
                    r"|\breverse\s+(?:the\s+)?(?:order|sequence|images|photos|pictures|clips|slides|it|them|everything)"
                    r"|\bin\s+reverse\s+order|\breversed?\s+order|\bbackwards\b|\bflip\s+the\s+order"
                    r"|倒序|反转顺序|顺序反过来|顺序颠倒|颠倒顺序|反过来排|顺序倒过来|倒过来"):
        n = m.group("n") or m.group("zn")
        s.add("reverse", m, count=int(n) if n else None)
    # "switch the first two photos", "swap images 2 and 4", "把前两张交换": two pictures in one reference
    # ("swap two pictures": which two is asked, as for "the two"; set BG bg111 was not understood)
    pair = (rf"(?:{REF_MANY}|them|these|those|(?:(?:these|those|the)\s+)?(?:two|2)\s+(?:pictures|photos|images|pics|shots|slides)"
            r"|(?:these|those|the)\s+(?:two|2)|both)")
    for m in s.take(rf"\b(?:swap|switch|exchange|flip|trade)\s+(?:around\s+)?(?P<p>{pair})(?:\s+(?:around|round|over))?{END}"
                    rf"|(?:交换|调换|互换|对调)\s*(?P<p2>{REF_MANY})(?:的)?(?:位置|顺序)?"
                    rf"|\s*(?:把)?\s*(?P<p3>{REF_MANY})\s*(?:的)?\s*(?:位置|顺序)?\s*(?:交换|调换|互换|对调)"):
        p = m.group("p") or m.group("p2") or m.group("p3")
        s.add("swap", m, a="the two" if re.fullmatch(r"(?:(?:these|those|the)\s+)?(?:two|2)\s+[a-z]+", p.strip()) else p)
    for m in s.take(rf"\b(?:swap|switch|exchange|flip)\s+(?P<a>{REF}|(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+))\s+(?:and|with|&)\s+(?P<b>{REF}|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|\d+)(?:\s+(?:ones?|images?|photos?|pictures?|clips?))?)"
                    # "swap the red sneaker with the silver headphones": pictures by name
                    rf"|\b(?:swap|switch|exchange)\s+(?P<a4>{NAME})\s+(?:and|with|&)\s+(?P<b4>{NAME}){END}"
                    rf"|(?:交换|调换|互换|对调)\s*(?P<a2>{REF})\s*(?:和|与|跟|、)\s*(?P<b2>{REF}|\d+)"
                    rf"|\s*(?:把)?\s*(?P<a3>{REF})\s*(?:和|与|跟)\s*(?P<b3>{REF}|\d+)\s*(?:交换|调换|互换|对调)(?:位置|顺序)?"
                    # "把green-watch和gold-ring交换": pictures by name
                    rf"|\s*(?:把)?\s*(?P<a5>{NAME})\s*(?:和|与|跟)\s*(?P<b5>{NAME})\s*(?:的)?\s*(?:位置|顺序)?\s*(?:交换|调换|互换|对调)(?:位置|顺序)?"
                    # "交换手表和戒指" (the nouns read as the names' words)
                    rf"|(?:交换|调换|互换|对调)\s*(?P<a6>{NAME})\s*(?:和|与|跟|、)\s*(?P<b6>{NAME}){END}"):
        a = m.group("a") or m.group("a2") or m.group("a3") or m.group("a4") or m.group("a5") or m.group("a6")
        b = m.group("b") or m.group("b2") or m.group("b3") or m.group("b4") or m.group("b5") or m.group("b6")
        s.add("swap", m, a=a, b=b)
    # a picture and its place, with no verb, as a wish of its own: "15 seconds, watch first, and lower the music", "手表
    # first please", "ring last" (sets AN an156, AH ah238, AJ aj271 were not read); a clip by its name or file too: "unboxing
    # first and mute it" (sets AL al193, AH ah212 read the mute alone once the bare stem was "the unboxing clip")
    # "play unboxing.mp4 first", "show the ring last": the same, with the verb of what is seen (set BA ba029 was not read;
    # with the verb, "the clip" is a clip too); "clip first, and trim it to 6s": the clip said bare, without "the" (set CO
    # co206 was not read)
    for m in s.take(rf"(?:^|(?<=[,;，；])|(?<=\band\s)|(?<=\bthen\s))\s*(?:(?P<v>play|show|run)\s+)?(?P<r>{REF}|[a-z0-9][a-z0-9_\-]*\.(?:mp4|mov|webm|m4v|mkv|jpe?g|png|webp)"
                    rf"|(?:the\s+)?(?!{_NO_PICTURE}|(?:the|a|an)\b)[a-z][a-z0-9\-]*(?:\s+(?:one|shot|photo|pic|picture|image|clip|video|footage))?"
                    r"|(?:video\s+)?clip"
                    r"|(?<=play\s)(?:the\s+)?(?:video\s+)?clip|(?<=show\s)(?:the\s+)?(?:video\s+)?clip)"
                    rf"\s+(?P<pl>first|last|at\s+the\s+(?:start|end|beginning|front)|{_NTH_PLACE})(?:\s+(?:please|pls|plz))?"
                    rf"(?=\s*(?:$|[,;.!?，；。！？]|and\b|then\b))"):
        _add_move(s, m, ref=m.group("r"), dest=_bare_place(m.group("pl")))
    # "顺序整个倒过来，戒指第一，鞋子最后": the same in Chinese, the picture in English words by now (set BQ bq039 was not
    # understood)
    if "第" in s.text or "最" in s.text:
        for m in s.take(rf"(?:^|(?<=[,;，；]))\s*(?P<r>(?!{_NO_PICTURE})[a-z][a-z0-9\-]*(?:\s+(?!{_NO_PICTURE})[a-z][a-z0-9\-]*)?)\s*(?:那张|的图片?|图片|照片)?\s*"
                        r"(?:是|在|放)?\s*(?P<pl>第\s*1\s*(?:个|张|位)?|最前面?|最开始|最后\s*(?:1\s*(?:个|张|位))?|最后面)\s*(?:吧)?(?=\s*(?:$|[,;.!?，；。！？]))"):
            _add_move(s, m, ref=m.group("r"), dest="first" if "第" in m.group("pl") or "前" in m.group("pl") or "开始" in m.group("pl") else "last")
    place, zh_place = place_rx(item, "en"), place_rx(item, "zh")
    so = r"(?:so\s+(?:that\s+)?(?:it|they)\s+(?:comes?|is|goes|sits|plays|ends\s+up|lands)\s+)?"
    step = (r"(?:(?:by\s+)?(?P<n>\d+|one|a|an)\s+(?:spots?|places?|positions?|slots?)\s+(?P<dir>earlier|later|forward|forwards|back|backward|backwards|up|down|ahead|left|right)"
            r"|(?P<dir2>earlier|later|forward|forwards|back|backward|backwards|up|down|ahead)\s+(?:by\s+)?(?P<n2>\d+|one)(?:\s+(?:spots?|places?|positions?|slots?))?)")
    zh_step = r"(?:往|向)\s*(?P<zdir>前|后)\s*(?:移|挪|调|放|排)(?:动)?\s*(?P<zn>\d+|一)?\s*(?:位|格|个位置|个|张)"
    for m in s.take(rf"\b(?:move|shift|bump|push|nudge)\s+(?P<r7>{item})\s+{step}{END}"
                    rf"|(?:把)?\s*(?P<r8>{REF}|{NAME})\s*{zh_step}"
                    # "这张往后挪一下" (一下 gone as filler): one place, of a picture said by a reference only ("配音往后挪2秒" is
                    # a moment; set BT bt061 was not understood, where 这张 is asked)
                    r"|(?:把)?\s*(?P<r9>" + REF + r"|这张|那张|它|这1张|那1张)\s*(?:往|向)\s*(?P<zdir2>前|后)\s*(?:移|挪|调|排)(?:动)?(?!\s*(?:\d|一|两|几|到|至|[a-z]))"):
        ref = m.group("r7") or m.group("r8") or m.group("r9")
        word = m.group("dir") or m.group("dir2") or m.group("zdir") or m.group("zdir2")
        count = m.group("n") or m.group("n2") or m.group("zn") or "1"
        n = int(count) if count.isdigit() else 1  # "one spot", "a place", "一位"
        later = word in ("later", "back", "backward", "backwards", "down", "right", "后")
        _add_move(s, m, ref=ref, dest=f"shift {n if later else -n}")
    # the place first, then the picture: "the last one should be the sneaker" (only the reverse was read; set BE be093),
    # "最后一张应该是球鞋"; the picture said with "the", a file or a reference, never a bare word ("should be shorter")
    nth = r"first|opening|last|final|second|third|fourth|fifth|sixth"
    for m in s.take(rf"\bthe\s+(?:very\s+)?(?P<pl>{nth})\s+(?:one|picture|photo|pic|image|shot|slide)\s+"
                    rf"(?:should|must|needs\s+to|has\s+to|ought\s+to|will|can)\s+be\s+"
                    rf"(?P<r>{REF}|[a-z0-9][a-z0-9_\-]*\.(?:jpe?g|png|webp|mp4|mov|webm)"
                    rf"|the\s+(?!(?:same|other|one|ones|longest|shortest|best|video|clip|music|title|end)\b)[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?)"
                    rf"(?:\s+(?:one|picture|photo|pic|image|shot))?{END}"
                    rf"|(?P<zpl>第一张|第1张|最后[一1]张|第[二三四五2-5]张)(?:图片|照片|图)?\s*(?:应该是|要是|得是)\s*(?P<zr>{REF}|{NAME}){END}"):
        word = m.group("pl") or m.group("zpl")
        ref = m.group("r") or m.group("zr")
        if word in ("first", "opening", "第一张", "第1张"):
            _add_move(s, m, ref=ref, dest="first")
        elif word in ("last", "final") or word.startswith("最后"):
            _add_move(s, m, ref=ref, dest="last")
        else:
            n = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}.get(word) or "零一二三四五".find(word[1]) \
                if not word[1].isdigit() else int(word[1])
            _add_move(s, m, ref=ref, dest=f"position {n}")
    # the place said with a passive verb: "the gold ring shown first because it's the hero product", "the ring photo moved
    # to the front" (sets BX bx107, bx115 moved nothing while the other half of the wish was done); a reason after it is why,
    # not part of the place. Never a text, a sound or an overlay ("the captions placed at the top"), nor the top or bottom
    # of the frame
    # (anchored: at a clause's start, after "and" or a wish, the picture a few words or a file; read anywhere with any
    # name before the verb, it took 140 ms of a 4000-character message)
    for m in s.take(r"(?:(?:^|(?<=[,;.!?:]))\s*(?:(?:and|also|then|plus)\s+)?|(?<=\band\s)"
                    r"|\b(?:i|we|they|user|client)(?:'d|\s+would)?\s+(?:really\s+)?(?:love|like|want|need|prefer)s?(?:\s+to\s+(?:see|have))?\s+)"
                    rf"(?P<r>{REF}|{_FILE_NAMED}|(?:(?:the|my|our|this|that)\s+)?[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*){{0,3}}?)"
                    r"\s+(?:(?:should|must|needs\s+to|has\s+to|to)\s+)?(?:be\s+|get\s+)?"
                    r"(?:shown|moved|put|placed|played|shifted|brought|positioned|displayed|slotted|bumped)\s+(?:(?:up|back|over|forward)\s+)?"
                    rf"(?P<pl>{place})(?=\s+(?:because|since|cause)\b|{END})",
                    when=lambda m: not _NOT_MOVED.search(m.group("r")) and not re.search(r"\b(?:top|bottom)\b", m.group("pl"))):
        where = parse_place(m.group("pl"))
        if where is not None:
            args = move_args(m.group("r"), where)
            _add_move(s, m, ref=args.ref, dest=args.dest, other=args.other, also=args.also)
    # "move the headphones to the middle", "把耳机那张放到中间": the middle place (with an odd number of pictures)
    for m in s.take(rf"\b(?:move|put|place|bring|shift|slot|drag|push|stick|send|bump)\s+(?P<r>{item})\s+(?:(?:up|down|back|over)\s+)?"
                    rf"(?:to|into|in|at)\s+the\s+(?:very\s+)?(?:middle|center|centre)(?:\s+(?:spot|position|slot|place)|\s+of\s+(?:the\s+)?"
                    rf"(?:video|timeline|slideshow|sequence|order|lineup|reel))?"
                    # ("in the middle, right after the backpack": the place said exactly; set AD ad020)
                    rf"(?:\s*,\s*(?P<pl9>(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:after|before)\s+{item}))?{END}"
                    rf"|\s*(?:把|将)?\s*(?P<r2>{REF}|{NAME})\s*(?:移到|放到|挪到|调到|放在|移至|移动到|排到|排在)\s*(?:最|正)?中间\s*(?:的位置|去|吧)?{END}"):
        exact = parse_place(m.group("pl9")) if m.group("pl9") else None
        if exact is not None:
            args = move_args(m.group("r"), exact)
            _add_move(s, m, ref=args.ref, dest=args.dest, other=args.other, also=args.also)
            continue
        _add_move(s, m, ref=m.group("r") or m.group("r2"), dest="middle")
    # "play the unboxing video before the other clip", "show the ring after the watch": the verb of what is seen, with a
    # place among the pictures and clips (set CE ce103 was not read); never a text, a sound or an overlay, nor a moment
    for m in s.take(rf"\b(?:play|show)\s+(?P<r>{item})\s+(?P<pl>(?:right\s+|just\s+|directly\s+|immediately\s+)?"
                    rf"(?:before|after|ahead\s+of|in\s+front\s+of|following)\s+{item}){END}",
                    when=lambda m: not _NOT_MOVED.search(m.group(0)) and not _MOMENT.search(m.group("pl"))):
        where = parse_place(m.group("pl"))
        if where is not None and where.at in ("before", "after"):
            _add_move(s, m, ref=m.group("r"), dest=where.at, other=where.anchor)
    for m in s.take(rf"\b(?:move|put|place|bring|shift|make|slot|drag|push|stick|send|bump)\s+(?P<r>{item})\s+(?:(?:up|down|back|forward|over)\s+)?{so}(?P<pl>{place}){END}"
                    rf"|\b(?P<se>start|begin|open|end|finish|close)\s+(?:the\s+(?:video|slideshow|promo)\s+|it\s+)?(?:with\s+(?P<r3>{item})"
                    # ("end on the watch picture instead of the clip": "on" before a picture said with its picture word;
                    # set BU bu090 was not understood; never "end on black")
                    r"|on\s+(?P<r3b>(?:the\s+)?[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*)?\s+(?:photo|picture|pic|image|shot)))"
                    # ("open with the clip instead of the sneaker": what it replaced in that place; sets AL al24, AH ah021)
                    rf"(?:\s+(?:instead\s+of|rather\s+than)\s+(?:the\s+)?[a-z0-9][a-z0-9\-\s]{{0,30}}?)?{END}"
                    rf"|(?P<r2>{item})\s+(?:should|must|needs\s+to|has\s+to|can|could|to)?\s*(?:comes?|goes|go|be|sits?|appears?|plays?)\s+"
                    rf"(?P<pl2>(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:after|before|behind|following|in\s+front\s+of|ahead\s+of|between)\s.+?|first|last|second|third|fourth|fifth){END}"
                    # ("…，并把它移到图片前面": 并 ("and") before 把 is the joint, no part of the name; set CH ch028)
                    rf"|\s*(?:(?:并且|并|同时|然后|再)\s*)?(?:把|将)?\s*(?P<r4>{REF}|{NAME})\s*(?:移到|放到|挪到|调到|放在|移至|移动到|排到|换到|排在|挪至|调至)\s*(?:最)?\s*(?P<pl4>{zh_place})\s*(?:去|吧)?"
                    # ("放在球鞋后面第二个", "放在第二个，第一张鞋子后面": the place said twice, both read; sets BT bt286, bt113)
                    rf"(?:\s*[，,]?\s*(?P<n4>第\s*\d+\s*(?:个|张|位)(?:\s*的?\s*位置)?)|\s*[，,]\s*(?P<pl4b>(?:在)?\s*(?:第\s*\d+\s*(?:张|个|段)(?:\s*[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?)?|[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)?)\s*"
                    rf"(?:那张|那段|的图片|的图|图片|照片|视频)?\s*(?:的)?\s*(?:后面|之后|后边|前面|之前|前边)))?{END}"
                    # "移到后面去": which picture is not said (asked)
                    rf"|^\s*(?:把\s*)?(?P<r6>它|这张|那张|这个|那个)?\s*(?:移到|放到|挪到|调到|移动到)\s*(?:最)?\s*(?P<pl6>{zh_place})\s*(?:去|吧)?{END}",
                    # (a name of nothing but spaces is none: "金戒指那张没用上，帮我放到最后" is the adding's place, set BH bh295)
                    # ("make it appear at 1 second": a moment, not the second place; set BO bo092 moved a picture)
                    # ("put the ring in after the watch": put in, the adding's rule reads it; it looked for "the ring in")
                    when=lambda m: not _ADDED_IN.search(m.group("r4") or "") and (m.group("r4") is None or bool(m.group("r4").strip()))
                    and not _PUT_IN.search(m.group("r") or "") and not _SHOWS_IN.search(m.group("r") or "")
                    and not ((m.group("pl") or "").startswith("second")
                             and re.search(r"\b(?:at|in|after)\s+\d+(?:\.\d+)?\s*$", m.group("r") or ""))):
        if m.group("r3") is not None or m.group("r3b") is not None:
            _add_move(s, m, ref=m.group("r3") or m.group("r3b"), dest="first" if m.group("se") in ("start", "begin", "open") else "last")
            continue
        ref = next((g for g in m.group("r", "r2", "r4", "r6") if g), "it")
        where = parse_place(next(g for g in m.group("pl", "pl2", "pl4", "pl6") if g))
        if where is None:
            continue
        check = None
        if m.group("n4"):
            check = int(re.sub(r"\D", "", m.group("n4")))
        elif m.group("pl4b"):
            other = parse_place(m.group("pl4b"))
            if other is None or where.at != "index":
                continue
            where, check = other, where.n
        if check is not None and where.at not in ("after", "before"):
            continue
        args = move_args(ref, where)
        _add_move(s, m, ref=args.ref, dest=args.dest, other=args.other, also=args.also, check=check)


S_MOVE: dict[str, tuple[Template, Template]] = {
    "move.quoted_text": (
        "'{text}' is both a picture's name and text on the video: name the picture without quotes "
        "(e.g. 'move the {text} picture'), or say 'add an end card saying …'.",
        "「{text}」既是图片的名字，也是视频上的文字：请不加引号说图片（例如「把{text}那张图片移到……」），或「加一张写着……的结尾卡片」。",
    ),
    "not_found_other": (
        "I can't tell which one '{text}' is: name it (e.g. 'before clip 1').",
        "不确定「{text}」是哪一个：请说出名字（例如「放到第1段视频前面」）。",
    ),
    "one_visual": (
        "'{text}' names several pictures and this edit takes one: say which.",
        "「{text}」指的是好几张图片，这项修改一次只能改一张：请说是哪一张。",
    ),
    "move.where": (
        "I don't know where '{dest}' is.",
        "不知道「{dest}」是哪个位置。",
    ),
    "move.same": (
        "That is the same picture.",
        "这是同一张图片。",
    ),
    "move.two_places": (
        "Moving {label} there puts it at position {pos}, not {n}: say which place you mean.",
        "把{label}放到那里是第 {pos} 个，不是第 {n} 个：请说是哪个位置。",
    ),
    "move.already": (
        "{label!c} is already there.",
        "{label}已经在那个位置了。",
    ),
    "move.many": (
        "Moved {labels} to positions {a}–{b}. Order now: {order}{more}.",
        "已把{labels}移到第 {a}–{b} 位。现在的顺序：{order}{more}。",
    ),
    "move.already_many": (
        "Those are already there.",
        "它们已经在那个位置了。",
    ),
    "move.done": (
        "Moved {label} to position {pos}. Order now: {order}{more}.",
        "已把{label}移到第 {pos} 位。现在的顺序：{order}{more}。",
    ),
}


S_REVERSE: dict[str, tuple[Template, Template]] = {
    "reverse.one": (
        "There is only one picture or clip: nothing to reverse.",
        "只有一张图片或一段视频，无法倒序。",
    ),
    "reverse.count": (
        "There are {count} pictures and clips, not {n}: say which to reverse, or 'reverse the order' for all.",
        "一共有 {count} 张图片和视频，不是 {n} 张：请说倒序哪几张，或说「倒序」倒转全部。",
    ),
    "reverse.done": (
        "Order reversed: {order}{more}.",
        "顺序已倒转：{order}{more}。",
    ),
}


S_SWAP: dict[str, tuple[Template, Template]] = {
    "swap.two": (
        "'{text}' is not two pictures: say which two to swap.",
        "「{text}」不是两张图片：请说交换哪两张。",
    ),
    "swap.same": (
        "Those are the same picture.",
        "这是同一张图片。",
    ),
    "swap.done": (
        "Swapped {a} and {b}. Order now: {order}{more}.",
        "已交换{a}和{b}。现在的顺序：{order}{more}。",
    ),
}


S_ORDER: dict[str, tuple[Template, Template]] = {
    "order.few": (
        "Name at least two pictures for a new order, e.g. 'new order: image 3, image 1, image 2'.",
        "新的顺序至少要列出两张图片，例如「顺序改为：第3张、第1张、第2张」。",
    ),
    "order.twice": (
        "'{text}' is named twice in the new order: say each picture once.",
        "「{text}」在新顺序里出现了两次：每张图片只说一次。",
    ),
    "order.done": (
        "New order: {order}{more}.",
        "新的顺序：{order}{more}。",
    ),
}


MOVE = register(Edit(
    kind="move",
    args=MoveArgs,
    apply=apply_move,
    calls=('move_segment', 'add_media'),
    sentences=S_MOVE,
    examples=('move the third image first', 'move image 1 to the end', '把第三张图片移到最前面'),
    topics=('order', 'visuals', 'captions'),
    doc=DocRow('move',
               'main track order',
               '顺序'),
    phrases=(Phrase(90, r_order, ('reverse', 'swap', 'move')),),
))


REVERSE = register(Edit(
    kind="reverse",
    args=ReverseArgs,
    apply=apply_reverse,
    calls=('reverse_order',),
    sentences=S_REVERSE,
    examples=('reverse the order', '倒序'),
    topics=('order',),
    doc=DocRow('reverse',
               'main track order',
               '顺序'),
))


SWAP = register(Edit(
    kind="swap",
    args=SwapArgs,
    apply=apply_swap,
    calls=('swap_segments',),
    sentences=S_SWAP,
    examples=('swap image 1 and 2', '交换第1张和第2张'),
    topics=('order',),
    doc=DocRow('swap',
               'main track order',
               '顺序'),
))


ORDER = register(Edit(
    kind="order",
    args=OrderArgs,
    apply=apply_order,
    calls=('reorder_segments', 'add_media'),
    sentences=S_ORDER,
    examples=('new order: image 3, image 1, image 2', 'put them in this order: the ring, the sneaker, the watch',
              '顺序改为：第3张、第1张、第2张'),
    topics=('order', 'visuals', 'captions'),  # (an upload named in the list is added: "order: ring, sneaker, …")
    doc=DocRow('order',
               'main track order: the pictures named first, in the order said; the rest keep theirs after them',
               '顺序'),
    phrases=(Phrase(89, r_order_list, ('order',)),),
))
