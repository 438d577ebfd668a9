"""Every caption or picture but some, spelled out into the others one by one where the draft says which they are:
"make all the captions yellow except the last one" → "make the caption of image 1 yellow; …; make the caption of image
4 yellow", "除了第二张，其他字幕都删掉", "除了最后一张，其他图片都改成4秒" (set GN: each was refused as a whole, "I can't edit
everything but some in one step"). And an exception said of a wish that is not "every" at all is only who stays as it
is: "mute clip.mp4 but not the unboxing video", "drop the zoom motion but not the fades" (the exception dropped).

What cannot be tied to the draft's pictures stays as said, and ``core`` refuses it as before (read as "every X" it
would be a wrong edit)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anchors import compile_led
from .refs import ORDINALS

_EXCEPT_EN = r"(?:except(?:\s+for)?|apart\s+from|other\s+than|but\s+not|but)"
_EVERY_EN = r"(?:all\s+(?:of\s+)?(?:the\s+)?|every\s+|each\s+|the\s+)"
# "make all the captions yellow except the last one", "turn every caption white apart from the first"
_CAPTION_LOOK = compile_led(rf"\b(?P<verb>make|turn|set|change|colou?r)\s+{_EVERY_EN}captions?\s+(?:to\s+)?(?P<what>[a-z#0-9][^,.;!?]{{0,30}}?)"
                            rf"\s*,?\s*{_EXCEPT_EN}\s+(?P<x>[^,.;!?]{{1,40}}?)\s*(?=$|[,.;!?])")
# "remove the captions from every picture except the first one", "remove all the captions except the ring's"
_CAPTION_GONE = compile_led(rf"\b(?:remove|delete|drop|take\s+off|get\s+rid\s+of)\s+{_EVERY_EN}captions?"
                            rf"(?:\s+(?:from|on|of)\s+(?:every|each|all(?:\s+the)?)\s+(?:pictures?|images?|photos?|slides?))?"
                            rf"\s*,?\s*{_EXCEPT_EN}\s+(?P<x>[^,.;!?]{{1,40}}?)\s*(?=$|[,.;!?])")
# "除了第二张，其他字幕都删掉"; "除了最后一张，其他图片都改成4秒"
_CAPTION_GONE_ZH = compile_led(r"除了(?P<x>[^，,。；;！!]{1,12}?)(?:的字幕)?(?:以外|之外)?\s*[，,]?\s*(?:把)?(?:其他|其它|其余|别的|剩下)(?:的)?"
                               r"(?:图片的?)?字幕(?:都|全部|全)?(?:给)?(?:删掉|删除|删了|去掉|拿掉)")
_LENGTH_ZH = compile_led(r"除了(?P<x>[^，,。；;！!]{1,12}?)(?:以外|之外)?\s*[，,]?\s*(?:把)?(?:其他|其它|其余|别的|剩下)(?:的)?"
                         r"(?:图片|照片|图|几张)(?:都|全部|全)?\s*(?:改成|设为|调成|变成|换成|都是)\s*(?P<v>\d+(?:\.\d+)?)\s*秒")
# "remove all the text except the title": the other text (a title and captions are all the text there is)
_TEXT_BUT = compile_led(r"\b(?P<verb>remove|delete|drop|get\s+rid\s+of|lose|take\s+out)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:text|words|writing|lettering)"
                        rf"\s*,?\s*{_EXCEPT_EN}\s+(?:for\s+)?(?:the\s+)?(?P<x>title|headline|captions|subtitles)(?=\s*(?:$|[,.;!?]))"
                        r"|(?:删掉|删除|去掉)\s*(?:除了|除)(?P<xz>标题|字幕)(?:以外|之外)?的?(?:所有|全部)?(?:文字|字)"
                        r"|除了(?P<xz2>标题|字幕)(?:以外|之外)?\s*[，,]?\s*(?:其他|其它|别的)(?:的)?(?:文字|字)(?:都|全部)?(?:删掉|删除|去掉)")
# "everything except the music should stay — just bring the music down", "keep everything except the music, get rid of
# that": the one thing the wish is about, said as what does not stay ("that" is it)
_ALL_STAYS = compile_led(rf"\b(?:(?:keep|leave)\s+everything|everything(?:\s+else)?)\s*,?\s*{_EXCEPT_EN}\s+(?:for\s+)?(?P<x>[^,.;!?—–]{{1,30}}?)"
                         r"(?:\s+(?:should|can|must|will|is\s+to)\s+(?:stay|remain)(?:\s+(?:as\s+it\s+is|the\s+same|unchanged|as\s+is))?"
                         r"|\s+(?:stays|remains)(?:\s+(?:as\s+it\s+is|the\s+same|unchanged))?"
                         r"|(?:\s+(?:as\s+it\s+is|as\s+is|the\s+same|unchanged))?(?=\s*[,.;!?—–]\s*(?:just\s+|and\s+|but\s+)?(?P<verb>get\s+rid\s+of|take\s+out|turn\s+down|[a-z]+)\s+(?P<that>that|it|them|those)\b))")
_OTHER_TEXT = {"title": "remove the captions", "headline": "remove the captions", "captions": "remove the title",
               "subtitles": "remove the title", "标题": "删掉字幕", "字幕": "删掉标题"}
# "mute clip.mp4 but not the unboxing video": the exception of a wish of one thing is who stays as it is
# (a thing only, of one or two words: "…, but not at the end" is a place, and a wish of its own)
_BUT_NOT = compile_led(r"\s*,?\s*\bbut\s+not\s+(?:the\s+|my\s+|our\s+)?(?!(?:at|in|on|to|into|after|before|first|last|during|for|until|from|over|under|near|behind)\b)"
                       r"[a-z0-9_\-.]+(?:\s+[a-z0-9_\-.]+)?(?=\s*(?:$|[,.;!?]))")
_EVERY_WORD = compile_led(r"\b(?:all|every|each|everything|both|whole)\b")


def _index(x: str, names: Sequence[str]) -> int | None:
    """The 1-based picture ``x`` names among ``names`` (the main track's, in order): an ordinal, a number, "the last", or a
    word of its name; None when it names none or several."""
    n = len(names)
    x = re.sub(r"^(?:the|image|picture|photo|pic|slide)\s+|\s+(?:one|picture|photo|image|pic|shot|slide)$|'s$", "", x.strip())
    x = re.sub(r"^(?:the|image|picture|photo|pic|slide)\s+", "", x)
    # (Chinese numerals are digits by now: text.normalize wrote "第二张" as "第2张", "最后一张" as "最后1张")
    zh = re.fullmatch(r"(?:第\s*(?P<d>\d+)|(?P<last>最后|倒数第1))\s*1?\s*(?:张|个|条)?\s*(?:图片|照片|图)?", x)
    if zh:
        if zh.group("last"):
            return n
        k = int(zh.group("d"))
        return k if 1 <= k <= n else None
    if x.isdigit():
        return int(x) if 1 <= int(x) <= n else None
    if x in ORDINALS and ORDINALS[x] != 0:
        k = ORDINALS[x]
        k = n + 1 + k if k < 0 else k
        return k if 1 <= k <= n else None
    hits = [i for i, name in enumerate(names, 1) if x and re.search(rf"(?<![a-z]){re.escape(x)}(?![a-z])", name.lower().replace("-", " "))]
    return hits[0] if len(hits) == 1 else None


def spelled(low: str, names: Sequence[str], captioned: bool) -> str:
    """``low`` with every caption or picture but one spelled out as the others, one clause each (``names``: the main
    track's pictures' names in order; ``captioned``: each has its caption)."""
    def others(x: str) -> list[int] | None:
        k = _index(x, names)
        return None if k is None or len(names) < 2 else [i for i in range(1, len(names) + 1) if i != k]

    def look(m: re.Match[str]) -> str:
        rest = others(m["x"])
        if rest is None or not captioned:
            return m[0]
        return "; ".join(f"{m['verb']} the caption of image {i} {m['what'].strip()}" for i in rest)

    def gone(m: re.Match[str], zh: bool) -> str:
        rest = others(m["x"])
        if rest is None or not captioned:
            return m[0]
        return "；".join(f"第{i}张图片的字幕删掉" for i in rest) if zh else "; ".join(f"remove the caption of image {i}" for i in rest)

    def length(m: re.Match[str]) -> str:
        rest = others(m["x"])
        return m[0] if rest is None else "、".join(f"第{i}张" for i in rest) + f"图片都改成{m['v']}秒"

    for m in reversed(list(_ALL_STAYS.finditer(low))):
        x = m["x"].strip()
        end = m.end()
        if m["that"]:  # "…, get rid of that": of it by name
            that = re.compile(rf"\b{re.escape(m['verb'])}\s+{m['that']}\b").search(low, end)
            if that:
                low = low[:that.start()] + f"{m['verb']} {x}" + low[that.end():]
        low = low[:m.start()] + " " + low[end:]
    low = _TEXT_BUT.sub(lambda m: _OTHER_TEXT[m["x"] or m["xz"] or m["xz2"]], low)
    low = _CAPTION_LOOK.sub(look, low)
    low = _CAPTION_GONE.sub(lambda m: gone(m, False), low)
    low = _CAPTION_GONE_ZH.sub(lambda m: gone(m, True), low)
    low = _LENGTH_ZH.sub(length, low)
    return _BUT_NOT.sub(lambda m: m[0] if _EVERY_WORD.search(_clause_before(low, m.start())) else "", low)


def _clause_before(low: str, at: int) -> str:
    return re.split(r"[,.;!?，。；！？]", low[:at])[-1]
