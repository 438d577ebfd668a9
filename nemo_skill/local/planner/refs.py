"""References to visuals on the main track: "the third image", "clip 2", "the last one", "第二张图片",
"最后一段视频", or a name ("the blue backpack", "gold-ring.jpg")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .messages import Msg, msg
from .text import tokens

ORDINALS = {"opening": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1, "second last": -2,
            "second to last": -2, "penultimate": -2, "third last": -3, "third to last": -3}
_IMAGE_NOUNS = {"image", "images", "photo", "photos", "picture", "pictures", "pic", "pics", "图片", "图",
                "照片", "相片"}
_VIDEO_NOUNS = {"clip", "clips", "video", "videos", "video clip", "video clips", "视频", "视频片段"}

NOUN = (r"(?:video\s+clips?|images?|photos?|pictures?|pics?|clips?|videos?|segments?|slides?|shots?|items?|"
        r"scenes?|ones?)")
ORD = (r"(?:(?:second|third)\s+(?:to\s+)?last|penultimate|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
       r"last|final|opening|\d+(?:st|nd|rd|th))")
# English: "the third image", "the last one", "image 3", "clip #2", "the 2nd photo"
REF_EN = (rf"(?:the\s+)?(?:{ORD}\s+{NOUN}|{NOUN}\s*(?:#|no\.?\s*|number\s*)?\d+(?![\d.]*\s*(?:s|sec|seconds?|%)\b))")
ZH_NOUN = r"(?:视频片段|图片|照片|相片|视频|片段|镜头|素材|画面|图)"
# Chinese: "第3张图片", "第2段视频", "最后1张", "3号图片"
REF_ZH = rf"(?:第\s*\d+\s*(?:张|个|段|幅|条)?\s*{ZH_NOUN}?|最后\s*1?\s*(?:张|个|段|幅|条)\s*{ZH_NOUN}?|最后\s*{ZH_NOUN}|\d+\s*号\s*{ZH_NOUN}?)"
REF = rf"(?:{REF_EN}|{REF_ZH})"


@dataclass(frozen=True)
class Ref:
    index: int | None = None  # 1-based; -1 is the last
    kind: str = "any"  # "image", "video" or "any"
    name: str | None = None


def _kind(noun: str | None) -> str:
    if not noun:
        return "any"
    noun = " ".join(noun.split())
    if noun in _IMAGE_NOUNS:
        return "image"
    if noun in _VIDEO_NOUNS:
        return "video"
    return "any"


def parse_ref(text: str, default_kind: str = "any") -> Ref | None:
    """A Ref from the text of a REF match, or a name; None for empty text."""
    t = " ".join(text.strip().split())
    t = re.sub(r"^(?:the|this|that|my|our)\s+", "", t)
    if not t:
        return None
    m = re.fullmatch(rf"({ORD})(?:\s+({NOUN}))?", t)
    if m:
        word = " ".join(m.group(1).split())
        digits = re.match(r"\d+", word)
        idx = ORDINALS.get(word) or (int(digits.group(0)) if digits else 1)
        return Ref(idx, _kind(m.group(2)) if m.group(2) else default_kind)
    m = re.fullmatch(rf"({NOUN})\s*(?:#|no\.?\s*|number\s*)?(\d+)", t)
    if m:
        return Ref(int(m.group(2)), _kind(m.group(1)))
    m = re.fullmatch(rf"第\s*(\d+)\s*(?:张|个|段|幅|条)?\s*({ZH_NOUN})?", t) or re.fullmatch(
        rf"(\d+)\s*号\s*({ZH_NOUN})?", t)
    if m:
        return Ref(int(m.group(1)), _kind(m.group(2)))
    m = re.fullmatch(rf"最后\s*1?\s*(?:张|个|段|幅|条)?\s*({ZH_NOUN})?", t)
    if m:
        return Ref(-1, _kind(m.group(1)))
    if re.fullmatch(r"\d+", t):
        return Ref(int(t), default_kind)
    return Ref(name=t)


_NAME_STOP = {"the", "a", "an", "this", "that", "image", "photo", "picture", "pic", "one", "of", "clip",
              "video", "jpg", "jpeg", "png", "mp4", "mov", "webp", "gif", "my", "our", "图", "片", "照", "的",
              "张", "个", "段", "视", "频"}


def name_score(phrase: str, *names: str) -> float:
    want = tokens(phrase) - _NAME_STOP
    if not want:
        return 0.0
    have: set[str] = set()
    for n in names:
        have |= tokens(n)
    return len(want & have) / len(want)


def resolve(ref: Ref, segs: list[dict], names: list[list[str]]) -> int | None:
    """Index into ``segs`` (the main track) of the visual a Ref means; ``names`` holds, per segment, the
    strings a name may match (segment name, file name, caption)."""
    if ref.name is not None:
        scores = [name_score(ref.name, *ns) for ns in names]
        best = max(scores, default=0.0)
        if best >= 0.5 and scores.count(best) == 1:
            return scores.index(best)
        if best >= 0.5:
            return scores.index(best)  # a tie: the earliest, deterministic
        return None
    if ref.index is None:
        return None
    pool = [i for i, s in enumerate(segs) if ref.kind == "any" or s.get("k", "image") == ref.kind]
    if ref.index < 0:  # counted from the end: -1 the last, -2 the one before it
        return pool[ref.index] if len(pool) >= -ref.index else None
    if 1 <= ref.index <= len(pool):
        return pool[ref.index - 1]
    if ref.kind == "image" and 1 <= ref.index <= len(segs):
        return ref.index - 1  # "image 4" when the fourth visual is a clip: people say image for both
    return None


def describe(segs: list[dict], k: int) -> Msg:
    """How a reply names ``segs[k]``, numbered like references count ("image N" counts pictures, "clip N"
    clips): 'image 2 (blue-backpack)' / '第2张图片（blue-backpack）', rendered in the reply's language."""
    seg = segs[k]
    video = seg.get("k") == "video"
    n = sum(1 for s in segs[: k + 1] if (s.get("k") == "video") == video)
    return msg("label", kind="video" if video else "image", n=n, name=str(seg.get("name") or ""))
