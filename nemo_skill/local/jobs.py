"""Render jobs: a thread pool sized to the machine, each worker driving one FFmpeg via render_draft.

Life cycle: pending -> processing (progress 0-100) -> completed | failed (with a reason). The row is
the truth; at startup anything left pending/processing by a crash is marked failed, so no render
stays "processing" forever. Resubmitting an id returns that render's status (never a second job).

Where a render runs is one seam, ``_dispatch``: in this process's pool (the default), or, when a
broker is configured (``Settings.render_broker``), on a Celery worker through ``self.remote``
(nemo_skill/local/cluster/remote.py, which then owns the render's life cycle and its recovery).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from nemo_skill.draft.summary import is_ready

from . import sessions
from .api_errors import EXPORT_RUNNING, NOTHING_TO_EXPORT, ApiError, http
from .db import Database
from .engine_settings import Settings

log = logging.getLogger("nemo_skill.local.jobs")
RENDER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
INTERRUPTED = "interrupted by an engine restart"
ACTIVE = ("pending", "processing")
# Failures that are not the draft's (a restart, a stop, a crashed or lost worker): the status says
# "retryable": true, and the client submits the render once more. Anything else (media not found, the
# renderer refusing the draft) says false: the same draft would fail again.
NOT_THE_DRAFTS = ("interrupted", "render failed:", "worker lost")


def media_ids(draft: dict) -> set[str]:
    return {sg["mid"] for t in draft.get("t", []) for sg in t.get("sg", []) if isinstance(sg.get("mid"), str)}


def media_refs(db: Database, user_id: str, draft: dict) -> tuple[dict[str, Any], list[str]]:
    """The renderer's MediaRef for every media the draft names (the user's own only), and the ids
    not found. Shared by exports and the workspace page's previews."""
    from nemo_skill.render import MediaRef

    needed = media_ids(draft)
    found = sessions.user_media(db, user_id, needed)
    refs = {mid: MediaRef(path=Path(r["path"]), kind=r["kind"], width=r["width"], height=r["height"],
                          duration=r["duration"], fps=r["fps"], has_audio=bool(r["has_audio"]),
                          rotation=r["rotation"]) for mid, r in found.items()}
    return refs, sorted(needed - found.keys())


