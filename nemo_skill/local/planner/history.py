"""Reading an undo request: how many steps back, or back to before which kind of edit.

"undo", "undo the last two edits", "撤销两步", "go back to before the captions", "回到加字幕之前".
The planner only reads the request; the engine holds the versions and reverts them
(``nemo_skill.local.chat_stream``), naming what each reverted version had changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .anchors import compile_led
from .frames import tag

_VERB = (r"(?:undo|revert|roll\s*back|go\s+back|take\s+(?:that|it|those|them)\s+back|step\s+back|back\s+out|"
         r"撤销|撤回|还原|回退|回到|返回|恢复到|退回|倒退)")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "twice": 2, "thrice": 3}
_STEPS = compile_led(
    r"(?P<n>\d+)\s*(?:steps?|edits?|changes?|times|things|步|次|个修改|次修改|个操作|下)"
    r"|(?:the\s+)?last\s+(?P<n2>\d+)(?:\s+(?:steps?|edits?|changes?|ones?|things))?"
    r"|(?P<twice>twice|thrice)|(?P<zn>[一二两三四五六七八九十])\s*(?:步|次|个)")
_ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# (the parts read up to the end start at a line's start: where one matches at all it matches there, and tried from
# every character a 4000-character "undo …" took 630 ms)
_LINE = r"(?:^|(?<=\n))"
_CHANGE_OF = compile_led(rf"{_LINE}(?:(?:the\s+)?(?P<what>.+?)\s+(?:change|edit)s?$|(?P<zh>.+?)的?(?:修改|改动)$)")
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
         "motion": "motion", "fps": "fps", "format": "format", "length": "length", "video": "length", "visual": "visuals"}


@dataclass(frozen=True)
class UndoRequest:
    steps: int = 1
    before: str | None = None  # a diff topic: undo back to before the latest edit that changed it


def read_undo(low: str) -> UndoRequest | None:
    """The undo a (normalised, lower-case) message asks for, or None when it is not an undo."""
    text = low.strip(" ,.;:!~，。；：！")  # "actually, revert that": the filler's comma is left behind
    m = _ANCHORED.match(text)
    if not m or _NOT_UNDO.search(text):
        return None
    rest = m.group("rest").strip(" .!。！~,，")
    if _PLAIN_REST.match(rest):
        return UndoRequest()
    steps = _STEPS.search(rest)
    if steps and not _BEFORE.search(rest[: steps.start()] or "x" * 0):
        n = steps.group("n") or steps.group("n2")
        count = int(n) if n else _ZH_NUM.get(steps.group("zn") or "", 0) or _WORDS.get(steps.group("twice") or "", 2)
        if 1 <= count <= 50 and len(rest) - (steps.end() - steps.start()) < 25:
            return UndoRequest(steps=count)
    before = _BEFORE.search(rest) or _CHANGE_OF.search(rest)
    if before:
        what = before.group("what") or before.group("zh") or ""
        keys = [k for mention in tag(what) if mention.slot == "target" for k in sorted(mention.keys)]
        topic = next((TOPIC[k] for k in keys if k in TOPIC), None)
        if topic:
            return UndoRequest(before=topic)
    return None
