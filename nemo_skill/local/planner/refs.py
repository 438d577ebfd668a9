"""References to visuals on the main track, read the same way for every edit that takes pictures or clips.

One picture: "the third image", "clip 2", "the last one", "第二张图片", "最后一段视频", or a name ("the blue
backpack", "gold-ring.jpg", "the headphones shot", "green-watch那张"). Several: "the last two images",
"images 2 and 4", "the first and third photos", "前两张照片", "第2张和第4张图片". A place on the timeline,
for adding and moving: "at the start", "as the second picture", "so it comes second", "right after the
sneaker", "between the watch and the ring", "到开头", "放在最后", "移到最前面", "放在第2张后面".

A reference that names several candidates equally (two pictures both called "watch") is never resolved by
guessing: ``resolve_all`` returns every candidate and the caller asks which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ...draft.timeline import is_card, is_clip
from . import vocab
from .anchors import compile_led, longest
from .messages import Msg, msg
from .text import tokens

ORDINALS = {"opening": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1, "second last": -2,
            "second to last": -2, "penultimate": -2, "third last": -3, "third to last": -3,
            "next to last": -2, "closing": -1, "intro": 1, "ending": -1, "middle": 0}  # 0: the middle one (resolve_all)
_IMAGE_NOUNS = {"image", "images", "photo", "photos", "picture", "pictures", "pic", "pics", "图片", "图",
                "照片", "相片"}
_VIDEO_NOUNS = {"clip", "clips", "video", "videos", "video clip", "video clips", "视频", "视频片段"}

NOUN = (r"(?:video\s+clips?|images?|photos?|pictures?|pics?|clips?|videos?|segments?|slides?|shots?|items?|"
        r"scenes?|ones?)")
ORD = (r"(?:(?:second|third)\s+(?:to\s+)?last|next[\s-]+to[\s-]+last|penultimate|middle|closing|intro|ending|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
       r"last|final|opening|\d+(?:st|nd|rd|th))")
_NUM_TAG = r"(?:#|no\.?\s*|number\s*)?"
# ("每张pic 3秒": 3 s, not picture 3; "speed up the clip 2x": a speed, not clip 2, set BW bw140 beside)
_NOT_LEN = r"(?![\d.]*\s*(?:(?:s|secs?|seconds?|mins?|minutes?|%|x)\b|秒|分钟|帧|×|倍))"
_AND = r"\s*(?:,|&|and|,\s*and)\s*"
_ZH_FIRST = r"(?:最前面的?|开头的?|(?<![之以提])前|(?<![开])头)"
_ZH_LAST = r"(?:最后面的?|末尾的?|结尾的?|最后|倒数|(?<![然之以])后)"
_ZH_FIRST_LAST = rf"(?:{_ZH_FIRST}|{_ZH_LAST})"
_COUNT = r"(?:[2-9]|[1-9]\d+)(?![\d.])"  # "the last 2": a count of two or more ("最后1张" is one picture)
_SPAN_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"  # no "last": "second to last"
_THROUGH = r"\s*(?:-|–|to|through|thru|until)\s*"
# several, English: "photos 2 through 4", "the second to fourth slides", "the last 2 images", "the last couple of
# photos", "images 2 and 4", "image 2, 3 and 5", "the second and fourth pictures"
REF_MANY_EN = (rf"(?:the\s+)?{NOUN}\s*{_NUM_TAG}\d+{_THROUGH}\d+{_NOT_LEN}(?![\d.])"
               rf"|(?:the\s+)?{_SPAN_ORD}{_THROUGH}(?:the\s+)?{_SPAN_ORD}\s+{NOUN}"
               rf"|(?:the\s+)?(?:first|last|final|opening|top)\s+(?:{_COUNT}|couple(?:\s+of)?|pair\s+of)\s+{NOUN}"
               # "delete the first three", "move the last two to the end": the noun left out (never "the first
               # 2 seconds", "the first 2 to 5 seconds"; "swap the first two and …" with the rest read already)
               rf"|the\s+(?:first|last|final)\s+{_COUNT}(?=\s*(?:$|[,.;!?，。；！？]|(?:to|into|after|before|and|in|at)\s+(?!\d)[a-z]|(?:and|then)\s*(?:;|$)))"
               rf"|(?:the\s+)?{NOUN}\s*{_NUM_TAG}\d+(?:{_AND}(?:{NOUN}\s*{_NUM_TAG})?\d+{_NOT_LEN})+"
               rf"|(?:the\s+)?{ORD}(?:{_AND}(?:the\s+)?{ORD})+\s+{NOUN}")
# English: "the third image", "the last one", "image 3", "clip #2", "the 2nd photo"
REF_EN = (rf"(?:the\s+)?(?:{ORD}\s+{NOUN}|{NOUN}\s*{_NUM_TAG}\d+{_NOT_LEN})")
ZH_NOUN = r"(?:视频片段|图片|照片|相片|视频|片段|镜头|素材|画面|图)"
_ZH_UNIT = r"(?:张|个|段|幅|条)"
# "最后1张", "最后那张", "最后的这张", "最后面那一张": the last one (那/这 point at it, as "中间那张" does)
_ZH_LAST_ONE = r"最后面?\s*(?:的)?\s*(?:那|这)?\s*1?"
# one item of a Chinese list that names the last or one counted from the end: "第1张和最后1张", "第2张、倒数第2张" (set EG:
# "第一张和最后一张都改成5秒" changed the last picture only and named "第1张" not understood)
_ZH_ITEM = rf"(?:第\s*\d+|倒数\s*第\s*\d+|{_ZH_LAST_ONE})"
# several, Chinese: "第2到第4张", "2到3号图", "前2张照片", "头2张", "最后2张图", "倒数2张", "第2张和第4张图片", "第1、3张"
REF_MANY_ZH = (rf"第\s*\d+\s*{_ZH_UNIT}?\s*(?:到|至|-|~)\s*第?\s*\d+\s*(?:{_ZH_UNIT}\s*{ZH_NOUN}?|{ZH_NOUN})"
               rf"|\d+\s*(?:到|至|-|~)\s*\d+\s*号\s*{ZH_NOUN}?"
               rf"|{_ZH_FIRST_LAST}\s*{_COUNT}\s*{_ZH_UNIT}\s*{ZH_NOUN}?"
               rf"|第\s*\d+\s*{_ZH_UNIT}?(?:\s*(?:和|与|跟|及|、|,|，)\s*第?\s*\d+\s*{_ZH_UNIT}?)+(?:\s*(?:的\s*)?{ZH_NOUN})?"
               rf"|{_ZH_ITEM}\s*{_ZH_UNIT}(?:\s*(?:和|与|跟|及|、|,|，)\s*{_ZH_ITEM}\s*{_ZH_UNIT})+(?:\s*(?:的\s*)?{ZH_NOUN})?")
# Chinese: "倒数第2张", "中间那张", "第3张图片", "第2段视频", "第 3 张 picture", "最后1张", "3号图片" ("第3秒" is a moment,
# no picture: "视频片段从第3秒开始，用6秒" had made picture 3 six seconds long; set AG ag139)
REF_ZH = (rf"(?:倒数\s*第\s*\d+\s*{_ZH_UNIT}?\s*{ZH_NOUN}?|中间(?:那|的|那一|一)?\s*{_ZH_UNIT}\s*{ZH_NOUN}?"
          rf"|第\s*\d+{_NOT_LEN}(?!\s*(?:到|至|-|~)\s*第?\s*[\d.]+\s*秒)\s*{_ZH_UNIT}?\s*(?:{ZH_NOUN}|{NOUN}(?![a-z]))?|{_ZH_LAST_ONE}\s*{_ZH_UNIT}\s*{ZH_NOUN}?|最后\s*{ZH_NOUN}"
          rf"|\d+\s*号\s*{ZH_NOUN}?)")
REF_MANY = rf"(?:{REF_MANY_EN}|{REF_MANY_ZH})"
# the several-forms first: an alternation takes the first that matches, and "images 2 and 4" is one reference
REF = rf"(?:{REF_MANY}|{REF_EN}|{REF_ZH})"


@dataclass(frozen=True)
class Ref:
    index: int | None = None  # 1-based; -1 is the last, 0 the middle one
    kind: str = "any"  # "image", "video" or "any"
    name: str | None = None
    many: tuple[int, ...] = ()  # several (1-based, negative from the end): "the last two" is (-2, -1)


def _kind(noun: str | None) -> str:
    if not noun:
        return "any"
    noun = " ".join(noun.split())
    if noun in _IMAGE_NOUNS:
        return "image"
    if noun in _VIDEO_NOUNS:
        return "video"
    return "any"


def _ord(word: str) -> int:
    word = " ".join(word.replace("-", " ").split())
    digits = re.match(r"\d+", word)
    return ORDINALS[word] if word in ORDINALS else (int(digits.group(0)) if digits else 1)


def _span(a: int, b: int) -> tuple[int, ...]:
    return tuple(range(a, b + 1)) if 0 < a <= b else ()


def _many(t: str, default_kind: str) -> Ref | None:
    """The several-forms of a reference, or None."""
    m = re.fullmatch(r"(first|last|final)\s+(\d+)", t)
    if m and int(m.group(2)) > 1:
        n = int(m.group(2))
        return Ref(kind=default_kind, many=tuple(range(1, n + 1)) if m.group(1) == "first" else tuple(range(-n, 0)))
    m = re.fullmatch(rf"({NOUN})\s*{_NUM_TAG}(\d+){_THROUGH}(\d+)", t)
    if m and _span(int(m.group(2)), int(m.group(3))):
        return Ref(kind=_kind(m.group(1)), many=_span(int(m.group(2)), int(m.group(3))))
    m = re.fullmatch(rf"({_SPAN_ORD}){_THROUGH}(?:the\s+)?({_SPAN_ORD})\s+({NOUN})", t)
    if m and _span(_ord(m.group(1)), _ord(m.group(2))):
        return Ref(kind=_kind(m.group(3)), many=_span(_ord(m.group(1)), _ord(m.group(2))))
    m = re.fullmatch(rf"第\s*(\d+)\s*{_ZH_UNIT}?\s*(?:到|至|-|~)\s*第?\s*(\d+)\s*{_ZH_UNIT}?\s*({ZH_NOUN})?", t) or re.fullmatch(
        rf"(\d+)\s*(?:到|至|-|~)\s*(\d+)\s*号\s*({ZH_NOUN})?", t)
    if m and _span(int(m.group(1)), int(m.group(2))):
        kind = _kind(m.group(3)) if m.group(3) else default_kind
        return Ref(kind=kind, many=_span(int(m.group(1)), int(m.group(2))))
    m = re.fullmatch(rf"(first|last|final|opening|top)\s+(\d+|couple(?:\s+of)?|pair\s+of)\s+({NOUN})", t)
    if m:
        n = int(m.group(2)) if m.group(2).isdigit() else 2
        idx = tuple(range(1, n + 1)) if m.group(1) in ("first", "opening", "top") else tuple(range(-n, 0))
        return Ref(kind=_kind(m.group(3)), many=idx) if n > 1 else Ref(idx[0], _kind(m.group(3)))
    m = re.fullmatch(rf"({NOUN})\s*{_NUM_TAG}(\d+(?:{_AND}(?:{NOUN}\s*{_NUM_TAG})?\d+)+)", t)
    if m:
        return Ref(kind=_kind(m.group(1)), many=tuple(int(x) for x in re.findall(r"\d+", m.group(2))))
    m = re.fullmatch(rf"({ORD}(?:{_AND}(?:the\s+)?{ORD})+)\s+({NOUN})", t)
    if m:
        words = re.findall(ORD, re.sub(rf"{_AND}(?:the\s+)?", " | ", m.group(1)))
        return Ref(kind=_kind(m.group(2)), many=tuple(_ord(w) for w in words))
    m = re.fullmatch(rf"({_ZH_FIRST_LAST})\s*(\d+)\s*{_ZH_UNIT}\s*({ZH_NOUN})?", t)
    if m:
        n = int(m.group(2))
        idx = tuple(range(1, n + 1)) if re.fullmatch(_ZH_FIRST, m.group(1)) else tuple(range(-n, 0))
        kind = _kind(m.group(3)) if m.group(3) else default_kind
        return Ref(kind=kind, many=idx) if n > 1 else Ref(idx[0], kind)
    m = re.fullmatch(rf"(第\s*\d+\s*{_ZH_UNIT}?(?:\s*(?:和|与|跟|及|、|,|，)\s*第?\s*\d+\s*{_ZH_UNIT}?)+)\s*(?:的\s*)?({ZH_NOUN})?", t)
    if m:
        kind = _kind(m.group(2)) if m.group(2) else default_kind
        return Ref(kind=kind, many=tuple(int(x) for x in re.findall(r"\d+", m.group(1))))
    m = re.fullmatch(rf"({_ZH_ITEM}\s*{_ZH_UNIT}(?:\s*(?:和|与|跟|及|、|,|，)\s*{_ZH_ITEM}\s*{_ZH_UNIT})+)\s*(?:的\s*)?({ZH_NOUN})?", t)
    if m:
        kind = _kind(m.group(2)) if m.group(2) else default_kind
        return Ref(kind=kind, many=tuple(_zh_item_index(i) for i in re.findall(_ZH_ITEM, m.group(1))))
    return None


def _zh_item_index(item: str) -> int:
    """The 1-based place of one item of a Chinese list (negative from the end): 第3 -> 3, 倒数第2 -> -2, 最后1 -> -1."""
    n = re.search(r"\d+", item)
    if item.startswith("倒数"):
        return -int(n.group()) if n else -1
    if item.startswith("最后"):
        return -1
    return int(n.group()) if n else -1


_JOINT = compile_led(r"^(?:(?:然后|另外|还有|接着|随后|顺便|同时|并且|再)\s*(?:把|将)?\s*|(?:and|then|also|plus)\s+(?:then\s+)?)")


def unjoined(text: str) -> str:
    """``text`` without a joint before it ("然后第二张放到最后": the joint is no part of the picture's name, set AA zc07)."""
    return _JOINT.sub("", text)


def parse_ref(text: str, default_kind: str = "any") -> Ref | None:
    """A Ref from the text of a REF match, or a name; None for empty text."""
    t = " ".join(text.strip().split())
    t = unjoined(t)
    t = re.sub(r"^(?:the|this|that|my|our)\s+", "", t)
    if not t:
        return None
    many = _many(t, default_kind)
    if many is not None:
        return many
    m = re.fullmatch(rf"({ORD})(?:\s+({NOUN}|1))?", t)  # "the last one" reads "the last 1" after the numbers
    if m:
        kind = _kind(m.group(2)) if m.group(2) and m.group(2) != "1" else default_kind
        return Ref(_ord(m.group(1)), kind)
    m = re.fullmatch(rf"倒数\s*第\s*(\d+)\s*{_ZH_UNIT}?\s*({ZH_NOUN})?", t)
    if m:
        return Ref(-int(m.group(1)), _kind(m.group(2))) if int(m.group(1)) > 0 else None
    m = re.fullmatch(rf"中间(?:那|的|那一|一)?\s*{_ZH_UNIT}\s*({ZH_NOUN})?", t)
    if m:
        return Ref(0, _kind(m.group(1)))
    m = re.fullmatch(rf"({NOUN})\s*{_NUM_TAG}(\d+)", t)
    if m:
        return Ref(int(m.group(2)), _kind(m.group(1)))
    m = re.fullmatch(rf"第\s*(\d+)\s*{_ZH_UNIT}?\s*({ZH_NOUN}|{NOUN})?", t) or re.fullmatch(
        rf"(\d+)\s*号\s*({ZH_NOUN})?", t)
    if m:
        return Ref(int(m.group(1)), _kind(m.group(2)))
    m = re.fullmatch(rf"{_ZH_LAST_ONE}\s*{_ZH_UNIT}?\s*({ZH_NOUN})?", t)
    if m:
        return Ref(-1, _kind(m.group(1)))
    if re.fullmatch(r"\d+", t):
        return Ref(int(t), default_kind)
    return Ref(name=t)


_NAME_STOP = {"the", "a", "an", "this", "that", "image", "photo", "picture", "pic", "one", "of", "clip",
              "video", "jpg", "jpeg", "png", "mp4", "mov", "webp", "gif", "my", "our", "图", "片", "照", "的",
              "张", "个", "段", "视", "频",
              # the nouns a picture named by what it shows ends with: "the gold ring shot", "green-watch那张"
              "shot", "slide", "still", "product", "item", "那", "这"}


# a clip's name that is a word of the planner, said with a Chinese "that video" after it: "clip那个视频" of clip.mp4
# (``name_rx`` reads it; set BI bi192): that name whole, nothing else
_PLAIN_NAMED = compile_led(r"([a-z]{3,})\s*(?:那个|这个|那段|这段|那一段|这一段)\s*(?:视频|片段)")


def name_score(phrase: str, *names: str, kinds: bool = False) -> float:
    want = tokens(phrase) - _NAME_STOP
    if not want:
        plain = _PLAIN_NAMED.fullmatch(phrase.strip())
        return 1.0 if plain and any(n.lower() == plain.group(1) for n in names) else 0.0
    have: set[str] = set()
    for n in names:
        have |= tokens(n)
    if kinds:  # a picture on the timeline said by its kind: "the bag" of blue-backpack.jpg (set BJ bj108); a file to
        # upload is not ("Blue Backpack 改成 Red Shoe" is the caption's new text, not red-sneaker.jpg: wave21_t)
        have |= {k for w in tuple(have) for k in vocab.NAME_KINDS_EN.get(w, ())}
    # a long word one letter off a name's word is that word misspelt ("the sneeker shot" of red-sneaker.jpg; set AD ad036)
    # (a name's word said in the plural is that word: "caps" of black-cap.jpg, "watches" of green-watch.png; set CK ck008)
    hits = sum(1 for w in want if w in have or _plural_of(w, have)
               or (len(w) >= 6 and any(_one_off(w, h) for h in have if len(h) >= 6)))
    return hits / len(want)


def _plural_of(word: str, have: set[str]) -> bool:
    """``word`` is the plural of one of ``have``'s words of three letters or more ("caps", "watches")."""
    return len(word) >= 4 and word.endswith("s") and (word[:-1] in have or (word.endswith("es") and word[:-2] in have)) \
        and len(word.rstrip("s")) >= 3


def _one_off(a: str, b: str) -> bool:
    """One letter changed, added, dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[i:] == long_[i + 1:]


_PART_OF = compile_led(r"(?P<head>.+?)\s+(?:from|off|of|on|in|inside|at)\s+(?P<whole>.+)$|(?P<whole2>.+?)\s*的\s*(?P<head2>.+)$")


def head_of(phrase: str) -> str:
    """What a name phrase is about: "the scrap from the gold watch photo" is about a scrap (no picture), "the
    photo of the watch" about the watch, "sneaker的背景" about a background, "watch的图片" about the watch."""
    m = _PART_OF.match(phrase)
    if m is None:
        return phrase
    head, whole = (m.group("head"), m.group("whole")) if m.group("head") else (m.group("head2"), m.group("whole2"))
    return head if tokens(head) - _NAME_STOP else whole


def _middle(ref: Ref, segs: list[dict]) -> list[int]:
    """The middle one: with an even count, the two around the middle (the caller asks which)."""
    pool = [i for i, s in enumerate(segs) if ref.kind == "any" or s.get("k", "image") == ref.kind]
    if len(pool) < 3:
        return []
    half = len(pool) // 2
    return [pool[half]] if len(pool) % 2 else [pool[half - 1], pool[half]]


def _index_pool(ref: Ref, index: int, segs: list[dict]) -> int | None:
    pool = [i for i, s in enumerate(segs) if ref.kind == "any" or s.get("k", "image") == ref.kind]
    if index < 0:  # counted from the end: -1 the last, -2 the one before it
        return pool[index] if len(pool) >= -index else None
    if 1 <= index <= len(pool):
        return pool[index - 1]
    if ref.kind == "image" and 1 <= index <= len(segs):
        return index - 1  # "image 4" when the fourth visual is a clip: people say image for both
    return None


def resolve_all(ref: Ref, segs: list[dict], names: list[list[str]]) -> list[int]:
    """Indices into ``segs`` (the main track) of what a Ref means: one for an index, the several of a
    several-form, and for a name every segment it fits best (more than one: the caller asks which).
    ``names`` holds, per segment, the strings a name may match (segment name, file name, caption).
    Empty when nothing fits (or a several-form names a picture that is not there)."""
    if ref.name is not None:
        scores = [name_score(head_of(ref.name), *ns, kinds=True) for ns in names]
        best = max(scores, default=0.0)
        return [k for k, s in enumerate(scores) if s == best] if best >= 0.5 else []
    if ref.many:
        found = [_index_pool(ref, i, segs) for i in ref.many]
        if any(k is None for k in found):
            return []
        return sorted({k for k in found if k is not None})
    if ref.index is None:
        return []
    if ref.index == 0:
        return _middle(ref, segs)
    k = _index_pool(ref, ref.index, segs)
    return [] if k is None else [k]


def resolve(ref: Ref, segs: list[dict], names: list[list[str]]) -> int | None:
    """The one visual a Ref means; None when nothing fits or it fits several."""
    found = resolve_all(ref, segs, names)
    return found[0] if len(found) == 1 else None


def describe(segs: list[dict], k: int) -> Msg:
    """How a reply names ``segs[k]``, numbered like references count ("image N" counts pictures, "clip N"
    clips): 'image 2 (blue-backpack)' / '第2张图片（blue-backpack）', rendered in the reply's language."""
    seg = segs[k]
    video = is_clip(seg)
    n = sum(1 for s in segs[: k + 1] if (is_clip(s)) == video)
    return msg("label", kind="video" if video else "image", n=n, name=str(seg.get("name") or ""))


# --- a picture named by what it shows ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words that mean something else to the planner (vocabulary, colours, small words), never a picture's own name word
    ("red", "clip")."""
    from ...draft.styles import COLOURS

    words: set[str] = set(_NAME_STOP) | {"and", "or", "with", "for", "new", "final", "copy", "edit", "img", "dsc"}
    tables = [vocab.TARGETS, vocab.OPS, vocab.POSITIONS]
    phrases = [p for t in tables for en, _ in t.values() for p in en]
    phrases += [*vocab.FIT_CONTAIN[0], *vocab.FIT_COVER[0], *vocab.STILL[0], *COLOURS]
    for p in phrases:
        words.update(re.findall(r"[a-z0-9]+", p.lower()))
    return frozenset(words)


@lru_cache(maxsize=64)
def name_rx(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pictures' and clips' names as a reference: "the gold ring shot", "the headphones", "green-watch",
    "the unboxing clip". A name counts when it holds a word that means nothing else to the planner
    ("ring", "headphones"): "make the captions gold" names no picture, "the gold ring" does. The words of
    the name around that word are part of the reference, in the name's order ("silver headphones")."""
    common = common_words()
    alts: set[str] = set()
    stems: set[str] = set()  # whole names written as files name them ("green-watch", "gold_ring")
    # a name that is a word of the planner ("clip" of clip.mp4) is a reference only when a Chinese "that video" follows it:
    # "clip那个视频声音小一点，开箱的不动" (with two clips "clip" was read as every clip and the question asked which;
    # set BI bi192)
    plain: set[str] = set()
    for name in names:
        stem = re.sub(r"\.[a-z0-9]{1,5}$", "", name.lower())
        words = re.findall(r"[a-z0-9]+", stem)
        if len(words) == 1 and len(stem) >= 3 and stem in common:
            plain.add(re.escape(stem))
        for i, w in enumerate(words):
            if len(w) < 3 or w.isdigit() or w in common:
                continue
            if len(words) > 1 and re.fullmatch(r"[a-z0-9]+(?:[\-_][a-z0-9]+)+", stem):
                stems.add(re.escape(stem))
            before = [r"[\s\-_]+".join(map(re.escape, words[j:i])) for j in range(i)]
            after = [r"[\s\-_]+".join(map(re.escape, words[i + 1:k])) for k in range(i + 2, len(words) + 1)]
            alts.add((rf"(?:(?:{'|'.join(before)})[\s\-_]+)?" if before else "") + re.escape(w)
                     + (rf"(?:[\s\-_]+(?:{'|'.join(after)}))?" if after else ""))
            for kind in vocab.NAME_KINDS_EN.get(w, ()):  # "the blue bag" of blue-backpack.jpg (set BJ bj108)
                alts.add((rf"(?:(?:{'|'.join(before)})[\s\-_]+)?" if before else "") + re.escape(kind))
    if plain:
        alts.add(rf"(?:{'|'.join(sorted(plain))})(?=\s*(?:那个|这个|那段|这段|那一段|这一段)\s*(?:视频|片段))")
    if not alts:
        return None
    body = rf"(?:{'|'.join(sorted(alts, key=longest))})(?![a-z0-9\-_])"
    noun = rf"(?:{_SUBJECT_NOUN})(?![a-z0-9])"
    # a name is a reference where it reads as one: after "the" ("the watch"), before a noun ("watch shot",
    # "watch那张"), written as the file names it ("green-watch"), or beside Chinese ("删掉watch"). A bare word
    # in an English sentence is not ("make it a summer sale video" with summer-sale.jpg uploaded).
    bare_noun = rf"(?:{_BARE_NOUN})(?![a-z0-9])"
    # (and before its one caption: "watch caption should say 'X'" names the watch's, set CD cd076 read no picture)
    one = (rf"(?:(?:the|this|that|my|our)\s+{body}(?:{noun})?|(?<!\ba\s)(?<!\ban\s){body}(?:{bare_noun}|{_ITS_CAPTION})"
           + (rf"|(?:{'|'.join(sorted(stems, key=longest))})(?![a-z0-9\-_])(?:{noun})?" if stems else "")
           + rf"|(?<={_CJK_CHAR}){body}(?:{noun})?|{body}(?:{noun})?(?=\s*{_CJK_CHAR})"
           # (and bare at a part's start, its length said right after: "sneaker 8 s, watch 8 s" made the video 8 s
           # long; set DJ dj110)
           + rf"|(?:(?<=^)|(?<=[,;:，；：])|(?<=[,;:，；：]\s)){body}(?=\s*(?:for\s+|at\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds)\b))")
    # ("keep only shoes cap ring": bare names listed after "keep only" are the pictures kept, spaces between them; set CD
    # cd235's "only shoes cap ring" beside a removal; never after "only" alone: "people only watch 15 seconds")
    kept = (r"(?:(?<=\bkeep\sonly\s)|(?<=\bonly\skeep\s)|(?<=\bjust\skeep\s)|(?<=\bkeep\sjust\s)"
            r"|(?<=只留)|(?<=只留\s)|(?<=只保留)|(?<=只保留\s)|(?<=仅保留)|(?<=仅保留\s))"
            rf"{body}(?:\s+(?:the\s+)?{body})*")
    # a product said in the plural, as sold or sold out: "we're sold out of caps", "the watches don't sell" of black-cap.jpg,
    # green-watch.png (set CK ck008: "caps" named no picture, so "that photo" after it named none either)
    plural = rf"(?:{'|'.join(sorted(alts, key=longest))})(?:es|s)(?![a-z0-9\-_])"
    one = (rf"(?:{kept}|{one}|(?:the|our)\s+{plural}"
           r"|(?:(?<=\bsold\sout\sof\s)|(?<=\bout\sof\s)|(?<=\bstock\sof\s)|(?<=\bstock\son\s)|(?<=\bselling\s)"
           rf"|(?<=\bdiscontinued\s)|(?<=\bsell\s)){plural})")
    item = rf"(?:{one}|(?:(?:the|this|that)\s+)?{body}(?:{noun})?|{_KIND_ITEM})"
    # several named together are one reference: "the sneaker and the watch", "sneaker、watch", "the clip and the ring";
    # the one beside a named one is one too ("the one before the watch": ``next_to`` reads it)
    # (a name after a bare comma that a place or a verb of its own follows starts a wish of its own: "去掉帽子那张，手表放最后",
    # "remove the cap, watch last"; set AH ah198 removed the watch too)
    tail = rf"(?:{_COMMA_JOIN}{item}{_OWN_WISH}|{_JOIN_WORD}{item})"
    return compile_led(rf"(?<![a-z0-9\-_.])(?:{_NEXT_EN})?(?:{_KIND_ITEM}{_LIST_JOIN})*{one}{tail}*")


# the picture beside a named one: "the one before the watch", "the shot right after the ring", "watch前面那张",
# "戒指后面的那张" (set K rm07 removed the watch itself: the name was read, the word "before" was not)
_NEXT_EN = (r"the\s+(?:one|picture|photo|pic|shot|image|slide|clip)\s+(?:right\s+|just\s+|directly\s+|immediately\s+)?"
            r"(?:before|after|following|preceding)\s+")
# the same as a phrase rule's item ("move the one after the sneaker to the end")
NEXT_TO = rf"{_NEXT_EN}(?:the\s+)?[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9\-]+)?"
_NEXT_ZH = r"\s*(?:的)?\s*(?:前面|之前|前边|前|后面|之后|后边|后)\s*(?:的)?\s*(?:那|这)?\s*1?\s*(?:张|个|幅|段)\s*(?:图片|照片|图|视频)?"
_NEXT_EN_RX = compile_led(rf"{_NEXT_EN}(?P<anchor>.+)")
_NEXT_ZH_RX = compile_led(r"(?P<anchor>.+?)\s*(?:的)?\s*(?P<rel>前面|之前|前边|前|后面|之后|后边|后)\s*(?:的)?\s*(?:那|这)?\s*1?\s*"
                         r"(?:张|个|幅|段)\s*(?:图片|照片|图|视频)?")


def next_to(text: str) -> tuple[str, int] | None:
    """("the watch", -1) for "the one before the watch", ("watch", 1) for "watch后面那张"; None for other text."""
    t = " ".join(text.strip().split())
    m = _NEXT_EN_RX.fullmatch(t)
    if m:
        return m.group("anchor"), -1 if re.search(r"\b(?:before|preceding)\s+$", t[:m.start("anchor")]) else 1
    m = _NEXT_ZH_RX.fullmatch(t)
    if m and not m.group("anchor").endswith(("最", "倒数", "第")):  # ("最后1张" is the last one)
        return m.group("anchor"), -1 if m.group("rel").startswith(("前", "之前")) else 1
    return None


_CJK_CHAR = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
# after a bare name: "watch shot", "watch那张" (not "video": "a summer sale video" is the video)
_THAT_ONE_ZH = r"\s*(?:那|这)\s*(?:\d+|几)?\s*(?:张|个|段|幅)\s*(?:图片|照片|图|视频)?"
_ITS_CAPTION = r"(?=\s+(?:caption|subtitle|label)(?![a-z0-9]))"  # (the caption word is no part of the name)
_BARE_NOUN = rf"\s+(?:shot|photo|picture|image|pic|slide|clip|footage)|{_NEXT_ZH}|{_THAT_ONE_ZH}"
_SUBJECT_NOUN = rf"\s+(?:shot|photo|picture|image|pic|slide|one|clip|video|footage)|{_NEXT_ZH}|{_THAT_ONE_ZH}"


# a picture or clip named by its kind alone, as one item of a list of names ("the clip and the ring")
_KIND_ITEM = r"(?:(?:the|this|that)\s+)?(?:video\s+clip|clip|footage|video|视频片段|视频|片段)(?![a-z0-9])"


# ("remove backpack + watch": a plus joins names as "and" does; set CD cd235)
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s*(?:和|、|跟|与|及|以及)\s*)"
_COMMA_JOIN = r"\s*[,，]\s*(?!and\s)"
_JOIN_WORD = r"(?:\s*,\s*and\s+|\s+and\s+|\s*[&+]\s*|\s*(?:和|、|跟|与|及|以及)\s*)"  # a list's joint that is no bare comma
# what follows a name that is the subject of a wish of its own, not one more item of a list
_OWN_WISH = (r"(?!\s*(?:(?:first|last|next|goes|go|should|must|needs?|comes?|is|stays?|at|to|as|in\s+the|before|after)(?![a-z0-9])"
             r"|放|移|挪|排|调|换|改|删|去掉|加|要|用|设|在|到|做|当|留|保留|挪到|第"
             # ("删掉戒指那张，视频总时长保持30秒": 视频 of the whole video's length, no clip of the list; set CA ca113)
             r"|总|时长|长度|整体|全长))")


