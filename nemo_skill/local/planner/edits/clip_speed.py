"""Clip speed and a held last frame: a video clip of the main track played faster or slower (its sound kept at
pitch), or its last frame held on screen. Calls ``nemo_skill.draft.promo.set_speed``; its refusal becomes the reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ....draft import promo
from ....draft.timeline import is_clip, main_segments
from ..anchors import compile_led
from ..frames import FILE, Frame
from ..messages import msg
from ..parse import Scan
from ..registry import DocRow, Edit, Phrase, Template, register, rule
from ..text import DUR, dur_ms
from ..work import CannotApply, Work
from .promo_video import _promo
from .shared import find_visual

# --- clip speed and held last frame ------------------------------------------------------------------------

SPEED_WORDS = {"faster": 2.0, "quicker": 2.0, "slower": 0.5, "original": 1.0, "放慢一半": 0.5, "慢一半": 0.5, "减速一半": 0.5,
               "加快一倍": 2.0, "快一倍": 2.0, "加速一倍": 2.0, "double": 2.0, "twice": 2.0, "2x": 2.0, "triple": 3.0, "quadruple": 4.0, "half": 0.5, "quarter": 0.25,
               "normal": 1.0, "regular": 1.0, "slow motion": 0.5, "slow-motion": 0.5, "slowmo": 0.5, "slo-mo": 0.5,
               "两倍": 2.0, "2倍": 2.0, "双倍": 2.0, "三倍": 3.0, "四倍": 4.0, "一半": 0.5, "慢动作": 0.5, "慢放": 0.5,
               "加速": 2.0, "正常": 1.0}


@dataclass(frozen=True)
class SpeedArgs:
    which: str = ""  # the words naming the clip ("the clip", "clip.mp4"); empty: the only clip
    speed: float | None = None
    hold_ms: int | None = None  # hold the clip's last frame this long instead
    alone: bool = False  # the speed said in a clause of its own, no clip named ("…, half speed")

    def after(self, before: object) -> SpeedArgs | None:
        """A speed said alone right after a speed of a clip named ("slow motion on clip.mp4 please, half speed") is that
        clip's, the same edit said more exactly; it had asked which clip with two (set BD bd163)."""
        if not self.alone or not isinstance(before, SpeedArgs) or before.hold_ms is not None \
                or self.hold_ms is not None:
            return None
        return SpeedArgs(which=before.which, speed=self.speed)


# every clip named at once: "speed up both clips", "play all the videos at 2x", "两个视频都加速" (asked which of two)
# (两 is 2 once normalised: "2个视频都加速")
# (the words once, for the speed rules' clip (``CLIP``) and the frames' clause (``_EVERY_SAID``))
_EVERY_EN = r"(?:both|all(?:\s+of)?(?:\s+the)?|the\s+two|every|each)"
_EVERY_ZH = r"(?:(?<!第)(?<![\d.])(?:两|2)\s*(?:个|段)|所有的?|全部的?|每个|每段)"
_EVERY_CLIPS_EN = _EVERY_EN + r"\s+(?:video\s+clips?|clips?|videos?)"
_EVERY_CLIPS_ZH = _EVERY_ZH + r"\s*(?:视频片段|视频|片段)"
# (the edit's test of the words it was given is looser: any 两, 每 at their start, "每一个视频")
_EVERY = re.compile(r"^(?:both|all|every|each|the\s+two)\b|^(?:两|2\s*(?:个|段)|所有|全部|每)")
_EVERY_SAID = compile_led(rf"\b{_EVERY_CLIPS_EN}\b|{_EVERY_CLIPS_ZH}")


def apply_speed(work: Work, args: SpeedArgs) -> None:
    segs = work.main()["sg"]
    clips = [k for k, s in enumerate(segs) if is_clip(s)]
    if not clips:
        raise CannotApply(msg("speed.no_clip"))
    if args.hold_ms is None and _EVERY.match(args.which):
        for k in clips:
            _set_speed(work, segs[k], float(args.speed or 1.0))
        return
    k = find_visual(work, args.which or "the clip", "video")
    seg = segs[k]
    if not is_clip(seg):
        raise CannotApply(msg("speed.no_clip"))
    if args.hold_ms is not None:
        hold = max(100, min(args.hold_ms, 60000))
        src = work.source_ms(seg["mid"])
        played = (int(seg.get("out", src or seg["d"])) - int(seg.get("in", 0)))
        seg["d"] = round(played / float(seg.get("speed", 1.0))) + hold
        work.target = (work.target or 0) + hold
        work.done(msg("speed.hold", s=hold / 1000, name=seg.get("name", "clip")), "hold_last_frame",
                  segment=seg["id"], seconds=hold / 1000)
        return
    _set_speed(work, seg, float(args.speed or 1.0))


