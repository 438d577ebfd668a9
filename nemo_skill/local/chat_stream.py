"""A chat turn on POST /run_sse, streamed as Google ADK events (one Event JSON per ``data:`` line).

Order: a comment line at once (so the client sees the turn started), then per planner call a
``functionCall`` event and its ``functionResponse``, then a text event saying exactly what changed,
then, when the reply is a question, a pending ``get_user_choice`` call (``ASK_TOOL``) naming the readings, then a
final event with ``turnComplete: true``; the stream then closes. While the turn works, a
``: heartbeat`` comment goes out every ``heartbeat_seconds``.

Credits: an editing turn costs 1 credit, reserved (frozen) while the turn works and committed once
the new draft is stored; a turn that edits nothing (help, not understood, a question back, undo) costs
nothing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from anyio import to_thread

from nemo_skill.draft.summary import summary_line

from . import ledger, music_beats, sessions
from .api_errors import NO_CREDITS, ApiError
from .db import Database
from .planner.messages import Lang, msg, reply_language, say

log = logging.getLogger("nemo_skill.local.chat_stream")
AUTHOR = "nemo_agent"


@dataclass
class TurnOutcome:
    reply: str
    calls: list[dict] = field(default_factory=list)
    draft: dict | None = None        # the draft after the turn (when it changed)
    version: int | None = None
    edited: bool = False
    undo: bool = False
    error: tuple[str, str] | None = None  # (errorCode, errorMessage)
    question: list[str] | None = None  # the reply asks the person to choose (these readings, possibly none named)


# Held while the engine's warm-up makes the planner's first plan (``engine_state``): a turn that comes meanwhile waits
# for it instead of doing the same work beside it, and the analyses the warm-up keeps for the next start
# (``pattern_cache``) stay the rules' own.
planner_warming = threading.Lock()


def _planner():  # type: ignore[no-untyped-def]
    with planner_warming:
        pass
    from nemo_skill.local import planner  # the planner is a sibling package, imported when first used

    return planner


def planner_media(db: Database, session_id: str) -> list[Any]:
    planner = _planner()
    return [planner.PlannerMedia(id=r["id"], filename=r["filename"], kind=r["kind"], duration=r["duration"],
                                 width=r["width"], height=r["height"], has_audio=bool(r["has_audio"]),
                                 beats=music_beats.stored(r))
            for r in sessions.media_rows(db, session_id)]


def previous_request(db: Database, session_id: str) -> str | None:
    """The request that made the current draft: the context of a follow-up ("now make it red"). None after the first
    cut: the request that built the video is no context ("make it bigger" read with "combine these into a 30-second
    video with text overlays" had made every sound louder and the captions bigger; it asks which is meant)."""
    newest = sessions.history(db, session_id, limit=2)
    return str(newest[0]["reason"]) or None if len(newest) == 2 else None


def precheck(db: Database, user_id: str, session_id: str, message: str) -> None:
    """With no credit left, refuse (2001) before streaming if the message would edit the draft."""
    if ledger.balance(db, user_id)["available"] > 0:
        return
    result = _planner().plan(message, sessions.latest_draft(db, session_id), planner_media(db, session_id),
                             previous=previous_request(db, session_id))
    if result.edited and not result.undo:
        raise ApiError(NO_CREDITS, "no credits left: this edit needs 1 credit")


def run_turn(db: Database, user_id: str, session_id: str, message: str) -> TurnOutcome:
    """The blocking part of a turn (runs in a worker thread): plan, validate, store, charge."""
    from nemo_skill.draft.validate import DraftError, validate

    ref = f"chat:{session_id}:{uuid.uuid4().hex[:8]}"
    reserved = ledger.reserve(db, user_id, ref)
    charged = False
    try:
        latest = sessions.latest_draft(db, session_id)
        music_beats.find_if_asked(db, session_id, message)
        result = _planner().plan(message, latest, planner_media(db, session_id), previous=previous_request(db, session_id))
        lang: Lang = "zh" if getattr(result, "lang", "en") == "zh" else "en"
        out = TurnOutcome(reply=result.reply, calls=list(result.calls or []), undo=bool(result.undo),
                          question=list(result.choices) if result.question else None)
        if result.undo:
            steps = int(getattr(result, "undo_steps", 0) or 0)
            before = getattr(result, "undo_before", None)
            if steps or before:  # the planner's undo request: name what each reverted version had changed
                return _undo(db, session_id, lang, steps, before, out)
            restored = sessions.undo(db, session_id)
            if restored is None:
                out.reply = say(lang, "undo.nothing")
            else:
                out.draft, out.edited = restored, True
            return out
        if result.edited and result.draft is not None:
            if not reserved:
                out.reply = say(lang, "engine.no_credits")
                out.error = (str(NO_CREDITS), "no credits left")
                return out
            try:
                validate(result.draft)
            except DraftError as exc:
                log.warning("planner produced an invalid draft: %s", exc)
                out.reply = say(lang, "engine.invalid_draft", error=str(exc))
                out.error = ("INVALID_DRAFT", str(exc))
                return out
            out.version = sessions.save_draft(db, session_id, result.draft, message)
            ledger.commit(db, user_id, ref)
            charged = True
            out.draft, out.edited = result.draft, True
        return out
    finally:
        if reserved and not charged:
            ledger.release(db, user_id, ref)


def _undo(db: Database, session_id: str, lang: Lang, steps: int, before: str | None, out: TurnOutcome) -> TurnOutcome:
    """Undo ``steps`` versions, or back to before the newest version that changed ``before`` (a diff topic);
    the reply names each reverted request and what it had changed, then the timeline now. Free of charge."""
    from .planner.diff import topics

    versions = sessions.history(db, session_id, limit=max(steps, 1) + 1 if before is None else 200)
    if not versions:
        out.reply = say(lang, "undo.nothing")
        return out
    changes = []  # per version, newest first: what it changed against the version before it
    for k, v in enumerate(versions):
        previous = versions[k + 1]["draft"] if k + 1 < len(versions) else None
        changes.append(sorted(topics(previous, v["draft"])))
    if before is not None:
        hit = next((k for k, c in enumerate(changes) if before in c), None)
        if hit is None:
            out.reply = say(lang, "undo.no_topic")
            return out
        count = hit + 1
    else:
        count = min(steps, len(versions))
    undone = versions[:count]
    restored = sessions.undo_versions(db, session_id, [v["version"] for v in undone])
    names = [msg("undo.one", request=v["reason"][:80], changed=[msg("topic", name=t) for t in c[:3]] or "-")
             for v, c in zip(undone, changes, strict=False)]
    parts = [say(lang, "undo.done", what=names)]
    if steps > count and before is None:
        parts.append(say(lang, "undo.fewer", n=count))
    parts.append(say(lang, "undo.now", line=summary_line(restored) if restored.get("t") else say(lang, "status.empty")))
    out.reply = (" " if lang == "en" else "").join(parts)
    out.draft, out.edited = restored, True
    out.calls = [{"name": "undo", "args": {"versions": [v["version"] for v in undone]}}]
    return out


def _event(invocation: str, parts: list[dict], role: str = "model", **extra: Any) -> str:
    event = {"id": uuid.uuid4().hex, "invocationId": invocation, "author": AUTHOR,
             "content": {"role": role, "parts": parts}, "partial": False, "timestamp": time.time(), **extra}
    return "data: " + json.dumps(event, separators=(",", ":"), ensure_ascii=False) + "\n\n"


def events_for(outcome: TurnOutcome, invocation: str) -> list[str]:
    out: list[str] = []
    summary = summary_line(outcome.draft) if outcome.draft is not None else None
    for i, call in enumerate(outcome.calls):
        name = str(call.get("name") or "apply_edit")
        call_id = f"call_{invocation[-8:]}_{i}"
        out.append(_event(invocation, [{"functionCall": {"name": name, "args": call.get("args") or {},
                                                          "id": call_id}}]))
        response: dict[str, Any] = {"status": "error" if outcome.error else "ok"}
        if outcome.version is not None:
            response["version"] = outcome.version
        if summary is not None:
            response["summary"] = summary
        if outcome.error:
            response["error"] = outcome.error[1]
        out.append(_event(invocation, [{"functionResponse": {"name": name, "id": call_id,
                                                              "response": response}}], role="user"))
    extra: dict[str, Any] = {}
    if outcome.error:
        extra = {"errorCode": outcome.error[0], "errorMessage": outcome.error[1]}
    out.append(_event(invocation, [{"text": outcome.reply}], **extra))
    if outcome.question is not None:
        out.append(_question_event(invocation, outcome.question))
    out.append(_event(invocation, [], turnComplete=True))
    return out


# ADK's way of asking the person (its built-in tool of that name): a long-running call, left pending (no response),
# that a host agent reads as "the turn waits for the person's choice". Without it the client could only guess a
# question from the reply's wording (the held-out harness matched "Nothing was changed.").
ASK_TOOL = "get_user_choice"


def _question_event(invocation: str, choices: list[str]) -> str:
    call_id = f"call_{invocation[-8:]}_ask"
    return _event(invocation, [{"functionCall": {"name": ASK_TOOL, "args": {"options": choices}, "id": call_id}}],
                  longRunningToolIds=[call_id])


class SessionLocks:
    """Turns of one session run one at a time (the second waits), so edits never interleave."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._guard = threading.Lock()

    def get(self, session_id: str) -> asyncio.Lock:
        with self._guard:
            return self._locks.setdefault(session_id, asyncio.Lock())


AfterTurn = Callable[[str, str, str, TurnOutcome], None]  # (user_id, session_id, message, outcome)


def _internal_error(message: str, exc: BaseException) -> TurnOutcome:
    return TurnOutcome(reply=say(reply_language(message), "engine.internal"), error=("INTERNAL", type(exc).__name__))


def _when_done(task: asyncio.Future, after: AfterTurn, user_id: str, session_id: str, message: str) -> None:
    """Runs once the turn's thread is done, whether or not its client is still listening."""
    if task.cancelled():
        return
    exc = task.exception()
    outcome = _internal_error(message, exc) if exc is not None else task.result()
    try:
        after(user_id, session_id, message, outcome)
    except Exception:  # history and previews are extras: the turn itself is stored
        log.exception("after-turn hook failed")


async def stream_turn(db: Database, locks: SessionLocks, heartbeat: float, user_id: str, session_id: str,
                      message: str, after: AfterTurn | None = None) -> AsyncIterator[str]:
    invocation = "e-" + uuid.uuid4().hex
    yield ": turn accepted\n\n"
    async with locks.get(session_id):
        # if the client goes away, the turn still finishes in its thread (it owns its credit reservation)
        task = asyncio.ensure_future(to_thread.run_sync(run_turn, db, user_id, session_id, message))
        if after is not None:
            task.add_done_callback(lambda t: _when_done(t, after, user_id, session_id, message))
        while True:
            done, _ = await asyncio.wait({task}, timeout=heartbeat)
            if done:
                break
            yield ": heartbeat\n\n"
        try:
            outcome = task.result()
        except Exception as exc:  # one readable line to the client, the traceback to the log
            log.exception("chat turn failed")
            outcome = _internal_error(message, exc)
    for line in events_for(outcome, invocation):
        yield line
