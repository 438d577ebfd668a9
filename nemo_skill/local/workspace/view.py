"""What the workspace page shows, as HTML pieces and JSON: the page, the timeline, the history, the
player's current video, the contact sheet and the running export. Its script swaps the pieces in."""

from __future__ import annotations

import html
import json
import sqlite3
import string
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nemo_skill.draft.summary import is_ready, summary_line

from .. import ledger, sessions, turns
from ..api_errors import ApiError, http
from ..engine_state import Engine
from ..jobs import ACTIVE
from . import pages, timeline_html
from .media_cache import MediaCache

TEMPLATE = Path(__file__).with_name("page.html")
LOOK_WORKERS = 4  # first load of 5 pictures, 2 sounds, a clip: 0.61 -> 0.49 s (median of 6, 2 cores at load 5)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _look(cache: MediaCache, page: pages.PageSession, r: sqlite3.Row) -> timeline_html.MediaLook:
    thumb = f"{page.base}/thumb/{r['id']}" if cache.thumbnail(r) is not None else None
    return timeline_html.MediaLook(kind=r["kind"], filename=r["filename"],
                              duration_ms=(r["duration"] or 0) * 1000 or None, thumb_url=thumb,
                              peaks=cache.peaks(r))


def looks(cache: MediaCache, page: pages.PageSession, rows: list[sqlite3.Row]) -> dict[str, timeline_html.MediaLook]:
    """Each media's thumbnail and waveform, made side by side the first time (FFmpeg and Pillow
    release the GIL): LOOK_WORKERS at once, once each; cached files are read back at once."""
    if len(rows) <= 1:
        return {r["id"]: _look(cache, page, r) for r in rows}
    with ThreadPoolExecutor(max_workers=min(LOOK_WORKERS, len(rows)), thread_name_prefix="looks") as pool:
        made = list(pool.map(lambda r: _look(cache, page, r), rows))
    return {r["id"]: look for r, look in zip(rows, made, strict=True)}


def current(engine: Engine, page: pages.PageSession) -> tuple[int, dict]:
    latest = sessions.latest_version(engine.db, page.session_id)
    return latest if latest is not None else (0, sessions.empty_draft())


