"""Claim links: a 7-day token naming one session; the page it opens is the workspace page
(nemo_skill/local/workspace), and this module's INVALID_PAGE when the link is wrong or expired.

``/workspace/claim/video`` and ``/poster`` serve the session's latest render by the claim token
alone (it grants only viewing that one session's latest render). Never the bearer token.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time

from . import sessions
from .api_errors import ApiError
from .db import Database

PREFIX = "clm_"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create(db: Database, user_id: str, session_id: str, task_id: str | None, ttl: int) -> dict:
    row = sessions.owned(db, user_id, session_id)
    if task_id and task_id != row["task_id"]:
        raise ApiError(1002, "task not found for this session")
    token = PREFIX + secrets.token_urlsafe(24)
    now = time.time()
    db.run("INSERT INTO claims (hash, user_id, session_id, task_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
           (_hash(token), user_id, session_id, row["task_id"], now, now + ttl))
    return {"claim_token": token, "expires_in": ttl}


def resolve(db: Database, token: str | None) -> sqlite3.Row | None:
    if not token or not token.startswith(PREFIX) or len(token) > 200:
        return None
    row = db.one("SELECT * FROM claims WHERE hash = ?", (_hash(token),))
    if row is None or row["expires_at"] <= time.time():
        return None
    return row


def latest_render(db: Database, claim: sqlite3.Row) -> sqlite3.Row | None:
    return db.one("SELECT * FROM renders WHERE session_id = ? AND user_id = ? AND status = 'completed' "
                  "ORDER BY updated_at DESC LIMIT 1", (claim["session_id"], claim["user_id"]))


INVALID_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Link expired or invalid</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222}
.summary{background:#f4f4f4;padding:.75rem 1rem;border-radius:6px}.muted{color:#777}</style></head>
<body><h1>Link expired or invalid</h1>
<p class="summary">This claim link is not valid (or has expired). Run <code>scripts/connect</code> for a new one.</p>
<p class="muted">Served by the local NemoVideo engine.</p>
</body></html>
"""
