"""The chat turns of a session, as the workspace page lists them: message, reply, the version left.

Every turn is recorded, whichever client sent it (scripts/chat or the page), once its outcome is
known; the draft versions themselves stay in ``drafts`` (sessions.py).
"""

from __future__ import annotations

import sqlite3
import time

from .db import Database

MAX_LISTED = 200


def record(db: Database, session_id: str, message: str, reply: str, version: int | None,
           error: str | None = None) -> int:
    with db.tx() as c:
        cur = c.execute("INSERT INTO turns (session_id, message, reply, version, error, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (session_id, message[:2000], reply[:4000], version, error, time.time()))
        return int(cur.lastrowid or 0)


def listed(db: Database, session_id: str, limit: int = MAX_LISTED) -> list[sqlite3.Row]:
    """The newest ``limit`` turns, oldest first."""
    rows = db.all("SELECT * FROM turns WHERE session_id = ? ORDER BY id DESC LIMIT ?", (session_id, limit))
    return list(reversed(rows))
