"""Chunked rendering in the renderer, without a cluster: plan_chunks cuts where a part can start,
render_video_part makes frame for frame what a whole render shows at those frames, render_sound mixes
the whole sound once, join_parts joins the parts by stream copy.

The draft has Ken Burns pictures, a crossfade, a clip (trimmed, slowed) entered by an xfade, text
spanning a cut, a fade from black and to black, and music; it is rendered whole and in parts cut at a
boundary and inside a zoom, the clip and a pan-out, then joined and compared frame by frame.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import av
import mediacheck
import numpy as np
import pytest
from PIL import Image

from nemo_skill.render import RenderError, render_draft
from nemo_skill.render.chunks import (
    clean_cut,
    finish,
    join_command,
    join_parts,
    no_cut,
    part_snapshots,
    plan_chunks,
    render_sound,
    render_video_part,
)

FPS = 24


def promo(**meta: object) -> dict:
    """9 s at 24 fps: p1 zoom in [0, 60), p2 pan left [48, 108) with a crossfade [48, 60), the clip
    [98, 146) with a slide-left xfade [98, 108), p3 zoom out [146, 206), canvas to 216 (the music is
    longer); a caption over [36, 108), a logo over [78, 126); fades in [0, 14) and out [204, 216)."""
    draft = mediacheck.timeline(320, 180, [
        {"mid": "p1", "d": 2500, "kb": "in"},
        {"mid": "p2", "d": 2500, "kb": "left", "tr": {"type": "fade", "d": 500}},
        {"mid": "c1", "k": "video", "d": 2000, "in": 300, "speed": 0.8, "tr": {"type": "slideleft", "d": 400}},
        {"mid": "p3", "d": 2500, "kb": "out"},
    ], audio=[{"role": "music", "sg": [{"mid": "m1", "s": 0, "d": 9000}]}],
        texts=[{"role": "caption", "sg": [{"text": "Across the cut", "s": 1500, "d": 3000,
                                           "style": {"anim": {"in": {"type": "slide_up"}}}}]}],
        fps=FPS, fade={"in": 600, "out": 500}, **meta)
    # a logo from frame 78 to 126: on two frames before the cut at 80, off one frame after the one at 125
    draft["t"].append({"id": "o1", "tt": 0, "role": "overlay", "sg": [
        {"id": "o1_0", "mid": "p3", "k": "image", "s": 3250, "d": 2000, "place": {"pos": "top_left", "w": 0.3}}]})
    return draft


@pytest.fixture(scope="module")
def media(media_dir: Path) -> dict:
    return mediacheck.refs({"p1": media_dir / "red-sneaker.jpg", "p2": media_dir / "blue-backpack.jpg",
                            "p3": media_dir / "green-watch.jpg", "c1": media_dir / "clip.mp4",
                            "m1": media_dir / "music-bed.mp3"})


def decoded(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="gray").astype(np.int16) for f in c.decode(video=0)]


def packets(path: Path) -> list[tuple[bool, str]]:
    """(keyframe, sha256 of the coded picture) of each video packet, in decoding order. The coded
    picture is the packet's NAL units (MP4: 4-byte lengths) without parameter sets: the concat
    demuxer repeats the SPS and PPS in band at each keyframe of a joined file."""
    out = []
    with av.open(str(path)) as c:
        for p in c.demux(video=0):
            data, digest, i = bytes(p), hashlib.sha256(), 0
            while i < len(data):
                n = int.from_bytes(data[i:i + 4], "big")
                if data[i + 4] & 31 not in (7, 8):  # SPS, PPS
                    digest.update(data[i + 4:i + 4 + n])
                i += 4 + n
            if p.size:
                out.append((p.is_keyframe, digest.hexdigest()))
    return out


def samples(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        return np.concatenate([f.to_ndarray().reshape(-1) for f in c.decode(audio=0)])


def assert_same_frames(joined: Path, whole: Path, cuts: list[int], told: int) -> None:
    """As many frames as the whole render, each like its frame; each frame near each cut is closest
    to the whole render's frame at its index, not a neighbour's, at least ``told`` times: wherever
    the whole render's neighbours differ by more than the encoder's noise (at cuts in a pan, after a
    crossfade and in a clip: mean |difference| 1.0-3.7 against 0.4-1.1 to the same frame; slow
    zooms at 320x180 change less than that from frame to frame, 0.13-0.32)."""
    w, j = decoded(whole), decoded(joined)
    assert len(j) == len(w)
    seen = 0
    for cut in cuts:
        for i in range(cut - 3, cut + 3):
            dist = {k: float(np.abs(j[i] - w[k]).mean()) for k in range(i - 2, i + 3)}
            assert dist[i] < 2.0, (cut, i, dist)
            apart = min(float(np.abs(w[i] - w[k]).mean()) for k in (i - 1, i + 1))
            if apart > 0.5:
                assert min(dist, key=lambda k: dist[k]) == i, (cut, i, dist)
                seen += 1
    assert seen >= told, seen
    assert float(np.mean([np.abs(a - b).mean() for a, b in zip(j, w, strict=True)])) < 1.5
    assert np.mean(j[0]) < 20 and np.mean(j[-1]) < 20  # the fades from and to black


def test_plan_chunks_cuts_at_boundaries_outside_transitions_and_fades() -> None:
    draft = promo()
    total = 216
    assert no_cut(draft) == [range(48, 60), range(98, 108), range(1, 14), range(205, 216)]
    assert [clean_cut(draft, f) for f in (48, 59, 60, 98, 108, 13, 14, 204, 205)] == [
        False, False, True, False, True, False, True, True, False]
    parts = plan_chunks(draft, 2)
    assert parts[0].start == 0 and parts[-1].stop == total
    assert all(a.stop == b.start for a, b in zip(parts, parts[1:], strict=False))
    cuts = [p.start for p in parts[1:]]
    assert all(clean_cut(draft, c) for c in cuts)
    boundaries = {60, 108, 146, 206}  # the segments' clean ends and starts
    assert len(cuts) == 4 and sum(c in boundaries for c in cuts) == 3, cuts
    assert max(len(p) for p in parts) <= 2 * 2 * FPS
    assert plan_chunks(draft, 9) == [range(0, total)] and plan_chunks(draft, 100) == [range(0, total)]
    # one 20-s picture: no boundary at all, so cut inside it, in about equal parts
    still = mediacheck.timeline(320, 180, [{"mid": "p1", "d": 20000, "kb": "in"}], fps=FPS)
    assert [len(p) for p in plan_chunks(still, 6)] == [120, 120, 120, 120]


def test_a_part_may_not_start_inside_a_transition(media: dict, tmp_path: Path) -> None:
    for frames in (range(50, 100), range(0, 100), range(0, 217), range(10, 10)):
        with pytest.raises(RenderError) as err:
            render_video_part(promo(), media, tmp_path / "p.mp4", frames=frames, quality="low")
        assert "\n" not in str(err.value)
    assert not (tmp_path / "p.mp4").exists()


@pytest.mark.slow
def test_parts_joined_show_the_whole_renders_frames(media: dict, tmp_path: Path) -> None:
    draft = promo(title="chunks")
    whole = render_draft(draft, media, tmp_path / "whole.mp4", quality="low")
    assert len(decoded(whole.path)) == round(9.0 * FPS)
    # cuts at a boundary (60) and inside a zoom (30), a pan (80), the slowed clip (125), a zoom out (190)
    cuts = [0, 30, 60, 80, 125, 190, 216]
    parts = [render_video_part(draft, media, tmp_path / f"part{k}.mp4", frames=range(a, b), quality="low").path
             for k, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False))]
    sound = render_sound(draft, media, tmp_path / "sound.m4a", quality="low").path
    joined = join_parts(parts, sound, tmp_path / "joined.mp4")
    # the poster and sheet pictures come from the parts' graphs (each part the ones in its frames),
    # as a whole render's come from its graph: the same pictures
    snaps = {f: path for part in parts for f, path in part_snapshots(part).items()}
    assert sorted(snaps) == [24, 79, 127, 176]  # the four shots' middles; the poster is the first (no title)
    result = finish(draft, media, joined, snaps)
    for got, want in ((result.poster, whole.poster), (result.sheet, whole.sheet)):
        assert got is not None and want is not None
        a, b = (np.asarray(Image.open(x).convert("L"), dtype=np.int16) for x in (got, want))
        assert a.shape == b.shape and float(np.abs(a - b).mean()) < 2.0

    assert_same_frames(joined, whole.path, cuts[1:-1], told=18)
    probe = mediacheck.probe(joined)
    assert probe.audio_codec == "aac" and abs(probe.duration - 9.0) < 0.05
    # stream copy: the joined video's coded pictures are the parts', byte for byte; each part starts
    # on a keyframe
    part_packets = [packets(p) for p in parts]
    assert all(pp[0][0] for pp in part_packets)
    assert packets(joined) == [pk for pp in part_packets for pk in pp]
    cmd = join_command(Path("l.txt"), sound, joined)
    assert cmd[cmd.index("-c") + 1] == "copy" and "-c:v" not in cmd and "-filter_complex" not in cmd
    # the sound is the whole mix: as loud as the whole render's, no jump at a seam beyond the largest
    # elsewhere (no click)
    assert abs(mediacheck.loudness(joined) - mediacheck.loudness(whole.path)) < 0.5
    pcm = samples(joined)
    steps = np.abs(np.diff(pcm.reshape(-1, 2)[:, 0]))
    rate = 48000
    near = np.zeros(len(steps), bool)
    for cut in cuts[1:-1]:
        at = round(cut / FPS * rate)
        near[at - 96:at + 96] = True
    assert steps[near].max() <= steps[~near].max()
    assert result.poster is not None and result.poster.is_file()
    assert result.sheet is not None and result.sheet.is_file()


def test_a_parts_warnings_reach_the_joined_render_once(media: dict, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The caption spans the cut at frame 60 and asks for a font that is not there: both parts say so,
    and the joined render says it once (before, a chunked render dropped its parts' warnings)."""
    from dataclasses import replace

    from nemo_skill.draft import styles

    missing = replace(styles.FONTS["serif"], regular="/nonexistent/serif.ttf", bold="/nonexistent/serif-bold.ttf")
    monkeypatch.setitem(styles.FONTS, "serif", missing)
    draft = promo()
    caption = next(t for t in draft["t"] if t.get("role") == "caption")["sg"][0]
    caption["style"]["font"] = "serif"
    parts = [render_video_part(draft, media, tmp_path / f"part{k}.mp4", frames=r, quality="low")
             for k, r in enumerate((range(0, 60), range(60, 216)))]
    said = "font 'serif' is not installed (Debian package fonts-dejavu-core): the default sans is used"
    assert [p.warnings for p in parts] == [[said], [said]]
    assert parts[0].poster is None and parts[0].duration == pytest.approx(60 / FPS)
    sound = render_sound(draft, media, tmp_path / "sound.m4a", quality="low")
    assert sound.warnings == [] and sound.duration == pytest.approx(9.0)
    joined = join_parts([p.path for p in parts], sound.path, tmp_path / "joined.mp4")
    result = finish(draft, media, joined, {}, [w for p in parts for w in p.warnings])
    assert result.warnings == [said]


