"""Check a written request set parses: bases, checks, ids unique. Does NOT run the planner.

usage: validate_set.py REPO SET.yaml
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

repo, path = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
sys.path[:0] = [str(repo), str(repo / "tests")]
import planner_corpus as pc  # noqa: E402
import yaml  # noqa: E402

rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
errors = 0
ids = Counter(str(r.get("id")) for r in rows if isinstance(r, dict))
for i, raw in enumerate(rows):
    where = f"row {i + 1} ({raw.get('id') if isinstance(raw, dict) else '?'})"
    try:
        assert isinstance(raw, dict) and "say" in raw and "expect" in raw, "needs say and expect"
        assert set(raw) <= {"id", "say", "base", "expect", "why"}, f"unknown keys {set(raw) - {'id','say','base','expect','why'}}"
        assert str(raw.get("base", "promo")) in pc.MEDIA, f"unknown base {raw.get('base')!r}"
        assert ids[str(raw.get("id"))] == 1, "id missing or repeated"
        expect = raw["expect"]
        if not (isinstance(expect, str) and expect in ("asks", "none")):
            checks = [pc.parse_check(x) for x in ([expect] if isinstance(expect, str) else expect)]
            d = pc.base(str(raw.get("base", "promo")))
            for c in checks:
                c.actual(d)
    except Exception as e:  # noqa: BLE001
        errors += 1
        print(f"{where}: {e}")
zh = sum(1 for r in rows if isinstance(r, dict) and re.search(r"[\u4e00-\u9fff]", str(r.get("say"))))
print(f"{len(rows)} rows, {zh} with Chinese, {errors} errors")
sys.exit(1 if errors else 0)