def split_list(text: str) -> list[str]:
    """The parts of a reference that names several things by name ("the sneaker and the watch"); one part
    for anything else."""
    parts = [p.strip() for p in re.split(_LIST_JOIN, text) if p and p.strip()]
    return parts if len(parts) > 1 else [text]


def subject_names(segs: Iterable[dict], filenames: dict[str, str]) -> tuple[str, ...]:
    """The names a reference by subject may use: each segment's name and its file's name."""
    out: list[str] = []
    for s in segs:
        for n in (str(s.get("name") or ""), filenames.get(str(s.get("mid", "")), "")):
            if n and n not in out:
                out.append(n)
    return tuple(out)


# --- a place on the timeline -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    at: str  # "start", "end", "index" (``n``), "after" / "before" (``anchor``), "between" (``anchor``, ``other``),
    # "shift" (``n`` places later, earlier when negative: moving only)
    n: int = 0
    anchor: str | None = None
    other: str | None = None


_PL_NOUN = r"(?:shot|image|picture|photo|pic|slide|one|clip|item|position|place|spot|slot)"
_OF_ALL = r"(?:\s+of\s+(?:the\s+)?(?:video|timeline|slideshow|sequence|list|order|reel|edit|them|all))?"
_START_EN = (rf"(?:(?:to|at|in|into|on)\s+)?(?:the\s+)?(?:very\s+)?(?:start|beginning|front|head|top){_OF_ALL}"
             r"|in\s+front|up\s+front|(?:(?:to|as|at|in)\s+)?(?:the\s+)?(?:very\s+)?(?:first|opening)(?:\s+" + _PL_NOUN + _OF_ALL + r")?")
