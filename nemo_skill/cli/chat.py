"""scripts/chat: send one message to the editing agent and show its reply as it arrives."""

from __future__ import annotations

import argparse

from nemo_skill.client import resend_guard
from nemo_skill.client import session as sessions
from nemo_skill.client.chat_turn import ChatTurn
from nemo_skill.client.errors import UsageError

from .common import Context, parser, require_text, run

DESCRIPTION = """Send one message to the editing agent (generate, edit, add music, titles, transitions…).

The reply is shown as it arrives, with web-editor wording rewritten into the script to run. The
message is sent exactly once: if the connection drops or the turn times out, the timeline is checked
for what changed instead of sending it again. When the agent edits without replying, the change is
reported from the timeline."""


# The local engine takes at most 20,000 characters per message part; nobody types a longer edit, and
# refusing it here costs nothing, while a refusal from the server would cost a round trip.
MAX_MESSAGE_CHARS = 20000


def build() -> argparse.ArgumentParser:
    p = parser("chat", DESCRIPTION)
    p.add_argument("message", nargs="+", help="what you want, in plain words")
    p.add_argument("--language", default="en", metavar="CODE", help="language of a new session (default en)")
    return p


def command(args: argparse.Namespace, ctx: Context) -> int:
    message = require_text(" ".join(args.message), "message")
    if len(message) > MAX_MESSAGE_CHARS:
        raise UsageError(
            f"The message is {len(message):,} characters long; keep it under {MAX_MESSAGE_CHARS:,} "
            "(describe the edit, don't paste documents)."
        )
    api = ctx.make_api()
    wrote: list[str] = []

    def out(text: str) -> None:
        wrote.append(text)
        ctx.write(text)

    def turn(sess: sessions.Session):  # type: ignore[no-untyped-def]
        with resend_guard.sending_once(api, sess.session_id, message):
            result = ChatTurn(api, sess, out=out, verbose=ctx.verbose).run(message)
        if result.outcome == "recovered":  # the stream dropped, yet the edit went through
            resend_guard.mark_dropped(api, sess.session_id, message)
        return result

    result = sessions.run_in_session(api, turn, language=args.language)
    if wrote and not "".join(wrote).endswith("\n"):
        out("\n")
    human: list[str] = []
    if result.outcome in ("silent_edit", "recovered"):
        human.append("Changes:" if result.outcome == "silent_edit" else "The edit went through. Changes:")
        human.extend(f"  - {line}" for line in result.changes)
    elif result.outcome == "no_change" and not result.reply:
        human.append("The agent finished without a reply, and the timeline did not change.")
    if result.outcome != "replied" or result.changes:
        human.append(result.summary)
    ctx.emit(result.to_json(), human)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build, command, argv)
