"""Sample assets made on the spot: product-style images, a music bed, a voiceover, short clips.

Used by `make demo`, the tests and the benchmarks, so nothing binary has to live in the repository.
Everything is deterministic for the same arguments. Needs the `local` extra (Pillow, numpy, FFmpeg).
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

SAMPLE_RATE = 48000

# (file stem, product colour, background top, background bottom)
PRODUCTS = [
    ("red-sneaker", (214, 48, 49), (250, 236, 220), (222, 196, 170)),
    ("blue-backpack", (41, 98, 200), (226, 238, 250), (170, 196, 228)),
    ("green-watch", (39, 150, 96), (236, 248, 238), (176, 214, 186)),
    ("gold-ring", (212, 160, 23), (48, 44, 52), (20, 18, 24)),
    ("silver-headphones", (170, 176, 186), (40, 60, 90), (14, 24, 40)),
    ("orange-mug", (236, 120, 32), (246, 242, 232), (210, 200, 182)),
    ("purple-lamp", (128, 70, 190), (236, 230, 246), (190, 176, 220)),
]

VOICE_TEXT = (
    "Meet the summer collection. Bold colours, honest materials, and a fit that moves with you. "
    "Find your favourite today."
)


def ffmpeg_exe() -> str:
    try:
        from nemo_skill.render.ffmpeg import ffmpeg_exe as render_ffmpeg

        return render_ffmpeg()
    except ImportError:
        import imageio_ffmpeg

        return os.environ.get("NEMO_FFMPEG") or imageio_ffmpeg.get_ffmpeg_exe()


def _run_ffmpeg(args: list[str]) -> None:
    cmd = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg failed: {proc.stderr.strip().splitlines()[-1:]}")


def _gradient(size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    w, h = size
    t = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    rows = (1 - t) * np.array(top, np.float32) + t * np.array(bottom, np.float32)
    return Image.fromarray(np.ascontiguousarray(np.broadcast_to(rows, (h, w, 3)), dtype=np.uint8))


def _draw_product(img: Image.Image, index: int, colour: tuple[int, int, int]) -> None:
    """A simple product silhouette with a soft shadow, different per index."""
    w, h = img.size
    cx, cy, r = w // 2, int(h * 0.52), int(min(w, h) * 0.28)
    shadow = Image.new("L", img.size, 0)
    ImageDraw.Draw(shadow).ellipse((cx - r, cy + r - r // 5, cx + r, cy + r + r // 5), fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(max(2, r // 8)))
    img.paste((0, 0, 0), mask=shadow)
    draw = ImageDraw.Draw(img)
    light = tuple(min(255, c + 60) for c in colour)
    shape = index % 4
    if shape == 0:
        draw.rounded_rectangle((cx - r, cy - r // 2, cx + r, cy + r // 2), radius=r // 3, fill=colour)
        draw.rectangle((cx - r, cy + r // 4, cx + r, cy + r // 2), fill=(245, 245, 245))
    elif shape == 1:
        draw.rounded_rectangle((cx - r * 3 // 4, cy - r, cx + r * 3 // 4, cy + r), radius=r // 4, fill=colour)
        draw.rounded_rectangle((cx - r // 2, cy - r // 3, cx + r // 2, cy + r * 2 // 3), radius=r // 6, fill=light)
    elif shape == 2:
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
        draw.ellipse((cx - r * 3 // 4, cy - r * 3 // 4, cx + r * 3 // 4, cy + r * 3 // 4), fill=(250, 250, 250))
        draw.line((cx, cy, cx, cy - r // 2), fill=(30, 30, 30), width=max(2, r // 20))
        draw.line((cx, cy, cx + r // 3, cy), fill=(30, 30, 30), width=max(2, r // 20))
    else:
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=max(4, r // 5))
        draw.ellipse((cx - r // 4, cy - r - r // 4, cx + r // 4, cy - r + r // 4), fill=light)
    # a highlight so motion and scaling are visible in tests
    draw.ellipse((cx - r // 2, cy - r // 2, cx - r // 4, cy - r // 4), fill=light)


def make_product_images(directory: Path, n: int = 5, size: tuple[int, int] = (1600, 1200)) -> list[Path]:
    """JPEGs named after products (red-sneaker.jpg, …), different colours and shapes."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        stem, colour, top, bottom = PRODUCTS[i % len(PRODUCTS)]
        if i >= len(PRODUCTS):
            stem = f"{stem}-{i // len(PRODUCTS) + 1}"
        img = _gradient(size, top, bottom)
        _draw_product(img, i, colour)
        path = directory / f"{stem}.jpg"
        img.save(path, quality=90)
        paths.append(path)
    return paths


