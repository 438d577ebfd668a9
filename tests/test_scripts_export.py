"""scripts/export against the real engine and renderer: a real MP4, resume after a kill, retry with a
new id, 409 pick-up, the token kept away from a foreign download host."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import loopback
import pytest
import test_scripts_connect as shared
from faults import SideServer

faulty = shared.faulty  # the Faults-wrapped engine fixture
one_json = shared.one_json
ROOT = Path(__file__).resolve().parents[1]
STATUS = r"/api/render/proxy/lambda/[^/]+"
FAST = {"NEMO_RENDER_POLL_S": "0.3", "NEMO_RENDER_MAX_POLLS": "400", "NEMO_POLL_INTERVALS": "0.2"}
pytestmark = pytest.mark.slow


def prepare(run: Any, media_dir: Path) -> None:
    images = sorted(media_dir.glob("*.jpg"))[:2]
    assert run("upload", *map(str, images)).returncode == 0
    proc = run("chat", "combine these images into a 4-second vertical video", env=FAST)
    assert proc.returncode == 0, proc.stderr


def probe(path: Path) -> tuple[str, float]:
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        return stream.codec_context.name, float(container.duration or 0) / 1_000_000


def stored_render(run: Any) -> dict | None:
    doc = json.loads((run.config_dir / "sessions.json").read_text())
    return doc[run.url].get("render")


def test_export_end_to_end(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = faulty("export", "--out", str(tmp_path / "none.mp4"), env=FAST)
    assert empty.returncode == 2 and "Nothing to export yet" in empty.stderr
    prepare(faulty, media_dir)
    out = tmp_path / "promo.mp4"
    proc = faulty("export", "--out", str(out), "--quality", "low", "--json", env=FAST, timeout=300)
    assert proc.returncode == 0, proc.stderr
    result = one_json(proc)
    assert Path(result["path"]) == out and out.stat().st_size == result["size"]
    codec, duration = probe(out)
    assert codec == "h264" and abs(duration - 4.0) < 0.3
    assert result["sheet"] and Path(result["sheet"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "/workspace/claim?ct=" in result["claim_link"]
    assert stored_render(faulty) is None  # finished: nothing left to resume
    (submit,) = faulty.faults.calls("POST", "/api/render/proxy/lambda")
    body = submit.body
    assert body["id"].startswith("render_") and body["sessionId"] and body["output"] == {"format": "mp4", "quality": "low"}
    assert body["draft"]["t"]
    assert "Rendering:" in proc.stderr
    assert not list(tmp_path.glob(".*.part"))


def test_resume_after_kill(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prepare(faulty, media_dir)
    out = tmp_path / "resumed.mp4"
    env = faulty.env(**{**FAST, "NEMO_RENDER_POLL_S": "0.2"})
    proc = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "export"), "--out", str(out), "--quality", "low"],
                            env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    deadline = time.monotonic() + 60
    for line in proc.stderr:
        if line.startswith("Rendering:") or time.monotonic() > deadline:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    rec = stored_render(faulty)
    assert rec is not None and rec["out"] == str(out)
    assert not out.exists()
    done = faulty("export", "--resume", "--json", env=FAST, timeout=300)
    assert done.returncode == 0, done.stderr
    assert one_json(done)["render_id"] == rec["id"]
    assert probe(out)[0] == "h264"
    assert list(faulty.faults.render_submissions()) == [rec["id"]]  # resumed, not submitted again
    again = faulty("export", "--resume")
    assert again.returncode == 2 and "no unfinished export" in again.stderr


def test_failed_render_is_retried_with_a_new_id(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prepare(faulty, media_dir)

    def fail(body: Any) -> Any:
        return {**body, "status": "failed", "error": "GPU node lost"}

    faulty.faults.add("rewrite", STATUS, method="GET", transform=fail)
    proc = faulty("export", "--out", str(tmp_path / "retry.mp4"), "--quality", "low", "--json", env=FAST, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "GPU node lost" in proc.stderr and "new render id" in proc.stderr
    ids = list(faulty.faults.render_submissions())
    assert len(ids) == 2 and ids[0] != ids[1]
    # both attempts failing: exit 8
    faulty.faults.add("rewrite", STATUS, method="GET", transform=fail, times=None)
    proc = faulty("export", "--out", str(tmp_path / "never.mp4"), env=FAST, timeout=300)
    assert proc.returncode == 8 and "GPU node lost" in proc.stderr


def test_running_export_is_picked_up_and_token_stays_home(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prepare(faulty, media_dir)
    creds = json.loads((faulty.config_dir / "credentials.json").read_text())[faulty.url]["token"]["value"]
    sid = json.loads((faulty.config_dir / "sessions.json").read_text())[faulty.url]["session"]["session_id"]
    headers = {"Authorization": f"Bearer {creds}", "X-Skill-Source": "t", "X-Skill-Version": "1",
               "X-Skill-Platform": "unknown"}
    started = loopback.post(faulty.url + "/api/render/proxy/lambda", headers=headers, json={
        "id": "render_elsewhere_1", "sessionId": sid, "draft": None, "output": {"format": "mp4", "quality": "low"}})
    assert started.status_code == 200, started.text
    side = SideServer()
    try:
        side.files["/cdn/video.mp4"] = b"\0" * 1000
        side.announce["/cdn/video.mp4"] = 5000  # cut short: the client must fall back to the API route

        def to_cdn(body: Any) -> Any:
            if body.get("status") == "completed":
                body["output"]["url"] = side.url("/cdn/video.mp4")
            return body

        faulty.faults.add("rewrite", STATUS, method="GET", transform=to_cdn, times=None)
        out = tmp_path / "picked.mp4"
        proc = faulty("export", "--out", str(out), "--json", env=FAST, timeout=300)
        assert proc.returncode == 0, proc.stderr
        result = one_json(proc)
        assert result["render_id"] == "render_elsewhere_1"
        assert "already running" in proc.stderr
        assert side.requests and all("authorization" not in r.headers for r in side.requests)
        (fallback,) = faulty.faults.calls("GET", r"/api/render/proxy/render_elsewhere_1/download")
        assert fallback.headers["authorization"] == f"Bearer {creds}"
        assert probe(out)[0] == "h264" and result["notes"]
    finally:
        side.close()
