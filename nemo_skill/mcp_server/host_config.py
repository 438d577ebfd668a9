"""Registering ``nemo-mcp`` in an MCP host's configuration (``make install-mcp-claude`` / ``-cursor``).

Where the hosts keep their MCP servers (both read a JSON object with an ``mcpServers`` map):

=============  ===========================  ==================================
host           user scope                   project scope (``PROJECT=DIR``)
=============  ===========================  ==================================
Claude Code    ``~/.claude.json``           ``DIR/.mcp.json``
Cursor         ``~/.cursor/mcp.json``       ``DIR/.cursor/mcp.json``
=============  ===========================  ==================================

Only our entry (``media-content-generator``) is added, replaced or removed: every other key of the
file, and every other server, is kept as it was. ``~/.claude.json`` is Claude Code's whole state
file, so a file that is not a JSON object is refused, never overwritten. Writes are atomic (a temporary
file beside the target, then a rename), keep the file's permission bits (a new user-scope file is
private, 0600) and go through a symlink to its target. The entry runs the installed skill's own
environment: ``<skill>/.venv/bin/nemo-mcp``, or its Python with ``-m nemo_skill.mcp_server`` when the
skill was installed without pip.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

ENTRY = "media-content-generator"
MCP_HOSTS = ("claude", "cursor")


class ConfigError(Exception):
    """A one-line reason the host's configuration cannot be changed."""


def config_path(host: str, project: Path | None = None, home: Path | None = None) -> Path:
    if host not in MCP_HOSTS:
        raise ConfigError(f"unknown MCP host {host!r}; choose one of: {', '.join(MCP_HOSTS)}")
    if project is not None:
        root = Path(project).expanduser().resolve()
        return root / ".mcp.json" if host == "claude" else root / ".cursor" / "mcp.json"
    base = Path(home) if home is not None else Path.home()
    return base / ".claude.json" if host == "claude" else base / ".cursor" / "mcp.json"


def server_entry(host: str, skill: Path) -> dict[str, Any]:
    """The command that starts our server with the installed skill's own environment."""
    venv_bin = skill / ".venv" / "bin"
    console = venv_bin / "nemo-mcp"
    if console.exists():
        entry: dict[str, Any] = {"command": str(console), "args": []}
    else:  # installed without pip (NEMO_INSTALL_FAST): the package is the copy inside the skill folder
        entry = {"command": str(venv_bin / "python"), "args": ["-m", "nemo_skill.mcp_server"],
                 "env": {"PYTHONPATH": str(skill)}}
    if host == "claude":
        entry = {"type": "stdio", **entry}
    return entry


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not raw.strip():
        return {}
    try:
        doc = json.loads(raw)
    except ValueError as exc:
        raise ConfigError(f"{path} is not valid JSON ({exc}); fix or move it, then run this again") from None
    if not isinstance(doc, dict):
        raise ConfigError(f"{path} does not hold a JSON object; not changing it")
    servers = doc.get("mcpServers")
    if servers is not None and not isinstance(servers, dict):
        raise ConfigError(f"{path}: 'mcpServers' is not an object; not changing it")
    return doc


def _write(path: Path, doc: dict[str, Any], new_mode: int) -> None:
    target = path.resolve() if path.is_symlink() else path
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = new_mode
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def register(host: str, skill: Path, *, project: Path | None = None, home: Path | None = None) -> Path:
    """Add (or refresh) our entry; returns the file written."""
    path = config_path(host, project, home)
    doc = _read(path)
    servers = doc.setdefault("mcpServers", {})
    servers[ENTRY] = server_entry(host, skill)
    _write(path, doc, 0o644 if project is not None else 0o600)
    return path


def unregister(host: str, *, project: Path | None = None, home: Path | None = None) -> Path | None:
    """Remove our entry only; returns the file changed, or None when it held no entry of ours."""
    path = config_path(host, project, home)
    if not path.exists():
        return None
    doc = _read(path)
    servers = doc.get("mcpServers")
    if not isinstance(servers, dict) or ENTRY not in servers:
        return None
    del servers[ENTRY]
    _write(path, doc, 0o600)
    return path
