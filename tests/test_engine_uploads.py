"""Uploads: streamed multipart and URL uploads, content sniffing, limits, safe names."""

from __future__ import annotations

import functools
import hashlib
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import loopback
import pytest
from engine_harness import Api

FIELDS = {"media_id", "filename", "file_type", "cdn_url", "duration", "width", "height", "fps", "hash",
          "has_audio", "rotation"}


def _files_on_disk(data_dir: Path) -> list[Path]:
    return sorted(p for p in (data_dir / "media").rglob("*") if p.is_file())


def test_upload_probes_every_kind(api: Api, media_dir: Path) -> None:
    sid = api.new_session()
    names = ["red-sneaker.jpg", "clip.mp4", "music-bed.mp3", "voiceover.wav", "clip.gif"]
    r = api.upload(sid, *(media_dir / n for n in names))
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert data["session_state_applied"] is True
    files = {f["filename"]: f for f in data["files"]}
    assert list(files) == names
    for name, f in files.items():
        assert set(f) >= FIELDS, name
        assert f["hash"] == hashlib.sha256((media_dir / name).read_bytes()).hexdigest()
        assert f["media_id"].startswith("m_")
    img, clip, mp3, wav, gif = (files[n] for n in names)
    assert (img["file_type"], img["width"], img["height"], img["duration"]) == ("image", 1600, 1200, None)
    assert clip["file_type"] == "video" and (clip["width"], clip["height"]) == (320, 180)
    assert clip["fps"] == 30 and clip["has_audio"] is True and clip["duration"] == pytest.approx(2.0, abs=0.1)
    assert mp3["file_type"] == "audio" and mp3["duration"] == pytest.approx(30.0, abs=0.2)
    assert wav["file_type"] == "audio" and wav["duration"] > 1
    assert gif["file_type"] == "video" and gif["has_audio"] is False
    # the cdn_url serves the same bytes, to the owner
    got = api.http.get(img["cdn_url"])
    assert got.status_code == 200 and got.content == (media_dir / "red-sneaker.jpg").read_bytes()
    state = api.state(sid)["state"]
    assert [m["media_id"] for m in state["video_infos"]] == [f["media_id"] for f in data["files"]]


def test_type_comes_from_content_not_name(api: Api, media_dir: Path, tmp_path: Path, engine) -> None:
    sid = api.new_session()
    fake = tmp_path / "movie.mp4"
    fake.write_text("this is a text file, not a video\n" * 50)
    r = api.upload(sid, fake)
    assert r.status_code == 415 and r.json()["code"] == 4001 and "movie.mp4" in r.json()["message"]
    assert api.state(sid)["state"]["video_infos"] == []
    assert _files_on_disk(engine.data_dir) == []
    # a PNG named .jpg is fine: it is an image
    from PIL import Image

    png = tmp_path / "photo.jpg"
    Image.new("RGB", (64, 48), "blue").save(png, format="PNG")
    f = api.upload(sid, png).json()["data"]["files"][0]
    assert (f["file_type"], f["width"], f["height"]) == ("image", 64, 48)


def test_one_bad_file_rejects_the_request_and_keeps_earlier_media(api: Api, media_dir: Path, tmp_path: Path) -> None:
    sid = api.new_session()
    api.upload(sid, media_dir / "gold-ring.jpg")
    bad = tmp_path / "notes.mp3"
    bad.write_bytes(b"\x00" * 5000)
    r = api.upload(sid, media_dir / "green-watch.jpg", bad)
    assert r.json()["code"] == 4001
    assert [m["filename"] for m in api.state(sid)["state"]["video_infos"]] == ["gold-ring.jpg"]


def test_size_limit_enforced_while_streaming(engine_factory, media_dir: Path) -> None:
    eng = engine_factory(max_upload_bytes=100_000)
    api = Api(eng.url)
    sid = api.new_session()
    big = media_dir / "music-bed.mp3"  # ~600 kB
    assert big.stat().st_size > 100_000

    def body() -> Iterator[bytes]:  # chunked: no Content-Length, the engine must count as it goes
        boundary = b"XyZ"
        yield b"--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.mp3\"\r\n\r\n"
        data = big.read_bytes()
        for i in range(0, len(data), 16384):
            yield data[i:i + 16384]
        yield b"\r\n--" + boundary + b"--\r\n"

    r = api.http.post(f"/api/upload-video/nemo_agent/me/{sid}", content=body(),
                      headers={"Content-Type": "multipart/form-data; boundary=XyZ"})
    assert r.status_code == 413 and r.json()["code"] == 4002 and "big.mp3" in r.json()["message"]
    assert api.state(sid)["state"]["video_infos"] == []
    assert _files_on_disk(eng.data_dir) == []
    ok = api.upload(sid, media_dir / "red-sneaker.jpg")  # under the limit: fine
    assert ok.status_code == 200


