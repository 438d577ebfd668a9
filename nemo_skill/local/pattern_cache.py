"""The planner's pattern analyses kept between engine starts, beside the planner's bytecode.

Every engine's warm-up analysed the rules' ~5600 patterns again (``planner.anchors``: what each cannot match without,
its first characters, its branches): ~3.5 s of CPU per start, on top of compiling them. The analyses depend only on
the pattern strings, ``planner/anchors.py`` and the Python version, so they are kept in a file like a ``.pyc``: in the
planner's ``__pycache__``, named by the Python version and a digest of ``anchors.py`` (a change to the analysis makes a
new file; older ones are removed). The patterns are the rules' own (the warm-up's plan, on no draft): no user's words.
A missing, unreadable or unwritable file only means the analyses are made again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from .planner import anchors

log = logging.getLogger("nemo_skill.local")

_PREFIX = "pattern-analyses."


def cache_path() -> Path:
    """This Python's and this ``anchors.py``'s file (it may not exist)."""
    source = Path(anchors.__file__)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    return source.parent / "__pycache__" / f"{_PREFIX}{sys.implementation.cache_tag}.{digest}.json"


def load(path: Path | None = None) -> int:
    """Hand the kept analyses to the planner; returns how many (0 when there is no usable file)."""
    path = path or cache_path()
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return anchors.adopt(data)
    except FileNotFoundError:
        return 0
    except (OSError, ValueError, TypeError, AttributeError) as exc:  # a torn or foreign file: made again, and rewritten
        log.info("pattern analyses in %s not used: %s", path, exc)
        return 0


def save(path: Path | None = None) -> bool:
    """Write the planner's recorded analyses (atomically: a reader sees the old file or the new one); remove files of
    other versions of ``anchors.py``. False when the directory cannot be written."""
    path = path or cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                # (a copy first, made in one step: another engine's warm-up in this process may be recording)
                snapshot = {kind: dict(table) for kind, table in anchors.kept().items()}
                json.dump(snapshot, out, ensure_ascii=False, separators=(",", ":"))
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in path.parent.glob(f"{_PREFIX}{sys.implementation.cache_tag}.*.json"):
            if old != path:
                old.unlink(missing_ok=True)
        return True
    except OSError as exc:
        log.info("pattern analyses not kept in %s: %s", path.parent, exc)
        return False
