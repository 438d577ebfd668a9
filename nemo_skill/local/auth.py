"""Anonymous tokens and bearer checks. Only sha256 hashes of tokens are stored.

Because the store cannot hand back a token string it never kept, a client id that asks again while
its token is still valid gets a NEW token for the SAME user (same user_id, credits and sessions)
with the SAME expiry: asking again never extends a token's life. Once every token of that client id
has expired, the next request gets a fresh 7-day token, still for the same user.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from . import credits
from .db import Database
from .errors import ApiError, bad_token, http
from .settings import DAY, Settings

TOKEN_PREFIX = "nmv_usr_"


@dataclass(frozen=True)
class User:
    id: str
    kind: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def issue_anonymous(db: Database, settings: Settings, client_id: str, ip: str) -> dict:
    client_id = client_id.strip()
    if not client_id or len(client_id) > 128 or not client_id.isprintable():
        raise http(400, "missing or invalid X-Client-Id header")
    now = time.time()
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.tx() as c:
        row = c.execute("SELECT id FROM users WHERE client_id = ?", (client_id,)).fetchone()
        if row is None:
            # The per-address limit counts new anonymous users; a known client id asking again
            # (its token lost or expired) is the same user and is never refused for it.
            users = c.execute("SELECT COUNT(DISTINCT user_id) FROM tokens WHERE ip = ? AND created_at > ?",
                              (ip, now - 7 * DAY)).fetchone()[0]
            if users >= settings.tokens_per_ip:
                raise ApiError(429, "too many anonymous tokens from this address; try again later", status=429)
            user_id = "anon_" + secrets.token_hex(8)
            c.execute("INSERT INTO users (id, client_id, kind, available, frozen, created_at) "
                      "VALUES (?, ?, 'anonymous', 0, 0, ?)", (user_id, client_id, now))
            credits.grant(c, user_id, settings.initial_credits, "grant", "anonymous token")
        else:
            user_id = row["id"]
        valid = c.execute("SELECT MAX(expires_at) FROM tokens WHERE user_id = ? AND expires_at > ?",
                          (user_id, now)).fetchone()[0]
        expires = valid if valid else now + settings.token_ttl_seconds
        c.execute("INSERT INTO tokens (hash, user_id, ip, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                  (token_hash(token), user_id, ip, now, expires))
        available = c.execute("SELECT available FROM users WHERE id = ?", (user_id,)).fetchone()[0]
    return {"token": token, "user_id": user_id, "credits": available, "expires_at": iso(expires)}


def authenticate(db: Database, authorization: str | None) -> User:
    """The user behind ``Authorization: Bearer <token>``, else 1001."""
    if not authorization:
        raise bad_token("missing bearer token")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise bad_token("malformed Authorization header (expected: Bearer <token>)")
    row = db.one("SELECT u.id, u.kind, t.expires_at FROM tokens t JOIN users u ON u.id = t.user_id "
                 "WHERE t.hash = ?", (token_hash(token),))
    if row is None:
        raise bad_token("unknown token")
    if row["expires_at"] <= time.time():
        raise bad_token("token expired")
    return User(id=row["id"], kind=row["kind"])
