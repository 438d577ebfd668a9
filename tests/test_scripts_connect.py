"""scripts/connect, credits and state against the real engine: tokens, sessions, headers, errors."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from faults import HTML_ERROR_PAGE, Faults, free_port, json_error

ROOT = Path(__file__).resolve().parents[1]


def one_json(proc: subprocess.CompletedProcess) -> dict:
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stdout
    return json.loads(lines[0])


@pytest.fixture
def faulty(engine_factory, run_script):  # type: ignore[no-untyped-def]
    """run_script bound to an engine wrapped by a Faults recorder."""
    faults = Faults()
    eng = engine_factory(wrap=faults.wrap)

    def run(name: str, *args: str, env: dict | None = None, **kw):  # type: ignore[no-untyped-def]
        return run_script(name, *args, env={"NEMO_API_URL": eng.url, **(env or {})}, **kw)

    def env(**extra: str) -> dict[str, str]:
        """The environment run_script uses, for tests that start the script their own way."""
        full = {k: v for k, v in os.environ.items() if not k.startswith("NEMO_")}
        full.update({"NEMO_API_URL": eng.url, "NEMO_CONFIG_DIR": str(run_script.config_dir),
                     "HOME": str(run_script.home), **extra})
        return full

    run.faults = faults  # type: ignore[attr-defined]
    run.engine = eng  # type: ignore[attr-defined]
    run.url = eng.url  # type: ignore[attr-defined]
    run.env = env  # type: ignore[attr-defined]
    run.config_dir = run_script.config_dir  # type: ignore[attr-defined]
    run.home = run_script.home  # type: ignore[attr-defined]
    yield run
    faults.release()


def test_connect_anonymous_then_reuse_then_new(run_script) -> None:  # type: ignore[no-untyped-def]
    first = run_script("connect", "--json")
    assert first.returncode == 0, first.stderr
    assert "Connecting…" in first.stderr and "Ready" in first.stderr
    a = one_json(first)
    assert a["ok"] and a["new_session"] and a["token_source"] == "anonymous"
    assert a["claim_link"].startswith(run_script.engine.url + "/workspace/claim?ct=clm_")
    again = one_json(run_script("connect", "--json"))
    assert again["session_id"] == a["session_id"] and not again["new_session"]
    assert again["token_source"] == "stored"
    fresh = one_json(run_script("connect", "--new", "--json"))
    assert fresh["session_id"] != a["session_id"] and fresh["new_session"]
    human = run_script("connect")
    assert human.stdout.startswith("Ready.") and "/workspace/claim?ct=" in human.stdout
    assert (human.stdout + human.stderr).count("Ready") == 1  # said once, not on both streams
    # the store: modes, and the token never in the client id file
    cfg = run_script.config_dir
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o700
    for name in ("client_id", "credentials.json", "sessions.json"):
        assert stat.S_IMODE((cfg / name).stat().st_mode) == 0o600
    assert len((cfg / "client_id").read_text().strip()) == 36
    token = json.loads((cfg / "credentials.json").read_text())[run_script.engine.url]["token"]["value"]
    for proc in (first, human):
        assert token not in proc.stdout + proc.stderr


def test_nemo_token_is_used_and_never_written(run_script, api) -> None:  # type: ignore[no-untyped-def]
    token = api.token
    proc = run_script("connect", "--json", env={"NEMO_TOKEN": token})
    assert one_json(proc)["token_source"] == "env"
    creds = run_script.config_dir / "credentials.json"
    assert not creds.exists() or token not in creds.read_text()
    bad = run_script("credits", "--json", env={"NEMO_TOKEN": "nmv_usr_bogus"})
    assert bad.returncode == 4
    err = one_json(bad)["error"]
    assert "NEMO_TOKEN is invalid or has expired" in err["message"]
    assert "nmv_usr_bogus" not in bad.stdout + bad.stderr


def test_attribution_headers_reach_the_engine(faulty) -> None:  # type: ignore[no-untyped-def]
    assert faulty("connect").returncode == 0
    assert faulty("credits").returncode == 0
    reqs = faulty.faults.requests
    assert len(reqs) >= 4
    for r in reqs:
        assert r.headers["x-skill-source"] == "media-content-generator"
        assert r.headers["x-skill-version"] == "1.0.0"
        assert r.headers["x-skill-platform"] == "unknown"
        assert r.headers.get("x-client-id")
    authed = [r for r in reqs if r.path != "/api/auth/anonymous-token"]
    assert authed and all(r.headers["authorization"].startswith("Bearer nmv_") for r in authed)
    assert "authorization" not in faulty.faults.anon_token_requests()[0].headers
    faulty.faults.reset()
    assert faulty("credits", env={"SKILL_SOURCE": "cursor"}).returncode == 0
    assert faulty.faults.requests[-1].headers["x-skill-platform"] == "cursor"


def test_installed_copy_reads_its_own_skill_md(faulty, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A copy under ~/.openclaw/skills with a ClawHub-style top-level version, run by path."""
    copy = faulty.home / ".openclaw" / "skills" / "media-content-generator"
    shutil.copytree(ROOT / "scripts", copy / "scripts")
    shutil.copytree(ROOT / "nemo_skill", copy / "nemo_skill", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "SKILL.md").write_text("---\nname: copied-skill\nversion: \"9.9.9\"\ndescription: x\n---\nbody\n")
    env = faulty.env()
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([sys.executable, str(copy / "scripts" / "credits")], env=env, capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    h = faulty.faults.requests[-1].headers
    assert (h["x-skill-source"], h["x-skill-version"], h["x-skill-platform"]) == ("copied-skill", "9.9.9", "clawhub")


def test_expired_token_is_renewed_once_with_the_same_client_id(faulty) -> None:  # type: ignore[no-untyped-def]
    assert faulty("connect").returncode == 0
    faulty.faults.add("status", r"/api/credits/balance/simple", status=401, body=json_error(1001, "token expired"))
    proc = faulty("credits", "--json")
    assert proc.returncode == 0, proc.stderr
    assert one_json(proc)["available"] == 100
    anon = faulty.faults.anon_token_requests()
    assert len(anon) == 2 and anon[0].headers["x-client-id"] == anon[1].headers["x-client-id"]
    faulty.faults.add("status", r"/api/credits/balance/simple", status=401, body=json_error(1001, "x"), times=None)
    proc = faulty("credits")
    assert proc.returncode == 4 and proc.stderr.count("\n") <= 3


def test_missing_client_id_and_rate_limit_are_retried(faulty) -> None:  # type: ignore[no-untyped-def]
    faulty.faults.add("status", r"/api/auth/anonymous-token", status=400, body=json_error(400, "missing X-Client-Id"))
    faulty.faults.add("status", r"/api/credits/balance/simple", status=429, body=json_error(429, "slow down"))
    proc = faulty("credits", "--json", env={"NEMO_RETRY_429_S": "0.05"})
    assert proc.returncode == 0, proc.stderr
    anon = faulty.faults.anon_token_requests()
    assert len(anon) == 2 and anon[0].headers["x-client-id"] != anon[1].headers["x-client-id"]
    assert (faulty.config_dir / "client_id").read_text().strip() == anon[1].headers["x-client-id"]
    assert "rate limiting" in proc.stderr
    faulty.faults.add("status", r"/api/credits/balance/simple", status=429, body=json_error(429, "no"), times=2)
    proc = faulty("credits", "--json", env={"NEMO_RETRY_429_S": "0.05"})
    assert proc.returncode == 10 and one_json(proc)["error"]["kind"] == "rate_limit"


@pytest.mark.parametrize(("status", "body", "code", "words"), [
    (403, json_error(2001, "no credits"), 5, "register?bind=anon_"),
    (402, json_error(402, "plan"), 9, "Register or upgrade your plan to unlock export."),
    (502, HTML_ERROR_PAGE, 3, "web page (502 Bad Gateway)"),
    (500, "plain text oops", 3, "not JSON"),
])
def test_error_codes_become_one_line(faulty, status, body, code, words) -> None:  # type: ignore[no-untyped-def]
    assert faulty("connect").returncode == 0
    faulty.faults.add("status", r"/api/credits/balance/simple", status=status, body=body,
                      content_type="text/html" if "html" in str(body) else None)
    proc = faulty("credits")
    assert proc.returncode == code
    assert words in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_session_lost_starts_a_new_one(run_script, api) -> None:  # type: ignore[no-untyped-def]
    first = one_json(run_script("connect", "--json"))
    run_script.engine.engine.db.run("DELETE FROM sessions WHERE id = ?", (first["session_id"],))
    proc = run_script("state", "--json")
    assert proc.returncode == 11
    assert "timeline is gone" in proc.stderr
    again = one_json(run_script("connect", "--json"))
    assert again["session_id"] != first["session_id"]


def test_network_failures_name_the_offline_choice(run_script) -> None:  # type: ignore[no-untyped-def]
    proc = run_script("credits", env={"NEMO_API_URL": f"http://127.0.0.1:{free_port()}"})
    assert proc.returncode == 3 and "Cannot reach the API" in proc.stderr
    proc = run_script("credits", "--json", env={"NEMO_API_URL": None, "HTTPS_PROXY": f"http://127.0.0.1:{free_port()}",
                                                "NO_PROXY": ""})
    assert proc.returncode == 3
    assert "NEMO_API_URL=local" in one_json(proc)["error"]["hint"]


def test_corrupt_store_is_rebuilt_keeping_client_id(run_script) -> None:  # type: ignore[no-untyped-def]
    assert run_script("connect").returncode == 0
    cfg = run_script.config_dir
    cid = (cfg / "client_id").read_text()
    (cfg / "sessions.json").write_text("{{{ not json")
    (cfg / "credentials.json").write_bytes(b"\x00\xff")
    proc = run_script("connect", "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("damaged") == 2
    assert (cfg / "client_id").read_text() == cid
    json.loads((cfg / "sessions.json").read_text())


def test_credits_and_state_lines(run_script) -> None:  # type: ignore[no-untyped-def]
    proc = run_script("credits")
    assert proc.stdout.strip() == "Credits: 100 available, 0 frozen, 100 total"
    data = one_json(run_script("credits", "--json"))
    assert (data["available"], data["frozen"], data["total"]) == (100, 0, 100)
    proc = run_script("state")
    assert proc.stdout.strip() == "Timeline (0 tracks): empty"
    state = one_json(run_script("state", "--json"))
    assert state["ready"] is False and "draft" in state["state"]
