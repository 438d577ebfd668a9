"""Probing rendered files for the tests: streams and codecs (PyAV), loudness (FFmpeg ebur128), frames.

Everything here reads the output file itself; nothing trusts what the renderer says it did.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from nemo_skill.render import ffmpeg_exe


@dataclass(frozen=True)
class Probe:
    duration: float  # container duration, seconds
    width: int
    height: int
    video_codec: str
    profile: str | None
    pix_fmt: str
    color_range: str  # "tv" / "pc" / "unknown"
    fps: float
    frames: int
    audio_codec: str | None
    sample_rate: int | None
    channels: int | None


def probe(path: Path) -> Probe:
    with av.open(str(path)) as c:
        v = c.streams.video[0]
        a = c.streams.audio[0] if c.streams.audio else None
        cc = v.codec_context
        rng = {1: "tv", 2: "pc"}.get(int(getattr(cc, "color_range", 0) or 0), "unknown")
        frames = v.frames or sum(1 for _ in c.demux(v))
        return Probe(
            duration=float(c.duration or 0) / av.time_base,
            width=cc.width, height=cc.height, video_codec=cc.name, profile=cc.profile,
            pix_fmt=cc.pix_fmt or v.format.name, color_range=rng,
            fps=float(v.average_rate or 0), frames=frames,
            audio_codec=a.codec_context.name if a else None,
            sample_rate=a.codec_context.sample_rate if a else None,
            channels=a.codec_context.channels if a else None,
        )


def video_duration(path: Path) -> float:
    """Length of the video stream: frame count / frame rate."""
    p = probe(path)
    return p.frames / p.fps


def _r128(path: Path, options: str, pattern: str) -> float:
    """The last figure ``pattern`` finds in the summary of FFmpeg's EBU R128 meter."""
    out = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostats", "-i", str(path), "-map", "0:a",
                          "-af", f"ebur128={options}framelog=quiet", "-f", "null", "-"],
                         capture_output=True, text=True, check=True).stderr
    m = re.findall(pattern, out)
    assert m, out[-500:]
    return float(m[-1]) if m[-1] != "-inf" else float("-inf")


def loudness(path: Path) -> float:
    """Integrated loudness (LUFS)."""
    return _r128(path, "", r"I:\s+(-?[\d.]+|-inf) LUFS")


def true_peak(path: Path) -> float:
    """True peak (dBTP)."""
    return _r128(path, "peak=true:", r"Peak:\s+(-?[\d.]+|-inf) dBFS")


def audio_peak(path: Path, start: float = 0.0, end: float | None = None) -> float:
    """Largest absolute sample (0..1) in a time range."""
    peak = 0.0
    with av.open(str(path)) as c:
        for frame in c.decode(audio=0):
            t = float(frame.time or 0)
            if t + frame.samples / frame.sample_rate < start or (end is not None and t > end):
                continue
            peak = max(peak, float(np.abs(frame.to_ndarray()).max()))
    return peak


def frame_at(path: Path, t: float) -> np.ndarray:
    """The RGB frame (H, W, 3 uint8) shown at time ``t`` seconds."""
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        rate = float(s.average_rate or 30)
        c.seek(int(max(0.0, t - 1.0) / s.time_base), stream=s, backward=True)
        last = None
        for f in c.decode(s):
            if f.time is not None and f.time > t + 0.5 / rate:
                break
            last = f
        assert last is not None, f"no frame at {t}s"
        return last.to_ndarray(format="rgb24")


def frames(path: Path, start: float, count: int, fmt: str = "rgb24") -> list[np.ndarray]:
    """``count`` consecutive frames from ``start`` (``fmt`` "gray" gives luma only, (H, W))."""
    out: list[np.ndarray] = []
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        rate = float(s.average_rate or 30)
        c.seek(int(max(0.0, start - 1.0) / s.time_base), stream=s, backward=True)
        for f in c.decode(s):
            if f.time is not None and f.time >= start - 0.5 / rate:
                out.append(f.to_ndarray(format=fmt))
                if len(out) == count:
                    break
    return out


