"""Helpers the edit modules share: finding a picture or clip, the tracks, reordering with transitions kept at the cuts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ....draft.timeline import ROLE_CAPTION, ROLE_TITLE, TT_AUDIO, TT_TEXT, is_clip
from .. import vocab
from ..anchors import compile_led
from ..first_cut import (
    DEFAULT_TR,
    KB_CYCLE,
)
from ..messages import msg
from ..parse import MUSIC, VOICE, rx
from ..refs import common_words, describe, name_score, next_to, parse_ref, resolve_all, split_list, unjoined
from ..text import FACTORS, TIMES_SAID
from ..work import Ambiguous, CannotApply, Work, tracks_by_role

MAX_MS = 3_600_000


MIN_TOTAL = 1000

# "a bit longer", "much shorter", "再长一点": a length said with no number moves by one step, as "louder" moves the
# volume ×1.5 (a person asking for "longer" wants it noticeable; a number sets it exactly)
# degree words, for every edit that moves a value by a step ("a bit longer", "much bigger", "大很多")
A_BIT = compile_led(r"\b(?:a\s+(?:little\s+)?bit|a\s+little|slightly|somewhat|a\s+tad|a\s+touch)\b|一点|一些|一下|稍|略|些许")
MUCH = compile_led(r"\b(?:much|a\s+lot|lots|way|far|significantly|considerably)\b|很多|多很多|得多|非常|大大")


# two lengths said of one thing, one a moment (after "at", "from", 从第; before 开始) and the other how long (after "for",
# "last", "stay", 停留/显示; before "long"): "make the title last 4 seconds and start at 1s", "use 4 seconds of the clip
# starting at 1s" (a frame holds the first length as its value, the second in ``others``)
_MOMENT_BEFORE = compile_led(r"(?:\bat|\bfrom|\bafter|\bstarting|\bstart|\bbegin|\bbeginning|(?:从|在)\s*(?:第)?|第)\s*$")
_MOMENT_AFTER = compile_led(r"\s*(?:秒)?\s*(?:钟)?\s*(?:开始|起|出现|出来|\s+in\b)")
_HOW_LONG_BEFORE = compile_led(r"(?:\bfor|\blasts?|\blasting|\bstays?|\bstaying|\bremains?|\bonly|\bjust|\bbe|\buse"
                               r"|停留|显示|持续|只留|只要|保留|留|停)\s*$")
_HOW_LONG_AFTER = compile_led(r"\s*(?:long\b|(?:秒)?\s*(?:钟)?\s*(?:长|的时长))")


def moment_and_length(f: Any) -> tuple[int, int] | None:
    """(start, length) from a frame's two lengths, each told apart by the words beside it; None unless exactly one is
    a moment and the other how long. The second length is then read (put in the frame's ``used``)."""
    durs = [m for m in f.used if "dur" in m.keys]
    more = [(m, v) for m, v in f.others if "dur" in m.keys]
    if len(durs) != 1 or len(more) != 1:
        return None

    def moment(m: Any) -> bool:
        return bool(_MOMENT_BEFORE.search(f.text[:m.start - f.start]) or _MOMENT_AFTER.match(f.text, m.end - f.start))

    def how_long(m: Any) -> bool:
        return bool(_HOW_LONG_BEFORE.search(f.text[:m.start - f.start]) or _HOW_LONG_AFTER.match(f.text, m.end - f.start))

    pair = [(durs[0], f.values["dur"]), more[0]]
    starts = [int(v) for m, v in pair if moment(m) and not how_long(m)]
    lengths = [int(v) for m, v in pair if how_long(m) and not moment(m)]
    if len(starts) != 1 or len(lengths) != 1:
        return None
    f.used.append(more[0][0])
    return starts[0], lengths[0]


def stretch(text: str, longer: bool) -> float:
    """The factor a length said with no number moves by: ×1.25 for "a bit", ×2 for "much", else ×1.5
    (shorter: the inverse)."""
    step = 2.0 if MUCH.search(text) else 1.25 if A_BIT.search(text) else 1.5
    return step if longer else 1 / step


def stretched(ms: int, factor: float, exact: bool = False) -> int:
    """``ms`` times ``factor``, to the half second (a request without a number gets a round length); ``exact``: a
    factor said ("twice as long" of 6.4 s is 12.8 s, not 13; set FJ fj017 fj099)."""
    return max(100, round(ms * factor)) if exact else max(500, round(ms * factor / 500) * 500)


def times(text: str) -> float | None:
    """The factor a length is said to be multiplied by in ``text``, or None ("twice as fast" is half as long)."""
    m = TIMES_SAID.search(text)
    if m is None:
        return None
    f = FACTORS[re.sub(r"\s+", " ", m.group("f") or m.group("v") or m.group("zf"))]
    return 1 / f if m.group("rel") in ("short", "fast", "quick") else f


def pct(v: float) -> str:
    return f"{round(v * 100):d}%"


def seg_names(work: Work, segs: list[dict]) -> list[list[str]]:
    out = []
    for seg in segs:
        names = [str(seg.get("name", ""))]
        m = work.media.get(seg.get("mid", ""))
        if m:
            names.append(m.filename)
        cap = work.caption_of(seg["id"])
        if cap:
            names.append(cap["text"])
        out.append(names)
    return out


# a kind named without saying which ("the clip", "视频"): fine when there is one of that kind, else a question
_KIND_ONLY = compile_led(
    r"(?:the\s+|this\s+|that\s+|my\s+|那个|这个|那段|这段)?(?:only\s+|one\s+|single\s+)?"
    r"(?:(?P<v>video\s+clip|clip|footage|video|video\s+file|video\s+(?:part|section|segment|bit)|clip\s+part|mp4|mov|webm|视频片段|视频素材|素材视频|视频|片段)"
    r"|(?P<i>image|picture|photo|pic|still|jpg|jpeg|png|图片|照片|图))(?:\s*这个片段|\s*这段视频)?")


def _by_file_name(work: Work, segs: list[dict], text: str) -> int | None:
    """'clip.mp4' or 'clip' naming a file exactly."""
    low = text.strip().lower()
    for k, seg in enumerate(segs):
        m = work.media.get(seg.get("mid", ""))
        if m and low in (m.filename.lower(), re.sub(r"\.[a-z0-9]{1,5}$", "", m.filename.lower())):
            return k
    return None


_PRONOUN = compile_led(r"(?:it|this|that|this\s+one|that\s+one|the\s+one|one|那张图片|这张图片|那张图|这张图|那张|这张|"
                      r"那个|这个|那段视频|这段视频|那段|这段|那幅图|这幅图|它)")
# several not said which: "swap them", "把这两张交换"
PRONOUNS = compile_led(r"(?:them|these|those|(?:these|those|the)\s+(?:two|2)|both|它们|这两张|那两张|这两个|那两个|这俩|那俩)")


# ("all the video clips", "both video clips" too: each was found as the first clip alone, and "remove all the video clips"
# removed one; dev set DT dt224)
_BOTH = compile_led(r"^(?:both(?:\s+of)?\s+(?:the\s+)?|all\s+(?:of\s+)?(?:the\s+)?|the\s+(?:two|2)\s+)(?=(?:video\s+)?\S+s$)")
_BOTH_ZH = compile_led(r"(?:两个|2个|两段|2段|所有的?|全部的?|这两个|这两段|这2个|这2段)\s*(?:的)?\s*(视频片段|视频|片段|图片|照片)\s*(?:都|全)?\s*")


_TWO_CLIPS = compile_led(r"(?:这|那)?(?<!第)(?<![\d.])(?:两|2)\s*段\s*(?:视频|片段|视频片段|视频素材)?\s*(?:都|全)?\s*")


def find_visuals(work: Work, text: str | None, default_kind: str = "any") -> list[int]:
    """Every picture or clip a reference names, in timeline order: one ("image 2", "the watch"), or several
    ("the last two images", "第2张和第4张图片", "the clips" when there are several). A list the whole words do not
    name is found part by part ("both videos and the watch picture", "the clip.mp4 and the blue backpack": set EG
    eg118 eg095 were not found), each part found or the whole not."""
    parts = split_list(unjoined(" ".join((text or "").split())))
    if len(parts) > 1 and any(_BOTH.match(p) for p in parts):  # ("both clips and the backpack photo": the first read as "clip")
        return sorted({k for p in parts for k in _find_visuals(work, p, default_kind)})
    try:
        return _find_visuals(work, text, default_kind)
    except CannotApply:
        if len(parts) < 2:
            raise
        return sorted({k for p in parts for k in _find_visuals(work, p, default_kind)})


# "the clip.mp4": a file named with an article before it is the file
_THE_FILE = compile_led(r"\bthe\s+(?=[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv|jpe?g|png|webp|gif)(?![a-z]))")


def _find_visuals(work: Work, text: str | None, default_kind: str) -> list[int]:
    segs = work.main()["sg"]
    t = _THE_FILE.sub("", unjoined(" ".join((text or "").split())))
    t = _BOTH.sub("", t)  # "both videos", "all the clips": every clip
    zh = _BOTH_ZH.fullmatch(t)  # "两个视频都", "所有图片": every clip, every picture (set AE ae039)
    if zh:
        pool = [k for k, s in enumerate(segs) if is_clip(s) == (zh.group(1) in ("视频片段", "视频", "片段"))]
        if len(pool) != 2 and re.match(r"(?:这|那)?(?:两|2)", t):  # "两个图片" of three: which two is not said
            raise Ambiguous([describe(segs, k) for k in pool]) if pool else _not_found(segs, t)
        if pool:
            return pool
    if _TWO_CLIPS.fullmatch(t):  # "两段视频都删掉": the 视频 read as the target, "两段" left (set AI ai033)
        pool = [k for k, s in enumerate(segs) if is_clip(s)]
        if len(pool) == 2:
            return pool
    # ("remove both videos": "videos" is every clip, as "clips" is; set AP ap255)
    # ("put the two videos before the pictures", "videos first, then the photos": every clip, every picture; sets BG
    # bg177, BH bh178 were not found)
    plural = _KIND_ONLY.fullmatch(re.sub(r"(video|clip|image|picture|photo|pic|still)s$", r"\1", t))
    if plural and re.search(r"(?:clips|videos|images|pictures|photos|pics|stills)$", t):
        kind = "video" if plural.group("v") else "image"
        pool = [k for k, s in enumerate(segs) if (is_clip(s)) == (kind == "video")]
        if pool:
            return pool
    ref = parse_ref(t, default_kind)
    if ref is not None and ref.many:
        found = resolve_all(ref, segs, seg_names(work, segs))
        if not found:
            raise _not_found(segs, t)
        return found
    parts = split_list(t) if ref is not None and ref.name is not None and not _whole_name(work, ref.name) else [t]
    named: set[int] = set()
    for p in parts:
        try:
            named.add(find_visual(work, p, default_kind))
        except (CannotApply, Ambiguous):
            spaced = _spaced_names(work, p, default_kind)
            if spaced is None:
                raise
            named.update(spaced)
    return sorted(named)


_ARTICLE = compile_led(r"the|my|our|this|that|a|an")


def _spaced_names(work: Work, text: str, default_kind: str) -> list[int] | None:
    """Names listed with nothing but spaces between them ("keep only shoes cap ring", "the sneaker the cap"), when the
    words read as one name find none: each a name of its own picture, one to three words that end in a word naming
    nothing else ("gold ring black cap"; never "red cap", where "red" is a colour: one name, or none), every one a
    different picture (set CD cd235). None when the words are not such a list."""
    words = [w for w in re.findall(r"[a-z0-9][a-z0-9\-_.]*", text) if not _ARTICLE.fullmatch(w)]
    if len(words) < 2 or len(words) > 12 or re.search(r"[\u4e00-\u9fff]", text):
        return None
    common = common_words()
    done: dict[int, list[int] | None] = {}  # (each tail is split once: backtracking over every cut was exponential)

    def split(at: int) -> list[int] | None:
        if at not in done:
            done[at] = tail(at)
        return done[at]

    def tail(at: int) -> list[int] | None:
        if at == len(words):
            return []
        for n in (3, 2, 1):
            chunk = words[at:at + n]
            if len(chunk) < n or chunk[-1] in common:
                continue
            try:
                k = find_visual(work, " ".join(chunk), default_kind)
            except (CannotApply, Ambiguous):
                continue
            rest = split(at + n)
            if rest is not None and k not in rest:
                return [k, *rest]
        return None

    found = split(0)
    return found if found is not None and len(found) >= 2 else None


def _whole_name(work: Work, name: str) -> bool:
    """Every word of a name with "and" in it names one picture ("black and white" of black-and-white.jpg)."""
    segs = work.main()["sg"]
    return [name_score(name, *ns) for ns in seg_names(work, segs)].count(1.0) == 1


def _not_found(segs: list[dict], text: str) -> CannotApply:
    n_img = sum(1 for s in segs if not is_clip(s))
    return CannotApply(msg("not_found", text=text.strip(), n_img=n_img, n_vid=len(segs) - n_img))


_ZH_SUBJECT = compile_led(r"\s*(?P<c>[金银红蓝绿黑白黄粉紫灰])?色?\s*(?P<n>[\u4e00-\u9fff]{1,4}?)\s*(?P<p>那张|这张|的图|图片|照片|图)?\s*")


def _product_word(work: Work, segs: list[dict], text: str) -> str:
    """A Chinese noun for what one picture shows, as its name's English word ("戒指" of gold-ring.jpg): the message's
    own reading of these nouns leaves a list after a colon alone ("请将图片顺序改为：戒指、手表、鞋子", set AG ag015).
    Only when exactly one word of the pictures' names fits (never a guess between two)."""
    m = _ZH_SUBJECT.fullmatch(text)
    said = m and (vocab.PRODUCT_NOUNS.get(m.group("n")) or (m.group("p") and vocab.PRODUCT_NOUNS_SHORT.get(m.group("n"))))
    if not m or not said:
        return text
    words = {w for names in seg_names(work, segs) for n in names for w in re.findall(r"[a-z]+", n.lower())}
    hits = {w for w in said if w in words}
    if len(hits) != 1:
        return text
    colour = vocab.NAME_COLOURS_ZH.get(m.group("c") or "")
    return f"{colour} {hits.pop()}" if colour and colour in words else hits.pop()


def find_visual(work: Work, text: str | None, default_kind: str = "any") -> int:
    segs = work.main()["sg"]
    text = unjoined(text or "")
    beside = next_to(text or "")
    if beside is not None:  # "the one before the watch": the watch's neighbour
        k = find_visual(work, beside[0], "any") + beside[1]
        if not 0 <= k < len(segs):
            raise _not_found(segs, text or "")
        return k
    by_file = _by_file_name(work, segs, text or "") if "." in (text or "") else None
    if by_file is not None:
        return by_file
    only = _KIND_ONLY.fullmatch(" ".join((text or "").split()))
    if only:
        kind = "video" if only.group("v") else "image"
        pool = [k for k, s in enumerate(segs) if (is_clip(s)) == (kind == "video")]
        if len(pool) == 1:
            return pool[0]
        if len(pool) > 1:
            raise Ambiguous([describe(segs, k) for k in pool])
    by_stem = _by_file_name(work, segs, text or "")
    if by_stem is not None:
        return by_stem
    if _PRONOUN.fullmatch(" ".join((text or "").split())):
        # "move it to the top", "删掉那张图": which one is not said
        if len(segs) == 1:
            return 0
        raise Ambiguous([describe(segs, k) for k in range(len(segs))])
    text = _product_word(work, segs, text or "")
    ref = parse_ref(text or "", default_kind)
    if ref is None:
        raise CannotApply(msg("which_visual"))
    if ref.name is not None and len(split_list(ref.name)) > 1 and not _whole_name(work, ref.name):
        raise CannotApply(msg("one_visual", text=(text or "").strip()))
    found = resolve_all(ref, segs, seg_names(work, segs))
    if not found:
        raise _not_found(segs, text or "")
    if len(found) > 1 and ref.many:
        raise CannotApply(msg("one_visual", text=(text or "").strip()))
    if len(found) > 1:  # a name two pictures share equally ("the watch"): ask, never guess
        raise Ambiguous([describe(segs, k) for k in found])
    return found[0]


def with_positional_transitions(work: Work, segs: list[dict], reorder: Callable[[list[dict]], list[dict]]) -> list[dict]:
    """Reorder or drop segments while the transitions stay with the cut positions, not the pictures."""
    trs = [s.get("tr") for s in segs[1:]]
    default = work.draft.get("m", {}).get("tr") or dict(DEFAULT_TR)
    new = reorder(list(segs))
    for k, seg in enumerate(new):
        seg.pop("tr", None)
        if k > 0:
            tr = trs[k - 1] if k - 1 < len(trs) and trs[k - 1] else default
            seg["tr"] = dict(tr or DEFAULT_TR)
    realternate_kb(work, new)
    return new


def realternate_kb(work: Work, segs: list[dict]) -> None:
    """Keep the first cut's Ken Burns cycle when the default motion is on and nobody customised it."""
    imgs = [s for s in segs if not is_clip(s)]
    if work.draft.get("m", {}).get("kb", True) and all(s.get("kb") in KB_CYCLE for s in imgs):
        for i, s in enumerate(imgs):
            s["kb"] = KB_CYCLE[i % len(KB_CYCLE)]


def order_names(segs: list[dict]) -> dict:
    """``order`` and ``more`` parameters of a reply: the first eight names, and an ellipsis for the rest."""
    names = [str(s.get("name") or s.get("mid")) for s in segs]
    return {"order": names[:8], "more": msg("more") if len(names) > 8 else ""}


def quoted(texts: list[str], limit: int = 6) -> dict:
    """``shown`` and ``more`` parameters: quoted texts ('A', 'B' / 「A」、「B」)."""
    return {"shown": [msg("q", text=t) for t in texts[:limit]], "more": msg("more") if len(texts) > limit else ""}


def title_track(work: Work) -> dict | None:
    tracks = tracks_by_role(work.draft, TT_TEXT, ROLE_TITLE)
    return tracks[0] if tracks and tracks[0]["sg"] else None


def caption_track(work: Work, create: bool = False) -> dict | None:
    tracks = tracks_by_role(work.draft, TT_TEXT, ROLE_CAPTION)
    if tracks:
        return tracks[0]
    if not create:
        return None
    track = {"id": work.new_id("x"), "tt": TT_TEXT, "n": "Captions", "role": ROLE_CAPTION, "sg": []}
    work.draft["t"].append(track)
    return track


def audio_tracks(work: Work, role: str) -> list[dict]:
    return [t for t in tracks_by_role(work.draft, TT_AUDIO, role) if t["sg"]]


def video_clips(work: Work) -> list[dict]:
    return [s for s in work.visual_segments() if is_clip(s)]


# frame targets (vocab.TARGETS keys) -> the audio targets of volume and mute
AUDIO_TARGET = {"music": "music", "voice": "voice", "clip_sound": "clips", "all_sound": "all", "video": "video"}
LABEL = {role: msg(f"audio.{role}") for role in ("music", "voice", "clips", "all")}


def audio_role(text: str) -> str | None:
    """The sound a removal's words name ("the music", "VO": the words come as typed, so in any case; "no VO" looked for a
    picture called "VO", dev set DL dl248)."""
    t = text.strip().lower()
    if rx(rf"^(?:the\s+)?(?:{MUSIC})$").match(t):
        return "music"
    if rx(rf"^(?:the\s+)?(?:{VOICE})$").match(t):
        return "voice"
    return None


# ("the video part": the clip, set AC ac146)
GENERIC_CLIP = compile_led(r"^(?:the\s+)?(?:video\s+clips?|clips?|videos?|footage|video\s+(?:part|section|segment|bit)|clip\s+part|视频片段|视频|片段)$")


def video_cut(frame: Any) -> bool:
    """"trim/cut the video to N" (not "shorten", nor "the length"): the video named and cut, which the trim reads (a
    clip or the total, asked when there are clips); the length edit leaves it (frames.Frame: not imported here)."""
    return bool(frame.target_keys() == ["video"] and frame.op_keys() - {"set"} == {"cut"})
