"""What a regex cannot match without: the strings one of which every text it matches holds.

A rule's pattern is tried at every position of the message; a substring test first skips the rules whose anchors are
not there. Rules run on every message, and on a 4000-character one each regex scan costs ~0.3 ms (measured; see
``parse.Scan.take`` and ``tidy.tidy``, which both use this).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

Anchors = tuple[str, ...] | None  # one of these strings is in every text the pattern matches; None: not known
Needs = tuple[tuple[str, ...], ...]  # every requirement: each a tuple one of whose strings is in every text it matches


def _best(options: list[tuple[str, ...]]) -> Anchors:
    """Of several requirements that all hold, the most selective: the one whose shortest string is longest."""
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _anchors(items: list[tuple[Any, Any]]) -> Anchors:
    """What a parsed regex (``re._parser``) cannot match without: a string out of a tuple, or None (the most
    selective of ``_needs``)."""
    return _best(_needs(items))


def _needs(items: list[tuple[Any, Any]]) -> list[tuple[str, ...]]:
    """Everything a parsed regex (``re._parser``) cannot match without, each a tuple of strings one of which must be
    there (all of them hold at once). A run of literal characters is one string; an alternation needs one of its
    branches' strings (all branches must have some); a group or a repeat of at least once needs its inner one;
    anything else (a class, a lookaround) needs nothing."""
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
    return options


def anchors(pattern: str) -> Anchors:
    """The strings one of which a text must hold for ``pattern`` to match it (None when unknown, or when the pattern
    ignores case: the anchors are compared with the lower-case reading)."""
    parsed = _P.parse(pattern)  # parsed, not compiled: compiling it as well cost ~2 s of the engine's start
    if parsed.state.flags & re.IGNORECASE or "(?i" in pattern:
        return None
    found = _anchors(list(parsed))
    return found if found and all(w == w.lower() for w in found) else None


def needs(pattern: str) -> Needs:
    """Every requirement ``pattern`` cannot match without (``_needs``), each a tuple of strings one of which a text must
    hold; () when none is known or when the pattern ignores case. A text must meet them all: ``anchors`` is the most
    selective one. On the bench's 4000-character message without punctuation the rewrites due by their anchors alone
    were 465 of 2533 (39 ms of regex scans), by all their requirements 148 (12 ms): a long message holds "make" and
    "the" and so on, seldom every word of one phrasing."""
    parsed = _P.parse(pattern)
    if parsed.state.flags & re.IGNORECASE or "(?i" in pattern:
        return ()
    return _lower_case(_needs(list(parsed)))


def _lower_case(found: list[tuple[str, ...]]) -> Needs:
    """The requirements whose strings are all lower case (the message is read in lower case)."""
    return tuple(n for n in found if all(w == w.lower() for w in n))


def missing(found: Needs, text: str) -> bool:
    """True when ``text`` lacks one of the requirements ``found`` (``needs``), so the pattern cannot match it."""
    return any(not any(w in text for w in need) for need in found)


# --- analyses kept --------------------------------------------------------------------------------------------------
# Analysing the rules' ~5600 patterns (``anchors``, ``first_chars``, ``branches``) took ~3.5 s of an engine's start on
# top of compiling them (~1 s): every engine paid it again, as its warm-up's first plan. The analyses depend only on the
# pattern strings and this module, so an engine keeps them in a file between starts (``nemo_skill.local.pattern_cache``,
# which does the I/O: the planner stays pure) and hands them back here.

# Analyses are recorded while the planner's modules are imported (their module-level patterns) and within
# ``recording()`` (the engine's warm-up plan, made before it serves any turn), so the file holds the rules' own patterns;
# rules also build patterns per call from a draft's names and words, and those stay in this process's bounded caches.

_KEPT: dict[str, dict[str, Any]] = {"anchors": {}, "needs": {}, "first": {}, "branches": {}}
_RECORDING = [True]  # until the planner package has imported its modules (its __init__ calls ``seal``)


def longest(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: longest first (so no word's prefix steals its match), then
    alphabetical, so a pattern built from a set is the same string in every process (the kept analyses are found by
    the pattern's text; sets iterate in a per-process order)."""
    return -len(word), word


def kept() -> dict[str, dict[str, Any]]:
    """Every analysis recorded or adopted in this process, by kind ("anchors", "first", "branches") and pattern."""
    return _KEPT


def kept_count() -> int:
    return sum(map(len, _KEPT.values()))


def seal() -> None:
    """Record no more analyses outside ``recording()`` (those kept are still used)."""
    _RECORDING[0] = False


@contextmanager
def recording() -> Iterator[None]:
    """Record the analyses made meanwhile (by any thread: the engine's warm-up holds off chat turns)."""
    _RECORDING[0] = True
    try:
        yield
    finally:
        _RECORDING[0] = False


