"""scripts/export: render the timeline to MP4 and download it (export costs no credits)."""

from __future__ import annotations

import argparse
from pathlib import Path

from nemo_skill.client import session as sessions
from nemo_skill.client.export import Exporter, check_destination, default_out_path

from .common import Context, parser, run

DESCRIPTION = """Render the current timeline to an MP4 and download it.

The render id is saved before polling starts: if the export is stopped, `export --resume` finishes
the same render instead of starting another. Polls every NEMO_RENDER_POLL_S seconds (default 30), at
most NEMO_RENDER_MAX_POLLS times (default 10); a failed render is retried once with a new id."""


def build() -> argparse.ArgumentParser:
    p = parser("export", DESCRIPTION)
    p.add_argument("--out", metavar="PATH", help="where to save the MP4 (default ./nemovideo-<time>.mp4)")
    p.add_argument("--quality", choices=("high", "medium", "low"), default="high", help="render quality (default high)")
    p.add_argument("--resume", action="store_true", help="finish the export a stopped run left behind")
    return p


def command(args: argparse.Namespace, ctx: Context) -> int:
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.is_dir():  # --out FOLDER: save inside it, not beside it as FOLDER.mp4
        out = out / default_out_path().name
    elif out is not None and not out.suffix:
        out = out.with_suffix(".mp4")
    target = out.resolve() if out is not None else None if args.resume else default_out_path().resolve()
    if target is not None:  # refused before anything is submitted (or even connected)
        check_destination(target)
    api = ctx.make_api()
    exporter = Exporter(api, progress=ctx.status)
    if args.resume:
        result = exporter.resume(target)
    else:
        assert target is not None
        if exporter.pending() is not None:
            ctx.status("Note: an earlier export did not finish; `scripts/export --resume` picks it up.")
        chosen = target
        result = sessions.run_in_session(api, lambda s: exporter.export(s, chosen, args.quality))
    human = [f"Saved {result.path} ({result.describe()})"]
    if result.sheet:
        human.append(f"Contact sheet: {result.sheet}")
    if result.claim_link:
        human.append(f"Open the project in the browser: {result.claim_link}")
    ctx.emit(result.to_json(), human)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build, command, argv)
