# ruff: noqa: UP031, UP036, SIM105  -- written for any python3, so it can reach the re-exec
"""Shared start-up of every script: run under the skill's own .venv when it has one, else with the
current Python and the skill root on sys.path. Kept free of new syntax so an old system python3
can still reach the re-exec."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_GUARD = "NEMO_SKILL_BOOTSTRAPPED"


def _venv_python():
    for rel in (("bin", "python"), ("bin", "python3"), ("Scripts", "python.exe")):
        path = os.path.join(ROOT, ".venv", *rel)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def _running_in(venv_dir):
    try:
        return os.path.samefile(sys.prefix, venv_dir)
    except OSError:
        return False


def main(name):
    venv_py = _venv_python()
    venv_dir = os.path.join(ROOT, ".venv")
    if venv_py and not _running_in(venv_dir) and os.environ.get(_GUARD) != venv_dir:
        os.environ[_GUARD] = venv_dir  # never loop if the venv's python does not report it
        script = os.path.join(ROOT, "scripts", name)
        try:
            os.execv(venv_py, [venv_py, script] + sys.argv[1:])
        except OSError:
            pass  # a broken venv: fall through to the current interpreter
    if sys.version_info < (3, 11):
        sys.stderr.write("Error: this skill needs Python 3.11 or newer (found %d.%d).\n" % sys.version_info[:2])
        sys.exit(1)
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    import importlib

    module = importlib.import_module("nemo_skill.cli." + name)
    sys.exit(module.main())
