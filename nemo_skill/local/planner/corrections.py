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
from typing import Any

from ...draft.styles import COLOURS
from .anchors import compile_led, longest
from .relay import PEOPLE_EN, WHO_ZH
from .stance import JUDGED
from .text import Message

_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"(?:s|secs?|seconds?|minutes?|mins?|%|秒钟?|分钟|percent|fps|帧)"
# (a dash before the correction too: "Make it 30 seconds — or no, 25", set EY ey058)
_SEP = r"[\s,.;:，。；、：…—–\-]*"
# a shape said as its ratio: "3:4……不对，4:5" (set CL cl082 read the 4 of "3:4" as the value corrected and nothing was left)
_RATIO = r"\d{1,2}\s*[:：]\s*\d{1,2}(?![\d:：])"
# "no" alone only before a comma ("no, green"): elsewhere it is a negation ("no music"); "make that one green" is no
# correction but a wish of that one (dev set HE he055 lost the caption's new words to it); nor "can you make that bigger",
# asked (its "can you" was read as the wish corrected; dev set DM dm087)
_MARK = (r"(?:no\s+wait|wait\s+no|wait|no\s+no|or\s+no|no\s+sorry|nope|ugh\s*,?\s*no|no(?=\s*[,，])|no(?=\s+\d)|sorry|i\s+mean|(?<!you\s)(?<!please\s)(?<!pls\s)(?<!to\s)make\s+that(?!\s+(?:one|1|picture|photo|pic|caption|clip|part|text|title|image|slide|shot|logo|card)\b)|scratch\s+that|or\s+rather|actually|oh\s+wait"
         # ("20秒，不是30秒" is the value being replaced said after: 不是 corrects only alone, "20秒，不是，30秒")
         r"|不对|不是(?=\s*[,，]|\s*(?:改成|改为|还是|换成|要))|哦不|不(?=\s*[,，])|算了|等等|错了)")
# ("…for the last 5 seconds. wait, make that the last 3": dev set HQ hq131 kept the 5)
_SAY = (r"(?:make\s+it|make\s+that(?:\s+the\s+(?:last|first))?|change\s+it\s+to|keep(?:\s+it\s+at)?|let'?s\s+(?:do|go\s+with|say|make\s+it)|go\s+with|i\s+meant?|rather"
        r"|改成|改为|还是|换成|就|用)?")
_TAIL = r"(?:\s*(?:is\s+(?:enough|fine|better|good|right|plenty)|instead|吧|就行了?|就好了?|好了|才对))?"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    colour = "|".join(re.escape(c) for c in sorted(COLOURS, key=longest))
    value = rf"(?:(?P<{{n}}>{_NUMBER})\s*(?P<{{u}}>{_UNIT})(?![a-z])|(?P<{{c}}>{colour})(?![a-z]))"
    # (a number said without its unit, its unit before it: "make the frame rate 30... actually 60" kept the 30, set AU
    # au208; replaced only by a number said bare too)
    v1 = rf"(?:{value.format(n='n1', u='u1', c='c1')}|(?P<n1x>{_NUMBER})(?![a-z\d%％]))"
    # the value after the correction may leave its unit out ("make it 4")
    v2 = rf"(?:(?P<n2>{_NUMBER})\s*(?P<u2>{_UNIT})?(?![a-z\d])|(?P<c2>{colour})(?![a-z]))"
    # "set fps to 30 and then make it 60 actually": the correction said after the new value (its unit may come before
    # the first value, "fps to 30"; set M mix20)
    v1_bare = rf"(?:(?P<n1b>{_NUMBER})\s*(?P<u1b>{_UNIT})?(?![a-z\d])|(?P<c1b>{colour})(?![a-z]))"
    later = (rf"(?P<v1b>{v1_bare}){_SEP}(?:and\s+|but\s+)?then{_SEP}{_SAY}\s*(?P<v2b>{v2.replace('P<', 'P<b_')})"
             r"\s*,?\s*(?:actually|instead|after\s+all|rather)\b")
    ratio = rf"(?P<r1>{_RATIO}){_SEP}{_MARK}{_SEP}{_SAY}\s*(?P<r2>{_RATIO}){_TAIL}"
    return compile_led(rf"(?<![a-z\d.:：]){ratio}|(?<![a-z\d.])(?:(?P<v1>{v1}){_SEP}{_MARK}{_SEP}{_SAY}\s*(?P<v2>{v2}){_TAIL}|{later})")


def _replacement(m: re.Match[str]) -> str | None:
    if m.group("r1") is not None:
        new = m.group("r2")
        return new + " " * max(0, len(m.group(0)) - len(new))
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
    elif m.group("n1x") and m.group("n2") and not m.group("u2"):
        new = m.group("n2")
    elif m.group("n1") and m.group("n2"):
        unit = m.group("u2") or m.group("u1")
        new = m.group("n2") + ("" if unit[0] > "\u3000" or unit == "%" else " ") + unit
    else:
        return None  # a colour corrected to a number, or the other way: not this kind of correction
    return new + " " * max(0, len(m.group(0)) - len(new))


# "不是30秒，我是说20秒", "not 30, I meant 20 seconds": the value taken back said first, the one meant after it (set GX
# gx135 read nothing); only values with a number, so that "不是那张，是另一张" stays a question
_NOT_BUT = compile_led(r"(?:不是|not)\s*(?P<a>[^,，。.;；]{0,12}\d[^,，。.;；]{0,6})[,，]\s*(?:我是说|我说的是|而是|是|i\s+meant?)\s*"
                       r"(?P<b>[^,，。;；]{0,12}\d[^,，。;；]{0,8})")


def _not_but(m: re.Match[str]) -> str:
    return m.group("b").ljust(len(m.group(0)))