def save_png(arr: np.ndarray, path: Path) -> Path:
    from PIL import Image

    Image.fromarray(arr).save(path)
    return path


# ---- drafts for the tests --------------------------------------------------------------------------

def timeline(width: int, height: int, visuals: list[dict], *, audio: list[dict] | None = None,
             texts: list[dict] | None = None, fps: int = 30, total: int | None = None, **meta) -> dict:
    """A valid draft. ``visuals``: main-track segments without ``id``/``s`` (computed from ``d`` and
    ``tr``, the draft model). ``audio``: tracks ``{"role", "sg": [...]}``; ``texts``: tracks
    ``{"role", "sg": [...]}`` (segment ids added)."""
    segs, start = [], 0
    for k, v in enumerate(visuals):
        seg = {"id": f"v{k}", "k": "image", **v}
        if k and seg.get("tr", {}).get("type", "none") != "none":
            start -= seg["tr"]["d"]
        seg["s"] = start
        start += seg["d"]
        segs.append(seg)
    tracks: list[dict] = []
    if segs:
        tracks.append({"id": "main", "tt": 0, "role": "main", "sg": segs})
    for k, tr in enumerate(audio or []):
        tracks.append({"id": f"a{k}", "tt": 1, **tr,
                       "sg": [{"id": f"a{k}_{j}", **s} for j, s in enumerate(tr["sg"])]})
    for k, tr in enumerate(texts or []):
        tracks.append({"id": f"x{k}", "tt": 7, **tr,
                       "sg": [{"id": f"x{k}_{j}", **s} for j, s in enumerate(tr["sg"])]})
    end = max((s["s"] + s["d"] for t in tracks for s in t["sg"]), default=0)
    return {"v": 1, "d": total or end, "m": {"width": width, "height": height, "fps": fps, **meta},
            "t": tracks}


def refs(paths: dict[str, Path]) -> dict:
    """Media refs the way the engine makes them: probed by content."""
    from nemo_skill.media.probe import probe as probe_media

    return {k: probe_media(p).to_ref(p) for k, p in paths.items()}


def solid_image(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> Path:
    from PIL import Image

    Image.new("RGB", size, colour).save(path)
    return path


# ---- motion -------------------------------------------------------------------------------------------

def pan_positions(seq: list[np.ndarray], margin: int = 100) -> np.ndarray:
    """Horizontal position of each frame's content relative to the first, in pixels (sub-pixel;
    positive = moved right).

    Column-mean profiles are matched over the central columns: whole-pixel search, then a
    golden-section refinement on the linearly interpolated profile.
    """
    def profile(f: np.ndarray) -> np.ndarray:
        return f.astype(np.float64).reshape(f.shape[0], f.shape[1], -1).mean(axis=(0, 2))

    ref = profile(seq[0])
    x = np.arange(len(ref), dtype=np.float64)
    core = slice(margin, len(ref) - margin)

    def cost(profile: np.ndarray, s: float) -> float:
        return float(np.sum((np.interp(x[core] - s, x, profile) - ref[core]) ** 2))

    out = [0.0]
    for f in seq[1:]:
        p = profile(f)
        k = min(range(-margin + 1, margin), key=lambda s: cost(p, s))
        lo, hi = k - 1.0, k + 1.0
        g = (5 ** 0.5 - 1) / 2
        for _ in range(40):
            a, b = hi - g * (hi - lo), lo + g * (hi - lo)
            if cost(p, a) < cost(p, b):
                hi = b
            else:
                lo = a
        out.append(-(lo + hi) / 2)
    return np.array(out)


def unevenness(positions: np.ndarray) -> tuple[float, float]:
    """(speed px/frame, RMS distance from an even glide in px) of a straight-line fit."""
    n = np.arange(len(positions))
    slope, intercept = np.polyfit(n, positions, 1)
    resid = positions - (slope * n + intercept)
    return float(slope), float(np.sqrt(np.mean(resid ** 2)))


def luma(frame_rgb: np.ndarray) -> float:
    """Mean luma (video range, 16..235) of an RGB frame decoded from a limited-range video."""
    return float(frame_rgb.astype(np.float64).mean() / 1.164 + 16)
