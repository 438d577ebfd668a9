"""scripts/route: which action a user message maps to (export, credits, state, upload or chat)."""

from __future__ import annotations

import argparse

from nemo_skill.client.route import route

from .common import Context, parser, require_text, run

EPILOG = """actions:
  export   "export", "导出", "download", "send me the video"  -> scripts/export
  credits  "credits", "积分", "balance", "余额"               -> scripts/credits
  state    "status", "状态", "show tracks"                    -> scripts/state
  upload   "upload", "上传", or a file path / link           -> scripts/upload
  chat     everything else (generate, edit, add BGM…)       -> scripts/chat"""


def build() -> argparse.ArgumentParser:
    p = parser("route", "Print the action a user message maps to.", EPILOG)
    p.add_argument("message", nargs="+", help="the user's message")
    return p


def command(args: argparse.Namespace, ctx: Context) -> int:
    message = require_text(" ".join(args.message), "message")
    action = route(message)
    ctx.emit({"action": action, "script": f"scripts/{action}", "uses_sse": action == "chat"}, action)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build, command, argv)
