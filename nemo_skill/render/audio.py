"""The sound: voiceover, music (ducked under the voice), effects and clip audio, mixed and
normalised to about -14 LUFS, exactly as long as the video, AAC-ready stereo 48 kHz.

Normalising is two passes. ``loudness_gain`` runs the same mix in a quick audio-only FFmpeg run
(~0.3 s for 30 s, while the stills are prepared) through a ladder of gains, each followed by the
limiter and an ``ebur128`` meter, and interpolates the gain that lands on -14 LUFS after limiting;
the render then applies that gain and the limiter. Single-pass ``loudnorm`` (the fallback when
measuring fails) works at 192 kHz, made the whole reference render 0.6-0.9 s slower, and on a quiet
voice-over mix ended at -17.7 LUFS (its 3 s windows had not caught up over 30 s).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..draft.timeline import ROLE_MUSIC, TT_AUDIO, TT_TEXT
from .model import MediaRef

TARGET_LUFS = -14.0
RATE = 48000
_FMT = f"aresample={RATE},aformat=sample_fmts=fltp:sample_rates={RATE}:channel_layouts=stereo"
# Ducking: music drops by roughly 10-12 dB while the voice speaks, recovers in ~0.4 s.
_DUCK = "sidechaincompress=threshold=0.04:ratio=5:attack=20:release=400:knee=2"
# After the gain: sample peaks held at -2 dBFS (about -1.5 dBTP), delay compensated
_LIMIT = "alimiter=limit=0.794:attack=5:release=50:level=0:latency=1"
MAX_GAIN_DB = 24.0  # a nearly silent mix is not pumped up into its noise floor
LADDER_DB = (8.0, 16.0, MAX_GAIN_DB)  # measured with the limiter; 0 dB is measured as it is


@dataclass(frozen=True)
class AudioInput:
    """One source the video side already opened (a clip's own sound)."""

    label: str  # e.g. "3:a"
    source: list[str]  # the input's arguments (to open it again for measuring), e.g. ["-ss", "1", "-i", p]
    start: float  # seconds on the timeline
    length: float  # seconds
    volume: float
    fade: float  # seconds, in and out (transitions)
    speed: float = 1.0  # the clip played faster or slower; its sound keeps its pitch (atempo)


def atempo(speed: float) -> str:
    """``atempo`` filters changing the tempo by ``speed`` at the same pitch; one stage takes
    0.5-2.0 without the quality loss of its wider range, so 0.25 and 4 are two stages."""
    stages: list[float] = []
    while speed > 2.0 + 1e-9:
        stages.append(2.0)
        speed /= 2.0
    while speed < 0.5 - 1e-9:
        stages.append(0.5)
        speed /= 0.5
    stages.append(speed)
    return ",".join(f"atempo={s:.6g}" for s in stages)


def _ms(v: float) -> str:
    return f"{v:.6f}".rstrip("0").rstrip(".") or "0"


def build(draft: dict, media: Mapping[str, MediaRef], add_input: Callable[[list[str]], int],
          chains: list[str], clip_audio: list[AudioInput], *, gain_db: float | None = None,
          meters: Sequence[tuple[float, str]] = ()) -> str:
    """Append audio filter chains; return the output label. ``add_input(args) -> index``.

    The mix ends normalised by ``gain_db`` and a limiter, or by loudnorm when no gain is given. With
    ``meters`` ((gain, file) pairs, for ``loudness_gain``) it is metered at each gain instead, each
    meter writing the running integrated loudness to its file."""
    total = draft["d"] / 1000
    buses: dict[str, list[str]] = {"voice": [], "music": [], "sfx": []}
    duck_music: list[bool] = []
    n = 0

    def label() -> str:
        nonlocal n
        n += 1
        return f"a{n}"

    for track in draft["t"]:
        if track["tt"] != TT_AUDIO or track.get("mute"):
            continue
        role = track.get("role", ROLE_MUSIC)
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
            if role == ROLE_MUSIC:
                duck_music.append(track.get("duck", True))

    for clip in clip_audio:
        out = label()
        fade = min(clip.fade, clip.length / 2)
        tempo = f"{atempo(clip.speed)}," if clip.speed != 1.0 else ""
        parts = [f"asetpts=PTS-STARTPTS,{tempo}{_FMT},atrim=end={_ms(clip.length)}", f"volume={clip.volume:.4f}"]
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
    # pad/cut to the video length, then normalise loudness
    fit = f"[{mixed}]apad=whole_dur={_ms(total)},atrim=end={_ms(total)}"
    if meters:
        branches = [f"m{k}" for k in range(len(meters))]
        chains.append(f"{fit},asplit={len(meters)}" + "".join(f"[{b}]" for b in branches))
        for k, ((gain, file), b) in enumerate(zip(meters, branches, strict=True)):
            level = f"volume={gain:.2f}dB,{_LIMIT}," if gain else ""
            end = f"[{out}]" if k == len(meters) - 1 else ",anullsink"
            chains.append(f"[{b}]{level}ebur128=metadata=1,ametadata=mode=print:key=lavfi.r128.I:file={file}{end}")
        return out
    if gain_db is not None:
        level = f"volume={gain_db:.2f}dB,{_LIMIT}"
    else:
        level = f"loudnorm=I={TARGET_LUFS}:LRA=11:TP=-1.5"  # runs at 192 kHz: _FMT resamples back
    chains.append(f"{fit},{level},{_FMT},atrim=end={_ms(total)},asetpts=N/SR/TB{_fades(draft)}[{out}]")
    return out


def _fades(draft: dict) -> str:
    """The whole video's fade from / to black or white (``m.fade``): the sound fades with it."""
    fade = draft["m"].get("fade") or {}
    total = draft["d"] / 1000
    parts = ""
    if fade.get("in"):
        parts += f",afade=t=in:st=0:d={_ms(min(fade['in'] / 1000, total))}"
    if fade.get("out"):
        d = min(fade["out"] / 1000, total)
        parts += f",afade=t=out:st={_ms(total - d)}:d={_ms(d)}"
    return parts


def loudness_gain(draft: dict, media: Mapping[str, MediaRef], clip_audio: list[AudioInput],
                  exe: str, workdir: Path) -> float | None:
    """The gain (dB) that brings the mix, limited, to TARGET_LUFS; None when there is no sound,
    only silence, or the measuring run failed (the render then falls back to loudnorm)."""
    args: list[str] = []
    count = 0

    def add(a: list[str]) -> int:
        nonlocal count
        args.extend(a)
        count += 1
        return count - 1

    clips = [replace(c, label=f"{add(c.source)}:a") for c in clip_audio]
    gains = (0.0, *LADDER_DB)
    # relative names: FFmpeg runs in workdir, so no path needs escaping inside the graph
    meters = [(g, f"loudness-{k}.txt") for k, g in enumerate(gains)]
    chains: list[str] = []
    out = build(draft, media, add, chains, clips, meters=meters)
    if count == 0:
        return None
    from .ffmpeg import filter_script_args

    script = workdir / "loudness.filtergraph"
    script.write_text(";\n".join(chains) + "\n", encoding="utf-8")
    cmd = [exe, "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", *args,
           *filter_script_args(exe, script.name), "-map", f"[{out}]", "-f", "null", "-"]
    try:
        run = subprocess.run(cmd, cwd=workdir, capture_output=True, timeout=300)
        if run.returncode != 0:
            return None
        levels = [_last_integrated(workdir / file) for _, file in meters]
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    return _gain_from_ladder(gains, levels)


def _last_integrated(path: Path) -> float:
    """The last lavfi.r128.I an ``ametadata=print`` file holds: the whole mix's integrated loudness."""
    for line in reversed(path.read_text(encoding="utf-8").splitlines()):
        key, _, value = line.partition("=")
        if key == "lavfi.r128.I":
            return float(value)
    raise ValueError(f"no loudness in {path.name}")


def _gain_from_ladder(gains: Sequence[float], levels: Sequence[float]) -> float | None:
    """Interpolate the gain whose limited loudness is TARGET_LUFS (loudness rises with gain, ever
    more slowly as the limiter works harder)."""
    if levels[0] <= -70:  # silence: ebur128 gates it all out
        return None
    if levels[0] >= TARGET_LUFS:  # too loud: turning down needs no limiting
        return TARGET_LUFS - levels[0]
    for k in range(len(gains) - 1):
        (g0, l0), (g1, l1) = (gains[k], levels[k]), (gains[k + 1], levels[k + 1])
        if l0 <= TARGET_LUFS <= l1 and l1 > l0:
            return g0 + (g1 - g0) * (TARGET_LUFS - l0) / (l1 - l0)
    return gains[-1]  # even the top of the ladder (MAX_GAIN_DB) is quieter: as loud as allowed


def mix_key(draft: dict, media: Mapping[str, MediaRef]) -> str:
    """A fingerprint of everything the mix can depend on: the length, the whole-video fade, every
    track but text (pictures included, so a retimed shot counts; a caption, a title or a canvas
    change does not) and the files those tracks use (path, size, mtime). Two drafts with the same
    key have the same sound, so the same gain brings them to TARGET_LUFS."""
    tracks = [t for t in draft.get("t", []) if t.get("tt") != TT_TEXT]
    mids = sorted({str(sg["mid"]) for t in tracks for sg in t.get("sg", []) if sg.get("mid") in media})
    files = {}
    for mid in mids:
        path = Path(media[mid].path)
        try:
            st = path.stat()
            files[mid] = [str(path), st.st_size, st.st_mtime_ns]
        except OSError:
            files[mid] = [str(path)]
    meta = draft.get("m") or {}
    body = {"d": draft.get("d"), "fade": meta.get("fade"), "tracks": tracks, "files": files}
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


class Gains:
    """Measured gains by ``mix_key``, in memory, newest kept (a quick preview borrows the gain an
    export or an earlier preview measured instead of measuring first; see api.render_draft)."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[str, float] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: str) -> float | None:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
            return self._items.get(key)

    def put(self, key: str, gain: float) -> None:
        with self._lock:
            self._items[key] = gain
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


GAINS = Gains()


def gain_from_file(exe: str, path: Path, applied_db: float, workdir: Path) -> float | None:
    """The gain that would have brought a finished file's mix to TARGET_LUFS, given the gain it was
    made with: its integrated loudness measured (an audio-only FFmpeg run over the AAC track,
    ~0.1 s for a 30 s preview). An estimate: the limiter makes loudness grow a little slower than
    the gain, so the result lands at or just under the target. None for silence or a failed run."""
    meter = "file-loudness.txt"
    cmd = [exe, "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-i", str(Path(path).resolve()),
           "-vn", "-af", f"ebur128=metadata=1,ametadata=mode=print:key=lavfi.r128.I:file={meter}",
           "-f", "null", "-"]
    try:
        workdir.mkdir(parents=True, exist_ok=True)
        run = subprocess.run(cmd, cwd=workdir, capture_output=True, timeout=120)
        if run.returncode != 0:
            return None
        level = _last_integrated(workdir / meter)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if level <= -70:
        return None
    return min(MAX_GAIN_DB, applied_db + TARGET_LUFS - level)
