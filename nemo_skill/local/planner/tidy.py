"""Before reading: polite filler out, and a one-letter typo in a word of five or more letters corrected.

Only the lower-case reading text (``Message.low``) changes; quoted text is a placeholder there and file
names are left alone, so both stay verbatim. A typo is corrected only to a single vocabulary word at
one edit (a letter added, dropped, changed or two swapped); a word the session's files or the draft
use is never "corrected".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from ...draft.timeline import ROLE_MUSIC, ROLE_VOICE
from . import vocab
from .anchors import Anchors, Finder, Needs, cached, cached_needs, compile_led, longest, missing
from .asides import asides
from .card_focus import card_focus
from .kit_list import brand_runs, kit_lists
from .messages import EN_WORDS
from .order_list import place_lists
from .relay import speakers
from .same_as import same_values
from .spans import overlay_spans, title_spans
from .text import NOT_CTA_BEFORE, Message, letters_in, letters_needed
from .types import PlannerMedia

# the words a one-letter typo is corrected in: five letters or more, never part of a file's name or an address (one pattern
# for the tidying and for where unquoted words end, ``unquoted.words_end``, which reads the rest as the tidying will)
# (a stop after the word ends its sentence, no file's name: "… on a black backgound." was not corrected; dev set ED ed244)
CORRECTABLE = compile_led(r"(?<![\w.\-/\\])[a-z]{5,}(?![\w\-/\\]|\.\w)")
# a word said stretched, a letter typed three times or more ("soooo tiny", "waaay too loud", "tooo big"): no English word
# has a letter three times running (set CS cs003 "the captions are soooo tiny" was not understood). Not a colour's hex
# ("#ffffff"), a file or an address ("www.")
_STRETCHED = compile_led(r"(?<![\w.\-/\\#@])[a-z]*([a-z])\1\1[a-z]*(?![\w.\-/\\@])")
_RUN = compile_led(r"([a-z])\1{2,}")


def _unstretched(word: str) -> str:
    """``word`` with each run of one letter cut to two letters ("tooo": "too"), or else to one ("soooo": "so"), when that
    is a word the planner knows; else ``word``."""
    if word in known_words() or re.fullmatch(r"x+[sl]", word):  # a size's name ("xxxl") is no stretched word
        return word
    for repl in (r"\1\1", r"\1"):
        plain = _RUN.sub(repl, word)
        if plain in known_words():
            return plain
    return word


@lru_cache(maxsize=1)
def _filler() -> re.Pattern[str]:
    en = sorted(vocab.FILLER_EN, key=longest)
    zh = sorted(vocab.FILLER_ZH, key=longest)
    # (the first characters first: a position no phrase starts at fails on one character class, not on ~150
    # alternatives; 3.6 -> 0.8 ms on a 4000-character message)
    first = re.escape("".join(sorted({p[0] for p in en + zh})))
    # ("the title disappears too quickly": after too/so/very the adverb is what is said, not filler)
    # (nor thanks the video ends with: "end with Thank you, make it longer" dropped the card unsaid; set DR)
    # (nor the "now" of a call to action: "add an end card that says Shop now, with our website … under it" said 'Shop';
    # dev set EI ei018)
    not_cta = NOT_CTA_BEFORE.format(sp=r"\s")
    return compile_led(rf"(?=[{first}])(?<!\btoo\s)(?<!\bso\s)(?<!\bvery\s)(?<!\bwith\s)(?<!\bend\son\s)"
                       rf"(?:(?!now\b)|{not_cta})(?:(?<![a-z0-9'])(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in en)
                      + r")(?![a-z0-9'])|" + _SAID_THANKS + "(?:" + "|".join(map(re.escape, zh)) + "))")


# "结尾写谢谢观看": thanks written on the screen are the text, not polite filler (the end card lost its words and was made
# with the default ones)
_SAID_THANKS = r"(?!(?:谢谢|感谢|多谢)\s*(?:观看|收看|观赏|关注|支持|光临|惠顾|您的|你的|大家|各位))"


# a short word ending in one vowel and one consonant, which doubles it before -ing / -ed ("crop": "cropping")
_DOUBLES = re.compile(r"[^aeiou]{1,2}[aeiou][bdgklmnprt]")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    words: set[str] = set(EN_WORDS) | set(vocab.EXTRA_WORDS)
    tables = [vocab.TARGETS, vocab.OPS, vocab.POSITIONS]
    phrases = [p for t in tables for en, _ in t.values() for p in en]
    phrases += list(vocab.FIT_CONTAIN[0]) + list(vocab.FIT_COVER[0]) + list(vocab.FILLER_EN)
    phrases += list(vocab.EXTRA_WORDS) + list(vocab.PLAIN_WORDS)  # and their inflections ("customers")
    for p in phrases:
        for w in re.findall(r"[a-z]+", p):
            # (a short word ending in one vowel and a consonant doubles it: "croping", "droped" are slips of "cropping",
            # "dropped", and were known words, never corrected: "stop croping the pictures" was not read; set GM gm092)
            doubles = _DOUBLES.fullmatch(w) is not None
            words |= {w, w + "s", w + "d"} | (set() if doubles else {w + "ed", w + "ing"})
            if re.search(r"(?:s|x|z|ch|sh|o)$", w):  # "boxes", not "fores" (which would swallow "forest")
                words.add(w + "es")
            if w.endswith("e"):
                words.add(w[:-1] + "ing")
            if doubles:  # "pop": "popping", "popped" (never "corrected")
                words |= {w + w[-1] + "ing", w + w[-1] + "ed", w + w[-1] + "er"}
    return frozenset(words)


def _words(phrases: list[str]) -> set[str]:
    return {w for p in phrases for w in re.findall(r"[a-z]+", p)}


@lru_cache(maxsize=1)
def _targets() -> frozenset[str]:
    """The words a typo may be corrected to: the vocabulary's words, its verbs' inflections and its nouns'
    plurals, not every form ``known_words`` protects ("during" became "suring", a form made from "sure")."""
    ops = _words([p for en, _ in vocab.OPS.values() for p in en])
    nouns = _words([p for en, _ in vocab.TARGETS.values() for p in en] + list(vocab.EXTRA_WORDS))
    bases = set(EN_WORDS) | set(vocab.EXTRA_WORDS) | ops | nouns | _words(
        [p for en, _ in vocab.POSITIONS.values() for p in en] + list(vocab.FIT_CONTAIN[0]) + list(vocab.FIT_COVER[0]))
    # (a word of three letters doubles its last before -ed / -ing: "biged" is no form of "big", and "biger" stayed a typo
    # between it and "bigger")
    # (no forms of a plain word: "quites" and "quited", made from the "quite" of an operation's phrase, made "quiter"
    # a typo of three words, not of "quieter", and it was left unread; set AA em52)
    plain = set(vocab.PLAIN_WORDS)
    forms = {f for w in ops - plain for f in ((w + "s", w + "ed", w + "ing", w + "d", w[:-1] + "ing" if w.endswith("e") else w)
                                      if len(w) > 3 and not _DOUBLES.fullmatch(w)
                                      else (w + "s", w + w[-1] + "ed", w + w[-1] + "ing"))}
    plurals = {w + "s" for w in nouns - plain} | {w + "es" for w in nouns - plain if re.search(r"(?:s|x|z|ch|sh)$", w)}
    return frozenset((bases | (forms | plurals) & known_words()) - plain)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    """Every vocabulary word of five or more letters under each of its one-letter deletions (and itself)."""
    index: dict[str, set[str]] = {}
    for w in _targets():
        if len(w) >= 5:
            for d in _deletes(w) | {w}:
                index.setdefault(d, set()).add(w)
    return {k: frozenset(v) for k, v in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """Exactly one insertion, deletion, substitution or swap of neighbours apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _name_slip(word: str, name: str) -> bool:
    """``word`` is ``name`` typed with a slip. A letter swapped for another only in a long word: a name's word may
    be an everyday word one letter off ("could the cuts match the rhythm" became "watch" of green-watch.jpg)."""
    if len(word) == len(name) and sum(a != b for a, b in zip(word, name, strict=True)) == 1:
        return len(word) >= 8
    return _one_edit(word, name)


