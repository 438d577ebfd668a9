"""The bearer token never shows: not in any output line (even with --verbose), log file, stored file
(other than the token file itself and the engine's SQLite store, which keeps only hashes), or
generated URL; it is never sent to a host other than the API's; token files are 0600 in 0700 folders.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from engine_harness import ROOT
from faults import PATIENT_CHAT, Faults, Ran, ScriptRig, SideServer

RENDER_STATUS = r"/api/render/proxy/lambda/[^/]+"


@pytest.fixture
def logged_engine(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """The engine as its own process at debug log level, its log in a file: (url, data dir, log)."""
    data = tmp_path / "engine-data"
    log = tmp_path / "engine.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "nemo_skill.local", "serve", "--port", "0", "--data",
                                 str(data), "--log-level", "debug"], cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
                                env={**os.environ, "NEMO_LOCAL_HEARTBEAT": "0.3", "NEMO_LOCAL_WORKERS": "1"})
    try:
        deadline = time.monotonic() + 30
        url = None
        while time.monotonic() < deadline and url is None:
            try:
                info = json.loads((data / "server.json").read_text())
                if info.get("pid") == proc.pid:
                    candidate = f"http://127.0.0.1:{info['port']}"
                    if httpx.get(candidate + "/health", timeout=2).status_code == 200:
                        url = candidate
            except (OSError, ValueError, httpx.HTTPError):
                pass
            time.sleep(0.05)
        assert url, "the engine did not start: " + log.read_text(errors="replace")[-2000:]
        yield url, data, log
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _secret(token: str) -> str:
    """The random part after the fixed "nmv_usr_" prefix. (Not ``split("_")[-1]``: the random part
    may itself hold "_", and a short fragment after it matches unrelated text.)"""
    return token.removeprefix("nmv_usr_")


def _needles(token: str) -> list[bytes]:
    """The token and its random part (a token cut or re-encoded still leaks its secret)."""
    secret = _secret(token)
    return [token.encode(), secret.encode(), secret[:16].encode()]


def _scan(paths: list[Path], needles: list[bytes], skip: set[Path]) -> list[str]:
    hits = []
    for root in paths:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for p in files:
            if p in skip or p.is_symlink():
                continue
            raw = p.read_bytes()
            if any(n in raw for n in needles):
                hits.append(str(p))
    return hits


def test_full_verbose_run_never_shows_the_token(logged_engine: tuple[str, Path, Path], media_dir: Path,
                                                  tmp_path: Path) -> None:
    url, data, log = logged_engine
    rig = ScriptRig(url, tmp_path / "client")
    runs: list[Ran] = []

    def run(*args: str, env: dict[str, str | None] | None = None) -> Ran:
        ran = rig.run(*args, "--verbose", env=env, timeout=120)
        runs.append(ran)
        return ran

    connected = run("connect")
    assert connected.returncode == 0
    token = rig.token()
    assert token and token.startswith("nmv_usr_")
    assert run("upload", str(media_dir / "red-sneaker.jpg"), str(media_dir / "clip.mp4")).returncode == 0
    assert run("chat", "make a 2 second video with a title \"Secret Test\"", env=PATIENT_CHAT).returncode == 0
    assert run("state").returncode == 0
    assert run("state", "--json").returncode == 0
    assert run("credits").returncode == 0
    assert run("credits", "--json").returncode == 0
    out = rig.work / "video.mp4"
    assert run("export", "--quality", "low", "--out", str(out)).returncode == 0
    assert out.stat().st_size > 1000
    # an unexpected error with --verbose prints a traceback: it must be masked too
    odd = os.fsencode(str(rig.work)) + b"/odd\xff.jpg"
    with open(odd, "wb") as fh:
        fh.write((media_dir / "red-sneaker.jpg").read_bytes())
    run("upload", os.fsdecode(odd))
    # the same token given through NEMO_TOKEN (a registered user's way): shown nowhere, stored nowhere
    env_runs = [run(name, env={"NEMO_TOKEN": token}) for name in ("credits", "state")]
    assert all(r.returncode == 0 for r in env_runs), [r.stderr for r in env_runs]
    run("credits", env={"NEMO_TOKEN": token + "x"})  # a rejected NEMO_TOKEN: the error must not echo it

    # the claim link is for the person (printed), never for the engine's log: open it as they would
    claim = re.search(r"/workspace/claim\?ct=(clm_[A-Za-z0-9_-]+)", connected.stdout)
    assert claim, connected.stdout
    assert httpx.get(url + claim.group(0), timeout=60).status_code == 200
    assert b"/workspace/claim?ct=" in log.read_bytes(), "the page load was not logged: the check proves nothing"
    assert claim.group(1).encode() not in log.read_bytes(), "the claim token is in the engine's log"

    needles = _needles(token)
    leaks = [f"{' '.join(r.args)}: {stream}" for r in runs for stream, text in (("stdout", r.stdout), ("stderr", r.stderr))
             if any(n.decode() in text for n in needles)]
    assert not leaks, f"the token appears in script output: {leaks}"
    # every URL the scripts printed (claim links, media and render URLs in --json)
    printed_urls = [u for r in runs for u in re.findall(r"https?://\S+", r.stdout + r.stderr)]
    assert printed_urls, "the run printed no URL at all: the URL check would prove nothing"
    assert not [u for u in printed_urls if any(n.decode() in u for n in needles)]
    # files: the client store (except the token file), the engine's data dir (except its SQLite store,
    # which holds hashes only and is checked in test_security_engine.py) and log, the exported files
    skip = {rig.config_dir / "credentials.json"} | {p for p in data.glob("engine.sqlite3*")}
    hits = _scan([rig.config_dir, data, log, rig.work, rig.home], needles, skip)
    assert not hits, f"the token is written to {hits}"
    assert log.stat().st_size > 0, "the engine wrote no log at all: the log check would prove nothing"
    # token file and folder modes
    cred = rig.config_dir / "credentials.json"
    assert stat.S_IMODE(cred.stat().st_mode) == 0o600
    assert stat.S_IMODE(rig.config_dir.stat().st_mode) == 0o700
    assert rig.store_problems() == []


@dataclass
class Drafted:
    faults: Faults
    side: SideServer
    rig: ScriptRig


@pytest.fixture
def drafted(engine_factory, media_dir: Path, tmp_path: Path) -> Iterator[Drafted]:
    """A wrapped engine, a second loopback server for output.url, and a session with a draft ready."""
    faults = Faults()
    eng = engine_factory(wrap=faults.wrap)
    side = SideServer()
    try:
        rig = ScriptRig(eng.url, tmp_path)
        assert rig.run("connect").returncode == 0
        assert rig.run("upload", str(media_dir / "red-sneaker.jpg")).returncode == 0
        assert rig.run("chat", "make a 2 second video", env=PATIENT_CHAT, timeout=120).returncode == 0
        yield Drafted(faults, side, rig)
    finally:
        side.close()


def test_token_goes_only_to_the_api_host(drafted: Drafted) -> None:
    """output.url served from a second loopback server (another host name and port): it gets no token."""
    faults, side, rig = drafted.faults, drafted.side, drafted.rig
    video = b"\x00\x00\x00\x18ftypmp42" + os.urandom(40_000)
    side.files["/cdn/video.mp4"] = video
    side.files["/cdn/sheet.png"] = b"\x89PNG\r\n\x1a\n" + b"\0" * 100

    def to_cdn(body: dict) -> dict:
        if body.get("status") == "completed":
            body["output"] = {**(body.get("output") or {}), "url": side.url("/cdn/video.mp4"),
                              "size": len(video), "sheet_url": side.url("/cdn/sheet.png"), "poster_url": None}
        return body

    faults.add("rewrite", RENDER_STATUS, method="GET", times=None, transform=to_cdn)
    out = rig.work / "video.mp4"
    ran = rig.run("export", "--quality", "low", "--out", str(out), "--verbose", timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert out.read_bytes() == video, "the video did not come from the second server"
    token = rig.token()
    assert token
    assert side.requests, "the second server was never asked: the test proves nothing"
    for req in side.requests:
        assert "authorization" not in req.headers, req.headers
        assert not any(token in v or _secret(token)[:16] in v for v in req.headers.values())
        assert token not in req.path
    # and the API itself did get the token on every private call
    private = [r for r in faults.requests if r.path != "/api/auth/anonymous-token"]
    assert private and all(r.headers.get("authorization") == f"Bearer {token}" for r in private)


def test_redirect_from_the_api_does_not_carry_the_token_away(drafted: Drafted) -> None:
    """The API's own download route answering with a redirect to another host: the token stays behind."""
    faults, side, rig = drafted.faults, drafted.side, drafted.rig
    video = b"\x00\x00\x00\x18ftypmp42" + os.urandom(30_000)
    side.files["/cdn/moved.mp4"] = video

    def no_url(body: dict) -> dict:
        if body.get("status") == "completed":
            body["output"] = {"url": None, "size": len(video), "duration": 2}
        return body

    faults.add("rewrite", RENDER_STATUS, method="GET", times=None, transform=no_url)
    faults.add("status", r"/api/render/proxy/[^/]+/download", method="GET", times=None, status=302, body="",
               headers={"location": side.url("/cdn/moved.mp4")})
    out = rig.work / "video.mp4"
    ran = rig.run("export", "--quality", "low", "--out", str(out), timeout=120)
    token = rig.token()
    assert token
    assert ran.problems() == [], ran.stderr
    for req in side.requests:
        assert "authorization" not in req.headers
    if ran.returncode == 0:
        assert out.read_bytes() == video
