"""A server for a team: signed worker URLs (one render, expiring), member tokens instead of anonymous
ones beyond loopback, and link uploads that cannot reach private addresses (real loopback HTTP servers
that redirect)."""

from __future__ import annotations

import hashlib
import http.server
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cluster_harness import ROOT, Redis, wait_for
from engine_harness import Api
from test_engine_render import setup_session, small_draft, wait_done

from nemo_skill.local.cli import serve_settings
from nemo_skill.local.engine_settings import Settings
from nemo_skill.local.url_fetch import LinkGuard

# --- signed worker URLs ----------------------------------------------------------------------------


def test_signed_urls_serve_one_render_and_expire(engine_factory, redis: Redis, media_dir: Path) -> None:
    eng = engine_factory(render_broker=redis.url, cluster_queue_timeout_s=4)
    api = Api(eng.url)
    sid, ids = setup_session(api, media_dir)
    extra = api.upload(sid, media_dir / "gold-ring.jpg").json()["data"]["files"][0]["media_id"]  # not in the draft
    api.http.post("/api/render/proxy/lambda", json={"id": "render_s", "sessionId": sid, "draft": small_draft(ids)})
    payload = wait_for(redis.queued_payloads, 10, "the task on the broker")[0]["payload"]
    bare = httpx.Client(base_url=eng.url, trust_env=False, timeout=10)   # no bearer token at all
    mid, spec = next(iter(payload["inputs"].items()))
    r = bare.get(spec["url"])
    assert r.status_code == 200 and hashlib.sha256(r.content).hexdigest() == spec["sha256"]

    signer = eng.engine.jobs.remote.signer
    tid, exp = payload["task_id"], int(time.time()) + 600
    assert bare.get(spec["url"].replace("sig=", "sig=x")).status_code == 403
    assert "not an input" in bare.get(signer.path(tid, f"media/{extra}", exp)).json()["message"]
    assert bare.get(spec["url"].replace(f"/media/{mid}", f"/media/{extra}")).status_code == 403  # sig is per input
    expired = bare.get(signer.path(tid, f"media/{mid}", int(time.time()) - 1))
    assert expired.status_code == 403 and "expired" in expired.json()["message"]
    other_task = spec["url"].replace(tid, "rt_" + "0" * 20)
    assert bare.get(other_task).status_code == 403
    # the media's own URL needs the owner's bearer token; the signed one is no way around that
    assert bare.get(f"/media/{mid}/x").status_code == 401
    # upload before claiming: refused; ctl URL is not an output URL
    assert bare.put(payload["output"] + "&name=video", content=b"x").status_code == 410
    assert bare.put(payload["control"] + "&name=video", content=b"x").status_code in (403, 405)
    # the render is over (nobody took it): its URLs stop working
    assert wait_done(api, "render_s", 30)["status"] == "failed"
    assert bare.get(spec["url"]).status_code == 410
    assert bare.post(payload["control"], json={"event": "claim", "worker": "w"}).status_code == 410


# --- tokens on a server for a team -------------------------------------------------------------------


