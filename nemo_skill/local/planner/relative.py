"""Lengths said relative to another thing on the timeline: "make the end card as long as one picture", "the title twice
as long as it is now" is the title's own, but "an end card half as long as one of the pictures", "fade in for as long
as the title is up", "片尾和每张图一样长", "时长是标题的两倍", "the last picture 2 seconds longer than the others",
"最后一张比其他的多停两秒". Each is written as the seconds it is on this draft, before the rules read the message: the
rules know a length in seconds, and read these phrases as something else (the card said the title's words and the video
became 15 s long; "longer than the others" a step longer: set FJ, the session-45 notes).

Only a thing whose length the draft holds one way is resolved: the pictures when they are all as long (or all but the
one being changed, for "than the others"), the title, the end card, a picture by its place, the transitions. Anything
else is left as said."""

from __future__ import annotations

import re
from collections import Counter
from functools import partial

from ...draft.timeline import is_card, is_clip, main_segments, seconds, title_segment
from .anchors import compile_led
from .text import FACTORS

_PICS_EN = r"(?:pictures?|photos?|images?|pics?|slides?|shots?)"
_NTH_EN = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}
_THING_EN = (rf"(?P<thing>(?:one|a|each|every|any)\s+(?:single\s+)?(?:of\s+the\s+)?{_PICS_EN}"
             rf"|(?:the\s+)?(?:other\s+{_PICS_EN}|others|rest(?:\s+of\s+(?:the\s+)?{_PICS_EN})?)|the\s+{_PICS_EN}"
             rf"|the\s+(?P<nth>first|second|third|fourth|fifth|last)\s+{_PICS_EN}"
             r"|the\s+(?:title|headline)|the\s+(?:end\s*card|outro|closing\s+card|card)|the\s+transitions?|the\s+crossfades?)")
_MULT_EN = r"(?:(?P<m>twice|two\s+times|2\s+times|three\s+times|3\s+times|half)\s+)?"
# "as long as the title is up": the time it is on screen; "as long as it is readable" stays a condition
_ON_SCREEN = (r"(?:\s+(?:is|are|stays?)\s+(?:up|on\s+screen|on|showing|shown|visible|displayed)|\s+(?:shows|lasts)\b|\s+(?:is|are|was|were)(?=\s*(?:$|[,.;!?]|now\b))"
              r")?(?:\s+(?:now|currently))?(?!\s+(?:is|are|was|were|stays?|gets?)\b)")
_RELATIVE_EN = compile_led(
    rf"\b(?:{_MULT_EN}as\s+long\s+as|(?:for\s+)?(?:the\s+)?same\s+(?:length|time|duration)\s+as)\s+{_THING_EN}{_ON_SCREEN}(?![a-z])")
_MORE_EN = compile_led(
    r"\b(?P<n>\d+(?:\.\d+)?|a|one)\s*(?:seconds?\b|secs?\b|s\b)\s*(?P<dir>longer|shorter)\s+than\s+"
    rf"(?:the\s+)?(?:others|other\s+(?:ones|{_PICS_EN})|rest(?:\s+of\s+(?:the\s+)?{_PICS_EN})?)\b")

_PICS_ZH = r"(?:图片|图|照片|张)"
_NTH_ZH = {"一": 0, "1": 0, "二": 1, "2": 1, "三": 2, "3": 2, "四": 3, "4": 3, "五": 4, "5": 4}
_THING_ZH = (rf"(?P<zthing>(?:每|一|1|任何一|任何1)\s*张\s*{_PICS_ZH}?|(?:其他|其它|其余|别的)\s*(?:的)?\s*(?:几张)?\s*{_PICS_ZH}?|图片|照片"
             rf"|第\s*(?P<znth>[一二三四五1-5])\s*张\s*{_PICS_ZH}?|(?P<zlast>最后\s*[一1]\s*张)\s*{_PICS_ZH}?"
             r"|标题|片尾(?:卡片?)?|结尾卡片?|结束页|转场)")
# (as long as another thing only with 和/跟: "每张照片时长相同" is every picture alike, set I wave23)
# (its length said before it, the word 长 left out: "结尾淡出，时长跟转场一样", set EY ey112)
_SAME_LEN_ZH = compile_led(rf"(?<=时长|时间|长度)\s*(?:和|跟|与|同)\s*{_THING_ZH}\s*(?:的)?\s*(?:时长|时间)?\s*(?:一样|相同|同样)\s*(?:长|久)?")
_SAME_ZH = compile_led(rf"(?:和|跟|与|同)\s*{_THING_ZH}\s*(?:的)?\s*(?:时长|时间)?\s*(?:(?:一样|同样)\s*(?:长|久)|相同)")
_TIMES_ZH = compile_led(rf"(?:是|为|改成|设为)?\s*{_THING_ZH}\s*(?:的)?\s*(?:时长|时间)?\s*的\s*(?P<zm>两倍|2倍|三倍|3倍|一半|1半)")
_MORE_ZH = compile_led(
    rf"比\s*(?:其他|其它|其余|别的)\s*(?:的)?\s*(?:几张)?\s*{_PICS_ZH}?\s*(?P<zdir>多|少|长|短)\s*(?P<verb>停|放|显示)?\s*(?P<zn>\d+(?:\.\d+)?)\s*秒")
