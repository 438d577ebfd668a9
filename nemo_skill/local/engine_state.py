"""The engine's state shared by the routes: settings, store, directories, render pool, chat locks."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

from . import chat_stream, ledger, sessions, storage, turns
from .chat_stream import SessionLocks, TurnOutcome
from .db import Database
from .engine_settings import Settings
from .jobs import RenderJobs
from .previews import PreviewLane

log = logging.getLogger("nemo_skill.local")


class Engine:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.data_dir = Path(settings.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data_dir, 0o700)  # tokens' hashes and users' media: owner only
        self.media_root = self.data_dir / "media"
        self.renders_root = self.data_dir / "renders"
        self.media_root.mkdir(exist_ok=True)
        self.renders_root.mkdir(exist_ok=True)
        self.db = Database(self.data_dir / "engine.sqlite3")
        self.jobs = RenderJobs(self.db, settings, self.renders_root)
        self.chat_locks = SessionLocks()
        self.previews = PreviewLane(self.db, self.data_dir / "previews")
        self.started_at = time.time()

    def startup(self) -> None:
        """Recover from whatever a crash left: half uploads, frozen credits, running renders."""
        removed = storage.sweep(self.db, self.media_root)
        if removed:
            log.warning("removed %d half-finished upload(s)", removed)
        ledger.release_all_frozen(self.db)
        self.jobs.start()
        self.previews.start()
        # the planner's warm-up (~1 s with its kept pattern analyses, ~7 s without; ~10 s before, on the engine's start,
        # before /health answered) runs beside serving; a chat turn waits for it (chat_stream)
        chat_stream.planner_warming.acquire()
        threading.Thread(target=_warm_up, daemon=True, name="warm-up-planner").start()
        # the renderer's imports and FFmpeg lookup (~0.3 s) off the first export's clock, without
        # holding up the engine's start
        threading.Thread(target=_warm_up_renderer, daemon=True, name="warm-up-renderer").start()

    def after_turn(self, user_id: str, session_id: str, message: str, outcome: TurnOutcome) -> None:
        """Every chat turn (scripts/chat or the workspace page) once done: its line in the page's
        history and, when it changed the draft and the session's page was opened, a quick preview
        of the new version. (Unwatched sessions get theirs when the page opens: a scripts-only
        session never spends CPU on previews nobody sees, nor beside its export.)"""
        from .workspace.pages import watched

        latest = sessions.latest_version(self.db, session_id) if outcome.edited else None
        version = latest[0] if latest is not None else None
        turns.record(self.db, session_id, message, outcome.reply, version,
                     outcome.error[1] if outcome.error else None)
        if outcome.edited and watched(self.db, session_id):
            self.previews.request(user_id, session_id)

    def shutdown(self) -> None:
        self.previews.shutdown()
        self.jobs.shutdown()
        self.db.close()


def _warm_up() -> None:
    """Load the planner and the draft validator now, so the first chat turn answers as fast as the rest; the planner's
    pattern analyses come from the file the last start kept (``pattern_cache``), and are kept when it made new ones."""
    try:
        from nemo_skill.draft.validate import _validator
        from nemo_skill.local import pattern_cache, planner
        from nemo_skill.local.planner import anchors

        _validator()
        adopted = pattern_cache.load()
        with anchors.recording():
            planner.plan("add the title hello", None, [])  # compiles the grammar's patterns once (lower case: words in Title Case are quoted, and a quote reads fewer rules)
        if anchors.kept_count() > adopted:
            pattern_cache.save()
    except Exception as exc:  # a broken planner must not stop the engine; the chat reports it
        log.warning("warm-up failed: %s", exc)
    finally:
        chat_stream.planner_warming.release()


def _warm_up_renderer() -> None:
    try:
        import cv2  # noqa: F401  (Ken Burns frames)

        from nemo_skill.render import ffmpeg_exe, text_images

        ffmpeg_exe()
        text_images.latin_font(True)
    except Exception as exc:  # the export reports what is missing; the engine runs on
        log.warning("renderer warm-up failed: %s", exc)
