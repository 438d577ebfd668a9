"""How text looks and moves: colour, size, font, weight, alignment and place of the title, the captions
and the call to action (the end card's text), and their entrance and exit animations.

The words for colours, fonts and sizes live in ``nemo_skill.draft.styles`` (shared with the renderer);
the draft stores only their canonical values (``#rrggbb``, a ``FONTS`` key, a ``SIZES`` key).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ....draft.promo import DEFAULT_TITLE_ANIM
from ....draft.styles import (
    AWAY,
    COLOURS,
    DEFAULT_POS,
    FONTS,
    SIZE_ORDER,
    SIZES_ZH,
    away_from,
    parse_colour,
    parse_font,
    resize,
)
from ....draft.timeline import ROLE_CAPTION, ROLE_TITLE, TT_TEXT, is_card, main_segments
from .. import vocab
from ..anchors import compile_led, longest
from ..intents import Intent
from ..messages import Msg, colour_said, msg, sec
from ..parse import Scan
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import DUR, dur_ms
from ..work import Ambiguous, CannotApply, Work, tracks_by_role
from .captions import caption_of_picture, nth_caption, nth_in, nth_said
from .shared import MUCH

# --- what is styled --------------------------------------------------------------------------------------

TGT_EN = (r"(?:title(?:\s+text)?|headline|heading|captions?|subtitles?|call[\s-]to[\s-]action|cta|end\s+card|"
          r"outro(?:\s+card)?|closing\s+card|(?:all\s+(?:the\s+)?)?text)")
TGT_ZH = r"(?:标题和字幕|字幕和标题|大标题|标题|片名|字幕|结尾卡片|结尾文字|行动号召|所有的文字|所有文字|全部文字|文字)"
TGT = rf"(?:{TGT_EN}|{TGT_ZH})"


def target_of(word: str) -> str:
    w = word.strip()
    if re.search(r"标题和字幕|字幕和标题|title and (?:the )?captions|captions and (?:the )?title", w):
        return "all"  # both named: every text
    if re.search(r"caption|subtitle|字幕", w):
        return "captions"
    if re.search(r"title|head|标题|片名", w):
        return "title"
    if re.search(r"call|cta|card|outro|结尾|行动", w):
        return "cta"
    return "all"


def _segments(work: Work, target: str, nth: int | None = None, of: str | None = None) -> list[dict]:
    if of is not None and target == "captions":  # "image 2's caption": that picture's alone, never every caption
        return [caption_of_picture(work, of)]
    if nth is not None and target == "captions":  # "the last caption": that one alone, never every caption
        return [nth_caption(work, nth)]
    out: list[dict] = []
    if target in ("title", "all"):
        out += [s for t in tracks_by_role(work.draft, TT_TEXT, ROLE_TITLE) for s in t["sg"]]
    if target in ("captions", "all"):
        out += [s for t in tracks_by_role(work.draft, TT_TEXT, ROLE_CAPTION) for s in t["sg"]]
    if target in ("cta", "all"):
        out += [s for s in main_segments(work.draft) if is_card(s)]
    return out


def _what(work: Work, args: TextStyleArgs | TextAnimArgs) -> Msg:
    """The text an edit is said of: the title, the captions, or the one caption named by its place."""
    if (args.nth is not None or args.of is not None) and args.target == "captions":
        one = _segments(work, args.target, args.nth, args.of)[0]
        return msg("style.one_caption", text=msg("q", text=str(one.get("text", ""))))
    return msg("style.what", target=args.target)


def one_caption(s: Scan, start: int) -> None:
    """The text edits read by phrase rules from index ``start`` of the scan's intents on: a clause naming one caption
    by its place ("move the first caption to the top", "最后一条字幕放大") is about that caption, never every caption."""
    low = s.msg.low
    for k in range(start, len(s.intents)):
        it = s.intents[k]
        if getattr(it.args, "target", None) != "captions" or getattr(it.args, "nth", 0) is not None:
            continue
        at = s.at(it.pos)
        a = max(low.rfind(c, 0, at) for c in ";.!?。；！？\n") + 1
        ends = [e for e in (low.find(c, at) for c in ";.!?。；！？\n") if e >= 0]
        found = nth_in(low[a:min(ends) if ends else len(low)])
        if found is None:
            continue
        s.intents[k] = Intent(it.kind, it.pos, replace(it.args, nth=found[0]))
        # (its place is read: "the first" left would be a picture put first, set wave 15's "move the first caption…")
        b, e = a + found[1].start(), a + found[1].end()
        read = [j for j in range(len(s.text)) if b <= s.at(j) < e]
        if read:
            s.covered.append((read[0], read[-1] + 1))
            s.text = "".join(";" if b <= s.at(j) < e else c for j, c in enumerate(s.text))


def _of_picture(build: Any) -> Any:
    """A frame rule's builder for a look said of one picture's caption ("image 2's caption should be in serif", "make
    the caption on the watch photo red"): that caption's alone (the phrase rules read it as every caption's: a wrong
    edit)."""
    def built(f: Any, t: str) -> Any:
        ref = f.values.get("ref") or f.values.get("file")
        args = build(f, t) if t == "captions" and ref else None
        return None if args is None or args.target != "captions" else replace(args, of=str(ref))
    return built


def _one(build: Any) -> Any:
    """A frame rule's builder whose captions are the one caption the clause names by its place, if it names one."""
    def built(f: Any, t: str) -> Any:
        args = build(f, t)
        if args is None or t != "captions" or args.target != "captions":
            return args
        n = nth_said(f)
        return args if n is None else replace(args, nth=n)
    return built


# --- style -----------------------------------------------------------------------------------------------

SIZE_WORDS = {"tiny": "s", "small": "s", "medium": "m", "normal": "m", "large": "l", "big": "l",
              "extra large": "xl", "x-large": "xl", "xlarge": "xl", "xl": "xl", "huge": "xxl", "xxl": "xxl",
              "giant": "xxxl", "massive": "xxxl", "enormous": "xxxl", "xxxl": "xxxl", "s": "s", "m": "m", "l": "l",
              "小号": "s", "小": "s", "中号": "m", "中": "m", "大号": "l", "大": "l", "特大": "xxl", "超大": "xxxl",
              # the end of the scale ("字号最大", "the largest size": set AK ak268)
              "最大": "xxxl", "最大号": "xxxl", "最小": "s", "最小号": "s", "largest": "xxxl", "biggest": "xxxl",
              "maximum": "xxxl", "max": "xxxl", "smallest": "s", "minimum": "s", "min": "s"}
SIZE_DEFAULT = {"title": "xl", "captions": "m"}


@dataclass(frozen=True)
class TextStyleArgs:
    target: str  # title, captions, cta (the end card's text) or all
    color: str | None = None  # the colour word as said ("orange", "黄色", "#ff5a1f")
    size: str | None = None  # a SIZES key
    step: int = 0  # larger (+) or smaller (-) by this many sizes
    font: str | None = None  # the font word as said ("classic serif", "手写体")
    bold: bool | None = None
    align: str | None = None
    pos: str | None = None
    nudge: int = 0  # one place up (+) or down (-) from where the text is ("move the captions up a little")
    small: bool = False  # "a little", "一点": only a step the draft's places make small (``_SMALL``), else it asks
    nth: int | None = None  # "make the last caption red", "第1条字幕放大": that caption (in time order) only
    of: str | None = None  # "image 2's caption should be in serif": the caption of the picture this names, only
    # "…, tone it down": a size step said only with "it", after the text's size was said (``after`` joins it); alone it is
    # no edit (``apply_text_style`` says so)
    echo: bool = False
    # "put the words at the top": a place for "the words", not said to be all of them; with a title and captions on screen
    # (two texts in one place collide) which is asked, with one kind of text it is that text (set CG cg100)
    vague: bool = False

    def after(self, before: object) -> TextStyleArgs | None:
        """A size step of the same text, the same way, said right after another ("title's way too big, make it smaller",
        "…, tone it down") is the same wish said again: one step, as the later words say (set BV bv129 made the title two
        sizes smaller, then one more). Said after a step with other looks ("make the title bigger and white, it's too
        small"), those looks and the one step (it went two sizes up)."""
        if not isinstance(before, TextStyleArgs) or not _step_only(self) or not before.step \
                or before.target != self.target or (before.nth, before.of) != (self.nth, self.of) \
                or (before.step > 0) != (self.step > 0):
            return None
        return replace(self, echo=False) if _step_only(before) else replace(before, echo=False)


def _step_only(a: TextStyleArgs) -> bool:
    return bool(a.step) and not (a.color or a.size or a.font or a.bold is not None or a.align or a.pos or a.nudge)


# one place up from each position (down is the reverse); the top row stays where it is
_UP = {"bottom": "lower_third", "lower_third": "center", "center": "top", "bottom_left": "left", "left": "top_left",
       "bottom_right": "right", "right": "top_right"}
_DOWN = {v: k for k, v in _UP.items()}


def _default_pos(target: str) -> str:
    """Where the title or the captions are with no place of their own."""
    return DEFAULT_POS[ROLE_TITLE if target == "title" else ROLE_CAPTION]


def _known_colours() -> list[str]:
    return [c for c in COLOURS if c.isascii() and " " not in c][:12]


def _small_step(work: Work, segs: list[dict], args: TextStyleArgs) -> None:
    """A nudge said to be small ("up a little", "往上移一点") is one place (never a jump to the top, as 往上 once read);
    at the last place there is none: nothing moves and the reply says so."""
    for seg in segs:
        if is_card(seg):
            continue
        now = str((seg.get("style") or {}).get("pos") or _default_pos(args.target))
        nxt = (_UP if args.nudge > 0 else _DOWN).get(now, now)
        if now == nxt:  # (one place up from the lower third is the middle: set K cap06 wants that, not a question)
            raise CannotApply(msg("style.nudge_far", what=_what(work, args), now=msg("pos", pos=now),
                                  next=msg("pos", pos=nxt), target=args.target, pos=nxt, up=args.nudge > 0,
                                  same=now == nxt))


