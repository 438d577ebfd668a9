"""``scripts/doctor``: check that this copy of the skill can work, and say what to fix.

Checks, in order: the Python version, the client's packages, the local engine's packages and
FFmpeg (needed with ``NEMO_API_URL=local``, optional for the cloud), the config folder and the
permissions of its files, whether the backend answers, and whether the token is accepted.

Exit status: 0 when nothing needs fixing (warnings allowed), 1 when at least one check failed,
2 for a usage error. ``--json`` prints ``{"ok": bool, "checks": [{"name", "status", "detail",
"fix"}], "skill": {...}}`` with ``status`` one of ``ok``, ``warn``, ``fail``.

The token is never printed: only where it came from and when it expires.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import stat
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import nemo_skill

MIN_PYTHON = (3, 11)
CLIENT_PACKAGES = {"httpx": "httpx", "httpx_sse": "httpx-sse", "yaml": "pyyaml", "filelock": "filelock"}
LOCAL_PACKAGES = {
    "fastapi": "fastapi",
    "uvicorn": "uvicorn",
    "multipart": "python-multipart",
    "jsonschema": "jsonschema",
    "imageio_ffmpeg": "imageio-ffmpeg",
    "av": "av",
    "PIL": "pillow",
    "numpy": "numpy",
    "cv2": "opencv-python-headless",
}
SKILL_ROOT = Path(nemo_skill.__file__).resolve().parent.parent


@dataclass
class Check:
    name: str
    status: str  # ok | warn | fail
    detail: str
    fix: str = ""


def _pip_hint() -> str:
    venv = SKILL_ROOT / ".venv" / "bin" / "python"
    if venv.exists():
        return f"{venv} -m pip install '{SKILL_ROOT}[local]'"
    return f"{sys.executable} -m pip install '{SKILL_ROOT}[local]' (or reinstall the skill: make install-<host>)"


def check_python() -> Check:
    v = sys.version_info
    detail = f"Python {v.major}.{v.minor}.{v.micro} at {sys.executable}"
    if (v.major, v.minor) < MIN_PYTHON:
        return Check("python", "fail", detail, "Install Python 3.11 or newer and reinstall the skill.")
    return Check("python", "ok", detail)


def _missing(packages: dict[str, str]) -> list[str]:
    missing = []
    for module, dist in packages.items():
        try:
            importlib.import_module(module)
        except Exception:  # an import that crashes is as missing as one that is absent
            missing.append(dist)
    return missing


def check_client_packages() -> Check:
    missing = _missing(CLIENT_PACKAGES)
    if missing:
        return Check("packages", "fail", f"missing: {', '.join(missing)}", f"Run: {_pip_hint()}")
    return Check("packages", "ok", f"{', '.join(CLIENT_PACKAGES.values())} importable (skill {nemo_skill.__version__})")


def check_local_packages(local: bool) -> Check:
    missing = _missing(LOCAL_PACKAGES)
    if not missing:
        return Check("local engine packages", "ok", "the 'local' extra is installed")
    detail = f"missing: {', '.join(missing)}"
    if local:
        return Check("local engine packages", "fail", detail + " (needed because NEMO_API_URL=local)",
                     f"Run: {_pip_hint()}")
    return Check("local engine packages", "warn", detail + " (only needed for NEMO_API_URL=local)",
                 f"For offline work run: {_pip_hint()}")


def check_ffmpeg(local: bool) -> Check:
    try:
        from nemo_skill.render.ffmpeg import ffmpeg_exe
    except ImportError:
        status = "fail" if local else "warn"
        return Check("ffmpeg", status, "the renderer is not installed (the 'local' extra)", f"Run: {_pip_hint()}")
    try:
        exe = ffmpeg_exe()
    except Exception as exc:
        return Check("ffmpeg", "fail" if local else "warn", f"no FFmpeg binary: {exc}",
                     "Set NEMO_FFMPEG to an ffmpeg binary, or reinstall imageio-ffmpeg.")
    try:
        proc = subprocess.run([str(exe), "-hide_banner", "-version"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check("ffmpeg", "fail" if local else "warn", f"{exe} does not run: {type(exc).__name__}",
                     "Set NEMO_FFMPEG to a working ffmpeg binary.")
    first = (proc.stdout.splitlines() or [""])[0]
    if proc.returncode != 0 or not first.startswith("ffmpeg"):
        return Check("ffmpeg", "fail" if local else "warn", f"{exe} -version failed (exit {proc.returncode})",
                     "Set NEMO_FFMPEG to a working ffmpeg binary.")
    return Check("ffmpeg", "ok", f"{' '.join(first.split()[:3])} ({exe})")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def check_config_dir(directory: Path) -> Check:
    if not directory.exists():
        parent = next((p for p in directory.parents if p.exists()), None)
        if parent is None or not os.access(parent, os.W_OK | os.X_OK):
            return Check("config folder", "fail", f"{directory} does not exist and cannot be created",
                         "Set NEMO_CONFIG_DIR to a folder you can write to.")
        return Check("config folder", "ok", f"{directory} (made on first use)")
    if not directory.is_dir():
        return Check("config folder", "fail", f"{directory} is not a folder",
                     "Remove it or set NEMO_CONFIG_DIR to another folder.")
    if not os.access(directory, os.W_OK | os.X_OK):
        return Check("config folder", "fail", f"{directory} is not writable",
                     f"Run: chmod u+rwx '{directory}' (or set NEMO_CONFIG_DIR)")
    problems = []
    if _mode(directory) & 0o077:
        problems.append(f"folder is {oct(_mode(directory))[2:]}")
    for name in ("credentials.json", "sessions.json"):
        f = directory / name
        if f.exists() and _mode(f) & 0o077:
            problems.append(f"{name} is {oct(_mode(f))[2:]}")
    if problems:
        files = " ".join(f"'{directory / n}'" for n in ("credentials.json", "sessions.json") if (directory / n).exists())
        return Check("config folder", "fail", f"{directory}: others can read it ({'; '.join(problems)})",
                     f"Run: chmod 700 '{directory}'" + (f" && chmod 600 {files}" if files else ""))
    return Check("config folder", "ok", f"{directory} (private, writable)")


def _token_source(api: Any) -> tuple[str | None, str]:
    """(token value, description without the value)."""
    from nemo_skill.client.api import _expired
    from nemo_skill.client.store import CREDENTIALS

    if api.settings.env_token:
        return api.settings.env_token, "NEMO_TOKEN from the environment"
    stored = api.store.section(CREDENTIALS, api.key).get("token")
    if isinstance(stored, dict) and isinstance(stored.get("value"), str) and stored["value"]:
        exp = stored.get("expires_at")
        if _expired(exp, 0):
            return None, f"the saved token expired ({exp})"
        return stored["value"], "saved anonymous token" + (f", expires {exp}" if exp else "")
    return None, "no token saved yet"


def check_backend(start_local: bool) -> list[Check]:
    """Whether the backend answers, and whether the token is accepted."""
    try:
        from nemo_skill.client import envelope
        from nemo_skill.client._httpx import httpx
        from nemo_skill.client.api import Api
        from nemo_skill.client.errors import NemoError
        from nemo_skill.client.settings import Settings
    except ImportError as exc:
        return [Check("backend", "fail", f"the client cannot be imported ({exc})", f"Run: {_pip_hint()}")]
    settings = Settings.from_env()
    api = Api(settings, status=lambda _msg: None)
    local = settings.api_url.lower() == "local"
    where = "the local engine" if local else settings.api_url
    if local and not start_local:
        return [Check("backend", "warn", "local engine not checked (--no-start)", "")]
    try:
        base = api.base_url  # starts the local engine when NEMO_API_URL=local, like every script
    except NemoError as exc:
        return [Check("backend", "fail", exc.message, exc.hint or "Run scripts/doctor again after fixing it.")]
    value, described = _token_source(api)
    headers = dict(api.attribution.headers())
    try:
        cid = api.client_id()
        headers["X-Client-Id"] = cid
    except OSError:
        pass
    if value:
        headers["Authorization"] = f"Bearer {value}"
    try:
        with httpx.Client(base_url=base, timeout=httpx.Timeout(15.0), follow_redirects=False) as http:
            resp = http.get("/api/credits/balance/simple", headers=headers)
    except httpx.HTTPError as exc:
        fix = ("Check the network, or work offline: export NEMO_API_URL=local"
               if not local else "Run: scripts/doctor again; see docs/troubleshooting.md")
        return [Check("backend", "fail", f"{where} does not answer ({type(exc).__name__})", fix)]
    finally:
        api.close()
    reply = envelope.parse(resp.status_code, resp.content, resp.headers.get("content-type"))
    answered = reply.ok or reply.code is not None or resp.status_code in (400, 401, 402, 403, 404, 429)
    if not answered:
        return [Check("backend", "fail", f"{where} answered HTTP {resp.status_code} with no API reply",
                      "Check NEMO_API_URL; it must be the API base, not the web app.")]
    checks = [Check("backend", "ok", f"{where} answers ({base if local else 'HTTP ' + str(resp.status_code)})")]
    if not value:
        checks.append(Check("token", "ok", f"{described}; scripts/connect gets a free one"))
    elif reply.ok:
        available = reply.data.get("available") if isinstance(reply.data, dict) else None
        credits = f", {available} credits available" if available is not None else ""
        checks.append(Check("token", "ok", f"{described}: accepted{credits}"))
    elif reply.code == 1001 or resp.status_code == 401:
        fix = ("Set a fresh NEMO_TOKEN, or unset it to use a free anonymous one."
               if settings.env_token else "Run: scripts/connect (it gets a new token with the same client id)")
        checks.append(Check("token", "fail", f"{described}: rejected (expired or invalid)", fix))
    else:
        checks.append(Check("token", "warn", f"{described}: not confirmed ({reply.message or resp.status_code})", ""))
    return checks


def run_checks(start_local: bool = True) -> list[Check]:
    from nemo_skill.client.settings import config_dir

    local = (os.environ.get("NEMO_API_URL") or "").strip().lower() == "local"
    checks = [check_python(), check_client_packages(), check_local_packages(local), check_ffmpeg(local),
              check_config_dir(config_dir())]
    if checks[1].status == "fail":
        checks.append(Check("backend", "fail", "not checked: the client's packages are missing", checks[1].fix))
        return checks
    checks.extend(check_backend(start_local))
    return checks


def _skill_info() -> dict[str, Any]:
    info: dict[str, Any] = {"version": nemo_skill.__version__, "root": str(SKILL_ROOT),
                            "api_url": os.environ.get("NEMO_API_URL") or "https://mega-api-prod.nemovideo.ai"}
    try:
        from nemo_skill.client import attribution

        info["platform"] = attribution.load().platform
    except Exception:  # the packages check reports why
        pass
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/doctor", description="Check that the skill can work; say what to fix.")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-start", action="store_true", help="with NEMO_API_URL=local, do not start the engine")
    args = parser.parse_args(argv)
    checks = run_checks(start_local=not args.no_start)
    ok = all(c.status != "fail" for c in checks)
    if args.json:
        print(json.dumps({"ok": ok, "skill": _skill_info(), "checks": [asdict(c) for c in checks]}, ensure_ascii=False))
    else:
        info = _skill_info()
        print(f"media-content-generator {info['version']} at {info['root']} (platform: {info.get('platform', '?')},"
              f" API: {info['api_url']})")
        marks = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}
        for c in checks:
            print(f"  [{marks[c.status]}] {c.name}: {c.detail}")
            if c.fix and c.status != "ok":
                print(f"         fix: {c.fix}")
        print("Everything needed is in place." if ok else "Something needs fixing (see FAIL above).")
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
