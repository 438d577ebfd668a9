"""A rule's branches whose needs are not in the message fail at once (anchors.live): same matches, same groups.
(Every corpus message reads the same with and without it: test_planner_back_on.test_rule_anchors_change_no_reading.)"""

from __future__ import annotations

import re

import pytest

from nemo_skill.local.planner import tidy as tidy_module
from nemo_skill.local.planner.anchors import Finder, _split, branches, first_chars, live
from nemo_skill.local.planner.text import normalize


def test_split_is_the_top_level_alternation() -> None:
    pattern = r"a(?:b|c)|[|\]]x|[]|]y|\|z|(?P<n>q)"
    assert _split(pattern) == ["a(?:b|c)", r"[|\]]x", "[]|]y", r"\|z", "(?P<n>q)"]
    assert "|".join(_split(pattern)) == pattern


def test_a_branch_missing_its_words_keeps_its_groups() -> None:
    pattern = r"\breplace\s+(?P<a>\w+)\s+with\s+(\w+)|(?P<z>.{1,9}?)\s*换成\s*(?P<y>\w+)|(?P<m>music)\s+(\d+)"
    text = "music 30, replace cap with ring"
    pruned = live(pattern, text)
    assert pruned != pattern and "换成" not in pruned  # the Chinese branch cannot match: its verb is not there
    assert re.compile(pruned).groupindex == re.compile(pattern).groupindex
    assert re.compile(pruned).groups == re.compile(pattern).groups
    assert [m.groups() for m in re.finditer(pruned, text)] == [m.groups() for m in re.finditer(pattern, text)]
    assert live(pattern, "replace a with b, music 3, 把音乐换成 song") == pattern  # every branch can match: as it was
    assert branches(r"music\s+\d+") is None  # one branch: nothing to prune


def test_the_finder_finds_every_word_held_overlapping_ones_too() -> None:
    finder = Finder(["音乐", "背景音乐", "music", "mus", "title", ""])
    assert finder.found("把背景音乐调小 music") == {"音乐", "背景音乐", "music", "mus"}
    assert finder.found("subtitles") == {"title"}
    assert finder.found("") == set()
    assert Finder([]).found("anything") == set()


def test_a_rewrite_writing_another_rewrites_anchor_lets_that_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """tidy looks the message's anchor words up once, and again after a rewrite changed the text: a later rewrite
    anchored on the words an earlier one wrote still runs (and one whose words were rewritten away does not)."""
    rewrites = [(r"\bquieter\b", "softer"), (r"\bsofter\b", "lower"), (r"\bloud\b", "gone"), (r"\bgone\b", "x")]
    monkeypatch.setattr(tidy_module.vocab, "REWRITES", rewrites)
    caches = (tidy_module._rewrites, tidy_module._rewrite_anchors, tidy_module._rewrite_needs, tidy_module._rewrite_index)
    for cached in caches:
        cached.cache_clear()
    try:
        msg = normalize("make it quieter")
        assert tidy_module.tidy(msg).low == tidy_module.tidy(msg, use_anchors=False).low
        assert "lower" in tidy_module.tidy(msg).low
    finally:
        for cached in caches:
            cached.cache_clear()


def test_needs_are_every_requirement_of_a_pattern() -> None:
    from nemo_skill.local.planner.anchors import missing, needs

    found = needs(r"\bmake\s+the\s+(?:fade|music)\s+(?:longer|shorter)")
    assert found == (("make",), ("the",), ("fade", "music"), ("longer", "shorter"))
    assert not missing(found, "please make the fades longer") and missing(found, "make the title longer")
    assert needs(r"(?i:title)\s+x") == () and needs(r"[a-z]+") == ()  # ignoring case, or nothing known: never skipped
    assert not missing((), "")


def test_first_chars_of_a_pattern() -> None:
    assert first_chars(r"(?:把|将)?\s*(?:这|那)?音乐") == r"[把将\s这那音]"  # optional words: every one can start it
    assert first_chars(r"(?<![改调])(?:标题|字幕)\b") == "[标字]"  # a lookbehind starts nothing
    assert first_chars(r"[a-c0-9]+x|\d") == r"[a-c0-9\d]"
    assert first_chars(r"(?:no)?\s*") is None  # it can match the empty string: every position starts it
    assert first_chars(r"[^a]b") is None and first_chars(r".x") is None  # any character: unknown
    assert first_chars(r"(?i)title") is None  # ignoring case: not worked out
    # a group ignoring case: the class ignores case (every character the group can start with, in any case)
    assert first_chars(r"(?i:title)\s") == "(?i:[t])" and first_chars(r"x|(?i:y)") == "(?i:[xy])"
    assert re.match(r"(?i:[k])", "\u212a")  # the Kelvin sign is a k, ignoring case: a class ignoring case lets it in
    assert first_chars(r"(?s)a.b") is None  # a global flag opens the pattern: nothing may lead it
    assert first_chars(r"(?!)(?P<x>)|ab") == "[a]"  # a pruned branch (anchors.live) starts nothing


def _is_text_pattern(o: object) -> bool:
    try:
        return isinstance(o, re.Pattern) and isinstance(o.pattern, str)
    except ReferenceError:  # a weak proxy (another test's) whose object is gone: isinstance asks it for its class
        return False


def _led_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Every pattern compiled led by its first characters that is alive now (``anchors.compile_led``, and the phrase
    rules' pruned patterns led by their whole rule's first characters), each beside the pattern it leads: worked back
    from its source ``(?=[…])(?:{pattern})`` at the first cut where both parts compile."""
    import gc

    pairs = []
    for fast in [o for o in gc.get_objects() if _is_text_pattern(o)]:
        source = fast.pattern
        if not (source.startswith(("(?=[", "(?=(?i:[")) and source.endswith(")")):
            continue
        for cut in (i for i in range(len(source)) if source.startswith(")(?:", i)):
            try:
                re.compile(source[3:cut])
                pairs.append((re.compile(source[cut + 4:-1], fast.flags), fast))
                break
            except re.error:
                continue
        else:
            raise AssertionError(f"a led pattern not worked back: {source}")
    return pairs


@pytest.mark.slow
def test_every_led_pattern_matches_as_its_own() -> None:
    """Every pattern the planner compiled led by its first characters (anchors.compile_led; all of the planner's, once
    the corpus has been read) finds the same matches and groups as the pattern itself, in the lower-case reading and in
    the text as typed (a group ignoring case had lost "Red" of "change the title to Red")."""
    import copy

    from planner_corpus import MEDIA, base, load

    from nemo_skill.local.planner import plan
    from nemo_skill.local.planner.text import normalize

    cases = load()[::15]
    for case in cases:  # (the rules that build their patterns per message build them here)
        plan(case.say, copy.deepcopy(base(case.on)), MEDIA[case.on])
    said = "\n".join(c.say for c in cases)
    texts = [said, "\n".join(normalize(c.say).low for c in cases)]
    pairs = _led_patterns()
    assert len(pairs) > 500
    for a, b in pairs:
        assert a.groupindex == b.groupindex
        for text in texts:
            assert [(m.span(), m.groups()) for m in b.finditer(text)] == [
                (m.span(), m.groups()) for m in a.finditer(text)], a.pattern
