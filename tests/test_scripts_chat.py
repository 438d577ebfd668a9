"""scripts/chat against the real engine: ADK and old event shapes, silent edits, dropped streams,
heartbeat-only timeouts. Faults only change bytes on the wire; the engine does the real work."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import test_scripts_connect as shared

faulty = shared.faulty  # the Faults-wrapped engine fixture
one_json = shared.one_json
FAST = {"NEMO_POLL_INTERVALS": "0.2,0.2,0.2", "NEMO_RETRY_429_S": "0"}
PROMO = "combine these images and audio into a 30-second promotional video with text overlays"


class SseRewrite:
    """ASGI middleware that rewrites each ``data:`` payload of /run_sse with ``fn(dict) -> dict | None``
    (None drops the event). Everything else passes through untouched."""

    def __init__(self, fn: Callable[[dict], dict | None]) -> None:
        self.fn = fn
        self.app: Any = None

    def wrap(self, app: Any) -> SseRewrite:
        self.app = app
        return self

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != "/run_sse":
            await self.app(scope, receive, send)
            return
        buf = b""

        async def rewrite(message: dict) -> None:
            nonlocal buf
            if message["type"] == "http.response.start":
                message["headers"] = [(k, v) for k, v in message["headers"] if k.lower() != b"content-length"]
                await send(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            buf += message.get("body", b"")
            out = b""
            while b"\n\n" in buf:
                event, buf = buf.split(b"\n\n", 1)
                out += self._event(event)
            more = message.get("more_body", False)
            if not more:
                out += buf
            await send({"type": "http.response.body", "body": out, "more_body": more})

        await self.app(scope, receive, rewrite)

    def _event(self, event: bytes) -> bytes:
        lines = []
        for line in event.split(b"\n"):
            if line.startswith(b"data:") and line[5:].strip():
                try:
                    data = json.loads(line[5:])
                except ValueError:
                    lines.append(line)
                    continue
                new = self.fn(data)
                if new is None:
                    continue
                lines.append(b"data: " + json.dumps(new, ensure_ascii=False).encode())
            else:
                lines.append(line)
        return b"\n".join(lines) + b"\n\n" if any(lines) else b""


def to_old_shape(ev: dict) -> dict | None:
    """ADK Event -> the older {"type": ...} shape (first part only; the engine sends one per event)."""
    parts = (ev.get("content") or {}).get("parts") or []
    for part in parts:
        if "text" in part:
            return {"type": "text", "content": part["text"]}
        if "functionCall" in part:
            return {"type": "tool_call", "name": part["functionCall"].get("name"), "args": {}}
        if "functionResponse" in part:
            return {"type": "tool_result", "name": part["functionResponse"].get("name")}
    return {"type": "heartbeat"}


def without_text(ev: dict) -> dict | None:
    parts = (ev.get("content") or {}).get("parts") or []
    return None if any("text" in p for p in parts) else ev


@pytest.fixture
def session_with_media(run_script, media_dir: Path) -> Callable[..., Any]:  # type: ignore[no-untyped-def]
    def prepare(run: Callable[..., Any]) -> None:
        images = sorted(media_dir.glob("*.jpg"))[:3]
        proc = run("upload", *map(str, images), str(media_dir / "music-bed.mp3"))
        assert proc.returncode == 0, proc.stderr
    return prepare


def test_adk_stream_text_and_tools(faulty, session_with_media) -> None:  # type: ignore[no-untyped-def]
    session_with_media(faulty)
    proc = faulty("chat", PROMO, "--verbose", env=FAST)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("First cut:")
    assert "[tool_call]" in proc.stderr  # hidden unless --verbose
    assert "Timeline (" in proc.stdout
    quiet = faulty("chat", 'add a title "Paradise Found"', "--json", env=FAST)
    out = one_json(quiet)
    assert out["outcome"] == "replied" and "Paradise Found" in out["reply"]
    assert 'Title changed: ' in " ".join(out["changes"]) or any("Paradise Found" in c for c in out["changes"])
    assert "[tool_call]" not in quiet.stderr
    assert faulty.faults.chat_messages_processed() == [PROMO, 'add a title "Paradise Found"']
    # scripts/state: the one-line summary of docs/api.md, of what the engine holds
    line = faulty("state").stdout.strip()
    assert re.fullmatch(r'Timeline \(\d+ tracks\): 1\. Video: .+ \(0-\d+(\.\d)?s\)( \d+\. .+)+', line), line
    assert '3. Title: "Paradise Found" at center (0-3s)' in line and "2. BGM: music-bed (0-" in line
    assert '4. Captions: "Blue Backpack", "Gold Ring", "Green Watch" (0.5-' in line  # texts that fit
    state = one_json(faulty("state", "--json"))
    assert state["summary"] == line and state["ready"] is True


def test_a_question_back_is_marked_with_its_choices(faulty, session_with_media) -> None:  # type: ignore[no-untyped-def]
    """The engine asks which picture is meant (ADK's pending get_user_choice call); scripts/chat --json says it is a
    question and names the choices, so a host agent need not guess from the wording; nothing changed."""
    session_with_media(faulty)
    assert faulty("chat", PROMO, env=FAST).returncode == 0
    before = one_json(faulty("state", "--json"))["summary"]
    out = one_json(faulty("chat", "remove the picture", "--json", env=FAST))
    assert out["question"] is True and len(out["choices"]) == 3, out
    assert all(c.startswith(f"image {i}") for i, c in enumerate(out["choices"], 1)), out["choices"]
    assert out["changes"] == [] and one_json(faulty("state", "--json"))["summary"] == before
    edited = one_json(faulty("chat", "remove the first picture", "--json", env=FAST))
    assert edited["question"] is False and edited["choices"] == [] and edited["changes"], edited


def test_old_event_shape(engine_factory, run_script, session_with_media) -> None:  # type: ignore[no-untyped-def]
    eng = engine_factory(wrap=SseRewrite(to_old_shape).wrap)

    def run(*a: str, **kw: Any):  # type: ignore[no-untyped-def]
        return run_script(*a, env={"NEMO_API_URL": eng.url, **FAST}, **kw)

    session_with_media(run)
    proc = run("chat", PROMO)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("First cut:") and "Timeline (" in proc.stdout


def test_silent_edit_reports_the_state_diff(engine_factory, run_script, session_with_media) -> None:  # type: ignore[no-untyped-def]
    eng = engine_factory(wrap=SseRewrite(without_text).wrap)

    def run(*a: str, **kw: Any):  # type: ignore[no-untyped-def]
        return run_script(*a, env={"NEMO_API_URL": eng.url, **FAST}, **kw)

    session_with_media(run)
    assert run("chat", PROMO).returncode == 0
    proc = run("chat", 'add a title "Paradise Found"')
    assert proc.returncode == 0, proc.stderr
    assert "Changes:" in proc.stdout
    assert 'Title changed: "' in proc.stdout and '"Paradise Found" (0–3 s)' in proc.stdout
    out = one_json(run("chat", "make the music quieter", "--json"))
    assert out["outcome"] == "silent_edit" and any("BGM volume" in c for c in out["changes"])


def test_dropped_stream_polls_and_never_resends(faulty, session_with_media) -> None:  # type: ignore[no-untyped-def]
    session_with_media(faulty)
    faulty.faults.add("sse_cut", r"/run_sse", events=1, then="abort")
    proc = faulty("chat", PROMO, "--json", env=FAST)
    assert proc.returncode == 0, proc.stderr
    out = one_json(proc)
    assert out["outcome"] == "recovered" and out["changes"]
    assert "not sent again" in proc.stderr
    assert faulty.faults.chat_messages_processed() == [PROMO]
    assert faulty.faults.count("POST", "/run_sse") == 1
    assert faulty.faults.count("GET", r"/api/state/.+") >= 2
    # The identical message again (an agent retrying, another MCP call) is refused, not sent twice.
    again = faulty("chat", PROMO, env=FAST)
    assert again.returncode == 2 and "This exact message was already sent" in again.stderr, again.stderr
    assert "in other words" in again.stderr and faulty.faults.count("POST", "/run_sse") == 1
    # A rephrased or different message is fine; after its normal reply the first one could be sent again.
    other = faulty("chat", "make the music quieter", env=FAST)
    assert other.returncode == 0, other.stderr
    assert faulty.faults.chat_messages_processed() == [PROMO, "make the music quieter"]


def test_heartbeats_only_times_out_then_polls(faulty, session_with_media) -> None:  # type: ignore[no-untyped-def]
    session_with_media(faulty)
    faulty.faults.add("heartbeats", r"/run_sse", interval=0.1)
    env = {**FAST, "NEMO_CHAT_IDLE_TIMEOUT_S": "1.5", "NEMO_CHAT_STILL_WORKING_S": "0.5"}
    proc = faulty("chat", PROMO, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Still working…" in proc.stderr and "timed out" in proc.stderr
    assert "The edit went through" in proc.stdout
    assert faulty.faults.chat_messages_processed() == [PROMO]
    # Nothing changes this time (an unknown request edits nothing): timeout, exit 7, still one send.
    faulty.faults.add("heartbeats", r"/run_sse", interval=0.1)
    proc = faulty("chat", "zzzz qqqq", "--json", env=env, timeout=60)
    assert proc.returncode == 7
    assert "not re-sent" in one_json(proc)["error"]["message"]
    assert faulty.faults.chat_messages_processed() == [PROMO, "zzzz qqqq"]
    refused = faulty("chat", "zzzz  qqqq", "--json", env=env, timeout=60)  # the same words, spaced otherwise
    assert refused.returncode == 2 and one_json(refused)["error"]["kind"] == "usage"
    assert faulty.faults.chat_messages_processed() == [PROMO, "zzzz qqqq"]


def without_turn_complete(ev: dict) -> dict | None:
    return None if ev.get("turnComplete") else ev


def test_chat_max_cap(engine_factory, run_script, session_with_media) -> None:  # type: ignore[no-untyped-def]
    """A stream that never ends (no turnComplete, heartbeats forever) is cut at NEMO_CHAT_MAX_S."""
    from faults import Faults

    faults = Faults()
    eng = engine_factory(wrap=lambda app: faults.wrap(SseRewrite(without_turn_complete).wrap(app)))
    faults.add("never_close", r"/run_sse", interval=0.1)

    def run(*a: str, **kw: Any):  # type: ignore[no-untyped-def]
        env = {"NEMO_API_URL": eng.url, **FAST, "NEMO_CHAT_MAX_S": "2", "NEMO_CHAT_IDLE_TIMEOUT_S": "100"}
        return run_script(*a, env=env, **kw)

    try:
        session_with_media(run)
        proc = run("chat", PROMO, timeout=60)
    finally:
        faults.release()
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("First cut:")
    assert "reached the 2 s limit" in proc.stderr
    assert faults.chat_messages_processed() == [PROMO]
