"""Install the skill into an agent host's skills folder (``make install-<host>``).

An installed copy is self-contained: SKILL.md, skill.yaml, README.md, docs/, scripts/ and nemo_skill/
are copied (never symlinked) into ``<skills dir>/media-content-generator/``, and a virtual environment
is made inside it (``<skill>/.venv``) by pip-installing this project with the ``local`` and ``mcp``
extras (the embedded engine, and the MCP server ``nemo-mcp``). The
scripts re-exec themselves under ``<skill>/.venv/bin/python`` when it exists, so they run with only a
``python3`` on the PATH, from any working directory.

Hosts and where they load skills from:

=========  ==========================================  =====================================
host       folder                                      X-Skill-Platform the scripts send
=========  ==========================================  =====================================
cursor     ``~/.cursor/skills/`` (``PROJECT/.cursor/skills/``)   cursor
clawhub    ``~/.clawhub/skills/``                      clawhub
openclaw   ``~/.openclaw/skills/``                     whatever the client's detection says
claude     ``~/.claude/skills/``                       unknown
=========  ==========================================  =====================================

How the skill's virtual environment is made (one of three modes):

* default: ``python3 -m venv <skill>/.venv`` then ``pip install '<source>[local,mcp]'`` (dependencies come
  from the package index: this is what a user gets).
* ``--offline`` (``NEMO_INSTALL_OFFLINE=1``): the venv reuses the dependencies already installed in
  another environment (``--deps-from``, default this checkout's ``.venv``) through a ``.pth`` file;
  the project is built into a wheel by ``pip wheel --no-build-isolation`` with that environment's
  setuptools (no network means no isolated build), and pip installs that wheel with
  ``--no-index``: a real pip install that resolves every requirement of the extras against
  the packages present, with no network.
* ``--fast`` (``NEMO_INSTALL_FAST=1``): as offline but without pip at all: the scripts import the
  ``nemo_skill`` copy inside the skill folder. Used by the tests.

Why a ``.pth`` file and not ``venv --system-site-packages``: a venv made by a venv's python takes the
*base* interpreter as its "system", so the packages of the project's ``.venv`` would stay invisible.

Usage::

    python3 -m nemo_skill.installer install cursor [--project DIR] [--fast|--offline]
    python3 -m nemo_skill.installer uninstall cursor [--project DIR]
    python3 -m nemo_skill.installer where cursor
    python3 -m nemo_skill.installer install-mcp claude|cursor [--project DIR]
    python3 -m nemo_skill.installer uninstall-mcp claude|cursor [--project DIR]

``install-mcp`` registers the installed skill's MCP server in the host's MCP configuration
(``nemo_skill/mcp_server/host_config.py``), installing the skill first when it is not there yet.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from dataclasses import dataclass
from pathlib import Path

SKILL_NAME = "media-content-generator"
EXTRAS = "local,mcp"  # what the skill's .venv gets: the embedded engine and the MCP server
SOURCE_ROOT = Path(__file__).resolve().parent.parent

HOSTS: dict[str, str] = {
    "cursor": ".cursor/skills",
    "clawhub": ".clawhub/skills",
    "openclaw": ".openclaw/skills",
    "claude": ".claude/skills",
}

# What an installed copy holds (relative to the source root). Directories are copied recursively.
PAYLOAD_FILES = ("SKILL.md", "skill.yaml", "README.md", "LICENSE")
PAYLOAD_DIRS = ("scripts", "nemo_skill", "docs")
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", ".pytest_cache", ".ruff_cache")

MARKER = ".installed-by-media-content-generator"


class InstallError(Exception):
    """A one-line reason the install cannot go on."""


@dataclass(frozen=True)
class Result:
    host: str
    path: Path
    python: Path
    mode: str


def skills_dir(host: str, project: Path | None = None, home: Path | None = None) -> Path:
    """The folder the host loads skills from."""
    if host not in HOSTS:
        raise InstallError(f"unknown host {host!r}; choose one of: {', '.join(HOSTS)}")
    if project is not None:
        if host != "cursor":
            raise InstallError("PROJECT=DIR is only supported for cursor (DIR/.cursor/skills)")
        return Path(project).expanduser().resolve() / ".cursor" / "skills"
    base = Path(home) if home is not None else Path.home()
    return base / HOSTS[host]


def skill_path(host: str, project: Path | None = None, home: Path | None = None) -> Path:
    return skills_dir(host, project, home) / SKILL_NAME


def _venv_python(venv_dir: Path) -> Path:
    if os.name == "nt":
        return venv_dir / "Scripts" / "python.exe"
    return venv_dir / "bin" / "python"


def _site_packages_of(python: Path) -> list[str]:
    """purelib and platlib of another interpreter's environment."""
    out = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'));"
         "print(sysconfig.get_path('platlib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.split()
    return list(dict.fromkeys(out))


