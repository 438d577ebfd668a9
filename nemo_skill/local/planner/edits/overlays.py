"""A logo, watermark, sticker or clip (picture-in-picture) placed over the video: its place, width, opacity and
time span, changed or removed. Calls ``nemo_skill.draft.promo.add_logo`` / ``overlay_span``; their refusal
becomes the reply.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from ....draft import promo
from ....draft.styles import AWAY, away_from
from ....draft.timeline import (
    ROLE_OVERLAY,
    TT_VIDEO,
    is_card,
    is_clip,
    is_image,
    main_segments,
    title_segment,
)
from .. import vocab
from ..anchors import compile_led, longest
from ..assets import OVERLAY_NAME, find_media
from ..frames import Frame
from ..intents import Intent
from ..messages import Msg, msg
from ..parse import Scan
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import DUR, NUM, UNIT, dur_ms, range_ms, range_rx, unit_ms
from ..work import Ambiguous, CannotApply, Work
from .promo_video import PICTURE, _logo_media, _promo
from .shared import find_visuals

# --- logo and picture-in-picture ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LogoArgs:
    file: str | None = None  # the file named; None: the brand's logo, or a file called logo
    noun: str = ""  # what the words call it: "logo", "sticker", "pip" or "" (an overlay)
    pos: str | None = None
    width: float | None = None  # a share of the frame width, as said ("20% wide")
    size: str | None = None  # "small" or "big", as said (a logo and a clip differ in what that is)
    opacity: float | None = None
    start: int | None = None  # ms: its time span, as said ("from 10s to 15s", "the first 5 seconds")
    length: int | None = None
    span: str | None = None  # "all" (to the end of the shots) or "last" (its last ``length`` ms)
    remove: bool = False
    instead: str = ""  # the placed overlay this one takes the place of ("logo", "sticker", its file): "把logo换成促销贴纸"
    scale: float | None = None  # "bigger", "大一点": its width times this (a placed overlay; a new one takes ``size``)
    fade: float | None = None  # "more transparent", "淡一点": its opacity times this
    called: str = ""  # what a sticker is called ("sale", "促销"): its file name must say it
    placed: bool = False  # said of an overlay named in an earlier clause ("…，放左下角"): one on the video already
    also: str = ""  # a second overlay added by the same words ("add the logo and the sticker"): its noun ("sticker")
    at: str | None = None  # the place of the overlay meant, said of it ("右上角的logo太大了"): the one there, or none changed
    unnamed: bool = False  # "put the picture in the corner": which picture is asked (set BP bp246)
    shot: str = ""  # the picture it shows over, said of it ("on the gold ring shot only", "只在最后一张图上"): that picture's time
    ends: str = ""  # "end" / "start": said to go "at the end" with no time span ("add sale-sticker.png at the end"): asked
    after_title: bool = False  # its time starts where the title ends ("after the title", "标题消失以后"): the draft's
    but_last: int | None = None  # ms: hidden for the video's last seconds, shown before them ("hide the logo for the last 5 s")
    # the picture it comes on with, shown to the end ("from the second picture on", "从第二张开始"), or the picture it goes
    # with, shown from the start ("until the end of the backpack picture", "到第三张结束"): that picture's time (set FI
    # fi003 fi010 placed it for the whole video without a word)
    from_shot: str = ""
    to_shot: str = ""


# (default, small, big) width as a share of the frame: a logo is a corner mark, a clip must stay watchable
WIDTHS = {"image": (0.12, 0.08, 0.2), "video": (0.3, 0.22, 0.45)}


def _overlays(work: Work) -> list[dict]:
    return [t for t in work.draft["t"] if t.get("tt") == TT_VIDEO and t.get("role") == ROLE_OVERLAY]


def _which_overlay(work: Work, args: LogoArgs, placed: list[dict]) -> str:
    """The media the words mean: a file named, else an overlay already placed that fits the noun ("the
    logo", "the sticker", "the picture-in-picture"), else the logo (brand kit, a file called logo)."""
    if args.file:
        return _logo_media(work, args.file)
    brand = (work.draft["m"].get("brand") or {}).get("logo")
    if args.noun == "pip":
        clip = next((s for s in placed if is_clip(s)), None)
        if clip is not None:
            return str(clip["mid"])
        videos = [m for m in work.order if m.kind == "video"]
        if len(videos) == 1:
            return videos[0].id
        raise CannotApply(msg("logo.which_clip"))
    if args.noun == "sticker" and args.called:
        words = vocab.STICKER_WORDS_ZH.get(args.called, (args.called,))
        called = next((m for m in work.order if m.kind == "image" and any(w in m.filename.lower() for w in words)), None)
        if called is None:  # "the rainbow sticker" with none uploaded: never another sticker
            raise CannotApply(msg("logo.unknown", file=args.called))
        return called.id
    if args.noun == "sticker":
        named = next((m for m in work.order if m.kind == "image" and "sticker" in m.filename.lower()), None)
        if named is not None:
            return named.id
        other = [s for s in placed if is_image(s) and s.get("mid") != brand and s.get("name") != "logo"]
        if other or placed:
            return str((other or placed)[-1]["mid"])
        raise CannotApply(msg("logo.which"))
    if args.noun == "logo":
        mark = next((s for s in placed if s.get("mid") == brand or s.get("name") == "logo"), None)
        if mark is not None:
            return str(mark["mid"])
        if not placed or _logo_known(work, brand):
            return _logo_media(work, None)
    return str(placed[-1]["mid"]) if placed else _logo_media(work, None)


def _logo_known(work: Work, brand: str | None) -> bool:
    """The shop has a logo, placed or not: the brand kit's, or an uploaded picture named logo."""
    return bool(brand) or any(m.kind == "image" and "logo" in m.filename.lower() for m in work.order)


def _named_overlays(work: Work, args: LogoArgs, placed: list[dict]) -> list[dict]:
    """The placed overlays a removal names: the file, the logo, the sticker(s), the picture-in-picture;
    every one for "the overlays" or when the words fit none of them."""
    brand = (work.draft["m"].get("brand") or {}).get("logo")
    if args.file:
        m = find_media(work.order, args.file)
        hit = [s for s in placed if m is not None and s.get("mid") == m.id]
    elif args.noun == "pip":
        hit = [s for s in placed if is_clip(s)]
    elif args.noun == "logo":
        hit = [s for s in placed if s.get("mid") == brand or s.get("name") == "logo"]
    elif args.noun == "sticker":
        hit = [s for s in placed if is_image(s) and s.get("mid") != brand and s.get("name") != "logo"]
    else:
        hit = []
    if not hit and args.noun in ("sticker", "pip") and placed:
        # "logo放右下角，sale贴纸不要" with no sticker on the video: never the logo taken off instead (set AW aw186)
        raise CannotApply(msg("logo.no_sticker" if args.noun == "sticker" else "logo.no_pip"))
    if not hit and args.noun == "logo" and placed and _logo_known(work, brand):
        # "put the sale sticker in the top left corner. I don't want the logo on there yet" with logo.png uploaded and not
        # placed: the sticker just placed was taken off again (dev set HJ hj062)
        raise CannotApply(msg("logo.no_logo"))
    return hit or placed


def _overlay_name(work: Work, mid: str) -> str:
    """A placed picture's name in the summary: "logo" for the brand's (or a file called logo), else its stem."""
    media = work.media.get(mid)
    brand = (work.draft["m"].get("brand") or {}).get("logo")
    if media is None or mid == brand or "logo" in media.filename.lower():
        return "logo"
    return re.sub(r"\.[a-z0-9]{1,5}$", "", media.filename, flags=re.IGNORECASE)[:60]


def _when(work: Work, seg: dict) -> Msg:
    if seg.get("span") == "all" and seg["s"] == 0:
        card = any(is_card(s) for s in main_segments(work.draft))
        return msg("logo.until_card" if card else "logo.whole")
    if seg.get("span") == "last":
        return msg("logo.last", n=seg["d"] / 1000, a=seg["s"] / 1000, b=(seg["s"] + seg["d"]) / 1000)
    return msg("logo.from_to", a=seg["s"] / 1000, b=(seg["s"] + seg["d"]) / 1000)


def apply_logo(work: Work, args: LogoArgs) -> None:
    if args.also == "both":
        raise CannotApply(msg("logo.one_each"))
    if args.unnamed:
        # "put the picture in the corner": a picture laid over the video, which one not said; the pictures not in the
        # slideshow first (a logo, a sticker), else every picture (set BP bp246 was not understood)
        shown = {s.get("mid") for s in main_segments(work.draft)}
        images = [m for m in work.order if m.kind == "image"]
        pool = [m for m in images if m.id not in shown] or images
        if not pool:
            raise CannotApply(msg("logo.which"))
        raise Ambiguous([msg("logo.put_file", name=m.filename, pos=msg("pos", pos=args.pos or "top_right")) for m in pool[:4]])
    if args.also:  # both added, each in a free corner (set BE be240 placed the sticker alone)
        apply_logo(work, replace(args, also="", called=""))
        apply_logo(work, replace(args, noun=args.also, also=""))
        return
    if args.but_last is not None:  # (the shots' end as it is now: "hide the logo for the last 5 s" of 30 is 0-25 s)
        start = args.start or 0
        args = replace(args, but_last=None, span=None, start=start,
                       length=promo.shots_end(work.draft) - args.but_last - start)
    tracks = _overlays(work)
    placed = [s for t in tracks for s in t["sg"]]
    if args.remove:
        if not tracks:
            raise CannotApply(msg("logo.none"))
        gone = _named_overlays(work, args, placed)
        if args.pos is not None:
            # "请删除右上角的 logo", "remove the watermark in the bottom left": the one in that place, and none taken
            # off when nothing is there (set BI bi238 looked for a picture called "右上角的 logo")
            gone = [s for s in gone if (s.get("place") or {}).get("pos") == args.pos]
            if not gone:
                raise CannotApply(msg("logo.none_at", pos=msg("pos", pos=args.pos)))
        for t in tracks:
            t["sg"] = [seg for seg in t["sg"] if seg not in gone]
        work.draft["t"] = [t for t in work.draft["t"] if t not in tracks or t["sg"]]
        work.done(msg("logo.removed"), "remove_overlay")
        return
    if args.instead and placed:
        args, placed = _swapped(work, args, placed)
    if not placed and args.placed:
        # "加上促销贴纸，放左下角" with the sticker not added: the place is of nothing on the video (the logo was put
        # there, set AG ag154, AH ah164)
        raise CannotApply(msg("logo.not_placed"))
    if not placed and (args.scale or args.fade) and not (args.pos or args.width or args.size or args.opacity is not None):
        raise CannotApply(msg("logo.not_placed"))  # "make the logo bigger" with none on the video: nothing to change
    if args.at is not None:
        # "右上角的logo太大了", "the logo in the top right is too big": the one in that place, and none changed when
        # nothing is there (set BR br252)
        placed = [s for s in placed if (s.get("place") or {}).get("pos") == args.at]
        if not placed:
            raise CannotApply(msg("logo.none_there", pos=msg("pos", pos=args.at)))
    mid = _which_overlay(work, args, placed)
    if args.ends and args.start is None and args.length is None and not args.span and not args.shot:
        # "add sale-sticker.png at the end": over the video for its last seconds, or a picture after the last one (the
        # lead's row beside set BX bx230 laid it over the whole video, the "at the end" unread): both named, nothing changed
        media = work.media.get(mid)
        name = media.filename if media else mid
        raise Ambiguous([msg(f"logo.{args.ends}_reading", name=name), msg(f"logo.{args.ends}_picture", name=name)])
    if (args.scale or args.fade) and not (args.pos or args.width or args.size or args.opacity is not None) \
            and not any(p.get("mid") == mid for p in placed):
        # "make the logo semi-transparent and the sticker smaller" with the logo alone on the video: the sticker's look,
        # never the sticker laid on (found by the wave 22 lead)
        media = work.media.get(mid)
        raise CannotApply(msg("logo.not_on", name=media.filename if media else mid) if placed else msg("logo.not_placed"))
    if args.pos in _ACROSS_SAID and not any(p.get("mid") == mid for p in placed):
        raise CannotApply(msg("logo.not_placed"))  # "the other corner" of a logo not on the video
    media = work.media.get(mid)
    kind = "video" if media is not None and media.kind == "video" else "image"
    default_w, small_w, big_w = WIDTHS[kind]
    width = args.width or {"small": small_w, "big": big_w}.get(args.size or "")
    shot = None
    if args.shot:
        # its time span the picture's (sets BU bu172, bu194: the words were dropped and it showed throughout, or not understood);
        # of pictures side by side ("the first two pictures"), theirs; of pictures apart, asked (one overlay has one span)
        segs = work.main()["sg"]
        ks = find_visuals(work, args.shot, "any")
        if ks != list(range(ks[0], ks[-1] + 1)):
            raise CannotApply(msg("logo.shots_apart"))
        shot = {"id": segs[ks[0]]["id"], "last": segs[ks[-1]]["id"], "name": segs[ks[0]].get("name")}
        args = replace(args, start=int(segs[ks[0]]["s"]), length=int(segs[ks[-1]]["s"] + segs[ks[-1]]["d"] - segs[ks[0]]["s"]),
                       span=None)
    if args.from_shot or args.to_shot:
        segs = work.main()["sg"]
        ks = find_visuals(work, args.from_shot or args.to_shot, "any")
        if args.from_shot:
            start = int(segs[ks[0]]["s"])
            args = replace(args, start=start, length=promo.shots_end(work.draft) - start, span=None)
        else:
            args = replace(args, start=0, length=int(segs[ks[-1]]["s"] + segs[ks[-1]]["d"]), span=None)
    if args.after_title:
        title = title_segment(work.draft)
        if title is None:
            raise CannotApply(msg("logo.no_title"))
        args = replace(args, start=int(title["s"] + title["d"]))
    timed = args.start is not None or args.length is not None or args.span is not None
    existing = next((s for s in placed if s.get("mid") == mid), None)
    if existing is not None:
        place = existing.setdefault("place", {})
        if args.scale is not None and args.width is None:  # "bigger" of a placed logo: bigger than it is
            width = round(max(0.02, min(1.0, float(place.get("w", default_w)) * args.scale)), 3)
        if args.pos in _ACROSS_SAID:
            args = replace(args, pos=_across(work, mid, str(place.get("pos", "top_right")), args.pos))
        opacity = args.opacity
        if args.fade is not None and opacity is None:
            opacity = round(max(0.1, min(1.0, float(place.get("opacity", 1.0)) * args.fade)), 2)
        for key, value in (("pos", args.pos), ("w", width), ("opacity", opacity)):
            if value is not None:
                place[key] = value
        if timed:
            existing["s"], existing["d"] = _promo(work, promo.overlay_span, work.draft, args.start or 0, args.length,
                                                  args.span)
            existing.pop("span", None)
            if args.span or args.length is None:
                existing["span"] = args.span or "all"
    else:
        pip = kind == "video"
        src = work.source_ms(mid) if pip else None
        length = args.length if timed or not pip else src  # a clip plays its own length unless told
        work.draft = _promo(work, promo.add_logo, work.draft, mid, pos=args.pos or _free_corner(placed),
                            width=width or default_w, opacity=args.opacity if args.opacity is not None else 1.0,
                            start=args.start or 0, length=length, span=args.span)
        existing = _overlays(work)[-1]["sg"][0]
        existing["name"] = "picture-in-picture" if pip else _overlay_name(work, mid)
        if pip:
            existing["k"] = "video"
    place = existing["place"]
    if shot is not None:
        # (the picture's time after the message's other edits: "…on the gold ring picture only, and make the whole video a
        # bit shorter" left it at the old time, set BR br226; ``follow_shots``)
        existing["on"] = [shot["id"], shot["last"]]
        seg_now, name_now = existing, media.filename if media else mid
        work.replies.append(lambda: msg("logo.set", name=name_now, pos=msg("pos", pos=seg_now["place"]["pos"]),
                                        w=round(seg_now["place"]["w"] * 100),
                                        o=round(seg_now["place"].get("opacity", 1.0) * 100), when=_when(work, seg_now)))
        work.calls.append({"name": "place_overlay", "args": {"media": mid, "pos": place["pos"], "width": place["w"],
                                                             "opacity": place.get("opacity", 1.0),
                                                             "on": str(shot.get("name") or shot["id"])}})
        return
    when = _when(work, existing)
    if args.length is not None and existing["d"] < args.length and existing.get("span") != "all":
        when = msg("logo.capped", when=when, end=promo.shots_end(work.draft) / 1000)
    name = media.filename if media else mid
    for k, said in enumerate(work.replies):
        if isinstance(said, Msg) and said.key == "logo.set" and said.params.get("name") == name:
            # its place said in one clause and its look in the next ("加个水印，用logo.png，半透明的"): one sentence, the last
            work.replies[k] = list
    work.done(msg("logo.set", name=name, pos=msg("pos", pos=place["pos"]),
                  w=round(place["w"] * 100), o=round(place.get("opacity", 1.0) * 100), when=when),
              "place_overlay", media=mid, pos=place["pos"], width=place["w"], opacity=place.get("opacity", 1.0),
              start=existing["s"] / 1000, seconds=existing["d"] / 1000)


def timed_after(intents: list[Intent]) -> list[Intent]:
    """An overlay said to go "at the end" in one clause and given its time span in a later one ("put the logo bottom right at
    the end, for the last 3 seconds"): the span says which end is meant, nothing is asked."""
    logos = [i for i in intents if i.kind == "logo" and isinstance(i.args, LogoArgs)]
    if not any(i.args.ends for i in logos):
        return intents
    out = []
    for it in intents:
        if it.kind == "logo" and isinstance(it.args, LogoArgs) and it.args.ends and any(
                o.pos > it.pos and (o.args.start is not None or o.args.length is not None or o.args.span) for o in logos):
            it = Intent(it.kind, it.pos, replace(it.args, ends=""))
        out.append(it)
    return out


_TIME_FIELDS = ("start", "length", "span", "shot", "from_shot", "to_shot", "after_title", "but_last")


def _has_time(a: LogoArgs) -> bool:
    return any(getattr(a, f) not in (None, "", False) for f in _TIME_FIELDS)


# which overlay a reading means: the first reading's to say, never merged from a later one (and never compared)
_WHICH_SAID = ("placed", "at", "unnamed", "also", "instead")
_WHICH = _WHICH_SAID + ("file", "noun", "called")


def _clash(a: LogoArgs, b: LogoArgs) -> bool:
    """Two readings of one overlay that say different things of the same part, or its time twice."""
    if (_has_time(a) and _has_time(b)) or b.scale is not None or b.fade is not None:
        return True  # (a step "smaller" is of the overlay as it is laid by then: applied after it, never merged)
    return any(getattr(a, f.name) not in (None, "", False) and getattr(b, f.name) not in (None, "", False)
               and getattr(a, f.name) != getattr(b, f.name) for f in fields(a) if f.name not in _WHICH)


def time_joined(intents: list[Intent]) -> list[Intent]:
    """An overlay placed in one clause and given its time, place or look in the next ("促销贴纸放左下角，只在第二张出现",
    "促销贴纸从第二张图开始一直显示到最后，放在左上角，稍微透明一点"): one overlay laid once, with all of it (it was laid for the
    whole video and then again for its time: two replies, the first untrue; or the later parts were dropped)."""
    out: list[Intent] = []
    for it in intents:
        prev = out[-1] if out else None
        if (prev is not None and it.kind == prev.kind == "logo" and isinstance(it.args, LogoArgs) and isinstance(prev.args, LogoArgs)
                and not prev.args.remove and not it.args.remove and not prev.args.instead and not it.args.instead
                and it.args.file in (None, prev.args.file) and it.args.noun in ("", prev.args.noun) and not _clash(prev.args, it.args)):
            # (its time and whatever else the later clause said of it that the first did not: "…, a bit see-through, but
            # only after the title is gone")
            said = {f.name: getattr(it.args, f.name) for f in fields(it.args) if f.name not in _WHICH_SAID
                    and getattr(it.args, f.name) not in (None, "", False) and getattr(prev.args, f.name) in (None, "", False)}
            out[-1] = Intent(prev.kind, prev.pos, replace(prev.args, **said))
            continue
        out.append(it)
    return out


def follow_shots(work: Work) -> None:
    """An overlay put over one picture ("only on the ring photo") takes that picture's time as the re-layout left it."""
    by_id = {s["id"]: s for s in main_segments(work.draft)}
    for t in _overlays(work):
        for seg in t["sg"]:
            first, last = (by_id.get(i) for i in seg.pop("on", None) or ("", ""))
            if first is not None and last is not None and last["s"] + last["d"] > first["s"]:
                seg["s"], seg["d"] = int(first["s"]), int(last["s"] + last["d"] - first["s"])
                seg.pop("span", None)


def _swapped(work: Work, args: LogoArgs, placed: list[dict]) -> tuple[LogoArgs, list[dict]]:
    """"把logo换成促销贴纸", "replace the logo with the sale sticker": the overlay named first is taken off, and the one
    named after laid where it was, as big, as opaque and for as long (sets AY ay268, AZ az142: read as a picture of the
    slideshow replaced, and refused)."""
    before = LogoArgs(file=args.instead if "." in args.instead else None, noun=_noun(args.instead))
    gone = _named_overlays(work, before, placed)
    if len(gone) != 1 or (before.noun == "logo" and not before.file and gone[0] is not next(
            (s for s in placed if s.get("mid") == (work.draft["m"].get("brand") or {}).get("logo") or s.get("name") == "logo"), None)):
        raise CannotApply(msg("logo.not_placed"))
    old = gone[0]
    rest = [s for s in placed if s is not old]
    mid = _which_overlay(work, replace(args, instead=""), rest)
    if mid == old.get("mid"):
        return replace(args, instead=""), placed  # the same picture: nothing to swap
    media = work.media.get(mid)
    if media is None or media.kind != "image":
        raise CannotApply(msg("logo.not_picture", file=media.filename if media else mid))
    for t in _overlays(work):
        t["sg"] = [seg for seg in t["sg"] if seg is not old]
    work.draft["t"] = [t for t in work.draft["t"] if t.get("role") != ROLE_OVERLAY or t.get("tt") != TT_VIDEO or t["sg"]]
    work.done(msg("logo.swapped", old=_overlay_name(work, str(old.get("mid")))), "remove_overlay")
    place = old.get("place") or {}
    args = replace(args, instead="", file=media.filename, pos=args.pos or place.get("pos"), width=args.width or place.get("w"),
                   opacity=args.opacity if args.opacity is not None else place.get("opacity"))
    if args.start is None and args.length is None and not args.span:  # (its time span kept too)
        args = replace(args, start=int(old["s"]), length=int(old["d"]), span=old.get("span"))
    return args, rest


def _free_corner(placed: list[dict]) -> str:
    """Where a new overlay said without a place goes: the top right, else the first corner no overlay holds ("also add
    the sale sticker" with the logo top right, set AK ak144)."""
    taken = {str((s.get("place") or {}).get("pos", "")) for s in placed}
    return next((c for c in ("top_right", "top_left", "bottom_right", "bottom_left") if c not in taken), "top_right")


# where an overlay goes: the planner's one table of places ("top-left corner" was read as "top"), but not the
# lower third (a text's place)
POS_WORDS = {w: pos for pos, (en, zh) in vocab.POSITIONS.items() if pos not in ("lower_third", AWAY) for w in (*en, *zh)}
_POS_RX = "|".join(sorted((re.escape(w).replace(r"\ ", r"[\s-]+") for w in POS_WORDS), key=longest))
# what an overlay is called (a file name is read apart)
NOUN = (r"(?:brand\s+)?logo|watermark|stickers?|overlay|picture[\s-]in[\s-]picture|pip|inset\s+(?:clip|video)"
        r"|标志|水印|贴纸|贴图|画中画|叠加层")
# when it shows: "(only) in the first 5 seconds", "for the last 3 s", "from 10s to 15s", "between 10 and 15
# seconds", "from 5s on", "the whole time", "前5秒", "最后3秒", "从10秒到15秒", "5秒以后", "全程"
def span_rx(tag: str = "") -> str:
    """The words of a time span (``tag`` keeps the group names unique in one pattern)."""
    return (rf"(?:only\s+)?(?:(?:in|for|during|over|at)\s+)?(?:just\s+|only\s+)?the\s+(?:first|opening|last|final|closing)\s+{DUR}"
        rf"|(?:only\s+)?(?:from|between|starting\s+at)\s+{range_rx('x' + tag)}"
        rf"|(?:only\s+)?between\s+{NUM}\s*(?:s|secs?|seconds?)?\s+and\s+{DUR}"
        rf"|(?:from|after|starting\s+(?:at|from))\s+{DUR}\s*(?:on(?:wards?)?|until\s+the\s+end|to\s+the\s+end|till\s+the\s+end)?"
        rf"|(?:for\s+|during\s+)?the\s+(?:whole|entire)\s+(?:time|video|way)|throughout(?:\s+the\s+video)?|all\s+the\s+time"
        rf"|(?:只在|只|仅在|在)?\s*(?:前|最后|后)\s*{DUR}"
        rf"|(?:从|在)?\s*{range_rx('z' + tag)}"
        rf"|(?:从)?\s*{DUR}\s*(?:以后|之后|后|开始)(?:一直)?"
        rf"|全程|一直|整个视频|始终"
        # (once the title is gone, and how long after it if said: vocab.AFTER_TITLE)
        rf"|(?:from|从)\s*{vocab.AFTER_TITLE}(?:[^.;!?。；！？]{{0,14}}?(?:持续|显示|停留|for|lasting)\s*{DUR}"
        rf"|\s+and\s+(?:stay|stays|remain|remains|keep\s+showing|be\s+there)\s+(?:on\s+(?:screen\s+)?)?(?:until|till|to)\s+the\s+(?:very\s+)?end"
        rf"(?:\s+of\s+the\s+video)?)?")


SPAN = span_rx()
# a start and how long: "from 10s, for five seconds" (set AD ad174), "starting at 3s lasting 4 s", "从第10秒开始显示5秒",
# "从第10秒出现，显示5秒" (set AT at163: read 10 s to the end, and the 5 s as the video's length)
# ("at 8s, for 4 seconds", "at 4 seconds and stay for 6 seconds": a start said with "at", set EE's English kind)
_START_FOR = compile_led(rf"(?:from|at|starting\s+(?:at|from))\s+(?P<a>{DUR})\s*,?\s*(?:and\s+)?(?:(?:stay|stays|last|lasts)\s+)?"
                        rf"(?:for|lasting)\s+(?P<b>{DUR})"
                        rf"|从\s*(?:第\s*)?(?P<za>{DUR})\s*(?:开始|起)?\s*(?:显示|出现|展示)?\s*[,，]?\s*(?:显示|出现|展示|持续|停留|保持)\s*(?P<zb>{DUR})")


# hidden for a time, then shown to the end: "keep the logo hidden until 5 seconds in", "hide the watermark for the first
# 3 s", "logo前5秒先隐藏", "5秒之前不要出现" (set BG bg239 was not understood; "hide … for the first 5 seconds" had shown
# it for those 5 seconds only, the opposite)
# ("the logo should disappear for the last five seconds" showed it for those 5 s only; set FI fi019)
_GONE = (r"hid(?:e|den|ing)|invisible|off[\s-]?screen|remove|take\s+(?:it\s+|the\s+\w+\s+)?off|drop|get\s+rid\s+of"
         r"|disappear(?:s|ed)?|vanish(?:es|ed)?|go\s+away|be\s+gone|not\s+(?:be\s+)?(?:shown|showing|visible|there)")
# ("take the logo off the first 5 seconds", "no logo for the first 5 seconds", "前5秒不要logo" showed it for those 5 s only;
# set FG fg038)
_NO_MARK_ZH = r"(?:不要|别|不用|不|先不|先别)\s*(?:放|加|显示|出现|要)?\s*(?:logo|水印|贴纸|标志|角标)"
_HIDDEN = compile_led(rf"\b(?:{_GONE}|no|without)\b[^.;!?]{{0,30}}?\b(?:until|till|til|(?:for|off|from|of|out\s+of)\s+the\s+first"
                     rf"|during\s+the\s+first|in\s+the\s+first)\s+(?P<d>{DUR})"
                     rf"|(?:前|开头)\s*(?P<z>{DUR})\s*(?:先|都|的时候)?\s*(?:隐藏|不要显示|不显示|别显示|不要出现|不出现|别出现|先别出现|{_NO_MARK_ZH})"
                     rf"|(?P<z2>{DUR})\s*(?:之前|以前|前)\s*(?:先|都)?\s*(?:隐藏|不要显示|不显示|别显示|不要出现|不出现|别出现)")


# gone after a time, shown until then: "remove the logo after 10 seconds", "hide the watermark from 8 s on", "logo 10秒后消失"
# (the phrase rules had shown it from 10 s on, the opposite)
_GONE_AFTER = compile_led(rf"\b(?:{_GONE})\b[^.;!?]{{0,30}}?\b(?:after|from|starting\s+(?:at|from))\s+(?P<d>{DUR})"
                         rf"|(?P<z>{DUR})\s*(?:以后|之后|后)\s*(?:就)?\s*(?:消失|隐藏|去掉|拿掉|删掉|不要显示|不显示|不要了|不要出现|不出现)")


# hidden for the video's last seconds, shown before them: "hide the logo for the last 5 sec so the ending looks clean",
# "最后5秒不要显示logo" (set FA fa076 showed it for those 5 seconds only, the opposite)
_HIDDEN_END = compile_led(rf"\b(?:{_GONE}|no|without)\b[^.;!?]{{0,30}}?\b(?:for|during|in|over|off|from|of|out\s+of)\s+the\s+(?:last|final)\s+(?P<d>{DUR})"
                         rf"|(?:最后|结尾)\s*(?:的)?\s*(?P<z>{DUR})\s*(?:先|都|的时候)?\s*(?:隐藏|不要显示|不显示|别显示|不要出现|不出现|别出现|去掉|拿掉|{_NO_MARK_ZH})")


def span_of(text: str) -> dict:
    """``start``/``length``/``span`` arguments for the time span said in ``text`` (see ``SPAN``), or {}."""
    t = re.sub(r"\bsecond\s+(\d+(?:\.\d+)?)\b", r"\1 s", text.lower())  # "from second 3" (set AP ap273)
    if vocab.AFTER_TITLE in t:
        said = re.search(rf"{vocab.AFTER_TITLE}[^.;!?。；！？]{{0,14}}?(?:持续|显示|停留|for|lasting)\s*(?P<d>{DUR})", t)
        return {"after_title": True, **({"length": dur_ms(said.group("d"))} if said else {"span": "all"})}
    hidden_end = _HIDDEN_END.search(t)
    if hidden_end:
        return {"start": 0, "but_last": dur_ms(hidden_end.group("d") or hidden_end.group("z"))}
    gone = _GONE_AFTER.search(t)
    if gone:
        return {"start": 0, "length": dur_ms(gone.group("d") or gone.group("z"))}
    hidden = _HIDDEN.search(t)
    if hidden:
        return {"start": dur_ms(next(g for g in hidden.group("d", "z", "z2") if g)), "span": "all"}
    m = re.search(rf"(?:first|opening)\s+(?P<d>{DUR})|(?<!最)前\s*(?P<d2>{DUR})"
                  # "only 3 seconds, at the start", "开头3秒" (set AH ah226)
                  rf"|(?P<d3>{DUR})\s*,?\s*(?:at|in)\s+the\s+(?:start|beginning)\b|开头\s*(?:的)?\s*(?P<d4>{DUR})", t)
    if m:
        return {"start": 0, "length": dur_ms(next(g for g in m.group("d", "d2", "d3", "d4") if g))}
    m = re.search(rf"(?P<d>{DUR})\s*,?\s*(?:at|in)\s+the\s+end\b|结尾\s*(?:的)?\s*(?P<d2>{DUR})", t)
    if m:
        return {"length": dur_ms(m.group("d") or m.group("d2")), "span": "last"}
    m = re.search(rf"(?:last|final|closing)\s+(?P<d>{DUR})|(?:最后|(?<![以之])后)\s*(?P<d2>{DUR})(?!\s*(?:以后|之后|后|开始))", t)
    if m:
        return {"length": dur_ms(m.group("d") or m.group("d2")), "span": "last"}
    m = _START_FOR.search(t)
    if m:
        return {"start": dur_ms(m.group("a") or m.group("za")), "length": dur_ms(m.group("b") or m.group("zb"))}
    m = re.search(rf"between\s+(?P<a>{NUM})\s*(?P<ua>{UNIT})?(?![a-z])\s+and\s+(?P<b>{NUM})\s*(?P<ub>{UNIT})(?![a-z])", t)
    if m:  # "between 4 and 8 seconds": the first number takes the second's unit
        a = round(float(m.group("a")) * unit_ms(m.group("ua") or m.group("ub")))
        b = round(float(m.group("b")) * unit_ms(m.group("ub")))
        return {"start": a, "length": b - a} if b > a else {}
    m = re.search(range_rx("r"), t)
    if m:
        a, b = range_ms(m)
        return {"start": a, "length": b - a} if b > a else {}
    m = re.search(rf"(?:from|after|starting\s+(?:at|from))\s+(?P<d>{DUR})|(?P<d2>{DUR})\s*(?:以后|之后|后|开始)", t)
    if m:
        return {"start": dur_ms(m.group("d") or m.group("d2")), "span": "all"}
    if re.search(r"whole|entire|throughout|all\s+the\s+time|全程|一直|整个视频|始终", t):
        return {"start": 0, "span": "all"}
    # how long alone, from the start: "put logo.png in the top left, only for 3 seconds", "贴纸放右上角，显示3秒" (the words
    # were taken and the logo shown the whole video without a word; found probing set FJ fj061)
    m = re.search(rf"\b(?:only\s+|just\s+)?(?:for|lasting)\s+(?:only\s+|just\s+)?(?P<d>{DUR})(?!\s*(?:in|into|after|later|before|from|long))"
                  rf"|(?:只|仅)?\s*(?:显示|出现|持续|停留|展示)\s*(?P<z>{DUR})", t)
    if m:
        return {"start": 0, "length": dur_ms(m.group("d") or m.group("z"))}
    return {}


# the logo and a sticker named in one clause: ``_noun`` says one of them, so a rule reading one overlay's place, look, time
# or removal would do half the wish ("add the logo and the sticker" placed the sticker alone: set BE be240)
_LOGO_WORD = compile_led(r"logo|watermark|标志|水印")
_STICKER_WORD = compile_led(r"sticker|贴纸|贴图")


_JOINED = compile_led(r"^\W*(?:和|与|跟|及|以及|还有|加|and|&)?\s*")


def _both(text: str) -> bool:
    t = text.lower()
    return _LOGO_WORD.search(t) is not None and _STICKER_WORD.search(t) is not None


# "at the end", "at the start", "在结尾", "加到最后": a place in the video's time with no span said (never "最后5秒", "the last 5 s",
# "最后一张": a span or a picture)
_ENDS = compile_led(r"(?![^.;!?。；！？]*?(?:\b(?:last|final|closing|first|opening)\s+\d|(?:最后|前|开头)\s*\d))(?:"
                    r"\b(?:at|in|to|towards?)\s+the\s+(?:very\s+)?(?P<e>end|ending|close|finish)(?:\s+of\s+(?:the\s+)?(?:video|promo|clip))?\b(?!\s+card)"
                    r"|\b(?:at|in)\s+the\s+(?:very\s+)?(?P<s>start|beginning)(?:\s+of\s+(?:the\s+)?(?:video|promo|clip))?\b"
                    r"|(?:在|放在|放到|加到|加在)?\s*(?:视频|画面)?\s*(?:的)?\s*(?P<ze>结尾|末尾|片尾|最后面|最后)(?!\s*(?:\d|[一二三四五六七八九十两几]|卡片|页))"
                    r"|(?:在|放在|放到|加到|加在)?\s*(?:视频|画面)?\s*(?:的)?\s*(?P<zs>开头|最前面)(?!\s*(?:\d|[一二三四五六七八九十两几])))")


def _ended(read: Callable[[Frame, str], LogoArgs | None]) -> Callable[[Frame, str], LogoArgs | None]:
    """``read``, with "at the end" / "at the start" said and no time span, picture or removal: which is meant is asked."""
    def ended(f: Frame, t: str) -> LogoArgs | None:
        said = read(f, t)
        if said is None or said.remove or said.shot or said.start is not None or said.length is not None or said.span:
            return said
        m = _ENDS.search(f.text.lower())
        if m is None:
            return said
        f.attached.append((f.start + m.start(), f.start + m.end()))
        return replace(said, ends="end" if m.group("e") or m.group("ze") else "start")
    return ended


def _one(read: Callable[[Frame, str], LogoArgs | None]) -> Callable[[Frame, str], LogoArgs | None]:
    """``read``, for a clause naming one overlay. Of a clause naming the logo and a sticker ("put the logo and the sticker
    in the top left"), a refusal that names both: never one of them placed, nor the clause left to the phrase rules
    (which placed the sticker alone)."""
    read = _ended(read)

    def one(f: Frame, t: str) -> LogoArgs | None:
        said = read(f, t)
        if said is not None and said.also:
            return said  # (both read already, each added: "add the logo and the sale sticker" was placed twice and refused, set BS bs223)
        if said is not None and _both(f.text) and said.pos is None and not said.remove and said.start is None \
                and said.length is None and (said.opacity is not None or said.fade is not None or said.scale is not None
                                             or said.width is not None) and _BOTH_LOOK.search(f.text.lower()):
            # "logo和贴纸都调成半透明", "make both the logo and the sticker smaller": one look for both, each changed (set HV
            # hv073 asked for their places)
            return replace(said, noun="logo", also="sticker", called="", file=None)
        if said is not None and _both(f.text):
            # each with its own place, the second after "and": "add logo.png bottom left and the sale sticker top right"
            # (the clause is the first one's, the words after "and" the phrase rules'; set BX bx214 placed the sticker
            # alone and refused the logo)
            second = _SECOND_PLACED.search(f.text.lower())
            if second is not None and second.start() > 0 and re.search(_POS_RX, f.text.lower()[:second.start()]):
                first = replace(f, text=f.text[:second.start()], end=f.start + second.start())
                said = read(first, t)
                return None if said is None or said.also or _both(first.text) else said
            return LogoArgs(noun="logo", also="both")
        return said
    return one


# the logo and the sticker said to look the same ("都", "both")
_BOTH_LOOK = compile_led(r"\bboth\b|都|\beach\b|两个|俩")


# a second overlay named after "and" with its own place ("… and the sale sticker top right", "… and logo.png in the top left")
_SECOND_PLACED = compile_led(r"\s*(?:,\s*)?\b(?:and|plus)\s+(?:then\s+)?(?:(?:the|our|my|a|an)\s+)?(?:(?:[a-z0-9\-]+\s+)?(?:logo|watermark|sticker)\b"
                            r"|[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif|svg)\b)\s*(?:(?:in|at|to|on|into)\s+)?(?:the\s+)?"
                            rf"(?:{_POS_RX})")


def _noun(text: str) -> str:
    t = text.lower()
    if re.search(r"picture[\s-]in[\s-]picture|\bpip\b|inset|画中画|\.(?:mp4|mov|webm|gif)\b", t):
        return "pip"
    if re.search(r"sticker|贴纸|贴图", t):
        return "sticker"
    if re.search(r"logo|watermark|标志|水印", t):
        return "logo"
    return ""


# said of a placed logo, relative to how it is now (×0.6 / ×1.5 as the volume's quieter / louder)
_FAINTER = (r"\bmore\s+(?:transparent|see[\s-]through|subtle|faded)|\b(?:fainter|lighter|subtler|less\s+(?:visible|opaque|strong|prominent))\b"
            r"|(?:淡|透明|浅)\s*(?:一点|一些|点|些)|更\s*(?:淡|透明)|再\s*(?:淡|透明)")
_STRONGER = (r"\bless\s+(?:transparent|see[\s-]through|faded)|\bmore\s+(?:opaque|visible|solid)\b"
             r"|(?:深|清楚|明显|实)\s*(?:一点|一些|点|些)|不要那么透明|别那么透明")
_BIGGER = r"\b(?:bigger|larger)\b|(?<![最])大\s*(?:一点|一些|点|些)|放大|更大"
_SMALLER = r"\bsmaller\b|\bshrink|(?<![最])小\s*(?:一点|一些|点|些)|缩小|更小"


# the logo's look said in words, the first that matches: (pattern, field, value)
_LOOK_WORDS: tuple[tuple[str, str, float], ...] = (
    # ("make the logo smaller and fully opaque": its opacity was left unread and the clause refused, set BX bx249)
    (r"\b(?:fully|completely|totally|entirely)\s+opaque\b|\bno\s+transparency\b|\bnot\s+(?:see[\s-]through|transparent)\s+at\s+all\b"
     r"|(?:完全|全)\s*不透明(?!度)|(?:不要|别|不用)\s*(?:再)?\s*透明(?!度)", "opacity", 1.0),
    (r"(?:semi|half)[\s-]?transparent|see[\s-]through|faded|半透明", "opacity", 0.5),
    (_FAINTER, "fade", 0.6),
    (_STRONGER, "fade", 1.5),
)
_SIZE_WORDS: tuple[tuple[str, str, float], ...] = (
    (r"\bhalf\s+as\s+(?:big|large|wide)|缩小\s*一半", "scale", 0.5),
    # (一倍 is 1倍 once numbers are digits: "把logo放大一倍" was left unread, set BO bo251)
    (r"\btwice\s+as\s+(?:big|large|wide)|放大\s*(?:到\s*)?(?:一|1|两|2)\s*倍", "scale", 2.0),
    (_BIGGER, "scale", 1.5),
    (_SMALLER, "scale", 0.67),
)


def _first_said(text: str, table: tuple[tuple[str, str, float], ...]) -> dict[str, float]:
    """The field and value of the first of ``table``'s patterns ``text`` says, or nothing."""
    return next(({field: value} for rx_, field, value in table if re.search(rx_, text)), {})


_SHARES = {"quarter": 0.25, "third": 0.33, "fifth": 0.2, "tenth": 0.1, "half": 0.5, "四分之一": 0.25, "三分之一": 0.33,
           "五分之一": 0.2, "一半": 0.5}


_OPACITY_PCT = compile_led(r"(\d+(?:\.\d+)?)\s*%\s*(?:opacity|opaque|不透明)|(?:opacity|不透明度)\D{0,12}?(\d+(?:\.\d+)?)\s*%")
# transparency is the other way round: "30% transparent", "transparency 30%" are 70% opaque
# ("logo transparent 50%", "semi-transparent (50%)": the share right after the word, not a step "more transparent"; set
# BH bh251 left it unread)
# "透明度 60%", "60%透明度" (no 不 before it) is opacity 60 %: every blind writer of two waves read it so (sets BX bx232 bx252
# bx255, BN bn265, BU bu191, CB cb232, CC cc160; it was asked in wave 27, the lead's decision of wave 29); the reply names
# the opacity set. "60%透明", "transparency 60%" stay 60 % transparent
_ZH_OPACITY_PCT = compile_led(r"(?<!不)透明度(?:(?!宽|大小|尺寸)\D){0,12}?(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*%\s*(?:的)?\s*(?<!不)透明度")
_CLEAR_PCT = compile_led(r"(\d+(?:\.\d+)?)\s*%\s*(?:transparent|透明)|(?<!不)(?:transparency|透明度|半透明)\D{0,12}?(\d+(?:\.\d+)?)\s*%"
                        r"|(?<!more\s)(?<!less\s)\btransparent\s*(?:at\s+|[(:,]\s*)?(\d+(?:\.\d+)?)\s*%(?!\s*(?:of\b|wide|width|宽))")
# its opacity said as a fraction, no percent sign ("logo opacity 0.6", "logo的opacity调到0.8": sets BK bk237, BL bl270
# left it unread); only right after the word, and only 0 to 1
_OPACITY_FRAC = compile_led(r"(?:opacity|不透明度)\s*(?:(?:to|at|of|is|=|:|设为|设成|设置为|调到|调成|调为|改成|改为|改到|为)\s*)?"
                           r"(0?\.\d+|1\.0+|[1-9]\d?|100)(?![\d.%])(?!\s*(?:%|percent|per\s+cent|秒|s\b|secs?\b|seconds?\b|px\b|pixels?\b))")
# (or as a whole number with no percent sign, a percentage: "水印不透明度改成70", "logo opacity 40"; found in wave 23)


def _frac_opacity(said: str) -> float:
    value = float(said)
    return value if value <= 1 else value / 100
_WIDTH_PCT = compile_led(r"(\d+(?:\.\d+)?)\s*%\s*(?:of\s+the\s+(?:(?:frame|screen|video|picture)(?:'s)?\s+)?)?(?:width|wide|宽)"
                        r"|(?:宽度|\bwidth)\D{0,16}?(\d+(?:\.\d+)?)\s*%")


# the one picture it shows over: "(only) on the gold ring shot", "during the last picture", "只在最后一张图上", "只放在戒指那张"
# ("add the logo to the first picture" had added the logo as a picture of its own at the start: found beside set BU bu194)
# (a picture's time, never the picture replaced; "on the video", "on the pictures" say no one picture)
_ON_SHOT = compile_led(r"\b(?:on|onto|over|during|for|with|to)\s+(?:only\s+|just\s+)?(?P<e>(?:the|that|this|these|those)\s+(?:[a-z0-9\-]+\s+){0,5}?"
                      r"(?:shots?|pictures?|photos?|images?|pics?|slides?)|[a-z0-9_\-]+\.(?:jpe?g|png|webp))(?=\s*(?:$|[,.;!?]|only\b|and\b|too\b))"
                      r"|(?:只|仅)\s*(?:在|放在|放到|出现在|显示在|加在|贴在|要在|要放在)\s*(?P<z>(?:第\s*\d+|最后\s*(?:一|1)?|倒数第\s*\d+)\s*张"
                      r"(?:图片?|照片)?|(?:[\u4e00-\u9fff]{1,6}?|\s*[a-z][a-z0-9\- ]{0,30}?\s*)那张(?:图片?|照片)?)\s*(?:上面|上|里|那里)?")


_SHOT_WORDS = r"(?:the|that)\s+(?:[a-z0-9\-]+\s+){0,4}?(?:shots?|pictures?|photos?|images?|pics?|slides?)"
_SHOT_ZH = (r"第\s*\d+\s*张(?:图片?|照片)?|最后\s*(?:一|1)?\s*张(?:图片?|照片)?|(?:[\u4e00-\u9fff]{1,6}?|\s*[a-z][a-z0-9\- ]{0,30}?\s*)那张(?:图片?|照片)?")
# its time by the pictures said in Chinese: "只在第三张图出现", "从第二张开始显示", "一直显示到第三张结束" (the rule after an
# overlay's place and the rules of a clause of its own)
_BY_SHOT_ZH = (rf"(?:(?:只|仅)\s*(?:在|放在|出现在|显示在)\s*(?:{_SHOT_ZH})\s*(?:上面|上|里)?\s*(?:出现|显示)?"
               rf"|从\s*(?:{_SHOT_ZH})\s*(?:开始|起)\s*(?:一直)?\s*(?:显示|出现|展示)?(?:到\s*(?:最后|结尾|结束))?"
               rf"|(?:一直)?\s*(?:显示|出现|展示)?\s*(?:到|直到)\s*(?:{_SHOT_ZH})\s*(?:结束|为止|完)(?:\s*(?:显示|出现))?)")
_FROM_SHOT = compile_led(rf"\b(?:from|starting\s+(?:from|with|at))\s+(?P<e>{_SHOT_WORDS})\s+(?:on(?:wards?)?\b|to\s+the\s+end\b|until\s+the\s+end\b|till\s+the\s+end\b)"
                        rf"|从\s*(?P<z>{_SHOT_ZH})\s*(?:开始|起)(?:\s*(?:显示|出现|一直))?")
_TO_SHOT = compile_led(rf"\b(?:from\s+the\s+(?:start|beginning)\s+)?(?:until|till|til|to|through)\s+the\s+end\s+of\s+(?P<e>{_SHOT_WORDS})"
                      rf"|(?:从头|从开头)?\s*(?:一直)?\s*(?:到|直到)\s*(?P<z>{_SHOT_ZH})\s*(?:结束|为止|完)")


def _shot(text: str) -> dict:
    """``shot``: the picture an overlay is said to show over only, or {} (a file of an overlay is no picture shown);
    ``from_shot`` / ``to_shot``: the picture it comes on with, or goes with."""
    if (m := _FROM_SHOT.search(text)) is not None:
        return {"from_shot": m.group("e") or m.group("z")}
    if (m := _TO_SHOT.search(text)) is not None:
        return {"to_shot": m.group("e") or m.group("z")}
    m = _ON_SHOT.search(text)
    if m is None or (m.group("e") and "." in m.group("e") and OVERLAY_NAME.search(m.group("e"))):
        return {}
    return {"shot": m.group("e") or m.group("z")}


_REL_SIZE = compile_led(r"(?P<n>\d+(?:\.\d+)?)\s*%\s*(?:(?P<up>bigger|larger|wider)|smaller|narrower)\b"
                       r"|(?:大|放大)\s*(?P<zn>\d+(?:\.\d+)?)\s*%")


def _logo_extras(text: str) -> dict:
    out: dict = {"noun": _noun(text), **span_of(text), **_shot(text)}
    if len(out) == 1 and (ends := _ENDS.search(text)):  # ("put sale-sticker.png top left at the end": which is asked)
        out["ends"] = "end" if ends.group("e") or ends.group("ze") else "start"
    pos = re.search(rf"(?:{_POS_RX})", text)
    if (across := _MIRROR.search(text)):
        out["pos"] = _across_kind(across.group(0))  # "move the logo to the other side": the same height
    elif pos:
        out["pos"] = POS_WORDS.get(pos.group(0)) or POS_WORDS[re.sub(r"[\s-]+", " ", pos.group(0))]
    pct = _OPACITY_PCT.search(text) or _ZH_OPACITY_PCT.search(text)
    clear = _CLEAR_PCT.search(text)
    if pct:
        out["opacity"] = max(0.0, min(1.0, float(pct.group(1) or pct.group(2)) / 100))
    elif clear:
        out["opacity"] = max(0.0, min(1.0, 1 - float(clear.group(1) or clear.group(2) or clear.group(3)) / 100))
    elif frac := _OPACITY_FRAC.search(text):
        out["opacity"] = _frac_opacity(frac.group(1))
    else:
        out.update(_first_said(text, _LOOK_WORDS))
    out.update(_first_said(text, _SIZE_WORDS))
    # ("20% of the frame width", "width 20% of the screen": sets AL al149, AM am193)
    width = _WIDTH_PCT.search(text)
    share = re.search(r"\b(?:a\s+)?(?P<n>quarter|third|fifth|tenth|half)\s+(?:of\s+)?(?:the\s+)?(?:(?:frame|screen|video)(?:'s)?\s+)?(?:width|wide)"
                      r"|(?P<z>四分之一|三分之一|五分之一|一半)\s*(?:的)?\s*(?:画面|屏幕)?\s*(?:宽度?|宽)"
                      # ("占画面宽度的三分之一": the share after the width, set BM bm215)
                      r"|(?:占\s*)?(?:画面|屏幕)?\s*(?:的)?\s*宽度?\s*的\s*(?P<z2>四分之一|三分之一|五分之一|一半)", text)
    # ("logo wider, like 20% of the frame": a share said with a word of its size is its width, set AJ aj124)
    sized = None if width or "opacity" in out else re.search(
        r"(?=.*(?:\b(?:wider|narrower|width|bigger|smaller|larger|size)\b|更宽|宽一点|大小|尺寸))"
        r".*?(\d+(?:\.\d+)?)\s*%(?!\s*(?:opacity|opaque|transparen|不透明|透明))", text)
    said = width or sized
    if rel := _REL_SIZE.search(text):  # "logo 25% bigger": its width times 1.25, never 25 % of the frame (set FA fa072)
        n = float(rel.group("n") or rel.group("zn")) / 100
        out["scale"] = max(0.1, 1 + n if rel.group("up") or rel.group("zn") else 1 - n)
    elif said is not None:
        out["width"] = max(0.02, min(1.0, float(said.group(1) or said.group(2) or 0) / 100))
    elif share:  # "like a quarter of the width" (set AS as193)
        out["width"] = _SHARES[share.group("n") or share.group("z") or share.group("z2")]
    elif re.search(r"\b(?:small|smaller|tiny|little)\b|小一点|小", text):
        out["size"] = "small"
    elif re.search(r"\b(?:big|bigger|large|larger)\b|大一点|大", text):
        out["size"] = "big"
    return out


_TRIM_BEFORE = compile_led(r"(?:\b(?:trim|cut|shorten|crop|chop)\b|剪|裁|截取|保留)[^.;!?。；！？]{0,40}$")


def _not_trimmed(m: re.Match[str]) -> bool:
    """A file and a time span after "trim"/"cut" is a part of that clip kept, not an overlay shown then ("trim
    unboxing.mp4 so only the last 2 seconds are used" placed the clip over the video)."""
    return not _TRIM_BEFORE.search(m.string[:m.start()])


_VIDEO_FILE = compile_led(r"\.(?:mp4|mov|webm|m4v|mkv)$")
# what makes a clip's time span its showing over the video: picture-in-picture, a place, a size or look, "over"
_OVER_WORDS = compile_led(rf"{NOUN}|{_POS_RX}|\b(?:over|on\s+top|overlay|corner|small|smaller|tiny|opacity|transparent)\b|叠加|角|小窗")
# "中间那段", "the middle part": a part of the clip, not the centre of the frame
_MIDDLE_PART = compile_led(r"中间\s*(?:那|这)?\s*(?:一)?\s*(?:段|部分|截)|\bmiddle\s+(?:part|bit|section|portion)\b")


def _clip_part(m: re.Match[str]) -> bool:
    """A video file and a time span said with no word of an overlay: the part of the clip that plays ("clip.mp4 from 2s
    to 7s only", "Use clip.mp4 from 4 s to 10 s", "clip.mp4只用中间那段，从4秒到9秒" were laid over the video as
    picture-in-picture: sets AY ay226, AX ax150, AZ az244)."""
    file = next((g for g in m.groups() if g and _VIDEO_FILE.search(g)), "") if m.re.groupindex.keys() & {"f", "f3"} else ""
    return bool(_VIDEO_FILE.search(file)) and not _OVER_WORDS.search(_MIDDLE_PART.sub(" ", m.group(0)))


# the rest of a logo's clause, up to another wish joined by "and": "put the sale sticker in the top left and make the video
# vertical", "place logo.png in the top-right corner and add an end card that says 'X'" (the wish after it was read as the
# logo's and dropped, sets AC ac240, AE ae161)
# a Chinese "set to" between a look and its value ("透明度设为60%", "宽度设置为20%")
_ZH_SET = r"(?:设置为|设置成|设为|设成|调到|调成|调为|改成|改为|为|是)"
_NEXT_WISH = (r"\s+(?:and|then|also|plus|but|and\s+then|and\s+also)\s+(?:please\s+)?(?:add|put|make|use|change|set|remove|delete|turn|mute"
              r"|fade|end|finish|include|give|have|switch|cut|trim|shorten|lengthen|speed|slow|sync|move|swap|drop|lose"
              # (a sound pushed down or brought up: "… top left corner and push the music down a notch" read the music's
              # wish as the sticker's and dropped it without a word; dev set DL dl039)
              r"|push|pull|bring|lower|raise|boost|bump|crank|dial|tone|take|kill|reduce|increase|decrease|replace|rename"
              r"|reverse|loop|tighten|extend|stretch|double|halve)\b")
# …or up to another thing named after "and": "put the sale sticker top right and the end card should say 'X'" (the end
# card's words were read as the sticker's and dropped, set AR ar219): the vocab's targets, less the overlay's own nouns
# and the words of its place ("top right of the video", "over the picture")
_OTHER_THINGS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for k, (en, _) in vocab.TARGETS.items()
                                 if k not in ("logo", "visual", "video") for w in en if re.fullmatch(r"[a-z][a-z' -]+", w)),
                                key=longest))
