"""scripts/upload against the real engine: names, links, checks before sending, streaming memory."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import test_scripts_connect as shared

from nemo_skill.client.settings import MAX_UPLOAD_BYTES

faulty = shared.faulty  # the Faults-wrapped engine fixture
one_json = shared.one_json
UPLOAD = r"/api/upload-video/nemo_agent/me/.+"


def test_names_with_spaces_and_unicode(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "my photo 照片 ü.jpg"
    shutil.copy(media_dir / "red-sneaker.jpg", odd)
    proc = faulty("upload", str(odd), str(media_dir / "music-bed.mp3"), "--json")
    assert proc.returncode == 0, proc.stderr
    out = one_json(proc)
    assert out["count"] == 2
    assert [f["filename"] for f in out["files"]] == ["my photo 照片 ü.jpg", "music-bed.mp3"]
    assert out["files"][0]["file_type"] == "image" and out["files"][1]["file_type"] == "audio"
    state = one_json(faulty("state", "--json"))
    assert len(state["state"]["video_infos"]) == 2
    human = faulty("upload", str(media_dir / "clip.mp4"))
    assert "Uploaded clip.mp4 (video, " in human.stdout


def test_content_decides_not_the_name(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    misnamed = tmp_path / "logo.jpg"
    Image.new("RGBA", (64, 48), (255, 0, 0, 128)).save(misnamed, format="PNG")
    proc = faulty("upload", str(misnamed), "--json")
    assert proc.returncode == 0, proc.stderr
    assert one_json(proc)["files"][0]["file_type"] == "image"


def test_links_use_the_json_form(faulty, media_dir: Path) -> None:  # type: ignore[no-untyped-def]
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(media_dir))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/gold-ring.jpg"
        proc = faulty("upload", url, "--json")
        assert proc.returncode == 0, proc.stderr
        assert one_json(proc)["files"][0]["file_type"] == "image"
        (call,) = faulty.faults.calls("POST", UPLOAD)
        assert call.body == {"urls": [url], "source_type": "url"}
    finally:
        server.shutdown()
    proc = faulty("upload", "ftp://example.invalid/a.mp4")
    assert proc.returncode == 2 and "must be an http:// or https:// URL" in proc.stderr


def test_bad_files_are_refused_before_anything_is_sent(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "fake.mp4"
    fake.write_text("hello, not a video")
    big = tmp_path / "huge.mp4"
    with open(big, "wb") as fh:  # sparse: the size check must not read it
        fh.write(b"\0\0\0\x18ftypmp42")
        fh.truncate(MAX_UPLOAD_BYTES + 1)
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ\x90\x00")
    good = str(media_dir / "red-sneaker.jpg")
    cases = [
        ([good, str(fake)], 6, "named .mp4 but its content"),
        ([good, str(big)], 6, "the limit is 500 MB"),
        ([str(exe)], 6, "Supported formats: mp4, mov"),
        ([str(tmp_path)], 2, "is a folder"),
        ([str(tmp_path / "missing.png")], 2, "No such file"),
    ]
    for args, code, words in cases:
        proc = faulty("upload", *args)
        assert proc.returncode == code, (args, proc.stderr)
        assert words in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert faulty.faults.count("POST", UPLOAD) == 0
    assert faulty.faults.count("POST", r"/api/auth/anonymous-token") == 0


def test_engine_refusal_is_reported(faulty, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Right magic bytes, garbage inside: only the engine's probe can tell (code 4001).
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000)
    proc = faulty("upload", str(bad), "--json")
    assert proc.returncode == 6
    assert "Supported formats" in one_json(proc)["error"]["hint"]


def test_invalid_utf8_argument(faulty) -> None:  # type: ignore[no-untyped-def]
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve().parents[1] / "scripts" / "route"),
                           b"caf\xe9 export"], capture_output=True, timeout=30)
    assert proc.returncode == 2 and b"not valid UTF-8" in proc.stderr
    proc = faulty("chat", "   ")
    assert proc.returncode == 2 and "empty" in proc.stderr


@pytest.mark.slow
def test_large_upload_streams_with_flat_memory(faulty, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    size = 200 * 1024 * 1024
    big = tmp_path / "big.mp4"
    with open(big, "wb") as fh:
        fh.write((media_dir / "clip.mp4").read_bytes())
        fh.truncate(size)
    # A parent that only runs the script, so RUSAGE_CHILDREN is the script's own peak RSS.
    probe = ("import resource, subprocess, sys, json; p = subprocess.run(sys.argv[1:]);"
             "print(json.dumps([p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))")
    script = Path(__file__).resolve().parents[1] / "scripts" / "upload"
    res = subprocess.run([sys.executable, "-c", probe, sys.executable, str(script), str(big)], env=faulty.env(),
                         capture_output=True, text=True, timeout=300)
    code, maxrss_kb = json.loads(res.stdout.strip().splitlines()[-1])
    assert code in (0, 6), res.stderr
    assert faulty.faults.count("POST", UPLOAD) == 1
    assert maxrss_kb < 100 * 1024, f"peak RSS {maxrss_kb / 1024:.0f} MB for a 200 MB upload"

