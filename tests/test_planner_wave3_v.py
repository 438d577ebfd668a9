"""Sets N-Q (brief V3): the constructions the corpus language cannot state — when a sound starts, and an end card's
words changed once a card is there (the corpus starts from a first cut, which has no card)."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import audio_tracks, main_segments
from nemo_skill.local.planner import plan


def _start(draft: dict, role: str) -> float:
    return min(int(s.get("s", 0)) for t in audio_tracks(draft, role) for s in t["sg"]) / 1000


@pytest.mark.parametrize(("say", "role", "start"), [
    ("bring the voiceover in at 0:03", "voice", 3.0),
    ("push the narration back by one second", "voice", 1.0),
    ("the voiceover should start 3 seconds later", "voice", 3.0),
    ("配音从第3秒进", "voice", 3.0),
    ("背景音乐晚3秒再进来", "music", 3.0),
    ("bring the music in at 4 seconds", "music", 4.0),
    ("让音乐在第3秒进来", "music", 3.0),
    ("旁白推迟到第2秒的位置再开始", "voice", 2.0),
])
def test_sound_comes_in_later(say: str, role: str, start: float) -> None:
    result = plan(say, base("promo"), MEDIA["promo"])
    assert result.draft is not None, result.reply
    assert _start(result.draft, role) == start, result.reply
    other = "music" if role == "voice" else "voice"
    assert _start(result.draft, other) == 0.0, result.reply


@pytest.mark.parametrize(("say", "words"), [
    ("片尾卡片的文字改成：新品到店", "新品到店"),
    ("change the end slate copy to 'See you soon'", "See you soon"),
    ("结束卡的文案改为：限时包邮", "限时包邮"),
])
def test_card_words_changed(say: str, words: str) -> None:
    first = plan("finish on a card saying 'Shop now'", base("promo"), MEDIA["promo"])
    assert first.draft is not None
    result = plan(say, copy.deepcopy(first.draft), MEDIA["promo"])
    assert result.draft is not None, result.reply
    cards = [s["text"] for s in main_segments(result.draft) if s.get("k") == "card"]
    assert cards == [words], result.reply
