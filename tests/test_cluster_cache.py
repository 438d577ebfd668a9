"""The worker's input cache stays within its size: the least recently used inputs go first, the inputs of a
render running now never, and a download a killed worker left behind goes after an hour (real files)."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

pytest.importorskip("celery")
from nemo_skill.local.cluster.worker import STALE_PART_S, Runner, WorkerConfig  # noqa: E402

MB = 1_000_000


def _runner(cache: Path, limit: int) -> Runner:
    return Runner(WorkerConfig(broker_url="redis://127.0.0.1:9/0", engine_url="http://127.0.0.1:9", concurrency=1,
                               cache_dir=cache, name="t", cache_max_bytes=limit))


def _cached(cache: Path, name: str, size: int, age_s: float) -> Path:
    sha = hashlib.sha256(name.encode()).hexdigest()
    path = cache / "media" / sha[:2] / f"{sha}.jpg"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\0" * size)
    os.utime(path, (time.time() - age_s, time.time() - age_s))
    return path


def test_the_least_recently_used_inputs_go_until_the_cache_fits(tmp_path: Path) -> None:
    runner = _runner(tmp_path, limit=3 * MB)
    old, older, new = (_cached(tmp_path, n, MB + 1, age) for n, age in (("old", 600), ("older", 900), ("new", 10)))
    running = _cached(tmp_path, "running", MB, 1200)   # the oldest, but a render is using it
    held: list[Path] = []
    assert runner._hold_cached(running, MB, held)
    os.utime(running, (time.time() - 1200, time.time() - 1200))
    runner._prune()
    assert not older.exists() and not old.exists()   # 4 MB -> 2 MB: the two least recently used unheld ones
    assert new.exists() and running.exists()
    runner._release(held)
    runner._prune()   # within the limit now: nothing more goes
    assert new.exists() and running.exists()


def test_a_held_input_is_marked_used_and_a_wrong_size_is_no_hit(tmp_path: Path) -> None:
    runner = _runner(tmp_path, limit=10 * MB)
    path = _cached(tmp_path, "a", 1000, 3600)
    held: list[Path] = []
    assert not runner._hold_cached(path, 999, held) and held == []   # a partial file is downloaded again
    assert runner._hold_cached(path, 1000, held) and held == [path]
    assert time.time() - path.stat().st_mtime < 60


def test_a_download_left_by_a_dead_worker_goes_after_an_hour(tmp_path: Path) -> None:
    runner = _runner(tmp_path, limit=10 * MB)
    keep = _cached(tmp_path, "k", 10, 0)
    stale = keep.with_name(f".{keep.name}.abcd1234.part")
    fresh = keep.with_name(f".{keep.name}.dcba4321.part")
    for p, age in ((stale, STALE_PART_S + 60), (fresh, 5)):
        p.write_bytes(b"x")
        os.utime(p, (time.time() - age, time.time() - age))
    runner._prune()
    assert not stale.exists() and fresh.exists() and keep.exists()
