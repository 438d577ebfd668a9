"""The editing session: create or reuse it, its claim link, and reading its state."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from .api import Api
from .errors import NemoError, SessionLost
from .store import SESSIONS


@dataclass
class Session:
    session_id: str
    task_id: str | None
    user_id: str | None = None
    claim_link: str | None = None
    created: bool = False  # made by this run

    def to_json(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "task_id": self.task_id,
            "user_id": self.user_id,
            "claim_link": self.claim_link,
            "new_session": self.created,
        }


def stored(api: Api) -> Session | None:
    raw = api.store.section(SESSIONS, api.key).get("session")
    if not isinstance(raw, dict) or not isinstance(raw.get("session_id"), str):
        return None
    return Session(raw["session_id"], raw.get("task_id"), raw.get("user_id"), raw.get("claim_link"))


def save(api: Api, s: Session) -> None:
    api.store.update_section(
        SESSIONS,
        api.key,
        session={
            "session_id": s.session_id,
            "task_id": s.task_id,
            "user_id": s.user_id,
            "claim_link": s.claim_link,
            "created_at": int(time.time()),
        },
    )


def create(api: Api, language: str = "en") -> Session:
    data = api.call("POST", "/api/tasks/me/with-session/nemo_agent", json={"task_name": "project", "language": language})
    if not isinstance(data, dict) or not data.get("session_id"):
        raise NemoError("The API did not create a session.")
    s = Session(str(data["session_id"]), str(data["task_id"]) if data.get("task_id") else None, data.get("user_id"), created=True)
    s.claim_link = claim_link(api, s)
    save(api, s)
    # A new session has an empty timeline; forget the old one's state and render.
    api.store.update_section(SESSIONS, api.key, last_state=None)
    return s


def claim_link(api: Api, s: Session) -> str | None:
    """``<web>/workspace/claim?ct=<claim token>``; None when the API has no claim tokens."""
    try:
        data = api.call("POST", "/api/auth/claim-token", json={"task_id": s.task_id, "session_id": s.session_id})
    except SessionLost:
        raise
    except NemoError:
        return None
    token = data.get("claim_token") if isinstance(data, dict) else None
    if not isinstance(token, str) or not token:
        return None
    from urllib.parse import quote

    return f"{api.web_url}/workspace/claim?ct={quote(token, safe='')}"


def current(api: Api, *, language: str = "en", announce: bool = True) -> Session:
    """The stored session, or a new one (printing "Connecting…" while it is made)."""
    s = stored(api)
    if s is not None:
        return s
    with api.store.locked():  # scripts started together on one store share one new session
        s = stored(api)
        if s is not None:
            return s
        if announce:
            api.status("Connecting…")
        return create(api, language)


def replace_lost(api: Api, language: str = "en") -> Session:
    """After 1002: make a new session and tell the user the old timeline is gone."""
    api.store.update_section(SESSIONS, api.key, session=None, last_state=None)
    s = create(api, language)
    api.status("The previous session was not found, so its timeline is gone; a new session was started.")
    return s


def fetch_state(api: Api, s: Session) -> dict[str, Any]:
    """``data`` of the state endpoint: {"session_id", "task_id", "state": {"draft", …}}."""
    data = api.call("GET", f"/api/state/nemo_agent/me/{s.session_id}/latest")
    if not isinstance(data, dict):
        data = {}
    return data


def draft_of(state_data: dict[str, Any]) -> Any:
    state = state_data.get("state") if isinstance(state_data, dict) else None
    if isinstance(state, dict):
        return state.get("draft")
    return None


def remember_state(api: Api, state_data: dict[str, Any]) -> None:
    api.store.update_section(SESSIONS, api.key, last_state={"at": int(time.time()), "data": state_data})


def last_state(api: Api) -> dict[str, Any] | None:
    raw = api.store.section(SESSIONS, api.key).get("last_state")
    return raw.get("data") if isinstance(raw, dict) and isinstance(raw.get("data"), dict) else None


def run_in_session(api: Api, fn: Any, *, language: str = "en", retry: bool = False) -> Any:
    """Call ``fn(session)``; on 1002 start a new session, say so, and retry only when ``retry``."""
    s = current(api, language=language)
    try:
        return fn(s)
    except SessionLost as exc:
        fresh = replace_lost(api, language)
        if retry:
            return fn(fresh)
        raise SessionLost(
            exc.message,
            hint="A new session is ready: upload the media again and repeat the request.",
        ) from exc
