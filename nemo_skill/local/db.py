"""The SQLite store: schema and per-thread connections (WAL, so readers never wait for the writer)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    client_id TEXT UNIQUE,
    kind TEXT NOT NULL DEFAULT 'anonymous',
    available INTEGER NOT NULL DEFAULT 0,
    frozen INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    hash TEXT PRIMARY KEY,              -- sha256 of the token; the token itself is never stored
    user_id TEXT NOT NULL REFERENCES users(id),
    ip TEXT,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS tokens_user ON tokens(user_id, expires_at);
CREATE INDEX IF NOT EXISTS tokens_ip ON tokens(ip, created_at);
CREATE TABLE IF NOT EXISTS ledger (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users(id),
    delta INTEGER NOT NULL,             -- + grant / top-up, - charge
    kind TEXT NOT NULL,                 -- grant, topup, reserve, commit, release
    ref TEXT,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id);
CREATE TABLE IF NOT EXISTS drafts (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    version INTEGER NOT NULL,
    draft TEXT NOT NULL,                -- validated JSON
    reason TEXT,
    undone INTEGER NOT NULL DEFAULT 0,  -- undo hides a version; the one before becomes latest
    created_at REAL NOT NULL,
    PRIMARY KEY (session_id, version)
);
CREATE TABLE IF NOT EXISTS media (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    session_id TEXT NOT NULL REFERENCES sessions(id),
    filename TEXT NOT NULL,             -- as uploaded (display only)
    stored_name TEXT NOT NULL,          -- safe name on disk
    path TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT,
    codec TEXT,
    size INTEGER NOT NULL,
    hash TEXT NOT NULL,
    duration REAL,
    width INTEGER,
    height INTEGER,
    fps REAL,
    has_audio INTEGER NOT NULL DEFAULT 0,
    rotation INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    beats TEXT                          -- audio: JSON list of beat times (s), found on the first beat request
);
CREATE INDEX IF NOT EXISTS media_session ON media(session_id, created_at);
CREATE TABLE IF NOT EXISTS renders (
    user_id TEXT NOT NULL REFERENCES users(id),
    id TEXT NOT NULL,                   -- chosen by the client (render_<ts>)
    session_id TEXT NOT NULL,
    status TEXT NOT NULL,               -- pending, processing, completed, failed
    progress INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    format TEXT NOT NULL,
    quality TEXT NOT NULL,
    draft TEXT NOT NULL,
    path TEXT,
    poster TEXT,
    sheet TEXT,
    duration REAL,
    size INTEGER,
    warnings TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (user_id, id)
);
CREATE INDEX IF NOT EXISTS renders_session ON renders(session_id, created_at);
CREATE TABLE IF NOT EXISTS claims (
    hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
-- the workspace page: one chat turn per row (the history it shows), whichever client sent it
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL,
    message TEXT NOT NULL,
    reply TEXT NOT NULL,
    version INTEGER,                    -- the draft version the turn left current (NULL: no edit)
    error TEXT,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_session ON turns(session_id, id);
-- a browser's session on the workspace page, opened from a claim link (HttpOnly cookie)
CREATE TABLE IF NOT EXISTS workspace_pages (
    hash TEXT PRIMARY KEY,              -- sha256 of the cookie's secret
    wid TEXT NOT NULL UNIQUE,           -- the page's public id (its URLs' prefix)
    csrf TEXT NOT NULL,                 -- echoed in a header by the page's own script
    claim_hash TEXT NOT NULL,
    user_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
"""


class Database:
    """One connection per thread; every write goes through ``tx()`` (BEGIN IMMEDIATE)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        conn = self.conn()
        conn.executescript(SCHEMA)
        # a database made before the beats column (issue 12) gains it; its rows read as "not found yet"
        if "beats" not in {r["name"] for r in conn.execute("PRAGMA table_info(media)")}:
            conn.execute("ALTER TABLE media ADD COLUMN beats TEXT")

    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across a process kill
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def one(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        return self.conn().execute(sql, args).fetchone()

    def all(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self.conn().execute(sql, args).fetchall()

    def run(self, sql: str, args: tuple[Any, ...] = ()) -> int:
        with self.tx() as c:
            return c.execute(sql, args).rowcount

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        conn = self.conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with suppress(sqlite3.Error):
                    conn.close()
            self._all.clear()
        self._local = threading.local()
