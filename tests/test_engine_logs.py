"""The engine's own log lines (``nemo_skill.*``) follow ``nemo-local serve --log-level``: at info a render says when
it starts and how long it took; uvicorn's level had configured only uvicorn's loggers, so these were lost."""

from __future__ import annotations

import re
import time
from pathlib import Path

from engine_harness import Api, SubprocessEngine


def test_info_level_prints_the_render_lines(media_dir: Path, tmp_path: Path) -> None:
    eng = SubprocessEngine(tmp_path / "data", env={"NEMO_LOCAL_WORKERS": "1"}, log_level="info").start()
    try:
        api = Api(eng.url)
        sid = api.new_session()
        api.upload(sid, media_dir / "red-sneaker.jpg", media_dir / "blue-backpack.jpg")
        api.chat(sid, "make a 2 second video from these")
        r = api.http.post("/api/render/proxy/lambda", json={"id": "render_log", "sessionId": sid,
                                                             "output": {"format": "mp4", "quality": "low"}})
        assert r.status_code == 200, r.text
        deadline = time.monotonic() + 120
        while (status := api.http.get("/api/render/proxy/lambda/render_log").json()["status"]) not in ("completed", "failed"):
            assert time.monotonic() < deadline, "the render did not finish"
            time.sleep(0.1)
        assert status == "completed"
    finally:
        eng.stop()
    log = (tmp_path / "data.log").read_text(errors="replace")
    lines = [ln for ln in log.splitlines() if "nemo_skill.local.jobs" in ln]
    assert any(re.search(r"^INFO .*render render_log: started \(low", ln) for ln in lines), log[-2000:]
    done = [ln for ln in lines if "render render_log: done" in ln]
    assert len(done) == 1 and re.search(r"2\.0 s of video in [\d.]+ s \([\d.]+ x real time\)", done[0]), log[-2000:]
