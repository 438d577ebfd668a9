"""What the session's files are for: visuals in upload order, which audio is the voice and which the music."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from . import vocab
from .anchors import compile_led, longest
from .refs import ORDINALS
from .text import Message, cn_to_int, tokens
from .types import PlannerMedia

_VOICE_RX = compile_led(
    r"(?:^|[^a-z])(?:vo|voice|voices|voiceover|voice-over|narration|narrator|narrate|speech|speaker|talk|"
    r"talking|dialog|dialogue|interview|podcast|read|reading|script)(?:[^a-z]|$)|voice|narrat|旁白|配音|解说|人声|口播|朗读",
    re.IGNORECASE,
)
_MUSIC_RX = compile_led(
    r"music|bgm|song|soundtrack|beat|lofi|lo-fi|instrumental|theme|melody|jingle|tune|"
    r"背景音乐|音乐|配乐|歌",
    re.IGNORECASE,
)


@dataclass
class AudioRoles:
    voice: PlannerMedia | None
    music: PlannerMedia | None
    unused: list[PlannerMedia]


def visuals(media: Sequence[PlannerMedia]) -> list[PlannerMedia]:
    return [m for m in media if m.kind in ("image", "video")]


def is_voice_name(filename: str) -> bool:
    return bool(_VOICE_RX.search(filename))


def is_music_name(filename: str) -> bool:
    return bool(_MUSIC_RX.search(filename)) and not is_voice_name(filename)


def split_audio(media: Sequence[PlannerMedia]) -> AudioRoles:
    """Voice: a voice-like name; with two unnamed files, the shorter one. A lone unnamed file is music."""
    audios = [m for m in media if m.kind == "audio"]
    voices = [m for m in audios if is_voice_name(m.filename)]
    musics = [m for m in audios if m not in voices and is_music_name(m.filename)]
    rest = [m for m in audios if m not in voices and m not in musics]
    voice = voices[0] if voices else None
    music = musics[0] if musics else None
    if voice is None and music is None and len(rest) >= 2:
        by_len = sorted(rest[:2], key=lambda m: (m.duration if m.duration is not None else float("inf")))
        voice, music = by_len[0], by_len[1]
        rest = [m for m in rest if m is not voice and m is not music]
    elif voice is None and music is not None and rest:
        voice = rest.pop(0)
    elif music is None and rest:
        music = rest.pop(0)
    unused = [m for m in audios if m is not voice and m is not music]
    return AudioRoles(voice, music, unused)


def find_media(media: Sequence[PlannerMedia], phrase: str, kinds: Sequence[str] | None = None) -> PlannerMedia | None:
    """The session file a phrase names: exact file name, then stem, then the best word overlap."""
    phrase = phrase.strip().strip(".,;:!?").strip()
    if not phrase:
        return None
    pool = [m for m in media if kinds is None or m.kind in kinds]
    low = phrase.lower()
    for m in pool:
        if m.filename.lower() == low:
            return m
    for m in pool:
        stem = re.sub(r"\.[a-z0-9]{1,5}$", "", m.filename.lower())
        if stem == low or m.id.lower() == low:
            return m
    want = tokens(phrase) - _STOP
    if not want:
        return _by_product_noun(pool, phrase)
    best, best_score = None, 0.0
    for m in pool:
        have = tokens(m.filename)
        if not have:
            continue
        common = len(want & have)
        score = common / len(want)
        if common and score > best_score:
            best, best_score = m, score
    return best if best_score >= 0.5 else _by_product_noun(pool, phrase)


def _by_product_noun(pool: Sequence[PlannerMedia], phrase: str) -> PlannerMedia | None:
    """"把运动鞋换成戒指" with gold-ring.jpg uploaded: a Chinese noun for what the file shows, when exactly one file has
    one of its English words (a new text's words are not translated before: set AK ak270 found no file "戒指")."""
    words = {w for n, ws in vocab.PRODUCT_NOUNS.items() if n in phrase for w in ws}
    if not words:
        return None
    hits = [m for m in pool if tokens(m.filename) & words]
    return hits[0] if len(hits) == 1 else None


_STOP = {"the", "a", "an", "this", "that", "image", "photo", "picture", "pic", "file", "one", "with", "of",
         "jpg", "jpeg", "png", "mp4", "mov", "webp", "gif", "mp3", "wav", "m4a", "aac", "my", "our",
         "图", "片", "照", "的", "张", "个"}


def unused_named(media: Sequence[PlannerMedia], phrase: str, used: set[str]) -> PlannerMedia | None:
    """"put the ring photo after the watch" with gold-ring.jpg uploaded but not on the timeline: the one such picture or
    clip whose name holds every word said (logos and stickers left out: they are laid over the video). Set BB bb026
    found no "ring photo" on the timeline."""
    fresh = [m for m in media if m.kind in ("image", "video") and m.id not in used and not OVERLAY_NAME.search(m.filename.lower())]
    want = tokens(phrase) - _STOP
    hits = [m for m in fresh if want and want <= tokens(m.filename)]
    return hits[0] if len(hits) == 1 else None



# "the new photo", "the picture I just uploaded", "新传的那张", "刚上传的": the upload not on the timeline yet
_NEW_ONE = compile_led(
    r"\b(?:the|this|that|my|our)\s+(?:new|newly\s+uploaded|latest|just\s+uploaded|extra|additional)\s+"
    r"(?:photo|picture|pic|image|shot|one|upload|file|slide)\b"
    r"|\b(?:the\s+)?(?:photo|picture|pic|image|shot|one|file)\s+(?:i|we)\s+(?:just\s+)?(?:uploaded|added|sent)\b"
    r"|(?:新传|刚传|新上传|刚上传|刚刚上传|最新上传|刚发|新发)的?\s*(?:那|这)?\s*1?\s*(?:张|个)?\s*(?:图片|照片|图)?"
    # "i uploaded another picture, can you put it in", "use the remaining uploaded image too": the upload not in the video
    # (sets BT bt256, BU bu231 asked which, with one upload left)
    r"|(?:(?<=uploaded\s)|(?<=added\s)|(?<=sent\s))(?:another|1\s+more|one\s+more|a\s+new|an\s+extra|an\s+additional)\s+"
    r"(?:photo|picture|pic|image|shot)\b"
    r"|\bthe\s+(?:remaining\s+uploaded|remaining\s+unused|leftover|unused|other\s+uploaded)\s+(?:photo|picture|pic|image|shot|upload|file)\b(?!\s*s\b)")
# files that are overlays, not pictures of the slideshow ("the new picture" is never the logo)
OVERLAY_NAME = compile_led(r"logo|watermark|sticker|badge|icon|标志|水印|贴纸")


@dataclass(frozen=True)
class NewUpload:
    low: str  # the message with "the new photo" written as the file's name
    choices: tuple[str, ...] = ()  # several uploads it may be: the caller asks which


def new_upload(low: str, media: Sequence[PlannerMedia], used: set[str]) -> NewUpload:
    """"put the new photo between the ring and the headphones" of lifestyle.jpg, uploaded after the first cut: the one
    picture or clip not on the timeline (logos and stickers left out). Followed by its name already ("刚上传的
    lifestyle.jpg"), only the words go; two candidates: the choices, nothing rewritten."""
    fresh = [m for m in media if m.kind in ("image", "video") and m.id not in used and not OVERLAY_NAME.search(m.filename.lower())]
    if fresh and ("张" in low or "幅" in low or "图" in low or "进" in low):
        low = _fresh_pointed(low, fresh)
    if fresh and "forg" in low:
        low = _FORGOT.sub(lambda m: _forgotten(m, fresh), low)
    found = list(_NEW_ONE.finditer(low))
    if not found:
        return NewUpload(low)
    if not fresh:
        # "把新传的图加进去" with only a logo and a sticker not in the video: one of those is meant, which is asked (set BT
        # bt190 looked for a file "新传的图"); one alone is not guessed either (where a sticker goes is no picture's place)
        overlays = [m for m in media if m.kind == "image" and m.id not in used]
        if len(overlays) > 1:
            return NewUpload(low, tuple(m.filename for m in overlays))
    words = {w for m in fresh for w in re.findall(r"[a-z]{3,}", m.filename.lower())}
    out = low
    for m in reversed(found):
        after = re.match(r"\s*([a-z]{3,})", out[m.end():])
        if after and after.group(1) in words:  # the name follows: the words only say it is new
            out = out[:m.start()] + " " + out[m.end():]
        elif len(fresh) == 1:
            out = out[:m.start()] + " " + fresh[0].filename.lower() + " " + out[m.end():]
        elif fresh:
            return NewUpload(low, tuple(f.filename for f in fresh))
    return NewUpload(out)


_JOIN = r"[\s_\-]*"
# "i forgot the ring, put it at the end", "I forgot the ring pic, can you put it in too": "it" is the upload named, not
# on the timeline yet, added (sets AM am51, AL al33, AG ag028 asked what "it" was, or found no picture "it in")
# ("i forgot the gold ring one, put that one at the end": the name written as its file by then, and "that one" for "it";
# set CI ci242 asked which picture "that one" was)
_FORGOT = compile_led(r"(?:\b(?:i|we|you)\s+)?\b(?:forgot|forget|left\s+out|missed)\s+(?:about\s+)?(?:the\s+|my\s+|our\s+)?(?P<name>[a-z][a-z0-9\-]*(?:\.[a-z0-9]{2,4}\b)?)"
                     r"(?P<noun>\s+(?:pic|picture|photo|image|shot|one))?(?P<gap>\s*[,.;]?\s*(?:so\s+)?(?:(?:can|could|would)\s+you\s+|please\s+)?)"
                     r"(?:put|add|include|throw|stick|slot|use)\s+(?:it|that\s+(?:one|1)|this\s+(?:one|1))(?:\s+in(?:to\s+the\s+video)?)?\b")


def _forgotten(m: re.Match[str], fresh: Sequence[PlannerMedia]) -> str:
    name = m.group("name")
    owners = [f for f in fresh if name == f.filename.lower() or name in re.findall(r"[a-z0-9]+", f.filename.lower())]
    if len(owners) != 1:
        return m.group(0)
    return f"add {owners[0].filename.lower()}"  # ("i forgot the ring" is why, no wish of its own)


def _fresh_pointed(low: str, fresh: Sequence[PlannerMedia]) -> str:
    """"把戒指那张也加进去" of gold-ring.jpg, uploaded but not on the timeline: "ring 那张" (the words already in English)
    is that file, not a picture of the timeline pointed at (it asked what 那张 was; sets AC ac055, AD ad029, AE ae060).
    A word two uploads share names neither."""
    owners: dict[str, list[str]] = {}
    for m in fresh:
        name = m.filename.lower()
        stem = re.sub(r"\.[a-z0-9]{1,5}$", "", name)
        words = [w for w in re.findall(r"[a-z]{3,}", stem)]
        for form in {name, stem, " ".join(words), *words} - {""}:
            owners.setdefault(form, []).append(m.filename.lower())
    for form in sorted(owners, key=longest):
        if len(set(owners[form])) != 1:
            continue
        words = [re.escape(w) for w in re.split(r"[\s_\-]+", form) if w]
        joined = _JOIN.join(words)
        # ("戒指图加进来放最后", "戒指也放进来": its picture word alone, or the verb that brings it in; sets BT bt269, BU bu230
        # left the ring unread)
        rx = (rf"(?<![a-z0-9])(?:{joined})(?![a-z0-9])(?:\s*(?:的)?\s*(?:那|这)\s*(?:1\s*)?(?:张|幅)\s*(?:图片|照片|图)?"
              r"|\s*(?:的)?\s*(?:图片|照片|图)(?![层标案形像表])|(?=\s*(?:也)?\s*(?:加进来|放进来|加进去|放进去|用上|补上)))")
        low = re.sub(rx, f" {owners[form][0]} ", low)
    return low


_CLIP_NOUN_ZH = r"(?:\s*(?:的)?\s*(?:视频片段|视频|影片|片段|那段视频|这段视频|那段|这段|那个视频|这个视频))?"


def the_only_clip(msg: Message, clip_names: Sequence[str]) -> Message:
    """"开箱视频慢放" (开箱 read as "unboxing"), "unboxing.mp4只保留第2到第5秒": in Chinese, the one clip on the timeline named
    by its file or its words, with or without 视频 after, is "视频片段", the clip every clip rule reads (sets O clp02-07,
    P clp08-11, N clp18 asked). ``clip_names``: the file names of the clips on the timeline; with two, names decide."""
    msg = _bare_clip_stems(msg, clip_names)
    if len(clip_names) != 1 or not re.search(r"[\u4e00-\u9fff]", msg.low):
        return msg
    low = _clip_name_rx(clip_names[0].lower()).sub(" 视频片段 ", msg.low)
    return msg if low == msg.low else replace(msg, low=low)


@lru_cache(maxsize=32)
def _clip_name_rx(name: str) -> re.Pattern[str]:
    """A clip's file name, its stem or its words, as a Chinese message names it (built once per name, not per plan)."""
    stem = re.sub(r"\.[a-z0-9]+$", "", name)
    words = [w for w in re.findall(r"[a-z0-9]+", stem) if len(w) > 2]
    forms = sorted({re.escape(name), re.escape(stem), r"[\s_\-]*".join(map(re.escape, words))} - {""}, key=longest)
    # (with the words pointing at it before: "那段开箱视频", "视频片段unboxing.mp4")
    return compile_led(rf"(?:(?:那段|这段|那个|这个|视频片段|视频|片段)\s*)?(?<![a-z0-9])(?:{'|'.join(forms)})(?![a-z0-9.]){_CLIP_NOUN_ZH}")


# quotes, and an order's list ("unboxing first, and mute it" reads "new order: unboxing, mute it" by now: its items are
# the order's to read by name; as "unboxing.mp4, mute it" the move was dropped without a word, set AH ah212)
_QUOTED = compile_led(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|「[^」]*」|『[^』]*』|\border\s*:[^.;!?]*")


def _bare_clip_stems(msg: Message, clip_names: Sequence[str]) -> Message:
    """"mute unboxing", "trim unboxing to 3 seconds", "unboxing's sound off" of unboxing.mp4: in English, a clip named
    by its whole file stem alone, as pictures are by their product word, is "the unboxing clip", the form every clip
    rule reads (a bare stem was no reference; the lead's wave-13 gap). Never inside quotes, nor as a new text ("change
    the caption to unboxing"), nor a stem of words the planner reads otherwise ("clip.mp4", "intro.mp4")."""
    low = msg.low
    if not clip_names or not any(_stem_words(n) for n in clip_names):
        return msg
    for name in clip_names:
        rx = _bare_stem_rx(name.lower())
        if rx is None:
            continue
        quoted = [q.span() for q in _QUOTED.finditer(low)]
        low = rx.sub(partial(_as_file, file=name.lower(), quoted=quoted), low)
    return msg if low == msg.low else replace(msg, low=low)


def _as_file(m: re.Match[str], file: str, quoted: list[tuple[int, int]]) -> str:
    return m.group(0) if any(a <= m.start() < b for a, b in quoted) else file


def _stem_words(name: str) -> list[str]:
    from .refs import common_words

    stem = re.sub(r"\.[a-z0-9]{1,5}$", "", name.lower())
    words = re.findall(r"[a-z0-9]+", stem)
    return words if any(len(w) >= 3 and not w.isdigit() and w not in common_words() for w in words) else []


def _stem_rx(words: list[str]) -> str:
    """A file stem's words as a pattern: "black cap", "black-cap", "black_cap"."""
    return r"[\s_\-]+".join(map(re.escape, words))


# (a lookbehind is of one width: one per word)
_NOT_AFTER = "".join(rf"(?<!\b{w}\s)" for w in ("to", "as", "into", "say", "says", "saying", "read", "reads", "called",
                                                   "named", "titled", "caption", "title", "text", "word", "words"))


@lru_cache(maxsize=32)
def _bare_stem_rx(name: str) -> re.Pattern[str] | None:
    words = _stem_words(name)
    if not words:
        return None
    stem = _stem_rx(words)
    cjk = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
    return compile_led(
        rf"(?<![a-z0-9_.'\-])(?<!\ba\s)(?<!\ban\s)(?<!{cjk})" + _NOT_AFTER
        + rf"(?:(?:the|this|that)\s+)?(?P<stem>{stem})(?![a-z0-9_.\-])"
        # (the clip's noun after it is part of the name: "unboxing video first, and speed it up 2x" read "video first"
        # as the whole video's, "make the unboxing video shorter" was not read; the wave-16 notes)
        rf"(?:\s+(?:video\s+clip|video|footage|clip)(?![a-z0-9_.\-])(?!\s*(?:{cjk}|clips?\b|videos?\b))"
        rf"|(?!\s*(?:{cjk}|(?:video\s+)?clips?\b|videos?\b|footage\b|shots?\b|one\b|part\b|segment\b|section\b)))")


# "把第一张红鞋子的图片时长改成2秒" (the name in English words by now: "第1张 red sneaker 的图片"): a picture said by its number
# and its name at once ("第一张鞋子后面": before a place word too; set BT bt113)
# (and by "the last" with its name: "把最后一张金戒指的图片时长延长到10秒" was not understood; dev set HT ht084)
_NTH_AND_NAME = compile_led(r"(?:第\s*(?P<n>\d+)|(?P<last>最后\s*(?:1|一)?))\s*(?:张|幅)\s*(?:的)?\s*(?P<name>[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*){0,2})\s*(?:的)?\s*(?=图片|照片|图|那张|后面|之后|后边|前面|之前|前边)")

# "最后一张图片gold-ring.jpg的时长改为八秒": the place, its picture word, then the name (or file) of that picture (set CG
# cg077 left the file unread and did nothing); the same: the name goes when it is that picture's
# ("第二张图片（蓝色背包）停留六秒": the name in brackets, the same; set CQ cq056 was not understood)
# ("第四张（黑帽子）不要了": the bracket right after the place, no picture word; dev set GZ gz013 was not understood)
_NTH_THEN_NAME = compile_led(r"(?:第\s*(?P<n>\d+)|(?P<last>最后)\s*1?)\s*(?:张|幅)(?=\s*(?:图片|照片|图|[(（]))\s*(?:图片|照片|图)?\s*(?P<open>[(（]\s*)?"
                             r"(?P<name>[a-z][a-z0-9\-]*(?:\.(?:jpe?g|png|webp))?(?:\s+[a-z][a-z0-9\-]*){0,2})(?![a-z0-9\-.])"
                             r"(?(open)\s*[)）])")


# "the third image, green-watch.png, 9 seconds", "the second image (blue-backpack.jpg) and the fourth one (black-cap.jpg)":
# a picture said by its place, then its file or name between commas or brackets (sets CK ck041, ck091 were not
# understood); the same as the Chinese: the name goes when it is that picture's
_EN_NTH_NAME = compile_led(
    r"\b(?P<nth>the\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+"
    r"(?:image|picture|photo|pic|slide|shot|one))\s*(?:,\s*(?P<cname>[a-z0-9][a-z0-9_\-]*(?:\.(?:jpe?g|png|webp))?)\s*,"
    r"|\(\s*(?P<pname>[a-z0-9][a-z0-9_\-]*(?:\.(?:jpe?g|png|webp))?)\s*\))")


_VIDEO_FILE = re.compile(r"\.(?:mp4|mov|webm|m4v|avi|mkv)$", re.I)


def _words_of(name: str) -> set[str]:
    """The words of a picture's name or file, its extension left out ("gold-ring.jpg": gold, ring)."""
    return set(re.findall(r"[a-z0-9]+", re.sub(r"\.[a-z0-9]+$", "", name.lower())))


def _words_in(names: tuple[str, ...]) -> set[str]:
    return {w for name in names for w in _words_of(name)}


def _nth_picture(m: re.Match[str], names: Sequence[tuple[str, ...]]) -> int | None:
    """The index of the picture an ``_EN_NTH_NAME`` place names; None past the end, or with a clip before it (the n-th
    picture is not the n-th on the timeline then). ("the last image (gold-ring.jpg)": set CQ cq003 left it unread)"""
    n = ORDINALS[m.group("ord")]
    n = len(names) if n == -1 else n
    if not 1 <= n <= len(names) or any(_VIDEO_FILE.search(name) for ns in names[:n] for name in ns):
        return None
    return n - 1


def _en_nth_named(low: str, names: Sequence[tuple[str, ...]]) -> str:
    """The English place said with the picture's own name after it, the name dropped (``nth_named``); another
    picture's name, or none, leaves the words as they are (not understood, never a guess)."""
    def one(m: re.Match[str]) -> str:
        n = _nth_picture(m, names)
        want = _words_of(m.group("cname") or m.group("pname"))
        return f"{m.group('nth')} " if n is not None and want and want <= _words_in(names[n]) else m.group(0)

    return _EN_NTH_NAME.sub(one, low) if "(" in low or "," in low else low




# the same said with the picture's number, before the rewrites keep the file alone ("remove image 2 (black-cap.jpg)",
# "删掉第二张图片（black-cap.jpg）", "black-cap.jpg (image 2)"): read on the words as typed
_NUM_FILE = compile_led(
    r"(?:\b(?:image|picture|photo|pic|slide|shot|segment)\s*(?:#|no\.?\s*)?(?P<n>\d{1,2})|第\s*(?P<zn>\d{1,2}|[一二两三四五六七八九十])\s*(?:张|幅|个)"
    r"\s*(?:图片|照片|图)?)\s*[(（]\s*(?P<f>[a-z0-9][a-z0-9_\-]*\.(?:jpe?g|png|webp))\s*[)）]"
    r"|(?P<f2>[a-z0-9][a-z0-9_\-]*\.(?:jpe?g|png|webp))\s*[(（]\s*(?:image|picture|photo|pic|slide|shot|segment)\s*(?:#|no\.?\s*)?"
    r"(?P<n2>\d{1,2})\s*[)）]")


def _num_clash(typed: str, names: Sequence[tuple[str, ...]]) -> list[int]:
    for m in _NUM_FILE.finditer(typed):
        raw = m.group("n") or m.group("n2") or m.group("zn")
        n = int(raw) if raw.isdigit() else cn_to_int(raw)
        if not 1 <= n <= len(names) or any(_VIDEO_FILE.search(name) for ns in names[:n] for name in ns):
            continue
        file = (m.group("f") or m.group("f2")).lower()
        if any(name.lower() == file for name in names[n - 1]):
            continue
        others = [k for k, ns in enumerate(names) if any(name.lower() == file for name in ns)]
        if len(others) == 1:
            return [n - 1, others[0]]
    return []


def nth_clash(low: str, names: Sequence[tuple[str, ...]], typed: str = "") -> list[int]:
    """The place and the name of one picture that disagree ("remove the second image (black-cap.jpg)" where black-cap is
    the fourth): the two pictures they name, by index, so which one is asked (the file's was removed, never a word of the
    place; the lead's note, session 32). Empty when they agree, or the name is of nothing on the timeline."""
    if ("(" in typed or "（" in typed) and (clash := _num_clash(typed.lower(), names)):
        return clash
    for m in _NTH_AND_NAME.finditer(low) if "第" in low or "最后" in low else ():
        # ("第一张（手表）停留5秒", "第一张手表那张…" with the watch third: which one is asked, as in English)
        at = (len(names) if m.group("last") else int(m.group("n"))) - 1
        want = _words_of(m.group("name"))
        if not 0 <= at < len(names) or not want or want <= _words_in(names[at]):
            continue
        others = [k for k, ns in enumerate(names) if want <= _words_in(ns)]
        if len(others) == 1:
            return [at, others[0]]
    if "(" not in low and "," not in low:
        return []
    for m in _EN_NTH_NAME.finditer(low):
        n = _nth_picture(m, names)
        want = _words_of(m.group("cname") or m.group("pname"))
        if n is None or not want or want <= _words_in(names[n]):
            continue
        others = [k for k, ns in enumerate(names) if want <= _words_in(ns)]
        if len(others) == 1:
            return [n, others[0]]
    return []


def nth_named(msg: Message, names: Sequence[tuple[str, ...]]) -> Message:
    """The number stays and the name goes when the name is that picture's (set BU bu132 left the name unread and did
    nothing); the name of another picture keeps both, and the message is not understood, never a guess. ``names``:
    per segment of the main track, in order, its name and its file's name."""
    english = _en_nth_named(msg.low, names)
    if english != msg.low:
        msg = replace(msg, low=english)
    if "第" not in msg.low and "最后" not in msg.low:
        return msg

    def one(m: re.Match[str]) -> str:
        n = len(names) if m.group("last") else int(m.group("n"))
        if not 1 <= n <= len(names):
            return m.group(0)
        want = set(re.findall(r"[a-z0-9]+", m.group("name")))
        have = {w for name in names[n - 1] for w in re.findall(r"[a-z0-9]+", name.lower())}
        if want and want <= have:
            return f"第{n}张"
        if want and any(want <= {w for name in other for w in re.findall(r"[a-z0-9]+", name.lower())} for other in names):
            # another picture's name: one reference that names no picture ("第一张手表那张停留5秒" with the watch third
            # held picture 1 for 5 s, the name dropped: a guess)
            return f"第{n}张 {m.group('name')} 图片"
        return m.group(0)

    def after(m: re.Match[str]) -> str:
        n = len(names) if m.group("last") else int(m.group("n"))
        if not 1 <= n <= len(names):
            return m.group(0)
        want = set(re.findall(r"[a-z0-9]+", m.group("name")))
        have = {w for name in names[n - 1] for w in re.findall(r"[a-z0-9]+", name.lower())}
        if want and want <= have:
            return m.group(0)[:m.start("open" if m.group("open") else "name") - m.start()]
        if want and any(want <= {w for name in other for w in re.findall(r"[a-z0-9]+", name.lower())} for other in names):
            # another picture's name: kept as one reference that names no picture, as ``one`` leaves it (it did the
            # edit of both pictures, the one at that place and the one named)
            return f"第{n}张 {m.group('name')} 图片"
        return m.group(0)  # (no picture's words: "第2张图片 caption 改成 …")

    low = _NTH_AND_NAME.sub(one, msg.low)
    low = _NTH_THEN_NAME.sub(after, low) if "最后" in low or "第" in low else low
    return msg if low == msg.low else replace(msg, low=low)


# "开箱视频加速到1.5倍，另一个视频静音", "slow the unboxing down and mute the other clip": with two clips on the timeline, "the
# other clip" after one of them was named is the one not named (set BX bx170 looked for a clip called "另1个"; "the other
# one" may be a picture: not read here)
# "the other one" is a clip too where only a clip can take the wish: its sound or its speed ("turn down the unboxing clip
# and mute the other one", "开箱视频调小声，另一个静音": it asked which sound; wave 31 B row 4)
_OTHER_CLIP = compile_led(r"\bthe\s+other\s+(?:video\s+clip|clip|video|footage)(?![a-z0-9])"
                          r"|另\s*(?:外)?\s*(?:一|1)\s*(?:个|段)\s*(?:视频片段|视频|片段|clip|video)(?![a-z0-9])"
                          r"|(?:(?<=\bmute\s)|(?<=\bsilence\s)|(?<=\bquieten\s)|(?<=\blower\s)|(?<=\braise\s)"
                          r"|(?<=\bturn\sdown\s)|(?<=\bturn\sup\s))\s*the\s+other\s+(?:one|1)\b"
                          r"|\bthe\s+other\s+(?:one|1)(?=(?:'s)?\s+(?:sound|audio|volume)\b|\s+(?:down|up|off)\b)"
                          r"|另\s*(?:外)?\s*(?:一|1)\s*(?:个|段)(?=\s*(?:的)?\s*(?:静音|声音|原声|音量|调小|调低|调大|加速|慢放|减速))")


def the_other_clip(message: Message, clips: list[str]) -> Message:
    low = message.low
    if len(clips) != 2 or not (m := _OTHER_CLIP.search(low)):
        return message
    said = [c for c in clips if _clip_named(low[:m.start()], c)]
    if len(said) != 1 or _clip_named(low[m.end():], said[0]):
        return message
    other = next(c for c in clips if c != said[0]).lower()
    tail = low[m.end():]
    gap = "" if tail.startswith("'s") else " "  # ("the other one's sound": that clip's)
    return replace(message, low=f"{low[:m.start()]} {other}{gap}{tail}")


def _clip_named(text: str, clip: str) -> bool:
    """Whether ``text`` names ``clip`` by its file, or by the words of its stem when they name nothing else."""
    name = clip.lower()
    words = _stem_words(name)
    return name in text or bool(words and re.search(rf"(?<![a-z0-9]){_stem_rx(words)}(?![a-z0-9])", text))


# (numbers are digits by now: "four", "四张" are read "4", "4张" by ``text.normalize``)
_COUNTED_PICTURES = compile_led(r"\b(?:all\s+)?(?:the\s+|my\s+|our\s+|these\s+|those\s+)?(?P<n>[2-9])\s+(?:pictures|photos|images|pics|stills|slides)\b"
                                r"|(?<![第前后头末])(?:这|那)?(?P<zn>[2-9])\s*张\s*(?:图片|照片|图)")
_A_LENGTH = compile_led(r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b|\d+(?:\.\d+)?\s*秒")


def counted_pictures(msg: Message, n_images: int) -> Message:
    """"make the four pictures 3 seconds each", "请把四张图片的显示时间都设为3秒" with four pictures on the timeline: every
    picture, as "every image" / "每张图片" reads (set FB fb090 was not understood). A count that is not how many there are
    is left as said (it names no picture: never guessed which). Only beside a length, where "each" is what the count says."""
    if not _A_LENGTH.search(msg.low):
        return msg
    def every(m: re.Match[str]) -> str:
        if int(m.group("n") or m.group("zn")) != n_images:
            return m.group(0)
        return "every image" if m.group("n") else "每张图片"
    low = _COUNTED_PICTURES.sub(every, msg.low)
    return msg if low == msg.low else replace(msg, low=low)
