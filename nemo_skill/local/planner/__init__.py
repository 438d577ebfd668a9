"""Plain language -> draft edits for the embedded engine: pure functions, no model weights, no I/O.

``plan(message, draft, media)`` reads an English or Chinese request, applies it to a copy of the draft
and returns the new draft, a reply saying what changed and one call per applied edit; or a question
when the request has two readings, or "did you mean" suggestions when it is not understood. The grammar
is documented in docs/planner-grammar.md.

A message flows through: ``text`` (normalising, numbers, durations, quotes), ``tidy`` (filler out,
one-letter typos corrected), ``history`` (undo requests), ``frames`` (clauses -> target, operation,
values, with the ``vocab`` tables) and ``parse`` (phrase rules for what frames do not hold), then the
edits of the ``registry`` (each declared once in ``planner.edits``) apply to a ``work`` copy, ``layout``
re-times it and ``core`` keeps only the sentences ``diff`` confirms. ``suggest`` finds "did you mean"
requests, ``docs`` generates the grammar table and SKILL.md's list from the registry.
"""

from . import edits as _edits  # noqa: F401 - registers every edit and its sentences
from .anchors import seal as _seal
from .core import plan
from .edits.promo_video import wants_beats
from .help import HELP_TEXT, HELP_TEXT_ZH
from .messages import help_text, reply_language, say
from .types import PlannerMedia, PlanResult

_seal()  # the module-level patterns are analysed and kept for the next engine start (anchors, pattern_cache)

__all__ = ["plan", "PlannerMedia", "PlanResult", "HELP_TEXT", "HELP_TEXT_ZH", "help_text", "reply_language", "say", "wants_beats"]
