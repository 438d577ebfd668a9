"""Every script: --help, exactly one JSON object with --json, one-line errors, the route table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import test_scripts_connect as shared

one_json = shared.one_json
ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ["connect", "upload", "chat", "state", "credits", "export", "route"]


@pytest.mark.parametrize("name", SCRIPTS)
def test_help(name: str, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / name), "--help"], capture_output=True, text=True,
                          timeout=30, cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"usage: {name}") and "--json" in proc.stdout
    assert proc.stderr == ""


def test_scripts_are_executable_and_thin() -> None:
    for name in SCRIPTS:
        path = ROOT / "scripts" / name
        assert path.stat().st_mode & 0o111, name
        assert path.read_text().startswith("#!/usr/bin/env python3")
        assert len(path.read_text().splitlines()) <= 6


def test_json_is_exactly_one_object(run_script, media_dir: Path) -> None:  # type: ignore[no-untyped-def]
    runs = [
        ("connect", "--json"), ("credits", "--json"), ("state", "--json"), ("route", "--json", "导出"),
        ("upload", "--json", str(media_dir / "red-sneaker.jpg")),
        ("upload", "--json", "/nonexistent.png"),  # an error is one object too
        ("export", "--json", "--quality", "ultra"),  # usage error
        ("chat", "--json", ""),
    ]
    for args in runs:
        proc = run_script(*args)
        obj = one_json(proc)
        assert obj["ok"] is (proc.returncode == 0), (args, proc.stdout, proc.stderr)
        if not obj["ok"]:
            assert obj["error"]["exit_code"] == proc.returncode
            assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize(("message", "action"), [
    ("export the video", "export"), ("导出", "export"), ("send me the video", "export"),
    ("credits", "credits"), ("余额", "credits"), ("show tracks", "state"), ("状态", "state"),
    ("upload", "upload"), ("上传", "upload"), ("add BGM", "chat"), ("生成一个视频", "chat"),
])
def test_route_script(message: str, action: str) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "route"), message], capture_output=True,
                          text=True, timeout=30)
    assert proc.returncode == 0 and proc.stdout.strip() == action
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "route"), "--json", message],
                          capture_output=True, text=True, timeout=30)
    assert json.loads(proc.stdout) == {"ok": True, "action": action, "script": f"scripts/{action}",
                                       "uses_sse": action == "chat"}


def test_bootstrap_reexecs_under_the_skill_venv(tmp_path: Path) -> None:
    """A copy with its own .venv: started with another python, the script re-execs under the venv."""
    import shutil

    skill = tmp_path / "skill"
    shutil.copytree(ROOT / "scripts", skill / "scripts")
    shutil.copytree(ROOT / "nemo_skill", skill / "nemo_skill", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "SKILL.md", skill / "SKILL.md")
    marker = tmp_path / "used-venv"
    fake = skill / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text(f'#!/bin/sh\necho "$@" > "{marker}"\nexec "{sys.executable}" "$@"\n')
    fake.chmod(0o755)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, str(skill / "scripts" / "route"), "show", "tracks"], capture_output=True,
                          text=True, timeout=30, cwd=elsewhere, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "state"
    assert marker.read_text().split()[:2] == [str(skill / "scripts" / "route"), "show"]
    # without a venv the current python runs it, with the copy's root first on sys.path
    shutil.rmtree(skill / ".venv")
    marker.unlink()
    proc = subprocess.run([sys.executable, str(skill / "scripts" / "route"), "积分"], capture_output=True,
                          text=True, timeout=30, cwd=elsewhere, env=env)
    assert proc.stdout.strip() == "credits" and not marker.exists()
