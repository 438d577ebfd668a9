"""A rule's branches whose needs are not in the message fail at once (anchors.live): same matches, same groups.
(Every corpus message reads the same with and without it: test_planner_back_on.test_rule_anchors_change_no_reading.)"""

from __future__ import annotations

import re

from nemo_skill.local.planner.anchors import _split, branches, live


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