@lru_cache(maxsize=1)
def _degree_dropped() -> dict[str, str]:
    """Each word of degree with one letter left out -> the word (``vocab.DEGREE_DROPPED``)."""
    return {d: w for w in vocab.DEGREE_DROPPED for d in _deletes(w) if d not in known_words()}


@lru_cache(maxsize=1)
def common_english() -> frozenset[str]:
    """The English words people write at least once in a million words (wordfreq's "small" list, Zipf >= 3). Such a
    word is never a slip: the corrector made 60 kinds of real words into vocabulary over the dev sets ("hanging" ->
    "changing", "shouting" -> "shorting", "blank" -> "black", "older" -> "bolder", "years" -> "hears"; set HR hr064
    moved a picture for "the title just hanging in the middle of the sneaker"). The slips it is for are rarer than that
    ("tittle" 2.6, "lauder" 2.9, "musik" 2.6, "titel" 1.6). Loaded once: ~0.2 s, mostly wordfreq's import."""
    # (the planner's one use of it, imported here: an extra of the engine's, never the client's)
    from wordfreq import get_frequency_dict

    return frozenset(w for w in get_frequency_dict("en", "small") if w.isascii() and w.isalpha())


def correct(word: str, protected: frozenset[str] = frozenset()) -> str:
    """The one vocabulary word ``word`` is a one-letter typo of, else ``word``."""
    if word in known_words() or word in protected or word in common_english():
        return word
    dropped = _degree_dropped().get(word)
    if dropped is not None:  # ("a litle louder": "little", never "title")
        return dropped
    index = _index()
    found: set[str] = set(index.get(word, ()))
    for d in _deletes(word):
        found |= index.get(d, frozenset())
    found = {w for w in found if _one_edit(word, w)}
    # a picture's own name typed with a slip ("remove the headphnes" of silver-headphones.jpg; set K rm05)
    found |= {w for w in protected if _name_slip(word, w)}
    if len(found) > 1:  # "narraton": narration or narrator, both the voice -> either will do
        groups = {_group().get(w) for w in found}
        if len(groups) == 1 and None not in groups:
            return min(found)
        # a letter left out is the slip people make most: "shortr" is "shorter" (not "short" or "shorts", one letter
        # more or another; set CM cm014 was not understood), when only one word is that
        missing = [w for w in found if len(w) == len(word) + 1]
        if len(missing) == 1 and len(word) >= 5:
            return missing[0]
    return found.pop() if len(found) == 1 else word


@lru_cache(maxsize=1)
def _group() -> dict[str, str]:
    """Word -> the target or operation it names (words in several groups are left out)."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for table in (vocab.TARGETS, vocab.OPS):
        for key, (en, _) in table.items():
            for p in en:
                if " " in p:
                    continue
                for w in (p, p + "s"):
                    if w in seen and out.get(w) != key:
                        out.pop(w, None)
                        continue
                    seen.add(w)
                    out[w] = key
    return out


# (the object never runs past "and"/"then": "trim the clip to 5 seconds and slow down the clip" became "trim down the
# clip … slow the clip", the video 5 s long and the speed dropped)
_PHRASAL = compile_led(
    r"\b(?P<verb>" + "|".join(sorted({v for v, _ in vocab.PHRASAL})) + r")\s+"
    r"(?P<obj>(?:the|that|this|it|them|all|my|our|every|each|any)\b(?:(?!\s(?:and|then)\s)[^,.;!?\ue000]){0,40}?)\s+"
    r"(?P<part>" + "|".join(sorted({p for _, p in vocab.PHRASAL})) + r")\b")
_BETWEEN = compile_led(r"\bbetween\s+(\d+(?:\.\d+)?)\s*(s|secs?|seconds?)?\s+and\s+(\d+(?:\.\d+)?)")


@lru_cache(maxsize=1)
def _rewrites() -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern, replacement, what it needs: ``text.letters_needed``): a message without Latin letters skips the rewrites
    written in English, one without Chinese those written in Chinese (tests/test_planner_chinese_forms.py checks
    both on the corpus). A 4000-character Chinese message: 10 -> 2 ms; an English one: 11 -> 7 ms."""
    return [(compile_led(p), r, letters_needed(p)) for p, r in vocab.REWRITES]


