"""Render and download: readiness check, submit, poll, one retry with a new id, streamed download.

The render is recorded in the store BEFORE it is submitted, so an export that is stopped (Ctrl-C,
a closed terminal) can be finished later with ``--resume``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nemo_skill.draft.summary import is_ready

from . import session as sessions
from .api import Api, same_origin
from .errors import Conflict, NemoError, NetworkError, RenderFailed, SessionLost, TimedOut, UsageError
from .store import SESSIONS

Progress = Callable[[str], None]


def new_render_id() -> str:
    return f"render_{int(time.time() * 1000)}_{secrets.token_hex(4)}"


@dataclass
class RenderStatus:
    id: str
    status: str  # pending | processing | completed | failed | unknown
    progress: float | None = None
    url: str | None = None
    size: int | None = None
    duration: float | None = None
    width: int | None = None
    height: int | None = None
    retryable: bool | None = None  # the local engine says whether a failure was the draft's (false)
    sheet_url: str | None = None
    poster_url: str | None = None
    error: str | None = None


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def parse_status(data: Any, render_id: str) -> RenderStatus:
    """Both documented shapes: top level ``{id,status,progress,output:{url,size}}`` and the
    ``{success,data:{…,outputUrl}}`` one (already unwrapped by the envelope parser)."""
    d = data if isinstance(data, dict) else {}
    if isinstance(d.get("data"), dict) and "status" not in d:
        d = d["data"]
    out: dict[str, Any] = d["output"] if isinstance(d.get("output"), dict) else {}
    status = str(d.get("status") or "unknown").lower()
    status = {"success": "completed", "succeeded": "completed", "done": "completed", "error": "failed",
              "queued": "pending", "running": "processing", "rendering": "processing"}.get(status, status)  # fmt: skip
    url = out.get("url") or d.get("outputUrl") or d.get("output_url") or d.get("url")
    size = _num(out.get("size")) or _num(d.get("size"))
    err = d.get("error") or d.get("message")
    if isinstance(err, dict):
        err = err.get("message") or str(err)
    return RenderStatus(
        id=str(d.get("id") or d.get("taskId") or d.get("render_id") or render_id),
        status=status,
        progress=_num(d.get("progress")),
        url=url if isinstance(url, str) and url else None,
        size=int(size) if size else None,
        duration=_num(out.get("duration")) or _num(d.get("duration")),
        width=_int(out.get("width")) or _int(d.get("width")),
        height=_int(out.get("height")) or _int(d.get("height")),
        sheet_url=_first_str(out.get("sheet_url"), d.get("sheet_url"), out.get("sheetUrl"), d.get("sheetUrl")),
        poster_url=_first_str(out.get("poster_url"), d.get("poster_url")),
        error=str(err) if err else None,
        retryable=d["retryable"] if isinstance(d.get("retryable"), bool) else None,
    )


def _int(v: Any) -> int | None:
    n = _num(v)
    return int(n) if n is not None and n > 0 else None


def _first_str(*values: Any) -> str | None:
    for v in values:
        if isinstance(v, str) and v:
            return v
    return None


@dataclass
class ExportResult:
    path: Path
    size: int
    render_id: str
    claim_link: str | None
    sheet: Path | None = None
    duration: float | None = None
    notes: list[str] = field(default_factory=list)
    width: int | None = None
    height: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "size": self.size,
            "render_id": self.render_id,
            "claim_link": self.claim_link,
            "sheet": str(self.sheet) if self.sheet else None,
            "duration": self.duration,
            "width": self.width,
            "height": self.height,
            "notes": self.notes,
        }

    def describe(self) -> str:
        """``30 s, 1920x1080, 3.1 MB``: what a person is told about the video."""
        bits = []
        if self.duration is not None:
            bits.append(f"{self.duration:.1f} s")
        if self.width and self.height:
            bits.append(f"{self.width}x{self.height}")
        bits.append(f"{self.size / (1024 * 1024):.1f} MB")
        return ", ".join(bits)


def frame_size(draft: Any) -> tuple[int | None, int | None]:
    """The draft's canvas (``m.width`` x ``m.height``), what a render of it comes out as."""
    meta = draft.get("m") if isinstance(draft, dict) else None
    if not isinstance(meta, dict):
        return None, None
    return _int(meta.get("width")), _int(meta.get("height"))


