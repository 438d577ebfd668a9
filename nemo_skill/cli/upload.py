"""scripts/upload: send media files (streamed) or http(s) links to the session."""

from __future__ import annotations

import argparse

from nemo_skill.client import files as checks
from nemo_skill.client import session as sessions
from nemo_skill.client import upload as uploads
from nemo_skill.client.codes import FORMATS_TEXT

from .common import Context, parser, run
from .progress import Bar

DESCRIPTION = f"""Upload media to the current session: local files (streamed, never read into memory) or
http(s) links. Every file is checked before anything is sent: format by extension and content, and
the 500 MB limit.

Formats: {FORMATS_TEXT}."""


def build() -> argparse.ArgumentParser:
    p = parser("upload", DESCRIPTION)
    p.add_argument("items", nargs="+", metavar="PATH_OR_URL", help="media files or http(s) links")
    return p


def _describe(f: dict) -> str:
    bits = [str(f.get("file_type") or "file")]
    if isinstance(f.get("duration"), int | float) and f["duration"]:
        bits.append(f"{f['duration']:g} s")
    if f.get("width") and f.get("height"):
        bits.append(f"{f['width']}x{f['height']}")
    return f"Uploaded {f.get('filename') or '?'} ({', '.join(bits)})"


def command(args: argparse.Namespace, ctx: Context) -> int:
    # Check everything first: nothing is sent unless every item is acceptable.
    urls = [checks.check_url(i) for i in args.items if checks.is_url(i)]
    local = [checks.check(i) for i in args.items if not checks.is_url(i)]
    api = ctx.make_api()
    uploaded: list[dict] = []

    def send(sess: sessions.Session) -> None:
        uploaded.clear()
        for item in local:
            bar = Bar(item.name, item.size)
            ctx.status(f"Uploading {item.name} ({item.size / (1024 * 1024):.1f} MB)…")
            try:
                got = uploads.upload_file(api, sess, item, progress=bar)
            finally:
                bar.close()
            uploaded.extend(got)
            for f in got:
                ctx.text(_describe(f))
        if urls:
            ctx.status(f"Sending {len(urls)} link{'s' if len(urls) != 1 else ''}…")
            got = uploads.upload_urls(api, sess, urls)
            uploaded.extend(got)
            for f in got:
                ctx.text(_describe(f))

    # Uploading again into a fresh session is safe, so a lost session is replaced and retried.
    sessions.run_in_session(api, send, retry=True)
    ctx.emit({"files": uploaded, "count": len(uploaded)})
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build, command, argv)
