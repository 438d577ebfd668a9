"""The OpenAPI document drives schemathesis against the real engine: no server errors, JSON errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import loopback
from engine_harness import Api


def test_schemathesis_finds_no_server_errors(engine, tmp_path: Path) -> None:
    api = Api(engine.url, "schemathesis")
    exe = shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or "schemathesis"
    cmd = [exe, "run", f"{engine.url}/openapi.json", "--checks", "not_a_server_error", "--max-examples", "6",
           "--phases", "coverage,fuzzing", "--generation-deterministic", "--request-timeout", "20",
           "-H", f"Authorization: Bearer {api.token}", "-H", "X-Client-Id: schemathesis",
           *[arg for k, v in Api.HEADERS.items() for arg in ("-H", f"{k}: {v}")]]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=170, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert " passed" in proc.stdout and "failed" not in proc.stdout.split("SUMMARY")[-1]
    assert loopback.get(engine.url + "/health").status_code == 200