def _set_speed(work: Work, seg: dict, speed: float) -> None:
    """One clip played at ``speed`` (1: its own speed again), as the promo draft allows it."""
    new = _promo(work, promo.set_speed, work.draft, seg["id"], speed)
    seg.update(next(s for s in main_segments(new) if s["id"] == seg["id"]))
    if speed == 1.0:
        seg.pop("speed", None)
    work.done(msg("speed.set", x=f"{speed:g}", name=seg.get("name", "clip")), "set_clip_speed", segment=seg["id"],
              speed=speed)


SLOWMO = r"slow[\s-]?motion|slow[\s-]?mo\b|slo-?mo"
SOFT = r"(?:a\s+(?:bit|little|touch|tad)(?:\s+bit)?|slightly|somewhat)"
AMOUNT = (r"(?P<x>\d+(?:\.\d+)?\s*(?:x|×|times)(?:\s+speed)?|double|twice|triple|quadruple|half|quarter|normal|regular)"
          r"(?:\s+(?:the\s+)?speed|\s+as\s+fast)?")
# the exact speed said after a word for it: "slow mo, half speed", "in slow motion at 0.5x"
THEN_X = r"(?:\s*(?:,|，|-|at|:)?\s*(?:at\s+)?(?P<x7>half|quarter|\d+(?:\.\d+)?\s*(?:x|×))(?:\s+(?:the\s+)?speed)?)?"
ZH_THEN_X = r"(?:\s*[,，、]?\s*(?:用|以|按)?\s*(?P<x12>\d+(?:\.\d+)?\s*倍速?))?"


_LONGEST_FIRST = sorted(SPEED_WORDS.items(), key=lambda x: -len(x[0]))  # ("slow motion" before "slow")


def _speed_value(text: str) -> float | None:
    num = re.search(r"(\d+(?:\.\d+)?)\s*(?:x|×|times|倍)", text)
    if num:
        return float(num.group(1))
    low = text.lower()
    return next((v for w, v in _LONGEST_FIRST if w in low), None)


CLIP = (r"(?P<w>" + _EVERY_CLIPS_EN + "|" + _EVERY_CLIPS_ZH + r"\s*都?|(?:the\s+)?(?:[a-z0-9\-]+(?:\.(?:mp4|mov|webm|m4v|mkv|gif))?\s+)?(?:video\s+clip|clip|footage|video)(?:\s+\d+)?|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv|gif)"
        r"|第\s*\d+\s*(?:个|段)?\s*(?:视频|片段)|视频片段|视频|片段)")


