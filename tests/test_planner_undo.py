"""Undo requests the planner reads (the engine reverts them, see test_planner_engine_turns.py)."""

from __future__ import annotations

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.local.planner import plan

CASES = [
    ("undo", 1, None), ("Please undo that.", 1, None), ("can you undo?", 1, None), ("revert the last change", 1, None),
    ("undo the last two edits", 2, None), ("undo twice", 2, None), ("undo the last 3 changes", 3, None),
    ("撤销", 1, None), ("撤回刚才的修改", 1, None), ("撤销两步", 2, None), ("撤销最后两次修改", 2, None),
    ("go back to before the captions", 0, "captions"), ("回到加字幕之前", 0, "captions"),
    ("go back to before I removed the music", 0, "audio"), ("恢复到删除标题之前", 0, "title"),
    ("undo the music change", 0, "audio"),
    # the thing named beside "change"/"edit" or alone; an operation of its own before the thing it was done to
    ("undo the speed change on the unboxing clip", 0, "speed"), ("undo the change to the captions", 0, "captions"),
    ("undo what you did to the title", 0, "title"), ("undo the logo", 0, "overlays"), ("undo the clip trim", 0, "trim"),
    ("undo the order change", 0, "order"), ("undo making it vertical", 0, "format"), ("撤销转场的修改", 0, "transitions"),
    ("undo the end card", 0, "endcard"), ("undo the fade on the title", 0, "title"),
]


@pytest.mark.parametrize(("message", "steps", "before"), CASES)
def test_undo_requests(message: str, steps: int, before: str | None) -> None:
    result = plan(message, base("promo"), MEDIA["promo"])
    assert result.undo and result.draft is None and not result.edited
    if before is None:
        assert (result.undo_steps, result.undo_before) == (steps, None)
    else:
        assert result.undo_before == before


@pytest.mark.parametrize("message", ["go back to the start", "don't undo, make it 20 seconds",
                                     "move the title back to the top"])
def test_not_undo(message: str) -> None:
    assert not plan(message, base("promo"), MEDIA["promo"]).undo


@pytest.mark.parametrize("message", ["undo the sparkle", "undo making the title red and make it 20 seconds",
                                     "撤销那个闪光效果"])
def test_an_undo_of_an_edit_not_told_changes_nothing(message: str) -> None:
    """An undo whose edit cannot be told is said so; read as an edit, "undo making it vertical" made it vertical."""
    result = plan(message, base("promo"), MEDIA["promo"])
    assert result.draft is None and not result.edited and not result.undo
    assert not result.understood and "undo" in result.reply.lower() or "撤销" in result.reply


@pytest.mark.parametrize("message", ["revert the captions back to white", "go back to the old font on the title"])
def test_revert_of_a_look_is_not_an_unclear_undo(message: str) -> None:
    """Only "undo"/"撤销"/"撤回" are undo-only verbs: "revert X back to Y" may be an edit."""
    assert "couldn't tell which edit to undo" not in plan(message, base("promo"), MEDIA["promo"]).reply
