"""Faults injected around the real local engine while the real scripts run: what does a person see?

One engine, wrapped by ``tests/faults.py``, serves every fault in turn; each fault gets a fresh client
store (its own config dir, token, session) prepared by the scripts themselves, then the rule is set and
the script under test runs as a subprocess with short timings (``faults.FAST_ENV``).

For every fault the run must end (no hang) with exit 0 (recovered) or one ``Error:`` line and a
documented exit code (clearly reported), never a traceback; no chat message may reach the engine twice,
no render id may be submitted twice, and the store must stay intact (documents parse, client id
unchanged, 0600 files in a 0700 folder). The module ends by printing the table of faults.
"""

from __future__ import annotations

import collections
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from engine_harness import InThreadEngine, start_in_thread
from faults import (
    HTML_ERROR_PAGE,
    PATIENT_CHAT,
    Faults,
    Ran,
    ScriptRig,
    free_port,
    json_error,
    print_to_terminal,
    report_table,
)

SID = r"[^/]+"
RENDER_STATUS = r"/api/render/proxy/lambda/[^/]+"
DOWNLOAD = r"/api/render/proxy/[^/]+/download"
UPLOAD = r"/api/upload-video/nemo_agent/[^/]+/[^/]+"
STATE = r"/api/state/nemo_agent/[^/]+/[^/]+/latest"


