"""Edit operations: each applies one intent to the working copy and records its reply and call.

Operations change durations, order and content only; starts, caption spans, title clamping, audio
lengths and ``d`` are recomputed afterwards by ``layout.relayout``. An edit that cannot apply raises
``CannotApply`` with a reason the user can act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .assets import find_media, is_voice_name
from .first_cut import (
    CAPTION_STYLE,
    CLIP_CAP_MS,
    DEFAULT_TR,
    IMAGE_MS,
    KB_CYCLE,
    MUSIC_VOL,
    TITLE_MS,
    TITLE_STYLE,
    derived_title,
)
from .messages import Msg, msg, sec
from .parse import MUSIC, VOICE, rx
from .refs import describe, name_score, parse_ref, resolve
from .text import name_words, plain_name
from .work import CannotApply, Work, overlap, tracks_by_role

MAX_MS = 3_600_000
MIN_TOTAL = 1000
ASPECTS = {"16:9": (16, 9), "9:16": (9, 16), "1:1": (1, 1), "4:5": (4, 5)}
TR_FAMILIES = ("slide", "wipe", "smooth", "cover", "reveal")


def pct(v: float) -> str:
    return f"{round(v * 100):d}%"


# --- shared helpers -----------------------------------------------------------------------------------

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


def find_visual(work: Work, text: str | None, default_kind: str = "any") -> int:
    segs = work.main()["sg"]
    ref = parse_ref(text or "", default_kind)
    if ref is None:
        raise CannotApply(msg("which_visual"))
    k = resolve(ref, segs, seg_names(work, segs))
    if k is None:
        n_img = sum(1 for s in segs if s.get("k") != "video")
        n_vid = len(segs) - n_img
        raise CannotApply(msg("not_found", text=(text or "").strip(), n_img=n_img, n_vid=n_vid))
    return k


def with_positional_transitions(work: Work, segs: list[dict], reorder: Callable[[list[dict]], list[dict]]) -> list[dict]:
    """Reorder or drop segments while the transitions stay with the cut positions, not the pictures."""
    trs = [s.get("tr") for s in segs[1:]]
    default = work.draft.get("m", {}).get("tr") or dict(DEFAULT_TR)
    new = reorder(list(segs))
    for k, seg in enumerate(new):
        seg.pop("tr", None)
        if k > 0:
            tr = trs[k - 1] or default if k - 1 < len(trs) else default
            seg["tr"] = dict(tr)
    realternate_kb(work, new)
    return new


def realternate_kb(work: Work, segs: list[dict]) -> None:
    """Keep the first cut's Ken Burns cycle when the default motion is on and nobody customised it."""
    imgs = [s for s in segs if s.get("k") != "video"]
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
    tracks = tracks_by_role(work.draft, 7, "title")
    return tracks[0] if tracks and tracks[0]["sg"] else None


def caption_track(work: Work, create: bool = False) -> dict | None:
    tracks = tracks_by_role(work.draft, 7, "caption")
    if tracks:
        return tracks[0]
    if not create:
        return None
    track = {"id": work.new_id("x"), "tt": 7, "n": "Captions", "role": "caption", "sg": []}
    work.draft["t"].append(track)
    return track


def audio_tracks(work: Work, role: str) -> list[dict]:
    return [t for t in tracks_by_role(work.draft, 1, role) if t["sg"]]


def video_clips(work: Work) -> list[dict]:
    return [s for s in work.visual_segments() if s.get("k") == "video"]


# --- length and format --------------------------------------------------------------------------------

def op_duration(work: Work, ms: int | None = None, delta: int | None = None) -> None:
    work.main()
    current = work.target if work.target is not None else work.total()
    want = ms if ms is not None else current + (delta or 0)
    new = max(MIN_TOTAL, min(MAX_MS, want))
    note: Msg | str = "" if new == want else msg("duration.range", want=sec(want))
    work.target = new

    def reply() -> Msg:
        got = work.draft["d"]
        if got != new:
            return msg("duration.unfit", got=sec(got), want=sec(new), note=note)
        return msg("duration.set", s=sec(new), note=note)

    work.replies.append(reply)
    work.calls.append({"name": "set_duration", "args": {"seconds": round(new / 1000, 3)}})


