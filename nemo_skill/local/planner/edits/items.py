"""What is on the timeline: removing, replacing and adding pictures, clips and audio files."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ....draft.timeline import ROLE_CAPTION, TT_AUDIO, TT_TEXT, is_clip
from ..anchors import compile_led
from ..assets import OVERLAY_NAME, find_media, is_voice_name
from ..first_cut import (
    CAPTION_STYLE,
    CLIP_CAP_MS,
    IMAGE_MS,
    MUSIC_VOL,
)
from ..frames import FILE, Frame, leftover
from ..messages import Msg, msg
from ..parse import (
    END,
    MUSIC,
    NAME,
    VOICE,
    Scan,
    rx,
)
from ..refs import NOUN, REF, ZH_NOUN, Place, describe, name_score, parse_place, parse_ref, place_rx
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import DUR, name_words, plain_name
from ..vocab import ZH_EFFECTS
from ..work import Ambiguous, CannotApply, Work, tracks_by_role
from .shared import (
    LABEL,
    audio_role,
    audio_tracks,
    caption_track,
    find_visual,
    find_visuals,
    realternate_kb,
    with_positional_transitions,
)


@dataclass(frozen=True)
class RemoveArgs:
    what: str
    keep: bool = False  # "only keep the sneaker and the backpack": every other picture and clip goes
    among: str = ""  # "image": kept among the pictures only ("图片只留运动鞋那张"): the clips stay


def apply_remove(work: Work, args: RemoveArgs) -> None:
    what, = args.what,
    role = audio_role(what)
    if role:
        tracks = audio_tracks(work, role)
        if not tracks:
            raise CannotApply(msg("remove.no_music" if role == "music" else "remove.no_voice"))
        work.draft["t"] = [t for t in work.draft["t"] if t not in tracks]
        work.done(msg("remove.track", label=LABEL[role]), "remove_track", role=role)
        return
    track = work.main()
    segs = track["sg"]
    what = _one_unnamed(segs, what)
    counted = _COUNTED_N.fullmatch(what.strip())
    if counted and int(counted.group(1)) != 2:
        n_img = sum(1 for sg in segs if not is_clip(sg))
        if int(counted.group(1)) != n_img:
            raise CannotApply(msg("not_found", text=what.strip(), n_img=n_img, n_vid=len(segs) - n_img))
        what = "所有图片"
    try:
        ks = find_visuals(work, what)
    except CannotApply:
        if _remove_audio_by_name(work, what):
            return
        raise
    if args.keep:
        # (a clip kept after the other was removed is kept among the clips: "把clip.mp4删掉，只留开箱视频" removed every picture
        # too; dev set IJ ij130)
        removed_before = any(c["name"] == "remove_segment" for c in work.calls)
        clips_only = bool(ks) and all(is_clip(segs[k]) for k in ks) and removed_before
        ks = [k for k in range(len(segs)) if k not in ks and not (args.among == "image" and is_clip(segs[k]))
              and not (clips_only and not is_clip(segs[k]))]
        if not ks and removed_before:
            return  # "remove backpack + watch, only shoes cap ring": what the removal before left, said again (set CD cd235)
        if not ks:
            raise CannotApply(msg("remove.kept_all"))
    if len(ks) >= len(segs):
        raise CannotApply(msg("remove.only" if len(segs) == 1 else "remove.all"))
    gone = [segs[k] for k in ks]
    labels = [describe(work.visual_segments(), k) for k in ks]
    caps = [c for c in (work.caption_of(seg["id"]) for seg in gone) if c is not None]
    for cap in caps:
        for t in tracks_by_role(work.draft, TT_TEXT, ROLE_CAPTION):
            t["sg"] = [c for c in t["sg"] if c is not cap]
        work.links.pop(cap["id"], None)
    track["sg"] = with_positional_transitions(work, segs, lambda lst: [s for s in lst if all(s is not g for g in gone)])
    if len(gone) == 1:
        side = msg("remove.with_caption", text=msg("q", text=caps[0]["text"])) if caps else ""
        work.done(msg("remove.done", label=labels[0], n=len(track["sg"]), side=side), "remove_segment",
                  segment=gone[0]["id"])
        return
    side = msg("remove.with_captions", shown=[msg("q", text=c["text"]) for c in caps]) if caps else ""
    work.done(msg("remove.many", labels=labels, n=len(track["sg"]), side=side), "remove_segment",
              segments=[g["id"] for g in gone])


# one picture or clip said with none named: "删掉一张图片", "remove a photo", "delete one of the clips" (set CY cy267 said
# "I can't find '1张图片'"): which one is asked
_ONE_UNNAMED = compile_led(r"(?:(?:an?|one|any|some)\s+(?:of\s+(?:the|my|these|those|our)\s+)?|(?:其中|任意|随便)?\s*1\s*(?:张|幅|个|段)\s*)"
                           r"(?:(?P<c>(?:video\s+)?clips?|videos?|footage|视频片段|视频|片段)|pictures?|images?|photos?|pics?|slides?|shots?|图片|照片|相片|图)")


def _one_unnamed(segs: list[dict], what: str) -> str:
    """``what`` unchanged, or the only picture (clip) of the timeline when it says one with none named; with more, which
    one is asked (``_ONE_UNNAMED``)."""
    one = _ONE_UNNAMED.fullmatch(what.strip())
    if one is None:
        return what
    ks = [k for k, sg in enumerate(segs) if is_clip(sg) == bool(one.group("c"))]
    if len(ks) > 1:
        raise Ambiguous([describe(segs, k) for k in ks][:6])
    return what if not ks else "clip 1" if one.group("c") else "image 1"


# words that only say what kind of thing the reference is ("the video clip clip.mp4", "black-cap那张图")
_KIND_WORDS = compile_led(rf"\b(?:{NOUN})\b|\b(?:file|video|footage|still)\b|[那这哪](?:张|个|段|幅)|{ZH_NOUN}|[把将的了都也]")


_COUNT_ONLY = compile_led(r"(?:这|那)?(?:两|2)\s*个")
_COUNTED_KIND = compile_led(r"(?<!第)(?<![\d.])(?:两|2)\s*个\s*(视频片段|视频|片段|图片|照片)")
# "把三张图片都删掉" of three pictures: every picture, the count said being how many there are (set BR br195 looked for
# "3张"); a count that is not how many there are names none
_COUNT_N = compile_led(r"(?:这|那)?(\d+)\s*(?:张|个|幅)")
_COUNTED_N = compile_led(r"(?:这|那)?(\d+)\s*(?:张|个|幅)\s*(图片|照片)\s*(?:都|全|全部)?")


# one more name after the last picture named, to the clause's end: "…the sneaker and the gloves", "…sneaker和手套" (a word
# that names no picture of the timeline, so no reference was read of it)
_LIST_TAIL = compile_led(r"\s*(?:,\s*(?:and\s+)?|and\s+|&|\+|和|、|跟)\s*(?:the\s+|my\s+|our\s+)?"
                         r"(?!(?:it|that|this|that's|everything|all|more|so|too|also|then|please|pls|etc|the|a|an)\b)"
                         r"(?P<w>[a-z\u4e00-\u9fff][a-z\-\u4e00-\u9fff]*(?:\s+(?:photo|picture|pic|image|shot|one|那张|图片|照片))?)"
                         r"(?:\s*,?\s*(?:please|pls|too|as\s+well))?[\s.!。！]*")


# words that make a Chinese phrase a statement, never a thing's name: a negation, "already", a done 了 at its end
_TOLD_ZH = compile_led(r"[不没]|已经|了$")


def _listed(frame: Frame, said: str) -> str:
    """The pictures named, with a name said after them as one more of the list that no reference read: "keep only the
    sneaker and the gloves" keeps the sneaker and the gloves, and, with no gloves on the timeline, is refused as not
    found (it kept the sneaker alone, removing the gloves' place-holder's neighbours; wave 29 beside set CD cd235)."""
    last = max((m for m in frame.used if m.keys & {"ref", "file"}), key=lambda m: m.end, default=None)
    if last is None or str(dict.get(frame.values, "ref", "")) != said:
        return said
    tail = _LIST_TAIL.fullmatch(frame.text, last.end - frame.start)
    if tail is None or _TOLD_ZH.search(tail.group("w")):
        return said  # ("删除第四张图片，客户不卖了": a statement after the comma is why, no more of the list; set FB fb006)
    return f"{said} and {tail.group('w')}"


def _counted(frame: Frame) -> str:
    """"把两个视频都删掉": the count and its noun together ("2个视频", every clip when there are two), not the count
    alone, which the kind word was taken from as the frame's target (set BD bd034)."""
    obj = _listed(frame, frame.object_text())
    said = _COUNTED_KIND.search(frame.text)
    if said and _COUNT_ONLY.fullmatch(" ".join(obj.split())):
        return f"2个{said.group(1)}"
    many = _COUNTED_N.search(frame.text)
    if many and _COUNT_N.fullmatch(" ".join(obj.split())):
        return f"{many.group(1)}张{many.group(2)}"
    return obj