def history_html(engine: Engine, page: pages.PageSession, version: int) -> str:
    rows = turns.listed(engine.db, page.session_id)
    if not rows:
        return ('<li class="turn empty">No chat turns yet. Ask for a change below, for example '
                '<q>make it 20 seconds</q> or <q>set the title to "Summer Sale"</q>.</li>')
    items = []
    for t in rows:
        at = datetime.fromtimestamp(t["created_at"], UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        meta = [f'<time datetime="{at}">{at[11:16]} UTC</time>']
        if t["version"] is not None:
            v = int(t["version"])
            meta.append(f"version {v}")
            if v == version:
                meta.append('<span class="badge">current</span>')
            else:
                meta.append(f'<button type="button" class="link" data-action="restore" data-version="{v}">'
                            f"Restore this version</button>")
        error = ' class="reply error"' if t["error"] else ' class="reply"'
        items.append(f'<li class="turn"><p class="you"><span class="who">You</span>{_e(t["message"])}</p>'
                     f'<p{error}><span class="who">Editor</span>{_e(t["reply"])}</p>'
                     f'<p class="turn-meta">{" · ".join(meta)}</p></li>')
    return "".join(items)


def render_row(engine: Engine, page: pages.PageSession, render_id: str) -> sqlite3.Row:
    row = engine.jobs.row(page.user_id, render_id)
    if row["session_id"] != page.session_id:
        raise ApiError(1002, "render not found")
    return row


def _export_dict(page: pages.PageSession, row: sqlite3.Row, draft: dict | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row["id"], "status": row["status"], "progress": row["progress"],
                           "error": row["error"] if row["status"] == "failed" else None}
    if row["status"] == "completed":
        base = f"{page.base}/export/{row['id']}"
        out.update(video_url=f"{base}/video.mp4", download_url=f"{base}/video.mp4?download=1",
                   poster_url=f"{base}/poster.png" if row["poster"] else None,
                   sheet_url=f"{base}/sheet.png" if row["sheet"] else None,
                   duration=row["duration"], size=row["size"], name=Path(row["path"]).name)
    if draft is not None:
        out["current"] = json.loads(row["draft"]) == draft  # made from the timeline as it is now
    return out


def export_status(engine: Engine, page: pages.PageSession, render_id: str) -> dict[str, Any]:
    return _export_dict(page, render_row(engine, page, render_id))


def latest_export(engine: Engine, page: pages.PageSession, draft: dict) -> dict[str, Any] | None:
    """The session's running export if any, else its newest finished one."""
    row = engine.db.one("SELECT * FROM renders WHERE session_id = ? AND user_id = ? AND status IN (?, ?) "
                        "ORDER BY created_at DESC LIMIT 1", (page.session_id, page.user_id, *ACTIVE))
    row = row or engine.db.one("SELECT * FROM renders WHERE session_id = ? AND user_id = ? AND status = "
                               "'completed' ORDER BY updated_at DESC LIMIT 1", (page.session_id, page.user_id))
    return _export_dict(page, row, draft) if row is not None else None


def preview_status(engine: Engine, page: pages.PageSession, version: int) -> dict[str, Any] | None:
    p = engine.previews.get(page.user_id, page.session_id, version) if version else None
    if p is None:
        return None
    out: dict[str, Any] = {"version": p.version, "status": p.status, "progress": p.progress, "error": p.error,
                           "finished": p.finished}
    if p.status == "completed":  # playable; its poster and sheet once they are made
        base = f"{page.base}/preview/{p.version}"
        pictures = p.finished
        out.update(video_url=f"{base}/video.mp4",
                   poster_url=f"{base}/poster.png" if pictures and p.poster.is_file() else None,
                   sheet_url=f"{base}/sheet.png" if pictures and p.sheet.is_file() else None)
    return out


def player(preview: dict | None, export: dict | None) -> dict[str, Any] | None:
    """What the player shows: an export of the timeline as it is, else the current version's
    preview, else the last export (older), else nothing yet."""
    done_export = export if export and export["status"] == "completed" else None
    if done_export and done_export.get("current"):
        return {"src": done_export["video_url"], "poster": done_export["poster_url"], "kind": "export",
                "caption": f"Export {done_export['name']} (1080p, {done_export['duration']:.1f} s)"}
    if preview and preview["status"] == "completed":
        return {"src": preview["video_url"], "poster": preview["poster_url"], "kind": "preview",
                "caption": f"Preview of version {preview['version']} (480p)"}
    if done_export:
        return {"src": done_export["video_url"], "poster": done_export["poster_url"], "kind": "export",
                "caption": f"Last export {done_export['name']} (an earlier version)"}
    return None


def view_json(engine: Engine, cache: MediaCache, page: pages.PageSession) -> dict[str, Any]:
    version, draft = current(engine, page)
    rows = sessions.media_rows(engine.db, page.session_id)
    preview = preview_status(engine, page, version)
    export = latest_export(engine, page, draft)
    shown = player(preview, export)
    sheet = (preview or {}).get("sheet_url") or ((export or {}).get("sheet_url") if export and export.get("current")
                                                 else None) or (export or {}).get("sheet_url")
    title = (draft.get("m") or {}).get("title") or "Your video"
    return {"version": version, "title": title, "summary": summary_line(draft), "ready": is_ready(draft),
            "timeline": timeline_html.render(draft, version, looks(cache, page, rows)),
            "history": history_html(engine, page, version),
            "credits": ledger.balance(engine.db, page.user_id)["available"],
            "preview": preview, "export": export, "player": shown, "sheet_url": sheet}


def page_html(engine: Engine, cache: MediaCache, page: pages.PageSession) -> str:
    v = view_json(engine, cache, page)
    shown = v["player"]
    video_attrs = ""
    caption = "The preview appears here after the first edit." if not v["ready"] else "Preview on its way…"
    if shown:
        video_attrs = f' src="{_e(shown["src"])}"' + (f' poster="{_e(shown["poster"])}"' if shown["poster"] else "")
        caption = shown["caption"]
    sheet = (f'<img id="sheet" src="{_e(v["sheet_url"])}" alt="Contact sheet: one frame of each shot">'
             if v["sheet_url"] else '<img id="sheet" alt="Contact sheet: one frame of each shot" hidden>')
    fill = {
        "title": _e(v["title"]), "summary": _e(v["summary"]), "base": _e(page.base), "csrf": _e(page.csrf),
        "version": str(v["version"]), "timeline": v["timeline"], "history": v["history"],
        "video_attrs": video_attrs, "caption": _e(caption), "credits": str(v["credits"]), "sheet": sheet,
        "session": _e(page.session_id), "export_disabled": "" if v["ready"] else " disabled",
        "sheet_empty": " hidden" if v["sheet_url"] else "",
    }
    return string.Template(TEMPLATE.read_text(encoding="utf-8")).substitute(fill)


def restore(engine: Engine, page: pages.PageSession, version: int) -> int:
    """Make an earlier version current again, as a new version (nothing is lost; free, like undo)."""
    draft = sessions.draft_version(engine.db, page.session_id, version)
    if draft is None:
        raise http(404, f"version {version} not found")
    new = sessions.save_draft(engine.db, page.session_id, draft, f"restore version {version}")
    turns.record(engine.db, page.session_id, f"Restore version {version}",
                 f"Restored version {version} as version {new}. {summary_line(draft)}", new)
    engine.previews.request(page.user_id, page.session_id)
    return new