def r_speed(s: Scan) -> None:
    # (一帧 is 1帧 after normalising: "最后一帧定格2秒" was read as 1 fps and a 2-s video)
    last_zh = r"(?:最后\s*[一1]\s*帧|末帧|最后\s*[一1]\s*个\s*画面|结尾画面|最后的画面)"
    for m in s.take(rf"\b(?:hold|freeze|keep|let|leave)\s+(?:on\s+)?(?:{CLIP}(?:'s)?\s+)?(?:the\s+|its\s+)?(?:clip'?s\s+)?(?:last|final|end(?:ing)?)\s+frame"
                    rf"(?:\s+(?:of\s+{CLIP.replace('?P<w>', '?P<w2>')}))?(?:\s+(?:on\s+screen|linger|stay|up|frozen))?"
                    rf"(?:\s+(?:for|by)\s+(?P<d>{DUR}))?"
                    # "hold the end of the clip for 2 seconds"
                    rf"|\b(?:hold|freeze)\s+(?:on\s+)?the\s+end\s+of\s+{CLIP.replace('?P<w>', '?P<w4>')}(?:\s+(?:for|by)\s+(?P<d3>{DUR}))?"
                    rf"|(?:{CLIP.replace('?P<w>', '?P<w3>')})?\s*(?:的)?\s*(?:{last_zh}|结尾)\s*(?:定格|停留|保持|停)\s*(?P<d2>{DUR})?"
                    rf"|定格\s*(?:{CLIP.replace('?P<w>', '?P<w5>')})?\s*(?:的)?\s*{last_zh}\s*(?P<d4>{DUR})?"):
        which = next((g for g in m.group("w", "w2", "w3", "w4", "w5") if g), "") or ""
        d = m.group("d") or m.group("d2") or m.group("d3") or m.group("d4")
        s.add("speed", m, which=which.strip(), hold_ms=dur_ms(d) if d else 2000)
    amount = (r"(?P<x>\d+(?:\.\d+)?\s*(?:x|×|times)(?:\s+speed)?|double|twice|triple|quadruple|half|quarter|normal|regular)"
              r"(?:\s+(?:the\s+)?speed|\s+as\s+fast)?")
    for m in s.take(rf"\b(?:play|run|show|set|make|speed\s+up|slow\s+down|put)\s+{CLIP}\s+(?:at\s+|to\s+|by\s+|play\s+at\s+|run\s+at\s+)?(?:a\s+)?{amount}"
                    # ("speed up the unboxing video, 1.5x": the number after a comma is the speed, set AF af136)
                    rf"|\b(?:speed\s+up|slow\s+down|fast\s+forward)\s+{CLIP.replace('?P<w>', '?P<w2>')}(?!\s+(?:at|to|by)){THEN_X.replace('?P<x7>', '?P<x19>')}"
                    # a clip by its name alone: "speed up the unboxing 1.5x", "set clip.mp4 playback speed to 0.75x" (set AD
                    # ad118, AE ae234)
                    # (never "it": "speed up it 2x" is the clip named before, read below; as a name it asked which of every picture, set BC
                    # bc038)
                    rf"|\b(?:speed\s+up|slow\s+down)\s+(?P<w16>(?:the\s+)?(?!(?:it|that|this|them|to|by|at)\b)[a-z0-9_\-]+(?:\.(?:mp4|mov|webm|m4v|mkv))?)\s*,?\s*(?:to\s+|by\s+|at\s+)?(?P<x20>\d+(?:\.\d+)?\s*(?:x|×))(?![a-z0-9])"
                    rf"|\b(?:set\s+|change\s+)?(?:the\s+)?(?P<w17>[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)|(?:[a-z0-9\-]+\s+)?(?:clip|video))(?:'s)?\s+(?:playback\s+|play\s+)?speed\s+(?:to\s+|at\s+|=\s*|:\s*)?"
                    rf"(?P<x21>\d+(?:\.\d+)?\s*(?:x|×)?)(?![a-z0-9])"
                    rf"|\b{CLIP.replace('?P<w>', '?P<w3>')}\s+(?:play\s+|run\s+)?(?:in\s+)?(?P<x3>{SLOWMO}){THEN_X}"
                    rf"|\b(?:play|show|put)\s+{CLIP.replace('?P<w>', '?P<w4>')}\s+in\s+(?P<x4>{SLOWMO}){THEN_X.replace('?P<x7>', '?P<x8>')}"
                    # "slow motion on the video, half speed" (set AD ad116)
                    rf"|\b(?:(?:add|use|put|do)\s+)?(?:a\s+)?(?P<x22>{SLOWMO})\s+(?:on|for)\s+{CLIP.replace('?P<w>', '?P<w18>')}{THEN_X.replace('?P<x7>', '?P<x23>')}"
                    # "make the clip play at half speed", "the clip at 1.5x please"
                    rf"|\b(?:make|have|let)\s+{CLIP.replace('?P<w>', '?P<w7>')}\s+(?:play|run)\s+(?:at\s+)?(?:a\s+)?{AMOUNT.replace('?P<x>', '?P<x9>')}"
                    # "for the unboxing video to play twice as fast", "the clip should run at half speed"
                    rf"|\b{CLIP.replace('?P<w>', '?P<w12>')}\s+(?:to|should|must|will|can|could|needs?\s+to)\s+(?:play|run|go)\s+(?:at\s+)?(?:a\s+)?"
                    rf"{AMOUNT.replace('?P<x>', '?P<x15>')}"
                    # ("can we have the first video at quarter speed?": every speed word of ``amount``; set CH ch211)
                    rf"|\b{CLIP.replace('?P<w>', '?P<w8>')}\s+(?:at|to)\s+(?P<x10>\d+(?:\.\d+)?\s*(?:x|×)|half|quarter|double|twice|triple|normal|regular|original)\s+(?:speed|pace|as\s+fast)"
                    # "make the clip play faster" (as "speed up the clip": 2x), "unboxing 放慢一半", "片段加快一倍"
                    rf"|\b(?:make|have|let)\s+{CLIP.replace('?P<w>', '?P<w10>')}\s+(?:play\s+|run\s+|go\s+)?(?:{SOFT}\s+|much\s+|a\s+lot\s+)?(?P<x13>faster|quicker|slower)\b"
                    # "clip.mp4 at 1.5x" (a number with x is a speed), "视频片段快一点", "unboxing.mp4慢一些"
                    rf"|\b(?P<w13>[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)|(?:the\s+)?(?:video\s+)?clip)\s+(?:at|to)\s+(?P<x16>\d+(?:\.\d+)?\s*(?:x|×))(?![a-z0-9])"
                    # ("开箱那段能不能快一点": a clip by its name and 那段, a piece of footage; set CH ch040 was not read)
                    rf"|(?P<w14>[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)|(?:[a-z0-9\-]+\s*)?(?:视频片段|片段)|第\s*\d+\s*(?:个|段)\s*(?:视频|片段)|[a-z0-9\-]+\s*(?:视频|(?:那|这)\s*段))\s*(?:的)?\s*(?:速度|播放速度)?\s*(?:再)?\s*(?:播放得?|放得?)?\s*(?P<x17>快|慢)\s*(?:一点|一些|点|些)"
                    rf"|(?P<w11>(?:[a-z0-9\-]+\s*)?(?:视频片段|视频|片段)|[a-z0-9\-]+(?:\.(?:mp4|mov|webm|m4v))?)\s*(?:的)?\s*(?:速度|播放速度)?\s*(?P<x14>放慢一半|慢一半|减速一半|加快一倍|快一倍|加速一倍)"
                    rf"|\b(?:set\s+)?(?:the\s+)?(?:clip|video)\s+speed\s+(?:to\s+)?(?P<x5>\d+(?:\.\d+)?\s*(?:x|×)?)"
                    # "开箱视频两倍速": a clip named before 视频, its speed right after the name
                    rf"|(?P<w15>(?:[a-z0-9\-]+|(?:(?![把将让])[\u4e00-\u9fff]){{1,4}})\s*(?:视频片段|视频|片段))\s*(?:的)?\s*(?:速度|播放速度)?\s*"
                    rf"(?:改成|改为|用|以|调成|设为)?\s*(?P<x18>\d+(?:\.\d+)?\s*倍速|两倍速|双倍速|三倍速|四倍速)(?:播放)?"
                    rf"|{CLIP.replace('?P<w>', '?P<w6>')}\s*(?:改成|改为|用|以|调成|设为)?\s*(?P<x6>\d+(?:\.\d+)?\s*倍速?|两倍速?|双倍速?|2倍速?|三倍速?|四倍速?|慢动作|慢放|加速|正常速度)(?:播放)?"
                    rf"{ZH_THEN_X}"
                    # "开箱视频加速到1.5倍", "片段放慢到0.5倍", "视频片段速度调到2倍", "把 clip.mp4 的播放速度设为1.5倍" (the frames read
                    # the first ones; this one not yet, set AI ai134)
                    rf"|(?:把|将|让)?\s*(?P<w9>(?:[a-z0-9\-]+|(?:(?![把将让])[\u4e00-\u9fff]){{1,4}})?\s*(?:视频片段|视频|片段))\s*(?:的)?\s*(?:速度|播放速度)?\s*(?:加速|减速|放慢|慢放|调|改|变速|设)?\s*(?:到|至|成|为)\s*(?P<x11>\d+(?:\.\d+)?\s*倍速?)(?:播放)?"):
        which = next((g for g in m.group("w", "w2", "w3", "w4", "w6", "w7", "w8", "w9", "w10", "w11", "w12", "w13", "w14", "w15", "w16", "w17", "w18")
                      if g),
                     "") or ""
        if m.group("x13") and re.fullmatch(r"(?:the\s+)?(?:whole\s+)?video", which.strip()):
            continue  # "make the video faster" is its pace (a question of what), not the clip's speed
        named = re.search(FILE, which)
        which = named.group(0) if named else which  # "the clip.mp4 video": the file
        # a number said after the words ("slow mo, half speed", "慢放，0.5倍速") is the exact speed
        x = next((g for g in m.group("x7", "x8", "x12", "x19", "x", "x3", "x4", "x5", "x6", "x9", "x10", "x11", "x13", "x14", "x15", "x16",
                                     "x18", "x20", "x21", "x23", "x22")
                  if g), None)
        text = m.group(0)
        speed = _speed_value(x) if x else (2.0 if "speed up" in text or "fast" in text else 0.5)
        if x and re.fullmatch(r"\d+(?:\.\d+)?\s*(?:x|×)?", x.strip()):
            speed = float(re.sub(r"\s*[x×]$", "", x.strip()))
        # a little faster or slower ("make the clip a bit faster", "slow down the clip a little", "片段快一点"): one step,
        # as a length said without a number (x1.25), not the doubling "faster" alone means
        after = m.string[m.end():m.end() + 20]
        if m.group("x17") or (not re.search(r"\d|half|double|twice|triple|quarter", x or "")
                              and (re.search(SOFT, text) or re.match(rf"\s*{SOFT}", after))):
            speed = 0.8 if (m.group("x17") == "慢" or "slow" in text) else 1.25
        if speed is None:
            continue
        s.add("speed", m, which=which.strip() if not re.fullmatch(r"(?:the\s+)?(?:clip|video|视频|片段)", which.strip())
              else "", speed=speed)
    # "…the clip and slow it to half speed", "trim clip.mp4 to 4 s, then speed it up": "it" is the clip named before, when
    # the last thing named before it is a clip (a picture has no speed; set AN an209)
    for m in s.take(rf"\b(?:speed\s+up|slow\s+down|slow)\s+(?:it|that)(?:\s+(?:down|up))?(?:\s+(?:to|at|by))?(?:\s+(?:a\s+)?{AMOUNT}|\s+(?P<soft>{SOFT}))?"
                    rf"(?![\s-]*(?:[a-z0-9]|[\u4e00-\u9fff]))",
                    when=lambda m: _it_clip(s, m) is not None):
        which = _it_clip(s, m) or ""
        x = m.group("x")
        speed = _speed_value(x) if x else (0.5 if "slow" in m.group(0) else 2.0)
        if m.group("soft"):
            speed = 0.8 if "slow" in m.group(0) else 1.25
        if x and re.fullmatch(r"\d+(?:\.\d+)?\s*(?:x|×)?", x.strip()):
            speed = float(re.sub(r"\s*[x×]$", "", x.strip()))
        if speed is not None:
            s.add("speed", m, which=which, speed=speed)


    # "there's a clip in there, right? make it play slower": "it" played faster or slower, after a clip named (set AS as170)
    # ("cut the clip to 5 seconds and make it play twice as fast": a speed said as an amount too; set CE ce263 left it unread)
    for m in s.take(rf"\b(?:make|have|let)\s+(?:it|that)\s+(?:play|run|go)\s+(?:(?:(?P<soft>{SOFT})\s+|much\s+|a\s+lot\s+)?(?P<x>faster|quicker|slower)\b"
                    rf"|(?:at\s+)?(?:a\s+)?{AMOUNT.replace('?P<x>', '?P<n>')}(?![a-z0-9]))",
                    when=lambda m: _clip_before(s.msg.low, s.at(m.start())) is not None):
        if m.group("n"):
            speed = _speed_value(m.group("n"))
            if speed is None or not 0.1 <= speed <= 10:
                continue
        else:
            slow = m.group("x") == "slower"
            speed = (0.8 if slow else 1.25) if m.group("soft") else (0.5 if slow else 2.0)
        s.add("speed", m, which=_clip_before(s.msg.low, s.at(m.start())) or "", speed=speed)
    # "skip the first 3 seconds of the video and play it at 1.5x": "it" played at a speed said as a value is the clip named
    # before, or "the video" named before, which is read as "play the video at 1.5x" is (only a clip has a speed: one clip
    # is it, with two it is asked; a picture named before is no "it" here, left unread; set BN bn161 dropped the speed)
    for m in s.take(r"\b(?:play|run)\s+(?:it|that)\s+(?:at|in)\s+(?P<x>\d+(?:\.\d+)?\s*(?:x|×)(?:\s+speed)?|(?:half|double)\s+speed)"
                    r"(?![\s-]*(?:[a-z0-9]|[\u4e00-\u9fff]))",
                    when=lambda m: _it_speed_clip(s, m) is not None):
        speed = _speed_value(m.group("x"))
        if speed is not None and 0.1 <= speed <= 10:
            s.add("speed", m, which=_it_speed_clip(s, m) or "", speed=speed)


