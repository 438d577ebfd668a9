"""Chinese forms: traditional characters and Taiwan wordings are read as simplified Chinese (``text.simplified``),
quoted and unquoted text keeps the characters it was written in, and the reading shortcuts this relies on hold."""

from __future__ import annotations

import copy
import re

import pytest
from planner_corpus import MEDIA, base, load

from nemo_skill.local.planner import plan
from nemo_skill.local.planner.text import normalize, simplified
from nemo_skill.local.planner.tidy import _rewrites

_CJK = re.compile(r"[\u4e00-\u9fff]")


def test_simplified_text_is_left_as_it_is() -> None:
    """No character of a simplified message changes (才 once became 纔 through a Taiwan-variant table)."""
    said = "".join(c.say for c in load() if c.source.startswith("zh_"))  # (the corpus files written in simplified)
    assert len(said) > 2000
    changed = sorted({(a, b) for a, b in zip(said, simplified(said), strict=True) if a != b})
    assert not changed, changed


def test_the_table_keeps_lengths_and_maps_common_characters() -> None:
    tw = "標題改成藍色，刪除第二張圖片，背景音樂小聲一點，影片裡的聲音"
    assert simplified(tw) == "标题改成蓝色，删除第二张图片，背景音乐小声一点，影片里的声音"
    assert len(simplified(tw)) == len(tw)


@pytest.mark.parametrize(("traditional", "simple"), [
    ("標題改成藍色", "标题改成蓝色"),
    ("每張圖片顯示三秒", "每张图片显示三秒"),
    ("刪除第二張圖片", "删除第二张图片"),
    ("把旁白的聲音調大", "把旁白的声音调大"),
    ("影片改成直式的", "视频改成竖屏的"),
    ("影片長度改成20秒", "视频长度改成20秒"),
])
def test_traditional_and_taiwan_wordings_edit_as_simplified_does(traditional: str, simple: str) -> None:
    before, media = base("promo"), MEDIA["promo"]
    a = plan(traditional, copy.deepcopy(before), media)
    b = plan(simple, copy.deepcopy(before), media)
    assert a.draft is not None and a.draft == b.draft, (a.reply, b.reply)


def test_quoted_and_unquoted_text_keeps_its_characters() -> None:
    assert normalize("標題改成「週年慶」").quotes == ["週年慶"]
    before, media = base("promo"), MEDIA["promo"]
    for said in ("標題改成「週年慶」", "標題改成週年慶", "please change the title to 週年慶"):
        result = plan(said, copy.deepcopy(before), media)
        assert result.draft is not None and result.draft["m"]["title"] == "週年慶", result.reply


def test_a_rewrite_in_one_language_never_matches_a_message_without_its_letters() -> None:
    """``tidy`` skips the rewrites written in English on a message with no Latin letter, and those written in
    Chinese on one with no Chinese character: none of them may match any such request of the corpus."""
    by_need = {need: [p for p, _, n in _rewrites() if n == need] for need in ("latin", "cjk")}
    assert by_need["latin"] and by_need["cjk"]
    for case in load():
        low = normalize(case.say).low
        for need, letters in (("latin", r"[a-z]"), ("cjk", r"[\u3400-\u9fff]")):
            if not re.search(letters, low):
                hits = [p.pattern for p in by_need[need] if p.search(low)]
                assert not hits, (case.say, hits)
