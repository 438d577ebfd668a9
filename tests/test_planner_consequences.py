"""What the re-layout did that nobody asked for is said: a logo at fixed times cut or dropped by a shorter video."""

from __future__ import annotations

import copy

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import ROLE_OVERLAY, tracks
from nemo_skill.local.planner import plan


def _then(draft: dict, *messages: str) -> tuple[dict, str]:
    """The draft after each message in turn, and the last reply."""
    reply = ""
    for m in messages:
        result = plan(m, copy.deepcopy(draft), MEDIA["logo"])
        assert result.draft is not None, (m, result.reply)
        draft, reply = result.draft, result.reply
    return draft, reply


def _logo(draft: dict) -> list[tuple[int, int]]:
    return [(s["s"], s["s"] + s["d"]) for t in tracks(draft) if t.get("role") == ROLE_OVERLAY for s in t["sg"]]


@pytest.mark.parametrize(("shorter", "said"), [
    ("make it 15 seconds", "logo.png (from 20 s to 28 s) was past the new end of the video, so it was removed."),
    ("视频改成15秒", "logo.png（20–28 秒）超出了视频新的结尾，已被移除。"),
])
def test_a_logo_past_the_new_end_is_said_gone(shorter: str, said: str) -> None:
    draft, _ = _then(base("logo"), "add the logo in the top right corner from 20s to 28s")
    assert _logo(draft) == [(20000, 28000)]
    draft, reply = _then(draft, shorter)
    assert _logo(draft) == [] and said in reply, reply


def test_a_logo_cut_by_the_new_end_is_said_cut() -> None:
    draft, reply = _then(base("logo"), "add the logo in the top right corner from 10s to 20s", "make it 15 seconds")
    assert _logo(draft) == [(10000, 15000)]
    assert "logo.png now ends at 15 s, with the video (it ran to 20 s)." in reply, reply


@pytest.mark.parametrize("then", [
    "make it 15 seconds",  # a logo for the whole video follows the end: nothing lost
    "make it 40 seconds",  # a longer video loses nothing
])
def test_nothing_is_said_when_nothing_was_lost(then: str) -> None:
    draft, _ = _then(base("logo"), "add the logo in the top right corner")
    _, reply = _then(draft, then)
    assert "logo.png" not in reply, reply


def test_an_edit_of_the_logo_says_it_once() -> None:
    draft, _ = _then(base("logo"), "add the logo in the top right corner from 20s to 28s")
    draft, reply = _then(draft, "remove the logo and make it 12 seconds")
    assert _logo(draft) == [] and "past the new end" not in reply, reply
