"""scripts/export: a destination that cannot be written is refused before anything is sent (exit 2);
the retry rule tells a render that failed for a reason that is not the draft's from one that is the
draft's; and the local engine killed mid-render (SIGKILL) leaves a remembered render that --resume
reports as interrupted (exit 8), after which a plain export works."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import test_scripts_connect as shared
from test_scripts_export import FAST, STATUS, prepare, stored_render

faulty = shared.faulty
one_json = shared.one_json
ROOT = Path(__file__).resolve().parents[1]


def test_unwritable_destinations_are_refused_before_anything_is_sent(faulty, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fifo = tmp_path / "pipe.mp4"
    os.mkfifo(fifo)
    cases = {
        str(tmp_path / "missing" / "promo.mp4"): "does not exist",
        "/proc/promo.mp4": "special file system (proc)",
        "/sys/promo.mp4": "special file system (sysfs)",
        str(fifo): "not a regular file",
    }
    if os.geteuid() != 0:  # root writes anywhere, so the permission case needs an ordinary user
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        cases[str(locked / "promo.mp4")] = "no permission"
    for out, why in cases.items():
        proc = faulty("export", "--out", out, "--json")
        assert proc.returncode == 2, (out, proc.stderr)
        line = proc.stderr.strip()
        assert line.startswith("Error: ") and why in line and "\n" not in line, (out, line)
        assert one_json(proc)["error"]["kind"] == "usage"
        assert "Traceback" not in proc.stderr
    assert faulty.faults.requests == []  # not even a token was asked for


@pytest.mark.slow
def test_retry_only_when_the_failure_is_not_the_drafts(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prepare(faulty, media_dir)

    def restart(body: Any) -> Any:
        return {**body, "status": "failed", "error": "interrupted by an engine restart", "retryable": True}

    faulty.faults.add("rewrite", STATUS, method="GET", transform=restart)
    out = tmp_path / "again.mp4"
    proc = faulty("export", "--out", str(out), "--quality", "low", env=FAST, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "interrupted by an engine restart" in proc.stderr and "retrying once" in proc.stderr
    assert len(list(faulty.faults.render_submissions())) == 2 and out.stat().st_size > 0
    assert proc.stdout.startswith(f"Saved {out} (4.0 s, 1080x1920, ")

    def draft_fault(body: Any) -> Any:
        return {**body, "status": "failed", "error": "media not found: m_123", "retryable": False}

    faulty.faults.add("rewrite", STATUS, method="GET", transform=draft_fault)
    proc = faulty("export", "--out", str(tmp_path / "never.mp4"), env=FAST, timeout=300)
    assert proc.returncode == 8 and proc.stderr.strip().endswith("Error: media not found: m_123"), proc.stderr
    assert len(list(faulty.faults.render_submissions())) == 3  # no second attempt for the draft's fault
    assert stored_render(faulty) is None


def _script(name: str, *args: str, env: dict[str, str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / name), *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.slow
def test_engine_killed_mid_render_then_resume_then_export(media_dir: Path, tmp_path: Path) -> None:
    from nemo_skill.local import launcher

    data = tmp_path / "engine"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEMO_")}
    env.update(NEMO_API_URL="local", NEMO_LOCAL_DATA=str(data), NEMO_CONFIG_DIR=str(tmp_path / "config"),
               HOME=str(tmp_path), PYTHONPATH=str(ROOT), NEMO_RENDER_POLL_S="0.2", NEMO_RENDER_MAX_POLLS="900")
    try:
        assert _script("upload", *map(str, sorted(media_dir.glob("*.jpg"))), env=env, cwd=tmp_path).returncode == 0
        made = _script("chat", "make a 15-second video from these photos", env=env, cwd=tmp_path)
        assert made.returncode == 0, made.stderr
        out = tmp_path / "promo.mp4"
        proc = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "export"), "--out", str(out)], env=env,
                                cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        seen = []
        for line in proc.stderr:  # the render is under way: kill the engine, not the export
            seen.append(line)
            if line.startswith("Rendering: ") and not line.startswith("Rendering: 0%"):
                break
        engine_pid = json.loads((data / "server.json").read_text())["pid"]
        os.kill(engine_pid, signal.SIGKILL)
        rest = proc.communicate(timeout=120)
        stderr = "".join(seen) + rest[1]
        assert proc.returncode == 3, stderr
        assert "is remembered: finish it later with scripts/export --resume" in stderr.splitlines()[-1]
        assert not out.exists()

        resumed = _script("export", "--resume", env=env, cwd=tmp_path)  # starts the engine again
        assert resumed.returncode == 8, resumed.stderr
        assert resumed.stderr.splitlines()[-1].startswith("Error: interrupted by an engine restart")
        nothing = _script("export", "--resume", env=env, cwd=tmp_path)
        assert nothing.returncode == 2 and "no unfinished export" in nothing.stderr

        plain = _script("export", "--out", str(out), "--quality", "low", env=env, cwd=tmp_path)
        assert plain.returncode == 0, plain.stderr
        assert "earlier export did not finish" not in plain.stderr
        assert plain.stdout.startswith(f"Saved {out} (15.0 s, 1920x1080, ")
        assert out.stat().st_size > 50_000
    finally:
        launcher.stop(data)
