"""The end card in focus: once a message adds or names an end card, the clauses after it that say only one of its parts
("… 'Shop now'. Make the text yellow and the background navy.", "加一个片尾“买二送一”。字的颜色换成红色吧", "… Could you
keep it on screen for 4 seconds?", "末尾加个卡片写“期待再见”，卡片长度改为2.5秒") are the card's, written as the words
the end card's readers know (edits/promo_video.py) and joined to the card's sentence.

Without this the words were read alone: a bare "the text" colour set every text's colour, "it" given a length set the
video's length (2.5 s: every picture a tenth of a second), the logo "on it" in the next sentence was left unread (set EK:
15 of 130 rows, set EI: 9)."""

from __future__ import annotations

import re

from ...draft.styles import COLOURS
from .anchors import compile_led, longest
from .text import COLOUR_SAID, DUR

# the card said: by one of its names, in either language ("end card", "closing card", "final card", "CTA", "片尾",
# "结尾卡", "结尾页", "末尾加个卡片")
_CARD = compile_led(
    r"\b(?:end[\s-]*card|end\s+(?:screen|slide|page)|(?:closing|final|last|ending|outro)\s+(?:card|screen|slide|page)|outro"
    r"|call[\s-]+to[\s-]+action(?:\s+(?:card|screen|slide))?|cta)\b"
    # ("I'd like the video to finish on a card that says 'X'", set EK ek112)
    # (its length said before it too: "end with a 4 second card: 'X' on a black background, white text" coloured every text;
    # dev set DC dc045)
    r"|\b(?:finish|end|close)(?:es|s)?\s+(?:[a-z]+\s+){0,3}?(?:on|with)\s+(?:a|an|the)\s+(?:\d+(?:\.\d+)?[\s-]*(?:s|secs?|seconds?)[\s-]+(?:long\s+)?)?card\b"
    r"|结尾卡片?|片尾卡片?|结束卡片|结尾页|结束页|片尾页|结尾画面|结束画面|片尾"
    r"|(?:结尾|末尾|最后)\s*(?:再)?\s*(?:加|放|来)\s*(?:上|个|一个|1个|一张|1张|一页|1页)?\s*(?:\ue000\d+\ue001\s*的\s*)?(?:卡片|页|画面)")
# the card taken away or asked about in its clause: nothing of it is in focus after
# (片尾 is the video's end too: "片尾淡出到白，1.5秒", "片头片尾都加淡入淡出，1秒" are fades; corpus wave10_s, wave10_p)
_NOT_ADDED = compile_led(r"\b(?:remove|delete|drop|no|without|get\s+rid|lose|ditch|scrap|fades?|fading|dark)\b|删|去掉|拿掉|不要|移除|\?|？|吗"
                         r"|淡|黑下来|暗下来|白下来|变黑|变白|都")

_ZH_COLOUR = "|".join(sorted({re.escape(c.rstrip("色")) for c in COLOURS if not c.isascii()}, key=longest))
_COL = rf"{COLOUR_SAID}(?![0-9a-z])"
_ZCOL = rf"(?:{_ZH_COLOUR})色?"
_WHOSE = r"(?:our|the|their|his|her|my|its|the\s+(?:client|user|customer|owner)'?s)"
_INK_EN = r"(?:text|lettering|letters|words|writing|copy|font)(?:\s+colou?r)?"
_BACK_EN = r"(?:background|backdrop|bg)(?:\s+colou?r)?"

# a clause's lead and tail that say nothing of what it asks
_LEAD = compile_led(r"^\s*(?:(?:and|then|also|oh|actually|please|pls|could\s+you|can\s+you|would\s+you|could|can|would|"
                    r"and\s+then|also\s+please|再|然后|并且?|也|同时|另外|还有|麻烦|请|顺便)\s*,?\s*)*")
