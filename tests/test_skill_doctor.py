"""scripts/doctor: finds what is broken, says how to fix it, exits 1 then, never prints the token."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path


def report(proc) -> dict:
    doc = json.loads(proc.stdout)
    return {c["name"]: c for c in doc["checks"]} | {"_ok": doc["ok"]}


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_healthy_setup_and_no_token_in_output(run_script) -> None:
    assert run_script("connect").returncode == 0
    creds = json.loads((run_script.config_dir / "credentials.json").read_text())
    token = next(iter(creds.values()))["token"]["value"]
    for args in (("--json",), ()):
        proc = run_script("doctor", *args)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert token not in proc.stdout + proc.stderr
    checks = report(run_script("doctor", "--json"))
    assert checks["_ok"] is True
    for name in ("python", "packages", "local engine packages", "ffmpeg", "config folder", "backend", "token"):
        assert checks[name]["status"] == "ok", checks[name]
    assert "accepted" in checks["token"]["detail"]


def test_unreachable_backend(run_script) -> None:
    proc = run_script("doctor", "--json", env={"NEMO_API_URL": f"http://127.0.0.1:{closed_port()}"})
    assert proc.returncode == 1
    checks = report(proc)
    assert checks["backend"]["status"] == "fail" and "does not answer" in checks["backend"]["detail"]
    human = run_script("doctor", env={"NEMO_API_URL": f"http://127.0.0.1:{closed_port()}"})
    assert human.returncode == 1 and "FAIL" in human.stdout and "fix:" in human.stdout


def test_rejected_env_token(run_script) -> None:
    secret = "nmv_usr_not-a-real-token-123456"
    proc = run_script("doctor", "--json", env={"NEMO_TOKEN": secret})
    assert proc.returncode == 1
    checks = report(proc)
    assert checks["token"]["status"] == "fail" and "NEMO_TOKEN" in checks["token"]["detail"]
    assert "unset" in checks["token"]["fix"]
    assert secret not in proc.stdout + proc.stderr


def test_config_folder_readable_by_others(run_script) -> None:
    assert run_script("connect").returncode == 0
    os.chmod(run_script.config_dir, 0o755)
    proc = run_script("doctor", "--json")
    assert proc.returncode == 1
    check = report(proc)["config folder"]
    assert check["status"] == "fail" and "chmod 700" in check["fix"]
    os.chmod(run_script.config_dir, 0o700)
    assert run_script("doctor", "--json").returncode == 0


def test_broken_ffmpeg_with_local_engine(run_script, tmp_path: Path) -> None:
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    proc = run_script("doctor", "--json", "--no-start",
                      env={"NEMO_API_URL": "local", "NEMO_FFMPEG": str(fake), "NEMO_LOCAL_DATA": str(tmp_path / "d")})
    assert proc.returncode == 1, proc.stdout
    check = report(proc)["ffmpeg"]
    assert check["status"] == "fail" and "NEMO_FFMPEG" in check["fix"]
    assert not (tmp_path / "d" / "server.json").exists(), "--no-start must not start the engine"
