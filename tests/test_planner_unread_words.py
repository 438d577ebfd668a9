"""A part of a message not understood is quoted as the person said it: rewrites must not add words to it (a length's
unit carried to "move image 2", a second "the" before "the title")."""

from __future__ import annotations

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.local.planner import plan


@pytest.mark.parametrize("say, quoted, never", [
    ("make it 20 seconds and move image 2", "'move image 2'", "move image 2 seconds"),
    ("the title should be the first thing people see", "the title", "the the"),
])
def test_unread_part_is_quoted_as_said(say: str, quoted: str, never: str) -> None:
    result = plan(say, base("promo"), MEDIA["promo"])
    assert quoted in result.reply and never not in result.reply, result.reply