def _even(v: float) -> int:
    return max(64, int(round(v / 2.0)) * 2)


def op_format(work: Work, aspect: str | None = None, short: int | None = None, width: int | None = None,
              height: int | None = None) -> None:
    m = work.draft["m"]
    if width and height:
        w, h = _even(width), _even(height)
        if max(w, h) > 3840 or min(w, h) < 64:
            raise CannotApply(msg("format.range", width=width, height=height))
        match = next((a for a, (x, y) in ASPECTS.items() if abs(w / h - x / y) < 0.01), None)
    else:
        cur_w, cur_h = int(m["width"]), int(m["height"])
        cur_aspect = m.get("aspect") or next(
            (a for a, (x, y) in ASPECTS.items() if abs(cur_w / cur_h - x / y) < 0.01), None)
        match = aspect or cur_aspect
        side = short or min(cur_w, cur_h)
        if match:
            x, y = ASPECTS[match]
            w, h = (side * x / y, side) if x >= y else (side, side * y / x)  # type: ignore[assignment]
        else:
            scale = side / min(cur_w, cur_h)
            w, h = cur_w * scale, cur_h * scale  # type: ignore[assignment]
        big = max(w, h)
        if big > 3840:
            w, h = w * 3840 / big, h * 3840 / big  # type: ignore[assignment]
        w, h = _even(w), _even(h)
    m["width"], m["height"] = w, h
    if match:
        m["aspect"] = match
    else:
        m.pop("aspect", None)
    work.done(msg("format.set_aspect", w=w, h=h, aspect=match) if match else msg("format.set", w=w, h=h),
              "set_format", width=w, height=h, aspect=match)


def op_fps(work: Work, fps: float) -> None:
    if fps not in (24, 25, 30, 60):
        raise CannotApply(msg("fps.bad", fps=f"{fps:g}"))
    work.draft["m"]["fps"] = int(fps)
    work.done(msg("fps.set", fps=int(fps)), "set_fps", fps=int(fps))


def op_fit(work: Work, mode: str) -> None:
    work.draft["m"]["fit"] = mode
    for seg in work.visual_segments():
        seg["fit"] = mode
    work.done(msg("fit.cover" if mode == "cover" else "fit.contain"), "set_fit", fit=mode)


# --- title --------------------------------------------------------------------------------------------

def _title_reply(work: Work, key: str, **params: object) -> Callable[[], Msg]:
    """The reply ``key`` with the title's final span (read after the re-layout)."""
    def reply() -> Msg:
        track = title_track(work)
        if not track:
            return msg(key, span="", **params)
        seg = track["sg"][0]
        return msg(key, span=msg("span", a=sec(seg["s"]), b=sec(seg["s"] + seg["d"])), **params)
    return reply


def op_title_text(work: Work, text: str | None, request: str = "") -> None:
    track = title_track(work)
    if text is None:
        if track:
            raise CannotApply(msg("title.exists", text=msg("q", text=track["sg"][0]["text"])))
        text = work.draft["m"].get("title") or derived_title(request, [work.media[s["mid"]] for s in work.visual_segments() if s["mid"] in work.media])
    text = " ".join(text.split())[:200] or "Title"
    if track:
        track["sg"][0]["text"] = text
    else:
        work.draft["t"].append({"id": work.new_id("x"), "tt": 7, "n": "Title", "role": "title", "sg": [
            {"id": work.new_id(), "text": text, "s": 0, "d": TITLE_MS, "style": dict(TITLE_STYLE)}]})
    work.draft["m"]["title"] = text
    work.replies.append(_title_reply(work, "title.set", text=msg("q", text=text)))
    work.calls.append({"name": "set_title", "args": {"text": text}})


def op_title_timing(work: Work, start: int | None = None, end: int | None = None, length: int | None = None) -> None:
    track = title_track(work)
    if not track:
        raise CannotApply(msg("title.none"))
    seg = track["sg"][0]
    total = work.target if work.target is not None else work.total()
    if start is not None and end is not None:
        if end <= start:
            raise CannotApply(msg("title.order"))
        seg["s"], seg["d"] = start, max(100, end - start)
    elif length is not None:
        seg["d"] = max(100, min(length, MAX_MS))
    elif start is not None:
        seg["s"] = min(start, MAX_MS)
    clamped = seg["s"] + seg["d"] > total
    work.replies.append(_title_reply(work, "title.timing_clamped" if clamped else "title.timing"))
    work.calls.append({"name": "set_title_timing", "args": {"start": seg["s"] / 1000, "seconds": seg["d"] / 1000}})


