"""``make demo``: the skill end to end on the local engine, as an agent would drive it.

Makes sample assets (five product images, a 30 s music bed, a voiceover: spoken when espeak-ng is
installed), then runs the real scripts one after the other: connect, upload, chat, state, export,
with ``NEMO_API_URL=local`` and the engine's data and the client's config inside the output folder.
Stops the engine it started and prints where the MP4 and its contact sheet are, and the time taken.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MESSAGE = "combine these images and audio into a 30-second promotional video with text overlays"


def _step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run_script(name: str, args: list[str], env: dict[str, str], *, capture_json: bool = False) -> dict | None:
    """Run scripts/<name> as an agent would (from the skill folder), echoing the command."""
    cmd = [str(ROOT / "scripts" / name), *args]
    shown = " ".join(["scripts/" + name, *(shlex.quote(_short(a)) for a in args)])
    print(f"$ {shown}", flush=True)
    proc: subprocess.CompletedProcess[str]
    if capture_json:
        proc = subprocess.run([*cmd, "--json"], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    else:
        proc = subprocess.run(cmd, env=env, cwd=ROOT, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"demo: scripts/{name} failed with exit code {proc.returncode}")
    if capture_json:
        out = proc.stdout.strip().splitlines()
        doc = json.loads(out[-1]) if out else {}
        return doc
    return None


def _short(arg: str) -> str:
    """Paths inside the repository are shown relative to it."""
    try:
        return str(Path(arg).resolve().relative_to(ROOT))
    except ValueError:
        return arg


def contact_sheet(video: Path, out: Path, columns: int = 4, rows: int = 3, width: int = 320) -> Path:
    """A grid of frames spread evenly over the video (PyAV + Pillow)."""
    import av
    from PIL import Image, ImageDraw

    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        tb = stream.time_base or Fraction(1, 1000)
        duration = float(container.duration or 0) / 1_000_000 or float((stream.duration or 0) * tb)
        count = columns * rows
        targets = [duration * (i + 0.5) / count for i in range(count)]
        frames: list[tuple[float, Image.Image]] = []
        for t in targets:
            container.seek(int(t / tb), stream=stream, backward=True, any_frame=False)
            for frame in container.decode(stream):
                if frame.time is not None and frame.time + 1e-3 >= t:
                    frames.append((t, frame.to_image()))
                    break
            else:
                continue
    if not frames:
        raise RuntimeError(f"no frames decoded from {video}")
    w0, h0 = frames[0][1].size
    height = round(width * h0 / w0)
    sheet = Image.new("RGB", (columns * width, rows * (height + 18)), (16, 16, 16))
    draw = ImageDraw.Draw(sheet)
    for i, (t, img) in enumerate(frames):
        x, y = (i % columns) * width, (i // columns) * (height + 18)
        sheet.paste(img.resize((width, height)), (x, y))
        draw.text((x + 4, y + height + 3), f"{t:5.1f} s", fill=(220, 220, 220))
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(out)
    return out


def describe(video: Path) -> str:
    import av

    with av.open(str(video)) as c:
        v = c.streams.video[0]
        audio = "with audio" if c.streams.audio else "no audio"
        seconds = float(c.duration or 0) / 1_000_000
        return f"{v.codec_context.name} {v.width}x{v.height}, {seconds:.1f} s, {audio}, {video.stat().st_size / 1e6:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make demo", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "demo-output", help="output folder (default ./demo-output)")
    parser.add_argument("--started-at", type=float, default=None, help="epoch seconds the whole run started")
    parser.add_argument("--message", default=MESSAGE, help="the chat message")
    args = parser.parse_args(argv)
    started = args.started_at if args.started_at is not None else time.time()
    t0 = time.time()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    data_dir, config_dir, assets_dir = out / "engine", out / "config", out / "assets"
    video = out / "promo.mp4"

    env = {k: v for k, v in os.environ.items() if k not in ("NEMO_TOKEN", "NEMO_CLIENT_ID", "NEMO_WEB_URL")}
    env.update(NEMO_API_URL="local", NEMO_LOCAL_DATA=str(data_dir), NEMO_CONFIG_DIR=str(config_dir),
               PYTHONUNBUFFERED="1",
               # the local engine renders in seconds: check every 2 s instead of the cloud's 30 s
               NEMO_RENDER_POLL_S=os.environ.get("NEMO_RENDER_POLL_S", "2"),
               NEMO_RENDER_MAX_POLLS=os.environ.get("NEMO_RENDER_MAX_POLLS", "300"))

    # A fresh project every run: stop an engine a previous run left behind, forget its data.
    _stop_engine(data_dir)
    for stale in (data_dir, config_dir):
        shutil.rmtree(stale, ignore_errors=True)

    from nemo_skill.media.samples import make_demo_assets

    _step("Making sample assets")
    assets = make_demo_assets(assets_dir)
    files = [*assets["images"], *assets["music"], *assets["voice"]]
    for f in files:
        print(f"  {_short(str(f))}  ({f.stat().st_size // 1024} KB)")
    espeak = "spoken (espeak-ng)" if _has_espeak() else "speech-like tones (install espeak-ng for real speech)"
    print(f"  voiceover: {espeak}")

    try:
        _step("1. Connect (starts the local engine)")
        run_script("connect", [], env)
        _step("2. Upload the assets")
        run_script("upload", [str(f) for f in files], env)
        _step("3. Ask for the video")
        run_script("chat", [args.message], env)
        _step("4. Check the timeline")
        run_script("state", [], env)
        _step("5. Export the MP4")
        if video.exists():
            video.unlink()
        run_script("export", ["--out", str(video)], env)
    finally:
        _stop_engine(data_dir)

    if not video.is_file():
        print(f"demo: the export did not write {video}", file=sys.stderr)
        return 1
    sheet = next(iter(sorted(out.glob("promo*.png"))), None)  # the export saves the engine's contact sheet
    if sheet is None:
        sheet = contact_sheet(video, video.with_name("promo-sheet.png"))
    _step("Done")
    print(f"  video:         {_short(str(video))}  ({describe(video)})")
    print(f"  contact sheet: {_short(str(sheet))}")
    print(f"  engine data:   {_short(str(data_dir))} (stopped)")
    total = time.time() - started
    print(f"  time taken:    {total:.0f} s in all ({time.time() - t0:.0f} s for the demo itself"
          f"{', the rest setting up the venv' if total - (time.time() - t0) >= 1 else ''})")
    return 0


def _has_espeak() -> bool:
    return bool(shutil.which("espeak-ng") or shutil.which("espeak"))


def _stop_engine(data_dir: Path) -> None:
    try:
        from nemo_skill.local import launcher
    except ImportError:
        return
    try:
        stopped = launcher.stop(data_dir)
    except Exception as exc:  # the demo result matters more than a clean stop
        print(f"demo: could not stop the local engine: {exc}", file=sys.stderr)
        return
    if stopped:
        print("(local engine stopped)")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
