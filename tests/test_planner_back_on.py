"""Things switched back on after an earlier turn switched them off (sets K and L, brief V): "music back on",
"crossfades back pls", "fill the whole screen again", "lower the music when the guy is talking" after the ducking
was turned off. The corpus plans each request on a first cut; these need a turn before them, so each case is
(base, the earlier turn, the request, what the draft must show), judged as the corpus judges (no other part
of the draft may change).
"""

from __future__ import annotations

import copy
import re

import pytest
from planner_corpus import CONSEQUENCES, MEDIA, SHARDS, base, parse_check

from nemo_skill.local.planner import plan
from nemo_skill.local.planner.diff import topics

CASES: list[tuple[str, str, str, list[str]]] = [
    # (base, earlier turn, request, checks)
    ("promo", "mute the music", "bgm back on pls", ["music.mute = no"]),
    ("promo", "mute the music", "turn the soundtrack back on", ["music.mute = no"]),
    ("promo", "静音背景音乐", "背景音乐恢复一下", ["music.mute = no"]),
    ("promo", "mute the voiceover", "narration back on", ["voice.mute = no"]),
    ("promo", "mute the voiceover", "bring the voice over back", ["voice.mute = no"]),
    ("promo", "no transitions", "transitions back on pls", ["transitions = fade"]),
    ("promo", "no transitions", "bring back the dissolve transitions", ["transitions = dissolve"]),
    ("promo", "不要转场", "转场加回来", ["transitions = fade"]),
    ("promo", "don't crop the pictures", "fill the entire screen again", ["fit = cover"]),
    ("promo", "不要裁剪", "重新铺满屏幕", ["fit = cover"]),
    ("promo", "turn off ducking", "duck the bgm whenever someone speaks", ["duck = on"]),
    ("promo", "turn off ducking", "bring the music down while the narrator is talking", ["duck = on"]),
    ("clip", "mute the clip", "clip sound back on", ["clips.mute = no"]),
    # a follow-up that is no "back on": nothing is switched on
    ("promo", "mute the music", "where did the music go?", []),
]


@pytest.mark.parametrize(("on", "earlier", "say", "checks"), CASES, ids=[c[2] for c in CASES])
def test_back_on(on: str, earlier: str, say: str, checks: list[str]) -> None:
    first = plan(earlier, base(on), MEDIA[on])
    assert first.draft is not None, first.reply
    before = first.draft
    result = plan(say, copy.deepcopy(before), MEDIA[on])
    if not checks:
        assert result.draft is None, result.reply
        return
    assert result.draft is not None, result.reply
    wanted = [parse_check(c) for c in checks]
    failed = [f"{c.what} is {c.actual(result.draft)!r}" for c in wanted if not c.holds(result.draft)]
    extra = topics(before, result.draft) - {t for c in wanted for t in c.topics()} - CONSEQUENCES
    assert not failed and not extra, (failed, sorted(extra), result.reply)


@pytest.mark.slow
@pytest.mark.parametrize("part", range(SHARDS))
def test_rewrite_anchors_change_no_reading(part: int) -> None:
    """tidy skips a rewrite when the message holds none of its anchors (tidy.anchors); every corpus message reads the
    same with and without the skipping, and a pattern's anchors are what it cannot match without."""
    from planner_corpus import load

    from nemo_skill.local.planner.anchors import anchors
    from nemo_skill.local.planner.text import normalize
    from nemo_skill.local.planner.tidy import tidy

    assert anchors(r"\bwipe\s+(?:out\s+)?(?=all)") == ("wipe",)
    assert set(anchors(r"\s*,?\s*\b(?:instead\s+of|rather\s+than)\s+x") or ()) == {"instead", "rather"}
    assert anchors(r"(?:no|without)?\s*[a-z]+") is None  # nothing it cannot match without
    assert anchors(r"(?i:title)\s+x") is None  # ignoring case: never skipped
    differ = []
    for case in load()[part::SHARDS]:
        msg = normalize(case.say)
        if tidy(msg).low != tidy(msg, use_anchors=False).low:
            differ.append(case.say)
    assert not differ, differ[:5]


@pytest.mark.slow
@pytest.mark.parametrize("part", range(SHARDS))
def test_rule_anchors_change_no_reading(part: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The phrase rules skip a pattern whose anchors are not in the text (parse.Scan.take): every corpus message, and
    the bench's long ones, are read into the same edits with and without the skipping."""
    from planner_corpus import load

    from nemo_skill.local.planner.parse import Scan, parse
    from nemo_skill.local.planner.text import Message, normalize
    from nemo_skill.local.planner.tidy import tidy

    def read(tidied: Message) -> str:
        p = parse(tidied)
        return repr((p.intents, p.free, p.covered))

    every = [c.say for c in load()]
    says = every[part::SHARDS] + [[" ".join(every[:200])[:4000], "".join(
        s for s in every if re.search(r"[\u4e00-\u9fff]", s))[:4000]][part % 2]]
    tidied = [tidy(normalize(s)) for s in says]  # (once: parse reads a message without changing it)
    skipped = [read(t) for t in tidied]
    monkeypatch.setattr(Scan, "use_anchors", False)
    differ = [s for s, t, r in zip(says, tidied, skipped, strict=True) if read(t) != r]
    assert not differ, differ[:5]