@lru_cache(maxsize=1)
def _rewrite_anchors() -> list[Anchors]:
    """Each rewrite's anchors: a message without any of them (``anchors``: "instead", "rather" for "… instead of the
    middle") skips it too, one substring search instead of a regex tried at every position: tidy 0.6 -> 0.35 ms a
    message, 36 -> 13 ms on 4000 characters (tests/test_planner_back_on.py reads every corpus message with and without)."""
    return [cached(p) for p, _ in vocab.REWRITES]


@lru_cache(maxsize=1)
def _rewrite_needs() -> list[Needs]:
    """Each rewrite's requirements (``anchors.needs``: its anchors are the most selective of them): a message must meet
    them all."""
    return [cached_needs(p) for p, _ in vocab.REWRITES]


@lru_cache(maxsize=1)
def _rewrite_index() -> tuple[Finder, dict[str, list[int]], list[int]]:
    """The rewrites by anchor word (their positions in ``_rewrites()``), a finder of those words and of every word the
    rewrites need, and the rewrites without anchors (always tried)."""
    by_word: dict[str, list[int]] = {}
    always: list[int] = []
    for k, anchored in enumerate(_rewrite_anchors()):
        if anchored is None:
            always.append(k)
        for w in anchored or ():
            by_word.setdefault(w, []).append(k)
    needed = {w for found in _rewrite_needs() for need in found for w in need}
    return Finder(needed | set(by_word)), by_word, always


def _due(low: str) -> list[int]:
    """The rewrites whose requirements ``low`` meets, in order: the message's words looked up once (``anchors.Finder``)
    instead of every rewrite's anchors searched for in it: tidy 7.7 -> 1.3 ms a corpus message, side by side on a
    loaded machine (short messages paid for the 3535 substring tests, not the rewrites)."""
    finder, by_word, always = _rewrite_index()
    needs = _rewrite_needs()
    found = finder.found(low)
    due = set(always)
    for w in found & by_word.keys():
        due.update(by_word[w])
    return sorted(k for k in due if all(any(w in found for w in need) for need in needs[k]))


def _phrasal(m: re.Match[str]) -> str:
    if re.search(r"\b(?:to|at|into|onto|in|on|toward|towards)(?:\s+the)?(?:\s+very)?$", m.group("obj")):
        return m.group(0)  # "bring the sneaker to the back": a place ("the back"), not a particle
    verb = vocab.PHRASAL.get((m.group("verb"), m.group("part")))
    return f"{verb} {m.group('obj')}" if verb else m.group(0)


def tidy(msg: Message, protected: frozenset[str] = frozenset(), use_anchors: bool = True) -> Message:
    """``msg`` with filler blanked and typos corrected in its reading text."""
    low = _STRETCHED.sub(lambda m: _unstretched(m.group(0)), msg.low)
    low = CORRECTABLE.sub(lambda m: correct(m.group(0), protected), low)
    low = _PHRASAL.sub(_phrasal, low)
    low = asides(low)  # (set EO: "music (lofi.mp3) -> 0.2", "(leave clip.mp4 at 100%)": said in passing, no wish)
    low = speakers(low)  # (sets EN, EP, HW: whoever relays the wish, "My boss says", "同事看完说", is the one speaker the rewrites know)
    low = same_values(low)  # (set EY: "give the captions the same colour", "和标题一样的字体": the look named before)
    low = brand_runs(kit_lists(low))  # (sets EF ef040 ef044 ef050 ef090; EK, EI: a kit said as a run of parts)
    low = card_focus(low)  # (sets EK, EI: an end card's parts said in the clauses after it)
    low = place_lists(low)  # (set EG eg105: an order said as a list of places)
    has = letters_in(low)
    rewrites, needs = _rewrites(), _rewrite_needs()
    due = _due(low) if use_anchors else list(range(len(rewrites)))
    changed = False
    i = 0
    while i < len(due):  # before the filler goes: "换一下位置" needs its 一下
        k = due[i]
        i += 1
        pattern, repl, letters = rewrites[k]
        if not has[letters] or (changed and missing(needs[k], low)) or pattern.search(low) is None:
            # (searched before subn: subn parses its template before it looks, and re keeps 512 of the 3058 parsed, so
            # each rewrite that did not match cost 10.6 µs, searched 1.2 µs: measured over the corpus without anchors)
            continue
        low, n = pattern.subn(repl, low)
        if n:  # (a rewrite may write words of the other language: "不要闪避" -> ...)
            has = {key: v or letters_in(low)[key] for key, v in has.items()}
            if use_anchors and not changed:
                # (it may write words a later rewrite is anchored on, or take some away: from here on each later
                # rewrite's anchors are looked for in the text as it is now, as before the finder. Most corpus messages
                # have no rewrite that writes; a 4000-character one has dozens, and finding every word again after each
                # measured no different)
                changed = True
                due[i:] = range(k + 1, len(rewrites))
    low = card_focus(low)  # (again: the rewrites write the card's other names as its own, "视频结尾需要一个…的画面", set EK ek106)
    low = _filler().sub(lambda m: " " * len(m.group(0)), low)
    low = re.sub(r"(\d+)\s*分\s*(?=\d+\s*秒)", r"\1分钟", low)  # 1分30秒
    low = _BETWEEN.sub(lambda m: f"from {m.group(1)}{m.group(2) or ''} to {m.group(3)}", low)
    low = title_spans(low)  # (sets CT ct052, ct061, ct065: a title's span said in words)
    low = overlay_spans(low)  # (sets CT ct090 ct091 ct092 ct093 ct095: an overlay's)
    return replace(msg, low=low)


