"""The client's small on-disk store (~/.config/nemovideo/ by default).

Files:
  client_id        a UUID and nothing else (NEMO_CLIENT_ID wins over it)
  credentials.json tokens obtained anonymously, keyed by API base          (0600)
  sessions.json    current session, last state seen, running render, keyed by API base (0600)
  store.lock       filelock for every read-modify-write

Writes are atomic (temp file in the same folder, fsync, os.replace), so plain reads need no lock.
A damaged file is reported on stderr in one line and started afresh; the client id lives in its
own file, so it survives.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CLIENT_ID = "client_id"
CREDENTIALS = "credentials.json"
SESSIONS = "sessions.json"
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _warn(message: str) -> None:
    print(f"nemovideo: {message}", file=sys.stderr)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class Store:
    def __init__(self, directory: Path) -> None:
        self.dir = Path(directory)
        self._lock: Any = None

    # -- folder and lock ---------------------------------------------------------------------
    def ensure_dir(self) -> None:
        try:
            self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:  # a file in the way, a read-only disk, no permission
            from .errors import UsageError

            raise UsageError(
                f"The config folder {self.dir} cannot be used ({exc.strerror or exc}).",
                hint="Set NEMO_CONFIG_DIR to a folder you can write.",
            ) from None
        with contextlib.suppress(OSError):
            if (self.dir.stat().st_mode & 0o777) != 0o700:
                os.chmod(self.dir, 0o700)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        from filelock import FileLock  # only writers pay for the import

        self.ensure_dir()
        if self._lock is None:  # one reentrant lock object per store: nested edits don't deadlock
            # Longer than one HTTP call plus a 429 retry: a process may hold it while it fetches the
            # anonymous token, and the others must wait for that token, not fail.
            self._lock = FileLock(str(self.dir / "store.lock"), timeout=180, mode=0o600)
        with self._lock:
            if getattr(self._lock, "lock_counter", 1) == 1:  # the outermost hold
                self._sweep_temp_files()
            yield

    def _sweep_temp_files(self) -> None:
        """Remove what a writer killed between writing and renaming left behind. Every write happens
        under the lock, so while we hold it no temp file is anyone's work in progress."""
        for name in (CLIENT_ID, CREDENTIALS, SESSIONS):
            for stale in self.dir.glob(f".{name}.*.tmp"):
                with contextlib.suppress(OSError):
                    stale.unlink()

    # -- JSON documents ----------------------------------------------------------------------
    def read(self, name: str) -> dict[str, Any]:
        path = self.dir / name
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return {}
        except IsADirectoryError:
            _warn(f"{path} is a folder, expected a file; ignoring it")
            return {}
        doc = self._decode(raw)
        if doc is None:
            _warn(f"{path} was damaged; starting it afresh (client id kept)")
            self._quarantine(path)
            return {}
        return doc

    @staticmethod
    def _decode(raw: bytes) -> dict[str, Any] | None:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return None
        return doc if isinstance(doc, dict) else None

    def _quarantine(self, path: Path) -> None:
        # Rebuild: an empty document replaces the damaged one (under the lock).
        with contextlib.suppress(OSError), self.locked():
            raw = path.read_bytes()
            if self._decode(raw) is None:
                atomic_write(path, b"{}\n")

    def write(self, name: str, doc: dict[str, Any]) -> None:
        self.ensure_dir()
        atomic_write(self.dir / name, (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8"))

    @contextlib.contextmanager
    def edit(self, name: str) -> Iterator[dict[str, Any]]:
        """Read-modify-write one document under the lock."""
        with self.locked():
            doc = self.read(name)
            yield doc
            self.write(name, doc)

    # -- per API base sections ---------------------------------------------------------------
    def section(self, name: str, base: str) -> dict[str, Any]:
        value = self.read(name).get(base)
        return value if isinstance(value, dict) else {}

    def update_section(self, name: str, base: str, **changes: Any) -> dict[str, Any]:
        """Set (or, with value None, delete) keys of one base's section."""
        with self.edit(name) as doc:
            sec = doc.get(base)
            if not isinstance(sec, dict):
                sec = {}
            for key, value in changes.items():
                if value is None:
                    sec.pop(key, None)
                else:
                    sec[key] = value
            doc[base] = sec
            return dict(sec)

    # -- client id ---------------------------------------------------------------------------
    def client_id(self, *, create: bool = True) -> str | None:
        path = self.dir / CLIENT_ID
        try:
            text = path.read_text("utf-8", errors="replace").strip()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            text = ""
        if text and _UUID_RE.fullmatch(text):
            return text.lower()
        found = _UUID_RE.search(text) if text else None
        if found:
            _warn(f"{path} held more than a UUID; keeping the id and rewriting the file")
            return self._write_client_id(found.group(0).lower())
        if text:
            _warn(f"{path} was damaged; a new client id was made")
        return self._create_client_id() if create else None

    def _create_client_id(self) -> str:
        """Make the id exactly once: another process may have written it since we looked."""
        with self.locked():
            try:
                text = (self.dir / CLIENT_ID).read_text("utf-8", errors="replace").strip()
            except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
                text = ""
            if _UUID_RE.fullmatch(text):
                return text.lower()
            return self._write_client_id(str(uuid.uuid4()))

    def new_client_id(self) -> str:
        return self._write_client_id(str(uuid.uuid4()))

    def _write_client_id(self, value: str) -> str:
        with self.locked():
            atomic_write(self.dir / CLIENT_ID, (value + "\n").encode("ascii"), mode=0o600)
        return value
