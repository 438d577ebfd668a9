"""Lexical layer: normalising a message, quoted text, numbers and durations in English and Chinese.

Everything downstream matches regexes against ``Message.low`` (lower case, numbers as digits, quoted
text replaced by placeholders) and reads original-case text from ``Message.orig`` at the same offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from ...draft.styles import COLOURS, parse_font
from ...draft.timeline import seconds
from .anchors import compile_led, longest
from .dialect import standard

# Quoted text is swapped for a private-use placeholder so that no rule can match inside it.
Q_OPEN, Q_CLOSE = "\ue000", "\ue001"
QUOTE_RE = compile_led(Q_OPEN + r"(\d+)" + Q_CLOSE)
_QUOTE_PAIRS = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u300c", "\u300d"),
                ("\u300e", "\u300f"), ("\u300a", "\u300b"), ("\u00ab", "\u00bb"), ("\u2039", "\u203a")]
_QUOTE_RX = compile_led(
    "|".join(f"{re.escape(a)}([^{re.escape(a + b)}\\n]{{1,500}}?){re.escape(b)}" for a, b in _QUOTE_PAIRS)
    # single quotes only around a phrase, never an apostrophe inside a word ("don't")
    # (a Chinese character beside a quote is not a letter of a word: "把标题改成'新品'")
    # (nor after a capital: "I'd like the title to read 'Back to School Sale'" quoted "d like the title to read", set BT
    # bt291)
    # (an apostrophe between two letters stays inside: "'What's inside?'" was no quote at all, set CH ch182)
    + r"|(?<![A-Za-z0-9_])'((?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){1,500}?)'(?![A-Za-z0-9_])"
)

MAX_MESSAGE = 4000


def outside_quotes(text: str, change: Callable[[str], str]) -> str:
    """``text`` with ``change`` made outside its quotes: the quotes the planner reads (``_QUOTE_RX``) stay verbatim."""
    out: list[str] = []
    at = 0
    for m in _QUOTE_RX.finditer(text):
        out += [change(text[at:m.start()]), m.group(0)]
        at = m.end()
    return "".join([*out, change(text[at:])])


def _simplified_table() -> dict[int, int]:
    """Traditional (and Taiwan variant) characters -> simplified, one character for one, from OpenCC's own
    dictionaries (the ``opencc-python-reimplemented`` package of the ``local`` extra): TWVariantsRev (Taiwan forms
    to OpenCC's standard ones), then TSCharacters, the first reading where a character has several; a character that
    is itself simplified (a key of STCharacters: 才, 么, 群) is never changed. Character for character, so offsets stay
    and a message costs one ``str.translate`` (bench/planner.py). Phrases that differ as words ("影片", "直式") are
    vocabulary rewrites."""

    def read(name: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for line in (resources.files("opencc") / "dictionary" / name).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1].split(" ")[0]) == 1:
                out[parts[0]] = parts[1].split(" ")[0]
        return out

    ts, tw, simple = read("TSCharacters.txt"), read("TWVariantsRev.txt"), read("STCharacters.txt")
    table: dict[int, int] = {}
    for ch in set(ts) | set(tw):
        std = tw.get(ch, ch)
        to = ts.get(std, std)
        if to != ch and ch not in simple:
            table[ord(ch)] = ord(to)
    return table


# built once at import (4,100 lines read, ~5 ms)
_TO_SIMPLIFIED = _simplified_table()


def simplified(text: str) -> str:
    """'標題改成藍色' -> '标题改成蓝色': character for character (the length stays)."""
    return text.translate(_TO_SIMPLIFIED)  # longer messages are cut: nobody types an edit longer than this


def reading(text: str) -> str:
    """``text`` in the words the planner reads, at the same offsets: simplified outside quotes ("還是太大聲" is
    "还是太大声"), dialect words as their standard twins (dialect.py: "再大啲" is "再大点", "no lah, wipe better");
    quoted text stays verbatim. ``normalize`` and the follow-up reader both start here, so one table serves every
    script and dialect."""
    return outside_quotes(text, lambda part: standard(simplified(part)))

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
_EN_NUM_RX = compile_led(
    r"\b(?:(?P<tens>" + "|".join(_EN_TENS) + r")(?:[\s-](?P<unit1>one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?P<unit>" + "|".join(k for k in _EN_UNITS if k != "one") + r"))\b"
)
# "one" is a number only where it cannot be a pronoun ("the blue one"); "ones" never is one second ("make the
# remaining ones 6 seconds each" read "1s 6 seconds", 7 s; set BU bu219)
_EN_ONE_RX = compile_led(
    r"(?:(?<=image )|(?<=photo )|(?<=picture )|(?<=clip )|(?<=video )|(?<=slide )|(?<=segment )|(?<=number ))"
    r"one\b|\bone(?!s\b)(?=[\s-]*(?:s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|ms\b|and\b|to\b|,|$))"
)
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "零〇一二两三四五六七八九十百千"
_CN_AFTER_UNIT = compile_led(
    f"(第)?([{_CN_NUM}]+)(?=\\s*(?:秒|毫秒|分钟|张|个|段|幅|号|帧|倍|%|和|与|跟|到|至|、))|(第)([{_CN_NUM}]+)"
)
_CN_PERCENT = compile_led(f"百分之([{_CN_NUM}\\d.]+)")
# tenths: "背景音乐调到两成" is 20 % (set BS bs262 left the music unread beside the title done); only after a "to"
# (调到, 设为, 降到…), never "八成是…" ("most likely")
_CN_TENTHS = compile_led("((?:到|为|成|设)\\s*)(十|10|[一二两三四五六七八九1-9])\\s*成(?=\\s*(?:$|[，,。；;！!？?、 ]|左右|上下|就|吧|即可|了|的音量|音量))")


def cn_to_int(s: str) -> int:
    """'二十五' -> 25, '一百二十' -> 120, '十' -> 10, '三' -> 3."""
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch] if digit is None else digit * 10 + _CN_DIGITS[ch]
        else:
            mult = {"十": 10, "百": 100, "千": 1000}[ch]
            section += (digit if digit is not None else 1) * mult
            digit = None
    return total + section + (digit or 0)


# (compiled once here: two more patterns through re's own cache, whose 512 entries the planner's modules share, made the 4000-
# character message 66.8 -> 101.4 ms in the bench, after its corpus run had filled that cache)
_QUARTER = compile_led(r"\b(?:a|one)\s+quarter(?:\s+of)?(?:\s+an?)?(?=\s+(?:second|sec|s)\b)")
_THREE_QUARTERS = compile_led(r"\b(?:three|3)\s+quarters?(?:\s+of)?(?:\s+an?)?(?=\s+(?:second|sec|s)\b)")


def _en_numbers(text: str) -> str:
    def repl(m: re.Match) -> str:
        if m.group("tens"):
            return str(_EN_TENS[m.group("tens")] + (_EN_UNITS[m.group("unit1")] if m.group("unit1") else 0))
        return str(_EN_UNITS[m.group("unit")])

    text = _EN_NUM_RX.sub(repl, text)
    text = re.sub(r"\ba half\b|\bhalf a\b", "0.5", text)
    # ("like a quarter second": not understood; dev set HK)
    text = _QUARTER.sub("0.25", text)
    text = _THREE_QUARTERS.sub("0.75", text)
    return _EN_ONE_RX.sub("1", text)


# a decimal said in Chinese numerals before its unit: "零点八秒", "一点五倍" (read as 8 s: "转场时长改成零点八秒" was refused as
# too long, set CE ce106); after a word of more or less too: "转场再长一点五秒" is 1.5 s longer, as "再长1.5秒" is ("a little,
# 5 s" made the video 5 s long; wave 31 row). "一点" before no numeral, or apart from it ("长一点，五秒"), stays "a little",
# and so it does before a volume or a rate ("音乐大一点五%" is no 1.5%)
_CN_DECIMAL = compile_led(f"(?:(?<![大小长短快慢多少高低晚早亮暗远近])|(?=[{_CN_NUM}]+点[零〇一二两三四五六七八九]+\\s*(?:秒|毫秒|分钟)))"
                          f"([{_CN_NUM}]+)点([零〇一二两三四五六七八九]+)(?=\\s*(?:秒|毫秒|分钟|倍|%|帧))")


def _cn_decimal(m: re.Match[str]) -> str:
    return f"{cn_to_int(m.group(1))}." + "".join(str(_CN_DIGITS[c]) for c in m.group(2))


def _cn_numbers(text: str) -> str:
    if "点" in text:
        text = _CN_DECIMAL.sub(_cn_decimal, text)
    text = _CN_PERCENT.sub(lambda m: (str(cn_to_int(m.group(1))) if not re.search(r"\d", m.group(1))
                                      else m.group(1)) + "%", text)
    text = text.replace("半秒", "0.5秒")
    if "成" in text:
        text = _CN_TENTHS.sub(lambda m: m.group(1) + str(10 * (int(m.group(2)) if m.group(2).isdigit() else cn_to_int(m.group(2)))) + "%", text)

    def repl(m: re.Match) -> str:
        nth, said = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
        if nth and len(said) == 2 and said[0] != said[1] and all(c in "一二三四五六七八九" for c in said):
            # "第二三张", "第四五张": two places in a row, never the 23rd ("删掉第二三张" looked for a 23rd picture, set EG's kind)
            return f"第{_CN_DIGITS[said[0]]}、{_CN_DIGITS[said[1]]}"
        return (nth or "") + str(cn_to_int(said))

    return _CN_AFTER_UNIT.sub(repl, text)


# Full-width quote marks are quote marks before anything else, so the quotes are found in the message as typed.
_WIDE_QUOTES = str.maketrans({"\uff02": '"', "\uff07": "'"})


def _nfkc(part: str) -> str:
    return unicodedata.normalize("NFKC", part)


def _clean(raw: str) -> str:
    """Full-width and compatibility forms folded (：, ，, ５０ -> ascii) outside quotes only: quoted text stays as
    typed ("标题改成“淘宝：红鞋”" keeps its colon full-width; folding the whole message made it "淘宝:红鞋"; set AS as182)."""
    text = outside_quotes(raw[:MAX_MESSAGE].translate(_WIDE_QUOTES), _nfkc)
    if text.replace("\n", "").isprintable():
        # (every character blanked below is unprintable: a message without one is as it is, found in one call instead
        # of a category looked up per character, 1.4 ms on 4000 characters)
        return text
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") and ch not in "\n":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


# the punctuation NFKC folds that words typed unquoted hold ("下面小字写淘宝店铺：阿杰潮牌", "写个结尾：评论区抽奖，关注+点赞")
_FOLDED = {",": ",，", ":": ":：", ";": ";；", "!": "!！", "?": "?？", "(": "(（", ")": ")）"}


def _as_typed(words: str, raw: str) -> str:
    """Words found unquoted in the folded message (``_clean``) as typed in ``raw``: their full-width punctuation back
    (quoted or unquoted, a text's words are kept as typed; the folding had made "淘宝店铺：阿杰潮牌" "淘宝店铺:阿杰潮牌")."""
    if not any(c in _FOLDED for c in words):
        return words
    pattern = "".join(r"\s+" if c == " " else f"[{re.escape(_FOLDED[c])}]" if c in _FOLDED else re.escape(c) for c in words)
    found = re.search(pattern, raw)
    return " ".join(found.group(0).split()) if found else words


def _lower_aligned(text: str) -> str:
    """Lower case without changing offsets (a few characters lower to two code points)."""
    low = text.lower()
    if len(low) == len(text):  # the usual case, in one call
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# Text a person means verbatim without quoting it: after "says"/"reading"/"should say"/"写成"/a colon, when a
# text (title, end card, caption...) was named just before. "add an end card that says Limited stock!" put
# the old title on the card; "标题写成：限时五折" made the title "成:限时五折". It runs to the end of the
# sentence, or to ", and <another edit>".
# (read before the typos are corrected: the title's slips are its name too, "titel should say Last Chance – Ends Sunday" lost
# its words, set CU cu228)
# (its slips in "change the title to X" too: "rename the tittle to Weekend Deals" had its words typo-corrected, "weekend
# dials", set DA da060)
_TITLE_NOUN = r"(?:title|titel|tittle|tilte|headline|headine|hedline|heading)"
_TEXT_NOUN = (rf"(?:{_TITLE_NOUN}|caption|captoin|capton|subtitle|subtitel"
              r"|end\s*card|end\s+screen|outro|ending(?=\s+(?:(?:that|which)\s+says|saying|reading)\b)|closing\s+card|final\s+card|card|cta"
              r"|call\s+to\s+action|text|tagline|slogan|banner|screen|slide|slate|overlay|label|button|copy|super|lower\s+third"
              r"|标题|大标题|字幕|卡片|片尾|结尾|文字|文案|行动号召|口号|标语"
              # (a screen added last is the end card: "最后加个画面，写上 X" gave the card the title's words, set CL cl157)
              r"|(?:最后|末尾)\s*(?:再)?\s*(?:加上?|加个|加一个|放个|放一个|来个|来一个)\s*(?:一张|一个|[一1]\s*[张页屏])?\s*(?:画面|页面|页))")
_EN_CUE = (r"(?:(?:that|which|it)\s+(?:says|reads|said)|saying|reading|with\s+the\s+(?:text|words?|wording|line|message)"
           # ("I want the title to just say 50% OFF EVERYTHING": dev set HB hb012)
           r"|(?:should|to|must|will|shall|can)\s+(?:just\s+|simply\s+|only\s+)?(?:say|read)|(?:text|wording|words|message|copy)\s+to)\s*:?")
_ZH_CUE = r"(?:写成|写着|写上|内容是|内容为|文字是|文案是)\s*[:：]?"
# the verbs that start a wish of their own (a list or unquoted words end before one)
EDIT_VERB = (r"(?:make|set|change|add|remove|delete|move|put|mute|turn|use|show|keep|lower|raise|shorten|extend|swap"
             r"|fade|give|drop)")
# a removal said after a text's unquoted words and a comma: another wish ("title says NEW DROP, and lose the captions" titled
# the video "NEW DROP, and lose the captions" and read its "drop" as the title removed, set CG cg197)
_GONE_VERB = r"(?:lose|ditch|kill|cut|scrap|hide|get\s+rid\s+of|take\s+out|take\s+off|no\s+more)"
# a look said of a text ("in yellow", "in bold serif", "at the top"): after its words, it is no part of them
_COLOUR_WORDS = "|".join(sorted((c for c in COLOURS if c.isascii()), key=longest))
_ZH_COLOUR_WORDS = "|".join(sorted((c for c in COLOURS if not c.isascii()), key=longest))
_LOOK_SAID = (rf"(?:(?:in|with)\s+(?:an?\s+)?(?:bold\s+)?(?:{_COLOUR_WORDS}"
              r"|serif|sans[\s-]?serif|sans|playfair|handwriting|handwritten|cursive|bold)(?:\s+(?:font|type|typeface|text|letters"
              r"|colou?r))?|(?:at|on|in)\s+the\s+(?:top|bottom|middle|center|centre)(?:\s+(?:left|right))?"
              r"(?:\s+of\s+the\s+(?:screen|frame|video))?"
              # (a card's background: "end with a card that says Available now on a red background" gave the card all of
              # it as its words, set CJ cj153)
              rf"|(?:on|with|against|over)\s+(?:an?\s+|the\s+)?(?:solid\s+|plain\s+|pure\s+)?(?:{_COLOUR_WORDS})\s+"
              r"(?:background|backdrop|bg)(?:\s+colou?r)?)")
# the words before a "now" that makes a call to action with it ("Shop now", "Order now", "On Sale now"): that "now" is the
# text's, never when the wish is made (``_UNQUOTED``, ``_TO_TEXT``; {sp}: the space before "now" when the lookbehind
# stands after it)
_CTA_VERBS = ("shop", "order", "buy", "book", "call", "join", "get", "try")  # "Order now" said as the new title's words
_CTA_BEFORE_NOW = _CTA_VERBS + (
    "act", "download", "subscribe", "apply", "register", "save", "start", "visit", "follow", "watch", "see", "claim", "grab",
    "reserve", "discover", "explore", "enroll", "sign up", "learn more", "available", "on sale", "live", "open", "in stock",
    "here", "out", "playing", "streaming")
# the lookbehinds that a "now" is no call to action's ("Shop now", "Order now"): read by the unquoted title words here and
# by the tidying's filler (``tidy._filler``), one list for both
NOT_CTA_BEFORE = "".join("(?<!\\b(?i:" + w.replace(" ", r"\s") + "){sp})" for w in _CTA_BEFORE_NOW)
_CTA_NOW = "(?:" + "|".join("(?<=\\b(?i:" + w + r")\s)" for w in _CTA_VERBS) + r")now\b"
# a thing said in Chinese that a wish of its own starts with (``_UNQUOTED``: the words before it end at the comma)
_ZH_THING = r"(?:字幕|背景音乐|音乐|配乐|转场|旁白|配音|解说|滤镜|原声|图片|照片)"
_UNQUOTED = compile_led(
    # ("…, and title says 70% off", "sale preset, title says 限时五折": what a text says, as the wish, sets AJ aj171, aj240;
    # not a complaint of what it says now, "the title says Gold Ring but it should be…"; after "and" in a list of wishes
    # "the title says X" is one more wish: "make it vertical, music quieter, and the title says NEW DROP" removed the title
    # for the "drop" of its words, set CQ cq084)
    rf"(?P<cue>(?:(?<!the\s)|(?<=(?i:[,;]\sand\sthe\s))|(?<=^the\s))(?i:\b(?:title|headline|heading|end\s*card|cta)\s+(?:says|reads)\s+)"
    rf"(?![^.;!?\n\ue000,，]*\b(?i:but|wrong|instead|should|typo|misspel\w*|incorrect)\b)"
    # (nor what it says now, with the fix in the next sentence: "the title says Gold Ring. it should say Silver Ring" titled
    # the video "Gold Ring")
    rf"(?![^.;!?\n\ue000]*[.;!?\n]\s*(?i:(?:but\s+)?(?:it|that|this|which)\s*(?:should|must|needs|has\s+to|is\s+wrong|'s\s+wrong)"
    rf"|(?:please\s+)?(?:change|fix|correct|update|replace)\s+(?:it|that|this)\b))"
    # ("put the ring first and make its caption say Best Seller": what a text is made to say, set AI ai217)
    rf"|(?i:\b(?:make|have|let|get)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z0-9\-]+\s+){{0,3}}?(?:title|headline|heading|captions?"
    rf"|subtitles?|end\s*card|cta)\s+(?:say|read)\s+)"
    # ("can the headline read Buy 1 Get 1 Free": the same asked as a question, set CF cf135)
    rf"|(?i:\b(?:can|could)\s+(?:you\s+(?:make|have|let)\s+)?(?:the|its|their)\s+(?:title|headline|heading|end\s*card|cta)"
    rf"\s+(?:say|read)\s+)"
    # ("make the title pop in bigger and say Holiday Gift Guide": its words said after another wish of it, set CG cg198)
    rf"|(?i:\b(?:make|have|let|get)\s+(?:the\s+)?(?:title|headline|heading)\s+(?:[a-z\-]+\s+){{1,4}}?and\s+(?:say|read)\s+)"
    # (or asked: "can the title be at the top and say My Shop", "the title should be bigger and read X": the words were left
    # unread beside the move, set CX cx214)
    rf"|(?i:\b(?:(?:can|could|should|would)\s+(?:the\s+)?(?:title|headline|heading)|(?:the\s+)?(?:title|headline|heading)\s+(?:should|must|can|could))"
    rf"\s+be\s+(?:[a-z\-]+\s+){{1,4}}?and\s+(?:say|read)\s+(?!(?:what|how|something|anything|whatever|who|why|where|it|that|this)\b))"
    rf"|(?i:{_TEXT_NOUN})(?:[^.;!?\n\ue000\ue001]{{0,24}}?(?:\s(?i:{_EN_CUE})\s+|\s*(?:{_ZH_CUE})\s*)"
    rf"|(?i:\s+(?:for|of|on|under)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|last)\s+)?"
    rf"(?:picture|image|photo|pic|slide|shot)(?:\s*\d+)?"
    # ("caption for the watch: Waterproof": a picture named by what it shows, right before the colon)
    rf"|\s+(?:for|of|on|under)\s+(?:the\s+)?[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*){{0,2}}(?=\s*[:：]))?"
    # ("结尾加个卡片，写：关注我们": the verb after a comma)
    # (the words asked to be changed, then given: "标题能不能换个字：秋季上新" was not understood, set CU cu171)
    rf"\s*(?:(?:[，,]\s*)?(?:改成|改为|换成|设为|就是|是|为|写|要写|就写|内容|文字"
    rf"|(?:能不能|可不可以|能否|可以|能)?\s*(?:帮我)?\s*(?:换个字|换几个字|换个说法|换个名字|换一下|改一下|换下|改下)))?\s*[:：]\s*))"
    # (not a place: "move the title text to the bottom")
    # (nor an instruction: "标题：放在顶部", "captions: remove" are wishes about the text, not its words)
    # (nor where it is read: "the captions are too small to read on a phone")
    # (nor a judgement under its name: "Music: good. Voice: good. Title: good." renamed the title; dev set HM hm046)
    rf"(?P<t>(?![\ue000\s])(?!(?i:good|great|perfect|ok|okay|approved|nice|same|fine|all\s+good)\s*(?:[.;,!]|$))(?!(?:on|in|at|from)\s+(?:a|an|the|my|our|your|phones?|mobile|tvs?|screens?|small)\b|(?:it|them|easily|properly|well|clearly|tiny|small|big|huge|massive|too|so|way|weird|odd|fine|badly|poorly"
    # (nor why: "the captions are hard to read because they're so small", set GU gu108 captioned them with the why)
    rf"|because|since|when"
    # (nor what it is read over: "the white title is hard to read over them" titled the video "over them", dev set HC hc094,
    # and "… over the red sneaker. Can you make it white …" "over the red sneaker"; the words go in vocab's Session 55 block)
    rf"|(?:over|against|behind|on\s+top\s+of)\s+[a-z]+)\b)"
    # (nor a colour alone: "标题：红色" titled the video 红色, where "标题：红色，放顶部" coloured it)
    rf"(?!(?:{_ZH_COLOUR_WORDS})的?\s*[。.!！]?\s*$)"
    rf"(?!(?:放|移|挪|改|换|调|删|去掉|去除|拿掉|加|不要|别|用|设|显示|变|居中|顶部|底部|上方|下方|中间|静音|大一|小一)"
    # (nor how it moves, in lower case: "title: slide up when it appears please", set BU bu079 titled the video so)
    rf"|(?:{EDIT_VERB}|remove|delete|hide|bigger|smaller|larger|off|none|top|bottom|center|centre"
    rf"|slide|slides|sliding|pop|pops|popping|bounce|bounces|typewriter|animate|animated|no\s+animations?|static)\b)(?!(?<=to\s)(?i:(?:the\s+)?(?:top|bottom|center|centre|middle|left|right|upper|lower|corner"
    rf"|end|start|beginning|front|back)\b))(?:[^\ue000\ue001\n.;!?。；！？，,]|\.(?=[a-z0-9])){{1,80}}?"
    # a title in Title Case goes on past a comma ("title: New Season, New You"); a lower-case part is another wish
    rf"(?:[,，]\s*(?!(?i:{EDIT_VERB})\b)[A-Z][\w'’&\-]*(?:\s+(?:[A-Z0-9][\w'’&\-]*|&|of|the|and|a|an|in|for|to|on|at|with))*)*"
    # (its exclamation marks too: "title: Everything Must Go!!", set DB db157 left them unquoted, "must go" read "remove")
    rf"[!！]{{0,3}})"
    rf"(?=\s*(?:[.;。；!?！？]\s|[.;。；?？]?\s*$|[,，]\s*(?:and\s+|then\s+|and\s+then\s+)?(?i:{EDIT_VERB})\b"
    # ("the title should say Winter Drop now": a lower-case "now" ending the message after words in Title Case is when,
    # not the text's; the title became "Winter Drop now", set BW bw133's other wording)
    # (never a call to action's: "Shop now", "On Sale now")
    + "|(?:" + "|".join(rf"(?<=\b[A-Z][a-z0-9]{{{n}}}\s)" for n in range(12)) + r")" + NOT_CTA_BEFORE.format(sp=r"\s")
    + r"now\s*[.!]?\s*$" +
    rf"|\s+(?:and|then)\s+(?i:{EDIT_VERB})\b|[,，]\s*(?:然后|再|并且|并|同时)"
    # ("标题：满199减30 ，字幕全部删掉": a wish of another thing after a comma, said in Chinese; set DB db044 left the words
    # unquoted and read 减 as the title shortened)
    # (words in Chinese or numbers before it only: "title: Summer Sale, 音乐小一点" read the title's size in the wish)
    rf"|(?:(?<=[\u4e00-\u9fff\d])|(?<=[\u4e00-\u9fff\d]\s))[,，]\s*(?={_ZH_THING})"
    # (or a part holding quoted words: "片尾，文字是感谢观看，小字写“abc.com”" made the title's card, the words left)
    rf"|(?:(?<=[\u4e00-\u9fff\d])|(?<=[\u4e00-\u9fff\d]\s))[,，](?=[^.;。；!?！？,，\ue000]{{0,20}}\ue000)"
    # ("make the title say Spring Drop and have it typewriter in": a wish of "it" after "and have", set CF cf075)
    rf"|\s+(?:and|then)\s+(?i:have|let|get)\s+(?:it|them|the\s+(?:title|headline|heading|captions?|subtitles?|text))\b"
    # ("title says NEW DROP, and lose the captions": a removal after a comma is another wish, set CG cg197)
    rf"|[,，]\s*(?:and\s+|then\s+)?(?i:{_GONE_VERB})\b"
    # ("… saying Shop Now with lumenstore.com under it, and our logo": the logo after a comma is the card's, set FS fs126
    # ran the words to the end and dropped them)
    rf"|[,，]\s*(?:and\s+|plus\s+|with\s+)?(?:(?i:our|the|my|your|their)\s+)?(?:(?i:brand)\s+)?(?i:logo)\b"
    # ("title should say 50% OFF and end with Shop now": the end card is another wish, set AH ah193)
    rf"|[,，]?\s+(?:and\s+|then\s+)(?i:end|close|finish)\s+(?:with|on)\b"
    # ("title says 50% OFF, in yellow": the look after a comma is the text's look, set AT at207)
    rf"|[,，]\s*(?i:{_LOOK_SAID})(?=\s*(?:[,，.;。；!?！？]|\s(?:and|then)\b|$))"
    # ("title: Flash Sale, yellow, and …": a colour alone between commas is the text's colour, set CF cf241)
    rf"|[,，]\s*(?i:{_COLOUR_WORDS})(?=\s*(?:[,，.;。；!?！？]|\s(?:and|then)\b|$))"
    # ("end screen should say Follow @redsneaker, white background with black text": a card's background after a comma is
    # its look, set BR br234)
    rf"|[,，]\s*(?:(?:on|with)\s+)?(?:a\s+|an\s+)?(?i:{_COLOUR_WORDS})\s+(?i:background|backdrop|bg)\b"
    # ("make the title say Grand Opening, and the font is boring, use serif": another part of the text said after a comma,
    # set CV cv213 read all of it as the title's words)
    rf"|[,，]\s*(?:and\s+|but\s+|also\s+|plus\s+)?(?i:the|its|that|this)\s+(?i:font|typeface|colou?r|size|position|animation)\b"
    rf"|[,，]?\s*(?i:please|pls|thanks|thank\s+you|thx)\b|$))")

# "change the title to Autumn Drop": after "to" (never quoted), words in Title Case are the text; a colour ("to Red"),
# a place or a size is a style (``_STYLE_WORD``: the frames read those). Lower-case words stay unread here.
_TO_TEXT = compile_led(
    rf"(?P<cue>(?i:\b(?:change|set|rename|switch|update|retitle)\s+(?:the\s+)?(?:video'?s?\s+)?{_TITLE_NOUN}"
    rf"(?:\s+(?:text|wording|words))?\s+(?:to|as|into)\s+"
    # ("retitle it SUMMER DROP", "retitle the video to Spring Deals": the verb names the title, set Z tit12)
    rf"|\bretitle\s+(?:(?:it|this|that|the\s+(?:video|promo|ad|edit|reel))\s+)?(?:to\s+|as\s+)?"
    # ("title should be Autumn Drop - 30% off": what the title should be, in Title Case, set AJ aj042)
    rf"|\b(?:the\s+)?{_TITLE_NOUN}(?:\s+(?:text|wording))?\s+(?:should|must|needs\s+to|has\s+to)\s+be\s+"
    # ("title → Big Sale": an arrow says "to")
    rf"|\b(?:the\s+)?{_TITLE_NOUN}(?:\s+(?:text|wording))?\s*(?:→|->|=>|⟶)\s*))"
    # (a call to action's lower-case "now" is its own: "change the title to Order now" titled the video "Order")
    rf"(?P<t>[A-Z][\w'’&\-]*(?:\s+(?:[A-Z0-9][\w'’&\-%]*|&|-|–|of|the|and|a|an|in|for|to|on|at|with|is|off|only|{_CTA_NOW}))*[!！]?)"
    # (a polite word after the text ends it: "change the title to Summer Drop pls" removed the title, its "Drop" read as
    # a removal; so does a lower-case "now" or "instead" after the words in Title Case: "title should be Winter Drop now",
    # set BW bw133 read its "drop" as a removal)
    # ("change the title to Black Friday Deals and no transitions": a "no" or a removal after "and" is another wish; set DB
    # db137 left the words unquoted and read "black" as the title's colour)
    rf"(?=\s*(?:[.;。；!?！？]\s|[.;。；?？]?\s*$|[,，]\s*|\s+(?:and|then)\s+(?:(?i:{EDIT_VERB}|{_GONE_VERB})|no|without)\b"
    rf"|{NOT_CTA_BEFORE.format(sp='')}\s+now\s*(?:[.;。；!?！？,，]|$)|\s+instead\s*(?:[.;。；!?！？,，]|$)"
    rf"|\s+(?i:please|pls|plz|thanks|thank\s+you|thx|ty)\b|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]|$))")
# "rename the title from Autumn Drop to "Winter Drop"": the old words are no part of the wish (set AG ag042 read the
# "drop" in them as the title's removal)
_FROM_OLD = compile_led(rf"(?P<cue>(?i:\b(?:rename|change|switch|update|retitle)\s+(?:the\s+)?(?:video'?s?\s+)?{_TITLE_NOUN}"
                       r"(?:\s+(?:text|wording))?\s+))from\s+[^,.;!?\n\ue000\ue001]{1,40}?\s+(?=(?i:to|into)\s+\S)")
# "change the last caption from Clip to Behind the scenes": a caption named by its place, its old words are no part of
# the wish either (set BS bs155 was not read); the caption is the one the place names
_CAPTION_FROM_OLD = compile_led(
    r"(?P<cue>(?i:\b(?:rename|change|switch|update|edit)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final"
    r"|\d+(?:st|nd|rd|th))\s+(?:caption|subtitle|label)(?:\s+(?:text|wording))?\s+))from\s+[^,.;!?\n\ue000\ue001]{1,40}?\s+"
    r"(?=(?i:to|into)\s+\S)")
# "caption 2: Blue Backpack → 蓝色背包", "caption 3 Green Watch => '…'": a caption by its number, its old words, then an
# arrow and the new ones: the old words are no part of the wish either (set DB db146 read the "Blue" of them as the
# caption's colour, db123 was not read); the arrow says "to" (``_CAPTION_TO_TEXT``, ``_CAPTION_TO_ZH``)
_ARROW = r"(?:→|->|=>|⟶)"
_CAPTION_OLD_ARROW = compile_led(
    r"(?P<cue>(?i:\b(?:caption|subtitle|label)\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,2}|\b(?:the\s+)?(?:first|second|third|fourth"
    r"|fifth|sixth|last|final|\d+(?:st|nd|rd|th))\s+(?:caption|subtitle|label)))(?![\d.])\s*:?\s*"
    rf"[^\n→⟶=:;.!?\ue000\ue001]{{1,40}}?\s*(?={_ARROW})")
# "把标题 Autumn Drop 改成 秋季上新": the title's old words, in Latin letters between "标题" and "改成", are no part of the
# wish either (set AT at42 was not understood): words in capitals, naming nothing ("标题 font 改成 Arial": ``_old_words``)
_ZH_FROM_OLD = compile_led(r"(?P<cue>(?:把|将)?\s*(?:标题|大标题)\s*)(?:从\s*)?(?P<old>[A-Z][A-Za-z0-9'’&\- ]{0,40}?)\s*"
                          r"(?=(?:改成|改为|换成|改写成|写成)\s*\S)")
# "change the call to action to Buy now", "update the end card to shop today": an end card's words after "to" (a
# call to action is often in lower case: "Buy now"); a length ("to 5 seconds") or a colour stays unread here
_CARD_TO_TEXT = compile_led(
    r"(?P<cue>(?i:\b(?:change|set|update|switch|edit|reword)\s+(?:the\s+)?(?:end\s+card|call[\s-]+to[\s-]+action|cta|outro(?:\s+card)?"
    r"|closing\s+card)(?:\s+(?:text|wording|words|copy))?\s+(?:to|into)\s+(?:say\s+|read\s+)?))"
    r"(?P<t>(?![\ue000\d])(?!(?i:(?:the\s+)?(?:end|start|beginning|top|bottom|left|right|center|centre|middle)\b))[A-Za-z][^\n.;!?。；！？,，\ue000]{0,60}?)"
    rf"(?=\s*(?:[.;。；!?！？]\s|[.;。；!?！？]?\s*$|[,，]|\s+(?:and|then)\s+(?i:{EDIT_VERB})\b"
    r"|\s+(?i:please|pls|plz|thanks|thank\s+you|thx)\b|$))")
# "标题改成 New Season", "把title换成 Hot Deals": Latin words after a Chinese "change to" are the text (quoted here, so
# that a typo correction never touches them: "deals" was read "dials")
_ZH_TO_TEXT = compile_led(
    # (a caption's too: "第三张图片的字幕换成 Smart Watch" read "start watch", a typo corrected in lower case)
    r"(?P<cue>(?:(?:(?<![a-z])(?i:title|headline|heading|captions?|subtitles?)|标题|大标题|字幕|说明文字)\s*(?:的)?(?:文字|文本|内容)?\s*"
    r"(?:改成|改为|换成|设为|设置为|写成|写)"
    # (an end card's words: "加个结尾页写 Thanks for watching，停5秒" lost "thanks" as filler, set BT bt056)
    # (and the card added, named, then its Latin words after 写: "结尾加个卡片写 Shop the drop" said the title's words, set CL
    # cl156; with a bare measure word after 写, "片尾写个 Thanks for watching", set CR cr114's neighbour)
    r"|(?:结尾|片尾|结束|最后|末尾)(?:\s*(?:再)?\s*(?:加上?|加个|加一个|放个|放一个|来个|来一个)\s*(?:一张|一个|[一1]\s*[张页屏])?\s*"
    # (the card named in English: "结尾加个end card写Shop Now", dev set GY gy127, said the title's words)
    r"(?:卡片|画面|页面|页|(?i:end\s*card|outro(?:\s*card)?|cta)))?(?:页|卡片|卡|画面)?\s*(?:[,，]\s*)?(?:上)?\s*"
    r"(?:写着|写上|写成|写(?:\s*[一1]?\s*个)?)"
    # (or a page added with its Latin words straight after it: "结尾加一页 Shop now，黑底金字", dev set GZ gz063)
    r"|(?:结尾|片尾|最后|末尾)\s*(?:再)?\s*(?:加上?|加个|加一个|放个|放一个|来个|来一个)\s*(?:[一1]\s*[张页屏])\s*(?:卡片|画面|页面)?"
    r"(?=\s*[A-Za-z])(?!\s*(?i:logo|end\s*card|cta|outro|sticker)\b))\s*[:：]?\s*)"
    r"(?P<t>[A-Za-z][\w'’&\-%]*(?:\s+(?:[A-Za-z0-9&][\w'’&\-%]*|-|–))*"
    # ("标题文字换成 New Arrivals 新品到店": Chinese words ending the clause after the Latin ones are the text's too; not
    # another wish: "… 然后把音乐调小")
    # (nor a closing "that will do": "把title改成 New Arrivals 就行" titled the video "New Arrivals 就行", set CU cu058)
    # ("把标题改成 Red Sneaker 限量款 然后字号大一点": the Chinese words before a joint and the next wish are the text's too,
    # only they are looked at for a wish; set DB db074 cut them off)
    r"(?:\s+(?![\u4e00-\u9fff]*?(?:把|将|然后|再|并|同时|调|删|去掉|加|放|移|改|吧|了|谢谢|一下|请|不要|别|就行|就好|就可以|即可"
    r"|就够))[\u4e00-\u9fff]{1,12}"
    r"(?=\s*(?:$|[.;。；!?！？,，]|(?:然后|再|并且|并|同时))))?[!！]?)"
    r"(?=\s*(?:$|[.;。；!?！？,，]|[\u4e00-\u9fff]))")

# "Autumn Drop 改成 Winter Drop": a name in Title Case changed to another is a text's new words, whatever the old words
# name (set BH bh161 read "drop" of the new words as the title's removal); quoted here, as the words after "标题改成" are
_ZH_NAME_TO_TEXT = compile_led(
    r"(?P<cue>(?<![A-Za-z0-9_\-.])[A-Z][a-z][\w'’&\-]*(?:\s+[A-Z0-9][\w'’&\-]*)+\s*(?:改成|改为|换成)\s*)"
    r"(?P<t>[A-Z][A-Za-z0-9'’&\-%]*(?:\s+[A-Za-z0-9&][A-Za-z0-9'’&\-%]*)*[!！]?)"
    r"(?=\s*(?:$|[.;。；!?！？,，]|[\u4e00-\u9fff]))")

# the new words of a text given unquoted after its cue, up to the end of the wish: never a place ("… to the top"), and
# never past a next wish (``_CAPTION_TO_TEXT``, ``_TOLD_IT_TO_TEXT``)
_NEW_WORDS = (
    r"(?P<t>(?![\ue000])(?!(?i:(?:the\s+)?(?:top|bottom|center|centre|middle|left|right|upper|lower|end|start)\b))[A-Za-z0-9][^\n.;!?。；！？,，\ue000]{0,60}?)"
    rf"(?=\s*(?:[.;。；!?！？]\s|[.;。；!?！？]?\s*$|[,，]|\s+(?:and|then)\s+(?i:{EDIT_VERB})\b"
    r"|\s+(?i:please|pls|plz|thanks|thank\s+you|thx)\b|$))")
# one or two words naming a picture by what it shows ("gold ring", "watch"): never a function word, a place, an ordinal
# or a text's other word (``_CAPTION_TO_TEXT``)
_PICTURE_WORDS = (r"(?:(?!(?:and|or|all|each|every|other|the|a|an|this|that|these|those|its|their|my|our|your|title|headline"
                  r"|caption|captions|subtitles?|labels?|text|font|color|colour|size|top|bottom|left|right|center|centre|middle"
                  r"|first|second|third|fourth|fifth|sixth|last|final|next|new|old|bold|italic|big|small|large|little"
                  r"|\d+(?:st|nd|rd|th)?)\b)[a-z][a-z0-9\-]*\s+)?"
                  r"(?!(?:and|or|all|each|every|other|the|a|an|this|that|these|those|its|their|my|our|your|title|headline"
                  r"|caption|captions|subtitles?|labels?|text|font|color|colour|size|top|bottom|left|right|center|centre|middle"
                  r"|first|second|third|fourth|fifth|sixth|last|final|next|new|old|bold|italic|big|small|large|little"
                  r"|\d+(?:st|nd|rd|th)?)\b)[a-z][a-z0-9\-]*")
# "change the 3rd caption to smart watch": a caption's words after "to", unquoted and in lower case (a style word, a place
# or a size stays unread here: ``_STYLE_WORD``); read before the typo correction ("smart" had become "start")
_CAPTION_TO_TEXT = compile_led(
    r"(?P<cue>(?i:\b(?:change|set|update|rename|make|switch|edit)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|last|final"
    r"|\d+(?:st|nd|rd|th))\s+)(?:caption|subtitle|label)(?:\s+(?:text|wording|words))?\s+(?:to|into)\s+(?:say\s+|read\s+)?"
    # (a caption by its number, or by the picture or clip it is on, said with "'s": "change caption 3 to …", "change the
    # clip's caption to Behind the scenes", "change the second photo's caption to Waterproof"; sets CF cf044, CH ch122)
    r"|\b(?:change|set|update|rename|make|switch|edit)\s+(?:(?:caption|subtitle|label)\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,2}"
    r"|(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))\s+)?(?:[a-z0-9][a-z0-9\-]*\s+)?"
    r"[a-z0-9][a-z0-9\-]*['’]s\s+"
    r"(?:caption|subtitle|label))(?:\s+(?:text|wording|words))?\s+(?:to|into)\s+(?:say\s+|read\s+)?"
    # (or by the picture's words before "caption", or after "caption on/under/for": "change the Gold Ring caption to 18K
    # Gold Ring", "change the caption on the ring to …"; set CL cl020. Never a function word or a look's: "change the
    # title and caption to …", "change the bold caption to …" stay unread here)
    rf"|\b(?:change|set|update|rename|switch|edit)\s+(?:the\s+){_PICTURE_WORDS}\s+(?:caption|subtitle|label)"
    r"(?:\s+(?:text|wording|words))?\s+(?:to|into)\s+(?:say\s+|read\s+)?"
    # (the words under one picture are its caption: "change the words under the shoe to Fresh Kicks", set CW cw067)
    rf"|\b(?:change|set|update|rename|switch|edit)\s+(?:the\s+)?(?:caption|subtitle|label|words|writing|wording|lettering)"
    r"\s+(?:on|under|below|for|of)\s+"
    rf"(?:the\s+)?{_PICTURE_WORDS}\s+(?:to|into)\s+(?:say\s+|read\s+)?"
    # (an arrow says "to": "caption 3 -> Water resistant 50m", set CF cf050)
    r"|\b(?:(?:caption|subtitle|label)\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,2}|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth"
    r"|last|final|\d+(?:st|nd|rd|th))\s+(?:caption|subtitle|label))(?:\s+(?:text|wording|words))?\s*(?:→|->|=>|⟶)\s*))"
    + _NEW_WORDS)
# "change the last caption to 观看实拍", "caption on the unboxing should be 开箱实拍", "the last caption just says Clip,
# change it to 观看实拍": Chinese words ending an English wish for one caption's words are its text (sets BY by149, by187
# were not understood: only quoted or Latin words were read); a look, a place or a size in Chinese stays a look
# (``_whole_word``); a caption named in the singular only ("change the captions to 中文" may be their language)
_CAPTION_TO_ZH = compile_led(
    r"(?P<cue>(?i:\b(?:change|set|update|rename|switch|edit|make)\s+(?:the\s+)?[^.;!?\n\ue000\ue001]{0,30}?\b(?:caption|subtitle|label)"
    r"(?:\s+\d{1,2})?(?:\s+(?:text|wording|words))?\s+(?:to|into)\s+(?:say\s+|read\s+)?"
    r"|\b(?:caption|subtitle|label)\b[^.;!?\n\ue000\ue001]{0,60}?\b(?:change|set|make|turn|switch|rename|update)\s+(?:it|that|this)\s+"
    r"(?:to|into)\s+(?:say\s+|read\s+)?"
    r"|\b(?:caption|subtitle|label)\b[^.;!?\n\ue000\ue001]{0,40}?\b(?:should|must|needs\s+to|has\s+to)\s+(?:be|say|read)\s+"
    rf"|\b(?:caption|subtitle|label)\s+(?:no\.?\s*|number\s+|#\s*)?\d{{1,2}}\s*{_ARROW}\s*))"
    r"(?P<t>[\u4e00-\u9fff][^\s,，。.;；!！?？\ue000\ue001]{0,30})(?=\s*(?:$|[。.!！;；?？,，]))")
# "the last caption just says Clip, change it to Behind the Scenes": a text told by the words it shows, then "it" given new
# words unquoted: those are its words (set CE ce151 was not read; ``title.texts_by_words`` finds which text said the old
# ones). A look or a place said after "to" stays unread here, as after ``_CAPTION_TO_TEXT``
_TOLD_IT_TO_TEXT = compile_led(
    r"(?P<cue>(?i:\b(?:caption|subtitle|label|title|headline|heading)\b[^.;!?\n]{0,40}?\s(?:says|reads|shows|displays)\s"
    r"[^.;!?\n]{1,40}?(?:[,;]|\s[\-–—]+)\s*(?:(?:so|and|but|please|pls|can\s+you|could\s+you|just)\s+)*"
    r"(?:(?:change|set|switch|update|turn|rename|edit|rewrite)\s+(?:it|that|this)\s+(?:to|into|as)\s+(?:say\s+|read\s+)?"
    r"|make\s+(?:it|that|this)\s+(?:say|read)\s+)))"
    + _NEW_WORDS)
# (a look in Chinese the vocabulary has no word for is no caption's words either: "change caption 2 to 手写体")
_ZH_LOOK_END = compile_led(r".*(?:体|字体|色|颜色|号|字号|一点|一些|点儿?|居中|对齐|粗)$")


def _caption_zh(m: re.Match[str], orig: str, quotes: list[str]) -> tuple[str, str]:
    if _ZH_LOOK_END.match(m.group("t")):
        return orig[m.start():m.end()], m.group(0)
    return _whole_word(m, orig, quotes)
# "第一张的字幕改成 红色跑鞋": Chinese words typed apart after "change to" are the text (unless they are a look or a place
# as a whole: "字幕改成 红色" stays the colour)
_ZH_SPACED_TEXT = compile_led(
    # (the words under one picture, its caption: "手表下面的字改成 限时特价" looked for a file named so, set CW cw032)
    r"(?P<cue>(?:标题|大标题|字幕|说明文字|(?<=[\u4e00-\u9fff])(?:下面|下方|底下|下边|上面|上)\s*的\s*(?:字|文字|文案)(?![幕体号]))"
    r"\s*(?:的)?(?:文字|文本|内容)?\s*(?:改成|改为|换成|设为|设置为|写成|写)[ \t\u3000]+)"
    # (a number typed apart before the words is theirs: "标题改成 618 大促"; a comma ends them as a full stop does:
    # "标题改成 夏日特卖，用黄色" set only the colour, set BT bt078)
    # ("标题改成 双11 狂欢": two parts typed apart, the second naming nothing the planner knows: ``_whole_word``)
    r"(?P<t>(?:\d+[ \t\u3000]?)?[\u4e00-\u9fff][^\s,，。.;；!！?？\ue000\ue001]{0,30}"
    r"(?:[ \t\u3000][\u4e00-\u9fff\d][^\s,，。.;；!！?？\ue000\ue001]{0,20})?)(?=\s*(?:$|[。.!！;；?？,，]))")


_ASPECT = compile_led(r"\b(?:font|typeface|colou?r|size|position|place|style|look|animation|text|words?|bold|italic|shadow"
                     r"|outline|background|bg|timing|time|duration|case)\b")


def _old_words(m: re.Match[str], orig: str) -> tuple[str, str]:
    """The title's old words dropped, unless a word of them names something the planner knows."""
    from .frames import tag  # (frames reads text's patterns: imported when a message needs it)

    old = m.group("old").lower()
    if _ASPECT.search(old) or any(x.slot != "op" for x in tag(old)):  # ("drop" of "Autumn Drop" is a verb: still old words)
        return orig[m.start():m.end()], m.group(0)
    return orig[m.start("cue"):m.end("cue")] + " ", m.group("cue") + " "


def _all_vocabulary(words: str) -> bool:
    """Whether ``words`` are a font's name, or, typed in lower case, all words of the vocabulary ("bold off", "not bold")."""
    from .frames import tag, untagged  # (frames reads text's patterns: imported when a message needs it)

    words = words.rstrip(" ,，")
    if parse_font(words) is not None:  # ("title: Playfair, gold, not bold" retitled the video; dev set DC dc143)
        return True
    if not words[:1].islower():
        return False
    said = tag(words)
    return bool(said) and not untagged(words, said).strip()


def _whole_word(m: re.Match[str], orig: str, quotes: list[str]) -> tuple[str, str]:
    """The words as a text, unless one word of the vocabulary is all of them (a colour, a place, a size)."""
    from .frames import tag, untagged  # (frames reads text's patterns: imported when a message needs it)

    words = m.group("t")
    said = tag(words)
    if re.search(r"[\u4e00-\u9fff\d]\s+[\u4e00-\u9fff\d]", words) and any(x.start > words.find(" ") for x in said):
        # ("标题改成 夏日特卖 音乐小声点": the part after the space is another wish: ``_ZH_SPACED_TITLE``)
        return orig[m.start():m.end()], m.group(0)
    if any(x.start == 0 and x.end >= len(words.rstrip()) for x in said):
        return orig[m.start():m.end()], m.group(0)
    # (nor when the vocabulary's words together are all of them: "标题改成 红色加粗" is a look and the bold, never the
    # title's words)
    if said and not untagged(words, said).strip(" \t\u3000的体"):
        return orig[m.start():m.end()], m.group(0)
    quotes.append(" ".join(orig[m.start("t"):m.end("t")].split()))
    mark = f" {Q_OPEN}{len(quotes) - 1}{Q_CLOSE} "
    return orig[m.start("cue"):m.end("cue")] + mark, m.group("cue") + mark


# "标题改成 双十一 音乐小声点", "标题 新品 字幕去掉": a phone's title typed apart, without punctuation, and another wish
# after it; the words up to the next space are the text (sets X mix12, mix23 took the wish for the title's words, or
# left the title unread). Only words that name nothing the planner knows, followed by an edit (``_typed_apart_title``).
_ZH_SPACED_TITLE = compile_led(
    r"(?P<cue>(?:(?<![a-z])(?i:title)|标题|大标题)(?:\s*(?:的)?(?:文字|文本|内容)?\s*(?:改成|改为|换成|设为|设置为|写成|写|叫|是|用))?[ \t\u3000]+)"
    # (never 的 alone: "title 的 animation 改成 slide up" is the title's side, its words became "的"; set FU fu145)
    r"(?P<t>(?!的[ \t\u3000])[\u4e00-\u9fff][^\s,，。.;；!！?？\ue000\ue001]{0,19})"
    r"(?P<gap>[ \t\u3000]+)(?P<rest>[\u4e00-\u9fffa-z][^,，。.;；!！?？\n]{0,40})")


def _typed_apart_title(m: re.Match[str], orig: str, quotes: list[str]) -> tuple[str, str]:
    from .frames import tag  # (frames reads text's patterns: imported when a message needs it)

    rest = m.group("rest")
    said = tag(rest)
    if tag(m.group("t")) or _wish_word_only(m.group("t")) or not (any(x.slot == "op" for x in said)
                                 or {"target", "value"} <= {x.slot for x in said}):
        return orig[m.start():m.end()], m.group(0)
    quotes.append(orig[m.start("t"):m.end("t")])
    mark = f" {Q_OPEN}{len(quotes) - 1}{Q_CLOSE}，"
    return orig[m.start("cue"):m.end("cue")] + mark + orig[m.start("rest"):m.end("rest")], m.group("cue") + mark + rest


# "title New Drop, captions off", "Headline Big Weekend Sale": a title in Title Case right after the word "title" that
# opens the message or a clause (set AL al192 read the "drop" in it as the title's removal). Only when its first word
# names nothing the planner knows ("title Bigger", "title Fade In" stay wishes: ``_bare_title``).
# (in Chinese too, "标题 Big Sale，字幕去掉": set CZ cz241 left the title unread)
_BARE_TITLE = compile_led(
    r"(?P<cue>(?:^|(?<=[,;，；])|(?<=[,;，；]\s))\s*(?:(?i:title|headline)\s+|(?:标题|大标题)(?:\s*[是为])?\s*))"
    # (letters of a word typed in Latin: a Chinese particle after them is none of theirs, "标题是Autumn Drop吗？" asked and
    # had titled the video "Autumn Drop吗")
    r"(?P<t>[A-Z][^\W\u3000-\u9fff]*(?:\s+(?:[A-Z0-9][^\W\u3000-\u9fff%]*|&|of|the|and|a|an|in|for|on|at|with))*[!！]?)"
    r"(?=\s*(?:[,;，；]|[.。!！?？]?\s*$))")


_MOTION_WORD = compile_led(r"(?:fad|slid|pop|typ|bounc|zoom|animat|appear|disappear|show|hide|stay|last|longer|shorter|up|down)")


# an instruction where the words would be: "Title: make it bigger", "title: one size up, white" (set FK fk029 fk125
# retitled the video with them)
_INSTRUCTED = compile_led(r"(?i:(?:make|have|move|put|set|turn|give|keep|let|bring|shift)\s+(?:it|them|this|that|the)\b"
                          r"|(?:one|a|1)\s+size\s+(?:up|down|bigger|smaller|larger)\b"
                          # ("title: stay twice as long", "title: show for 5 seconds": its time, set FJ)
                          r"|(?:stay|last|show|appear|come\s+in|disappear)\s+(?:up\s+|on\s+)?(?:for|until|till|twice|half|longer|shorter|a\s+bit|\d)\b)")


def _bare_title(m: re.Match[str], orig: str, quotes: list[str]) -> tuple[str, str]:
    from .frames import tag  # (frames reads text's patterns: imported when a message needs it)

    first = m.group("t").split()[0].lower()
    if tag(first) or _STYLE_WORD.fullmatch(m.group("t")) or _MOTION_WORD.match(first) or _INSTRUCTED.match(m.group("t")) \
            or _wish_word_only(m.group("t")):
        return orig[m.start():m.end()], m.group(0)
    quotes.append(" ".join(orig[m.start("t"):m.end("t")].split()))
    mark = f" {Q_OPEN}{len(quotes) - 1}{Q_CLOSE} "
    return orig[m.start("cue"):m.end("cue")] + mark, m.group("cue") + mark


_STYLE_WORD = compile_led(rf"(?i:(?:{'|'.join(sorted(COLOURS, key=longest))}|top|bottom|center|centre|middle|left"
                         r"|right|upper|lower|bold|italic|big|bigger|small|smaller|large|larger|huge|tiny|white|black)"
                         r"(?:\s+(?:left|right|corner|third|colou?r|one|size))*"
                         # a font by its name ("标题换成serif字体", "title换成serif字体并加粗": sets AK ak184, AM am79 set the title
                         # to the words); a look word and then the next wish after a Chinese joint is the look as well
                         r"|serif|sans[\s-]?serif|sans|playfair(?:\s+display)?|didone|handwriting|handwritten|cursive)"
                         r"(?:\s*(?:字体|体|色|颜色|font|typeface))?(?:\s*(?:吧|啦|呀|哦|一下))?(?:\s*(?:并且|并|和|然后|再|还要|同时|、)\S.*)?")


# a look said after a text's unquoted words, in lower case ("title says 50% OFF in red", "… in serif", "… at the top")
# (looks one after another too: "… on a black background with white text")
_LOOK_TAIL = compile_led(rf"(?:\s+(?:and\s+)?{_LOOK_SAID})+\s*$")


# an animation named alone ("fade in", "slide up", "typewriter effect", "pop"), lower case
_ANIMATION_ONLY = compile_led(r"\s*(?:fade|fading|slide|sliding|pop|popping|typewriter|typing|zoom|bounce|wipe)"
                              r"(?:\s+(?:in|out|up|down|left|right|from\s+the\s+(?:left|right|top|bottom)))?"
                              r"(?:\s*(?:effect|animation|style|效果|动画))?\s*")
# a verb of the wish alone, where a text's words would be ("title 用 fade in")
_VERB_ONLY_ZH = compile_led(r"\s*(?:用|改|换|要|加|改成|换成|改为|设为|设成|变成|做成)\s*")


# "title: pink, size bigger, at the top": lower-case look words after a "title:" are the title's look, never its words
# (set BH bh121 titled the video "pink")
_LOOK_ONLY_WORDS = frozenset(("size", "font", "colour", "color", "text", "a", "bit", "little", "lot", "much", "more", "very",
                              "and", "in", "with", "at", "the", "on", "to"))


def _wish_word_only(words: str) -> bool:
    """"title 改成 fade in", "title 用 fade in": an animation named in lower case, or the verb of the wish alone, where a
    text's words would be (set HY hy148 retitled the video "fade in"; "title 用 …" titled it "用")."""
    return (words == words.lower() and _ANIMATION_ONLY.fullmatch(words) is not None) or _VERB_ONLY_ZH.fullmatch(words) is not None


def looks_only(words: str) -> bool:
    """``words`` (lower case) are a look or an instruction, never a text's words."""
    if _INSTRUCTED.match(words) and words == words.lower():
        return True
    if _wish_word_only(words):
        return True
    said = re.findall(r"[A-Za-z]+", words)
    return bool(said) and words == words.lower() and not re.search(r"[^\sA-Za-z,.!-]", words) and all(
        w in _LOOK_ONLY_WORDS or _STYLE_WORD.fullmatch(w) for w in said)


# a value of another edit said where a text's words would be: "标题不要了，换成竖屏" is the format (title.py says so too)
# a sentence particle ending a text's unquoted Chinese words: the tone they were said in, no word of the text's ("结尾加上谢谢观看吧",
# "标题：夏日特卖哈，…" set the card and the title with it; wave 42)
SAID_PARTICLE = compile_led(r"(?<=[\u4e00-\u9fff])\s*[吧呀哈啊哦呢啦嘛]+\s*$")
SETTING_ONLY = compile_led(r"\s*(?:(?:vertical|horizontal|portrait|landscape|square|widescreen|竖屏|竖版|横屏|横版|竖向|横向|方形|正方形"
                           r"|方屏|宽屏|\d+\s*[:：]\s*\d+|\d{3,4}\s*p|\d+\s*fps|\d+\s*帧)(?:\s*(?:的|格式|比例|画面|视频|format|video))?)\s*")


# "字幕分别改成 红鞋、蓝包、手表", "字幕依次为：A，B，C", "set the captions to A, B, C and D", "captions: A / B / C": the
# captions' words as an unquoted list, one per picture in order, quoted here for the captions' list rule (the lead's gap in
# wave 13: not read). Without 分别/依次/"in order", three items at least; no item a look or an edit ("字幕改成白色、加粗"
# is the captions' look: ``_listed_captions``)
_LIST_SEP = r"\s*(?:[,，、/]|\band\b|和|以及|及)\s*"
_LIST_ITEM = r"(?:[^\ue000\ue001;.,!?。，；！？、/\n\"'“”‘’「」]){1,30}?"
_LIST_TAIL = (rf"(?P<l>{_LIST_ITEM}(?:{_LIST_SEP}{_LIST_ITEM})+)(?P<o4>\s*,?\s*(?i:respectively|in\s+that\s+order|in\s+order))?"
              r"(?=\s*(?:[。；;!?！？]|\.(?![a-z0-9])|$))")
# (two patterns, each tried only when its word is in the message: one alternation tried at every position of a 4000-
# character message cost more)
_CAPTION_LIST_ZH = compile_led(
    r"(?P<cue>(?:(?:所有|全部)\s*(?:的)?\s*)?(?:字幕|标签)\s*(?P<o>分别|依次|按顺序|按照顺序)?\s*(?:都)?\s*"
    r"(?:改成|改为|换成|换为|设为|设成|写成|写为|写|是|为|[:：])\s*(?P<o2>分别|依次)?\s*(?:是|为)?\s*[:：]?\s*)(?P<o3>)" + _LIST_TAIL)
EACH_PICTURE = r"(?:to|on|for|under)\s+(?:each|every|all(?:\s+the)?|the)\s+(?:images?|photos?|pictures?|slides?|clips?|shots?|pics?)"
_CAPTION_LIST_EN = compile_led(
    r"(?P<cue>(?i:\b(?:(?:change|set|rename|make|switch|update|rewrite)\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?)?"
    r"(?:captions|labels|subtitles)\s+(?:to|into|as)\s*(?:say\s+|read\s+)?|(?:the\s+)?(?:captions|labels|subtitles)\s*"
    # (a colon after the verb too: "captions should read: A, B, C" made the first ": A", set CF cf030)
    r"(?::|(?:should\s+(?:say|read|be)|will\s+(?:say|read|be)|are|say|read)(?:\s*:)?)\s*"
    # (the captions' new words "with" a list, or added to each picture with the list after a colon: "replace all captions
    # with …: Run, Pack, Time", "add captions to each photo: Sneaker, Backpack, Watch"; sets DB db095, db101 were not read)
    rf"|\b(?:replace|fill)\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?)?(?:captions|labels|subtitles)\s+with\s+"
    rf"|\b(?:add|put)\s+(?:the\s+)?(?:captions|labels|subtitles)(?:\s+{EACH_PICTURE})?\s*:\s*"
    # (or without the verb: "captions under each pic: Sneaker, Backpack, Watch, Cap", set DG dg061)
    rf"|(?:^|(?<=[,;.]\s))(?:the\s+)?(?:captions|labels|subtitles)\s+(?:{EACH_PICTURE}|(?:under|below|on|for)\s+(?:each|every)\s+\w+)\s*:\s*)))(?:,\s*)?(?P<o>)(?P<o2>)"
    r"(?P<o3>(?i:in\s+order|respectively)\s*[:,]?\s*)?" + _LIST_TAIL)
_LOOK_ITEM = compile_led(
    rf"(?i:(?:in\s+|at\s+the\s+|on\s+the\s+|more\s+|a\s+(?:bit|little)\s+|much\s+)?{_STYLE_WORD.pattern}"
    r"|(?:in\s+|a\s+(?:bit|little)\s+)?(?:larger|bigger|smaller|upper\s*case|lower\s*case|caps)"
    r"|.{0,3}色(?:的)?|.*(?:加粗|粗体|斜体|字体|字号|大一|小一|大点|小点|放大|缩小|调大|调小|顶部|底部|上方|下方|居中|淡入|淡出|滑入"
    r"|打字|标题|音乐|视频|图片|删|去掉|改成|换成|放到|移到|\d\s*秒).*"
    r"|.*\b(?:make|put|move|add|remove|delete|change|set|turn|fade|slide|then|title|music|seconds?|font)\b.*)")


def _listed_captions(m: re.Match[str], orig: str, quotes: list[str]) -> tuple[str, str]:
    """Each item of an unquoted list of the captions' words quoted (``_CAPTION_LIST_ZH``, ``_CAPTION_LIST_EN``), else the words as they are."""
    seps = list(re.finditer(_LIST_SEP, m.group("l")))
    bounds = [0] + [x for sep in seps for x in (sep.start(), sep.end())] + [len(m.group("l"))]
    spans = [(m.start("l") + bounds[k], m.start("l") + bounds[k + 1]) for k in range(0, len(bounds), 2)]
    label = _list_label(m.string, spans)  # (dropped: what the words are, never a caption's)
    spans[0] = (spans[0][0] + len(label), spans[0][1])
    items = [m.string[a:b].strip() for a, b in spans]
    ordered = any(m.group(g) for g in ("o", "o2", "o3", "o4"))
    if len(items) < (2 if ordered else 3) or any(not x or _LOOK_ITEM.fullmatch(x) for x in items):
        return orig[m.start():m.end()], m.group(0)
    marks = []
    for a, b in spans:
        quotes.append(" ".join(orig[a:b].split()))
        marks.append(f"{Q_OPEN}{len(quotes) - 1}{Q_CLOSE}")
    listed = " " + ", ".join(marks) + " "
    # (分别 said as 依次: its 别 is "don't" to the frames, which read "字幕分别改成…" as the captions kept)
    # (a colon after "should read" goes: the captions' rules read "captions should read A, B, C", set CF cf030)
    def cue(text: str) -> str:
        return _VERB_COLON.sub(r"\1 ", text[m.start("cue"):m.start("l")].replace("分别", "依次"))
    return cue(orig) + listed, cue(m.string) + listed


# what the list's words are, said before a colon in its first item only: "the captions should be the prices: $79, $59",
# "字幕改成价格：¥299、¥199", "change all captions to Chinese: 红色运动鞋, …" (sets DB db063, db064, db147 kept it in the
# first caption); a colon in every item is the captions' own ("Ring: $20, Watch: $30, Cap: $9")
_LABEL = compile_led(r"\s*[^:：]{1,30}?[:：]\s*")


def _list_label(text: str, spans: list[tuple[int, int]]) -> str:
    """The label said before a colon in the first item of a list (``spans`` of ``text``), or ''."""
    m = _LABEL.match(text, *spans[0])
    if m is None or m.end() >= spans[0][1] or any(c in text[a:b] for a, b in spans[1:] for c in ":："):
        return ""
    return m.group(0)


_VERB_COLON = compile_led(r"(?i:\b(say|read|be|are))\s*:\s*")


# (never the end of a ratio: "1. Make the video square (1:1)\n2. …" read "1)" as an item and the list as none; dev set HL hl036)
_LIST_MARK = compile_led(r"(?:^|(?<=[\s:：,，;；。\u4e00-\u9fff]))(?<!\d[:：])(?:[(（](?=\d{1,2}\s*[)）]))?(\d{1,2})\s*[.)、）]\s*(?!\d)")


_LIST_OPENS = compile_led(r"(?:^|[:：])\s*$")
_NUMBERED_THING = compile_led(r"(?:caption|subtitle|image|picture|photo|pic|clip|slide|scene|shot|#|图|图片|字幕|片段)\s*$",
                             re.IGNORECASE)


def _list_items(text: str) -> str:
    """"1. 视频改成15秒 2. 每张图片都不要动 3. …": numbered items are sentences of their own (the "2" was read
    as part of "15秒 2"). Only a run numbered 1, 2, 3… from 1 counts; "make it 2. then…" stays as it is."""
    marks = list(_LIST_MARK.finditer(text))
    if marks and not _LIST_OPENS.search(text, 0, marks[0].start()):
        # ("remove caption 1. remove caption 2.": a thing's number at a sentence's end is no item's, unless the list
        # opens the message or follows a colon; the 1 was dropped and every caption removed)
        marks = [m for m in marks if not _NUMBERED_THING.search(text, 0, m.start()) and m.end() < len(text.rstrip())]
    numbers = [int(m.group(1)) for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return text
    for m in reversed(marks):
        text = text[:m.start()] + "; " + text[m.end():]
    # (a line after the last item is a sentence of its own too: "3）片尾加“X”\n第一段视频的声音保留" ran into the card's
    # clause and both were left unread; set FK fk083)
    return re.sub(r"[ \t]*\n\s*", "; ", text)


@dataclass
class Message:
    orig: str  # cleaned, quotes replaced by placeholders, original case
    low: str  # the same, lower case with numbers as digits: offsets differ from orig after number rewriting
    quotes: list[str]

    def quote(self, placeholder: str) -> str | None:
        m = QUOTE_RE.search(placeholder)
        return self.quotes[int(m.group(1))] if m else None


def _sub_both(rx: re.Pattern[str], text: str, read: str,
              repl: Callable[[re.Match[str], str], tuple[str, str]]) -> tuple[str, str]:
    """``rx`` found in ``read`` (the simplified reading of ``text``, of the same length) and replaced in both: ``repl``
    gets the match and ``text`` and returns (what replaces it in ``text``, in ``read``)."""
    out_t: list[str] = []
    out_r: list[str] = []
    last = 0
    for m in rx.finditer(read):
        t, r = repl(m, text)
        out_t += [text[last:m.start()], t]
        out_r += [read[last:m.start()], r]
        last = m.end()
    return "".join(out_t) + text[last:], "".join(out_r) + read[last:]


# 'The user says: "the voice is too loud" (they want it quieter)', '客户原话：「音乐小一点」': the request relayed in quotes
# after a lead naming who said it is the request itself. A name in Title Case ("The client wrote: "Summer Sale"") stays
# a quote: only a sentence (a lower-case word in it, or Chinese) is unwrapped.
_LC = r"(?:[^:：\"“「'\n]|(?<=[a-z])'(?=[a-z]))"  # a lead's characters ("I'm" has an apostrophe, no quote)
_WHO = r"(?:user|client|customer|person|boss|team|they|she|he|manager|owner|colleague|coworker|co-worker|director|marketing)"
# (who relays it named in brackets: "User (via OpenClaw): 'the ring shot should open the video'." was not understood; dev set
# DF df170)
_RELAY_LEAD = (rf"(?i:\b(?:the\s+|my\s+|our\s+)?{_WHO}\b(?:\s*\((?:via\s+)?[^()]{{1,30}}\))?(?:\s+(?:feedback|notes?|comments?|request))?(?:{_LC}{{0,30}}?\b(?:says|said|writes|wrote|typed|asks|asked|put\s+it"
               rf"|replied|answered|messaged|told\s+me|(?:'s|’s)\s+(?:words|message|request|feedback|note)))?"
               rf"|\brelay(?:ing|ed)?\b{_LC}{{0,40}}|\b(?:from|for)\s+the\s+(?:client|user|customer)\b{_LC}{{0,20}}"
               # ("Forwarding from Mark:", "Message from my colleague:", "Note from the store:", "Feedback from Sarah:"; set FC)
               rf"|\b(?:forward(?:ing|ed)?|fwd|message|note|notes|feedback|comments?|email|text|dm)\s+from\s+{_LC}{{1,30}})"
               r"|(?:客户|用户|老板|对方|他们)(?:原话|说|反馈|留言|的话)?|原话")
_RELAYED = compile_led(
    rf"^(?P<lead>(?:{_LC}{{0,40}}?\s)?(?:{_RELAY_LEAD})\s*[:：])\s*"
    + "(?:" + "|".join(f"{re.escape(a)}(?P<q{i}>[^{re.escape(a + b)}\n]{{2,400}}){re.escape(b)}"
                       for i, (a, b) in enumerate(_QUOTE_PAIRS + [("'", "'")])) + ")"
    # (a short closing sentence after the quote is the person's own: "… That's all.", "… Everything else is signed off.")
    + r"\s*(?P<stop>[.。!！]?)\s*(?P<rest>(?:\([^()]{0,120}\)|（[^（）]{0,120}）)?(?:\s*[A-Z\u4e00-\u9fff](?:[^'\"“”「」\n]|(?<=[a-z])'(?=[a-z])){0,100}?)?)\s*[.。!！?？]?\s*$")


# the same said inline, without a colon: 'The user wants "the headphones to open the video"', 'the client asked for
# "the ring photo to be removed"' (a sentence of three words or more; not the words of a text: see the lookahead)
_RELAYED_INLINE = compile_led(r"(?i)(\b(?:the\s+(?:user|client|customer|owner|boss)|my\s+(?:client|boss|customer)|they|she|he)\s+"
                            r"(?:\w+\s+){0,2}?(?:says?|said|asks?(?:\s+(?:to|for))?|asked(?:\s+(?:to|for))?|wants?|wrote|writes"
                            r"|requests?|requested|would\s+like|'d\s+like)\s*[:,]?\s*|原话\s*[:：]?\s*|(?:客户|用户|老板)说\s*[:：]\s*)"
                            r"[\"“「『]([^\"”」』]{3,400})[\"”」』]"
                            # (not the words of a text: 'the user wants "Summer Sale Starts Now" as the title')
                            r"(?!\s*(?:as|for|on|in|to\s+be)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:new\s+)?(?:title|headline|caption|text"
                            r"|card|end\s*card|slogan|tagline|cta|label|overlay|banner|call\s+to\s+action))")


def _relayed_inline(message: str) -> str:
    def inner(m: re.Match[str]) -> str:
        said = m.group(2)
        long_enough = len(said.split()) >= 3 or len(re.findall(r"[\u4e00-\u9fff]", said)) >= 4
        return f"{m.group(1)}{said}" if long_enough else m.group(0)
    return _RELAYED_INLINE.sub(inner, message) if isinstance(message, str) else message


def _relayed(text: str) -> str:
    m = _RELAYED.match(text)
    if not m:
        return _relayed_inline(text)
    inner = next(v for k, v in m.groupdict().items() if k.startswith("q") and v is not None)
    if not (re.search(r"[\u4e00-\u9fff]", inner) or re.search(r"(?<![\w'’])[a-z]", inner)) or " " not in inner.strip() \
            and not re.search(r"[\u4e00-\u9fff]", inner):
        return text  # a name, not a sentence
    return f"{m.group('lead')} {inner}{m.group('stop')} {m.group('rest')}".strip()


# A run of letters, digits and dashes longer than any name or number (4000 "1"s, a pasted hash) is no word the rules
# can use, and the rules' name and number patterns try it from each of its letters (quadratic): a 4000-digit
# message took 45 s to plan and 4000 x's 5.7 s; dropped from the reading, they take ~0.1 s. Quotes keep them.
_LONG_TOKEN = compile_led(r"[a-z0-9_.\-]{80,}")


# a host agent's list, one wish a line ("Please apply the following changes:\n- background music: mute\n- voiceover: set to
# 90%"): each line a sentence of its own (the lines were joined into one clause and nothing was done)
# ("set the title to:\nSummer Sale" stays one sentence: only a bullet or a "header:" starts a line of its own)
_FONT_CUE = compile_led(r"(?:\b(?:font|typeface)(?:\s+(?:family|style))?\s*(?:to|:|=|as|of|called|named|is|should\s+be)?"
                        r"|字体\s*(?:换成|改成|改为|用|设为|设成|换为|是|为|:|：)?)\s*$", re.I)
_BAR = compile_led(r"(?P<zh>(?<=[\u4e00-\u9fff\d])\s*[|｜]\s*(?=[\u4e00-\u9fff\d]))|\s*[|｜]\s*")
_BULLET_LINE = compile_led(r"\s*\n\s*(?:[-*•·–]\s+|(?=[A-Za-z\u4e00-\u9fff][^\n:：]{0,30}[:：]))")


_NEXT_CAPTION = compile_led(r"(?i:\bcaptions?\b[^\n]{0,80}?\band\s+the\s+(?:first|second|third|fourth|fifth|last)(?:\s+one)?(?=\s+(?:to|say|says|should\s+say)\s+[A-Z0-9]))")


_ONE_END = compile_led(r"(?i:\s+one)$")


def normalize(raw: str) -> Message:
    from .unquoted import (  # (it reads this module's patterns)
        ANY_CUE,
        AS_THE_TITLE,
        CARD_SAID,
        CJK_APART,
        SECOND_LINE,
        any_words,
        apart_wish,
        as_the_title,
        second_line,
        words_end,
    )

    text = _clean(raw if isinstance(raw, str) else "").strip()
    text = _BULLET_LINE.sub("; ", text)
    for a, b in _QUOTE_PAIRS + [("'", "'")]:  # a whole message in quotes is the message, not a quote
        if len(text) > 2 and text.startswith(a) and text.endswith(b) and a not in text[1:-1] and b not in text[1:-1]:
            text = text[1:-1]
            break
    text = _relayed(text)
    quotes: list[str] = []
    # the words are read in simplified Chinese ("標題改成藍色" is "标题改成蓝色"); quoted and unquoted text keeps the
    # characters it was written in ("標題改成「週年慶」" sets 週年慶)
    # and Cantonese and South-East Asian wording as standard Mandarin / English, at the same offsets (dialect.py)
    read = reading(text)

    def keep(m: re.Match[str], orig: str) -> tuple[str, str]:
        g = next(i for i in range(1, (m.re.groups or 0) + 1) if m.group(i) is not None)
        inner = orig[m.start(g):m.end(g)].strip()
        if not inner:
            return " ", " "
        if len(inner) <= 30 and _FONT_CUE.search(orig, max(0, m.start() - 30), m.start()):
            # a font's name in quotes is the font, never a text's words ("change the title font to 'Playfair'",
            # "标题字体换成“Playfair”" retitled the video "Playfair"; held-out shape)
            return (f" {inner} ", f" {reading(inner)} ")
        quotes.append(" ".join(inner.split()))
        # (a part typed apart after the words is a clause of its own, as after unquoted words: ``keep_unquoted``)
        # (a quoted sentence's stop ends the message's sentence too, when a new one starts after it: "… like a film.'
        # Please add a fade-in …" read "<quote> fade in" as a text's entrance; set GP gp031)
        stop = " ." if inner[-1] in ".!?" and re.match(r"\s+[A-Z]", orig[m.end():m.end() + 3]) else ""
        return (f" {Q_OPEN}{len(quotes) - 1}{Q_CLOSE}{stop} " + ("，" if apart_wish(orig, m.end()) else ""),) * 2

    text, read = _sub_both(_QUOTE_RX, text, read, keep)
    # "Rename the third caption to Smart Watch and the fifth to 18K Gold Ring": the second caption named by its place alone
    # is a caption too, so its words are read as the first's are (the first ran to the end; dev set EO eo178)
    text, read = _sub_both(_NEXT_CAPTION, text, read, lambda m, orig: (_ONE_END.sub("", orig[m.start():m.end()]) + " caption",
                                                                        _ONE_END.sub("", m.group(0)) + " caption"))
    # a bar between a note's parts is its comma ("片尾：关注我们｜4秒｜红底白字" made the card say all three; set FF ff127),
    # read before the unquoted words, whose end it is; a quoted bar stays
    text, read = _sub_both(_BAR, text, read, lambda m, orig: (("，",) * 2 if m.group("zh") else (", ",) * 2))

    def keep_unquoted(m: re.Match[str], orig: str) -> tuple[str, str]:
        cut = m.start("t") + words_end(orig[m.start("t"):m.end("t")])  # (the next part after the words stays a part)
        # (an exclamation mark right after the words is theirs: "make the end card say Thanks! and then fade out")
        bang = "!" if cut == m.end("t") == m.end() and orig[m.end():m.end() + 1] in ("!", "！") else ""
        quotes.append(" ".join(orig[m.start("t"):cut].split()).rstrip(" ,，") + bang)
        mark = f" {Q_OPEN}{len(quotes) - 1}{Q_CLOSE} "
        # (a part typed apart after the words, "标题：双十一狂欢 时长改成15秒", is a clause of its own: the 15 s is the
        # video's, never the title's)
        mark += "，" if CJK_APART.match(orig, cut) else ""
        return orig[m.start("cue"):m.end("cue")] + mark + orig[cut:m.end("t")], m.group("cue") + mark + m.string[cut:m.end("t")]

    def keep_said(m: re.Match[str], orig: str) -> tuple[str, str]:
        # "title says 50% OFF in red": a look said in lower case after the words is the text's look, not its words
        # (set AR ar166 titled the video "50% OFF in red")
        if looks_only(orig[m.start("t"):m.end("t")]):  # "title: pink, at the top": a look, not the title's words
            return orig[m.start():m.end()], m.group(0)
        if _all_vocabulary(orig[m.start("t"):m.start("t") + words_end(orig[m.start("t"):m.end("t")])]):
            # ("title: bold off, white": words in lower case the vocabulary reads whole are a wish, never the title's words;
            # the title was set to "bold off", dev set DD dd253's neighbour)
            return orig[m.start():m.end()], m.group(0)
        tail = _LOOK_TAIL.search(orig[m.start("t"):m.end("t")])
        if tail is None or tail.start() == 0:
            return keep_unquoted(m, orig)
        # (or where another part starts before it: "title should say New Arrivals and sit at the top")
        cut = m.start("t") + min(tail.start(), words_end(orig[m.start("t"):m.end("t")]))
        quotes.append(" ".join(orig[m.start("t"):cut].split()))
        mark = f" {Q_OPEN}{len(quotes) - 1}{Q_CLOSE} "
        return (orig[m.start("cue"):m.start("t")] + mark + orig[cut:m.end("t")],
                m.group("cue") + mark + m.string[cut:m.end("t")])  # (``m`` was found in ``read``, of the same offsets)

    # (before the single texts: "字幕改成 红鞋、蓝包、手表" is three, not one)
    if "字幕" in read or "标签" in read:
        text, read = _sub_both(_CAPTION_LIST_ZH, text, read, lambda m, orig: _listed_captions(m, orig, quotes))
    if re.search(r"(?i:captions|labels|subtitles)", read):
        text, read = _sub_both(_CAPTION_LIST_EN, text, read, lambda m, orig: _listed_captions(m, orig, quotes))
    text, read = _sub_both(_CAPTION_OLD_ARROW, text, read, lambda m, orig: (orig[m.start("cue"):m.end("cue")] + " ",
                                                                             m.group("cue") + " "))
    text, read = _sub_both(_UNQUOTED, text, read, keep_said)

    def keep_named(m: re.Match[str], orig: str) -> tuple[str, str]:
        if _STYLE_WORD.fullmatch(m.group("t")) or _INSTRUCTED.match(m.group("t")) or _wish_word_only(m.group("t")):
            # "change the title to Red": a colour; "title 改成 fade in": an animation
            return orig[m.start():m.end()], m.group(0)
        return keep_unquoted(m, orig)

    text, read = _sub_both(_FROM_OLD, text, read, lambda m, orig: (orig[m.start("cue"):m.end("cue")], m.group("cue")))
    text, read = _sub_both(_CAPTION_FROM_OLD, text, read, lambda m, orig: (orig[m.start("cue"):m.end("cue")], m.group("cue")))
    if "标题" in read:
        text, read = _sub_both(_ZH_FROM_OLD, text, read, _old_words)
    text, read = _sub_both(_TO_TEXT, text, read, keep_named)
    text, read = _sub_both(_ZH_TO_TEXT, text, read, keep_named)
    if "改" in read or "换成" in read:
        text, read = _sub_both(_ZH_NAME_TO_TEXT, text, read, keep_named)
    text, read = _sub_both(_CARD_TO_TEXT, text, read, keep_named)
    # (nor a look said in lower-case words: "change the clip's caption to a serif font")
    # (nor a length: "change the clip's caption to 3 seconds")
    def keep_words(m: re.Match[str], orig: str) -> tuple[str, str]:
        if looks_only(m.group("t")) or re.fullmatch(rf"\s*{DUR}(?:\s+long)?\s*", m.group("t")):
            return orig[m.start():m.end()], m.group(0)
        return keep_named(m, orig)

    text, read = _sub_both(_CAPTION_TO_TEXT, text, read, keep_words)
    text, read = _sub_both(_TOLD_IT_TO_TEXT, text, read, keep_words)
    if re.search(r"(?i:caption|subtitle|label)", read) and _CJK_LETTER.search(read):  # (its words are Chinese)
        text, read = _sub_both(_CAPTION_TO_ZH, text, read, lambda m, orig: _caption_zh(m, orig, quotes))
    text, read = _sub_both(_ZH_SPACED_TEXT, text, read, lambda m, orig: _whole_word(m, orig, quotes))
    if "标题" in read or "title" in read.lower():
        text, read = _sub_both(_ZH_SPACED_TITLE, text, read, lambda m, orig: _typed_apart_title(m, orig, quotes))
    if "title" in read or "Title" in read or "headline" in read.lower() or "标题" in read:
        text, read = _sub_both(_BARE_TITLE, text, read, lambda m, orig: _bare_title(m, orig, quotes))
    if re.search(r"(?i:\bas\s+(?:the|my|our)\s+(?:title|headline))", read):
        text, read = _sub_both(AS_THE_TITLE, text, read, lambda m, orig: as_the_title(m, orig, quotes))
    text, read = _sub_both(ANY_CUE, text, read, lambda m, orig: any_words(m, orig, quotes))
    if "行" in read:  # (again for a card's second line after its words: the first pass's match ran over it)
        text, read = _sub_both(ANY_CUE, text, read, lambda m, orig: any_words(m, orig, quotes))
    if CARD_SAID.search(read):
        text, read = _sub_both(SECOND_LINE, text, read, lambda m, orig: second_line(m, orig, quotes))
    text = " ".join(_list_items(text).split())
    low = _lower_aligned(" ".join(_list_items(read).split()))
    low = _LONG_TOKEN.sub(" ", low.replace("’", "'").replace("‘", "'"))
    low = _decibels(_cn_numbers(_en_numbers(low)))
    return Message(orig=text, low=low, quotes=[_as_typed(q, raw) for q in quotes])


# an editor's volume step in decibels ("music bed -12 dB", "VO +3dB", "BGM降个10dB", "bed needs to come up 6dB"): the draft's
# volume is a factor, so the step is said as the share it changes the volume by (-12 dB = x0.25, "75% quieter"; +6 dB = x2);
# the direction is the sign or the word before it; a level without either ("music at 6 dB") stays unread
_DB_DOWN = r"(?:down|lower(?:ed)?|drop(?:ped)?|cut|reduce[ds]?|quieter|minus|降低|降了?|减少|减了?|调低|压低|拉低|小)"
_DB_UP = r"(?:up|raise[ds]?|boost(?:ed)?|louder|plus|increase[ds]?|提高|提升|升高|升了?|增加|加了?|调高|拉高|大)"
_DECIBELS = compile_led(
    rf"(?:(?P<down>{_DB_DOWN})|(?P<up>{_DB_UP}))?\s*(?:by\s+|个|了)?\s*(?P<sign>[+\-−–])?\s*(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?:db|decibels?|分贝)(?![a-z])")


def _decibel_step(m: re.Match[str]) -> str:
    down = bool(m.group("down")) or m.group("sign") in ("-", "−", "–")
    up = bool(m.group("up")) or m.group("sign") == "+"
    if down == up:  # no direction, or two
        return m.group(0)
    factor = 10 ** ((-1 if down else 1) * float(m.group("n")) / 20)
    share = round(abs(factor - 1) * 100)
    if re.search(r"[\u4e00-\u9fff]", m.group(0)):
        return f"{'降低' if down else '提高'}{share}%"
    return f" {share}% {'quieter' if down else 'louder'}"


def _decibels(low: str) -> str:
    return _DECIBELS.sub(_decibel_step, low) if "db" in low or "分贝" in low or "decibel" in low else low


NUM = r"\d+(?:\.\d+)?"
UNIT = r"(?:milliseconds?|millisecs?|ms|毫秒|seconds?|secs?|s|秒钟|秒|minutes?|mins?|分钟|min)"
# a duration: "20 seconds", "20s", "20-second", "1.5 sec", "20秒", "2 minutes", "1 min 30 s"
DUR = rf"(?:{NUM}\s*-?\s*{UNIT}(?![a-z])(?:\s*(?:and\s*)?{NUM}\s*-?\s*{UNIT}(?![a-z]))?)"
# the English colour names the styles table knows, longest first (one alternation for every reader of a colour word)
EN_COLOUR = "|".join(sorted((re.escape(c) for c in COLOURS if c.isascii()), key=longest))
# a colour said by its English name or its exact value (each reader adds the boundary it needs after it)
COLOUR_SAID = rf"(?:{EN_COLOUR}|#[0-9a-f]{{6}}|#[0-9a-f]{{3}})"
_DUR_PART = compile_led(rf"({NUM})\s*-?\s*({UNIT})(?![a-z])")
# a time range: "2s-5s", "2 to 5 seconds", "2秒到5秒", "2到5秒"; ``tag`` keeps group names unique
def range_rx(tag: str = "") -> str:
    # a range starts no word: "unboxing.mp4 to 2s-5s" holds no range "4 to 2s"
    return (rf"(?<![a-z0-9.])(?P<r1{tag}>{NUM})\s*(?P<u1{tag}>{UNIT})?(?![a-z])\s*(?:-|–|—|~|to|until|through|till|到|至)\s*"
            rf"(?P<r2{tag}>{NUM})\s*(?P<u2{tag}>{UNIT})(?![a-z])")


RANGE = range_rx()
PCT = r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|％)?"


def unit_ms(unit: str | None) -> float:
    u = (unit or "s").strip()
    if u in ("ms", "毫秒") or u.startswith("milli"):
        return 1.0
    if u.startswith("min") or u == "分钟":
        return 60000.0
    return 1000.0


# a length times a factor: "twice as long", "half as long", "twice as fast" (half as long), "double/halve it", "half the
# time", "加倍/翻倍/减半/缩短一半" (one home for the pictures', the title's and the transitions' readers, edits/shared.times,
# and the words of relative lengths, relative.py: "标题的两倍")
TIMES_EN = (r"(?P<f>twice|two\s+times|2\s+times|2x|three\s+times|3\s+times|3x|half)\s+"
            r"(?:as\s+(?P<rel>long|slow|short|fast|quick)\b|(?:the\s+)?(?:time|length|duration)\b)")
TIMES_ZH = r"(?P<zf>加倍|翻倍|翻一倍|减半|缩短一半|短一半|一半)"
TIMES_SAID = compile_led(rf"{TIMES_EN}|\b(?P<v>double|halve)\b|{TIMES_ZH}")
FACTORS = {"twice": 2.0, "two times": 2.0, "2 times": 2.0, "2x": 2.0, "double": 2.0, "three times": 3.0, "3 times": 3.0,
           "3x": 3.0, "half": 0.5, "halve": 0.5, "加倍": 2.0, "翻倍": 2.0, "翻一倍": 2.0, "减半": 0.5, "缩短一半": 0.5, "短一半": 0.5,
           "一半": 0.5, "1半": 0.5, "两倍": 2.0, "2倍": 2.0, "三倍": 3.0, "3倍": 3.0}


def dur_ms(text: str) -> int | None:
    """'20 seconds' -> 20000; '1 min 30 s' -> 90000; None when there is no duration."""
    parts = _DUR_PART.findall(text)
    if not parts:
        return None
    return int(round(sum(float(n) * unit_ms(u) for n, u in parts)))


def range_ms(m: re.Match) -> tuple[int, int]:
    """(start, end) ms of whichever range_rx matched."""
    tag = next(k[2:] for k, v in m.groupdict().items() if k.startswith("r1") and v is not None)
    unit2 = m.group("u2" + tag)
    a = float(m.group("r1" + tag)) * unit_ms(m.group("u1" + tag) or unit2)
    b = float(m.group("r2" + tag)) * unit_ms(unit2)
    return int(round(a)), int(round(b))


def pct_value(num: str, has_sign: bool) -> float | None:
    """'35' or '35%' -> 0.35; '0.35' -> 0.35 (a bare decimal up to 2 is a gain)."""
    v = float(num)
    if not has_sign and "." in num and v <= 2:
        return v
    return v / 100.0


fmt_s = seconds  # the draft module's one seconds formatter


_GENERIC = {"img", "image", "photo", "pic", "picture", "dsc", "dscn", "dcim", "screenshot", "screen", "shot",
            "copy", "final", "edit", "edited", "export", "vid", "video", "mov", "clip", "audio", "file",
            "untitled", "new", "pxl", "mvimg", "wa", "whatsapp"}


def name_words(filename: str) -> str:
    """'red-sneaker.jpg' -> 'Red Sneaker'; 'IMG_2034.JPG' -> 'Img 2034'; '红色运动鞋.png' -> '红色运动鞋'."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename.strip()) or filename
    stem = re.sub(r"([a-z])([A-Z])", r"\1 \2", stem)
    words = [w for w in re.split(r"[\s_\-.+,()\[\]]+", stem) if w]
    keep = [w for w in words if w.lower() not in _GENERIC and not w.isdigit()]
    chosen = keep or words or [stem]
    text = " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in chosen)
    return text[:200] or "Clip"


def plain_name(filename: str) -> str:
    """Display name of a segment: file name without extension."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename.strip())
    return (stem or filename or "clip")[:255]


def tokens(text: str) -> set[str]:
    """Words for fuzzy matching of names: latin words, digits, and single CJK characters."""
    low = text.lower()
    words = set(re.findall(r"[a-z0-9]+", low))
    words |= set(re.findall(r"[\u4e00-\u9fff]", low))
    return words


# --- which letters a pattern needs (so that a message without them skips it) -------------------------------------
_CJK_LETTER = compile_led(r"[\u3400-\u9fff]")
_LATIN_LETTER = compile_led(r"[a-z]")
_SYNTAX = compile_led(r"\\u[0-9a-fA-F]{4}|\\[a-zA-Z]|\(\?P<\w+>|\(\?P=\w+\)|\{\w*\}")  # escapes and group names are no words


def letters_needed(pattern: str) -> str:
    """"latin": the pattern is written without a Chinese character, so it needs a Latin letter to match; "cjk":
    written in Chinese without a Latin word, it needs a Chinese character; "": either. (A heuristic: the tests run
    the corpus with and without the skipping it allows, tests/test_planner_chinese_forms.py.)"""
    if not _CJK_LETTER.search(pattern):
        return "latin"
    return "" if _LATIN_LETTER.search(_SYNTAX.sub("", pattern)) else "cjk"


def letters_in(text: str) -> dict[str, bool]:
    """Which of ``letters_needed``'s kinds ``text`` has."""
    return {"latin": _LATIN_LETTER.search(text) is not None, "cjk": _CJK_LETTER.search(text) is not None, "": True}