_NEXT_WISH = (rf"{_NEXT_WISH}|\s+(?:and|then|also|plus|but)\s+(?:(?:the|our|my|a|an)\s+)?(?:{_OTHER_THINGS})\b"
              # …or another overlay named after "and", with its own place: "logo top right and the sale sticker top left"
              # (the sticker's words were read as the logo's, and the guard dropped the clause: set AY ay243)
              rf"|\s+(?:and|then|also|plus)\s+(?:(?:the|our|my|a|an)\s+)?(?:(?:[a-z0-9\-]+\s+)?(?:logo|watermark|stickers?)\b|[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif|svg)\b)")
_TAIL = rf"(?:(?!{_NEXT_WISH})[^.;!?,\ue000])*"
_TAIL_Q = rf"(?:(?!{_NEXT_WISH})[^.;!?\ue000])*"
_TAIL_ANY = rf"(?:(?!{_NEXT_WISH})[^.;!?,])*"
# …but its look said of "it" after the place is the logo's: "move the logo to the top left and make it 50% transparent",
# "…, like 50% opacity" (sets AE ae215, AF af255, AD ad165)
_AND_LOOK = (r"(?:\s+and\s+(?:make|have|set|keep)\s+(?:it|that|them)\s+(?:a\s+(?:bit|little|tad)\s+|slightly\s+|more\s+|much\s+)?"
             r"(?:\d+(?:\.\d+)?\s*%\s*)?(?:semi[\s-]?transparent|transparent|see[\s-]?through|faint(?:er)?|faded|subtle|opaque|smaller|bigger|larger)"
             r"(?:\s*\(?\s*(?:at\s+)?\d+(?:\.\d+)?\s*%\s*(?:opacity|opaque)?\s*\)?)?)?"
             r"(?:\s*,\s*(?:like|about|around|at|with|maybe)?\s*\d+(?:\.\d+)?\s*%\s*(?:opacity|opaque|transparent|transparency)\b)?")