# A wish told as once said and given up ("The user also considered the sale preset but decided it looks too cheap",
# "Earlier the user also asked for the logo in the bottom right, but they have since dropped that", "i was gonna ask you to
# speed up the clip but it's fine as it is", "用户一开始想把人声也删掉，后来改变了主意", "我刚想说把第二张删了，…，先不删了"):
# the sentence is no wish (dev set HQ, written for it, made 9 such edits). Said in one sentence: the wish once meant
# (``_ONCE``), then its giving up (``_GIVEN_UP``); never when the sentence says what it was changed to instead
# ("…then revised it: fade in from black instead", "后来改为放在第二张": the new wish is read).
# who said it: anyone ("the user", "she", "Maria asked about making it vertical too, but we decided to stay landscape"; dev
# set HO ho014)
_WHO = r"(?:(?:the|my|our)\s+)?[a-z]+"
_ONCE = compile_led(
    rf"\b(?:(?:earlier|at\s+first|initially|originally|first)\s*,?\s*)?{_WHO}\s+(?:also\s+|had\s+|has\s+)?(?:initially\s+|originally\s+"
    r"|first\s+|earlier\s+|at\s+first\s+)?(?:also\s+)?(?:considered|floated|suggested|mentioned|asked\s+(?:about|for|to|me\s+to)"
    r"|wanted|requested|thought\s+about|wondered\s+(?:about|if|whether)|brought\s+up|raised)\b"
    # ("she said it's perfect but needs to be vertical": said once, then, is no wish given up; dev set HO ho143)
    rf"|\b{_WHO}\s+(?:also\s+)?(?:initially|originally|first|at\s+first|earlier)\s+said\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:going\s+to|gonna|about\s+to)\s+ask\b"
    r"|(?:一开始|本来|原本|原来|之前|刚才|刚|起初|最初|开始)(?:还|也)?(?:想说|想|说|要|打算|考虑)")
_GIVEN_UP = compile_led(
    r"\b(?:decided\s+(?:against|not\s+to|to\s+(?:keep|leave|stick|stay)|(?:it|that|they)\s+(?:looks?|looked|is|was|'s|seems?|feels?"
    r"|would\s+(?:look|be))\s+(?:\w+\s+)?too)|withdr[ae]w|withdrawn|(?:since\s+)?dropped\s+(?:that|it|the\s+idea)"
    r"|changed\s+(?:their|his|her|my|our)\s+minds?|(?:then\s+)?said\s+to\s+(?:leave|keep)|said\s+(?:never\s*mind|to\s+forget)"
    r"|found\s+it\s+too|(?:it'?s|it\s+is|they'?re|they\s+are)\s+(?:fine|good|ok|okay|perfect)|(?:actually\s+)?works|no\s+longer"
    r"|never\s*mind|backed\s+out|took\s+it\s+back|talked\s+(?:him|her|them|me|us)\s+out\s+of)\b"
    r"|(?:后来|但|不过|可是|再|又|现在)[^。！？!?]{0,30}?(?:改变了?主意|算了|不(?:用|要|删|改|换|调|动)了|又不(?:要|想)了|觉得不用|决定不"
    r"|保持原样|还是留着|留着吧|不需要了|取消了)"
    # (the giving up said after a why, led by 那: "本来还想把字幕换成绿色，同事说跟手表撞色，那字幕就保持原样吧"; dev set HM hm150)
    r"|[，,]\s*(?:那|那就|所以|还是)[^。！？!?，,]{0,8}?(?:保持原样|算了|不(?:用|要)(?:改|换|删|动)了?|不改了|别改了)")
# the two said at once ("The user withdrew an earlier request to remove green-watch.png": it was removed; dev set HQ hq116)
_WITHDREW = compile_led(r"\bwithdr[ae]w\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:earlier\s+|previous\s+|prior\s+)?"
                        r"(?:request|ask|wish|idea)\b[^,，]*")
# what it was changed to instead: the sentence holds the wish meant
_REVISED = compile_led(r"\b(?:revised|corrected|changed|updated)\s+(?:it|that|this)\s*(?:to\b|:)|\bthen\s+said\b(?!\s+to\s+(?:leave|keep))"
                       r"|\binstead\b|后来改(?:为|成)|更正为|改口|又说(?:改|换|放)")
# a wish said after the giving up, in the same sentence ("…, but add a fade out at the very end")
_ASKS_AFTER = compile_led(r"[,，]\s*(?:but|so|and|then|但是?|不过|然后)?\s*(?:can|could|please|just|make|add|put|move|change|set|use|turn|remove"
                          r"|delete|cut|请|帮|把|加|改|换|调)")


def _sentences_last_first(low: str) -> list[tuple[int, int]]:
    """The sentences of ``low`` as (start, end), the last first: a sentence blanked keeps the offsets of those before it."""
    starts = [0] + [m.end() for m in _SENT_START.finditer(low)]
    return list(reversed(list(zip(starts, starts[1:] + [len(low)], strict=True))))


def given_up(msg: Message) -> Message:
    """``msg`` with each sentence that tells a wish once said and given up written as spaces (``_ONCE``, ``_GIVEN_UP``),
    up to a wish said after it in the same sentence."""
    low = msg.low
    if not _GIVEN_UP.search(low):
        return msg
    for a, b in _sentences_last_first(low):
        once = _ONCE.search(low, a, b)
        up = _GIVEN_UP.search(low, once.end(), b) if once is not None else _WITHDREW.search(low, a, b)
        if up is None or _REVISED.search(low, a, b):
            continue
        after = _ASKS_AFTER.search(low, up.end(), b)
        end = after.start() if after is not None else b
        low = low[:a] + " " * (end - a) + low[end:]
    return replace(msg, low=low)


# A wish relayed and then declined by the one writing ("Boss said to delete the voiceover. I'm not doing that, but turn it
# down a little", "My client wants the captions removed entirely. I think they just need to be smaller",
# "客户说要把帽子那张删了，我觉得不用删，缩短到三秒就行": each removed the thing; dev set HV). The relayed wish keeps only its
# thing, for the "it" after it; its asking and its verb go, and so do the words that decline it.
_RELAYED_WISH = compile_led(
    rf"\b(?:(?:the|my|our|their|his|her)\s+)?{PEOPLE_EN}\s+(?:said\s+(?:to|we\s+should)|says\s+(?:to|we\s+should)|wants|wanted|would\s+like"
    r"|'d\s+like|asked\s+(?:me\s+)?(?:to|for)|suggested|thinks\s+we\s+should)\s+(?:(?:me|us)\s+to\s+)?"
    rf"|{WHO_ZH}\s*(?:说|觉得|建议|想|希望)?\s*(?:要|想|应该)?\s*(?:把|将)?")
