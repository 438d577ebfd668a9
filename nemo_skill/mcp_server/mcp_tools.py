"""The six tools, declared once each: name, description, arguments, and the script they run.

Annotations are evaluated by the SDK to make each tool's input schema, so this module imports the SDK
at its top (it is imported only when the server starts; ``serve.main`` reports a missing SDK).
"""

import contextlib
import itertools
from typing import Literal

import anyio
import anyio.from_thread
import anyio.lowlevel
import anyio.to_thread
from mcp.server.mcpserver import Context, MCPServer
from mcp_types import CallToolResult, TextContent

from nemo_skill import __version__

from .tool_run import ToolFailed, run_command

SERVER_NAME = "media-content-generator"
INSTRUCTIONS = """Turns pictures, clips and audio into a finished MP4 through a NemoVideo session (the
cloud, or the local engine when NEMO_API_URL=local). Order: connect, upload the files, chat to describe
the video (one request per call), state to check the timeline, export to render and save the MP4.
Editing costs credits (see credits); export does not. Never call chat again with the identical
message after a reply stream dropped (the server refuses it): check state, and rephrase if needed.
A compound request ("undo that and export again") is split into its parts: chat "undo", then export."""


def build_server() -> MCPServer:
    server = MCPServer(SERVER_NAME, version=__version__, instructions=INSTRUCTIONS, log_level="WARNING")

    async def call(ctx: Context, name: str, argv: list[str]) -> CallToolResult:
        token = anyio.lowlevel.current_token()
        step = itertools.count(1)

        def report(message: str) -> None:  # from the worker thread, back on the event loop
            with contextlib.suppress(Exception):  # a closed connection must not break the command
                anyio.from_thread.run(ctx.report_progress, next(step), None, message, token=token)

        try:
            out = await anyio.to_thread.run_sync(run_command, name, argv, report)
        except ToolFailed as failed:
            return CallToolResult(content=[TextContent(type="text", text=f"Error: {failed.line}")],
                                  structured_content={"ok": False, "error": failed.error}, is_error=True)
        return CallToolResult(content=[TextContent(type="text", text=out.text or "Done.")],
                              structured_content=out.data)

    @server.tool(description="Connect to the NemoVideo API (or the local engine): get a token (NEMO_TOKEN, "
                 "or a free anonymous one, saved) and reuse or open a session. new=true starts a new, empty "
                 "timeline. The result has the session id and a browser link to the project (show it to the "
                 "person; it carries no token).")
    async def connect(ctx: Context, new: bool = False) -> CallToolResult:
        return await call(ctx, "connect", ["--new"] if new else [])

    @server.tool(description="Upload media into the session: local file paths (absolute paths are best) or "
                 "http(s) links; mp4 mov avi webm mkv jpg png gif webp mp3 wav m4a aac, 500 MB max each. "
                 "Every item is checked (format by content, size) before anything is sent.")
    async def upload(ctx: Context, paths: list[str]) -> CallToolResult:
        return await call(ctx, "upload", ["--", *paths])

    @server.tool(description="Send one request to the editing agent, in plain words (make a video from the "
                 "uploads, add a title, change the music, undo…); returns its reply and the one-line timeline. "
                 "One request per call: split compound requests. The message is sent exactly once; after a "
                 "dropped stream the same message is refused (check state; a rephrased one is fine). When the "
                 "result has question=true the agent asked which reading is meant and changed nothing: ask the "
                 "person (its choices name the readings), then send the whole request naming their pick.")
    async def chat(ctx: Context, message: str) -> CallToolResult:
        return await call(ctx, "chat", ["--", message])

    @server.tool(description="The current timeline as a one-line track summary, whether it can be exported, "
                 "and the full state (draft, media).")
    async def state(ctx: Context) -> CallToolResult:
        return await call(ctx, "state", [])

    @server.tool(description="The credit balance: available, frozen (reserved by work in progress), total. "
                 "Editing costs credits; export is free.")
    async def credits(ctx: Context) -> CallToolResult:
        return await call(ctx, "credits", [])

    @server.tool(description="Render the timeline to an MP4 and save it at `out` (an absolute .mp4 path is "
                 "best; default ./nemovideo-<time>.mp4 in the server's folder); reports progress while it "
                 "renders. quality: high, medium or low. resume=true finishes the render a stopped export "
                 "left behind instead of starting another. Returns the path, length, frame size and file size.")
    async def export(ctx: Context, out: str | None = None, quality: Literal["high", "medium", "low"] = "high",
                     resume: bool = False) -> CallToolResult:
        argv = ["--quality", quality]
        if out:
            argv.append(f"--out={out}")  # one token: a path starting with "-" stays a path
        if resume:
            argv.append("--resume")
        return await call(ctx, "export", argv)

    return server


