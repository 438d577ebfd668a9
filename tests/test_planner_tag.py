"""frames.tag looks for phrases only where one can start (a word, or a character that starts a Chinese phrase). The
old walker stepped over every character; it is kept here as the oracle: both find the same mentions."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from nemo_skill.local.planner import frames
from nemo_skill.local.planner.frames import Mention, lexicon, tag
from nemo_skill.local.planner.text import normalize


def stepped(text: str) -> list[Mention]:
    """The walker tag() had before: every position, a regex step to the next word or Chinese character."""
    found: list[Mention] = []
    taken = [False] * (len(text) + 1)
    for kind, rx in frames._VALUE_RX:
        for m in rx.finditer(text):
            if m.end() > m.start() and not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                found.append(Mention(m.start(), m.end(), "value", frozenset({kind}), m.group(0)))
    lex = lexicon()
    tokens = [(m.start(), m.end(), frames._plain(m.group(0))) for m in frames._TOKEN.finditer(text)]
    starts = {s: k for k, (s, _, _) in enumerate(tokens)}
    pos = 0
    while pos < len(text):
        k = starts.get(pos)
        hit: tuple[int, Any] | None = None
        if k is not None:
            for n in range(min(lex.en_max, len(tokens) - k), 0, -1):
                meaning = lex.en.get(tuple(t[2] for t in tokens[k:k + n]))
                if meaning is not None and frames._spaced(text, tokens[k:k + n]):
                    hit = (tokens[k + n - 1][1], meaning)
                    break
        elif frames._CJK_CHAR.match(text, pos):
            for n in lex.zh_lengths.get(text[pos], ()):
                meaning = lex.zh.get(text[pos:pos + n]) if pos + n <= len(text) else None
                if meaning is not None:
                    hit = (pos + n, meaning)
                    break
        if hit is not None and hit[1][0] == frames.NONE:
            pos = hit[0]
            continue
        if hit is not None and not any(taken[pos:hit[0]]):
            taken[pos:hit[0]] = [True] * (hit[0] - pos)
            found.append(Mention(pos, hit[0], *hit[1]))
            pos = hit[0]
            continue
        if k is not None:
            pos = tokens[k][1]
        else:
            nxt = frames._NEXT.search(text, pos + 1)
            pos = nxt.start() if nxt else len(text)
    return sorted(found, key=lambda x: x.start)


def test_tag_finds_what_the_stepping_walker_found_on_the_corpus() -> None:
    from planner_corpus import load

    says = [c.say for c in load()]
    says += [" ".join(says[:200])[:4000], "".join(s for s in says if re.search(r"[\u4e00-\u9fff]", s))[:4000]]
    differ = [s for s in says if tag(normalize(s).low) != stepped(normalize(s).low)]
    assert not differ, differ[:5]


# the characters phrases start with, words, and what sits between them ("--music", "x'title", "标题music")
_PIECES = st.sampled_from(["标题", "字幕", "背景音乐", "第二张", "图片", "删", "改成", "红色", "的", "music", "title",
                           "the", "captions", "red", "-", "'", " ", "--", "，", "。", "3", "5秒", "20%", "image 2"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_tag_finds_what_the_stepping_walker_found_on_any_mix(text: str) -> None:
    assert tag(text) == stepped(text)
