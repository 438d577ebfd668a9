"""Import httpx without its command-line module.

httpx's ``__init__`` imports ``httpx._main`` (click, rich, pygments) whenever those happen to be
installed, which triples its import time. The client never uses httpx's CLI, so a stand-in module is
registered first. Nothing else changes.
"""

from __future__ import annotations

import sys
import types

if "httpx" not in sys.modules and "httpx._main" not in sys.modules:
    _stub = types.ModuleType("httpx._main")

    def main() -> None:  # pragma: no cover - the real CLI is `python -m httpx`, not used here
        raise SystemExit("httpx command line is not available in this process")

    _stub.main = main  # type: ignore[attr-defined]
    sys.modules["httpx._main"] = _stub

import httpx  # noqa: E402

__all__ = ["httpx"]