_PRONOUN = compile_led(r"\b(?P<verb>move|put|place|use|swap|remove|delete|drop|bring|shift|insert|add|include|take|mute|trim|cut)\s+"
                      r"(?P<it>it|them)\b"
                      # "put the watch first, and make its caption say 'Bestseller'": the caption of the picture named
                      # (set AF af003 left it unread)
                      r"|\b(?P<its>its)\s+(?=(?:caption|subtitle|label|text\s+overlay)\b)"
                      # "the cap is sold out, take that photo out": "that photo" after a verb of the pictures is the one
                      # named before, as 那张 is (set CK ck008 asked what "that photo" was)
                      r"|\b(?:move|put|place|use|swap|remove|delete|drop|bring|shift|take|trim|cut|ditch|lose|kill)\s+"
                      r"(?P<ethat>(?:that|this)\s+(?:photo|picture|pic|image|shot|slide|one))\b(?!\s+(?:of|with|from|at|in)\b)"
                      # "手表那张不错，把它放到最前面": 把它 before a verb of the pictures is the one named before (it asked
                      # which of every picture)
                      r"|[把将]\s*(?P<zit>它)(?=\s*(?:放|挪|移|删|换|去掉|拿掉|加|插|调到|排|静音|剪))"
                      # "红色运动鞋卖得最好，请把它的字幕改为…": 它的字幕 is the caption of the picture named before, as "its
                      # caption" is (set CI ci090 looked for a picture named after the new words)
                      r"|(?P<zits>它)(?=\s*的\s*(?:字幕|标签|说明文字))"
                      # "手表和戒指，把它们放到最后": 它们 is the pictures named together before it (it looked for a picture
                      # called 它们; wave 31 fixer C)
                      r"|[把将]\s*(?P<zthem>它们)(?=\s*(?:都|也|全)?\s*(?:放|挪|移|删|换|去掉|拿掉|加|插|调到|排|静音|剪))"
                      # "帽子卖完了，那张删掉": 那张 opening a clause is the one picture named before (set CG cg234 asked which)
                      r"|(?:(?<=[,，;；。])|^)\s*(?:[把将]\s*)?(?P<zthat>(?:那|这)\s*(?:1\s*)?张(?:图片|照片|图)?)(?=\s*(?:也)?\s*(?:删|去掉|拿掉|放到|挪到|移到|换掉))"
                      # "戒指是爆款，放第一张": a clause of a place alone, or of a removal alone, is said of the picture named
                      # before it (set CG cg233 was not understood); never a verb with an object of its own ("删掉音乐")
                      r"|(?:(?<=[,，;；。])|^)\s*(?P<zbare>)(?=(?:就|那就|直接)?\s*(?:(?:放|移到|挪到|放到|排到|调到|放在|排在|移至)\s*"
                      r"(?:第\s*\d+\s*(?:张|个|位)|最前面?|最后面?|最开始|最开头|开头|最后\s*(?:1\s*(?:张|个))?)|(?:删掉|删了|删除|去掉|拿掉))"
                      r"\s*(?:吧|了|去)?\s*(?:$|[,，。;；!！]))")


_SEVERAL_ZH = compile_led(r"和|与|跟|及|、|[,，]|\band\b")
_REMOVAL_NEXT = compile_led(r"\s*(?:就|那就|直接)?\s*(?:删掉|删了|删除|去掉|拿掉)")
_TOGETHER_ZH = compile_led(r"^[^，,。；;！!？?]*?(?:和|与|跟|及|、)[^，,。；;！!？?]*$")


def _joined_removed(low: str, p: re.Match[str], said: list[tuple[int, str]]) -> tuple[str, tuple[int, int]] | None:
    """The names said together in the one clause before a bare removal (``resolve_it``), joined by 和, and that clause's
    span; else None."""
    if not _REMOVAL_NEXT.match(low, p.end("zbare")):
        return None
    cut = max((k for k in (low.rfind(c, 0, p.start()) for c in "，,") if k >= 0), default=-1)
    start = max((low.rfind(c, 0, cut) for c in "，,。；;！!？?"), default=-1) + 1
    if cut < 0 or not _TOGETHER_ZH.match(low[start:cut]):
        return None
    names = [text for at, text in said if start <= at < cut]
    return ("和".join(dict.fromkeys(names)), (start, cut)) if len(set(names)) > 1 else None


# what 它 may be after a picture named: a text, a sound or an overlay said between them is it
_OTHER_THING_ZH = compile_led(r"字幕|标题|文字|音乐|配音|声音|水印|贴纸|logo|标志|转场|结尾|片尾")
# a picture named as what a text or an overlay covers ("the title's covering the shoe", "标题挡住鞋子了"): the "it" after
# is the thing that covers (the picture was moved instead; set CD cd053)
_COVERED = compile_led(r"(?:字幕|标题|文字|文案|水印|贴纸|logo|title|headline|captions?|subtitles?|text|sticker)\s*"
                       r"(?:'s\s+|\s+is\s+|\s+are\s+)?(?:把\s*)?(?:挡住了?|遮住了?|盖住了?|挡到了?|遮到了?|遮挡了?|压住了?|covers?|covering"
                       r"|blocks?|blocking|hides?|hiding|overlaps?|overlapping|over|on\s+top\s+of)\s*(?:the\s+|our\s+|my\s+)?$"
                       # where the text sits on the picture: "the title just hanging in the middle of the sneaker is weird,
                       # can you move it to the bottom?" (set HR hr064 moved the sneaker last)
                       r"|\b(?:title|headline|captions?|subtitles?|text|logo|sticker)\s+(?:[a-z']+\s+){0,3}?(?:in|at|across)\s+"
                       r"the\s+(?:middle|centre|center|top|bottom)\s+of\s+(?:the\s+|our\s+|my\s+)?$")


