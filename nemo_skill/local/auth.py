"""Tokens and bearer checks. Only sha256 hashes of tokens are stored.

Two kinds of user: anonymous (a free token per client id, below) and **members** that an admin
names with ``nemo-local token create NAME [--credits N]`` (a server for a team, docs/cluster.md).
A server listening beyond loopback refuses anonymous tokens, old and new, unless
``--allow-anonymous`` (``Settings.allow_anonymous``).

Because the store cannot hand back a token string it never kept, a client id that asks again while
its token is still valid gets a NEW token for the SAME user (same user_id, credits and sessions)
with the SAME expiry: asking again never extends a token's life. Once every token of that client id
has expired, the next request gets a fresh 7-day token, still for the same user.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from . import ledger
from .api_errors import ApiError, bad_token, http
from .db import Database
from .engine_settings import DAY, Settings

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
            ledger.grant(c, user_id, settings.initial_credits, "grant", "anonymous token")
        else:
            user_id = row["id"]
        valid = c.execute("SELECT MAX(expires_at) FROM tokens WHERE user_id = ? AND expires_at > ?",
                          (user_id, now)).fetchone()[0]
        expires = valid if valid else now + settings.token_ttl_seconds
        c.execute("INSERT INTO tokens (hash, user_id, ip, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                  (token_hash(token), user_id, ip, now, expires))
        available = c.execute("SELECT available FROM users WHERE id = ?", (user_id,)).fetchone()[0]
    return {"token": token, "user_id": user_id, "credits": available, "expires_at": iso(expires)}


def anonymous_refused() -> ApiError:
    return ApiError(403, "anonymous tokens are not accepted on this server: ask its admin for a token "
                         "(nemo-local token create NAME) and set NEMO_TOKEN", status=403)


def authenticate(db: Database, authorization: str | None, allow_anonymous: bool = True) -> User:
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
    if row["kind"] == "anonymous" and not allow_anonymous:
        raise bad_token("anonymous tokens are not accepted on this server: ask its admin for a token")
    return User(id=row["id"], kind=row["kind"])


MEMBER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")


def create_member_token(db: Database, name: str, credits_: int | None, days: float) -> dict:
    """A new token for member ``name`` (created with ``credits_`` credits, default 100, if new).

    The token is returned once and stored only as its hash; an existing member gets one more token
    (``credits_`` then tops the balance up)."""
    if not MEMBER_NAME.match(name):
        raise http(400, "NAME must be 1-64 characters: letters, digits, '_', '.', '@', '-'")
    if name.startswith("anon_"):
        raise http(400, "NAME must not start with anon_ (those are anonymous users)")
    if credits_ is not None and credits_ < 0:
        raise http(400, "--credits must be 0 or more")
    now = time.time()
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.tx() as c:
        row = c.execute("SELECT kind FROM users WHERE id = ?", (name,)).fetchone()
        if row is None:
            c.execute("INSERT INTO users (id, client_id, kind, available, frozen, created_at) "
                      "VALUES (?, NULL, 'member', 0, 0, ?)", (name, now))
            ledger.grant(c, name, 100 if credits_ is None else credits_, "grant", "token create")
        elif row["kind"] != "member":
            raise http(409, f"{name} is an anonymous user, not a member")
        elif credits_:
            ledger.grant(c, name, credits_, "topup", "token create")
        expires = now + days * DAY
        c.execute("INSERT INTO tokens (hash, user_id, ip, created_at, expires_at) VALUES (?, ?, 'admin', ?, ?)",
                  (token_hash(token), name, now, expires))
        available = c.execute("SELECT available FROM users WHERE id = ?", (name,)).fetchone()[0]
    return {"token": token, "user_id": name, "credits": available, "expires_at": iso(expires)}


def revoke_member(db: Database, name: str) -> int:
    """Withdraw every token of member ``name`` at once; returns how many."""
    with db.tx() as c:
        row = c.execute("SELECT kind FROM users WHERE id = ?", (name,)).fetchone()
        if row is None or row["kind"] != "member":
            raise http(404, f"no member named {name}")
        return c.execute("DELETE FROM tokens WHERE user_id = ?", (name,)).rowcount


def members(db: Database) -> list[dict]:
    now = time.time()
    rows = db.all("SELECT u.id, u.available, (SELECT COUNT(*) FROM tokens t WHERE t.user_id = u.id AND "
                  "t.expires_at > ?) AS tokens FROM users u WHERE u.kind = 'member' ORDER BY u.id", (now,))
    return [{"user_id": r["id"], "credits": r["available"], "valid_tokens": r["tokens"]} for r in rows]