# a list of pictures and clips the removal's words join ("the clip and the first picture", "unboxing.mp4和背包那张图", "the
# watch or the cap" after "don't need"): the frame read one of them as its value and the rest went without a word (set EG
# eg040 eg035 eg115). The whole list is the removal's, each part found or said not found; never a text or a sound in it
_JOINED = compile_led(r"\s(?:and|or|&|plus)\s|和|、|跟|与|以及|及|还有")
_NOT_VISUAL = compile_led(r"\b(?:title|headline|captions?|subtitles?|text|music|song|voice|voiceover|narration|logo|sticker|watermark"
                          r"|transitions?|card|fade|sound|audio)\b|标题|字幕|文字|音乐|配音|旁白|声音|logo|贴纸|水印|转场|卡片|片尾|结尾")
_NOT_WANTED = compile_led(r"\b(?:don'?t|do\s+not|no\s+longer)\s+(?:need|want)\b")


def _list_said(frame: Frame) -> str | None:
    """The words of a list of pictures and clips the removal acts on, or None (see ``_JOINED``)."""
    if not frame.ops:
        return None
    end, start = max(o.end for o in frame.ops), min(o.start for o in frame.ops)
    span = (end, frame.end)
    words = frame.text[end - frame.start:].strip(" .,!?;:，。！？")
    if not words:
        before = frame.text[:start - frame.start]
        cut = max(before.rfind(c) for c in "，,把将") + 1  # (from the clause's start or its 把: "我看了，把X和Y删掉")
        span = (frame.start + cut, start)
        words = before[cut:].strip(" ，,。")
    words = re.sub(r"\s*(?:,|，)?\s*(?:keep|留下|保留)\b.*$|\s*(?:吧|了)$", "", words)
    if not _JOINED.search(words) or _NOT_VISUAL.search(words) or len(words) > 60:
        return None
    if re.search(r"\sor\s", words):
        if not _NOT_WANTED.search(frame.text):
            return None
        words = re.sub(r"\sor\s", " and ", words)
    frame.values.seen.add("object")  # (its words are read, as ``Frame.object_text`` marks them)
    frame.object_span = span
    return words


def _direct(frame: Frame) -> bool:
    """The picture a frame names is what the operation acts on: "remove the sneaker photo", not "remove the
    background from the sneaker photo" (other words between the verb and the reference)."""
    ref = next((m for m in frame.used if m.keys & {"ref", "file"}), None)
    if ref is None:
        return True
    ops = [o for o in frame.ops if o.end <= ref.start]
    if ops:  # from the first verb: "remove the strip from the gold watch photo" is no removal of the photo
        a, b = min(o.end for o in ops), ref.start
    else:
        after = [o.start for o in frame.ops if o.start >= ref.end]
        if not after:
            return True
        a, b = ref.end, min(after)
    gap = _KIND_WORDS.sub(" ", frame.text[a - frame.start:b - frame.start])
    return not leftover(gap, 0, [])


_CLIPPISH = compile_led(r"clip|video|footage|\.(?:mp4|mov|webm|m4v|mkv)|视频|片段")


# seconds said in the clause: a part of a clip is cut ("把视频片段剪到第2秒到第6秒": 第2 is no picture)
_SECONDS = compile_led(r"秒|\bsec(?:ond)?s?\b")


# a shape a picture is cropped to: "crop image 2 square", "把第二张图片裁剪为正方形" keep the picture (no edit crops one
# picture: the clause is not understood), never remove it (both removed it: wrong edits, session 33's note)
_SHAPE = compile_led(r"\b(?:square|vertical|portrait|landscape|horizontal|widescreen|\d+\s*[:x×]\s*\d+)\b"
                     r"|(?:正)?方形|竖屏|横屏|竖版|横版|\d+\s*[:：比]\s*\d+")


def _cut_out(frame: Frame, t: str) -> RemoveArgs | None:
    ref = str(frame.values["ref"])
    if _CLIPPISH.search(ref) or _SECONDS.search(frame.text) or _SHAPE.search(frame.text) or not _direct(frame):
        return None
    if _TRIMMED.search(frame.text):
        return None  # (trimmed is made shorter, never taken out: "trim the unboxing. and mute both clips" removed the clip; set EW)
    return RemoveArgs(what=ref)


_TRIMMED = compile_led(r"\btrim(?:s|med|ming)?\b|修剪")


# ("把gold-ring.jpg和black-cap.jpg删掉": the Chinese list words too; wave 19 brief)
FILES = rf"{FILE}(?:\s*(?:,|&|and|,\s*and|和|与|跟|及|以及|、|，)\s*{FILE})+"  # "gold-ring.jpg and black-cap.jpg"
_FILES = compile_led(FILES)
_ONLY_KEEP = compile_led(r"\b(?:only|just)\s+(?:want\s+to\s+)?keep\b|\bkeep\s+(?:only|just)\b|只\s*(?:保留|留下?|要)")


# the pictures said as what is kept among ("图片只留运动鞋那张", "三张图里只要手表", "of the photos, keep only the watch"): the
# clips are no part of it (set EG eg101 eg102 removed both clips with the other pictures)
_AMONG_PICTURES = compile_led(r"(?:图片|照片|图)\s*(?:里面?|中|里头|当中)?\s*(?:的话)?\s*(?:就|我)?\s*只"
                              r"|\b(?:of|among)\s+the\s+(?:pictures|photos|images|pics)\b[^.;!?]{0,12}?\b(?:only|just)\b"
                              r"|\b(?:pictures|photos|images|pics)\s*[:,]?\s*(?:only|just)\s+keep\b")


def _keep_only(frame: Frame, t: str) -> RemoveArgs | None:
    if not _ONLY_KEEP.search(frame.text) or _SECONDS.search(frame.text) or not _direct(frame):
        return None
    among = "image" if _AMONG_PICTURES.search(frame.text) else ""
    return RemoveArgs(what=_listed(frame, str(frame.values["ref"])), keep=True, among=among)


def _remove_audio_by_name(work: Work, what: str) -> bool:
    for t in work.draft["t"]:
        if t.get("tt") != TT_AUDIO:
            continue
        for seg in t["sg"]:
            m = work.media.get(seg.get("mid", ""))
            if name_score(what, str(seg.get("name", "")), m.filename if m else "") >= 0.5:
                t["sg"].remove(seg)
                work.draft["t"] = [x for x in work.draft["t"] if x is not t or x["sg"]]
                work.done(msg("remove.audio", name=seg.get("name") or msg("the_audio"),
                              track=t.get("n") or msg("audio_track")), "remove_segment", segment=seg["id"])
                return True
    return False


def _set_audio(work: Work, role: str, media) -> Msg:  # noqa: ANN001 - PlannerMedia
    tracks = audio_tracks(work, role) or tracks_by_role(work.draft, TT_AUDIO, role)
    seg = {"id": work.new_id(), "mid": media.id, "name": plain_name(media.filename), "s": 0,
           "d": max(1, work.total()), "in": 0}
    if role == "music":
        seg.update(loop=True, fi=1000, fo=2000)
    if tracks:
        tracks[0]["sg"] = [seg]
        return msg("audio.replaced", label=LABEL[role], file=media.filename)
    track = {"id": work.new_id("a"), "tt": TT_AUDIO, "n": "BGM" if role == "music" else "Voiceover", "role": role,
             "vol": MUSIC_VOL if role == "music" else 1.0, "sg": [seg]}
    if role == "music":
        track["duck"] = bool(audio_tracks(work, "voice"))
    work.draft["t"].append(track)
    return msg("audio.added_music" if role == "music" else "audio.added_voice", file=media.filename)


