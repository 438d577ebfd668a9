"""Set M wordings that need a draft the corpus bases do not have (an end card already there)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base, main_segments

from nemo_skill.local.planner import plan


def _cards(draft: dict) -> list[dict]:
    return [s for s in main_segments(draft) if s.get("k") == "card"]


@pytest.mark.parametrize("say", ["take off the outro", "take the end card off", "take away the call to action"])
def test_end_card_taken_off(say: str) -> None:
    with_card = plan("finish on a card saying 'Order today'", base("promo"), MEDIA["promo"]).draft
    assert with_card is not None and _cards(with_card)
    result = plan(say, copy.deepcopy(with_card), MEDIA["promo"])
    assert result.draft is not None, result.reply
    assert not _cards(result.draft), result.reply
