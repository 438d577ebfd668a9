"""Running one script command for an MCP tool call: the script's own parser and command, with a
Context that collects what the script would print instead of printing it.

No second implementation: ``nemo_skill.cli.<name>.build()`` parses the arguments (same checks, same
usage errors) and ``command()`` does the work through the client library. What differs is only where
the output goes: human lines and the ``--json`` object are collected for the tool result, status
lines (progress, "Still working…", the chat reply as it streams) go to a ``report`` callback that
sends MCP progress notifications, and an error becomes one masked line. Runs in a worker thread.
"""

from __future__ import annotations

import contextlib
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from nemo_skill.cli import chat, common, connect, credits, export, state, upload
from nemo_skill.client.errors import NemoError

COMMANDS: dict[str, ModuleType] = {
    "connect": connect, "upload": upload, "chat": chat, "state": state, "credits": credits, "export": export,
}
Report = Callable[[str], None]


class ToolFailed(Exception):
    """A command's error as the one line the script would print after ``Error:``, token masked."""

    def __init__(self, line: str, error: dict[str, Any]) -> None:
        super().__init__(line)
        self.line = line
        self.error = error


@dataclass
class ToolOutput:
    text: str  # what the script prints on stdout, for a person
    data: dict[str, Any]  # what ``--json`` prints: {"ok": true, ...}


class ToolContext(common.Context):
    """The scripts' Context, collecting output instead of printing it."""

    def __init__(self, report: Report) -> None:
        super().__init__(json_mode=False, verbose=False)
        self.report = report
        self.pieces: list[str] = []
        self.result: dict[str, Any] | None = None

    def status(self, message: str) -> None:
        print(common.mask(message, self), file=sys.stderr, flush=True)  # the host's server log
        self.report(common.mask(message, self))

    def debug(self, message: str) -> None:
        return None

    def text(self, message: str = "") -> None:
        self.pieces.append(message + "\n")

    def write(self, chunk: str) -> None:
        self.pieces.append(chunk)
        if chunk.strip():
            self.report(common.mask(chunk.strip(), self))  # a long chat reply shows as it arrives

    def emit(self, obj: dict[str, Any], human: str | Sequence[str] | None = None) -> None:
        if self.result is None:
            self.result = {"ok": True, **obj}
        if human is not None:
            self.pieces.extend(line + "\n" for line in ([human] if isinstance(human, str) else human))

    def output(self) -> ToolOutput:
        text = common.mask("".join(self.pieces).strip(), self)
        data = json.loads(common.mask(json.dumps(self.result or {"ok": True}, ensure_ascii=False), self))
        return ToolOutput(text, data)


def run_command(name: str, argv: list[str], report: Report) -> ToolOutput:
    """``scripts/<name> ARGV`` as a function: its output, or ToolFailed with its error line."""
    module = COMMANDS[name]
    ctx = ToolContext(report)
    try:
        args = module.build().parse_args(argv)
        module.command(args, ctx)
        return ctx.output()
    except NemoError as err:
        raise ToolFailed(common.mask(err.line(), ctx), {**err.to_json(), "message": common.mask(err.message, ctx)}
                         ) from None
    except SystemExit:  # argparse's --help; the tools never pass it
        raise ToolFailed("Usage error.", {"kind": "usage", "message": "Usage error.", "exit_code": 2}) from None
    except Exception as exc:  # one line for the caller, the masked traceback in the server's log
        print(common.mask("".join(traceback.format_exception(exc)), ctx), file=sys.stderr, flush=True)
        failure = common.unexpected(exc, ctx)
        failure.hint = "The MCP server's log (its stderr) has the details."
        raise ToolFailed(failure.line(), failure.to_json()) from None
    finally:
        api = ctx.api
        if api is not None:
            with contextlib.suppress(Exception):  # closing must never turn success into failure
                api.close()
