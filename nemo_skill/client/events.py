"""SSE ``data:`` payloads of the chat stream, normalised. Pure: a string in, events out, never raises.

Two shapes are accepted (docs/api.md, "The chat stream"):
- Google ADK ``Event`` JSON: ``content.parts[]`` with ``text`` / ``functionCall`` /
  ``functionResponse``, ``partial``, ``turnComplete``, ``errorCode`` / ``errorMessage`` (camelCase or
  snake_case);
- the older ``{"type": "text", "content": …}``, ``tool_call``, ``tool_result``, ``heartbeat``.
A ``functionCall`` the event lists in ``longRunningToolIds`` is left pending for the person: the agent asks
(ADK's human-in-the-loop; the local engine's ``get_user_choice`` with ``args.options``), a ``question`` event.
An empty payload (or an SSE comment, which httpx-sse swallows) is a heartbeat.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["text", "tool_call", "tool_result", "question", "heartbeat", "error", "turn_complete", "ignored"]


@dataclass(frozen=True)
class ChatEvent:
    kind: Kind
    text: str = ""  # text chunk, tool name, or error message
    partial: bool = False  # an ADK streaming chunk (a final, non-partial event repeats the whole text)
    code: str | None = None
    choices: tuple[str, ...] = ()  # a question's readings, when it names them


HEARTBEAT = ChatEvent("heartbeat")
_TEXT_TYPES = {"text", "message", "chunk", "content", "delta", "assistant"}
_CALL_TYPES = {"tool_call", "tool_start", "function_call", "tool_use"}
_RESULT_TYPES = {"tool_result", "tool_end", "function_response", "function_result"}
_BEAT_TYPES = {"heartbeat", "ping", "keepalive", "keep-alive", "keep_alive"}
_DONE_TYPES = {"done", "end", "turn_complete", "complete", "finish"}


def _get(obj: dict[str, Any], *names: str) -> Any:
    for name in names:
        if name in obj:
            return obj[name]
    return None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _name(value: Any) -> str:
    if isinstance(value, dict):
        return _str(value.get("name")) or "tool"
    return "tool"


def _pending(obj: dict[str, Any], call: Any) -> bool:
    """The call waits for the person (its id in the event's ``longRunningToolIds``)."""
    ids = _get(obj, "longRunningToolIds", "long_running_tool_ids")
    return isinstance(call, dict) and isinstance(ids, list) and call.get("id") in ids


def _choices(call: dict[str, Any]) -> tuple[str, ...]:
    args = call.get("args")
    options = args.get("options") if isinstance(args, dict) else None
    return tuple(o for o in options if isinstance(o, str)) if isinstance(options, list) else ()


def parse_data(data: str | None) -> list[ChatEvent]:
    """Events carried by one ``data:`` payload (possibly several for an ADK event with many parts)."""
    if data is None or not data.strip():
        return [HEARTBEAT]
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError):
        return [ChatEvent("ignored")]
    if not isinstance(obj, dict):
        return [ChatEvent("ignored")]
    try:
        return _parse_obj(obj)
    except (AttributeError, TypeError, ValueError):  # hostile shapes: never break the stream reader
        return [ChatEvent("ignored")]


def _parse_obj(obj: dict[str, Any]) -> list[ChatEvent]:
    typ = obj.get("type")
    if isinstance(typ, str) and ("content" not in obj or not isinstance(obj.get("content"), dict)):
        return _parse_typed(typ.lower(), obj)
    return _parse_adk(obj)


def _parse_typed(typ: str, obj: dict[str, Any]) -> list[ChatEvent]:
    if typ in _BEAT_TYPES:
        return [HEARTBEAT]
    if typ in _TEXT_TYPES:
        text = _str(_get(obj, "content", "text", "delta", "message"))
        return [ChatEvent("text", text)] if text else [HEARTBEAT]
    if typ in _CALL_TYPES:
        return [ChatEvent("tool_call", _str(_get(obj, "name", "tool")) or "tool")]
    if typ in _RESULT_TYPES:
        return [ChatEvent("tool_result", _str(_get(obj, "name", "tool")) or "tool")]
    if typ == "error":
        message = _str(_get(obj, "message", "content", "error")) or "the agent reported an error"
        code = _get(obj, "code")
        return [ChatEvent("error", message, code=str(code) if code is not None else None)]
    if typ in _DONE_TYPES:
        return [ChatEvent("turn_complete")]
    return [ChatEvent("ignored")]


def _parse_adk(obj: dict[str, Any]) -> list[ChatEvent]:
    out: list[ChatEvent] = []
    partial = _get(obj, "partial") is True
    code = _get(obj, "errorCode", "error_code")
    message = _get(obj, "errorMessage", "error_message")
    if code not in (None, "") or message not in (None, ""):
        out.append(
            ChatEvent(
                "error",
                _str(message) or f"the agent reported an error ({code})",
                code=str(code) if code not in (None, "") else None,
            )
        )
    content = obj.get("content")
    parts = content.get("parts") if isinstance(content, dict) else None
    if isinstance(parts, list):
        for part in parts:
            if not isinstance(part, dict):
                continue
            if part.get("thought") is True:
                continue  # model reasoning, not meant for the user
            call = _get(part, "functionCall", "function_call")
            result = _get(part, "functionResponse", "function_response")
            if call is not None and _pending(obj, call):
                out.append(ChatEvent("question", _name(call), choices=_choices(call)))
            elif call is not None:
                out.append(ChatEvent("tool_call", _name(call)))
            elif result is not None:
                out.append(ChatEvent("tool_result", _name(result)))
            elif isinstance(part.get("text"), str) and part["text"]:
                out.append(ChatEvent("text", part["text"], partial=partial))
    if _get(obj, "turnComplete", "turn_complete") is True:
        out.append(ChatEvent("turn_complete"))
    return out or [HEARTBEAT]