def _which_place(work: Work, args: TextStyleArgs) -> None:
    """A place said of "the words" (``TextStyleArgs.vague``) with a title and captions on screen: which is asked."""
    if not args.vague or args.pos is None or args.pos == AWAY:
        return
    kinds = [k for k, role in (("title", ROLE_TITLE), ("captions", ROLE_CAPTION))
             if any(t["sg"] for t in tracks_by_role(work.draft, TT_TEXT, role))]
    if len(kinds) > 1:
        raise Ambiguous([msg("style.which_place", target=k, pos=msg("pos", pos=args.pos)) for k in kinds])


def apply_text_style(work: Work, args: TextStyleArgs) -> None:
    if args.echo:  # "tone it down" with no size of that text said before: which change is a guess
        raise CannotApply(msg("style.echo", up=args.step > 0))
    hexed = None
    if args.color is not None:
        hexed = parse_colour(args.color)
        if hexed is None:
            raise CannotApply(msg("style.unknown_colour", word=args.color, known=_known_colours()))
    font = None
    if args.font is not None:
        font = parse_font(args.font)
        if font is None:
            raise CannotApply(msg("style.unknown_font", word=args.font, fonts=list(FONTS)))
    segs = _segments(work, args.target, args.nth, args.of)
    _which_place(work, args)
    if args.nudge:
        segs = [g for g in segs if not is_card(g)]
    if not segs:
        raise CannotApply(msg("style.no_text", what=_what(work, args)))
    texts = [s for s in segs if not is_card(s)]
    role_size = SIZE_DEFAULT["title" if args.target == "title" else "captions"]
    sizes = {(s.get("style") or {}).get("size", role_size) for s in texts}
    if args.step and not args.size and texts and all(resize(z if z in SIZE_ORDER else role_size, args.step) == z
                                                      for z in sizes):
        # "bigger" at the largest size: say so instead of "nothing changed"
        raise CannotApply(msg("style.size_limit", what=_what(work, args),
                              size=SIZE_ORDER[-1] if args.step > 0 else SIZE_ORDER[0],
                              limit=msg("style.limit", up=args.step > 0)))
    if args.nudge and args.small:
        _small_step(work, segs, args)
    parts: list[Msg] = []
    for seg in segs:
        card = is_card(seg)
        style = seg if card else seg.setdefault("style", {})
        if hexed is not None:
            style["color"] = hexed
        if font is not None:
            style["font"] = font
        if card:
            continue
        if args.size is not None or args.step:
            role_size = SIZE_DEFAULT["title" if args.target == "title" else "captions"]
            now = style.get("size", role_size)
            style["size"] = args.size if args.size is not None else resize(now if now in SIZE_ORDER else role_size,
                                                                           args.step)
        if args.bold is not None:
            style["bold"] = args.bold
        if args.align is not None:
            style["align"] = args.align
        now = str(style.get("pos") or _default_pos(args.target))
        if args.pos == AWAY:  # ("move the captions out of the way": from where each is)
            style["pos"] = away_from(now)
        elif args.pos is not None:
            style["pos"] = args.pos
        if args.nudge:
            now = str(style.get("pos") or now)
            style["pos"] = (_UP if args.nudge > 0 else _DOWN).get(now, now)
    texts = [s for s in segs if not is_card(s)]
    if hexed is not None:
        parts.append(colour_said("style.color", args.color or hexed, hexed))
    if font is not None:
        parts.append(msg("style.font", font=font))
    now_sizes = list(dict.fromkeys(str(s["style"]["size"]) for s in texts))
    if texts and (args.size is not None or args.step) and len(now_sizes) > 1:
        # the title and the captions had different sizes: each is one size larger, not all the title's size
        parts.append(msg("style.sizes", up=args.step > 0, sizes=", ".join(now_sizes)))
    elif texts and (args.size is not None or args.step):
        parts.append(msg("style.size", size=texts[0]["style"]["size"]))
    if texts and args.bold is not None:
        parts.append(msg("style.bold" if args.bold else "style.regular"))
    if texts and args.align is not None:
        parts.append(msg("style.align", align=msg("pos", pos=args.align)))
    if texts and args.pos is not None and args.pos != AWAY:
        parts.append(msg("style.pos", pos=msg("pos", pos=args.pos)))
    if texts and (args.nudge or args.pos == AWAY):
        places = list(dict.fromkeys(str(t["style"]["pos"]) for t in texts))
        if len(places) == 1:
            parts.append(msg("style.pos", pos=msg("pos", pos=places[0])))
        else:
            parts.append(msg("style.nudged", up=args.nudge > 0))
    if not parts:
        raise CannotApply(msg("style.card_only"))
    work.done(msg("style.set", what=_what(work, args), parts=parts), "set_text_style",
              target=args.target, color=hexed, font=font, size=args.size, step=args.step, bold=args.bold,
              align=args.align, pos=texts[0]["style"]["pos"] if texts and args.pos == AWAY else args.pos)


_COLOUR_NAMES = "|".join(re.escape(c) for c in sorted(COLOURS, key=longest))
COLOUR = rf"(?P<c>#[0-9a-f]{{6}}(?![0-9a-z])|#[0-9a-f]{{3}}(?![0-9a-z])|(?:{_COLOUR_NAMES})(?![a-z]))"
_FONT_WORDS = sorted({w for k, f in FONTS.items() for w in (k, *f.words) if w != "标题字体"}, key=longest)
# (a font word said of a style is the preset's: "改成 elegant 风格", set AH ah247 made the text serif)
FONT = "(?P<f>" + "|".join(re.escape(w) for w in _FONT_WORDS) + r")(?![a-z])(?!\s*的?\s*(?:风格|样式|预设|style|look|vibe|preset|template|模板))"  # (预设: set AW aw251)
# a font's own name, never a look that is also a style ("elegant", "clean") or a verb ("display" alone: "make the title
# display longer")
FONT_NAME = (r"(?P<f>playfair\s+display|playfairdisplay|playfair|didone|handwriting|handwritten|cursive|script|sans[\s-]serif"
             r"|sans|serif|cjk|display(?=\s+(?:font|typeface)))(?![a-z])")
# (the scale's own letters too, "the caption size to l": set AW aw175 gave the captions the title's xxl)
SIZE_EN = r"(?P<n>tiny|small|medium|normal|large|big|extra\s+large|x-?large|huge|giant|massive|enormous|xxxl|xxl|xl|[lms](?![a-z0-9'’]))"
BIGGER = r"(?P<dir>bigger|larger|smaller|tinier|放大|加大|大一点|大一些|大点|调大|更大|缩小|小一点|小一些|小点|调小|更小)"
MORE = r"(?P<more>much\s+|a\s+lot\s+|way\s+|even\s+|a\s+(?:little\s+)?bit\s+|(?:a\s+)?little\s+|slightly\s+|再\s*)?"


_TEXT_NAMED = compile_led(rf"(?<![a-z]){TGT_EN}(?![a-z])|{TGT_ZH}")


def _text_before(s: Scan, k: int) -> str | None:
    """The text named last before offset ``k`` of the scan's text (title, captions, cta or all), None when none is."""
    named = list(_TEXT_NAMED.finditer(s.msg.low, 0, s.at(k)))
    return target_of(named[-1].group(0)) if named else None


# a second text named after the first, for one font: "use the Chinese font for both the title and the captions" (the font
# was read for all the text and "for both the title and the captions" left over: the message was refused, set CY cy224)
_AND_TEXT = rf"(?:\s+(?:and|&)\s+(?:the\s+)?(?P<{{}}>{TGT_EN}))?"


def r_text_style(s: Scan) -> None:
    start = len(s.intents)
    _text_style_rules(s)
    one_caption(s, start)


