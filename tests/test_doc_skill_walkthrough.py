"""SKILL.md runs as written: every shell command in its ```bash blocks, in order, against the local engine.

The commands run from an installed copy of the skill (the folder an agent would ``cd`` into), with
``NEMO_API_URL=local`` and a temporary ``NEMO_LOCAL_DATA``. Placeholders are filled in with real files:

* ``"<file>"``    every demo asset (five product images, the music bed, the voiceover), each quoted;
* ``"<message>"`` SKILL.md's example request;
* ``"<request>"`` a user request for the router;
* ``"<out.mp4>"`` a path in a temporary folder.

An unknown placeholder fails the test. The result must be a playable MP4 of about 30 s (PyAV).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import av
import pytest

from nemo_skill import installer

ROOT = Path(__file__).resolve().parents[1]
MESSAGE = "combine these images and audio into a 30-second promotional video with text overlays"


def commands(skill_md: str) -> list[str]:
    blocks = re.findall(r"^```bash\n(.*?)^```", skill_md, re.S | re.M)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def fill(line: str, values: dict[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        assert name in values, f"unknown placeholder <{name}> in {line!r}"
        return values[name]

    return re.sub(r'"<([^>]+)>"', sub, line)


@pytest.mark.slow
def test_skill_md_walkthrough(tmp_path: Path, media_dir: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    skill = installer.install("cursor", home=home, mode="fast", log=lambda _m: None).path
    out = tmp_path / "deliver" / "promo.mp4"
    out.parent.mkdir()
    assets = sorted(media_dir.glob("*.jpg")) + [media_dir / "music-bed.mp3", media_dir / "voiceover.wav"]
    assert len(assets) == 7
    values = {
        "file": " ".join(shlex.quote(str(p)) for p in assets),
        "message": shlex.quote(MESSAGE),
        "request": shlex.quote("send me the video"),
        "out.mp4": shlex.quote(str(out)),
    }
    data_dir = tmp_path / "engine"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEMO_", "VIRTUAL_ENV", "PYTHONPATH"))}
    env.update(HOME=str(home), NEMO_API_URL="local", NEMO_LOCAL_DATA=str(data_dir),
               NEMO_CONFIG_DIR=str(tmp_path / "config"),
               # poll the render every second instead of every 30 s: the engine renders in seconds
               NEMO_RENDER_POLL_S="1", NEMO_RENDER_MAX_POLLS="600")
    lines = commands((skill / "SKILL.md").read_text(encoding="utf-8"))
    ran: list[tuple[str, str]] = []
    try:
        for line in lines:
            m = re.fullmatch(r"export ([A-Z_]+)=(\S+)", line)
            if m:
                env[m.group(1)] = m.group(2)
                continue
            cmd = fill(line, values)
            proc = subprocess.run(["bash", "-c", cmd], cwd=skill, env=env, capture_output=True, text=True,
                                  timeout=600)
            assert proc.returncode == 0, f"{line}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"
            ran.append((line.split()[0], proc.stdout))
    finally:
        from nemo_skill.local import launcher

        launcher.stop(data_dir)

    order = [name for name, _ in ran]
    for a, b in [("scripts/connect", "scripts/upload"), ("scripts/upload", "scripts/chat"),
                 ("scripts/chat", "scripts/export")]:
        assert order.index(a) < order.index(b), order
    outputs = dict(ran)
    assert outputs["scripts/route"].strip() == "export"
    assert outputs["scripts/upload"].count("Uploaded ") == 7
    state = outputs["scripts/state"]
    assert state.startswith("Timeline (") and "empty" not in state, state
    assert "Saved " in outputs["scripts/export"]

    assert out.is_file() and out.stat().st_size > 50_000
    with av.open(str(out)) as c:
        video = c.streams.video[0]
        assert video.codec_context.name == "h264"
        assert c.streams.audio, "the music and voiceover should be mixed in"
        seconds = float(c.duration) / 1_000_000
        assert 28.0 <= seconds <= 32.0, seconds
        frames = sum(1 for _ in c.decode(video))
    assert frames >= 25 * 28
