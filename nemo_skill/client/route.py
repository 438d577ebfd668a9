"""Which action a user message maps to (the routing table of SKILL.md, "Which script"). Pure.

| user says                                           | action  | SSE? |
|-----------------------------------------------------|---------|------|
| "export" / "导出" / "download" / "send me the video"  | export  | no   |
| "credits" / "积分" / "balance" / "余额"               | credits | no   |
| "status" / "状态" / "show tracks"                     | state   | no   |
| "upload" / "上传" / a file path or link              | upload  | no   |
| everything else (generate, edit, add BGM…)          | chat    | yes  |
The first row that matches wins.
"""

from __future__ import annotations

import re

from .settings import SUPPORTED_FORMATS

ACTIONS = ("export", "credits", "state", "upload", "chat")

_TABLE: list[tuple[str, re.Pattern[str]]] = [
    (
        "export",
        re.compile(
            r"\bexport(s|ed|ing)?\b|\bdownload(s|ed|ing)?\b|\bsend\s+me\s+the\s+(video|file|mp4|clip|result)\b"
            r"|\brender\s+(it|the\s+video)\b|导出|下载|发给我",
            re.IGNORECASE,
        ),
    ),
    ("credits", re.compile(r"\bcredits?\b|\bbalance\b|积分|余额|点数", re.IGNORECASE)),
    (
        "state",
        re.compile(
            r"\bstatus\b|\bshow\s+(me\s+)?(the\s+)?tracks?\b|\bshow\s+(me\s+)?(the\s+)?timeline\b|\btrack\s+summary\b"
            r"|状态|轨道|时间线",
            re.IGNORECASE,
        ),
    ),
    ("upload", re.compile(r"\bupload(s|ed|ing)?\b|上传", re.IGNORECASE)),
]
_MEDIA_REF = re.compile(
    r"(^|\s)(https?://\S+|[~./]?\S*\.(" + "|".join(SUPPORTED_FORMATS + ("jpeg",)) + r"))(\s|$)", re.IGNORECASE
)


def route(message: str) -> str:
    """``export``, ``credits``, ``state``, ``upload`` or ``chat``."""
    text = " ".join(message.split())
    for action, pattern in _TABLE:
        if pattern.search(text):
            return action
    if _MEDIA_REF.search(text) and len(text.split()) <= 3:
        return "upload"  # the user sent a file or a link
    return "chat"
