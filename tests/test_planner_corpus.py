"""The request corpus: at least 500 requests (150+ in Chinese) as people and host agents phrase them, each with
what the draft must show afterwards, or "asks" (a question, nothing changed) or "none" (not an edit).

The planner must reach 97 % with zero wrong edits; every failure is printed.
"""

from __future__ import annotations

import re

import pytest
from planner_corpus import GROUP, load, run

CASES = load()


def test_corpus_size() -> None:
    assert len(CASES) >= 500, len(CASES)
    assert sum(1 for c in CASES if re.search(r"[\u4e00-\u9fff]", c.say)) >= 150
    assert len({(c.say, c.on) for c in CASES}) == len(CASES), "a request is listed twice for the same draft"


@pytest.mark.slow
@pytest.mark.xdist_group(GROUP)
def test_corpus() -> None:
    outcomes = [run(c) for c in CASES]
    failures = [o for o in outcomes if not o.ok]
    wrong = [o for o in failures if o.wrong]
    for o in failures:
        print(("WRONG " if o.wrong else "MISS  ") + o.case.label() + "\n      " + o.detail)
    rate = 1 - len(failures) / len(outcomes)
    print(f"corpus: {len(outcomes) - len(failures)}/{len(outcomes)} = {rate:.1%}, wrong edits: {len(wrong)}")
    assert not wrong, f"{len(wrong)} wrong edits (printed above)"
    assert rate >= 0.97, f"{rate:.1%} < 97 % (failures printed above)"


@pytest.mark.xdist_group(GROUP)
def test_the_corpus_tests_share_one_worker(request: pytest.FixtureRequest) -> None:
    """Under ``--dist loadgroup`` the tests marked with GROUP run on one worker and so read one plan of each request
    (``planned``); when the grouping is lost (pytest 9.2 with pytest-xdist 3.8 dropped it silently) each planned the
    corpus again, a minute and a half of make test."""
    if getattr(request.config.option, "loadgroup", False):
        assert request.node.nodeid.endswith("@" + GROUP), request.node.nodeid


def test_first_cut_requests_are_read_whole() -> None:
    """A first cut's own words ("combine these images and audio into…") are never reported as not understood
    (the README's request once ended with "I did not understand this part: 'combine these images'")."""
    from planner_corpus import FIRST_CUTS, MEDIA

    from nemo_skill.local.planner import plan

    requests = [*FIRST_CUTS.values(),
                "combine these five product images and this voiceover into a 30-second promotional video "
                "with text overlays", "merge all the clips and the music into a 20 second reel"]
    for request in requests:
        result = plan(request, None, MEDIA["promo"] + MEDIA["twoclips"][3:5])
        assert result.edited, (request, result.reply)
        assert "did not understand" not in result.reply, (request, result.reply)


def test_an_order_naming_other_pictures_allows_adding_or_removing_them() -> None:
    """The judge: ``first = m_img5`` on a timeline without m_img5 can only hold once it was added, so the change of
    the pictures is no wrong edit; ``first = m_img1`` (already first) allows no picture to go."""
    from planner_corpus import Case, parse_check, run

    added = run(Case("add gold-ring.jpg as the first picture", "extra", (parse_check("first = m_img5"),), "t"))
    assert added.ok, added.detail
    removed = run(Case("remove the second picture", "promo", (parse_check("first = m_img1"),), "t"))
    assert removed.wrong and "visuals" in removed.detail, removed.detail


def test_a_fade_colour_may_be_checked_by_its_hex() -> None:
    from planner_corpus import Case, parse_check, run

    for value in ("black", "#000000"):
        assert run(Case("fade out to black at the end", "promo", (parse_check("fade.out > 0"),
                                                                  parse_check(f"fade.color = {value}")), "t")).ok
    assert not run(Case("fade out to black at the end", "promo", (parse_check("fade.color = #ffffff"),), "t")).ok


def test_a_first_naming_a_new_picture_allows_no_other_to_go() -> None:
    """``first = m_img5`` allows gold-ring.jpg added, not another picture removed for it (a replace)."""
    from planner_corpus import Case, parse_check, run

    replaced = run(Case("replace the first picture with gold-ring.jpg", "extra", (parse_check("first = m_img5"),), "t"))
    assert replaced.wrong and "visuals" in replaced.detail, replaced.detail


def test_has_and_lacks_name_a_whole_item() -> None:
    """``visuals lacks m_clip`` holds once clip.mp4 is gone though m_clip2 stays; ``has clip`` names clip.mp4 by its
    name; a part of an id or a name is no item."""
    from planner_corpus import base, parse_check

    from nemo_skill.draft.timeline import main_track

    draft = base("twoclips")
    assert parse_check("visuals has m_clip").holds(draft) and parse_check("visuals has clip").holds(draft)
    assert not parse_check("visuals has m_cli").holds(draft) and not parse_check("visuals has unbox").holds(draft)
    track = main_track(draft)
    assert track is not None
    track["sg"] = [s for s in track["sg"] if s.get("mid") != "m_clip"]
    assert parse_check("visuals lacks m_clip").holds(draft) and parse_check("visuals has m_clip2").holds(draft)
