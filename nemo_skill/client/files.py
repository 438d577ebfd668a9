"""Checking a file before it is sent: supported format (extension AND content) and the size limit.

Only the first bytes are read, so a 500 MB file costs one small read and one stat. Pure apart from
that read.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .codes import FORMATS_TEXT
from .errors import FileRejected, UsageError
from .settings import MAX_UPLOAD_BYTES, SUPPORTED_FORMATS

KINDS = {
    "mp4": "video", "mov": "video", "avi": "video", "webm": "video", "mkv": "video",
    "jpg": "image", "png": "image", "gif": "image", "webp": "image",
    "mp3": "audio", "wav": "audio", "m4a": "audio", "aac": "audio",
}  # fmt: skip
ALIASES = {"jpeg": "jpg", "jpe": "jpg", "qt": "mov", "m4v": "mp4"}
_ISO_BRANDS = {"mp4", "mov", "m4a"}  # one container family: the brand alone does not decide


def sniff(head: bytes) -> set[str]:
    """Formats the first bytes are consistent with (empty set: none we support)."""
    h = head
    if h.startswith(b"\x89PNG\r\n\x1a\n"):
        return {"png"}
    if h.startswith(b"\xff\xd8\xff"):
        return {"jpg"}
    if h.startswith((b"GIF87a", b"GIF89a")):
        return {"gif"}
    if h[:4] == b"RIFF" and len(h) >= 12:
        return {b"WEBP": {"webp"}, b"WAVE": {"wav"}, b"AVI ": {"avi"}}.get(h[8:12], set())
    if h.startswith(b"\x1a\x45\xdf\xa3"):
        return {"mkv", "webm"}
    if len(h) >= 8 and h[4:8] in (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip", b"pnot"):
        return set(_ISO_BRANDS)
    if h.startswith(b"ID3"):
        return {"mp3", "aac"}
    if h.startswith(b"ADIF"):
        return {"aac"}
    if len(h) >= 2 and h[0] == 0xFF and (h[1] & 0xF6) == 0xF0:  # ADTS sync, layer 0
        return {"aac"}
    if len(h) >= 2 and h[0] == 0xFF and (h[1] & 0xE0) == 0xE0:  # MPEG audio frame sync
        return {"mp3"}
    return set()


@dataclass(frozen=True)
class LocalFile:
    path: Path
    name: str
    fmt: str
    kind: str
    size: int


def check(path_text: str) -> LocalFile:
    """The checked file, or a one-line FileRejected/UsageError saying what is wrong."""
    path = Path(path_text).expanduser()
    shown = path_text
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise UsageError(f"No such file: {shown}") from None
    except PermissionError:
        raise UsageError(f"Cannot read {shown}: permission denied.") from None
    except OSError as exc:
        raise UsageError(f"Cannot read {shown}: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"{shown} is a folder; give the media files inside it.")
    if not stat.S_ISREG(st.st_mode):
        raise UsageError(f"{shown} is not a regular file.")
    ext = path.suffix.lower().lstrip(".")
    ext = ALIASES.get(ext, ext)
    if ext not in SUPPORTED_FORMATS:
        what = f'".{ext}" files' if ext else "files without an extension"
        raise FileRejected(f"{shown}: {what} are not supported.", hint=f"Supported formats: {FORMATS_TEXT}.")
    if st.st_size == 0:
        raise FileRejected(f"{shown} is empty.")
    if st.st_size > MAX_UPLOAD_BYTES:
        raise FileRejected(
            f"{shown} is {st.st_size / (1024 * 1024):.0f} MB; the limit is {MAX_UPLOAD_BYTES // (1024 * 1024)} MB per file.",
            hint="Compress it (lower bitrate or resolution) or trim it into shorter parts.",
        )
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError as exc:
        raise UsageError(f"Cannot read {shown}: {exc.strerror or exc}.") from None
    found = sniff(head)
    if not found:
        raise FileRejected(f"{shown} is named .{ext} but its content is not a supported media format.",
                           hint=f"Supported formats: {FORMATS_TEXT}.")
    # The content decides, as on the server: a PNG saved as .jpg is still a picture worth sending.
    fmt = ext if ext in found else sorted(found)[0]
    return LocalFile(path=path, name=path.name, fmt=fmt, kind=KINDS[fmt], size=st.st_size)


def check_url(url: str) -> str:
    from .urls import split_http_url

    split_http_url(url.strip(), "The link")
    return url.strip()


def is_url(text: str) -> bool:
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text) is not None
