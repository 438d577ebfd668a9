"""The MCP server: six tools, each one script (``connect``, ``upload``, ``chat``, ``state``, ``credits``,
``export``), over stdio, on the official Python SDK (``mcp`` 2.x: ``MCPServer``).

A tool call runs the script's command in a worker thread (the client library is synchronous) and
answers with the script's human text plus its ``--json`` object as structured content; a failure is
a tool error (``isError``) whose text is the script's one ``Error: …`` line, with the ``--json``
error object as structured content. Status lines become progress notifications when the caller
asked for progress (export polling, "Still working…" and the reply of a long chat turn).
"""

from __future__ import annotations

import contextlib
import sys


def _missing_sdk() -> int:
    print("Error: nemo-mcp needs the MCP SDK, which is not installed. Install the 'mcp' extra: "
          "pip install 'media-content-generator[mcp]'.", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print("nemo-mcp: the media-content-generator MCP server, over stdio (started by an MCP host).\n"
              "Tools: connect, upload, chat, state, credits, export. Settings: the NEMO_* environment "
              "variables of the scripts (README.md).")
        return 0
    try:
        from .mcp_tools import build_server

        server = build_server()
    except ImportError as exc:
        if (exc.name or "mcp").split(".")[0] not in ("mcp", "mcp_types", "anyio", "pydantic"):
            raise
        return _missing_sdk()
    with contextlib.suppress(KeyboardInterrupt):
        server.run("stdio")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
