"""Corrections said in one message: the value after the correction words replaces the one right before them."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner.corrections import corrected, given_up
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


@pytest.mark.parametrize("said", [
    'The user says: "it\'s way too long, no more than 12 s please"',
    'The user wants "the headphones to open the video".',  # inline, no colon
    'the client asked for "the ring photo to be removed"',
    '客户原话：“把帽子那张删了”',
])
def test_a_relayed_request_in_quotes_is_read_as_the_request(said: str) -> None:
    assert normalize(said).quotes == []


@pytest.mark.parametrize("said", [
    'end with a card that says "Shop now at acme.com"',  # a text's words, not a person's
    'the client wants "Autumn Edit Now Live" as the title',  # the words of the title
    'The user says: "Summer Sale"',  # a name, not a request
])
def test_quoted_texts_stay_quoted(said: str) -> None:
    assert normalize(said).quotes != []


@pytest.mark.parametrize(("message", "left"), [
    # a wish told as once said and given up: the sentence goes, the wish after it stays
    ("Make the captions bold. The client also considered a pink title but decided it looks too loud.",
     "make the captions bold."),
    ("i was gonna ask you to move the title but it's fine as it is. mute the music",
     "mute the music"),
    ("用户一开始想把人声也删掉，后来改变了主意。字幕改成黄色", "字幕改成黄色"),
    # never when the sentence says what it became instead (the new wish is read)
    ("The user asked for a fade in from white, then revised it: fade in from black instead.",
     "the user asked for a fade in from white, then revised it: fade in from black instead."),
    # nor a thing said once without giving it up
    ("She said it's perfect but needs to be vertical.", "she said it's perfect but needs to be vertical."),
])
def test_given_up_takes_out_the_wish_given_up(message: str, left: str) -> None:
    assert " ".join(given_up(normalize(message)).low.split()) == left


@pytest.mark.parametrize(("message", "read"), [
    # a value said alone after the mark replaces the wish's
    ("put the sticker in the top right... wait no, bottom right, the top is busy",
     "put the sticker in the bottom right , the top is busy"),
    # only the clause of the thing kept is taken back
    ("music down to 25%, captions off, and... no wait, leave the captions. add a fade",
     "music down to 25%, . add a fade"),
])
def test_corrections_inside_a_message(message: str, read: str) -> None:
    assert " ".join(corrected(normalize(message)).low.split()) == read
