"""`make install-mcp-claude` / `install-mcp-cursor` into a temporary HOME (and a project): our entry is
added beside the host's other servers and keys, runs the installed skill's own environment, and
`make uninstall-mcp-…` removes only it. The configuration files are written atomically and keep
their permission bits; a file that is not a JSON object is refused, never overwritten."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import anyio
import pytest
from test_install_hosts import BASE_PYTHON, ROOT, SKILL

pytestmark = pytest.mark.slow


def make(target: str, home: Path, *extra: str, ok: bool = True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEMO_", "VIRTUAL_ENV", "PYTHON"))}
    env.update(HOME=str(home), NEMO_INSTALL_FAST="1")
    proc = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), target, f"PYTHON={BASE_PYTHON}", *extra],
                          env=env, capture_output=True, text=True, timeout=600)
    assert (proc.returncode == 0) == ok, proc.stdout + proc.stderr
    return proc


def list_tools(entry: dict[str, Any], tmp: Path) -> set[str]:
    """Start the server exactly as the host would from its entry, and list its tools (the SDK client)."""
    from mcp import Client
    from mcp.client.stdio import StdioServerParameters

    params = StdioServerParameters(command=entry["command"], args=entry.get("args", []),
                                   env={"HOME": str(tmp), **entry.get("env", {})}, cwd=str(tmp))
    names: set[str] = set()

    async def drive() -> None:
        async with Client(params, read_timeout_seconds=60) as client:
            names.update(t.name for t in (await client.list_tools()).tools)

    anyio.run(drive)
    return names


def test_claude_user_scope_added_beside_others_and_removed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    config = home / ".claude.json"
    before = {"numStartups": 7, "projects": {"/x": {"mcpServers": {"p": {"command": "p"}}}},
              "mcpServers": {"other": {"type": "stdio", "command": "other-server", "args": ["--x"]}}}
    config.write_text(json.dumps(before))
    config.chmod(0o640)
    made = make("install-mcp-claude", home)
    skill = home / ".claude" / "skills" / SKILL
    assert "installing it first" in made.stdout and (skill / ".venv").is_dir()
    doc = json.loads(config.read_text())
    ours = doc["mcpServers"].pop(SKILL)
    assert doc == before  # everything else exactly as it was
    assert stat.S_IMODE(config.stat().st_mode) == 0o640
    assert ours["type"] == "stdio" and Path(ours["command"]).is_relative_to(skill / ".venv")
    assert not list(home.glob(".claude.json.*"))  # no temporary file left behind
    assert list_tools(ours, tmp_path) == {"connect", "upload", "chat", "state", "credits", "export"}
    # again: refreshed in place, still one entry of ours
    make("install-mcp-claude", home)
    assert list(json.loads(config.read_text())["mcpServers"]) == ["other", SKILL]
    make("uninstall-mcp-claude", home)
    assert json.loads(config.read_text()) == before
    gone = make("uninstall-mcp-claude", home)
    assert "no media-content-generator MCP server registered" in gone.stdout


def test_cursor_user_and_project_scopes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    project = tmp_path / "proj"
    project.mkdir()
    (home / ".cursor").mkdir(parents=True)
    user_cfg = home / ".cursor" / "mcp.json"
    user_cfg.write_text(json.dumps({"mcpServers": {"gh": {"command": "npx", "args": ["gh-mcp"]}}}, indent=1))
    make("install-mcp-cursor", home, f"PROJECT={project}")
    proj_cfg = project / ".cursor" / "mcp.json"
    entry = json.loads(proj_cfg.read_text())["mcpServers"][SKILL]
    assert "type" not in entry and Path(entry["command"]).is_relative_to(project / ".cursor" / "skills" / SKILL)
    assert json.loads(user_cfg.read_text()) == {"mcpServers": {"gh": {"command": "npx", "args": ["gh-mcp"]}}}
    make("install-mcp-cursor", home)  # user scope: beside gh, in the user's file
    assert set(json.loads(user_cfg.read_text())["mcpServers"]) == {"gh", SKILL}
    make("uninstall-mcp-cursor", home, f"PROJECT={project}")
    assert json.loads(proj_cfg.read_text()) == {"mcpServers": {}}
    make("uninstall-mcp-cursor", home)
    assert json.loads(user_cfg.read_text()) == {"mcpServers": {"gh": {"command": "npx", "args": ["gh-mcp"]}}}


def test_claude_project_file_through_a_symlink(tmp_path: Path) -> None:
    from nemo_skill.mcp_server import host_config

    project = tmp_path / "proj"
    project.mkdir()
    real = tmp_path / "dotfiles" / "mcp.json"
    real.parent.mkdir()
    real.write_text('{"mcpServers": {"a": {"command": "a"}}, "extra": [1, 2]}')
    (project / ".mcp.json").symlink_to(real)
    skill = tmp_path / "skill"
    written = host_config.register("claude", skill, project=project)
    assert written == project / ".mcp.json" and (project / ".mcp.json").is_symlink()
    doc = json.loads(real.read_text())
    assert doc["extra"] == [1, 2] and set(doc["mcpServers"]) == {"a", SKILL}
    assert doc["mcpServers"][SKILL]["args"] == ["-m", "nemo_skill.mcp_server"]  # no console script: python -m
    assert doc["mcpServers"][SKILL]["env"] == {"PYTHONPATH": str(skill)}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"mcpServers": []}'])
def test_a_config_that_is_not_an_object_is_refused_untouched(tmp_path: Path, content: str) -> None:
    from nemo_skill.mcp_server import host_config

    home = tmp_path / "home"
    home.mkdir()
    (home / ".claude.json").write_text(content)
    with pytest.raises(host_config.ConfigError, match=r"\.claude\.json"):
        host_config.register("claude", tmp_path / "skill", home=home)
    with pytest.raises(host_config.ConfigError):
        host_config.unregister("claude", home=home)
    assert (home / ".claude.json").read_text() == content
    assert sorted(p.name for p in home.iterdir()) == [".claude.json"]
