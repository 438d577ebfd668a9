"""The timeline's HTML (pure): segments at their spans, escaping, waveforms of looped sound, ticks."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from nemo_skill.local.workspace import timeline_html as timeline
from nemo_skill.local.workspace.timeline_html import MediaLook

ROOT = Path(__file__).resolve().parents[1]


def _looks() -> dict[str, MediaLook]:
    return {
        "m_img1": MediaLook("image", "red.jpg", None, "/workspace/s/w/thumb/m_img1", []),
        "m_vid1": MediaLook("video", "unboxing.mp4", 8000, "/workspace/s/w/thumb/m_vid1", []),
        "m_voice": MediaLook("audio", "voice.wav", 24000, None, [100] * 300 + [0] * 300),
        "m_music": MediaLook("audio", "lofi.mp3", 4000, None, [50] * 100),
    }


def test_every_segment_at_its_span() -> None:
    draft = json.loads((ROOT / "docs" / "example-draft.json").read_text())
    out = timeline.render(draft, 7, _looks())
    assert out.startswith('<section id="timeline"') and 'data-draft-version="7"' in out
    ids = re.findall(r'data-segment-id="([^"]+)"', out)
    assert ids == [sg["id"] for t in draft["t"] for sg in t["sg"]]
    # s2 starts at 5.9 s of 30 s and lasts 6.4 s
    s2 = re.search(r'<div [^>]*data-segment-id="s2"[^>]*>', out).group(0)
    assert "left:19.667%;width:21.333%" in s2 and "thumb/m_img2" not in s2  # no look: no thumbnail
    s4 = re.search(r'<div [^>]*data-segment-id="s4"[^>]*>', out).group(0)
    assert "seg-clip" in s4 and "url('/workspace/s/w/thumb/m_vid1')" in s4
    assert out.count('<svg class="wave"') == 2  # voice and music
    assert len(re.findall(r'class="seg seg-text', out)) == 6
    assert [int(t) for t in re.findall(r'left:[0-9.]+%">(\d+)s<', out)] == [0, 5, 10, 15, 20, 25, 30]


def test_names_and_urls_are_escaped() -> None:
    evil = '<img src=x onerror=alert(1)>"\''
    draft = {"v": 1, "d": 2000, "m": {"width": 640, "height": 360, "fps": 30, "title": evil},
             "t": [{"id": "v1", "tt": 0, "n": evil, "sg": [{"id": "a\"b", "mid": "m_img1", "k": "image", "name": evil,
                                                          "s": 0, "d": 2000}]},
                   {"id": "x1", "tt": 7, "sg": [{"id": "t1", "text": evil, "s": 0, "d": 1000}]}]}
    looks = {"m_img1": MediaLook("image", evil, None, "/x/'); background:url('http://evil.test", [])}
    out = timeline.render(draft, 1, looks)
    assert "<img" not in out and "onerror=alert(1)>" not in out and html.escape(evil) in out
    assert 'data-segment-id="a&quot;b"' in out
    # one url() whose quote and brackets are percent-encoded: the URL cannot end it and add CSS
    assert "url('/x/%27%29%3B%20background:url%28%27http://evil.test')" in out


def test_waveform_follows_the_source_offset_and_loops() -> None:
    loud_then_quiet = [100] * 25 + [0] * 25  # 1 s loud, 1 s quiet (25 peaks per second)
    first = timeline.wave_path(loud_then_quiet, 2000, 0, 1000, loop=False)
    second = timeline.wave_path(loud_then_quiet, 2000, 1000, 1000, loop=False)
    assert "L0 2.0" in first and "L0 50.0" in second  # loud from 0 s, silent from 1 s
    looped = timeline.wave_path(loud_then_quiet, 2000, 0, 4000, loop=True)
    tops = [float(y) for y in re.findall(r"L\d+ ([0-9.]+)", looped)][: timeline.WAVE_POINTS]
    assert tops[0] == 2.0 and tops[timeline.WAVE_POINTS // 2] == 2.0  # loud again after the loop at 2 s
    unlooped = timeline.wave_path(loud_then_quiet, 2000, 0, 4000, loop=False)
    tops = [float(y) for y in re.findall(r"L\d+ ([0-9.]+)", unlooped)][: timeline.WAVE_POINTS]
    assert tops[timeline.WAVE_POINTS // 2] == 50.0  # past the end of the source: silence
    assert timeline.wave_path([], 2000, 0, 1000, loop=False) == ""


def test_ticks_fit_a_phone() -> None:
    assert timeline.tick_step(8000) == 1 and timeline.tick_step(30000) == 5 and timeline.tick_step(600000) == 120
    assert timeline.ruler(90000).count('class="tick"') <= timeline.MAX_TICKS + 1
    empty = timeline.render({"v": 1, "d": 0, "m": {}, "t": []}, 0, {})
    assert 'data-draft-version="0"' in empty and "empty" in empty
