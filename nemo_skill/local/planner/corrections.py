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
    """``msg`` with each value corrected in so many words replaced by the value said after it."""
    if not _pattern().search(msg.low):
        return msg

    def fix(m: re.Match[str]) -> str:
        return _replacement(m) or m.group(0)

    return replace(msg, low=_pattern().sub(fix, msg.low))
