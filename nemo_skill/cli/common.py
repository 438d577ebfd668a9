"""What every script shares: --json/--verbose, output on the right stream, one-line errors, exit codes.

Human text goes to stdout; progress and status to stderr. With ``--json`` stdout carries exactly one
JSON object: the result (``"ok": true``) or the error (``"ok": false``). No traceback reaches the
user: the top-level handler prints one line (``--verbose`` adds the traceback on stderr, with any
token masked).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from nemo_skill.client import errors
from nemo_skill.client.errors import NemoError, UsageError


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage mistake becomes a UsageError (one line, exit 2, JSON when asked)."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        raise UsageError(f"{message} (see {self.prog} --help)")


def parser(prog: str, description: str, epilog: str | None = None) -> ArgumentParser:
    p = ArgumentParser(
        prog=prog,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout instead of text")
    p.add_argument("-v", "--verbose", action="store_true", help="more detail on stderr")
    return p


def bad_utf8(text: str) -> bool:
    """Arguments that were not valid UTF-8 arrive with surrogate escapes."""
    return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


def require_text(value: str, what: str) -> str:
    if bad_utf8(value):
        raise UsageError(f"The {what} is not valid UTF-8 text.")
    if not value.strip():
        raise UsageError(f"The {what} is empty.")
    return value


class Context:
    def __init__(self, json_mode: bool, verbose: bool) -> None:
        self.json = json_mode
        self.verbose = verbose
        self.emitted = False
        self.api: Any = None  # set by commands that talk to the API, for token masking

    def status(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    def debug(self, message: str) -> None:
        if self.verbose:
            print(f"[debug] {mask(message, self)}", file=sys.stderr, flush=True)

    def text(self, message: str = "") -> None:
        if not self.json:
            print(message, flush=True)

    def write(self, chunk: str) -> None:
        """Text shown as it arrives (a chat reply), without a line break of its own."""
        if not self.json:
            sys.stdout.write(chunk)
            sys.stdout.flush()

    def emit(self, obj: dict[str, Any], human: str | Sequence[str] | None = None) -> None:
        if self.json:
            if not self.emitted:
                print(json.dumps({"ok": True, **obj}, ensure_ascii=False), flush=True)
                self.emitted = True
        elif human is not None:
            lines = [human] if isinstance(human, str) else list(human)
            for line in lines:
                print(line, flush=True)

    def make_api(self) -> Any:
        from nemo_skill.client.api import Api

        self.api = Api(status=self.status)
        return self.api


def secrets_of(ctx: Context | None) -> list[str]:
    found = []
    env = os.environ.get("NEMO_TOKEN")
    if env:
        found.append(env.strip())
    api = getattr(ctx, "api", None)
    tok = getattr(api, "_token", None)
    if tok is not None and getattr(tok, "value", None):
        found.append(tok.value)
    return [s for s in found if len(s) >= 4]


def mask(text: str, ctx: Context | None) -> str:
    for secret in secrets_of(ctx):
        text = text.replace(secret, "***")
    return text


def _report(ctx: Context, err: NemoError) -> int:
    line = mask(err.line(), ctx)
    print(f"Error: {line}", file=sys.stderr, flush=True)
    if ctx.json and not ctx.emitted:
        payload = {"ok": False, "error": {**err.to_json(), "message": mask(err.message, ctx)}}
        print(json.dumps(payload, ensure_ascii=False), flush=True)
        ctx.emitted = True
    return err.exit_code


def run(build: Callable[[], argparse.ArgumentParser], command: Callable[[argparse.Namespace, Context], int | None],
        argv: Sequence[str] | None = None) -> int:  # fmt: skip
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    ctx = Context(json_mode="--json" in argv, verbose="--verbose" in argv or "-v" in argv)
    try:
        args = build().parse_args(argv)
        ctx.json, ctx.verbose = bool(getattr(args, "json", False)), bool(getattr(args, "verbose", False))
        code = command(args, ctx)
        return int(code or 0)
    except NemoError as err:
        if ctx.verbose and err.__cause__ is not None:
            print(mask(f"[debug] caused by {type(err.__cause__).__name__}: {err.__cause__}", ctx), file=sys.stderr)
        return _report(ctx, err)
    except KeyboardInterrupt:
        return _report(ctx, errors.Interrupted("Interrupted."))
    except BrokenPipeError:
        with_devnull()
        return 0
    except SystemExit as exc:  # --help / --version from argparse
        return int(exc.code or 0) if isinstance(exc.code, int) else 0
    except Exception as exc:  # the last line of defence: one line, never a traceback by default
        if ctx.verbose:
            print(mask("".join(traceback.format_exception(exc)), ctx), file=sys.stderr)
        return _report(ctx, unexpected(exc, ctx))
    finally:
        api = ctx.api
        if api is not None:
            with contextlib.suppress(Exception):  # closing must never turn success into failure
                api.close()


def unexpected(exc: BaseException, ctx: Context | None) -> NemoError:
    """A failure nobody planned for, as one masked line (scripts and the MCP server word it alike)."""
    detail = mask(str(exc).splitlines()[0] if str(exc) else "", ctx)[:200]
    verbose = bool(getattr(ctx, "verbose", False))
    return NemoError(
        f"Unexpected error ({type(exc).__name__}{': ' + detail if detail else ''}).",
        hint=None if verbose else "Run again with --verbose for details.",
    )


def with_devnull() -> None:
    # stdout was closed by the reader (e.g. `| head`): silence the interpreter's final flush.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


EXIT_CODES = {
    errors.OK: "ok",
    errors.UNEXPECTED: "unexpected error",
    errors.USAGE: "usage or bad input",
    errors.NETWORK: "network or server unavailable",
    errors.AUTH: "authentication",
    errors.CREDITS: "out of credits",
    errors.FILE_REJECTED: "unsupported or too large file",
    errors.TIMEOUT: "timed out",
    errors.RENDER_FAILED: "render failed",
    errors.PLAN_BLOCKED: "plan blocks export (HTTP 402)",
    errors.RATE_LIMITED: "rate limited",
    errors.SESSION_LOST: "session lost",
}
