"""The encoder stage: the finished picture (whole-video fades), the poster and contact-sheet frames
taken on the way to the encoder, the filter scripts and FFmpeg's output arguments."""

from __future__ import annotations

from pathlib import Path

from . import audio
from .graph import BT709, Graph

# CRF / x264 preset per quality, chosen by measured fidelity to the frames encoded (SSIM and PSNR
# against the raw frames, on the reference promo and on a textured, photo-like Ken Burns clip):
# superfast at CRF 21 is as close to them as veryfast at CRF 18 (SSIM 33.5 / 20.7 dB against 33.2 /
# 20.4; PSNR 59.2 / 49.0 against 59.1 / 48.3) with 27-32 % less encoder CPU, for files ~1.4x the
# size (0.8 Mbit/s for the reference, 3.4 for the textured clip; YouTube asks for 8). Medium likewise:
# superfast CRF 24 matches veryfast CRF 21. See README "Quality".
QUALITY = {
    "high": {"crf": 21, "preset": "superfast", "audio": "192k"},
    "medium": {"crf": 24, "preset": "superfast", "audio": "160k"},
    "low": {"crf": 26, "preset": "superfast", "audio": "128k"},
}

FADE_COLOURS = {"black": "black", "white": "white"}


def fades(g: Graph) -> str:
    """``fade`` filters for the whole video from / to black or white (``m.fade``), or ''."""
    fade = g.meta.get("fade") or {}
    colour = FADE_COLOURS[fade.get("color", "black")]
    total = g.total_frames
    # fade counts frames from the part's first: a part never starts inside a fade (chunks.clean_cut),
    # so the fade in is in the first part only and the fade out starts at or after a part's start
    origin = g.origin
    parts = ""
    if fade.get("in") and origin == 0:
        parts += f"fade=t=in:s=0:n={min(total, g.fr(fade['in']))}:c={colour},"
    if fade.get("out") and total - min(total, g.fr(fade["out"])) >= origin:
        # the last frame is all colour (FFmpeg's last fading frame still has 1/n)
        n = min(total, g.fr(fade["out"]))
        parts += f"fade=t=out:s={total - n - origin}:n={max(1, n - 1)}:c={colour},"
    return parts


def fade_frames(g: Graph) -> list[range]:
    """The frames the whole-video fades change (a part may not start inside one)."""
    fade = g.meta.get("fade") or {}
    total = g.total_frames
    spans = []
    if fade.get("in"):
        spans.append(range(0, min(total, g.fr(fade["in"]))))
    if fade.get("out"):
        spans.append(range(total - min(total, g.fr(fade["out"])), total))
    return spans


def snap_frame(g: Graph, t: float) -> int:
    """The frame (of the whole video) shown as the poster or a sheet picture for time ``t``."""
    return min(g.total_frames - 1, max(0, round(t * g.fps)))


def poster_time(g: Graph) -> float:
    """The poster's moment: the title fully shown, else the middle of the first shot."""
    if g.title_time is None:
        g.title_time = g.shots[0].mid if g.shots else g.total_frames / g.fps / 2
    return g.title_time


def snapshots(g: Graph) -> dict[float, Path]:
    """Poster and contact-sheet frames leave the graph as they go to the encoder (a select passes
    those few frames on), so nothing decodes the finished file again afterwards. Ends the video
    graph with ``[vout]`` (to encode) and ``[snap]`` (to write as BMPs); returns time -> file."""
    # a part of a chunked render takes those in its frames, counted from its first
    span = g.span
    frame_of = {t: f - span.start for t in [poster_time(g), *(s.mid for s in g.shots)]
                if (f := snap_frame(g, t)) in span}
    # frame 0 too: FFmpeg prints no progress until every output has had its first frame
    snap_frames = sorted({0, *frame_of.values()})
    picks = any_of([f"eq(n,{f})" for f in snap_frames])
    g.vchains.append(f"[{g.base}]{fades(g)}format=yuv420p,{BT709},split=2[vout][snapall]")
    # Stamped an hour late: FFmpeg feeds whichever output lags in time, and a sparse output that
    # always lagged would have the graph run ahead, piling up frames for the encoder (+300 MB).
    g.vchains.append(f"[snapall]select='{picks}',setpts=PTS+3600/TB,"
                     "scale=in_color_matrix=bt709:in_range=tv,format=rgb24[snap]")
    files = {f: g.workdir / f"snap-{k + 1:03d}.bmp" for k, f in enumerate(snap_frames)}  # image2 counts from 1
    return {t: files[f] for t, f in frame_of.items()}