_END_EN = (rf"(?:(?:to|at|in|into|on)\s+)?(?:the\s+)?(?:very\s+)?(?:end|back|bottom|tail){_OF_ALL}"
           r"|(?:(?:to|as|at|in)\s+)?(?:the\s+)?(?:very\s+)?(?:last|final|closing)(?:\s+" + _PL_NOUN + _OF_ALL + r")?")
# ("the sneaker second to last", written "next-to-last" by now: a place counted from the end; set CG cg120)
_NTH_WORD = r"(?:next-to-last|penultimate|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
# ("as the last picture of the slideshow": the pictures' place said of them all; set BV bv222)
_NTH_EN = (rf"(?:(?:as|to|into|in|at)\s+)?(?:the\s+)?{_NTH_WORD}(?:\s+{_PL_NOUN}{_OF_ALL})?"
           r"|(?:(?:to|into|in|at)\s+)?(?:position|place|slot|spot|number|no\.?)\s*#?\d+")
# ("添加为第一张图片": the place said with the noun; set AE ae188)
_START_ZH = r"(?:最开头|开头|最前面|最前|前面|第\s*1\s*(?:个|张|位)?(?:\s*(?:图片|照片|图))?|首位|最开始|开始)"
_END_ZH = r"(?:最后面|最后一个|最后一张|最后\s*1\s*(?:个|张|位)|最后|结尾|末尾|后面|最末)"  # ("移到最后一个": 最后1个, set AE ae168)
_NTH_ZH = r"第\s*\d+\s*(?:个|张|位|段)?(?:\s*的?\s*(?:位置|位)|\s*(?:图片|照片|图))?"
_REL_EN = r"(?:right\s+|just\s+|directly\s+|immediately\s+)?(?:after|before|behind|following|in\s+front\s+of|ahead\s+of)"
_REL_ZH = r"(?:的)?\s*(?:后面|之后|后边|以后|后|前面|之前|前边|以前|前)"


