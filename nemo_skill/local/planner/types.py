"""The planner's public data types (fixed in docs/architecture.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class PlannerMedia:
    """One uploaded file of the session, as the planner sees it (no paths: the planner does no I/O)."""

    id: str
    filename: str
    kind: Literal["image", "video", "audio"]
    duration: float | None = None  # seconds
    width: int | None = None
    height: int | None = None
    has_audio: bool = False
    # music: its beats, seconds into the file (found by the engine with the optional ``beats`` extra when the
    # file is uploaded); None when unknown, () when the music has no beat
    beats: tuple[float, ...] | None = None


@dataclass
class PlanResult:
    draft: dict | None  # the new draft, None when nothing changed
    reply: str  # says exactly what changed, or the help text
    calls: list[dict] = field(default_factory=list)  # one ADK functionCall per applied edit
    understood: bool = False
    edited: bool = False
    undo: bool = False
    lang: str = "en"  # the reply's language, "en" or "zh" (messages.reply_language of the request)
    question: bool = False  # the reply asks which reading was meant; nothing changed
    choices: list[str] = field(default_factory=list)  # with a question: the readings it names ("clip 2 (unboxing)")
    suggestions: list[str] = field(default_factory=list)  # "did you mean" requests (each one understood)
    undo_steps: int = 0  # with undo: how many versions to go back
    undo_before: str | None = None  # with undo: back to before the latest version that changed this topic
    changed: list[str] = field(default_factory=list)  # the draft's topics the edit changed (diff.topics)
    said: list[str] = field(default_factory=list)  # the edits (registry kinds) the reply reports as done
    unread: list[str] = field(default_factory=list)  # the parts of the message the reply says it did not understand