def nemo_local(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nemo_skill.local", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_serve_beyond_loopback_turns_anonymous_and_private_links_off(tmp_path: Path) -> None:
    base = Settings.from_env(data_dir=tmp_path)
    team = serve_settings(base, "0.0.0.0", None, False, False)
    assert not team.allow_anonymous and not team.allow_private_links
    opened = serve_settings(base, "192.168.1.5", None, True, True)
    assert opened.allow_anonymous and opened.allow_private_links
    for host in ("127.0.0.1", "localhost", "::1"):
        local = serve_settings(base, host, None, False, False)
        assert local.allow_anonymous and local.allow_private_links


def test_member_tokens_and_no_anonymous(engine_factory, tmp_path: Path) -> None:
    data = tmp_path / "team"
    first = engine_factory(data_dir=data)
    anon = Api(first.url)
    first.stop()
    eng = engine_factory(data_dir=data, allow_anonymous=False)
    bare = httpx.Client(base_url=eng.url, trust_env=False, timeout=10)
    r = bare.post("/api/auth/anonymous-token", headers={"X-Client-Id": "someone"})
    assert r.status_code == 403 and "token create" in r.json()["message"]
    r = bare.get("/api/credits/balance/simple", headers={"Authorization": f"Bearer {anon.token}"})
    assert r.status_code == 401 and "anonymous" in r.json()["message"]

    created = nemo_local("token", "create", "alice", "--credits", "7", "--data", str(data))
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert token.startswith("nmv_usr_") and token not in created.stderr
    assert eng.engine.db.one("SELECT 1 FROM tokens WHERE hash = ?", (token,)) is None   # stored hashed only
    auth = {"Authorization": f"Bearer {token}"}
    r = bare.get("/api/credits/balance/simple", headers=auth)
    assert r.status_code == 200 and r.json()["data"]["available"] == 7
    assert "alice\t7 credits\t1 valid token(s)" in nemo_local("token", "list", "--data", str(data)).stdout
    revoked = nemo_local("token", "revoke", "alice", "--data", str(data))
    assert revoked.returncode == 0 and "revoked 1 token" in revoked.stdout
    assert bare.get("/api/credits/balance/simple", headers=auth).status_code == 401
    saved = nemo_local("token", "create", "alice", "--out", str(tmp_path / "alice.token"), "--data", str(data))
    assert saved.returncode == 0 and saved.stdout == "" and "nmv_usr_" not in saved.stderr
    assert (tmp_path / "alice.token").stat().st_mode & 0o777 == 0o600
    second = {"Authorization": f"Bearer {(tmp_path / 'alice.token').read_text().strip()}"}
    assert bare.get("/api/credits/balance/simple", headers=second).status_code == 200
    bad = nemo_local("token", "create", "../x", "--data", str(data))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    missing = nemo_local("token", "revoke", "bob", "--data", str(data))
    assert missing.returncode == 1 and "no member named bob" in missing.stderr


# --- link uploads that must not reach the server's neighbours ---------------------------------------


class Site:
    """A real HTTP server on a loopback address: /img.jpg serves a picture, /go?to=URL redirects."""

    def __init__(self, host: str, body: bytes) -> None:
        self.hits: list[str] = []
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                site.hits.append(self.path)
                if self.path.startswith("/go?to="):
                    self.send_response(302)
                    self.send_header("Location", self.path[len("/go?to="):])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/jpeg")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.url = f"http://{host}:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sites(media_dir: Path) -> Iterator[tuple[Site, Site]]:
    body = (media_dir / "red-sneaker.jpg").read_bytes()
    a, b = Site("127.0.0.1", body), Site("127.0.0.2", body)
    yield a, b
    a.close()
    b.close()


def link_upload(api: Api, sid: str, url: str) -> httpx.Response:
    return api.http.post(f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": [url], "source_type": "url"})


def test_links_to_private_addresses_are_refused(engine_factory, sites: tuple[Site, Site]) -> None:
    a, b = sites
    port = a.url.rsplit(":", 1)[1]
    guarded = Api(engine_factory(allow_private_links=False).url)
    sid = guarded.new_session()
    for url in (f"{a.url}/img.jpg", f"http://localhost:{port}/img.jpg"):   # by address, and by name
        r = link_upload(guarded, sid, url)
        assert r.status_code == 400 and "private or link-local addresses are refused" in r.json()["message"], r.text
    assert a.hits == []   # refused before connecting

    # 127.0.0.1 allowed by NEMO_LOCAL_LINK_ALLOW: it serves, but its redirect to 127.0.0.2 is refused
    allowing = Api(engine_factory(allow_private_links=False, link_allow_networks=("127.0.0.1/32",)).url)
    sid = allowing.new_session()
    assert link_upload(allowing, sid, f"{a.url}/img.jpg").status_code == 200
    assert link_upload(allowing, sid, f"{a.url}/go?to={a.url}/img.jpg").status_code == 200
    r = link_upload(allowing, sid, f"{a.url}/go?to={b.url}/img.jpg")
    assert r.status_code == 400 and "127.0.0.2" in r.json()["message"], r.text
    assert b.hits == []

    # a loopback engine (one user on their machine) follows any link as before
    local = Api(engine_factory().url)
    sid = local.new_session()
    assert link_upload(local, sid, f"{a.url}/go?to={b.url}/img.jpg").status_code == 200
    assert b.hits == ["/img.jpg"]


@pytest.mark.parametrize(("address", "refused"), [
    ("169.254.169.254", True), ("10.1.2.3", True), ("172.16.0.1", True), ("192.168.0.1", True),
    ("127.0.0.1", True), ("0.0.0.0", True), ("::1", True), ("::ffff:127.0.0.1", True), ("fe80::1", True),
    ("fd00::1", True), ("100.64.0.1", True), ("224.0.0.1", True), ("8.8.8.8", False), ("2606:4700::1111", False)])
def test_link_guard_addresses(address: str, refused: bool) -> None:
    assert LinkGuard().refused(address) is refused
