"""Bad input of every kind to the real scripts: one clear line, a documented exit code, no traceback.

Each case names the script, what is wrong, and the exit code docs/exit-codes.md gives for it (0 when
the input is odd but valid and must simply work: spaces, quotes, Unicode and newlines in names). The
engine is the real one (wrapped by tests/faults.py for the cases where the *server* hands back bad
data: a malformed draft, a draft with zero tracks). The module prints how many kinds were tried.
"""

from __future__ import annotations

import collections
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from engine_harness import InThreadEngine, start_in_thread
from faults import (
    PATIENT_CHAT,
    Faults,
    Ran,
    ScriptRig,
    SideServer,
    free_port,
    print_to_terminal,
    report_table,
)

USAGE, NETWORK, AUTH, FILE_REJECTED, SESSION_LOST, UNEXPECTED = 2, 3, 4, 6, 11, 1
STATE = r"/api/state/nemo_agent/[^/]+/[^/]+/latest"


@dataclass
class Shared:
    engine: InThreadEngine
    faults: Faults
    side: SideServer


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    faults = Faults()
    eng = start_in_thread(tmp_path_factory.mktemp("badinput-engine"), wrap=faults.wrap, heartbeat_seconds=0.3,
                          workers=1)
    side = SideServer()
    side.files["/index.html"] = b"<html><body>not an API</body></html>"
    yield Shared(eng, faults, side)
    side.close()
    faults.release()
    eng.stop()


@pytest.fixture(scope="module")
def badinput_report(request: pytest.FixtureRequest) -> Iterator[list[list[str]]]:
    rows: list[list[str]] = []
    yield rows
    if not rows:
        return
    table = report_table("Bad input: what a person sees", ["input", "script", "exit", "result", "shown"], rows,
                         widths=[40, 7, 4, 7, 96])
    counts = collections.Counter(r[3] for r in rows)
    table.append(f"bad-input kinds tried: {len(rows)}   handled clearly: {counts['clear']}   "
                 f"unclear or traceback: {counts['UNCLEAR']}")
    print_to_terminal(request, table)


@dataclass
class Case:
    name: str
    prep: str  # none | connected | draft
    run: Callable[[ScriptRig, Path, Shared], Ran]
    exit_codes: tuple[int, ...]
    words: tuple[str, ...] = ()
    rules: list[dict[str, Any]] = field(default_factory=list)
    check: Callable[[ScriptRig, Ran], list[str]] | None = None


def _file(tmp: Path, name: str, data: bytes = b"") -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


def _jpg(media: Path, tmp: Path, name: str) -> Path:
    dest = tmp / name
    shutil.copy(media / "red-sneaker.jpg", dest)
    return dest


def _up(make: Callable[[Path, Path], Any]) -> Callable[[ScriptRig, Path, Shared], Ran]:
    def run(rig: ScriptRig, media: Path, sh: Shared) -> Ran:
        target = make(rig.work, media)
        args = target if isinstance(target, list) else [target]
        return rig.run("upload", *map(str, args), timeout=60)
    return run


def _chat(*args: str, env: dict[str, str | None] | None = None) -> Callable[[ScriptRig, Path, Shared], Ran]:
    return lambda rig, media, sh: rig.run("chat", *args, env=env, timeout=60)


def _script(name: str, *args: str, env: dict[str, str | None] | None = None) -> Callable[[ScriptRig, Path, Shared], Ran]:
    return lambda rig, media, sh: rig.run(name, *args, env=env, timeout=60)


def _sparse_mp4(tmp: Path, media: Path) -> Path:
    p = tmp / "huge.mp4"
    p.write_bytes((media / "clip.mp4").read_bytes()[:4096])
    with open(p, "r+b") as fh:
        fh.truncate(501 * 1024 * 1024)  # sparse: no disk used
    return p


def _fifo(tmp: Path, media: Path) -> Path:
    p = tmp / "pipe.mp4"
    os.mkfifo(p)
    return p


def _loop(tmp: Path, media: Path) -> Path:
    a, b = tmp / "loop-a.jpg", tmp / "loop-b.jpg"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _dangling(tmp: Path, media: Path) -> Path:
    p = tmp / "gone.jpg"
    p.symlink_to(tmp / "nowhere.jpg")
    return p


