"""The planner's input, through the engine's real chat endpoint: random text never breaks a turn.

The planner helper tests ``plan()`` directly (tests/test_planner_props.py); this sends hypothesis'
text over HTTP to ``POST /run_sse`` on a real engine with real media, so the request validation, the
chat lock, the SSE encoding and the draft store are in the path. For any message: no server error;
a 200 answer is an event stream of JSON events that ends with ``turnComplete``; an error is the JSON
envelope; the stored draft is always valid; credits never go negative.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from engine_harness import Api, InThreadEngine, start_in_thread
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nemo_skill.draft.validate import validate

WORDS = ["make", "a", "video", "add", "title", "caption", "music", "louder", "quieter", "shorter", "longer",
         "seconds", "vertical", "square", "undo", "remove", "fade", "slide", "每个", "标题", "音乐", "视频",
         "export", "click", "the", "button", "30", "0", "-5", "999999", "\"Hello\"", "'quote'", "%", "😀"]

messages = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=15).map(" ".join),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=2000),
    st.just("x" * 19_999),
)


@pytest.fixture(scope="module")
def chat_engine(tmp_path_factory: pytest.TempPathFactory, media_dir: Path) -> Iterator[tuple[InThreadEngine, Api, str]]:
    eng = start_in_thread(tmp_path_factory.mktemp("props-chat"), heartbeat_seconds=0.5, workers=1,
                          initial_credits=1_000_000)
    api = Api(eng.url, "props-chat")
    sid = api.new_session()
    r = api.upload(sid, media_dir / "red-sneaker.jpg", media_dir / "blue-backpack.jpg", media_dir / "clip.mp4",
                   media_dir / "music-bed.mp3")
    assert r.status_code == 200, r.text
    yield eng, api, sid
    api.close()
    eng.stop()


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(message=messages)
def test_any_message_gives_a_complete_turn_or_a_clear_refusal(chat_engine: tuple[InThreadEngine, Api, str],
                                                              message: str) -> None:
    eng, api, sid = chat_engine
    body = {"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
            "new_message": {"role": "user", "parts": [{"text": message}]}}
    with api.http.stream("POST", "/run_sse", json=body, headers={"Accept": "text/event-stream"}) as r:
        raw = r.read().decode("utf-8")
        status, ctype = r.status_code, r.headers.get("content-type", "")
    assert status < 500, raw[:500]
    if status != 200:
        err = json.loads(raw)
        assert isinstance(err.get("code"), int) and isinstance(err.get("message"), str) and err["message"]
        assert not message.strip() or status in (400, 402, 409, 422, 429), (status, err)
        return
    assert ctype.startswith("text/event-stream")
    events = [json.loads(line[5:]) for line in raw.splitlines() if line.startswith("data:") and line[5:].strip()]
    assert events, "an empty stream"
    assert events[-1].get("turnComplete") is True
    replies = [p.get("text") for e in events for p in (e.get("content") or {}).get("parts", []) if p.get("text")]
    assert replies, "the turn said nothing at all"
    state = api.state(sid)["state"]
    draft = state["draft"]
    validate(draft)  # whatever the planner did, the stored draft is valid
    assert api.credits()["available"] >= 0
