"""Quick previews: the draft scaled to 480p (pure), and the preview lane (real renders): a newer
version cancels a running preview, and an export never waits for one."""

from __future__ import annotations

import copy
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import loopback
import numpy as np
import process_owner
import pytest
from engine_harness import Api
from mediacheck import audio_peak, frames, loudness, timeline
from mediacheck import probe as probe_file
from mediacheck import refs as media_refs

from nemo_skill.draft.scale import PREVIEW_FPS, scale_draft, scaled_size
from nemo_skill.draft.validate import validate
from nemo_skill.local import sessions
from nemo_skill.media.probe import probe
from nemo_skill.render import render_draft
from nemo_skill.render.audio import Gains, mix_key


def _draft(mids: list[str], seconds: float, width: int = 1920, height: int = 1080) -> dict:
    n = len(mids)
    seg = int(seconds * 1000 / n)
    return {"v": 1, "d": seg * n, "m": {"width": width, "height": height, "fps": 30, "title": "Preview"},
            "t": [{"id": "v1", "tt": 0, "role": "main", "sg": [
                {"id": f"s{k}", "mid": m, "k": "image", "s": k * seg, "d": seg, "kb": "in"}
                for k, m in enumerate(mids)]},
                  {"id": "x1", "tt": 7, "role": "title", "sg": [{"id": "t", "text": "Preview", "s": 0, "d": 1000}]}]}


def test_scale_draft_keeps_the_edit_on_a_smaller_canvas() -> None:
    draft = _draft(["a", "b"], 4)
    small = scale_draft(draft)
    assert small["m"]["width"] == 852 and small["m"]["height"] == 480 and small["m"]["fps"] == PREVIEW_FPS == 15
    assert draft["m"]["width"] == 1920 and draft["m"]["fps"] == 30  # a copy: the draft is untouched
    assert {k: v for k, v in small.items() if k != "m"} == {k: v for k, v in draft.items() if k != "m"}
    validate(scale_draft(draft, fps=24))  # at a schema frame rate it is a valid draft
    assert scaled_size(1080, 1920, 480) == (480, 852)  # vertical
    assert scaled_size(1080, 1350, 480) == (480, 600)  # 4:5
    assert scaled_size(1080, 1080, 480) == (480, 480)
    assert scaled_size(1280, 720, 360) == (640, 360)
    assert all(v % 4 == 0 for v in scaled_size(1000, 562, 250))  # chroma halves split in whole pixels
    assert scaled_size(320, 180, 480) == (320, 180)  # never larger
    low = copy.deepcopy(draft)
    low["m"]["fps"] = 24
    assert scale_draft(low, fps=None)["m"]["fps"] == 24 and scale_draft(low)["m"]["fps"] == 15


def _edit(media_dir: Path) -> tuple[dict, dict]:
    """Three moving pictures (zoom in, pan, zoom out) joined by a fade and a cut, a caption over
    the middle, music: 3.6 s at 960x540, 30 fps."""
    pictures = {"a": "red-sneaker.jpg", "b": "blue-backpack.jpg", "c": "green-watch.jpg"}
    draft = timeline(960, 540, [
        {"mid": "a", "d": 1400, "kb": "in"},
        {"mid": "b", "d": 1400, "kb": "left", "tr": {"type": "fade", "d": 400}},
        {"mid": "c", "d": 1200, "kb": "out"},
    ], audio=[{"role": "music", "sg": [{"mid": "m", "s": 0, "d": 3600}]}],
        texts=[{"role": "caption", "sg": [{"text": "Preview Caption", "s": 1200, "d": 1200,
                                           "style": {"pos": "lower_third", "size": "l", "box": True}}]}])
    paths = {k: media_dir / name for k, name in pictures.items()}
    return draft, media_refs({**paths, "m": media_dir / "music-bed.mp3"})