def _edit_json(rig: ScriptRig, name: str, edit: Callable[[dict], None]) -> None:
    path = rig.config_dir / name
    doc = json.loads(path.read_text())
    for section in doc.values():
        if isinstance(section, dict):
            edit(section)
    path.write_text(json.dumps(doc))


def _with_store_edit(name: str, edit: Callable[[dict], None], script: str, *args: str) -> Callable[..., Ran]:
    def run(rig: ScriptRig, media: Path, sh: Shared) -> Ran:
        _edit_json(rig, name, edit)
        return rig.run(script, *args, timeout=60)
    return run


def _corrupt(name: str, data: bytes, script: str = "credits") -> Callable[..., Ran]:
    def run(rig: ScriptRig, media: Path, sh: Shared) -> Ran:
        (rig.config_dir / name).write_bytes(data)
        return rig.run(script, timeout=60)
    return run


def _set_session(section: dict) -> None:
    section["session"]["session_id"] = "sess_doesnotexist0000"


def _expire_token(section: dict) -> None:
    if "token" in section:
        section["token"]["expires_at"] = "2001-01-01T00:00:00Z"


def _garble_token(section: dict) -> None:
    if "token" in section:
        section["token"]["value"] = "nmv_usr_not_a_real_token"


def _draft_rewrite(draft: Any) -> dict[str, Any]:
    def transform(body: dict) -> dict:
        body["data"]["state"]["draft"] = draft
        return body
    return {"action": "rewrite", "path": STATE, "method": "GET", "times": None, "transform": transform}


