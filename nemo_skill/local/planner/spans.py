"""A text's span said in words, read once for all its wordings into the one phrasing the title's readers know.

A start and an end said as moments ("pop up at 4s and vanish at 9s", "between 0:00 and 0:08", "标题从第3秒开始显示到第10秒",
"第1秒出现，第5秒消失"), a start then the end of the video ("第2秒出现，一直到视频结束"), the end alone ("标题显示到最后"), the
first or the last N seconds ("for the first 4", "the last 5 seconds of the video", "最后4秒"): each is one span of the
title (sets CT ct048 ct052 ct053 ct059 ct061 ct065 ct066 ct067 ct139 ct141 had set it 0-4 s, the video to 10 s, or
nothing). The span is written as "show the title from As to Bs" (the range the title's timing reads), or with a marker
word the title's timing reads for what only the video's length at the edit can say (its last N seconds, to its end).
"""

from __future__ import annotations

import re

from .anchors import compile_led
from .text import NUM, UNIT, dur_ms, unit_ms
from .vocab import AFTER_TITLE, TITLE_WHOLE_VIDEO

TITLE_LAST = "titlelastspan"  # "show the title for 5s titlelastspan": the video's last 5 s
TITLE_TO_END = "titletoend"  # "show the title from 2s titletoend", "show the title titletoend": to the video's end

_CLOCK = r"\d{1,2}:\d{2}(?:\.\d+)?"


def _moment(g: str) -> str:
    """A moment of the video: a length word ("4s", "第3秒": 第 is said before) or a clock ("0:08")."""
    return rf"(?P<{g}>{NUM}\s*{UNIT}(?![a-z])|{_CLOCK})"


# the title, then a few words of the same clause
# (only words of being shown between: "the title to appear at the top for the first 5 seconds" keeps its place, read by
# the readers of a place and a length, wave 36's corpus row en_agents #92)
_T_EN = (r"(?:\b(?:move|put|place|show|display|keep|leave|have|make|set|bring|run|hold)\s+)?\b(?:the\s+)?(?:title|headline|heading)"
         r"(?:\s+text)?\b(?:\s+(?:should|must|to|needs?\s+to|has\s+to|will|can|could|only|just|visible|up|on\s+screen|on|there|shown"
         r"|showing|displayed|appear|appears|pop\s+up|pops\s+up|come\s+in|comes\s+in|show\s+up|shows\s+up|show|shows|stay|stays"
         r"|remain|remains|be|is|come|comes|in|please|pls))*\s*")
_T_ZH = r"(?:[把将]\s*)?(?:标题|大标题)(?:\s*(?:要|就|只|都|会|可以|请|也))*\s*"
# words for the title leaving, said before the moment it leaves ("vanish at 9s")
_GOES = r"(?:vanish(?:es)?|disappears?|go(?:es)?\s+away|go(?:es)?\s+off|leaves?|exits?|ends?|is\s+gone|be\s+gone|hides?)"
_AT = r"\b(?:at|from|starting\s+at)\s+(?:the\s+)?"
_M_ZH = r"\s*(?:钟)?"
# the words of a text or an overlay entering the screen ("出现", "弹出"): one list for the title's spans and the overlays'
_ZH_SHOWS = r"(?:出现|显示|出来|弹出|进场|展示)"
_ENTERS_ZH = rf"\s*(?:开始|起)?\s*{_ZH_SHOWS}?"
_FROM_ZH = rf"{_T_ZH}(?:从|在|于)?\s*第?\s*{_moment('za')}{_M_ZH}{_ENTERS_ZH}\s*[,，]?\s*"
_TO_END_ZH = r"(?:一直)?\s*(?:显示|持续|停留|保留|展示|留)?\s*(?:到|至)\s*(?:视频)?\s*(?:的)?\s*(?:结束|结尾|最后|末尾)(?:为止)?"
# the first or the last N seconds (N bare only at a clause's end: "the first 4"; "the first 2 pictures" is no span)
_N_SECS = rf"(?P<n>{NUM})(?:\s*(?P<u>{UNIT})(?![a-z])|(?=\s*(?:$|[,.;!?])))"
_EDGE_EN = {"last": True, "final": True, "closing": True, "first": False, "opening": False}
_EDGE_ZH = {"最后": True, "末尾": True, "结尾": True, "前": False, "开头": False, "最开始": False}