def _default_deps_python() -> Path:
    candidate = _venv_python(SOURCE_ROOT / ".venv")
    return candidate if candidate.exists() else Path(sys.executable)


def _copy_payload(dest: Path) -> None:
    missing = [name for name in ("SKILL.md", "skill.yaml", "scripts", "nemo_skill")
               if not (SOURCE_ROOT / name).exists()]
    if missing:
        raise InstallError(f"source checkout {SOURCE_ROOT} lacks {', '.join(missing)}")
    for name in PAYLOAD_FILES:
        src = SOURCE_ROOT / name
        if src.is_file():
            shutil.copy2(src, dest / name)
    for name in PAYLOAD_DIRS:
        src = SOURCE_ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, symlinks=False, ignore=IGNORE)
    for script in (dest / "scripts").iterdir():
        if script.is_file() and not script.name.startswith("_") and not script.suffix:
            script.chmod(script.stat().st_mode | 0o111)


def _make_venv(dest: Path, mode: str, deps_from: Path | None, log) -> Path:
    venv_dir = dest / ".venv"
    base = Path(getattr(sys, "_base_executable", sys.executable))
    with_pip = mode in ("default", "offline")
    # Build the venv with the *base* interpreter so that it works when this process runs in a venv.
    cmd = [str(base), "-m", "venv", str(venv_dir)]
    if not with_pip:
        cmd.append("--without-pip")
    log(f"making {venv_dir}")
    try:
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as exc:  # pragma: no cover - depends on the system python
        # Debian's python3 without python3-venv: fall back to the stdlib API without pip.
        if with_pip:
            raise InstallError(
                f"could not make a virtual environment ({exc.stderr.strip().splitlines()[-1:]}); "
                "install python3-venv"
            ) from exc
        venv.EnvBuilder(with_pip=False).create(venv_dir)
    python = _venv_python(venv_dir)
    if mode in ("fast", "offline"):
        src_python = deps_from or _default_deps_python()
        paths = _site_packages_of(src_python)
        purelib = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        # A .pth file puts the other environment's packages after the venv's own.
        Path(purelib, "_nemo_shared_deps.pth").write_text("\n".join(paths) + "\n", encoding="utf-8")
        log(f"dependencies shared from {src_python}")
    if mode == "default":
        log(f"pip install '<project>[{EXTRAS}]' (downloads the dependencies)")
        _pip(python, ["install", "--quiet", "--disable-pip-version-check", f"{SOURCE_ROOT}[{EXTRAS}]"], dest)
    elif mode == "offline":
        with tempfile.TemporaryDirectory(prefix="nemo-wheel-") as wheels:
            wheel = build_wheel(SOURCE_ROOT, Path(wheels), deps_from or _default_deps_python())
            name, version = wheel_name(SOURCE_ROOT)
            log(f"pip install --no-index {wheel.name}[{EXTRAS}] (dependencies already present)")
            common = ["install", "--quiet", "--disable-pip-version-check", "--no-index", "--find-links", wheels]
            # The shared packages may hold this project too (an editable install): install ours into the
            # skill's venv regardless, then let pip resolve the extras against what is present.
            _pip(python, [*common, "--no-deps", "--ignore-installed", f"{name}=={version}"], dest)
            _pip(python, [*common, f"{name}[{EXTRAS}]=={version}"], dest)
    return python


