"""The reference grammar (planner/refs.py): several pictures at once, pictures by what they show, places;
a reference that can mean two pictures asks. Requests as people phrase them are in
tests/planner_requests/refs_positions.yaml (run by the corpus test)."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner import PlannerMedia, plan
from nemo_skill.local.planner.refs import Place, Ref, name_rx, parse_place, parse_ref
from nemo_skill.local.planner.text import normalize


def _low(text: str) -> str:
    return normalize(text).low


@pytest.mark.parametrize(("text", "want"), [
    ("the last two images", Ref(kind="image", many=(-2, -1))),
    ("the first 3 photos", Ref(kind="image", many=(1, 2, 3))),
    ("images 2 and 4", Ref(kind="image", many=(2, 4))),
    ("pictures 1, 3 and 5", Ref(kind="image", many=(1, 3, 5))),
    ("the second and fourth slides", Ref(kind="any", many=(2, 4))),
    ("the first and last photo", Ref(kind="image", many=(1, -1))),
    ("前两张照片", Ref(kind="image", many=(1, 2))),
    ("后三张", Ref(kind="any", many=(-3, -2, -1))),
    ("第2张和第4张图片", Ref(kind="image", many=(2, 4))),
    ("第1、3张", Ref(kind="any", many=(1, 3))),
    ("最后一张", Ref(-1, "any")),
    ("the third clip", Ref(3, "video")),
    ("第 3 张 picture", Ref(3, "image")),
    ("the gold ring shot", Ref(name="gold ring shot")),
])
def test_references(text: str, want: Ref) -> None:
    assert parse_ref(_low(text)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("as the second picture", Place("index", n=2)),
    ("into third place", Place("index", n=3)),
    ("position 4", Place("index", n=4)),
    ("to the very end", Place("end")),
    ("as the opening shot", Place("start")),
    ("right after the sneaker", Place("after", anchor="the sneaker")),
    ("in front of the last picture", Place("before", anchor="the last picture")),
    ("between the watch and the ring", Place("between", anchor="the watch", other="the ring")),
    ("最前面", Place("start")),
    ("第二个位置", Place("index", n=2)),
    ("第2张后面", Place("after", anchor="第2张")),
    ("green-watch前面", Place("before", anchor="green-watch")),
    ("第2张和第3张之间", Place("between", anchor="第2张", other="第3张")),
    ("so", None),
])
def test_places(text: str, want: Place | None) -> None:
    assert parse_place(_low(text)) == want


def test_pictures_by_what_they_show() -> None:
    rx = name_rx(("red-sneaker", "gold-ring", "silver-headphones", "unboxing.mp4"))
    assert rx is not None
    found = {t: [m.group(0) for m in rx.finditer(t)] for t in (
        "the gold ring shot is too short", "remove the headphones shot, we're sold out", "gold-ring那张放6秒",
        "trim the unboxing clip", "delete the sneaker and the ring", "make the captions gold and red")}
    assert found == {
        "the gold ring shot is too short": ["the gold ring shot"],
        "remove the headphones shot, we're sold out": ["the headphones shot"],
        "gold-ring那张放6秒": ["gold-ring那张"],
        "trim the unboxing clip": ["the unboxing clip"],
        "delete the sneaker and the ring": ["the sneaker and the ring"],
        "make the captions gold and red": [],  # colours name no picture
    }


WATCHES = [PlannerMedia("m_a", "green-watch.jpg", "image", width=1200, height=1200),
           PlannerMedia("m_b", "gold-watch.jpg", "image", width=1200, height=1200),
           PlannerMedia("m_c", "red-sneaker.jpg", "image", width=1200, height=1200)]


def _first_cut() -> dict:
    result = plan("make a 15 second video from these", None, WATCHES)
    assert result.draft is not None
    return result.draft


def _order(draft: dict) -> list[str]:
    return [s["mid"] for s in draft["t"][0]["sg"]]


@pytest.mark.parametrize("request_", ["remove the watch", "make the watch 5 seconds", "把watch那张移到最后",
                                      "make that one 4 seconds", "swap them"])
def test_a_reference_with_two_readings_asks(request_: str) -> None:
    result = plan(request_, _first_cut(), WATCHES)
    assert result.question and result.draft is None, result.reply
    if "watch" in request_:
        assert "green-watch" in result.reply and "gold-watch" in result.reply


def test_several_move_together() -> None:
    result = plan("move the green watch and the sneaker to the start", _first_cut(), WATCHES)
    assert result.draft is not None, result.reply
    assert _order(result.draft) == ["m_a", "m_c", "m_b"]


def test_a_whole_name_is_one_picture() -> None:
    result = plan("remove the gold watch", _first_cut(), WATCHES)
    assert result.draft is not None, result.reply
    assert _order(result.draft) == ["m_a", "m_c"]


@pytest.mark.parametrize("request_", ["remove the last 4 pictures", "move image 2 to position 7",
                                      "move the sneaker between the two watches", "move the watch after the watch",
                                      "remove the strap from the gold watch photo"])
def test_a_reference_the_draft_cannot_take_changes_nothing(request_: str) -> None:
    result = plan(request_, _first_cut(), WATCHES)
    assert result.draft is None and not result.edited, result.reply


SALE = [PlannerMedia("m_s", "summer-sale.jpg", "image", width=1200, height=1200),
        PlannerMedia("m_w", "green-watch.jpg", "image", width=1200, height=1200)]


def test_a_name_word_in_a_sentence_is_no_reference() -> None:
    """With summer-sale.jpg on the timeline, "a summer sale video" is the video, not that picture: no reference
    is read there (whether the guard then lets the length through is its own policy), and the picture stays."""
    rx = name_rx(("summer-sale", "green-watch"))
    assert rx is not None and not rx.search("make it a 20 second summer sale video")
    draft = plan("make a 15 second video from these", None, SALE).draft
    assert draft is not None
    result = plan("make it a 20 second summer sale video", draft, SALE)
    after = result.draft or draft
    assert [s["mid"] for s in after["t"][0]["sg"]] == ["m_s", "m_w"] and after["d"] in (15000, 20000), result.reply
    removed = plan("remove the summer sale shot", draft, SALE)
    assert removed.draft is not None and [s["mid"] for s in removed.draft["t"][0]["sg"]] == ["m_w"], removed.reply
