"""Plain language -> draft edits for the embedded engine: pure functions, no model weights, no I/O.

``plan(message, draft, media)`` reads an English or Chinese request, applies it to a copy of the draft
and returns the new draft, a reply saying what changed and one call per applied edit. The grammar is
documented in docs/planner-grammar.md.

Modules, in the order a message flows through them: ``text`` (normalising, numbers, durations, quotes),
``parse`` (the grammar: rules -> intents, with ``refs`` for "the third image"), ``first_cut`` and
``edits`` (intents applied to a ``work`` copy; ``assets`` decides voice or music), ``layout`` (timing
re-computed), ``core`` (the orchestration and validation). Replies come from the ``messages``
catalogue, in the request's language (English or Chinese).
"""

from . import edits as _edits  # noqa: F401 - registers every edit and its sentences
from .core import plan
from .help import HELP_TEXT, HELP_TEXT_ZH
from .messages import help_text, reply_language, say
from .types import PlannerMedia, PlanResult

__all__ = ["plan", "PlannerMedia", "PlanResult", "HELP_TEXT", "HELP_TEXT_ZH", "help_text", "reply_language", "say"]
