"""core._overwritten: an edit that a later edit of the same kind, or a removal of its thing, leaves no trace of is
neither made nor said (the reply said "enters with a pop" and then "typewriter" for one change)."""

from __future__ import annotations

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.local.planner import plan


@pytest.mark.parametrize("say, gone, kept", [
    ("the title pops in, i don't like that, make it type out", "pop", "typewriter"),
    ("the music is too loud, remove that one", "lowered", "removed"),
    ("make the title red, then make it blue", "red", "blue"),
])
def test_a_trace_less_edit_is_not_said(say: str, gone: str, kept: str) -> None:
    result = plan(say, base("promo"), MEDIA["promo"])
    assert result.draft is not None, result.reply
    assert kept in result.reply and gone not in result.reply, result.reply


@pytest.mark.parametrize("say, both", [
    ("make the captions yellow and bigger", ("yellow", "size")),  # the same kind, two settings: both stay
    ("lower the music to 20% and then mute it", ("20%", "muted")),  # the level stays under the mute
])
def test_edits_that_both_leave_a_trace_are_both_said(say: str, both: tuple[str, str]) -> None:
    result = plan(say, base("promo"), MEDIA["promo"])
    assert result.draft is not None, result.reply
    assert all(word in result.reply for word in both), result.reply