@dataclass(frozen=True)
class ReplaceArgs:
    old: str
    new: str
    one: bool = False  # "换一张": one picture, neither it nor the new file named (asked)


# new words that are a colour, or a thing in a colour, said in Chinese ("蓝色的鞋", "红色的", "蓝的")
_RECOLOURED_ZH = compile_led(r"(?:[深浅亮暗淡]\s*)?[红橙黄绿青蓝紫黑白灰粉金银棕褐米]\s*(?:色\s*(?:的)?|的)")


# a caption named by its words and the noun after them: "Gold Ring字幕", "Gold Ring 那个字幕", "the Gold Ring caption"
# (or the noun first, its place before it: "最后那个字幕 Unboxing", set EB eb071)
_CAPTION_NAMED = compile_led(r"(?:the\s+)?(?P<w>.+?)\s*(?:那个|这个|那条|这条|的)?\s*(?:字幕|(?:caption|subtitle)s?\b)"
                             r"|(?:最后|第一|最前面?|第\s*[一二三四五六七八九十\d]+)?\s*(?:那个|这个|那条|这条|一个|一条|个|条)?\s*字幕\s*[:：]?\s*(?P<w2>.+)")


def apply_replace(work: Work, args: ReplaceArgs) -> None:
    old, new = args.old, args.new
    if args.one and not old and not new:
        # "换一张", "swap one of the pictures out": which picture, with which file, is asked; each reading is a request the
        # planner reads (set BV bv298 was not understood); with no upload left to bring in, which file is said
        segs = work.main()["sg"]
        used = {sg.get("mid") for sg in segs}
        fresh = [m for m in work.order if m.kind in ("image", "video") and m.id not in used
                 and not OVERLAY_NAME.search(m.filename.lower())]
        if not segs:
            raise CannotApply(msg("replace.which"))
        if not fresh:
            # every upload is in the video already: which picture goes, and what comes in, is asked (set CW cw166 said
            # what to do as if nothing were asked)
            raise Ambiguous([], "replace.which_new")
        raise Ambiguous([msg("replace.one", label=describe(segs, k), file=f.filename)
                         for k in range(len(segs)) for f in fresh][:6])
    if not new:
        raise CannotApply(msg("replace.which"))
    # (captions is loaded after items)
    from .captions import CaptionSetArgs, apply_caption_set, caption_saying
    said = _CAPTION_NAMED.fullmatch(old.strip())
    words = (said.group("w") or said.group("w2")).strip() if said else ""
    if words and caption_saying(work, words) is not None:
        # "把Gold Ring字幕改成18K金戒指": the caption named by its words gets new ones; the picture the new words half-name
        # (gold-ring.jpg for 金戒指) was put in its own place and the reply said nothing changed (set EB eb058)
        apply_caption_set(work, CaptionSetArgs(ref=words, text=new, old=words))
        return
    role = audio_role(old) or ({"背景音乐": "music", "音乐": "music", "配乐": "music", "配音": "voice",
                                  "旁白": "voice", "background music": "music", "bgm": "music",
                                  "narration": "voice", "voiceover": "voice", "voice over": "voice"}.get(old.strip()))
    if role:
        media = find_media(work.order, new, ("audio",))
        if media is None:
            raise CannotApply(msg("replace.no_audio", name=new))
        work.done(_set_audio(work, role, media), "replace_media", role=role, media=media.id)
        return
    media = find_media(work.order, new, ("image", "video"))
    if _RECOLOURED_ZH.match(new.strip()) and (media is None or name_score(old, media.filename) >= 1):
        # "把红鞋换成蓝色的鞋": the thing in another colour (no upload, or only its own picture, named by the words) is a
        # recolour of the picture, never its caption's new words (set CE ce036 captioned the sneaker 蓝色的鞋); said so
        raise CannotApply(msg("replace.no_visual", name=new))
    if (media is None or name_score(new, media.filename) < 1) and caption_saying(work, old) is not None:
        # "Red Sneaker 改成 Blue Shoe" with a caption saying "Red Sneaker": new words no file fully names are the
        # caption's new text, not a picture half-named by them (blue-backpack.jpg for "Blue Shoe"; found by wave 20)
        # ("replace Red Sneaker with the golden ring", gold-ring.jpg half-named: which of the two is asked)
        if media is not None and name_score(old, media.filename) < 1:  # (not the old picture's own file)
            raise Ambiguous([msg("replace.as_caption", old=msg("q", text=old), text=msg("q", text=new)),
                             msg("replace.as_file", old=msg("q", text=old), file=media.filename)])
        apply_caption_set(work, CaptionSetArgs(ref=old, text=new, old=old))
        return
    if media is None:
        raise CannotApply(msg("replace.no_visual", name=new))
    segs = work.main()["sg"]
    k = find_visual(work, old)
    seg = segs[k]
    label = describe(work.visual_segments(), k)
    there = [j for j, sg in enumerate(segs) if j != k and sg.get("mid") == media.id and seg.get("mid") != media.id]
    if there:
        # "第一张改成手表" with the watch already picture 3: shown twice is no one's wish (set BZ bz234 showed it twice);
        # replaced, the old picture goes and the watch takes its place, leaving its own (the reply says both; a swap
        # kept the watch photo that "use black-cap.jpg instead of the watch photo" removes: mixed_context_pronouns#70)
        apply_remove(work, RemoveArgs(what=f"segment {there[0] + 1}"))
        if there[0] < k:
            k -= 1
        segs = work.main()["sg"]  # (the removal made the list anew)
        seg = segs[k]
    old_media = work.media.get(seg.get("mid", ""))
    old_caption = name_words(old_media.filename if old_media else str(seg.get("name", "")))
    seg.update(mid=media.id, k=media.kind, name=plain_name(media.filename))
    if media.kind == "video":
        seg.pop("kb", None)
        seg["in"] = 0
        src = work.source_ms(media.id)
        if src:
            seg["d"] = max(100, min(seg["d"], src))
            seg["out"] = seg["d"]
        else:
            seg.pop("out", None)
    else:
        seg.pop("in", None)
        seg.pop("out", None)
        seg.pop("vol", None)
        seg.pop("mute", None)
        seg["kb"] = "in" if work.draft["m"].get("kb", True) else "none"
        realternate_kb(work, segs)
    cap = work.caption_of(seg["id"])
    side: Msg | str = ""
    if cap is not None and cap["text"] == old_caption:
        cap["text"] = name_words(media.filename)
        side = msg("replace.caption_follows", text=msg("q", text=cap["text"]))
    work.done(msg("replace.done", label=label, file=media.filename, side=side), "replace_media", segment=seg["id"],
              media=media.id)


@dataclass(frozen=True)
class AddArgs:
    what: str
    first: bool = False
    after: str | None = None  # a reference: "insert it after the second image"
    before: str | None = None
    position: int | None = None  # 1-based: "as the second picture"
    also: str | None = None  # with ``after``: "between the watch and the ring" (the two must be neighbours)
    every: bool = False  # "use all five pictures": every picture uploaded and not in the video yet, at the end
    one_more: bool = False  # "再加一张图", "use the remaining one": the one picture uploaded and not in the video yet
    slide: bool = False  # its place said as a picture of the slideshow ("as the last picture"): a sticker or logo too


def place_of(args: AddArgs) -> Place:
    """Where an added picture goes, as a ``refs.Place``."""
    if args.also is not None and args.after is not None:
        return Place("between", anchor=args.after, other=args.also)
    if args.after is not None:
        return Place("after", anchor=args.after)
    if args.before is not None:
        return Place("before", anchor=args.before)
    if args.position is not None:
        return Place("index", n=args.position)
    return Place("start" if args.first else "end")


