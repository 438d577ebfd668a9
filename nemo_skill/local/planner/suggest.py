"""Did you mean: the one to three registered edits closest to a message the planner did not understand,
each as one of the edit's example requests (sentences the planner understands, so a host agent can
send one back as it is)."""

from __future__ import annotations

import re
from typing import Any

from .anchors import compile_led
from .frames import tag
from .registry import Edit

_CJK = compile_led(r"[\u4e00-\u9fff]")


# words and characters too common to make an example near ("please make the …", "把…的")
_STOP = frozenset(("the", "and", "please", "make", "with", "for", "you", "can", "could", "would", "want", "all", "that",
                   "this", "its", "bit", "little", "more", "less", "too", "very", "just", "now",
                   "把", "的", "了", "一", "个", "点", "些", "成", "改", "要", "吧", "下", "请", "都", "再", "是", "不"))


_READ = 600


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", text.lower())) | set(_CJK.findall(text))


def _keys(low: str) -> tuple[set[str], set[str]]:
    targets: set[str] = set()
    ops: set[str] = set()
    for m in tag(low):
        if m.slot == "target":
            targets |= m.keys
        elif m.slot == "op":
            ops |= m.keys
        elif m.slot == "value":
            targets |= {"fit"} if "fit" in m.keys else set()
    return targets, ops


def suggestions(low: str, all_edits: list[Edit[Any]], lang: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` example requests, best first; none when nothing in the message is near an edit."""
    # (the closest edits are judged on the message's first _READ characters: tagging a 4000-character message again for
    # them was 23 of 142 ms of planning one not understood, bench/planner.py's "mixed" case; past a paragraph the
    # suggestions do not change)
    low = low[:_READ]
    targets, ops = _keys(low)
    words = _words(low)
    scored: list[tuple[float, int, str]] = []
    # a message near no edit by its words still shares some with the closest ones: those, rather than the whole help
    # text ("结尾两秒渐隐到黑" got the help text: a Chinese message seldom shares a third of an example's characters)
    weak: list[tuple[float, int, str]] = []
    for n, edit in enumerate(all_edits):
        e_targets = {t for r in edit.frames for t in r.targets}
        e_ops = {o for r in edit.frames for o in r.ops}
        examples = [x for x in edit.examples if bool(_CJK.search(x)) == (lang == "zh")] or list(edit.examples)
        for example in examples:
            shared = words & _words(example)
            overlap = len(shared) / max(1, len(_words(example)))
            score = 2.0 * len(targets & e_targets) + 1.0 * len(ops & e_ops) + 2.0 * overlap
            if targets & e_targets or overlap >= 0.34:
                scored.append((score, n, example))
            elif len(shared - _STOP) >= (2 if lang == "zh" else 1):
                weak.append((score + len(shared - _STOP), n, example))
    scored.sort(key=lambda x: (-x[0], x[1]))
    if not scored:
        scored = sorted(weak, key=lambda x: (-x[0], x[1]))
    out: list[str] = []
    for score, _, example in scored:
        if score > 0 and example not in out:
            out.append(example)
        if len(out) == limit:
            break
    return out