# the things a clause may name before an "it" (the last one is what "it" is)
# (a clip by its word before its noun is that clip: "unboxing video first, and speed it up 2x"; "the video", "a 30 second
# video", "the whole video", "the second video" are not: set BC bc038)
_NOT_A_NAME = (r"(?:the|a|an|this|that|these|those|my|our|your|its|their|whole|entire|full|final|finished|new|old|vertical|square"
               r"|horizontal|landscape|portrait|short|shorter|long|longer|promo|main|same|other|another|each|every|all|any|of|in"
               r"|on|to|for|with|and|or|then|first|second|third|fourth|fifth|last|next|previous|one|two|three|video|clip|\w+ly)")
_THING_BEFORE = compile_led(rf"(?<![\w\-])(?<!\d\s)(?!{_NOT_A_NAME}\s)[a-z][a-z\-]{{2,}}\s+(?:video|clip|footage)\b"
                           r"|\b(?:video\s+clip|clip|footage)\b|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)\b|视频片段|片段"
                           r"|\b(?:video|pictures?|images?|photos?|pics?|shots?|slides?|title|captions?|subtitles?|music|song|voice(?:over)?"
                           r"|logo|sticker|text|[a-z0-9_\-]+\.(?:png|jpe?g|webp|gif))\b|图片|照片|标题|字幕|音乐")