def test_a_draft_with_more_than_100_shots_renders(tmp_path: Path) -> None:
    """The poster and sheet frames' select expression is grouped: FFmpeg refuses a flat sum of more
    than about 100 terms (a 5-minute draft of 3-s pictures has 121 shots)."""
    pics = {f"p{k}": mediacheck.solid_image(tmp_path / f"p{k}.png", (32, 18), (k * 2, 100, 200 - k)) for k in range(3)}
    draft = mediacheck.timeline(128, 72, [{"mid": f"p{k % 3}", "d": 250, "kb": "none"} for k in range(110)], fps=24)
    result = render_draft(draft, mediacheck.refs(pics), tmp_path / "many.mp4", quality="low")
    assert mediacheck.probe(result.path).frames == 110 * 6


def test_a_parts_sheet_pictures_are_the_sheets_thumbnails(media: dict, tmp_path: Path) -> None:
    """A part leaves the poster's picture full size and the contact sheet's as the thumbnails the sheet
    shows (at 1080p a full frame took ~120 ms to write as PNG on the worker and ~60 ms to read in the
    join: ~20 s for a 5-minute video); the joined render's sheet is the whole render's."""
    draft = mediacheck.timeline(640, 360, [{"mid": m, "d": 1000} for m in ("p1", "p2", "p3")], fps=FPS)
    whole = render_draft(draft, media, tmp_path / "whole.mp4", quality="low")
    part = render_video_part(draft, media, tmp_path / "part.mp4", frames=range(0, 72), quality="low")
    snaps = part_snapshots(part.path)
    sizes = {f: Image.open(p).size for f, p in snaps.items()}
    assert sizes == {12: (640, 360), 36: (320, 180), 60: (320, 180)}, sizes   # the poster: the first shot's middle
    sound = render_sound(draft, media, tmp_path / "sound.m4a", quality="low")
    joined = join_parts([part.path], sound.path, tmp_path / "joined" / "whole.mp4")   # the sheet's title: its stem
    result = finish(draft, media, joined, snaps)
    for got, want in ((result.poster, whole.poster), (result.sheet, whole.sheet)):
        assert got is not None and want is not None
        a, b = (np.asarray(Image.open(x).convert("RGB"), dtype=np.int16) for x in (got, want))
        assert a.shape == b.shape and float(np.abs(a - b).max()) <= 2, float(np.abs(a - b).max())


