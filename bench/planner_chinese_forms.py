"""Benchmark what reading traditional Chinese costs the planner (issue 11, set H): a 4000-character Chinese message,
in simplified and in traditional characters, planned on the reference draft with the character table
(``text.simplified``) and, as the baseline measured in the same run, with it switched off.

Usage: ``python bench/planner_chinese_forms.py [--runs 9]``; prints medians and the ratios (goal: <= 100 ms).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from planner_corpus import MEDIA, base  # noqa: E402

from nemo_skill.local.planner import plan, text  # noqa: E402

LONG_ZH = "麻烦把背景音乐调小一点，标题移到顶部并显示五秒，删除第二张图片的字幕，整个视频改成25秒。"
LONG_TW = "麻煩把背景音樂調小一點，標題移到頂部並顯示五秒，刪除第二張圖片的字幕，整個影片改成25秒。"


def timed(message: str, draft: dict, media: list, runs: int) -> float:
    out = []
    for _ in range(runs):
        d = copy.deepcopy(draft)
        t0 = time.perf_counter()
        plan(message, d, media)
        out.append((time.perf_counter() - t0) * 1000)
    return statistics.median(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    draft, media = base("promo"), MEDIA["promo"]
    zh, tw = (LONG_ZH * 100)[:4000], (LONG_TW * 100)[:4000]
    on = text.simplified
    timed(zh, draft, media, 2)  # warm the caches, as a running engine has them
    rows = {}
    for name, fn in (("without the table (baseline)", lambda s: s), ("with the table", on)):
        text.simplified = fn  # normalize() looks the name up at each call
        rows[name] = (timed(zh, draft, media, args.runs), timed(tw, draft, media, args.runs))
    text.simplified = on
    t0 = time.perf_counter()
    for _ in range(1000):
        on(tw)
    per_call = (time.perf_counter() - t0)  # seconds for 1000 calls = ms per call
    base_zh = rows["without the table (baseline)"][0]
    print(f"4000-character message on the reference draft, median of {args.runs} runs")
    for name, (a, b) in rows.items():
        print(f"  {name:30s} simplified {a:7.2f} ms ({a / base_zh:.2f}x)   traditional {b:7.2f} ms ({b / base_zh:.2f}x)")
    print(f"  the table alone: {per_call * 1000:.3f} ms per 4000 characters")
    worst = max(max(v) for v in rows.values())
    print(f"  goal <= 100 ms: {'ok' if rows['with the table'][1] <= 100 else 'MISSED'}")
    return 0 if worst <= 100 or rows["with the table"][1] <= 100 else 1


if __name__ == "__main__":
    raise SystemExit(main())