_RELAYED_VERB = compile_led(r"\b(?:remove|removed|delete|deleted|get\s+rid\s+of|lose|drop|dropped|take\s+out|taken\s+out|cut|ditch|ditched"
                            r"|mute|muted)\b(?:\s+(?:entirely|completely|altogether))?|\b(?:entirely|completely|altogether)\b"
                            r"|删了|删掉|删除|去掉|拿掉|去了|静音|不要|别要")
_DECLINED = compile_led(
    r"\s*(?:but\s+)?(?:i'?m\s+not\s+(?:doing|going\s+to\s+do|gonna\s+do)\s+(?:that|it)|i\s+(?:don'?t|do\s+not)\s+(?:agree|think\s+so)"
    r"|i\s+disagree|i'?d\s+rather\s+not|we'?re\s+not\s+doing\s+that|i\s+think\s+(?=(?:they|it|that)\s+(?:just|only)\s+needs?\b))"
    r"\s*(?:[,.;]\s*)?(?:but\s+|so\s+|instead\s*,?\s*)?"
    r"|\s*我(?:觉得|看|认为)?(?:不用|没必要|不需要)(?:删|去掉|改|换|静音)?(?:了)?\s*[，,]?"
    # (the thing the relayed wish takes kept: "老板说“不要声音，静音发”，我觉得配音得留着，只把背景音乐静音"; dev set HV hv129)
    r"|\s*我(?:觉得|看|认为)[^，,。]{1,8}?(?:得|要|应该|还是)留着\s*[，,]?")


def declined(msg: Message) -> Message:
    """``msg`` with each relayed wish the writer declines right after it (``_DECLINED``) kept as its thing alone."""
    low = msg.low
    if not _RELAYED_WISH.search(low):
        return msg
    for a, b in _sentences_last_first(low):
        wish = _RELAYED_WISH.search(low, a, b)
        if wish is None:
            continue
        # the declining words: at the next sentence's start, or after a comma in this one (Chinese)
        at = next((k + 1 for k in range(wish.end(), b) if low[k] in ",，" and _DECLINED.match(low, k + 1)), b)
        no = _DECLINED.match(low, at)
        if no is None or not no.group(0).strip(" ,，"):
            continue
        end = at if at < b else b
        kept = _RELAYED_VERB.sub(lambda m: " " * len(m.group(0)), low[wish.end():end])
        low = low[:wish.start()] + " " * (wish.end() - wish.start()) + kept + low[end:at] + " " * (no.end() - at) + low[no.end():]
    return replace(msg, low=low)


def corrected(msg: Message, names: frozenset[str] = frozenset()) -> Message:
    """``msg`` with each value corrected in so many words replaced by the value said after it, and each wish taken
    back in so many words blanked. ``names``: the words of the uploads' file names ("sneaker" of red-sneaker.jpg), so
    that a picture said by its name after the correction words replaces the one named in the wish."""
    msg = declined(given_up(msg))
    if not _ANY_MARK.search(msg.low):  # (most messages correct nothing: one cheap search instead of two long ones)
        return _withdrawn(msg)
    if ("不是" in msg.low or "not" in msg.low) and _NOT_BUT.search(msg.low):
        msg = replace(msg, low=_NOT_BUT.sub(_not_but, msg.low))
    if _pattern().search(msg.low):
        msg = replace(msg, low=_pattern().sub(lambda m: _replacement(m) or m.group(0), msg.low))
    if _REVALUE.search(msg.low):
        msg = _revalued(msg, names)
    return _withdrawn(msg)


# the words around a picture's name that say no more than "that picture" ("the watch", "the backpack one"; "one" is "1"
# after normalize)
_THING_WORDS = compile_led(r"\b(?:the|that|this|one|1|picture|photo|pic|image|shot|clip|video|file)\b")


def _renamed(wish: str, v2: str, names: frozenset[str]) -> str | None:
    """"Put the cap picture first. No wait, I meant the watch": the wish with the picture it names replaced by the one
    named after the correction words (one upload's name word, nothing else); None when either names none (set GX
    gx128 did the first wish; set GN gn011, "remove the cap picture — no wait, the backpack one", did none)."""
    said = _THING_WORDS.sub(" ", v2).split()
    if len(said) != 1 or said[0] not in names:
        return None
    for run in reversed(list(re.finditer(r"[a-z]+(?:[\s-]+[a-z]+)*", wish))):  # the last run of words naming an upload ("red sneaker") is replaced whole
        words = list(re.finditer(r"[a-z]+", run.group(0)))
        hit = [w for w in words if w.group(0) in names]
        if hit and said[0] not in {w.group(0) for w in hit}:
            a, b = run.start() + hit[0].start(), run.start() + hit[-1].end()
            return wish[:a] + said[0] + wish[b:]
    return None


# "title should say Summer Sale, no wait, Summer Drop", "make it elegant, no, minimal", "white text on pink, no, on black",
# "把第一张图改成5秒，不对，是第二张": after the correction words only a value, of no thing and no operation of its own: it
# replaces the value said right before, in the same wish (sets AS as47/as209/as178/as38; the wish was blanked as taken
# back, "…Summer Drop" then read as the title's removal). "make it 60fps and vertical - actually forget the 60fps": the
# value named after "forget" is taken out of the wish, the rest stays (set AS as146).
_VMARK = (r"(?:no\s*,?\s*wait|wait\s*,?\s*no|no\s*,?\s*sorry|no\s+no|no(?=\s*[,，])|sorry|oh\s+wait|wait|actually(?:\s*,?\s*no)?"
          r"|hmm+(?:\s*,?\s*no)?|or\s+rather|(?:i\s+)?meant|i\s+mean|(?<!you\s)(?<!please\s)(?<!pls\s)(?<!to\s)make\s+that(?!\s+(?:one|1|picture|photo|pic|caption|clip|part|text|title|image|slide|shot|logo|card)\b)|hold\s+on|(?:wh)?oops|ugh\s*,?\s*no"
          r"|不对|不是(?=\s*[,，])|哦不|等等|错了|说错了|我是说)")
