"""The dialect reading (planner/dialect.py): every row of its table is used by its example, keeps the length, and
the example plans as its Mandarin / standard-English twin; quoted text is never rewritten; a Mandarin message that
holds a character Cantonese also uses (系, 呢, 郁, 相, 做) reads as it did. Wordings in context are in
tests/planner_requests/wave6_c.yaml (run by the corpus test)."""

from __future__ import annotations

import copy
import json
import re

import pytest
from planner_corpus import MEDIA, base

from nemo_skill.draft.timeline import title_segment
from nemo_skill.local.planner import plan
from nemo_skill.local.planner.dialect import _CANTO_MARK, ROWS, Row, standard
from nemo_skill.local.planner.text import normalize, simplified

# an example about a clip plans on the session with clips (unboxing.mp4), one about the logo on the session with logo.png,
# the others on the reference draft
_CLIP_WORDS = re.compile(r"clip|开箱|開箱|片段|视频|視頻|影片|段片|条片|條片")


# "bring the music back", "the clip's sound back on" need it muted first
_MUTED_FIRST = {re.compile(r"^(?=.*(?:放返|放回))(?=.*(?:音乐|音樂))"): "把背景音乐静音", re.compile(r"声.*(?:开返|開返|开回)"): "视频静音"}


def _setup(example: str) -> str:
    if "logo" in example:  # (the logo's rows: the session with logo.png uploaded)
        return "logo"
    return "clip" if _CLIP_WORDS.search(example) else "promo"


def _draft_after(message: str, setup: str) -> str:
    before = copy.deepcopy(base(setup))
    for said, first in _MUTED_FIRST.items():
        if said.search(message):
            before = plan(first, before, MEDIA[setup]).draft
    result = plan(message, before, MEDIA[setup])
    return json.dumps(result.draft, sort_keys=True) if result.draft is not None else "unchanged"


def _id(row: Row) -> str:
    return row.example


@pytest.mark.parametrize(("at", "row"), list(enumerate(ROWS)), ids=[_id(r) for r in ROWS])
def test_row_is_used_by_its_example(at: int, row: Row) -> None:
    read = simplified(row.example)
    used: set[int] = set()
    assert len(standard(read, used)) == len(read)  # the reading stays at the original's offsets
    if row.canto_only:
        assert _CANTO_MARK.search(read), f"{row.example!r} is no Cantonese message: the row would not apply"
    assert at in used, f"{row.pattern!r} rewrites nothing in its example {row.example!r}"


@pytest.mark.parametrize("row", ROWS, ids=_id)
def test_example_plans_as_its_twin(row: Row) -> None:
    setup = _setup(row.example + row.example_twin)
    said = _draft_after(row.example, setup)
    twin = _draft_after(row.example_twin, setup)
    assert said != "unchanged", f"{row.example!r} changed nothing"
    assert said == twin, f"{row.example!r} plans otherwise than {row.example_twin!r}"


@pytest.mark.parametrize(("said", "title"), [
    ("標題改成「唔好走寶」", "唔好走寶"),
    ("title change to 'Sale lah' can?", "Sale lah"),
    ('将标题改做"呢个系我哋嘅店"', "呢个系我哋嘅店"),
])
def test_quoted_text_stays_verbatim(said: str, title: str) -> None:
    after = plan(said, copy.deepcopy(base("promo")), MEDIA["promo"]).draft
    assert after is not None
    seg = title_segment(after)
    assert seg is not None and seg.get("text") == title


@pytest.mark.parametrize("mandarin", [
    "这个视频和品牌的关系很重要呢", "标题用系列的颜色", "字幕的颜色呢？", "音乐很浓郁", "两张图片互相交换",
    "把标题做大一点", "做一个15秒的视频", "该怎么把音乐调小呢", "can you make the music softer?",
    "make the title one colour", "the video can be shorter", "make it 20 seconds already edited",
])
def test_standard_wording_reads_as_before(mandarin: str) -> None:
    read = simplified(mandarin)
    assert standard(read) == read


def test_cantonese_message_is_read_in_mandarin() -> None:
    assert normalize("唔該幫我將背景音樂細聲啲").orig == "唔該幫我將背景音樂細聲啲"  # (only the reading changes)
    after = _draft_after("唔該幫我將背景音樂細聲啲", "promo")
    assert after == _draft_after("请帮我把背景音乐小声点", "promo") != "unchanged"
