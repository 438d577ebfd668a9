"""Module names say their role: two modules of the package never share a file name (three `chat.py` made search and
tracebacks ambiguous). The exceptions are a script of `cli/` beside the client code it runs, which it is named after."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "nemo_skill"
# a script and the client module it runs: `scripts/export` → cli/export.py → client/export.py
SCRIPT_AND_CLIENT = {"export", "route", "upload"}


def test_module_names_are_unique() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for path in PACKAGE.rglob("*.py"):
        if path.name not in ("__init__.py", "__main__.py"):
            where[path.stem].append(str(path.parent.relative_to(PACKAGE)))
    shared = {name: sorted(dirs) for name, dirs in where.items() if len(dirs) > 1}
    allowed = {name: ["cli", "client"] for name in SCRIPT_AND_CLIENT}
    assert shared == allowed, f"module names used twice: {shared}"