# another thing named in a part of its own between a picture and "it" (``resolve_it``): "it" is that thing
# (never one said not wanted: "only wants the sale sticker, no logo. put it bottom right"; dev set HV hv065)
_OTHER_THING_EN = compile_led(r"(?<!\bno\s)(?<!\bnot\s)(?<!\bwithout\s)\b(?:title|headline|captions?|subtitles?|music|song|voice\s*-?\s*over|voiceover"
                              r"|narration|logo|sticker|watermark|transitions?|end\s*card|font)\b")
_PART_BREAK = compile_led(r"[.;!?,]|\b(?:and|then|also)\b")
# a picture named as the owner of its caption: "the caption on the watch photo", "the watch photo's caption"
_CAPTION_OF = compile_led(r"\b(?:caption|subtitle|label)\s+(?:on|of|for|under|below|over)\b"
                         r"|(?:'s|\bphoto|\bpicture|\bimage|\bpic|\bshot)\s+(?:caption|subtitle|label)\b")
_SENTENCE_END = compile_led(r"[.;!?。；！？]")
# a picture said forgotten: "that one" after it may be an upload not on the timeline (``assets``), never guessed here
_FORGOTTEN = compile_led(r"\b(?:forgot|forget|forgotten|left\s+out|missed|missing)\b")


def _sentence_start(low: str, at: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(low, 0, at)), default=0)


def _plural(p: re.Match[str], word: str) -> bool:
    """Whether the pronoun matched is plural ("them", 它们); "it", 它, 那张 and a bare clause are one thing."""
    return word == "zthem" or (word == "it" and p.group("it") == "them")


def resolve_it(msg: Message, names: re.Pattern[str] | None, files: re.Pattern[str]) -> Message:
    """"Our hero product is the headphones, so move them to the front", "lifestyle.jpg tells the story better:
    use it instead of the watch photo": "it" after a verb is the one picture or file named before it in the
    message. With none, or two different ones, before it, "it" stays (and a question follows)."""
    low = msg.low
    found = [m for m in _PRONOUN.finditer(low)]
    if not found:
        return msg
    spans = sorted({(m.start(), m.end()) for rx in (names, files) if rx is not None for m in rx.finditer(low)})
    # one name said as a name and as a file ("black-cap" in "black-cap.jpg") is one
    said = [(a, low[a:b].strip()) for a, b in spans if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)]
    for p in reversed(found):
        before = {text for at, text in said if at < p.start()}
        if len(before) > 1 and p.group("zbare") is not None and (together := _joined_removed(low, p, said)):
            joined, joined_span = together
            # "第二张背包和第四张帽子感觉跟主题不太搭，帮我删掉吧": a removal alone after pictures named together in the
            # clause before is of them all (set EG eg046 removed the first and named the rest not understood)
            low = low[:p.start("zbare")] + "把" + joined + low[p.end("zbare"):]
            start, cut = joined_span
            low = low[:start] + " " * (cut - start) + low[cut:]  # (the clause that named them is the removal's: read)
            continue
        if len(before) != 1:
            continue
        last = max(at + len(text) for at, text in said if at < p.start())
        named_at = max(at for at, _ in said if at < p.start())
        if _COVERED.search(low, max(0, named_at - 60), named_at):
            continue  # "标题挡住鞋子了，把它放到底部": 它 is the text that covers, never the picture covered (set CD cd053's kind)
        if (p.group("zit") or p.group("zthat") or p.group("zbare") is not None) and _OTHER_THING_ZH.search(low, last, p.start()):
            continue  # "手表那张的字幕，把它删掉": 它 is the caption named after the picture (it removed the picture)
        if p.group("it") and _CAPTION_OF.search(low[_sentence_start(low, last):p.start()]):
            continue  # "the caption on the watch photo, delete it": the caption (it removed the picture)
        if p.group("it") and (other := _OTHER_THING_EN.search(low, last, p.start())) and _PART_BREAK.search(low, last, other.start()):
            # "add gold-ring.jpg at the end. Also make the title smaller and move it to the bottom": "it" is the title named
            # in a part of its own after the picture (the ring was laid over the video at the bottom; dev set IH ih025)
            continue
        if p.group("ethat") and _FORGOTTEN.search(low, _sentence_start(low, named_at), p.start()):
            continue  # "i forgot the cap, put that one first" of a cap on the timeline: which one is asked (wave32_p)
        word = next((g for g in ("its", "zits", "zit", "zthem", "zthat", "zbare", "ethat") if p.group(g) is not None), "it")
        if word != "its" and _SEVERAL_ZH.search(next(iter(before))) and not _plural(p, word):
            # "背包和手表，那张删掉", "背包和手表，把它删掉", "the backpack and the watch, delete it": one of the two, which is
            # asked (both were removed; wave 31 fixer C row 5); "them", 它们 are both ("its" stays: the edit says it takes one)
            continue
        low = low[:p.start(word)] + ("把" if word in ("zthat", "zbare") and not low[:p.start(word)].rstrip().endswith(("把", "将")) else "") \
            + before.pop() + low[p.end(word):]
    return replace(msg, low=low)


# "those two" after a sentence that named two pictures: "My client replied 'the backpack and the watch go by way too fast'.
# Can you give each of those two 8 seconds?" (unread; the complaint alone made them 13 s each: dev set HV hv024)
_NAME_RUN = re.compile(r"\s*(?:,|\band\b|&|和|、)\s*")
_THOSE_TWO = compile_led(r"\b(?:each\s+of\s+)?(?:those|these)\s+(?:two|2)(?:\s+(?:pictures|photos|pics|images|ones|shots|products))?\b")


