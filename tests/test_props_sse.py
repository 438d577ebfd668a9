"""Property tests for the client's SSE reading: framing (httpx-sse) plus the event parser
(nemo_skill/client/events.py), over bytes cut at random places.

Hypothesis builds a chat stream (ADK events with text, tool calls and thoughts, the older typed events,
heartbeats, SSE comments and empty ``data:`` lines), encodes it with LF or CRLF line ends, cuts the bytes
into random chunks and reads them back through a real ``httpx.Response`` the way the client does:
every text arrives whole and in order, tool calls are seen as such, and nothing else becomes text.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from httpx_sse import EventSource
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nemo_skill.client.events import parse_data

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() and "\r" not in s)
names = st.from_regex(r"[a-z_]{1,12}", fullmatch=True)


@st.composite
def adk_event(draw: st.DrawFn) -> tuple[dict, list[tuple[str, str]]]:
    parts: list[dict] = []
    expect: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["text", "call", "result", "thought"]))
        if kind == "text":
            t = draw(texts)
            parts.append({"text": t})
            expect.append(("text", t))
        elif kind == "call":
            n = draw(names)
            parts.append({"functionCall": {"name": n, "args": {"x": draw(texts)}}})
            expect.append(("tool_call", n))
        elif kind == "result":
            n = draw(names)
            parts.append({"functionResponse": {"name": n, "response": {"ok": True}}})
            expect.append(("tool_result", n))
        else:
            parts.append({"text": draw(texts), "thought": True})
    event = {"author": "nemo_agent", "partial": draw(st.booleans()), "content": {"role": "model", "parts": parts}}
    return event, expect


@st.composite
def old_event(draw: st.DrawFn) -> tuple[dict, list[tuple[str, str]]]:
    kind = draw(st.sampled_from(["text", "tool_call", "tool_result"]))
    if kind == "text":
        t = draw(texts)
        return {"type": "text", "content": t}, [("text", t)]
    n = draw(names)
    return {"type": kind, "name": n}, [(kind, n)]


# raw SSE blocks that carry nothing for the user
noise = st.sampled_from([
    'data: {"type":"heartbeat"}',
    ": keep-alive",
    "data:",
    "data: ",
    "event: ping\ndata: {\"type\":\"ping\"}",
    "id: 7\nretry: 1000\ndata: {\"type\":\"heartbeat\"}",
])


@st.composite
def stream(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str]]]:
    blocks: list[str] = []
    expect: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(0, 12))):
        choice = draw(st.sampled_from(["adk", "old", "noise"]))
        if choice == "noise":
            blocks.append(draw(noise))
            continue
        event, exp = draw(adk_event() if choice == "adk" else old_event())
        blocks.append("data: " + json.dumps(event, ensure_ascii=draw(st.booleans())))
        expect += exp
    return blocks, expect


def _encode(blocks: list[str], eol: str) -> bytes:
    return "".join(b.replace("\n", eol) + eol + eol for b in blocks).encode("utf-8")


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in zip(points, points[1:], strict=False)]


def _read(chunks: list[bytes]) -> list[tuple[str, str]]:
    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(chunks))
    got: list[tuple[str, str]] = []
    for sse in EventSource(response).iter_sse():
        for ev in parse_data(sse.data):
            if ev.kind in ("text", "tool_call", "tool_result"):
                got.append((ev.kind, ev.text))
            else:
                assert ev.kind in ("heartbeat", "ignored", "turn_complete", "error"), ev
    return got


@SETTINGS
@given(stream(), st.sampled_from(["\n", "\r\n"]), st.lists(st.integers(0, 10**6), max_size=30))
def test_any_chunking_delivers_every_text_and_tool_in_order(s: tuple[list[str], list[tuple[str, str]]], eol: str,
                                                             cuts: list[int]) -> None:
    blocks, expect = s
    assert _read(_chunks(_encode(blocks, eol), cuts)) == expect


@SETTINGS
@given(st.lists(noise, max_size=20), st.lists(st.integers(0, 10**4), max_size=10))
def test_heartbeats_and_comments_never_become_text(blocks: list[str], cuts: list[int]) -> None:
    assert _read(_chunks(_encode(blocks, "\n"), cuts)) == []


@SETTINGS
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace"))))
def test_parse_data_never_raises_and_text_comes_only_from_json(raw: str) -> None:
    events = parse_data(raw)
    assert events
    try:
        json.loads(raw)
    except ValueError:
        assert all(e.kind in ("heartbeat", "ignored") for e in events)


@SETTINGS
@given(adk_event(), st.booleans())
def test_adk_error_fields_are_reported_not_shown_as_text(ev: tuple[dict, Any], done: bool) -> None:
    event, expect = ev
    event = {**event, "errorCode": "INTERNAL", "errorMessage": "model overloaded", "turnComplete": done}
    got = parse_data(json.dumps(event))
    assert got[0].kind == "error" and got[0].text == "model overloaded"
    assert [(e.kind, e.text) for e in got if e.kind in ("text", "tool_call", "tool_result")] == expect
    assert (got[-1].kind == "turn_complete") == done