# its size said after a comma: "logo in the corner top right, small" (the size was left unread, set AJ aj225)
# ("…, nice and big": the size said with its praise, set CH ch294)
_AND_SIZE = (r"(?:\s*,\s*(?:and\s+)?(?:make\s+it\s+|keep\s+it\s+)?(?:quite\s+|pretty\s+|really\s+|very\s+|a\s+bit\s+|(?:nice|good)\s+(?:and\s+)?)?"
             r"(?:small|tiny|smaller|little|big|bigger|large|larger)\b(?:\s+(?:please|pls))?(?=\s*(?:$|[,;.!?])))?")


# (after a placement by its verb, only a size of its own: "put the sale sticker on, top right, nice and big" was placed at the
# usual size, set CH ch294; "bigger, no, smaller" after "put logo.png in the top left corner" is no new size)
_BARE_SIZE = _AND_SIZE.replace("small|tiny|smaller|little|big|bigger|large|larger", "small|tiny|little|big|large")


# its width said after a comma: "put logo.png in the top left, 10% of the frame width", ", 15% wide" (the width was left
# unread and the whole clause refused; "add …" was read, "put …" not: wave 30 lead row)
_AND_WIDTH = (r"(?:\s*,\s*(?:and\s+)?(?:(?:at|about|around|like|with|maybe|roughly)\s+)?\d+(?:\.\d+)?\s*%\s*"
              r"(?:of\s+the\s+(?:(?:frame|screen|video)(?:'s)?\s+)?)?(?:width|wide)\b)?")


