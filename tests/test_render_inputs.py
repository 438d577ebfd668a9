"""What goes in: every contract format, clip trimming and frame-rate conforming, clip sound, and the
ways a render can fail (bad draft, missing media, broken file, cancel) without leaving a file behind."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest
from mediacheck import (
    audio_peak,
    frame_at,
    frames,
    loudness,
    luma,
    probe,
    refs,
    timeline,
    true_peak,
    video_duration,
)
from PIL import Image

from nemo_skill.media.samples import make_clip, make_music, make_voiceover
from nemo_skill.render import MediaRef, RenderError, ffmpeg_exe, render_draft


def ff(*args: str) -> None:
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def no_leftovers(directory: Path) -> bool:
    return not [p for p in directory.iterdir() if "partial" in p.name or p.suffix == ".mp4"]


# ---- every listed format ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("render-formats")
    out: dict[str, Path] = {}
    for ext in ("mp4", "mov", "avi", "webm", "mkv", "gif"):
        out[ext] = make_clip(d / f"clip.{ext}", seconds=1.5, size=(160, 120), audio=ext != "gif")
    photo = Image.new("RGB", (200, 150), (200, 120, 40))
    for ext in ("jpg", "webp"):
        photo.save(d / f"photo.{ext}")
        out[ext] = d / f"photo.{ext}"
    rgba = Image.new("RGBA", (200, 150), (200, 120, 40, 255))
    rgba.paste((0, 0, 0, 0), (0, 0, 100, 150))  # left half transparent
    rgba.save(d / "photo.png")
    out["png"] = d / "photo.png"
    for ext in ("mp3", "wav", "m4a", "aac"):
        out[ext] = make_music(d / f"music.{ext}", seconds=1.5)
    return out


@pytest.mark.parametrize("ext", ["mp4", "mov", "avi", "webm", "mkv", "gif"])
def test_every_clip_format_renders_and_plays(ext: str, formats: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(320, 240, [{"mid": "c", "k": "video", "d": 1200}])
    out = render_draft(draft, refs({"c": formats[ext]}), tmp_path / "o.mp4", quality="low").path
    assert abs(video_duration(out) - 1.2) < 1 / 30 + 1e-6
    a, b = frame_at(out, 0.1), frame_at(out, 1.0)
    assert np.abs(a.astype(int) - b.astype(int)).mean() > 3  # it moves: a clip, not a still
    if ext != "gif":
        assert audio_peak(out) > 0.05  # the clip's own sound is kept


@pytest.mark.parametrize("ext", ["jpg", "png", "webp"])
def test_every_image_format_renders(ext: str, formats: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(320, 240, [{"mid": "p", "d": 300, "fit": "contain"}], bg="#00c000")
    f = frame_at(render_draft(draft, refs({"p": formats[ext]}), tmp_path / "o.mp4", quality="low").path, 0.1)
    assert np.abs(f[120, 240].astype(int) - (200, 120, 40)).max() < 20
    if ext == "png":  # transparent half: the canvas colour shows through
        assert np.abs(f[120, 80].astype(int) - (0, 192, 0)).max() < 20


@pytest.mark.parametrize("ext", ["mp3", "wav", "m4a", "aac"])
def test_every_audio_format_renders(ext: str, formats: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(320, 240, [{"mid": "p", "d": 1500}],
                     audio=[{"role": "music", "sg": [{"mid": "a", "s": 0, "d": 1500}]}])
    out = render_draft(draft, refs({"p": formats["jpg"], "a": formats[ext]}), tmp_path / "o.mp4",
                       quality="low").path
    assert probe(out).audio_codec == "aac" and audio_peak(out) > 0.05


# ---- clips: trim, frame rate, sound ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def level_clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Grey clips whose brightness is 10 + 50 * t (t = source time in s): a frame tells its time."""
    d = tmp_path_factory.mktemp("render-levels")
    geq = "geq=lum='10+50*T':cb=128:cr=128"
    ff("-f", "lavfi", "-i", "color=c=black:s=160x120:r=30000/1001:d=4", "-vf", geq,
       "-c:v", "libx264", "-crf", "4", "-pix_fmt", "yuv420p", str(d / "ntsc.mp4"))
    # a phone-style variable frame rate: 50 ms and 17 ms apart in turns
    ff("-f", "lavfi", "-i", "color=c=black:s=160x120:r=30:d=4",
       "-vf", f"settb=1/1000,setpts='floor(N/2)*67+mod(N,2)*50',{geq}",
       "-fps_mode", "vfr", "-c:v", "libx264", "-crf", "4", "-pix_fmt", "yuv420p", str(d / "vfr.mp4"))
    return {"ntsc": d / "ntsc.mp4", "vfr": d / "vfr.mp4"}


