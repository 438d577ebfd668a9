"""Quick previews for the workspace page: each new draft version rendered small, in its own lane.

A preview is the same render as an export (render_draft with ``preview=True``) of the draft scaled
to a 480p canvas at a lower frame rate (nemo_skill.draft.scale), encoded fast, its sound at the
gain last found for the same mix (render.pipeline). It runs on its own single thread, apart from the
export pool, at a lower CPU priority (its thread and the FFmpeg it starts are niced), so it never
queues behind an export nor holds one up. A newer version of the same session cancels a preview still running. The
state is in memory; the files (``previews/<user>/<session>/v<version>.mp4`` plus poster and contact
sheet) outlive a restart, and a version's file is reused (after an undo or a restore, say). A
preview that failed is made again the next time it is asked for (the page opened again).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from nemo_skill.draft.summary import is_ready

from . import sessions
from .db import Database
from .jobs import media_refs

log = logging.getLogger("nemo_skill.local.previews")
QUALITY: Literal["low"] = "low"  # its audio and CRF are replaced by the renderer's preview encoder settings
NICE = 10  # below exports (nice 0): on 2 cores an export next to a preview keeps most of the CPU
KEEP_VERSIONS = 4  # preview files kept per session (the newest)
ACTIVE = ("pending", "processing")


@dataclass
class Preview:
    session_id: str
    version: int
    path: Path
    status: str = "pending"  # pending, processing, completed, failed, cancelled
    progress: int = 0
    error: str | None = None
    seconds: float | None = None  # from start to a playable video (wall time)
    finished: bool = False  # the poster and the contact sheet are made too (or failed)
    cancel: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def sheet(self) -> Path:
        return self.path.with_name(self.path.stem + ".sheet.png")

    @property
    def poster(self) -> Path:
        return self.path.with_name(self.path.stem + ".poster.png")


def _lower_priority() -> None:
    """Nice this thread (Linux: per thread); FFmpeg and the threads it starts inherit it."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)


def _start_shared_threads() -> None:
    """Start the renderer's shared worker threads (the stills pool, OpenCV's pool) now, at the
    engine's own priority. Both start threads lazily, from whichever thread first needs them, and a
    Linux thread inherits its creator's nice value: started by a preview, they would stay niced and
    slow every later export down."""
    from nemo_skill.render.stills import _still_pool

    pool = _still_pool()
    n = int(getattr(pool, "_max_workers", os.cpu_count() or 2))
    barrier = threading.Barrier(n)  # n tasks that wait for each other: n threads, all started here
    for future in [pool.submit(barrier.wait, 10) for _ in range(n)]:
        future.result()
    with contextlib.suppress(ImportError):
        import cv2
        import numpy as np

        cv2.warpAffine(np.zeros((1080, 1920), np.uint8), np.eye(2, 3, dtype=np.float32), (1920, 1080))


class PreviewLane:
    def __init__(self, db: Database, root: Path) -> None:
        self.db = db
        self.root = root
        self._pool: ThreadPoolExecutor | None = None
        self._current: dict[str, Preview] = {}
        self._guard = threading.Lock()
        self._ready = threading.Event()  # the shared threads exist: previews may start

    def start(self) -> None:
        def warm() -> None:
            try:
                _start_shared_threads()
            except Exception as exc:  # previews still work; an export may share a niced thread
                log.warning("could not start the renderer's threads ahead of previews: %s", exc)
            finally:
                self._ready.set()

        threading.Thread(target=warm, daemon=True, name="preview-warm-up").start()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview", initializer=_lower_priority)

    def shutdown(self) -> None:
        with self._guard:
            for p in self._current.values():
                p.cancel.set()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def path_for(self, user_id: str, session_id: str, version: int) -> Path:
        return self.root / user_id / session_id / f"v{version}.mp4"

    def get(self, user_id: str, session_id: str, version: int) -> Preview | None:
        """The preview of that version: running, finished (in memory or on disk), or None."""
        with self._guard:
            cur = self._current.get(session_id)
        if cur is not None and cur.version == version:
            return cur
        path = self.path_for(user_id, session_id, version)
        return Preview(session_id, version, path, status="completed", progress=100, finished=True) \
            if path.is_file() else None

    def request(self, user_id: str, session_id: str) -> Preview | None:
        """Preview the session's current version (None when there is nothing to show yet)."""
        latest = sessions.latest_version(self.db, session_id)
        if latest is None or not is_ready(latest[1]):
            return None
        version, draft = latest
        with self._guard:
            cur = self._current.get(session_id)
            # a failed one is made again: a page opened or an edit restored later asks again, and a
            # render killed from outside (FFmpeg ended by the OOM killer, say) must not leave that
            # version without a preview for good
            if cur is not None and cur.version == version and cur.status not in ("cancelled", "failed"):
                return cur
            path = self.path_for(user_id, session_id, version)
            if cur is not None and cur.status in ACTIVE:
                cur.cancel.set()  # a newer version: the old preview is of no use any more
                cur.status = "cancelled"
            if path.is_file():
                done = Preview(session_id, version, path, status="completed", progress=100, finished=True)
                self._current[session_id] = done
                return done
            preview = Preview(session_id, version, path)
            self._current[session_id] = preview
        if self._pool is None:
            preview.status, preview.error = "failed", "the preview lane is not running"
            return preview
        self._pool.submit(self._run, user_id, preview, draft)
        return preview

    def cancel(self, session_id: str) -> None:
        """Stop the session's running preview (an export of the same version is on its way)."""
        with self._guard:
            cur = self._current.get(session_id)
            if cur is not None and cur.status in ACTIVE:
                cur.cancel.set()
                cur.status = "cancelled"

    def _run(self, user_id: str, preview: Preview, draft: dict) -> None:
        from nemo_skill.render import RenderError, render_draft

        self._ready.wait(30)
        if preview.cancel.is_set():
            return
        preview.status = "processing"
        work = preview.path.parent / f".work-v{preview.version}"
        t0 = time.perf_counter()
        try:
            refs, missing = media_refs(self.db, user_id, draft)
            if missing:
                raise RenderError(f"media not found: {', '.join(missing[:5])}")

            def progress(fraction: float) -> None:
                preview.progress = max(0, min(99, int(fraction * 100)))

            def playable(_: Path) -> None:  # the player can have it; poster and sheet follow
                preview.seconds = time.perf_counter() - t0
                preview.progress, preview.status = 100, "completed"

            render_draft(draft, refs, preview.path, quality=QUALITY, progress=progress,
                         cancel=preview.cancel, workdir=work, preview=True, video_ready=playable)
        except Exception as exc:
            if preview.status == "completed":  # only the poster or the sheet failed
                log.warning("preview of %s v%d: no poster/sheet: %s", preview.session_id, preview.version, exc)
                return
            if preview.cancel.is_set():
                preview.status = "cancelled"
                return
            log.warning("preview of %s v%d failed: %s", preview.session_id, preview.version, exc)
            preview.status, preview.error = "failed", (str(exc).splitlines() or ["preview failed"])[0][:300]
            return
        finally:
            shutil.rmtree(work, ignore_errors=True)
            preview.finished = True
        self._prune(preview.path.parent)

    @staticmethod
    def _prune(folder: Path) -> None:
        videos = sorted(folder.glob("v*.mp4"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in videos[KEEP_VERSIONS:]:
            for f in folder.glob(old.stem + ".*"):
                f.unlink(missing_ok=True)