_SPAN = compile_led(
    # a start and an end
    rf"{_T_EN}{_AT}{_moment('a')}(?:\s+mark)?\s*,?\s*(?:and\s+)?(?:then\s+)?"
    rf"(?:(?:it\s+)?{_GOES}\s+(?:at|by|after)\s+(?:the\s+)?|(?:to|until|till|through)\s+){_moment('b')}(?:\s+mark)?"
    rf"|{_T_EN}\bbetween\s+{_moment('a2')}\s+and\s+{_moment('b2')}"
    rf"|{_FROM_ZH}(?:(?:一直)?\s*(?:显示|持续|停留|保留|展示)?\s*(?:到|至)\s*第?\s*{_moment('zb')}{_M_ZH}\s*(?:为止|结束|消失)?"
    rf"|(?:在|到)?\s*第?\s*{_moment('zb2')}{_M_ZH}\s*(?:消失|结束|隐藏|离开|退出|没了|不见))"
    # a start, then the end of the video
    rf"|{_T_EN}{_AT}{_moment('e')}(?:\s+mark)?[^,.;!?\ue000\ue001]{{0,20}}?"
    rf"\b(?:{TITLE_WHOLE_VIDEO}|(?:until|till|to|through)\s+the\s+(?:very\s+)?end(?:\s+of\s+the\s+(?:video|promo|clip))?)\b"
    rf"|{_FROM_ZH.replace('za', 'ze')}{_TO_END_ZH}"
    # the end of the video alone
    rf"|(?P<end>(?:标题|大标题)\s*(?:要|就)?\s*(?:一直)?\s*(?:显示|持续|停留|保留|展示|留)\s*(?:到|至)\s*(?:视频)?\s*(?:的)?\s*"
    rf"(?:结束|结尾|最后|末尾)(?:为止)?)"
    # the first or the last N seconds
    rf"|{_T_EN}\b(?:(?:for|during|in|to|into|over|on|at)\s+)?(?:only\s+)?(?:the\s+)?(?P<w>{'|'.join(_EDGE_EN)})\s+{_N_SECS}"
    rf"(?:\s+of\s+(?:the\s+)?(?:video|promo|clip|reel|ad))?"
    rf"|{_T_ZH}(?:放到|放在|移到|挪到|显示在|出现在|在|只在|只)?\s*(?:视频)?\s*(?:的)?\s*(?P<zw>{'|'.join(_EDGE_ZH)})\s*(?:的)?\s*"
    rf"(?P<zn>{NUM})\s*秒(?:钟)?")
_TITLE_SAID = compile_led(r"title|headline|heading|标题")


def _ms(said: str) -> int:
    """'4s' -> 4000; '0:08' -> 8000."""
    if ":" in said:
        mins, secs = said.split(":", 1)
        return int(round((int(mins) * 60 + float(secs)) * 1000))
    return dur_ms(said) or 0


def _sec(ms: int) -> str:
    return f"{ms / 1000:g}s"


def _written(m: re.Match[str]) -> str:
    """The span matched, as the title's timing reads it."""
    g = m.group
    if g("a") or g("a2") or g("za"):
        a, b = (g("a") or g("a2") or g("za")), (g("b") or g("b2") or g("zb") or g("zb2"))
        return f"show the title from {_sec(_ms(a))} to {_sec(_ms(b))}"
    if g("e") or g("ze"):
        return f"show the title from {_sec(_ms(g('e') or g('ze')))} {TITLE_TO_END}"
    if g("end"):
        return f"show the title {TITLE_TO_END}"
    n = float(g("n") or g("zn")) * (unit_ms(g("u")) if g("n") else 1000.0)
    last = _EDGE_EN[g("w")] if g("w") else _EDGE_ZH[g("zw")]
    return f"show the title for {_sec(int(round(n)))} {TITLE_LAST}" if last else f"show the title from 0s to {_sec(int(round(n)))}"


def title_spans(low: str) -> str:
    """``low`` with the title's spans said in words written as the title's timing reads them (see the module)."""
    if not _TITLE_SAID.search(low):
        return low
    return _SPAN.sub(_written, low)


