"""Property tests for the draft parser/validator and the track summary, on drafts built to be valid.

tests/test_draft.py throws junk at both; here hypothesis builds real timelines (sequential main video
with transitions, audio beds, text overlays with any Unicode) and checks what must hold for every one:
the validator accepts them and rejects each single timing break, and the summary is one line that
counts, numbers and times the tracks exactly.
"""

from __future__ import annotations

import copy
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nemo_skill.draft.summary import fmt_seconds, is_ready, summary_line, track_line
from nemo_skill.draft.validate import DraftError, end_ms, validate

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TRANSITIONS = ["none", "fade", "dissolve", "wipeleft", "slideleft", "circleopen", "pixelize"]
any_text = st.text(min_size=1, max_size=60).filter(lambda s: s.strip())


@st.composite
def main_track(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 8))
    segs = []
    start = 0
    for i in range(n):
        dur = draw(st.integers(100, 20000))
        seg = {"id": f"v{i}", "mid": f"m{i}", "k": draw(st.sampled_from(["image", "video"])),
               "name": draw(any_text), "s": start, "d": dur}
        if i > 0:
            ttype = draw(st.sampled_from(TRANSITIONS))
            limit = min(segs[-1]["d"], dur) // 2
            tdur = draw(st.integers(0, min(limit, 5000)))
            seg["tr"] = {"type": ttype, "d": tdur}
            overlap = 0 if ttype == "none" else tdur
            seg["s"] = start = segs[-1]["s"] + segs[-1]["d"] - overlap
        if seg["k"] == "video" and draw(st.booleans()):
            trim_in = draw(st.integers(0, 5000))
            seg["in"] = trim_in
            seg["out"] = trim_in + dur
        segs.append(seg)
        start = seg["s"] + seg["d"]
    return {"id": "main", "tt": 0, "n": "Video", "role": "main", "sg": segs}


@st.composite
def side_track(draw: st.DrawFn, idx: int) -> dict:
    tt = draw(st.sampled_from([1, 7]))
    segs = []
    for j in range(draw(st.integers(0, 4))):
        s = draw(st.integers(0, 30000))
        if tt == 1:
            segs.append({"id": f"a{idx}_{j}", "mid": f"am{j}", "name": draw(any_text), "s": s,
                         "d": draw(st.integers(1, 30000)), "vol": draw(st.floats(0, 2))})
        else:
            segs.append({"id": f"x{idx}_{j}", "text": draw(st.text(min_size=1, max_size=80)), "s": s,
                         "d": draw(st.integers(100, 30000))})
    role = draw(st.sampled_from(["voice", "music", "sfx"] if tt == 1 else ["title", "caption", "lower_third"]))
    track = {"id": f"t{idx}", "tt": tt, "role": role, "sg": segs}
    if tt == 1 and draw(st.booleans()):
        track["vol"] = draw(st.floats(0, 2))
    return track


@st.composite
def valid_drafts(draw: st.DrawFn) -> dict:
    tracks = [draw(main_track())]
    tracks += [draw(side_track(i)) for i in range(draw(st.integers(0, 5)))]
    draw(st.randoms()).shuffle(tracks)
    draft = {"v": 1, "d": 0, "m": {"width": 1920, "height": 1080, "fps": 30, "title": draw(st.text(max_size=50))},
             "t": tracks}
    draft["d"] = end_ms(draft)
    return draft


@SETTINGS
@given(valid_drafts())
def test_built_drafts_validate_and_survive_json(draft: dict) -> None:
    assert validate(copy.deepcopy(draft)) == draft
    assert validate(json.loads(json.dumps(draft, ensure_ascii=False))) == draft


@SETTINGS
@given(valid_drafts())
def test_summary_counts_numbers_and_times_every_non_empty_track(draft: dict) -> None:
    line = summary_line(draft)
    assert "\n" not in line and "\r" not in line
    shown = [t for t in draft["t"] if t["sg"]]
    assert is_ready(draft) == bool(shown)
    if not shown:
        assert line == "Timeline (0 tracks): empty"
        return
    noun = "track" if len(shown) == 1 else "tracks"
    assert line.startswith(f"Timeline ({len(shown)} {noun}): 1. ")
    pos = 0
    for i, track in enumerate(shown, 1):
        part = f"{i}. {track_line(track)}"
        found = line.find(part, pos)
        assert found >= 0, (part, line)
        pos = found + len(part)
        start = min(s["s"] for s in track["sg"])
        end = max(s["s"] + s["d"] for s in track["sg"])
        assert f"({fmt_seconds(start)}-{fmt_seconds(end)}s" in part
    assert f"{len(shown) + 1}. " not in line[pos:]


@SETTINGS
@given(valid_drafts(), st.data())
def test_each_timing_break_is_rejected_with_a_path(draft: dict, data: st.DataObject) -> None:
    main = next(t for t in draft["t"] if t["tt"] == 0)
    broken = copy.deepcopy(draft)
    if len(main["sg"]) > 1:
        k = data.draw(st.integers(1, len(main["sg"]) - 1))
        seg = next(t for t in broken["t"] if t["tt"] == 0)["sg"][k]
        seg["s"] += data.draw(st.sampled_from([-1, 1, 7]))
        broken["d"] = end_ms(broken)
        if seg["s"] >= 0:
            with pytest.raises(DraftError, match=r"^t/main/sg/v\d+: starts at"):
                validate(broken)
    broken = copy.deepcopy(draft)
    broken["d"] += data.draw(st.integers(1, 1000))
    with pytest.raises(DraftError, match=r"^d: "):
        validate(broken)


@SETTINGS
@given(valid_drafts(), st.sampled_from(["t", "d", "m", "v"]))
def test_missing_top_level_key_is_rejected(draft: dict, key: str) -> None:
    draft.pop(key)
    with pytest.raises(DraftError, match=re.escape(f"'{key}' is a required property")):
        validate(draft)


@SETTINGS
@given(valid_drafts())
def test_zero_track_and_zero_segment_drafts_are_valid_but_not_ready(draft: dict) -> None:
    for track in draft["t"]:
        track["sg"] = []
    draft["d"] = 0
    assert validate(draft) == draft
    assert not is_ready(draft)
    assert summary_line(draft) == "Timeline (0 tracks): empty"
    draft["t"] = []
    assert validate(draft) == draft and not is_ready(draft)
