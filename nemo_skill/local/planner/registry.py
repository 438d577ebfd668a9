"""The registry of edits: every edit the planner can make is one ``Edit`` declaration in one module of
``planner.edits``.

A declaration holds everything about the edit: its kind, its typed argument dataclass, the function
that applies it, the frames that read it from a message (target x operation x values, see ``frames``),
its reply sentences in English and Chinese, the requests it understands (tested on the reference
draft and used for "did you mean"), the parts of the draft it may change (for the reply-truth test)
and its row in docs/planner-grammar.md. ``tests/test_planner_registry.py`` fails when a part is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .messages import CATALOGUE

A = TypeVar("A")
Template = str | Callable[..., str]


@dataclass(frozen=True)
class FrameRule(Generic[A]):
    """One way a frame means this edit: its target is one of ``targets``, its operation one of ``ops``,
    and it carries the values named in ``needs``; ``build`` turns the frame into the edit's arguments
    (or None when the values do not fit, e.g. a percentage for a length)."""

    targets: frozenset[str]
    ops: frozenset[str]  # "*": any operation (values like "nothing gets cropped" carry their own)
    build: Callable[[Any, str], A | None]  # (frame, target) -> arguments
    needs: frozenset[str] = frozenset()
    refuses: frozenset[str] = frozenset()  # values that mean the frame is some other edit


def rule(targets: str, ops: str, build: Callable[[Any, str], A | None], needs: str = "", refuses: str = ""
         ) -> FrameRule[A]:
    """A FrameRule from space-separated names: rule("title", "move set", lambda f: ..., needs="pos")."""
    return FrameRule(frozenset(targets.split()), frozenset(ops.split()), build, frozenset(needs.split()),
                     frozenset(refuses.split()))


@dataclass(frozen=True)
class Phrase:
    """A phrase rule: regexes for constructions a frame does not hold ("trim the clip to 2s-5s", "swap image 1
    and 2", "replace X with Y"), read after the frames in ``order``; each match is blanked so that a later,
    looser rule cannot read the same words. ``kinds`` are the edits it may produce."""

    order: int
    read: Callable[[Any], None]  # (parse.Scan)
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class DocRow:
    title: str  # e.g. "title position"
    changes: str  # what changes in the draft
    title_zh: str  # the title in Chinese, for replies


@dataclass(frozen=True)
class Edit(Generic[A]):
    kind: str
    args: type[A]
    apply: Callable[[Any, A], None]  # (Work, args)
    calls: tuple[str, ...]  # the ADK function calls it records
    sentences: Mapping[str, tuple[Template, Template]]  # catalogue key -> (English, Chinese)
    examples: tuple[str, ...]  # requests it understands on the reference draft, English and Chinese
    topics: tuple[str, ...]  # what it may change (``diff.topics`` names)
    doc: DocRow
    frames: tuple[FrameRule[A], ...] = field(default=())
    phrases: tuple[Phrase, ...] = field(default=())


EDITS: dict[str, Edit[Any]] = {}


def register(edit: Edit[A]) -> Edit[A]:
    """Add an edit and its sentences to the catalogue; a kind or sentence key may be declared once."""
    if edit.kind in EDITS:
        raise ValueError(f"edit {edit.kind!r} declared twice")
    for key, (en, zh) in edit.sentences.items():
        if key in CATALOGUE:
            raise ValueError(f"sentence {key!r} of {edit.kind!r} already in the catalogue")
        CATALOGUE[key] = {"en": en, "zh": zh}
    EDITS[edit.kind] = edit
    return edit


def edits() -> dict[str, Edit[Any]]:
    from . import edits as _declared  # noqa: F401 - importing the package registers every edit

    return EDITS


def phrase_rules() -> list[Callable[[Any], None]]:
    """Every declared phrase rule, in order."""
    found = {p.read: p for e in edits().values() for p in e.phrases}
    return [p.read for p in sorted(found.values(), key=lambda p: p.order)]