def test_request_size_cap(engine_factory, media_dir: Path) -> None:
    eng = engine_factory(max_request_bytes=50_000)
    api = Api(eng.url)
    sid = api.new_session()
    r = api.upload(sid, media_dir / "red-sneaker.jpg")
    assert r.json()["code"] == 4002


def test_names_cannot_escape(api: Api, media_dir: Path, engine) -> None:
    sid = api.new_session()
    r = api.upload(sid, media_dir / "red-sneaker.jpg", names=["../../../etc/evil name.jpg"])
    f = r.json()["data"]["files"][0]
    assert f["filename"] == "evil name.jpg"
    assert ".." not in f["cdn_url"]
    files = _files_on_disk(engine.data_dir)
    assert len(files) == 1 and files[0].is_relative_to(engine.data_dir / "media")
    assert api.http.get(f["cdn_url"]).status_code == 200


def test_malformed_multipart(api: Api) -> None:
    sid = api.new_session()
    url = f"/api/upload-video/nemo_agent/me/{sid}"
    r = api.http.post(url, content=b"garbage", headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert r.status_code == 400 and set(r.json()) == {"code", "message"}
    r = api.http.post(url, content=b"x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 400
    r = api.http.post(url, files=[("other", ("a.txt", b"abc"))])
    assert r.status_code == 400 and "files" in r.json()["message"]
    # a body cut in the middle of a file
    cut = b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.jpg\"\r\n\r\n\xff\xd8\xff"
    r = api.http.post(url, content=cut, headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert r.status_code == 400
    assert api.state(sid)["state"]["video_infos"] == []


@pytest.fixture
def file_server(media_dir: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(media_dir))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_upload(api: Api, file_server: str, media_dir: Path) -> None:
    sid = api.new_session()
    url = f"/api/upload-video/nemo_agent/me/{sid}"
    r = api.http.post(url, json={"urls": [f"{file_server}/clip.mp4", f"{file_server}/blue-backpack.jpg"],
                                 "source_type": "url"})
    assert r.status_code == 200, r.text
    files = r.json()["data"]["files"]
    assert [(f["filename"], f["file_type"]) for f in files] == [("clip.mp4", "video"), ("blue-backpack.jpg", "image")]
    assert files[0]["hash"] == hashlib.sha256((media_dir / "clip.mp4").read_bytes()).hexdigest()
    for bad in ("file:///etc/passwd", "ftp://127.0.0.1/x.mp4", "javascript:alert(1)", 42):
        r = api.http.post(url, json={"urls": [bad], "source_type": "url"})
        assert r.status_code == 400 and r.json()["code"] == 400, bad
    # the message quotes the URL: control characters and line breaks in it never break the one line
    r = api.http.post(url, json={"urls": ["\x17\n\t\u00d7\U0010d878-\x7f"], "source_type": "url"})
    assert r.status_code == 400 and "\n" not in r.json()["message"] and r.json()["message"].isprintable()
    r = api.http.post(url, json={"urls": [f"{file_server}/missing.mp4"]})
    assert r.status_code == 400 and "404" in r.json()["message"]
    r = api.http.post(url, json={"nope": []})
    assert r.status_code == 400
    assert len(api.state(sid)["state"]["video_infos"]) == 2


def test_url_upload_size_limit(engine_factory, file_server: str, tmp_path: Path) -> None:
    eng = engine_factory(url_max_bytes=10_000)
    api = Api(eng.url)
    sid = api.new_session()
    r = api.http.post(f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": [f"{file_server}/music-bed.mp3"]})
    assert r.json()["code"] == 4002
    assert _files_on_disk(eng.data_dir) == []


def test_startup_sweeps_half_uploads(engine_factory, media_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    eng = engine_factory(data_dir=data)
    api = Api(eng.url)
    sid = api.new_session()
    kept = api.upload(sid, media_dir / "red-sneaker.jpg").json()["data"]["files"][0]
    eng.stop()
    # what a crash mid-upload leaves: a .part file in a directory without a row
    stray = data / "media" / api.user_id / "m_deadbeef00000000"
    stray.mkdir(parents=True)
    shutil.copy(media_dir / "gold-ring.jpg", stray / "gold-ring.jpg.part")
    eng2 = engine_factory(data_dir=data)
    assert not stray.exists()
    api2 = Api(eng2.url)
    assert api2.user_id == api.user_id
    assert [m["media_id"] for m in api2.state(sid)["state"]["video_infos"]] == [kept["media_id"]]
    assert loopback.get(kept["cdn_url"].replace(eng.url, eng2.url), headers=api2.http.headers).status_code == 200