_TAIL = compile_led(r"(?:\s*(?:please|pls|thanks|thank\s+you|too|as\s+well|for\s+me|吧|啊|哦|呢|就行了?|就好|就够了?|即可|谢谢))*\s*$")

# each part of the card a clause may say alone, and what it is written as
_PARTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, compile_led(p)) for kind, p in (
    # its words' colour: "make the text yellow", "the card text white", "use gold lettering on a black background",
    # "字的颜色换成红色", "再把字改成金色的", "文字用藏青色", "字写金色的"
    ("ink", rf"^(?:(?:make|set|change|turn|have|use|keep)\s+)?(?:{_WHOSE}\s+)?(?:(?:end\s+)?card(?:'s)?\s+)?{_INK_EN}\s*"
            rf"(?:to\s+be\s+|to\s+|in\s+|be\s+|is\s+|should\s+be\s+|:\s*|=\s*)?(?P<c>{_COL})"
            rf"(?:\s+on\s+(?:a\s+|an\s+)?(?P<b>{_COL})(?:\s+{_BACK_EN})?)?$"),
    ("ink", rf"^(?:(?:use|with|in)\s+)?(?:a\s+)?(?P<c>{_COL})\s+(?:text|lettering|letters|words|writing|font)"
            rf"(?:\s+on\s+(?:a\s+|an\s+)?(?P<b>{_COL})(?:\s+{_BACK_EN})?)?$"),
    ("ink", rf"^(?:把\s*)?(?:卡片|片尾)?\s*(?:上)?\s*(?:的)?\s*(?:字|文字|字体)\s*(?:的)?\s*(?:颜色)?\s*(?:要|就|也|都)?\s*"
            rf"(?:用|是|改成|换成|改为|换为|设为|设成|写成?|弄成|变成|调成|改用)?\s*(?P<c>{_ZCOL}|#[0-9a-f]{{6}}|#[0-9a-f]{{3}})\s*(?:的)?$"),
    # (the colour first: "加个结尾写“扫码下单”，白字", "白色文字"; set GT gt082 read it as every text's, or left it unread)
    ("ink", rf"^(?:用)?\s*(?P<c>{_ZCOL})\s*(?:的)?\s*(?:字|文字|字体)$"),
    # its background and its words' colour together: "黑色背景配酒红色文字", "白字黑底", "white on black" (set EK ek016 ek019)
    ("bgink", rf"^(?:用)?\s*(?P<b>{_ZCOL})\s*(?:的)?\s*(?:背景|底色|底)\s*[,，]?\s*(?:配|加|和|用)?\s*(?P<c>{_ZCOL})\s*(?:的)?\s*(?:字|文字)$"),
    ("bgink", rf"^(?:用)?\s*(?P<c>{_ZCOL})\s*(?:的)?\s*(?:字|文字)\s*[,，]?\s*(?:配|加|和|用)?\s*(?P<b>{_ZCOL})\s*(?:的)?\s*(?:背景|底色|底)$"),
    ("bgink", rf"^(?:(?:in|with|use)\s+)?(?P<c>{_COL})\s+(?:text\s+|letters\s+|lettering\s+|writing\s+)?on\s+(?:a\s+|an\s+)?(?P<b>{_COL})(?:\s+{_BACK_EN})?$"),
    # its background: "the background navy", "make the card purple", "put it on a black background", "背景白色"
    ("bg", rf"^(?:(?:make|set|change|turn|use|have)\s+)?(?:{_WHOSE}\s+)?(?:(?:end\s+)?card(?:'s)?\s+)?{_BACK_EN}\s*"
           rf"(?:to\s+be\s+|to\s+|in\s+|be\s+|is\s+|should\s+be\s+|:\s*|=\s*)?(?P<b>{_COL})$"),
    ("bg", rf"^(?:make\s+)?(?:the\s+|that\s+)?card\s+(?P<b>{_COL})$"),
    ("bg", rf"^(?:(?:put|place|set)\s+it\s+)?(?:on|with|against)\s+(?:a\s+|an\s+)?(?P<b>{_COL})\s+{_BACK_EN}$"),
    ("bg", rf"^(?:把\s*)?(?:卡片|片尾)?\s*(?:的)?\s*(?:背景|底色)\s*(?:的)?\s*(?:颜色)?\s*(?:要|就|也)?\s*"
           rf"(?:用|是|改成|换成|改为|换为|设为|设成|弄成|变成|调成)?\s*(?P<b>{_ZCOL}|#[0-9a-f]{{6}}|#[0-9a-f]{{3}})$"),
    # its length: "keep it on screen for 4 seconds", "held for five seconds", "could that card stay up for about four
    # seconds", "make it shorter, like 2 seconds", "卡片长度改为2.5秒", "片尾时间延长到五秒", "2秒就够"
    ("len", rf"^(?:keep|leave|hold|show|have|let)\s+(?:it|that|that\s+card|the\s+card)\s+(?:up\s+|on\s+screen\s+|there\s+|on\s+|visible\s+)?"
            rf"(?:for\s+)?(?:about\s+|around\s+|roughly\s+)?(?P<d>{DUR})(?:\s+so\s+.*)?$"),
    ("len", rf"^(?:(?:it|that\s+card|the\s+card|that)\s+)?(?:is\s+|should\s+be\s+)?(?:held|shown|displayed|on\s+screen|up|visible)\s+"
            rf"(?:for\s+)?(?:about\s+|around\s+)?(?P<d>{DUR})$"),
    ("len", rf"^(?:(?:it|that\s+card|the\s+card|that)\s+)?(?:should\s+|to\s+|will\s+|must\s+)?(?:last|lasts|stay|stays|run|runs)"
            rf"(?:\s+up|\s+on\s+screen|\s+on)?\s+(?:for\s+)?(?:about\s+|around\s+)?(?P<d>{DUR})(?:\s+long)?$"),
    ("len", rf"^(?:make|set|keep)\s+(?:it|that\s+card|the\s+card)\s+(?:last\s+)?(?:about\s+|around\s+|exactly\s+)?(?P<d>{DUR})(?:\s+long)?$"),
    ("len", rf"^(?:make|keep)\s+it\s+(?:a\s+(?:bit|little)\s+)?(?P<r>shorter|longer)\s*,?\s*(?:like|about|around|maybe|say|to)\s+(?P<d>{DUR})$"),
    ("len", r"^(?:make\s+it\s+|keep\s+it\s+)?(?:a\s+(?:bit|little)\s+|slightly\s+)?(?P<r>shorter|longer)(?:\s+than\s+usual)?$"),
    ("len", rf"^(?:把\s*)?(?:卡片|片尾|结尾卡片?|结尾页|它)?\s*(?:的)?\s*(?:长度|时长|时间|显示时间|停留时间)?\s*(?:再)?\s*"
            rf"(?:改为|改成|设为|设成|调成|变成|(?:延长|加长|拉长|缩短|改|调|设)(?:到|至|为|成))\s*(?P<d>{DUR})(?:左右)?$"),
    # (said of its time or its stay: a bare "短一点" after the card is the video's, corpus wave43_lead, wave44_closing_words)
    ("len", r"^(?:(?:卡片|片尾)\s*(?:的)?\s*(?:时间|时长|停留时间|显示时间)?|时间|时长|停留时间|显示时间|停留|停|放|留)\s*(?:再)?\s*"
            r"(?P<zr>短|长|久)\s*(?:一点|一些|点)$"),
    ("len", r"^(?P<d>\d+(?:\.\d+)?\s*秒)\s*(?:钟)?\s*(?:左右)?$"),
    ("len", rf"^(?:like|about|around|maybe|say|so)\s+(?P<d>{DUR})$"),
    # its logo: "put their logo on it", "with the logo too", "their logo above it", "再放上他们的logo", "带上logo",
    # "把logo.png也放上去", "卡片上也放一个logo"
    ("logo", rf"^(?:(?:put|add|place|show|include|stick|have)\s+)?(?:{_WHOSE}\s+|a\s+)?(?P<f>[a-z0-9_\-]*logo[a-z0-9_\-]*\.(?:png|jpe?g|webp|svg)|logo)"
             r"(?:\s+(?:on|to|onto|in)\s+(?:it|the\s+card|that|there|the\s+end\s+card))?(?:\s+(?:above|below|under|on\s+top\s+of)\s+(?:it|the\s+text|the\s+words))?$"),
    ("logo", rf"^with\s+(?:{_WHOSE}\s+|a\s+)?(?P<f>[a-z0-9_\-]*logo[a-z0-9_\-]*\.(?:png|jpe?g|webp|svg)|logo)"
             r"(?:\s+(?:on\s+it|on\s+the\s+card|(?:above|below|under)\s+(?:it|the\s+text)))?$"),
    ("logo", r"^(?:把\s*)?(?:卡片上|上面|页面上)?\s*(?:也|再|还)?\s*(?:带上?|配上?|放上?|加上?|放\s*(?:一个|个)?)?\s*"
             r"(?:我们|他们|她|他|客户|品牌|店铺)?\s*(?:的)?\s*(?P<f>logo\.png|logo|标志)\s*(?:也|再)?\s*"
             r"(?:放上去|放上|加上|带上|放进去|加进去|放在卡片上|放到卡片上|放在上面|放在片尾上|放到片尾上)?$"),
    ("len", rf"^(?:时长|时间|长度|停留时间|显示时间)\s*(?:是|为|要|大概|大约)?\s*(?P<d>{DUR})(?:左右)?$"),
    # its words named as its text in a clause after it: "…的画面，文字是“X”" (set EK ek106)
    ("line1", r"^(?:文字|文案|内容|上面的字|字)\s*(?:是|为|写|写着|就写)\s*[:：]?\s*(?P<q>\ue000\d+\ue001)$"),
    # its lines called big and small: "大字写“X”", "小字写“Y”"
    ("line1", r"^(?:大字|主标题|第1行|上面)\s*(?:写|是|用|为)?\s*[:：]?\s*(?P<q>\ue000\d+\ue001)$"),
    ("line2", r"^(?:小字|副标题|第2行|下面一行|下面)\s*(?:写|是|用|为)?\s*(?:官网|网址|网站|链接|电话)?\s*[:：]?\s*(?P<q>\ue000\d+\ue001)$"),
))