def place_rx(item: str, lang: str = "any") -> str:
    """A place (no groups of its own; ``parse_place`` reads the matched text), with ``item`` the pattern of a
    reference ("after the sneaker", "between X and Y", "X后面"); ``lang`` "en" or "zh" keeps one language's
    forms (a phrase rule for English verbs need not try the Chinese forms at every position)."""
    en = rf"between\s+{item}\s+and\s+{item}|{_REL_EN}\s+{item}|{_NTH_EN}|{_START_EN}|{_END_EN}"
    zh = (rf"(?:在)?\s*{item}\s*(?:和|与|跟)\s*{item}\s*(?:之间|中间)|(?:在)?\s*{item}\s*{_REL_ZH}"
          rf"|{_NTH_ZH}|{_START_ZH}|{_END_ZH}")
    return rf"(?:{en})" if lang == "en" else rf"(?:{zh})" if lang == "zh" else rf"(?:{en}|{zh})"


def parse_place(text: str) -> Place | None:
    """A Place from the text a ``place_rx`` matched; None when it is not one."""
    t = " ".join(text.strip().split())
    m = re.fullmatch(r"between\s+(.+?)\s+and\s+(.+)", t) or re.fullmatch(r"在?\s*(.+?)\s*(?:和|与|跟)\s*(.+?)\s*(?:之间|中间)", t)
    if m:
        return Place("between", anchor=m.group(1), other=m.group(2))
    m = re.fullmatch(rf"({_REL_EN})\s+(.+)", t)
    if m:
        rel = m.group(1).split()[-1]
        return Place("before" if rel in ("before", "of") else "after", anchor=m.group(2))
    if re.fullmatch(_START_EN, t) or re.fullmatch(_START_ZH, t):
        return Place("start")
    if re.fullmatch(_END_EN, t) or re.fullmatch(_END_ZH, t):
        return Place("end")
    m = re.fullmatch(_NTH_EN, t) or re.fullmatch(_NTH_ZH, t)
    if m:
        word = re.search(rf"{_NTH_WORD}|\d+", t)
        n = _ord(word.group(0)) if word else 0
        return Place("index", n=n) if n >= 1 or n == -2 else None  # (-2: second to last)
    m = re.fullmatch(rf"在?\s*(.+?)\s*{_REL_ZH}", t)
    if m:
        rel = re.sub(r"的|\s", "", t[m.end(1):])
        return Place("before" if rel.startswith(("前", "之前", "以前")) else "after", anchor=m.group(1))
    return None