_TOTAL_KEPT = compile_led(r"(?:总时长|总长|整体时长|视频时长|总长度)\s*(?:保持)?\s*(?:不变|别变|不要变)|\b(?:keep|same)\s+(?:the\s+)?(?:total|overall\s+length)"
                          r"|\b(?:total|overall\s+length)\s+(?:stays|the\s+same|unchanged)")

def _pictures(draft: dict) -> list[int]:
    return [int(s["d"]) for s in main_segments(draft) if not is_clip(s) and not is_card(s)]


def _common(lengths: list[int]) -> int | None:
    """The one length all of ``lengths`` have, or all but one (the picture being changed stands out)."""
    if not lengths:
        return None
    value, count = Counter(lengths).most_common(1)[0]
    return value if count >= max(1, len(lengths) - 1) else None


# every picture's length set in the same message ("帽子那张是其他图片的两倍，其他图保持每张5秒"): the pictures' length is the
# new one, which this draft does not hold yet (it had doubled the old 6.4 s; set EY ey092)
_EACH_SET = compile_led(r"每\s*张\s*(?:图片?|照片)?\s*(?:都)?\s*(?:放|停|显示)?\s*\d+(?:\.\d+)?\s*秒|\beach\s+(?:one\s+|picture\s+|photo\s+|image\s+)?(?:for\s+)?\d"
                        r"|\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:each|apiece|per\s+(?:picture|photo|image|pic|slide))\b"
                        r"|\b(?:every|all(?:\s+the)?)\s+(?:other\s+)?(?:pictures?|photos?|images?|pics?|slides?)\s+(?:to\s+|at\s+|for\s+)?\d")


def _length_of(draft: dict, thing: str, nth: int | None, pictures_set: bool) -> int | None:
    """The length (ms) on ``draft`` of the thing said, or None when it has none, or more than one (or it is the pictures'
    and ``pictures_set``: the message sets it anew)."""
    pics = [] if pictures_set else _pictures(draft)
    if nth is not None:
        return pics[nth] if -len(pics) <= nth < len(pics) else None
    if re.search(r"title|headline|标题", thing):
        seg = title_segment(draft)
        return int(seg["d"]) if seg else None
    if re.search(r"card|outro|片尾|结尾|结束页", thing):
        cards = [s for s in main_segments(draft) if is_card(s)]
        return int(cards[-1]["d"]) if cards else None
    if re.search(r"transition|crossfade|转场", thing):
        kinds = {int((s.get("tr") or {}).get("d", 0)) for s in main_segments(draft)[1:] if (s.get("tr") or {}).get("type", "none") != "none"}
        return kinds.pop() if len(kinds) == 1 else None
    return _common(pics)


def _said(ms: float, zh: bool) -> str:
    return f"{seconds(ms)}秒" if zh else f"{seconds(ms)} seconds"


def _as_long_as(m: re.Match[str], draft: dict, pictures_set: bool) -> str:
    """"as long as one picture", "twice as long as the title" (English) as its seconds, else as said."""
    nth = _NTH_EN[m.group("nth")] if m.group("nth") else None
    ms = _length_of(draft, m.group("thing"), nth, pictures_set)
    if ms is None:
        return m.group(0)
    factor = FACTORS[re.sub(r"\s+", " ", m.group("m"))] if m.group("m") else 1.0
    # ("make the title last as long as the first picture": "last for", never "the last 6.4 seconds", set FI fi035)
    lead = "for " if m.group(0).startswith("for ") or re.search(r"\b(?:last|stay|stays|show|remain)\s*$", m.string[:m.start()]) else ""
    return lead + _said(ms * factor, False)


def _as_long_as_zh(m: re.Match[str], draft: dict, pictures_set: bool) -> str:
    """"和每张图一样长", "标题的两倍" as its seconds, else as said."""
    nth = _NTH_ZH[m.group("znth")] if m.group("znth") else -1 if m.group("zlast") else None
    ms = _length_of(draft, m.group("zthing"), nth, pictures_set)
    if ms is None:
        return m.group(0)
    return _said(ms * (FACTORS[m.group("zm")] if "zm" in m.re.groupindex else 1.0), True)