def _text_style_rules(s: Scan) -> None:
    # colour
    for m in s.take(rf"\b(?:turn|make|change|set|colou?r|paint|switch)\s+(?:the\s+)?(?P<t>{TGT_EN})(?:'s)?\s+(?:text\s+)?"
                    rf"(?:colou?r\s+)?(?:to\s+|into\s+|in\s+)?{COLOUR}"
                    rf"|\b(?P<t2>{TGT_EN})(?:'s)?\s+(?:text\s+)?colou?r\s*(?:to|:|=|is|should\s+be|in)?\s*{COLOUR.replace('?P<c>', '?P<c2>')}"
                    rf"|(?:把\s*)?(?P<t3>{TGT_ZH})\s*的?\s*(?:文字|字)?\s*(?:颜色)?\s*(?:都|全部|全都)?\s*(?:换成|改成|改为|变成|设为|设成|用|调成|弄成|是)\s*"
                    rf"{COLOUR.replace('?P<c>', '?P<c3>')}(?=\s*(?:$|[;,.!?，。；！？]|的|颜色|色|并|然后|和|加粗))"):
        s.add("text_style", m, target=target_of(m.group("t") or m.group("t2") or m.group("t3")),
              color=m.group("c") or m.group("c2") or m.group("c3"))
    for m in s.take(rf"\b(?:an?|use\s+an?|with\s+an?|want\s+an?)\s+{COLOUR}\s+(?P<t>{TGT_EN})\b"
                    rf"|\b(?P<t2>{TGT_EN})\s+in\s+{COLOUR.replace('?P<c>', '?P<c2>')}"
                    rf"|{COLOUR.replace('?P<c>', '?P<c3>')}\s*的?\s*(?P<t3>{TGT_ZH})"
                    rf"|^\s*{COLOUR.replace('?P<c>', '?P<c4>')}\s+(?P<t4>{TGT_EN})\s*(?:please)?\s*$"
                    # "gold captions and a gold title" (set AF af213 read the title's alone)
                    rf"|^\s*{COLOUR.replace('?P<c>', '?P<c5>')}\s+(?P<t5>{TGT_EN})\b(?=\s+and\s+(?:an?\s+|the\s+)?(?:#[0-9a-f]{{3,6}}|[a-z]+)\s+{TGT_EN}\b)"):
        s.add("text_style", m, target=target_of(next(g for g in m.group("t", "t2", "t3", "t4", "t5") if g)),
              color=next(g for g in m.group("c", "c2", "c3", "c4", "c5") if g))
    for m in s.take(rf"\b(?P<t>{TGT_EN})(?:'s)?\s+(?:text\s+)?colou?r\s*(?:to|:|=|is|should\s+be)?\s*(?P<u>[a-z#][a-z0-9]*)"
                    rf"|(?P<t2>{TGT_ZH})\s*的?\s*颜色\s*(?:换成|改成|改为|变成|设为|用)\s*(?P<u2>[\u4e00-\u9fff]{{1,4}}|[a-z#][a-z0-9]*)"):
        s.add("text_style", m, target=target_of(m.group("t") or m.group("t2")), color=m.group("u") or m.group("u2"))
    # size
    for m in s.take(rf"\b(?:make|set|change|turn|have)?\s*(?:the\s+)?(?P<t>{TGT_EN})(?:'s)?\s+(?:text\s+|font\s+)?"
                    rf"(?:size\s+)?(?:a\s+)?{MORE}{BIGGER}"
                    rf"|\b{MORE.replace('?P<more>', '?P<m2>')}(?P<d2>bigger|larger|smaller)\s+(?P<t2>{TGT_EN})"
                    rf"|(?:把\s*)?(?P<t3>{TGT_ZH})\s*的?\s*(?:文字|字号|字体|字)?\s*{MORE.replace('?P<more>', '?P<m3>')}"
                    rf"{BIGGER.replace('?P<dir>', '?P<d3>')}"):
        t = m.group("t") or m.group("t2") or m.group("t3")
        d = m.group("dir") or m.group("d2") or m.group("d3")
        more = m.group("more") or m.group("m2") or m.group("m3") or ""
        s.add("text_style", m, target=target_of(t), step=size_step(more, d))
    for m in s.take(rf"\b(?:increase|enlarge|grow|decrease|reduce|shrink)\s+(?:the\s+)?(?P<t>{TGT_EN})(?:'s)?\s*(?:text\s+|font\s+)?(?:size)?"):
        s.add("text_style", m, target=target_of(m.group("t")), step=1 if re.match(r"\s*(?:increase|enlarge|grow)", m.group(0)) else -1)
    for m in s.take(rf"\b(?P<t>{TGT_EN})(?:'s)?\s+(?:text\s+|font\s+)?size\s*(?:to|:|=|of)?\s*{SIZE_EN}"
                    rf"|\b(?:make|set)\s+(?:the\s+)?(?P<t2>{TGT_EN})\s+(?:text\s+)?{SIZE_EN.replace('?P<n>', '?P<n2>')}(?![a-z])"
                    rf"|\b(?:an?|use\s+an?)\s+{SIZE_EN.replace('?P<n>', '?P<n3>')}\s+(?P<t3>{TGT_EN})"
                    rf"|(?P<t4>{TGT_ZH})\s*(?:字号|大小|字体大小)\s*(?:改成|设为|换成|调成|用)?\s*(?P<n4>特大|超大|大号|中号|小号|大|中|小)"):
        n = " ".join((m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")).split())
        s.add("text_style", m, target=target_of(m.group("t") or m.group("t2") or m.group("t3") or m.group("t4")),
              size=SIZE_WORDS.get(n, SIZE_WORDS.get(n.replace("-", ""), "l")))
    # font
    # "Title: 'Back to School'; font: handwriting", "captions in white; serif font": a font said alone in its clause, of the
    # text named last before it (set AU au231 dropped it without a word); not when no text was named
    for m in s.take(rf"(?:^|(?<=[;,.]))\s*(?:and\s+|also\s+)?(?:(?:font|typeface)\s*(?:[:：=]|to|in)?\s*(?:an?\s+)?{FONT_NAME}"
                    rf"|(?:(?:use|in|with)\s+)?(?:an?\s+|the\s+)?{FONT_NAME.replace('?P<f>', '?P<f2>')}\s+(?:font|typeface))"
                    rf"\s*(?:please\s*)?(?=$|[;,.!?])", when=lambda m: _text_before(s, m.start()) is not None):
        s.add("text_style", m, target=str(_text_before(s, m.start())), font=m.group("f") or m.group("f2"))
    for m in s.take(rf"\b(?P<t>{TGT_EN})(?:'s)?\s+(?:font|typeface)\s*(?:to|:|=|in)?\s*(?:an?\s+)?{FONT}(?:\s+(?:font|typeface|one))?"
                    # (wished as "I'd love a …", set GK gk041's kind)
                    rf"|\b(?:use|set|change|switch|make|pick|choose|want|try|love|like|prefer)\s+(?:to\s+)?(?:an?\s+|the\s+|our\s+)?(?:nice\s+|more\s+|different\s+)?{FONT.replace('?P<f>', '?P<f2>')}\s+(?:font|typeface|type|lettering)"
                    rf"(?:\s+(?:for|on)\s+(?:both\s+)?(?:the\s+)?(?P<t2>{TGT_EN}){_AND_TEXT.format('a2')})?"
                    # ("can the title be in a handwritten font", set AC ac078, AE ae114)
                    rf"|\b(?P<t3>{TGT_EN})\s+(?:(?:should|could|can|to|will|would|must)\s+)?(?:be\s+)?(?:written\s+|set\s+|done\s+)?"
                    rf"in\s+(?:an?\s+)?{FONT.replace('?P<f>', '?P<f3>')}(?:\s+(?:font|typeface))?"
                    rf"|(?:(?P<t4>{TGT_ZH})\s*的?\s*)?字体\s*(?:换成|改成|改为|用|设为|设置为|设置成|设成|调成|换为|变成)\s*{FONT.replace('?P<f>', '?P<f4>')}(?:字体)?"
                    # ("标题改用中文字体": the title's, never all text; set BK bk278 gave the captions the font too)
                    rf"|(?:(?P<t5>{TGT_ZH})\s*)?(?:改用|换用|用|换成|改成)\s*{FONT.replace('?P<f>', '?P<f5>')}\s*(?:字体)?"
                    # a font by its name for a text ("use Playfair Display for the title", set AC ac088, AE ae042)
                    rf"|\b(?:use|set|try|pick|choose|go\s+with)\s+(?:the\s+|an?\s+)?{FONT_NAME.replace('?P<f>', '?P<f6>')}(?:\s+(?:font|typeface))?"
                    rf"\s+(?:for|on)\s+(?:both\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?P<t6>{TGT_EN}){_AND_TEXT.format('a6')}(?:'s)?(?:\s+(?:font|typeface|text|lettering))?"
                    # "make all the text serif" (set AC ac108); "captions serif too" after another text's font (AE ae197)
                    rf"|\b(?:make|turn|set|change|switch)\s+(?:the\s+)?(?P<t7>{TGT_EN})\s+(?:all\s+)?(?:to\s+|into\s+)?(?:an?\s+)?"
                    rf"{FONT_NAME.replace('?P<f>', '?P<f7>')}(?:\s+(?:font|typeface))?(?![\s-]*(?:for|longer|shorter|until|from|at)\b)"
                    rf"|\b(?P<t8>{TGT_EN})\s+(?:in\s+)?{FONT_NAME.replace('?P<f>', '?P<f8>')}(?:\s+(?:font|typeface))?\s+(?:too|as\s+well|also)\b"
                    # "give the title an elegant font"
                    rf"|\bgive\s+(?:the\s+)?(?P<t9>{TGT_EN})\s+(?:an?\s+)?{FONT.replace('?P<f>', '?P<f9>')}\s+(?:font|typeface|lettering)"):
        t = next((g for g in m.group("t", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9") if g), "")
        f = next(g for g in m.group("f", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9") if g)
        other = m.group("a2") or m.group("a6")
        both = other is not None and target_of(other) != target_of(t)  # two texts named: every text, as "title and captions"
        s.add("text_style", m, target="all" if both or not t else target_of(t), font=f)
    for m in s.take(rf"\b(?P<t>{TGT_EN})(?:'s)?\s+font\s*(?:to|:|=)\s*(?P<u>[a-z][a-z\-]{{1,20}})"
                    # (not "use another font": no font named, which is asked; set BD bd294 answered "There is no font 'different'")
                    r"|\b(?:use|switch\s+to|change\s+(?:the\s+)?font\s+to)\s+(?:an?\s+|the\s+)?(?!another\s)(?P<u2>[a-z][a-z\- ]{1,24}?)\s+(?:font|typeface)"
                    r"|字体\s*(?:换成|改成|改为|用|设为)\s*(?P<u3>[a-z][a-z\-]{1,20}|[\u4e00-\u9fff]{1,4}?)(?:字体)?(?=$|[;,.!?，。；！？\s])"):
        t = m.groupdict().get("t") or ""
        s.add("text_style", m, target=target_of(t) if t else "all", font=m.group("u") or m.group("u2") or m.group("u3"))
    # weight
    for m in s.take(rf"\b(?:make\s+)?(?:the\s+)?(?P<t>{TGT_EN})\s+(?:text\s+)?(?P<b>bold|bolder|not\s+bold|regular\s+weight|regular|normal\s+weight|thin|lighter)\b"
                    rf"|\b(?P<b2>bold|unbold)\s+(?:the\s+)?(?P<t2>{TGT_EN})"
                    rf"|(?P<t3>{TGT_ZH})\s*(?:文字|字)?\s*(?P<b3>取消加粗|不要加粗|不加粗|加粗|粗体|变粗|细一点|常规字重)"):
        b = m.group("b") or m.group("b2") or m.group("b3")
        on = bool(re.fullmatch(r"bold|bolder|加粗|粗体|变粗", b))
        s.add("text_style", m, target=target_of(m.group("t") or m.group("t2") or m.group("t3")), bold=on)
    # alignment
    aligns = {"left": "left", "right": "right", "center": "center", "centre": "center", "左": "left", "右": "right",
              "居中": "center", "中": "center"}
    for m in s.take(rf"\b(?P<a>left|right|center|centre)[\s-]align(?:ed)?\s+(?:the\s+)?(?P<t>{TGT_EN})"
                    rf"|\balign\s+(?:the\s+)?(?P<t2>{TGT_EN})\s+(?:to\s+the\s+)?(?P<a2>left|right|center|centre)"
                    rf"|\b(?P<t3>{TGT_EN})\s+(?:text\s+)?(?P<a3>left|right|center|centre)[\s-]aligned"
                    # ("title aligned left", "set the captions' alignment to the right": the side after the word; set CD
                    # cd068 was not read)
                    rf"|\b(?P<t5>{TGT_EN})(?:'s?)?\s+(?:text\s+)?(?:(?:should|must|can|could|to)\s+be\s+|is\s+|are\s+)?"
                    rf"(?:aligned|alignment)\s*(?:to|:|=|set\s+to|should\s+be|is)?\s*(?:the\s+)?(?P<a5>left|right|center|centre)\b"
                    r"(?![\s-]*(?:corner|side\s+of|edge|third|bottom|top))"
                    # ("标题居左对齐", "字幕靠右对齐": set AV av135 was not understood)
                    # ("将标题设置为左对齐", "标题对齐方式改成右对齐": a verb before it; set BL bl049 made the title "左对齐")
                    rf"|(?P<t4>{TGT_ZH})\s*(?:的)?\s*(?:文字)?\s*(?:的?对齐方式)?\s*(?:设置为|设置成|设为|设成|改为|改成|换成|调成|调为|变成|改用|用)?"
                    r"\s*(?:居|靠|向)?\s*(?P<a4>左|右|居中|中)\s*(?:边|侧)?\s*对齐"):
        a = m.group("a") or m.group("a2") or m.group("a3") or m.group("a4") or m.group("a5")
        s.add("text_style", m, target=target_of(m.group("t") or m.group("t2") or m.group("t3") or m.group("t4")
                                                or m.group("t5")), align=aligns[a])
    # an alignment said alone in its clause, of the text named last before it ("标题用Playfair字体，居中对齐": set BC bc157
    # left it unread); not when no text was named. "…and make it left aligned" is the same, said of it (set BU bu142 left
    # the alignment unread); "…at the bottom of the screen and left-align it" too (dev sets EH eh054, EK ek069)
    for m in s.take(r"(?:^|(?<=[;,.])|(?<=\s)(?=and\s))\s*(?:and\s+|also\s+|并且|并|再|然后|也)?\s*"
                    r"(?:(?:居|靠|向)?(?P<a>左|右|居中)(?:边|侧)?对齐"
                    r"|(?:(?:make|keep|have|set)\s+(?:it|them)\s+)?(?P<a2>left|right|center|centre)[\s-]align(?:ed)?(?:\s+(?:it|them))?"
                    r"|align(?:ed)?\s+(?:it\s+|them\s+)?(?:to\s+the\s+)?(?P<a3>left|right|center|centre))"
                    r"\s*(?:please\s*)?(?=$|[;,.!?])", when=lambda m: _text_before(s, m.start()) is not None):
        a = m.group("a") or m.group("a2") or m.group("a3")
        s.add("text_style", m, target=str(_text_before(s, m.start())), align=aligns[a])
    # a place relative to where the text is: "move the captions up a little", "captions slightly higher", "字幕往上移一点"
    for m in s.take(rf"\b(?:move|shift|nudge|push|bump|raise|lift|put|bring)\s+(?:the\s+)?(?P<t>{TGT_EN})\s+(?P<d>up|down|higher|lower)\b"
                    rf"(?:\s+(?:a\s+(?:little|bit|tad|touch|notch)(?:\s+(?:bit|more))?|slightly|somewhat|a\s+little\s+bit))?"
                    rf"|\b(?:the\s+)?(?P<t2>{TGT_EN})\s+(?:(?:a\s+(?:little|bit|tad)(?:\s+bit)?|slightly|somewhat)\s+)?(?P<d2>higher|lower)\b(?!\s+than)"
                    rf"|(?:把\s*)?(?P<t3>{TGT_ZH})\s*(?:的位置)?\s*(?:再)?\s*(?:稍微|稍稍|略微)?\s*(?:往|向)?\s*(?P<d3>上|下)\s*(?:移|挪|提|放|调)(?:动)?\s*(?:一点点|一点|一些|一下|点)?"):
        d = m.group("d") or m.group("d2") or m.group("d3")
        small = bool(re.search(r"\b(?:little|bit|tad|touch|notch|slightly|somewhat)\b|一点|一些|点|一下|稍微|稍稍|略", m.group(0)))
        s.add("text_style", m, target=target_of(m.group("t") or m.group("t2") or m.group("t3")),
              nudge=1 if d in ("up", "higher", "上") else -1, small=small)
    # a second look joined to one just read ("make the title red and bigger", "标题改成红色并且大一点"):
    # it goes to the same text; read apart, "and bigger" would be dropped without a word
    def joined(m: re.Match) -> bool:
        return any(i.kind == "text_style" and i.pos < m.start() for i in s.intents)

    # ("Use the display font for the title and make it xxxl": a size named, after "make it"; set BK bk106 left it undone)
    for m in s.take(rf"(?<=;)\s*(?:and|&|,|并且|并|和|然后|再|，)\s*(?:make\s+it\s+|it\s+|also\s+)?"
                    rf"(?:{MORE}{BIGGER}|(?P<b>bolder|bold|加粗)|{COLOUR}"
                    rf"|(?:(?:also\s+)?(?:make|set)\s+it\s+(?:(?:to\s+)?size\s+)?|(?:its\s+)?size\s+(?:to\s+)?){SIZE_EN})(?![a-z])",
                    when=joined):
        target = [i for i in s.intents if i.kind == "text_style" and i.pos < m.start()][-1].args.target
        if m.group("n"):
            n = " ".join(m.group("n").split())
            s.add("text_style", m, target=target, size=SIZE_WORDS.get(n, SIZE_WORDS.get(n.replace("-", ""), "l")))
        elif m.group("dir"):
            s.add("text_style", m, target=target, step=size_step(m.group("more") or "", m.group("dir")))
        elif m.group("b"):
            s.add("text_style", m, target=target, bold=True)
        else:
            s.add("text_style", m, target=target, color=m.group("c"))


S_STYLE: dict[str, tuple[Template, Template]] = {
    "style.set": ("{what!c} now: {parts}.", "{what}已改为：{parts}。"),
    "style.one_caption": ("the caption {text}", "字幕{text}"),
    "style.which_place": (lambda target, pos: f"'move the {'title' if target == 'title' else 'captions'} to the {pos}'",
                          lambda target, pos: f"「把{'标题' if target == 'title' else '字幕'}移到{pos}」"),
    "style.what": (lambda target: {"title": "the title", "captions": "the captions", "cta": "the call to action",
                                   "all": "the text"}[target],
                   lambda target: {"title": "标题", "captions": "字幕", "cta": "结尾卡片文字", "all": "文字"}[target]),
    "style.color": ("colour {word} ({hex})", "颜色{word}（{hex}）"),
    "style.color_code": ("colour {hex}", "颜色{hex}"),
    "style.font": (lambda font: f"font {font}",
                   lambda font: "字体" + (FONTS[str(font)].zh if str(font) in FONTS else str(font))),
    "style.size": (lambda size: f"size {size}", lambda size: "字号" + SIZES_ZH.get(str(size), str(size))),
    "style.bold": ("bold", "加粗"),
    "style.regular": ("regular weight", "常规字重"),
    "style.align": ("aligned {align}", "{align}对齐"),
    "style.pos": ("at the {pos}", "位于{pos}"),
    "style.nudged": (lambda up: "one place " + ("higher" if up else "lower"), lambda up: "上移一档" if up else "下移一档"),
    "style.unknown_colour": ("I don't know the colour '{word}': use a colour name ({known}, …) or a hex value like #FF5A1F.",
                             "不认识颜色「{word}」：请用颜色名（{known}等）或十六进制值，例如 #FF5A1F。"),
    "style.unknown_font": ("There is no font '{word}': the fonts are {fonts}.",
                           "没有字体「{word}」：可用的字体有 {fonts}。"),
    "style.sizes": (lambda up, sizes: f"one size {'larger' if up else 'smaller'} each (now {sizes})",
                    lambda up, sizes: f"字号各{'调大' if up else '调小'}一档（现在为 {sizes}）"),
    # ("{what}" carries its article: "There is no the call to action to style yet" was said)
    "style.no_text": ("Nothing to style yet: {what} is not in the video.", "还没有可以设置样式的{what}。"),
    "style.size_limit": ("{what!c} is already the {limit} size ({size}).", "{what}已经是{limit}字号（{size}）了。"),
    "style.limit": (lambda up: "largest" if up else "smallest", lambda up: "最大" if up else "最小"),
    "style.nudge_far": (
        lambda what, now, next, target, pos, up, same: (
            f"{str(what)[0].upper() + str(what)[1:]} {'are' if target == 'captions' else 'is'} at the {now}" + (
                f", as far {'up' if up else 'down'} as text goes. Nothing changed." if same else
                f"; the next place {'up' if up else 'down'} is the {next}, more than a little. Nothing changed: to move "
                f"{'them' if target == 'captions' else 'it'} there, say '{'captions' if target == 'captions' else 'title'} "
                f"at the {str(pos).replace('_', ' ')}'.")),
        lambda what, now, next, target, pos, up, same: (
            f"{what}现在位于{now}" + (f"，已经是最{'上' if up else '下'}方了，没有改动。" if same else
                                   f"；再往{'上' if up else '下'}一档就是{next}，不止一点。没有改动：要移过去，请说"
                                   f"「{'字幕' if target == 'captions' else '标题'}放在{next}」。"))),
    "style.echo": (lambda up: "I did not understand which change of the text 'tone it down' is, so it was not done: say e.g. "
                              f"'make the title {'bigger' if up else 'smaller'}'.",
                   lambda up: f"我没有理解「tone it down」要怎样改文字，这部分没有处理：可以说「标题{'大' if up else '小'}一点」。"),
    "style.card_only": ("An end card's text takes a colour or a font only.", "结尾卡片的文字只能设置颜色或字体。"),
}


_SIZE_WORDS = compile_led(r"(?P<up>有点小|大一点|大一些|大点|大一号|大一档|大1号|大1档|大一个字号|大1个字号|放大|调大|加大|太小|看不清"
                        r"|\bbigger\b|\blarger\b|\bsize\s+up\b|(?P<need_up>\btoo\s+(?:small|tiny)"
                        r"|\bhard\s+to\s+read|\bnot\s+readable|\bunreadable))"
                        r"|(?P<down>有点大|小一点|小一些|小点|小一号|小一档|小1号|小1档|小一个字号|小1个字号|缩小|调小|太大|\bsmaller\b"
                        r"|\bsize\s+down\b|(?P<need_down>\btoo\s+(?:big|large|huge)"
                        r"|\b(?:is|are)\s+(?:huge|massive|enormous|giant)\b))")
# "…, tone it down" (read "tone down it"), "the title is too big, reduce it": the text's size said before, said again with
# "it" alone; "…, shrink it more" is one size more
_SAID_AGAIN_DOWN = compile_led(r"\s*(?:(?:so|and|then|please|pls|just)\s+)*(?:(?:tone|dial|scale)\s+down|reduce|shrink|downsize)\s+(?:it|them)"
                               r"(?P<more>\s+(?:even\s+)?(?:more|further|again))?(?:\s+(?:a\s+bit|a\s+little|a\s+notch|some|please|pls))?"
                               r"\s*[.!]*\s*")
# "tone it down a size", "the captions, one size down": a size said with an operation's direction
# ("increase their size by one step": its size, said of the text named before; set CQ cq197 left it unread)
_A_SIZE = compile_led(r"\b(?:a|one|1)\s+size\b|\bfont\s+size\b|\b(?:its|their)\s+(?:text\s+)?size\b|字号|一号|一档")
# "by 2 steps", "three sizes": more than one size, which a bare direction cannot say (not read rather than one size)
_MANY_SIZES = compile_led(r"\b(?:[2-9]|two|three|four|five|several|a\s+few|a\s+couple\s+of)\s+(?:steps|sizes|notches|levels)\b")




def size_step(more: str, said: str) -> int:
    """How many sizes "bigger"/"smaller" (``said``) moves: two when ``more`` says much ("much bigger", "大很多")."""
    up = bool(re.search(r"big|larg|大", said))
    return (2 if MUCH.search(more) else 1) * (1 if up else -1)


def _size_args(f: Any, t: str) -> TextStyleArgs | None:
    """"所有文字都大一点", "字幕小一点", "the title is hard to read, make it bigger": a text's size said with the
    words for bigger or smaller ("raise the title" is no size); "bigger and red" merges with the colour's rule."""
    text = str(f.text)
    m = _SIZE_WORDS.search(text)
    target = {"title": "title", "captions": "captions"}.get(t, "all")
    if m is None:
        ops = f.op_keys() & {"increase", "decrease"}
        if len(ops) == 1 and _A_SIZE.search(text) and not _MANY_SIZES.search(text):
            return TextStyleArgs(target=target, step=1 if ops == {"increase"} else -1)
        if ops == {"decrease"} and (again := _SAID_AGAIN_DOWN.fullmatch(text)):
            # "title's way too big, tone it down": the size said before, said again (TextStyleArgs.after; set BV bv129)
            return TextStyleArgs(target=target, step=-1, echo=not again.group("more"))
        return None
    # "much bigger", "大很多": two sizes, as the phrase rules read it
    step = 2 if MUCH.search(text[max(0, m.start() - 10):m.start()] + text[m.end():m.end() + 3]) else 1
    return TextStyleArgs(target=target, step=step if m.group("up") else -step)


_SIZE_NAMED = compile_led(rf"\b(?:(?:font|text)\s+)?size\s*(?:to\s+|:\s*|=\s*|of\s+)?{SIZE_EN}(?![a-z])|\b{SIZE_EN.replace('?P<n>', '?P<n2>')}\s+size\b"
                         r"|(?:字号|大小)\s*(?:改成|设为|换成|调成|调到|用|开到)?\s*(?P<n3>特大|超大|大号|中号|小号|最大号?|最小号?)"
                         # "字号最大", "最大的字号", "the largest size" (set AK ak268)
                         r"|(?P<n4>最大|最小)号?\s*的?\s*字号"
                         r"|\b(?:the\s+)?(?P<n5>largest|biggest|maximum|max|smallest|minimum|min)\s+(?:font\s+|text\s+)?size\b"
                         # "… and make them small", "keep it medium": a size by its name after the text or its pronoun
                         # (set AQ aq226 read the font and left "make them small" unread)
                         r"|\b(?:make|keep|set|have)\s+(?:it|them|(?:the\s+)?(?:title|headline|heading|captions?|subtitles?|text))\s+"
                         r"(?:(?:quite|really|very|fairly|pretty|nice\s+and|a\s+bit)\s+)?(?P<n6>tiny|small|medium|normal|large|big|huge|extra\s+large|x-?large|xxxl|xxl|xl)"
                         r"(?![a-z]|\s+(?:as|than|enough|again)\b)"
                         # "字幕改为黄色、大号", "标题红色，小号": a size by its Chinese name alone, beside another look of the
                         # text (set CQ cq111 read the colour and dropped the size without a word)
                         r"|(?<![字型编尺])(?P<n7>特大|超大|大|中|小)号(?![码数])"
                         # "换成灰色的小字": the size said as the kind of letters, after the look or the verb (dev set DG dg262; never 大字,
                         # whose 大 is l, smaller than the title's xl)
                         r"|(?<=[的色成为用])(?P<n8>小)字(?![幕体号])")


def _named_size_args(f: Any, t: str) -> TextStyleArgs | None:
    """"set all captions to size small and colour #333333": a size said by its name beside another look (set AE ae186
    read the colour alone and dropped the size without a word); its words are read with the frame."""
    # (each text its own size: "the title size to xxl and the caption size to l", set AW aw175)
    part = own_part(f, t)
    m = _SIZE_NAMED.search(part)
    if m is None:  # ("字幕字号调到最大": 字 of 字号 is no other text)
        part = str(f.text)
        m = _SIZE_NAMED.search(part)
    if m is None:
        return None
    n = " ".join(next(g for g in m.group("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8") if g).split())
    at = f.start + str(f.text).find(part)
    f.attached.append((at + m.start(), at + m.end()))
    return TextStyleArgs(target={"title": "title", "captions": "captions"}.get(t, "all"),
                         size=SIZE_WORDS.get(n, SIZE_WORDS.get(n.replace("-", ""), "l")))


# (、 lists looks too: "字幕改为黄色、大号", set CQ cq111; and a value said in brackets after its name ends at its bracket:
# "the fifth caption gold (#ffd700)", set CQ cq047 was not read)
# (and the quoted words it colours after it: "title #ff6600 'Hot Deals'", set DB db117 dropped the colour)
_COLOUR_END = compile_led(r"\s*(?:[)）]\s*|[(（]\s*#[0-9a-f]{3,6}\s*[)）]\s*)?(?:$|[,.;!?，。；！？、\ue000]|(?:colou?r|text|font|letters|words|please|and|with|too|instead|for|on"
                         r"|in|at|to|then|also|as|like)\b|[\u4e00-\u9fff]"
                         # a look before the text it is said of: "white bold captions" (set AL al176, AJ aj147)
                         r"|(?:(?:bold|bolder|italic|serif|sans|and)\s+)*(?:captions?|subtitles?|title|headline|heading)\b"
                         # a look after it, and the clause ends: "captions in white bold", "title in pink handwriting"
                         # (sets AP ap67, ap234 refused the colour as unread)
                         r"|(?:(?:bold|bolder|italic|serif|sans(?:[\s-]serif)?|handwriting|handwritten|cursive|playfair|script"
                         r"|display)\s*)+(?:(?:font|type|typeface|lettering|letters|text)\s*)?(?:$|[,.;!?，。；！？]|(?:and|with|please)\b))")


def _colour_args(f: Any, t: str) -> TextStyleArgs | None:
    """"title at the top, in yellow", "字幕用白色": a text's colour said beside it (not "Black Friday", a name)."""
    said = [m for m in f.used if "colour" in m.keys]
    if any(not _COLOUR_END.match(f.text, m.end - f.start) for m in said):
        return None
    if any(_BACKGROUND_BEFORE.search(f.text[:m.start - f.start]) for m in said):
        return None  # (a background's colour is no colour of the letters: "字幕背景黑色" made the captions black)
    return TextStyleArgs(target={"title": "title", "captions": "captions"}.get(t, "all"), color=str(f.values["colour"]))


_BACKGROUND_BEFORE = compile_led(r"(?:\b(?:background|backdrop|bg|box|highlight)|背景|底色|底框|衬底)\s*(?:colou?r|颜色|色)?\s*"
                                 r"(?:is|to|in|of|:|=|是|用|为|改成|改为|换成|设为|设成|调成)?\s*(?:an?\s+|the\s+)?$")


_BOLD = compile_led(r"(?P<off>not\s+bold|unbold|取消加粗|不要加粗|不加粗)|(?P<on>\bbold(?:er)?\b|加粗|粗体|变粗)")


def _bold_args(f: Any, t: str) -> TextStyleArgs | None:
    """"字幕改成白色，加粗", "captions white, and bold": the weight of the text named (or named just before)."""
    m = _BOLD.search(str(f.text))
    if m is None:
        return None
    return TextStyleArgs(target={"title": "title", "captions": "captions"}.get(t, "all"), bold=m.group("on") is not None,
                         **_title_place(f, t))


def _sized_in_place(f: Any, t: str) -> TextStyleArgs | None:
    args = _size_args(f, t)
    # (the captions' too, the place said after the size: "Captions a size smaller and in the top left" was not understood,
    # set GC gc053; before it, the place is where they are, "the captions at the bottom are too small": held-out shape IS)
    place = _title_place(f, t) if t == "title" or not _place_after_size(f) else {"pos": str(f.values["pos"])}
    return replace(args, **place) if args is not None and place else None


def _place_after_size(f: Any) -> bool:
    """Whether the frame's place is asked after its size, joined by "and", the size no complaint ("… too big")."""
    size = next((m for m in f.ops if m.keys & {"increase", "decrease"}), None)
    place = next((m for m in f.used if m.slot == "value" and "pos" in m.keys), None)
    if size is None or place is None or place.start < size.end or re.search(r"\btoo\b|太", f.text):
        return False
    return bool(re.search(r"\band\b|和|并且", f.text[size.end - f.start:place.start - f.start]))


def _title_place(f: Any, t: str) -> dict[str, Any]:
    """The title's place said with its font or weight ("title in playfair, not bold, at the top"): the look's, read
    together (set AR ar241 asked between the look and the place, or read the font alone); ``title_look_said``. Said as
    an alignment ("title in playfair, center aligned") it is the alignment (``aligned_said``)."""
    if t != "title" or "pos" not in f.values:
        return {}
    align = aligned_said(f)
    return {"align": align} if align else {"pos": str(f.values["pos"])}


# "center aligned", "left-align": a place word said as the text's alignment, not its place on the screen
_ALIGNED_AFTER = compile_led(r"[\s-]*align(?:ed|ment)?\b")
_ALIGNED_BEFORE = compile_led(r"\balign(?:ed)?\s+(?:it\s+|them\s+)?(?:to\s+the\s+|to\s+)?$")
_ALIGNS = {"left": "left", "right": "right", "center": "center"}


def aligned_said(f: Any) -> str | None:
    """The alignment when the frame's place value is said as one ("title in playfair, center aligned": the title was
    moved to the screen's centre), else None."""
    if str(f.values.get("pos")) not in _ALIGNS:
        return None
    text = str(f.text)
    for m in f.used:
        if "pos" in m.keys and (_ALIGNED_AFTER.match(text, m.end - f.start)
                                or _ALIGNED_BEFORE.search(text, 0, m.start - f.start)):
            return _ALIGNS[str(f.values["pos"])]
    return None


def title_look_said(f: Any) -> bool:
    """A font or a weight said in the title's clause: its place is read with that look (``_title_place``)."""
    return bool(_BOLD.search(str(f.text)) or _FONT_SAID.search(own_part(f, "title")))


# a font said beside another look of the same text: its name, or a font word with "font" ("script" alone may be the
# voiceover's; "elegant", "clean" are styles)
_FONT_SAID = compile_led(r"(?<![a-z])(?:(?P<u>" + "|".join(re.escape(t) for t in sorted(vocab.TYPEFACES, key=longest))
                        + r")(?![a-z])(?:\s*(?:font|typeface|字体))?"
                        r"|(?P<n>playfair\s+display|playfair|didone|handwriting|handwritten|cursive|sans[\s-]serif|sans"
                        r"|serif)(?![a-z])(?:\s+(?:font|typeface|lettering|type)\b)?"
                        r"|(?P<w>display|headline|script|classic|modern|impact)\s+(?:font|typeface)\b)"
                        r"|(?P<z>无衬线|衬线|手写|宋体|黑体)体?(?:字体)?"
                        # ("标题用展示字体": the display face by its Chinese names in draft/styles.py; set AZ az232 left it unread)
                        r"|(?P<a>展示字体|展示体|艺术字体|艺术字)"
                        # ("标题改用中文字体，颜色红色", "title in the Chinese font": the CJK face; set BK bk278 read the colour
                        # and dropped the font without a word)
                        r"|(?P<c>中文字体|中文黑体|chinese\s+(?:font|typeface)|cjk\s+(?:font|typeface))")


# "use serif for headings", "captions should use a serif font", "品牌字体用手写体": the brand kit's fonts (its phrase rules)
_BRAND_FONT = compile_led(r"\b(?P<use>use|uses|using)\b|\b(?:brand|headings?)\b|品牌")
_FOR_TEXT = compile_led(r"\bfor\s+the\s+(?:title|headline)\b")  # (the captions' font said with "use" is the brand kit's body font)


def _font_args(f: Any, t: str) -> TextStyleArgs | None:
    """"Captions in handwriting font and pink", "title bigger and in serif font", "change the font of all text to
    serif": a font said in a clause another look of that text reads (sets AG ag210, ag263, AI ai224 read the other look
    and dropped the font without a word)."""
    part = own_part(f, t)
    m = _FONT_SAID.search(part)
    if m is None and part != f.text and (whole := _FONT_SAID.search(str(f.text))) and any(
            f.start + whole.start() <= o.start and o.end <= f.start + whole.end() for o in f.targets):
        # ("标题改用中文字体，颜色红色": the 字体 of the font's name is no text of its own; set BK bk278 cut the title's part
        # before it and dropped the font)
        part, m = str(f.text), whole
    brand = _BRAND_FONT.search(str(f.text))
    # ("title in gold, bigger, and use serif": a "use" in a clause naming no text is the text named just before, not the
    # kit; set AU au193 left the font unread)
    # (and "use" with the text it is for: "use a bold headline font for the title" made the title bold and dropped the font;
    # dev set DG dg223)
    if m is None or (brand and not (brand.group("use") and (not f.targets or _FOR_TEXT.search(str(f.text)))
                                    and not _BRAND_FONT.search(str(f.text), brand.end()))):
        return None
    at = f.start + str(f.text).find(part)
    f.attached.append((at + m.start(), at + m.end()))
    if not m.group("c") and (cjk := next((x for x in _FONT_SAID.finditer(str(f.text), at - f.start + m.end())
                                          if x.group("c") and x.start() < at - f.start + len(part)), None)):
        # "字幕改成思源黑体那种中文字体": the kind said after a face's name is the font (set BN bn131 read 黑体 as sans; its
        # 字体 is a text's name, so the captions' part ended before it)
        f.attached.append((f.start + cjk.start(), f.start + cjk.end()))
        m = cjk
    return TextStyleArgs(target={"title": "title", "captions": "captions"}.get(t, "all"),
                         font=m.group("u") or m.group("n") or m.group("w") or m.group("z") or m.group("a")
                         or ("cjk" if m.group("c") else None),
                         **_title_place(f, t))


def _pos_args(f: Any, t: str) -> TextStyleArgs:
    align = aligned_said(f)  # "captions center aligned": their alignment
    target = "captions" if t == "captions" else "all"
    return TextStyleArgs(target=target, align=align) if align else TextStyleArgs(target=target, pos=f.values["pos"],
                                                                                 vague=t == "text_some")


TEXT_STYLE = register(Edit(
    kind="text_style",
    args=TextStyleArgs,
    apply=apply_text_style,
    calls=("set_text_style",),
    sentences=S_STYLE,
    examples=("turn the headline orange", "larger title please", "use a classic serif font", "make the captions bold",
              "move the captions to the top left", "标题换成黄色", "字幕大一点", "标题字体换成手写体"),
    topics=("style", "title", "captions"),
    doc=DocRow("text style",
               "text `style.color` (colour names EN/ZH or #hex), `style.size` (bigger/smaller or s…xxxl), "
               "`style.font` (sans, serif, display, handwriting, cjk), `style.bold`, `style.align`, `style.pos` "
               "(nine points + lower third) of the title, captions or all text; an end card's `color`/`font`",
               "文字样式"),
    # (a look said in a list, "bold and yellow", "bold, and at the bottom": each read with the weight's word, set AF af048,
    # AC ac230, AD ad233)
    # (each builder ``_one``: a caption named by its place is that caption's look alone)
    frames=(rule("captions", "move set keep implied restyle", _one(_pos_args), needs="pos"),
            # ("can you put the words at the top instead": which words is asked, set CG cg100)
            rule("text_some", "move set keep implied", _pos_args, needs="pos", refuses="pct dur quote ref file range"),
            # "add captions in white at the bottom": the captions added, with their look (set BI bi262 was not read;
            # frames._complementary reads both)
            rule("captions", "add", _pos_args, needs="pos", refuses="pct dur ref file quote range"),
            rule("captions", "add", _colour_args, needs="colour", refuses="pct dur ref file quote range"),
            rule("text_all text_some title captions", "set implied keep move increase decrease restyle", _one(_colour_args),
                 needs="colour", refuses="pct dur ref file quote range"),
            # "字幕太小了" (太小 is said of sound too)
            rule("text_all text_some title captions", "increase decrease louder_need quieter_need", _one(_size_args),
                 refuses="pct dur pos quote ref"),
            # "title: pink, size bigger, at the top", "the title bigger, at the top": the size and the place said in one
            # clause, read together (set BH bh121 dropped both: the size rule refuses a place, the place rule a size)
            rule("title captions", "increase decrease", _one(_sized_in_place), needs="pos", refuses="pct dur quote ref file range"),
            # ("所有的字都换成粗体": all the text, set AI ai093 read a picture named 粗体)
            rule("title captions text_all", "restyle", _one(_bold_args), refuses="pct dur quote ref range"),
            rule("text_all text_some title captions", "set implied keep move restyle increase decrease", _one(_font_args),
                 refuses="pct dur quote ref range file"),
            rule("text_all text_some title captions", "set implied keep restyle", _one(_named_size_args),
                 refuses="pct dur quote ref range file"),
            # a look said in an animation's clause ("Captions: typewriter animation, size large", "make the captions large
            # with a typewriter animation"): both, read together (frames._complementary; set BR br161 did the animation
            # and dropped the size without a word)
            rule("text_all text_some title captions", "animate", _one(_named_size_args), refuses="pct quote ref range file"),
            rule("text_all text_some title captions", "animate", _one(_font_args), refuses="pct quote ref range file"),
            rule("text_all text_some title captions", "animate", _one(_colour_args), needs="colour",
                 refuses="pct ref file quote range"),
            # "title 'Accessories Week' in serif", "make the 'Autumn Drop' title orange": the title's quoted words (its
            # new words or its name: title.py) and their look, both read (sets BT bt263, bt094 were not read)
            # (and with its place: "title 'NEW IN' at the top, in white" was refused whole, the white read by nothing; the
            # place is the title position's to read, set CX cx)
            rule("title", "set implied keep restyle", _colour_args, needs="colour quote", refuses="pct dur ref range file"),
            rule("title", "set implied keep restyle", _font_args, needs="quote", refuses="pct dur ref range file"),
            # ("标题不要加粗，写“简约生活”": its weight said with its words, both read; set DB db197 dropped the weight)
            rule("title", "restyle", _bold_args, needs="quote", refuses="pct dur ref range file"),
            # ("标题“新品上市”大一点": its size said with its words, both read; the words had been set and the size dropped)
            rule("title", "increase decrease", _size_args, needs="quote", refuses="pct dur ref range file"),
            # ("标题改成“限时折扣”，持续4秒，黄色": a colour said beside the title's length, both read; set DB db219 refused
            # the clause whole)
            rule("title", "show_for", _colour_args, needs="colour", refuses="pct ref file quote range"),
            # (one picture's caption: each look again, with the picture said)
            rule("captions", "move set keep implied restyle", _of_picture(_pos_args), needs="pos ref"),
            rule("captions", "set implied keep move increase decrease restyle", _of_picture(_colour_args),
                 needs="colour ref", refuses="pct dur quote range"),
            rule("captions", "increase decrease louder_need quieter_need", _of_picture(_size_args), needs="ref",
                 refuses="pct dur pos quote"),
            rule("captions", "restyle", _of_picture(_bold_args), needs="ref", refuses="pct dur quote range"),
            rule("captions", "set implied keep restyle increase decrease", _of_picture(_font_args), needs="ref",
                 refuses="pct dur quote range"),
            rule("captions", "set implied keep restyle", _of_picture(_named_size_args), needs="ref",
                 refuses="pct dur quote range")),
    phrases=(Phrase(4, r_text_style, ("text_style",)),),
))


# --- animation -------------------------------------------------------------------------------------------

ANIM_WORDS = (
    # ("a word-by-word typewriter effect": hyphens too, set BG bg043 read letter by letter)
    (r"typewriter[\s_-]*word|word[\s-]+by[\s-]+word|逐词", "typewriter_word"),
    (r"typewriter|typing|type\s+(?:on|out|in)|letter\s+by\s+letter|打字机|打字(?:的)?(?:效果|动画)|逐字|1个字1个字|一个字一个字", "typewriter"),
    (r"slide\s*(?:s|ing)?\s+up|slid(?:e|es|ing)\s+(?:in\s+)?(?:up\s+)?from\s+(?:the\s+)?(?:bottom|below|underneath)|rise|rises|上滑|向上滑|从下往上"
     r"|从(?:下面|下方|底部|底下)(?:滑|升|飘)|滑上来|升上来", "slide_up"),
    # where it goes out to, named as the entrance is ("slide out to the left at the end": slide_left, as "slide down off
    # the frame" is slide_down; sets AK ak54, AI ai070)
    (r"slid(?:e|es|ing)\s+(?:out|off|away)\s+rightwards", "slide_right"),
    (r"slid(?:e|es|ing)\s+(?:out|off|away)\s+leftwards", "slide_left"),
    (r"slid(?:e|es|ing)\s+(?:out|off|away)\s+(?:downwards|down)", "slide_down"),
    (r"slid(?:e|es|ing)\s+(?:out|off|away)\s+(?:upwards|up)", "slide_up"),
    # ("标题向左滑出", "字幕往下滑出去": the way out said in Chinese; lead's gap in wave 13, not read)
    (r"(?:向|往|朝|从)\s*左(?:边|侧)?\s*滑(?:出|走|开)", "slide_left"),
    (r"(?:向|往|朝|从)\s*右(?:边|侧)?\s*滑(?:出|走|开)", "slide_right"),
    (r"(?:向|往|朝|从)\s*(?:下|底部|下方|下面)\s*滑(?:出|走|开)", "slide_down"),
    (r"(?:向|往|朝|从)\s*(?:上|顶部|上方|上面)\s*滑(?:出|走|开)", "slide_up"),
    # where it comes in from (the renderer's slide_right enters from the left, slide_down from above)
    (r"(?:slid(?:e|es|ing)|moves?|comes?)\s+(?:in\s+)?(?:from\s+(?:the\s+)?left|left\s+to\s+right)|从左(?:边|侧|面|方)?(?:滑入|进入|滑进|飞入|飞进)|向右滑"
     # ("字幕改成从左往右滑入": from the left, moving right; dev set DX dx151 slid it left)
     r"|从左(?:边|侧|面|方)?\s*(?:往|向|到)\s*右", "slide_right"),
    # ("captions should come in from the right": entering from the right, set AS as74's other side)
    (r"(?:moves?|comes?)\s+(?:in\s+)?(?:from\s+(?:the\s+)?right|right\s+to\s+left)|从右(?:边|侧|面|方)?(?:滑入|进入|滑进|飞入|飞进)|从右(?:边|侧|面|方)?\s*(?:往|向|到)\s*左", "slide_left"),
    (r"(?:slid(?:e|es|ing)|drops?|comes?)\s+(?:in\s+|down\s+)?(?:from\s+(?:the\s+)?(?:top|above)|down\b)|从上(?:方|面)?(?:滑入|滑下|落下)|向下滑"
     r"|从上(?:方|面|边)?往下滑|从(?:上面|上方|顶部|上边)(?:滑|落|掉)", "slide_down"),
    (r"slid(?:e|es|ing)|左滑|向左滑|滑入|从右", "slide_left"),
    (r"pop|bounce|zoom\s+in|scale\s+up|弹出|弹入|弹跳|放大出现", "pop"),
    (r"fad(?:e|es|ing)|淡入|淡出|渐显|渐隐", "fade"),
    (r"no\s+animation|without\s+animation|static|不要动画|去掉动画|取消动画|无动画", "none"),
)
_OUT = compile_led(r"\b(?:out|exit|exits|exiting|leave|leaves|leaving|disappear\w*|go(?:es|ing)?\s+away)\b|淡出|消失|退场|渐隐|出场|滑出|滑走"
                  # ("the title should go away with a fade", "slide down at the end": how it leaves, sets AK ak257, ak54)
                  r"|\bat\s+the\s+(?:very\s+)?end\b"
                  # ("have it slide down off the screen": how it leaves, set AG ag066)
                  r"|\boff\s+(?:the\s+)?(?:screen|frame)\b|\b(?:slid|fad|float|drift)\w*\s+(?:\w+\s+)?(?:off|away)\b")
_IN = compile_led(r"\b(?:in|entrance|enter|enters|appear\w*|comes?\s+in)\b|淡入|出现|进场|入场|渐显")


@dataclass(frozen=True)
class TextAnimArgs:
    target: str  # title, captions or all
    anim: str  # an animation of ``draft`` schema's anim enum, or "none"
    when: str = "both"  # "in", "out" or "both"
    ms: int | None = None
    nth: int | None = None  # "the last caption fades in": that caption (in time order) only
    of: str | None = None  # "the watch photo's caption should fade in": the caption of the picture this names, only
    # with anim "none": only the sides (of ``when``) that animate so go ("no pop on the title": its pop entrance, set CB
    # cb065); a family of kinds, as said ("no slide" is any slide)
    only: str | None = None


# "pop up with a fade", "pop in with a slide": "pop up" is how it is said to appear, the animation is the one it comes
# with (set AN an194 made the captions pop)
_POP_WITH = compile_led(r"\bpop(?:s|ped|ping)?\s+(?:up|in|on)\s+(?=with\s+(?:an?\s+|the\s+)?(?:fad|slid|typ|bounc|zoom))")


def _anim_of(text: str) -> str | None:
    said = _anim_said(text)
    return said[0] if said else None


# an animation said as not wanted: "no pop on the title", "remove the pop from the captions", "get rid of the title's
# typewriter", "标题不要弹出" (set CB cb065 read "no pop" as a pop: nothing changed, and on the captions they popped)
_NOT_KIND = compile_led(r"(?:\b(?:no|without|minus|remove|delete|drop|lose|ditch|kill|skip|disable|get\s+rid\s+of"
                        r"|take\s+(?:out|off|away)|turn\s+off|do\s+away\s+with)"
                        r"\s+(?:(?:the|a|an|any|that|this|its|their|[a-z]+'s)\s+){0,2}"
                        r"|(?:不要|别|不用|无需|不需要|不想要|去掉|取消|拿掉|删掉|删除)\s*(?:再)?\s*(?:用|要|加|有)?\s*(?:标题|字幕|文字)?\s*(?:的)?\s*)$")


def _anim_said(text: str) -> tuple[str, bool] | None:
    """The animation ``text`` names and whether it is said as unwanted: the first kind (in ``ANIM_WORDS`` order) said as
    wanted, else the first said only as unwanted ("no pop, it should just appear"), else None."""
    text = _POP_WITH.sub("appear ", text)
    unwanted: str | None = None
    for rx_, kind in ANIM_WORDS:
        found = [m.start() for m in re.finditer(rx_, text)]
        if not found:
            continue
        if kind != "none" and all(_NOT_KIND.search(text[:at]) for at in found):
            unwanted = unwanted or kind
            continue
        return kind, False
    return (unwanted, True) if unwanted else None


def _when(text: str, kind: str) -> str:
    # "type out", "typed out word by word" is how it enters (set AF af197 read it as the exit)
    text = re.sub(r"\btyp(?:e|es|ed|ing)\s+(?:itself\s+)?out\b", "types", text)
    text = _POP_WITH.sub("appear ", text)  # ("pop up with a fade": how it enters)
    out_w, in_w = bool(_OUT.search(text)), bool(_IN.search(text))
    if kind in ("typewriter", "typewriter_word", "pop", "slide_up", "slide_left", "slide_right", "slide_down"):
        return "out" if out_w and not in_w else "in"
    if out_w and not in_w:
        return "out"
    if in_w and not out_w:
        return "in"
    return "both"


def apply_text_anim(work: Work, args: TextAnimArgs) -> None:
    segs = [s for s in _segments(work, args.target, args.nth, args.of) if not is_card(s)]
    if not segs:
        raise CannotApply(msg("style.no_text", what=_what(work, args)))
    if args.anim == "none":
        _anim_off(work, args, segs)
        return
    for seg in segs:
        style = seg.setdefault("style", {})
        had = bool(style.get("anim"))
        anim = dict(style.get("anim") or {})
        default_ms = 500 if args.anim in ("pop", "fade", "slide_up", "slide_left") else min(1500, seg["d"] // 3)
        ms = max(0, min(args.ms if args.ms is not None else default_ms, 5000, seg["d"] // 2))
        for side in (("in", "out") if args.when == "both" else (args.when,)):
            anim[side] = {"type": args.anim, "d": ms if side == "in" or args.anim != "typewriter" else min(ms, 500)}
        if not had:  # (an exit taken away before stays away: "leave with no animation and pop in", set AN an236)
            anim.setdefault("out", {"type": "fade", "d": 300})
        style["anim"] = anim
    what = _what(work, args)
    anim = segs[0]["style"]["anim"]
    side = "in" if args.when in ("in", "both") else "out"
    # a length asked for that the text's time on screen cannot hold is said, not silently shortened ("give the title a 2
    # second fade" of a title shown 3 s: 1.5 s each way; wave 31 row)
    capped = args.ms is not None and anim[side]["d"] < args.ms
    note = msg("anim.capped", want=sec(args.ms), shows=sec(segs[0]["d"])) if capped and args.ms is not None else ""
    work.done(msg("anim.set", what=what, kind=msg("anim.kind", kind=args.anim, side=args.when), side=msg("anim.side", side=args.when),
                  s=anim[side]["d"] / 1000, note=note),
              "set_text_animation", target=args.target, type=args.anim, when=args.when, ms=anim[side]["d"])


def _family(kind: object) -> str:
    """"slide" of every slide, "typewriter" of both typewriters: the kind as "no slide" names it."""
    return str(kind).split("_")[0]


def _anim_off(work: Work, args: TextAnimArgs, segs: list[dict]) -> None:
    """The animation taken away: only the side named ("remove the title's exit animation" keeps its entrance, set AC
    ac086), and of that side only the kind named ("no pop on the title", set CB cb065); a kind the text does not animate
    with is said, nothing changed."""
    sides = ("in", "out") if args.when == "both" else (args.when,)
    gone: set[str] = set()
    for seg in segs:
        style = seg.setdefault("style", {})
        anim = dict(style.get("anim") or {})
        for side in sides:
            if side in anim and (args.only is None or _family(anim[side].get("type")) == _family(args.only)):
                del anim[side]
                gone.add(side)
        if anim:
            style["anim"] = anim
        else:
            style.pop("anim", None)
    if args.only is not None and not gone:
        raise CannotApply(msg("anim.not_so", what=_what(work, args), kind=msg("anim.kind", kind=args.only),
                              many=args.target in ("captions", "all") and args.nth is None and args.of is None))
    side = args.when if args.only is None or len(gone) != 1 else next(iter(gone))
    work.done(msg("anim.off", what=_what(work, args), side=side), "set_text_animation", target=args.target, type="none",
              when=side)


_TEXT_KEYS = ("title", "captions", "text_all", "text_some")


_FONT_WORD_ZH = compile_led(r"字(?:体|号)")


def own_part(f: Any, t: str) -> str:
    """The words of a clause naming several texts that belong to text ``t``: from its name to the next text's name
    ("标题用打字机效果，字幕淡入" is one clause, and the captions' part is "字幕淡入", set AI ai280 gave the captions the
    title's typewriter). The whole clause when ``t`` is named once with no other text, or its part says nothing."""
    # (the 字 of 字体/字号 is no other text of the title's: "标题字体换成衬线体，颜色白色" cut the title's part at it and
    # dropped the font, set BP bp201; the captions' font said so is the brand kit's body font, block P's)
    named = sorted((m for m in f.targets if m.keys & set(_TEXT_KEYS)
                    and not (t == "title" and _FONT_WORD_ZH.match(str(f.text), m.start - f.start))), key=lambda m: m.start)
    mine = [m for m in named if t in m.keys]
    if len(named) < 2 or len(mine) != 1 or len({k for m in named for k in m.keys & set(_TEXT_KEYS)}) < 2:
        return str(f.text)
    i = named.index(mine[0])
    end = named[i + 1].start if i + 1 < len(named) else f.end
    return str(f.text)[mine[0].start - f.start:end - f.start]


# ("标题从左边滑进来": the side it comes from, in Chinese too; set BW bw120 was not read)
_SLIDE_SIDE = compile_led(r"\bfrom\s+(?:the\s+)?(?:left|right)(?:\s+(?:side|edge))?\b|从\s*(?:左|右)(?:边|侧|面|方)?\s*(?:滑|飞|进)")


def _anim_args(f: Any, t: str) -> TextAnimArgs | None:
    text = str(f.text)
    part = own_part(f, t)
    if part != text and _anim_of(part) is not None:
        text = part  # its own animation word: "标题用打字机效果，字幕淡入" (set AI ai280); "title and captions fade" shares it
    said = _anim_said(text)
    kind = said[0] if said else None
    if kind is None and f.op_keys() & {"remove", "off", "mute"}:
        kind = "none"  # "remove the title's exit animation", "turn off the caption animation" (set AC ac086)
    if kind is None:
        return None
    target = "title" if t == "title" else "captions" if t == "captions" else "all"
    if said and said[1]:
        # "no pop on the title": that animation goes, on the side said, else wherever the text has it (set CB cb065)
        return TextAnimArgs(target=target, anim="none", when=_when(text, "fade"), only=kind)
    values = f.values
    if kind.startswith("slide") and values.get("pos") not in (None, "top", "bottom", "center") \
            and not (values.get("pos") in ("left", "right") and _SLIDE_SIDE.search(text)):
        # where it slides from was read from the words; a corner is no slide's ("slide in from the left side": the side
        # it comes from, mixed_more_wordings#86 was read only when the phrase rules had it)
        return None
    if values.get("at") and values.get("dur") is not None:
        return None  # "the title should pop up at 6 seconds": when it enters (the title's timing), not how long it takes
    when = _when(text, kind)
    if any("dur" in m.keys and _ON_SCREEN.match(str(f.text), m.end - f.start) for m in f.used):
        # "title with a typewriter effect, 4 seconds on screen": how long the text shows, not the animation's length
        # (set BN bn176 read the 4 s as the typewriter's); left unread, so the guard says it
        return TextAnimArgs(target=target, anim=kind, when=when)
    return TextAnimArgs(target=target, anim=kind, when=when, ms=values.get("dur"))


_ON_SCREEN = compile_led(r"\s*(?:on[\s-]?screen|visible|up\b|long\s+on)")


ANIM_ZH_RX = r"(?:(?:向|往|朝)\s*(?:左|右|上|下)(?:边|侧)?\s*滑(?:出|走|开)(?:去)?|打字机|逐字|逐词|上滑|向上滑入|左滑|向左滑入|滑入|弹出|弹入|弹跳|淡入|淡出|渐显|渐隐|不要动画|去掉动画|取消动画|无动画)"


def r_text_anim(s: Scan) -> None:
    start = len(s.intents)
    _text_anim_rules(s)
    one_caption(s, start)


def _text_anim_rules(s: Scan) -> None:
    for m in s.take(rf"(?:把\s*)?(?P<t>{TGT_ZH})\s*(?:加上?|用|添加|做成|改成|换成|设为|要)?\s*(?P<a>{ANIM_ZH_RX})\s*"
                    rf"(?:的)?(?:效果|动画|出现|进场|入场|出场|消失)?\s*(?P<d>{DUR})?"
                    rf"|\b(?:a|an|add\s+an?|use\s+an?|with\s+an?)?\s*(?P<a2>typewriter|pop|fade[\s-]in|slide[\s-]up|bounce)\s+"
                    rf"(?:animation|effect|entrance)\s+(?:for|on|to)\s+(?:the\s+)?(?P<t2>{TGT_EN})"):
        t = m.group("t") or m.group("t2")
        text = m.group(0)
        kind = _anim_of(text) or "fade"
        d = m.group("d")
        when = _when(text, kind)
        s.add("text_anim", m, target=target_of(t), anim=kind, when=when, ms=dur_ms(d) if d else None)


# an animation's name, English and Chinese; an exit's slide by the way it goes (slides are named by the way the text
# moves, in and out: render/animations.py)
_KIND_NAMES = {"fade": ("a fade", "淡入淡出"), "pop": ("a pop", "弹出"), "slide_up": ("a slide up", "上滑"),
               "slide_left": ("a slide left", "左滑"), "slide_right": ("a slide in from the left", "从左滑入"),
               "slide_down": ("a slide down", "下滑"), "typewriter": ("a typewriter (letter by letter)", "打字机（逐字）"),
               "typewriter_word": ("a typewriter (word by word)", "打字机（逐词）")}
_EXIT_NAMES = {"slide_left": ("a slide out to the left", "向左滑出"), "slide_right": ("a slide out to the right", "向右滑出"),
               "slide_up": ("a slide out upwards", "向上滑出"), "slide_down": ("a slide out downwards", "向下滑出")}


def _kind_name(kind: object, side: object, lang: int) -> str:
    names = _EXIT_NAMES if side == "out" and str(kind) in _EXIT_NAMES else _KIND_NAMES
    return names[str(kind)][lang] if str(kind) in names else str(kind)


S_ANIM: dict[str, tuple[Template, Template]] = {
    "anim.set": ("{what!c}: {side} with {kind} ({s:g} s){note}.", "{what}现在{side}使用{kind}（{s:g} 秒）{note}。"),
    "anim.capped": ("; not {want} s: an animation takes at most half the {shows} s the text is on screen",
                    "；不是 {want} 秒：动画最多占文字显示时间（{shows} 秒）的一半"),
    "anim.off": (lambda what, side: f"{str(what)[0].upper() + str(what)[1:]} no longer animates"
                 + {"in": " in: it appears at once.", "out": " out: it cuts off at its end.", "both": "."}[str(side)],
                 lambda what, side: f"{what}" + {"in": "不再有进场动画，直接出现。", "out": "不再有退场动画，到时直接消失。",
                                                 "both": "不再有动画。"}[str(side)]),
    "anim.not_so": (lambda what, kind, many: f"{str(what)[0].upper() + str(what)[1:]} {'do' if many else 'does'} not animate "
                    f"with {kind}: nothing changed.", lambda what, kind, many: f"{what}没有使用{kind}动画，没有改动。"),
    # (the exit said 退场, never 出场: a bare 出场 is read as the coming on, set BR br088)
    "anim.side": (lambda side: {"in": "enters", "out": "exits", "both": "enters and exits"}[side],
                  lambda side: {"in": "进场", "out": "退场", "both": "进场和退场"}[side]),
    "anim.kind": (lambda kind, side="in": _kind_name(kind, side, 0), lambda kind, side="in": _kind_name(kind, side, 1)),
}


TEXT_ANIM = register(Edit(
    kind="text_anim",
    args=TextAnimArgs,
    apply=apply_text_anim,
    calls=("set_text_animation",),
    sentences=S_ANIM,
    examples=("make the title pop", "captions slide up", "typewriter effect for the title", "标题用打字机效果",
              "字幕淡入"),
    topics=("style",),
    doc=DocRow("text animation",
               "text `style.anim` `{in, out}`: fade, pop, slide_up, slide_left, typewriter (letter / word by word), "
               "with lengths; the first cut's title pops in and fades out",
               "文字动画"),
    frames=(rule("title captions text_some text_all", "animate", _one(_anim_args)),
            rule("captions", "animate", _of_picture(_anim_args), needs="ref")),
    phrases=(Phrase(3, r_text_anim, ("text_anim",)),),
))

__all__ = ["DEFAULT_TITLE_ANIM", "TEXT_ANIM", "TEXT_STYLE"]
