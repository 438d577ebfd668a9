"""Races and crashes: many scripts at once on one empty store, kill -9 while the store is written, and
the engine killed with kill -9 under a running upload or export script.

tests/test_engine_restart.py already kills the engine mid-upload and mid-render with a hand-made HTTP
client and checks the engine side (no partial media, the render failed, drafts intact). Here the same
crashes happen under the real scripts, through a loopback proxy that keeps the client's address stable
across the restart, so the client side is judged too: one clear line, a store that still works, and an
export that can be resumed or redone.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from faults import PATIENT_CHAT, ROOT, Faults, LoopbackProxy, Ran, ScriptRig

PROCESSES = 50


def _spawn(rig: ScriptRig, name: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(rig.argv(name, *args), env=rig.env(env), cwd=rig.work, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _finish(proc: subprocess.Popen, name: str, timeout: float = 120) -> Ran:
    out, err = proc.communicate(timeout=timeout)
    return Ran([name], proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))


def _wait(predicate: Callable[[], bool], what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def test_fifty_scripts_at_once_on_an_empty_store_get_one_token(engine_factory, tmp_path: Path) -> None:
    faults = Faults()
    eng = engine_factory(wrap=faults.wrap)
    rig = ScriptRig(eng.url, tmp_path)
    procs = [_spawn(rig, "credits", "--json") for _ in range(PROCESSES)]
    runs = [_finish(p, "credits") for p in procs]
    failed = [(r.returncode, r.stderr.strip()[-300:]) for r in runs if r.returncode != 0]
    assert not failed, f"{len(failed)} of {PROCESSES} runs failed: {failed[:3]}"
    assert all(not r.problems() for r in runs)
    token_requests = faults.anon_token_requests()
    client_ids = {r.headers.get("x-client-id") for r in token_requests}
    assert len(token_requests) == 1, (
        f"{len(token_requests)} anonymous-token requests from {PROCESSES} processes sharing one store "
        f"({len(client_ids)} different client ids)"
    )
    assert rig.store_problems() == []
    cid = rig.client_id()
    assert cid and client_ids == {cid}
    tok = rig.token()
    assert tok is not None
    # every process used that one token and the store's one client id
    auths = {r.headers.get("authorization") for r in faults.calls("GET", "/api/credits/balance/simple")}
    assert auths == {f"Bearer {tok}"}
    assert {r.headers.get("x-client-id") for r in faults.requests} == {cid}


def test_concurrent_connects_share_one_session(engine_factory, tmp_path: Path) -> None:
    faults = Faults()
    eng = engine_factory(wrap=faults.wrap)
    rig = ScriptRig(eng.url, tmp_path)
    procs = [_spawn(rig, "connect", "--json") for _ in range(12)]
    runs = [_finish(p, "connect") for p in procs]
    assert all(r.returncode == 0 and not r.problems() for r in runs), [r.stderr for r in runs if r.returncode]
    sids = {json.loads(r.stdout.strip().splitlines()[-1])["session_id"] for r in runs}
    created = faults.count("POST", "/api/tasks/me/with-session/nemo_agent")
    assert rig.store_problems() == []
    assert len(faults.anon_token_requests()) == 1
    assert created == 1 and len(sids) == 1, f"{created} sessions created, {len(sids)} reported, by 12 connects"


_WRITER = r"""
import sys, json
from pathlib import Path
from nemo_skill.client.store import Store, SESSIONS
store = Store(Path(sys.argv[1]))
store.client_id()
big = {"draft": {"t": [{"sg": [{"name": "x" * 200, "s": i} for i in range(400)]}]}}
# n goes on from the last run's, and "ready" follows a first pair of writes: every run adds a value the
# test can see even when a loaded machine gives the writer little time before the kill
i = store.section(SESSIONS, "http://api").get("n") or 0
ready = False
while True:
    i += 1
    store.update_section(SESSIONS, "http://api", n=i, last_state=big)
    store.update_section("credentials.json", "http://api", token={"value": f"tok{i}", "n": i})
    if not ready:
        print("ready", flush=True)
        ready = True
