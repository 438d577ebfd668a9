"""The one-line summary reads names, texts and volumes wherever either backend puts them: on the
segment (the local engine) or in its metadata ``m`` (the cloud), with role-less tracks labelled the
way the API's example line does (docs/api.md)."""

from __future__ import annotations

import pytest

from nemo_skill.client.statediff import draft_changes
from nemo_skill.draft.summary import summary_line

API_EXAMPLE_LINE = ('Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) '
                    '3. Title: "Urban Dreams" (0-3s)')

# The API's example, as the cloud shapes it: details in each segment's ``m``, no roles, no starts.
CLOUD_EXAMPLE = {"d": 10000, "m": {"title": "Urban Dreams", "width": 1920, "height": 1080}, "t": [
    {"tt": 0, "sg": [{"d": 10000, "m": {"name": "city timelapse"}}]},
    {"tt": 1, "sg": [{"d": 10000, "m": {"name": "Lo-fi", "volume": 0.35}}]},
    {"tt": 7, "sg": [{"d": 3000, "m": {"text": "Urban Dreams"}}]},
]}


@pytest.mark.parametrize("draft", [
    CLOUD_EXAMPLE,
    # the local engine's shape: on the segment, with roles
    {"t": [{"tt": 0, "role": "main", "sg": [{"name": "city timelapse", "s": 0, "d": 10000}]},
           {"tt": 1, "role": "music", "vol": 0.35, "sg": [{"name": "Lo-fi", "s": 0, "d": 10000}]},
           {"tt": 7, "role": "title", "sg": [{"text": "Urban Dreams", "s": 0, "d": 3000}]}]},
    # mixed: volume on the track's m, a percentage; name on the segment, text in m; explicit starts
    {"t": [{"tt": 0, "sg": [{"s": 0, "d": 10000, "name": "city timelapse"}]},
           {"tt": 1, "m": {"volume": 35}, "sg": [{"s": 0, "d": 10000, "m": {"name": "Lo-fi"}}]},
           {"tt": 7, "sg": [{"s": 0, "d": 3000, "m": {"text": "Urban Dreams"}}]}]},
    # the role in the track's metadata
    {"t": [{"tt": 0, "sg": [{"d": 10000, "m": {"name": "city timelapse"}}]},
           {"tt": 1, "m": {"role": "music"}, "sg": [{"d": 10000, "m": {"name": "Lo-fi", "vol": 0.35}}]},
           {"tt": 7, "m": {"role": "title"}, "sg": [{"d": 3000, "text": "Urban Dreams"}]}]},
])
def test_every_shape_of_the_api_example_gives_its_line(draft: dict) -> None:
    assert summary_line(draft) == API_EXAMPLE_LINE


def test_role_less_tracks_voice_music_and_second_text_track() -> None:
    draft = {"t": [
        {"tt": 0, "sg": [{"d": 4000, "m": {"name": "a"}}, {"d": 6000, "m": {"name": "b"}}]},
        {"tt": 1, "sg": [{"d": 8000, "m": {"name": "voiceover_take2", "volume": 1.0}}]},
        {"tt": 1, "sg": [{"d": 10000, "m": {"name": "summer-beat", "volume": 0.2}}]},
        {"tt": 7, "sg": [{"d": 2000, "m": {"text": "Sale"}}]},
        {"tt": 7, "sg": [{"s": 2000, "d": 2000, "m": {"text": "A"}}, {"d": 2000, "m": {"text": "B"}}]},
    ]}
    assert summary_line(draft) == (
        'Timeline (5 tracks): 1. Video: a, b (0-10s) 2. Voiceover: voiceover_take2 (0-8s, 100%) '
        '3. BGM: summer-beat (0-10s, 20%) 4. Title: "Sale" (0-2s) 5. Text: "A", "B" (2-6s)')


def test_title_position_and_caption_texts_until_they_no_longer_fit() -> None:
    caps = [{"s": i * 1000, "d": 1000, "text": f"Caption number {i}"} for i in range(12)]
    draft = {"t": [{"tt": 7, "role": "title", "sg": [{"s": 0, "d": 3000, "text": "Big  Sale",
                                                       "style": {"pos": "lower_third"}}]},
                   {"tt": 7, "role": "caption", "sg": caps[:3]},
                   {"tt": 7, "role": "caption", "sg": caps}]}
    line = summary_line(draft)
    assert '1. Title: "Big Sale" at lower third (0-3s)' in line
    assert '2. Captions: "Caption number 0", "Caption number 1", "Caption number 2" (0-3s)' in line
    assert '3. Captions: 12 overlays: "Caption number 0", "Caption number 1", "Caption number 2", ' \
           '"Caption number 3" +8 more (0-12s)' in line


def test_muted_and_damaged_shapes_still_summarise() -> None:
    draft = {"t": [{"tt": 1, "m": {"muted": True}, "sg": [{"d": 1000, "m": "garbage"}]},
                   {"tt": 0, "sg": [{"d": "x", "m": {"name": 5}}, "junk"]}, "junk"]}
    assert summary_line(draft) == "Timeline (2 tracks): 1. BGM: clip (0-1s, muted) 2. Video: clip (0-0s)"


def test_changes_read_the_cloud_shape_too() -> None:
    after = {"t": [*CLOUD_EXAMPLE["t"][:1],
                   {"tt": 1, "sg": [{"d": 10000, "m": {"name": "Lo-fi", "volume": 0.6}}]}, CLOUD_EXAMPLE["t"][2]]}
    assert draft_changes(CLOUD_EXAMPLE, after) == ['BGM "Lo-fi" adjusted (volume)', "BGM volume: 35% → 60%"]


def test_overlays_and_the_end_card_are_named() -> None:
    draft = {"t": [
        {"tt": 0, "role": "main", "sg": [{"name": "a", "k": "image", "s": 0, "d": 4000},
                                         {"name": "b", "k": "image", "s": 4000, "d": 4000},
                                         {"k": "card", "text": "Order today", "s": 7500, "d": 3000}]},
        {"tt": 0, "role": "overlay", "sg": [{"name": "logo", "k": "image", "s": 0, "d": 10500,
                                             "place": {"pos": "top_right", "w": 0.12, "opacity": 0.5}}]},
    ]}
    assert summary_line(draft) == ('Timeline (2 tracks): 1. Video: a, b, end card "Order today" (0-10.5s) '
                                   '2. Overlay: logo at top right, 12%, 50% opacity (0-10.5s)')
