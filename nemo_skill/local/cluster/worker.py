"""``nemo-local worker``: a Celery worker that renders what the engine puts on the broker.

It needs the broker URL and the engine's URL as seen from this machine, and nothing else of the
engine's: no token, no shared folder. Each task (payload.py) is claimed from the engine, its inputs
fetched over HTTP into a cache keyed by content hash, rendered, and the result uploaded; progress is
reported every ``heartbeat_s`` (the engine's proof of life: a silent worker's render is given to
another). One log line per task names the render and the frame range.

Start-up checks, each one line and a non-zero exit: a malformed broker URL (2), an unreachable broker
(1), an engine URL that does not answer as a broker-mode engine on the same broker (1).
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import logging
import os
import secrets
import shutil
import socket
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .. import logs
from . import broker
from .payload import Input, Task

log = logging.getLogger("nemo_skill.worker")
ENGINE_WAIT_S = 120.0   # how long a finished render waits for an engine that is restarting
RETRY_CLAIM_S = 5.0


# The input cache's size before the least recently used inputs go (``--cache-max-gb``): a week of a shop's
# renders (a few hundred pictures and clips) fits, and a worker machine keeps its disk.
DEFAULT_CACHE_GB = 10.0
STALE_PART_S = 3600   # a download's .part file untouched this long was left by a worker that died


class InputError(Exception):
    """An input could not be fetched: the render fails with this line (no traceback: it is not a bug)."""


class WorkerStartError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class WorkerConfig:
    broker_url: str
    engine_url: str
    concurrency: int
    cache_dir: Path
    name: str
    cache_max_bytes: int = int(DEFAULT_CACHE_GB * 1024 ** 3)


def default_cache_dir() -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "nemovideo-worker"


def check(config: WorkerConfig) -> None:
    """The start-up checks; WorkerStartError with one line when something is wrong."""
    try:
        broker.check_url(config.broker_url)
    except broker.BrokerError as exc:
        raise WorkerStartError(str(exc), 2) from None
    try:
        run = broker.ping(config.broker_url)
    except broker.BrokerError as exc:
        raise WorkerStartError(str(exc)) from None
    url = config.engine_url.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise WorkerStartError(f"the engine URL must start with http:// or https://, not {url[:100]!r}", 2)
    try:
        r = httpx.get(url + "/cluster/hello", timeout=10, trust_env=False)
        info = r.json().get("data") if r.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        raise WorkerStartError(f"no NemoVideo engine answers at {url} (check --engine)") from None
    if not isinstance(info, dict) or info.get("engine") != "nemo-local":
        raise WorkerStartError(f"{url} is not a NemoVideo engine (HTTP {r.status_code} from /cluster/hello; "
                               "check --engine)")
    if not info.get("broker"):
        raise WorkerStartError(f"the engine at {url} renders in-process: start it with --broker")
    expected = hashlib.sha256(run.encode()).hexdigest()[:16]
    if info.get("broker_id") not in (None, expected):
        raise WorkerStartError(f"the engine at {url} uses another broker than {broker.display(config.broker_url)}")
    config.cache_dir.mkdir(parents=True, exist_ok=True)
    try:  # the renderer's imports and FFmpeg lookup now, not in the first render (~1 s)
        import cv2  # noqa: F401

        from nemo_skill.render import ffmpeg_exe

        ffmpeg_exe()
    except Exception as exc:
        raise WorkerStartError(f"the renderer cannot run on this machine: {exc}") from None


def run(config: WorkerConfig) -> int:
    """Checks, then the Celery worker in the foreground (threads pool: one FFmpeg per render)."""
    check(config)
    app = broker.celery_app(config.broker_url)
    runner = Runner(config)

    @app.task(name=broker.TASK, bind=True, max_retries=None)  # type: ignore[misc]
    def render(self: Any, payload: dict) -> None:
        if runner.run_payload(payload) == "retry":
            raise self.retry(countdown=RETRY_CLAIM_S)

    log.info("worker %s: %d render slot(s), engine %s, broker %s, cache %s", config.name, config.concurrency,
             config.engine_url, broker.display(config.broker_url), config.cache_dir)
    app.worker_main(["--quiet", "worker", f"--concurrency={config.concurrency}", "--pool=threads",
                     f"--hostname={config.name}", "--loglevel=WARNING", "--without-gossip",
                     "--without-mingle", f"--queues={broker.QUEUE}"])
    return 0


def default_name() -> str:
    return f"nemo-{os.getpid()}@{socket.gethostname()}"


class Steps:
    """When each step of one task ended, for its done line: where a part's seconds go (bench/cluster.py
    reads these lines into a timeline of the render). Steps are marked once, in the order they happen."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.ends: dict[str, float] = {}

    def mark(self, step: str) -> None:
        self.ends.setdefault(step, time.monotonic())

    def summary(self) -> str:
        """``claim 0.01 + inputs 0.00 + first frame 1.42 + …`` (seconds each step took)."""
        out, prev = [], self.start
        for step, end in self.ends.items():
            out.append(f"{step} {end - prev:.2f}")
            prev = end
        return " + ".join(out)