def insertion_index(work: Work, place: Place, rest: list[dict]) -> int:
    """Where in ``rest`` (the main track without the picture being placed) a Place puts a picture."""
    def at(ref: str) -> int:
        seg = work.main()["sg"][find_visual(work, ref)]
        if all(s is not seg for s in rest):
            raise CannotApply(msg("move.same"))
        return next(i for i, s in enumerate(rest) if s is seg)

    if place.at == "start":
        return 0
    if place.at == "end":
        return len(rest)
    if place.at == "index" and place.n < 0:  # counted from the end: -1 the last, -2 the second to last
        if not 1 <= len(rest) + 2 + place.n <= len(rest) + 1:
            raise CannotApply(msg("place.beyond", n=place.n, count=len(rest) + 1))
        return len(rest) + 1 + place.n
    if place.at == "index":
        if not 1 <= place.n <= len(rest) + 1:
            raise CannotApply(msg("place.beyond", n=place.n, count=len(rest) + 1))
        return place.n - 1
    if place.at == "between":
        i, j = at(place.anchor or ""), at(place.other or "")
        if abs(i - j) != 1:
            raise CannotApply(msg("place.not_neighbours", a=describe(rest, i), b=describe(rest, j)))
        return max(i, j)
    return at(place.anchor or "") + (1 if place.at == "after" else 0)


_BARE_PRONOUNS = frozenset({"it", "this", "that", "this one", "that one", "它", "这个", "那个"})


def _ids_in(node: object) -> set[str]:
    """Every string the draft holds (the media ids among them), wherever it uses them: a track, an overlay, the brand."""
    if isinstance(node, str):
        return {node}
    if isinstance(node, dict):
        return {s for v in node.values() for s in _ids_in(v)}
    if isinstance(node, list):
        return {s for v in node for s in _ids_in(v)}
    return set()


_TOO = compile_led(r"\s+(?:too|as\s+well|also)\s*$")


def _nth_upload(work: Work, what: str):  # noqa: ANN202 - PlannerMedia | None
    """"加入第五张图片", "add image 5" with four pictures in the video and a fifth uploaded: the Nth picture of the
    uploads, when the video has fewer than N and that upload is not in it (set BT bt262 looked for a file "第5张图片");
    a number the video has, or an upload in it already, names none."""
    what = _TOO.sub("", what)  # ("add picture 5 too")
    ref = parse_ref(what) if what.strip() else None
    if ref is None or ref.name is not None or ref.many or ref.index is None or ref.index <= len(work.main()["sg"]):
        return None
    kinds = ("image",) if ref.kind == "image" else ("video",) if ref.kind == "video" else ("image", "video")
    pool = [m for m in work.order if m.kind in kinds and not OVERLAY_NAME.search(m.filename.lower())]
    if ref.index > len(pool) or pool[ref.index - 1].id in _ids_in(work.draft):
        return None
    return pool[ref.index - 1]


# a file said by its kind alone ("the png", "a jpg image", "the mp4 file")
_FILE_KIND = compile_led(r"(?:the\s+|a\s+|an\s+|that\s+|this\s+)?(png|jpe?g|webp|mp4|mov|mp3|wav)(?:\s+(?:image|picture|photo|file|one|clip|video|audio))?")
_KIND_ENDINGS = {"png": (".png",), "jpg": (".jpg", ".jpeg"), "jpeg": (".jpg", ".jpeg"), "webp": (".webp",), "mp4": (".mp4",),
                 "mov": (".mov",), "mp3": (".mp3",), "wav": (".wav",)}


def apply_add(work: Work, args: AddArgs) -> None:
    if args.every:
        used = {sg.get("mid") for sg in work.main()["sg"]}
        fresh = [m for m in work.order if m.kind == "image" and m.id not in used and not OVERLAY_NAME.search(m.filename.lower())]
        if not fresh:
            raise CannotApply(msg("add.all_in"))
        for m in fresh:
            apply_add(work, AddArgs(what=m.filename))
        return
    if args.one_more:
        # "再加一张图吧", "剩下那张也用上": the one picture uploaded and not in the video yet; several are asked, never one
        # guessed (sets BQ bq299, bq300 were not understood)
        used = {sg.get("mid") for sg in work.main()["sg"]}
        fresh = [m for m in work.order if m.kind == "image" and m.id not in used and not OVERLAY_NAME.search(m.filename.lower())]
        if not fresh:
            raise CannotApply(msg("add.all_in"))
        if len(fresh) > 1:
            raise Ambiguous([msg("q", text=m.filename) for m in fresh])
        apply_add(work, replace(args, what=fresh[0].filename, one_more=False))
        return
    what, first = args.what, args.first
    if what.strip() in _BARE_PRONOUNS:
        # "add it" with nothing named before it: the uploads the draft does not use yet are the readings, asked (set
        # BE be246 said "I can't find a file called 'it'"); never one guessed
        unused = [m for m in work.order if m.id not in _ids_in(work.draft)]
        if unused:
            raise Ambiguous([msg("q", text=m.filename) for m in unused])
    media = find_media(work.order, what) or _nth_upload(work, what)
    if media is None and (kind := _FILE_KIND.fullmatch(what.strip())) is not None:
        # "add the png", "add the png image over the video": a kind of file said, not its name; the uploads of that kind the
        # draft does not use yet are the readings, asked (it said "I can't find a file called 'the png'"; dev sets DJ
        # dj195, DH dh021); one alone is that one
        ends = _KIND_ENDINGS[kind.group(1)]
        unused = [m for m in work.order if m.id not in _ids_in(work.draft) and m.filename.lower().endswith(ends)]
        if len(unused) > 1:
            raise Ambiguous([msg("q", text=m.filename) for m in unused])
        media = unused[0] if unused else None
    if media is None:
        raise CannotApply(msg("add.no_file", name=what))
    if media.kind == "audio":
        role = "voice" if is_voice_name(media.filename) else "music"
        if any(seg.get("mid") == media.id for t in audio_tracks(work, role) for seg in t["sg"]):
            # "add a Spanish voiceover" with voiceover.wav playing: no new file, and no "already like that"
            raise CannotApply(msg(f"add.already_{role}", file=media.filename, name=what))
        work.done(_set_audio(work, role, media), "add_media", media=media.id, role=role)
        return
    if OVERLAY_NAME.search(media.filename.lower()) and args == AddArgs(what=args.what):
        # "also add the sale sticker": a sticker or a logo is laid over the video, not a picture of the slideshow; said
        # without a place, it is not guessed (set AK ak144 added the sticker as a sixth picture)
        raise CannotApply(msg("add.overlay", file=media.filename))
    track = work.main()
    segs = track["sg"]
    there = next((k for k, sg in enumerate(segs) if sg.get("mid") == media.id), None)
    if there is not None:
        # a picture already in the video is not added twice: said with a place, it moves there ("gold-ring.jpg 也用上，
        # 放第二张" with the ring on the timeline); said alone, the reply says where it is
        if args.first or args.slide or args.after is not None or args.before is not None or args.position is not None:
            from .ordering import apply_move, move_args  # (ordering imports this module)
            apply_move(work, move_args(media.filename, place_of(args)))
            return
        raise CannotApply(msg("add.already_visual", file=media.filename, label=describe(segs, there)))
    src = work.source_ms(media.id)
    seg: dict = {"id": work.new_id(), "mid": media.id, "k": media.kind, "name": plain_name(media.filename),
                 "s": 0, "fit": work.draft["m"].get("fit", "cover")}
    if media.kind == "image":
        seg.update(d=IMAGE_MS, kb="in" if work.draft["m"].get("kb", True) else "none")
    else:
        seg.update(d=min(src, CLIP_CAP_MS) if src else 5000, **{"in": 0})
        if src:
            seg["out"] = seg["d"]
    place = place_of(args)
    at = insertion_index(work, place, segs)
    track["sg"] = with_positional_transitions(work, segs, lambda lst: lst[:at] + [seg] + lst[at:])
    beside: tuple[str, Msg] | None = None  # ("after" / "before", the picture it is next to)
    if 0 < at < len(segs):
        beside = ("after", describe(track["sg"], at - 1)) if place.at in ("after", "between", "index") else (
            "before", describe(track["sg"], at + 1))
    first = at == 0
    side: Msg | str = ""
    captions = caption_track(work)
    if captions is not None and captions["sg"]:  # the other pictures have captions: this one gets one too
        cap = {"id": work.new_id(), "text": name_words(media.filename), "s": 0, "d": seg["d"],
               "style": dict(CAPTION_STYLE)}
        captions["sg"].append(cap)
        work.links[cap["id"]] = seg["id"]
        side = msg("add.with_caption", text=msg("q", text=cap["text"]))
    if beside is not None:
        reply = msg(f"add.{beside[0]}", file=media.filename, label=beside[1], side=side)
    else:
        reply = msg("add.start" if first else "add.end", file=media.filename, side=side)
    work.done(reply, "add_media", media=media.id, position=track["sg"].index(seg) + 1)