def _tuples(found: Any) -> Any:
    """A list read back from JSON as the tuple it was (nested lists too); None and strings as they are."""
    return tuple(map(_tuples, found)) if isinstance(found, list) else found


def adopt(analyses: dict[str, dict[str, Any]]) -> int:
    """Take analyses made by another process (``kept()`` read back from JSON: lists for tuples); returns how many."""
    count = 0
    for kind, table in _KEPT.items():
        for pattern, found in analyses.get(kind, {}).items():
            table[pattern] = _tuples(found)
            count += 1
    return count


_MISSING = object()


def _kept(kind: str, pattern: str, analyse: Any) -> Any:
    """The analysis ``kind`` of ``pattern``: adopted or recorded, else ``analyse`` (bounded cache) and recorded."""
    table = _KEPT[kind]
    found = table.get(pattern, _MISSING)
    if found is _MISSING:
        found = analyse(pattern)
        if _RECORDING[0]:
            table[pattern] = found
    return found


_anchors_kept = lru_cache(maxsize=2048)(anchors)


def cached(pattern: str) -> Anchors:
    """``anchors`` of a pattern string, kept: the rules build their patterns per call."""
    found: Anchors = _kept("anchors", pattern, _anchors_kept)
    return found


_needs_kept = lru_cache(maxsize=2048)(needs)


def cached_needs(pattern: str) -> Needs:
    """``needs`` of a pattern string, kept."""
    found: Needs = _kept("needs", pattern, _needs_kept)
    return found


class Finder:
    """Which of many anchor words a text holds, found in one pass over it (an Aho-Corasick automaton, pyahocorasick):
    ``tidy`` asked ``w in text`` of its 1320 rewrites' 3535 anchors one by one, ~20 % of planning a short message
    (cProfile over 600 corpus messages)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for w in {w for w in words if w}:
            self._automaton.add_word(w, w)
        self._automaton.make_automaton()

    def found(self, text: str) -> set[str]:
        """The words that occur in ``text`` (overlapping ones too: "背景音乐" holds "音乐")."""
        if not len(self._automaton):
            return set()
        return {w for _, w in self._automaton.iter(text)}


# --- branches -------------------------------------------------------------------------------------------------------
# A rule is often one alternation of many phrasings, English and Chinese; the whole pattern's anchors are the union of
# its branches', so one common word ("音乐", "start") lets every branch be tried at every position of the message. On a
# 4000-character message a Chinese branch led by a 60-character name cost 19 ms though its verb (换成) was nowhere in
# the text, and three Chinese branches of the clip-start rule 12 ms on English text (measured: bench/planner.py's
# "mixed English and Chinese" and "no punctuation" shapes). A branch whose needs are not all in the text cannot match
# there: it is replaced by a branch that fails at once and keeps its groups, so the rule reads the same.

def _split(pattern: str) -> list[str]:
    """The pattern's top-level alternatives, as source text (joined by "|" they are the pattern again)."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # "[]…]": a "]" first in a class is a character
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


Branch = tuple[str, tuple[tuple[str, ...], ...], str]  # source, what it needs, a stub failing at once with its groups


def branches(pattern: str) -> tuple[Branch, ...] | None:
    """The top-level branches of ``pattern`` with what each needs (None: one branch, or anchors unknown); kept."""
    found: tuple[Branch, ...] | None = _kept("branches", pattern, _branches)
    return found


@lru_cache(maxsize=2048)
def _branches(pattern: str) -> tuple[Branch, ...] | None:
    parts = _split(pattern)
    if len(parts) < 2 or cached(pattern) is None:
        return None
    out: list[Branch] = []
    for part in parts:
        parsed = _P.parse(part)
        needs = _lower_case(_needs(list(parsed)))
        names = {i: n for n, i in parsed.state.groupdict.items()}
        stub = "(?!)" + "".join(f"(?P<{names[i]}>)" if i in names else "()" for i in range(1, parsed.state.groups))
        out.append((part, needs, stub))
    return tuple(out)


class Presence:
    """``missing`` for one message read by many rules, each string looked for in it once. The rules blank what they take
    (``parse.Scan.take`` writes ';' over it), which only takes strings away: one found absent stays absent, and one found
    present and later blanked only has a pattern tried that finds nothing. (A string holding ';' or a space, which
    blanking writes, is looked for each time.) On a 4000-character message each of the ~200 rules looked for its
    strings in the whole text again: ``missing`` was ~8 ms of a plan under cProfile."""

    def __init__(self) -> None:
        self._seen: dict[str, bool] = {}

    def lacks(self, found: Needs, text: str) -> bool:
        seen = self._seen
        for need in found:
            for w in need:
                has = seen.get(w)
                if has is None:
                    has = w in text
                    if ";" not in w and " " not in w:
                        seen[w] = has
                if has:
                    break
            else:
                return True
        return False


