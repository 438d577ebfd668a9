"""An intent is one edit the message asks for, before it meets the draft: the edit's kind and its typed
arguments (the dataclass its registry declaration names)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FirstCutArgs:
    strong: bool  # strong forms rebuild an existing timeline; weak ones only start an empty one


@dataclass
class Intent:
    kind: str
    pos: int  # offset in the message: edits apply in the order they were asked for
    args: Any  # the edit's argument dataclass (``registry.Edit.args``), or FirstCutArgs