def test_the_preview_shows_the_same_edit_as_the_export(media_dir: Path, tmp_path: Path) -> None:
    """Each preview frame looks like the export's frame at the same moment (scaled down) and unlike
    the export at other moments: the same cuts, crossfade, Ken Burns motion and caption, in time."""
    draft, media = _edit(media_dir)
    export = render_draft(draft, media, tmp_path / "export.mp4", quality="low").path
    preview = render_draft(draft, media, tmp_path / "preview.mp4", quality="low", preview=True).path
    info = probe_file(preview)
    assert (info.width, info.height, round(info.fps)) == (852, 480, PREVIEW_FPS)
    assert info.frames == round(3.6 * PREVIEW_FPS) and info.sample_rate == 24000
    size = (info.width, info.height)
    full = [cv2.resize(f, size, interpolation=cv2.INTER_AREA) for f in frames(export, 0.0, 108)]
    small = frames(preview, 0.0, info.frames)
    band = slice(int(size[1] * 0.65), size[1])  # the lower third, where the caption is

    def thumb(f: np.ndarray) -> np.ndarray:  # for the search: quarter size, grey
        return f[::4, ::4].mean(axis=2, dtype=np.float32)

    def diff(a: np.ndarray, b: np.ndarray) -> float:
        return float(cv2.absdiff(a, b).mean())

    thumbs = [thumb(f) for f in full]
    for k, frame in enumerate(small):
        t, at = k / PREVIEW_FPS, round(k * 30 / PREVIEW_FPS)
        mine = thumb(frame)
        diffs = [float(np.abs(mine - f).mean()) for f in thumbs]
        best = int(np.argmin(diffs))
        # the best match is the export at the same moment (within one preview frame)...
        assert abs(best - at) <= 30 / PREVIEW_FPS, (t, best / 30, diffs[at], diffs[best])
        # ...and close to it (flat product pictures: a few code values of scaling and coding)
        assert diff(frame, full[at]) < 6, t
        # the caption's band on its own (a missing caption would hide in a whole-frame mean)
        assert diff(frame[band], full[at][band]) < 8, t
    # the sound: the same mix at the export's gain (measured for it just before), never clipped
    assert audio_peak(preview) <= 0.9 and abs(loudness(preview) - loudness(export)) < 1.5
    assert abs(info.duration - probe_file(export).duration) < 0.1


def test_the_mix_key_changes_with_the_sound_only(media_dir: Path) -> None:
    draft, media = _edit(media_dir)
    key = mix_key(draft, media)
    same = copy.deepcopy(draft)
    same["t"][-1]["sg"][0]["text"] = "Other words"  # a caption
    same["m"].update(width=1080, height=1920, fps=24)  # the canvas
    assert mix_key(same, media) == key == mix_key(scale_draft(draft), media)
    for change in (lambda d: d["t"][1].update(vol=0.5),  # the music's volume
                   lambda d: d["t"][0]["sg"][0].update(d=1500),  # a shot's length
                   lambda d: d["m"].update(fade={"in": 500}),  # a fade from black takes the sound too
                   lambda d: d.update(d=3000)):
        other = copy.deepcopy(draft)
        change(other)
        assert mix_key(other, media) != key
    assert mix_key(draft, {**media, "m": media["a"]}) != key  # another file behind the same id
    gains = Gains(size=2)
    gains.put("a", 1.0), gains.put("b", 2.0), gains.get("a"), gains.put("c", 3.0)
    assert (gains.get("a"), gains.get("b"), gains.get("c")) == (1.0, None, 3.0)  # the least used goes


