"""Print what the judge sees on each base draft (every check's current value). Runs only the first cut.

usage: show_bases.py REPO [base ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

repo = Path(sys.argv[1]).resolve()
sys.path[:0] = [str(repo), str(repo / "tests")]
import planner_corpus as pc  # noqa: E402

from nemo_skill.draft.timeline import caption_segments, main_segments  # noqa: E402

for name in sys.argv[2:] or list(pc.MEDIA):
    d = pc.base(name)
    print(f"== base {name}: first cut from {pc.FIRST_CUTS[name]!r}" + (f", then {pc.THEN[name]!r}" if name in pc.THEN else ""))
    print("   media uploaded:", ", ".join(f"{m.id}={m.filename} ({m.kind})" for m in pc.MEDIA[name]))
    print("   timeline:", " | ".join(f"{s['mid']} {s.get('k', 'image')} {s['d'] / 1000:g}s" for s in main_segments(d)))
    print("   captions:", [c["text"] for c in caption_segments(d)])
    vals = []
    for what, (_topic, get) in pc.GETTERS.items():
        try:
            vals.append(f"{what}={get(d)!r}")
        except Exception as e:  # noqa: BLE001
            vals.append(f"{what}=<{type(e).__name__}>")
    print("   " + "  ".join(vals))