def _cases() -> list[Case]:
    up = _up
    return [
        # -- files ----------------------------------------------------------------------------------------
        Case("missing file", "connected", up(lambda t, m: t / "nope.jpg"), (USAGE,), ("no such file",)),
        Case("a directory", "connected", up(lambda t, m: t), (USAGE,), ("folder",)),
        Case("an empty .jpg", "connected", up(lambda t, m: _file(t, "empty.jpg")), (FILE_REJECTED,), ("empty",)),
        Case("a zero-length .mp4", "connected", up(lambda t, m: _file(t, "empty.mp4")), (FILE_REJECTED,), ("empty",)),
        Case("a text file named .mp4", "connected", up(lambda t, m: _file(t, "notes.mp4", b"hello, this is text\n" * 50)),
             (FILE_REJECTED,), ("mp4",)),
        Case("a broken PNG named .jpg", "connected",
             up(lambda t, m: _file(t, "fake.jpg", b"\x89PNG\r\n\x1a\n" + b"\0" * 100)), (FILE_REJECTED,)),
        Case("an unsupported extension (.txt)", "connected", up(lambda t, m: _file(t, "a.txt", b"x")),
             (FILE_REJECTED,), ("supported formats",)),
        Case("no extension", "connected", up(lambda t, m: _file(t, "README", b"x")), (FILE_REJECTED,)),
        Case("a file over 500 MB (sparse)", "connected", up(_sparse_mp4), (FILE_REJECTED,), ("500 mb", "compress")),
        Case("a FIFO named .mp4 (unreadable as a file)", "connected", up(_fifo), (USAGE,), ("regular file",)),
        Case("a symlink loop", "connected", up(_loop), (USAGE,), ("symbolic links", "cannot read")),
        Case("a dangling symlink", "connected", up(_dangling), (USAGE,), ("no such file",)),
        Case("a name with spaces", "connected", up(lambda t, m: _jpg(m, t, "my summer photo.jpg")), (0,)),
        Case("a name with quotes", "connected", up(lambda t, m: _jpg(m, t, "he said \"hi\" it's.jpg")), (0,),
             check=lambda rig, ran: [] if "Uploaded he said \"hi\" it's.jpg" in ran.stdout
             else [f"the stored name is not the name sent: {ran.stdout.strip()!r}"]),
        Case("a Unicode name", "connected", up(lambda t, m: _jpg(m, t, "фото 照片 ✨.jpg")), (0,)),
        Case("a newline in the name", "connected", up(lambda t, m: _jpg(m, t, "two\nlines.jpg")), (0,)),
        Case("a name that is not UTF-8", "connected",
             up(lambda t, m: Path(os.fsdecode(os.fsencode(str(t)) + b"/bad\xff\xfename.jpg"))
                if shutil.copy(m / "red-sneaker.jpg", os.fsencode(str(t)) + b"/bad\xff\xfename.jpg") else None),
             (0, USAGE)),
        Case("one good and one missing file (nothing sent)", "connected",
             up(lambda t, m: [_jpg(m, t, "good.jpg"), t / "missing.jpg"]), (USAGE,), ("no such file",)),
        # -- links ------------------------------------------------------------------------------------------
        Case("a file:// URL", "connected", _script("upload", "file:///etc/passwd"), (USAGE,), ("http",)),
        Case("an ftp:// URL", "connected", _script("upload", "ftp://example.invalid/a.mp4"), (USAGE,), ("http",)),
        Case("a malformed URL (no host)", "connected", _script("upload", "http:///a.mp4"), (USAGE,), ("http",)),
        Case("a URL with a port out of range", "connected", _script("upload", "http://127.0.0.1:99999/a.mp4"),
             (USAGE,), ("port",)),
        Case("a URL with a broken IPv6 host", "connected", _script("upload", "http://[::1/a.mp4"),
             (USAGE,), ("not a valid url",)),
        Case("a link to a closed loopback port", "connected",
             _script("upload", f"http://127.0.0.1:{free_port()}/a.mp4"), (NETWORK, FILE_REJECTED, UNEXPECTED)),
        # -- messages ---------------------------------------------------------------------------------------
        Case("an empty message", "connected", _chat(""), (USAGE,), ("empty",)),
        Case("a message of spaces", "connected", _chat("   \t  "), (USAGE,), ("empty",)),
        Case("a 100 KB message", "draft", _chat("add a title " + "x" * 100_000), (USAGE,),
             ("long", "characters", "too")),
        Case("invalid UTF-8 in the message", "connected",
             lambda rig, m, sh: rig.run("chat", os.fsdecode(b"make it \xff\xfe red"), timeout=60), (USAGE,),
             ("utf-8",)),
        Case("an unknown option", "connected", _script("credits", "--frobnicate"), (USAGE,), ("--help",)),
        Case("export --quality ultra", "draft", _script("export", "--quality", "ultra"), (USAGE,)),
        Case("export --out into a missing folder", "draft", _script("export", "--out", "/nonexistent/dir/v.mp4"),
             (USAGE,), ("does not exist",)),
        Case("export --out an existing folder", "draft",
             lambda rig, m, sh: (rig.work.joinpath("outdir").mkdir(),
                                 rig.run("export", "--out", str(rig.work / "outdir"), timeout=90))[-1],
             (USAGE, 0), check=lambda rig, ran: [] if ran.returncode != 0 or any((rig.work / "outdir").iterdir())
             else ["the video was not saved inside the folder given with --out"]),
        Case("export --resume with nothing pending", "connected", _script("export", "--resume"), (USAGE,),
             ("nothing", "no unfinished")),
        Case("export with an empty timeline", "connected", _script("export"), (USAGE,), ("empty",)),
        # -- identity and the store -------------------------------------------------------------------------
        Case("an unknown session id in the store", "draft",
             _with_store_edit("sessions.json", _set_session, "state"), (0, SESSION_LOST), ("gone", "not found")),
        Case("an invalid NEMO_TOKEN", "none", _script("credits", env={"NEMO_TOKEN": "nmv_usr_expired_or_wrong"}),
             (AUTH,), ("nemo_token",)),
        Case("an expired stored token", "connected", _with_store_edit("credentials.json", _expire_token, "credits"),
             (0,)),
        Case("a stored token the server rejects", "connected",
             _with_store_edit("credentials.json", _garble_token, "credits"), (0,)),
        Case("a corrupt credentials.json", "connected", _corrupt("credentials.json", b"{not json"), (0,)),
        Case("a corrupt sessions.json", "connected", _corrupt("sessions.json", b"\xff\xfe\x00garbage", "state"), (0,)),
        Case("a client_id file with junk", "connected", _corrupt("client_id", b"hello world\n"), (0,)),
        Case("a config dir that is a file", "none",
             lambda rig, m, sh: (rig.config_dir.parent.mkdir(parents=True, exist_ok=True),
                                 rig.config_dir.write_text("x"), rig.run("credits", timeout=60))[-1],
             (USAGE,), ("nemo_config_dir", "config", "folder", "directory")),
        Case("NEMO_API_URL unreachable", "none", _script("credits", env={"NEMO_API_URL": f"http://127.0.0.1:{free_port()}"}),
             (NETWORK,), ("cannot reach",)),
        Case("NEMO_API_URL not http(s)", "none", _script("credits", env={"NEMO_API_URL": "ftp://127.0.0.1/"}),
             (USAGE,), ("nemo_api_url",)),
        Case("NEMO_API_URL garbage", "none", _script("credits", env={"NEMO_API_URL": "http://[::1"}),
             (USAGE,), ("nemo_api_url", "url")),
        Case("NEMO_API_URL a web server, not the API", "none",
             lambda rig, m, sh: rig.run("credits", env={"NEMO_API_URL": sh.side.url("")}, timeout=60),
             (NETWORK, UNEXPECTED, AUTH)),
        Case("NEMO_HTTP_TIMEOUT_S not a number", "connected", _script("credits", env={"NEMO_HTTP_TIMEOUT_S": "soon"}),
             (0,)),
        # -- drafts the server hands back -----------------------------------------------------------------
        Case("a malformed draft (state)", "draft", _script("state"), (0,), rules=[_draft_rewrite({"t": "garbage", "d": "x"})]),
        Case("a malformed draft (export)", "draft", _script("export"), (USAGE,), ("empty",),
             rules=[_draft_rewrite({"t": [{"tt": "video", "sg": "nope"}], "m": 5})]),
        Case("a draft that is a list", "draft", _script("state"), (0,), rules=[_draft_rewrite([1, 2, 3])]),
        Case("a draft with zero tracks (export)", "draft", _script("export"), (USAGE,), ("empty",),
             rules=[_draft_rewrite({"v": 1, "d": 0, "m": {"width": 1920, "height": 1080, "fps": 30}, "t": []})]),
        Case("a draft whose tracks have no segments (export)", "draft", _script("export"), (USAGE,), ("empty",),
             rules=[_draft_rewrite({"v": 1, "d": 0, "m": {}, "t": [{"tt": 0, "sg": []}, {"tt": 7, "sg": []}]})]),
        Case("a draft with 10 000 segments (state)", "draft", _script("state"), (0,),
             rules=[_draft_rewrite({"t": [{"tt": 0, "sg": [{"s": i * 10, "d": 10, "name": "n"} for i in range(10_000)]}]})]),
    ]


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case: Case, shared: Shared, badinput_report: list[list[str]], media_dir: Path,
                   tmp_path: Path) -> None:
    rig = ScriptRig(shared.engine.url, tmp_path)
    if case.prep in ("connected", "draft"):
        assert rig.run("connect").returncode == 0
    if case.prep == "draft":
        assert rig.run("upload", str(media_dir / "red-sneaker.jpg")).returncode == 0
        made = rig.run("chat", "make a 2 second video", env=PATIENT_CHAT, timeout=120)
        assert made.returncode == 0 and "Timeline (2 tracks)" in made.stdout, made.stdout + made.stderr
    shared.faults.clear()
    for rule in case.rules:
        shared.faults.add(**rule)
    try:
        ran = case.run(rig, media_dir, shared)
    finally:
        shared.faults.clear()
    problems = ran.problems()
    if ran.returncode not in case.exit_codes:
        problems.append(f"exit {ran.returncode}, expected {case.exit_codes}")
    seen = (ran.stdout + ran.stderr).lower()
    if case.words and not any(w in seen for w in case.words):
        problems.append(f"none of {case.words} shown")
    problems += rig.store_problems()
    if case.check is not None and ran.returncode is not None:
        problems += case.check(rig, ran)
    script = ran.args[0] if ran.args else "?"
    badinput_report.append([case.name, script, str(ran.returncode), "UNCLEAR" if problems else "clear",
                            "; ".join(problems) or ran.shown])
    assert not problems, f"{case.name}: {problems}\nstdout: {ran.stdout[-2000:]}\nstderr: {ran.stderr[-2000:]}"


def test_there_are_at_least_thirty_kinds() -> None:
    assert len(CASES) >= 30