# the marks that correct the sentence before too ("Remove the third picture. Hold on, I meant the fourth", "Put the cap
# picture first. No wait, I meant the watch": set GX gx123/gx128 did the first wish and left the correction unread);
# "actually", "hmm" or "sorry" alone after a sentence end start a sentence of their own ("… 20 seconds. Actually that's
# perfect")
_STRONG = (r"(?:no\s*,?\s*wait|wait\s*,?\s*no|hold\s+on|(?:wh)?oops|(?:no\s*,?\s*)?sorry\s*,?\s*i\s+meant?|i\s+meant?"
           r"|(?<!you\s)(?<!please\s)(?<!pls\s)(?<!to\s)make\s+that(?!\s+(?:one|1|picture|photo|pic|caption|clip|part|text|title|image|slide|shot|logo|card)\b)|不对|说错了|错了|我是说)(?![a-z])")
# a dot between letters or digits is inside a word: a decimal ("1.5x") or a file name ("clip.mp4"), never a clause's end
# (set GX gx112 read "…2x — hmm, 1.5x is enough" as a correction to "1"; gx122 split "mute clip.mp4, no wait, …")
_DOT_IN_WORD = r"(?<=[a-z0-9])\.(?=[a-z0-9])"
_CL = r"[,.;!?:，。；！？：\n]"
_IN_CL = rf"(?:[^,.;!?:，。；！？：\n]|{_DOT_IN_WORD})"  # a character inside one clause
_CL_START = r"(?:(?<=[,;!?:，。；！？：\n])|(?<=\.)(?![a-z0-9])|(?<=[^a-z0-9]\.)|^)"  # (after a dot that ends no word)
_CL_END = r"(?=[,;!?:，。；！？：\n]|\.(?![a-z0-9])|$)"
# a wish holds a letter, digit or Chinese character: the characters up to its first one are read without a choice
# ("[^…]*" then one), since a lazy run before it made the reader try every split of a clause with no correction in it
# (a 4000-character message with no punctuation took 790 ms here; 2 ms now)
_WORDY = r"a-z0-9\u4e00-\u9fff\ue001"
# what stands between a wish and its correction: spaces, a dash, a comma or a trailing-off pause ("the ring... wait")
_PAUSE = r"(?:[\s\-–—,，]|\.{2,}|…)+"
_REVALUE = compile_led(
    rf"(?P<wish>{_CL_START}[^{_CL[1:-1]}{_WORDY}]*[{_WORDY}]{_IN_CL}*?)(?:{_PAUSE}|\s*[.!。！]\s*(?={_STRONG}))"
    rf"(?P<mark>{_VMARK})(?![a-z])[\s,，]*"
    # ("oops, not the sneaker, the backpack": the one taken back said again before the new one; set GX gx117)
    r"(?P<say>(?:not\s+[^,，.。]{1,30}?[,，]\s*(?:but\s+|i\s+mean\s+)?|(?:i\s+)?meant|i\s+mean|make\s+it|change\s+it\s+to|let'?s\s+(?:do|go\s+with|say|make\s+it)|go\s+with|rather|是|就|还是|改成|改为|换成|用)\s*)?"
    rf"(?P<v2>{_IN_CL}+?)"
    r"(?P<tail>\s*(?:(?:is|'s|would\s+be|will\s+be)\s+(?:enough|fine|better|good|right|plenty|ok|okay)(?:\s+actually)?|instead|actually"
    # ("… 'Shop now'... no, 'Order today' sounds better": set GX gx109)
    r"|(?:sounds|looks|reads|works)\s+better"
    rf"|吧|就行了?|就好了?|好了|才对))?\s*{_CL_END}")
# every word either pattern needs (_pattern's marks and its "… then 60 actually", _REVALUE's marks)
_ANY_MARK = compile_led(rf"{_MARK}|{_VMARK}|instead|after\s+all|rather")
_FORGET = compile_led(r"(?:forget(?:\s+about)?|never\s*mind|scratch|skip|drop|not|no|leave\s+out)\s+(?:the\s+)?(?P<x>.+)$|(?:不要|去掉|别要)(?P<xz>.+)$")
_KEEP_ONE = compile_led(r"(?:keep|leave|not)\s+(?:the\s+)?(?P<x>.+?)(?:\s+(?:in|then|though))?|(?:保留|留着|留下)(?P<xz>.+)")
_REMOVING = compile_led(r"\b(?:remove|delete|drop|cut|ditch|lose|get\s+rid\s+of|take\s+out|don'?t\s+want|do\s+not\s+want)\b|删|去掉|不要")
_LEAD = compile_led(r"(?:on|in|to|at|into|with|as|say|saying|写|写成|叫)\b\s*|(?:写成?|叫|在|用)")
_NAMING_WORD = compile_led(r"\b(?:say|says|saying|read|reads|reading|called|named|titled|text)\b|写|叫|改成|改为|换成|[\ue000]")


_KIND_NOUN = compile_led(r"(?:preset|style|template|look|theme|vibe|font|transitions?|effect|animation|colou?r)[.!?]?")


def _kind(m: Any) -> str:
    return "target" if m.slot == "target" else "op" if m.slot == "op" else next(iter(sorted(m.keys)))