def op_title_remove(work: Work) -> None:
    tracks = tracks_by_role(work.draft, 7, "title")
    if not any(t["sg"] for t in tracks):
        raise CannotApply(msg("title.nothing_to_remove"))
    work.draft["t"] = [t for t in work.draft["t"] if t not in tracks]
    work.done(msg("title.removed"), "remove_title")


def op_title_position(work: Work, pos: str) -> None:
    track = title_track(work)
    if not track:
        raise CannotApply(msg("title.none"))
    for seg in track["sg"]:
        seg.setdefault("style", {})["pos"] = pos
    work.done(msg("title.moved", pos=msg("pos", pos=pos)), "set_title_position", pos=pos)


# --- captions -----------------------------------------------------------------------------------------

def _default_caption(work: Work, seg: dict) -> str:
    m = work.media.get(seg.get("mid", ""))
    return name_words(m.filename if m else str(seg.get("name") or "clip"))


def op_captions_add(work: Work, texts: list[str] | None = None) -> None:
    segs = work.main()["sg"]
    texts = texts or []
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
    key = "captions.visuals" if any(s.get("k") == "video" for s in segs) else "captions.images"
    work.done(msg(key, n=len(segs), **quoted([c["text"] for c in caps if c])), "add_captions",
              texts=[c["text"] for c in caps if c])


def op_captions_remove(work: Work) -> None:
    tracks = tracks_by_role(work.draft, 7, "caption")
    if not any(t["sg"] for t in tracks):
        raise CannotApply(msg("captions.nothing_to_remove"))
    work.draft["t"] = [t for t in work.draft["t"] if t not in tracks]
    work.links.clear()
    work.done(msg("captions.removed"), "remove_captions")


def op_caption_set(work: Work, ref: str, text: str) -> None:
    segs = work.main()["sg"]
    k = find_visual(work, ref)
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


# --- audio --------------------------------------------------------------------------------------------

_LABEL = {role: msg(f"audio.{role}") for role in ("music", "voice", "clips", "all")}


def _audio_targets(work: Work, target: str) -> tuple[list[dict], list[dict], Msg]:
    """(tracks, clip segments, label) a volume or mute target means."""
    if target == "video":
        target = "clips" if video_clips(work) else "all"
    if target == "music":
        found = audio_tracks(work, "music")
        if not found:
            raise CannotApply(msg("audio.no_music"))
        return found, [], _LABEL["music"]
    if target == "voice":
        found = audio_tracks(work, "voice")
        if not found:
            raise CannotApply(msg("audio.no_voice"))
        return found, [], _LABEL["voice"]
    if target == "clips":
        clips = video_clips(work)
        if not clips:
            raise CannotApply(msg("audio.no_clip"))
        return [], clips, _LABEL["clips"]
    tracks = [t for t in work.draft["t"] if t.get("tt") == 1 and t["sg"]]
    clips = video_clips(work)
    if not tracks and not clips:
        raise CannotApply(msg("audio.none"))
    return tracks, clips, _LABEL["all"]


def op_volume(work: Work, target: str, value: float | None = None, rel: str | None = None) -> None:
    tracks, clips, label = _audio_targets(work, target)
    items = tracks + clips
    old = float(items[0].get("vol", 1.0))
    if value is None:
        new = min(2.0, round(max(old * 1.5, old + 0.1), 2)) if rel == "up" else round(old * 0.6, 2)
    else:
        new = value
    if not 0 <= new <= 2:
        raise CannotApply(msg("volume.range", v=pct(new)))
    unmuted = any(i.get("mute") for i in items)
    for item in items:
        item["vol"] = new
        item.pop("mute", None)
    note = msg("volume.unmuted") if unmuted else ""
    if value is not None:
        reply = msg("volume.set", label=label, v=pct(new), unmuted=note)
    else:
        reply = msg("volume.up" if rel == "up" else "volume.down", label=label, old=pct(old), new=pct(new), unmuted=note)
    work.done(reply, "set_volume", target=target, volume=new)