def wheel_name(src: Path) -> tuple[str, str]:
    import tomllib

    project = tomllib.loads((src / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    version = re.search(r'^__version__ = "([^"]+)"', (src / "nemo_skill" / "__init__.py").read_text(), re.M)
    assert version, "nemo_skill/__init__.py has no __version__"
    return project["name"], version.group(1)


def build_wheel(src: Path, outdir: Path, builder: Path) -> Path:
    """This project as a wheel, built by pip with the build backend already in ``builder``'s venv.

    For ``--offline``: without network pip cannot fetch the backend for an isolated build, so the
    build uses the setuptools installed beside the dependencies (the ``test`` extra pins one that
    needs no separate ``wheel`` package).
    """
    _pip(builder, ["wheel", "--quiet", "--disable-pip-version-check", "--no-deps", "--no-index",
                   "--no-build-isolation", "--wheel-dir", str(outdir), str(src)], outdir)
    name, version = wheel_name(src)
    wheels = sorted(outdir.glob(f"{re.sub(r'[-_.]+', '_', name)}-{version}-*.whl"))
    if not wheels:
        raise InstallError(f"pip built no wheel of {name} {version}")
    return wheels[0]


def _pip(python: Path, args: list[str], dest: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="nemo-pip-") as tmp:
        env = dict(os.environ, PIP_NO_INPUT="1", TMPDIR=tmp)
        env.pop("PYTHONPATH", None)
        proc = subprocess.run([str(python), "-m", "pip", *args], capture_output=True, text=True,
                              env=env, cwd=tmp)
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-15:])
        raise InstallError(f"pip failed in {dest}/.venv:\n{tail}")


def _check_installed(dest: Path, python: Path) -> None:
    """The installed copy imports its own package with its own interpreter."""
    proc = subprocess.run(
        [str(python), "-c", "import sys; sys.path.insert(0, sys.argv[1]); import nemo_skill; "
         "print(nemo_skill.__version__)", str(dest)],
        capture_output=True, text=True, cwd=tempfile.gettempdir(),
    )
    if proc.returncode != 0:
        raise InstallError(f"installed copy does not import: {proc.stderr.strip().splitlines()[-1:]}")


def install(host: str, *, project: Path | None = None, home: Path | None = None, mode: str = "default",
            deps_from: Path | None = None, log=print) -> Result:
    """Copy the skill into the host's folder and make its virtual environment.

    The copy is assembled in a temporary folder beside the target and moved into place at the end, so
    a failed install leaves any previous install untouched.
    """
    if mode not in ("default", "offline", "fast"):
        raise InstallError(f"unknown mode {mode!r}")
    target = skill_path(host, project, home)
    if target.exists() and not (target / MARKER).exists() and any(target.iterdir()):
        raise InstallError(f"{target} exists and was not made by this installer; remove it first")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{SKILL_NAME}-", dir=target.parent))
    try:
        _copy_payload(staging)
        # The venv is made at its final path (venvs hold absolute paths), so build it after the move.
        (staging / MARKER).write_text(f"host={host}\nmode={mode}\n", encoding="utf-8")
        old = None
        if target.exists():
            old = target.with_name(f".{SKILL_NAME}-old-{os.getpid()}")
            target.rename(old)
        staging.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        python = _make_venv(target, mode, deps_from, log)
        _check_installed(target, python)
    except BaseException:
        shutil.rmtree(target / ".venv", ignore_errors=True)
        raise
    return Result(host=host, path=target, python=python, mode=mode)


def uninstall(host: str, *, project: Path | None = None, home: Path | None = None) -> Path | None:
    """Remove an installed copy; returns the removed path, or None when nothing was installed."""
    target = skill_path(host, project, home)
    if not target.exists():
        return None
    if not (target / MARKER).exists():
        raise InstallError(f"{target} was not made by this installer; not removing it")
    shutil.rmtree(target)
    return target