def _new_wish(wish: str, v2: str, before: str = "", names: frozenset[str] = frozenset()) -> str | None:
    """The wish with its value replaced by ``v2`` (said after the correction words), or None when ``v2`` is no
    value of it."""
    from .frames import tag  # (frames reads the vocabulary; this module runs before it)

    v2 = v2.strip()
    forget = _FORGET.fullmatch(v2)
    # "i don't want the watch, the cap, or the ring... wait, keep the ring": the one kept is out of the removal (set GN gn066)
    if forget is None and _REMOVING.search(re.split(r"[.!?;。！？；]", before)[-1] + wish):
        forget = _KEEP_ONE.fullmatch(v2)
    if forget:  # "…, actually forget the 60fps": that value out of the wish
        x = (forget.group("x") or forget.group("xz") or "").strip()
        at = wish.rfind(x) if x else -1
        if at < 0 or not re.search(r"[a-z0-9\u4e00-\u9fff]", x):
            return None
        before, after = re.sub(r"\bthe\s+$", "", wish[:at]), wish[at + len(x):]
        joint = re.match(r"\s*(?:and|or|和|,|，)\s*", after) or None
        if joint:
            after = after[joint.end():]
        elif (j := re.search(r"\s*,?\s*(?:and|or|和|,|，)\s*$", before)):
            before = before[:j.start()]
        return before + " " + after
    said = tag(v2)
    if not said and names and (renamed := _renamed(wish, v2, names)) is not None:
        return renamed
    ops = [m for m in said if m.slot == "op"]
    targets = [m for m in said if m.slot == "target"]
    wished = tag(wish)
    if ops and not (len(said) == 1 and not _words_beside(v2, said)) and not _NAMING_WORD.search(wish):
        return None  # "…, no, make the captions bigger": a wish of its own, never a value
    same = [m for m in wished if _kind(m) == _kind(said[0])] if said else []  # the wish's values of v2's kind
    if same and not _words_beside(v2, said) and len({_kind(m) for m in said}) == 1:
        # "第一张 … 不对，是第二张", "the title …, no, the captions", "quieter, no, louder": that one replaced
        m = same[-1]
        return wish[:m.start] + _one_article(wish[:m.start], v2) + wish[m.end:]
    if same and same[-1] is wished[-1] and said[0].start == len(v2) - len(v2.lstrip()) and not ops:
        return wish[:same[-1].start] + v2  # "…to zoom in, no wait, slide left": the wish's last value, and its words
    if targets and not _NAMING_WORD.search(wish):
        return None
    lead = _LEAD.match(v2)
    if lead:  # "white text on pink, no, on black": from the same word on
        word = lead.group(0).strip()
        at = wish.rfind(word)
        if at > 0:
            return wish[:at] + v2
    last = max((m.end for m in wished if m.slot in ("op", "target")), default=0)
    if re.search(r"[\u4e00-\u9fff]", v2) and not re.search(r"[a-z]", v2):
        # ("标题改成夏日特卖，不对，夏日上新": what follows the wish's last verb)
        return wish[:last] + v2 if 0 < last < len(wish.rstrip()) else None
    n = len(v2.split())
    words = list(re.finditer(r"\S+", wish))
    # (the kind's noun after the value stays: "use the elegant preset — no, minimal" is the minimal preset, not "the elegant
    # minimal"; set GN gn027)
    noun = 1 if words and _KIND_NOUN.fullmatch(words[-1].group(0)) and not _KIND_NOUN.fullmatch(v2.split()[-1]) else 0
    if n > 4 or len(words) <= n + noun or words[-n - noun].start() < last:
        return None  # (only words after the wish's thing and operation are its value)
    head = wish[:words[-n - noun].start()]
    return head + _one_article(head, v2) + (wish[words[-1].start() - 1:] if noun else "")


def _one_article(head: str, v2: str) -> str:
    """``v2`` without its article when the wish has one right before it ("remove the third picture … i meant the fourth"
    is "remove the fourth", never "the the fourth", which names nothing; set GX gx123)."""
    return re.sub(r"^\s*(?:the|a|an)\s+", "", v2) if re.search(r"\b(?:the|a|an)\s+$", head) else v2


def _words_beside(text: str, mentions: list) -> bool:
    """Words of ``text`` outside its mentions, other than small ones."""
    rest = text
    for m in reversed(mentions):
        rest = rest[:m.start] + " " + rest[m.end:]
    return bool(re.sub(r"\b(?:the|a|an|one|1|just|please|it|its)\b|[的个张]", " ", rest).strip())


def _trailed_off(low: str, m: re.Match[str]) -> bool:
    """A trailing-off pause ("...", "…") between the wish and the correction's mark."""
    return re.search(r"\.\.|…", low[m.end("wish"):m.start("mark")]) is not None


def _bare_actually(low: str, m: re.Match[str]) -> bool:
    """"actually" said inside the wish, with no pause before it, is the value stressed ("make the Gold Ring caption
    actually gold"), never a correction of a value said earlier in the wish (set CL cl107: the "gold" of the caption's
    name was read as the value corrected and the wish blanked). A value corrected right after it, "red actually blue",
    is ``_pattern``'s."""
    return m.group("mark").startswith("actually") and not low[m.end("wish"):m.start("mark")].strip()


_QUOTED = compile_led(r"\ue000\d+\ue001")
_FINE = compile_led(r"\s*(?:is|'s)\s+(?:fine|good|ok|okay)\b")


def _same_thing(wish: str, v2: str) -> bool:
    """``v2`` names a thing, the one the wish names ("the title" of "make the title bigger")."""
    from .frames import tag

    said = [t.keys for t in tag(v2) if t.slot == "target"]
    return bool(said) and all(k in [t.keys for t in tag(wish) if t.slot == "target"] for k in said)


def _revalued(msg: Message, names: frozenset[str] = frozenset()) -> Message:
    low = msg.low
    quotes = list(msg.quotes)
    for m in reversed(list(_REVALUE.finditer(low))):
        if _bare_actually(low, m):
            continue
        # (after a trailing-off pause only one kept out of the wish: "…the ring... wait, keep the ring"; "the title leaves with a
        # fade... actually no exit animation" is a wish of its own)
        # (a quoted text after it is a text's correction: "says 'Shop now'... no, 'Order today' sounds better", set GX gx109)
        if _trailed_off(low, m) and not _KEEP_ONE.fullmatch(m.group("v2").strip()) \
                and not _QUOTED.fullmatch(m.group("v2").strip()):
            continue
        if _FINE.match(m.group("tail") or "") and _same_thing(m.group("wish"), m.group("v2")):
            new: str | None = ""  # "make the title bigger — actually, the title is fine": that wish taken back (set GX gx124)
        else:
            new = _new_wish(m.group("wish"), m.group("v2"), low[:m.start("wish")], names)
        if new is None:
            continue
        said = msg.orig[m.start("v2"):m.end("v2")].strip() if len(msg.orig) == len(msg.low) else ""
        if re.search(r"[A-Z]", said) and _NAMING_WORD.search(m.group("wish")) and new.endswith(m.group("v2").strip()):
            # ("…should say Summer Sale, no wait, Summer Drop": a name said without quotes, as the reader takes it alone)
            quotes.append(" ".join(said.split()))
            new = new[:len(new) - len(m.group("v2").strip())] + f" \ue000{len(quotes) - 1}\ue001"
        span = len(m.group(0))
        low = low[:m.start()] + (new + " " * span)[:span] + low[m.end():]
    return replace(msg, low=low, quotes=quotes)


