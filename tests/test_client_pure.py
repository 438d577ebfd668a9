"""The client's pure parts: SSE events, GUI wording, routing, state diffs, file checks, attribution."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nemo_skill.client import attribution, codes, envelope, events, files, route, statediff, wording
from nemo_skill.client.chat_turn import TextSink
from nemo_skill.client.errors import CreditsError, FileRejected, PlanBlocked, SessionLost, UsageError
from nemo_skill.client.settings import MAX_UPLOAD_BYTES, Settings

ROOT = Path(__file__).resolve().parents[1]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- SSE events ------------------------------------------------------------------------------
def test_adk_event_parts() -> None:
    data = json.dumps({"author": "nemo_agent", "partial": True, "content": {"role": "model", "parts": [
        {"text": "Added a title."},
        {"functionCall": {"name": "apply_edit", "args": {}}},
        {"functionResponse": {"name": "apply_edit", "response": {}}},
    ]}})
    kinds = [(e.kind, e.text, e.partial) for e in events.parse_data(data)]
    assert kinds == [("text", "Added a title.", True), ("tool_call", "apply_edit", False),
                     ("tool_result", "apply_edit", False)]


def test_adk_call_left_pending_is_a_question() -> None:
    """A call the event lists in longRunningToolIds waits for the person (ADK's human-in-the-loop): a question with
    the readings it names; the same call without the id is an ordinary tool call."""
    call = {"name": "get_user_choice", "args": {"options": ["clip 1 (clip)", "clip 2 (unboxing)", 3]}, "id": "c1"}
    for key in ("longRunningToolIds", "long_running_tool_ids"):
        (ev,) = events.parse_data(json.dumps({key: ["c1"], "content": {"parts": [{"functionCall": call}]}}))
        assert (ev.kind, ev.text, ev.choices) == ("question", "get_user_choice", ("clip 1 (clip)", "clip 2 (unboxing)"))
    (ev,) = events.parse_data(json.dumps({"longRunningToolIds": ["other"], "content": {"parts": [{"functionCall": call}]}}))
    assert ev.kind == "tool_call"
    (ev,) = events.parse_data(json.dumps({"longRunningToolIds": ["c2"], "content": {"parts": [
        {"functionCall": {"name": "ask", "id": "c2", "args": {"options": "not a list"}}}]}}))
    assert (ev.kind, ev.choices) == ("question", ())


def test_adk_error_and_turn_complete() -> None:
    evs = events.parse_data('{"errorCode":"INTERNAL","errorMessage":"boom","turnComplete":true}')
    assert [e.kind for e in evs] == ["error", "turn_complete"]
    assert evs[0].text == "boom" and evs[0].code == "INTERNAL"


@pytest.mark.parametrize(("payload", "kind", "text"), [
    ('{"type":"text","content":"hello"}', "text", "hello"),
    ('{"type":"tool_call","name":"generate_video","args":{}}', "tool_call", "generate_video"),
    ('{"type":"tool_result","name":"generate_video"}', "tool_result", "generate_video"),
    ('{"type":"heartbeat"}', "heartbeat", ""),
    ("", "heartbeat", ""),
    ("   ", "heartbeat", ""),
    ("not json", "ignored", ""),
    ("[1,2]", "ignored", ""),
])
def test_old_shapes(payload: str, kind: str, text: str) -> None:
    (ev,) = events.parse_data(payload)
    assert (ev.kind, ev.text) == (kind, text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["type", "content", "parts", "text", "partial", "functionCall", "errorCode",
                         "errorMessage", "turnComplete", "name", "role", "x"]), inner, max_size=5),
    max_leaves=25,
)


@FAST
@given(value=json_values)
def test_events_never_raise_on_any_json(value: object) -> None:
    for ev in events.parse_data(json.dumps(value)):
        assert ev.kind in ("text", "tool_call", "tool_result", "heartbeat", "error", "turn_complete", "ignored")
        assert isinstance(ev.text, str)


@FAST
@given(raw=st.text(max_size=200))
def test_events_never_raise_on_any_text(raw: str) -> None:
    assert events.parse_data(raw)


# -- wording ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expect"), [
    ("Click the Export button to download your video.", "scripts/export"),
    ("点击导出按钮下载视频。", "scripts/export"),
    ("Please check your account billing page.", "scripts/credits"),
    ("You can preview in timeline now.", "scripts/state"),
    ("Drag the clip to the start.", "scripts/chat"),
    ("将片段拖拽到开头。", "scripts/chat"),
    ("Open the text panel to adjust it.", "scripts/state"),
    ("打开素材面板。", "scripts/state"),
    ("Click Apply to confirm.", "done through the API"),
])
def test_gui_wording_is_rewritten(text: str, expect: str) -> None:
    out = wording.translate(text)
    assert expect in out
    assert "click" not in out.lower() or "no button to click" in out


def test_plain_text_passes_unchanged() -> None:
    text = "I made a 3.5 second intro.\nThe music fades out at the end!"
    assert wording.translate(text) == text


@FAST
@given(text=st.text(max_size=200))
def test_sentence_split_keeps_every_character(text: str) -> None:
    assert "".join(wording.split_sentences(text)) == text


def test_trailing_temporary_issue_is_dropped_after_normal_text() -> None:
    shown: list[str] = []
    sink = TextSink(shown.append)
    for chunk in ["I added the title ", "and the music. ", "I encountered a temporary issue. Please retry."]:
        sink.feed(chunk)
    sink.finish()
    assert "temporary issue" not in "".join(shown)
    assert "added the title and the music." in "".join(shown)


def test_temporary_issue_alone_is_shown() -> None:
    shown: list[str] = []
    sink = TextSink(shown.append)
    sink.feed("I encountered a temporary issue.")
    sink.finish()
    assert "temporary issue" in "".join(shown) and not sink.normal_seen


# -- routing ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("message", "action"), [
    ("export", "export"), ("please export the video", "export"), ("导出", "export"), ("帮我导出视频", "export"),
    ("download it", "export"), ("send me the video", "export"),
    ("credits", "credits"), ("how many credits do I have?", "credits"), ("积分", "credits"),
    ("balance", "credits"), ("余额还有多少", "credits"),
    ("status", "state"), ("状态", "state"), ("show tracks", "state"),
    ("upload", "upload"), ("上传这些图片", "upload"), ("photo.jpg", "upload"), ("https://x.test/a.mp4", "upload"),
    ("add background music", "chat"), ("generate a 30 second promo", "chat"), ("加一段背景音乐", "chat"),
    ("", "chat"),
])
def test_route_table(message: str, action: str) -> None:
    assert route.route(message) == action


# -- state diff ------------------------------------------------------------------------------
def _example() -> dict:
    return json.loads((ROOT / "docs" / "example-draft.json").read_text())


def test_silent_title_edit_is_described() -> None:
    before = _example()
    before["t"] = [t for t in before["t"] if t["id"] != "x1"]
    after = _example()
    after["t"][3]["sg"][0]["text"] = "Paradise Found"
    assert 'Title added: "Paradise Found" (0–3 s)' in statediff.draft_changes(before, after)


def test_volume_and_length_changes() -> None:
    before, after = _example(), _example()
    after["t"][2]["vol"] = 0.2
    after["d"] = 25000
    lines = statediff.draft_changes(before, after)
    assert "BGM volume: 35% → 20%" in lines and "Length: 30 s → 25 s" in lines
    assert statediff.draft_changes(before, copy.deepcopy(before)) == []


# -- files -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("head", "fmt"), [
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff\xe0", "jpg"), (b"GIF89a", "gif"),
    (b"RIFF\0\0\0\0WEBPVP8 ", "webp"), (b"RIFF\0\0\0\0WAVEfmt ", "wav"), (b"RIFF\0\0\0\0AVI LIST", "avi"),
    (b"\x1a\x45\xdf\xa3", "mkv"), (b"\x1a\x45\xdf\xa3", "webm"), (b"\0\0\0\x18ftypmp42", "mp4"),
    (b"\0\0\0\x14ftypqt  ", "mov"), (b"\0\0\0\x20ftypM4A ", "m4a"), (b"ID3\x04", "mp3"), (b"\xff\xfb\x90", "mp3"),
    (b"\xff\xf1\x50\x80", "aac"),
])
def test_sniff(head: bytes, fmt: str) -> None:
    assert fmt in files.sniff(head)


def test_check_rejects_before_reading(tmp_path: Path) -> None:
    fake = tmp_path / "notes.mp4"
    fake.write_text("this is text, not a video")
    with pytest.raises(FileRejected, match="named .mp4"):
        files.check(str(fake))
    with pytest.raises(FileRejected, match="not supported"):
        files.check(str(tmp_path / "x.exe") if (tmp_path / "x.exe").write_bytes(b"MZ") else "")
    with pytest.raises(UsageError, match="folder"):
        files.check(str(tmp_path))
    with pytest.raises(UsageError, match="No such file"):
        files.check(str(tmp_path / "missing.png"))
    big = tmp_path / "big.mp4"
    with open(big, "wb") as fh:  # sparse: no disk used
        fh.write(b"\0\0\0\x18ftypmp42")
        fh.truncate(MAX_UPLOAD_BYTES + 1)
    with pytest.raises(FileRejected, match="limit is 500 MB"):
        files.check(str(big))


# -- attribution -----------------------------------------------------------------------------
FRONTMATTERS = [
    ('---\nname: my-skill\nmetadata:\n  version: "1.2.3"\n---\nbody', ("my-skill", "1.2.3")),
    ("---\nname: my-skill\nversion: 2.0.1\n---\n", ("my-skill", "2.0.1")),
    ('---\nname: "q-skill"\nversion: "1.9"\nmetadata: {"openclaw": {"emoji": "x"}}\n---\n', ("q-skill", "1.9")),
    ("---\nname: a\nmetadata:\n  openclaw:\n    version: nested\n  version: '3'\n---\n", ("a", "3")),
    ("---\ndescription: >-\n  folded text: with colon\nname: b\nmetadata: {version: '4.0'}\n---\n", ("b", "4.0")),
    ("no frontmatter", (None, None)),
]


@pytest.mark.parametrize(("text", "expect"), FRONTMATTERS)
def test_frontmatter(text: str, expect: tuple) -> None:
    assert attribution.name_and_version(attribution.parse_frontmatter(text)) == expect


def test_fast_parser_agrees_with_yaml_on_the_real_skill_md() -> None:
    import yaml

    text = (ROOT / "SKILL.md").read_text()
    fm = attribution.frontmatter_text(text)
    assert fm is not None
    doc = yaml.safe_load(fm)
    assert attribution.name_and_version(attribution.parse_frontmatter(text)) == (doc["name"], doc["metadata"]["version"])


def test_platform_detection(tmp_path: Path) -> None:
    home = tmp_path / "home"
    cases = {
        home / ".clawhub" / "skills" / "s": "clawhub",
        home / ".openclaw" / "skills" / "s": "clawhub",
        home / ".cursor" / "skills" / "s": "cursor",
        tmp_path / "project" / ".cursor" / "skills" / "s": "cursor",
        tmp_path / "elsewhere" / "s": "unknown",
    }
    for root, expect in cases.items():
        root.mkdir(parents=True)
        assert attribution.detect_platform(root, home) == expect, root
    origin = tmp_path / "ws" / "skills" / "s"
    (origin / ".clawhub").mkdir(parents=True)
    (origin / ".clawhub" / "origin.json").write_text("{}")
    assert attribution.detect_platform(origin, home) == "clawhub"
    assert attribution.detect_platform(origin, home, "custom") == "custom"
    link = tmp_path / "home" / ".cursor" / "skills" / "linked"
    os.symlink(tmp_path / "elsewhere" / "s", link)
    assert attribution.detect_platform(link, home) == "cursor"


# -- codes and settings ----------------------------------------------------------------------
def test_error_actions() -> None:
    web = "https://nemovideo.com"
    err = codes.error_for(envelope.Reply(False, 403, 2001, None, "no credits"), web_url=web, anonymous=True,
                          user_id="anon_1")
    assert isinstance(err, CreditsError) and "https://nemovideo.com/register?bind=anon_1" in err.line()
    err = codes.error_for(envelope.Reply(False, 403, 2001, None, "x"), web_url=web, anonymous=False, user_id="u")
    assert "top up credits in your account" in err.line().lower()
    assert isinstance(codes.error_for(envelope.Reply(False, 404, 1002), web_url=web, anonymous=True, user_id=None),
                      SessionLost)
    err = codes.error_for(envelope.Reply(False, 415, 4001, None, "bad"), web_url=web, anonymous=True, user_id=None)
    assert "mp4, mov" in err.line() and err.exit_code == 6
    err = codes.error_for(envelope.Reply(False, 413, 4002), web_url=web, anonymous=True, user_id=None)
    assert "Compress" in err.line() and "trim" in err.line()
    err = codes.error_for(envelope.Reply(False, 402, 402), web_url=web, anonymous=True, user_id=None)
    assert isinstance(err, PlanBlocked) and "Register or upgrade your plan to unlock export." in err.line()


def test_settings_from_env(tmp_path: Path) -> None:
    s = Settings.from_env({"NEMO_POLL_INTERVALS": "0.1, 0.2", "NEMO_RENDER_MAX_POLLS": "3",
                           "XDG_CONFIG_HOME": str(tmp_path), "NEMO_CHAT_MAX_S": "junk"})
    assert s.poll_intervals == (0.1, 0.2) and s.render_max_polls == 3 and s.chat_max_s == 900.0
    assert s.config_dir == tmp_path / "nemovideo"
    assert Settings.from_env({"NEMO_CONFIG_DIR": "/x", "XDG_CONFIG_HOME": "/y"}).config_dir == Path("/x")
    assert Settings.from_env({}).uses_default_cloud