def _clip_before(text: str, end: int) -> str | None:
    """The clip the last thing named before ``end`` is ("" the only clip, else its file), or None when it is not a clip."""
    last = next(reversed(list(_THING_BEFORE.finditer(text, 0, end))), None)
    if last is None:
        return None
    if re.fullmatch(r"[a-z][a-z\-]+\s+(?:video|clip|footage)", last.group(0)) and last.group(0).split()[0] not in ("video",):
        return last.group(0)  # (a name the timeline has not is refused when applied, never another clip)
    if not re.fullmatch(r"video\s+clip|clip|footage|视频片段|片段|[a-z0-9_\-]+\.(?:mp4|mov|webm|m4v|mkv)", last.group(0)):
        return None
    return last.group(0) if "." in last.group(0) else ""


def _it_clip(s: Scan, m: re.Match[str]) -> str | None:
    """The clip "it" is in "speed it up 2x": the clip named before (in the message as said: a clause the frames read is
    blanked in the scan, "mute the unboxing video and speed it up 1.5x"); with nothing named before and a speed said as
    "2x", "it" (which is asked, as when it was read as a name; set BC bc038)."""
    at = s.at(m.start())
    which = _clip_before(s.msg.low, at)
    if which is None and m.group("x") and re.fullmatch(r"\d+(?:\.\d+)?\s*[x×]", m.group("x").strip()) \
            and _THING_BEFORE.search(s.msg.low, 0, at) is None:
        return "it"
    return which


