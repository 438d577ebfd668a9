"""Sessions, their draft versions and their media rows; every read checks the owner (else 1002)."""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from typing import Any

from nemo_skill.draft.timeline import DEFAULT_CANVAS, empty_draft

from .api_errors import session_not_found
from .db import Database

__all__ = ["DEFAULT_CANVAS", "empty_draft"]


def create(db: Database, user_id: str, name: str, language: str) -> dict:
    sid = "sess_" + secrets.token_hex(10)
    tid = "task_" + secrets.token_hex(10)
    db.run("INSERT INTO sessions (id, task_id, user_id, name, language, created_at) VALUES (?, ?, ?, ?, ?, ?)",
           (sid, tid, user_id, name, language, time.time()))
    return {"task_id": tid, "session_id": sid, "user_id": user_id}


def owned(db: Database, user_id: str, session_id: str) -> sqlite3.Row:
    row = db.one("SELECT * FROM sessions WHERE id = ? AND user_id = ?", (session_id, user_id))
    if row is None:
        raise session_not_found()
    return row


# --- drafts -----------------------------------------------------------------------------------

def latest_draft(db: Database, session_id: str) -> dict | None:
    row = db.one("SELECT draft FROM drafts WHERE session_id = ? AND undone = 0 ORDER BY version DESC LIMIT 1",
                 (session_id,))
    return json.loads(row["draft"]) if row else None


def latest_version(db: Database, session_id: str) -> tuple[int, dict] | None:
    """(version, draft) of the current version, or None before the first edit."""
    row = db.one("SELECT version, draft FROM drafts WHERE session_id = ? AND undone = 0 ORDER BY version DESC LIMIT 1",
                 (session_id,))
    return (int(row["version"]), json.loads(row["draft"])) if row else None


def draft_version(db: Database, session_id: str, version: int) -> dict | None:
    """Any stored version (an undone one too), e.g. to restore it."""
    row = db.one("SELECT draft FROM drafts WHERE session_id = ? AND version = ?", (session_id, version))
    return json.loads(row["draft"]) if row else None


def save_draft(db: Database, session_id: str, draft: dict, reason: str) -> int:
    with db.tx() as c:
        version = c.execute("SELECT COALESCE(MAX(version), 0) + 1 FROM drafts WHERE session_id = ?",
                            (session_id,)).fetchone()[0]
        c.execute("INSERT INTO drafts (session_id, version, draft, reason, created_at) VALUES (?, ?, ?, ?, ?)",
                  (session_id, version, json.dumps(draft, separators=(",", ":")), reason[:500], time.time()))
    return int(version)


def undo(db: Database, session_id: str) -> dict | None:
    """Hide the latest version; returns the draft now current, or None when there was nothing to undo."""
    with db.tx() as c:
        row = c.execute("SELECT version FROM drafts WHERE session_id = ? AND undone = 0 "
                        "ORDER BY version DESC LIMIT 1", (session_id,)).fetchone()
        if row is None:
            return None
        c.execute("UPDATE drafts SET undone = 1 WHERE session_id = ? AND version = ?", (session_id, row[0]))
    return latest_draft(db, session_id) or empty_draft()


def history(db: Database, session_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """The versions an undo can reach, newest first: version, draft, reason (the request that made it)."""
    rows = db.all("SELECT version, draft, reason FROM drafts WHERE session_id = ? AND undone = 0 "
                  "ORDER BY version DESC LIMIT ?", (session_id, limit))
    return [{"version": int(r["version"]), "draft": json.loads(r["draft"]), "reason": r["reason"] or ""} for r in rows]


def undo_versions(db: Database, session_id: str, versions: list[int]) -> dict:
    """Hide the given versions (the newest ones); returns the draft now current."""
    with db.tx() as c:
        for v in versions:
            c.execute("UPDATE drafts SET undone = 1 WHERE session_id = ? AND version = ?", (session_id, v))
    return latest_draft(db, session_id) or empty_draft()


# --- media ------------------------------------------------------------------------------------

def media_rows(db: Database, session_id: str) -> list[sqlite3.Row]:
    return db.all("SELECT * FROM media WHERE session_id = ? ORDER BY created_at, id", (session_id,))


def user_media(db: Database, user_id: str, ids: set[str]) -> dict[str, sqlite3.Row]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.all(f"SELECT * FROM media WHERE user_id = ? AND id IN ({marks})", (user_id, *sorted(ids)))
    return {r["id"]: r for r in rows}


def media_info(row: sqlite3.Row, base_url: str) -> dict[str, Any]:
    """One uploaded file as the upload response and the state's video_infos list it."""
    return {
        "media_id": row["id"],
        "filename": row["filename"],
        "file_type": row["kind"],
        "cdn_url": f"{base_url}/media/{row['id']}/{row['stored_name']}",
        "duration": row["duration"],
        "width": row["width"],
        "height": row["height"],
        "fps": row["fps"],
        "has_audio": bool(row["has_audio"]),
        "rotation": row["rotation"],
        "size": row["size"],
        "hash": row["hash"],
    }


def canvas(draft: dict) -> dict:
    meta = draft.get("m") or {}
    return {k: meta.get(k, v) for k, v in DEFAULT_CANVAS.items()}