# an overlay said by its noun or by a picture's file ("the sale sticker", "那个促销贴纸", "new-logo.png")
_PIC_FILE = r"[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif|svg)"
_OV_EN = rf"(?:(?:the|our|my|that|this|a|an)\s+)?(?:(?:brand\s+)?logo|watermark|(?:[a-z0-9\-]+\s+)?stickers?|{_PIC_FILE})"
_OV_ZH = (r"(?:那个|这个|那张|这张|我们的|我们)?\s*(?:(?:(?![把将用拿])[\u4e00-\u9fff]){0,4}?(?:贴纸|贴图)|logo|水印|标志)"
          rf"|{_PIC_FILE}")
# (a place said after the swap is the new one's: "Replace the logo with sale-sticker.png, bottom left corner" was not
# understood at all; corpus wave48_relay)
_SWAP_AT = r"(?:\s*,?\s*(?:(?:in|at|to|into)\s+)?(?:the\s+)?(?P<at>" + _POS_RX + r")(?:\s+corner)?\b)?"
_SWAP = (rf"\b(?:replace|swap|switch|exchange)\s+(?:out\s+)?(?P<o>{_OV_EN})\s+(?:with|for|to)\s+(?P<n>{_OV_EN})\b{_SWAP_AT}"
         rf"|\b(?:use|put)\s+(?P<n2>{_OV_EN})\s+(?:instead\s+of|in\s+place\s+of|where)\s+(?P<o2>{_OV_EN})(?:\s+(?:is|was))?\b"
         rf"|(?:把|将)?\s*(?P<o3>{_OV_ZH})\s*(?:换成|替换成|替换为|换为|改成|改为|换)\s*(?P<n3>{_OV_ZH})"
         rf"|(?:用|拿)\s*(?P<n4>{_OV_ZH})\s*(?:替换|替代|代替|换掉|换下)(?:掉)?\s*(?P<o4>{_OV_ZH})")


