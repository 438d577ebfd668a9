"""scripts/state: the one-line track summary of the current session (``--json``: the state)."""

from __future__ import annotations

import argparse

from nemo_skill.client import session as sessions
from nemo_skill.draft.summary import is_ready, summary_line

from .common import Context, parser, run


def build() -> argparse.ArgumentParser:
    return parser("state", "Show the current timeline as a one-line track summary (--json: the full state).")


def command(args: argparse.Namespace, ctx: Context) -> int:
    api = ctx.make_api()
    data = sessions.run_in_session(api, lambda s: sessions.fetch_state(api, s))
    sessions.remember_state(api, data)
    draft = sessions.draft_of(data)
    line = summary_line(draft)
    ctx.emit({"summary": line, "ready": is_ready(draft), "session_id": data.get("session_id"), "state": data.get("state")}, line)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build, command, argv)
