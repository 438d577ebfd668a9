"""Uploading files (streamed multipart, one request per file) and links (the JSON form)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from .api import Api
from .files import LocalFile
from .session import Session

READ_SIZE = 1024 * 1024  # httpx asks for 64 KiB pieces; bigger reads keep the copy loop cheap


class CountingReader:
    """A binary file that reports progress while httpx's multipart encoder reads it in chunks.

    httpx streams file objects (it never reads them whole) and takes the length from fstat, so
    memory stays flat whatever the file size.
    """

    def __init__(self, fh: BinaryIO, total: int, progress: Callable[[int, int], None] | None) -> None:
        self._fh = fh
        self.total = total
        self.sent = 0
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        chunk = self._fh.read(max(size, READ_SIZE) if size and size > 0 else size)
        self.sent += len(chunk)
        if self._progress is not None and chunk:
            self._progress(self.sent, self.total)
        return chunk

    def seek(self, offset: int, whence: int = 0) -> int:
        pos = self._fh.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.sent = 0  # a retry starts over
        return pos

    def tell(self) -> int:
        return self._fh.tell()

    def fileno(self) -> int:
        return self._fh.fileno()


def _files_of(data: Any) -> list[dict[str, Any]]:
    files = data.get("files") if isinstance(data, dict) else None
    return [f for f in files if isinstance(f, dict)] if isinstance(files, list) else []


def upload_file(
    api: Api, sess: Session, item: LocalFile, progress: Callable[[int, int], None] | None = None
) -> list[dict[str, Any]]:
    from ._httpx import httpx

    s = api.settings
    timeout = httpx.Timeout(s.http_timeout_s, write=None, read=max(s.http_timeout_s, s.transfer_timeout_s))
    # a file name that is not UTF-8 (surrogate escapes from the file system) cannot go in the form as is
    name = item.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    with open(item.path, "rb") as fh:
        reader = CountingReader(fh, item.size, progress)
        data = api.call(
            "POST",
            f"/api/upload-video/nemo_agent/me/{sess.session_id}",
            files=[("files", (name, reader, _mime(item)))],
            timeout=timeout,
        )
    return _files_of(data)


def upload_urls(api: Api, sess: Session, urls: list[str]) -> list[dict[str, Any]]:
    data = api.call(
        "POST",
        f"/api/upload-video/nemo_agent/me/{sess.session_id}",
        json={"urls": urls, "source_type": "url"},
        timeout=max(api.settings.http_timeout_s, api.settings.transfer_timeout_s),
    )
    return _files_of(data)


_MIME = {
    "mp4": "video/mp4", "mov": "video/quicktime", "avi": "video/x-msvideo", "webm": "video/webm",
    "mkv": "video/x-matroska", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif",
    "webp": "image/webp", "mp3": "audio/mpeg", "wav": "audio/wav", "m4a": "audio/mp4", "aac": "audio/aac",
}  # fmt: skip


def _mime(item: LocalFile) -> str:
    return _MIME.get(item.fmt, "application/octet-stream")
