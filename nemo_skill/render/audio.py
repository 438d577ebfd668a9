"""The sound: voiceover, music (ducked under the voice), effects and clip audio, mixed and
normalised to about -14 LUFS, exactly as long as the video, AAC-ready stereo 48 kHz."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .model import MediaRef

TARGET_LUFS = -14.0
RATE = 48000
_FMT = f"aresample={RATE},aformat=sample_fmts=fltp:sample_rates={RATE}:channel_layouts=stereo"
# Ducking: music drops by roughly 10-12 dB while the voice speaks, recovers in ~0.4 s.
_DUCK = "sidechaincompress=threshold=0.04:ratio=5:attack=20:release=400:knee=2"


@dataclass(frozen=True)
class AudioInput:
    """One source the video side already opened (a clip's own sound)."""

    label: str  # e.g. "3:a"
    start: float  # seconds on the timeline
    length: float  # seconds
    volume: float
    fade: float  # seconds, in and out (transitions)


def _ms(v: float) -> str:
    return f"{v:.6f}".rstrip("0").rstrip(".") or "0"


def build(draft: dict, media: Mapping[str, MediaRef], add_input, chains: list[str],
          clip_audio: list[AudioInput]) -> str:
    """Append audio filter chains; return the output label. ``add_input(args) -> index``."""
    total = draft["d"] / 1000
    buses: dict[str, list[str]] = {"voice": [], "music": [], "sfx": []}
    duck_music: list[bool] = []
    n = 0

    def label() -> str:
        nonlocal n
        n += 1
        return f"a{n}"

    for track in draft["t"]:
        if track["tt"] != 1 or track.get("mute"):
            continue
        role = track.get("role", "music")
        track_vol = track.get("vol", 1.0)
        for seg in track["sg"]:
            if seg.get("mute"):
                continue
            ref = media[seg["mid"]]
            start, length = seg["s"] / 1000, seg["d"] / 1000
            src_len = (ref.duration or 0) - seg.get("in", 0) / 1000
            args: list[str] = []
            if seg.get("loop") and (ref.duration is None or src_len < length):
                args += ["-stream_loop", "-1"]
            if seg.get("in"):
                args += ["-ss", _ms(seg["in"] / 1000)]
            idx = add_input([*args, "-i", str(ref.path)])
            vol = track_vol * seg.get("vol", 1.0)
            fi, fo = seg.get("fi", 0) / 1000, seg.get("fo", 0) / 1000
            fo = min(fo, length)
            parts = [f"asetpts=PTS-STARTPTS,{_FMT},atrim=end={_ms(length)}", f"volume={vol:.4f}"]
            if fi:
                parts.append(f"afade=t=in:st=0:d={_ms(min(fi, length))}")
            if fo:
                parts.append(f"afade=t=out:st={_ms(length - fo)}:d={_ms(fo)}")
            parts.append(f"adelay=delays={round(start * 1000)}:all=1")
            out = label()
            chains.append(f"[{idx}:a]{','.join(parts)}[{out}]")
            buses.setdefault(role, []).append(out)
            if role == "music":
                duck_music.append(track.get("duck", True))

    for clip in clip_audio:
        out = label()
        fade = min(clip.fade, clip.length / 2)
        parts = [f"asetpts=PTS-STARTPTS,{_FMT},atrim=end={_ms(clip.length)}", f"volume={clip.volume:.4f}"]
        if fade > 0:
            parts += [f"afade=t=in:st=0:d={_ms(fade)}", f"afade=t=out:st={_ms(clip.length - fade)}:d={_ms(fade)}"]
        parts.append(f"adelay=delays={round(clip.start * 1000)}:all=1")
        chains.append(f"[{clip.label}]{','.join(parts)}[{out}]")
        buses["sfx"].append(out)

    def mix(labels: list[str]) -> str:
        if len(labels) == 1:
            return labels[0]
        out = label()
        # normalize=0: a volume of 0.35 stays 0.35 however many inputs there are
        chains.append("".join(f"[{x}]" for x in labels)
                      + f"amix=inputs={len(labels)}:normalize=0:duration=longest:dropout_transition=0[{out}]")
        return out

    finals: list[str] = []
    voice = mix(buses["voice"]) if buses["voice"] else None
    music_ducked = [lab for lab, d in zip(buses["music"], duck_music, strict=True) if d]
    music_plain = [lab for lab, d in zip(buses["music"], duck_music, strict=True) if not d]
    if voice and music_ducked:
        music = mix(music_ducked)
        v_main, v_side, ducked = label(), label(), label()
        chains.append(f"[{voice}]asplit=2[{v_main}][{v_side}]")
        # the sidechain must outlast the music, or the compressor stops with the voice
        chains.append(f"[{v_side}]apad[{v_side}p]")
        chains.append(f"[{music}][{v_side}p]{_DUCK}[{ducked}]")
        finals += [v_main, ducked]
    else:
        if voice:
            finals.append(voice)
        music_plain += music_ducked
    if music_plain:
        finals.append(mix(music_plain))
    for role, labels in buses.items():
        if role not in ("voice", "music") and labels:
            finals.append(mix(labels))

    out = label()
    if not finals:
        chains.append(f"anullsrc=r={RATE}:cl=stereo,atrim=end={_ms(total)},{_FMT}[{out}]")
        return out
    mixed = mix(finals)
    # pad/cut to the video length, then normalise loudness (loudnorm runs at 192 kHz: resample back)
    chains.append(f"[{mixed}]apad=whole_dur={_ms(total)},atrim=end={_ms(total)},"
                  f"loudnorm=I={TARGET_LUFS}:LRA=11:TP=-1.5,{_FMT},atrim=end={_ms(total)},"
                  f"asetpts=N/SR/TB[{out}]")
    return out