def live(pattern: str, text: str, presence: Presence | None = None) -> str:
    """``pattern`` with each branch that cannot match ``text`` (one of its needs absent) failing at once; the same
    matches, groups and group numbers."""
    found = branches(pattern)
    if found is None:
        return pattern
    lacks = presence.lacks if presence is not None else missing
    parts = [stub if lacks(needs, text) else part for part, needs, stub in found]
    return "|".join(parts)


# --- first characters ------------------------------------------------------------------------------------------------
# Python's regex engine skips ahead only for a pattern that opens with a literal or a character class; one that opens
# with an optional word ("(?:把|将)?\s*(?:这|那)?…", most of the Chinese rewrites) is tried in full at every position of
# the message. A lookahead of the characters a match can start with makes each position that starts nothing fail on one
# class test.

_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_WORD: r"\w"}


def _class(items: list[tuple[Any, Any]]) -> list[str] | None:
    """A character class (``IN``) as class source fragments; None for a negated one or an unusual category."""
    out: list[str] = []
    for op, arg in items:
        if op is _C.LITERAL:
            out.append(re.escape(chr(arg)))
        elif op is _C.RANGE:
            out.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is _C.CATEGORY and arg in _CATEGORIES:
            out.append(_CATEGORIES[arg])
        else:
            return None
    return out


def _firsts(items: list[tuple[Any, Any]], folded: list[bool]) -> tuple[list[str] | None, bool]:
    """(class fragments of the characters a match can start with, or None when unknown; whether it can match empty).
    ``folded`` is set when a group that ignores case can start it: the class must then ignore case too."""
    out: list[str] = []
    for op, arg in items:
        found: list[str] | None
        if op is _C.LITERAL:
            return [*out, re.escape(chr(arg))], False
        if op is _C.IN:
            found = _class(list(arg))
            return (None, False) if found is None else ([*out, *found], False)
        if op is _C.ASSERT_NOT and not list(arg[1]):  # "(?!)": matches nowhere (``live``'s stub of a pruned branch)
            return out, False
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # zero-width: the next item starts the match
            continue
        if op is _C.SUBPATTERN and arg[1] & re.IGNORECASE:
            # "(?i:title)": either case starts it, and what else case folding matches ("K", the Kelvin sign, is a k):
            # the whole class is then tested ignoring case, which holds every character it held before and more, never
            # fewer (a group ignoring case led by a class that did not had lost "Red" of "change the title to Red")
            folded[0] = True
        if op is _C.SUBPATTERN or op is _C.ATOMIC_GROUP:
            found, empty = _firsts(list(arg[-1] if op is _C.SUBPATTERN else arg), folded)
        elif op is _C.BRANCH:
            found, empty = [], False
            for branch in arg[1]:
                part, part_empty = _firsts(list(branch), folded)
                if part is None:
                    return None, False
                found, empty = found + part, empty or part_empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            found, empty = _firsts(list(arg[2]), folded)
            empty = empty or arg[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        out += found
        if not empty:
            return out, False
    return out, True


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def first_chars(pattern: str) -> str | None:
    """A character class (source) holding every character a match of ``pattern`` can start with; None when unknown,
    when the pattern can match the empty string, or when it ignores case as a whole (a flag); one with a group ignoring case
    that can start it gets a class ignoring case."""
    if _GLOBAL_FLAGS.match(pattern):  # "(?i)…": a flag group must open the pattern, before any lookahead
        return None
    parsed = _P.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    folded = [False]
    found, empty = _firsts(list(parsed), folded)
    if found is None or empty or not found:
        return None
    # (ignoring case: a message with no word of the pattern's in any case now fails each position on one class test, where
    # the whole pattern was tried: the text's 'title says …' rule was 6-30 ms of a 4000-character message)
    return ("(?i:[" if folded[0] else "[") + "".join(dict.fromkeys(found)) + ("])" if folded[0] else "]")


_first_chars = lru_cache(maxsize=4096)(first_chars)


def cached_first(pattern: str) -> str | None:
    """``first_chars`` of a pattern string, kept: the phrase rules build their patterns per call."""
    found: str | None = _kept("first", pattern, _first_chars)
    return found


def led(pattern: str, first: str | None) -> str:
    """``pattern`` led by the lookahead ``first`` (``first_chars`` of it, or of a pattern it was pruned from)."""
    return pattern if first is None else f"(?={first})(?:{pattern})"


@lru_cache(maxsize=4096)
def compile_led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of ``pattern`` led by a lookahead of its first characters, where they are known: the same
    matches, groups and flags; kept, as ``re.compile`` keeps what it compiled (some rules build their patterns per
    call)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return re.compile(pattern, flags)
    return re.compile(led(pattern, cached_first(pattern)), flags)