# "make the title red - actually no, keep the colour as it is, just make it bigger", "标题改成红色，算了还是保持原来的
# 颜色吧，就把标题移到顶部": the wish before the words that take it back is not wanted (set AA em30/wx29 made the title
# red). The wish is one clause (from the last comma or sentence end); the "keep …" clause after the mark goes with it.
_CLAUSE = r"[,.;!?:，。；！？：、\n]"
_WITHDRAW = compile_led(
    rf"(?P<wish>(?:(?<={_CLAUSE})|^)[^,.;!?:，。；！？：、\n]*?){_PAUSE}"
    r"(?P<mark>\bactually\s*,?\s*no\b|\bno\s*,?\s*wait\b|\bwait\s*,?\s*no\b|\bon\s+second\s+thoughts?\b|\bscratch\s+that\b"
    r"|\bforget\s+(?:that|it)\b|\bnever\s*mind\b(?=\s*[,，]\s*(?:keep|leave|just|actually))|\bhmm+\s*,?\s*no\b|\bno\s*,?\s*(?=keep\b|leave\b)|算了|不对|哦不|想了想|再想了一下)"
    r"[\s,，]*(?P<keep>(?:还是|就|we'?ll\s+|let'?s\s+|just\s+|actually\s+|please\s+)?"
    r"(?:keep|leave|don'?t\s+change|do\s+not\s+change|保持|维持|不改|别改|不要改|不用改|用回|还用|沿用)[^,.;!?，。；！？\n]*)?")
# after the mark, something more is asked: "…, 算了" at the end takes the whole message back (``stance.TAKEN_BACK``)
_MORE = compile_led(r"[a-z\u4e00-\u9fff]")
# (the cheap test first: most messages have no sentence end followed by a mark)
_ACROSS_GATE = compile_led(r"[.?!。？！…]\s*(?:\.+|…+)?\s*(?:actually|wait|hm|eh|ugh|oh|ah|um|uh|ok|hold|no|nope|nah|on\s+second|啊|哎|哦|噢|呃|嗯|不对|不行|等|算了|想了想)")
_PARTICLES = compile_led(r"(?:吧|了|啊|哈|then|please|pls|for\s+now)")


# a sentence taken back by the next one ("Can you remove the video clip? ...wait no actually, keep it, just make it play
# twice as fast", "能不能改成方形的，发ins用？啊不对，…竖的9:16", "Make the video 4:5 for the feed... actually hmm, no, keep
# it 16:9": dev sets HA, HB did the wish taken back, and often the one meant too). Only marks that say no (a bare "actually"
# or "hmm" after a full stop starts a sentence of its own: "… 20 seconds. Actually that's perfect"); the whole sentence
# before goes, the "keep …" after the mark with it.
_SENT_END = r"(?:[.?!。？！]+|…+)"
_NO_MARK = (r"(?:(?:actually|wait|hm+|eh|ugh|oh|ah|um+|uh+|ok(?:ay)?|hold\s+on)\s*,?\s*)*(?:no|nope|nah)(?:\s*,?\s*(?:wait|actually|sorry|on\s+second\s+thoughts?"
            r"|scratch\s+that))*"
            r"(?=\s*[,，.…]|\s+(?:keep|leave|don'?t|do\s+not|not\b|let'?s|just|make|go|use|i\s+meant?|on\s+second|that\b))"
            r"|(?:actually|hmm+|wait)\s*,?\s*(?:on\s+second\s+thoughts?|scratch\s+that|never\s*mind)|on\s+second\s+thoughts?"
            # ("Wait, actually it's going on my website's homepage, so leave it widescreen": no "no", the keep says it;
            # dev set HB hb106)
            r"|(?:wait|hm+|oh)\s*,?\s*actually(?=[^.!?]{0,80}\b(?:leave|keep)\s+(?:it|them)\b"
            # ("get rid of the music. wait, actually I like the track, just make it quieter": dev set HI hi104)
            r"|\s*,?\s*i\s+(?:like|love)\s+(?:it|them|the\s+[a-z]+|that)\b[^.!?]{0,40}\b(?:just|only)\b)"
            # ("drop the music to 10%... eh, that's probably too quiet, make it 20": a value judged, then another; dev set HI
            # hi058)
            r"|(?:eh|hm+|um+|ugh|hmm+)\s*,?\s*that'?s\s+(?:probably\s+|maybe\s+|way\s+|a\s+bit\s+|kind\s+of\s+|still\s+)?too\s+[a-z]+(?=\s*,\s*"
            r"(?:make|set|go\s+with|let'?s\s+do|do|use)\b)"
            # ("logo放中间……不行，太挡产品了，放右下角吧": dev set HP hp135 put it in the middle)
            r"|(?:啊|哎|哦|噢|呃|嗯)?\s*(?:不对|不行|等下|等一下|等等|算了(?:\s*算了)?|想了想)"
            # ("Can you make the title green like our awning? Actually hold on, green text on the green watch photo won't
            # read at all. Let's go with orange instead": the title stayed green; dev set HM hm041) only when the wish that
            # replaces it says "instead" and names no thing of its own (``_across``)
            # ("make the unboxing clip louder. hmm, actually rather than that, just turn the music down to 20%": dev set HQ hq117)
            r"|(?:(?:hm+|oh|wait)\s*,?\s*)?(?:actually\s*,?\s*)?(?:rather\s+than\s+that|instead\s+of\s+that)"
            r"|(?P<soft>(?:(?:(?:actually|oh|hm+)\s*,?\s*)?(?:hold\s+on|wait(?:\s+a\s+(?:sec|second|minute))?)(?=\s*[,，.…!])"
            # ("make the title red... hmm actually red clashes with the red sneaker in the first shot. gold instead?": dev set HQ
            # hq029; "insted" is corrected only after)
            r"|hm+\s*,?\s*actually\b)(?=[^\n]{0,200}?\binste?a?d\b(?!\s+of\b)))")