def resolve_those_two(msg: Message, names: re.Pattern[str] | None, files: re.Pattern[str]) -> Message:
    """"those two" written as the two pictures or files named before it, when exactly two were (else it stays)."""
    low = msg.low
    found = list(_THOSE_TWO.finditer(low)) if "two" in low or " 2" in low else []
    for p in reversed(found):
        said = sorted({(m.start(), m.group(0).strip()) for rx in (names, files) if rx is not None for m in rx.finditer(low, 0, p.start())})
        # (a run of names is one match: "the backpack and the watch")
        words = list(dict.fromkeys(w for _, text in said for w in _NAME_RUN.split(text) if w.strip()))
        if len(words) == 2:
            low = low[:p.start()] + f"{words[0]} and {words[1]}" + low[p.end():]
    return replace(msg, low=low) if found else msg


# --- "its sound": whose sound a pronoun names --------------------------------------------------------------------
# "its sound / its audio / its volume / 它的声音" the vocabulary rewrites left (no one clip named before it with no other
# sound between) would be read as "sound" alone, every sound: "Put the unboxing clip first. Then lower the music and mute
# its sound" muted the music and both clips (wave 31 fixer B, row 1). A pronoun names one thing said before it, never all.
_ITS_SOUND = compile_led(r"(?P<turn>\b(?:turn|bring)\s+)?\bits\s+(?:own\s+)?(?:sound|audio|volume)\b(?(turn)\s+(?P<dir>up|down)\b)"
                         r"|(?:它|其)的?\s*(?:声音|音量|原声)")
# the sounds a pronoun may mean, said before it (each group one thing, whatever its word)
_SOUNDS_SAID = compile_led(r"\b(?:the\s+|our\s+|my\s+)?(?P<music>(?:background\s+)?music|bgm|song|soundtrack|backing\s+track)\b"
                           r"|\b(?:the\s+|our\s+|my\s+)?(?P<voice>voice\s*-?\s*over|voiceover|voice|narration|narrator)\b"
                           r"|\b(?P<clip>(?:the|that|this)\s+(?:video\s+)?(?:clip|footage))\b(?!s)"
                           r"|(?P<zmusic>背景音乐|音乐|配乐|背景乐)|(?P<zvoice>旁白|配音|人声|解说)|(?P<zclip>(?:那|这)(?:个|段)(?:视频|片段))")
# a sound given a wish of its own where it is said ("lower the music", "音乐调小") is done: the pronoun after is another
# thing's (muting the music just lowered is no reading; set row 1 of wave 31 B)
_OWN_WISH_BEFORE = compile_led(r"\b(?:lower|raise|mute|silence|quiet(?:en)?|soften|boost|reduce|increase|drop|kill|turn|"
                               r"bring|fade|duck|cut|remove|delete|lose)\s+(?:down\s+|up\s+|off\s+|out\s+)?"
                               r"(?:the\s+|our\s+|my\s+)?(?:background\s+)?$")
_OWN_WISH_AFTER = compile_led(r"\s+(?:a\s+(?:bit|little)\s+|much\s+)?(?:quieter|louder|softer|lower|higher|down|up|off)\b|\s*(?:的)?\s*(?:声音|音量)?\s*(?:调小|调低|调大|调高|降低|提高|减小|增大|放大|小一点|大一点|小点|大点|"
                              r"静音|关掉|去掉|删掉)")


_TRACK_WORDS = {"music": ("the music", "音乐"), "voice": ("the voiceover", "旁白")}


def _sounds_before(low: str, at: int, names: re.Pattern[str] | None, files: re.Pattern[str]) -> dict[str, str]:
    """The things with a sound said before ``at`` that a pronoun there may mean, each once, by its key (a name as said,
    "music", "voice", "clip") and the words to write for it; a music or voice given its own wish where said is left out."""
    said: dict[str, str] = {}
    for rx in (names, files):
        for m in rx.finditer(low, 0, at) if rx is not None else ():
            said.setdefault(m.group(0).strip(), m.group(0).strip())
    # one name said as a name and as a file ("black-cap" in "black-cap.jpg") is one
    said = {k: v for k, v in said.items() if not any(k != o and k in o for o in said)}
    for m in _SOUNDS_SAID.finditer(low, 0, at):
        key = next(g for g in ("music", "voice", "clip", "zmusic", "zvoice", "zclip") if m.group(g))
        if key in ("music", "voice", "zmusic", "zvoice") and (_OWN_WISH_BEFORE.search(low, max(0, m.start() - 30), m.start())
                                                              or _OWN_WISH_AFTER.match(low, m.end())):
            continue
        said.setdefault(key.lstrip("z"), m.group(0).strip())
    return said


def its_sound(msg: Message, names: re.Pattern[str] | None, files: re.Pattern[str]) -> tuple[Message, list[str]]:
    """"its sound" left by the rewrites: of the one thing with a sound said before it, written as that thing's sound;
    of none, "it" (asked of like "mute it"); of several, the choices (asked, nothing changed)."""
    low = msg.low
    found = list(_ITS_SOUND.finditer(low))
    for p in reversed(found):
        said = _sounds_before(low, p.start(), names, files)
        if len(said) > 1:
            return msg, list(said.values())
        zh = not p.group(0).startswith(("its", "turn", "bring"))
        thing = next(iter(said.items()), None)
        if thing is None:
            new = "它" if zh else (f"{p.group('turn')}it {p.group('dir')}" if p.group("turn") else "it")
        elif thing[0] in ("music", "voice"):  # "the music is too loud, mute its sound": the music
            word = _TRACK_WORDS[thing[0]][zh]
            new = f"{p.group('turn')}{word} {p.group('dir')}" if p.group("turn") else word
        elif zh:
            new = f"{thing[1]}的声音"
        else:
            sound = "the clip's sound" if thing[0] == "clip" else f"the sound of {thing[1]}"
            new = f"turn {p.group('dir')} {sound}" if p.group("turn") else sound
        low = low[:p.start()] + new + low[p.end():]
    return replace(msg, low=low), []