def draft_seconds(draft: Any) -> float | None:
    d = _num(draft.get("d")) if isinstance(draft, dict) else None
    return d / 1000 if d else None


# Kernel and pseudo file systems: a video written there is lost or refused (statfs type names as
# /proc/self/mountinfo spells them).
SPECIAL_FILE_SYSTEMS = frozenset({
    "proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "debugfs", "tracefs", "securityfs",
    "configfs", "pstore", "bpf", "fusectl", "mqueue", "hugetlbfs", "efivarfs", "autofs", "binfmt_misc",
    "rpc_pipefs", "nsfs",
})


def _mount_type(folder: Path) -> str | None:
    """The file system type of the mount holding ``folder`` (Linux; None elsewhere)."""
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, kind = "", None
    target = str(folder)
    for line in lines:
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        point = fields[4].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, right.split()[0]
    return kind


def check_destination(out: Path) -> None:
    """Refuse, before anything is submitted, an ``--out`` the video could not be saved to: a folder,
    a missing folder, a special file (a device, a pipe), a kernel file system, or no permission. The
    check writes and removes a temporary file beside ``out``, as the download will."""
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give a file name such as {out / 'video.mp4'}.")
    if out.exists() and not out.is_file():
        raise UsageError(f"{out} is not a regular file (a device, a pipe or a socket); choose a file name.")
    folder = out.parent
    if not folder.is_dir():
        raise UsageError(f"The folder {folder} does not exist.", hint="Create it first, or choose another --out.")
    fs = _mount_type(folder.resolve())
    if fs in SPECIAL_FILE_SYSTEMS:
        raise UsageError(f"{folder} is on a special file system ({fs}); a video cannot be saved there.",
                         hint="Choose a normal folder for --out.")
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".check", dir=folder)
    except OSError as exc:
        why = "no permission to write there" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        raise UsageError(f"Cannot save a file in {folder} ({why}).", hint="Choose another --out.") from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)


def default_out_path() -> Path:
    return Path.cwd() / f"nemovideo-{time.strftime('%Y%m%d-%H%M%S')}.mp4"


