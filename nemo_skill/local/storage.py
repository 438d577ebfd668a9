"""Media files on disk: media/<user>/<media id>/<safe name>. Files arrive as .part and are renamed
only when complete and probed; the database row is inserted after that, so a crash mid-upload
leaves nothing listed, and the startup sweep removes the leftovers."""

from __future__ import annotations

import hashlib
import re
import secrets
import shutil
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .db import Database

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(filename: str | None) -> str:
    """A file name that cannot leave its directory: no separators, no leading dots, bounded length."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).lstrip(".-_")[:120]
    return base or "file"


def display_name(filename: str | None) -> str:
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return "".join(ch for ch in base if ch.isprintable())[:255] or "file"


def new_media_id() -> str:
    return "m_" + secrets.token_hex(8)


@dataclass
class Incoming:
    """One file being received: written to ``<dir>/<name>.part`` and hashed as it streams."""

    media_root: Path
    user_id: str
    filename: str
    media_id: str = field(default_factory=new_media_id)
    size: int = 0

    def __post_init__(self) -> None:
        self.stored_name = safe_name(self.filename)
        self.dir = self.media_root / self.user_id / self.media_id
        self.dir.mkdir(parents=True, exist_ok=True)
        self.part_path = self.dir / (self.stored_name + ".part")
        self.final_path = self.dir / self.stored_name
        self._fh = open(self.part_path, "wb")  # noqa: SIM115 - closed in finish()/discard()
        self._hash = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self._fh.write(data)
        self._hash.update(data)
        self.size += len(data)

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def discard(self) -> None:
        self.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def store_media(db: Database, session_id: str, items: Sequence[tuple[Incoming, object]]) -> list[sqlite3.Row]:
    """Rename the probed files into place and insert their rows (one transaction)."""
    now = time.time()
    for inc, _ in items:
        inc.close()
        inc.part_path.replace(inc.final_path)
    with db.tx() as c:
        for i, (inc, info) in enumerate(items):
            c.execute(
                "INSERT INTO media (id, user_id, session_id, filename, stored_name, path, kind, format, codec,"
                " size, hash, duration, width, height, fps, has_audio, rotation, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (inc.media_id, inc.user_id, session_id, inc.filename, inc.stored_name, str(inc.final_path),
                 info.kind, info.format, info.codec, inc.size, inc.sha256, info.duration,  # type: ignore[attr-defined]
                 info.width, info.height, info.fps, int(info.has_audio), info.rotation,  # type: ignore[attr-defined]
                 now + i * 1e-6))
    ids = [inc.media_id for inc, _ in items]
    marks = ",".join("?" * len(ids))
    return db.all(f"SELECT * FROM media WHERE id IN ({marks}) ORDER BY created_at", tuple(ids))


def sweep(db: Database, media_root: Path) -> int:
    """Remove half uploads: stray .part files and media directories without a row."""
    removed = 0
    if not media_root.is_dir():
        return 0
    known = {r["id"] for r in db.all("SELECT id FROM media")}
    for user_dir in media_root.iterdir():
        if not user_dir.is_dir():
            continue
        for media_dir in user_dir.iterdir():
            if media_dir.name not in known:
                shutil.rmtree(media_dir, ignore_errors=True)
                removed += 1
                continue
            for part in media_dir.glob("*.part"):
                part.unlink(missing_ok=True)
                removed += 1
    return removed
