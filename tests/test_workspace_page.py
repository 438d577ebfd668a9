"""The workspace page in a real headless browser: Debian's chromium driven by Playwright.

One engine (wrapped by tests/faults.py, so a test can cut the chat stream) and one browser serve the
module; each test opens the claim link in a fresh browser context (its own cookies). Every test
fails on a JavaScript error or a console error, and saves screenshots under its tmp folder.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import loopback
import pytest
from conftest import TEST_SETTINGS
from engine_harness import Api, InThreadEngine, start_in_thread
from faults import Faults

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIRST_CUT = "combine these images and audio into a 10-second promotional video with text overlays"

pytestmark = [pytest.mark.slow, pytest.mark.shared_engine]

if not CHROMIUM.exists():  # `make apt-deps` installs it; CI must not skip silently
    if os.environ.get("CI"):
        raise RuntimeError("chromium is missing: `make apt-deps` installs Debian's chromium")
    pytest.skip("Debian's chromium is not installed (make apt-deps)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


class Site:
    def __init__(self, engine: InThreadEngine, faults: Faults, api: Api, sid: str) -> None:
        self.engine, self.faults, self.api, self.sid = engine, faults, api, sid

    def claim_link(self) -> str:
        ct = self.api.http.post("/api/auth/claim-token", json={"session_id": self.sid}).json()["data"]["claim_token"]
        return f"{self.engine.url}/workspace/claim?ct={ct}"

    def draft(self) -> dict:
        return self.api.state(self.sid)["state"]["draft"]

    def version(self) -> int:
        row = self.engine.engine.db.one("SELECT MAX(version) FROM drafts WHERE session_id = ? AND undone = 0",
                                        (self.sid,))
        return int(row[0])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, media_dir: Path) -> Iterator[Site]:
    faults = Faults()
    engine = start_in_thread(tmp_path_factory.mktemp("ws-engine"), wrap=faults.wrap, **TEST_SETTINGS)
    api = Api(engine.url, "workspace-page")
    sid = api.new_session()
    names = ["red-sneaker.jpg", "blue-backpack.jpg", "green-watch.jpg", "music-bed.mp3", "voiceover.wav"]
    assert api.upload(sid, *(media_dir / n for n in names)).status_code == 200
    api.chat(sid, FIRST_CUT)
    yield Site(engine, faults, api, sid)
    faults.release()
    api.close()
    engine.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


class Tab:
    """A fresh browser context and page that records every error and every request URL."""

    def __init__(self, browser: Any, tmp: Path, width: int = 1280, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.urls: list[str] = []
        self.expected: list[str] = []  # substrings of errors a test causes on purpose (a 404 page)
        self.tmp = tmp
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("request", lambda r: self.urls.append(r.url))

    def shot(self, name: str) -> Path:
        path = self.tmp / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def version(self) -> int:
        return int(self.page.get_attribute("#timeline", "data-draft-version") or 0)

    def unexpected_errors(self) -> list[str]:
        return [e for e in self.errors if not any(x in e for x in self.expected)]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser: Any, tmp_path: Path) -> Iterator[Tab]:
    t = Tab(browser, tmp_path)
    yield t
    t.close()
    assert t.unexpected_errors() == [], t.errors


def _segments(draft: dict) -> list[str]:
    return [sg["id"] for t in draft["t"] for sg in t["sg"]]


def test_page_draws_the_timeline_player_and_sheet(site: Site, tab: Tab) -> None:
    page = tab.page
    page.goto(site.claim_link())
    draft = site.draft()
    # one element per segment, at the version stored
    ids = page.eval_on_selector_all("[data-segment-id]", "els => els.map(e => e.dataset.segmentId)")
    assert sorted(ids) == sorted(_segments(draft)) and len(ids) == 3 + 2 + 1 + 3  # pictures, sounds, title, captions
    assert tab.version() == site.version()
    # pictures carry their thumbnail, sounds their waveform, text its words
    pictures = page.locator(".seg-picture")
    assert pictures.count() == 3
    assert all("/thumb/" in (pictures.nth(k).get_attribute("style") or "") for k in range(3))
    waves = page.locator(".seg-audio svg.wave path")
    assert waves.count() == 2 and len(waves.first.get_attribute("d") or "") > 200
    title = next(sg["text"] for t in draft["t"] if t.get("role") == "title" for sg in t["sg"])
    assert page.locator(".seg-text", has_text=title).count() == 1
    assert page.locator(".ruler .tick").count() >= 5
    # the player gets the preview of the current version; the contact sheet follows
    page.wait_for_selector(f"#player[src*='/preview/{site.version()}/']", state="attached", timeout=60_000)
    page.wait_for_selector("#sheet[src]:not([hidden])", state="visible", timeout=30_000)
    page.wait_for_function("() => document.querySelector('#player').readyState >= 1", timeout=30_000)
    assert page.eval_on_selector("#player", "v => v.videoHeight") == 480
    assert page.eval_on_selector("#sheet", "i => i.naturalWidth") > 0
    # a thumbnail really loads (an image the browser decoded, from this engine)
    thumb = re.search(r"url\(['\"]?([^'\")]+)", pictures.first.get_attribute("style") or "")
    assert thumb is not None
    assert page.evaluate("async u => (await fetch(u)).headers.get('content-type')", thumb.group(1)) == "image/jpeg"
    # thumbnails and waveforms are made on the engine once, then served from its cache
    cache = site.engine.data_dir / "cache"
    assert len(list((cache / "thumbs").glob("*.jpg"))) == 3 and len(list((cache / "waves").glob("*.json"))) == 2
    tab.shot("desktop")
    # nothing from another host, and no API token anywhere
    assert all(u.startswith(site.engine.url) for u in tab.urls), tab.urls
    assert site.api.token not in page.content() and not any(site.api.token in u for u in tab.urls)


def test_chat_edit_streams_redraws_and_is_sent_once(site: Site, tab: Tab) -> None:
    page = tab.page
    page.goto(site.claim_link())
    before = tab.version()
    credits = site.api.credits()["available"]
    turns = site.engine.engine.db.one("SELECT COUNT(*) FROM turns WHERE session_id = ?", (site.sid,))[0]
    page.get_by_label("What should change?").fill("make it 8 seconds")
    page.get_by_role("button", name="Send").dblclick()  # a double click sends once
    page.wait_for_selector(f"#timeline:not([data-draft-version='{before}'])", state="attached", timeout=30_000)
    assert tab.version() == site.version() == before + 1
    assert site.draft()["d"] == 8000
    assert page.get_attribute("#timeline", "data-duration") == "8000"
    assert site.api.credits()["available"] == credits - 1  # same credit rule as scripts/chat
    assert site.engine.engine.db.one("SELECT COUNT(*) FROM turns WHERE session_id = ?", (site.sid,))[0] == turns + 1
    assert site.faults.count("POST", r"/workspace/s/[^/]+/chat") == 1
    assert page.locator("#history .turn").last.locator(".reply").inner_text().endswith("Length set to 8 s.")
    assert page.input_value("#message") == ""
    # the preview of the new version reaches the player by itself
    page.wait_for_selector(f"#player[src*='/preview/{before + 1}/']", state="attached", timeout=60_000)
    tab.shot("after-edit")
    # restore the version before, from the history: a new version with the old draft, free
    page.get_by_role("button", name="Restore this version").last.click()
    page.wait_for_selector(f"#timeline[data-draft-version='{before + 2}']", state="attached", timeout=30_000)
    assert site.draft()["d"] == 10000 and site.api.credits()["available"] == credits - 1


def test_keyboard_only_edit(site: Site, tab: Tab) -> None:
    page = tab.page
    page.goto(site.claim_link())
    before = tab.version()
    page.keyboard.press("Tab")  # the skip link, then into the chat box
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to the chat box"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "message"
    page.keyboard.type('set the title to "Keyboard Sale"')
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#timeline:not([data-draft-version='{before}'])", state="attached", timeout=30_000)
    assert page.locator(".seg-text", has_text="Keyboard Sale").count() == 1
    # every control has a name a screen reader reads
    for role, name in (("button", "Send"), ("button", "Export 1080p MP4"), ("textbox", "What should change?")):
        assert page.get_by_role(role, name=name).count() == 1


def test_export_puts_the_video_in_the_player(site: Site, tab: Tab) -> None:
    page = tab.page
    page.goto(site.claim_link())
    page.wait_for_selector("#player[src]", state="attached", timeout=60_000)
    before = page.get_attribute("#player", "src")
    # every text the export's status line shows, recorded as it changes
    page.evaluate("""() => { window.seen = []; const s = document.querySelector('#export-status');
        new MutationObserver(() => window.seen.push(s.textContent)).observe(s, {childList: true}); }""")
    page.click("[data-action=export]")
    page.wait_for_selector("#player[src*='/export/']", state="attached", timeout=180_000)
    seen = page.evaluate("() => window.seen")
    assert any(re.fullmatch(r"Exporting… \d+%", t) for t in seen), seen  # progress, live
    src = page.get_attribute("#player", "src")
    assert src != before and src.endswith("/video.mp4")
    link = page.locator("#download")
    assert link.is_visible() and link.get_attribute("download", timeout=1000).endswith(".mp4")
    head = page.evaluate("async u => { const r = await fetch(u); return [r.status, r.headers.get('content-type'),"
                         " r.headers.get('content-disposition')]; }", link.get_attribute("href"))
    assert head[0] == 200 and head[1] == "video/mp4" and head[2].startswith("attachment")
    page.wait_for_function("() => document.querySelector('#player').readyState >= 1", timeout=30_000)
    assert page.eval_on_selector("#player", "v => v.videoHeight") == 1080
    # the same render as scripts/export: one job in the engine's renders table, high quality
    row = site.engine.engine.db.one("SELECT * FROM renders WHERE session_id = ? ORDER BY created_at DESC",
                                    (site.sid,))
    assert row["status"] == "completed" and row["quality"] == "high" and src.split("/export/")[1].startswith(row["id"])
    assert "Exported" in page.inner_text("#export-status")
    tab.shot("exported")


def test_phone_width_has_no_sideways_scrolling(site: Site, browser: Any, tmp_path: Path) -> None:
    t = Tab(browser, tmp_path, width=390, height=844)
    try:
        t.page.goto(site.claim_link())
        t.page.wait_for_selector("#player[src]", state="attached", timeout=60_000)
        t.page.wait_for_timeout(300)
        assert t.page.evaluate("() => document.documentElement.scrollWidth") <= 390
        widest = t.page.evaluate("() => Math.max(...[...document.querySelectorAll('body *')]"
                                 ".filter(e => e.offsetParent !== null)"
                                 ".map(e => e.getBoundingClientRect().right))")
        assert widest <= 390.5, widest
        t.shot("phone")
    finally:
        t.close()
    assert t.errors == [], t.errors


def test_lost_connection_shows_what_happened_and_the_stored_timeline(site: Site, tab: Tab) -> None:
    page = tab.page
    page.goto(site.claim_link())
    before = tab.version()
    # the stream is dropped after its first event; the turn itself finishes on the engine
    site.faults.add("sse_cut", r"/workspace/s/[^/]+/chat", method="POST", events=1, then="abort")
    tab.expected.append("ERR_")  # the dropped stream itself is what the test does
    try:
        page.fill("#message", "make it 9 seconds")
        page.click("#send")
        page.wait_for_selector("#chat-status.error", timeout=30_000)
        assert "Connection lost" in page.inner_text("#chat-status")
        # the lost turn's note stays until the page re-reads the history 3 s later (the turn finished on
        # the engine, so its stored reply then replaces the note); on a loaded machine that can come first
        last = page.locator("#history .turn").last.inner_text()
        assert "connection was lost" in last or "9 s" in last, last
        deadline = time.monotonic() + 20
        while tab.version() != site.version() and time.monotonic() < deadline:
            page.wait_for_timeout(200)
        assert tab.version() == site.version() == before + 1  # the timeline as stored, edit included
        tab.shot("lost-connection")
    finally:
        site.faults.clear()


def test_a_wrong_or_expired_link_shows_a_clear_page(site: Site, tab: Tab) -> None:
    page = tab.page
    response = page.goto(f"{site.engine.url}/workspace/claim?ct=clm_wrong")
    assert response is not None and response.status == 404
    assert "Link expired or invalid" in page.inner_text("h1")
    tab.expected.append("status of 404")  # the page's own status
    # a page already open whose claim then expires: the next change says so
    link = site.claim_link()
    page.goto(link)
    ct = link.split("ct=")[1]
    import hashlib

    site.engine.engine.db.run("UPDATE claims SET expires_at = ? WHERE hash = ?",
                              (time.time() - 1, hashlib.sha256(ct.encode()).hexdigest()))
    page.fill("#message", "make it 7 seconds")
    page.click("#send")
    page.wait_for_selector("#chat-status.error", timeout=10_000)
    assert "expired" in page.inner_text("#chat-status")
    tab.expected.append("status of 401")
    assert loopback.get(link).status_code == 404
