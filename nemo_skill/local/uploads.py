"""Streaming multipart uploads: python-multipart's parser fed from ``request.stream()``.

Nothing is buffered whole: each file part goes straight to a .part file, the per-file limit is
enforced as bytes arrive (4002), and the type is decided afterwards by probing the content (4001).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator
from pathlib import Path

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from .api_errors import TOO_LARGE, ApiError, http
from .engine_settings import Settings
from .storage import Incoming, display_name

FILE_FIELDS = {"files", "file", "files[]"}
MAX_FILES = 50
DRAIN_LIMIT = 64 * 1024 * 1024  # after a refusal, read this much more so the client sees the answer



# Browsers and httpx escape these three in multipart file names (WHATWG form encoding): undo it, so
# 'he said "hi".jpg' is stored as sent, not as 'he said %22hi%22.jpg'.
_FORM_ESCAPES = {"%22": '"', "%0d": "\r", "%0a": "\n"}


def form_filename(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    return re.sub("%22|%0[dDaA]", lambda m: _FORM_ESCAPES[m.group().lower()], text)

class _TooLarge(Exception):
    pass


class _Receiver:
    """Callbacks for MultipartParser: route part data to an Incoming file or a small field buffer."""

    def __init__(self, settings: Settings, media_root: Path, user_id: str) -> None:
        self.settings = settings
        self.media_root = media_root
        self.user_id = user_id
        self.files: list[Incoming] = []
        self.current: Incoming | None = None
        self.field_bytes = 0
        self._header_field = bytearray()
        self._header_value = bytearray()
        self._headers: dict[str, bytes] = {}
        self.ended = False

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": lambda d, s, e: self._header_field.extend(d[s:e]),
            "on_header_value": lambda d, s, e: self._header_value.extend(d[s:e]),
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_end": self.on_end,
        }

    def on_part_begin(self) -> None:
        self._headers = {}
        self.current = None

    def on_header_end(self) -> None:
        self._headers[bytes(self._header_field).decode("latin-1").lower()] = bytes(self._header_value)
        self._header_field.clear()
        self._header_value.clear()

    def on_headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get("content-disposition", b""))
        name = params.get(b"name", b"").decode("utf-8", "replace")
        filename = params.get(b"filename")
        if filename is None or name not in FILE_FIELDS:
            return  # an ordinary form field: counted, ignored
        if len(self.files) >= MAX_FILES:
            raise ApiError(400, f"at most {MAX_FILES} files per upload", status=400)
        self.current = Incoming(self.media_root, self.user_id, display_name(form_filename(filename)))
        self.files.append(self.current)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.current is None:
            self.field_bytes += end - start
            if self.field_bytes > 64 * 1024:
                raise ApiError(400, "form fields too large", status=400)
            return
        if self.current.size + (end - start) > self.settings.max_upload_bytes:
            raise _TooLarge(self.current.filename)
        self.current.write(data[start:end])

    def on_part_end(self) -> None:
        if self.current is not None:
            self.current.close()
        self.current = None

    def on_end(self) -> None:
        self.ended = True

    def discard(self) -> None:
        for f in self.files:
            f.discard()


async def receive(content_type: str, stream: AsyncIterator[bytes], content_length: int | None,
                  settings: Settings, media_root: Path, user_id: str) -> list[Incoming]:
    """Stream a multipart body to .part files; returns the received files (closed)."""
    ctype, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise http(400, "expected multipart/form-data with a boundary, or JSON {\"urls\": [...]}")
    if content_length is not None and content_length > settings.max_request_bytes:
        raise ApiError(TOO_LARGE, f"request too large (max {settings.max_request_bytes} bytes)")
    receiver = _Receiver(settings, media_root, user_id)
    try:
        parser = MultipartParser(boundary, receiver.callbacks())  # type: ignore[arg-type]  # a plain dict of the TypedDict's keys
    except (FormParserError, ValueError):
        raise http(400, "bad multipart boundary") from None
    total = 0
    try:
        async for chunk in stream:
            total += len(chunk)
            if total > settings.max_request_bytes:
                raise ApiError(TOO_LARGE, f"request too large (max {settings.max_request_bytes} bytes)")
            parser.write(chunk)
        parser.finalize()
    except _TooLarge as exc:
        receiver.discard()
        await _drain(stream)
        raise ApiError(TOO_LARGE, f"{exc.args[0]}: file too large (max {_mb(settings.max_upload_bytes)})") from None
    except ApiError:
        receiver.discard()
        await _drain(stream)
        raise
    except (FormParserError, ValueError, UnicodeDecodeError):
        receiver.discard()
        raise http(400, "malformed multipart body") from None
    except BaseException:
        receiver.discard()  # client went away mid-upload: nothing half-written stays behind
        raise
    if receiver.current is not None or not receiver.ended:
        receiver.discard()
        raise http(400, "multipart body ended in the middle of a file")
    if not receiver.files:
        raise http(400, "no files: send them in the multipart field 'files'")
    return receiver.files


async def _drain(stream: AsyncIterator[bytes]) -> None:
    seen = 0
    with contextlib.suppress(Exception):
        async for chunk in stream:
            seen += len(chunk)
            if seen > DRAIN_LIMIT:
                break


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n} bytes"
