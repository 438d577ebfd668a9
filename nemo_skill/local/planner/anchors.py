"""What a regex cannot match without: the strings one of which every text it matches holds.

A rule's pattern is tried at every position of the message; a substring test first skips the rules whose anchors are
not there. Rules run on every message, and on a 4000-character one each regex scan costs ~0.3 ms (measured; see
``parse.Scan.take`` and ``tidy.tidy``, which both use this).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]
from typing import Any

Anchors = tuple[str, ...] | None  # one of these strings is in every text the pattern matches; None: not known


def _best(options: list[tuple[str, ...]]) -> Anchors:
    """Of several requirements that all hold, the most selective: the one whose shortest string is longest."""
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _anchors(items: list[tuple[Any, Any]]) -> Anchors:
    """What a parsed regex (``re._parser``) cannot match without: a string out of a tuple, or None. A run of literal
    characters is one string; an alternation needs one of its branches' strings (all branches must have some);
    a group or a repeat of at least once needs its inner one; anything else (a class, a lookaround) needs nothing."""
    options: list[tuple[str, ...]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _C.LITERAL:
            run += chr(arg)
            continue
        if run:
            options.append((run,))
            run = ""
        found: Anchors = None
        if op is _C.SUBPATTERN:
            found = _anchors(list(arg[-1]))
        elif op is _C.BRANCH:
            branches = [_anchors(list(b)) for b in arg[1]]
            found = None if any(b is None for b in branches) else tuple(dict.fromkeys(w for b in branches if b for w in b))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and arg[0] >= 1:
            found = _anchors(list(arg[2]))
        if found:
            options.append(found)
    return _best(options)


def anchors(pattern: str) -> Anchors:
    """The strings one of which a text must hold for ``pattern`` to match it (None when unknown, or when the pattern
    ignores case: the anchors are compared with the lower-case reading)."""
    compiled = re.compile(pattern)
    if compiled.flags & re.IGNORECASE or "(?i" in pattern:
        return None
    found = _anchors(list(_P.parse(pattern)))
    return found if found and all(w == w.lower() for w in found) else None


@lru_cache(maxsize=2048)
def cached(pattern: str) -> Anchors:
    """``anchors`` of a pattern string, kept: the rules build their patterns per call."""
    return anchors(pattern)


def absent(found: Anchors, text: str) -> bool:
    """True when ``text`` holds none of the anchors, so the pattern cannot match it."""
    return found is not None and not any(w in text for w in found)