def _it_speed_clip(s: Scan, m: re.Match[str]) -> str | None:
    """The clip "it" is in "play it at 1.5x": the clip named before, or "" (the clip, asked with two) when the last
    thing named before is "the video" (set BN bn161)."""
    at = s.at(m.start())
    which = _clip_before(s.msg.low, at)
    if which is not None:
        return which
    last = next(reversed(list(_THING_BEFORE.finditer(s.msg.low, 0, at))), None)
    # (not "the video's first second": a clause of its own, which may be left unread, so the speed is not done alone)
    return "" if last is not None and last.group(0) == "video" and not s.msg.low.startswith("'", last.end()) else None


# a speed said as a value (the frames have no value for it: read here, its words read with the frame)
_SPEED_SAID = compile_led(r"(?P<n>\d+(?:\.\d+)?)\s*(?:x|×|times|倍速?)(?![a-z0-9])(?:\s+(?:the\s+)?speed)?"
                         # ("triple speed": it was read as a bare "speed", 2x; found beside set CH ch211)
                         r"|\b(?P<w>half|double|twice|triple|quadruple|normal|regular|original|quarter)(?:\s+(?:the\s+)?speed|\s+as\s+fast)\b"
                         r"|(?P<z>两倍速?|双倍速?|三倍速?|一半|正常速度)")
