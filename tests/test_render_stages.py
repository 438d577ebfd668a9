"""The compile's stages one at a time: the graph's timing and lookups, how the main track is cut
into units, the encoder's fades, the audio tempo chain, and the registries (every overlay kind and
text animation declared completely and known to the draft schema)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mediacheck import refs, solid_image, timeline

from nemo_skill.draft import schema_path
from nemo_skill.render import RenderError, animations, audio, encoder, layers
from nemo_skill.render.graph import Graph
from nemo_skill.render.main_track import main_track, units_of


def graph(draft: dict, media: dict, tmp_path: Path) -> Graph:
    return Graph(draft, media, tmp_path, "ffmpeg")


def test_graph_counts_whole_frames_and_names_missing_media(tmp_path: Path) -> None:
    g = graph(timeline(64, 64, [{"mid": "p", "d": 1001}], fps=30), {}, tmp_path)
    assert (g.fr(1001), g.total_frames, g.sec(15), g.ffbg) == (30, 30, "0.500000", "0x000000")
    with pytest.raises(RenderError, match="t/x: media 'p' is not available"):
        g.ref_for("p", "t/x")


def test_units_group_stills_joined_by_cuts_or_fades_and_break_at_clips_and_xfades() -> None:
    still = [True, True, False, True, True, True]
    kinds = ["none", "fade", "fade", "none", "wipeleft", "fade"]
    assert units_of(still, kinds) == [[0, 1], [2], [3], [4, 5]]


def test_main_track_stage_alone_pipes_a_run_and_records_its_shots(tmp_path: Path) -> None:
    p = solid_image(tmp_path / "p.png", (64, 48), (10, 20, 30))
    draft = timeline(64, 48, [{"mid": "p", "d": 1000}, {"mid": "p", "d": 1000, "tr": {"type": "fade", "d": 200}}])
    g = graph(draft, refs({"p": p}), tmp_path)
    main_track(g)
    g.stills.finish()
    assert g.base == "v0b"  # one unit, nothing for xfade: no concat
    assert len(g.feeds) == 1 and len(g.feeds[0].frames) == 54  # 30 + 30 - 6 overlapping frames
    assert [(s.start, s.end) for s in g.shots] == [(0.0, 1.0), (0.8, 1.8)]


def test_encoder_fades_whole_video_in_frames(tmp_path: Path) -> None:
    draft = timeline(64, 48, [], texts=[{"role": "caption", "sg": [{"text": "x", "s": 0, "d": 2000}]}],
                     fade={"in": 500, "out": 1000, "color": "white"})
    g = graph(draft, {}, tmp_path)
    assert encoder.fades(g) == "fade=t=in:s=0:n=15:c=white,fade=t=out:s=30:n=29:c=white,"
    assert encoder.fades(graph(timeline(64, 48, [], total=1000), {}, tmp_path)) == ""


@pytest.mark.parametrize(("speed", "chain"), [(1.5, "atempo=1.5"), (4.0, "atempo=2,atempo=2"),
                                              (0.25, "atempo=0.5,atempo=0.5"), (0.3, "atempo=0.5,atempo=0.6")])
def test_atempo_keeps_each_stage_in_its_clean_range(speed: float, chain: str) -> None:
    assert audio.atempo(speed) == chain


def _schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


def test_every_text_animation_is_declared_completely_and_known_to_the_schema() -> None:
    assert set(_schema()["$defs"]["anim"]["properties"]["type"]["enum"]) == set(animations.ANIMATIONS)
    for name, a in animations.ANIMATIONS.items():
        assert a.doc, name
        assert name == "none" or a.fade or a.dx or a.dy or a.scale or a.reveal, f"{name} does nothing"
        for expr in (a.dx, a.dy, a.scale):
            assert not expr or "E" in expr, f"{name}: {expr} does not follow the progress"


def test_every_overlay_kind_is_declared_and_each_segment_has_exactly_one() -> None:
    for name, kind in layers.OVERLAY_KINDS.items():
        assert kind.doc and callable(kind.lay), name
    for seg in ({}, {"place": {}}):
        for picture in (True, False):
            takers = [n for n, k in layers.OVERLAY_KINDS.items() if k.takes(seg, picture)]
            assert len(takers) == 1, (seg, picture, takers)
    assert layers.kind_of({"place": {}}, True) == "picture"
    assert layers.kind_of({"place": {}}, False) == "pip"
    assert layers.kind_of({}, False) == "cutaway"


def test_typewriter_steps_by_letter_and_by_word() -> None:
    assert animations.steps("ab cd", "letter") == [1, 2, 4, 5]
    assert animations.steps("ab cd\nef", "word") == [2, 5, 8]


def test_placed_overlays_sit_their_margin_from_the_frame_edges(tmp_path: Path) -> None:
    g = graph(timeline(400, 200, [], total=1000), {}, tmp_path)
    place = {"pos": "bottom_right", "margin": 0.05}
    assert layers.placed_box(g, place, 80, 40) == (300, 140)
    assert layers.placed_box(g, {"pos": "top_left", "margin": 0.05}, 80, 40) == (20, 20)
    assert layers.placed_box(g, {"pos": "center", "margin": 0.05}, 80, 40) == (160, 80)


def test_text_motion_is_plain_numbers_when_still_and_expressions_when_moving() -> None:
    from nemo_skill.render import text_images as text

    lay = text.layout_card("Hello", {}, "title", (320, 180))
    fade, pop, slide = (animations.ANIMATIONS[n] for n in ("fade", "pop", "slide_left"))
    assert layers.motion(lay, [layers.Move(fade, 0.3, 0.0, True)]) == ("", lay.x, lay.y)
    filters, x, y = layers.motion(lay, [layers.Move(pop, 0.5, 1.0, True), layers.Move(slide, 0.2, 2.8, False)])
    assert "eval=frame" in filters and "clip((t-1.000000)/0.500000,0,1)" in filters  # pop: scale from 1 s
    assert isinstance(x, str) and "overlay_w" in x and "clip((3.000000-t)/0.200000,0,1)" in x  # slide out
    assert y == f"{lay.y}+({lay.h}-overlay_h)/2"  # kept centred while it scales
