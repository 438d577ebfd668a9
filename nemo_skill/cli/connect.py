"""scripts/connect: get a token (NEMO_TOKEN or a free anonymous one) and a session, print "Ready"."""

from __future__ import annotations

import argparse
import re

from nemo_skill.client import session as sessions
from nemo_skill.client.errors import SessionLost, UsageError

from .common import Context, parser, run

DESCRIPTION = """Connect to the NemoVideo API (or the local engine with NEMO_API_URL=local).

Uses NEMO_TOKEN when set, otherwise a free anonymous token (100 credits, 7 days) tied to the client
id in ~/.config/nemovideo/. Reuses the stored session unless --new is given, and prints the claim
link that opens the project in the web app."""


def build() -> argparse.ArgumentParser:
    p = parser("connect", DESCRIPTION)
    p.add_argument("--new", action="store_true", help="start a new session (a new, empty timeline)")
    p.add_argument("--language", default="en", metavar="CODE", help="session language, e.g. en, zh, es (default en)")
    return p


def command(args: argparse.Namespace, ctx: Context) -> int:
    if not re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", args.language or ""):
        raise UsageError(f"--language needs a language code such as en or zh-CN, not {args.language!r}")
    ctx.status("Connecting…")
    api = ctx.make_api()
    token = api.token()
    sess = None if args.new else sessions.stored(api)
    if sess is not None:
        try:  # make sure the stored session still exists
            state = sessions.fetch_state(api, sess)
            sessions.remember_state(api, state)
        except SessionLost:
            sess = sessions.replace_lost(api, args.language)
    if sess is None:  # current() re-checks under the store lock: connects started together share one session
        sess = sessions.create(api, args.language) if args.new else sessions.current(
            api, language=args.language, announce=False)
    if not sess.claim_link:
        sess.claim_link = sessions.claim_link(api, sess)
        if sess.claim_link:
            sessions.save(api, sess)
    if ctx.json:  # the human text says "Ready." itself; with --json stdout is the object, so say it here
        ctx.status("Ready")
    human = [f"Ready. Session {sess.session_id}{' (new)' if sess.created else ''}."]
    if sess.claim_link:
        human.append(f"Open the project in the browser: {sess.claim_link}")
    ctx.emit(
        {**sess.to_json(), "api": api.base_url, "token_source": token.source, "platform": api.attribution.platform},
        human,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build, command, argv)
