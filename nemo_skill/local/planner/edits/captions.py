"""Captions: adding them, setting one, removing them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ....draft.styles import parse_colour
from ....draft.timeline import ROLE_CAPTION, TT_TEXT, is_clip, role_of, text_tracks
from ..anchors import compile_led
from ..first_cut import (
    CAPTION_STYLE,
)
from ..messages import msg
from ..parse import (
    END,
    FREE,
    NAME,
    Q,
    Scan,
)
from ..refs import ORD, REF, describe, nth_in
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import EACH_PICTURE, name_words
from ..work import Ambiguous, CannotApply, Work, tracks_by_role
from .shared import caption_track, find_visual, quoted


def _default_caption(work: Work, seg: dict) -> str:
    m = work.media.get(seg.get("mid", ""))
    return name_words(m.filename if m else str(seg.get("name") or "clip"))


@dataclass(frozen=True)
class CaptionsAddArgs:
    texts: list[str] | None = None
    # "change the captions to 'A', 'B', 'C', 'D' and 'E'": one text for each visual, in order; a list of another length
    # is asked about (which text goes where cannot be guessed)
    each: bool = False
    # "字幕统一改成“X”", "change all the captions to 'X'": one text for every caption; said of "the captions" without
    # "all" (one text, several captions) which is asked (it looked for a file named X; set DJ)
    same: bool = False
    ask: bool = False


def _told_one(m: re.Match[str], said: str) -> bool:
    """"the caption" of a message that told which by the words it shows ("the second caption says 'Clip', change it to
    'X'", written "change the caption to 'X'" by then): that caption, never a question of one or all (corpus wave23_lead)."""
    return re.search(r"\bcaption\b|\bsubtitle\b", m.group(0)) is not None and re.search(r"\b(?:says|reads|shows)\b|写着", said) is not None


def apply_captions_add(work: Work, args: CaptionsAddArgs) -> None:
    texts, = args.texts,
    segs = work.shots()  # (never an end card, which has words of its own: "片尾写“谢谢”，所有字幕改成“X”" captioned it)
    texts = texts or []
    if texts and (args.same or args.ask):
        if args.ask and len(segs) > 1:
            raise Ambiguous([msg("captions.every", text=msg("q", text=texts[0])), msg("captions.one_of", text=msg("q", text=texts[0]))])
        texts = texts[:1] * len(segs)
    if args.each and len(texts) != len(segs):
        raise CannotApply(msg("captions.count", n=len(texts), visuals=len(segs)))
    existing = [work.caption_of(s["id"]) for s in segs]
    if all(existing) and not texts:
        raise CannotApply(msg("captions.all_have"))
    track = caption_track(work, create=True)
    assert track is not None
    for k, seg in enumerate(segs):
        text = texts[k] if k < len(texts) else None
        cap = existing[k]
        if cap is None:
            cap = {"id": work.new_id(), "text": (text or _default_caption(work, seg))[:500], "s": seg["s"],
                   "d": seg["d"], "style": dict(CAPTION_STYLE)}
            track["sg"].append(cap)
            work.links[cap["id"]] = seg["id"]
        elif text:
            cap["text"] = text[:500]
    caps = [work.caption_of(s["id"]) for s in segs]
    key = "captions.visuals" if any(is_clip(s) for s in segs) else "captions.images"
    work.done(msg(key, n=len(segs), **quoted([c["text"] for c in caps if c])), "add_captions",
              texts=[c["text"] for c in caps if c])


@dataclass(frozen=True)
class CaptionsRemoveArgs:
    only: str | None = None  # "delete the caption 'Green Watch'", "remove the caption of image 2": that one only
    nth: int | None = None  # "delete the last caption", "删掉最后一条字幕": that caption in time order (1-based, -1 the last)
    # "the product names at the bottom": where the captions are, said to name them; removed only when they are there
    at: str | None = None


# the screen's rows a place said loosely names ("at the bottom" of captions in the lower third)
_ROW = {"top": "top", "top_left": "top", "top_right": "top", "center": "middle", "left": "middle", "right": "middle",
        "lower_third": "bottom", "bottom": "bottom", "bottom_left": "bottom", "bottom_right": "bottom"}


def _there(work: Work, at: str) -> None:
    """The captions are where the request says they are (on the same row of the screen), else it is said, nothing
    removed: "remove the captions at the top" with captions at the bottom names no captions of this video."""
    places = {str((c.get("style") or {}).get("pos") or "bottom") for c in _captions_in_time(work)}
    if places and any(_ROW.get(p) != _ROW.get(at) for p in places):
        raise CannotApply(msg("captions.not_there", at=msg("pos", pos=at), now=msg("pos", pos=sorted(places)[0])))


def _captions_in_time(work: Work) -> list[dict]:
    return sorted((c for t in tracks_by_role(work.draft, TT_TEXT, ROLE_CAPTION) for c in t["sg"]), key=lambda c: c["s"])


def nth_caption(work: Work, nth: int) -> dict:
    """The ``nth`` caption in time order (1-based; -1 is the last): "the last caption" is the last one shown, whichever
    picture it is on."""
    caps = _captions_in_time(work)
    if not caps:
        raise CannotApply(msg("captions.nothing_to_remove"))
    if nth == 0 or not -len(caps) <= (nth - 1 if nth > 0 else nth) < len(caps):
        raise CannotApply(msg("captions.fewer", n=len(caps)))
    return caps[nth - 1 if nth > 0 else nth]


def nth_now(origin: Work, work: Work, nth: int) -> int:
    """The place now of the caption that was ``nth`` when the message was written: "remove caption 1. remove caption
    2." removes the two captions said, never the one that is second after the first removal. A caption gone since is
    said as none (0: `nth_caption` finds nothing there)."""
    try:
        said = nth_caption(origin, nth)
    except CannotApply:
        return nth
    ids = [c.get("id") for c in _captions_in_time(work)]
    return ids.index(said.get("id")) + 1 if said.get("id") in ids else 0


def _drop_caption(work: Work, cap: dict) -> None:
    tracks = tracks_by_role(work.draft, TT_TEXT, ROLE_CAPTION)
    for t in tracks:
        t["sg"] = [c for c in t["sg"] if c is not cap]
    work.draft["t"] = [t for t in work.draft["t"] if t not in tracks or t["sg"]]
    work.links.pop(cap["id"], None)
    work.done(msg("captions.removed_one", text=msg("q", text=cap["text"])), "remove_caption", segment=cap["id"])


def caption_of_picture(work: Work, ref: str) -> dict:
    """The caption of the picture or clip ``ref`` names ("image 2's caption", "the caption on the watch photo")."""
    k = find_visual(work, ref)
    cap = work.caption_of(work.main()["sg"][k]["id"])
    if cap is None:
        raise CannotApply(msg("captions.none_on", label=describe(work.visual_segments(), k)))
    return cap


def _remove_one_caption(work: Work, only: str) -> None:
    """One caption: the one whose text is ``only``, else the caption of the picture ``only`` names."""
    tracks = tracks_by_role(work.draft, TT_TEXT, ROLE_CAPTION)
    cap = next((c for t in tracks for c in t["sg"] if c["text"].strip().lower() == only.strip().lower()), None)
    _drop_caption(work, cap if cap is not None else caption_of_picture(work, only))


def apply_captions_remove(work: Work, args: CaptionsRemoveArgs) -> None:
    if args.nth is not None:
        _drop_caption(work, nth_caption(work, args.nth))
        return
    if args.only is not None:  # never all captions for a request about one
        _remove_one_caption(work, args.only)
        return
    tracks = tracks_by_role(work.draft, TT_TEXT, ROLE_CAPTION)
    if not any(t["sg"] for t in tracks):
        raise CannotApply(msg("captions.nothing_to_remove"))
    if args.at is not None:
        _there(work, args.at)
    work.draft["t"] = [t for t in work.draft["t"] if t not in tracks]
    work.links.clear()
    work.done(msg("captions.removed"), "remove_captions")


@dataclass(frozen=True)
class CaptionSetArgs:
    ref: str
    text: str
    nth: int | None = None  # "the last caption should say 'X'": that caption in time order (``ref`` unread then)
    # "rename the 'Clip' caption to 'See it in action'": the caption whose text this is (``ref`` is the same words: the
    # picture they name when no caption says them)
    old: str | None = None


def _caption_saying(work: Work, old: str) -> dict | None:
    """The caption whose text is ``old`` (case and spacing aside), None when none is; several saying it are asked about."""
    key = " ".join(old.split()).lower()
    caps = [c for t in tracks_by_role(work.draft, TT_TEXT, ROLE_CAPTION) for c in t["sg"]
            if " ".join(str(c.get("text", "")).split()).lower() == key]
    if len(caps) > 1:
        segs = work.main()["sg"]
        at = [next((k for k, s in enumerate(segs) if s["id"] == work.links.get(c["id"])), None) for c in caps]
        raise Ambiguous([describe(work.visual_segments(), k) if k is not None else msg("q", text=c["text"])
                         for k, c in zip(at, caps, strict=True)])
    return caps[0] if caps else None


caption_saying = _caption_saying  # (items' replace: "Red Sneaker 改成 Blue Shoe" is this caption's new text)


def apply_caption_set(work: Work, args: CaptionSetArgs) -> None:
    ref, text = args.ref, args.text
    segs = work.main()["sg"]
    chosen = _caption_saying(work, args.old) if args.old else None
    if chosen is None and args.nth is not None:
        chosen = nth_caption(work, args.nth)
    if chosen is not None:
        chosen["text"] = text
        linked = next((k for k, s in enumerate(segs) if s["id"] == work.links.get(chosen["id"])), None)
        said = msg("q", text=text)
        work.done(msg("caption.set", label=describe(work.visual_segments(), linked), text=said) if linked is not None
                  else msg("caption.set_one", text=said), "set_caption", segment=chosen["id"], text=text)
        return
    try:
        k = find_visual(work, ref)
    except CannotApply:
        if args.old:  # ("change the 'Sale' caption to 'Deal'" with no caption saying 'Sale')
            raise CannotApply(msg("caption.no_such", text=msg("q", text=args.old))) from None
        raise
    seg = segs[k]
    cap = work.caption_of(seg["id"])
    if cap is None:
        track = caption_track(work, create=True)
        assert track is not None
        cap = {"id": work.new_id(), "text": text, "s": seg["s"], "d": seg["d"], "style": dict(CAPTION_STYLE)}
        track["sg"].append(cap)
        work.links[cap["id"]] = seg["id"]
    cap["text"] = text
    work.done(msg("caption.set", label=describe(work.visual_segments(), k), text=msg("q", text=text)), "set_caption",
              segment=seg["id"], text=text)


# --- phrase rules (read before the last clause-free words; order 60) --------------------

# the captions named in the clause itself (not taken from the clause before)
_CAPTIONS_SAID = compile_led(r"\b(?:captions?|subtitles?|text\s+overlays?)\b|字幕")
# the captions said as what something is added to or for: "为字幕添加…", "给字幕加…", "… for the subtitles"
_TO_CAPTIONS = compile_led(r"(?:为|给|替|帮)\s*(?:所有的?|全部的?|每条|每个)?\s*字幕"
                           r"|\b(?:to|for|on)\s+(?:the\s+|all\s+(?:the\s+)?|each\s+of\s+the\s+|every\s+)?(?:captions?|subtitles?)\b")


def _typed_words(text: str | None) -> bool:
    """Unquoted words that are a caption's text: typed with a capital letter, and no colour."""
    return bool(text) and any(c.isupper() for c in str(text)) and parse_colour(str(text).strip().lower()) is None


def r_captions(s: Scan) -> None:
    cap = r"(?:text\s+overlays?|captions?|subtitles?|labels?|product\s+names|text\s+labels?|on-?screen\s+text)"
    for m in s.take(rf"\b(?:remove|delete|drop|hide|no|without|turn\s+off|get\s+rid\s+of|clear)\s+(?:the\s+|all\s+(?:the\s+)?)?{cap}(?![a-z])"
                    rf"(?!\s+(?:from|on|of|for|under)\s+(?:the\s+)?(?:{REF}|{Q}|[a-z]+\s+(?:image|picture|photo|clip)))"
                    # (one caption said as a thing's the reader does not know is not every caption: ``_ONE_CAPTION_OF``)
                    r"(?:(?<=s)|(?!\s+(?:on|under|below|beneath|underneath|of|for|from)\s+(?:the\s+|that\s+|this\s+)?"
                    r"(?!(?:video|screen|frame|top|bottom|left|right|middle|center|centre|now|a|an|all|each|every|me|us|it|them)\b)"
                    r"[a-z]))"
                    r"|(?:删除|去掉|删掉|不要|关闭|取消|移除)\s*(?:所有|全部)?\s*(?:的)?\s*(?:字幕|文字|文案|标签)"):
        s.add("captions_remove", m)
    # one text for the captions: "字幕统一改成“X”", "change all the captions to 'X'" (every caption), "字幕改成“X”" (which
    # one, or all, asked); a list of texts is one each (below)
    # (the captions named alone, first in their part: "把“Gold Ring”这条字幕换成…", "视频片段的字幕改成…" name one)
    # ("把字幕改成“X”" is how a caption named by its words is said once read: "第二条字幕写着“Clip”，改成“实拍”")
    for m in s.take(rf"(?:^|(?<=[,，;；。.!！]))\s*(?:请|麻烦|帮我)?\s*(?:(?:把|将)?\s*(?P<all>所有的?|全部的?)"
                    # ("把字幕统一改为“X”"; "把字幕改成“X”" alone is a caption named by its words once read)
                    rf"|(?:把|将)(?=\s*(?:字幕|标签)\s*(?:都|统一|全部|全都|一律)))?\s*(?:字幕|标签)\s*"
                    # (or the captions and their one text after a colon: "字幕：“X”" was not understood)
                    # (the verbs of what they say: "字幕统一为“X”", "所有字幕用“X”", "字幕则全部使用“X”" were not understood)
                    rf"(?:则|就|也)?\s*(?P<all2>都|统一|全部|全都|一律|统统)?\s*"
                    rf"(?:(?:改成|改为|换成|换为|写成|写为|设为|设成|变成|为|是|用|使用|采用)\s*[:：]?|[:：])\s*(?P<t>{Q})(?!\s*[,，、和]\s*{Q})"
                    rf"|(?:^|(?<=[,;.!]))\s*(?:please\s+)?(?:change|set|make|switch)\s+(?P<all3>all\s+(?:of\s+)?|every\s+)?(?:the\s+)?"
                    # (or "the caption" with no word of which: asked the same, "Change the caption to 'Best seller'" was
                    # not understood; set GS gs016)
                    rf"(?:captions|subtitles|caption(?:\s+text)?|subtitle)\s+(?P<all4>all\s+)?"
                    rf"(?:to|into)\s+(?:say\s+|read\s+)?(?P<t2>{Q})(?!\s*(?:,|and)\s*{Q})",
                    when=lambda m: not _told_one(m, s.msg.orig.lower())):
        text = s.text_of(m.group("t") or m.group("t2"))
        said_all = any(m.group(g) for g in ("all", "all2", "all3", "all4"))
        if text:
            s.add("captions_add", m, texts=[text[:500]], same=said_all, ask=not said_all)
    # a caption named by the text it shows now, then its new text: "rename the 'Clip' caption to 'See it in action'",
    # "把"Black Cap"那个字幕改成"经典黑帽"" (sets BB bb078, BA ba073 were not read, or read the quote as a file); the
    # caption saying it is found when the edit is made (else the picture the words name)
    now = r"(?:to\s+say|to\s+read|to|into|as|:|=|should\s+(?:say|read|be)|must\s+(?:say|read)|now\s+(?:says|reads))"
    change = r"(?:改成|改为|换成|换为|设为|设成|写成|写为|变成|替换成|替换为|更改为|修改为|修改成|改)"
    for m in s.take(rf"\b(?:rename|change|set|edit|update|rewrite|switch|turn|make|fix)\s+(?:the\s+|that\s+|this\s+)?(?P<o>{Q})\s+(?:caption|label|subtitle)\s+{now}\s*(?P<t>{Q})"
                    rf"|\b(?:rename|change|set|edit|update|rewrite|switch|turn|fix)\s+(?:the\s+|that\s+|this\s+)?(?:caption|label|subtitle)\s+"
                    rf"(?:that\s+(?:says|reads)\s+|saying\s+|reading\s+|with\s+(?:the\s+)?(?:text\s+)?)?(?P<o2>{Q})\s+{now}\s*(?P<t2>{Q})"
                    rf"|(?:^|(?<=[;,.]))\s*(?:the\s+)?(?P<o3>{Q})\s+(?:caption|label|subtitle)\s+(?:should\s+(?:say|read|be)|must\s+(?:say|read))\s*(?P<t3>{Q})"
                    rf"|(?:把|将)?\s*(?P<o4>{Q})\s*(?:那个|这个|那条|这条|那句|这句|这|那)?\s*(?:的)?\s*(?:字幕|标签)\s*(?:的?文字)?\s*{change}\s*(?P<t4>{Q})"
                    rf"|(?:把|将)?\s*(?:字幕|标签)\s*(?:里|中|里面)?\s*(?:的)?\s*(?P<o5>{Q})\s*{change}\s*(?P<t5>{Q})"):
        old = s.text_of(next(g for g in m.group("o", "o2", "o3", "o4", "o5") if g))
        text = s.text_of(next(g for g in m.group("t", "t2", "t3", "t4", "t5") if g))
        if old and text:
            s.add("caption_set", m, ref=old, text=text[:500], old=old)
    for m in s.take(rf"\b(?:caption|label|text)\s+(?:for|on|of)?\s*(?P<r>{REF}|(?<=caption\s)\d+(?![\d.]))\s*"
                    rf"(?:to|as|:|=|says?|reading|should\s+(?:say|read|be)|must\s+be|is|will\s+be)?\s*(?P<t>{Q})"
                    rf"|\b(?:set|change|make)\s+(?:the\s+)?(?:caption|text|label)\s+(?:for|on|of)\s+(?P<r2>{REF})\s+(?:to|as|:)\s*(?P<t2>{Q}|{FREE}){END}"
                    # "caption the gold ring picture '18K solid gold'": caption as a verb
                    rf"|\b(?:caption|label)\s+(?P<r5>{REF}|(?:the\s+)?[a-z0-9][a-z0-9\-\s]{{1,40}}?\s+(?:picture|image|photo|shot|pic|slide|clip))"
                    rf"\s+(?:with\s+|as\s+|:\s*)?(?P<t5>{Q})"
                    # unquoted text only after a verb ("第二个字幕写错了" is no text "写错了"); a quote may follow a remark
                    rf"|(?P<r3>{REF})\s*(?:的)?\s*(?:字幕|文字|文案)\s*(?:改成|改为|设为|换成|是|为|:)\s*(?P<t3>{Q}|{FREE}){END}"
                    rf"|(?P<r4>{REF})\s*(?:的)?\s*(?:字幕|文字|文案)[^\ue000。；！？]{{0,10}}?(?:应该是|应为|应该写|改成|改为|换成|写成|是|为|:)?\s*(?P<t4>{Q})"
                    # "把视频那段的字幕改成 实拍效果": the clip's caption, the clip said as the video part (the only clip, or
                    # asked which; set BT bt128 looked for a file 实拍效果). A bare "视频的字幕" may be every caption: not here
                    rf"|(?P<r6>视频片段|片段|(?:那段|这段)\s*视频|视频\s*(?:那段|这段|那个片段|这个片段))\s*的\s*(?:字幕|文字|文案)\s*"
                    rf"(?:改成|改为|换成|设为|写成|是|为|:)\s*(?P<t6>{Q}|{FREE}){END}"):
        text = s.text_of(m.group("t") or m.group("t2") or m.group("t3") or m.group("t4") or m.group("t5") or m.group("t6"))
        if m.group("r6") and text:
            s.add("caption_set", m, ref="视频片段", text=text[:500])
            continue
        if text:
            ref = m.group("r") or m.group("r2") or m.group("r3") or m.group("r4") or m.group("r5")
            s.add("caption_set", m, ref=f"image {ref}" if ref.isdigit() else ref, text=text[:500])
    # "change caption 2 to Travel Backpack": a caption by its number, its new words unquoted (set BR br060 was not read);
    # only words typed with a capital, never a look ("change caption 2 to white" is no text)
    for m in s.take(rf"\b(?:set|change|rename|rewrite|update|switch|edit)\s+(?:the\s+)?(?:caption|label|subtitle)\s+(?P<r>\d+)(?![\d.])\s+"
                    rf"(?:to\s+say|to\s+read|to|into|as)\s*:?\s*(?P<t>{FREE}){END}",
                    when=lambda m: _typed_words(s.text_of(m.group("t")))):
        text = s.text_of(m.group("t"))
        if text:
            s.add("caption_set", m, ref=f"image {m.group('r')}", text=text[:500])
    # "change the first caption to 'Only $49'", "the caption on the gold ring image should read "…"",
    # "make the second image's caption say '…'", "第四张图的字幕写成"…""
    verb = r"(?:(?:change|set|make|edit|update|rewrite|rename|switch|turn)\s+)?"
    says = r"(?:to\s+say|to\s+read|to|into|as|:|=|say|says|read|reads|should\s+(?:say|read|be)|must\s+(?:say|read))"
    for m in s.take(rf"\b{verb}(?:the\s+)?(?P<o>{ORD})\s+(?:caption|label|subtitle)\s+{says}\s*(?P<t>{Q})"
                    # (its colon right after the picture: "caption under the first pic: 'X'", set CW cw021 was not read)
                    rf"|\b{verb}(?:the\s+)?(?:caption|label|subtitle|text)\s+(?:on|for|of|under|below|over)\s+(?:the\s+)?(?P<r>{REF}|{NAME})(?:\s+{says}|\s*[:：])\s*(?P<t2>{Q})"
                    rf"|\b{verb}(?:the\s+)?(?P<r3>{REF}|{NAME})(?:'s|’s)\s+(?:caption|label|subtitle)\s+{says}\s*(?P<t3>{Q})"
                    rf"|(?P<r4>{REF})\s*(?:的)?\s*(?:字幕|文字|文案)\s*(?:写成|写为|写上|写|换为|改写成|改写为|变成|设成|设置为)\s*(?P<t4>{Q}|{FREE}){END}"):
        text = s.text_of(m.group("t") or m.group("t2") or m.group("t3") or m.group("t4"))
        ref = m.group("r") or m.group("r3") or m.group("r4") or (m.group("o") + " one" if m.group("o") else None)
        if text and ref:
            s.add("caption_set", m, ref=ref.strip(), text=text[:500])
    # a list of texts for the captions, one per visual in order: "change the captions to 'A', 'B' and 'C'", "the captions show
    # the file names, change them to …" (set AQ aq59 was not read)
    qs = rf"(?P<qs>{Q}(?:\s*(?:,|、|，|;|/|and|和|及)\s*(?:and\s+)?{Q})+)"
    for m in s.take(rf"\b(?:change|set|rename|make|switch|update|rewrite)\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?)?(?:captions|labels|subtitles)"
                    rf"\s+(?:to|into|as|:)\s*(?:say\s+|read\s+)?(?:,\s*)?(?:in\s+order\s*[:,]?\s*)?{qs}"
                    # ("captions: A / B / C", "字幕分别改成 红鞋、蓝包、手表": text.py has quoted an unquoted list)
                    rf"|(?:\b(?:the\s+)?(?:captions|labels|subtitles)\s*(?::|should\s+(?:say|read|be)|will\s+(?:say|read|be)|are|say|read)"
                    # ("replace all captions with …", "add captions to each photo: …", "每张图加字幕：…": set DB db095, db101, db228)
                    rf"|\b(?:replace|fill)\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?)?(?:captions|labels|subtitles)\s+with"
                    rf"|\b(?:add|put)\s+(?:the\s+)?(?:captions|labels|subtitles)(?:\s+{EACH_PICTURE})?\s*:"
                    rf"|(?:(?:每张|每个|每段|每幅)\s*(?:图片|图|照片|视频)?\s*(?:都)?\s*)?(?:加|添加|加上|配|配上)\s*(?:上)?\s*(?:字幕|标签)\s*:"
                    rf"|(?:(?:所有|全部)\s*(?:的)?\s*)?(?:字幕|标签)\s*(?:分别|依次|按顺序|按照顺序)?\s*(?:都)?\s*"
                    rf"(?:改成|改为|换成|换为|设为|设成|写成|写为|写|是|为|:)\s*(?:分别|依次)?\s*(?:是|为)?\s*:?)"
                    rf"\s*(?:in\s+order\s*[:,]?\s*|respectively\s*[:,]?\s*)?{qs.replace('?P<qs>', '?P<qs3>')}"
                    rf"|\b(?:captions|labels|subtitles)\b[^\ue000.;!?]{{0,60}}[.;,]\s*(?:please\s+)?(?:change|set|rename|make|switch|update|rewrite)\s+them"
                    rf"\s+(?:all\s+)?(?:to|into|as)\s*(?:say\s+|read\s+)?(?:in\s+order\s*[:,]?\s*)?{qs.replace('?P<qs>', '?P<qs2>')}"):
        said = m.group("qs") or m.group("qs2") or m.group("qs3")
        texts = [t for t in (s.text_of(q) for q in re.findall(Q, said)) if t]
        s.add("captions_add", m, texts=[t[:500] for t in texts], each=True)
    for m in s.take(rf"\b(?:add|with|put|include|show|turn\s+on|plus|give\s+(?:it|them)|overlay)\s+(?:some\s+|the\s+)?(?:a\s+)?{cap}"
                    rf"(?:\s+(?:on|to|for|over)\s+(?:each|every|all(?:\s+the)?|the)\s+(?:images?|photos?|pictures?|slides?|clips?|shots?))?"
                    r"|\b(?:caption|label)\s+(?:each|every|all(?:\s+the)?|the)\s+(?:images?|photos?|pictures?|slides?|clips?)"
                    r"|(?:每张|每个|每段|每幅)\s*(?:图片|图|照片|视频)?\s*(?:都)?\s*(?:加|配|添加|显示)\s*(?:上)?\s*(?:字幕|文字|文案|标签)"
                    r"|(?:加|添加|加上|显示|带|配上|配|带上|生成)\s*(?:上)?\s*(?:字幕|文字说明|文字|文案|标签)"
                    rf"|(?<![a-z]){cap}\s+(?:on|for)\s+(?:each|every|all)"):
        s.add("captions_add", m)


S_CAPTIONS_ADD: dict[str, tuple[Template, Template]] = {
    "captions.every": ("every caption saying {text}", "每条字幕都改成{text}"),
    "captions.one_of": ("one caption saying {text} (say which one, e.g. caption 2)", "只改其中一条为{text}（请说明是哪一条，例如第2条）"),
    "captions.count": (
        "You gave {n:caption|captions} for {visuals:visual|visuals}: which caption goes with which? Nothing was changed; "
        "say e.g. 'caption image 2 \"New text\"'.",
        "你给了{n}条字幕，但视频里有{visuals}个画面：哪条配哪个？还没有做任何改动；可以说例如「第2张图片的字幕改成\"新文字\"」。",
    ),
    "captions.all_have": (
        "Every picture already has a caption; to change one say e.g. 'caption image 2 \"New text\"'.",
        "每张图片都已有字幕；要修改某一条，可以说例如「第2张图片的字幕改成\"新文字\"」。",
    ),
    "captions.images": (
        "Captions on {n:image|images}: {shown}{more}.",
        "已为{n}张图片加上字幕：{shown}{more}。",
    ),
    "captions.visuals": (
        "Captions on {n:visual|visuals}: {shown}{more}.",
        "已为{n}个画面加上字幕：{shown}{more}。",
    ),
}


S_CAPTIONS_REMOVE: dict[str, tuple[Template, Template]] = {
    "captions.none_on": (
        "{label!c} has no caption.",
        "{label}没有字幕。",
    ),
    "captions.fewer": (
        "The video has only {n:caption|captions}: nothing was changed.",
        "只有{n}条字幕：没有改动。",
    ),
    "captions.removed_one": (
        "Caption {text} removed.",
        "字幕{text}已删除。",
    ),
    "captions.nothing_to_remove": (
        "There are no captions to remove.",
        "没有可以删除的字幕。",
    ),
    "captions.removed": (
        "Captions removed.",
        "字幕已删除。",
    ),
    "captions.not_there": (
        "The captions are at the {now}, not at the {at}: nothing was changed.",
        "字幕在{now}，不在{at}：没有改动。",
    ),
}


S_CAPTION_SET: dict[str, tuple[Template, Template]] = {
    "caption.set": (
        "Caption on {label} set to {text}.",
        "{label}的字幕已设为{text}。",
    ),
    "caption.no_such": (
        "No caption says {text}: nothing was changed.",
        "没有哪条字幕是{text}：没有改动。",
    ),
    "caption.set_one": (
        "Caption set to {text}.",
        "字幕已设为{text}。",
    ),
}


CAPTIONS_ADD = register(Edit(
    kind="captions_add",
    args=CaptionsAddArgs,
    apply=apply_captions_add,
    calls=('add_captions',),
    sentences=S_CAPTIONS_ADD,
    examples=('add captions', 'add text overlays', '加字幕'),
    topics=('captions',),
    doc=DocRow('captions add',
               'a caption per visual (free quotes in order, else file-name words)',
               '字幕'),
    frames=(
        # ("请把字幕设为衬线体，并加上淡入动画": an animation added to the captions named before, never captions added
        # again; it asked "加字幕" or a title animation)
        # (nor when the captions are what the animation is added to: "请为字幕添加淡入的入场动画", "add a typewriter entrance
        # for the subtitles"; set CQ cq107 asked)
        rule("captions text_some", "add", lambda f, t: None if animation_said(f) and (
             not _CAPTIONS_SAID.search(str(f.text)) or _TO_CAPTIONS.search(str(f.text))) else CaptionsAddArgs(),
             refuses="ref file quote"),
        # "bring the captions back", "turn the captions back on", "字幕恢复": the captions made again
        rule("captions", "unmute", lambda f, t: CaptionsAddArgs(), refuses="ref file quote pct dur"),
    ),
    phrases=(Phrase(60, r_captions, ('captions_remove', 'caption_set', 'captions_add')),),
))


_ANIMATION = compile_led(r"\banimations?\b|\bexit\b|\bentrance\b|动画|动效|效果")
# "have it slide down off the screen", "fade off the screen": the way it leaves (set AG ag066 asked if the title went)
_MOTION_OFF = compile_led(r"\b(?:slid|fad|float|drift|fl[yi]|zoom)\w*\s+(?:\w+\s+)?off\b")


def animation_said(f: Any) -> bool:
    """A removal said of a text's animation ("remove the caption animation", "去掉标题的退场动画"): the text animation
    edit's, never the text's removal (set AC ac086, AE ae106 removed the title). The animation may be named by its kind,
    right after the removal ("remove the pop from the title", "title without the pop": set CB cb065 asked whether the
    title went)."""
    return "animate" in f.op_keys() and bool(_ANIMATION.search(str(f.text))) or bool(_MOTION_OFF.search(str(f.text))) \
        or any(_REMOVED_ONLY.fullmatch(str(f.text), r.end - f.start, a.start - f.start)
               for r in f.ops if "remove" in r.keys for a in f.ops if "animate" in a.keys and a.start >= r.end)


# between a removal and the animation it removes: "remove the pop", "without the title's pop"
_REMOVED_ONLY = compile_led(r"\s*(?:(?:the|a|an|any|that|this|its|their|[a-z]+'s)\s+){0,2}|\s*(?:标题|字幕|文字)?\s*的?\s*")


# "the last caption", "the second subtitle", "最后一条字幕": one caption by its place among the captions (sets AZ az255,
# az234, AY ay157 were not read; "delete the last caption" removed every caption); its words: ``refs.nth_in``
def nth_said(f: Any) -> int | None:
    """The caption's place when the clause names one caption by it (1-based, -1 the last), else None."""
    found = nth_in(str(f.text))
    if found is None:
        # "the last caption says Clip, change it to yellow": the caption the clause "it" was taken from names by its
        # place (every caption was coloured; wave 31 fixer C row 2)
        before = nth_in(str(getattr(f, "captions_before", "")))
        return None if before is None else before[0]
    n, m = found
    span = (f.start + m.start(), f.start + m.end())
    if span not in f.flags.setdefault("nth", []):
        f.flags["nth"].append(span)
    f.values.seen.add("nth")  # (the ordinal is read: the guard would stop the clause for a word left unread)
    return n


# "remove the caption on the video clip", "remove the clip's caption": one caption, the one of the picture or clip named
# beside it (set BG bg130 removed every caption); said of several ("the captions on the photos", "every picture's caption")
# or with that thing removed too ("the clip and its caption") it is not one caption: left unread
_ONE_CAPTION = compile_led(r"\b(?:caption|subtitle|label)(?!s)\b")
_CJK = compile_led(r"[\u4e00-\u9fff]")
_ZH_SEVERAL = compile_led(r"所有|每|全部|都")
_ZH_BOTH = compile_led(r"和|跟|以及|连同|一起")
_SEVERAL_OR_BOTH = compile_led(r"\b(?:all|every|each|both|and|with|plus|along|too|as\s+well)\b|\b\w+s\b\s*$")
# "its caption", "它的字幕": the caption of a thing named beside it, removed with that thing ("把片段和它的字幕都删掉" removed
# every caption and left the clip, found by wave 20's fixers; "删掉第二张图片和它的字幕" removed the caption alone): the
# captions alone are not the wish, so these rules leave the clause (the picture's own removal takes its caption along)
_THEIRS = compile_led(r"\b(?:its|their)\s+(?:own\s+)?(?:captions?|subtitles?|labels?)\b|(?:它们|它|他们|她们|其)\s*的?\s*(?:字幕|标签)")


# one caption said as some thing's, that thing no picture or clip the reader knows: "remove the caption under the pizza"
# is not every caption (found with set CK ck044's fix: they were all removed); a place or the video stays the captions'
_ONE_CAPTION_OF = compile_led(r"\b(?:caption|subtitle|label)\s+(?:on|under|below|beneath|underneath|of|for)\s+(?:the\s+|that\s+|this\s+)?"
                              r"(?!(?:video|screen|frame|top|bottom|left|right|middle|center|centre|now|a\b|an\b|all|each|every"
                              r"|me|us|it|them)\b)[a-z]")


def _removed_of(f: Any) -> CaptionsRemoveArgs | None:
    if _THEIRS.search(str(f.text)):
        return None
    nth = nth_said(f)
    if nth is None and "visual" not in f.target_keys() and _ONE_CAPTION_OF.search(str(f.text)):
        return None
    if nth is not None or "visual" not in f.target_keys():
        return CaptionsRemoveArgs(nth=nth)
    noun = re.sub(r"['’]s?$", "", f.visual_noun().strip())
    if _CJK.search(noun):  # ("去掉视频片段上的字幕": a clip's; "图片上的字幕" may be every picture's: unchanged)
        if _ZH_BOTH.search(str(f.text)):  # ("把片段和它的字幕都删掉": the clip too, not the captions alone)
            return None
        one = "片段" in noun and not _ZH_SEVERAL.search(str(f.text))
        return CaptionsRemoveArgs(only=noun) if one else CaptionsRemoveArgs()
    if not _ONE_CAPTION.search(str(f.text)) or _SEVERAL_OR_BOTH.search(str(f.text)) or _SEVERAL_OR_BOTH.search(noun):
        return None if _ONE_CAPTION.search(str(f.text)) else CaptionsRemoveArgs()
    return CaptionsRemoveArgs(only=noun)


# between the captions' name and the place they are at: "the product names at the bottom", "captions along the bottom"
_WHERE_THEY_ARE = compile_led(r"\s*(?:(?:that\s+are|which\s+are|sitting|running|shown)\s+)?(?:at|on|along|across|in)\s+(?:the\s+)?(?:very\s+)?"
                              r"|\s*(?:在)?\s*")


def _removed_there(f: Any, t: str) -> CaptionsRemoveArgs | None:
    """The captions removed, named with the place they are at ("i don't need the product names at the bottom", "去掉底部的
    字幕"): that place is which captions, never a place wished (set CD cd073 left "at the bottom" unread, and the removal
    was refused). Not a place said apart from their name ("remove the captions, and the title at the bottom")."""
    if t != "captions" or animation_said(f):
        return None
    pos = [m for m in f.used if "pos" in m.keys]
    if len(pos) != 1 or not any("captions" in x.keys and (
            _WHERE_THEY_ARE.fullmatch(str(f.text), x.end - f.start, pos[0].start - f.start)
            or _PLACE_FIRST_ZH.fullmatch(str(f.text), pos[0].end - f.start, x.start - f.start)) for x in f.targets):
        return None
    args = _removed_of(f)
    return None if args is None or args.only is not None or args.nth is not None else \
        CaptionsRemoveArgs(at=str(f.values["pos"]))


_PLACE_FIRST_ZH = compile_led(r"\s*(?:的)?\s*(?:那些|这些|那行|这行)?\s*(?:的)?\s*")


CAPTIONS_REMOVE = register(Edit(
    kind="captions_remove",
    args=CaptionsRemoveArgs,
    apply=apply_captions_remove,
    calls=('remove_captions', 'remove_caption'),
    sentences=S_CAPTIONS_REMOVE,
    examples=('remove the captions', '删除字幕'),
    topics=('captions',),
    doc=DocRow('captions remove',
               'caption track removed',
               '字幕'),
    frames=(
        # ("remove the captions' exit animation", "the captions shouldn't fade out": the animation goes, not the captions)
        rule("captions text_some", "remove off",
             # (the text alone, "remove the text", is all text's: which is asked when the edit is made)
             lambda f, t: None if animation_said(f) or t == "text_some" else _removed_of(f),
             refuses="ref file quote pos"),
        rule("captions", "remove off", _removed_there, needs="pos", refuses="ref file quote"),
        rule("captions", "remove off", lambda f, t: None if _THEIRS.search(str(f.text))
             else CaptionsRemoveArgs(only=str(f.values.get("quote") or f.values.get("ref"))), needs="quote"),
        rule("captions", "remove off", lambda f, t: None if _THEIRS.search(str(f.text))
             else CaptionsRemoveArgs(only=str(f.values.get("ref"))), needs="ref"),
    ),
))


_PLACED = compile_led(r"\b(?:under|below|beneath|over|above)\b")


def _caption_set(f: Any, key: str) -> CaptionSetArgs | None:
    """One picture's caption from a frame naming a caption, the picture and the text; not when the clause names the
    title too ("a 30 second video titled 'Autumn Drop' with captions": the quote is the title's)."""
    if "title" in f.target_keys() or _PLACED.search(f.text):
        return None  # ("the caption under the second photo": the phrase rules read where it is)
    return CaptionSetArgs(ref=str(f.values[key]), text=str(f.values["quote"])[:500])


def _nth_caption_set(f: Any) -> CaptionSetArgs | None:
    """"the last caption should say 'Only 3 left'", "最后一条字幕改成“上身效果”": that caption's text."""
    nth = nth_said(f)
    if nth is None or "title" in f.target_keys():
        return None
    return CaptionSetArgs(ref="", text=str(f.values["quote"])[:500], nth=nth)


CAPTION_SET = register(Edit(
    kind="caption_set",
    args=CaptionSetArgs,
    apply=apply_caption_set,
    calls=('set_caption',),
    sentences=S_CAPTION_SET,
    examples=('caption image 2 "Gold Ring"', '第二张图片的字幕改成"金戒指"'),
    topics=('captions',),
    doc=DocRow('caption set',
               "that visual's caption",
               '字幕'),
    # a caption, a picture and a text in one clause, in any order: "the first picture's caption to read 'X'",
    # "金戒指那张字幕换成：18K金", "手表那张的字幕要写成「防水50米」", "第一张图片配的文字改成"轻量跑鞋""
    frames=(
        rule("captions text_some", "set implied keep add", lambda f, t: _caption_set(f, "ref"),
             needs="ref quote", refuses="pos dur range pct colour"),
        rule("captions text_some", "set implied keep add", lambda f, t: _caption_set(f, "file"),
             needs="file quote", refuses="ref pos dur range pct colour"),
        # ("the last caption" reads "last" as a length word too)
        rule("captions", "set implied keep add show_for", lambda f, t: _nth_caption_set(f),
             needs="quote", refuses="ref file pos dur range pct colour"),
    ),
))


@dataclass(frozen=True)
class TextRemoveArgs:
    # "get rid of the text", "去掉文字": not said to be all of it; with one kind of text on screen (only a title) that
    # is the text, with several (a title and captions) which is asked (set BB bb083 asked with only the title there)
    vague: bool = False


def apply_text_remove(work: Work, args: TextRemoveArgs) -> None:
    """Every text track goes: the title, the captions and any other text (a partial removal is never
    reported as all)."""
    texts = text_tracks(work.draft)
    if not any(t["sg"] for t in texts):
        raise CannotApply(msg("text.none"))
    kinds = list(dict.fromkeys(role_of(t) or "other" for t in texts if t["sg"]))
    if args.vague and len(kinds) > 1:
        raise Ambiguous([msg("text.which", role=k) for k in kinds] + [msg("text.which", role="all")])
    parts = [msg("text.part", role=role_of(t) or "other", n=len(t["sg"])) for t in texts if t["sg"]]
    work.draft["t"] = [t for t in work.draft["t"] if t not in texts]
    work.links.clear()
    work.done(msg("text.removed", parts=parts), "remove_text", tracks=[t["id"] for t in texts])


def _text_part_en(role: str, n: int) -> str:
    return {"title": "the title", "caption": f"{n} caption{'s' if n != 1 else ''}"}.get(role, f"{n} other text item{'s' if n != 1 else ''}")


def _text_part_zh(role: str, n: int) -> str:
    return {"title": "标题", "caption": f"{n}条字幕"}.get(role, f"{n}处其他文字")


def _text_which_en(role: str) -> str:
    return "'remove " + {"title": "the title", "caption": "the captions", "all": "all the text"}.get(role, "the other text") + "'"


def _text_which_zh(role: str) -> str:
    return "「删除" + {"title": "标题", "caption": "字幕", "all": "所有文字"}.get(role, "其他文字") + "」"


S_TEXT_REMOVE: dict[str, tuple[Template, Template]] = {
    "text.none": ("There is no text on the video to remove.", "视频上没有可以删除的文字。"),
    "text.which": (_text_which_en, _text_which_zh),
    "text.part": (_text_part_en, _text_part_zh),
    "text.removed": ("All text removed: {parts}.", "已删除所有文字：{parts}。"),
}

TEXT_REMOVE = register(Edit(
    kind="text_remove",
    args=TextRemoveArgs,
    apply=apply_text_remove,
    calls=("remove_text",),
    sentences=S_TEXT_REMOVE,
    examples=("delete every piece of text", "remove all the text", "把所有的字都删掉"),
    topics=("title", "captions", "text"),
    doc=DocRow("all text remove", "every text track: the title, the captions and any other text", '文字'),
    frames=(
        rule("text_all", "remove", lambda f, t: None if animation_said(f) else TextRemoveArgs()),
        rule("text_some", "remove off", lambda f, t: None if animation_said(f) else TextRemoveArgs(vague=True),
             refuses="ref file"),
    ),
))
