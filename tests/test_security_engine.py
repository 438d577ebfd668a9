"""The local engine's exposure: loopback only, a token on every private endpoint, users kept apart,
upload names that cannot leave the data dir, capped request sizes, tokens stored only as hashes.

Extends tests/test_engine_api.py and tests/test_engine_uploads.py (which cover state/upload/media/
claim/chat/export isolation, ``../`` names and Content-Length caps) with: the listening socket itself,
every route of the OpenAPI document, renders and their files across users, drafts pointing at another
user's media, absolute/NUL/backslash names, chunked bodies without Content-Length, the claim page's
escaping and what the SQLite files contain.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import loopback
import pytest
from engine_harness import Api

PUBLIC = {
    ("GET", "/health"),
    ("POST", "/api/auth/anonymous-token"),
    ("GET", "/workspace/claim"),
    ("GET", "/workspace/claim/video"),
    ("GET", "/workspace/claim/poster"),
}


def _listeners(port: int) -> list[tuple[str, str]]:
    """(file, local address hex) of LISTEN sockets on ``port`` from /proc/net/tcp{,6}."""
    out = []
    for name in ("tcp", "tcp6"):
        path = Path("/proc/net") / name
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            addr, _, port_hex = fields[1].rpartition(":")
            if int(port_hex, 16) == port and fields[3] == "0A":
                out.append((name, addr))
    return out


def test_engine_listens_on_loopback_only_by_default(subprocess_engine) -> None:
    eng = subprocess_engine()  # `python -m nemo_skill.local serve` without --host
    info = json.loads((eng.data_dir / "server.json").read_text())
    assert info["host"] == "127.0.0.1"
    port = int(eng.url.rsplit(":", 1)[1])
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp on this system to inspect the listening socket")
    assert _listeners(port) == [("tcp", "0100007F")]  # 127.0.0.1, and nothing on 0.0.0.0 or ::


def _fill(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x_" + uuid.uuid4().hex[:8], path)


def test_every_private_endpoint_needs_a_valid_token(engine, engine_factory) -> None:
    doc = loopback.get(engine.url + "/openapi.json").json()
    routes = [(m.upper(), p) for p, ops in doc["paths"].items() for m in ops]
    assert len(routes) >= 15
    public_in_doc = {r for r in routes if r in PUBLIC}
    assert public_in_doc == PUBLIC
    expired = engine_factory(token_ttl_seconds=1)
    old = Api(expired.url, "soon-expired").token
    time.sleep(1.2)
    checked = 0
    for method, path in routes:
        if (method, path) in PUBLIC:
            continue
        for base, auth in ((engine.url, None), (engine.url, "Bearer nmv_usr_forged"), (engine.url, "Basic abc"),
                           (engine.url, "Bearer  x y"), (expired.url, f"Bearer {old}")):
            headers = {"Authorization": auth} if auth else {}
            r = httpx.request(method, base + _fill(path), headers=headers, json={} if method == "POST" else None)
            assert r.status_code in (401, 403), (method, path, auth, r.status_code, r.text)
            assert r.json()["code"] == 1001, (method, path, r.text)
            checked += 1
    assert checked >= 50
    # the public ones reveal nothing without a claim token
    for path in ("/workspace/claim/video", "/workspace/claim/poster"):
        assert loopback.get(engine.url + path).status_code == 404
        assert loopback.get(engine.url + path, params={"ct": "clm_guess"}).status_code == 404


def _tiny_draft(mid: str) -> dict:
    return {"v": 1, "d": 1000, "m": {"width": 320, "height": 180, "fps": 24},
            "t": [{"id": "v1", "tt": 0, "sg": [{"id": "s1", "mid": mid, "k": "image", "s": 0, "d": 1000}]}]}


def _wait_render(api: Api, rid: str, deadline_s: float = 120) -> dict:
    end = time.monotonic() + deadline_s
    while True:
        body = api.http.get(f"/api/render/proxy/lambda/{rid}").json()
        data = body.get("data", body)
        if data.get("status") in ("completed", "failed") or time.monotonic() > end:
            return data
        time.sleep(0.2)


def _export(api: Api, sid: str, rid: str, draft: dict | None) -> dict[str, Any]:
    r = api.http.post("/api/render/proxy/lambda", json={"id": rid, "sessionId": sid, "draft": draft,
                                                         "output": {"format": "mp4", "quality": "low"}})
    return r.json()


def test_renders_and_their_files_stay_with_their_user(engine, media_dir: Path) -> None:
    a, b = Api(engine.url, "sec-a"), Api(engine.url, "sec-b")
    sid_a, sid_b = a.new_session(), b.new_session()
    up = a.upload(sid_a, media_dir / "red-sneaker.jpg").json()["data"]["files"][0]
    _export(a, sid_a, "render_secret", _tiny_draft(up["media_id"]))
    done = _wait_render(a, "render_secret")
    assert done["status"] == "completed", done
    video = a.http.get(done["output"]["url"])
    assert video.status_code == 200 and len(video.content) > 1000

    # B cannot see A's render, its status or any of its files, by id or by URL
    assert b.http.get("/api/render/proxy/lambda/render_secret").json()["code"] == 1002
    for kind in ("download", "poster", "sheet"):
        r = b.http.get(f"/api/render/proxy/render_secret/{kind}")
        assert r.status_code >= 400 and r.content != video.content and r.json()["code"] == 1002
    assert b.http.get(done["output"]["url"]).json()["code"] == 1002
    # the same render id on B's side is B's own job, not a view of A's
    mine = _export(b, sid_b, "render_secret", None)
    assert mine.get("code") not in (None, 0) or mine.get("sessionId") == sid_b, mine
    # a draft naming A's media id renders nothing of A's for B
    stolen = _export(b, sid_b, "render_steal", _tiny_draft(up["media_id"]))
    if stolen.get("id") == "render_steal":
        assert _wait_render(b, "render_steal")["status"] == "failed"
    else:
        assert stolen.get("code") not in (None, 0), stolen
    # and the media itself, with B's token, by A's exact URL
    assert b.http.get(up["cdn_url"]).json()["code"] == 1002
    assert b.credits()["available"] >= 0


def _multipart(filename: bytes, data: bytes) -> tuple[bytes, str]:
    boundary = "----sec" + uuid.uuid4().hex
    body = (f"--{boundary}\r\n".encode() + b'Content-Disposition: form-data; name="files"; filename="'
            + filename + b'"\r\nContent-Type: image/jpeg\r\n\r\n' + data + f"\r\n--{boundary}--\r\n".encode())
    return body, f"multipart/form-data; boundary={boundary}"


HOSTILE_NAMES = [
    b"/etc/passwd.jpg",
    b"/tmp/../../root/.bashrc.jpg",
    b"..",
    b".",
    b"...",
    b"../",
    b"a\x00b.jpg",
    b"\x00",
    b"..\\..\\..\\windows\\win.jpg",
    b"x/../../y.jpg",
    b"%2e%2e%2fz.jpg",
    b".hidden.jpg",
    b"-rf .jpg",
    "r\u00e9sum\u00e9 \u202egnp.jpg".encode(),
    ("\U0001F600" * 200 + ".jpg").encode(),
    b"a" * 5000 + b".jpg",
    b"CON.jpg",
    b"file\r\nX-Injected: 1.jpg",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=lambda n: repr(n[:24]))
def test_upload_names_cannot_escape_the_data_dir(engine, media_dir: Path, name: bytes) -> None:
    api = Api(engine.url, "names")
    sid = api.new_session()
    before = {p for p in Path(engine.data_dir).parent.rglob("*")}
    body, ctype = _multipart(name, (media_dir / "red-sneaker.jpg").read_bytes())
    r = api.http.post(f"/api/upload-video/nemo_agent/me/{sid}", content=body, headers={"Content-Type": ctype})
    assert r.status_code < 500, r.text
    reply = r.json()
    media_root = (Path(engine.data_dir) / "media").resolve()
    created = {p for p in Path(engine.data_dir).parent.rglob("*")} - before
    for p in created:
        rp = p.resolve()
        assert rp.is_relative_to(Path(engine.data_dir).resolve()), p
        if p.is_file() and rp.is_relative_to(media_root):
            assert "\x00" not in p.name and not p.name.startswith(".")
    assert not Path("/etc/passwd.jpg").exists() and not Path("/root/.bashrc.jpg").exists()
    if reply.get("code") == 0:
        f = reply["data"]["files"][0]
        assert "/" not in f["filename"] and "\\" not in f["filename"] and "\x00" not in f["filename"]
        assert "\n" not in f["filename"] and "\r" not in f["filename"]
        assert ".." not in f["cdn_url"].split("/media/", 1)[-1].replace("...", "")
        got = api.http.get(f["cdn_url"])
        assert got.status_code == 200 and got.content == (media_dir / "red-sneaker.jpg").read_bytes()
        assert "x-injected" not in {k.lower() for k in got.headers}
    else:
        assert isinstance(reply.get("message"), str) and reply["message"]


def test_media_route_does_not_follow_dot_dot(engine, media_dir: Path) -> None:
    api = Api(engine.url, "dots")
    sid = api.new_session()
    f = api.upload(sid, media_dir / "red-sneaker.jpg").json()["data"]["files"][0]
    mid = f["media_id"]
    db_files = [p for p in Path(engine.data_dir).iterdir() if p.is_file()]
    secrets = {p.read_bytes()[:64] for p in db_files if p.stat().st_size}
    for tail in ("..%2F..%2F..%2Fserver.json", "%2e%2e/%2e%2e/%2e%2e/server.json", "..", "."):
        r = api.http.get(f"/media/{mid}/{tail}")
        assert r.status_code != 200 or r.content[:64] not in secrets, tail
    r = api.http.get(f"/media/{mid}/../../../{Path(engine.data_dir).name}/server.json")
    assert r.status_code != 200


def test_chunked_bodies_are_capped_too(engine_factory, media_dir: Path) -> None:
    eng = engine_factory(max_json_bytes=10_000, max_request_bytes=200_000, max_upload_bytes=150_000)
    api = Api(eng.url, "chunked")
    sid = api.new_session()

    def stream(total: int, head: bytes = b"", tail: bytes = b""):
        yield head
        sent = 0
        while sent < total:
            yield b" " * 8192
            sent += 8192
        yield tail

    # JSON without Content-Length, far over the JSON cap
    r = api.http.post("/run_sse", content=stream(5_000_000, b'{"session_id": "' + sid.encode() + b'", "pad": "', b'"}'),
                      headers={"Content-Type": "application/json"})
    assert r.status_code in (400, 413) and r.json()["code"] in (400, 413), r.text  # refused, never read whole
    # multipart without Content-Length, over the request cap
    boundary = "capb"
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.jpg"\r\n'
            "Content-Type: image/jpeg\r\n\r\n").encode()
    r = api.http.post(f"/api/upload-video/nemo_agent/me/{sid}", content=stream(3_000_000, head,
                      f"\r\n--{boundary}--\r\n".encode()),
                      headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code in (413, 400) or r.json()["code"] == 4002, r.text
    assert r.json()["code"] in (4002, 413)
    leftovers = [p for p in (Path(eng.data_dir) / "media").rglob("*") if p.is_file()]
    assert leftovers == []
    assert api.state(sid)["state"]["video_infos"] == []


def test_tokens_are_stored_only_as_hashes(engine, media_dir: Path) -> None:
    api = Api(engine.url, "hash-only")
    sid = api.new_session()
    api.upload(sid, media_dir / "red-sneaker.jpg")
    api.chat(sid, "make a 5 second video")
    api.http.post("/api/auth/claim-token", json={"session_id": sid})
    from nemo_skill.local.auth import TOKEN_PREFIX

    token = api.token.encode()
    # the whole random part (43 characters): the last "_"-separated piece was once a 2-character
    # fragment of it (token_urlsafe uses "_" too), which turned up by chance inside a JPEG
    secret_part = token.removeprefix(TOKEN_PREFIX.encode())
    assert len(secret_part) >= 40
    found = []
    for p in Path(engine.data_dir).rglob("*"):
        if p.is_file():
            raw = p.read_bytes()
            if token in raw or secret_part in raw:
                found.append(str(p))
    assert found == [], f"the token is stored in clear in {found}"


def test_claim_page_escapes_what_users_typed(engine) -> None:
    api = Api(engine.url, "xss")
    sid = api.new_session()
    evil = "<script>alert(1)</script>"
    api.chat(sid, f'add a title "{evil}"')
    ct = api.http.post("/api/auth/claim-token", json={"session_id": sid}).json()["data"]["claim_token"]
    page = loopback.get(engine.url + "/workspace/claim", params={"ct": ct})
    assert page.status_code == 200
    assert evil not in page.text
    reflected = loopback.get(engine.url + "/workspace/claim", params={"ct": '"><script>alert(2)</script>'})
    assert "<script>alert(2)" not in reflected.text
    assert api.token not in page.text