def _than_others(m: re.Match[str], draft: dict, pictures_set: bool) -> str:
    """"2 seconds longer than the others", "比其他的多停2秒" as its seconds, else as said."""
    ms = None if pictures_set else _common(_pictures(draft))
    if ms is None:
        return m.group(0)
    if "n" in m.re.groupindex:
        n = 1.0 if m.group("n") in ("a", "one") else float(m.group("n"))
        step = n * 1000 * (1 if m.group("dir") == "longer" else -1)
        return _said(ms + step, False) if ms + step > 0 else m.group(0)
    step = float(m.group("zn")) * 1000 * (1 if m.group("zdir") in ("多", "长") else -1)
    return f"{m.group('verb') or '放'}{_said(ms + step, True)}" if ms + step > 0 else m.group(0)


# a moment said by a picture or clip ("keep the title up until the second picture comes in", "until the first picture
# ends", "标题一直显示到第一个视频开始", "显示到第二张图出现为止"): its start or its end on this draft (the title had been left
# to the video's end: a wrong edit, set FJ fj108)
_UNTIL_EN = compile_led(r"\b(?:until|till|til)\s+the\s+(?P<nth>first|second|third|fourth|fifth|last)\s+(?P<kind>picture|photo|image|pic|slide|shot|clip|video)"
                        r"\s+(?P<ev>comes\s+in|appears|starts|shows\s+up|begins|ends|changes|is\s+over|finishes|is\s+done)\b")
_UNTIL_ZH = compile_led(r"到\s*第\s*(?P<znth>[一二三四五1-5])\s*(?P<zkind>张\s*(?:图片?|照片)?|个\s*(?:视频|片段)|段\s*(?:视频|片段)?)\s*"
                        r"(?P<zev>出现|开始|出来|结束|完|播完)\s*(?:为止|的时候)?")


def _until_shot(m: re.Match[str], draft: dict, pictures_set: bool) -> str:
    """"until the second picture comes in", "到第一个视频开始" as that moment in seconds, else as said."""
    segs = [sg for sg in main_segments(draft) if not is_card(sg)]
    zh = "znth" in m.re.groupindex
    kind = m.group("zkind") if zh else m.group("kind")
    clips = bool(re.search(r"clip|video|视频|片段|段", kind))
    pool = [sg for sg in segs if is_clip(sg) == clips] if re.search(r"picture|photo|image|pic|clip|video|张|视频|片段|段", kind) else segs
    n = _NTH_ZH[m.group("znth")] if zh else _NTH_EN[m.group("nth")]
    clause = re.split(r"[,.;!?，。；！？\n]", m.string[:m.start()])[-1]
    if pictures_set or not -len(pool) <= n < len(pool) or not re.search(r"\b(?:title|headline)\b|标题", clause):
        return m.group(0)  # (the title's only: an overlay's time by the pictures is overlays.py's, LogoArgs.to_shot)
    seg = pool[n]
    ends = re.search(r"end|change|over|finish|done|结束|完", m.group("zev") if zh else m.group("ev"))
    ms = int(seg["s"]) + (int(seg["d"]) if ends else 0)
    return f"到{seconds(ms)}秒" if zh else f"until {seconds(ms)} seconds"


def relative_lengths(low: str, draft: dict | None) -> str:
    """``low`` with each length said relative to another thing written as its seconds on ``draft``."""
    if not isinstance(draft, dict) or not main_segments(draft):
        return low
    pictures_set = bool(_EACH_SET.search(low))  # (then only the title, the card and the like are read)
    # (not with the total kept: "the ring a second shorter than the others, same total" grows the others, and the ring
    # with them; set FI fi149)
    kept_total = bool(_TOTAL_KEPT.search(low))
    for cue, rx, said, wanted in (
            (("long", "length", "time", "duration"), _RELATIVE_EN, _as_long_as, True),
            (("than",), _MORE_EN, _than_others, not kept_total),
            (("样", "相同"), _SAME_LEN_ZH, _as_long_as_zh, True),
            (("样", "相同"), _SAME_ZH, _as_long_as_zh, True),
            (("倍", "半"), _TIMES_ZH, _as_long_as_zh, True),
            (("比",), _MORE_ZH, _than_others, not kept_total),
            (("until", "till", "til"), _UNTIL_EN, _until_shot, True),
            (("到",), _UNTIL_ZH, _until_shot, True)):
        if wanted and any(c in low for c in cue):
            low = rx.sub(partial(said, draft=draft, pictures_set=pictures_set), low)
    return low
