"""The music's beats for the planner's beat-synced cuts, found by the engine and kept with the media row.

Found on the first chat request that needs them (``planner.wants_beats``), not at upload: librosa (the
optional ``beats`` extra) takes ~19 s to import and compile on its first call in a process and ~0.6 s per
30 s of music after that (docs/architecture.md, "Beat-synced cuts"), which every audio upload would pay
otherwise. A file's beats are stored as JSON (seconds into the file; ``[]`` when it has none) in
``media.beats``; NULL means not looked for yet, so installing the extra later still works.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from . import sessions
from .db import Database

log = logging.getLogger("nemo_skill.local.music_beats")
MAX_SECONDS = 900  # longer audio is not a soundtrack to cut to (and would take minutes)


def stored(row: sqlite3.Row) -> tuple[float, ...] | None:
    """The beats kept for a media row, or None when they were never found."""
    raw = row["beats"]  # the column is made by Database (db.py) on every database
    if raw is None:
        return None
    try:
        return tuple(float(t) for t in json.loads(raw))
    except (ValueError, TypeError):
        return None


def find_if_asked(db: Database, session_id: str, message: str) -> int:
    """Before planning: when the request may ask for beat-synced cuts, the beats not yet found."""
    from .planner.edits.promo_video import wants_beats

    return find(db, session_id) if wants_beats(message) else 0


def find(db: Database, session_id: str) -> int:
    """Find and store the beats of the session's audio files that have none yet; returns how many were
    found. Without the ``beats`` extra nothing is stored (the planner then says how to get it)."""
    try:
        from nemo_skill.media.beats import BeatError, detect
    except ImportError:  # numpy missing: the extra is not installed
        return 0
    done = 0
    for row in sessions.media_rows(db, session_id):
        if row["kind"] != "audio" or row["beats"] is not None or (row["duration"] or 0) > MAX_SECONDS:
            continue
        try:
            beats = detect(Path(row["path"]))
        except BeatError as exc:
            log.info("beats of %s not found: %s", row["id"], exc)
            return done
        db.run("UPDATE media SET beats = ? WHERE id = ?", (json.dumps([round(t, 4) for t in beats.times]), row["id"]))
        done += 1
    return done