def test_a_preview_is_as_loud_as_the_export_once_its_mix_was_heard(media_dir: Path, tmp_path: Path) -> None:
    """A quiet voice-over: the first preview of a mix plays as mixed; the next preview of the same
    mix (only the caption changed) has the gain metered from the first, near the export's -14 LUFS;
    a louder voice is a new mix and plays as mixed again; an export measures the gain the next
    preview of its mix uses."""
    shutil.copy(media_dir / "voiceover.wav", tmp_path / "voice.wav")  # a path no other test's mix has
    draft, media = _edit(media_dir)
    media = {**media, **media_refs({"v": tmp_path / "voice.wav"})}
    draft["t"] = [t for t in draft["t"] if t.get("role") != "music"]
    draft["t"].append({"id": "vo", "tt": 1, "role": "voice", "vol": 0.15,
                       "sg": [{"id": "vo1", "mid": "v", "s": 0, "d": 3600}]})

    def preview(d: dict, name: str) -> float:
        return loudness(render_draft(d, media, tmp_path / name, quality="low", preview=True).path)

    first = preview(draft, "p1.mp4")
    assert first < -22  # as mixed: a voice at 15 % of its level
    recaptioned = copy.deepcopy(draft)
    recaptioned["t"][1]["sg"][0]["text"] = "Another caption"
    assert abs(preview(recaptioned, "p2.mp4") + 14) <= 1.5
    louder = copy.deepcopy(draft)
    louder["t"][-1]["vol"] = 0.3
    assert preview(louder, "p3.mp4") < -16  # a new mix: not given the quieter mix's gain
    other = copy.deepcopy(draft)
    other["t"][-1]["vol"] = 0.2
    export = render_draft(other, media, tmp_path / "export.mp4", quality="low").path
    assert abs(preview(other, "p4.mp4") - loudness(export)) <= 1.0


def _wait(check: Callable[[], bool], seconds: float = 90) -> None:
    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() > end:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.fixture
def uploaded(engine, api: Api, media_dir: Path) -> tuple[str, list[str]]:
    sid = api.new_session()
    names = ["red-sneaker.jpg", "blue-backpack.jpg", "green-watch.jpg"]
    files = api.upload(sid, *(media_dir / n for n in names)).json()["data"]["files"]
    return sid, [f["media_id"] for f in files]


@pytest.mark.slow
def test_preview_is_480p_and_a_newer_version_cancels_the_running_one(engine, api: Api, uploaded) -> None:
    sid, mids = uploaded
    lane, db = engine.engine.previews, engine.engine.db
    sessions.save_draft(db, sid, _draft(mids, 40), "long")
    first = lane.request(api.user_id, sid)
    assert first is not None and first.version == 1
    _wait(lambda: first.status == "processing" and first.progress > 0)
    sessions.save_draft(db, sid, _draft(mids[:1], 1.5), "short")
    second = lane.request(api.user_id, sid)
    assert second is not None and second.version == 2
    _wait(lambda: second.status == "completed")  # playable: the player may start
    _wait(lambda: second.finished)  # its poster and contact sheet made too
    assert first.status == "cancelled" and not first.path.exists()
    info = probe(second.path)
    assert (info.width, info.height) == (852, 480) and round(info.fps or 0) == PREVIEW_FPS
    assert abs((info.duration or 0) - 1.5) < 0.1 and second.sheet.is_file()
    # the same version again: the file is reused, no second render
    assert lane.request(api.user_id, sid) is second


@pytest.mark.slow
def test_a_preview_whose_ffmpeg_was_killed_is_made_again_when_asked(engine, api: Api, uploaded) -> None:
    """An FFmpeg ended from outside (the OOM killer, or a test suite's cleanup, as CI once did) fails that
    preview; the page opened again asks for it again and gets it, instead of no player for good."""
    sid, mids = uploaded
    lane = engine.engine.previews
    # (120 s, so its FFmpeg still runs when looked for: a 20 s preview was once rendered, and its later poster FFmpeg
    # running, by the time the test looked, on a quiet machine)
    sessions.save_draft(engine.engine.db, sid, _draft(mids, 120), "long")
    first = lane.request(api.user_id, sid)
    assert first is not None
    _wait(lambda: first.status == "processing" and first.progress > 0)
    mine = os.environ[process_owner.OWNER]  # every process this test starts carries it
    ffmpegs = [pid for pid in process_owner.marked(mine) if "ffmpeg" in process_owner.describe(pid)]
    assert ffmpegs and first.status == "processing", "the preview's FFmpeg was not found while it rendered"
    for pid in ffmpegs:
        os.kill(pid, 9)
    _wait(lambda: first.finished)
    assert first.status == "failed" and lane.get(api.user_id, sid, 1) is first
    again = lane.request(api.user_id, sid)
    assert again is not None and again is not first
    _wait(lambda: again.finished)
    assert again.status == "completed" and abs((probe(again.path).duration or 0) - 120.0) < 0.1


