"""Benchmark the broker-mode watchdog's every-tick question, "which chunked renders have every part done?"
(``remote.JOINABLE``), on a store with many finished renders, against the query it replaced, in one run.

The engine asks it once a second for as long as it runs; the store keeps every render and part row, so the
old query (from every part ever done) grew with the store's age. Prints each query's median time and the
ratio, for stores of 1 000 and 20 000 finished renders (6 parts each) with 3 still running.

    .venv/bin/python bench/cluster_joinable.py
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from nemo_skill.local.cluster.remote import JOINABLE, SCHEMA  # noqa: E402
from nemo_skill.local.db import SCHEMA as STORE_SCHEMA  # noqa: E402

# the query before (from every done part, joined to its render)
BEFORE = ("SELECT t.user_id, t.render_id, t.parts FROM render_tasks t JOIN renders r ON r.user_id = t.user_id "
          "AND r.id = t.render_id WHERE t.kind != 'whole' AND t.state = 'done' AND r.status IN "
          "('pending', 'processing') GROUP BY t.user_id, t.render_id, t.parts HAVING COUNT(DISTINCT t.part) = t.parts")


def store(finished: int) -> sqlite3.Connection:
    c = sqlite3.connect(":memory:")
    c.executescript(STORE_SCHEMA)
    c.executescript(SCHEMA)
    now = time.time()
    renders, tasks = [], []
    for i in range(finished + 3):
        user, rid = f"u{i % 50}", f"render_{i}"
        renders.append((user, rid, "s", "completed" if i < finished else "processing", "mp4", "high", "{}", now, now))
        for p in range(6):
            done = i < finished + 2 or p < 5   # the last running render still has its sound part to do
            tasks.append((f"t{i}_{p}", user, rid, p, 6, "video" if p < 5 else "audio", 0, 1, 1,
                          "done" if done else "running", now, now))
    c.executemany("INSERT INTO renders (user_id, id, session_id, status, format, quality, draft, created_at, "
                  "updated_at) VALUES (?,?,?,?,?,?,?,?,?)", renders)
    c.executemany("INSERT INTO render_tasks (id, user_id, render_id, part, parts, kind, frame_start, frame_end, "
                  "attempt, state, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", tasks)
    c.commit()
    return c


def timed(c: sqlite3.Connection, sql: str, runs: int = 7) -> tuple[float, list]:
    times, rows = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        rows = sorted(c.execute(sql).fetchall())
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), rows


def main() -> int:
    for finished in (1_000, 20_000):
        c = store(finished)
        before, want = timed(c, BEFORE)
        now, got = timed(c, JOINABLE)
        assert got == want and len(got) == 2, (got, want)
        print(f"{finished:>6} finished renders: before {before:8.2f} ms   now {now:6.3f} ms   "
              f"= {before / max(now, 1e-6):.0f}x faster (same {len(got)} renders to join)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