# "the shot at 0:12", "whatever's on screen at the 20-second mark" (the mark read as "at 20 seconds" before),
# "0:08处的画面", "第12秒的画面": the picture or clip shown at that moment of the video (set N pic17 made the video 3 s long)
_CODE = r"\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
_AT_TIME = compile_led(
    rf"\b(?:whatever|what)(?:'s|\s+is)\s+(?:on\s+screen\s+|showing\s+|playing\s+|up\s+)?(?:at|around)\s+(?:the\s+)?"
    rf"(?P<t>{_CODE}|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b(?:\s+mark\b)?)"
    # ("every shot at 4 seconds", "the first shot at 4 seconds" are lengths: a plain number of seconds only with "mark")
    rf"|\bthe\s+(?:shot|picture|image|photo|frame|slide|clip|visual|pic)\s+(?:that'?s\s+|that\s+is\s+)?(?:on\s+screen\s+|showing\s+|playing\s+|up\s+)?"
    rf"(?:at|around)\s+(?:the\s+)?(?P<t2>{_CODE}|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+mark\b)"
    rf"|(?P<zt>{_CODE}|第\s*\d+(?:\.\d+)?\s*秒)\s*(?:处|那里|左右|的时候|时)?\s*(?:的)?\s*(?:画面|镜头|那张图片|那张图|那张)")


