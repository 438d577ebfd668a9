"""The planner's pattern analyses kept between engine starts (nemo_skill/local/pattern_cache.py): the same in every
process, read back equal to what the analysis makes, and a torn file never used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# What an engine's warm-up keeps, made in a fresh process with the given hash seed: the kept file's name, then each
# kind's patterns (sorted), as JSON.
_WARM = """
import json, sys
from nemo_skill.local import pattern_cache, planner
from nemo_skill.local.planner import anchors
with anchors.recording():
    planner.plan("add the title hello", None, [])
print(json.dumps({"file": pattern_cache.cache_path().name,
                  "kept": {kind: sorted(table) for kind, table in anchors.kept().items()}}))
"""


def _warm_in(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _WARM], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=300, check=True)
    return json.loads(out.stdout)


@pytest.mark.slow
def test_the_warm_up_keeps_the_same_patterns_in_every_process() -> None:
    """Sets iterate in a per-process order: a pattern joined from a set in that order is another string in the next
    engine, so its analysis would be made again on every start (14 patterns were, before ``anchors.longest``)."""
    one, two = _warm_in("1"), _warm_in("2")
    assert one["file"] == two["file"]
    for kind in one["kept"]:
        assert len(one["kept"][kind]) > 10, kind
        differing = set(one["kept"][kind]) ^ set(two["kept"][kind])
        assert not differing, f"{kind}: {len(differing)} patterns differ, e.g. {sorted(differing)[0][:200]!r}"


def test_analyses_read_back_from_the_file_equal_the_analyses_made_now(tmp_path: Path) -> None:
    from nemo_skill.local import pattern_cache, planner
    from nemo_skill.local.planner import anchors

    with anchors.recording():
        planner.plan("add the title Hello and make the captions yellow", None, [])
    kept = anchors.kept()
    assert kept["needs"] and kept["first"] and kept["branches"], "the warm-up's analyses were not recorded"
    path = tmp_path / "analyses.json"
    assert pattern_cache.save(path)
    assert path.stat().st_mode & 0o777 == 0o644
    read = json.loads(path.read_text(encoding="utf-8"))
    saved = {kind: dict(table) for kind, table in kept.items()}
    for table in kept.values():
        table.clear()
    try:
        assert anchors.adopt(read) == sum(map(len, saved.values()))
        for pattern in saved["anchors"]:
            assert anchors.cached(pattern) == anchors.anchors(pattern), pattern
        for pattern in saved["needs"]:
            assert anchors.cached_needs(pattern) == anchors.needs(pattern), pattern
        for pattern in saved["first"]:
            assert anchors.cached_first(pattern) == anchors.first_chars(pattern), pattern
        for pattern in saved["branches"]:
            assert anchors.branches(pattern) == anchors._branches.__wrapped__(pattern), pattern
    finally:
        for kind, table in saved.items():
            kept[kind].update(table)


@pytest.mark.parametrize("torn", ['{"anchors": {"a": [1', "[1, 2]", "", '{"anchors": 5}'])
def test_a_torn_file_is_not_used(tmp_path: Path, torn: str) -> None:
    from nemo_skill.local import pattern_cache

    path = tmp_path / "analyses.json"
    path.write_text(torn, encoding="utf-8")
    assert pattern_cache.load(path) == 0


def test_no_file_and_an_unwritable_directory_only_mean_the_analyses_are_made_again(tmp_path: Path) -> None:
    from nemo_skill.local import pattern_cache

    assert pattern_cache.load(tmp_path / "missing.json") == 0
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    assert pattern_cache.save(blocked / "sub" / "analyses.json") is False


def test_saving_removes_the_files_of_other_versions_of_the_analysis(tmp_path: Path) -> None:
    from nemo_skill.local import pattern_cache

    tag = sys.implementation.cache_tag
    old = tmp_path / f"pattern-analyses.{tag}.0000000000000000.json"
    other_python = tmp_path / "pattern-analyses.cpython-399.0000000000000000.json"
    old.write_text("{}")
    other_python.write_text("{}")
    new = tmp_path / f"pattern-analyses.{tag}.1111111111111111.json"
    assert pattern_cache.save(new)
    assert new.exists() and not old.exists() and other_python.exists()
    assert not list(tmp_path.glob("*.tmp"))
