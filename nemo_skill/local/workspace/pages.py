"""Who is looking at a workspace page: a browser session opened from a claim link.

Opening ``/workspace/claim?ct=…`` makes a page session: a public id (``wid``, the prefix of every
URL the page uses), a secret sent only as an HttpOnly, SameSite=Strict cookie whose path is that
prefix, and a CSRF token the page's script echoes in a header on every change. The API token never
reaches the browser, and the claim token is not needed after the first load. A page session lives
as long as its claim; a claim that expired (or a forged cookie) gets 401 and the page says so.

Why all three: the cookie alone would let another site's form post an edit if SameSite were ever
relaxed; the header cannot be set by a cross-site form, and a cross-origin script cannot read the
token out of the page. The Origin header, when sent, must be the engine's own.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import sqlite3
import time
from dataclasses import dataclass

from ..api_errors import ApiError
from ..db import Database

COOKIE = "nemo_ws"
CSRF_HEADER = "X-Workspace-CSRF"
PREFIX = "/workspace/s/"
KEEP_PER_CLAIM = 20  # page sessions kept per claim (each page load makes one)


@dataclass(frozen=True)
class PageSession:
    wid: str
    user_id: str
    session_id: str
    csrf: str
    expires_at: float

    @property
    def base(self) -> str:
        return PREFIX + self.wid


@dataclass(frozen=True)
class Opened:
    page: PageSession
    secret: str  # the cookie's value


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def expired() -> ApiError:
    return ApiError(401, "this workspace link has expired or is not valid: open the link scripts/connect prints",
                    status=401)


def open_page(db: Database, claim: sqlite3.Row) -> Opened:
    wid = secrets.token_urlsafe(12)
    secret = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    now = time.time()
    with db.tx() as c:
        c.execute("DELETE FROM workspace_pages WHERE expires_at <= ?", (now,))
        c.execute("DELETE FROM workspace_pages WHERE claim_hash = ? AND wid NOT IN (SELECT wid FROM "
                  "workspace_pages WHERE claim_hash = ? ORDER BY created_at DESC LIMIT ?)",
                  (claim["hash"], claim["hash"], KEEP_PER_CLAIM - 1))
        c.execute("INSERT INTO workspace_pages (hash, wid, csrf, claim_hash, user_id, session_id, created_at,"
                  " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  (_hash(secret), wid, csrf, claim["hash"], claim["user_id"], claim["session_id"], now,
                   claim["expires_at"]))
    page = PageSession(wid, claim["user_id"], claim["session_id"], csrf, float(claim["expires_at"]))
    return Opened(page, secret)


def cookie_header(opened: Opened) -> str:
    max_age = max(1, math.ceil(opened.page.expires_at - time.time()))
    return (f"{COOKIE}={opened.secret}; Path={opened.page.base}; Max-Age={max_age}; HttpOnly; SameSite=Strict")


def watched(db: Database, session_id: str) -> bool:
    """Whether a workspace page was opened for this session (and its claim has not expired)."""
    return db.one("SELECT 1 FROM workspace_pages p JOIN claims c ON c.hash = p.claim_hash WHERE p.session_id = ? "
                  "AND p.expires_at > ? AND c.expires_at > ? LIMIT 1",
                  (session_id, time.time(), time.time())) is not None


def check(db: Database, wid: str, secret: str | None) -> PageSession:
    """The page session behind this wid and cookie, else 401 (expired claim, unknown or forged)."""
    if not secret or len(secret) > 200 or len(wid) > 64:
        raise expired()
    row = db.one("SELECT p.*, c.expires_at AS claim_expires FROM workspace_pages p "
                 "JOIN claims c ON c.hash = p.claim_hash WHERE p.wid = ?", (wid,))
    if row is None or not hmac.compare_digest(row["hash"], _hash(secret)):
        raise expired()
    if min(row["expires_at"], row["claim_expires"]) <= time.time():
        raise expired()
    return PageSession(row["wid"], row["user_id"], row["session_id"], row["csrf"], float(row["expires_at"]))


def check_change(page: PageSession, csrf: str | None, origin: str | None, host: str | None) -> None:
    """A request that changes something must come from the page's own script."""
    if not csrf or not hmac.compare_digest(csrf, page.csrf):
        raise ApiError(403, "refused: this request did not come from the workspace page", status=403)
    if origin and host and origin.split("://", 1)[-1] != host:
        raise ApiError(403, "refused: a request from another site", status=403)
