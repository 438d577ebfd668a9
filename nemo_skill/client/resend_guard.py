"""The rule "never send the same chat message twice", kept across runs and callers.

A turn whose stream dropped or timed out may still have done its work (and charged for it); sending
the identical message again would do it twice. So the message's fingerprint (a hash of the session
and the text, never the text itself) is stored before it is sent and marked when the turn ends:
``done`` after a normal end, ``dropped`` after a drop or timeout, ``failed`` after an error. A message identical to one still ``sending`` (a
concurrent caller, or a run that was killed mid-turn) or ``dropped`` is refused with a line that says
what to do. A rephrased or different message is always sent, and a normal reply clears the mark.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .api import Api
from .errors import TimedOut, UsageError
from .store import SESSIONS

KEY = "last_chat"


def fingerprint(session_id: str, message: str) -> str:
    text = " ".join(message.split())
    return hashlib.sha256(f"{session_id}\0{text}".encode()).hexdigest()


def _refusal(state: str) -> UsageError:
    why = ("is still being answered (another run sent it)" if state == "sending"
           else "was already sent and its reply stream dropped")
    return UsageError(
        f"This exact message {why}; it is not sent twice.",
        hint="Check what changed with scripts/state; to ask again, say it in other words.",
    )


@contextmanager
def sending_once(api: Api, session_id: str, message: str) -> Iterator[None]:
    """Around one chat turn: refuse an identical message whose earlier turn may have done its work,
    record this one as sending, and mark it done or dropped at the end."""
    mark = fingerprint(session_id, message)
    with api.store.locked():  # check-and-set: two callers with the same message cannot both pass
        last = api.store.section(SESSIONS, api.key).get(KEY)
        if isinstance(last, dict) and last.get("hash") == mark and last.get("state") in ("sending", "dropped"):
            raise _refusal(str(last.get("state")))
        api.store.update_section(SESSIONS, api.key, **{KEY: {"hash": mark, "state": "sending",
                                                              "at": int(time.time())}})
    state = "dropped"  # Ctrl-C or a kill mid-turn: the message may have been received
    try:
        yield
        state = "done"
    except TimedOut:
        raise  # the stream dropped or timed out and no change showed: the agent may still be at it
    except Exception:
        state = "failed"  # refused or broken before a reply (auth, credits, network): sending again is fine
        raise
    finally:
        api.store.update_section(SESSIONS, api.key, **{KEY: {"hash": mark, "state": state,
                                                              "at": int(time.time())}})


def mark_dropped(api: Api, session_id: str, message: str) -> None:
    """A turn that ended without its stream's natural close (recovered from the timeline)."""
    api.store.update_section(SESSIONS, api.key, **{KEY: {"hash": fingerprint(session_id, message),
                                                          "state": "dropped", "at": int(time.time())}})
