"""The music's beats, found by librosa (the ``beats`` extra).

Chosen by measurement (the figures and the script's method are in docs/architecture.md, "Beat-synced
cuts"): against 16 click tracks with known beats (90-150 BPM, two offsets, with and without a pad and
noise under them), librosa's ``beat_track`` put 97 % of beats within one frame at 30 fps
(F-measure 0.973) in 0.6 s per 30 s of music once loaded; essentia's RhythmExtractor2013 0.944 in
0.9-1.6 s, with a far smaller install (38 MB against ~450 MB with numba and scipy) but under
AGPL-3.0, which this MIT-0 project should not ask its users to take on; aubio and madmom have no
wheels for Python 3.11 (a compiler is needed) and beat_this needs PyTorch (~2 GB).
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

RATE = 22050  # librosa's own default analysis rate

# numba compiles librosa's beat tracker (gufuncs, cache=True) on a process's first use and writes the result beside
# librosa; two processes doing that at once can write cache files that do not match each other, and from then on every
# process that loads them dies of a segmentation fault (numba issue 10128, open). It happened here: five test runs
# sharing one venv left a cache that crashed every later beat search, the engine with it. So a process's first use
# (import, compile or load, first call) holds a lock shared by every process on the machine; later calls need none.
COMPILE_LOCK = Path(tempfile.gettempdir()) / "nemo-skill-librosa-compile.lock"
LOCK_WAIT_S = 600.0  # a cold compile takes ~20 s alone and ~90 s on a loaded 2-core machine
_compiled = False


class BeatError(RuntimeError):
    """Beats could not be found; the message says why in one line."""


@dataclass(frozen=True)
class Beats:
    times: list[float]  # seconds into the file
    tempo: float  # beats per minute
    steady: bool  # enough beats, evenly spaced (nemo_skill.draft.promo.is_steady)


def _decode(path: Path, ffmpeg: str) -> np.ndarray:
    """The file as mono float32 samples at RATE, decoded by FFmpeg (every format the renderer takes)."""
    out = subprocess.run([ffmpeg, "-hide_banner", "-loglevel", "error", "-i", str(path), "-vn", "-ac", "1",
                          "-ar", str(RATE), "-f", "f32le", "-"], capture_output=True, timeout=300)
    if out.returncode != 0:
        raise BeatError(f"{path.name}: cannot decode the audio ({out.stderr.decode(errors='replace').strip()[-200:]})")
    return np.frombuffer(out.stdout, dtype=np.float32)


def detect(path: Path, ffmpeg: str | None = None) -> Beats:
    """The beats of an audio (or video) file."""
    try:
        import librosa
    except ImportError as exc:
        raise BeatError("beat detection needs the 'beats' extra: pip install 'media-content-generator[beats]'") from exc
    from nemo_skill.draft.promo import is_steady

    if ffmpeg is None:
        from nemo_skill.render import ffmpeg_exe

        ffmpeg = ffmpeg_exe()
    y = _decode(Path(path), ffmpeg)
    if y.size < RATE or float(np.abs(y).max(initial=0.0)) < 1e-4:
        return Beats([], 0.0, False)
    tempo, frames = _beat_track(librosa, y)
    times = [float(t) for t in np.atleast_1d(frames)]
    bpm = float(np.atleast_1d(tempo)[0]) if np.size(tempo) else 0.0
    return Beats(times, bpm, is_steady([t * 1000 for t in times]))


def _beat_track(librosa: Any, y: np.ndarray) -> tuple[Any, Any]:
    """librosa's beat tracker; its first use in this process under COMPILE_LOCK (see there)."""
    global _compiled
    if _compiled:
        return librosa.beat.beat_track(y=y, sr=RATE, units="time")
    from filelock import FileLock, Timeout

    try:
        with FileLock(str(COMPILE_LOCK), timeout=LOCK_WAIT_S):
            found = librosa.beat.beat_track(y=y, sr=RATE, units="time")
    except Timeout as exc:
        raise BeatError(f"another process has been preparing the beat tracker for {LOCK_WAIT_S:.0f} s "
                        f"(lock {COMPILE_LOCK}); try again when it is done") from exc
    _compiled = True
    return found
