"""Reading an undo request: how many steps back, or back to before which kind of edit.

"undo", "undo the last two edits", "撤销两步", "go back to before the captions", "回到加字幕之前".
The planner only reads the request; the engine holds the versions and reverts them
(``nemo_skill.local.chat_stream``), naming what each reverted version had changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .anchors import compile_led
from .frames import tag
from .text import cn_to_int

_VERB = (r"(?:undo|revert|roll\s*back|go\s+back|take\s+(?:that|it|those|them)\s+back|step\s+back|back\s+out|"
         r"撤销|撤回|还原|回退|回到|返回|恢复到|退回|倒退)")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "twice": 2, "thrice": 3}
_STEPS = compile_led(
    r"(?P<n>\d+)\s*(?:steps?|edits?|changes?|times|things|步|次|个修改|次修改|个操作|下)"
    r"|(?:the\s+)?last\s+(?P<n2>\d+)(?:\s+(?:steps?|edits?|changes?|ones?|things))?"
    r"|(?P<twice>twice|thrice)|(?P<zn>[一二两三四五六七八九十])\s*(?:步|次|个)")
# (the parts read up to the end start at a line's start: where one matches at all it matches there, and tried from
# every character a 4000-character "undo …" took 630 ms)
_LINE = r"(?:^|(?<=\n))"
# "the music change", "the speed change on the unboxing clip" (read as a new speed, 2x, before: a wrong edit), "the
# change to the captions", "what you did to the title", "the logo": the thing whose latest change goes
_CHANGE_OF = compile_led(
    rf"{_LINE}(?:(?:the\s+)?(?P<what>.+?)\s+(?:change|edit)s?(?:\s+(?:on|of|to|for|in)\s+(?P<of>.+))?$"
    r"|(?:the\s+|my\s+|your\s+)?(?:last\s+)?(?:change|edit)s?\s+(?:on|of|to|for|in)\s+(?P<what2>.+)$"
    r"|what\s+(?:you|i)\s+(?:just\s+)?(?:did|changed)\s+(?:to|with|on)\s+(?P<what3>.+)$"
    rf"|(?P<zh>.+?)的?(?:修改|改动)$)")
_THING = compile_led(rf"{_LINE}(?:the\s+|my\s+|that\s+)?(?P<what>[a-z][a-z\s'-]{{0,40}})$")
_BEFORE = compile_led(r"(?:to\s+)?(?:before|prior\s+to|until\s+before)\s+(?P<what>.+)"
                     rf"|{_LINE}(?:到)?(?P<zh>.+?)(?:之前|以前|前面?)$")
_ANCHORED = compile_led(rf"^{_VERB}(?P<rest>.*)$")
_NOT_UNDO = compile_led(r"\b(?:go\s+back\s+to\s+(?:the\s+)?(?:start|beginning))\b")  # a move, not an undo
_PLAIN_REST = compile_led(
    r"^(?:\s*(?:it|that|this|the\s+last\s+(?:change|edit|step)|last\s+(?:change|edit|step)|the\s+(?:change|edit)|"
    r"my\s+last\s+(?:change|edit)|one\s+step|a\s+step|please|一下|上一步|上一次|上一个|一步|修改|操作|改动|吧|刚才的?|刚刚的?|"
    r"那个|这个|的))*[\s.!?。！？~]*$")
# vocabulary targets -> the diff topics an undo "before the ..." looks for
TOPIC = {"title": "title", "captions": "captions", "text_all": "text", "text_some": "text", "music": "audio",
         "voice": "audio", "clip_sound": "audio", "all_sound": "audio", "transitions": "transitions",
         "motion": "motion", "fps": "fps", "format": "format", "length": "length", "video": "length", "visual": "visuals",
         "endcard": "endcard", "logo": "overlays"}
# operations that name a topic of their own, looked at before the targets ("the speed change on the unboxing clip" is
# the speed, not the pictures; "the clip trim" the trim)
OP_TOPIC = {"speed": "speed", "cut": "trim"}
# words the vocabulary has no target for, looked at next
_WORD_TOPIC = ((compile_led(r"\b(?:order|sequence)\b|顺序"), "order"), (compile_led(r"\b(?:preset|style|look)\b|风格"), "style"),
               (compile_led(r"\b(?:fit|crop(?:ping)?)\b"), "fit"), (compile_led(r"\bbrand(?:ing)?\b|品牌"), "brand"),
               (compile_led(r"\b(?:vertical|horizontal|landscape|portrait|square|aspect|widescreen)\b|竖屏|横屏|方形|比例"),
                "format"))
_FADE = compile_led(r"\bfades?\b|淡入|淡出")


_WHY_AFTER = compile_led(r"\s*[,，;.]\s*(?:(?:it|that|this|they)(?:'s|'re|\s+(?:looks?|is|are|feels?|seems?|was|were))\s+"
                         r"(?:so\s+|too\s+|really\s+|kinda\s+|a\s+bit\s+|way\s+too\s+|just\s+|pretty\s+)?"
                         r"(?:ugly|cluttered|busy|bad|weird|off|wrong|distracting|annoying|much|messy|cheap|tacky|awful|terrible|cheesy|"
                         r"not\s+(?:good|great|right|working|needed))|because|since)\b[^.!?。！？]*$")


_MORE_WISHES = compile_led(r"(?:\b(?:and|then|also|plus)\s+|[,;]\s*)(?:then\s+|also\s+|please\s+)?(?:make|set|turn|put|move|add|remove|delete|change|lower|raise|"
                           r"mute|cut|trim|use|give|drop)\b|[，；]\s*(?:再|然后)?\s*(?:把|将|给)")


@dataclass(frozen=True)
class UndoRequest:
    steps: int = 1
    before: str | None = None  # a diff topic: undo back to before the latest edit that changed it


# the verbs that only ever mean an undo ("revert the captions back to white" and "go back to the old font" are edits)
_UNDO_ONLY = compile_led(r"^(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:undo|撤销|撤回)")


def unclear_undo(low: str) -> bool:
    """An undo whose edit could not be told ("undo the sparkle"): answered as such, never read as an edit (read so,
    "undo making it vertical" made it vertical)."""
    return bool(_UNDO_ONLY.match(low.strip(" ,.;:!~，。；：！")))


def read_undo(low: str) -> UndoRequest | None:
    """The undo a (normalised, lower-case) message asks for, or None when it is not an undo."""
    text = low.strip(" ,.;:!~，。；：！")  # "actually, revert that": the filler's comma is left behind
    m = _ANCHORED.match(text)
    if not m or _NOT_UNDO.search(text):
        return None
    # (why, said after it, is no part of what: "actually undo the logo, it looks cluttered" asked which edit; set FG fg008)
    rest = _WHY_AFTER.sub("", m.group("rest")).strip(" .!。！~,，")
    if _PLAIN_REST.match(rest):
        return UndoRequest()
    if _MORE_WISHES.search(rest):
        return None  # ("undo the logo and make the music a bit quieter": the undo and a wish, read as such; the music was
        # dropped unsaid, set FG fg018)
    steps = _STEPS.search(rest)
    if steps and not _BEFORE.search(rest[: steps.start()] or "x" * 0):
        n = steps.group("n") or steps.group("n2")
        count = int(n) if n else (cn_to_int(steps.group("zn")) if steps.group("zn") else 0) or _WORDS.get(steps.group("twice") or "", 2)
        if 1 <= count <= 50 and len(rest) - (steps.end() - steps.start()) < 25:
            return UndoRequest(steps=count)
    before = _BEFORE.search(rest) or _CHANGE_OF.search(rest) or _THING.search(rest)
    if before:
        groups = before.groupdict()
        what = " ".join(groups[g] for g in ("what", "what2", "what3", "of", "zh") if groups.get(g))
        topic = topic_of(what)
        if topic:
            return UndoRequest(before=topic)
    return None


def topic_of(what: str) -> str | None:
    """The diff topic the words name: an operation of its own (speed, trim), a thing without a target word (order,
    style, fit, brand), a target, and last a fade (a title's fade is the title's)."""
    mentions = tag(what)
    ops = [OP_TOPIC[k] for m in mentions if m.slot == "op" for k in sorted(m.keys) if k in OP_TOPIC]
    words = [topic for pattern, topic in _WORD_TOPIC if pattern.search(what)]
    targets = [TOPIC[k] for m in mentions if m.slot == "target" for k in sorted(m.keys) if k in TOPIC]
    fades = ["fade"] if _FADE.search(what) else []
    return next(iter(ops + words + targets + fades), None)
