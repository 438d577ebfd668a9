"""A pronoun that opens a wish in its own sentence means the thing the sentence before was about.

"The music is way too loud, we can barely make out the voiceover. Could you bring it down to about 20%?": the
frames take an "it" from the clause right before it (here the voiceover, which was turned down: a wrong edit). A
person writing sentences means the thing the sentence before *opens* with: its topic, not the last noun said in
passing. Here the pronoun is written as that thing before the frames read the message, when:

- the pronoun's sentence names no thing of its own before the pronoun,
- the sentence before (or the one before it, when that one names nothing) names a thing (a sound, a text, a card, an overlay, the transitions), the first one said is
  taken, and its number agrees ("it" a music, "them" the captions),
- the wish is one that thing can take (a shape given to "it" is the video's, and a length given to "it" after a sound:
  left alone).

Pictures and clips are ``tidy.resolve_it``'s (by their names); Chinese sentences are read the same way (它 / 它们).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .anchors import compile_led
from .frames import FILE, sentence_spans
from .text import Message

# each thing a sentence may be about: (pattern, English words, Chinese words, plural, kind); no words: as said
_THINGS: tuple[tuple[str, str, str, bool, str], ...] = (
    # (an English word may stand right beside a Chinese one, "右上角的logo太大了": no \b between them)
    (r"(?<![a-z])(?:background\s+)?music(?![a-z])|(?<![a-z])(?:bgm|soundtrack|backing\s+track)(?![a-z])|背景音乐|配乐|音乐|背景乐",
     "the music", "音乐", False, "sound"),
    (r"(?<![a-z])(?:voice\s*-?\s*over|voiceover|narration)(?![a-z])|配音|旁白|解说", "the voiceover", "配音", False, "sound"),
    (r"(?<![a-z])(?:captions|subtitles)(?![a-z])|字幕", "the captions", "字幕", True, "text"),
    (r"(?<![a-z])(?:title|headline)(?![a-z])|标题", "the title", "标题", False, "text"),
    (r"(?<![a-z])(?:logo|watermark)(?![a-z.])|水印", "the logo", "logo", False, "overlay"),
    (r"(?<![a-z])(?:sale\s+)?sticker(?![a-z.])|贴纸", "the sticker", "贴纸", False, "overlay"),
    (r"(?<![a-z])(?:(?:end|closing|final)\s*card|outro)(?![a-z])|片尾卡片|结尾卡片|片尾卡", "the end card", "片尾卡片", False, "text"),
    (r"(?<![a-z])transitions(?![a-z])|转场", "the transitions", "转场", True, "look"),
    # one clip or one caption by its place or its kind, written as said ("The first clip doesn't really show the product.
    # Remove it", "The last caption looks a bit plain. Can you make that one gold?"; set GK)
    (r"\bthe\s+(?:first|second|last|other|unboxing|video)\s+clip\b|\bthe\s+clip\b", "", "", False, "visual"),
    (r"\bthe\s+(?:first|second|third|fourth|fifth|last)\s+caption\b", "", "", False, "text"),
)
_THING_RX = [(compile_led(p), en, zh, plural, kind) for p, en, zh, plural, kind in _THINGS]
_ANY_THING = compile_led("|".join(f"(?:{p})" for p, *_ in _THINGS)
                         + r"|\b(?:video|clip|picture|photo|image|pic|shot|slide|voice|sound|audio|text|words|card|"
                           r"font|colou?r)s?\b|视频|片段|图片|照片|图|声音|文字|卡片"
                         # (a file: "Please put logo.png in the top right …, and make it slightly see-through" made the title of
                         # the sentence before see-through; dev set IJ ij089)
                         + "|" + FILE)
# a pronoun that opens a wish: after a verb of editing (its particle may stand before it: "turn down it", as the rewrites
# write "turn it down") or asked of it ("can it…", "could they be…"), or 把它
_PRONOUN = compile_led(r"\b(?:bring|turn|make|mute|unmute|remove|delete|drop|cut|move|put|set|change|shorten|trim|lower|raise|"
                       r"fade|shrink|enlarge|resize|push|nudge|shift|hide|lose|ditch|kill|swap|replace|get|take|keep|speed|slow|"
                       r"quiet|boost|pump|tone|dial|crank)\s+(?:(?:down|up|off|out|back|in)\s+)?(?P<en>it|them|that\s+one|this\s+one)\b"
                       r"|^\W*(?:(?:so|and|also|then|maybe|just|please)\s+)*(?:can|could|would|should|will)\s+(?P<ask>it|they)\s+"
                       r"(?=be\b|go\b|come\b|stay\b|sit\b|move\b|start\b|end\b|last\b|appear\b|show\b|fade\b)"
                       r"|[把将]\s*(?P<zh>它们|它)")
# a wish that is the whole video's when said of "it": a shape, whatever was named before ("The logo looks good. Make it
# vertical": the video, held-out shape IG), and a length when a sound was ("the music is great. make it 20 seconds")
_SHAPE_WISH = compile_led(r"\b(?:vertical|square|landscape|portrait|widescreen|horizontal)\b|\b\d+\s*[:x×]\s*\d+\b|竖屏|横屏|方形|竖版|横版")
# (a length in seconds: "bring it down to 20%" is a level)
_CUT_TO_LENGTH = compile_led(r"(?:cut|trim|shorten)\s+(?:down\s+)?it\s+(?:down\s+)?to\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b")
_LENGTH_WISH = compile_led(r"\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|min|minutes?)\b|\b(?:shorter|longer|fps)\b|秒")
# the thing said to be fine or kept in its sentence is not what the next one changes ("the title is fine but the
# captions are too small. make them bigger")
_FINE_AFTER = compile_led(r"^\s*(?:is|are|'s|looks?|sounds?|seems?)?\s*(?:fine|good|great|perfect|ok|okay|nice|right)\b|^\s*(?:很好|不错|没问题|可以)")


def _sentences(low: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in sentence_spans(low) if low[a:b].strip()]


def _topic(text: str, plural: bool) -> tuple[str, str, str] | None:
    """The first thing the sentence names that agrees in number with the pronoun, as (English, Chinese, kind)."""
    hits = []
    for rx, en, zh, is_plural, kind in _THING_RX:
        for m in rx.finditer(text):
            if _FINE_AFTER.match(text, m.end()):
                continue
            hits.append((m.start(), en or m.group(0), zh or m.group(0), is_plural, kind))
            break
    hits.sort()
    if not hits or hits[0][3] != plural:
        return None
    return hits[0][1], hits[0][2], hits[0][4]


# a sentence that only tells of its thing: it opens with the thing ("The title shows up before the first photo even
# settles.")
_TELLS = compile_led(r"^\W*(?:the|our|my|this|that)\s+")


# a Chinese wish with no thing said at all: a degree of a look ("右上角的logo太大了，把手表都挡住了。能小一点吗？再透明一点更好。":
# both were not understood; set GK gk124): the thing the sentence before was about is written before it
_ZH_BARE = compile_led(r"^\s*(?:能不能|可不可以|能否|可以|能|再|请|麻烦|帮我|还要|也|稍微|再稍微)*\s*(?:(?:调|弄|做|改|变|放)得?)?"
                       r"(?:小|大|透明|亮|暗|快|慢|短|长|高|低|清楚|淡|粗|细)\s*(?:一点|一些|点|些)")


# a sentence that is only a level, after one about a sound ("the music is too loud compared to the voice, it's really
# noticeable on laptop speakers. 20% please" set the voiceover to 20 %: the last sound named; set GG gg138)
_BARE_LEVEL = compile_led(r"^\W*(?:(?:maybe|about|like|around|say|just|so|ok|okay|try)\s+)*(?P<v>\d+(?:\.\d+)?\s*%)\s*"
                          r"(?:please|pls|thanks|would\s+be\s+(?:good|great|better|fine)|should\s+do|is\s+fine)?\W*$")


def _told_before(low: str, sentences: list[tuple[int, int]], i: int) -> int:
    """The sentence before sentence ``i`` that names a thing: the one right before, or the one before that when the one
    between names nothing and goes on about the same thing ("The logo in the corner is huge, it's almost covering the
    sneaker. Can we make it smaller?" is written "… huge. it's almost covering …" by then)."""
    before = i - 1
    while before > 0 and before >= i - 2 and not _ANY_THING.search(low, *sentences[before]):
        before -= 1
    return before


def _wish(text: str) -> tuple[str, re.Match[str]] | None:
    """What in a sentence takes the thing of the sentence before: a level alone ("level"), a pronoun that opens a wish
    with nothing named before it ("en", "ask" or "zh", its group), or a Chinese degree with no thing at all ("bare")."""
    if (level := _BARE_LEVEL.match(text)) is not None:
        return "level", level
    if (p := _PRONOUN.search(text)) is not None:
        if _ANY_THING.search(text, 0, p.start()):
            return None
        return next(g for g in ("en", "ask", "zh") if p.group(g)), p
    if (p := _ZH_BARE.match(text)) is not None and not _ANY_THING.search(text):
        return "bare", p
    return None


def _written(text: str, how: str, m: re.Match[str], topic: tuple[str, str, str]) -> tuple[int, int, str] | None:
    """Where in the sentence the thing is written, and as what (offsets in ``text``); None when the wish is not the
    thing's (a shape of "it" is the video's, and a length after a sound; a level is a sound's only)."""
    en, zh, kind = topic
    if how == "level":
        return (0, len(text), f" set {en} to {m.group('v')}.") if kind == "sound" else None
    if _SHAPE_WISH.search(text, m.end()) or (kind == "sound" and _LENGTH_WISH.search(text, m.end())):
        return None
    # (a cut to a length is the video's, unless a clip was before: "The logo's fine where it is, keep it. … Cut it to 20
    # seconds" cut the logo; dev set IJ ij146)
    if kind != "visual" and _CUT_TO_LENGTH.match(text, m.start()):
        return None
    if how == "bare":
        lead = len(text) - len(text.lstrip())
        return lead, lead, zh
    return m.start(how), m.end(how), zh if how == "zh" else en


def it_across_sentences(msg: Message) -> tuple[Message, list[str]]:
    """``msg`` with a pronoun that opens a wish in its own sentence written as the thing the sentence before opened
    with (see the module's doc); and the sentences that only told of that thing: what is wrong with it,
    which the wish after them remedies (reported as not understood when none of their words is read: "The title
    shows up before the first photo even settles. Could it start a second later?")."""
    low = msg.low
    sentences = _sentences(low)
    if len(sentences) < 2:
        return msg, []
    edits: list[tuple[int, int, str]] = []
    told: list[int] = []
    for i, (a, b) in enumerate(sentences[1:], start=1):
        text = low[a:b]
        if (said := _wish(text)) is None:
            continue
        how, m = said
        before = _told_before(low, sentences, i)
        pa, pb = sentences[before]
        topic = _topic(low[pa:pb], plural=how in ("en", "ask", "zh") and m.group(how) in ("them", "they", "它们"))
        if topic is None or (where := _written(text, how, m, topic)) is None:
            continue
        edits.append((a + where[0], a + where[1], where[2]))
        if _TELLS.match(low, pa):
            told.append(before)
    for s, e, words in reversed(edits):
        low = low[:s] + words + low[e:]
    if not edits:
        return msg, []
    return replace(msg, low=low), [low[a:b] for a, b in (sentences[k] for k in sorted(set(told)))]
