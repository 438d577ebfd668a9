"""frames.understand() reads each clause through named stages (frames._clause). Each stage is checked alone here, on
the clause it exists for, with the earlier clauses of the message run through the whole chain first."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner import frames
from nemo_skill.local.planner.registry import edits
from nemo_skill.local.planner.text import Message, normalize


def _last(text: str) -> tuple[frames.Frame, Message, frames._Before, frames.FrameResult, frames.Rules]:
    """The last clause of ``text``, with what the clauses before it left (run through frames._clause)."""
    msg = normalize(text)
    found = frames.read_frames(msg)
    rules = frames._rules(edits().values())
    before, result = frames._Before(), frames.FrameResult()
    for frame in found[:-1]:
        frames._clause(frame, msg, rules, before, result)
    return found[-1], msg, before, result, rules


@pytest.mark.parametrize("text, targets", [
    ("make the sound of the clip quieter", ["clip_sound"]),  # the clip only says whose sound
    ("转场时长1秒", ["transitions"]),  # the transitions' length, not the video's
    ("标题字体大一点", ["title"]),  # the title's lettering, not every text
    ("the music is drowning out the voice", ["music"]),  # the sound before the complaint is the one meant
    ("转场改成溶解，时长0.8秒", ["transitions"]),  # a length said right after the transitions is theirs
])
def test_resolved_targets(text: str, targets: list[str]) -> None:
    frame, msg, before, _, _ = _last(text)
    assert frames._resolved_targets(frame, msg, before) == targets


@pytest.mark.parametrize("text, ops", [
    ("the title is too short, 5 seconds please", {"set"}),  # a complaint with its value: that value
    ("the title is too short", {"lengthen"}),  # alone: the remedy
    ("太长没人看完，整体再短5秒", {"shorten"}),  # the explicit step, not "5 s long"
    ("make the music quieter", {"quieter"}),  # the specific operation over the generic "make"
])
def test_operations(text: str, ops: set[str]) -> None:
    frame, *_ = _last(text)
    assert frames._operations(frame) == ops


def test_borrowed_takes_the_thing_named_before() -> None:
    frame, _, before, result, _ = _last("the narration is hard to hear, make it louder")
    assert frames._borrowed(frame, [], before, result) == (["voice"], True)


def test_borrowed_asks_when_nothing_was_named() -> None:
    frame, _, before, result, _ = _last("change it to red")
    assert frames._borrowed(frame, [], before, result) is None
    assert result.unclear == ["it"] and result.unclear_clauses == [(frame.start, frame.end)]


def test_borrowed_never_gives_a_picture_pointer_the_title() -> None:
    frame, _, before, result, _ = _last("标题改成夏日特卖，把耳机那张删掉")
    assert before.targets == ["title"]
    assert frames._borrowed(frame, [], before, result) is None  # 那张 is a picture: left to the phrase rules


def test_borrowed_plain_length_is_not_the_thing_before() -> None:
    frame, _, before, result, _ = _last("the title is at the top, make it 15 seconds")
    assert before.targets == ["title"]
    # "make it 15 seconds" with a plain length: the video (no target), not the title
    assert frames._borrowed(frame, [], before, result) == (["none"], False)


def test_skipped_negated_and_chatter() -> None:
    for text in ("don't remove the music", "the user is reusing this video for a promo"):
        frame, _, _, result, _ = _last(text)
        assert frames._skipped(frame, result), text
    frame, _, _, result, _ = _last("make the music quieter")
    assert not frames._skipped(frame, result)


def test_remember_keeps_a_picture_only_complained_of() -> None:
    frame, msg, before, result, rules = _last("第二张图太短")
    frames._clause(frame, msg, rules, before, result)
    assert before.unread_ref is not None  # "第二张图太短，改成7秒": the next clause's number is that picture's
    frame, msg, before, result, rules = _last("make the title red")
    frames._clause(frame, msg, rules, before, result)
    assert before.unread_ref is None and before.targets == ["title"]


def test_take_and_left() -> None:
    frame, msg, before, result, rules = _last("make the music quieter")
    frames._clause(frame, msg, rules, before, result)
    assert [i.kind for i in result.intents] == ["volume"] and result.spans
    frame, msg, before, result, rules = _last("keep the music")
    frames._clause(frame, msg, rules, before, result)
    # no rule reads "keep": left to the phrase rules, remembered as an operation said without a value, and as
    # context (nothing to do), its words taken so that no phrase rule reads "the music" as something to change
    assert not result.intents and before.op_only == [(0, 14)]
    assert result.context == [(0, 14)] and result.spans == [(0, 14)]


def test_understand_is_the_stages_in_order() -> None:
    """understand() adds nothing between clauses beyond the stages: its intents are those of _clause run in turn
    (before the reasons and loudness complaints are weighed over the whole message)."""
    text = "make the video 20 seconds, title at the top and the music quieter"
    msg = normalize(text)
    rules = frames._rules(edits().values())
    before, result = frames._Before(), frames.FrameResult()
    for frame in frames.read_frames(msg):
        frames._clause(frame, msg, rules, before, result)
    whole = frames.understand(msg, edits().values())
    assert [(i.kind, i.pos, repr(i.args)) for i in whole.intents] == \
        [(i.kind, i.pos, repr(i.args)) for i in result.intents]
    assert len(whole.intents) == 3


def test_bare_speed_asks_what_can_change_speed() -> None:
    """"speed it up" with nothing named: the choices are what can go faster on the draft, not the title (wave 13)."""
    import copy
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    import planner_corpus as pc

    result = pc.plan("speed it up", copy.deepcopy(pc.base("clip")), pc.MEDIA["clip"])
    assert result.question and result.draft is None
    assert "the clip's playback speed" in result.choices
    assert not any("title" in c for c in result.choices)
