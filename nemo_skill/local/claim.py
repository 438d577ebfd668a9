"""Claim links: a 7-day token naming one session, and the HTML page it opens.

The page's <video> cannot send a bearer header, so its src is a URL scoped by the claim token
itself (which only grants viewing that one session's latest render). Never the bearer token.
"""

from __future__ import annotations

import hashlib
import html
import secrets
import sqlite3
import time
import urllib.parse

from nemo_skill.draft.summary import summary_line

from . import sessions
from .db import Database
from .errors import ApiError

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


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>{title}</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222}}
video{{width:100%;background:#000;border-radius:6px}}.summary{{background:#f4f4f4;padding:.75rem 1rem;border-radius:6px}}
.muted{{color:#777}}</style></head>
<body><h1>{title}</h1>
<p class="summary">{summary}</p>
{player}
<p class="muted">Session {session}. Served by the local NemoVideo engine.</p>
</body></html>
"""


def page(db: Database, token: str | None) -> tuple[int, str]:
    claim = resolve(db, token)
    if claim is None:
        body = _PAGE.format(title="Link expired or invalid", summary="This claim link is not valid (or has expired).",
                            player="", session="-")
        return 404, body
    draft = sessions.latest_draft(db, claim["session_id"]) or sessions.empty_draft()
    title = (draft.get("m") or {}).get("title") or "Your video"
    render = latest_render(db, claim)
    ct = urllib.parse.quote(token or "", safe="")
    if render is not None:
        poster = f' poster="/workspace/claim/poster?ct={ct}"' if render["poster"] else ""
        player = (f'<video controls preload="metadata" src="/workspace/claim/video?ct={ct}"{poster}></video>'
                  f'<p class="muted">{html.escape(str(render["id"]))} &middot; '
                  f'{(render["duration"] or 0):.1f} s</p>')
    else:
        player = '<p class="muted">No export yet: ask for an export, then reload this page.</p>'
    return 200, _PAGE.format(title=html.escape(str(title)), summary=html.escape(summary_line(draft)),
                             player=player, session=html.escape(claim["session_id"]))
