"""Durability: the engine as its own process, killed with SIGKILL mid-upload and mid-render, restarted on
the same data; and the background launcher (one engine for many concurrent callers)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import loopback
from engine_harness import ROOT, Api


def _wait(predicate, what: str, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_kill9_mid_upload_lists_nothing_half_done(subprocess_engine, media_dir: Path, tmp_path: Path) -> None:
    eng = subprocess_engine(tmp_path / "data")
    api = Api(eng.url)
    sid = api.new_session()
    kept = api.upload(sid, media_dir / "red-sneaker.jpg").json()["data"]["files"][0]
    hold = threading.Event()

    def body() -> Iterator[bytes]:
        yield b'--B\r\nContent-Disposition: form-data; name="files"; filename="song.mp3"\r\n\r\n'
        data = (media_dir / "music-bed.mp3").read_bytes()
        yield data[: len(data) // 2]
        hold.wait(30)  # the engine dies while this upload is half done
        yield data[len(data) // 2:]

    def upload() -> None:
        with contextlib.suppress(httpx.HTTPError):
            api.http.post(f"/api/upload-video/nemo_agent/me/{sid}", content=body(),
                          headers={"Content-Type": "multipart/form-data; boundary=B"})

    t = threading.Thread(target=upload)
    t.start()
    parts = lambda: list((eng.data_dir / "media").rglob("*.part"))  # noqa: E731
    _wait(lambda: parts() and parts()[0].stat().st_size > 0, "the .part file")
    eng.kill9()
    hold.set()
    t.join(30)
    eng.start()
    assert parts() == []
    api2 = Api(eng.url)
    infos = api2.state(sid)["state"]["video_infos"]
    assert [m["media_id"] for m in infos] == [kept["media_id"]]
    assert sorted(p.name for p in (eng.data_dir / "media").rglob("*") if p.is_file()) == ["red-sneaker.jpg"]


def test_kill9_mid_render_fails_it_and_keeps_drafts(subprocess_engine, media_dir: Path, tmp_path: Path) -> None:
    eng = subprocess_engine(tmp_path / "data", NEMO_LOCAL_WORKERS="1")
    api = Api(eng.url)
    sid = api.new_session()
    files = api.upload(sid, *(media_dir / n for n in ("red-sneaker.jpg", "blue-backpack.jpg", "music-bed.mp3")))
    ids = [f["media_id"] for f in files.json()["data"]["files"]]
    events = api.chat(sid, "make a video from my photos with the music")
    assert events[-1]["turnComplete"] is True
    before = api.state(sid)["state"]["draft"]
    assert before["t"], "the planner made no draft"
    credits_before = api.credits()
    # a long render, so it is certainly still running when the engine is killed
    segs = [{"id": f"s{i}", "mid": ids[i % 2], "k": "image", "s": i * 20000, "d": 20000} for i in range(6)]
    long = {"v": 1, "d": 120000, "m": {"width": 1920, "height": 1080, "fps": 60},
            "t": [{"id": "v1", "tt": 0, "role": "main", "sg": segs}]}
    r = api.http.post("/api/render/proxy/lambda", json={"id": "render_long", "sessionId": sid, "draft": long,
                                                         "output": {"format": "mp4", "quality": "high"}})
    assert r.status_code == 200, r.text
    _wait(lambda: api.http.get("/api/render/proxy/lambda/render_long").json()["status"] == "processing",
          "the render to start")
    eng.kill9()
    eng.start()
    api2 = Api(eng.url)
    st = api2.http.get("/api/render/proxy/lambda/render_long").json()
    assert st["status"] == "failed" and st["error"] == "interrupted by an engine restart"
    assert st["retryable"] is True  # not the draft's fault: the client's retry rule submits it again
    assert api2.state(sid)["state"]["draft"] == before
    assert api2.credits() == credits_before
    # the session is usable again: a new export is accepted (the interrupted one does not block it)
    r = api2.http.post("/api/render/proxy/lambda", json={"id": "render_next", "sessionId": sid,
                                                          "output": {"quality": "low"}})
    assert r.status_code == 200 and r.json()["status"] in ("pending", "processing", "completed")


def test_launcher_starts_one_engine_for_many_callers(tmp_path: Path) -> None:
    data = tmp_path / "engine data"
    code = ("import sys; from nemo_skill.local.launcher import ensure_running; "
            "print(ensure_running(sys.argv[1], timeout=60))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(data)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(12)]
    try:
        outs = [p.communicate(timeout=120) for p in procs]
        assert all(p.returncode == 0 for p in procs), [o[1][-300:] for o in outs]
        urls = {o[0].strip() for o in outs}
        assert len(urls) == 1
        url = urls.pop()
        health = loopback.get(url + "/health").json()["data"]
        import json

        info = json.loads((data / "server.json").read_text())
        assert info["pid"] == health["pid"] and set(info) == {"pid", "port", "host", "started_at"}
        assert Path(health["data_dir"]) == data.resolve()
        assert (data / "engine.log").exists()
        # reused afterwards
        from nemo_skill.local import launcher

        assert launcher.ensure_running(data) == url
    finally:
        from nemo_skill.local import launcher

        stopped = launcher.stop(data)
    assert stopped is True
    assert not (data / "server.json").exists()
    assert launcher.running_url(data) is None
    assert launcher.stop(data) is False


def test_cli_start_status_stop(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    run = lambda *a: subprocess.run([sys.executable, "-m", "nemo_skill.local", *a, "--data", data],  # noqa: E731
                                    cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run("status").returncode == 1
    started = run("start")
    assert started.returncode == 0 and started.stdout.startswith("http://127.0.0.1:")
    assert run("status").stdout.strip() == started.stdout.strip()
    assert run("stop").stdout.strip() == "stopped"
    assert run("stop").stdout.strip() == "not running"
