"""Sound: volume, mute and ducking of the music, the voiceover and the clips' own sound."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ....draft.timeline import TT_AUDIO, is_clip
from ..anchors import compile_led
from ..messages import Msg, msg
from ..parse import (
    ALL,
    CLIPS,
    MUSIC,
    TARGET,
    VOICE,
    Scan,
    rx,
    target_of,
)
from ..refs import REF, describe
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import DUR, NUM, RANGE, dur_ms, pct_value, range_ms
from ..work import Ambiguous, CannotApply, Work
from .shared import AUDIO_TARGET, LABEL, audio_tracks, find_visual, find_visuals, pct, video_clips


def _audio_targets(work: Work, target: str) -> tuple[list[dict], list[dict], Msg]:
    """(tracks, clip segments, label) a volume or mute target means; "any" (a sound named by no word, as in
    "it is hard to hear") is the one sound there is, or a question when there are several."""
    if target == "any":
        present = [r for r, ok in (("voice", audio_tracks(work, "voice")), ("music", audio_tracks(work, "music")),
                                   ("clips", video_clips(work))) if ok]
        if len(present) > 1:
            raise Ambiguous([LABEL[r] for r in present])
        target = present[0] if present else "all"
    if target == "video":
        target = "clips" if video_clips(work) else "all"
    if target == "music":
        found = audio_tracks(work, "music")
        if not found:
            raise CannotApply(msg("audio.no_music"))
        return found, [], LABEL["music"]
    if target == "voice":
        found = audio_tracks(work, "voice")
        if not found:
            raise CannotApply(msg("audio.no_voice"))
        return found, [], LABEL["voice"]
    if target == "clips":
        clips = video_clips(work)
        if not clips:
            raise CannotApply(msg("audio.no_clip"))
        return [], clips, LABEL["clips"]
    tracks = [t for t in work.draft["t"] if t.get("tt") == TT_AUDIO and t["sg"]]
    clips = video_clips(work)
    if not tracks and not clips:
        raise CannotApply(msg("audio.none"))
    return tracks, clips, LABEL["all"]


@dataclass(frozen=True)
class VolumeArgs:
    target: str  # "music", "voice", "clips", "all", "any", or "ref": the clip ``ref`` names
    value: float | None = None
    rel: str | None = None
    by: float | None = None  # "20% quieter": a change by this fraction of the current volume
    ref: str | None = None
    # the way a level said with a word of direction goes ("音乐大一点5%", "turn the music up to 10%"): "up" or "down"
    said_way: str | None = None


def _named_clip(work: Work, ref: str | None) -> tuple[list[dict], list[dict], Msg]:
    """The one clip a name means ("the unboxing clip", "unboxing.mp4"), for its own sound; a picture has none. Every clip when
    the name says several, as ``find_visuals`` reads them ("mute all the video clips" muted the first one only: the name was
    looked up as one clip; dev set DT dt224)."""
    if ref and len(_several(work, ref)) > 1:
        return _audio_targets(work, "clips")
    k = find_visual(work, ref, "video")
    seg = work.main()["sg"][k]
    if not is_clip(seg):
        raise CannotApply(msg("mute.still", label=describe(work.visual_segments(), k)))
    return [], [seg], describe(work.visual_segments(), k)


_EVERY = compile_led(r"^(?:every|each)\s+(?:single\s+)?((?:video\s+)?clip)$")


def _several(work: Work, ref: str) -> list[int]:
    """The pictures and clips ``ref`` names when it names more than one, else none ("every clip" is all the clips)."""
    try:
        return find_visuals(work, _EVERY.sub(r"all the \1s", ref.strip()), "video")
    except (CannotApply, Ambiguous):
        return []


def apply_volume(work: Work, args: VolumeArgs) -> None:
    target, value, rel = args.target, args.value, args.rel
    tracks, clips, label = _named_clip(work, args.ref) if target == "ref" else _audio_targets(work, target)
    items = tracks + clips
    # (every clip's own sound at one level is one sound: "两个视频的声音都小一点" was reported as "all sound quieter"
    # with the music untouched; set BF bf211)
    one_level = not tracks and len({float(i.get("vol", 1.0)) for i in clips}) == 1
    if value is None and len(items) > 1 and not one_level:
        _scale_each(work, target, items, rel == "up", args.by)
        return
    old = float(items[0].get("vol", 1.0))
    if value is None and args.by is not None:
        new = round(old * (1 + args.by) if rel == "up" else old * max(0.0, 1 - args.by), 2)
    elif value is None:
        new = min(2.0, round(max(old * 1.5, old + 0.1), 2)) if rel == "up" else round(old * 0.6, 2)
    else:
        new = value
        if args.said_way is not None and (new < old if args.said_way == "up" else new > old):
            # "音乐大一点五%" of music at 35 %: louder, yet 5 % is quieter: to 5 %, or 5 % louder? asked, never guessed (the
            # music was set to 5 %: a wrong edit found by wave 32 fixer B)
            way = "volume.way_up" if args.said_way == "up" else "volume.way_down"
            # (never "120% quieter": a sound cannot lose more than all of it)
            raise Ambiguous([msg("volume.to", label=label, v=pct(new))] + ([msg(way, label=label, v=pct(new))]
                                                                             if args.said_way == "up" or new < 1 else []))
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


def _scale_each(work: Work, target: str, items: list[dict], up: bool, by: float | None) -> None:
    """"声音大一点", "make everything quieter": every sound louder or quieter from its own level (the music at 35%
    does not jump to the voice's 150%)."""
    changes = []
    for item in items:
        old = float(item.get("vol", 1.0))
        if by is not None:
            new = round(old * (1 + by) if up else old * max(0.0, 1 - by), 2)
        else:
            new = min(2.0, round(max(old * 1.5, old + 0.1), 2)) if up else round(old * 0.6, 2)
        item["vol"] = new
        item.pop("mute", None)
        role = item.get("role") if "role" in item else "clips"
        changes.append(msg("volume.each", label=LABEL.get(str(role), LABEL["clips"]), old=pct(old), new=pct(new)))
    key = "volume.up_all" if up else "volume.down_all"
    if all("role" not in i for i in items):  # the clips' own sound only, never "all sound"
        key = "volume.up_clips" if up else "volume.down_clips"
    work.done(msg(key, each=changes), "set_volume", target=target,
              volume=[i["vol"] for i in items])


@dataclass(frozen=True)
class MuteArgs:
    target: str
    on: bool = True
    ref: str | None = None


def apply_mute(work: Work, args: MuteArgs) -> None:
    target, on, ref = args.target, args.on, args.ref
    if target == "ref":
        _, items, label = _named_clip(work, ref)
    else:
        if target == "video" and len(video_clips(work)) > 1 and audio_tracks(work, "music") + audio_tracks(work, "voice"):
            # "mute the video" with two clips and music: every sound, or the clips' own? asked (sets BM bm168 / BN bn208
            # muted both clips); with one clip "视频静音" stays the clip's (set BE be194)
            raise Ambiguous([LABEL["all"], LABEL["clips"]])
        if target == "any":
            # a bare "静音" / "mute" names no sound: with several, every sound or which one is asked (set BT bt154 muted
            # the music and both clips); with one sound it is that one
            present = [r for r, ok in (("voice", audio_tracks(work, "voice")), ("music", audio_tracks(work, "music")),
                                       ("clips", video_clips(work))) if ok]
            if len(present) > 1:
                raise Ambiguous([LABEL["all"]] + [LABEL[r] for r in present])
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


@dataclass(frozen=True)
class DuckArgs:
    on: bool


def apply_duck(work: Work, args: DuckArgs) -> None:
    on, = args.on,
    tracks = audio_tracks(work, "music")
    if not tracks:
        raise CannotApply(msg("duck.none"))
    if all(bool(t.get("duck", True)) == on for t in tracks):  # (a music track ducks unless told not to)
        raise CannotApply(msg("duck.already_on" if on else "duck.already_off"))
    for t in tracks:
        t["duck"] = on
    work.done(msg("duck.on" if on else "duck.off"), "set_duck", on=on)


# --- phrase rules (read before the last clause-free words; order 50) --------------------

def _volume_handlers(s: Scan) -> None:
    def pct_rx(n: str = "") -> str:
        return rf"(?P<pct{n}>{NUM})\s*(?P<sign{n}>%|percent\b|per\s+cent\b)?"

    zh_t = rf"(?:{MUSIC}|{VOICE}|{CLIPS})"
    for m in s.take(rf"(?P<tg>{TARGET})\s*(?:'s\s*)?(?P<vw>volume|level|vol)?\s*(?:to|at|=|:|down\s+to|up\s+to)?\s*{pct_rx()}"
                    rf"|\b(?:set|put|turn|change|adjust|bring|lower|raise|reduce|increase|drop)\s+(?:the\s+)?(?P<vw2>volume|level)\s+(?:of\s+)?(?P<tg2>{TARGET})\s+(?:to|at)\s+{pct_rx('2')}"
                    rf"|(?:把)?\s*(?P<tg3>{zh_t})\s*(?:的)?\s*(?P<vw3>音量|声音)\s*(?:调到|调成|调为|设为|设置为|改成|改为|调整为|调整到|降到|降低到|提高到|为|到|:)?\s*{pct_rx('3')}",
                    when=lambda m: any(m.group(g) for g in ("sign", "sign2", "sign3", "vw", "vw2", "vw3"))):
        tg = m.group("tg") or m.group("tg2") or m.group("tg3")
        num = m.group("pct") or m.group("pct2") or m.group("pct3")
        sign = m.group("sign") or m.group("sign2") or m.group("sign3")
        s.add("volume", m, target=target_of(tg), value=pct_value(num, bool(sign)))
    rel = r"(?P<dir>louder|quieter|softer|lower|higher|up|down)"
    # the level it should end at, said after the direction: "make the music quieter (15%)", "turn the voice up, to 90%",
    # "音乐小声点（15%）" (the share was left unread and the whole clause refused, set T mul18)
    # ("music quieter 20%" may be by 20 %: only a bracket or "to" says the level)
    at = (r"(?:\s*(?:[(（]\s*(?:to\s+|at\s+|about\s+|around\s+|like\s+|maybe\s+|say\s+|roughly\s+|~\s*|到\s*)?|[,，]?\s*(?:to|at|down\s+to|up\s+to)\s+(?:about\s+|around\s+)?|[,，]?\s*(?:到|调到)\s*)"
          r"(?P<at{n}>\d+(?:\.\d+)?)\s*(?:%|％|percent\b)\s*(?:[)）])?)?")
    for m in s.take(rf"(?P<tg>{TARGET})\s+(?:volume\s+)?(?:a\s+(?:bit|little|lot)\s+|much\s+|slightly\s+|way\s+)?(?:more\s+)?{rel}\b{at.format(n='')}"
                    rf"|\b(?:turn|make|bring|put)\s+(?:the\s+)?(?P<tg2>{TARGET})\s+(?:volume\s+)?(?:a\s+(?:bit|little)\s+|much\s+)?(?P<dir2>up|down|louder|quieter|softer|lower|higher)\b{at.format(n='2')}"
                    rf"|\b(?P<dir3>lower|raise|reduce|increase|boost|decrease|turn\s+up|turn\s+down|quieten|soften)\s+(?:the\s+)?(?:volume\s+of\s+(?:the\s+)?)?(?P<tg3>{TARGET})"
                    rf"|(?P<tg4>{zh_t})\s*(?:的)?\s*(?:音量|声音)?\s*(?:再)?\s*(?:调|开|放)?\s*(?:得)?\s*(?P<dir4>大|小|高|低|响|轻)\s*(?:声)?\s*(?:一点|一些|点|些)?{at.format(n='4')}"
                    rf"|(?P<dir5>调大|调高|提高|增大|加大|调小|调低|降低|减小|减弱|压低)\s*(?:一下|一点)?\s*(?P<tg5>{zh_t})\s*(?:的)?\s*(?:音量|声音)?"):
        tg = next(g for g in m.group("tg", "tg2", "tg3", "tg4", "tg5") if g)
        d = next(g for g in m.group("dir", "dir2", "dir3", "dir4", "dir5") if g)
        up = d in ("louder", "higher", "up", "raise", "increase", "boost", "turn up", "大", "高", "响",
                   "调大", "调高", "提高", "增大", "加大") or d.startswith("turn up")
        level = next((g for g in m.group("at", "at2", "at4") if g), None)
        value = pct_value(level, True) if level else None
        if value is not None and value > 2.0:  # "louder (300%)": no level the mixer has
            value = None
        if value is not None:
            s.add("volume", m, target=target_of(tg), value=value)
        else:
            s.add("volume", m, target=target_of(tg), rel="up" if up else "down")


# a bare mute said right after a clause that changes the clip's own playing (its speed, its trim) is the clip's sound:
# "视频慢动作，再静音" (asked which sound, set BO bo153); with two clips and other sounds apply_mute asks, as for "mute the
# video". ("视频改成竖屏，再静音" is the whole video's: no clip-only edit, still asked)
_CLIP_CLAUSE_BEFORE = compile_led(r"(?:^|(?<=[,，;；。.!?！？]))[^,，;；。.!?！？]*?(?:视频片段|视频|片段|\bclip)(?![a-z'])"
                                  r"[^,，;；。.!?！？]*?(?:慢动作|慢放|快放|倍速|加速|减速|放慢|加快|剪|\b(?:slow|speed|trim|cut)\b)"
                                  r"[^,，;；。.!?！？]*?(?:[,，;；]|\s(?=\s*(?:and|then)\b))\s*(?:(?:再|然后|也|并且|并|同时|and|then|also|please)\s*)*(?:把它|把声音|给它)?\s*$"
                                  r"|(?:^|(?<=[,，;；。.!?！？]))[^,，;；。.!?！？]*?(?:\b(?:slow|speed|trim|cut)\b|慢动作|慢放|放慢|加快|剪)"
                                  r"[^,，;；。.!?！？]*?(?:视频片段|视频|片段|\bclip)(?![a-z'])"
                                  r"[^,，;；。.!?！？]*?(?:[,，;；]|\s(?=\s*(?:and|then)\b))\s*(?:(?:再|然后|也|并且|并|同时|and|then|also|please)\s*)*(?:把它|把声音|给它)?\s*$")
_CLAUSE_END = compile_led(r"\s*(?:吧|了)?\s*(?:$|[,，;；。.!?！？])")


def _after_clip_clause(s: Scan, m: re.Match[str]) -> bool:
    """Whether the bare mute at ``m`` ends its clause, after a clause that names the clip (read in the message: the
    frames' words are gone from the scanned text)."""
    low, a, b = s.msg.low, s.at(m.start()), s.at(m.end() - 1) + 1
    return bool(_CLAUSE_END.match(low, b) and _CLIP_CLAUSE_BEFORE.search(low[max(0, a - 80):a]))


def r_audio(s: Scan) -> None:
    _volume_handlers(s)
    mute_t = rf"(?:the\s+)?(?P<tg>{REF}|{MUSIC}|{VOICE}|{CLIPS}|{ALL})"
    # (a pronoun left is no sound in particular, never all of them: "把开箱视频放到最前面，再把它静音" muted every sound, set AS as239)
    for m in s.take(rf"(?P<un>un)?mute\s+{mute_t}|(?P<un2>un)?mute\b(?!\s+(?:it|them|that|this|those|these)\b)|silence\s+(?:the\s+)?(?P<tg2>{MUSIC}|{VOICE}|{CLIPS})"
                    rf"|\b(?:turn|switch)\s+off\s+(?:the\s+)?(?P<tg3>{MUSIC}|{VOICE})"
                    rf"|(?:把)?\s*(?P<tg4>{REF}|{MUSIC}|{VOICE}|{CLIPS}|{ALL})?(?<!它)(?<!它们)\s*(?P<un3>取消)?\s*静音\s*(?P<tg5>{MUSIC}|{VOICE}|{CLIPS})?"):
        un = bool(m.group("un") or m.group("un2") or m.group("un3"))
        tg = m.group("tg") or m.group("tg2") or m.group("tg3") or m.group("tg4") or m.group("tg5")
        if not tg:  # (no sound named: muting asks which when there are several, set BT bt154; unmuting is every sound's)
            s.add("mute", m, target="all" if un else ("video" if _after_clip_clause(s, m) else "any"), on=not un)
            continue
        ref = tg if rx(REF).fullmatch(tg.strip()) or rx(rf"(?:the\s+)?{REF}").fullmatch(tg.strip()) else None
        s.add("mute", m, target="ref" if ref else target_of(tg), ref=ref, on=not un)
    for m in s.take(rf"\b(?P<no>don'?t\s+|do\s+not\s+|no\s+|stop\s+|without\s+)?duck(?:ing)?\s+(?:the\s+)?(?:{MUSIC})?(?:\s+under\s+the\s+{VOICE})?"
                    r"|(?P<no2>取消|关闭|不要)?\s*(?:音乐)?\s*(?:自动)?闪避|(?:人声|配音|旁白)时\s*(?:自动)?(?:降低|压低)\s*音乐"):
        s.add("duck", m, on=not (m.group("no") or m.group("no2")))


S_VOLUME: dict[str, tuple[Template, Template]] = {
    "audio.no_music": (
        "There is no background music on the timeline; upload a music file and ask for a new cut, " "or say 'use song.mp3 as music'.",
        "时间线上没有背景音乐：请上传音乐文件后重新生成，或说「用song.mp3做背景音乐」。",
    ),
    "audio.no_voice": (
        "There is no voiceover on the timeline.",
        "时间线上没有配音。",
    ),
    "audio.no_clip": (
        "There is no video clip on the timeline: the pictures have no sound of their own.",
        "时间线上没有视频片段：图片本身没有声音。",
    ),
    "audio.none": (
        "There is no sound on the timeline yet.",
        "时间线上还没有声音。",
    ),
    "volume.to": (
        "{label} at {v}",
        "{label}音量设为 {v}",
    ),
    "volume.way_up": (
        "{label} {v} louder",
        "{label}再调大 {v}",
    ),
    "volume.way_down": (
        "{label} {v} quieter",
        "{label}再调小 {v}",
    ),
    "volume.range": (
        "Volume {v} is out of range: 0% to 200%.",
        "音量 {v} 超出范围：0% 到 200%。",
    ),
    "volume.set": (
        "{label!c} volume set to {v}{unmuted}.",
        "{label}音量已设为 {v}{unmuted}。",
    ),
    "volume.up": (
        "{label!c} volume raised from {old} to {new}{unmuted}.",
        "{label}音量已从 {old} 调高到 {new}{unmuted}。",
    ),
    "volume.down": (
        "{label!c} volume lowered from {old} to {new}{unmuted}.",
        "{label}音量已从 {old} 调低到 {new}{unmuted}。",
    ),
    "volume.each": ("{label} {old} to {new}", "{label}从 {old} 到 {new}"),
    "volume.up_all": ("All sound louder: {each}.", "所有声音已调高：{each}。"),
    "volume.down_all": ("All sound quieter: {each}.", "所有声音已调低：{each}。"),
    "volume.up_clips": ("The clips' own sound louder: {each}.", "视频原声已调高：{each}。"),
    "volume.down_clips": ("The clips' own sound quieter: {each}.", "视频原声已调低：{each}。"),
    "volume.unmuted": (
        " (and unmuted)",
        "（并已取消静音）",
    ),
}


S_MUTE: dict[str, tuple[Template, Template]] = {
    "mute.still": (
        "{label!c} is a still picture: it has no sound.",
        "{label}是静态图片，没有声音。",
    ),
    "mute.already_on": (
        "{label!c} is already muted.",
        "{label}已经是静音的。",
    ),
    "mute.already_off": (
        "{label!c} is already playing.",
        "{label}本来就没有静音。",
    ),
    "mute.on": (
        "{label!c} muted.",
        "{label}已静音。",
    ),
    "mute.off": (
        "{label!c} unmuted.",
        "{label}已取消静音。",
    ),
}


S_DUCK: dict[str, tuple[Template, Template]] = {
    "duck.none": (
        "There is no background music to duck.",
        "没有可以自动压低的背景音乐。",
    ),
    "duck.already_on": (
        "The music already ducks under the voice: it gets quieter whenever someone speaks. Nothing changed.",
        "背景音乐已经会在有人声时自动压低，没有改动。",
    ),
    "duck.already_off": (
        "The music already does not duck under the voice. Nothing changed.",
        "背景音乐本来就不会在有人声时自动压低，没有改动。",
    ),
    "duck.on": (
        "Music now ducks under the voice.",
        "背景音乐现在会在有人声时自动压低。",
    ),
    "duck.off": (
        "Music no longer ducks under the voice.",
        "背景音乐不再在有人声时自动压低。",
    ),
}


def _clip_volume(f: Any, t: str) -> VolumeArgs:
    """One clip's own sound, named: louder / quieter, or set to a share."""
    ref = str(f.values.get("ref") or f.values.get("file"))
    if "pct" in f.values:
        return VolumeArgs(target="ref", ref=ref, value=f.values["pct"])
    up = bool(f.op_keys() & {"louder", "louder_need", "increase"})
    return VolumeArgs(target="ref", ref=ref, rel="up" if up else "down")


# a clip said by a word for one, not its name: "the video clip is too loud, lower it to 30%", "the video part is noisy"
# (left unread: only a named clip's loudness was read; set BH bh125, BI bi116). Never the whole video ("the video is too
# loud" names no clip), nor a picture
_CLIP_WORDS = compile_led(r"(?:the\s+|that\s+|this\s+)?(?:(?:video\s+)?clips?|footage|video\s+(?:part|bit|section|segment)s?|videos)"
                         r"|(?:那个|这个|那段|这段)?\s*(?:视频片段|片段)")


# a word of a name before the clip's noun ("the unboxing clip" with no unboxing clip): that clip, which is then not found,
# never the only clip or every clip (the clip's sound was lowered; wave 31 B row 4). "mute the unboxing clip" says so too
_NAME_BEFORE_NOUN = compile_led(r"\b(?:the|that|this|my|our)\s+(?P<w>[a-z][a-z0-9\-]*)\s+$")
_NOT_A_NAME = frozenset({"video", "whole", "entire", "only", "same", "main", "single", "one", "full", "original", "short",
                         "long", "little", "new", "last", "first", "other", "current", "actual", "real", "live", "own",
                         "product", "demo", "intro", "b-roll", "broll", "second", "final", "end", "ending", "opening"})


def _name_before(f: Any) -> str | None:
    """The words "the X clip" names a clip by, when X is a word that names one ("unboxing"); None for "the video clip"."""
    target = next((t for t in f.targets if "visual" in t.keys), None)
    if target is None:
        return None
    m = _NAME_BEFORE_NOUN.search(f.text, 0, target.start - f.start)
    if m is None or m.group("w") in _NOT_A_NAME:
        return None
    return f.text[m.start():target.end - f.start]


def _clip_noun_volume(f: Any, t: str) -> VolumeArgs | None:
    """The clip a word for a clip names, louder or quieter: the only clip (asked which when there are two) or every clip."""
    noun = f.visual_noun().strip()
    if not _CLIP_WORDS.fullmatch(noun):
        return None
    named = _name_before(f)
    if named is not None:
        return VolumeArgs(target="ref", ref=named, rel="up" if f.op_keys() & {"louder", "louder_need"} else "down",
                          value=f.values.get("pct"))
    up = bool(f.op_keys() & {"louder", "louder_need"})
    value = f.values.get("pct")
    rel = None if value is not None else ("up" if up else "down")
    one = _one_clip(f) or (noun if re.fullmatch(r"(?:the\s+|that\s+|this\s+)?video\s+(?:part|bit|section|segment)", noun) else None)
    if one:
        return VolumeArgs(target="ref", ref=one, value=value, rel=rel)
    return VolumeArgs(target="clips", value=value, rel=rel)


_VOLUME_WORD = compile_led(r"\bvolume\b|\blevel\b|音量")


# the verbs of a level ("lower", "raise"; "bring down/up" reads so): said of a clip to a share, its sound's level, where
# "reduce"/"shrink" to 50% may be its length or size ("lower unboxing.mp4 to 50%" left unread, set DC dc102)
_LEVEL_VERBS = frozenset({"lower", "raise"})


def _leveled_clip(f: Any, t: str) -> VolumeArgs | None:
    """A named clip lowered or raised to a share: its sound's level."""
    if not any(f.text[o.start - f.start:o.end - f.start] in _LEVEL_VERBS for o in f.ops):
        return None
    return _clip_volume(f, t)


def _clip_by(f: Any, t: str) -> VolumeArgs | None:
    """A named clip's sound (a word for sound said) raised or lowered by a share."""
    if not _VOLUME_WORD.search(f.text):
        return None
    up = bool(f.op_keys() & {"louder", "increase"})
    return VolumeArgs(target="ref", ref=str(f.values["ref"]), rel="up" if up else "down", by=f.values["pct"])


def _said_sound(f: Any, t: str) -> VolumeArgs | None:
    """A clip named with a word for sound ("the sound of unboxing.mp4"): its volume; named alone, "make the
    clip 50%" or "increase clip 2", no sound was said."""
    if not {"all_sound", "clip_sound"} & set(f.target_keys()) and not _VOLUME_WORD.search(f.text):
        return None
    if f.op_keys() - {"increase", "decrease"} and "pct" not in f.values:
        return None
    if "by" in f.values:
        return None
    if not f.op_keys() and "pct" not in f.values:
        # no verb and no level: only "volume up/down" says the way ("unboxing volume up" was lowered, the way taken
        # as down for want of one; set DJ dj188)
        way = _WAY_AFTER_SOUND.search(f.text)
        if way is None:
            return None
        return VolumeArgs(target="ref", ref=str(f.values.get("ref") or f.values.get("file")), rel=way.group(1))
    return _clip_volume(f, t)


_WAY_AFTER_SOUND = compile_led(r"\b(?:volume|sound|audio)\s+(up|down)\b")


def _clips_said_volume(f: Any, t: str) -> VolumeArgs | None:
    """The clips said by a word for a clip, then 音量: "视频片段 的音量调到60%" (the only clip's file name is "视频片段" by
    then, its space parting it from 的音量: left unread, set BA ba106). Lowered or raised to a level is set to it: "Lower
    the clip volume to 30% and …" (left unread beside the voiceover's, set BS bs164; "by 30%" is refused by the rule)."""
    if (not (_CLIPS.fullmatch(f.visual_noun().strip()) and _VOLUME_WORD.search(f.text))
            or f.op_keys() - {"set", "keep", "implied", "increase", "decrease"}):
        return None
    return VolumeArgs(target=AUDIO_TARGET["clip_sound"], value=f.values["pct"])


def _way(f: Any) -> str | None:
    """The way a word of the clause says the level goes: "up" (louder, 大一点), "down" (quieter), or None (a level set, or
    a complaint: "the music is a bit loud, maybe 20%" wants it lower, and any level is the remedy said)."""
    ops = f.op_keys()
    up, down = bool(ops & {"increase", "louder"}), bool(ops & {"decrease", "quieter"})
    return "up" if up and not down else "down" if down and not up else None


def _level(f: Any, t: str, **said: Any) -> VolumeArgs:
    """A sound's level: one clip's when a word for one clip says it ("the clip is noisy, turn its sound down" read as
    "the clip's sound": with two clips both were lowered, a wrong edit found in wave 20; it is asked which), else the
    sound's own."""
    one = None
    if t in ("clip_sound", "all_sound"):
        # (a clip named by its name or file: "开箱视频的声音降低50%" lowered every clip's sound; held-out shape IH)
        named = f.values.get("ref") or f.values.get("file")
        one = str(named) if named else _one_clip(f)
    if one:
        return VolumeArgs(target="ref", ref=one, **said)
    return VolumeArgs(target=AUDIO_TARGET[t], **said)


VOLUME = register(Edit(
    kind="volume",
    args=VolumeArgs,
    apply=apply_volume,
    calls=('set_volume',),
    sentences=S_VOLUME,
    examples=('background music at 20%', 'make the voiceover louder', '把背景音乐音量调到20%'),
    topics=('audio',),
    doc=DocRow('volume',
               'track `vol` (clip sound: segment `vol`); louder ×1.5, quieter ×0.6; unmutes',
               '音量'),
    frames=(
        rule("music voice clip_sound all_sound", "increase louder louder_need", lambda f, t: _level(f, t, rel="up"), refuses="pct ref file"),
        rule("music voice clip_sound all_sound", "decrease quieter quieter_need", lambda f, t: _level(f, t, rel="down"), refuses="pct ref file"),
        rule("none", "louder louder_need quieter quieter_need", lambda f, t: VolumeArgs(target="any", rel="up" if f.op_keys() & {"louder", "louder_need"} else "down"), refuses="pct dur ref file"),
        # a clip's own sound by its name: "make the unboxing clip quieter", "lower the sound of unboxing.mp4",
        # "把unboxing的声音调小一点", "unboxing clip sound at 30%"
        rule("clip_sound all_sound", "louder louder_need quieter quieter_need increase decrease", _clip_volume, needs="ref", refuses="pct dur file"),
        rule("clip_sound all_sound", "louder louder_need quieter quieter_need increase decrease", _clip_volume, needs="file", refuses="pct dur ref"),
        # loudness words say the sound: "make the unboxing clip quieter" (a clip named, no sound word)
        rule("visual", "louder louder_need quieter quieter_need", _clip_volume, needs="ref", refuses="pct dur file"),
        rule("visual", "louder louder_need quieter quieter_need", _clip_volume, needs="file", refuses="pct dur ref"),
        # …and to a level: "turn the unboxing video down to 40%", "unboxing clip louder please, 150%" (a loudness word is the
        # sound's; left unread, set DC dc075 dc081)
        rule("visual", "louder louder_need quieter quieter_need", _clip_volume, needs="ref pct", refuses="by dur file"),
        rule("visual", "louder louder_need quieter quieter_need", _clip_volume, needs="file pct", refuses="by dur ref"),
        # …or said by a word for a clip: "the video clip is too loud", "make the clip quieter" (pictures have no sound)
        rule("visual", "louder louder_need quieter quieter_need", _clip_noun_volume, refuses="dur ref file by"),
        # the same clip read as the picture/clip named beside the sound word ("把unboxing的声音调小一点")
        rule("visual", "increase decrease set keep implied", _said_sound, needs="ref", refuses="dur file"),
        rule("visual", "increase decrease set keep implied", _said_sound, needs="file", refuses="dur ref"),
        rule("visual", "increase decrease", _leveled_clip, needs="ref pct", refuses="by dur file"),
        # …or by a share: "unboxing视频的音量降低40%" (not understood; "开箱视频的声音降低50%" read the sound's own rule)
        rule("visual", "increase decrease louder quieter", _clip_by, needs="ref pct by", refuses="dur file"),
        rule("visual", "increase decrease", _leveled_clip, needs="file pct", refuses="by dur ref"),
        rule("clip_sound all_sound", "set keep implied decrease increase louder quieter", _clip_volume, needs="ref pct", refuses="by dur file"),
        rule("clip_sound all_sound", "set keep implied decrease increase louder quieter", _clip_volume, needs="file pct", refuses="by dur ref"),
        rule("visual", "set keep implied increase decrease", _clips_said_volume, needs="pct", refuses="by dur ref file"),
        rule("none", "set keep implied", lambda f, t: VolumeArgs(target="any", value=f.values["pct"]), needs="pct", refuses="dur"),
        rule("music voice clip_sound all_sound", "increase louder", lambda f, t: _level(f, t, rel="up", by=f.values["pct"]), needs="pct by"),
        rule("music voice clip_sound all_sound", "decrease quieter", lambda f, t: _level(f, t, rel="down", by=f.values["pct"]), needs="pct by"),
        # ("the music is a bit loud, maybe 20%": the level said is the remedy of the complaint)
        rule("music voice clip_sound all_sound", "set keep implied decrease increase louder quieter louder_need quieter_need",
             lambda f, t: _level(f, t, value=f.values["pct"], said_way=_way(f)), needs="pct", refuses="by"),
    ),
    phrases=(Phrase(50, r_audio, ('volume', 'mute', 'duck')),),
))


_CLIPS = compile_led(r"(?:the\s+)?(?:video\s+)?clips?|(?:the\s+)?footage|视频片段|视频|片段|(?:the\s+)?videos?"
                     r"|(?:the\s+)?video\s+(?:part|bit|section|segment)s?")


# one clip said by a word for a clip, not its name: "the clip", "the video clip", "that video", "那个视频" ("the clips",
# "both videos", 视频原声, a bare 视频 and "the video", the whole video's, are every clip)
# ("the clip sound" is the reading's word for every clip's sound: "silence both clips" reads so)
# ("mute the video part", "mute the clip audio" with two clips muted both: the lead's wave 22 rows; "the clip sound" stays
# every clip's, the word the rewrites make of "both clips")
_ONE_CLIP = compile_led(r"\b(?:the\s+(?:video\s+)?clip(?!\s+sound)|the\s+video\s+(?:part|bit|section|segment)"
                       r"|(?:that|this)\s+(?:video\s+)?(?:clip|video))\b(?!s\b|\s+(?:and|&))"
                       r"|(?:那个|这个|那段|这段)\s*(?:视频|片段)(?:片段)?")


def _one_clip(f: Any) -> str | None:
    """The words of one clip said by a word for a clip: through the clip reference, which takes the only clip and asks
    which when there are two (with two clips "mute the clip" / "把那个视频静音" muted both, wave 13)."""
    if re.search(r"\b(?:both|all|every|each)\b|两个|两段|所有|全部", f.text):
        return None  # ("silence both clips please": every clip)
    found = _ONE_CLIP.search(f.text)
    return found.group(0) if found else None


def _sound_mute(f: Any, t: str) -> MuteArgs:
    """A sound muted or its mute taken off; "mute that video" is one clip's."""
    on = "unmute" not in f.op_keys()
    one = _one_clip(f) if t in ("video", "clip_sound", "all_sound") else None
    if one:
        return MuteArgs(target="ref", ref=one, on=on)
    return MuteArgs(target=AUDIO_TARGET[t], on=on)


def _clip_mute(f: Any, t: str) -> MuteArgs | None:
    """"mute the clip", "视频片段静音": the clips' sound; "silence the unboxing clip": that clip, by its name."""
    if not _CLIPS.fullmatch(f.visual_noun()):
        return None
    on = "mute" in f.op_keys()
    named = f.object_text()
    one = _one_clip(f)
    if one:
        return MuteArgs(target="ref", ref=one, on=on)
    if _CLIPS.fullmatch(named.strip()) or named.strip() == f.visual_noun():
        return MuteArgs(target="clips", on=on)
    return MuteArgs(target="ref", ref=named, on=on)


MUTE = register(Edit(
    kind="mute",
    args=MuteArgs,
    apply=apply_mute,
    calls=('mute', 'unmute'),
    sentences=S_MUTE,
    examples=('mute the music', 'unmute the music', '把背景音乐静音'),
    topics=('audio',),
    doc=DocRow('mute',
               'track or clip `mute`',
               '静音'),
    frames=(
        rule("clip_sound", "remove", lambda f, t: _sound_mute(f, t), refuses="ref file"),
        # "视频片段静音", "mute clip 2": a clip's own sound
        rule("visual", "mute unmute", lambda f, t: MuteArgs(target="ref", ref=str(f.values["ref"]), on="mute" in f.op_keys()), needs="ref"),
        # "mute unboxing.mp4", "no audio from unboxing.mp4" (read as "mute unboxing.mp4"): the clip by its file
        rule("visual", "mute unmute", lambda f, t: MuteArgs(target="ref", ref=str(f.values["file"]), on="mute" in f.op_keys()), needs="file", refuses="ref"),
        rule("visual", "mute unmute", _clip_mute, refuses="ref file"),
        # ("cut the first 2 seconds off the video": a part of it cut, never its sound muted; set BH bh127)
        rule("music voice clip_sound all_sound video", "mute off", _sound_mute, refuses="ref file dur"),
        # "mute the sound of the unboxing clip", "把unboxing的声音关掉", "unmute unboxing.mp4's audio": that clip
        rule("clip_sound all_sound", "mute off unmute", lambda f, t: MuteArgs(target="ref", ref=str(f.values["ref"]), on="unmute" not in f.op_keys()), needs="ref", refuses="file pct"),
        rule("clip_sound all_sound", "mute off unmute", lambda f, t: MuteArgs(target="ref", ref=str(f.values["file"]), on="unmute" not in f.op_keys()), needs="file", refuses="ref pct"),
        rule("music voice clip_sound all_sound video", "unmute", _sound_mute, refuses="ref file"),
    ),
))


DUCK = register(Edit(
    kind="duck",
    args=DuckArgs,
    apply=apply_duck,
    calls=('set_duck',),
    sentences=S_DUCK,
    examples=("don't duck the music", 'duck the music under the voice', '取消闪避'),
    topics=('audio',),
    doc=DocRow('ducking',
               'music `duck`',
               '自动压低'),
    frames=(
        rule("duck", "remove mute off", lambda f, t: DuckArgs(on=False)),
        rule("duck", "add unmute", lambda f, t: DuckArgs(on=True)),
    ),
))


# --- when the music or the voiceover starts -----------------------------------------------------------------------

@dataclass(frozen=True)
class SoundStartArgs:
    target: str  # "music" or "voice"
    ms: int  # where it starts on the video's time line, or (``later``) how much later than now
    later: bool = False
    # where it stops on the video's time line: "set the music to play from 5s to 20s" (it trimmed the clip to 5-12.5 s;
    # wave 31 row)
    end: int | None = None


def apply_sound_start(work: Work, args: SoundStartArgs) -> None:
    tracks = audio_tracks(work, args.target)
    if not tracks:
        raise CannotApply(msg("start.none", label=LABEL[args.target]))
    total = work.total()
    segs = [s for t in tracks for s in t["sg"]]
    first = min(int(s.get("s", 0)) for s in segs)
    shift = args.ms if args.later else args.ms - first
    if first + shift >= total or first + shift < 0:
        raise CannotApply(msg("start.past", label=LABEL[args.target], s=(first + shift) / 1000, total=total / 1000))
    if args.end is not None:
        _play_span(work, args, segs, first + shift)
        return
    if shift == 0:
        raise CannotApply(msg("start.already", label=LABEL[args.target], s=first / 1000))
    for seg in segs:
        seg["s"] = int(seg.get("s", 0)) + shift
        # (a sound that would run past the video's end stops with it, as the renderer cuts it there anyway)
        seg["d"] = max(0, min(int(seg["d"]), total - seg["s"]))
    work.done(msg("start.set", label=LABEL[args.target], s=(first + shift) / 1000), "set_audio_start",
              target=args.target, start_ms=first + shift)


def _play_span(work: Work, args: SoundStartArgs, segs: list[dict], start: int) -> None:
    """The music or voiceover heard from ``start`` to ``args.end`` of the video: moved to start there, and stopped there
    (a stop past the video's end is said, nothing changed)."""
    total, end = work.total(), int(args.end or 0)
    if end <= start or end > total:
        raise CannotApply(msg("start.span_bad", label=LABEL[args.target], a=start / 1000, b=end / 1000, total=total / 1000))
    first = min(int(sg.get("s", 0)) for sg in segs)
    for seg in segs:
        seg["s"] = int(seg.get("s", 0)) + start - first
        seg["d"] = max(0, min(int(seg["d"]), end - seg["s"]))
    for seg in [sg for sg in segs if sg["d"] <= 0]:  # (a later piece of a looped track that now starts after the stop)
        for t in audio_tracks(work, args.target):
            if seg in t["sg"]:
                t["sg"].remove(seg)
    work.done(msg("start.span", label=LABEL[args.target], a=start / 1000, b=end / 1000), "set_audio_start",
              target=args.target, start_ms=start, end_ms=end)


_SOUND_EN = r"(?P<t>(?:the\s+)?(?:background\s+)?(?:music|song|soundtrack|bgm)|(?:the\s+)?(?:voice\s*-?\s*over|voiceover|narration|narrator|voice|vo))"
_SOUND_ZH = r"(?P<z>(?:背景)?音乐|配乐|旁白|配音|解说|人声|口播|bgm|vo(?![a-z]))"


def _sound(m: re.Match[str]) -> str:
    said = next((g for g in (m.groupdict().get(k) for k in ("t", "t2", "t3", "t5", "t6", "z", "z2")) if g), "")
    return "music" if re.search(r"music|song|soundtrack|bgm|音乐|配乐", said) else "voice"


def r_sound_start(s: Scan) -> None:
    t2, t3, z2 = _SOUND_EN.replace("?P<t>", "?P<t2>"), _SOUND_EN.replace("?P<t>", "?P<t3>"), _SOUND_ZH.replace("?P<z>", "?P<z2>")
    # later by an amount: "make the voiceover start 2 seconds later", "delay the music by 3 s", "start the narration 2s later"
    for m in s.take(rf"\b(?:make|have|let)\s+{_SOUND_EN}\s+(?:start|begin|come\s+in|kick\s+in)\s+(?P<d>{DUR})\s+later\b"
                    rf"|\b(?:delay|push\s+back|shift)\s+{t2}\s+(?:back\s+)?(?:by\s+)?(?P<d2>{DUR})(?:\s+later)?\b"
                    # "push the VO back two seconds", "could the voiceover start 2 seconds later", "the music comes in 2 s later"
                    rf"|\b(?:push|move|shift|nudge|slide)\s+{t3.replace('?P<t3>', '?P<t5>')}\s+back\s+(?:by\s+)?(?P<d5>{DUR})\b"
                    rf"|\b{t3.replace('?P<t3>', '?P<t6>')}\s+(?:to\s+|should\s+|could\s+|can\s+|must\s+)?(?:start|begin|come\s+in|kick\s+in|enter)s?\s+(?P<d6>{DUR})\s+later\b"
                    rf"|\b(?:start|begin)\s+{t3}\s+(?P<d3>{DUR})\s+later\b"
                    rf"|{_SOUND_ZH}\s*(?:再)?\s*(?:晚|推迟|延后|延迟|推后|挪后|(?:往|向)后\s*(?:推|挪|移|延)(?:迟)?)\s*(?:个)?\s*(?P<d4>{DUR})\s*(?:再)?\s*(?:开始|进来|进|出来|出现|播放|入场|切入)?"):
        d = dur_ms(next(g for g in m.group("d", "d2", "d3", "d4", "d5", "d6") if g))
        if d:
            s.add("sound_start", m, target=_sound(m), ms=d, later=True)
    # at a time, or silent at first: "start the music at 5 seconds", "turn the music off for the first 5 seconds",
    # "no voiceover for the first 3 s", "音乐从第5秒开始", "前5秒不要音乐"
    for m in s.take(rf"\b(?:start|begin)\s+{_SOUND_EN}\s+(?:at|after|from)\s+(?P<d>{DUR})(?:\s+in)?"
                    rf"|\b{t2}\s+(?:should\s+|must\s+|needs\s+to\s+|could\s+|can\s+|would\s+|will\s+|to\s+)?(?:start|begin|come\s+in|kick\s+in)s?\s+(?:at|after|from)\s+(?P<d2>{DUR})(?:\s+in)?"
                    rf"|\b(?:turn|switch|cut)\s+(?:off\s+)?{t3}(?:\s+off)?\s+(?:for|during|in)\s+the\s+first\s+(?P<d3>{DUR})"
                    rf"|\b(?:no|mute(?:\s+the)?|silence(?:\s+the)?)\s+(?:the\s+)?(?:background\s+)?(?P<t4>music|song|bgm|voice\s*-?\s*over|voiceover|narration)\s+(?:for|during|in)\s+the\s+first\s+(?P<d4>{DUR})"
                    rf"|{_SOUND_ZH}\s*(?:从|在)?\s*第?\s*(?P<d5>{DUR})\s*(?:后|之后|以后)?\s*(?:才)?\s*(?:再)?\s*(?:开始|进来|进场|进|切入|入场|出来|响起|播放)"
                    # "bring the music in at 4 seconds", "the VO comes in at 2 s"
                    rf"|\b(?:bring|fade)\s+{_SOUND_EN.replace('?P<t>', '?P<t5>')}\s+in\s+(?:at|after|from)\s+(?P<d7>{DUR})"
                    rf"|前\s*(?P<d6>{DUR})\s*(?:不要|没有|别放|不放|静音|关掉)\s*{z2}"):
        d = dur_ms(next(g for g in m.group("d", "d2", "d3", "d4", "d5", "d6", "d7") if g))
        said = m.group("t4") or ""
        target = ("music" if re.search(r"music|song|bgm", said) else "voice") if said else _sound(m)
        if d:
            s.add("sound_start", m, target=target, ms=d)


def r_sound_span(s: Scan) -> None:
    """The music or voiceover told when to play, from one moment to another: "set the music to play from 5s to 20s", "the
    voiceover should run from 2 to 18 seconds", "音乐从第5秒到第20秒播放". Read before the clips' trims (order -1), whose
    bare "play from 5s to 20s" had trimmed the clip (wave 31 row)."""
    t2 = _SOUND_EN.replace("?P<t>", "?P<t2>")
    span = rf"(?:from\s+)?(?:the\s+)?{RANGE}(?:\s+(?:of|in|into)\s+the\s+(?:video|edit|timeline))?"
    for m in s.take(rf"\b(?:set|make|have|get|let)\s+{_SOUND_EN}\s+(?:to\s+)?(?:only\s+|just\s+)?(?:play|run|be\s+heard|come\s+in)\s+(?:only\s+|just\s+)?{span}"
                    rf"|\b{t2}\s+(?:should\s+|must\s+|needs\s+to\s+|could\s+|can\s+|to\s+)?(?:only\s+|just\s+)?(?:play|run)s?\s+(?:only\s+|just\s+)?"
                    rf"{span.replace('P<r1', 'P<r1b').replace('P<r2', 'P<r2b').replace('P<u1', 'P<u1b').replace('P<u2', 'P<u2b')}"
                    rf"|{_SOUND_ZH}\s*(?:只)?\s*(?:在|从)\s*(?:视频的?)?\s*第?\s*(?P<za>{NUM})\s*秒?\s*(?:到|至|-)\s*第?\s*(?P<zb>{NUM})\s*秒\s*(?:之间)?\s*(?:播放|播|响|出现|有)"):
        if m.group("za"):
            a, b = round(float(m.group("za")) * 1000), round(float(m.group("zb")) * 1000)
        else:
            a, b = range_ms(m)
        if b > a:
            s.add("sound_start", m, target=_sound(m), ms=a, end=b)


S_START: dict[str, tuple[Template, Template]] = {
    "start.set": ("{label!c} now starts at {s:g} s.", "{label}现在从第 {s:g} 秒开始。"),
    "start.already": ("{label!c} already starts at {s:g} s.", "{label}已经从第 {s:g} 秒开始了。"),
    "start.past": ("{label!c} cannot start at {s:g} s: the video is {total:g} s long.",
                   "{label}不能从第 {s:g} 秒开始：视频只有 {total:g} 秒。"),
    "start.none": ("There is no {label} to move.", "没有可以移动的{label}。"),
    "start.span": ("{label!c} now plays from {a:g} s to {b:g} s of the video.", "{label}现在在视频的第 {a:g} 秒到第 {b:g} 秒播放。"),
    "start.span_bad": ("{label!c} cannot play from {a:g} s to {b:g} s: the video is {total:g} s long.",
                       "{label}不能在第 {a:g} 秒到第 {b:g} 秒播放：视频只有 {total:g} 秒。"),
}

SOUND_START = register(Edit(
    kind="sound_start",
    args=SoundStartArgs,
    apply=apply_sound_start,
    calls=("set_audio_start",),
    sentences=S_START,
    examples=("make the voiceover start 2 seconds later", "start the music at 5 seconds", "音乐从第5秒开始"),
    topics=("audio",),
    doc=DocRow("music / voiceover start",
               "the music's or voiceover's segment `s` (later, or at a time; cut at the video's end)",
               "音乐/旁白开始时间"),
    phrases=(Phrase(-1, r_sound_span, ("sound_start",)), Phrase(45, r_sound_start, ("sound_start",))),
))
