"""A look said as "the same" as one named before in the message: that look, by its name.

"Make the title gold and give the captions the same colour", "Pink captions, and an end card 'Thanks' in the same pink",
"标题改成衬线体，字幕用和标题一样的字体": the rules read a colour or a font by its name, so "the same colour" is written as
the colour said last before it ("gold colour"), "in the same pink" as "in pink", "和标题一样的字体" as the font said
last before it. Only a colour or a font named in the message itself: "the same colour as the title" with no colour said
stays as it was (the title's present colour is the draft's, which no rewrite reads), and is said not understood.
(Set EY: ey005, ey027, ey040, ey086 were each partly done and the rest said not understood.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...draft.styles import COLOURS
from .anchors import compile_led, longest

# the fonts by the words people say them with (the rules read these words)
_FONT_EN = r"(?:serif|sans[\s-]?serif|sans|handwriting|handwritten|script|display|playfair|cjk)"
_FONT_ZH = r"(?:无衬线体?|衬线体?|手写体?|黑体|宋体|楷体|圆体)"
_SAME_EN = compile_led(r"\b(?:the\s+)?same\s+(?P<what>colou?r|shade|font|typeface)(?:\s+as\s+(?:the\s+)?(?:title|headline|captions?|subtitles?|logo|brand))?\b"
                       r"|\bin\s+the\s+same\s+(?P<hue>[a-z]+)\b")
# (an end card's text said "in" a colour is the card's: "add an end card 'X' with its text in orange" coloured every text)
_ITS_TEXT_IN = compile_led(r"(?P<card>\b(?:end\s*card|outro|closing\s+card|card)\s+\ue000\d+\ue001)\s+with\s+its\s+(?:text|words|writing|letters)\s+in\s+")
_SAME_ZH = compile_led(r"(?:和|跟|与|同)\s*(?:标题|字幕|logo|品牌)\s*(?:一样|相同|同样)\s*的\s*(?P<zwhat>颜色|字体|颜色和字体)"
                       r"|(?:一样|相同|同样)\s*的\s*(?P<zwhat2>颜色|字体)")


@lru_cache(maxsize=1)
def _colour_rx() -> re.Pattern[str]:
    names = "|".join(re.escape(c) for c in sorted(COLOURS, key=longest))
    return compile_led(rf"(?<![a-z#])(?:{names})(?![a-z])|#[0-9a-f]{{6}}(?![0-9a-z])|#[0-9a-f]{{3}}(?![0-9a-z])")


_FONT_EN_RX = compile_led(rf"\b{_FONT_EN}\b")
_FONT_ZH_RX = compile_led(_FONT_ZH)
_ZH_COLOUR = compile_led(r"(?:天蓝|浅蓝|藏青|粉红|酒红|玫红|[金银红蓝绿黑白黄粉紫橙灰])色")


def _last(rx: re.Pattern[str], text: str, end: int) -> str | None:
    found = None
    for m in rx.finditer(text, 0, end):
        found = m.group(0)
    return found


def same_values(low: str) -> str:
    """``low`` with each look said as "the same" written as the one named before it in the message."""

    def english(m: re.Match[str]) -> str:
        if m.group("hue"):  # "in the same pink": that colour, named; "in the same colour": the colour said before
            if m.group("hue") in COLOURS:
                return f"in {m.group('hue')}"
            said = _last(_colour_rx(), low, m.start()) if m.group("hue") in ("colour", "color", "shade") else None
            return f"in {said}" if said else m.group(0)
        font = m.group("what") in ("font", "typeface")
        said = _last(_FONT_EN_RX if font else _colour_rx(), low, m.start())
        if said is None:
            return m.group(0)
        return f"{said} font" if font else f"{said} colour"

    def chinese(m: re.Match[str]) -> str:
        what = m.group("zwhat") or m.group("zwhat2")
        if what == "颜色和字体":
            return m.group(0)
        said = _last(_FONT_ZH_RX if what == "字体" else _ZH_COLOUR, low, m.start())
        if said is None:
            return m.group(0)
        return f"{said.rstrip('体')}字体" if what == "字体" else said

    if "same" in low or "一样" in low or "相同" in low or "同样" in low:
        low = _SAME_EN.sub(english, low)
        low = _SAME_ZH.sub(chinese, low)  # (its offsets are the text as the English rewrite left it: read from ``low`` again)
    # (after the look is named: "with its text in the same colour" is "with its text in orange" by now)
    return _ITS_TEXT_IN.sub(r"\g<card> in ", low) if "with its" in low else low