def level(f: np.ndarray) -> float:
    return luma(f[40:80, 60:100])


@pytest.mark.parametrize("clip", ["ntsc", "vfr"])
def test_trim_and_frame_rate_conform(clip: str, level_clips: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(160, 120, [{"mid": "c", "k": "video", "d": 1500, "in": 1000, "out": 2500}], fps=30)
    out = render_draft(draft, refs({"c": level_clips[clip]}), tmp_path / "o.mp4", quality="high").path
    p = probe(out)
    assert p.fps == 30 and p.frames == 45
    seq = frames(out, 0.0, 45)
    levels = [level(f) for f in seq]
    # the first frame is the source at 1.0 s, the last one at ~2.47 s; time runs at normal speed
    assert levels[0] == pytest.approx(60, abs=5)
    assert levels[-1] == pytest.approx(10 + 50 * (1.0 + 44 / 30), abs=5)
    assert all(b >= a - 2 for a, b in zip(levels, levels[1:], strict=False))


def test_clip_longer_segment_holds_the_last_frame(level_clips: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(160, 120, [{"mid": "c", "k": "video", "d": 1500, "in": 3000, "out": 3900}])
    out = render_draft(draft, refs({"c": level_clips["ntsc"]}), tmp_path / "o.mp4", quality="low").path
    assert abs(video_duration(out) - 1.5) < 1 / 30 + 1e-6
    assert level(frame_at(out, 1.4)) == pytest.approx(10 + 50 * 3.87, abs=6)


def test_clip_sound_kept_or_muted(formats: dict[str, Path], tmp_path: Path) -> None:
    media = refs({"c": formats["mp4"]})
    loud = timeline(320, 240, [{"mid": "c", "k": "video", "d": 1200}])
    muted = timeline(320, 240, [{"mid": "c", "k": "video", "d": 1200, "mute": True}])
    assert audio_peak(render_draft(loud, media, tmp_path / "a.mp4", quality="low").path) > 0.05
    assert audio_peak(render_draft(muted, media, tmp_path / "b.mp4", quality="low").path) < 1e-3


def test_voice_over_music_lands_near_minus_14_lufs(formats: dict[str, Path], tmp_path: Path) -> None:
    voice = make_voiceover(tmp_path / "vo.wav", seconds=4.0)
    music = make_music(tmp_path / "m.m4a", seconds=2.0)
    draft = timeline(160, 120, [{"mid": "p", "d": 5000}], audio=[
        {"role": "voice", "sg": [{"mid": "v", "s": 500, "d": 4000}]},
        {"role": "music", "vol": 0.3, "duck": True, "sg": [{"mid": "m", "s": 0, "d": 5000, "loop": True,
                                                             "fi": 500, "fo": 1000}]}])
    out = render_draft(draft, refs({"p": formats["jpg"], "v": voice, "m": music}), tmp_path / "o.mp4",
                       quality="low").path
    assert -16 <= loudness(out) <= -12
    assert audio_peak(out, 0.0, 0.05) < 0.1  # music fades in from silence


def quiet_voice_draft(seconds: int) -> dict:
    """A quiet voice-over over music at 35 %, as the planner's first cut makes it (-25 LUFS mixed)."""
    ms = seconds * 1000
    return timeline(160, 120, [{"mid": "p", "d": ms}], audio=[
        {"role": "voice", "sg": [{"mid": "v", "s": 500, "d": ms - 1000}]},
        {"role": "music", "vol": 0.35, "duck": True, "sg": [{"mid": "m", "s": 0, "d": ms, "loop": True,
                                                              "fi": 1000, "fo": 2000}]}])


@pytest.fixture(scope="module")
def quiet_voice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("quiet-voice")
    return {"v": make_voiceover(d / "vo.wav", seconds=11.0), "m": make_music(d / "m.mp3", seconds=4.0)}


def test_a_quiet_voice_over_is_brought_to_minus_14_lufs_under_the_peak_limit(
        formats: dict[str, Path], quiet_voice: dict[str, Path], tmp_path: Path) -> None:
    """Measured first, then one gain and a limiter: on target to a few tenths (single-pass
    loudnorm ended this kind of mix at -17.7 LUFS over 30 s)."""
    out = render_draft(quiet_voice_draft(12), refs({"p": formats["jpg"], **quiet_voice}), tmp_path / "o.mp4",
                       quality="low", workdir=tmp_path / "w").path
    graph = (tmp_path / "w" / "audio.filtergraph").read_text()
    assert "volume=" in graph and "loudnorm" not in graph
    assert -14.7 <= loudness(out) <= -13.3
    assert true_peak(out) <= -1.0


def test_loudness_falls_back_to_loudnorm_when_it_cannot_be_measured(
        formats: dict[str, Path], quiet_voice: dict[str, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from nemo_skill.render import audio

    monkeypatch.setattr(audio, "loudness_gain", lambda *a, **k: None)
    out = render_draft(quiet_voice_draft(6), refs({"p": formats["jpg"], **quiet_voice}), tmp_path / "o.mp4",
                       quality="low", workdir=tmp_path / "w").path
    assert "loudnorm" in (tmp_path / "w" / "audio.filtergraph").read_text()
    assert -18 <= loudness(out) <= -12


@pytest.mark.parametrize("levels,gain", [
    ((-80.0, -80.0, -80.0, -80.0), None),  # silence: nothing to normalise
    ((-9.0, -7.8, -7.2, -7.0), -5.0),  # too loud: turned down, no limiting needed
    ((-25.0, -18.1, -12.9, -8.4), 8 + 8 * 4.1 / 5.2),  # between two rungs (0, 8, 16, 24 dB)
    ((-40.0, -32.0, -24.0, -19.0), 24.0),  # very quiet: as loud as allowed
])
def test_the_gain_is_read_off_the_measured_ladder(levels: tuple[float, ...], gain: float | None) -> None:
    from nemo_skill.render import audio

    got = audio._gain_from_ladder((0.0, *audio.LADDER_DB), levels)
    assert got == (pytest.approx(gain) if gain is not None else None)


# ---- failures -----------------------------------------------------------------------------------------

def test_missing_media_id_is_a_clear_error(formats: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(320, 240, [{"mid": "nope", "d": 300}])
    with pytest.raises(RenderError, match="'nope'"):
        render_draft(draft, refs({"p": formats["jpg"]}), tmp_path / "o.mp4")
    assert no_leftovers(tmp_path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    draft = timeline(320, 240, [{"mid": "p", "d": 300}])
    ref = MediaRef(path=tmp_path / "gone.jpg", kind="image")
    with pytest.raises(RenderError, match="missing"):
        render_draft(draft, {"p": ref}, tmp_path / "o.mp4")


@pytest.mark.parametrize("breakage", [
    lambda d: d.pop("m"),
    lambda d: d["t"][0]["sg"][0].update(s=100),  # the first segment must start at 0
    lambda d: d.update(d=99),  # total disagrees with the segments
    lambda d: d["m"].update(fps=29),
])
def test_bad_draft_is_refused_before_anything_runs(breakage, formats: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(320, 240, [{"mid": "p", "d": 300}])
    breakage(draft)
    with pytest.raises(RenderError, match="invalid draft"):
        render_draft(draft, refs({"p": formats["jpg"]}), tmp_path / "o.mp4")
    assert no_leftovers(tmp_path)


def test_broken_video_fails_with_one_line_and_no_file(formats: dict[str, Path], tmp_path: Path) -> None:
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(formats["mp4"].read_bytes()[:2000])  # truncated: header only
    draft = timeline(320, 240, [{"mid": "c", "k": "video", "d": 500}])
    ref = MediaRef(path=bad, kind="video", duration=1.5, has_audio=False)
    out_dir = tmp_path / "out"
    with pytest.raises(RenderError) as err:
        render_draft(draft, {"c": ref}, out_dir / "o.mp4")
    msg = str(err.value)
    assert msg and "\n" not in msg and len(msg) < 300
    assert no_leftovers(out_dir)


@pytest.mark.timeout(120)
def test_zoom_frames_failing_mid_render_stop_it_with_their_reason(formats: dict[str, Path], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Ken Burns zoom frames are made outside FFmpeg and piped in: if making one fails, FFmpeg is
    stopped, the error names the segment and the cause, and no partial file is left."""
    from nemo_skill.render import motion

    real_frame = motion.GlideFrames.frame

    def failing(self, k, out):  # the real frames, then a failure at frame 20
        if k == 20:
            raise MemoryError("no memory for the next frame")
        return real_frame(self, k, out)

    monkeypatch.setattr(motion.GlideFrames, "frame", failing)
    draft = timeline(640, 360, [{"mid": "p", "d": 1000}, {"mid": "p", "d": 2000, "kb": "in"}])
    out_dir = tmp_path / "out"
    with pytest.raises(RenderError) as err:
        render_draft(draft, refs({"p": formats["jpg"]}), out_dir / "o.mp4")
    msg = str(err.value)
    assert "Ken Burns" in msg and "no memory for the next frame" in msg and "sg/v1" in msg, msg
    assert "\n" not in msg
    assert no_leftovers(out_dir)


@pytest.mark.timeout(120)
def test_ffmpeg_failing_while_zoom_frames_stream_in_does_not_hang(formats: dict[str, Path], tmp_path: Path) -> None:
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(formats["mp4"].read_bytes()[:2000])
    draft = timeline(640, 360, [{"mid": "p", "d": 3000, "kb": "in"}, {"mid": "c", "k": "video", "d": 500}])
    media = {**refs({"p": formats["jpg"]}), "c": MediaRef(path=bad, kind="video", duration=1.5)}
    out_dir = tmp_path / "out"
    with pytest.raises(RenderError) as err:
        render_draft(draft, media, out_dir / "o.mp4")
    assert "Ken Burns" not in str(err.value)  # FFmpeg's own reason, not the pipe it stopped reading
    assert no_leftovers(out_dir)
    assert not [t for t in threading.enumerate() if t.name.startswith("feed-")]  # no writer left behind


def test_unknown_quality_is_refused(formats: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(320, 240, [{"mid": "p", "d": 300}])
    with pytest.raises(RenderError, match="quality"):
        render_draft(draft, refs({"p": formats["jpg"]}), tmp_path / "o.mp4", quality="ultra")  # type: ignore[arg-type]


def test_cancel_stops_ffmpeg_and_leaves_nothing(formats: dict[str, Path], tmp_path: Path) -> None:
    draft = timeline(1280, 720, [{"mid": "p", "d": 60000, "kb": "in"}])
    cancel = threading.Event()
    seen: list[float] = []

    def progress(frac: float) -> None:
        seen.append(frac)
        cancel.set()  # cancel as soon as FFmpeg reports it is under way

    out_dir = tmp_path / "out"
    with pytest.raises(RenderError, match="cancel"):
        render_draft(draft, refs({"p": formats["jpg"]}), out_dir / "o.mp4", progress=progress, cancel=cancel)
    assert seen and max(seen) < 0.5
    assert no_leftovers(out_dir)
    # a later render into the same place works
    quick = timeline(320, 240, [{"mid": "p", "d": 300}])
    assert render_draft(quick, refs({"p": formats["jpg"]}), out_dir / "o.mp4", quality="low").path.is_file()


def _sine_wav(path: Path, freq: float, seconds: float, amp: float) -> Path:
    import wave

    t = np.arange(int(seconds * 48000)) / 48000
    pcm = (amp * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(48000)
        w.writeframes(pcm.tobytes())
    return path


def _tone_level(path: Path, freq: float, start: float, end: float) -> float:
    """Amplitude of one frequency in a time window of the rendered sound."""
    import av

    chunks = []
    with av.open(str(path)) as c:
        for frame in c.decode(audio=0):
            chunks.append(frame.to_ndarray()[0])
    x = np.concatenate(chunks)[int(start * 48000):int(end * 48000)]
    t = np.arange(len(x)) / 48000
    return float(np.abs(np.sum(x * np.exp(-2j * np.pi * freq * t))) * 2 / len(x))


def test_music_ducks_under_the_voice(formats: dict[str, Path], tmp_path: Path) -> None:
    voice = _sine_wav(tmp_path / "voice.wav", 1000.0, 2.0, 0.5)  # "speech" from 2 s to 4 s
    music = _sine_wav(tmp_path / "music.wav", 200.0, 6.0, 0.5)
    levels = {}
    for duck in (True, False):
        draft = timeline(160, 120, [{"mid": "p", "d": 6000}], audio=[
            {"role": "voice", "sg": [{"mid": "v", "s": 2000, "d": 2000}]},
            {"role": "music", "vol": 0.5, "duck": duck, "sg": [{"mid": "m", "s": 0, "d": 6000}]}])
        out = render_draft(draft, refs({"p": formats["jpg"], "v": voice, "m": music}),
                           tmp_path / f"duck-{duck}.mp4", quality="low").path
        # music level while the voice speaks, relative to before it starts
        levels[duck] = _tone_level(out, 200, 2.5, 3.8) / _tone_level(out, 200, 0.5, 1.8)
    assert levels[True] < 0.5 * levels[False], levels  # at least 6 dB lower than without ducking