_CLIP_WORDS = compile_led(r"(?:video\s+)?clips?|footage|视频片段|视频|片段|素材|(?:video|clip)\s+(?:part|bit|section|segment|portion)")
# (with the speed's verb: "视频从第2秒开始，速度加快到1.5倍", "…, then speed up to 1.5x", "bump the speed to 1.5x": set CY
# cy194 left the speed unread)
_ALONE = compile_led(r"[\s,，、]*(?:(?:then|and|also)\s+)?(?:(?:speed\s+up|slow\s+down|increase|raise|bump(?:\s+up)?|lower|reduce|drop)\s+)?"
                     r"(?:(?:the\s+)?(?:playback\s+)?speed\s*|(?:播放)?速度\s*)?"
                     r"(?:(?:加快|加速|放慢|减速|调快|调慢|提高|提升|降低|increased|raised|lowered|reduced|bumped(?:\s+up)?)\s*)?"
                     r"(?:(?:用|以|按|调到|改成|改为|设为|到|至|at|to|is|=|:)\s*)?(?:播放)?[\s,，、。.!！]*")
# a clip named by a word before its noun: "开箱视频", "the unboxing clip" (the phrase rules' reading, set AM am171)
# (not the English verb's particle before a Chinese noun: "speed up那个clip到2倍" named a clip "up", set BB bb152)
_NAMED_CLIP = compile_led(r"(?:(?<=[把将让])|(?<![\u4e00-\u9fff]))(?:(?<![a-z0-9\-])(?!(?:up|down|it|this|that|the|and|then|also|please)(?![a-z]))[a-z0-9\-]+\s*|(?:(?![把将让])[\u4e00-\u9fff]){1,4})?(?:视频片段|视频|片段)"
                         r"|\b(?:the\s+)?(?:(?!(?:up|down|it|this|that|and|then)\s)[a-z0-9\-]+\s+)?(?:video\s+clip|clip|video|footage)\b")
_SLOW = compile_led(r"slow|减速|放慢|慢放|慢动作|播慢|慢")


def clip_word(words: str) -> bool:
    """Words that only say "the clip" ("this video", "片段"), naming none (also the trim's: ``clips``)."""
    return _CLIP_WORDS.fullmatch(re.sub(r"^(?:the|this|that)\s+", "", words.strip())) is not None


# ("开箱那个放慢一点，0.5倍": a clip by its name and a pointer, set AW aw266)
# ("the first video feels slow, speed it up": a video by its place is a clip, as "the first clip" is; set CI ci166)
_CLIP_REF = compile_led(r"\b(?:video\s+)?(?:clip|footage)\s*$|\b(?:first|second|third|last|1st|2nd|3rd|other)\s+video\s*$"
                        r"|(?:视频片段|视频|片段|那段|这段|那个|这个)\s*$")
_ONE_NAME = compile_led(r"(?:the\s+)?(?!(?:clip|video|footage|it|this|that)\b)[a-z][a-z\-]+(?:\s+(?:part|bit|one|section|bit))?")


_HALF_CUT = compile_led(r"剪|砍|截|短|长|\b(?:cut|trim|chop|halve|long|length|short|shorter)\b")
_HALF_ONLY = compile_led(r"一半|half|减半")