def op_mute(work: Work, target: str, on: bool = True, ref: str | None = None) -> None:
    if target == "ref":
        k = find_visual(work, ref, "video")
        seg = work.main()["sg"][k]
        if seg.get("k") != "video":
            raise CannotApply(msg("mute.still", label=describe(work.visual_segments(), k)))
        items, label = [seg], describe(work.visual_segments(), k)
    else:
        tracks, clips, label = _audio_targets(work, target)
        items = tracks + clips
    changed = [i for i in items if bool(i.get("mute")) != on]
    if not changed:
        raise CannotApply(msg("mute.already_on" if on else "mute.already_off", label=label))
    for item in items:
        if on:
            item["mute"] = True
        else:
            item.pop("mute", None)
    work.done(msg("mute.on" if on else "mute.off", label=label), "mute" if on else "unmute", target=target)


def op_duck(work: Work, on: bool) -> None:
    tracks = audio_tracks(work, "music")
    if not tracks:
        raise CannotApply(msg("duck.none"))
    for t in tracks:
        t["duck"] = on
    work.done(msg("duck.on" if on else "duck.off"), "set_duck", on=on)


# --- transitions and motion ---------------------------------------------------------------------------

def op_transition(work: Work, type: str | None = None, dir: str | None = None, ms: int | None = None,
                  rel: str | None = None) -> None:
    segs = work.main()["sg"]
    m = work.draft["m"]
    default = m.get("tr") or dict(DEFAULT_TR)
    base_type = type or (default["type"] if default.get("type") != "none" else "fade")
    if type and dir and re.sub(r"(left|right|up|down)$", "", type) in TR_FAMILIES:
        base_type = re.sub(r"(left|right|up|down)$", "", type) + dir
    if ms is not None and not 0 <= ms <= 5000:
        raise CannotApply(msg("tr.too_long", s=sec(ms)))
    results: list[dict[str, Any]] = []
    for seg in segs[1:] or [None]:
        cur = (seg or {}).get("tr") or default
        new_type = base_type if type else (cur["type"] if cur.get("type") != "none" else base_type)
        if type == "none":
            tr: dict[str, Any] = {"type": "none", "d": 0}
        else:
            d = ms if ms is not None else (cur.get("d") or 500 if cur.get("type") != "none" else 500)
            if rel == "up":
                d = min(5000, max(int(d * 1.5), d + 200))
            elif rel == "down":
                d = int(d * 0.6)
            tr = {"type": new_type, "d": int(d)}
        results.append(tr)
        if seg is not None:
            seg["tr"] = dict(tr)
    m["tr"] = dict(results[-1])
    tr = results[-1]
    want = tr["d"]

    def reply() -> Msg:
        cuts = len(segs) - 1
        if tr["type"] == "none":
            return msg("tr.removed" if cuts else "tr.default_none")
        actual = [overlap(s) for s in segs[1:]]
        clamp = "" if all(a == want for a in actual) else msg("tr.clamp", s=sec(min(actual)))
        where = msg("tr.where_cuts", n=cuts) if cuts else msg("tr.where_default")
        return msg("tr.set", type=msg("tr_name", type=tr["type"]), s=sec(want), where=where, clamp=clamp)

    work.replies.append(reply)
    work.calls.append({"name": "set_transition", "args": {"type": tr["type"], "seconds": want / 1000}})


def op_ken_burns(work: Work, on: bool) -> None:
    imgs = [s for s in work.main()["sg"] if s.get("k") != "video"]
    if not imgs:
        raise CannotApply(msg("kb.no_images"))
    work.draft["m"]["kb"] = on
    for i, s in enumerate(imgs):
        s["kb"] = KB_CYCLE[i % len(KB_CYCLE)] if on else "none"
    work.done(msg("kb.on" if on else "kb.off", n=len(imgs)), "set_ken_burns", on=on)


# --- order ------------------------------------------------------------------------------------------

def _dest_index(dest: str, n: int) -> int:
    if dest in ("first", "front", "start", "beginning", "top", "head", "begin"):
        return 0
    if dest in ("last", "end", "back", "bottom"):
        return n - 1
    num = re.search(r"\d+", dest)
    if num:
        return max(0, min(n - 1, int(num.group(0)) - 1))
    raise CannotApply(msg("move.where", dest=dest))