# An overlay's span said in words the overlays' time readers do not know, written as the range they read ("from As to
# Bs", "from As to the end"): a clock ("between 0:05 and 0:15", set CT ct090), a start then the video's end after a word
# of showing ("visible from 2 seconds until the end", ct095), the moment it leaves ("the logo should disappear at 15s",
# ct093), a Chinese range of ordinal seconds or with 之间 after it ("第3秒到第8秒", "10秒到20秒之间", ct091 ct092).
# Read only where an overlay is named, so that the title's and the clip's spans stay theirs.
_OVERLAY = r"logo|watermark|sticker|标志|水印|贴纸|贴图|商标"
_OVERLAY_SAID = compile_led(_OVERLAY)
_MOM = rf"(?:{NUM}\s*{UNIT}(?![a-z])|{_CLOCK})"
_SHOWN = r"(?:(?:visible|shown|showing|displayed|on\s+screen|there|up)\s+)?"
# a Chinese moment an overlay enters at ("从第4秒", "在第5秒开始", "第2秒的时候"), and the words of its entering
# (第 may go unsaid after 从/在 or at a clause's start: "3秒开始出现，显示4秒", "5秒后出现，持续3秒")
_ZH_AT = (r"(?:(?:从|在|于)\s*第?\s*|第\s*|(?:(?<=[，,;；])|^)\s*)(?P<{g}>" + NUM
          + r")\s*秒(?:钟)?\s*(?:开始|起|后|以后|之后)?\s*(?:的时候|时)?\s*")
_OV_SPAN = compile_led(
    # a range (a clock at either end, or "between … and …" with a clock)
    rf"\b(?:from|between)\s+(?P<a>{_MOM})\s*(?:to|until|till|through|and|-)\s*(?P<b>{_MOM})"
    # a start, then the video's end
    rf"|\b{_SHOWN}(?:from|starting\s+(?:at|from))\s+(?P<e>{_MOM})\s*(?:on\s+)?(?:until|till|to|through)\s+the\s+(?:very\s+)?end"
    rf"(?:\s+of\s+the\s+(?:video|promo|clip))?\b"
    # the moment it leaves, said right after the overlay
    rf"|\b(?P<o>(?:the\s+|our\s+)?(?:brand\s+)?(?:{_OVERLAY}))\s+(?:(?:should|must|will|needs?\s+to|has\s+to|can|to|only)\s+)*"
    rf"(?:disappear|vanish|go\s+away|be\s+gone|leave|get\s+hidden|be\s+hidden|stop\s+showing)\s+(?:at|after|by)\s+(?:the\s+)?"
    rf"(?P<g>{_MOM})(?:\s+mark)?"
    # a Chinese range of ordinal seconds, or with 之间 after it
    rf"|第\s*(?P<za>{NUM})\s*秒(?:钟)?\s*(?:到|至|-|~)\s*第?\s*(?P<zb>{NUM})\s*秒(?:钟)?(?:\s*之间)?"
    rf"|(?P<zc>{NUM})\s*秒(?:钟)?\s*(?:到|至)\s*(?P<zd>{NUM})\s*秒(?:钟)?\s*之间"
    # once the title is gone, then how long ("标题播完以后logo出现，持续4秒"): the overlay first, its span after it
    rf"|从{AFTER_TITLE}\s*(?P<atn>(?:{_OVERLAY})?)\s*(?:出现|显示|出来)?\s*[,，]?\s*(?:持续|显示|停留|保留)\s*(?P<atd>{NUM})\s*秒(?:钟)?"
    # a Chinese start, then how long ("在第5秒出现，持续3秒", "第2秒出来，显示4秒"): the range they make
    # ("从第2秒开始显示5秒": the second verb may go unsaid)
    rf"|{_ZH_AT.format(g='ya')}(?:{_ZH_SHOWS}\s*[,，]?\s*(?:然后|并且?|再)?\s*(?:持续|显示|停留|停|保留|展示|保持|出现)?"
    rf"|\s*(?:持续|停留|保留|保持)|\s*[,，]\s*(?:持续|停留|停|保留|保持|显示|展示|出现))\s*(?P<yb>{NUM})\s*秒(?:钟)?(?!\s*(?:以后|之后|后|到|至))"
    # a Chinese start and end with words between ("从第4秒显示到第9秒", "第3秒出现，第8秒消失")
    rf"|{_ZH_AT.format(g='xa')}{_ZH_SHOWS}?\s*[,，]?\s*(?:(?:一直)?\s*(?:显示|展示|持续|停留|保留)?\s*(?:到|至|直到)\s*第?\s*"
    rf"(?P<xb>{NUM})\s*秒(?:钟)?\s*(?:之间|为止|结束|消失)?|(?:在|到)?\s*第?\s*(?P<xb2>{NUM})\s*秒(?:钟)?\s*(?:消失|结束|隐藏|没了|不见))"
    # a Chinese start alone, or to the video's end ("第5秒出现", "第1秒之后才出来", "从第6秒开始显示到结尾")
    rf"|{_ZH_AT.format(g='wa')}(?:之后|以后|后)?\s*(?:才|再)?\s*{_ZH_SHOWS}(?:\s*[,，]?\s*(?:然后)?\s*(?:一直)?\s*"
    rf"(?:显示|持续|停留|保留|展示)?\s*(?:到|至|直到)\s*(?:视频)?\s*(?:的)?\s*(?:结尾|最后|结束|末尾)(?:为止)?)?"
    # ... or with no verb of showing, to the end or kept on ("从第8秒到最后", "10秒之后一直在")
    rf"|{_ZH_AT.format(g='va')}(?:(?:一直)?\s*(?:在|有|显示|保留)?\s*(?:到|至|直到)\s*(?:视频)?\s*(?:的)?\s*(?:结尾|最后|结束|末尾)(?:为止)?"
    rf"|一直\s*(?:在|有|显示|保留|挂着|都在))"
    # ... or the moment after the verb ("logo出现在第5秒")
    rf"|(?:出现|显示|出来)\s*(?:在|于)\s*第?\s*(?P<ta>{NUM})\s*秒(?:钟)?(?!\s*(?:到|至))"
    # how long alone, said of the overlay in its clause ("让logo显示5秒就消失", "logo只出现3秒"): from the start
    rf"|(?P<ov>(?:{_OVERLAY})[^，。,;；!！?？\d]{{0,10}}?)(?:只|就)?\s*(?:显示|出现|展示|停留|持续|保留)\s*(?P<vb>{NUM})\s*秒(?:钟)?"
    rf"(?=\s*(?:就好|就行|就够了|即可|就|后|以后|之后)?\s*(?:消失|没了|不见|结束|隐藏|去掉)?\s*(?:吧|了|啊)?\s*(?:$|[，,。;；!！?？]))"
    # ... or alone after a clause that named the overlay ("sale贴纸放在右边中间，显示5秒就好")
    rf"|(?<=[，,])\s*(?:只|就)?\s*(?:显示|出现|展示|停留|持续)\s*(?P<ub>{NUM})\s*秒(?:钟)?"
    rf"(?=\s*(?:就好|就行|就够了|即可|就|后|以后|之后)?\s*(?:消失|没了|不见|结束|隐藏|去掉)?\s*(?:吧|了|啊)?\s*(?:$|[，,。;；!！?？]))")