class Runner:
    """Runs one task: claim, fetch, render, upload, done (or fail with the reason)."""

    def __init__(self, config: WorkerConfig) -> None:
        self.config = config
        self.engine = config.engine_url.rstrip("/")
        self.http = httpx.Client(timeout=httpx.Timeout(60.0, connect=10.0), trust_env=False)
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._in_use: collections.Counter[Path] = collections.Counter()  # inputs of the renders running now

    def run_payload(self, payload: dict) -> str:
        try:
            task = Task.from_json(payload)
        except (ValueError, TypeError, KeyError) as exc:
            log.error("task for render %s refused: %s", payload.get("render_id", "?"), exc)
            control = payload.get("control") if isinstance(payload, dict) else None
            if isinstance(control, str) and control.startswith("/cluster/t/"):
                with contextlib.suppress(httpx.HTTPError):   # tell the engine, or the render waits for nothing
                    self.http.post(self.engine + control, json={
                        "event": "fail", "error": f"worker {self.config.name} cannot run this task: {exc}"})
            return "refused"
        return self.run(task)

    # --- HTTP to the engine ---------------------------------------------------------------------

    def _post(self, task: Task, body: dict) -> httpx.Response:
        return self.http.post(self.engine + task.control, json=body)

    @staticmethod
    def _patiently(send: Callable[[], httpx.Response]) -> httpx.Response | None:
        """``send`` retried every 2 s for ENGINE_WAIT_S while the engine is unreachable or restarting (no
        answer, or a 5xx); its first answer below 500, or None when none came."""
        deadline = time.monotonic() + ENGINE_WAIT_S
        while True:
            try:
                r = send()
                if r.status_code < 500:
                    return r
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                return None
            time.sleep(2)

    def _post_patiently(self, task: Task, body: dict) -> httpx.Response | None:
        """A report that must arrive (done, fail)."""
        return self._patiently(lambda: self._post(task, body))

    # --- one task ---------------------------------------------------------------------------------

    def run(self, task: Task) -> str:
        steps = Steps()
        try:
            r = self._post(task, {"event": "claim", "worker": self.config.name})
        except httpx.HTTPError as exc:
            if time.time() > task.expires_at:
                log.error("render %s: dropped, the engine did not answer before its URLs expired", task.render_id)
                return "dropped"
            log.warning("render %s: the engine is unreachable (%s); trying again in %g s",
                        task.render_id, type(exc).__name__, RETRY_CLAIM_S)
            return "retry"
        if r.status_code != 200:
            log.info("render %s %s: skipped (%s)", task.render_id, task.part.label, _message(r))
            return "skipped"
        log.info("render %s %s attempt %d: rendering", task.render_id, task.part.label, task.attempt)
        steps.mark("claim")
        cancel = threading.Event()
        progress = [0.0]
        stop = threading.Event()
        beat = threading.Thread(target=self._beat, args=(task, progress, cancel, stop), daemon=True,
                                name=f"beat-{task.task_id}")
        beat.start()
        work = self.config.cache_dir / "work" / f"{task.task_id}-{secrets.token_hex(4)}"
        held: list[Path] = []
        try:
            outcome = self._render(task, work, progress, cancel, steps, held)
        except (InputError, httpx.HTTPError) as exc:
            outcome = ("fail", f"worker {self.config.name} could not fetch an input: {exc or type(exc).__name__}")
        except Exception as exc:  # anything unexpected: the render fails with that reason, never silently
            log.exception("render %s crashed", task.render_id)
            outcome = ("fail", f"render failed on worker {self.config.name}: {type(exc).__name__}: "
                               f"{(str(exc).splitlines() or [''])[0][:300]}")
        finally:
            stop.set()
            beat.join(timeout=5)
            shutil.rmtree(work, ignore_errors=True)
            self._release(held)
        kind, detail = outcome
        if kind == "fail":
            log.warning("render %s: failed: %s", task.render_id, detail)
            if self._post_patiently(task, {"event": "fail", "error": detail}) is None:
                log.error("render %s: could not tell the engine", task.render_id)
        elif kind == "cancelled":
            log.info("render %s: stopped (%s)", task.render_id, detail)
        else:
            log.info("render %s part %d/%d: done in %.1f s (%s)", task.render_id, task.part.index + 1, task.part.count,
                     time.monotonic() - steps.start, steps.summary())
        return kind

    def _beat(self, task: Task, progress: list[float], cancel: threading.Event, stop: threading.Event) -> None:
        while not stop.wait(task.heartbeat_s):
            try:
                r = self._post(task, {"event": "beat", "progress": progress[0]})
            except httpx.HTTPError:
                continue   # the engine may be restarting: the render goes on, the upload waits for it
            if r.status_code in (403, 404, 409, 410):
                log.info("render %s: the engine withdrew this task (%s)", task.render_id, _message(r))
                cancel.set()
                return

    def _render(self, task: Task, work: Path, progress: list[float], cancel: threading.Event,
                steps: Steps, held: list[Path]) -> tuple[str, str]:
        from nemo_skill.render import MediaRef, RenderError

        work.mkdir(parents=True, exist_ok=True)
        refs = {}
        for mid, spec in task.inputs.items():
            if cancel.is_set():
                return "cancelled", "withdrawn while fetching inputs"
            path = self._fetch(spec, held)
            refs[mid] = MediaRef(path=path, kind=spec.kind, width=spec.width,  # type: ignore[arg-type]
                                 height=spec.height, duration=spec.duration, fps=spec.fps,
                                 has_audio=spec.has_audio, rotation=spec.rotation)
        steps.mark("inputs")

        def on_progress(fraction: float) -> None:
            steps.mark("first frame")   # FFmpeg's first progress report (it reports every 0.5 s)
            progress[0] = max(progress[0], min(1.0, fraction))

        try:
            files, done = self._make(task, refs, work, on_progress, cancel)
        except RenderError as exc:
            if cancel.is_set():
                return "cancelled", "withdrawn by the engine"
            return "fail", str(exc)
        steps.mark("rendering")
        for name, file in files.items():
            if file is not None and Path(file).is_file() and not self._upload(task, name, Path(file)):
                return "cancelled", f"the engine did not take the {name}"
        steps.mark("upload")
        r = self._post_patiently(task, {"event": "done", **done})
        if r is None or r.status_code != 200:
            return "cancelled", "the engine did not take the result" + (f" ({_message(r)})" if r is not None else "")
        steps.mark("report")
        return "done", ""

    @staticmethod
    def _make(task: Task, refs: dict[str, Any], work: Path, on_progress: Callable[[float], None],
              cancel: threading.Event) -> tuple[dict[str, Path | None], dict[str, Any]]:
        """Render the task's part: (files to upload by name, the done report's fields)."""
        from nemo_skill.render import render_draft
        from nemo_skill.render.chunks import part_snapshots, render_sound, render_video_part

        part = task.part
        if part.kind == "whole":
            result = render_draft(task.draft, refs, work / f"{task.render_id}.mp4",
                                  quality=task.quality,  # type: ignore[arg-type]
                                  progress=on_progress, cancel=cancel, workdir=work / "tmp")
            return ({"video": result.path, "poster": result.poster, "sheet": result.sheet},
                    {"duration": result.duration, "size": result.size, "warnings": result.warnings})
        if part.kind == "video":
            result = render_video_part(task.draft, refs, work / f"part-{part.index:04d}.mp4",
                                       frames=range(part.frame_start, part.frame_end), quality=task.quality,
                                       progress=on_progress, cancel=cancel, workdir=work / "tmp")
            # the poster and sheet pictures of its frames go first: "video" last marks the part whole
            snaps: dict[str, Path | None] = {f"snap-{f}": p for f, p in sorted(part_snapshots(result.path).items())}
            return {**snaps, "video": result.path}, {"size": result.size, "warnings": result.warnings}
        result = render_sound(task.draft, refs, work / "sound.m4a", quality=task.quality, progress=on_progress,
                              cancel=cancel, workdir=work / "tmp")
        return {"video": result.path}, {"size": result.size, "warnings": result.warnings}

    def _upload(self, task: Task, name: str, path: Path) -> bool:
        def put() -> httpx.Response:
            with open(path, "rb") as fh:
                return self.http.put(f"{self.engine}{task.output}&name={name}", content=_chunks(fh),
                                     timeout=httpx.Timeout(300.0, connect=10.0))

        r = self._patiently(put)
        if r is not None and r.status_code != 200:
            log.warning("render %s: upload of the %s refused: %s", task.render_id, name, _message(r))
        return r is not None and r.status_code == 200

    # --- the input cache (content hash -> file) --------------------------------------------------

    def _fetch(self, spec: Input, held: list[Path]) -> Path:
        """The input's file in the cache (downloaded once), held for the running render (``_release``)."""
        suffix = Path(spec.name).suffix[:10]
        path = self.config.cache_dir / "media" / spec.sha256[:2] / (spec.sha256 + suffix)
        with self._guard:
            lock = self._locks.setdefault(spec.sha256, threading.Lock())
        with lock:  # two renders of one file download it once
            if self._hold_cached(path, spec.size, held):
                return path
            path.parent.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
            digest = hashlib.sha256()
            try:
                deadline = time.monotonic() + ENGINE_WAIT_S   # the engine may be restarting
                while True:
                    try:
                        with self.http.stream("GET", self.engine + spec.url) as r, open(part, "wb") as fh:
                            if r.status_code != 200:
                                r.read()
                                raise InputError(f"{spec.name}: HTTP {r.status_code}: {_message(r)}")
                            digest = hashlib.sha256()
                            for chunk in r.iter_bytes(1 << 20):
                                fh.write(chunk)
                                digest.update(chunk)
                        break
                    except httpx.HTTPError:
                        if time.monotonic() > deadline:
                            raise
                        time.sleep(1)
                if digest.hexdigest() != spec.sha256:
                    raise InputError(f"{spec.name}: content does not match its hash")
                os.replace(part, path)
            finally:
                part.unlink(missing_ok=True)
            if not self._hold_cached(path, spec.size, held):
                raise InputError(f"{spec.name}: the cached copy went missing")
        self._prune()
        return path

    def _hold_cached(self, path: Path, size: int, held: list[Path]) -> bool:
        """``path`` is in the cache whole: marked recently used and held (one step with ``_prune``'s check, so a
        prune never removes a file a render has just been given)."""
        with self._guard:
            try:
                if path.stat().st_size != size:
                    return False
                os.utime(path)   # recently used: pruned last
            except FileNotFoundError:
                return False
            self._in_use[path] += 1
        held.append(path)
        return True

    def _release(self, held: list[Path]) -> None:
        with self._guard:
            for path in held:
                self._in_use[path] -= 1
                if self._in_use[path] <= 0:
                    del self._in_use[path]
        held.clear()

    def _prune(self) -> None:
        """The least recently used inputs removed until the cache is within its size (``--cache-max-gb``);
        the inputs of renders running now stay, even when they alone are larger."""
        files = []
        for path in (self.config.cache_dir / "media").glob("*/*"):
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            if path.name.startswith("."):   # a download under way, or one a killed worker left (an hour on)
                if path.name.endswith(".part") and time.time() - st.st_mtime > STALE_PART_S:
                    path.unlink(missing_ok=True)
                continue
            files.append((st.st_mtime, st.st_size, path))
        total = sum(size for _, size, _ in files)
        removed = 0
        for _, size, path in sorted(files):
            if total <= self.config.cache_max_bytes:
                break
            with self._guard:
                if path in self._in_use:
                    continue
                path.unlink(missing_ok=True)
            total -= size
            removed += 1
        if removed:
            log.info("cache: removed %d input(s) not used lately; %.1f MB kept (limit %.1f MB)", removed,
                     total / 1e6, self.config.cache_max_bytes / 1e6)


def _chunks(fh: Any, size: int = 1 << 20) -> Any:
    while True:
        block = fh.read(size)
        if not block:
            return
        yield block


def _message(r: httpx.Response) -> str:
    try:
        return str(r.json().get("message") or r.status_code)
    except ValueError:
        return f"HTTP {r.status_code}"


def setup_logging(level: str = "INFO") -> None:
    logs.setup(level, logs.WORKER_FORMAT)
    # Celery warns when run as root because of pickle; this worker accepts JSON only
    warnings.filterwarnings("ignore", message=".*superuser privileges.*")