def op_move(work: Work, ref: str, dest: str, other: str | None = None) -> None:
    track = work.main()
    segs = track["sg"]
    k = find_visual(work, ref)
    seg = segs[k]
    label = describe(work.visual_segments(), k)
    if other is not None:
        j = find_visual(work, other)
        if j == k:
            raise CannotApply(msg("move.same"))
        rest = [s for s in segs if s is not seg]
        at = rest.index(segs[j]) + (1 if dest == "after" else 0)
    else:
        at = _dest_index(dest, len(segs))

    def reorder(lst: list[dict]) -> list[dict]:
        lst.remove(seg)
        lst.insert(at, seg)
        return lst

    if at == k and other is None:
        raise CannotApply(msg("move.already", label=label))
    track["sg"] = with_positional_transitions(work, segs, reorder)
    work.done(msg("move.done", label=label, pos=at + 1, **order_names(track["sg"])), "move_segment",
              segment=seg["id"], position=at + 1)


def op_reverse(work: Work) -> None:
    track = work.main()
    if len(track["sg"]) < 2:
        raise CannotApply(msg("reverse.one"))
    track["sg"] = with_positional_transitions(work, track["sg"], lambda lst: lst[::-1])
    work.done(msg("reverse.done", **order_names(track["sg"])), "reverse_order")


def op_swap(work: Work, a: str, b: str) -> None:
    track = work.main()
    segs = track["sg"]
    ra = parse_ref(a)
    if re.fullmatch(r"(?:the\s+)?\d+", b.strip()) and ra is not None and ra.index is not None:
        noun = {"image": "image", "video": "clip"}.get(ra.kind, "segment")
        num = re.sub(r"\D", "", b)
        b = f"{noun} {num}"  # "swap image 1 and 2": the second number is the same kind
    i, j = find_visual(work, a), find_visual(work, b)
    if i == j:
        raise CannotApply(msg("swap.same"))

    def reorder(lst: list[dict]) -> list[dict]:
        lst[i], lst[j] = lst[j], lst[i]
        return lst

    li, lj = describe(segs, i), describe(segs, j)
    track["sg"] = with_positional_transitions(work, segs, reorder)
    work.done(msg("swap.done", a=li, b=lj, **order_names(track["sg"])), "swap_segments",
              a=track["sg"][j]["id"], b=track["sg"][i]["id"])


# --- remove, replace, add -----------------------------------------------------------------------------

def _audio_role(text: str) -> str | None:
    t = text.strip()
    if rx(rf"^(?:the\s+)?(?:{MUSIC})$").match(t):
        return "music"
    if rx(rf"^(?:the\s+)?(?:{VOICE})$").match(t):
        return "voice"
    return None


def op_remove(work: Work, what: str) -> None:
    role = _audio_role(what)
    if role:
        tracks = audio_tracks(work, role)
        if not tracks:
            raise CannotApply(msg("remove.no_music" if role == "music" else "remove.no_voice"))
        work.draft["t"] = [t for t in work.draft["t"] if t not in tracks]
        work.done(msg("remove.track", label=_LABEL[role]), "remove_track", role=role)
        return
    track = work.main()
    segs = track["sg"]
    try:
        k = find_visual(work, what)
    except CannotApply:
        if _remove_audio_by_name(work, what):
            return
        raise
    if len(segs) == 1:
        raise CannotApply(msg("remove.only"))
    seg = segs[k]
    label = describe(work.visual_segments(), k)
    cap = work.caption_of(seg["id"])
    if cap is not None:
        for t in tracks_by_role(work.draft, 7, "caption"):
            t["sg"] = [c for c in t["sg"] if c is not cap]
        work.links.pop(cap["id"], None)
    track["sg"] = with_positional_transitions(work, segs, lambda lst: [s for s in lst if s is not seg])
    work.done(msg("remove.done", label=label, n=len(track["sg"])), "remove_segment", segment=seg["id"])


