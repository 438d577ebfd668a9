"""Where the engine's and the worker's own log lines go: one handler on the ``nemo_skill`` logger, set up once per
process by the command that starts it (``nemo-local serve --log-level``, ``nemo-local worker``).

Without it the ``nemo_skill.*`` loggers reached no handler: Python's last-resort handler printed their warnings, and
their INFO lines (a render done, parts joined, beats not found) were lost whatever ``--log-level`` said: uvicorn's
level configures its own loggers only.
"""

from __future__ import annotations

import logging
import sys

ENGINE_FORMAT = "%(levelname)-8s %(name)s: %(message)s"  # beside uvicorn's "INFO:     ..." lines
WORKER_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


def setup(level: str = "INFO", fmt: str = ENGINE_FORMAT) -> None:
    """Print ``nemo_skill`` records at ``level`` and above to stderr, once (a second call changes only the level)."""
    root = logging.getLogger("nemo_skill")
    root.setLevel(level.upper())
    if not any(getattr(h, "_nemo_skill", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(fmt))
        handler._nemo_skill = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.propagate = False  # Celery's own handler on the root logger would print each line twice