class Exporter:
    def __init__(self, api: Api, *, progress: Progress | None = None, sleep: Callable[[float], None] = time.sleep):
        self.api = api
        self.progress = progress or api.status
        self.sleep = sleep

    # -- the stored render -------------------------------------------------------------------
    def pending(self) -> dict[str, Any] | None:
        r = self.api.store.section(SESSIONS, self.api.key).get("render")
        return r if isinstance(r, dict) and isinstance(r.get("id"), str) else None

    def _remember(self, render_id: str, sess: sessions.Session, out: Path, quality: str) -> None:
        self.api.store.update_section(
            SESSIONS,
            self.api.key,
            render={"id": render_id, "session_id": sess.session_id, "started_at": int(time.time()),
                    "out": str(out), "quality": quality},  # fmt: skip
        )

    def _forget(self) -> None:
        self.api.store.update_section(SESSIONS, self.api.key, render=None)

    # -- export ------------------------------------------------------------------------------
    def export(self, sess: sessions.Session, out: Path, quality: str = "high") -> ExportResult:
        state = sessions.fetch_state(self.api, sess)
        sessions.remember_state(self.api, state)
        draft = sessions.draft_of(state)
        if not is_ready(draft):
            raise UsageError(
                "Nothing to export yet: the timeline is empty.",
                hint='Upload media with scripts/upload and describe the video with scripts/chat "…".',
            )
        self._check_out(out)
        render_id = self._submit(sess, draft, out, quality)
        try:
            status = self._poll(render_id)
        except RenderFailed as first:
            if first.data == "draft":  # the engine says the draft itself cannot render: again would fail too
                self._forget()
                raise
            # The retry rule: a render that failed for any other reason (an engine restart, a worker
            # lost) is submitted once more, with a new id.
            self.progress(f"The render failed ({first.message}); retrying once with a new render id…")
            render_id = self._submit(sess, draft, out, quality)
            try:
                status = self._poll(render_id)
            except RenderFailed:
                self._forget()  # failed twice: nothing is left to resume
                raise
        width, height = frame_size(draft)
        return self._finish(sess, status, out, width=width, height=height, seconds=draft_seconds(draft))

    def resume(self, out: Path | None = None) -> ExportResult:
        rec = self.pending()
        if rec is None:
            raise UsageError("There is no unfinished export to resume.", hint="Start one with scripts/export.")
        sess = sessions.stored(self.api)
        if sess is None or sess.session_id != rec.get("session_id"):
            sess = sessions.Session(str(rec.get("session_id")), None)
        target = out or Path(str(rec.get("out") or default_out_path()))
        self._check_out(target)
        self.progress(f"Resuming render {rec['id']}…")
        try:
            status = self._poll(rec["id"])
        except RenderFailed:
            # The remembered render is over (e.g. interrupted by an engine restart): --resume has nothing
            # left to finish, and a plain export renders the timeline again.
            self._forget()
            raise
        last = sessions.last_state(self.api)
        draft = sessions.draft_of(last) if last else None
        width, height = frame_size(draft)
        return self._finish(sess, status, target, width=width, height=height, seconds=draft_seconds(draft))

    @staticmethod
    def _check_out(out: Path) -> None:
        check_destination(out)

    def _submit(self, sess: sessions.Session, draft: Any, out: Path, quality: str) -> str:
        render_id = new_render_id()
        self._remember(render_id, sess, out, quality)  # before the request: a stop after it stays resumable
        body = {"id": render_id, "sessionId": sess.session_id, "draft": draft,
                "output": {"format": "mp4", "quality": quality}}  # fmt: skip
        try:
            data = self.api.call("POST", "/api/render/proxy/lambda", json=body)
        except Conflict as exc:
            running = exc.data.get("id") if isinstance(exc.data, dict) else None
            if not isinstance(running, str) or not running:
                self._forget()
                raise
            self.progress(f"An export is already running for this session ({running}); following it instead.")
            self._remember(running, sess, out, quality)
            return running
        except BaseException:
            self._forget()
            raise
        accepted = parse_status(data, render_id).id
        if accepted != render_id:
            self._remember(accepted, sess, out, quality)
        self.progress(f"Render {accepted} submitted.")
        return accepted

    def _poll(self, render_id: str) -> RenderStatus:
        s = self.api.settings
        last: RenderStatus | None = None
        for i in range(1, s.render_max_polls + 1):
            try:
                data = self.api.call("GET", f"/api/render/proxy/lambda/{render_id}")
            except SessionLost as exc:  # 1002 here means the render id is unknown
                self._forget()
                raise RenderFailed(f"the API no longer knows render {render_id}") from exc
            except NetworkError as exc:  # the render goes on without us, and it is remembered
                exc.hint = exc.hint or f"Render {render_id} is remembered: finish it later with scripts/export --resume."
                raise
            st = parse_status(data, render_id)
            last = st
            if st.status == "completed":
                self.progress("Rendering: 100%")
                return st
            if st.status == "failed":
                # data "draft": the engine said the draft is at fault (retryable false), so no retry helps
                raise RenderFailed(st.error or "the renderer gave no reason",
                                   data="draft" if st.retryable is False else None)
            pct = f"{st.progress:.0f}%" if st.progress is not None else st.status
            self.progress(f"Rendering: {pct} (check {i}/{s.render_max_polls})")
            if i < s.render_max_polls:
                self.sleep(s.render_poll_s)
        raise TimedOut(
            f"The render {render_id} was still {last.status if last else 'running'} after {s.render_max_polls} checks.",
            hint="It keeps going on the server: finish it later with scripts/export --resume.",
        )

    # -- download ----------------------------------------------------------------------------
    def _finish(self, sess: sessions.Session, st: RenderStatus, out: Path, *, width: int | None = None,
                height: int | None = None, seconds: float | None = None) -> ExportResult:
        notes: list[str] = []
        size = None
        if st.url:
            try:
                size = self.download(st.url, out, expected=st.size)
            except NemoError as exc:
                notes.append(f"direct download failed ({exc.message}); used the API's download route")
                self.progress(f"Download from the render URL failed ({exc.message}); trying the API's download route…")
        if size is None:
            size = self.download(f"/api/render/proxy/{st.id}/download", out, expected=st.size)
        sheet = None
        if st.sheet_url:
            sheet_path = out.with_name(out.stem + ".sheet.png")
            try:
                self.download(st.sheet_url, sheet_path, expected=None)
                sheet = sheet_path
            except NemoError as exc:
                notes.append(f"contact sheet not saved: {exc.message}")
        self._forget()
        link = sess.claim_link or sessions.claim_link(self.api, sess)
        return ExportResult(out, size, st.id, link, sheet, st.duration or seconds, notes,
                            st.width or width, st.height or height)

    def download(self, url: str, out: Path, *, expected: int | None) -> int:
        """Stream ``url`` into ``out`` (temp file + rename). The bearer token goes along only when
        ``url`` is on the API's own scheme+host+port (httpx also drops it on a redirect elsewhere)."""
        from ._httpx import httpx

        full = url if "://" in url else self.api.base_url + "/" + url.lstrip("/")
        to_api = same_origin(full, self.api.base_url)
        retried: set[str] = set()
        while True:
            try:
                return self._download_once(httpx, full, out, expected, to_api)
            except _HttpFailure as failure:
                if not to_api:
                    raise NemoError(f"HTTP {failure.resp.status_code} from {httpx.URL(full).host}") from None
                action = self.api.reply_error(failure.resp, retried)
                if action != "retry":
                    raise action from None

    def _download_once(self, httpx: Any, full: str, out: Path, expected: int | None, to_api: bool) -> int:
        headers = self.api.headers() if to_api else {}
        t = self.api.settings.http_timeout_s
        timeout = httpx.Timeout(t, read=max(t, min(120.0, self.api.settings.transfer_timeout_s)))
        client = self.api.http if to_api else httpx.Client(trust_env=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                try:
                    with client.stream("GET", full, headers=headers, timeout=timeout, follow_redirects=True) as resp:
                        if resp.status_code >= 400:
                            resp.read()
                            raise _HttpFailure(resp)
                        length = resp.headers.get("content-length")
                        for chunk in resp.iter_bytes(1024 * 1024):
                            fh.write(chunk)
                except httpx.TransportError as exc:
                    raise NetworkError(
                        f"The download was interrupted ({type(exc).__name__}).",
                        hint="The video is ready on the server: scripts/export --resume downloads it again.",
                    ) from exc
                finally:
                    if not to_api:
                        client.close()
                fh.flush()
                os.fsync(fh.fileno())
                got = fh.tell()
            want = expected or (int(length) if length and length.isdigit() else None)
            if got == 0:
                raise NemoError("the download was empty")
            if want is not None and got != want:
                raise NemoError(f"the download has {got} bytes, expected {want}")
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp made it private; the video is the user's file
            os.replace(tmp, out)
            return got
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _HttpFailure(Exception):
    def __init__(self, resp: Any) -> None:
        super().__init__(f"HTTP {resp.status_code}")
        self.resp = resp
