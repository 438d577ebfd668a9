"""The first cut: every picture and clip in upload order, voiceover and music, a title, optional captions."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...draft.promo import DEFAULT_TITLE_ANIM, apply_brand
from ...draft.timeline import (
    ROLE_CAPTION,
    ROLE_MAIN,
    ROLE_MUSIC,
    ROLE_TITLE,
    ROLE_VOICE,
    TT_AUDIO,
    TT_TEXT,
    TT_VIDEO,
)
from .anchors import compile_led
from .assets import split_audio, visuals
from .messages import Msg, msg, sec
from .text import name_words, plain_name
from .types import PlannerMedia
from .work import Work

IMAGE_MS = 4000  # default time per picture
# Ken Burns motion of the first cut's pictures, in turn: zooms and pans alternate (varied motion; pans
# are also nearly free to render, a whole-pixel moving crop, where zooms resample every frame)
KB_CYCLE = ("in", "left", "out", "right")
CLIP_CAP_MS = 20000  # a long clip is cut to this in a first cut
DEFAULT_CAP_MS = 120000  # without a voiceover or a requested length, a first cut stays under two minutes
DEFAULT_TR = {"type": "fade", "d": 500}
TITLE_MS = 3000
MUSIC_VOL = 0.35
# the title pops in and fades out (draft.promo.DEFAULT_TITLE_ANIM); fi/fo stay for renderers without anim
TITLE_STYLE = {"pos": "center", "size": "xl", "bold": True, "shadow": True, "fi": 300, "fo": 300,
               "anim": DEFAULT_TITLE_ANIM}
CAPTION_STYLE = {"pos": "lower_third", "size": "m", "box": True, "fi": 300, "fo": 300}
_PLATFORMS = compile_led(
    r"^(?:tiktok|tik tok|instagram|insta|ig|reels?|youtube|youtube shorts|shorts|facebook|fb|twitter|x|"
    r"linkedin|social(?: media)?|web|the web|it|them|me|us|you|mobile|phones?|douyin|stories|story|a|the)$"
)


@dataclass
class FirstCutOptions:
    seconds_ms: int | None = None
    width: int = 1920
    height: int = 1080
    aspect: str | None = "16:9"
    captions: bool = False
    caption_texts: list[str] = field(default_factory=list)
    title: str | None = None
    kb: bool = True
    request: str = ""


def topic_from_request(request: str) -> str | None:
    """'a promo video for our summer sale with text overlays' -> 'Summer Sale'."""
    m = re.search(
        r"\b(?:for|about|of|promoting|advertising|showcasing)\s+(?:our|my|the|a|an|this|his|her|their)?\s*"
        r"([A-Za-z0-9][A-Za-z0-9'&\- ]{1,40}?)(?=\s+(?:with|using|in|on|at|from|and|that|which|to|into|as)\b|[.,;!?]|$)",
        request,
    )
    if not m:
        return None
    phrase = " ".join(m.group(1).split())
    low = phrase.lower()
    if _PLATFORMS.match(low) or re.search(r"\b(?:second|seconds|sec|minute|these|those|images?|photos?|files?|video|clips?)\b", low):
        return None
    words = phrase.split()
    return " ".join(w[:1].upper() + w[1:] for w in words)


def derived_title(request: str, vis: Sequence[PlannerMedia]) -> str:
    topic = topic_from_request(request)
    if topic:
        return topic
    names = [name_words(m.filename) for m in vis]
    if not names:
        return "Highlights"
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} & {names[1]}"[:200]
    return f"{names[0]}, {names[1]} & More"[:200]


def build(work: Work, opts: FirstCutOptions) -> None:
    """Replace the working draft with a first cut; the caller re-lays it out to the target length."""
    media = work.order
    vis = visuals(media)
    roles = split_audio(media)
    work.links.clear()
    segs: list[dict] = []
    n_img = 0
    ids = iter(range(1, 10_000))

    def sid() -> str:
        return f"s{next(ids)}"

    for k, m in enumerate(vis):
        seg: dict = {"id": sid(), "mid": m.id, "k": m.kind, "name": plain_name(m.filename), "s": 0}
        if m.kind == "image":
            seg.update(d=IMAGE_MS, fit="cover", kb=KB_CYCLE[n_img % len(KB_CYCLE)] if opts.kb else "none")
            n_img += 1
        else:
            src = int(m.duration * 1000) if m.duration and m.duration > 0 else None
            seg["d"] = max(100, min(src, CLIP_CAP_MS)) if src else 5000
            seg.update({"in": 0, "fit": "cover"})
            if src:
                seg["out"] = seg["d"]
        if k > 0:
            seg["tr"] = dict(DEFAULT_TR)
        segs.append(seg)

    natural = sum(s["d"] for s in segs) - sum(s.get("tr", {}).get("d", 0) for s in segs)
    voice_ms = int(roles.voice.duration * 1000) if roles.voice and roles.voice.duration else None
    if opts.seconds_ms is not None:
        target = opts.seconds_ms
    elif voice_ms:
        target = voice_ms
    else:
        target = min(natural, DEFAULT_CAP_MS)
    target = max(1000, min(target, 3_600_000))

    tracks: list[dict] = [{"id": "v1", "tt": TT_VIDEO, "n": "Video", "role": ROLE_MAIN, "sg": segs}]
    if roles.voice:
        tracks.append({"id": "a1", "tt": TT_AUDIO, "n": "Voiceover", "role": ROLE_VOICE, "vol": 1.0, "sg": [
            {"id": sid(), "mid": roles.voice.id, "name": plain_name(roles.voice.filename), "s": 0,
             "d": voice_ms or target, "in": 0}]})
    if roles.music:
        tracks.append({"id": "a2", "tt": TT_AUDIO, "n": "BGM", "role": ROLE_MUSIC, "vol": MUSIC_VOL,
                       "duck": roles.voice is not None, "sg": [
                           {"id": sid(), "mid": roles.music.id, "name": plain_name(roles.music.filename), "s": 0,
                            "d": target, "in": 0, "loop": True, "fi": 1000, "fo": 2000}]})
    title = opts.title or derived_title(opts.request, vis)
    tracks.append({"id": "x1", "tt": TT_TEXT, "n": "Title", "role": ROLE_TITLE, "sg": [
        {"id": sid(), "text": title[:200], "s": 0, "d": TITLE_MS, "style": copy.deepcopy(TITLE_STYLE)}]})
    captions: list[dict] = []
    if opts.captions:
        texts = list(opts.caption_texts)
        for k, (seg, m) in enumerate(zip(segs, vis, strict=True)):
            text = texts[k] if k < len(texts) else name_words(m.filename)
            cap = {"id": sid(), "text": text[:500], "s": seg["s"], "d": seg["d"], "style": dict(CAPTION_STYLE)}
            captions.append(cap)
            work.links[cap["id"]] = seg["id"]
        tracks.append({"id": "x2", "tt": TT_TEXT, "n": "Captions", "role": ROLE_CAPTION, "sg": captions})

    work.draft = {
        "v": 1, "d": 0,
        "m": {"title": title[:200], "width": opts.width, "height": opts.height, "fps": 30,
              **({"aspect": opts.aspect} if opts.aspect else {}),
              "bg": "#000000", "fit": "cover", "kb": opts.kb, "tr": dict(DEFAULT_TR)},
        "t": tracks,
    }
    work.target = target

    n_vid = len(vis) - n_img

    def reply() -> list[Msg]:
        total = work.draft["d"]
        aspect = work.draft["m"].get("aspect")
        w, h = work.draft["m"]["width"], work.draft["m"]["height"]
        fmt = msg("fc.fmt_aspect", w=w, h=h, aspect=aspect) if aspect else msg("fc.fmt", w=w, h=h)
        out = [msg("fc.summary", counts=msg("counts", n_img=n_img, n_vid=n_vid), s=sec(total), fmt=fmt,
                   kb=msg("fc.kb") if opts.kb and n_img else "")]
        if roles.voice:
            out.append(msg("fc.voice", file=roles.voice.filename))
        if roles.music:
            out.append(msg("fc.music", file=roles.music.filename, duck=msg("fc.duck") if roles.voice else ""))
        if roles.unused:
            out.append(msg("fc.unused", files=[m.filename for m in roles.unused]))
        track = next((t for t in work.draft["t"] if t.get("role") == ROLE_TITLE and t["sg"]), None)
        if track:  # a later edit in the same message may have removed it
            t = track["sg"][0]
            out.append(msg("fc.title", text=msg("q", text=t["text"]), a=sec(t["s"]), b=sec(t["s"] + t["d"])))
        if captions:
            texts = [c["text"] for c in captions]
            out.append(msg("captions.visuals" if n_vid else "captions.images", n=len(captions),
                           shown=[msg("q", text=x) for x in texts[:6]], more=msg("more") if len(texts) > 6 else ""))
        return out

    work.replies.append(reply)  # several sentences, rendered after the re-layout
    work.calls.append({"name": "create_first_cut", "args": {
        "seconds": round(target / 1000, 3), "width": opts.width, "height": opts.height,
        "title": title, "captions": bool(captions), "ken_burns": opts.kb,
        "media": [m.id for m in vis] + [m.id for m in (roles.voice, roles.music) if m]}})


def keep_brand(work: Work, old: dict | None) -> None:
    """A rebuilt first cut keeps the session's brand kit (``m.brand``), applied to its title and captions."""
    brand = ((old or {}).get("m") or {}).get("brand") if isinstance(old, dict) else None
    if isinstance(brand, dict) and brand:
        work.draft["m"]["brand"] = copy.deepcopy(brand)
        work.draft = apply_brand(work.draft)