def _framed_speed(f: Frame, t: str) -> SpeedArgs | None:
    """A clip's speed said in one clause, read as a frame: the clip (named, a video file, or "it" after the clip
    named before), a speed operation or a speed value ("2x", "2倍", "half speed"); a speed word alone is its usual
    amount (slow motion half, "speed up" double), "a bit" one step (sets AK ak188, AL al107 al180, AN an181 an209)."""
    noun = f.visual_noun()
    file = f.values.get("file")
    said = _SPEED_SAID.search(f.text)
    # a speed alone after the clip named ("片段慢动作，0.25倍速", "视频静音，2倍速"): that clip's
    alone = not noun and not file and said is not None and _ALONE.fullmatch(f.text[:said.start()] + " " + f.text[said.end():])
    # a clip by its name alone ("speed up the unboxing", "play the unboxing at double speed"): which one it is (a picture
    # named so is refused when applied: it has no speed; sets AJ aj105, AG ag144)
    # (or by its name and a clip's noun: "unboxing clip twice as fast", "half speed on the first clip", "开箱那段加速到两倍";
    # sets AN an98, AJ aj108, AI ai278)
    ref = str(f.values.get("ref") or "")
    by_name = not noun.strip() and bool(_ONE_NAME.fullmatch(ref) or _CLIP_REF.search(ref))
    if t == "length" and not alone:
        return None  # ("视频静音，2倍速": a speed alone after "the video" named, which is the clip's; set AN an181)
    if t == "visual" and not alone and not by_name and not (file or clip_word(noun)):
        return None  # a picture has no speed
    if file and not re.search(r"\.(?:mp4|mov|webm|m4v|mkv)$", str(file)):
        return None
    slow = bool(_SLOW.search(f.text))
    if said is None and "speed" not in f.op_keys():
        return None
    if said is not None and _HALF_CUT.search(f.text) and "speed" not in f.op_keys() and not slow \
            and _HALF_ONLY.fullmatch(said.group(0).strip()):
        return None  # (half the clip cut is its length: "片段剪一半", "make the clip half as long" made it play at 0.5x)
    soft = SOFT_SAID.search(f.text)
    if said is not None:
        f.attached.append((f.start + said.start(), f.start + said.end()))
        speed = _speed_value(said.group(0))  # (a number with x/倍 first, as said)
    elif soft:
        speed = 0.8 if slow else 1.25
    else:
        speed = 0.5 if slow else 2.0
    if speed is None or not 0.1 <= speed <= 10:
        return None
    if soft:
        f.attached.append((f.start + soft.start(), f.start + soft.end()))
    named = _NAMED_CLIP.search(f.text) if noun else None  # "开箱视频", "the unboxing clip": which clip
    ref = f.values.get("ref")  # "开箱视频": the clip by what it shows (read as a reference)
    which = str(file) if file else str(ref) if ref else named.group(0).strip() if named else ""
    every = _EVERY_SAID.search(f.text) if not file else None
    which = every.group(0) if every else which
    return SpeedArgs(which="" if clip_word(which) else which, speed=speed, alone=bool(alone))


SOFT_SAID = compile_led(rf"\b{SOFT}\b|一点|一些|点儿|稍微|稍")


S_SPEED: dict[str, tuple[Template, Template]] = {
    "speed.set": ("{name!c} now plays at {x}x speed (its sound kept at pitch).", "{name}现在以 {x} 倍速播放（声音音调不变）。"),
    "speed.hold": ("{name!c} now holds its last frame for {s:g} s.", "{name}的最后一帧现在定格 {s:g} 秒。"),
    "speed.no_clip": ("There is no video clip to change the speed of.", "没有可以调整速度的视频片段。"),
}

SPEED = register(Edit(
    kind="speed",
    args=SpeedArgs,
    apply=apply_speed,
    calls=("set_clip_speed", "hold_last_frame"),
    sentences=S_SPEED,
    examples=("play the clip at double speed", "hold the clip's last frame for 2 seconds", "视频2倍速播放"),
    topics=("speed", "segments", "trim"),
    doc=DocRow("clip speed / hold", "video segment `speed` 0.25–4 (`out` = `in` + `d` × speed); a held last frame "
               "lengthens `d` past the source", "片段速度"),
    phrases=(Phrase(2, r_speed, ("speed",)),),
    # the clip's speed as a frame: the clip (or the clip sound named before: "mute the clip sound and make it 2x"),
    # a speed operation or value
    frames=(
        rule("visual clip_sound length", "speed set implied add", _framed_speed, refuses="pct dur range quote pos each"),
    ),
))