def _remove_audio_by_name(work: Work, what: str) -> bool:
    for t in work.draft["t"]:
        if t.get("tt") != 1:
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
    tracks = audio_tracks(work, role) or tracks_by_role(work.draft, 1, role)
    seg = {"id": work.new_id(), "mid": media.id, "name": plain_name(media.filename), "s": 0,
           "d": max(1, work.total()), "in": 0}
    if role == "music":
        seg.update(loop=True, fi=1000, fo=2000)
    if tracks:
        tracks[0]["sg"] = [seg]
        return msg("audio.replaced", label=_LABEL[role], file=media.filename)
    track = {"id": work.new_id("a"), "tt": 1, "n": "BGM" if role == "music" else "Voiceover", "role": role,
             "vol": MUSIC_VOL if role == "music" else 1.0, "sg": [seg]}
    if role == "music":
        track["duck"] = bool(audio_tracks(work, "voice"))
    work.draft["t"].append(track)
    return msg("audio.added_music" if role == "music" else "audio.added_voice", file=media.filename)


def op_replace(work: Work, old: str, new: str) -> None:
    if not new:
        raise CannotApply(msg("replace.which"))
    role = _audio_role(old) or ({"背景音乐": "music", "音乐": "music", "配乐": "music", "配音": "voice",
                                  "旁白": "voice", "background music": "music", "bgm": "music",
                                  "narration": "voice", "voiceover": "voice", "voice over": "voice"}.get(old.strip()))
    if role:
        media = find_media(work.order, new, ("audio",))
        if media is None:
            raise CannotApply(msg("replace.no_audio", name=new))
        work.done(_set_audio(work, role, media), "replace_media", role=role, media=media.id)
        return
    media = find_media(work.order, new, ("image", "video"))
    if media is None:
        raise CannotApply(msg("replace.no_visual", name=new))
    segs = work.main()["sg"]
    k = find_visual(work, old)
    seg = segs[k]
    label = describe(work.visual_segments(), k)
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
    if cap is not None and cap["text"] == old_caption:
        cap["text"] = name_words(media.filename)
    work.done(msg("replace.done", label=label, file=media.filename), "replace_media", segment=seg["id"],
              media=media.id)


def op_add(work: Work, what: str, first: bool = False) -> None:
    media = find_media(work.order, what)
    if media is None:
        raise CannotApply(msg("add.no_file", name=what))
    if media.kind == "audio":
        role = "voice" if is_voice_name(media.filename) else "music"
        work.done(_set_audio(work, role, media), "add_media", media=media.id, role=role)
        return
    track = work.main()
    segs = track["sg"]
    src = work.source_ms(media.id)
    seg: dict = {"id": work.new_id(), "mid": media.id, "k": media.kind, "name": plain_name(media.filename),
                 "s": 0, "fit": work.draft["m"].get("fit", "cover")}
    if media.kind == "image":
        seg.update(d=IMAGE_MS, kb="in" if work.draft["m"].get("kb", True) else "none")
    else:
        seg.update(d=min(src, CLIP_CAP_MS) if src else 5000, **{"in": 0})
        if src:
            seg["out"] = seg["d"]
    track["sg"] = with_positional_transitions(work, segs, lambda lst: ([seg] + lst) if first else (lst + [seg]))
    captions = caption_track(work)
    if captions is not None and captions["sg"]:
        cap = {"id": work.new_id(), "text": name_words(media.filename), "s": 0, "d": seg["d"],
               "style": dict(CAPTION_STYLE)}
        captions["sg"].append(cap)
        work.links[cap["id"]] = seg["id"]
    work.done(msg("add.start" if first else "add.end", file=media.filename), "add_media", media=media.id,
              position=1 if first else len(track["sg"]))


# --- clips and per-segment lengths --------------------------------------------------------------------

_GENERIC_CLIP = re.compile(r"^(?:the\s+)?(?:video\s+clips?|clips?|videos?|footage|视频片段|视频|片段)$")


def _pick_clip(work: Work, ref: str | None) -> tuple[int, Msg | str]:
    segs = work.main()["sg"]
    if ref and not _GENERIC_CLIP.match(ref.strip()):
        k = find_visual(work, ref, "video")
        if segs[k].get("k") != "video":
            raise CannotApply(msg("trim.still", label=describe(segs, k)))
        return k, ""
    clips = [k for k, s in enumerate(segs) if s.get("k") == "video"]
    if not clips:
        raise CannotApply(msg("trim.no_clip"))
    note = msg("trim.first_of", n=len(clips)) if len(clips) > 1 else ""
    return clips[0], note


