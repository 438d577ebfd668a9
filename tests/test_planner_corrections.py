"""Corrections said in one message: the value after the correction words replaces the one right before them."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner.core import _unwrapped
from nemo_skill.local.planner.corrections import corrected
from nemo_skill.local.planner.text import normalize
from nemo_skill.local.planner.tidy import tidy


def _low(text: str) -> str:
    return " ".join(corrected(tidy(normalize(text))).low.split())


@pytest.mark.parametrize(("said", "read"), [
    ("every photo for 2 seconds, no wait, make it 4", "every photo for 4 seconds"),
    ("make the title blue, no, green", "make the title green"),
    ("改成18秒，不对，还是12秒吧", "改成12秒"),
    ("music at 20%, sorry, 30%", "music at 30%"),
    ("the title should stay for 6 seconds. actually no, 4 is enough", "the title should stay for 4 seconds"),
])
def test_the_later_value_replaces_the_earlier(said: str, read: str) -> None:
    assert _low(said) == read


@pytest.mark.parametrize("said", [
    "no music, just the voice",  # a negation, not a correction
    "make the title red, no animation",  # "no" before a thing, not a value
    "make it 20 seconds, no more",  # nothing said after the correction
    "make the title blue, no, 20 seconds",  # a colour corrected to a length: not this kind of correction
])
def test_other_words_stay(said: str) -> None:
    assert _low(said) == " ".join(tidy(normalize(said)).low.split())


@pytest.mark.parametrize(("said", "read"), [
    ('The user says: "it\'s way too long, no more than 12 s please"', "The user says: it's way too long, no more than 12 s please"),
    ('客户原话：“把帽子那张删了”', "客户原话：把帽子那张删了"),
])
def test_a_relayed_request_in_quotes_is_read_as_the_request(said: str, read: str) -> None:
    assert _unwrapped(said) == read


@pytest.mark.parametrize("said", [
    'end with a card that says "Shop now at acme.com"',  # a text's words, not a person's
    'the client wants "Autumn Edit Now Live" as the title',  # the words of the title
    'The user says: "Summer Sale"',  # too short to be a request
])
def test_quoted_texts_stay_quoted(said: str) -> None:
    assert _unwrapped(said) == said
