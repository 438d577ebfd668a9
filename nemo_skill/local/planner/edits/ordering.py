"""The order of pictures and clips: move one, swap two, reverse all."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..assets import find_media
from ..messages import msg
from ..parse import (
    END,
    NAME,
    Scan,
)
from ..refs import REF, describe, parse_ref
from ..registry import DocRow, Edit, Phrase, Template, register
from ..work import CannotApply, Work
from .items import AddArgs, apply_add
from .shared import find_visual, order_names, with_positional_transitions


def _dest_index(dest: str, n: int) -> int:
    if dest in ("first", "front", "start", "beginning", "top", "head", "begin"):
        return 0
    if dest in ("last", "end", "back", "bottom"):
        return n - 1
    num = re.search(r"\d+", dest)
    if num:
        return max(0, min(n - 1, int(num.group(0)) - 1))
    raise CannotApply(msg("move.where", dest=dest))


@dataclass(frozen=True)
class MoveArgs:
    ref: str
    dest: str
    other: str | None = None


def apply_move(work: Work, args: MoveArgs) -> None:
    ref, dest, other = args.ref, args.dest, args.other
    track = work.main()
    segs = track["sg"]
    try:
        k = find_visual(work, ref)
    except CannotApply:
        # "put lifestyle.jpg at the very beginning": an upload that is not on the timeline yet is added there
        media = find_media(work.order, ref, ("image", "video")) if "." in ref else None
        if media is None or other is not None or any(s.get("mid") == media.id for s in segs):
            raise
        apply_add(work, AddArgs(what=media.filename, first=_dest_index(dest, len(segs)) == 0))
        return
    seg = segs[k]
    label = describe(work.visual_segments(), k)
    if other is not None:
        j = find_visual(work, other)
        if j == k:
            raise CannotApply(msg("move.same"))
        rest = [s for s in segs if s is not seg]
        at = rest.index(segs[j]) + (1 if dest == "after" else 0)
    else:
        at = _dest_index(dest, len(segs))

    def reorder(lst: list[dict]) -> list[dict]:
        lst.remove(seg)
        lst.insert(at, seg)
        return lst

    if at == k and other is None:
        raise CannotApply(msg("move.already", label=label))
    track["sg"] = with_positional_transitions(work, segs, reorder)
    work.done(msg("move.done", label=label, pos=at + 1, **order_names(track["sg"])), "move_segment",
              segment=seg["id"], position=at + 1)


@dataclass(frozen=True)
class ReverseArgs:
    pass


def apply_reverse(work: Work, args: ReverseArgs) -> None:
    track = work.main()
    if len(track["sg"]) < 2:
        raise CannotApply(msg("reverse.one"))
    track["sg"] = with_positional_transitions(work, track["sg"], lambda lst: lst[::-1])
    work.done(msg("reverse.done", **order_names(track["sg"])), "reverse_order")


@dataclass(frozen=True)
class SwapArgs:
    a: str
    b: str


def apply_swap(work: Work, args: SwapArgs) -> None:
    a, b = args.a, args.b
    track = work.main()
    segs = track["sg"]
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


# --- phrase rules (read before the last clause-free words; order 90) --------------------

def r_order(s: Scan) -> None:
    item = rf"(?:{REF}|{NAME})"
    dest = (r"(?:to\s+|at\s+|in\s+|into\s+)?(?:the\s+)?(?:very\s+)?(?P<dest>first|front|start|beginning|top|head|begin|last|end|back|bottom|"
            r"(?:position|place|slot|spot)\s*\d+|\d+(?:st|nd|rd|th)\s*(?:position|place|slot|spot)?)(?![a-z])(?:\s+(?:one|position|place))?")
    for m in s.take(r"\breverse\s+(?:the\s+)?(?:order|sequence|images|photos|pictures|clips|slides|it|them|everything)"
                    r"|\bin\s+reverse\s+order|\breversed?\s+order|\bbackwards\b|\bflip\s+the\s+order"
                    r"|倒序|反转顺序|顺序反过来|顺序颠倒|颠倒顺序|反过来排|顺序倒过来|倒过来"):
        s.add("reverse", m)
    for m in s.take(rf"\b(?:swap|switch|exchange|flip)\s+(?P<a>{REF}|(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+))\s+(?:and|with|&)\s+(?P<b>{REF}|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|\d+)(?:\s+(?:ones?|images?|photos?|pictures?|clips?))?)"
                    # "swap the red sneaker with the silver headphones": pictures by name
                    rf"|\b(?:swap|switch|exchange)\s+(?P<a4>{NAME})\s+(?:and|with|&)\s+(?P<b4>{NAME}){END}"
                    rf"|(?:交换|调换|互换|对调)\s*(?P<a2>{REF})\s*(?:和|与|跟|、)\s*(?P<b2>{REF}|\d+)"
                    rf"|(?:把)?\s*(?P<a3>{REF})\s*(?:和|与|跟)\s*(?P<b3>{REF}|\d+)\s*(?:交换|调换|互换|对调)(?:位置|顺序)?"):
        a = m.group("a") or m.group("a2") or m.group("a3") or m.group("a4")
        b = m.group("b") or m.group("b2") or m.group("b3") or m.group("b4")
        s.add("swap", m, a=a, b=b)
    for m in s.take(rf"\b(?:move|put|place|bring|shift|make)\s+(?P<r>{item})\s+{dest}"
                    rf"|\b(?:move|put|place|shift)\s+(?P<r2>{item})\s+(?P<rel>before|after)\s+(?P<o>{item}){END}"
                    rf"|\b(?P<se>start|begin|open|end|finish|close)\s+(?:the\s+(?:video|slideshow|promo)\s+|it\s+)?with\s+(?P<r3>{item}){END}"
                    rf"|(?:把)?\s*(?P<r5>{REF}|{NAME})\s*(?:移到|放到|挪到|放在)\s*(?P<o2>{REF})\s*(?P<zrel>前面|之前|前|后面|之后|后)"
                    rf"|(?:把)?\s*(?P<r4>{REF}|{NAME})\s*(?:移到|放到|挪到|调到|放在|移至|移动到|排到|换到)\s*(?:最)?\s*(?P<zd>前面|开头|最前|第1个|第1张|第1位|第1|后面|最后|结尾|末尾|最后面|第\d+(?:个|张|位)?)"):
        if m.group("r") is not None:
            s.add("move", m, ref=m.group("r"), dest=m.group("dest"))
        elif m.group("r2") is not None:
            s.add("move", m, ref=m.group("r2"), dest=m.group("rel"), other=m.group("o"))
        elif m.group("r3") is not None:
            s.add("move", m, ref=m.group("r3"), dest="first" if m.group("se") in ("start", "begin", "open") else "last")
        elif m.group("r4") is not None:
            zd = m.group("zd")
            num = re.search(r"\d+", zd)
            dest = "last" if zd in ("后面", "最后", "结尾", "末尾", "最后面") else (f"position {num.group(0)}" if num else "first")
            s.add("move", m, ref=m.group("r4"), dest=dest)
        else:
            rel = "before" if m.group("zrel") in ("前面", "之前", "前") else "after"
            s.add("move", m, ref=m.group("r5"), dest=rel, other=m.group("o2"))


S_MOVE: dict[str, tuple[Template, Template]] = {
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
    "move.already": (
        "{label!c} is already there.",
        "{label}已经在那个位置了。",
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
    "reverse.done": (
        "Order reversed: {order}{more}.",
        "顺序已倒转：{order}{more}。",
    ),
}


S_SWAP: dict[str, tuple[Template, Template]] = {
    "swap.same": (
        "Those are the same picture.",
        "这是同一张图片。",
    ),
    "swap.done": (
        "Swapped {a} and {b}. Order now: {order}{more}.",
        "已交换{a}和{b}。现在的顺序：{order}{more}。",
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
