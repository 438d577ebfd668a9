"""One chat turn over SSE, with every rule of docs/api.md.

The stream is read by a small thread that only moves ``data:`` payloads into a queue, so the main
thread can keep its own clock: "Still working…" every ``still_working_s``, a hard cap of
``chat_max_s``, and ``idle_timeout_s`` of heartbeats only counting as a timeout. The message is sent
exactly once. When the stream drops or times out, the state is polled (``poll_intervals``) and
what changed is reported; when the turn ends without text (a silent edit), the state after the turn
is compared with the state before it.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nemo_skill.draft.summary import summary_line

from . import session as sessions
from . import wording
from .api import Api
from .errors import NemoError, TimedOut
from .events import ChatEvent, parse_data
from .statediff import state_changes

TEMPORARY_ISSUE = re.compile(r"\bencountered an? temporary (issue|problem|error)\b|遇到了?(一个)?临时(问题|错误)", re.IGNORECASE)


@dataclass
class ChatResult:
    outcome: str  # "replied" | "silent_edit" | "no_change" | "recovered" (stream lost, change seen)
    reply: str = ""
    changes: list[str] = field(default_factory=list)
    summary: str = ""
    tools: list[str] = field(default_factory=list)
    agent_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the agent asked the person to choose and waits (an ADK call left pending: events.py); the readings it named
    question: bool = False
    choices: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "reply": self.reply,
            "changes": self.changes,
            "summary": self.summary,
            "tools": self.tools,
            "agent_errors": self.agent_errors,
            "notes": self.notes,
            "question": self.question,
            "choices": self.choices,
        }


class TextSink:
    """Shows text sentence by sentence with GUI wording rewritten; holds back a trailing
    "I encountered a temporary issue" until it is known whether normal text came before it."""

    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.pending = ""  # incomplete sentence
        self.held: list[str] = []  # temporary-issue sentences (and what followed) not yet shown
        self.shown: list[str] = []  # translated sentences shown
        self.normal_seen = False

    def feed(self, text: str) -> None:
        self.pending += text
        cut = wording.complete_prefix(self.pending)
        if cut:
            done, self.pending = self.pending[:cut], self.pending[cut:]
            for sentence in wording.split_sentences(done):
                self._sentence(sentence)

    RELEASE_AFTER = 160  # chars of further text that show the issue was not the end of the reply

    def _sentence(self, sentence: str) -> None:
        if TEMPORARY_ISSUE.search(sentence) or self.held:
            # Hold the issue and what follows it ("Please try again."): dropped at the end when
            # normal text came before it, released when a real reply continues after it.
            self.held.append(sentence)
            after = "".join(h for h in self.held if not TEMPORARY_ISSUE.search(h))
            if len(after.strip()) > self.RELEASE_AFTER:
                held, self.held = self.held, []
                for h in held:
                    self._show(wording.translate_sentence(h))
                self.normal_seen = True
            return
        if sentence.strip():
            self.normal_seen = True
        self._show(wording.translate_sentence(sentence))

    def _show(self, text: str) -> None:
        self.shown.append(text)
        self.out(text)

    def finish(self) -> None:
        if self.pending:
            rest, self.pending = self.pending, ""
            self._sentence(rest)
        if self.held and not self.normal_seen:
            for h in self.held:  # the only thing said: show it, it is the whole answer
                self._show(wording.translate_sentence(h))
        self.held = []

    @property
    def text(self) -> str:
        return "".join(self.shown).strip()

    @property
    def only_issue(self) -> bool:
        return not self.normal_seen and bool(self.text)


class ChatTurn:
    def __init__(
        self,
        api: Api,
        sess: sessions.Session,
        *,
        out: Callable[[str], None],
        verbose: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.api = api
        self.session = sess
        self.out = out
        self.verbose = verbose
        self.clock = clock
        self.settings = api.settings

    # -- opening the stream (the one and only send) ------------------------------------------
    def _open(self, message: str) -> Any:
        from ._httpx import httpx

        body = {
            "app_name": "nemo_agent",
            "user_id": "me",
            "session_id": self.session.session_id,
            "new_message": {"role": "user", "parts": [{"text": message}]},
        }
        retried: set[str] = set()
        # Total silence (not even a heartbeat) for the idle timeout ends the wait: without a read
        # timeout a server that never answers would hold the script forever.
        timeout = httpx.Timeout(connect=15.0, read=self.settings.idle_timeout_s, write=60.0, pool=15.0)
        while True:
            headers = {**self.api.headers(), "Accept": "text/event-stream", "Cache-Control": "no-cache"}
            request = self.api.http.build_request("POST", "/run_sse", json=body, headers=headers, timeout=timeout)
            try:
                resp = self.api.http.send(request, stream=True)
            except httpx.TransportError as exc:
                raise self.api.network_error(exc) from exc
            ctype = resp.headers.get("content-type", "")
            if 200 <= resp.status_code < 300 and "text/event-stream" in ctype:
                return resp
            # Refused before the agent saw the message (auth, rate limit, session): safe to fix and
            # retry, because a refused request did no work and charged nothing.
            try:
                action = self.api.reply_error(resp, retried)
            finally:
                resp.close()
            if action != "retry":
                raise action

    @staticmethod
    def _reader(resp: Any, q: queue.Queue[tuple[str, Any]]) -> None:
        from httpx_sse import EventSource

        try:
            for sse in EventSource(resp).iter_sse():
                q.put(("data", sse.data))
        except Exception as exc:  # a dropped connection, or the response closed by the main thread
            q.put(("dropped", exc))
            return
        q.put(("closed", None))

    # -- the turn ----------------------------------------------------------------------------
    def run(self, message: str) -> ChatResult:
        before = sessions.fetch_state(self.api, self.session)
        resp = self._open(message)
        q: queue.Queue[tuple[str, Any]] = queue.Queue()
        reader = threading.Thread(target=self._reader, args=(resp, q), daemon=True, name="nemo-sse")
        reader.start()
        sink = TextSink(self.out)
        tools: list[str] = []
        agent_errors: list[str] = []
        s = self.settings
        start = last_progress = last_output = self.clock()
        partial_acc = ""
        outcome = "closed"
        asked: list[str] | None = None
        try:
            while True:
                now = self.clock()
                if now - start >= s.chat_max_s:
                    outcome = "cap"
                    break
                if now - last_progress >= s.idle_timeout_s:
                    outcome = "idle"
                    break
                if now - last_output >= s.still_working_s:
                    self.api.status("Still working…")
                    last_output = now
                wait = min(
                    s.chat_max_s - (now - start),
                    s.idle_timeout_s - (now - last_progress),
                    s.still_working_s - (now - last_output),
                )
                try:
                    kind, payload = q.get(timeout=max(0.01, wait))
                except queue.Empty:
                    continue
                if kind == "closed":
                    break
                if kind == "dropped":
                    outcome = "dropped"
                    break
                done = False
                for ev in parse_data(payload):
                    if ev.kind == "heartbeat" or ev.kind == "ignored":
                        continue
                    last_progress = self.clock()
                    if ev.kind == "text":
                        partial_acc, shown = self._text(ev, partial_acc, sink)
                        if shown:
                            last_output = last_progress
                    elif ev.kind == "question":
                        asked = list(ev.choices)
                        if self.verbose:
                            self.api.status(f"[question] {ev.text}: {', '.join(asked)}")
                    elif ev.kind in ("tool_call", "tool_result"):
                        if ev.kind == "tool_call":
                            tools.append(ev.text)
                        if self.verbose:
                            self.api.status(f"[{ev.kind}] {ev.text}")
                    elif ev.kind == "error":
                        agent_errors.append(ev.text)
                        self.api.status(f"The agent reported a problem: {ev.text}")
                    elif ev.kind == "turn_complete":
                        done = True
                if done:
                    break
        finally:
            resp.close()
        sink.finish()
        if outcome == "closed":
            result = self._after_close(before, sink, tools, agent_errors)
        else:
            result = self._recover(outcome, before, sink, tools, agent_errors)
        if asked is not None:
            result.question, result.choices = True, asked
        return result

    def _text(self, ev: ChatEvent, acc: str, sink: TextSink) -> tuple[str, bool]:
        """Feed text; an ADK final event repeats the partial chunks already shown."""
        if ev.partial:
            sink.feed(ev.text)
            return acc + ev.text, True
        if acc:
            if ev.text.startswith(acc) and len(ev.text) > len(acc):
                sink.feed(ev.text[len(acc) :])
                return "", True
            return "", False
        sink.feed(ev.text)
        return "", True

    def _after_close(self, before: dict, sink: TextSink, tools: list[str], errs: list[str]) -> ChatResult:
        after = sessions.fetch_state(self.api, self.session)
        sessions.remember_state(self.api, after)
        summary = summary_line(sessions.draft_of(after))
        changes = state_changes(before, after)
        if sink.normal_seen:
            return ChatResult("replied", sink.text, changes, summary, tools, errs)
        # No usable text: a silent edit, or nothing happened.
        if changes:
            return ChatResult("silent_edit", sink.text, changes, summary, tools, errs)
        return ChatResult("no_change", sink.text, [], summary, tools, errs)

    def _recover(self, why: str, before: dict, sink: TextSink, tools: list[str], errs: list[str]) -> ChatResult:
        reason = {
            "dropped": "The connection dropped before the turn finished.",
            "idle": f"No progress for {self.settings.idle_timeout_s:g} s (heartbeats only): treating the turn as timed out.",
            "cap": f"The turn reached the {self.settings.chat_max_s:g} s limit.",
        }[why]
        self.api.status(f"{reason} The message is not sent again; checking the timeline for changes…")
        polls = self.settings.poll_intervals
        for i, interval in enumerate(polls, 1):
            time.sleep(interval)
            try:
                after = sessions.fetch_state(self.api, self.session)
            except NemoError as exc:
                if exc.exit_code == 3 and i < len(polls):  # network trouble: keep polling
                    self.api.status(f"Check {i}/{len(polls)} failed: {exc.message}")
                    continue
                raise
            changes = state_changes(before, after)
            if changes:
                sessions.remember_state(self.api, after)
                summary = summary_line(sessions.draft_of(after))
                return ChatResult("recovered", sink.text, changes, summary, tools, errs, notes=[reason])
            self.api.status(f"Check {i}/{len(polls)}: no change yet.")
        raise TimedOut(
            f"{reason} The timeline did not change after {len(polls)} checks, and the message was not re-sent.",
            hint="Look again later with scripts/state; if nothing changed, ask again in other words.",
        )