# --- phrase rules (read before the last clause-free words; order 100) --------------------

_NOT_ONE_NAME = (r"music|voice|voiceover|vo|narration|bgm|song|title|captions?|subtitles?|text|logo|sticker|watermark|"
                 r"transitions?|fades?|video|audio|sound|end|outro|intro|card|brand|it|them|this|that")
# "drop the cap and the ring, 20 seconds total": more pictures named by one word each (a wish of its own after the
# "and" is no name: "remove the cap and make it 20 s"); the length beside it had kept the ring (set AR ar224)
_MORE_NAMES = (r"(?:(?:(?:\s*,\s*|\s+)(?:and|&)\s+(?:the\s+)?|\s*,\s*the\s+)(?!(?:make|set|put|move|add|use|change|turn|give|keep|cut|trim|then"
               rf"|also|{_NOT_ONE_NAME})\b)[a-z][a-z0-9-]*(?:\s+(?:pics?|pictures?|photos?|images?|shots?|ones?))?(?=\s*[,;.]|\s*$|\s+(?:and|&)\s))*")


# a picture named with its picture word, or a file: what "use …" adds ("use serif for it" is a font; wave8_s#15)
_PICTURE_NAMED = (rf"(?:{FILE}|(?:the\s+|that\s+|my\s+|our\s+)?[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*)?\s+"
                  r"(?:picture|photo|pic|image|shot)(?![a-z]))")


# where a replacement goes, said after it: where the old one was, as a replacement always goes ("replace the cap with the
# ring in the same position": set CI ci245 looked for a file "gold-ring.jpg in the same position")
_SAME_PLACE = (r"(?:\s*,?\s+(?:in\s+(?:the\s+same|its|that|their)\s+(?:position|place|spot|slot)|at\s+the\s+same\s+(?:position|place|spot)"
               r"|where\s+(?:it|that\s+one|the\s+old\s+one)\s+(?:is|was|sits|sat)(?:\s+now)?))?")