@lru_cache(maxsize=1)
def _product_rx() -> re.Pattern[str]:
    colours = "".join(vocab.NAME_COLOURS_ZH)
    nouns = "|".join(sorted(map(re.escape, vocab.PRODUCT_NOUNS), key=longest))
    return compile_led(rf"(?P<c>[{colours}](?:色的?|色)?)?(?P<n>{nouns})")


# "表那张挪到最前面", "把黑帽的图删了": a one-character noun is a picture's only before a word for its picture, and not
# inside a longer word ("钱包那张" is no backpack); the long nouns are read first (set AR/AS: "表那张" asked what "it" was)
_SHORT_NOUN_CHARS = frozenset(vocab.PRODUCT_NOUNS_SHORT)


@lru_cache(maxsize=1)
def _short_product_rx() -> re.Pattern[str]:
    colours = "".join(vocab.NAME_COLOURS_ZH)
    nouns = "|".join(map(re.escape, vocab.PRODUCT_NOUNS_SHORT))
    return compile_led(rf"(?:(?<![\u4e00-\u9fff])|(?<=[把将和与跟、删]))(?P<c>[{colours}](?:色的?|色)?)?(?P<n>{nouns})"
                      r"(?=\s*(?:那张|这张|那个图|的图|的照片|图片|照片))"
                      # or the whole thing of 把 before a verb that moves or removes it ("把表放第一个": set CJ cj202
                      # found no "表" and moved only the shoes); never inside a word ("把表情…", "把包装…")
                      rf"|(?<=[把将])(?P<c2>[{colours}](?:色的?|色)?)?(?P<n2>{nouns})"
                      r"(?=\s*(?:放|移|挪|删|去掉|拿掉|拿走|排|调到|换到))")


# a text's new words start after these, up to the end of the clause
# ("第二张图字幕写双肩包": 写 alone too, set U cap13 read 双肩包 as the backpack picture's name)
_NEW_TEXT = compile_led(r"(?:改成|改为|换成|写成|写着|写上|写|显示|设为|设成|叫做|叫|命名为|内容是|文案是|[:：])[^,，。;；!！?？]*$")


def translate_names(msg: Message, names: list[str]) -> Message:
    """"把耳机那张图片删除" of silver-headphones.jpg: the Chinese noun read as the name's English word, when
    exactly one such word is in the session's names (never a guess between two)."""
    words = {w for n in names for w in re.findall(r"[a-z]+", n.lower())}
    if not words or not re.search(r"[\u4e00-\u9fff]", msg.low):
        return msg

    def english(m: re.Match[str], table: Mapping[str, tuple[str, ...]] = vocab.PRODUCT_NOUNS) -> str:
        if _NEW_TEXT.search(m.string, 0, m.start()):
            return m.group(0)  # "字幕改成智能手表": the words of a new text, not a picture
        said = m.groupdict()
        hits = {w for w in table[said["n"] or said["n2"]] if w in words}
        if len(hits) != 1:
            return m.group(0)
        colour = vocab.NAME_COLOURS_ZH.get((said["c"] or said.get("c2") or " ")[0])
        name = f"{colour} {hits.pop()}" if colour and colour in words else hits.pop()
        return f" {name} "

    low = _product_rx().sub(english, msg.low)
    if _SHORT_NOUN_CHARS.intersection(low):
        low = _short_product_rx().sub(lambda m: english(m, vocab.PRODUCT_NOUNS_SHORT), low)
    return replace(msg, low=low)


# words that name a kind of thing, never one upload ("the logo" stays the logo overlay's word)
_KIND_WORDS = frozenset({"logo", "music", "voice", "voiceover", "bgm", "song", "track", "clip", "video", "image", "photo",
                         "picture", "pic", "shot", "audio", "sound", "title", "caption", "text", "img", "dsc", "new"})


# an audio file on the timeline said by its name is its track ("Mute music-bed.mp3", "Set voiceover.wav to 80% volume",
# "sync the cuts to the beat of music-bed.mp3": the name was looked for among the pictures)
_ROLE_WORDS = {ROLE_MUSIC: "the music", ROLE_VOICE: "the voiceover"}


# (an audio file put where a picture goes stays its name, for the reply that it is no picture: "put voiceover.mp3 in the
# corner as our logo")
_PLACED = compile_led(r"\b(?:corner|logo|overlay|watermark|sticker|picture[\s-]in[\s-]picture)\b|角|水印|标志|叠加")


# a sound's noun said after an audio file's words: "the lofi track" of lofi.mp3 (set CI ci042: "lofi" was a word no reading
# used, and the clause was refused whole)
_SOUND_NOUN = r"(?:track|song|tune|music|soundtrack|audio)"


def _audio_stem(low: str, name: str, said: str) -> str:
    """``name``'s words (all specific, each of three letters or more) before a sound's noun, written as ``said``."""
    words = re.findall(r"[a-z]+", re.sub(r"\.[a-z0-9]{1,5}$", "", name))
    if not words or any(w in _KIND_WORDS or len(w) < 3 for w in words) or words[0] not in low:
        return low
    return re.sub(r"\b(?:the\s+|that\s+|this\s+|my\s+|our\s+)?" + r"[\s_\-]*".join(map(re.escape, words))
                  + rf"\s+{_SOUND_NOUN}\b(?![.\-_]?[a-z0-9])", said, low)