def _said(m: re.Match[str], side: str) -> str:
    """The words of one side of a swap: the old overlay ("o", "o2"…) or the new one ("n", "n2"…)."""
    return next((g for g in m.group(side, f"{side}2", f"{side}3", f"{side}4") if g), "")


# an overlay named right before "and" (or 和, plus, a comma): the overlay after it is the second of two
_JOINED_BEFORE = compile_led(r"(?:\b(?:logo|watermark|stickers?)|\.(?:png|jpe?g|webp|gif|svg)|logo|水印|标志|贴纸|贴图)\s*"
                            r"(?:,\s*)?(?:\band\b|\bplus\b|&|和|与|跟|还有|以及|、)\s*(?:(?:the|our|my|a|an)\s+)?(?:把|将)?\s*$")


def r_logo(s: Scan) -> None:
    # removal is the frames' ("remove the logo", "去掉水印", "logo不要了", "the watermark has to go"); left
    # here "no logo" ("no" is no removal word elsewhere: "no" of a frame would be every "no")
    for m in s.take(r"\bno\s+(?:the\s+|our\s+|my\s+)?(?:logo|overlays?|watermark|stickers?|picture[\s-]in[\s-]picture|pip)\b"):
        s.add("logo", m, remove=True, noun=_noun(m.group(0)))
    # one overlay for another: "replace the logo with the sale sticker", "use the sticker instead of the logo",
    # "把logo换成促销贴纸", "用贴纸替换水印" (sets AY ay268, AZ az142: the slideshow's replace found no such picture)
    for m in s.take(_SWAP, when=lambda m: bool(OVERLAY_NAME.search(_said(m, "o")))):
        old_said, new_said = _said(m, "o"), _said(m, "n")
        file = re.search(_PIC_FILE, new_said)
        old_file = re.search(_PIC_FILE, old_said)
        noun = _noun(new_said)
        s.add("logo", m, file=file.group(0) if file else None, noun=noun, instead=old_file.group(0) if old_file else _noun(old_said),
              called=_called(new_said) if noun == "sticker" else "", pos=_place(m.group("at")) if m.group("at") else None)
    for m in s.take(rf"\b(?:put|add|place|show|use|overlay|stick|move|make|display|keep|have)\s+(?:our\s+|the\s+|my\s+|a\s+|an\s+)?(?:{PICTURE}|(?:brand\s+)?logo|watermark|stickers?)"
                    rf"(?:\s+as\s+(?:a\s+)?(?:picture[\s-]in[\s-]picture|pip|(?:our\s+)?logo|an?\s+overlay|watermark|sticker))?"
                    rf"[^.;!?\ue000]{{0,60}}?(?:{_POS_RX}|opacity|transparent|\d+\s*%\s*(?:wide|of\s+the\s+width)|smaller|bigger|larger|picture[\s-]in[\s-]picture|over\s+the\s+video|on\s+top|{SPAN}){_TAIL}{_AND_LOOK}{_AND_WIDTH}{_AND_LOOK}{_BARE_SIZE}"
                    rf"|\b(?:logo|watermark|stickers?)\s+(?:(?:in|at|to)\s+)?(?:the\s+)?(?:{_POS_RX}){_TAIL_ANY}{_AND_LOOK}{_AND_SIZE}"
                    # "add our logo": the brand's logo is laid over the video, not added as a picture (set AJ aj266)
                    rf"|^\s*(?:please\s+)?(?:add|put|include|show)\s+(?:our|my|the)\s+(?:brand\s+)?logo(?:\s+(?:on|in|to|onto)\s+(?:it|the\s+video))?"
                    rf"(?:\s+(?:too|as\s+well|please))?\s*$"
                    # "logo.png at 50% opacity, 15% wide, top left": the file, then how it looks
                    rf"|{PICTURE.replace('?P<f>', '?P<f10>')}\s+(?:at\s+)?(?:\d+(?:\.\d+)?\s*%\s*(?:opacity|opaque|wide|of\s+the\s+width|transparent)|semi[\s-]?transparent)[^.;!?\ue000]*"
                    # "logo.png top left at 50% opacity": the file and its corner, no verb (set Z brd05)
                    # (or after "and", a logo or sticker file after another's place: "logo top right and the sale sticker top
                    # left", set AY ay243)
                    # (or opening a sentence or a clause, "then" before it: "make it vertical. Then the sale sticker bottom
                    # right", set CN cn226 left it unread; a logo or sticker file only, by the condition below)
                    rf"|(?:^|(?<=\band\s)|(?<=\bplus\s)|(?<=[,;.!?]))\s*(?:(?:and\s+)?then\s+)?{PICTURE.replace('?P<f>', '?P<f13>')}\s+(?:in\s+the\s+|at\s+the\s+)?(?:{_POS_RX})(?:\s+corner)?(?=\s*(?:$|at\s|with\s|[,;.]))(?:(?!{_NEXT_WISH})[^.;!?\ue000])*"
                    # (another wish after "and": "sale sticker bottom right and switch to the sale style", set AN an189)
                    rf"|^\s*{PICTURE.replace('?P<f>', '?P<f14>')}\s+(?:in\s+the\s+|at\s+the\s+)?(?:{_POS_RX})(?:\s+corner)?(?={_NEXT_WISH})"
                    # (what it is for said between: "logo.png as a watermark in the bottom left")
                    rf"|{PICTURE.replace('?P<f>', '?P<f6>')}\s+(?:as\s+(?:a\s+|the\s+|our\s+)?(?:watermark|logo|sticker)\s+)?(?:in|at|to|on)\s+(?:the\s+)?(?:{_POS_RX}){_TAIL_ANY}"
                    rf"|(?:把\s*)?(?:{PICTURE.replace('?P<f>', '?P<f2>')})\s*(?:(?:做成|当作|当成|作为)\s*(?:水印|logo|标志|贴纸)\s*)?(?:放置在|放置到|放在|放到|移到|挪到|换到|移动到|改到|调到|加在|叠加在|贴在|贴到|做成|放|加|贴)\s*(?:成)?\s*(?:(?:视频|画面|屏幕)\s*(?:的)?\s*)?(?:{_POS_RX}|画中画|另一个角|另一边|对角|另一侧)[^。；！？，,]*"
                    # its look after a comma ("，半透明，小一点"); another wish after a comma is its own ("，然后结尾淡出到黑色")
                    # ("，半透明就行，50%", "，50%透明度": the degree after the word, or the share first; set Y brd08)
                    rf"(?:\s*[,，]\s*(?:(?:半透明|透明)(?:就行|就好|就可以|即可)?了?(?:\s*[,，]\s*\d+(?:\.\d+)?\s*%)?|小一点|大一点|小一些|大一些|小|大"
                    rf"|(?:不)?透明度\s*{_ZH_SET}?\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s*(?:的)?\s*(?:不)?透明度?"
                    # (its width as a share of the frame: "，宽度为画面的15%", set CQ cq057)
                    rf"|宽度?\s*{_ZH_SET}?\s*(?:(?:画面|屏幕|视频)\s*(?:宽度)?\s*的\s*)?\d+(?:\.\d+)?\s*%"
                    # ("，只在前三秒出现": when it shows, set AE ae227)
                    rf"|(?:只|仅)?\s*(?:在)?\s*(?:前|最后)\s*\d+(?:\.\d+)?\s*秒\s*(?:内)?\s*(?:出现|显示)?"
                    # ("，只在第三张图出现", "，从第二张开始显示": its time by the pictures; set FI)
                    rf"|{_BY_SHOT_ZH}"
                    # (any span, and its place: "加上logo.png，从4秒到9秒显示，位置右下角", "…放在左上角，从第10秒到第20秒显示";
                    # sets EE ee017, EH eh091 showed it the whole time and named the span unread)
                    rf"|(?:只|仅)?\s*(?:在|从)?\s*\d+(?:\.\d+)?\s*秒\s*(?:到|至)\s*\d+(?:\.\d+)?\s*秒(?:\s*之间)?\s*(?:出现|显示|展示)?(?:就行|就好|就可以)?"
                    rf"|(?:从\s*)?\d+(?:\.\d+)?\s*秒\s*(?:以后|之后|后|开始)\s*(?:一直)?\s*(?:出现|显示|展示)?"
                    rf"|(?:位置\s*(?:在|放)?|放(?:在|到)?)\s*(?:{_POS_RX})(?:\s*角)?(?=\s*(?:$|[,，。;；]))))*"
                    # "右上角加上logo.png水印，半透明": the place first
                    # (its span before: "从第5秒到第15秒在右下角放个logo", set EH eh103 left it unread)
                    rf"|(?:(?:从|在)?\s*\d+(?:\.\d+)?\s*秒\s*(?:到|至)\s*\d+(?:\.\d+)?\s*秒(?:\s*之间)?\s*[,，]?\s*)?"
                    rf"(?:在\s*)?(?:{_POS_RX})\s*(?:加上?|加个|加1个|添加|放上?|放个|放1个|叠加)\s*(?:一个|1个)?\s*(?:(?:半透明|透明|小小|小|大)的?\s*)?"
                    # ("在右下角放上我们的水印logo.png")
                    rf"(?:(?:我们的|他们的|客户的|品牌的?)\s*)?(?:(?:水印|logo|标志)\s*(?=[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif|svg)))?(?:{PICTURE.replace('?P<f>', '?P<f5>')}|logo|标志|水印|贴纸|贴图)"
                    rf"(?:\s*(?:作为)?\s*(?:水印|标志|logo))?(?:\s*[,，]?\s*(?:(?:不)?透明度\s*{_ZH_SET}?\s*\d+(?:\.\d+)?\s*%|半透明|透明|小一点|大一点|小|大))*"
                    # ("加上logo放在左下角": the place after it is read with it, set AC ac216)
                    rf"|(?:加上?|添加)\s*(?:logo|标志|水印)(?!\s*(?:放|移|挪|加在|叠加在))"
                    # "keep our logo (logo.png) in a corner throughout": the file in brackets after the noun
                    rf"|\b(?:put|add|place|show|keep|have|display)\s+(?:our\s+|the\s+|my\s+|a\s+)?(?:brand\s+)?(?:logo|watermark)\s*[(（]\s*{PICTURE.replace('?P<f>', '?P<f7>')}\s*[)）]"
                    rf"[^.;!?\ue000]{{0,40}}?(?:{_POS_RX}|opacity|transparent|smaller|bigger|larger|{span_rx('c')})[^.;!?,\ue000]*"
                    # "在视频右上角一直显示他们的logo（logo.png）"
                    rf"|(?:在\s*)?(?:视频|画面|屏幕)?\s*(?:的)?\s*(?:{_POS_RX})\s*(?:一直|全程|始终)?\s*(?:显示|展示|放置|放上?|加上?)\s*"
                    rf"(?:他们的|我们的|客户的|品牌的?|一个|1个)?\s*(?:{PICTURE.replace('?P<f>', '?P<f8>')}|logo|标志|水印)"
                    rf"(?:\s*[(（]\s*{PICTURE.replace('?P<f>', '?P<f9>')}\s*[)）])?"
                    # the file named, then "it" placed: "uploaded their logo (logo.png) and wants it watermarked in the bottom
                    # left corner, semi-transparent", "here's logo.png, put it in the top right"
                    rf"|{PICTURE.replace('?P<f>', '?P<f11>')}[^.;!?\ue000]{{0,60}}?\b(?:it|that|this)\s+(?:to\s+be\s+|should\s+be\s+|be\s+)?"
                    rf"(?:watermarked|placed|put|positioned|shown|displayed|sitting|to\s+sit|to\s+go|goes|go)\s+(?:in|at|on|into)\s+(?:the\s+)?(?:{_POS_RX}){_TAIL_Q}"
                    # "水印用logo.png，右下角，50%透明度", "logo用logo.png，放左上角", "watermark: logo.png, bottom right, 50% opacity"
                    # ("我们的logo是logo.png" says which file the brand's logo is: the brand kit's, not a placement)
                    rf"|(?:(?:水印|watermark)\s*(?:就|请)?\s*(?:用|是|换成|改成|改用|:|：|=)|(?<!的)(?<!品牌)(?:logo|标志)\s*(?:就|请)?\s*(?:用|换成|改成|改用))"
                    rf"\s*{PICTURE.replace('?P<f>', '?P<f12>')}"
                    rf"(?:(?:\s*[,，、]\s*|\s+)(?:放(?:在|到)?\s*)?(?:{_POS_RX}|半透明|semi[\s-]?transparent|透明|小一点|大一点|小|大|small|big"
                    rf"|(?:不)?透明度?\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s*(?:的)?\s*(?:不)?透明度?|\d+(?:\.\d+)?\s*%\s*(?:opacity|opaque|transparent|wide)"
                    rf"|(?:opacity|transparency)\s*\d+(?:\.\d+)?\s*%|宽度?\s*\d+(?:\.\d+)?\s*%)(?:\s*(?:角|位置))?)*"
                    # "logo 淡一点", "logo 整大一点", "水印再透明一些": a placed logo, relative to now
                    rf"|(?:把\s*)?(?:logo|标志|水印)\s*(?:的)?\s*(?:尺寸|大小|透明度)?\s*(?:再|更)?\s*(?:(?:整|弄|调|做|放|变|搞)得?)?\s*"
                    rf"(?:淡|透明|浅|深|大|小|清楚|明显)\s*(?:一点|一些|点|些)"
                    # ("logo调成半透明", set AF af245)
                    rf"|(?:把\s*)?(?:logo|标志|水印)\s*(?:调成|改成|变成|做成|设为|弄成|调为|要)\s*半透明"
                    # ("logo 缩小一点，放到右下角": and its new place, set AE ae021)
                    rf"(?:\s*[,，]\s*(?:再|并)?\s*(?:放到|放在|移到|挪到|放)\s*(?:{_POS_RX}))?"
                    # "make the logo half as big", "logo缩小一半", "logo opacity 50%", "把logo的不透明度调到30%", "水印透明度70%"
                    rf"|\b(?:make|turn)\s+(?:the\s+|our\s+|my\s+)?(?:logo|watermark)\s+(?:half|twice)\s+as\s+(?:big|large|wide)"
                    rf"|(?:把\s*)?(?:logo|标志|水印)\s*(?:缩小|放大)\s*(?:一半|(?:到\s*)?(?:一|1|两|2)\s*倍)"
                    rf"|\b(?:make|turn)\s+(?:the\s+|our\s+|my\s+)?(?:logo|watermark)\s+(?:a\s+(?:bit|little|lot)\s+|much\s+|slightly\s+)?"
                    rf"(?:more\s+(?:transparent|see[\s-]through|subtle|faded|opaque|visible)|less\s+(?:transparent|visible|opaque)|fainter|lighter|subtler)",
                    when=lambda m: not _clip_part(m) and not (m.group("f13") and m.start() > 0 and not OVERLAY_NAME.search(m.group("f13")))):
        f = next((g for g in m.group("f", "f2", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12", "f13", "f14") if g), None)
        if _JOINED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            # the second of two overlays joined by "and" ("stick the watermark and the sale sticker in the bottom right":
            # a rewrite makes the sticker its file, and the file alone was placed; found by wave 22's fixers): both, asked
            s.add("logo", m, noun="logo", also="both")
            continue
        s.add("logo", m, file=f, **_logo_extras(m.group(0)))
    # "it" moved in a clause after the logo's look: "logo smaller and move it to the bottom right" (the frames read the
    # size; the place was left unread, set AI ai228)
    # (only when the logo is the one thing named: "title bigger, logo top left, and move it …" is whose?)
    low = s.msg.low
    only_logo = bool(re.search(r"\b(?:logo|watermark)\b", low)) and not re.search(
        r"\b(?:title|headline|heading|captions?|subtitles?|text|words|stickers?|pictures?|images?|photos?|clips?|video\s+clip)\b|\.(?:png|jpe?g|mp4)", low)
    for m in s.take(rf"(?:^|(?<=[;,]))\s*(?:and\s+|then\s+)*(?:move|put|place|shift|stick)\s+(?:it|that)\s+(?:(?:to|in|at|into)\s+)?(?:the\s+)?"
                    rf"(?:{_POS_RX})(?:\s+corner)?(?=\s*(?:$|[,;.!?]))",
                    when=lambda m: only_logo):
        s.add("logo", m, **_logo_extras(m.group(0)))
    # its look said of "it" in the clause after a logo or sticker named ("add the sale sticker, make it big, like a quarter
    # of the width, in the center": the words the frames do not tag kept the clause from taking the file, set AS as193)
    # (or of its look said as "its": "move logo.png to the top left, set its opacity to 80%", set BK bk249 left it unread)
    for m in s.take(r"(?:^|(?<=[;,]))\s*(?:and\s+|then\s+)*(?:make|put|place|move|have|set|keep|stick|change|turn|lower|reduce)\s+"
                    # (up to a next wish: "…, make it about 15% of the width and 80% opacity, and add an end card that says
                    # …" took the card with it; dev set DX dx008)
                    rf"(?:(?:it|that)\b|its\s+(?=(?:opacity|transparency|width|size)\b)){_TAIL_Q}",
                    when=lambda m: _overlay_before(s.msg.low, s.at(m.start())) is not None and _looks(m.group(0))):
        s.add("logo", m, file=_overlay_before(s.msg.low, s.at(m.start())) or None, **{**_logo_extras(m.group(0)), "noun": ""})
    # a time span alone: "show the logo only in the first 5 seconds", "put the sticker from 10s to 15s",
    # "logo for the last 3 seconds", "前5秒显示logo", "贴纸从10秒到15秒"
    noun = rf"(?:{PICTURE.replace('?P<f>', '?P<f3>')}|(?:the\s+|our\s+|my\s+)?(?:{NOUN}))"
    # ("hide the logo for the last 5 sec": hidden then, shown before; set FA fa076 showed it for the last 5 s only)
    for m in s.take(rf"(?:\b(?:show|display|keep|put|have|make|use|run|play|hide)\s+)?{noun}[^.;!?\ue000。；！？]{{0,30}}?(?:{SPAN})"
                    rf"(?:\s*(?:显示|出现|展示))?"
                    rf"|(?:{span_rx('b')})\s*(?:,|，)?\s*(?:show|display|put|add|keep|显示|出现|展示|加上?|放)?\s*(?:the\s+|our\s+)?"
                    rf"{noun.replace('?P<f3>', '?P<f4>')}", when=lambda m: _not_trimmed(m) and not _clip_part(m)):
        text = m.group(0)
        if not span_of(text):
            continue
        s.add("logo", m, file=m.group("f3") or m.group("f4"), **_logo_extras(text))
    # when "it" shows, in a clause after an overlay named ("Put the sale sticker top right. Can it pop up at 8s, for 4
    # seconds?", "…bottom right, could it show from 5s to 10s?": the span was left unread and the sticker shown throughout)
    for m in s.take(rf"(?:^|(?<=[;,.?!]))\s*(?:(?:and|then|but|also)\s+)*(?:(?:can|could|would|should|will|please)\s+)*(?:have\s+|make\s+|let\s+)?it\s+"
                    rf"(?:(?:should|can|could|will|to|only|just)\s+)*(?:show(?:\s+up)?|appear|pop\s+up|come\s+(?:in|up)|be\s+(?:shown|visible|on(?:\s+screen)?)|stay|run|start)\s+"
                    rf"(?:only\s+)?(?:{span_rx('e')}|at\s+{DUR})(?:\s*,?\s*(?:and\s+)?(?:(?:stay|last)\s+)?(?:for|lasting)\s+{DUR})?(?=\s*(?:$|[,.;!?]))",
                    when=lambda m: _overlay_before(s.msg.low, s.at(m.start())) is not None and bool(span_of(_at_from(m.group(0))))):
        said_file = _overlay_before(s.msg.low, s.at(m.start()))  # (not None: the condition above)
        s.add("logo", m, file=said_file or None, **{**_logo_extras(_at_from(m.group(0))), "noun": ""})
    # a clause of when it shows alone, after a clause that named an overlay ("把sale贴纸放在左上角，从第10秒到第20秒显示",
    # "将 logo.png 添加到画面左上角，仅在前 8 秒显示": sets EH eh091, EE ee029 showed it the whole time, the span unread)
    for m in s.take(rf"(?:^|(?<=[;,，；]))\s*(?:(?:and\s+|then\s+|然后|再|并且?)\s*)*(?:只|仅|就)?\s*(?:在|从)?\s*(?:{span_rx('d')})"
                    rf"\s*(?:(?:显示|出现|展示)\s*)?(?:就行|就好|就可以|即可|吧)?"
                    # (and its place in the clause after: "…，从4秒到9秒显示，位置右下角", set EE ee017)
                    rf"(?:\s*[,，]\s*(?:位置\s*(?:在|放)?|放(?:在|到)?)\s*(?:{_POS_RX})(?:\s*角)?)?(?=\s*(?:$|[,，。;；.!?]))",
                    # (a Chinese span: the English clauses are the frames' and the rule below's, "watermark smaller, and just
                    # the final 6 seconds" lost its size to this rule)
                    when=lambda m: "秒" in m.group(0) and _named_before(s.msg.low, s.at(m.start())) is not None
                    and bool(span_of(m.group(0)))):
        named_file, said = _named_before(s.msg.low, s.at(m.start())) or (None, "")
        s.add("logo", m, file=named_file, **{**_logo_extras(m.group(0)), "noun": _noun(said)})
    # its time said by the pictures, in Chinese: "logo从第二张开始显示", "…，从第二张开始显示", "水印一直显示到第三张结束" (were not
    # understood, or left unread and the overlay shown throughout; set FI)
    for m in s.take(rf"{noun.replace('?P<f3>', '?P<f7>')}\s*(?:只|就)?\s*{_BY_SHOT_ZH}(?:就行|就好|就可以|即可|吧)?(?=\s*(?:$|[,，。;；.!?]))"):
        s.add("logo", m, file=m.group("f7"), **_logo_extras(m.group(0)))
    for m in s.take(rf"(?:^|(?<=[;,，；]))\s*(?:(?:然后|再|并且?)\s*)*{_BY_SHOT_ZH}(?:就行|就好|就可以|即可|吧)?(?=\s*(?:$|[,，。;；.!?]))",
                    when=lambda m: _named_before(s.msg.low, s.at(m.start())) is not None and bool(_shot(m.group(0)))):
        named_file, said = _named_before(s.msg.low, s.at(m.start())) or (None, "")
        s.add("logo", m, file=named_file, **{**_logo_extras(m.group(0)), "noun": _noun(said)})
    # picture-in-picture said alone: "画中画", "make it picture in picture"
    for m in s.take(r"^\s*(?:(?:add|make|use|with|do)\s+(?:a\s+|it\s+)?)?(?:picture[\s-]in[\s-]picture|pip)\s*(?:please)?\s*$"
                    r"|^\s*(?:加上?|做|做成|来个|要|添加)?\s*(?:一个)?\s*画中画\s*(?:效果)?\s*$"):
        s.add("logo", m, **{**_logo_extras(m.group(0)), "noun": "pip"})


# the last thing named before an "it": an overlay's file or noun (its file, or "logo" for the logo named by its noun)
_OVERLAY_THING = compile_led(r"[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif|svg)\b|\b(?:logo|watermark|stickers?|title|headline|captions?"
                            r"|subtitles?|text|music|song|voice(?:over)?|pictures?|images?|photos?|clips?|video|end\s+card)\b")


def _looks(text: str) -> bool:
    """Whether ``text`` says an overlay's place, width, size or opacity (and nothing else is read from it: "make it
    vertical" after the sticker named is the video's format)."""
    said = _logo_extras(text)
    return bool(said.get("pos") or said.get("width") or said.get("size") or said.get("opacity") is not None)


def _at_from(text: str) -> str:
    """"it should appear at 5 seconds": the moment it appears at is where it starts, as "from 5 seconds" is."""
    return re.sub(r"\bat\s+(?=\d)", "from ", text)


def _overlay_before(text: str, end: int) -> str | None:
    """The overlay "it" is, when the last thing named before ``end`` is one: an overlay file, or "" for the logo, the
    watermark or the sticker named by its noun; None for anything else."""
    last = next(reversed(list(_OVERLAY_THING.finditer(text, 0, end))), None)
    if last is None:
        return None
    word = last.group(0)
    if "." in word:
        return word if OVERLAY_NAME.search(word) else None
    return "" if re.fullmatch(r"logo|watermark|stickers?", word) else None


# an overlay named in the clause just before, no text named after it: its file, or its noun in either language
_NAMED_LAST = compile_led(rf"(?P<f>[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif|svg))\b|(?P<n>{NOUN})"
                         r"(?=[^，,。;；.!?]*[，,;；]\s*$)(?![^。;；.!?]*(?:标题|字幕|文字|title|headline|captions?|subtitles?|text))")


def _named_before(text: str, end: int) -> tuple[str | None, str] | None:
    """The overlay the clause before ``end`` names (its file or None, and the words naming it), or None."""
    start = max(0, end - 60)
    last = next(reversed(list(_NAMED_LAST.finditer(text[start:end]))), None)
    if last is None:
        return None
    file = last.group("f")
    if file is not None and not OVERLAY_NAME.search(file):
        return None
    return file, last.group(0)


# the words beside a logo's values that the vocab does not tag: read with its frame ("set the logo opacity to 40%": the
# guard dropped the clause for "opacity" left unread)
_LOOK_NOUNS = compile_led(r"\b(?:opacity|opaque|transparency|transparent|width|wide|corner|of\s+the\s+(?:frame|screen|video|picture)(?:'s)?"
                         r"(?:\s+width)?)\b|不透明度|透明度|宽度|角")


# "logo 放右下角吧，右上角挡住东西了", "bottom right please, the top right covers the price": the place it is in now,
# complained of, is the reason for the move and no second place (set BI bi257: its 右上角 left unread refused the clause)
_COVERS = compile_led(rf"(?P<z>{_POS_RX})\s*(?:的\s*)?(?:{NOUN})?\s*(?:会|总是|老是|有点)?\s*(?:挡住|遮住|挡到|遮到|盖住|挡着|遮挡|挡)"
                     rf"|(?P<e>{_POS_RX})(?:\s+corner)?\s+(?:covers|blocks|hides|is\s+(?:covering|blocking|hiding))\b")


def _place(word: str) -> str:
    return POS_WORDS.get(word) or POS_WORDS[re.sub(r"[\s-]+", " ", word)]


def _framed(f: Frame, t: str) -> LogoArgs | None:
    """A logo's place, width, opacity or look said in one clause, read as a frame: the overlay named (its nouns are
    the vocab's "logo" target; a clause after it may name it by "it" or not at all: "把logo缩小一点，放到左上角", set
    AK ak182), an operation, and the values. A percentage is its width or its opacity only with the word beside it
    ("20% of the frame width", "60% opacity"); alone it says neither (None: not this edit)."""
    if _ITS_PART.search(f.text.lower()):
        return None  # ("把logo的背景抠掉，再放到右上角": the background was dropped without a word, wave 25 beside set BR br232)
    said = _logo_extras(f.text)
    pos = f.values.get("pos")
    if pos is not None and said.get("pos") not in _ACROSS_SAID:  # ("the other side": across from where it is)
        if pos != AWAY and pos not in POS_WORDS.values():
            return None  # the lower third is a text's place ("out of the way": away from where it is, ``_across``)
        said["pos"] = pos
    for m in _COVERS.finditer(f.text):
        where = m.group("z") or m.group("e")
        if _place(where) == said.get("pos"):
            return None  # (the place said is the one complained of: which is meant is not guessed)
        f.attached.append((f.start + m.start(), f.start + m.end()))
    if "pct" in f.values and "width" not in said and "opacity" not in said and "scale" not in said:
        return None
    scale = 0.67 if _TOO_BIG.search(f.text) else 1.5 if _TOO_SMALL.search(f.text) else None
    if scale and "width" not in said and not f.op_keys() - _COMPLAINT_OPS:
        # "the watermark in the top right is too small", "the logo is too big in the bottom left": a size complained of
        # (its remedy the other way), in a place that says which one, never its new place (it was made small, or moved
        # there and made big: found in wave 25 beside set BR br252)
        said.pop("size", None)
        said["scale"] = scale
        if "pos" in said:
            said["at"] = said.pop("pos")
    if f.op_keys() & {"see_through"} and "opacity" not in said:
        said["opacity"] = 0.5
    file = f.values.get("file")
    if said.get("noun") == "sticker":
        said["called"] = _called(f.text)
    # (one overlay named there: "把水印换成贴纸，放左下角" is the swap's, read by a phrase rule; corpus wave27_o#14)
    if not said.get("noun") and not file and _noun(f.unread_before) in ("logo", "sticker") and not _both(f.unread_before) \
            and not re.search(_SWAP, f.unread_before.lower()):
        # its target borrowed from a clause no reading took ("make the logo bounce in from the side, and put it top right":
        # the animation is said not understood, the logo put where asked; set BX bx230 refused it as not on the video)
        said["noun"] = _noun(f.unread_before)
        f.took_unread = True  # (its bounce is no context of the place: said not understood, in Chinese too)
        if said["noun"] == "sticker":
            said["called"] = _called(f.unread_before)
    elif not said.get("noun") and not file:
        said["placed"] = True  # its target borrowed from a clause before: whichever overlay that placed
    f.attached.extend((f.start + m.start(), f.start + m.end()) for m in _LOOK_NOUNS.finditer(f.text))
    # (its opacity as a fraction read here too: "水印的不透明度设为0.7" is read by the see-through rule, 透 of 不透明度 being
    # that operation's word, and its "0.7" was left unread; found in wave 23)
    if said.get("opacity") is not None:
        f.attached.extend((f.start + m.start(), f.start + m.end()) for m in _OPACITY_FRAC.finditer(f.text))
    if said.get("width") is not None:
        f.attached.extend((f.start + m.start(), f.start + m.end()) for m in _SHARE_AFTER.finditer(f.text))
    # (its width and its opacity both as shares: "make the logo 15% wide and 80% opacity" read the one share the frame's
    # values keep, and the guard dropped the clause for the other, set AZ az149)
    if "width" in said and "opacity" in said:
        f.attached.extend((f.start + m.start(), f.start + m.end()) for rx_ in (_OPACITY_PCT, _CLEAR_PCT, _WIDTH_PCT)
                          for m in rx_.finditer(f.text))
    return LogoArgs(file=str(file) if file else None, **said)


_SHARE_AFTER = compile_led(r"(?:占\s*)?(?:画面|屏幕)?\s*(?:的)?\s*宽度?\s*的\s*(?:四分之一|三分之一|五分之一|一半)")


_TIMES = compile_led(r"\d\s*倍")


def _scaled(scale: float) -> Callable[[Frame, str], LogoArgs | None]:
    """Bigger or smaller by a step; but its width said as a share beside the step is that width ("大一点，占画面宽度的三分之一":
    the share was left unread and the step made it 18 % wide, a wrong edit; set BM bm215)."""
    def read(f: Frame, t: str) -> LogoArgs | None:
        said = _logo_extras(f.text)
        if "width" in said or said.get("opacity") == 1.0:  # (its look said beside the step: set BX bx249)
            return _framed(f, t)
        if _TIMES.search(f.text):
            return None  # "把logo放大一倍" (1倍 once numbers are digits): the phrase rule reads its factor (set BO bo251)
        return LogoArgs(noun=_noun(f.text) or "logo", scale=scale)
    return read


def _fraction(f: Frame, t: str) -> LogoArgs | None:
    """Its opacity said as a fraction after the word ("logo opacity 0.6"), read as ``_framed`` reads a share."""
    said = _OPACITY_FRAC.search(f.text)
    if said is None:
        return None
    f.attached.append((f.start + said.start(), f.start + said.end()))
    return _framed(f, t)


# the words before a sticker's noun that say which it is ("the sale sticker", "那个促销贴纸"), without the verb and pointer
_CALLED = compile_led(r"(?P<q>[a-z0-9\-]+)\s+stickers?\b|(?P<z>[\u4e00-\u9fff]{1,8}?)\s*(?:的)?\s*(?:贴纸|贴图)")
# (a polite opening is no name either: "你能把贴纸放到左下角吗？" looked for a sticker called 你能把)
_NOT_CALLED = compile_led(r"^(?:请|麻烦你?|帮我|帮忙|你能|您能|你可以|您可以|能不能|可不可以|能否|可以)*(?:把|将)?(?:再|也|还)?(?:换成|改成|换上|换|加上|加个|加|放上|放个|放|贴上|贴个|添加|叠加|用)?(?:一个|一张|那个|这个|那张|这张|个|张)?"
                         r"(?:我们的|我们|品牌的?)?")
_PLAIN = ("the", "a", "an", "our", "my", "that", "this", "one", "new", "add", "also", "put", "place")


# "不要一直显示", "别一直挂着", "not the whole time": the whole video said not to be its span (a time span said after it)
_NOT_WHOLE = compile_led(r"(?:不要|别|不用|不必|无需)\s*(?:一直|全程|始终)\s*(?:显示|出现|挂着|放着|在|有|都在)?"
                        r"|\bnot\s+(?:the\s+)?(?:whole|entire)\s+(?:time|video|way)|\bnot\s+(?:all\s+the\s+time|throughout)")
# "前3秒有就行", "for the first 5 seconds is enough": the span is all that is wanted
_ONLY = compile_led(r"\b(?:only|just)\b|只|仅")  # ("logo只在前5秒出现", sets AP ap272, AK ak249)
_ENOUGH = compile_led(r"(?:有|显示|出现|在)?\s*(?:就行了?|就好了?|就可以了?|即可|就够了?)|\b(?:is|are)\s+(?:enough|fine|plenty)\b")


# a place said across from where it is: the other side ("the other side", "另一边": the same height), the corner across
# ("the diagonal corner", "对角"), or "the opposite corner" / "the other corner" / "另一个角", which is either: asked, naming
# both (the other side had been guessed; a blind writer meant the diagonal: set FJ fj059)
_MIRROR = compile_led(r"\b(?:other|opposite)\s+(?:corner|side)\b|另[一1]个角|另一边|对角|另一侧|\bdiagonal(?:ly)?(?:\s+opposite)?\s+corner\b")
_ACROSS_SAID = ("mirror", "diagonal", "opposite", AWAY)


def _across_kind(said: str) -> str:
    """Which of ``_ACROSS_SAID`` the words of ``_MIRROR`` say."""
    return "diagonal" if re.search(r"对角|diagonal", said) else "mirror" if re.search(r"side|边|侧", said) else "opposite"


def _across(work: Work, mid: str, old_pos: str, kind: str) -> str | None:
    """The place across from ``old_pos``: the other side, the corner across, or (for "opposite") asked which; out of
    the way (``AWAY``): ``draft.styles.away_from``."""
    if kind == AWAY:
        return away_from(old_pos)
    mirror = old_pos.replace("left", "_l_").replace("right", "left").replace("_l_", "right")
    diagonal = mirror.replace("top", "_t_").replace("bottom", "top").replace("_t_", "bottom")
    if kind == "opposite" and mirror != diagonal and diagonal in POS_WORDS.values():
        media = work.media.get(mid)
        raise Ambiguous([msg("logo.put_file", name=media.filename if media else mid, pos=msg("pos", pos=p)) for p in (mirror, diagonal)])
    flipped = diagonal if kind == "diagonal" else mirror
    return flipped if flipped in POS_WORDS.values() else None


def _mirrored(f: Frame, t: str) -> LogoArgs | None:
    """"move the logo to the other corner", "把水印挪到另一边" (the phrase rule's Chinese place alternative of the nouns,
    deleted: the frames read a place said of a noun; corpus mixed_promo_gh#105)."""
    said = _MIRROR.search(f.text)
    if said is None:
        return None
    f.attached.append((f.start + said.start(), f.start + said.end()))
    return LogoArgs(noun=_noun(f.text), pos=_across_kind(said.group(0)))


# the whole video said in so many words as its span ("商标放右上角，全程显示": the second clause was left unread, set BT
# bt193); "一直", "始终" alone say no span ("logo一直挡着字幕")
_WHOLE_SAID = compile_led(r"全程|整个视频|从头到尾|\b(?:the\s+)?(?:whole|entire)\s+(?:time|video|way)\b|\bthroughout\b")


def _on_shot(f: Frame, t: str) -> LogoArgs | None:
    """Shown over one picture only, its place or look said beside it or not."""
    said = _ON_SHOT.search(f.text.lower())
    if said is None or not _shot(f.text.lower()):
        return None
    f.values.get("ref")  # (the picture's words are read: its time)
    f.attached.append((f.start + said.start(), f.start + said.end()))
    f.attached.extend((f.start + m.start(), f.start + m.end()) for m in _ONLY.finditer(f.text.lower()))
    if f.values.keys() & {"pos", "pct"}:
        return _framed(f, t)
    noun = _noun(f.text)
    return LogoArgs(**{**_logo_extras(f.text), "placed": not noun})


# a picture said by its noun alone, put in a corner (a slideshow picture has no corner: one laid over the video)
# (or a corner said without "corner", "the png", "那个图片": "put the image in the top left", "add the png in the corner",
# "把那个图片放到右下角" were not understood or looked for a file so called: sets BV bv217 bv218, BX bx300)
_A_PICTURE = compile_led(r"^\W*(?:please\s+)?(?:put|place|add|stick)\s+(?:the|a|this|that|my|our)\s+(?:picture|image|photo|pic|png)"
                        r"\s+(?:in|at|into|on|to)\s+(?:the\s+|a\s+)?(?:(?:(?:top|bottom)[\s-](?:left|right)|upper[\s-](?:left|right)|lower[\s-](?:left|right))"
                        r"(?:\s+corner)?|corner)\W*$"
                        r"|^\W*(?:把|将)?\s*(?:这张|那张|这个|那个)?\s*(?:图片|照片|图)\s*(?:放在|放到|放|贴在|贴到)\s*(?:画面|视频)?\s*(?:的)?\s*(?:左上|右上|左下|右下)?\s*角(?:落)?(?:里|上)?\W*$")


def _unnamed_picture(f: Frame, t: str) -> LogoArgs | None:
    """"put the picture in the corner", "把图片放在角落里": which picture is not said."""
    if _A_PICTURE.search(f.text.lower()) is None or "logo" in f.target_keys():
        return None
    pos = f.values.get("pos")
    return LogoArgs(unnamed=True, pos=str(pos) if pos in POS_WORDS.values() else None)


def _overlay_file(f: Frame) -> bool:
    """A logo or sticker picture named by its file ("sale-sticker.png"), not said to be uploaded."""
    file = str(f.values.get("file") or "")
    return bool(_IMAGE_FILE.search(file) and OVERLAY_NAME.search(file.lower())) and not _UPLOADED.search(f.text)


def _whole_time(f: Frame, t: str) -> LogoArgs | None:
    """Shown for the whole video, said in so many words ("全程显示", "show it the whole time")."""
    said = _WHOLE_SAID.search(f.text.lower())
    if said is None or "remove" in f.op_keys() or _NOT_WHOLE.search(f.text):
        return None
    f.attached.append((f.start + said.start(), f.start + said.end()))
    return LogoArgs(noun=_noun(f.text), start=0, span="all", placed=not _noun(f.text))


def _timed(f: Frame, t: str) -> LogoArgs | None:
    """An overlay's time span said in its clause, read as a frame: "logo 50% transparent and only the last 5 seconds" (the
    second clause takes the logo from the first, set AR ar240), "logo别一直挂着，前3秒有就行" (sets AS as199, AM am194), "the
    logo should appear from second 3" (set AP ap273); with its place or look said beside it ("logo.png top left for the
    first 5 seconds"). "Remove" only as "not the whole time" ("logo不要一直显示，前十秒就行")."""
    if "remove" in f.op_keys() and not _NOT_WHOLE.search(f.text) and not _HIDDEN.search(f.text.lower()) \
            and not _GONE_AFTER.search(f.text.lower()):
        return None  # ("hide the logo for the first 5 s": shown after them)
    span = span_of(_NOT_WHOLE.sub(" ", f.text))
    if not span or (span.get("span") == "all" and not span.get("start") and not _WHOLE_SAID.search(f.text.lower())):
        return None
    for flag in ("first", "only", "for", "at", "to"):  # ("only the last 5 seconds": its words are read)
        f.values.get(flag)
    # (its start and how long are both read: the frame's values keep one duration, and "for 5s" left to the phrase rules
    # was the video's length, set AT at163)
    f.attached.extend((f.start + m.start(), f.start + m.end()) for rx_ in (_NOT_WHOLE, _ENOUGH, _ONLY, _START_FOR, _HIDDEN, _GONE_AFTER)
                      for m in rx_.finditer(f.text.lower()))
    args = _framed(f, t) if "pos" in f.values or "pct" in f.values else LogoArgs(**{**_logo_extras(f.text), "placed": False})
    if args is None:
        return None
    if "see_through" in f.op_keys() and args.opacity is None:
        args = replace(args, opacity=0.5)  # (as _framed reads "slightly transparent" said with no share)
    return replace(args, **span)


_COMPLAINT_OPS = frozenset({"increase", "decrease", "quieter_need", "louder_need", "implied", "keep"})
_TOO_BIG = compile_led(r"\btoo\s+(?:big|large|huge|wide)\b|太大|过大|太宽")
_TOO_SMALL = compile_led(r"\btoo\s+(?:small|tiny|little|narrow)\b|太小|过小|太窄")


def _too_big(f: Frame, t: str) -> LogoArgs | None:
    """"logo太大了", "the watermark is too small": its size complained of (read as "too loud"/"too quiet"), its remedy the
    step "smaller"/"bigger" says (sets AI ai180, AM am187)."""
    scale = 0.67 if _TOO_BIG.search(f.text) else 1.5 if _TOO_SMALL.search(f.text) else None
    return LogoArgs(noun=_noun(f.text) or "logo", scale=scale) if scale else None


# the overlay meant named by where it is: "右上角的logo", "the watermark in the top right (is too big)"
_AT_PLACE = compile_led(rf"(?P<z>{_POS_RX})\s*(?:角|corner)?\s*(?:上|里|处)?(?:的|那个|这个|\s+)\s*(?:{NOUN})"
                       rf"|(?:{NOUN})\s+(?:(?:that'?s|which\s+is|sitting)\s+)?(?:in|at|on)\s+the\s+(?P<e>{_POS_RX})")


def _too_big_at(f: Frame, t: str) -> LogoArgs | None:
    """Its size complained of, the overlay named by its place ("右上角的logo太大了": set BR br252 was not understood): the
    one there (``at``), never moved there."""
    m = _AT_PLACE.search(f.text.lower())
    if m is None or _place(m.group("z") or m.group("e")) != f.values.get("pos"):
        return None
    args = _too_big(f, t)
    return replace(args, at=str(f.values.get("pos"))) if args else None


def _called(text: str) -> str:
    m = _CALLED.search(text)
    if m is None:
        return ""
    if m.group("q"):
        return "" if m.group("q") in _PLAIN else m.group("q")
    words = m.group("z")
    known = next((w for w in sorted(vocab.STICKER_WORDS_ZH, key=longest) if words.endswith(w)), None)
    return known or _NOT_CALLED.sub("", words)


# a part of the overlay's picture, never the overlay: "logo的背景删掉", "把logo的白底抠掉", "remove the logo's background"
# (no edit cuts a picture's background: said not understood; set BR br232, and "logo的背景删掉" had taken the logo off)
_ITS_PART = compile_led(rf"(?:{NOUN}|\.png)\s*(?:'s\s+|的\s*)?(?:白|黑|白色|黑色)?\s*(?:底色?|背景|边框|阴影|background|backdrop|border|outline|shadow)"
                       rf"|\b(?:background|backdrop|border|outline|shadow)\s+(?:of|from|behind|around)\s+(?:the\s+|our\s+|my\s+)?(?:{NOUN})")


def _removed(f: Frame, t: str) -> LogoArgs | None:
    """The overlay named taken off the video: its file, else whichever its noun says (every one for "the overlays")."""
    if _ITS_PART.search(f.text.lower()):
        return None
    file = f.values.get("file")
    return LogoArgs(remove=True, file=str(file) if file else None, noun=_noun(f.text))


def _removed_at(f: Frame, t: str) -> LogoArgs | None:
    """The overlay in the place said taken off ("请删除右上角的 logo", "take the watermark in the top left off"); a
    place that is no corner (the lower third) is not this edit."""
    pos = f.values.get("pos")
    if pos not in POS_WORDS.values():
        return None
    return replace(_removed(f, t) or LogoArgs(remove=True), pos=str(pos))


def _overlay_added(f: Frame, t: str) -> LogoArgs | None:
    """"加上促销贴纸", "加上我们的logo": a sticker or logo is laid over the video, never added as a picture of its own
    (sets AK ak138, AG ag154, AH ah164); in the default corner until its place is said. Both named ("put both the logo
    and the sticker on"): both added, never the one `_noun` finds first alone (set BE be240)."""
    if "animate" in f.op_keys():
        return None  # "水印加个淡入效果": an animation of it, which no edit makes (it was read as adding the logo, set BR br254)
    if _both(f.text):
        # (the sticker's name from the words after the logo's: "logo和促销贴纸", never "和")
        after = f.text[max(m.end() for m in _LOGO_WORD.finditer(f.text.lower())):]
        return LogoArgs(noun="logo", also="sticker", called=_called(_JOINED.sub("", after)))
    noun = _noun(f.text)
    if noun not in ("sticker", "logo"):
        return None
    return LogoArgs(noun=noun, called=_called(f.text) if noun == "sticker" else "")


# "put the sticker on the video", "put our logo over the footage": laid over the video, its place not said (not "on it":
# "add an end card … and put the logo on it" is the card's logo, set AK ak132)
# ("in the video" too: "put the logo and the sticker both in the video", set HV hv098 was not understood)
_ON_IT = compile_led(r"\b(?:on(?:to)?|over|in(?:to)?)\s+the\s+(?:video|frame|screen|footage)\b"
                    # "把贴纸放上去", "logo贴上去": put on, the video understood (set BF bf233 was not understood)
                    r"|(?:放|贴|加|摆)\s*(?:上去|到(?:视频|画面|屏幕)上(?:去)?)"
                    # "put both the logo and the sticker on": "on" closing the clause, the video understood (set BE be240)
                    r"|\bon\W*$")


def _put_on(f: Frame, t: str) -> LogoArgs | None:
    """A logo or sticker put on the video without a place (set AV av233 said "on it"): as "add the sticker", in a free
    corner."""
    said = _ON_IT.search(f.text)
    if said is None:
        return None
    f.attached.append((f.start + said.start(), f.start + said.end()))
    return _overlay_added(f, t)


_IMAGE_FILE = compile_led(r"\.(?:png|jpe?g|webp|gif|svg)$")


_UPLOADED = compile_led(r"\b(?:upload(?:ed|s)?|here'?s|here\s+is|attached)\b|上传")


def _file_framed(f: Frame, t: str) -> LogoArgs | None:
    """A file whose name says it is a logo or a sticker ("sale-sticker.png", "the sale sticker" named by its file) said
    to be added: laid over the video, never a picture of the slideshow; in a free corner unless its place is said in
    the clause (sets AK ak144 ak252). Not a file said to be uploaded ("we uploaded logo.png and want it bottom right":
    its place follows). Named with its noun too ("把促销贴纸sale-sticker.png也加上"), it is the logo target's one reading."""
    file = str(f.values.get("file") or "")
    if not (_IMAGE_FILE.search(file) and OVERLAY_NAME.search(file.lower())) or _UPLOADED.search(f.text):
        return None
    if "logo" in f.target_keys():
        return _overlay_added(f, t) if not f.values.keys() & {"pos", "pct"} else None
    return _framed(f, t)


def _file_put_on(f: Frame, t: str) -> LogoArgs | None:
    """A logo or sticker file put "in/on the video" ("put logo.png in the video"): as added (set HV hv098 was not
    understood)."""
    said = _ON_IT.search(f.text)
    if said is None:
        return None
    read = _file_framed(f, t)
    if read is not None:
        f.attached.append((f.start + said.start(), f.start + said.end()))
    return read


def _file_look(f: Frame, t: str) -> LogoArgs | None:
    """How a logo or sticker file (its name says so) looks or where it goes, said in the clause after it ("加个水印，用
    logo.png，半透明的": the clause takes the file from the one before; its look was left unread, set AQ aq125). Only with a
    look, place or time said: a file alone is not placed."""
    file = str(f.values.get("file") or "")
    if not (_IMAGE_FILE.search(file) and OVERLAY_NAME.search(file.lower())) or _UPLOADED.search(f.text):
        return None
    # (a file named in the clause with its place and when it shows: "put the sale sticker in the bottom right, and only for
    # the first 10 seconds", the sticker named as its file; the phrase rules' file alternatives missed the ", and": set AU au213)
    # (or the file added in the clause before, when it shows said after: "把sale-sticker.png加到视频里，最后5秒出现就行", set
    # BP bp254 showed it throughout and left the last 5 s unread)
    span = span_of(f.text) if f.values.keys() & {"dur", "range"} and _not_trimmed_at(f) else {}
    if f.values.keys() & {"dur", "range"} and not span:
        return None
    args = _framed(f, t)
    if args is None or not (args.pos or args.width or args.size or args.opacity is not None or args.scale or args.fade
                            or span):
        return None
    if file in f.text and not span:
        return None  # (its place or look, the file named with it: the phrase rules', which read the look after it)
    if span:  # ("only for the first 10 seconds": its words are read)
        for key in ("dur", "range", "first", "only", "for", "at", "to"):
            f.values.get(key)
        f.attached.extend((f.start + m.start(), f.start + m.end()) for rx_ in (_ENOUGH, _ONLY, _START_FOR)
                          for m in rx_.finditer(f.text.lower()))
    return replace(args, placed=False, **span)


def _not_trimmed_at(f: Frame) -> bool:
    """No "trim"/"cut" said before the clause's file ("trim unboxing.mp4 to the last 2 seconds" keeps a part of it)."""
    return not re.search(r"\b(?:trim|cut|shorten|crop|chop)\b|剪|裁|截取|保留", f.text)


S_LOGO: dict[str, tuple[Template, Template]] = {
    "logo.set": ("{name} placed over the video at the {pos} ({w}% of the width, {o}% opacity), {when}.",
                 "{name}已叠加在画面{pos}（宽度 {w}%，不透明度 {o}%），{when}。"),
    "logo.whole": ("for the whole video", "全程显示"),
    "logo.until_card": ("until the end card (which shows the logo itself)", "显示到结尾卡片为止（结尾卡片自带 logo）"),
    "logo.last": ("for the last {n:g} s ({a:g}–{b:g} s)", "显示最后 {n:g} 秒（{a:g}–{b:g} 秒）"),
    "logo.capped": ("{when} (the pictures end at {end:g} s)", "{when}（画面到 {end:g} 秒结束）"),
    "logo.from_to": ("from {a:g} s to {b:g} s", "从 {a:g} 秒到 {b:g} 秒显示"),
    "logo.which_clip": ("Which clip should play picture-in-picture? Say e.g. 'put clip.mp4 small in the top right corner'.",
                        "哪个视频做画中画？例如说「把clip.mp4放在右上角做画中画」。"),
    "logo.unknown": ("There is no file '{file}' in this session.", "本次会话中没有文件「{file}」。"),
    "logo.not_picture": ("{file} is not a picture: a logo must be an image (PNG with transparency works best).",
                         "{file}不是图片：logo 必须是图片（最好是带透明背景的 PNG）。"),
    "logo.which": ("Which picture is the logo? Upload it and say e.g. 'use logo.png as our logo'.",
                   "哪张图片是 logo？请上传后说例如「用logo.png作为logo」。"),
    "logo.not_placed": ("There is no logo on the video yet: say e.g. 'put logo.png in the top right corner'.",
                        "视频上还没有 logo：可以说例如「把logo.png放在右上角」。"),
    "logo.not_on": ("{name} is not on the video yet, so nothing of it was changed: say where to put it, e.g. 'put {name} in "
                    "the top left corner'.", "{name}还没有放到视频上，没有改动它：请先说放在哪里，例如「把{name}放在左上角」。"),
    "logo.no_title": ("There is no title to follow, so the overlay's time was not changed: say when it shows, e.g. 'from 3s "
                      "to the end'.", "没有标题，所以没有改动叠加层的时间：请说它什么时候出现，例如「从3秒到结尾」。"),
    "logo.none": ("There is no logo or overlay to remove.", "没有可以删除的 logo 或叠加层。"),
    "logo.no_sticker": ("There is no sticker on the video to remove.", "视频上没有可以删除的贴纸。"),
    "logo.no_logo": ("The logo is not on the video: nothing to remove.", "视频上没有 logo，不用删除。"),
    "logo.no_pip": ("There is no picture-in-picture clip on the video to remove.", "视频上没有可以删除的画中画。"),
    "logo.none_at": ("There is no logo or overlay at the {pos}: nothing was removed.", "{pos}没有 logo 或叠加层，没有删除任何东西。"),
    "logo.none_there": ("There is no logo or overlay at the {pos}: nothing was changed.", "{pos}没有 logo 或叠加层，没有改动。"),
    "logo.removed": ("Logo / overlay removed.", "logo／叠加层已删除。"),
    "logo.one_each": ("The logo and the sticker each need their own place: say it for one at a time, e.g. 'put the logo in "
                      "the top left corner', then 'put the sticker in the top right corner'.",
                      "logo 和贴纸要分别放：请一次说一个，例如「把logo放在左上角」，再说「把贴纸放在右上角」。"),
    "logo.shots_apart": ("An overlay shows for one stretch of the video: say pictures side by side (e.g. 'the first two "
                         "pictures'), or one at a time.", "叠加层只能连续显示一段：请说相邻的图片（例如「前两张图」），或一次说一张。"),
    "logo.put_file": ("put {name} in the {pos}", "把{name}放在{pos}"),
    "logo.swapped": ("{old} taken off the video.", "{old}已从画面上移除。"),
    "logo.end_reading": ("show {name} over the video for the last 5 seconds", "最后5秒在画面上显示{name}"),
    "logo.end_picture": ("add {name} as the last picture", "把{name}加到最后一张图片后面"),
    "logo.start_reading": ("show {name} over the video for the first 5 seconds", "前5秒在画面上显示{name}"),
    "logo.start_picture": ("add {name} as the first picture", "把{name}加在第一张图片前面"),
}

LOGO = register(Edit(
    kind="logo",
    args=LogoArgs,
    apply=apply_logo,
    calls=("place_overlay", "remove_overlay"),
    sentences=S_LOGO,
    examples=("put gold-ring.jpg in the top right corner", "put red-sneaker.jpg in the corner at 50% opacity",
              "put gold-ring.jpg in the corner for the first 5 seconds", "show gold-ring.jpg from 10s to 15s",
              "把red-sneaker.jpg放在右上角", "前5秒显示gold-ring.jpg"),
    topics=("overlays",),
    doc=DocRow("logo / overlay", "an overlay track (`role: overlay`) with a picture (logo, sticker) or clip "
               "(picture-in-picture) and its `place` `{pos, w, margin, opacity}`; its time span `s`/`d` (the first / "
               "last N seconds, from A to B; `span: all` runs to the end card, `span: last` keeps to the end)",
               "logo／叠加"),
    phrases=(Phrase(1, r_logo, ("logo",)),),
    # the placed logo bigger, smaller, fainter or stronger, said of it or of "it" after it ("the watermark is too
    # strong, make it fainter"); its place, file and time are the phrase rules'
    frames=(
        rule("logo", "increase", _one(_scaled(1.5)), refuses="pct dur pos file quote"),
        rule("logo", "decrease", _one(_scaled(0.67)), refuses="pct dur pos file quote"),
        rule("logo", "fainter", _one(lambda f, t: LogoArgs(noun=_noun(f.text) or "logo", fade=0.6)), refuses="pct dur pos file quote"),
        rule("logo", "stronger", _one(lambda f, t: LogoArgs(noun=_noun(f.text) or "logo", fade=1.5)), refuses="pct dur pos file quote"),
        rule("logo", "quieter_need louder_need", _one(_too_big), refuses="pct dur pos file quote"),
        rule("logo", "quieter_need louder_need", _one(_too_big_at), needs="pos", refuses="pct dur file quote"),
        # its place, width, opacity or look as said (sets AK ak182, AL al146 al149, AM am189 am193 am242)
        rule("logo", "move set add implied keep increase decrease", _one(_framed), needs="pos", refuses="quote dur range"),
        rule("logo", "set implied keep increase decrease", _one(_framed), needs="pct", refuses="quote dur range pos"),
        # added with its width or opacity said as a share ("加上我们的logo，宽度占画面的20%", "add our logo, 15% of the frame
        # width": the share was read by no rule, set BD bd179); a share said of nothing (no width or opacity word) is None
        rule("logo", "add", _one(_framed), needs="pct", refuses="quote dur range pos ref"),
        # its opacity as a fraction ("logo opacity 0.6": no share was tagged, sets BK bk237, BL bl270)
        rule("logo", "set implied keep", _one(_fraction), refuses="quote dur range pos pct ref file"),
        # "the other corner", "挪到另一边": the same height, the other side (no place value: its words are the logo's)
        rule("logo", "move set implied", _one(_mirrored), refuses="quote dur range pct pos"),
        rule("logo", "see_through", _one(_framed), refuses="quote dur range"),
        # removed: "remove the logo", "去掉水印", "logo不要了", "the watermark has to go" (was a phrase rule's five
        # alternatives; the vocab's logo target and remove operation say it)
        rule("logo", "remove", _one(_removed), refuses="quote dur range pct pos"),
        # the one in a place said: "删除右上角的 logo" (set BI bi238)
        rule("logo", "remove", _one(_removed_at), needs="pos", refuses="quote dur range pct"),
        rule("logo", "add", _ended(_overlay_added), refuses="quote dur range pct pos ref"),
        rule("logo", "set move", _ended(_put_on), refuses="quote dur range pct pos ref file"),
        # ("not_whole": "logo不要一直在，最后5秒就行", "not the whole time, just the last 5 s": its span said after; set AW aw189)
        # ("remove": "hide the logo for the first 5 s", shown after them, set BG bg239; any other removal is None)
        # ("see_through": "…, slightly transparent, from 3 seconds" read as one clause; set FA fa015)
        rule("logo", "show_for set implied keep add move not_whole remove see_through", _one(_timed), needs="dur", refuses="quote ref"),
        # "put the picture in the corner": which picture is asked (set BP bp246)
        rule("visual", "move set add", _one(_unnamed_picture), needs="pos", refuses="quote dur range pct file ref"),
        # over one picture only: "the logo only needs to be on the last picture" (set BU bu194)
        rule("logo", "keep set move show_for implied add", _one(_on_shot), needs="ref", refuses="quote dur range"),
        # (the picture named is the clause's other target: the same reading, only with the logo named in it)
        rule("visual", "keep set move show_for implied add",
             _one(lambda f, t: _on_shot(f, t) if "logo" in f.target_keys() or _overlay_file(f) else None), needs="ref",
             refuses="quote dur range"),
        # ("，全程显示" after its place: the whole video said as its span, no duration, set BT bt193)
        rule("logo", "show_for", _one(_whole_time), refuses="quote dur range pct pos file ref"),
        rule("visual", "add", _one(_file_framed), needs="file", refuses="quote dur range ref"),
        rule("visual", "set move", _one(_file_put_on), needs="file", refuses="quote dur range ref pct pos"),
        # ("add the sale sticker from 10 seconds onward, in the bottom right": added with when it shows before its place, as
        # "put" is; set CI ci196 was not understood)
        rule("visual", "implied set move keep see_through show_for add", _one(_file_look), needs="file", refuses="quote ref"),
    ),
))
