"""Count a request set (planner_corpus format) against a checkout, in process.

usage: count_in_process.py REPO SET.yaml [--show]
Without --show nothing of the requests is printed (held-out sets): only counts.
"""
from __future__ import annotations

import sys
import traceback
from pathlib import Path

repo, path = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
show = "--show" in sys.argv
sys.path[:0] = [str(repo), str(repo / "tests")]
import planner_corpus as pc  # noqa: E402

cases, bad_rows = pc.load_set(path)
bad = len(bad_rows)
for line in bad_rows if show else []:
    print("BADCASE", line)
ok = wrong = partial = crash = 0
for c in cases:
    try:
        o = pc.run(c)
    except Exception:  # noqa: BLE001
        crash += 1
        if show:
            print("CRASH  " + c.label() + "\n      " + traceback.format_exc().strip().splitlines()[-1])
        continue
    ok += o.ok
    wrong += o.wrong and not o.ok
    partial += o.wrong and not o.ok and o.partial
    if show and not o.ok:
        print(("WRONG " if o.wrong else "MISS  ") + o.case.label() + "\n      " + o.detail)
print(f"bad cases: {bad}, crashes: {crash}")
print(f"WRONG EDIT: {wrong} (of which partial, the untouched rest named in the reply: {partial})")
print(f"{ok}/{len(cases)} pass = {ok / max(1, len(cases)):.1%}")