def _unshare_works() -> bool:
    exe = shutil.which("unshare")
    if not exe:
        return False
    try:
        return subprocess.run([exe, "-n", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _resolver_is_loopback() -> bool:
    try:
        lines = Path("/etc/resolv.conf").read_text().splitlines()
    except OSError:
        return False
    servers = [ln.split()[1] for ln in lines if ln.startswith("nameserver") and len(ln.split()) > 1]
    return bool(servers) and all(s.startswith("127.") or s == "::1" for s in servers)


def _dns_failure(c: Ctx) -> Ran:
    """Resolve nonexistent.invalid without a packet leaving the machine: in an empty network namespace
    (unshare -n), or with a resolver on loopback; otherwise the case is skipped."""
    if _unshare_works():
        prefix: list[str] | None = ["unshare", "-n"]
    elif _resolver_is_loopback():
        prefix = None
    else:
        pytest.skip("DNS failure: no network namespace (unshare -n) and the resolver is not on loopback, "
                    "so the lookup of nonexistent.invalid would leave the machine")
    return c.rig.run("connect", env={"NEMO_API_URL": "http://nonexistent.invalid"}, prefix=prefix)


# ---- the shared engine and the report ------------------------------------------------------------

@dataclass
class Shared:
    engine: InThreadEngine
    faults: Faults


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    faults = Faults()
    eng = start_in_thread(tmp_path_factory.mktemp("fault-engine"), wrap=faults.wrap, heartbeat_seconds=0.3,
                          workers=1)
    yield Shared(eng, faults)
    faults.release()
    eng.stop()


@dataclass
class Row:
    fault: str
    step: str
    outcome: str  # recovered | reported | lost
    exit: str
    shown: str
    why: str = ""


@pytest.fixture(scope="module")
def fault_report(request: pytest.FixtureRequest) -> Iterator[list[Row]]:
    rows: list[Row] = []
    yield rows
    if not rows:
        return
    table = report_table(
        "Fault injection: what a person sees (exit code and the one line shown)",
        ["fault", "step", "outcome", "exit", "shown / why lost"],
        [[r.fault, r.step, r.outcome, r.exit, r.why or r.shown] for r in rows],
        widths=[34, 8, 9, 4, 100],
    )
    counts = collections.Counter(r.outcome for r in rows)
    table.append(f"faults tried: {len(rows)}   recovered: {counts['recovered']}   "
                 f"stopped with a clear error: {counts['reported']}   lost: {counts['lost']}   "
                 f"tracebacks: {sum('traceback' in r.why for r in rows)}")
    print_to_terminal(request, table)


# ---- preparing a client and judging a run --------------------------------------------------------

@dataclass
class Ctx:
    rig: ScriptRig
    faults: Faults
    media: Path
    out: Path
    engine_dir: Path
    notes: list[str] = field(default_factory=list)


def _must(ran: Ran, what: str) -> Ran:
    assert ran.returncode == 0, f"preparing ({what}) failed: {ran.stdout}\n{ran.stderr}"
    return ran


def prepare(ctx: Ctx, level: str) -> None:
    rig = ctx.rig
    if level in ("connected", "draft"):
        _must(rig.run("connect"), "connect")
    if level == "draft":
        _must(rig.run("upload", str(ctx.media / "red-sneaker.jpg")), "upload")
        _must(rig.run("chat", "make a 2 second video", env=PATIENT_CHAT, timeout=120), "chat")


@dataclass
class Fault:
    name: str
    prep: str
    run: Callable[[Ctx], Ran]
    rules: list[dict[str, Any]] = field(default_factory=list)
    expect: tuple[str, ...] = ("reported",)  # acceptable outcomes
    exit_codes: tuple[int, ...] | None = None
    words: tuple[str, ...] = ()  # one of them must appear in what the person sees (case-insensitive)
    client_id_may_change: bool = False
    extra: Callable[[Ctx, Ran], list[str]] | None = None  # more checks: problems found
    timeout: float | None = None  # cap on the run under test (hangs are judged by this)

    @property
    def step(self) -> str:
        return self.name.split(":")[0]


def _chat(text: str) -> Callable[[Ctx], Ran]:
    return lambda c: c.rig.run("chat", text, timeout=60)


def _script(name: str, *args: str, env: dict[str, str | None] | None = None) -> Callable[[Ctx], Ran]:
    return lambda c: c.rig.run(name, *args, env=env, timeout=60)


def _export(env: dict[str, str | None] | None = None) -> Callable[[Ctx], Ran]:
    return lambda c: c.rig.run("export", "--quality", "low", "--out", str(c.out), env=env, timeout=90)


def _upload(c: Ctx) -> Ran:
    return c.rig.run("upload", str(c.media / "blue-backpack.jpg"), timeout=60)


def _hang(path: str, method: str, times: int | None = 1) -> dict[str, Any]:
    return {"action": "hang", "path": path, "method": method, "times": times}


def _status(path: str, method: str, status: int, body: Any, times: int | None = 1) -> dict[str, Any]:
    return {"action": "status", "path": path, "method": method, "status": status, "body": body, "times": times}


def _no_partial_output(ctx: Ctx, ran: Ran) -> list[str]:
    """A failed export leaves no half file where the video should be; a successful one a whole file."""
    found = []
    if ran.returncode != 0 and ctx.out.exists():
        found.append(f"a partial video was left at {ctx.out}")
    leftovers = [p.name for p in ctx.out.parent.glob(f".{ctx.out.name}.*")]
    if leftovers:
        found.append(f"temp download files left: {leftovers}")
    return found


def _fails_then_resumes(ctx: Ctx, ran: Ran) -> list[str]:
    """After 'stuck in processing', the render is remembered: --resume finishes it once the fault is gone."""
    ctx.faults.clear()
    again = ctx.rig.run("export", "--resume", timeout=90)
    if again.returncode != 0:
        return [f"export --resume after the stuck render failed: {again.shown}"]
    if not ctx.out.exists() or ctx.out.stat().st_size < 1000:
        return ["export --resume reported success without a video"]
    ctx.notes.append("resumed OK")
    return []


def _export_with_media_gone(c: Ctx) -> Ran:
    """A render that really fails: the session's media files vanish from the engine's disk first."""
    state = c.rig.run("state", "--json")
    ids = set(re.findall(r"m_[0-9a-f]{16}", state.stdout))
    assert ids, state.stdout
    for mid in ids:
        for p in c.engine_dir.rglob(f"{mid}/*"):
            p.unlink()
    return c.rig.run("export", "--quality", "low", "--out", str(c.out), timeout=90)


def _one_render_no_retry(ctx: Ctx, ran: Ran) -> list[str]:
    """Missing media is the draft's fault (the engine says retryable: false): a retry would fail too."""
    subs = ctx.faults.render_submissions()
    mine = [rid for rid in subs if rid in ran.stderr]
    return [] if len(mine) == 1 else [f"expected one render and no retry for the draft's fault, saw {mine}"]


def _both(*checks: Callable[[Ctx, Ran], list[str]]) -> Callable[[Ctx, Ran], list[str]]:
    return lambda ctx, ran: [p for check in checks for p in check(ctx, ran)]


def _renewed_with_same_client_id(ctx: Ctx, ran: Ran) -> list[str]:
    reqs = ctx.faults.anon_token_requests()[-1:]
    if not reqs:
        return ["no new anonymous token was requested after 1001"]
    if reqs[0].headers.get("x-client-id") != ctx.rig.client_id():
        return ["the new token was requested with a different client id"]
    return []


def _register_link(ctx: Ctx, ran: Ran) -> list[str]:
    return [] if re.search(r"/register\?bind=anon_\w+", ran.stderr + ran.stdout) else ["no registration link"]


NEMO_HTTP_TIMEOUT = {"NEMO_HTTP_TIMEOUT_S": "1"}


def _faults() -> list[Fault]:
    refused = f"http://127.0.0.1:{free_port()}"
    f: list[Fault] = [
        # -- the network ------------------------------------------------------------------------------
        Fault("connect: connection refused", "none", _script("connect", env={"NEMO_API_URL": refused}),
              exit_codes=(3,), words=("cannot reach",)),
        Fault("connect: DNS failure (.invalid)", "none", _dns_failure, exit_codes=(3,), words=("cannot reach",)),
        # -- a timeout on each kind of call (client timeout 1 s, the wrapper never answers) -----------
        Fault("connect: timeout on anonymous token", "none", _script("connect", env=NEMO_HTTP_TIMEOUT),
              [_hang("/api/auth/anonymous-token", "POST")], exit_codes=(3, 7), words=("in time", "timed out")),
        Fault("connect: timeout on new session", "none", _script("connect", env=NEMO_HTTP_TIMEOUT),
              [_hang("/api/tasks/me/with-session/nemo_agent", "POST")], exit_codes=(3, 7)),
        Fault("connect: timeout on claim link", "connected", _script("connect", "--new", env=NEMO_HTTP_TIMEOUT),
              [_hang("/api/auth/claim-token", "POST")], expect=("recovered", "reported")),
        Fault("upload: timeout", "connected", lambda c: c.rig.run("upload", str(c.media / "blue-backpack.jpg"),
                                                                  env=NEMO_HTTP_TIMEOUT),
              [_hang(UPLOAD, "POST")], exit_codes=(3, 7)),
        Fault("chat: timeout before the stream opens", "draft",
              lambda c: c.rig.run("chat", "add a title \"Timeout\"", env=NEMO_HTTP_TIMEOUT, timeout=60),
              [_hang("/run_sse", "POST")], expect=("reported", "recovered")),
        Fault("state: timeout", "draft", _script("state", env=NEMO_HTTP_TIMEOUT), [_hang(STATE, "GET")],
              exit_codes=(3, 7)),
        Fault("credits: timeout", "connected", _script("credits", env=NEMO_HTTP_TIMEOUT),
              [_hang("/api/credits/balance/simple", "GET")], exit_codes=(3, 7)),
        Fault("export: timeout on submit", "draft", _export(NEMO_HTTP_TIMEOUT),
              [_hang("/api/render/proxy/lambda", "POST")], exit_codes=(3, 7), extra=_no_partial_output),
        Fault("export: timeout on one status poll", "draft", _export(NEMO_HTTP_TIMEOUT),
              [_hang(RENDER_STATUS, "GET")], expect=("recovered", "reported"), extra=_no_partial_output),
        Fault("export: timeout on download", "draft", _export(NEMO_HTTP_TIMEOUT),
              [_hang(DOWNLOAD, "GET", times=None)], expect=("reported", "recovered"),
              extra=_both(_no_partial_output, _fails_then_resumes)),
        # -- server errors and bodies that are not the API's ---------------------------------------
        Fault("credits: HTTP 500", "connected", _script("credits"),
              [_status("/api/credits/balance/simple", "GET", 500, json_error(500, "internal error"))],
              exit_codes=(3,)),
        Fault("state: HTTP 502 HTML error page", "draft", _script("state"),
              [_status(STATE, "GET", 502, HTML_ERROR_PAGE)], exit_codes=(3,), words=("web page", "502")),
        Fault("export: HTTP 503 on submit", "draft", _export(),
              [_status("/api/render/proxy/lambda", "POST", 503, "Service Unavailable")], exit_codes=(3,),
              extra=_no_partial_output),
        Fault("chat: HTTP 500 before the stream", "draft", _chat("add a title \"Five hundred\""),
              [_status("/run_sse", "POST", 500, json_error(500, "agent crashed"))], exit_codes=(3,)),
        Fault("credits: 200 with a body that is not JSON", "connected", _script("credits"),
              [_status("/api/credits/balance/simple", "GET", 200, "OK all good", )], exit_codes=(3,),
              words=("not json",)),
        Fault("upload: HTML error page (HTTP 502)", "connected", _upload,
              [_status(UPLOAD, "POST", 502, HTML_ERROR_PAGE)], exit_codes=(3,), words=("web page", "502")),
        # -- the chat stream --------------------------------------------------------------------------
        Fault("chat: stream dropped before any text", "draft", _chat("add a title \"Dropped early\""),
              [{"action": "sse_cut", "path": "/run_sse", "method": "POST", "events": 0, "then": "abort"}],
              expect=("recovered", "reported")),
        Fault("chat: stream dropped after some text", "draft", _chat("add a title \"Dropped late\""),
              [{"action": "sse_cut", "path": "/run_sse", "method": "POST", "text_events": 1, "then": "abort"}],
              expect=("recovered", "reported")),
        Fault("chat: heartbeats only", "draft", _chat("add a title \"Only heartbeats\""),
              [{"action": "heartbeats", "path": "/run_sse", "method": "POST", "interval": 0.2}],
              expect=("recovered", "reported")),
        Fault("chat: stream never closes", "draft", _chat("add a title \"Never closes\""),
              [{"action": "never_close", "path": "/run_sse", "method": "POST", "interval": 0.2}],
              expect=("recovered", "reported")),
        # -- renders ------------------------------------------------------------------------------------
        Fault("export: render fails (every time)", "draft", _export(),
              [{"action": "rewrite", "path": RENDER_STATUS, "method": "GET", "times": None,
                "transform": lambda b: {**b, "status": "failed", "error": "the renderer crashed"}}],
              exit_codes=(8,), extra=_no_partial_output),
        Fault("export: render fails for real (media gone)", "draft", _export_with_media_gone, exit_codes=(8,),
              extra=_both(_no_partial_output, _one_render_no_retry)),
        Fault("export: HTTP 429 once on submit", "draft", _export(),
              [_status("/api/render/proxy/lambda", "POST", 429, json_error(429, "slow down"))],
              expect=("recovered",)),
        Fault("export: render fails once", "draft", _export(),
              [{"action": "rewrite", "path": RENDER_STATUS, "method": "GET", "times": 1,
                "transform": lambda b: {**b, "status": "failed", "error": "the renderer crashed"}}],
              expect=("recovered",)),
        Fault("export: render stuck in processing", "draft", _export({"NEMO_RENDER_MAX_POLLS": "5"}),
              [{"action": "rewrite", "path": RENDER_STATUS, "method": "GET", "times": None,
                "transform": lambda b: {**b, "status": "processing", "progress": 50, "output": None}}],
              exit_codes=(7,), words=("--resume",), extra=_fails_then_resumes),
        Fault("export: download cut short", "draft", _export(),
              [{"action": "truncate", "path": DOWNLOAD, "method": "GET", "times": None, "limit": 2000}],
              exit_codes=(3,), words=("--resume",), extra=_both(_no_partial_output, _fails_then_resumes)),
        Fault("export: download cut short once", "draft", _export(),
              [{"action": "truncate", "path": DOWNLOAD, "method": "GET", "times": 1, "limit": 2000}],
              expect=("recovered", "reported"), extra=_no_partial_output),
        # -- the contract's codes ---------------------------------------------------------------------
        Fault("chat: 1001 in the middle of a flow", "draft", _chat("add a title \"Renewed\""),
              [_status("/run_sse", "POST", 401, json_error(1001, "token expired"))], expect=("recovered",),
              extra=_renewed_with_same_client_id),
        Fault("export: 1001 on a status poll", "draft", _export(),
              [_status(RENDER_STATUS, "GET", 401, json_error(1001, "token expired"))], expect=("recovered",),
              extra=_renewed_with_same_client_id),
        Fault("credits: 1001 every time", "connected", _script("credits"),
              [_status("/api/credits/balance/simple", "GET", 401, json_error(1001, "bad token"), times=None)],
              exit_codes=(4,)),
        Fault("state: 1002 session not found", "draft", _script("state"),
              [_status(STATE, "GET", 404, json_error(1002, "session not found"))],
              expect=("recovered", "reported"), exit_codes=(0, 11), words=("gone", "new session", "not found")),
        Fault("chat: 1002 session not found", "draft", _chat("add a title \"Lost session\""),
              [_status("/run_sse", "POST", 404, json_error(1002, "session not found"))],
              expect=("recovered", "reported"), exit_codes=(0, 11), words=("gone", "new session", "not found")),
        Fault("chat: 2001 no credits", "draft", _chat("add a title \"No credits\""),
              [_status("/run_sse", "POST", 402, json_error(2001, "insufficient credits"))], exit_codes=(5,),
              words=("credits",), extra=_register_link),
        Fault("upload: 4001 unsupported file", "connected", _upload,
              [_status(UPLOAD, "POST", 400, json_error(4001, "unsupported file"))], exit_codes=(6,),
              words=("mp4",)),
        Fault("upload: 4002 file too large", "connected", _upload,
              [_status(UPLOAD, "POST", 413, json_error(4002, "file too large"))], exit_codes=(6,),
              words=("compress",)),
        Fault("connect: HTTP 400 missing X-Client-Id", "none", _script("connect"),
              [_status("/api/auth/anonymous-token", "POST", 400, json_error(400, "missing X-Client-Id header"))],
              expect=("recovered",), client_id_may_change=True),
        Fault("export: HTTP 402 free plan", "draft", _export(),
              [_status("/api/render/proxy/lambda", "POST", 402, json_error(402, "export blocked on free plan"))],
              exit_codes=(9,), words=("register or upgrade your plan to unlock export",), extra=_no_partial_output),
        Fault("credits: HTTP 429 once", "connected", _script("credits"),
              [_status("/api/credits/balance/simple", "GET", 429, json_error(429, "slow down"))],
              expect=("recovered",)),
        Fault("chat: HTTP 429 once", "draft", _chat("add a title \"Rate limited\""),
              [_status("/run_sse", "POST", 429, json_error(429, "slow down"))], expect=("recovered",)),
        Fault("credits: HTTP 429 twice", "connected", _script("credits"),
              [_status("/api/credits/balance/simple", "GET", 429, json_error(429, "slow down"), times=2)],
              exit_codes=(10,)),
    ]
    return f


FAULTS = _faults()


@pytest.mark.parametrize("fault", FAULTS, ids=[x.name for x in FAULTS])
def test_fault(fault: Fault, shared: Shared, fault_report: list[Row], media_dir: Path, tmp_path: Path) -> None:
    faults = shared.faults
    faults.clear()
    rig = ScriptRig(shared.engine.url, tmp_path)
    ctx = Ctx(rig, faults, media_dir, rig.work / "video.mp4", Path(shared.engine.data_dir))
    prepare(ctx, fault.prep)
    rig.timeout_cap = fault.timeout or (30 if any(r["action"] == "hang" for r in fault.rules) else None)
    cid = rig.client_id()
    mark = len(faults.requests)
    for rule in fault.rules:
        faults.add(**rule)
    try:
        ran = fault.run(ctx)
    finally:
        faults.clear()
        faults.release()
        faults._released.clear()
    after = faults.requests[mark:]

    why = ran.problems()
    # nothing sent twice
    texts = collections.Counter(
        r.body["new_message"]["parts"][0]["text"] for r in after
        if r.method == "POST" and r.path == "/run_sse" and r.forwarded and isinstance(r.body, dict)
    )
    why += [f"chat message sent {n} times: {t!r}" for t, n in texts.items() if n > 1]
    subs = collections.Counter(
        r.body.get("id") for r in after
        if r.method == "POST" and r.path == "/api/render/proxy/lambda" and r.forwarded and isinstance(r.body, dict)
    )
    why += [f"render {rid} submitted {n} times" for rid, n in subs.items() if n > 1]
    why += rig.store_problems(None if fault.client_id_may_change else cid)
    if fault.extra is not None and ran.returncode is not None:
        why += fault.extra(ctx, ran)

    outcome = "lost" if why else ("recovered" if ran.returncode == 0 else "reported")
    seen = (ran.stdout + "\n" + ran.stderr).lower()
    expectation = []
    if outcome != "lost":
        if outcome not in fault.expect:
            expectation.append(f"expected {' or '.join(fault.expect)}, got {outcome}")
        if fault.exit_codes is not None and ran.returncode not in fault.exit_codes:
            expectation.append(f"exit {ran.returncode}, expected one of {fault.exit_codes}")
        if fault.words and not any(w.lower() in seen for w in fault.words):
            expectation.append(f"none of {fault.words} in what was shown")
    shown = ran.shown + (f" [{'; '.join(ctx.notes)}]" if ctx.notes else "")
    fault_report.append(Row(fault.name, fault.step, outcome, str(ran.returncode), shown,
                            "; ".join(why + expectation)))
    assert not why, f"{fault.name}: lost: {why}\nstdout: {ran.stdout}\nstderr: {ran.stderr}"
    assert not expectation, f"{fault.name}: {expectation}\nstdout: {ran.stdout}\nstderr: {ran.stderr}"