def _write_wav(path: Path, samples: np.ndarray) -> None:
    """samples: float32 in -1..1, shape (n,) mono or (n, 2) stereo."""
    data = np.clip(samples, -1, 1)
    if data.ndim == 1:
        data = data[:, None]
    pcm = (data * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(pcm.shape[1])
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())


def _encode_audio(wav: Path, path: Path) -> Path:
    """Convert a WAV to the container/codec its suffix implies."""
    suffix = path.suffix.lower()
    if suffix == ".wav":
        shutil.move(str(wav), path)
        return path
    codec = {".mp3": ["-c:a", "libmp3lame", "-b:a", "160k"], ".m4a": ["-c:a", "aac", "-b:a", "160k"],
             ".aac": ["-c:a", "aac", "-b:a", "160k", "-f", "adts"], ".ogg": ["-c:a", "libvorbis"]}.get(suffix)
    if codec is None:
        raise ValueError(f"unsupported audio suffix: {suffix}")
    _run_ffmpeg(["-i", str(wav), *codec, str(path)])
    wav.unlink(missing_ok=True)
    return path


def _music_samples(seconds: float) -> np.ndarray:
    """A gentle four-chord loop with a soft kick: enough spectrum for loudness and ducking tests."""
    n = int(seconds * SAMPLE_RATE)
    t = np.arange(n, dtype=np.float32) / SAMPLE_RATE
    chords = [(220.0, 277.18, 329.63), (196.0, 246.94, 293.66), (174.61, 220.0, 261.63), (196.0, 246.94, 311.13)]
    bar = 2.0
    out = np.zeros(n, np.float32)
    for i, chord in enumerate(chords * (int(seconds / bar / len(chords)) + 1)):
        start = int(i * bar * SAMPLE_RATE)
        if start >= n:
            break
        end = min(n, start + int(bar * SAMPLE_RATE))
        tt = t[start:end] - t[start]
        env = np.minimum(1.0, tt / 0.05) * np.exp(-tt * 0.6)
        for f in chord:
            out[start:end] += 0.12 * env * np.sin(2 * math.pi * f * tt)
    beat = 0.5
    for k in range(int(seconds / beat)):
        start = int(k * beat * SAMPLE_RATE)
        end = min(n, start + int(0.15 * SAMPLE_RATE))
        tt = t[start:end] - t[start]
        out[start:end] += 0.35 * np.exp(-tt * 30) * np.sin(2 * math.pi * 60 * tt)
    fade = min(n, int(0.5 * SAMPLE_RATE))
    out[:fade] *= np.linspace(0, 1, fade)
    out[n - fade:] *= np.linspace(1, 0, fade)
    left = out
    right = np.roll(out, int(0.012 * SAMPLE_RATE))
    return np.stack([left, right], axis=1) * 0.8