"""


def test_kill9_while_writing_the_store_leaves_it_readable(tmp_path: Path) -> None:
    """The client's own Store, writing as fast as it can, killed at random moments 25 times."""
    from nemo_skill.client.store import CREDENTIALS, SESSIONS, Store

    config = tmp_path / "config"
    rng = random.Random(5)
    first_cid = None
    seen = set()
    for _ in range(25):
        proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(config)], stdout=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        for name in (SESSIONS, CREDENTIALS):
            raw = (config / name).read_bytes() if (config / name).exists() else b"{}"
            doc = json.loads(raw)  # must parse as it is: no repair needed
            assert isinstance(doc, dict)
            seen.add(doc.get("http://api", {}).get("n"))
        cid = (config / "client_id").read_text().strip()
        first_cid = first_cid or cid
        assert cid == first_cid
    assert len(seen) > 3, "the kills never landed between writes"
    # a fresh reader sees a consistent store without warnings; stale temp files do not confuse it
    store = Store(config)
    assert store.client_id(create=False) == first_cid
    assert isinstance(store.section(SESSIONS, "http://api").get("n"), int)


def test_kill9_of_real_scripts_mid_run_leaves_a_working_store(engine, tmp_path: Path) -> None:
    rig = ScriptRig(engine.url, tmp_path)
    assert rig.run("connect").returncode == 0
    cid = rig.client_id()
    rng = random.Random(7)
    for i in range(12):
        proc = _spawn(rig, "connect", "--new")
        time.sleep(rng.uniform(0.05, 0.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        # a kill between writing a temp file and renaming it leaves that temp file (nothing can
        # prevent it); the documents themselves must be whole
        problems = [p for p in rig.store_problems(cid) if not p.startswith("left a temp file")]
        assert problems == [], f"after kill {i}"
    again = rig.run("connect")
    assert again.returncode == 0 and "damaged" not in again.stderr, again.stderr
    assert rig.run("credits").returncode == 0
    assert rig.client_id() == cid
    assert rig.store_problems(cid) == []  # the next run swept any temp file a kill left


def test_a_temp_file_left_by_a_killed_writer_is_swept_by_the_next_run(engine, tmp_path: Path) -> None:
    rig = ScriptRig(engine.url, tmp_path)
    assert rig.run("connect").returncode == 0
    stale = rig.config_dir / ".sessions.json.k1ll3d.tmp"
    stale.write_text('{"half": ', encoding="utf-8")  # what a writer killed mid-write leaves
    assert rig.store_problems() == ["left a temp file .sessions.json.k1ll3d.tmp"]
    assert rig.run("connect", "--new").returncode == 0
    assert not stale.exists() and rig.store_problems() == []


# ---- the engine killed under a running script ---------------------------------------------------

def _big_mp4(src: Path, dest: Path, size: int) -> Path:
    """A real MP4 head padded (sparse) to ``size`` bytes: passes the client's checks, takes a while to send."""
    dest.write_bytes(src.read_bytes())
    with open(dest, "r+b") as fh:
        fh.truncate(size)
    return dest


def test_engine_killed_during_an_upload_script(subprocess_engine, media_dir: Path, tmp_path: Path) -> None:
    eng = subprocess_engine(tmp_path / "data")
    proxy = LoopbackProxy(int(eng.url.rsplit(":", 1)[1]), up_rate=4_000_000)
    try:
        rig = ScriptRig(proxy.url, tmp_path / "client")
        assert rig.run("connect").returncode == 0
        assert rig.run("upload", str(media_dir / "red-sneaker.jpg")).returncode == 0
        cid = rig.client_id()
        big = _big_mp4(media_dir / "clip.mp4", tmp_path / "big clip.mp4", 40_000_000)
        proc = _spawn(rig, "upload", str(big))
        parts = lambda: [p for p in (eng.data_dir / "media").rglob("*.part") if p.stat().st_size > 0]  # noqa: E731
        _wait(lambda: bool(parts()), "the engine to receive part of the upload")
        eng.kill9()
        proxy.reset_all()
        ran = _finish(proc, "upload")
        assert ran.returncode not in (0, None) and ran.problems() == [], (ran.returncode, ran.stderr)
        eng.start()
        proxy.upstream_port = int(eng.url.rsplit(":", 1)[1])
        state = rig.run("state", "--json")
        assert state.returncode == 0, state.stderr
        infos = json.loads(state.stdout)
        names = [m.get("filename") for m in _video_infos(infos)]
        assert names == ["red-sneaker.jpg"], names
        assert list((eng.data_dir / "media").rglob("*.part")) == []
        assert rig.run("upload", str(media_dir / "blue-backpack.jpg")).returncode == 0
        assert rig.store_problems(cid) == []
    finally:
        proxy.close()


def _video_infos(doc: dict) -> list[dict]:
    """video_infos wherever the state script's JSON puts them."""
    stack = [doc]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            if isinstance(cur.get("video_infos"), list):
                return cur["video_infos"]
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    return []


def _draft_of(doc: dict) -> dict | None:
    stack = [doc]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            if isinstance(cur.get("draft"), dict) and "t" in cur["draft"]:
                return cur["draft"]
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    return None


@pytest.mark.slow
def test_engine_killed_during_an_export_script(subprocess_engine, media_dir: Path, tmp_path: Path) -> None:
    eng = subprocess_engine(tmp_path / "data", NEMO_LOCAL_WORKERS="1")
    proxy = LoopbackProxy(int(eng.url.rsplit(":", 1)[1]))
    try:
        rig = ScriptRig(proxy.url, tmp_path / "client")
        assert rig.run("connect").returncode == 0
        assert rig.run("upload", str(media_dir / "red-sneaker.jpg"), str(media_dir / "blue-backpack.jpg"),
                       str(media_dir / "music-bed.mp3")).returncode == 0
        assert rig.run("chat", "make a 30 second video from my photos with the music", timeout=120,
                       env=PATIENT_CHAT).returncode == 0
        before = rig.run("state", "--json")
        draft_before = _draft_of(json.loads(before.stdout))
        assert draft_before and draft_before["t"]
        cid = rig.client_id()
        out = rig.work / "video.mp4"
        proc = _spawn(rig, "export", "--quality", "high", "--out", str(out))
        _wait(lambda: any((eng.data_dir / "renders").rglob("work")) or any((eng.data_dir).rglob("*.mp4")),
              "the render to start", 60)
        time.sleep(0.3)
        eng.kill9()
        proxy.reset_all()
        ran = _finish(proc, "export")
        assert ran.returncode not in (0, None) and ran.problems() == [], (ran.returncode, ran.stdout, ran.stderr)
        problems = []
        if "--resume" not in ran.stderr:
            problems.append(f"the person is not told the export can be finished later: {ran.shown!r}")
        assert not out.exists()
        eng.start()
        proxy.upstream_port = int(eng.url.rsplit(":", 1)[1])
        # the render was interrupted: --resume says so in one line (or redoes it), never hangs
        resumed = rig.run("export", "--resume", "--out", str(out), timeout=120)
        assert resumed.problems() == [], (resumed.returncode, resumed.stderr)
        if resumed.returncode != 0 and not any(w in resumed.stderr.lower() for w in ("interrupted", "failed")):
            problems.append(f"--resume after the crash does not say what happened: {resumed.shown!r}")
        after = rig.run("state", "--json")
        assert _draft_of(json.loads(after.stdout)) == draft_before
        assert rig.store_problems(cid) == []
        assert not problems, problems
    finally:
        proxy.close()
