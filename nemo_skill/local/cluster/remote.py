"""The engine's side of broker mode: job records, dispatch, the watchdog, and the workers' reports.

Failure reasons that are not the draft's start with a prefix of ``jobs.NOT_THE_DRAFTS`` ("interrupted",
"render failed", "worker lost"), so the status says ``retryable`` and the client submits once more.

Job records: ``render_tasks`` holds one row per attempt of one part of a render (the whole render, or
one part of a chunked one: video frames or the sound, see payload.py; the engine joins the parts). A part's live row is in state ``new`` (not yet on the
broker), ``queued`` (published; ``broker_run`` = the Redis run id it was published to) or
``running`` (claimed by ``worker``, reporting every ``cluster_heartbeat_s``); then ``done``,
``failed``, or ``lost`` (superseded by the next attempt). The renders row stays the client's truth.

The watchdog thread (one per engine, every second) owns every broker call:
- publishes ``new`` rows;
- a ``running`` row silent for ``cluster_lost_after_s`` (worker killed, machine gone): a new attempt;
- a ``queued`` row published to a Redis that has restarted since (run id changed, queue maybe gone):
  a new attempt. The old message, if Redis kept it, is refused at claim (410);
- broker unreachable for ``cluster_broker_down_s``: renders not yet running fail with that reason;
  running ones finish over HTTP;
- nothing claimed a render in ``cluster_queue_timeout_s``: it fails (no worker).
An engine restart keeps all of it: rows, the signing key and Redis outlive it; running rows get a
fresh grace period to report again.

Progress and results come over HTTP (routes.py), not through a Celery result backend: the engine
stays the only writer of its database without a thread draining Celery events, a worker with a
wrong engine URL is found on its first request, and the result file has to come over HTTP anyway.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from ..api_errors import ApiError, http
from ..db import Database
from ..engine_settings import Settings
from . import broker
from .payload import Input, Part, Task, total_frames
from .signing import Signer, load_key

log = logging.getLogger("nemo_skill.local.cluster")

SCHEMA = """
CREATE TABLE IF NOT EXISTS render_tasks (
    id TEXT PRIMARY KEY,                -- one attempt of one part; every signed URL names it
    user_id TEXT NOT NULL,
    render_id TEXT NOT NULL,
    part INTEGER NOT NULL DEFAULT 0,
    parts INTEGER NOT NULL DEFAULT 1,
    kind TEXT NOT NULL DEFAULT 'whole', -- whole; video (a frame range), audio (the mix)
    frame_start INTEGER NOT NULL,
    frame_end INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    state TEXT NOT NULL,                -- new, queued, running, done, failed, lost
    progress REAL NOT NULL DEFAULT 0,   -- 0..1 of this part
    worker TEXT,
    error TEXT,
    broker_run TEXT,                    -- Redis run id it was published to
    warnings TEXT,                      -- a done part's warnings (JSON list), for the joined render
    sent_at REAL,
    heartbeat_at REAL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS render_tasks_render ON render_tasks(user_id, render_id, part);
CREATE INDEX IF NOT EXISTS render_tasks_state ON render_tasks(state);
CREATE INDEX IF NOT EXISTS renders_live ON renders(user_id, id) WHERE status IN ('pending', 'processing');
"""
LIVE = ("new", "queued", "running")
# chunked renders still running whose every part is done: to be joined. Asked every tick: it starts from the
# few renders still running (the partial index renders_live; CROSS JOIN keeps that order), not from every part
# ever done. With 20 000 finished renders it took 100-250 ms a tick, now 0.1 ms (bench/cluster_joinable.py).
JOINABLE = ("SELECT t.user_id, t.render_id, t.parts FROM renders r CROSS JOIN render_tasks t ON t.user_id = r.user_id "
            "AND t.render_id = r.id WHERE r.status IN ('pending', 'processing') AND t.kind != 'whole' "
            "AND t.state = 'done' GROUP BY t.user_id, t.render_id, t.parts HAVING COUNT(DISTINCT t.part) = t.parts")
AUDIO_SHARE = 0.05  # the sound part's weight in progress, as a share of the video's frames
OUT_NAMES = {"video": ".mp4", "poster": ".poster.png", "sheet": ".sheet.png"}
TICK_S = 1.0
# a chunked render's part files, in its folder beside the joined video (see _part_file and out_path)
PART_FILES = ("*.part-*.mp4", "*.sound.m4a", "*.snap-*.png")
SWEEP_EVERY_S = 3600.0


class RemoteRenders:
    def __init__(self, db: Database, settings: Settings, renders_root: Path) -> None:
        assert settings.render_broker
        self.db = db
        self.settings = settings
        self.url = settings.render_broker
        self.renders_root = renders_root
        self.signer = Signer(load_key(settings.data_dir))
        self._app: Any = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.broker_run: str | None = None
        self.broker_down_since: float | None = None
        self.broker_error = ""
        self._joining: set[tuple[str, str]] = set()  # chunked renders being joined now
        self._joins_lock = threading.Lock()
        self._swept_at = time.monotonic()
        conn = db.conn()
        conn.executescript(SCHEMA)
        # a database made before parts reported warnings gains the column (its rows: none)
        if "warnings" not in {r["name"] for r in conn.execute("PRAGMA table_info(render_tasks)")}:
            conn.execute("ALTER TABLE render_tasks ADD COLUMN warnings TEXT")

    # --- life cycle ---------------------------------------------------------------------------

    def start(self) -> set[tuple[str, str]]:
        """Adopt what a previous run left; start the watchdog. Returns the renders still being worked on."""
        now = time.time()
        self.db.run("UPDATE render_tasks SET heartbeat_at = ?, updated_at = ? WHERE state = 'running'", (now, now))
        rows = self.db.all(f"SELECT DISTINCT user_id, render_id FROM render_tasks WHERE state IN {LIVE}")
        # and chunked renders whose parts were all in but not yet joined (stopped between the last part's
        # report and the end of its join): the first tick joins them
        adopted = {(r["user_id"], r["render_id"]) for r in [*rows, *self.db.all(JOINABLE)]}
        if adopted:
            log.warning("broker mode: %d render(s) still with workers, reconciled", len(adopted))
        self.sweep_parts()
        self._swept_at = time.monotonic()
        self._thread = threading.Thread(target=self._loop, name="cluster-watchdog", daemon=True)
        self._thread.start()
        return adopted

    def shutdown(self) -> None:
        """Workers go on; a restarted engine picks their reports up again."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def dispatch(self, user_id: str, render_id: str, draft: dict) -> None:
        with self.db.tx() as c:
            for part in plan_parts(draft, self.settings.render_chunk_s):
                self._insert(c, user_id, render_id, part, attempt=1)
        self._wake.set()

    # --- the workers' reports (routes.py) -----------------------------------------------------

    def task(self, task_id: str, capability: str, exp: str | None, sig: str | None) -> sqlite3.Row:
        """The task row a signed URL names; 403 when the signature is bad or expired."""
        why = self.signer.check(task_id, capability, exp, sig)
        if why is not None:
            raise http(403, why)
        row = self.db.one("SELECT * FROM render_tasks WHERE id = ?", (task_id,))
        if row is None:
            raise http(404, "no such render task")
        return row

    def media_path(self, row: sqlite3.Row, media_id: str) -> str:
        self._require_live(row)
        render = self._render(row)
        from ..jobs import media_ids

        if render is None or media_id not in media_ids(json.loads(render["draft"])):
            raise http(403, "this media is not an input of this render")
        media = self.db.one("SELECT path FROM media WHERE id = ? AND user_id = ?", (media_id, row["user_id"]))
        if media is None:
            raise http(404, "media not found")
        return str(media["path"])

    def out_path(self, row: sqlite3.Row, name: str) -> Path:
        # a part is one file; a video part also sends its poster and sheet pictures (snap-<frame>)
        snap = re.fullmatch(r"snap-(\d{1,7})", name) if row["kind"] == "video" else None
        names = OUT_NAMES if row["kind"] == "whole" else ("video",)
        if name not in names and snap is None:
            raise http(400, f"output name must be one of {', '.join(names)}"
                       + (" or snap-<frame>" if row["kind"] == "video" else ""))
        if snap is not None and not row["frame_start"] <= int(snap[1]) < row["frame_end"]:
            raise http(400, "that frame is not in this part")
        if row["state"] != "running":
            raise http(410, "this render task is not running (claim it first, or it is over)")
        out_dir = self.renders_root / row["user_id"] / row["render_id"]
        out_dir.mkdir(parents=True, exist_ok=True)
        if snap is not None:
            return out_dir / f"{row['render_id']}.snap-{int(snap[1])}.png"
        return self._part_file(row) if row["kind"] != "whole" else out_dir / (row["render_id"] + OUT_NAMES[name])

    def _part_file(self, row: sqlite3.Row) -> Path:
        """Where a chunked render's part lands (every attempt of a part: the same file)."""
        out_dir = self.renders_root / row["user_id"] / row["render_id"]
        if row["kind"] == "audio":
            return out_dir / f"{row['render_id']}.sound.m4a"
        return out_dir / f"{row['render_id']}.part-{row['part']:04d}.mp4"

    def control(self, row: sqlite3.Row, body: dict[str, Any]) -> dict[str, Any]:
        event = body.get("event")
        if event == "claim":
            return self._claim(row, str(body.get("worker") or "?")[:200])
        if event == "beat":
            return self._beat(row, body.get("progress"))
        if event == "done":
            return self._done(row, body)
        if event == "fail":
            return self._fail(row, str(body.get("error") or "the worker gave no reason"))
        raise http(400, "event must be claim, beat, done or fail")

    def _claim(self, row: sqlite3.Row, worker: str) -> dict[str, Any]:
        now = time.time()
        with self.db.tx() as c:
            cur = c.execute("SELECT * FROM render_tasks WHERE id = ?", (row["id"],)).fetchone()
            self._require_live(cur, c)
            fresh = cur["heartbeat_at"] and now - cur["heartbeat_at"] < self.settings.cluster_lost_after_s
            if cur["state"] == "running" and cur["worker"] != worker and fresh:
                raise http(409, f"this render task is already being rendered by {cur['worker']}")
            c.execute("UPDATE render_tasks SET state = 'running', worker = ?, heartbeat_at = ?, updated_at = ? "
                      "WHERE id = ?", (worker, now, now, cur["id"]))
            c.execute("UPDATE renders SET status = 'processing', updated_at = ? WHERE user_id = ? AND id = ? "
                      "AND status = 'pending'", (now, cur["user_id"], cur["render_id"]))
        return {"ok": True}

    def _beat(self, row: sqlite3.Row, progress: Any) -> dict[str, Any]:
        if not isinstance(progress, int | float) or isinstance(progress, bool):
            raise http(400, "progress must be a number from 0 to 1")
        now = time.time()
        with self.db.tx() as c:
            cur = self._running(c, row)
            c.execute("UPDATE render_tasks SET progress = MAX(progress, ?), heartbeat_at = ?, updated_at = ? "
                      "WHERE id = ?", (max(0.0, min(1.0, float(progress))), now, now, cur["id"]))
            self._roll_up(c, cur["user_id"], cur["render_id"])
        return {"ok": True}

    def _done(self, row: sqlite3.Row, body: dict[str, Any]) -> dict[str, Any]:
        if row["kind"] != "whole":
            return self._part_done(row, body)
        now = time.time()
        out_dir = self.renders_root / row["user_id"] / row["render_id"]
        files = {name: out_dir / (row["render_id"] + ext) for name, ext in OUT_NAMES.items()}
        if not files["video"].is_file():
            raise http(409, "upload the video before reporting done")
        size = files["video"].stat().st_size
        if body.get("size") is not None and body.get("size") != size:
            raise http(409, f"the uploaded video has {size} bytes, the worker reported {body.get('size')}")
        warnings = _warnings(body)
        duration = body.get("duration")
        with self.db.tx() as c:
            cur = self._running(c, row)
            c.execute("UPDATE render_tasks SET state = 'done', progress = 1, updated_at = ? WHERE id = ?",
                      (now, cur["id"]))
            # a whole part is the render (a chunked render completes when its parts are joined: _join)
            _complete(c, cur["user_id"], cur["render_id"], files["video"],
                      files["poster"] if files["poster"].is_file() else None,
                      files["sheet"] if files["sheet"].is_file() else None,
                      float(duration) if isinstance(duration, int | float) else None, size, warnings)
        return {"ok": True}

    def _part_done(self, row: sqlite3.Row, body: dict[str, Any]) -> dict[str, Any]:
        """A part of a chunked render is in; when the last one is, the watchdog has them joined."""
        file = self._part_file(row)
        if not file.is_file():
            raise http(409, "upload the part before reporting done")
        size = file.stat().st_size
        if body.get("size") is not None and body.get("size") != size:
            raise http(409, f"the uploaded part has {size} bytes, the worker reported {body.get('size')}")
        now = time.time()
        warnings = _warnings(body)
        with self.db.tx() as c:
            cur = self._running(c, row)
            c.execute("UPDATE render_tasks SET state = 'done', progress = 1, warnings = ?, updated_at = ? "
                      "WHERE id = ?", (json.dumps(warnings) if warnings else None, now, cur["id"]))
            self._roll_up(c, cur["user_id"], cur["render_id"])
        self._wake.set()
        return {"ok": True}

    def _fail(self, row: sqlite3.Row, error: str) -> dict[str, Any]:
        with self.db.tx() as c:
            cur = c.execute("SELECT * FROM render_tasks WHERE id = ?", (row["id"],)).fetchone()
            self._require_live(cur, c)
            reason = error.splitlines()[0][:500] if error.strip() else "render failed"
            if cur["parts"] > 1:
                reason = f"part {cur['part'] + 1}/{cur['parts']}: {reason}"
            self._fail_render(c, cur["user_id"], cur["render_id"], reason)
        return {"ok": True}

    # --- helpers ------------------------------------------------------------------------------

    def _running(self, c: sqlite3.Connection, row: sqlite3.Row) -> sqlite3.Row:
        """The task's row as it is now (inside ``c``'s transaction): its render live, itself running (else 410)."""
        cur = c.execute("SELECT * FROM render_tasks WHERE id = ?", (row["id"],)).fetchone()
        self._require_live(cur, c)
        if cur["state"] != "running":
            raise http(410, "this render task is not running")
        return cur

    def _render(self, row: sqlite3.Row, c: sqlite3.Connection | None = None) -> sqlite3.Row | None:
        q = "SELECT * FROM renders WHERE user_id = ? AND id = ?"
        args = (row["user_id"], row["render_id"])
        return c.execute(q, args).fetchone() if c is not None else self.db.one(q, args)

    def _require_live(self, row: sqlite3.Row, c: sqlite3.Connection | None = None) -> None:
        render = self._render(row, c)
        if row["state"] not in LIVE or render is None or render["status"] not in ("pending", "processing"):
            raise http(410, "this render task is over (done, failed, or given to another worker)")

    def _insert(self, c: sqlite3.Connection, user_id: str, render_id: str, part: Part, attempt: int) -> None:
        now = time.time()
        c.execute("INSERT INTO render_tasks (id, user_id, render_id, part, parts, kind, frame_start, frame_end,"
                  " attempt, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)",
                  ("rt_" + secrets.token_hex(10), user_id, render_id, part.index, part.count, part.kind,
                   part.frame_start, part.frame_end, attempt, now, now))

    def _roll_up(self, c: sqlite3.Connection, user_id: str, render_id: str) -> None:
        """Render progress = the parts' progress weighted by frames; never lower than before, 99 until done."""
        rows = c.execute("SELECT kind, frame_start, frame_end, state, progress FROM render_tasks WHERE user_id = ? "
                         "AND render_id = ? AND state IN ('new', 'queued', 'running', 'done')",
                         (user_id, render_id)).fetchall()
        total = sum(_weight(r) for r in rows)
        if not total:
            return
        done = sum(_weight(r) * (1.0 if r["state"] == "done" else r["progress"]) for r in rows)
        pct = max(0, min(99, int(done / total * 100)))
        c.execute("UPDATE renders SET progress = MAX(progress, ?), updated_at = ? WHERE user_id = ? AND id = ?",
                  (pct, time.time(), user_id, render_id))

    def _fail_render(self, c: sqlite3.Connection, user_id: str, render_id: str, reason: str) -> None:
        now = time.time()
        c.execute(f"UPDATE render_tasks SET state = 'failed', error = ?, updated_at = ? WHERE user_id = ? AND "
                  f"render_id = ? AND state IN {LIVE}", (reason, now, user_id, render_id))
        n = c.execute("UPDATE renders SET status = 'failed', error = ?, updated_at = ? WHERE user_id = ? AND id = ? "
                      "AND status IN ('pending', 'processing')", (reason, now, user_id, render_id)).rowcount
        if n:
            log.warning("render %s failed: %s", render_id, reason)

    def _retry(self, c: sqlite3.Connection, row: sqlite3.Row, reason: str) -> None:
        """Give a part to another worker (a new attempt), or fail the render after max attempts."""
        now = time.time()
        c.execute("UPDATE render_tasks SET state = 'lost', error = ?, updated_at = ? WHERE id = ?",
                  (reason, now, row["id"]))
        if row["attempt"] >= self.settings.cluster_max_attempts:
            self._fail_render(c, row["user_id"], row["render_id"],
                              f"worker lost {row['attempt']} times; last: {reason}")
            return
        which = f" part {row['part'] + 1}/{row['parts']}" if row["parts"] > 1 else ""
        log.warning("render %s%s: %s; rendering it again (attempt %d)", row["render_id"], which, reason,
                    row["attempt"] + 1)
        part = Part(index=row["part"], count=row["parts"], kind=row["kind"], frame_start=row["frame_start"],
                    frame_end=row["frame_end"], fps=0)
        self._insert(c, row["user_id"], row["render_id"], part, attempt=row["attempt"] + 1)

    # --- the watchdog -------------------------------------------------------------------------

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick()
            except Exception:  # one bad tick must not end the watchdog: log and go on
                log.exception("cluster watchdog tick failed")
            self._wake.wait(TICK_S)
            self._wake.clear()

    def tick(self) -> None:
        now = time.time()
        self._check_broker(now)
        s = self.settings
        with self.db.tx() as c:
            for row in c.execute("SELECT * FROM render_tasks WHERE state = 'running' AND heartbeat_at < ?",
                                 (now - s.cluster_lost_after_s,)).fetchall():
                self._retry(c, row, f"worker {row['worker']} stopped reporting for {s.cluster_lost_after_s:g} s")
            if self.broker_run is not None:
                for row in c.execute("SELECT * FROM render_tasks WHERE state = 'queued' AND broker_run != ?",
                                     (self.broker_run,)).fetchall():
                    self._retry(c, row, "the broker restarted before a worker took the render")
            for row in c.execute("SELECT * FROM render_tasks WHERE state = 'queued' AND sent_at < ?",
                                 (now - s.cluster_queue_timeout_s,)).fetchall():
                self._fail_render(c, row["user_id"], row["render_id"],
                                  f"no render worker took the render within {s.cluster_queue_timeout_s:g} s "
                                  "(is `nemo-local worker` running?)")
            if self.broker_down_since is not None and now - self.broker_down_since >= s.cluster_broker_down_s:
                for row in c.execute("SELECT DISTINCT user_id, render_id FROM render_tasks WHERE state IN "
                                     "('new', 'queued')").fetchall():
                    self._fail_render(c, row["user_id"], row["render_id"],
                                      f"interrupted: the render broker {broker.display(self.url)} has been "
                                      "unreachable for "
                                      f"{now - self.broker_down_since:.0f} s: {self.broker_error}")
        if self.broker_run is not None:
            self._publish_new()
        self._join_complete()
        if time.monotonic() - self._swept_at >= SWEEP_EVERY_S:
            self._swept_at = time.monotonic()
            self.sweep_parts(older_than_s=SWEEP_EVERY_S)

    def sweep_parts(self, older_than_s: float = 0.0) -> int:
        """Remove the part files of renders no longer running (completed, failed or gone): left when the engine
        stopped between a join and its clean-up, or when a render failed with some parts in. Each part is a few
        MB; nothing else removed them. ``older_than_s``: only files not written for that long (a render
        submitted after the query below writes its first part only then). Returns how many were removed."""
        live = {(r["user_id"], r["id"]) for r in self.db.all(
            "SELECT user_id, id FROM renders WHERE status IN ('pending', 'processing')")}
        cutoff = time.time() - older_than_s
        removed = 0
        for pattern in PART_FILES:
            for f in self.renders_root.glob(f"*/*/{pattern}"):
                with contextlib.suppress(OSError):
                    if (f.parent.parent.name, f.parent.name) not in live and f.stat().st_mtime <= cutoff:
                        f.unlink()
                        removed += 1
        if removed:
            log.info("removed %d part file(s) of renders no longer running", removed)
        return removed

    # --- chunked renders: the join ------------------------------------------------------------

    def _join_complete(self) -> None:
        """Renders whose every part is done are joined, each on a thread of its own (a join is a
        stream copy of the whole video plus the poster and sheet: seconds, not for the watchdog to
        wait on). Also after an engine restart: the parts' files and rows outlived it."""
        for r in self.db.all(JOINABLE):
            key = (r["user_id"], r["render_id"])
            with self._joins_lock:
                if key in self._joining:
                    continue
                self._joining.add(key)
            threading.Thread(target=self._join, args=key, name=f"join-{r['render_id']}", daemon=True).start()

    def _join(self, user_id: str, render_id: str) -> None:
        from nemo_skill.render import RenderError
        from nemo_skill.render.chunks import finish, join_parts

        from ..jobs import media_refs

        try:
            rows = self.db.all("SELECT * FROM render_tasks WHERE user_id = ? AND render_id = ? AND state = 'done' "
                               "ORDER BY part", (user_id, render_id))
            render = self.db.one("SELECT * FROM renders WHERE user_id = ? AND id = ?", (user_id, render_id))
            if render is None:
                return
            video = [self._part_file(r) for r in rows if r["kind"] == "video"]
            sound = [self._part_file(r) for r in rows if r["kind"] == "audio"]
            out = self.renders_root / user_id / render_id / f"{render_id}.mp4"
            snaps = {int(p.stem.rsplit("snap-", 1)[1]): p for p in out.parent.glob(f"{render_id}.snap-*.png")}
            draft = json.loads(render["draft"])
            started = time.monotonic()
            try:
                join_parts(video, sound[0], out)
                refs, _ = media_refs(self.db, user_id, draft)
                result = finish(draft, refs, out, snaps,
                                [w for r in rows for w in json.loads(r["warnings"] or "[]")])
            except (RenderError, OSError, IndexError) as exc:
                with self.db.tx() as c:
                    self._fail_render(c, user_id, render_id, f"render failed: joining the parts: {exc}")
                return
            log.info("render %s: %d parts joined in %.1f s", render_id, len(video), time.monotonic() - started)
            with self.db.tx() as c:
                _complete(c, user_id, render_id, result.path, result.poster, result.sheet, result.duration,
                          result.size, result.warnings)
            for f in [*video, *sound, *snaps.values()]:
                f.unlink(missing_ok=True)
        except Exception:  # never leave the render "processing" because the join thread died
            log.exception("render %s: join crashed", render_id)
            with self.db.tx() as c:
                self._fail_render(c, user_id, render_id, "render failed: joining the parts crashed")
        finally:
            with self._joins_lock:
                self._joining.discard((user_id, render_id))

    def _check_broker(self, now: float) -> None:
        try:
            run = broker.ping(self.url)
        except broker.BrokerError as exc:
            if self.broker_down_since is None:
                log.warning("%s", exc)
                self.broker_down_since = now
            self.broker_error = str(exc).rsplit(": ", 1)[-1]
            self.broker_run = None
            self._app = None   # a new connection pool once it is back
            return
        if self.broker_down_since is not None:
            log.warning("the render broker is reachable again")
        if run != self.broker_run:
            # a restarted Redis: a publish on the old pool's connection can be lost without an error
            self._app = None
        self.broker_down_since = None
        self.broker_run = run

    def _publish_new(self) -> None:
        rows = self.db.all("SELECT * FROM render_tasks WHERE state = 'new' ORDER BY created_at, rowid")  # as inserted
        for row in rows:
            try:
                payload = self._payload(row)
            except ApiError as exc:
                with self.db.tx() as c:
                    self._fail_render(c, row["user_id"], row["render_id"], exc.message)
                continue
            if payload is None:
                continue
            try:
                if self._app is None:
                    self._app = broker.celery_app(self.url)
                self._app.send_task(broker.TASK, kwargs={"payload": payload.to_json()}, queue=broker.QUEUE,
                                    retry=False)
            except Exception as exc:  # kombu raises a variety; the next tick tries again
                log.warning("could not publish render %s: %s", row["render_id"], type(exc).__name__)
                self._app = None
                return
            now = time.time()
            self.db.run("UPDATE render_tasks SET state = 'queued', broker_run = ?, sent_at = ?, updated_at = ? "
                        "WHERE id = ? AND state = 'new'", (self.broker_run, now, now, row["id"]))

    def _payload(self, row: sqlite3.Row) -> Task | None:
        from ..jobs import media_ids

        render = self._render(row)
        if render is None or render["status"] not in ("pending", "processing"):
            self.db.run("UPDATE render_tasks SET state = 'failed', updated_at = ? WHERE id = ?", (time.time(), row["id"]))
            return None
        draft = json.loads(render["draft"])
        needed = media_ids(draft)
        marks = ",".join("?" * len(needed))
        found = {r["id"]: r for r in self.db.all(
            f"SELECT * FROM media WHERE user_id = ? AND id IN ({marks})", (row["user_id"], *sorted(needed)))}
        missing = sorted(needed - found.keys())
        if missing:
            raise ApiError(1002, f"media not found: {', '.join(missing[:5])}")
        exp = int(time.time() + self.settings.cluster_url_ttl_s)
        tid = row["id"]
        inputs = {mid: Input(url=self.signer.path(tid, f"media/{mid}", exp), sha256=m["hash"], size=m["size"],
                             name=m["stored_name"], kind=m["kind"], width=m["width"], height=m["height"],
                             duration=m["duration"], fps=m["fps"], has_audio=bool(m["has_audio"]),
                             rotation=m["rotation"] or 0) for mid, m in found.items()}
        fps = int(draft.get("m", {}).get("fps") or 30)
        part = Part(index=row["part"], count=row["parts"], kind=row["kind"], frame_start=row["frame_start"],
                    frame_end=row["frame_end"], fps=fps)
        return Task(task_id=tid, render_id=row["render_id"], attempt=row["attempt"], part=part,
                    quality=render["quality"], draft=draft, inputs=inputs,
                    control=self.signer.path(tid, "ctl", exp), output=self.signer.path(tid, "out", exp),
                    expires_at=exp, heartbeat_s=self.settings.cluster_heartbeat_s)

    # --- for /cluster/hello and status --------------------------------------------------------

    def hello(self) -> dict[str, Any]:
        import hashlib

        try:  # asked afresh: a worker starting just after a Redis restart must not see the old run id
            run: str | None = broker.ping(self.url)
        except broker.BrokerError:
            run = None
        return {"engine": "nemo-local", "broker": True,
                "broker_id": hashlib.sha256(run.encode()).hexdigest()[:16] if run else None}

    def queue_summary(self) -> dict[str, int]:
        rows = self.db.all(f"SELECT state, COUNT(*) AS n FROM render_tasks WHERE state IN {LIVE} GROUP BY state")
        return {r["state"]: r["n"] for r in rows}


def _complete(c: sqlite3.Connection, user_id: str, render_id: str, path: Path, poster: Path | None,
              sheet: Path | None, duration: float | None, size: int, warnings: list[str]) -> None:
    """The render completed with this video (a whole part's, or the parts joined), if still running."""
    c.execute("UPDATE renders SET status = 'completed', progress = 100, path = ?, poster = ?, sheet = ?, duration = ?,"
              " size = ?, warnings = ?, error = NULL, updated_at = ? WHERE user_id = ? AND id = ? "
              "AND status IN ('pending', 'processing')",
              (str(path), str(poster) if poster else None, str(sheet) if sheet else None, duration, size,
               json.dumps(warnings) if warnings else None, time.time(), user_id, render_id))


def _weight(row: sqlite3.Row) -> float:
    """A part's weight in the render's progress: its frames (the sound part: a small share of all)."""
    frames = max(1, row["frame_end"] - row["frame_start"])
    return frames * AUDIO_SHARE if row["kind"] == "audio" else frames


def _warnings(body: dict[str, Any]) -> list[str]:
    """A done report's warnings, bounded (a worker is trusted with renders, not with our disk)."""
    raw = body.get("warnings")
    return [str(w)[:500] for w in raw][:50] if isinstance(raw, list) else []


def plan_parts(draft: dict, chunk_s: float) -> list[Part]:
    """The render's parts: the whole render in one when it is not longer than ``chunk_s`` (or
    chunking is off), else video parts cut by the renderer's ``plan_chunks`` plus one sound part."""
    frames = total_frames(draft)
    fps = int(draft.get("m", {}).get("fps") or 30)
    if chunk_s <= 0 or frames <= round(chunk_s * fps):
        return [Part(index=0, count=1, kind="whole", frame_start=0, frame_end=frames, fps=fps)]
    from nemo_skill.render.chunks import plan_chunks

    ranges = plan_chunks(draft, chunk_s)
    count = len(ranges) + 1
    # the sound part is queued first (tasks go out in this order): mixing 5 minutes takes ~20 s, and
    # queued last it can run alone on one worker while the others have nothing left. Measured with
    # bench/cluster.py (a) on a quiet 2-core machine: efficiency 0.83 before, 0.80 after, i.e. no gain
    # beyond run-to-run noise; kept because it cannot make the last round longer.
    return [Part(index=len(ranges), count=count, kind="audio", frame_start=0, frame_end=frames, fps=fps),
            *(Part(index=k, count=count, kind="video", frame_start=r.start, frame_end=r.stop, fps=fps)
              for k, r in enumerate(ranges))]
