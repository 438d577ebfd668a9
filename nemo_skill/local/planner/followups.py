"""Follow-ups: a short message that cannot stand alone ("now make it red", "and the 2nd one too", "actually 10%"),
read with the request that made the current draft (the engine passes it as ``previous``; none after the first cut)."""

from __future__ import annotations

import re
from typing import Protocol

from .frames import NOT_NOW
from .messages import Lang
from .stance import ASKING, TAKEN_BACK
from .types import PlannerMedia, PlanResult


class Planner(Protocol):
    """core._plan: a message read on a draft; ``skip``: edits read but not made, ``seen`` gets the edits read."""

    def __call__(self, message: str, draft: dict | None, media: list[PlannerMedia], lang: Lang,
                 skip: frozenset[str] = ..., seen: list[str] | None = ...) -> PlanResult: ...


# a follow-up leaning on the request before it: "now make it red", "and the 2nd one too", "actually 10%", "no wait 25"
_FRAGMENT_WORDS = 8


def fragment(message: str, result: PlanResult) -> bool:
    """A short message the planner could not act on alone, that is no question, story or chit-chat."""
    low = message.lower().strip()
    return (result.draft is None and not result.undo and (not result.understood or result.question)
            and len(low.split()) <= _FRAGMENT_WORDS and len(low) <= 40 and not re.search(r"[?？]", low)
            and not NOT_NOW.search(low) and not TAKEN_BACK.search(low) and not ASKING.match(low))


# "and the 2nd one too", "image 4 as well", "还有第二张": more of the same
_ALSO = re.compile(r"^(?:and|also|plus|same\s+(?:for|with))\s+(?P<x>.+?)(?:\s+(?:too|as\s+well|also))?[\s.!~]*$"
                   r"|^(?:还有|以及|和|再把)\s*(?P<x2>.+?)(?:也是|也)?[\s。！~]*$")
# a request that is a verb and its object only ("remove the cap", "mute the music"): the verb carries over
_OBJECT_VERB = re.compile(r"^(?:please\s+)?(?:remove|delete|drop|get\s+rid\s+of|take\s+out|mute|unmute|hide|cut)\b"
                          r"(?=\s+(?:the\s+|image|picture|photo|pic|clip|slide|shot|[a-z0-9\-]+\.[a-z0-9]+))")


_REFERS = re.compile(r"\b(?:ref|what|a|b|file|refs)=(?!None)")


def read(message: str, previous: str, draft: dict | None, media: list[PlannerMedia], lang: Lang, plan: Planner) -> PlanResult | None:
    """The message read after the request that made the current draft, as one message ("change the title to 'SALE',
    now make it red"); the edits that request made are not made again. None when that reading edits nothing."""
    also = _ALSO.match(message.strip().lower())
    verb = _OBJECT_VERB.match(previous.strip().lower())
    if also and verb:  # "remove the cap" then "and the 2nd one too": that verb, of the new thing
        result = plan(f"{verb.group(0).strip()} {also.group('x') or also.group('x2')}", draft, media, lang)
        return result if result.draft is not None else None
    made: list[str] = []
    plan(previous, draft, media, lang, seen=made)
    if not made:  # what the request before asked is not known: nothing is guessed
        return None
    prefix = previous.strip().rstrip(" .!。！~;；,，")
    joint = "，" if re.search(r"[\u4e00-\u9fff]", prefix[-1:]) else ", "
    seen: list[str] = []
    joined = plan(prefix + joint + message.strip(), draft, media, lang, skip=frozenset(made), seen=seen)
    # an edit of the request before, now of more pictures ("remove image 2" then "image 4 too" read as "remove image 2
    # and image 4", on a draft without the old image 2): never; a value said again ("no wait 25") is a correction
    kinds = {m.split(":", 1)[0] for m in made}
    merged = [k for k in seen if k not in made and k.split(":", 1)[0] in kinds and _REFERS.search(k)]
    return joined if joined.draft is not None and not merged else None
