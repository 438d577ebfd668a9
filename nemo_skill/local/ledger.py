"""The credits ledger. A user's balance is kept on the users row and every change is journaled.

An editing chat turn reserves one credit (available -> frozen) while it works, then either commits
it (frozen -> spent) or releases it (frozen -> available) when nothing was edited.
"""

from __future__ import annotations

import sqlite3
import time

from .api_errors import NO_CREDITS, ApiError
from .db import Database


def _journal(c: sqlite3.Connection, user_id: str, delta: int, kind: str, ref: str | None) -> None:
    c.execute("INSERT INTO ledger (user_id, delta, kind, ref, created_at) VALUES (?, ?, ?, ?, ?)",
              (user_id, delta, kind, ref, time.time()))


def grant(c: sqlite3.Connection, user_id: str, amount: int, kind: str, ref: str | None) -> None:
    c.execute("UPDATE users SET available = available + ? WHERE id = ?", (amount, user_id))
    _journal(c, user_id, amount, kind, ref)


def balance(db: Database, user_id: str) -> dict:
    row = db.one("SELECT available, frozen FROM users WHERE id = ?", (user_id,))
    available, frozen = (row["available"], row["frozen"]) if row else (0, 0)
    return {"available": available, "frozen": frozen, "total": available + frozen}


def reserve(db: Database, user_id: str, ref: str) -> bool:
    """Freeze one credit; False when none is available."""
    with db.tx() as c:
        n = c.execute("UPDATE users SET available = available - 1, frozen = frozen + 1 "
                      "WHERE id = ? AND available > 0", (user_id,)).rowcount
        if n:
            _journal(c, user_id, 0, "reserve", ref)
    return bool(n)


def commit(db: Database, user_id: str, ref: str) -> None:
    with db.tx() as c:
        c.execute("UPDATE users SET frozen = frozen - 1 WHERE id = ? AND frozen > 0", (user_id,))
        _journal(c, user_id, -1, "commit", ref)


def release(db: Database, user_id: str, ref: str) -> None:
    with db.tx() as c:
        c.execute("UPDATE users SET frozen = frozen - 1, available = available + 1 "
                  "WHERE id = ? AND frozen > 0", (user_id,))
        _journal(c, user_id, 0, "release", ref)


def release_all_frozen(db: Database) -> None:
    """At startup: turns cut off by a crash never finished, so their reservations go back."""
    with db.tx() as c:
        for row in c.execute("SELECT id, frozen FROM users WHERE frozen > 0").fetchall():
            c.execute("UPDATE users SET available = available + frozen, frozen = 0 WHERE id = ?", (row["id"],))
            _journal(c, row["id"], 0, "release", "interrupted by an engine restart")


def top_up(db: Database, user_id: str, amount: int) -> dict:
    if amount <= 0:
        raise ApiError(400, "amount must be positive", status=400)
    with db.tx() as c:
        if c.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone() is None:
            raise ApiError(404, f"no user {user_id}", status=404)
        grant(c, user_id, amount, "topup", "nemo-local credits add")
    return balance(db, user_id)


def require(db: Database, user_id: str) -> None:
    if balance(db, user_id)["available"] <= 0:
        raise ApiError(NO_CREDITS, "no credits left")