def any_of(terms: list[str], most: int = 50) -> str:
    """``terms`` summed, in parenthesised groups of at most ``most``: FFmpeg's expression parser
    refuses a flat sum of more than about 100 terms ("Cannot allocate memory"; a 5-minute draft of
    3-s pictures has 121 shots)."""
    while len(terms) > most:
        terms = [f"({'+'.join(terms[k:k + most])})" for k in range(0, len(terms), most)]
    return "+".join(terms)


def command(g: Graph, aout: str, out: Path, q: dict) -> list[str]:
    """Write the two filter scripts; FFmpeg's arguments for the whole render."""
    from .ffmpeg import filter_script_args

    vscript, ascript = g.workdir / "video.filtergraph", g.workdir / "audio.filtergraph"
    vscript.write_text(";\n".join(g.vchains) + "\n", encoding="utf-8")
    ascript.write_text(";\n".join(g.achains) + "\n", encoding="utf-8")
    return [
        # the graph on one thread: x264 keeps both cores busy, and slice threads in the graph only
        # added switching (measured: 0.15 s faster, 0.2 s less CPU on the reference render)
        "-y", "-filter_complex_threads", "1", *g.inputs.args,
        *filter_script_args(g.exe, str(vscript)), *filter_script_args(g.exe, str(ascript)),
        "-map", "[vout]", "-map", f"[{aout}]",
        *video_codec(g, q), "-frames:v", str(g.total_frames), *audio_codec(q),
        "-movflags", "+faststart", "-f", "mp4", str(out),
        "-map", "[snap]", "-fps_mode", "passthrough", "-c:v", "bmp", "-f", "image2",
        str(g.workdir / "snap-%03d.bmp"),
    ]


def video_codec(g: Graph, q: dict) -> list[str]:
    """x264's settings: the same for a whole render and for every part of a chunked one (parts are
    joined by stream copy). Each part starts on an IDR frame (x264's first) and x264's GOPs are
    closed, so a part decodes without the one before."""
    return ["-c:v", "libx264", "-preset", q["preset"], "-crf", str(q["crf"]), "-profile:v", "high",
            "-pix_fmt", "yuv420p", "-color_range", "tv", "-colorspace", "bt709", "-color_primaries", "bt709",
            "-color_trc", "bt709", "-g", str(2 * g.fps), "-bf", "2"]


def audio_codec(q: dict) -> list[str]:
    # FFmpeg's "fast" AAC coder: 0.3 s less CPU on 30 s than the default twoloop, and closer
    # to the mix (waveform SNR 40.7 against 31.8 dB at 192k; twoloop spends bits on PNS/IS)
    return ["-c:a", "aac", "-aac_coder", "fast", "-b:a", q["audio"], "-ar", str(audio.RATE), "-ac", "2"]


def part_command(g: Graph, out: Path, q: dict) -> list[str]:
    """FFmpeg's arguments for frames ``g.part`` of the video alone (no sound), and the poster and
    sheet frames among them as BMPs (``snapshots``: called first)."""
    from .ffmpeg import filter_script_args

    assert g.part is not None
    vscript = g.workdir / "video.filtergraph"  # ends in [vout] and [snap] (snapshots)
    vscript.write_text(";\n".join(g.vchains) + "\n", encoding="utf-8")
    return ["-y", "-filter_complex_threads", "1", *g.inputs.args, *filter_script_args(g.exe, str(vscript)),
            "-map", "[vout]", *video_codec(g, q), "-frames:v", str(len(g.part)), "-an",
            "-f", "mp4", str(out),
            "-map", "[snap]", "-fps_mode", "passthrough", "-c:v", "bmp", "-f", "image2",
            str(g.workdir / "snap-%03d.bmp")]


def sound_command(inputs: list[str], script: Path, aout: str, exe: str, out: Path, q: dict) -> list[str]:
    """FFmpeg's arguments for the whole video's sound alone (mixed once for a chunked render)."""
    from .ffmpeg import filter_script_args

    return ["-y", *inputs, *filter_script_args(exe, str(script)), "-map", f"[{aout}]", *audio_codec(q),
            "-vn", "-f", "mp4", str(out)]