def _ov_written(m: re.Match[str]) -> str:
    """The overlay's span matched, as the overlays' time readers read it."""
    g = m.group
    if g("a"):
        return f"from {_sec(_ms(g('a')))} to {_sec(_ms(g('b')))}"
    if g("e"):
        return f"from {_sec(_ms(g('e')))} to the end"
    if g("o"):
        return f"show {g('o')} from 0s to {_sec(_ms(g('g')))}"
    if g("atd"):
        return f"{g('atn')}从{AFTER_TITLE}持续{g('atd')}秒"
    if g("ya"):
        return f" {g('ya')}秒到{float(g('ya')) + float(g('yb')):g}秒"
    if g("xa"):
        return f" {g('xa')}秒到{g('xb') or g('xb2')}秒"
    if g("wa") or g("ta") or g("va"):
        return f" {g('wa') or g('ta') or g('va')}秒以后"
    if g("vb"):
        return f"{g('ov')} 前{g('vb')}秒"
    if g("ub"):
        return f" 前{g('ub')}秒" if _OVERLAY_LAST.search(m.string, max(0, m.start() - 40), m.start()) else m.group(0)
    a, b = (g("za"), g("zb")) if g("za") else (g("zc"), g("zd"))
    return f" {a}秒到{b}秒"  # (spaced: "logo第5秒…" must keep "logo" a word)


# the clause before a bare "显示5秒" names an overlay, and no text: the time is the overlay's
# (nor a moment it starts at: "logo在标题之后出现，持续5秒" lasts 5 s from there)
_OVERLAY_LAST = compile_led(rf"(?:^|[，,。;；])(?![^，,。;；]*(?:标题|字幕|文字|title|caption|秒|{AFTER_TITLE}))[^，,。;；]*(?:{_OVERLAY})"
                            r"[^，,。;；]*[，,]\s*$")


def overlay_spans(low: str) -> str:
    """``low`` with an overlay's spans said in words written as the overlays' time readers read them (see above)."""
    if not _OVERLAY_SAID.search(low):
        return low
    return _OV_SPAN.sub(_ov_written, low)
