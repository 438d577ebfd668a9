"""Property tests for the client's reply-envelope parser (nemo_skill/client/envelope.py).

Whatever bytes come back (JSON of any shape, HTML, truncated text, invalid UTF-8) the parser returns a
Reply and never raises; a failed Reply always carries a one-line message; only a 2xx answer succeeds;
and every envelope shape listed in docs/api.md is read back exactly.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nemo_skill.client.envelope import Reply, from_json, parse

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

statuses = st.one_of(st.sampled_from([200, 201, 204, 400, 401, 402, 404, 409, 429, 500, 502, 503, 504]),
                     st.integers(100, 599))
ok_statuses = st.integers(200, 299)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
content_types = st.sampled_from([None, "application/json", "text/html; charset=utf-8", "text/plain", ""])


def _check_reply(reply: Reply, status: int) -> None:
    assert isinstance(reply, Reply)
    assert reply.status == status
    if reply.ok:
        assert 200 <= status < 300
    else:
        assert reply.message, "a failure must say something"
        assert "\n" not in reply.message and "\r" not in reply.message
        assert len(reply.message) <= 300
        assert "Traceback" not in reply.message


@SETTINGS
@given(status=statuses, body=st.binary(max_size=300), ctype=content_types)
@example(status=200, body=b"\xff\xfe\x00garbage", ctype=None)
@example(status=502, body=b"<html><head><title>502 Bad Gateway</title></head></html>", ctype="text/html")
@example(status=200, body=b"[" * 5000, ctype="application/json")
@example(status=200, body=b'{"code": 0, "data": {"a": ', ctype="application/json")
def test_any_bytes_never_raise(status: int, body: bytes, ctype: str | None) -> None:
    _check_reply(parse(status, body, ctype), status)


@SETTINGS
@given(status=statuses, value=json_values)
def test_any_json_never_raises(status: int, value: object) -> None:
    _check_reply(parse(status, json.dumps(value).encode()), status)
    _check_reply(from_json(status, value), status)


@SETTINGS
@given(status=ok_statuses, data=json_values)
def test_code_zero_is_success_with_data(status: int, data: object) -> None:
    reply = parse(status, json.dumps({"code": 0, "data": data}))
    assert reply.ok and reply.code == 0 and reply.data == data


@SETTINGS
@given(status=ok_statuses, data=json_values)
def test_success_true_is_success_with_data(status: int, data: object) -> None:
    reply = parse(status, json.dumps({"success": True, "data": data}).encode())
    assert reply.ok and reply.data == data


@SETTINGS
@given(status=statuses, code=st.integers(1, 99999), message=st.text(max_size=500))
def test_error_code_keeps_code_and_a_one_line_message(status: int, code: int, message: str) -> None:
    reply = parse(status, json.dumps({"code": code, "message": message}).encode())
    assert not reply.ok and reply.code == code
    _check_reply(reply, status)
    words = message.split()
    if words and len(" ".join(words)) < 250:
        assert reply.message == " ".join(words)


@SETTINGS
@given(status=statuses, code=st.sampled_from([1001, 1002, 2001, 4001, 4002]), as_text=st.booleans())
def test_contract_codes_are_read_even_as_strings(status: int, code: int, as_text: bool) -> None:
    reply = parse(status, json.dumps({"code": str(code) if as_text else code, "message": "x"}))
    assert not reply.ok and reply.code == code


@SETTINGS
@given(status=statuses, error=json_values)
def test_success_false_fails(status: int, error: object) -> None:
    reply = parse(status, json.dumps({"success": False, "error": error}).encode())
    assert not reply.ok
    _check_reply(reply, status)


@SETTINGS
@given(status=st.integers(300, 599), value=json_values)
def test_non_2xx_never_succeeds(status: int, value: object) -> None:
    for body in ({"code": 0, "data": value}, {"success": True, "data": value}, value):
        assert not parse(status, json.dumps(body)).ok


@SETTINGS
@given(status=statuses, title=st.text(alphabet=st.characters(blacklist_characters="<>", blacklist_categories=["Cs"]), max_size=60),
       filler=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200))
def test_html_pages_are_named_as_such(status: int, title: str, filler: str) -> None:
    page = f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{filler}</body></html>"
    reply = parse(status, page.encode(), "text/html")
    assert not reply.ok
    assert "web page" in reply.message
    _check_reply(reply, status)
