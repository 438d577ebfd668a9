"""Set M wordings that need a draft the corpus bases do not have (an end card already there)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base, main_segments

from nemo_skill.draft.timeline import TT_AUDIO
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


def _start(draft: dict, role: str) -> float | None:
    segs = [s for t in draft["t"] if t.get("tt") == TT_AUDIO and t.get("role") == role for s in t["sg"]]
    return min(s["s"] for s in segs) / 1000 if segs else None


# when the music or the voiceover starts (the renderer delays a sound by its segment's start)
@pytest.mark.parametrize(("say", "role", "start"), [
    ("delay the narration by 1.5 s", "voice", 1.5),
    ("have the voiceover come in 2 seconds later", "voice", 2),
    ("make the voiceover start 2 seconds later", "voice", 2),
    ("no background music for the first 4 seconds", "music", 4),
    ("start the song at 3s", "music", 3),
    ("turn the music off for the first 5 seconds", "music", 5),
    ("turn off the music during the first 6 seconds", "music", 6),
    ("音乐从第5秒开始", "music", 5),
    ("前3秒不要背景音乐", "music", 3),
    ("旁白晚2秒开始", "voice", 2),
])
def test_sound_start(say: str, role: str, start: float) -> None:
    before = base("promo")
    assert _start(before, role) == 0
    result = plan(say, copy.deepcopy(before), MEDIA["promo"])
    assert result.draft is not None, result.reply
    assert _start(result.draft, role) == start, result.reply
    other = "voice" if role == "music" else "music"
    assert _start(result.draft, other) == 0
    total = result.draft["d"]
    assert all(s["s"] + s["d"] <= total for t in result.draft["t"] if t.get("tt") == TT_AUDIO for s in t["sg"])


def test_sound_start_past_the_end_changes_nothing() -> None:
    result = plan("start the music at 40 seconds", base("promo"), MEDIA["promo"])
    assert result.draft is None or _start(result.draft, "music") == 0
    assert "30" in result.reply


@pytest.mark.parametrize("say", ["use a different transition between each picture", "mix up the transitions",
                                 "try varied transitions between the slides", "每个转场都不一样", "用不同的转场"])
def test_mixed_transitions(say: str) -> None:
    result = plan(say, base("promo"), MEDIA["promo"])
    assert result.draft is not None, result.reply
    kinds = [(s.get("tr") or {}).get("type") for s in main_segments(result.draft)[1:]]
    assert len(kinds) == 4 and len(set(kinds)) == 4 and "none" not in kinds, (kinds, result.reply)