# another thing named in a clause: the focus on the card ends there
_OTHER = compile_led(r"\b(?:title|headline|captions?|subtitles?|music|song|voice|narration|voiceover|pictures?|photos?|images?|"
                     r"clips?|transitions?|sticker|video)\b|标题|字幕|音乐|配乐|配音|图片|照片|视频|转场|贴纸|右上角|左上角|右下角|左下角")
# where a clause ends: a comma, a sentence's end, "and" between two parts
_CLAUSE_END = compile_led(r"\s*(?:[,，;；。!！?？]|\.(?![a-z0-9]))(?:\s*(?:and|then)\b)?\s*|\s+and\s+|\s*(?:然后|并且|同时)\s*")
_VAGUE = compile_led(r"end card (?:longer|shorter)$|停留[久短]一点$")
_LENGTH = compile_led(r"^(?:make the end card|结尾卡片停留)")
_SENTENCE_END = compile_led(r"[。!！?？]|\.(?![a-z0-9])")


def _written(kind: str, m: re.Match[str], zh: bool) -> str:
    """The part as the end card's readers say it."""
    g = m.groupdict()
    if kind == "ink":
        return f"cardink {g['c']}" + (f" on {g['b']} background" if g.get("b") else "")
    if kind == "bgink":
        return f"背景{g['b']}，cardink {g['c']}" if zh and not g["b"].isascii() else f"cardink {g['c']} on {g['b']} background"
    if kind == "bg":
        return f"背景{g['b']}" if zh and not g["b"].isascii() else f"background {g['b']}"
    if kind == "len":
        if g.get("d"):
            return f"结尾卡片停留{g['d']}" if zh else f"make the end card {g['d']}"
        up = g.get("r") == "longer" or g.get("zr") in ("长", "久")
        return f"结尾卡片停留{'久' if up else '短'}一点" if zh else f"make the end card {'longer' if up else 'shorter'}"
    if kind == "logo":
        f = g["f"] if g["f"] not in ("logo", "标志") else "our logo"
        return f"放上{g['f'] if g['f'] != '标志' else 'logo'}" if zh else f"put {f} on it"
    if kind == "line1":
        return f"主文字写 {g['q']}"
    return f"下面写 {g['q']}"