def op_trim(work: Work, ref: str | None = None, start: int | None = None, end: int | None = None,
            side: str | None = None, cut: int | None = None, length: int | None = None, delta: int | None = None,
            generic: bool = False) -> None:
    if generic and (length is not None or delta is not None) and (not ref or _GENERIC_CLIP.match(ref.strip())) \
            and not video_clips(work):
        # "trim the video to 10 seconds" / "把视频缩短2秒" with only pictures: the total length
        op_duration(work, ms=length, delta=delta)
        return
    k, which = _pick_clip(work, ref)
    seg = work.main()["sg"][k]
    src = work.source_ms(seg["mid"])
    a = int(seg.get("in", 0))
    d = int(seg["d"])
    if start is not None and end is not None:
        if end <= start:
            raise CannotApply(msg("trim.order"))
        a, d = start, end - start
    elif side == "start" and cut is not None:
        a, d = a + cut, d - cut
    elif side == "end" and cut is not None:
        d = d - cut
    elif length is not None:
        d = length
    elif delta is not None:
        if delta > 0 and src is not None and a + d >= src:
            raise CannotApply(msg("trim.at_end", label=describe(work.visual_segments(), k), b=sec(src)))
        d = d + delta
    elif start is not None:
        a = start
        d = min(d, src - a) if src else d
    at_end: Msg | str = ""
    if src is not None:
        if a >= src:
            raise CannotApply(msg("trim.source", s=sec(src)))
        if a + d > src:
            d = src - a
            at_end = msg("trim.ends_at", s=sec(src))
    if d < 100:
        raise CannotApply(msg("trim.too_short"))
    changed = d - int(seg["d"])
    seg["in"], seg["d"], seg["out"] = a, d, a + d
    key = "trim.done"
    if delta is not None and start is None and length is None and cut is None:
        key = "trim.longer" if changed > 0 else "trim.shorter"
    work.done(msg(key, label=describe(work.visual_segments(), k), a=sec(a), b=sec(a + d), d=sec(d), delta=sec(abs(changed)),
                  which=which, end=at_end),
              "trim_clip", segment=seg["id"], start=a / 1000, end=(a + d) / 1000)


def op_segment_duration(work: Work, ms: int, ref: str | None = None) -> None:
    segs = work.main()["sg"]
    ms = max(100, min(ms, MAX_MS))
    if ref is None:
        imgs = [s for s in segs if s.get("k") != "video"]
        if not imgs:
            raise CannotApply(msg("segdur.no_images"))
        for s in imgs:
            s["d"] = ms
        key, params = "segdur.each", {}
    else:
        k = find_visual(work, ref)
        seg = segs[k]
        if seg.get("k") == "video":
            src = work.source_ms(seg["mid"])
            if src is not None:
                ms = min(ms, src - int(seg.get("in", 0)))
            seg["out"] = int(seg.get("in", 0)) + ms
        seg["d"] = ms
        key, params = "segdur.one", {"label": describe(work.visual_segments(), k)}
    work.target = None  # the total follows the pictures now
    work.replies.append(lambda: msg(key, s=sec(ms), total=sec(work.draft["d"]), **params))
    work.calls.append({"name": "set_segment_duration", "args": {"seconds": ms / 1000, "segment": ref}})


OPS: dict[str, Callable[..., None]] = {
    "duration": op_duration, "format": op_format, "fps": op_fps, "fit": op_fit,
    "title_text": op_title_text, "title_timing": op_title_timing, "title_remove": op_title_remove,
    "title_position": op_title_position, "captions_add": op_captions_add, "captions_remove": op_captions_remove,
    "caption_set": op_caption_set, "volume": op_volume, "mute": op_mute, "duck": op_duck,
    "transition": op_transition, "ken_burns": op_ken_burns, "move": op_move, "reverse": op_reverse,
    "swap": op_swap, "remove": op_remove, "replace": op_replace, "add": op_add, "trim": op_trim,
    "segment_duration": op_segment_duration,
}