def _moment_ms(said: str) -> int | None:
    said = said.strip()
    if ":" in said:
        parts = [int(p) for p in said.split(":")]
        secs = 0
        for p in parts:
            secs = secs * 60 + p
        return secs * 1000
    num = re.search(r"\d+(?:\.\d+)?", said)  # ("20 seconds mark", "第20秒")
    return round(float(num.group(0)) * 1000) if num else None


def _nth(k: int) -> str:
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


def at_time(low: str, segs: list[dict]) -> str:
    """The moments said as pictures: "whatever's on screen at 20 seconds" -> "the 4th shot" (the one coming in where
    two overlap in a transition); a moment past the end is left as it is."""
    shown = [s for s in segs if not is_card(s)]

    def name(m: re.Match[str]) -> str:
        at = _moment_ms(m.group("t") or m.group("t2") or m.group("zt"))
        hits = [k for k, s in enumerate(shown) if at is not None and int(s.get("s", 0)) <= at < int(s.get("s", 0)) + int(s.get("d", 0))]
        if not hits:
            return m.group(0)
        k = hits[-1] + 1
        return f"第{k}个画面" if m.group("zt") else f"the {_nth(k)} shot"
    return _AT_TIME.sub(name, low) if _AT_TIME.search(low) else low


# one caption named by its place ("the last caption", "caption 2", "第1条字幕"): read by the captions' edits, and by the
# frames for the clause after that takes the captions from it as "it"
_NTH_CAPTION = compile_led(r"\b(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d+(?:st|nd|rd|th))"
                          r"\s+(?:caption|subtitle|label|text\s+overlay)(?!s)\b"
                          # ("remove caption 2", "caption #3 in red": a caption by its number, never a length or a size)
                          r"|\b(?:caption|subtitle)\s*(?:#|no\.?\s*|number\s+)?(?P<cn>\d{1,2})(?![\d.:]|\s*(?:s|secs?|seconds?|x|%|px|pt)\b|\s*[%秒倍])"
                          r"|字幕\s*(?P<zc>\d{1,2})(?![\d.:]|\s*[%秒倍sx])"
                          r"|(?P<zl>最后|末尾|最末)\s*(?:一|1)?\s*(?:条|个|句|行)?\s*(?:的)?\s*(?:字幕|标签)"
                          # ("第1条字幕放大": a caption counted among the captions, not a picture's "第2张图片的字幕")
                          r"|第\s*(?P<zn>\d{1,2})\s*(?:条|句|行)\s*(?:的)?\s*(?:字幕|标签)")


def nth_in(text: str) -> tuple[int, re.Match] | None:
    """The caption's place when ``text`` names one caption by it (1-based, -1 the last), with its words; else None."""
    m = _NTH_CAPTION.search(text)
    if m is None:
        return None
    if m.group("zl"):
        return -1, m
    n = m.group("zn") or m.group("cn") or m.group("zc")
    if n:
        return (int(n), m) if int(n) > 0 else None
    w = m.group("w")
    n = ORDINALS.get(w) or (int(w[:-2]) if w[:-2].isdigit() and int(w[:-2]) > 0 else None)
    return (n, m) if n else None