@pytest.mark.slow
def test_an_export_never_waits_for_a_preview(engine, api: Api, uploaded) -> None:
    sid, mids = uploaded
    lane, db = engine.engine.previews, engine.engine.db
    sessions.save_draft(db, sid, _draft(mids, 120), "long")
    preview = lane.request(api.user_id, sid)
    assert preview is not None
    _wait(lambda: preview.status == "processing")
    r = api.http.post("/api/render/proxy/lambda", json={"id": "r_small", "sessionId": sid,
                                                        "draft": _draft(mids[:1], 1.0, 320, 180)})
    assert r.status_code == 200, r.text
    # the export starts and finishes while the preview is still going: its own lane, not a queue
    _wait(lambda: api.http.get("/api/render/proxy/lambda/r_small").json()["status"] in ("completed", "failed"))
    assert api.http.get("/api/render/proxy/lambda/r_small").json()["status"] == "completed"
    assert preview.status == "processing"
    preview.cancel.set()


def _nice(native_id: int) -> int:
    return os.getpriority(os.PRIO_PROCESS, native_id)


@pytest.mark.slow
def test_only_the_preview_lane_runs_niced(engine, api: Api, uploaded) -> None:
    """The preview thread (and FFmpeg under it) is niced; the renderer's shared threads, which
    exports use too, are not, even when a preview was the first render to need them."""
    sid, mids = uploaded
    sessions.save_draft(engine.engine.db, sid, _draft(mids, 1.5), "short")
    preview = engine.engine.previews.request(api.user_id, sid)
    assert preview is not None
    _wait(lambda: preview.finished)
    threads = {t.name: t.native_id for t in threading.enumerate() if t.native_id is not None}
    lane = [n for n in threads if n.startswith("preview_")]
    assert lane and all(_nice(threads[n]) == 10 for n in lane)
    own = {int(tid) for tid in os.listdir("/proc/self/task")} if Path("/proc/self/task").exists() else set()
    niced = {tid for tid in own if _nice(tid) != 0} - {threads[n] for n in lane}
    assert niced == set(), [(t.name, _nice(t.native_id)) for t in threading.enumerate() if t.native_id in niced]


@pytest.mark.slow
def test_previews_follow_edits_once_the_page_was_opened(engine, api: Api, uploaded) -> None:
    """A scripts-only session spends nothing on previews; once its page was opened, every edit
    (scripts/chat's path too) gets one at once."""
    sid, _ = uploaded
    lane = engine.engine.previews
    api.chat(sid, "combine these into a 3-second video")
    time.sleep(0.3)
    assert lane.get(api.user_id, sid, 1) is None
    ct = api.http.post("/api/auth/claim-token", json={"session_id": sid}).json()["data"]["claim_token"]
    assert loopback.get(f"{engine.url}/workspace/claim", params={"ct": ct}).status_code == 200
    first = lane.get(api.user_id, sid, 1)
    assert first is not None
    _wait(lambda: first.finished)
    api.chat(sid, "make it 6 seconds")  # POST /run_sse, as scripts/chat (4 s of 3 pictures, 1.5 s each or less, is asked: whole or each)
    second = lane.get(api.user_id, sid, 2)
    assert second is not None and second.version == 2
    _wait(lambda: second.finished)
    assert second.status == "completed" and abs((probe(second.path).duration or 0) - 6.0) < 0.1