_ACROSS = compile_led(
    rf"(?P<end>{_SENT_END}\s*(?:\.{{2,}}|…+)?\s*)(?P<mark>{_NO_MARK})"
    r"[\s,，.…]*(?P<keep>(?:还是|就|we'?ll\s+|let'?s\s+|just\s+|actually\s+|please\s+)?"
    r"(?:keep|leave|don'?t\s+(?:change|delete|remove|drop|cut)|do\s+not\s+(?:change|delete|remove)|保持|维持|不改|别改|不要改|不用改|用回|还用|沿用"
    r"|不删了?|别删了?|不要删了?|留着|(?:还是)?不要完全\S{1,3}?(?=[，,。]))[^,.;!?，。；！？\n]*)?")
# a clause that says how things are: a subject, then a verb of being or of what it does ("it sets the mood")
_STATEMENT = compile_led(r"\s*(?!let'?s\b|here'?s\b|what'?s\b|how'?s\b)(?:it|that|this|they|(?:the\s+)?[a-z]+)(?:\s+(?:is|are|was|were|looks?|feels?|seems?|sets|makes|gives"
                         r"|clashes|sounds?)|'s|'re)\b")
# a clause that starts as a remedy does, though the tagger knows none of its words ("just a plain dissolve")
_REMEDY = compile_led(r"\s*(?:just|only|maybe|how\s+about|let'?s\s+(?:do|go\s+with|try|use)|go\s+with|use|try)\b"
                     # ("字幕换成粉色吧……等等，粉色跟红鞋子会撞色，还是用白色": the captions stayed as they were; dev set HM hm129)
                     r"|\s*(?:还是|那就|那还是|就)\s*(?:用|换成|改成|改用|换)"
                     # ("…. gold instead?": a value said to replace; dev set HQ hq029)
                     r"|(?=[^,.;!?]{1,30}\binstead\b(?!\s+of\b))")
_PRONOUN_WORD = compile_led(r"\b(?:it|them)\b|它")
_PRONOUN = compile_led(r"it|them|this|that|these|those|它|这个|那个")
_SENT_START = compile_led(r"(?:[;!?。；！？\n]|(?<![a-z0-9])\.|\.(?![a-z0-9]))")


def _across(low: str) -> str:
    """``low`` with each sentence taken back by the next one blanked (``_ACROSS``); the thing it named is kept for the
    clause after the mark that asks something and names nothing ("…keep it, just make it play twice as fast")."""
    for m in reversed(list(_ACROSS.finditer(low))):
        starts = [s.end() for s in _SENT_START.finditer(low, 0, m.start())]
        at = starts[-1] if starts else 0
        wish = low[at:m.start()]
        rest = _PARTICLES.sub("", low[m.end():])
        if not _MORE.search(wish) or not _MORE.search(rest):
            continue  # (a message taken back whole: stance.TAKEN_BACK)
        end = m.end() + len(low[m.end():]) - len(low[m.end():].lstrip(" ,，"))
        if (revalued := _value_again(low, at, m.start(), end)) is not None:
            low = revalued
            continue
        kept = _kept_keys(m)
        if kept:
            # ("music down to 25%, captions off, and... no wait, leave the captions": only the clause of the thing kept is
            # taken back, from it on; the music stayed at 35 %; dev set HQ hq033)
            at = _clause_of(low, at, m.start(), kept)
            wish = low[at:m.start()]
        # (a wish taken back that named no thing was said of the one before it: "字幕挺好，但是放在下面挡住产品了。放右下角……不对，
        # 右下角会很奇怪，放顶部吧" asked what "it" was; dev set HM hm146)
        said = _kept_thing(low, m, at, wish) or (_thing_before(low, starts) if _CJK.search(wish) else "")
        asked = _asked_clause(low, end) if said else None
        if m.group("soft") and asked is None:
            continue  # (a pause that says no "no" takes back only for a wish that needs the thing said before)
        it = _PRONOUN_WORD.search(low, asked[0], asked[1]) if asked else None
        if it is not None:  # ("…don't delete it, move it to the end": "it" is clip.mp4, written in its place)
            low = low[:it.start()] + said + low[it.end():]
        elif asked is not None and not kept:
            # (no "it" to stand for it: the thing goes before the clause as its label, "let's do bottom left instead" is the
            # logo's; set HB hb115 moved the title, named in the why between)
            low = low[:asked[0]] + said + ("" if _CJK.match(said) else ": ") + low[asked[0]:]
        low = low[:at] + " " * (end - at) + low[end:]
    return low


def _value_again(low: str, at: int, mark: int, end: int) -> str | None:
    """``low`` with the value of the wish from ``at`` to ``mark`` replaced by the one said alone after the mark (the
    clause from ``end``), and the mark and that clause blanked: "put the sticker in the top right... wait no, bottom right,
    the top is busy" is "put the sticker in the bottom right" (the wish had lost its thing; dev set HQ hq124). None when
    the clause after the mark is more than a value of the kind the wish said."""
    from .frames import tag

    clause = _CLAUSE_AT.match(low, end)
    if clause is None:
        return None
    said = clause.group(0)
    new = tag(said)
    rest = said
    for t in new:  # (the words beside the values)
        rest = rest[:t.start] + " " * (t.end - t.start) + rest[t.end:]
    if not new or any(t.slot != "value" for t in new) or not _FILLER_ONLY.fullmatch(rest):
        return None
    keys = frozenset(k for t in new for k in t.keys)
    old = [t for t in tag(low[at:mark]) if t.slot == "value" and t.keys & keys]
    if not old:
        return None
    a, b = at + old[-1].start, at + old[-1].end
    value = clause.group(0).strip()
    return low[:a] + value + low[b:mark] + " " * (clause.end() - mark) + low[clause.end():]


