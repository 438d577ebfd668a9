"""The stages that read a message sentence by sentence, each alone: a pronoun opening a wish in its own sentence is the
thing the sentence before was about (``sentence_it.it_across_sentences``), and a relayed wish quoted as it was written is
read without its quotes (``relay.quoted_relay``)."""

from __future__ import annotations

import pytest

from nemo_skill.local.planner.relay import quoted_relay
from nemo_skill.local.planner.sentence_it import it_across_sentences
from nemo_skill.local.planner.text import normalize


def _written(said: str) -> tuple[str, list[str]]:
    msg, told = it_across_sentences(normalize(said))
    return msg.low, told


@pytest.mark.parametrize(("said", "written"), [
    # the thing the sentence before opens with, not the last one it names
    ("the music is way too loud, we can barely hear the voiceover. could you bring it down to 20%?",
     "the music is way too loud, we can barely hear the voiceover. could you bring the music down to 20%?"),
    # its particle before the pronoun, as the rewrites write it
    ("the music is too loud. turn down it.", "the music is too loud. turn down the music."),
    # asked of it; a sentence between that names nothing goes on about the same thing
    ("the title is tiny. it is hard to read. could it be bigger?", "the title is tiny. it is hard to read. could the title be bigger?"),
    # the number agrees: "them" is the captions, "it" the title named after them
    ("the captions and the title are small. make them bigger.", "the captions and the title are small. make the captions bigger."),
    # a clip by its place, written as said
    ("the first clip is boring. remove it.", "the first clip is boring. remove the first clip."),
    # Chinese: 把它, and a degree of a look with no thing said at all
    ("背景音乐太吵了。把它调小一点。", "背景音乐太吵了。把音乐调小一点。"),
    ("右上角的logo太大了。能小一点吗?", "右上角的logo太大了。logo能小一点吗?"),
    # a level alone after a sound
    ("the voiceover is quiet. 150% please.", "the voiceover is quiet. set the voiceover to 150%."),
])
def test_pronoun_is_the_sentence_before(said: str, written: str) -> None:
    assert _written(said)[0] == normalize(written).low


@pytest.mark.parametrize("said", [
    "make the music quieter and turn it down more",  # one sentence: the frames' own "it"
    "the music is fine. make it 20 seconds.",  # a length of "it" after a sound: the video's
    "the logo looks good. make it vertical.",  # a shape of "it": the video's
    "the sneaker photo is blurry. remove it.",  # a picture by its name: tidy.resolve_it's
    "the title is fine. make them bigger.",  # no thing of that number
    "the captions are hard to read. make the title bigger.",  # no pronoun
])
def test_pronoun_left_alone(said: str) -> None:
    assert _written(said)[0] == normalize(said).low


def test_the_sentence_told_of_is_given_back() -> None:
    low, told = _written("The title shows up too early. Could it start a second later?")
    assert low.endswith("could the title start a second later?")
    assert told == ["the title shows up too early."]
    # an imperative is a wish of its own, never given back as only telling
    assert _written("Move the title to the top. Could it be bigger too?")[1] == []


@pytest.mark.parametrize(("said", "read"), [
    ("User request, verbatim: 'can the cuts hit the beat of the song?'", "can the cuts hit the beat of the song?"),
    ("用户的原话是：“切换画面要卡在音乐鼓点上”。", "切换画面要卡在音乐鼓点上"),
    ('User\'s feedback on the draft: "the captions are way too small to read." Please fix that.',
     "the captions are way too small to read."),
])
def test_quoted_relay_is_read(said: str, read: str) -> None:
    assert quoted_relay(said) == read


@pytest.mark.parametrize("said", [
    "User request: 'Summer Sale'",  # a text's words, too few for a wish
    'Set the title to "can the cuts hit the beat"',  # no label of relaying: a text's words
    "用户说：“夏日特卖”",  # too short
])
def test_quoted_text_stays_quoted(said: str) -> None:
    assert quoted_relay(said) == said