def test_the_last_share_is_cut_smaller() -> None:
    """Workers take parts in queue order: the last share in pieces of 1/2, 1/4, 1/4 keeps the worker
    that finishes last from running a whole part alone (pieces never under 5 s)."""
    shots = [{"mid": "p1", "d": 3000, "kb": "in", "tr": {"type": "fade", "d": 500}} for _ in range(120)]
    draft = mediacheck.timeline(1920, 1080, shots, fps=30)   # 5 minutes of 3-s pictures, 0.5-s crossfades
    parts = plan_chunks(draft, 30)
    sizes = [len(p) for p in parts]
    assert parts[0].start == 0 and parts[-1].stop == 9015 and all(a.stop == b.start for a, b in zip(parts, parts[1:], strict=False))
    assert all(clean_cut(draft, p.start) for p in parts[1:])
    share = 9015 / 11
    assert len(sizes) == 13 and all(abs(n - share) <= 450 for n in sizes[:10]), sizes
    assert 0.4 * share <= sizes[10] <= 0.6 * share and all(150 <= n <= 0.35 * share for n in sizes[11:]), sizes
    # a 20-s share is halved once (its quarters would be under 5 s)
    assert [len(p) for p in plan_chunks(mediacheck.timeline(320, 180, shots[:24], fps=30), 20)][-2:] == [225, 225]
