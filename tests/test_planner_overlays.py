"""The overlay edit (planner/edits/overlays.py) read by frames: a logo's place, width, opacity and look said as values
of a frame whose target is the overlay; a sticker by what it is called. Requests as people phrase them are in
tests/planner_requests/wave9_o.yaml (run by the corpus test)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import ROLE_OVERLAY
from nemo_skill.local.planner import plan
from nemo_skill.local.planner.edits.overlays import _called


def _overlays(draft: dict) -> list[dict]:
    return [s for t in draft["t"] if t.get("role") == ROLE_OVERLAY for s in t["sg"]]


@pytest.mark.parametrize(("text", "want"), [
    ("add the sale sticker", "sale"),
    ("add the sticker", ""),
    ("加上那个促销贴纸", "促销"),
    ("再加一个新品贴纸", "新品"),
    ("加上贴纸", ""),
])
def test_a_sticker_is_called_by_the_words_before_its_noun(text: str, want: str) -> None:
    assert _called(text) == want


@pytest.mark.parametrize(("say", "field", "want"), [
    ("logo width 15% please", "w", 0.15),
    ("logo opacity 70%", "opacity", 0.7),
    ("水印做成半透明", "opacity", 0.5),
    ("make the logo 30% transparent", "opacity", 0.7),
])
def test_a_placed_logos_look_is_read_from_its_frame(say: str, field: str, want: float) -> None:
    result = plan(say, copy.deepcopy(base("logo_placed")), MEDIA["logo_placed"])
    assert result.draft is not None, result.reply
    (seg,) = _overlays(result.draft)
    assert seg["place"][field] == pytest.approx(want)


def test_a_place_said_after_the_logo_is_the_logos() -> None:
    result = plan("把logo缩小一点，放到左上角", copy.deepcopy(base("logo_placed")), MEDIA["logo_placed"])
    assert result.draft is not None, result.reply
    (seg,) = _overlays(result.draft)
    assert seg["place"]["pos"] == "top_left" and seg["place"]["w"] < 0.12


@pytest.mark.parametrize("say", ["加上那个彩虹贴纸，放右下角", "add the rainbow sticker in the top left"])
def test_a_sticker_not_uploaded_places_nothing(say: str) -> None:
    result = plan(say, copy.deepcopy(base("logo")), MEDIA["logo"])
    assert result.draft is None or not _overlays(result.draft), result.reply