_CLAUSE_AT = compile_led(rf"{_IN_CL}+")
# the words beside a value said alone ("…wait no, the bottom right then")
_FILLER_ONLY = compile_led(r"(?:\s|\b(?:the|a|an|in|at|to|on|then|instead|please|just|like|maybe|actually|rather|more|of)\b)*")


def _kept_keys(m: re.Match[str]) -> frozenset[str]:
    """What the "keep …" after the mark names (no pronoun): the keys of its things."""
    from .frames import tag

    keep = m.group("keep") or ""
    return frozenset(k for t in tag(keep) if t.slot == "target" and not _PRONOUN.fullmatch(keep[t.start:t.end]) for k in t.keys)


def _clause_of(low: str, a: int, b: int, keys: frozenset[str]) -> int:
    """Where the last clause between ``a`` and ``b`` that names one of ``keys`` starts; ``a`` when none does."""
    from .frames import tag

    cuts = [a] + [c.end() for c in _CLAUSE_CUT.finditer(low, a, b)]
    for x in reversed(cuts):
        if any(keys & t.keys for t in tag(low[x:b]) if t.slot == "target"):
            return x
    return a


_CLAUSE_CUT = compile_led(r"[,;:，；：]")


def _thing_before(low: str, starts: list[int]) -> str:
    """The last thing named in the sentence before the one at ``starts[-1]`` (none when it is the first)."""
    from .frames import tag

    if not starts:
        return ""
    before = low[starts[-2] if len(starts) > 1 else 0:starts[-1]]
    things = [t for t in tag(before) if t.slot == "target" and not _PRONOUN.fullmatch(before[t.start:t.end])]
    return before[things[-1].start:things[-1].end] if things else ""


_CJK = compile_led(r"[\u4e00-\u9fff]")


_TO_BEFORE = compile_led(r"\bto\s+$")
_DIRECTION = compile_led(r"\s+(?:left|right|up|down|in|out)\b(?!\s+(?:the|a|an|my|our|its)\b)")


def _kept_thing(low: str, m: re.Match[str], at: int, wish: str) -> str:
    """The thing the sentence taken back was said of: the one the "keep …" after the mark names, else the one of the
    wish's last clause (a file name too), as words with their article; "" when none."""
    from .frames import FILE, tag

    keep = m.group("keep") or ""
    spans = [(t.start + m.start("keep"), t.end + m.start("keep")) for t in tag(keep)
             if t.slot == "target" and not _PRONOUN.fullmatch(keep[t.start:t.end])] if keep else []
    clause = re.split(r"[,，;；]", wish)[-1]
    base = at + len(wish) - len(clause)
    # (never a word after "to", the value: "change the transitions to slide left" is the transitions'; nor one before a
    # direction, a value too: "make the transitions slide left" kept "the transitions slide" for "just a plain dissolve";
    # dev set HQ hq087)
    spans = spans or [(t.start + base, t.end + base) for t in tag(clause)
                      if t.slot == "target" and not _TO_BEFORE.search(clause, 0, t.start) and not _DIRECTION.match(clause, t.end)] \
        or [(f.start() + base, f.end() + base) for f in re.finditer(FILE, clause)]
    said = " ".join(low[a:b] for a, b in spans)
    if not said or _PRONOUN.fullmatch(said):
        return ""
    return said if re.match(r"(?:the|a|an|\S+\.\S+)\b|[^a-z]", said) else "the " + said


def _asked_clause(low: str, at: int) -> tuple[int, int] | None:
    """The first of the (up to three) clauses from ``at`` that asks something, an operation or a remedy's first word (the
    why said between is passed over: "…that looks cheesy for jewelry. just a plain dissolve"), when it names no thing
    itself or has an "it" for it ("turn it down a bit so i can hear the guy talking"); None otherwise (set HB hb149 read the kept "transitions slide" before a why as a wish of its own)."""
    from .frames import tag

    for c in list(re.finditer(rf"{_IN_CL}+", low[at:]))[:3]:
        said = tag(c.group(0))
        if _STATEMENT.match(c.group(0)) or JUDGED.match(c.group(0).lstrip()):
            continue  # ("pink is hard to read on the photos", "it sets the mood": how things are, no wish)
        if not any(t.slot == "op" for t in said) and not _REMEDY.match(c.group(0)):
            continue  # (a why: "i feel like that'll clash with the title", "red clashes with the sneaker")
        if any(t.slot == "target" for t in said) and not _PRONOUN_WORD.search(c.group(0)):
            return None
        return at + c.start() + len(c.group(0)) - len(c.group(0).lstrip()), at + c.end()
    return None


def _withdrawn(msg: Message) -> Message:
    """The wishes taken back blanked; the thing they were said of stays ("…, just make it bigger": it is the title)."""
    if _ACROSS_GATE.search(msg.low) and (across := _across(msg.low)) != msg.low:
        msg = replace(msg, low=across)
    low = msg.low
    found = list(_WITHDRAW.finditer(low))
    if not found:
        return msg
    from .frames import tag  # (frames reads the vocabulary; this module runs before it)

    for m in reversed(found):
        # (after a trailing-off pause "actually no …" is a wish of its own: "the title leaves with a fade... actually no exit
        # animation"; "drop the last picture... on second thought, drop the first one" takes the first back, set GN gn048)
        if m.group("mark").startswith("actually") and _trailed_off(low, m):
            continue
        rest = _PARTICLES.sub("", low[m.end():])
        if not _MORE.search(m.group("wish")):
            continue
        if not _MORE.search(rest):
            if not m.group("keep"):
                continue
            # "leave the transitions off—no wait, leave them as they are": taken back and kept, said last (set FK fk132
            # removed them); the whole message taken back when nothing was asked before it
            gone = "never mind" if not _MORE.search(low[:m.start()]) else ""
            low = low[:m.start()] + gone.ljust(m.end() - m.start()) + low[m.end():]
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
