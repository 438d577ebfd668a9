"""Pictures the timeline draws, made once per media file and cached under ``<data>/cache/``.

* a thumbnail (JPEG, THUMB_HEIGHT px high) for each picture or clip: the picture itself, a clip's
  frame at 1 s (or its middle when shorter);
* a waveform for each sound: the loudest sample of each 1/PEAKS_PER_SECOND s, 0-100 against the
  file's loudest, as JSON. FFmpeg decodes the sound to 8 kHz mono; 30 s take ~50 ms.

Files are written under a temporary name and renamed, so two requests racing make the same file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import threading
from pathlib import Path

import numpy as np

THUMB_HEIGHT = 112  # twice the lane height: sharp on high-density screens
PEAKS_PER_SECOND = 25
SAMPLE_RATE = 8000


def _replace(tmp: Path, final: Path) -> Path:
    os.replace(tmp, final)
    return final


def _tmp(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}.{threading.get_ident()}.tmp")


class MediaCache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def thumbnail(self, media: sqlite3.Row) -> Path | None:
        """The media's thumbnail (made now if missing); None for sound or an unreadable file."""
        if media["kind"] not in ("image", "video"):
            return None
        final = self.root / "thumbs" / f"{media['id']}.jpg"
        if final.is_file():
            return final
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = _tmp(final)
        try:
            if media["kind"] == "image":
                _picture_thumb(Path(media["path"]), tmp)
            else:
                at = min(1.0, (media["duration"] or 0) / 2)
                _clip_thumb(Path(media["path"]), at, tmp)
        except (OSError, subprocess.SubprocessError, ValueError):
            tmp.unlink(missing_ok=True)
            return None
        return _replace(tmp, final)

    def peaks(self, media: sqlite3.Row) -> list[int]:
        """The sound's waveform, PEAKS_PER_SECOND values 0-100 per second ([] when it has no sound)."""
        if media["kind"] == "image" or (media["kind"] == "video" and not media["has_audio"]):
            return []
        final = self.root / "waves" / f"{media['id']}.json"
        if final.is_file():
            try:
                return [int(v) for v in json.loads(final.read_text())]
            except (OSError, ValueError, TypeError):
                final.unlink(missing_ok=True)
        final.parent.mkdir(parents=True, exist_ok=True)
        try:
            values = _decode_peaks(Path(media["path"]))
        except (OSError, subprocess.SubprocessError):
            return []
        tmp = _tmp(final)
        tmp.write_text(json.dumps(values, separators=(",", ":")))
        _replace(tmp, final)
        return values


def _picture_thumb(src: Path, out: Path) -> None:
    from PIL import Image, ImageOps

    with Image.open(src) as opened:
        img = ImageOps.exif_transpose(opened).convert("RGB")
        w = max(1, round(img.width * THUMB_HEIGHT / max(1, img.height)))
        img.thumbnail((w, THUMB_HEIGHT))
        img.save(out, "JPEG", quality=82)


def _clip_thumb(src: Path, at: float, out: Path) -> None:
    from nemo_skill.render import ffmpeg_exe

    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-ss", f"{at:.3f}",
                    "-i", str(src), "-frames:v", "1", "-vf", f"scale=-2:{THUMB_HEIGHT}", "-q:v", "4",
                    "-f", "image2", "-c:v", "mjpeg", str(out)], check=True, capture_output=True, timeout=60)
    if not out.is_file() or out.stat().st_size == 0:
        raise ValueError("no frame")


def _decode_peaks(src: Path) -> list[int]:
    from nemo_skill.render import ffmpeg_exe

    run = subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-i", str(src),
                          "-vn", "-ac", "1", "-ar", str(SAMPLE_RATE), "-f", "s16le", "-"],
                         check=True, capture_output=True, timeout=120)
    samples = np.abs(np.frombuffer(run.stdout, dtype="<i2").astype(np.int32))
    step = SAMPLE_RATE // PEAKS_PER_SECOND
    n = len(samples) // step
    if n == 0:
        return []
    peaks = samples[: n * step].reshape(n, step).max(axis=1)
    top = int(peaks.max()) or 1
    return [int(round(v * 100 / top)) for v in peaks]