def _part(clause: str) -> tuple[str, re.Match[str]] | None:
    """The card's part a clause says alone, or None."""
    body = _TAIL.sub("", _LEAD.sub("", clause)).strip()
    for kind, rx in _PARTS:
        m = rx.match(body)
        if m and not (kind == "len" and m.groupdict().get("d") and _video_long(m.group("d"))):
            return kind, m
    return None


def _video_long(said: str) -> bool:
    """A length no end card has: "…, and make it 20 seconds" is the video's (corpus wave34_e)."""
    n = re.match(r"\d+(?:\.\d+)?", said)
    return n is None or float(n.group(0)) > 10 or bool(re.search(r"min|分", said))


def card_focus(low: str) -> str:
    """``low`` with the clauses after an end card that say one of its parts written as that part of the card, in the
    card's sentence; the rest as it was. The focus ends at a clause that names another thing."""
    card = _CARD.search(low)
    if card is None:
        return low
    end = _CLAUSE_END.search(low, card.end())
    if end is None or _NOT_ADDED.search(low, _clause_start(low, card.start()), end.start()):
        return low
    zh = bool(re.search(r"[\u4e00-\u9fff]", low[card.start():card.end()]))
    pieces: list[tuple[str, str, str | None]] = []  # each clause after the card's: its gap, its words, its part written
    at = end.start()
    while at < len(low):
        sep = _CLAUSE_END.match(low, at)
        gap = sep.group(0) if sep else ""
        nxt = _CLAUSE_END.search(low, at + len(gap))
        stop = nxt.start() if nxt else len(low)
        clause = low[at + len(gap):stop]
        found = _part(clause)
        if found is None and _OTHER.search(clause):
            break
        written = _written(*found, zh or bool(re.search(r"[\u4e00-\u9fff]", clause))) if found else None
        pieces.append((gap, clause, written))
        at = stop
    # (a length said vaguely then by its number is the number: "时间短一点，两秒就够", "make it shorter, like 2 seconds")
    timed = [n for n, (_, _, w) in enumerate(pieces) if w is not None and _VAGUE.search(w) is None and _LENGTH.search(w)]
    pieces = [(gap, "", "") if w and _VAGUE.search(w) and any(t > n for t in timed) else (gap, clause, w)
              for n, (gap, clause, w) in enumerate(pieces)]
    last = max((n for n, (_, _, w) in enumerate(pieces) if w is not None), default=-1)
    if last < 0:
        return low
    # (the sentence's ends between the card and its last part written are commas: the card's readers read its parts in
    # its sentence only, edits/promo_video._in_card_sentence)
    comma = "，" if zh else ", "
    said = "".join(("" if not w else comma + w) if w is not None else
                   ((comma if n < last and _SENTENCE_END.search(gap) else gap) + clause)
                   for n, (gap, clause, w) in enumerate(pieces))
    return low[:end.start()] + said + low[at:]


def _clause_start(low: str, at: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(low, 0, at)), default=0)
