"""The draft format: schema validation, timing rules, track summary and readiness."""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nemo_skill.draft.summary import fmt_seconds, is_ready, summary_line
from nemo_skill.draft.validate import DraftError, validate

EXAMPLE = json.loads((Path(__file__).parent.parent / "docs" / "example-draft.json").read_text())


def test_example_draft_is_valid() -> None:
    assert validate(copy.deepcopy(EXAMPLE)) == EXAMPLE


def test_contract_summary_format_exactly() -> None:
    draft = {
        "t": [
            {"tt": 0, "sg": [{"name": "city timelapse", "s": 0, "d": 10000}]},
            {"tt": 1, "role": "music", "vol": 0.35, "sg": [{"name": "Lo-fi", "s": 0, "d": 10000}]},
            {"tt": 7, "role": "title", "sg": [{"text": "Urban Dreams", "s": 0, "d": 3000}]},
        ]
    }
    assert summary_line(draft) == (
        'Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) '
        '3. Title: "Urban Dreams" (0-3s)'
    )


def test_summary_of_example() -> None:
    line = summary_line(EXAMPLE)
    assert line.startswith("Timeline (5 tracks): 1. Video: red sneaker, blue backpack +3 more (0-30s)")
    assert '4. Title: "Summer Collection" at center (0-3s)' in line
    assert '5. Captions: "Red Sneaker", "Blue Backpack", "Green Watch", "Unboxing", "Gold Ring" (0.5-29.5s)' in line


@pytest.mark.parametrize(
    ("ms", "text"), [(0, "0"), (3000, "3"), (2500, "2.5"), (29999, "30"), (1250, "1.2")]
)
def test_fmt_seconds(ms: int, text: str) -> None:
    assert fmt_seconds(ms) == text


def test_readiness() -> None:
    assert is_ready(EXAMPLE)
    assert not is_ready({"v": 1, "d": 0, "m": {}, "t": []})
    assert not is_ready({"t": [{"tt": 0, "sg": []}]})
    assert not is_ready(None)
    assert not is_ready({"t": "garbage"})


def _broken(mutate) -> dict:
    draft = copy.deepcopy(EXAMPLE)
    mutate(draft)
    return draft


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d.pop("t"), "'t' is a required property"),
        (lambda d: d["m"].update(width=1921), "t"),
        (lambda d: d["t"][0]["sg"][1].update(s=6000), "expected 5900 ms"),
        (lambda d: d.update(d=31000), "last segment ends at 30000"),
        (lambda d: d["t"][0]["sg"][3].update(out=500), "trim out must be after trim in"),
        (lambda d: d["t"][0]["sg"][1].update(tr={"type": "explode", "d": 500}), "explode"),
        (lambda d: d["t"][3]["sg"][0].update(text=""), "text"),
        (lambda d: d["t"][2].update(role="title"), "title"),
    ],
)
def test_invalid_drafts_are_rejected_with_a_path(mutate, fragment: str) -> None:
    with pytest.raises(DraftError) as err:
        validate(_broken(mutate))
    assert fragment in str(err.value)


def test_transition_longer_than_half_a_segment_is_rejected() -> None:
    draft = _broken(lambda d: None)
    segs = draft["t"][0]["sg"]
    segs[1]["tr"] = {"type": "fade", "d": 3500}
    # keep the timing rule satisfied so only the length rule can fail
    segs[1]["s"] = segs[0]["s"] + segs[0]["d"] - 3500
    with pytest.raises(DraftError, match="longer than half"):
        validate(draft)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=5), children, max_size=5),
    max_leaves=30,
)
draft_like = st.fixed_dictionaries(
    {},
    optional={
        "t": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "tt": st.sampled_from([0, 1, 7, 3, "0", None]),
                    "role": st.sampled_from(["music", "voice", "title", "caption", "x", 5]),
                    "n": json_values,
                    "vol": json_values,
                    "mute": json_values,
                    "sg": st.lists(st.dictionaries(st.sampled_from(["s", "d", "name", "text", "vol"]), json_values),
                                   max_size=5) | json_values,
                },
            ),
            max_size=5,
        ) | json_values,
        "d": json_values,
        "m": json_values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft_like | json_values)
def test_summary_and_readiness_never_raise(draft) -> None:
    line = summary_line(draft)
    assert line.startswith("Timeline (")
    assert "\n" not in line
    assert isinstance(is_ready(draft), bool)


@settings(max_examples=200, deadline=None)
@given(draft_like | json_values)
def test_validate_raises_only_draft_error(draft) -> None:
    # anything but DraftError (KeyError, TypeError…) fails the test
    with contextlib.suppress(DraftError):
        validate(draft)


def test_segment_kinds_have_one_home() -> None:
    """The kinds the schema allows are the timeline's constants, and no module outside
    ``draft/timeline.py`` tests a segment's kind against a string literal by hand."""
    import re

    from nemo_skill.draft import timeline

    schema = json.loads((Path(timeline.__file__).parent / "schema.json").read_text())
    kinds = set(re.findall(r'"k": \{"enum": \[([^\]]*)\]', json.dumps(schema))[0].replace('"', "").split(", "))
    assert kinds == {timeline.KIND_IMAGE, timeline.KIND_VIDEO, timeline.KIND_CARD}
    seg = {"k": timeline.KIND_CARD}
    assert timeline.is_card(seg) and not timeline.is_clip(seg) and not timeline.is_image(seg)
    by_hand = re.compile(r'(?:\.get\("k"\)|\["k"\])\s*[!=]=\s*"')
    root = Path(timeline.__file__).parent.parent
    found = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py") if p != Path(timeline.__file__)
             for n, line in enumerate(p.read_text().splitlines(), 1) if by_hand.search(line)]
    assert found == []


def test_away_from_every_position_is_another_position():
    """'Out of the way' of what the shots show: every place has one, a real place, never itself; the middle and the lower
    third go to the nearer edge, a corner to the other corner of its edge."""
    from nemo_skill.draft.styles import POSITIONS, away_from
    for pos in POSITIONS:
        assert away_from(pos) in POSITIONS and away_from(pos) != pos
    assert (away_from("center"), away_from("lower_third"), away_from("top_right")) == ("top", "bottom", "top_left")


def test_summary_of_a_time_past_any_number_says_so() -> None:
    # (found by the property test above on a fresh CI clone: 1e308 + 1e308 ms is inf, and int(inf) raised)
    draft = {"t": [{"tt": 0, "sg": [{"s": 1e308, "d": 1e308}]}]}
    line = summary_line(draft)
    assert line.startswith("Timeline (") and "?" in line, line
    assert fmt_seconds(float("inf")) == "?" and fmt_seconds(2500) == "2.5" and fmt_seconds(3000) == "3"
