"""Corrections said in the same message: "every photo for 2 seconds, no wait, make it 4", "make the title blue,
no, green", "改成18秒，不对，还是12秒吧". The value said after the correction replaces the one right before it,
and the correction's words are blanked, before anything is read (read as two edits, the first value won: a
wrong edit).

Only a value of the same kind (a length, a share, a colour) right before the correction words is replaced; a
correction of anything else is left for the reader (which reports what it did not understand)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...draft.styles import COLOURS
from .text import Message

_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"(?:s|secs?|seconds?|minutes?|mins?|%|秒钟?|分钟|percent|fps|帧)"
_SEP = r"[\s,.;:，。；、：]*"
# "no" alone only before a comma ("no, green"): elsewhere it is a negation ("no music")
_MARK = (r"(?:no\s+wait|wait\s+no|wait|no\s+no|no(?=\s*[,，])|sorry|i\s+mean|make\s+that|scratch\s+that|or\s+rather|actually|oh\s+wait"
         # ("20秒，不是30秒" is the value being replaced said after: 不是 corrects only alone, "20秒，不是，30秒")
         r"|不对|不是(?=\s*[,，]|\s*(?:改成|改为|还是|换成|要))|哦不|不(?=\s*[,，])|算了|等等|错了)")
_SAY = (r"(?:make\s+it|change\s+it\s+to|let'?s\s+(?:do|go\s+with|say|make\s+it)|go\s+with|i\s+mean|rather"
        r"|改成|改为|还是|换成|就|用)?")
_TAIL = r"(?:\s*(?:is\s+(?:enough|fine|better|good|right|plenty)|instead|吧|就行了?|就好了?|好了|才对))?"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    colour = "|".join(re.escape(c) for c in sorted(COLOURS, key=len, reverse=True))
    value = rf"(?:(?P<{{n}}>{_NUMBER})\s*(?P<{{u}}>{_UNIT})(?![a-z])|(?P<{{c}}>{colour})(?![a-z]))"
    v1 = value.format(n="n1", u="u1", c="c1")
    # the value after the correction may leave its unit out ("make it 4")
    v2 = rf"(?:(?P<n2>{_NUMBER})\s*(?P<u2>{_UNIT})?(?![a-z\d])|(?P<c2>{colour})(?![a-z]))"
    # "set fps to 30 and then make it 60 actually": the correction said after the new value (its unit may come before
    # the first value, "fps to 30"; set M mix20)
    v1_bare = rf"(?:(?P<n1b>{_NUMBER})\s*(?P<u1b>{_UNIT})?(?![a-z\d])|(?P<c1b>{colour})(?![a-z]))"
    later = (rf"(?P<v1b>{v1_bare}){_SEP}(?:and\s+|but\s+)?then{_SEP}{_SAY}\s*(?P<v2b>{v2.replace('P<', 'P<b_')})"
             r"\s*,?\s*(?:actually|instead|after\s+all|rather)\b")
    return re.compile(rf"(?<![a-z\d.])(?:(?P<v1>{v1}){_SEP}{_MARK}{_SEP}{_SAY}\s*(?P<v2>{v2}){_TAIL}|{later})")


def _replacement(m: re.Match[str]) -> str | None:
    if m.group("v1b") is not None:  # the correction said last
        if m.group("c1b") and m.group("b_c2"):
            new = m.group("b_c2")
        elif m.group("n1b") and m.group("b_n2"):
            unit = m.group("b_u2") or m.group("u1b") or ""
            new = m.group("b_n2") + ("" if not unit or unit[0] > "\u3000" or unit == "%" else " ") + unit
        else:
            return None
        return new + " " * max(0, len(m.group(0)) - len(new))
    if m.group("c1") and m.group("c2"):
        new = m.group("c2")
    elif m.group("n1") and m.group("n2"):
        unit = m.group("u2") or m.group("u1")
        new = m.group("n2") + ("" if unit[0] > "\u3000" or unit == "%" else " ") + unit
    else:
        return None  # a colour corrected to a number, or the other way: not this kind of correction
    return new + " " * max(0, len(m.group(0)) - len(new))


def corrected(msg: Message) -> Message:
    """``msg`` with each value corrected in so many words replaced by the value said after it, and each wish taken
    back in so many words blanked."""
    if _pattern().search(msg.low):
        msg = replace(msg, low=_pattern().sub(lambda m: _replacement(m) or m.group(0), msg.low))
    return _withdrawn(msg)


# "make the title red - actually no, keep the colour as it is, just make it bigger", "标题改成红色，算了还是保持原来的
# 颜色吧，就把标题移到顶部": the wish before the words that take it back is not wanted (set AA em30/wx29 made the title
# red). The wish is one clause (from the last comma or sentence end); the "keep …" clause after the mark goes with it.
_CLAUSE = r"[,.;!?:，。；！？：、\n]"
_WITHDRAW = re.compile(
    rf"(?P<wish>(?:(?<={_CLAUSE})|^)[^,.;!?:，。；！？：、\n]*?)[\s\-–—,，]+"
    r"(?P<mark>\bactually\s*,?\s*no\b|\bno\s*,?\s*wait\b|\bwait\s*,?\s*no\b|\bon\s+second\s+thoughts?\b|\bscratch\s+that\b"
    r"|\bforget\s+(?:that|it)\b|\bhmm+\s*,?\s*no\b|\bno\s*,?\s*(?=keep\b|leave\b)|算了|不对|哦不|想了想|再想了一下)"
    r"[\s,，]*(?P<keep>(?:还是|就|we'?ll\s+|let'?s\s+|just\s+|actually\s+|please\s+)?"
    r"(?:keep|leave|don'?t\s+change|do\s+not\s+change|保持|维持|不改|别改|不要改|不用改|用回|还用|沿用)[^,.;!?，。；！？\n]*)?")
# after the mark, something more is asked: "…, 算了" at the end takes the whole message back (``stance.TAKEN_BACK``)
_MORE = re.compile(r"[a-z\u4e00-\u9fff]")
_PARTICLES = re.compile(r"(?:吧|了|啊|哈|then|please|pls|for\s+now)")


def _withdrawn(msg: Message) -> Message:
    """The wishes taken back blanked; the thing they were said of stays ("…, just make it bigger": it is the title)."""
    low = msg.low
    found = list(_WITHDRAW.finditer(low))
    if not found:
        return msg
    from .frames import tag  # (frames reads the vocabulary; this module runs before it)

    for m in reversed(found):
        rest = _PARTICLES.sub("", low[m.end():])
        if not _MORE.search(rest) or not _MORE.search(m.group("wish")):
            continue
        wish_at = m.start("wish")
        # (kept only for a next clause that names nothing: "…, just make it bigger")
        after = re.split(r"[,.;!?，。；！？\n]", low[m.end():].lstrip(" ,，"), maxsplit=1)[0]
        named = any(t.slot == "target" for t in tag(after))
        keep = [] if named else [(t.start + wish_at, t.end + wish_at) for t in tag(m.group("wish")) if t.slot == "target"]
        out = [" "] * (m.end() - m.start())
        for a, b in keep:
            out[a - m.start():b - m.start()] = list(low[a:b])
        low = low[:m.start()] + "".join(out) + low[m.end():]
    return replace(msg, low=low)