def r_assets(s: Scan) -> None:
    audio = rf"(?:the\s+)?(?P<au>{MUSIC}|{VOICE})"
    same = _SAME_PLACE
    for m in s.take(rf"\breplace\s+(?P<a>{audio}|{REF}|{NAME})\s+(?:with|by)\s+(?P<b>{NAME}){same}{END}"
                    rf"|\bswap\s+out\s+(?P<a2>{REF}|{NAME})\s+for\s+(?P<b2>{NAME}){same}{END}"
                    rf"|\bswap\s+(?P<a8>{REF}|{NAME})\s+out\s+for\s+(?P<b8>{NAME}){same}{END}"
                    rf"|\buse\s+(?P<b3>{NAME})\s+instead\s+of\s+(?P<a3>{REF}|{NAME}){END}"
                    rf"|\buse\s+(?P<b4>{NAME})\s+(?:as|for)\s+(?:the\s+)?(?P<a4>background\s+music|music|bgm|voice\s*-?\s*over|voiceover|narration|voice){END}"
                    # ("用金戒指替换掉第一张": 掉 after the verb, as the overlays' rule reads it; set CF cf143 looked for "掉第1张")
                    rf"|(?:用|拿)\s*(?P<b5>{NAME})\s*(?:来)?\s*(?:替换|替代|换掉|代替|换下)(?:掉|下)?\s*(?P<a5>{REF}|{MUSIC}|{VOICE}|{NAME}){END}"
                    rf"|(?:用|拿)\s*(?P<b7>{NAME})\s*(?:做|作为|当)\s*(?P<a7>背景音乐|音乐|配乐|配音|旁白)"
                    rf"|(?:把)?\s*(?P<a6>{REF}|{MUSIC}|{VOICE}|{NAME})\s*(?:替换成|替换为|换成|换为|改成|改为)\s*(?P<b6>{NAME}){END}",
                    when=lambda m: not any(g and rx(rf"\s*{DUR}\s*").fullmatch(g) for g in m.group("b", "b6"))):
        a = next((g for g in m.group("a", "a2", "a3", "a4", "a5", "a6", "a7", "a8") if g), None)
        b = next((g for g in m.group("b", "b2", "b3", "b4", "b5", "b6", "b7", "b8") if g), None)
        s.add("replace", m, old=(s.text_of(a) or "").strip(), new=(s.text_of(b) or "").strip())
    # the files kept, the rest gone: "只留 red-sneaker.jpg 和 black-cap.jpg", "only keep red-sneaker.jpg" (set EG eg077 was
    # not understood)
    # (the list ends with the files: "just keep unboxing.mp4 and the pics" kept the clip alone and dropped "the pics" unsaid;
    # set EW ew110's shape. The frames read a list with other things in it)
    for m in s.take(rf"(?:\b(?:only|just)\s+keep|\bkeep\s+(?:only|just)|只\s*(?:留下?|保留|要))\s*(?:the\s+)?(?P<k>{FILES}|{FILE})"
                    rf"(?!\s+(?:and|plus|&)\s+(?:the\s+|all\s+(?:the\s+)?|my\s+|its\s+)?(?:pics?|pictures?|photos?|images?|stills|slides|rest|others?"
                    rf"|[a-z0-9_\-]+\.(?:jpe?g|png|webp|mp4|mov)|图|照片|图片)\b){END}"):
        s.add("remove", m, what=(s.text_of(m.group("k")) or "").strip(), keep=True)
    for m in s.take(rf"\b(?:remove|delete|drop|take\s+out|get\s+rid\s+of|lose|cut\s+out|ditch|skip)\s+(?:the\s+)?"
                    rf"(?P<w>{FILES}|{MUSIC}|{VOICE}|{REF}|{NAME}{_MORE_NAMES}){END}"
                    rf"|\b(?:no|without)\s+(?:background\s+)?(?P<w2>{MUSIC}|{VOICE})"
                    rf"|(?:删除|删掉|去掉|移除|拿掉|不要|去除)\s*(?P<w3>{FILES}|{MUSIC}|{VOICE}|{REF}|{NAME}){END}"
                    # ("把gold-ring.jpg和blue-backpack.jpg删了": set EG eg098 left it unread)
                    rf"|(?:把|将)?\s*(?P<w4>{FILES})\s*(?:都|全|全部)?\s*(?:给)?\s*(?:删除|删掉|删了|去掉|去了|移除|拿掉|去除|撤掉|撤了|不要了|干掉){END}"):
        w = m.group("w") or m.group("w2") or m.group("w3") or m.group("w4")
        s.add("remove", m, what=(s.text_of(w) or "").strip())
    # "换一张", "换掉一张图吧", "swap one of the pictures out": a picture replaced, neither it nor the file named (asked)
    for m in s.take(r"(?:^|(?<=[,，;；]))\s*(?:(?:帮我|请|再)\s*)*换\s*(?:掉)?\s*(?:1|一)\s*张\s*(?:图片|照片|图)?\s*(?:吧|呀|啊)?(?=\s*(?:$|[,，。;；!！?？]))"
                    r"|(?:^|(?<=[,;]))\s*(?:swap|switch|change|replace)\s+(?:out\s+)?(?:one|a)\s+(?:of\s+the\s+)?(?:pictures?|photos?|images?|pics?|shots?)"
                    r"(?:\s+out)?(?=\s*(?:$|[,.;!?]))"):
        s.add("replace", m, old="", new="", one=True)
    # "use all five pictures", "include every photo i uploaded", "所有图片都用上": the ones not in the video yet (set AF af157)
    # ("include all five uploaded pictures": the pictures said with what they are; set BG bg290 looked for a file)
    # ("所有上传的图片都用上": 上传的 between; set BP bp299 was not understood)
    for m in s.take(r"\b(?:use|include|add|put\s+in)\s+(?:all|every|each)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:\d+\s+)?"
                    r"(?:(?:uploaded|available|other|remaining|unused)\s+)?(?:pictures|photos|images|pics|uploads|picture|photo|image)(?:\s+(?:i|we)\s+(?:uploaded|sent|added|gave\s+you))?"
                    # ("include all of the uploaded pictures in the video": where they go said too; set BS bs287)
                    r"(?:\s+(?:in|into|to)\s+(?:the\s+)?(?:video|timeline|slideshow))?"
                    rf"{END}|(?:把)?\s*(?:所有|全部|\d+\s*张)(?:的)?\s*(?:(?:我|我们)?\s*(?:上传|传|发)(?:了|过)?的\s*)?(?:图片|照片|图)\s*(?:都|全部|全)\s*(?:用上|加进去|放进去|用进去)"
                    # ("我传的图全部用上": the pictures said as the ones sent, with no 所有 before; set BX bx287 was not understood)
                    r"|(?:把)?\s*(?:我|我们)\s*(?:上传|传|发)(?:了|过)?的\s*(?:图片|照片|图)\s*(?:都|全部|全都|全)\s*(?:用上|加进去|放进去|用进去)"):
        s.add("add", m, what="", every=True)
    item = rf"(?:{REF}|{NAME})"
    place, zh_place = place_rx(item, "en"), place_rx(item, "zh")
    # "再加一张图吧", "剩下那张也用上，放第一个", "add one more photo", "use the remaining picture too": the one picture not in
    # the video yet (asked when several are; sets BQ bq299, bq300 were not understood)
    for m in s.take(r"\b(?:add|use|include|put\s+in|throw\s+in)\s+(?:one\s+more|another|the\s+(?:other|remaining|leftover|unused|last\s+unused)|the\s+one\s+(?:left|remaining))"
                    r"(?:\s+(?:one|picture|photo|image|pic|shot))?(?:\s+(?:too|as\s+well|also))?"
                    rf"(?:(?:\s*[,，]\s*|\s+)(?:(?:right|just|directly)\s+)?(?P<pl>{place}))?{END}"
                    r"|(?:^|(?<=[,，;；\s]))(?:再|多)\s*(?:加|添加|加上|放|用)\s*(?:1|一)\s*张\s*(?:图片|照片|图)?\s*(?:吧|啊|呀)?"
                    rf"(?:[,，]\s*(?:放|移|排|加)?\s*(?:到|在|为|成)?\s*(?P<pl2>{zh_place}))?{END}"
                    r"|(?:剩下|剩余|没用上|没用到|还没用)\s*(?:的)?\s*(?:那|这)?\s*(?:1|一)?\s*张\s*(?:图片|照片|图)?\s*(?:也)?\s*"
                    r"(?:用上|加上|加进去|放进去|用进去|加进来|放进来)\s*(?:吧|啊|呀)?"
                    rf"(?:[,，]\s*(?:放|移|排|加)?\s*(?:到|在|为|成)?\s*(?P<pl3>{zh_place}))?{END}",
                    # (a place said after it and not read is no adding at the end: the whole is not understood)
                    when=lambda m: bool(m.group("pl") or m.group("pl2") or m.group("pl3"))
                    or not _PLACE_AFTER.match(s.msg.low, m.end())):
        where = parse_place(m.group("pl") or m.group("pl2") or m.group("pl3") or "end")
        s.add("add", m, what="", one_more=True, **add_place(where or Place("end")))
    # ("add the ring photo, at the very start", "put the ring photo in too, at the very start", "can u also use the ring
    # picture": the place after a comma, "put … in", "use …" an adding; sets BF bf282 / BD bd024 added at the end or
    # read nothing)
    found = s.take(rf"\b(?:put|stick|throw|slot)\s+(?P<w13>{NAME})\s+in(?:\s+(?:too|as\s+well|also))?"
                   rf"(?:(?:\s*[,，]\s*|\s+)(?:(?:right|just|directly)\s+)?(?P<pl13>{place}))?{END}"
                   rf"|\buse\s+(?P<w14>{_PICTURE_NAMED})(?:\s+(?:too|as\s+well|also))?(?:(?:\s*[,，]\s*|\s+)(?:(?:right|just|directly)\s+)?(?P<pl14>{place}))?{END}")
    found += s.take(rf"\b(?:add|append|insert|include|put\s+in|slot\s+in|squeeze\s+in|throw\s+in)\s+(?P<w>{NAME})(?:\s*[,，]\s*|\s+)(?:(?:right|just|directly)\s+)?"
                   rf"(?:in\s+|into\s+the\s+(?:video|timeline|slideshow)\s+|to\s+the\s+(?:video|timeline|slideshow)\s+)?"
                   rf"(?:so\s+(?:that\s+)?it\s+(?:comes?|is|goes|sits|plays)\s+)?(?P<pl>{place}){END}"
                   rf"|\b(?:put|place|stick|slot|squeeze)\s+(?P<w4>{NAME})\s+in\s+(?P<pl4>{place}){END}"
                   # ("add the ring photo in too": "in" and "too" are no part of its name; set CH ch289 found no file
                   # "the ring photo in too")
                   rf"|\b(?:add|append|insert|include)\s+(?P<w6>{NAME})(?:\s+in(?:to\s+(?:it|the\s+(?:video|slideshow|mix)))?)?"
                   rf"(?:\s+(?:too|as\s+well|also))?{END}"
                   # ("the ring pic should be in there too", "i want gold-ring.jpg in the video as well": an upload wished in
                   # the video is added; set CI ci247 made the length alone and dropped the picture)
                   rf"|(?P<w23>{FILE})\s+(?:should|needs\s+to|has\s+to|must|ought\s+to)\s+(?:also\s+)?be\s+in"
                   rf"(?:\s+(?:there|it|the\s+(?:video|slideshow|edit|mix)))?(?:\s+(?:too|as\s+well|also))?{END}"
                   rf"|\b(?:i|we)\s+(?:also\s+)?(?:want|need|'d\s+like|would\s+like)\s+(?P<w24>{FILE})\s+in"
                   rf"(?:\s+(?:there|it|the\s+(?:video|slideshow|edit|mix)))?(?:\s+(?:too|as\s+well|also))?{END}")
    # "gold ring as the 2nd picture" (read "gold-ring.jpg as …"): a picture of the uploads and its place as one of the
    # pictures, with no verb, is that picture put there (added, or moved when in the video; set BW bw276 was not understood)
    found += s.take(rf"(?:^|(?<=[,;，；]))\s*(?P<w15>{FILE}|{_PICTURE_NAMED})\s+(?P<pl15>(?=as\s){place}){END}",
                    when=lambda m: bool(_SLIDE_PLACE.search(m.group("pl15"))))
    if _CJK.search(s.text):  # the Chinese forms only where there is Chinese (they start anywhere: costly)
        found += s.take(
                        # "请将 gold-ring.jpg 作为第一张图片加入": the place said before the verb (set BI bi284 looked
                        # for a file "gold-ring.jpg 作为第1张图片")
                        rf"(?:把|将)\s*(?P<w17>{FILE}|{NAME})\s*(?:作为|当作|当成|做为)\s*(?P<pl17>{zh_place})\s*"
                        rf"(?:加入|加进去|加进来|添加|加上|插入|放进去|用上){END}"
                        # "金戒指那张没用上，帮我放到最后": a picture left out, then where it goes (set BH bh295 asked
                        # which picture to move)
                        # ("我上传的金戒指怎么没用上？加到最后吧": asked why, named bare; set CE ce199 was not understood)
                        rf"|(?P<w19>{FILE}|(?<![a-z])[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?\s*(?:的)?\s*(?:图片|照片|图|那张)?)\s*(?:也)?\s*"
                        r"(?:怎么|为什么|为啥|咋|还)?\s*(?:没用上|没用到|没有用上|没有用到|没用|忘了?用了?|忘了?加了?|忘记加了?|漏加了|漏掉了|漏了|没加(?:上|进去)?|没有加(?:上|进去)?)\s*(?:吧|啊|呀|呢)?\s*[,，?？。]\s*"
                        rf"(?:请|帮我|麻烦)?\s*(?:把它)?\s*(?:加|放|插|添加|加上)\s*(?:到|在)\s*(?P<pl19>{zh_place}){END}"
                        # "戒指加在第二张的位置": a picture named bare (in English words by now) added at a place (set BF
                        # bf294 read nothing); never a text, a sound or an overlay ("logo 加在右上角" is no place here)
                        rf"|(?<![a-z])(?P<w18>(?!(?:{_NOT_ONE_NAME})\b)[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?)\s*(?:也)?\s*"
                        rf"(?:加到|添加到|插到|插入到|加在|插在|添加在)\s*(?P<pl18>{zh_place}){END}"
                        rf"|(?:在)?\s*(?P<pl3>{zh_place})\s*(?:加上|添加|加入|插入|加)\s*(?P<w3>{NAME}){END}"
                        # ("把 gold-ring.jpg 添加为第一张图片", "gold-ring.jpg 也用上，放第二张": set AE ae188/ae147)
                        rf"|(?:(?:添加|加上|加入|插入|把)\s*(?P<w5>{NAME})|(?P<w9>{FILE}))\s*(?:也)?\s*(?:加进去|加进来|加上|加入|添加|放进去|插进去|用上|用进去)?\s*[,，]?\s*"
                        rf"(?:(?:添加|加|插入|插|放|移|排)\s*)?(?:到|在|为|成|作为)\s*(?P<pl5>{zh_place}){END}"
                        # ("戒指的图加到最后": a picture named in English words, with its picture word; set AR ar32)
                        rf"|(?P<w7>{FILE}|(?<![a-z])[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?\s*(?:的)?\s*(?:图片|照片|图|那张))"
                        rf"\s*(?:也)?\s*(?:加到|添加到|插到|插入到|加在|插在|添加在)\s*(?P<pl7>{zh_place}){END}"
                        rf"|(?:添加|加上|加入|插入)\s*(?P<w2>{NAME}){END}"
                        # "加戒指那张，每张3秒": a bare 加 before a picture of the uploads, written as its file by now (set
                        # BK bk291 left it unread and did the length alone); never before anything else ("加5秒", "加个淡入")
                        # ("加一张戒指的照片": with its count, written as its file by now too; wave24_y#8)
                        rf"|(?<![更参增追])加\s*(?:(?:一|1)\s*张\s*)?(?P<w20>{FILE}){END}"
                        # ("加一张戒指的图": 加, one picture, named in English words by now with its picture word; set BO bo297
                        # left it unread)
                        rf"|(?<![更参增追])加\s*(?:(?:一|1)\s*张\s*)?(?P<w21>(?<![a-z])[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?\s*(?:的)?\s*(?:图片|照片|图)){END}"
                        # ("加戒指，每张4秒": 加 before a thing of the uploads named bare, in English words by now; set BQ
                        # bq298 left it unread and did the length alone; never a text, sound or overlay: "加logo")
                        rf"|(?<![更参增追a-z])加\s*(?P<w22>(?!(?:{_NOT_ONE_NAME})\b)(?<![a-z])[a-z][a-z0-9-]*(?:\s(?!(?:{_NOT_ONE_NAME})\b)[a-z][a-z0-9-]*)?){END}"
                        # "把lifestyle.jpg加进去": added, at the end
                        # ("gold-ring.jpg 也放进去吧": the file said first)
                        rf"|(?:把\s*(?P<w8>{NAME})|(?P<w10>{FILE}))\s*(?:也)?\s*(?:加进去|加进来|放进去|放进来|插进去|加上|加入|添加|用上)\s*(?:吧|啊)?{END}"
                        # "戒指的图片忘加了，加上吧", "忘了加戒指那张": a picture left out, said first (in English words by
                        # now, with its picture word) or after 忘了加; added at the end (set BC bc269 looked for a file "")
                        rf"|(?P<w11>{FILE}|(?<![a-z])[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?\s*(?:的)?\s*(?:图片|照片|图|那张))\s*(?:也)?\s*"
                        r"(?:(?:忘了?加了?|忘记加了?|漏加了|漏掉了|漏了|没加(?:上|进去)?)\s*(?:吧|啊|呀)?\s*[,，]?\s*(?:请|帮我|麻烦)?\s*(?:再|补)?\s*"
                        rf"(?:加上|加进去|加进来|放进去|放进来|补上|用上|加入)?|(?:也)?\s*(?:加进去|加进来|放进去|放进来|补上|用上|加上))\s*(?:吧|啊|呀)?{END}"
                        rf"|(?:忘了|忘记|漏了)\s*(?:加|放|用)(?:上|进去)?\s*(?P<w12>{FILE}|(?<![a-z])[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?\s*(?:的)?\s*(?:图片|照片|图|那张)){END}",
                        # (a name of nothing but spaces is none: "加上吧" with its name read already)
                        when=lambda m: any(g and g.strip() for k, g in m.groupdict().items() if k.startswith("w")))
    for m in found:
        groups = m.groupdict()
        what = next(groups[g] for g in ("w", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11", "w12", "w13", "w14", "w15", "w17", "w18", "w19", "w20", "w21", "w22", "w23", "w24") if groups.get(g))
        said = next((groups[g] for g in ("pl", "pl3", "pl4", "pl5", "pl7", "pl13", "pl14", "pl15", "pl17", "pl18", "pl19") if groups.get(g)), "end")
        where = parse_place(said)
        if (s.text_of(what) or "").strip() in _ARTICLES:
            # an article left alone is no name: "add a 1 second transition" has its length and its noun read by the
            # transitions, and "add a" said "I can't find a file called 'a'"
            continue
        if _ADDED_EFFECT.match((s.text_of(what) or "").strip()):
            continue  # "音乐结尾加个淡出": an effect added, never a file named "个淡出" (the lead's probe, session 31)
        if _LOGO_WORD.search(what) and any(i.kind == "end_card" for i in s.intents):
            # the logo added beside an end card the message adds is the card's: "…的画面，加…logo…" looked for a file so
            # named (the card made, the logo said not found: a held-out wrong edit, found by its count)
            s.add("end_card", m, logo="logo")
            continue
        s.add("add", m, what=(s.text_of(what) or "").strip(), slide=bool(_SLIDE_PLACE.search(said)), **add_place(where or Place("end")))


_CJK = compile_led(r"[\u4e00-\u9fff]")
_LOGO_WORD = compile_led(r"logo|标志")
_ARTICLES = frozenset({"a", "an", "the", "some", "another", "one more", "more"})
# an effect, a text or a sound added, said where a file would be: no file of the uploads
_ADDED_EFFECT = compile_led(rf"(?:个|一个|1个|一段|1段|点|些|一些)?\s*(?:{ZH_EFFECTS}|效果|特效|动画|字幕|标题|文字)")
# "add sale-sticker.png as the last picture of the slideshow": a place said as one of the pictures is a picture's place,
# whatever the file looks like (set BV bv222 asked where to lay the sticker over the video)
_SLIDE_PLACE = compile_led(r"\b(?:image|picture|photo|pic|slide|shot)\b|\bof\s+(?:the\s+)?(?:slideshow|sequence|timeline)\b|张\s*(?:图片|照片|图)")
_PLACE_AFTER = compile_led(r"\s*[,，]\s*(?:然后|再|and\s+|then\s+)?\s*(?:放|移|排|挪|插|put\b|move\b|place\b|make\s+it\s+(?:the\s+)?(?:first|last|\d))")


def add_place(place: Place) -> dict:
    """AddArgs' fields for a Place."""
    if place.at == "between":
        return {"after": place.anchor, "also": place.other}
    if place.at in ("after", "before"):
        return {place.at: place.anchor}
    if place.at == "index":
        return {"position": place.n}
    return {"first": place.at == "start"}


S_REMOVE: dict[str, tuple[Template, Template]] = {
    "remove.no_music": (
        "There is no background music to remove.",
        "没有可以删除的背景音乐。",
    ),
    "remove.no_voice": (
        "There is no voiceover to remove.",
        "没有可以删除的配音。",
    ),
    "remove.track": (
        "{label} removed.",
        "{label}已删除。",
    ),
    "remove.only": (
        "That is the only picture or clip on the timeline; upload another before removing it.",
        "这是时间线上唯一的图片或视频片段；请先上传其他素材再删除它。",
    ),
    "remove.done": (
        "Removed {label}{side}; {n} left.",
        "已删除{label}{side}，还剩 {n} 个。",
    ),
    "remove.with_caption": (" and its caption {text}", "及其字幕{text}"),
    "remove.many": (
        "Removed {labels}{side}; {n} left.",
        "已删除{labels}{side}，还剩 {n} 个。",
    ),
    "remove.with_captions": (" and their captions {shown}", "及其字幕{shown}"),
    "remove.all": (
        "That would remove every picture and clip; keep at least one.",
        "这样会删掉所有图片和视频片段；请至少保留一个。",
    ),
    "remove.kept_all": (
        "Those are all the pictures and clips there are: nothing to remove.",
        "时间线上只有这些图片和视频片段，没有可以删除的。",
    ),
    "remove.audio": (
        "Removed {name} from the {track} track.",
        "已从「{track}」音轨删除 {name}。",
    ),
}


S_REPLACE: dict[str, tuple[Template, Template]] = {
    "replace.as_caption": (
        "the caption {old} changed to {text}",
        "把字幕{old}改成{text}",
    ),
    "replace.as_file": (
        "the picture {old} replaced with {file}",
        "把图片{old}换成 {file}",
    ),
    "audio.replaced": (
        "{label} replaced with {file}.",
        "{label}已替换为 {file}。",
    ),
    "audio.added_music": (
        "{file} added as background music at 35%.",
        "{file} 已添加为背景音乐（音量 35%）。",
    ),
    "audio.added_voice": (
        "{file} added as the voiceover.",
        "{file} 已添加为配音。",
    ),
    "replace.one": (
        "{label} replaced with {file}",
        "把{label}换成 {file}",
    ),
    "replace.which": (
        "Tell me which uploaded file to use, e.g. 'replace image 2 with gold-ring.jpg'.",
        "请告诉我用哪个上传的文件，例如「把第2张图片换成gold-ring.jpg」。",
    ),
    "replace.which_new": (
        "Which picture should I swap out, and for which new file? Every upload is in the video already: upload the new "
        "picture, then say e.g. 'replace image 2 with new-photo.jpg'. Nothing was changed.",
        "要换掉哪一张，换成哪个新文件？上传的文件都已经在视频里了：请先上传新图片，再说例如「把第2张图片换成新图片.jpg」。还没有做任何改动。",
    ),
    "replace.no_audio": (
        "I can't find an audio file called '{name}' among the uploads.",
        "上传的文件里找不到名为「{name}」的音频。",
    ),
    "replace.no_visual": (
        "I can't find a picture or clip called '{name}' among the uploads.",
        "上传的文件里找不到名为「{name}」的图片或视频。",
    ),
    "replace.done": (
        "Replaced {label} with {file}{side}.",
        "已把{label}替换为 {file}{side}。",
    ),
    "replace.caption_follows": ("; its caption, made from the file name, is now {text}", "；由文件名生成的字幕已改为{text}"),
}


S_ADD: dict[str, tuple[Template, Template]] = {
    "add.all_in": (
        "Every picture uploaded is in the video already.",
        "上传的图片都已经在视频里了。",
    ),
    "add.already_visual": (
        "{file} is already in the video, as {label}: nothing added.",
        "{file}已经在视频里了，是{label}，没有重复添加。",
    ),
    "add.already_voice": (
        "{file} is already the voiceover, and no other uploaded file is called '{name}': upload it first, then say "
        "'use <file> as the voiceover'.",
        "{file} 已经是配音了，上传的文件里也没有名为「{name}」的其他文件：请先上传，再说「用<文件名>做配音」。",
    ),
    "add.already_music": (
        "{file} is already the background music, and no other uploaded file is called '{name}': upload it first, "
        "then say 'use <file> as the background music'.",
        "{file} 已经是背景音乐了，上传的文件里也没有名为「{name}」的其他文件：请先上传，再说「用<文件名>做背景音乐」。",
    ),
    "add.overlay": (
        "{file} looks like a logo or a sticker: say where to lay it over the video, e.g. 'put {file} in the top right "
        "corner'; nothing was added.",
        "{file}看起来是标志或贴纸：请说放在画面的哪里，例如「把{file}放在右上角」；没有添加。",
    ),
    "add.no_file": (
        "I can't find a file called '{name}' among the uploads.",
        "上传的文件里找不到名为「{name}」的文件。",
    ),
    "add.start": (
        "Added {file} at the start{side}.",
        "已把 {file} 添加到开头{side}。",
    ),
    "add.end": (
        "Added {file} at the end{side}.",
        "已把 {file} 添加到结尾{side}。",
    ),
    "add.after": (
        "Added {file} after {label}{side}.",
        "已把 {file} 添加到{label}之后{side}。",
    ),
    "add.before": (
        "Added {file} before {label}{side}.",
        "已把 {file} 添加到{label}之前{side}。",
    ),
    "place.beyond": (
        "There is no position {n}: the timeline will have {count} pictures and clips.",
        "没有第 {n} 个位置：时间线上将有 {count} 个图片和视频片段。",
    ),
    "place.not_neighbours": (
        "{a!c} and {b} are not next to each other: say before or after which one.",
        "{a}和{b}并不相邻：请说放在哪一张的前面或后面。",
    ),
    "add.with_caption": (", with the caption {text} made from its file name", "，并用文件名生成了字幕{text}"),
}


REMOVE = register(Edit(
    kind="remove",
    args=RemoveArgs,
    apply=apply_remove,
    calls=('remove_segment', 'remove_track'),
    sentences=S_REMOVE,
    examples=('remove the blue backpack', 'delete image 2', 'remove the music', '删除第二张图片'),
    topics=('visuals', 'audio', 'captions'),
    doc=DocRow('remove',
               'the segment and its caption (the others share the length), or the audio track. The only visual cannot be removed',
               '删除'),
    frames=(
        rule("music voice", "remove", lambda f, t: RemoveArgs(what=t), refuses="dur range pct"),
        # (several files, "remove gold-ring.jpg and black-cap.jpg": the phrase rules read the list; set AC ac209)
        rule("visual", "remove", lambda f, t: RemoveArgs(what=_list_said(f) or _counted(f)) if _direct(f) and not _FILES.search(f.text) else None,
             refuses="dur range pct"),
        # "throw out the green watch": a name the draft knows, or a reply saying it is not there
        rule("none", "remove", lambda f, t: RemoveArgs(what=f.object_text()) if f.object_text() else None, refuses="dur range pct pos fit still"),
        # "only keep the sneaker and the backpack", "just keep the photos": the others go (set AD ad027, AE ae022)
        rule("visual", "keep", _keep_only, needs="ref", refuses="dur range pct pos fit still to at first each quote"),
        # "cut the watch", "cut the gold ring and the black cap": pictures named by what they show, cut without a
        # length or a part, go (a clip cut so is trimmed or asked about: the trim's rules; set AF af083/af226)
        rule("visual", "cut", _cut_out, needs="ref", refuses="dur range pct pos fit still to at first each quote"),
    ),
    phrases=(Phrase(100, r_assets, ('replace', 'remove', 'add')),),
))


REPLACE = register(Edit(
    kind="replace",
    args=ReplaceArgs,
    apply=apply_replace,
    calls=('replace_media',),
    sentences=S_REPLACE,
    examples=('replace image 2 with gold-ring.jpg', '把第二张图片换成gold-ring.jpg'),
    topics=('visuals', 'audio', 'captions'),
    doc=DocRow('replace',
               "the segment's `mid`/`k`/`name` from a session upload (a caption made from the old file name follows); music/voice tracks likewise",
               '替换'),
))


ADD = register(Edit(
    kind="add",
    args=AddArgs,
    apply=apply_add,
    calls=('add_media', 'reorder_segments'),
    sentences=S_ADD,
    examples=('add gold-ring.jpg', 'add gold-ring.jpg at the start', '添加gold-ring.jpg'),
    # ('order': a picture in the video already, added with a place, is moved there; "add black-cap.jpg at the start"
    # said "the add was already like that" of the move it made)
    topics=('visuals', 'audio', 'captions', 'order'),
    doc=DocRow('add',
               'an upload appended (or first); audio becomes voice or music by its name',
               '添加'),
))
