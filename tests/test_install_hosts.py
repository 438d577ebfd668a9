"""`make install-<host>` into a temporary HOME: a self-contained copy whose scripts run from anywhere.

Each install here uses NEMO_INSTALL_FAST=1 (the skill's .venv shares this checkout's installed
dependencies through a .pth file, no pip), except ``test_real_pip_install_claude``, which runs a real
pip install of the project into the skill's .venv (``NEMO_INSTALL_OFFLINE=1``: ``--no-index``, the
dependencies resolved against the packages already present). The from-PyPI install that users get
is the same command without those options; it needs the network, so the tests do not run it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from faults import Faults  # noqa: E402

import nemo_skill  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SKILL = "media-content-generator"
BASE_PYTHON = Path(getattr(sys, "_base_executable", sys.executable)).resolve()
AGENTSKILLS = Path(sys.executable).with_name("agentskills")


def make(target: str, home: Path, *extra: str, mode: str = "fast") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEMO_", "VIRTUAL_ENV", "PYTHON"))}
    env["HOME"] = str(home)
    if mode == "fast":
        env["NEMO_INSTALL_FAST"] = "1"
    elif mode == "offline":
        env["NEMO_INSTALL_OFFLINE"] = "1"
    proc = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), target, f"PYTHON={BASE_PYTHON}", *extra],
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def only_python3_path(tmp: Path) -> str:
    """A PATH holding nothing but python3 (the base interpreter, not this venv's)."""
    bin_dir = tmp / "only-python3"
    bin_dir.mkdir(exist_ok=True)
    link = bin_dir / "python3"
    if not link.exists():
        link.symlink_to(BASE_PYTHON)
    return str(bin_dir)


def run_installed(skill: Path, script: str, *args: str, home: Path, api_url: str, tmp: Path,
                  extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    elsewhere = tmp / "somewhere-else"
    elsewhere.mkdir(exist_ok=True)
    env = {"PATH": only_python3_path(tmp), "HOME": str(home), "NEMO_API_URL": api_url,
           "NEMO_CONFIG_DIR": str(tmp / "config"), "LANG": "C.UTF-8", **(extra_env or {})}
    return subprocess.run([str(skill / "scripts" / script), *args], env=env, cwd=elsewhere,
                          capture_output=True, text=True, timeout=120)


def check_copy(skill: Path) -> None:
    for name in ("SKILL.md", "skill.yaml", "README.md"):
        assert (skill / name).is_file() and not (skill / name).is_symlink(), name
    for name in ("scripts", "nemo_skill"):
        assert (skill / name).is_dir() and not (skill / name).is_symlink(), name
    assert not any(p.is_symlink() for p in (skill / "nemo_skill").rglob("*"))
    assert (skill / "nemo_skill" / "__init__.py").read_text() == (ROOT / "nemo_skill" / "__init__.py").read_text()
    assert (skill / ".venv" / "bin" / "python").exists()
    for script in (ROOT / "scripts").iterdir():
        if script.is_file() and not script.name.startswith("_"):
            assert os.access(skill / "scripts" / script.name, os.X_OK), script.name


def check_standard(skill: Path) -> None:
    proc = subprocess.run([str(AGENTSKILLS), "validate", str(skill)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = subprocess.run([str(AGENTSKILLS), "to-prompt", str(skill)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "<available_skills>" in out and f"<name>\n{SKILL}\n</name>" in out
    assert f"<location>\n{skill / 'SKILL.md'}\n</location>" in out
    assert "Use when" in out


def check_platform_header(skill: Path, home: Path, tmp: Path, engine_factory, expected: str) -> None:
    faults = Faults()
    eng = engine_factory(wrap=faults.wrap)
    proc = run_installed(skill, "connect", "--json", home=home, api_url=eng.url, tmp=tmp)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    json.loads(proc.stdout.strip().splitlines()[-1])
    reqs = faults.requests
    assert reqs, "connect sent no request"
    for r in reqs:
        h = {k.lower(): v for k, v in r.headers.items()}
        assert h.get("x-skill-platform") == expected, (r.path, h.get("x-skill-platform"))
        assert h.get("x-skill-source") == SKILL
        assert h.get("x-skill-version") == nemo_skill.__version__
    # the token never shows up in what the script prints
    token_req = faults.anon_token_requests()
    assert token_req
    authed = [r for r in reqs if "authorization" in {k.lower() for k in r.headers}]
    assert authed
    token = {k.lower(): v for k, v in authed[0].headers.items()}["authorization"].split()[-1]
    assert token not in proc.stdout + proc.stderr
    # doctor from the installed copy agrees that everything is in place
    proc = run_installed(skill, "doctor", "--json", home=home, api_url=eng.url, tmp=tmp)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] is True and report["skill"]["root"] == str(skill)
    assert report["skill"]["platform"] == expected
    assert token not in proc.stdout


@pytest.mark.parametrize(
    ("host", "where", "platform"),
    [
        ("cursor", ".cursor/skills", "cursor"),
        ("clawhub", ".clawhub/skills", "clawhub"),
        # OpenClaw loads ~/.openclaw/skills; the client counts it as ClawHub's ecosystem.
        ("openclaw", ".openclaw/skills", "clawhub"),
    ],
)
def test_install_run_uninstall(host: str, where: str, platform: str, tmp_path: Path, engine_factory) -> None:
    home = tmp_path / "home"
    home.mkdir()
    out = make(f"install-{host}", home).stdout
    skill = home / where / SKILL
    assert str(skill) in out
    check_copy(skill)
    check_standard(skill)
    check_platform_header(skill, home, tmp_path, engine_factory, platform)
    # installing again replaces the copy in place
    make(f"install-{host}", home)
    check_copy(skill)
    make(f"uninstall-{host}", home)
    assert not skill.exists()
    assert "nothing installed" in make(f"uninstall-{host}", home).stdout


def test_install_cursor_into_a_project(tmp_path: Path, engine_factory) -> None:
    home, project = tmp_path / "home", tmp_path / "work" / "my-app"
    home.mkdir()
    project.mkdir(parents=True)
    make("install-cursor", home, f"PROJECT={project}")
    skill = project / ".cursor" / "skills" / SKILL
    check_copy(skill)
    check_standard(skill)
    assert not (home / ".cursor").exists()
    check_platform_header(skill, home, tmp_path, engine_factory, "cursor")
    make("uninstall-cursor", home, f"PROJECT={project}")
    assert not skill.exists() and project.is_dir()


@pytest.mark.slow
def test_real_pip_install_claude(tmp_path: Path, engine_factory) -> None:
    """The one real pip install of the session: the project is built and installed into <skill>/.venv."""
    home = tmp_path / "home"
    home.mkdir()
    make("install-claude", home, mode="offline")
    skill = home / ".claude" / "skills" / SKILL
    check_copy(skill)
    check_standard(skill)
    py = skill / ".venv" / "bin" / "python"
    show = subprocess.run([str(py), "-m", "pip", "show", "media-content-generator"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert show.returncode == 0 and f"Version: {nemo_skill.__version__}" in show.stdout, show.stdout + show.stderr
    where = subprocess.run([str(py), "-c", "import nemo_skill.local.app, av, fastapi; print(nemo_skill.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(skill / ".venv"), where.stdout
    # Claude Code is neither Cursor nor ClawHub: the platform is "unknown".
    check_platform_header(skill, home, tmp_path, engine_factory, "unknown")
    check_mcp_from_outside(skill, home, tmp_path, engine_factory)
    make("uninstall-claude", home)
    assert not skill.exists()


def check_mcp_from_outside(skill: Path, home: Path, tmp: Path, engine_factory) -> None:
    """The installed project's `nemo-mcp`, found on a PATH of its venv's bin and python3 only, driven by
    the MCP SDK's client: six tools, connect and credits answer, a non-media upload is a tool error."""
    import anyio
    from mcp import Client
    from mcp.client.stdio import StdioServerParameters

    make("install-mcp-claude", home, mode="offline")  # the skill is there: this only registers it
    entry = json.loads((home / ".claude.json").read_text())["mcpServers"][SKILL]
    path = f"{skill / '.venv' / 'bin'}{os.pathsep}{only_python3_path(tmp)}"
    found = shutil.which("nemo-mcp", path=path)
    assert found == entry["command"] == str(skill / ".venv" / "bin" / "nemo-mcp"), (found, entry)
    eng = engine_factory()
    text = tmp / "readme.mp4"
    text.write_text("not a video")
    env = {"PATH": path, "HOME": str(home), "NEMO_API_URL": eng.url, "NEMO_CONFIG_DIR": str(tmp / "mcp-config")}
    got: dict = {}

    async def drive() -> None:
        async with Client(StdioServerParameters(command=found, env=env, cwd=str(tmp)), read_timeout_seconds=120) as c:
            got["tools"] = {t.name for t in (await c.list_tools()).tools}
            got["connect"] = await c.call_tool("connect", {})
            got["credits"] = await c.call_tool("credits", {})
            got["upload"] = await c.call_tool("upload", {"paths": [str(text)]})

    anyio.run(drive)
    assert got["tools"] == {"connect", "upload", "chat", "state", "credits", "export"}
    assert not got["connect"].is_error and got["connect"].structured_content["session_id"].startswith("sess_")
    assert got["credits"].structured_content["available"] == 100
    assert got["upload"].is_error and got["upload"].content[0].text.startswith("Error: ")
    make("uninstall-mcp-claude", home)
    assert SKILL not in json.loads((home / ".claude.json").read_text())["mcpServers"]


def test_uninstall_leaves_foreign_folders_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    foreign = home / ".claude" / "skills" / SKILL
    foreign.mkdir(parents=True)
    (foreign / "SKILL.md").write_text("---\nname: media-content-generator\n---\nsomeone else's\n")
    env = {**os.environ, "HOME": str(home)}
    proc = subprocess.run(["make", "-C", str(ROOT), "uninstall-claude", f"PYTHON={BASE_PYTHON}"], env=env,
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "not made by this installer" in proc.stderr
    proc = subprocess.run(["make", "-C", str(ROOT), "install-claude", f"PYTHON={BASE_PYTHON}"],
                          env={**env, "NEMO_INSTALL_FAST": "1"}, capture_output=True, text=True)
    assert proc.returncode != 0 and "was not made by this installer" in proc.stderr
    assert (foreign / "SKILL.md").read_text().endswith("someone else's\n")
    shutil.rmtree(home)