class RenderJobs:
    def __init__(self, db: Database, settings: Settings, root: Path) -> None:
        self.db = db
        self.settings = settings
        self.root = root
        self._pool: ThreadPoolExecutor | None = None
        self._cancel: dict[tuple[str, str], threading.Event] = {}
        self._guard = threading.Lock()
        self._submit_lock = threading.Lock()
        self.remote: Any = None
        if settings.render_broker:
            from .cluster.remote import RemoteRenders

            self.remote = RemoteRenders(db, settings, root)

    # --- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        adopted: set[tuple[str, str]] = self.remote.start() if self.remote is not None else set()
        n = 0
        for row in self.db.all("SELECT user_id, id FROM renders WHERE status IN (?, ?)", ACTIVE):
            if (row["user_id"], row["id"]) not in adopted:
                n += self.db.run("UPDATE renders SET status = 'failed', error = ?, updated_at = ? WHERE user_id = ? "
                                 "AND id = ? AND status IN (?, ?)", (INTERRUPTED, time.time(), row["user_id"],
                                                                     row["id"], *ACTIVE))
        if n:
            log.warning("%d render(s) marked failed: %s", n, INTERRUPTED)
        self._pool = ThreadPoolExecutor(max_workers=max(1, self.settings.workers), thread_name_prefix="render")

    def shutdown(self) -> None:
        with self._guard:
            for ev in self._cancel.values():
                ev.set()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self.remote is not None:  # workers go on; the next start reconciles their renders
            self.remote.shutdown()
            return
        # jobs cancelled before they ran, or stopped by the cancel event
        self.db.run("UPDATE renders SET status = 'failed', error = ?, updated_at = ? WHERE status IN (?, ?)",
                    ("interrupted: the engine stopped", time.time(), *ACTIVE))

    # --- API ----------------------------------------------------------------------------------

    def submit(self, user_id: str, render_id: str, session_id: str, draft: Any, fmt: str, quality: str,
               base: str = "") -> dict:
        if not RENDER_ID.match(render_id):
            raise http(422, "render id must be 1-64 characters: letters, digits, '_', '-', '.'")
        existing = self.db.one("SELECT * FROM renders WHERE user_id = ? AND id = ?", (user_id, render_id))
        if existing is not None:
            return self.status_of(existing, base)
        sessions.owned(self.db, user_id, session_id)
        if fmt != "mp4":
            raise http(422, f"output format {fmt!r} is not supported (mp4 only)")
        chosen = self._choose_draft(session_id, draft)
        now = time.time()
        with self._submit_lock, self.db.tx() as c:  # check-then-insert must not race a second export
            again = c.execute("SELECT * FROM renders WHERE user_id = ? AND id = ?", (user_id, render_id)).fetchone()
            if again is not None:
                return self.status_of(again, base)
            running = c.execute("SELECT id FROM renders WHERE session_id = ? AND status IN (?, ?) LIMIT 1",
                                (session_id, *ACTIVE)).fetchone()
            if running is not None:
                raise ApiError(EXPORT_RUNNING, "an export is already running", data={"id": running["id"]})
            c.execute("INSERT INTO renders (user_id, id, session_id, status, progress, format, quality, draft,"
                      " created_at, updated_at) VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?)",
                      (user_id, render_id, session_id, fmt, quality, json.dumps(chosen), now, now))
        self._dispatch(user_id, render_id, chosen)
        return self.status(user_id, render_id, base)

    def _dispatch(self, user_id: str, render_id: str, draft: dict) -> None:
        if self.remote is not None:
            self.remote.dispatch(user_id, render_id, draft)
            return
        if self._pool is None:
            raise http(503, "the render pool is not running")
        self._pool.submit(self._run, user_id, render_id)

    def status(self, user_id: str, render_id: str, base: str = "") -> dict:
        return self.status_of(self.row(user_id, render_id), base)

    def row(self, user_id: str, render_id: str) -> sqlite3.Row:
        row = self.db.one("SELECT * FROM renders WHERE user_id = ? AND id = ?", (user_id, render_id))
        if row is None:
            raise ApiError(1002, "render not found")
        return row

    @staticmethod
    def status_of(row: sqlite3.Row, base: str = "") -> dict:
        out: dict[str, Any] = {"id": row["id"], "status": row["status"], "progress": row["progress"],
                               "sessionId": row["session_id"], "output": None}
        if row["status"] == "completed":
            prefix = f"{base}/api/render/proxy/{row['id']}"
            out["output"] = {"url": f"{prefix}/download", "duration": row["duration"], "size": row["size"],
                             "poster_url": f"{prefix}/poster" if row["poster"] else None,
                             "sheet_url": f"{prefix}/sheet" if row["sheet"] else None}
            if row["warnings"]:
                out["warnings"] = json.loads(row["warnings"])
        if row["status"] == "failed":
            out["error"] = row["error"] or "render failed"
            out["retryable"] = out["error"].startswith(NOT_THE_DRAFTS)
        return out

    def session_renders(self, session_id: str, base: str) -> list[dict]:
        rows = self.db.all("SELECT * FROM renders WHERE session_id = ? ORDER BY created_at", (session_id,))
        return [self.status_of(r, base) for r in rows]

    # --- worker -------------------------------------------------------------------------------

    def _choose_draft(self, session_id: str, body_draft: Any) -> dict:
        """The body's draft if present and valid, else the session's latest; it must have content."""
        from nemo_skill.draft.validate import DraftError, validate

        if isinstance(body_draft, dict) and is_ready(body_draft):
            try:
                return validate(body_draft)
            except DraftError as exc:
                log.info("export body draft invalid (%s); using the session's latest", exc)
        latest = sessions.latest_draft(self.db, session_id)
        if latest is None or not is_ready(latest):
            raise ApiError(NOTHING_TO_EXPORT, "the timeline is empty: add media before exporting")
        return latest

    def _set(self, user_id: str, render_id: str, **fields: Any) -> None:
        fields["updated_at"] = time.time()
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.db.run(f"UPDATE renders SET {cols} WHERE user_id = ? AND id = ?", (*fields.values(), user_id, render_id))

    def _run(self, user_id: str, render_id: str) -> None:
        key = (user_id, render_id)
        cancel = threading.Event()
        with self._guard:
            self._cancel[key] = cancel
        try:
            self._render(user_id, render_id, cancel)
        except Exception as exc:  # never leave a job processing: record one readable line
            log.exception("render %s crashed", render_id)
            self._set(user_id, render_id, status="failed", error=f"render failed: {type(exc).__name__}: "
                      f"{(str(exc).splitlines() or [''])[0][:300]}")
        finally:
            with self._guard:
                self._cancel.pop(key, None)

    def _render(self, user_id: str, render_id: str, cancel: threading.Event) -> None:
        from nemo_skill.render import RenderError, render_draft

        row = self.row(user_id, render_id)
        if cancel.is_set():
            return
        self._set(user_id, render_id, status="processing", progress=0)
        draft = json.loads(row["draft"])
        refs, missing = media_refs(self.db, user_id, draft)
        if missing:
            self._set(user_id, render_id, status="failed", error=f"media not found: {', '.join(missing[:5])}")
            return
        out_dir = self.root / user_id / render_id
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir(parents=True, exist_ok=True)
        last = [0.0, -1]

        def progress(fraction: float) -> None:
            pct = max(0, min(99, int(fraction * 100)))
            now = time.monotonic()
            if pct != last[1] and now - last[0] >= self.settings.render_progress_interval:
                last[0], last[1] = now, pct
                self._set(user_id, render_id, progress=pct)

        started = time.monotonic()
        log.info("render %s: started (%s, session %s)", render_id, row["quality"], row["session_id"])
        try:
            result = render_draft(draft, refs, out_dir / f"{render_id}.mp4", quality=row["quality"],
                                  progress=progress, cancel=cancel, workdir=out_dir / "work")
        except RenderError as exc:
            reason = "interrupted: the engine stopped" if cancel.is_set() else str(exc)
            log.warning("render %s failed: %s", render_id, reason)
            self._set(user_id, render_id, status="failed", error=reason)
            return
        finally:
            shutil.rmtree(out_dir / "work", ignore_errors=True)
        took = time.monotonic() - started
        log.info("render %s: done, %.1f s of video in %.1f s (%.2f x real time), %.1f MB", render_id, result.duration,
                 took, took / max(result.duration, 1e-3), result.size / 1e6)
        self._set(user_id, render_id, status="completed", progress=100, path=str(result.path),
                  poster=str(result.poster) if result.poster else None,
                  sheet=str(result.sheet) if result.sheet else None,
                  duration=result.duration, size=result.size,
                  warnings=json.dumps(result.warnings) if result.warnings else None)
