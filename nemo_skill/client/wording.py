"""Rewrite the backend's GUI wording into what to do with this skill. Pure.

The backend was written for a web editor and says "click Export", "open the panel", "drag the clip".
There is no GUI here, so each such sentence is replaced by the matching script or action
(docs/api.md, "The chat stream"). Sentences without GUI wording pass through unchanged.
"""

from __future__ import annotations

import re

EXPORT = "To get the video, run scripts/export (it renders and downloads the MP4)."
CREDITS = "To see the balance, run scripts/credits."
SUMMARY = "For the track summary, run scripts/state."
STATE = "To see the current timeline, run scripts/state."
DRAG = 'To move or place something, describe the change in a message: scripts/chat "…".'
CLICK = "That step is done through the API (there is no button to click); ask for it with scripts/chat if it is not done yet."

_I = re.IGNORECASE
# Order matters: the first rule that matches a sentence decides it.
RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bexport\s+button\b|\b(click|tap|press|hit|use)\b[^.!?\n]{0,20}\bexport\b|导出", _I), EXPORT),
    (
        re.compile(
            r"\b(check|open|view|see|visit|go to)\b[^.!?\n]{0,30}\b(account|billing|credits?|balance|subscription)\b"
            r"|账户|账号余额|充值",
            _I,
        ),
        CREDITS,
    ),
    (re.compile(r"\bpreview\b[^.!?\n]{0,30}\btimeline\b|在时间线[上中]?预览|预览时间线", _I), SUMMARY),
    (re.compile(r"\bdrag\b|\bdrag[- ]and[- ]drop\b|\bdrop\s+(it|them|the|your|files?|clips?)\b|拖拽|拖动", _I), DRAG),
    (
        re.compile(
            r"\bopen\b[^.!?\n]{0,30}\b(panel|tab|editor|timeline|sidebar|menu|window|settings|inspector|library)\b|打开",
            _I,
        ),
        STATE,
    ),
    (re.compile(r"\b(click|tap|press)\b|点击", _I), CLICK),
]

# A sentence ends at . ! ? followed by white space or the end, at their CJK forms, or at a newline.
_BOUNDARY = re.compile(r"[.!?]+(?=\s|$)|[。！？]+|\n")


def split_sentences(text: str) -> list[str]:
    """Sentences with their end marks; ``"".join(split_sentences(t)) == t`` always."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        out.append(text[start : m.end()])
        start = m.end()
    if start < len(text):
        out.append(text[start:])
    return out


def translate_sentence(sentence: str) -> str:
    for pattern, replacement in RULES:
        if pattern.search(sentence):
            lead = sentence[: len(sentence) - len(sentence.lstrip())]
            trail = "\n" if sentence.endswith("\n") else ""
            return lead + replacement + trail
    return sentence


def translate(text: str) -> str:
    """The whole text with every GUI sentence rewritten (text without GUI wording is unchanged)."""
    if not text:
        return text
    return "".join(translate_sentence(s) for s in split_sentences(text))


def complete_prefix(buffer: str) -> int:
    """Length of the part of ``buffer`` that ends on a sentence boundary (safe to translate now)."""
    end = 0
    for m in _BOUNDARY.finditer(buffer):
        if m.end() < len(buffer) or not buffer.endswith((".", "!", "?")):
            end = m.end()  # a trailing "." may still be followed by more of the number "3.5"
    return end