def install_mcp(host: str, *, project: Path | None = None, home: Path | None = None, mode: str = "default",
                deps_from: Path | None = None, log=print) -> tuple[Path, Path]:
    """Register the skill's MCP server with ``host`` (claude, cursor); returns (config file, skill).

    The server runs from the skill installed for that host (Cursor: the project's copy with
    ``project``; Claude Code: the user's copy, also for a project's ``.mcp.json``), installed first when
    missing."""
    from nemo_skill.mcp_server import host_config

    if host not in host_config.MCP_HOSTS:
        raise InstallError(f"MCP registration is for {' and '.join(host_config.MCP_HOSTS)}, not {host!r}")
    skill_project = project if host == "cursor" else None
    skill = skill_path(host, skill_project, home)
    if not (skill / MARKER).exists() or not _venv_python(skill / ".venv").exists():
        log(f"the skill is not installed at {skill}: installing it first")
        skill = install(host, project=skill_project, home=home, mode=mode, deps_from=deps_from, log=log).path
    try:
        written = host_config.register(host, skill, project=project, home=home)
    except host_config.ConfigError as exc:
        raise InstallError(str(exc)) from None
    return written, skill


def uninstall_mcp(host: str, *, project: Path | None = None, home: Path | None = None) -> Path | None:
    from nemo_skill.mcp_server import host_config

    try:
        return host_config.unregister(host, project=project, home=home)
    except host_config.ConfigError as exc:
        raise InstallError(str(exc)) from None


def _mode_from_env(args: argparse.Namespace) -> str:
    if args.fast or os.environ.get("NEMO_INSTALL_FAST") == "1":
        return "fast"
    if args.offline or os.environ.get("NEMO_INSTALL_OFFLINE") == "1":
        return "offline"
    return "default"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m nemo_skill.installer", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("install", "uninstall", "where", "install-mcp", "uninstall-mcp"))
    parser.add_argument("host", choices=tuple(HOSTS))
    parser.add_argument("--project", type=Path, help="cursor: install into DIR/.cursor/skills/; with *-mcp: "
                        "register in the project's MCP config (DIR/.mcp.json, DIR/.cursor/mcp.json)")
    parser.add_argument("--fast", action="store_true", help="share the checkout's .venv packages, no pip")
    parser.add_argument("--offline", action="store_true",
                        help="share the checkout's .venv dependencies, pip install the project with --no-index")
    parser.add_argument("--deps-from", type=Path, default=os.environ.get("NEMO_INSTALL_DEPS_FROM") or None,
                        help="python whose packages --fast/--offline reuse (default: ./.venv/bin/python)")
    args = parser.parse_args(argv)
    project = args.project if args.project and str(args.project) else None
    try:
        if args.action == "where":
            print(skill_path(args.host, project))
            return 0
        if args.action == "uninstall-mcp":
            changed = uninstall_mcp(args.host, project=project)
            print(f"removed the {SKILL_NAME} MCP server from {changed}" if changed
                  else f"no {SKILL_NAME} MCP server registered for {args.host}")
            return 0
        if args.action == "install-mcp":
            written, skill = install_mcp(args.host, project=project, mode=_mode_from_env(args),
                                         deps_from=args.deps_from, log=lambda msg: print(f"  {msg}", flush=True))
            print(f"registered the {SKILL_NAME} MCP server in {written}")
            print(f"  it runs {skill}/.venv; restart {args.host} to load it")
            return 0
        if args.action == "uninstall":
            removed = uninstall(args.host, project=project)
            print(f"removed {removed}" if removed else f"nothing installed at {skill_path(args.host, project)}")
            return 0
        mode = _mode_from_env(args)
        res = install(args.host, project=project, mode=mode, deps_from=args.deps_from,
                      log=lambda msg: print(f"  {msg}", flush=True))
    except InstallError as exc:
        print(f"install failed: {exc}", file=sys.stderr)
        return 1
    print(f"installed {SKILL_NAME} for {res.host} at {res.path}")
    print(f"  try: {res.path}/scripts/doctor")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