def make_music(path: Path, seconds: float = 30.0) -> Path:
    """A stereo music bed; format from the suffix (.wav .mp3 .m4a .aac)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wav = path.with_name(path.stem + ".tmp-music.wav")
    _write_wav(wav, _music_samples(seconds))
    return _encode_audio(wav, path)


def _tone_voice(seconds: float) -> np.ndarray:
    """Speech-like audio without a speech engine: voiced syllables with formants and pauses."""
    rng = np.random.default_rng(7)
    n = int(seconds * SAMPLE_RATE)
    out = np.zeros(n, np.float32)
    pos = int(0.3 * SAMPLE_RATE)
    while pos < n - SAMPLE_RATE // 4:
        syl = int(rng.uniform(0.12, 0.28) * SAMPLE_RATE)
        end = min(n, pos + syl)
        tt = np.arange(end - pos, dtype=np.float32) / SAMPLE_RATE
        f0 = rng.uniform(110, 160) * (1 + 0.1 * np.sin(2 * math.pi * 3 * tt))
        phase = 2 * math.pi * np.cumsum(f0) / SAMPLE_RATE
        voiced = sum(np.sin(k * phase) / k for k in range(1, 12))
        formant = 0.6 * np.sin(2 * math.pi * rng.uniform(500, 900) * tt) + 0.4
        env = np.sin(np.pi * np.linspace(0, 1, end - pos)) ** 0.7
        out[pos:end] += 0.25 * env * voiced * formant
        pos = end + int(rng.choice([0.04, 0.06, 0.08, 0.35], p=[0.4, 0.3, 0.2, 0.1]) * SAMPLE_RATE)
    return out


def make_voiceover(path: Path, text: str | None = None, seconds: float | None = None) -> Path:
    """A voiceover: espeak-ng speech when it is installed, else speech-like tones.

    With ``seconds`` the result is padded or cut to that length.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wav = path.with_name(path.stem + ".tmp-voice.wav")
    espeak = shutil.which("espeak-ng") or shutil.which("espeak")
    if espeak:
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "speech.wav"
            subprocess.run([espeak, "-s", "150", "-w", str(raw), text or VOICE_TEXT], check=True,
                           capture_output=True)
            pad = ["-af", f"apad=whole_dur={seconds}", "-t", str(seconds)] if seconds else []
            _run_ffmpeg(["-i", str(raw), *pad, "-ar", str(SAMPLE_RATE), "-ac", "1", str(wav)])
    else:
        _write_wav(wav, _tone_voice(seconds or 12.0))
    return _encode_audio(wav, path)


_CLIP_CODECS = {
    ".mp4": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"],
    ".mov": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"],
    ".mkv": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "libvorbis"],
    ".avi": ["-c:v", "mpeg4", "-q:v", "5", "-c:a", "libmp3lame"],
    ".webm": ["-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "1M", "-c:a", "libopus"],
}


def make_clip(path: Path, seconds: float = 4.0, size: tuple[int, int] = (640, 360), fps: float = 30.0,
              audio: bool = True) -> Path:
    """A short test clip (moving pattern + tone); container and codecs from the suffix.

    ``.gif`` makes an animated GIF (no audio).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    w, h = size
    src = ["-f", "lavfi", "-i", f"testsrc2=size={w}x{h}:rate={fps}:duration={seconds}"]
    suffix = path.suffix.lower()
    if suffix == ".gif":
        _run_ffmpeg([*src, "-vf", "split[a][b];[a]palettegen=max_colors=64[p];[b][p]paletteuse", str(path)])
        return path
    codecs = _CLIP_CODECS.get(suffix)
    if codecs is None:
        raise ValueError(f"unsupported clip suffix: {suffix}")
    args = list(src)
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:sample_rate={SAMPLE_RATE}:duration={seconds}"]
    else:
        codecs = _strip_audio_codec(codecs) + ["-an"]
    _run_ffmpeg([*args, *codecs, "-t", str(seconds), str(path)])
    return path


def _strip_audio_codec(codecs: list[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for item in codecs:
        if skip:
            skip = False
            continue
        if item == "-c:a":
            skip = True
            continue
        out.append(item)
    return out


def make_demo_assets(directory: Path) -> dict[str, list[Path]]:
    """Five product images, a 30 s music bed and a voiceover, as a person would bring them."""
    directory = Path(directory)
    images = make_product_images(directory, n=5)
    music = make_music(directory / "music-bed.mp3", seconds=30.0)
    voice = make_voiceover(directory / "voiceover.wav", seconds=None)
    return {"images": images, "music": [music], "voice": [voice]}
