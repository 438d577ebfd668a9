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
