"""Stages of session 59, each alone: a wish quoted inside a longer message is read as typed (``relay.quoted_relay``), a
relayed wish the writer declines keeps only its thing (``corrections.declined``), real English words are never slips
(``tidy.common_english``), "those two" are the two pictures named before (``tidy.resolve_those_two``), a told part between
a comma and a sentence's end keeps the end (``observed.blanked``), and a relayed Chinese sentence that says its own wish is
no why (``observed``)."""

from __future__ import annotations

import re

import pytest

from nemo_skill.local.planner.corrections import declined
from nemo_skill.local.planner.observed import blanked, observed
from nemo_skill.local.planner.relay import quoted_relay
from nemo_skill.local.planner.text import normalize
from nemo_skill.local.planner.tidy import common_english, correct, resolve_those_two


@pytest.mark.parametrize(("said", "read"), [
    ("my boss replied: 'the music is way too loud, I can barely hear the voiceover.' can you fix that?",
     "my boss replied.\nthe music is way too loud, I can barely hear the voiceover.  can you fix that?"),
    # an apostrophe between two letters is no closing quote
    ("boss wrote back: 'I don't like the fades, just cut straight.' ok", "boss wrote back.\nI don't like the fades, just cut straight.  ok"),
    # a stop is added where the quote had none, so the words after it are a sentence of their own
    ('client said: "we need this as a vertical video" ok?', "client said.\nwe need this as a vertical video.  ok?"),
    # the writer agreeing and adding a wish of their own: both
    ('Client said: "we need this vertical for TikTok". My own two cents: fade out at the end.',
     "Client said.\nwe need this vertical for TikTok . My own two cents: fade out at the end."),
    # a pronoun after it is the quote's thing
    ("boss: 'the video clip feels sluggish.' speed it up", "boss.\nthe video clip feels sluggish.  speed it up"),
    ("甲方爸爸的意见：“结尾加一个‘立即购买’的画面，三秒就行。”", "甲方爸爸的意见。\n结尾加一个‘立即购买’的画面，三秒就行。 "),
])
def test_a_relayed_quote_is_read_as_typed(said: str, read: str) -> None:
    assert quoted_relay(said) == read


@pytest.mark.parametrize("said", [
    'add an end card that says "Visit us at Maple Street"',  # what shows the words: a text's words
    "the title should read 'Handmade with love in Leeds'",
    "my boss said 'Summer Sale'",  # fewer than four words
    "用户说：“夏日特卖”",  # fewer than six characters
    "the client said 'Autumn Drop 2024' fits better",  # no lead right before it: "said" is, and the quote is short
])
def test_a_texts_words_stay_quoted(said: str) -> None:
    assert quoted_relay(said) == said


def test_a_quoted_judgement_is_no_texts_words() -> None:
    # a quote after "is" says how the thing is judged (it titled the video "too shouty")
    assert quoted_relay("my client said the title is 'too shouty'. make it smaller") == "my client said the title is too shouty. make it smaller"


@pytest.mark.parametrize(("said", "read"), [
    # the writer's own wish after the quote is the wish; the quote, only why, goes (read twice, the captions went two sizes up)
    ('The client replied: "Captions should be bigger and in our orange." Please make the captions one size larger.',
     "The client replied.  Please make the captions one size larger."),
    # agreeing only in part (read as typed, the captions were made bigger)
    ("my daughter says: 'captions need to be way bigger and yellow'. I'll do yellow but not bigger",
     "my daughter says. . I'll do yellow but not bigger"),
])
def test_a_quote_before_the_writers_own_wish_goes(said: str, read: str) -> None:
    assert quoted_relay(said) == read


def _declined(text: str) -> str:
    return " ".join(declined(normalize(text)).low.split())


@pytest.mark.parametrize(("said", "read"), [
    ("Boss said to delete the voiceover. I'm not doing that, but turn it down a little",
     "the voiceover. turn it down a little"),
    ("My client wants the captions removed entirely. I think they just need to be smaller.",
     "the captions . they just need to be smaller."),
    ("客户说要把帽子那张删了，我觉得不用删，缩短到三秒就行", "帽子那张 , 缩短到3秒就行"),
])
def test_a_declined_wish_keeps_its_thing(said: str, read: str) -> None:
    assert _declined(said) == read


@pytest.mark.parametrize("said", [
    "my boss wants the music removed. I agree.",  # agreed: the wish stays
    "Boss said to delete the voiceover.",  # nothing declines it
    "delete the voiceover. I'm not doing that again",  # no one relayed it
])
def test_a_wish_not_declined_stays(said: str) -> None:
    assert declined(normalize(said)).low == normalize(said).low


@pytest.mark.parametrize("word", ["hanging", "shouting", "blank", "older", "years", "files", "sneakers", "spend"])
def test_a_real_word_is_never_a_slip(word: str) -> None:
    assert word in common_english()
    assert correct(word) == word


@pytest.mark.parametrize(("slip", "word"), [("tittle", "title"), ("musik", "music"), ("captoins", "captions"), ("titel", "title")])
def test_a_slip_is_still_corrected(slip: str, word: str) -> None:
    assert slip not in common_english()
    assert correct(slip) == word


_NAMES = re.compile(r"\b(?:the\s+)?(?:backpack|watch|cap|ring|sneaker)(?:\s+and\s+(?:the\s+)?(?:backpack|watch|cap|ring|sneaker))*\b")
_FILES = re.compile(r"[a-z0-9\-]+\.(?:jpg|png|mp4)")


@pytest.mark.parametrize(("said", "read"), [
    ("the backpack and the watch go by too fast. give each of those two 8 seconds",
     "the backpack and the watch go by too fast. give the backpack and the watch 8 seconds"),
    ("put those two first", "put those two first"),  # nothing named before
    ("the cap is great. put those two first", "the cap is great. put those two first"),  # one named: which two is unknown
])
def test_those_two_are_the_two_named(said: str, read: str) -> None:
    assert resolve_those_two(normalize(said), _NAMES, _FILES).low == normalize(read).low


def test_a_told_part_between_a_comma_and_a_stop_keeps_the_stop() -> None:
    msg = normalize("make the title smaller and not bold, it's shouting. I like the music")
    told = observed(msg.low)
    assert [msg.low[a:b] for a, b in told] == [" it's shouting"]
    assert " ".join(blanked(msg, told).low.split()) == "make the title smaller and not bold . i like the music"


def test_a_relayed_chinese_sentence_with_its_own_wish_is_no_why() -> None:
    low = normalize("我帮一位开潮牌店的用户转达一下需求。他觉得字幕太普通了，想换成手写体，颜色用金色。").low
    assert not any("手写体" in low[a:b] for a, b in observed(low))
