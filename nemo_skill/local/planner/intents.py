"""An intent is one edit the message asks for, before it meets the draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# kinds, in the words of docs/planner-grammar.md
KINDS = (
    "first_cut", "duration", "format", "fps", "fit", "title_text", "title_timing", "title_remove",
    "title_position", "captions_add", "captions_remove", "caption_set", "volume", "mute", "duck",
    "transition", "ken_burns", "move", "reverse", "swap", "remove", "replace", "add", "trim",
    "segment_duration",
)


@dataclass
class Intent:
    kind: str
    pos: int  # offset in the message: edits apply in the order they were asked for
    args: dict[str, Any] = field(default_factory=dict)