def _audio_named(low: str, media: Sequence[PlannerMedia], roles: Mapping[str, str]) -> str:
    """An audio file on the timeline named, by its file name or its words and a sound's noun: its track's word."""
    if _PLACED.search(low):
        return low
    for m in media:
        role = roles.get(m.id)
        name = m.filename.lower()
        if m.kind == "audio" and role in _ROLE_WORDS:
            low = _audio_stem(low, name, _ROLE_WORDS[role])
        if m.kind != "audio" or role not in _ROLE_WORDS or name not in low:
            continue
        low = re.sub(rf"(?:\b(?:the\s+)?(?:audio\s+track|audio\s+file|track|file|song|music\s+file)\s+)?(?<![\w.\-]){re.escape(name)}(?![\w\-]|\.[a-z0-9])"
                     r"(?:\s+(?:track|file|audio))?", _ROLE_WORDS[role], low)
    return low


# a sticker is a badge: "stick the sale badge on" of sale-sticker.png was not read (set CE ce272)
_OVERLAY_NOUNS = ("sticker", "badge")


def _overlay_noun(word: str, media: Sequence[PlannerMedia]) -> str:
    """A file name's word as said: a sticker's noun by either of its names, unless another upload is called by the other."""
    if word not in _OVERLAY_NOUNS:
        return re.escape(word)
    others = [w for w in _OVERLAY_NOUNS if w != word and not any(w in m.filename.lower() for m in media)]
    return "(?:" + "|".join([word, *others]) + ")"


def uploads_named(msg: Message, media: Sequence[PlannerMedia], used: set[str],
                  roles: Mapping[str, str] | None = None) -> Message:
    """"I just uploaded a lifestyle shot, put it first": a picture or clip named by its file's words, uploaded and not
    on the timeline yet, written as its file name (so that "it" after a verb, and "put … first", find the file).
    Only names whose words are all specific (never "the logo", "the music"), said whole, and each once. ``roles``
    (media id -> its track's role): an audio file on the timeline named is its track."""
    low = _audio_named(msg.low, media, roles) if roles else msg.low
    for m in media:
        if m.id in used or m.kind not in ("image", "video"):
            continue
        words = re.findall(r"[a-z]+", re.sub(r"\.[a-z0-9]{1,5}$", "", m.filename.lower()))
        if not words or any(w in _KIND_WORDS or len(w) < 3 for w in words):
            continue
        said = compile_led(r"\b(?:an?\s+|the\s+|my\s+|our\s+|this\s+|that\s+)?" + r"[\s_\-]*".join(_overlay_noun(w, media) for w in words)
                          + r"(?:\s+(?:shot|photo|picture|pic|image|one|1|clip|video))?\b(?![.\-_]?[a-z0-9])")
        found = list(said.finditer(low))
        if len(found) == 1:
            low = low[:found[0].start()] + m.filename.lower() + low[found[0].end():]
        else:
            low = _one_word_named(low, m, words, media)
    return replace(msg, low=low)


# a picture's noun after one word of an upload's name ("the ring photo", "the ring pic", "the gold ring one")
_NAMED_NOUN = r"\s+(?:shot|photo|picture|pic|image|one|1|clip|video)\b(?!\s*(?:s\b|'s|of\b))"


def _one_word_named(low: str, upload: PlannerMedia, words: list[str], media: Sequence[PlannerMedia]) -> str:
    """"add the ring photo at the end and show it for 6 seconds" of gold-ring.jpg, not on the timeline yet: one word of
    its name said with a picture's noun after it is that file too, so that "it" after it finds the picture (the 6 s were
    not read; set CI ci246, ci247 "the ring pic should be in there too" was not read as the picture at all). Only a word
    no other upload's name holds, said once; "the gold ring one" (every word) is the file as well."""
    others = {w for o in media if o.id != upload.id for w in re.findall(r"[a-z]+", o.filename.lower())}
    for word in words:
        if word in others:
            continue
        said = compile_led(r"\b(?:the\s+|my\s+|our\s+|this\s+|that\s+)?(?:[a-z]+[\s_\-]+)?" + re.escape(word) + _NAMED_NOUN)
        found = [f for f in said.finditer(low) if set(re.findall(r"[a-z]+", f.group(0))) - {"the", "my", "our", "this", "that", "shot", "photo", "picture",
                                                                                           "pic", "image", "one", "clip", "video"} <= set(words)]
        if len(found) == 1 and len(list(re.finditer(rf"\b{re.escape(word)}\b", low))) == 1:
            return low[:found[0].start()] + upload.filename.lower() + low[found[0].end():]
    return low


_COLOUR_EN = ("red", "blue", "green", "gold", "silver", "black", "white", "yellow", "pink", "purple", "grey", "gray",
              "orange", "brown")


def colour_ones(msg: Message, subjects: Sequence[str]) -> Message:
    """"move the red one to the end", "红色那张挪到最后": a picture called by its colour, when exactly one of the
    timeline's pictures has that colour in its name, written as that name (two such pictures: left as said, and a
    question follows)."""
    def named(colour: str) -> str | None:
        owners = {re.sub(r"[-_\s]+", " ", re.sub(r"\.[a-z0-9]{1,5}$", "", n.lower())).strip() for n in subjects
                  if colour and colour in re.findall(r"[a-z]+", n.lower())}  # (a name and its file are one)
        return owners.pop() if len(owners) == 1 else None

    def en(m: re.Match[str]) -> str:
        name = named(m.group(1))
        return f"the {name}" if name else m.group(0)

    def zh(m: re.Match[str]) -> str:
        name = named(vocab.NAME_COLOURS_ZH.get(m.group(1), ""))
        return f" {name} 那张" if name else m.group(0)

    low = re.sub(rf"\bthe\s+({'|'.join(_COLOUR_EN)})\s+(?:one|1|pic|picture|photo|image|shot)\b", en, msg.low)
    low = re.sub(rf"([{''.join(vocab.NAME_COLOURS_ZH)}])色?的?(?:那|这)(?:张|个|幅)(?:图片|图|照片)?", zh, low)
    return replace(msg, low=low)
