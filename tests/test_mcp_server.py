"""``nemo-mcp`` driven by the MCP SDK's own client over stdio, against the real local engine: the six
tools, structured content with the scripts' --json fields, progress notifications, tool errors, the
token kept out of every result, and a real MP4 at the end."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

pytest.importorskip("mcp")
from mcp import Client  # noqa: E402
from mcp.client.stdio import StdioServerParameters  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TOOLS = {"connect", "upload", "chat", "state", "credits", "export"}
FAST = {"NEMO_RENDER_POLL_S": "0.3", "NEMO_RENDER_MAX_POLLS": "400", "NEMO_POLL_INTERVALS": "0.2"}


def server_params(env: dict[str, str], cwd: Path) -> StdioServerParameters:
    console = Path(sys.executable).parent / "nemo-mcp"  # the console script pip made
    command, args = (str(console), []) if console.exists() else (sys.executable, ["-m", "nemo_skill.mcp_server"])
    base = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}
    return StdioServerParameters(command=command, args=args, env={**base, **env}, cwd=str(cwd))


def text_of(result: Any) -> str:
    return "\n".join(c.text for c in result.content if getattr(c, "type", "") == "text")


def probe(path: Path) -> tuple[str, float, int, int]:
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        return (stream.codec_context.name, float(container.duration or 0) / 1_000_000,
                stream.codec_context.width, stream.codec_context.height)


@pytest.mark.slow
def test_the_six_tools_over_stdio(engine, media_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config"
    env = {"NEMO_API_URL": engine.url, "NEMO_CONFIG_DIR": str(config), "HOME": str(tmp_path), **FAST}
    out = tmp_path / "promo.mp4"
    not_media = tmp_path / "notes.mp4"
    not_media.write_text("this is text, not a video\n")
    results: dict[str, Any] = {}
    progress: dict[str, list[str]] = {"export": [], "chat": []}

    async def drive() -> None:
        async with Client(server_params(env, tmp_path), read_timeout_seconds=300) as client:
            listed = await client.list_tools()
            results["tools"] = {t.name: t for t in listed.tools}
            results["connect"] = await client.call_tool("connect", {})
            results["credits"] = await client.call_tool("credits", {})
            images = [str(p) for p in sorted(media_dir.glob("*.jpg"))[:2]]
            results["upload"] = await client.call_tool("upload", {"paths": images})
            results["bad_upload"] = await client.call_tool("upload", {"paths": [str(not_media)]})
            results["empty_chat"] = await client.call_tool("chat", {"message": "   "})

            async def on_chat(p: float, total: float | None, message: str | None) -> None:
                progress["chat"].append(message or "")

            message = "combine these images into a 4-second vertical video"
            results["chat"] = await client.call_tool("chat", {"message": message}, progress_callback=on_chat)
            results["state"] = await client.call_tool("state", {})
            results["question"] = await client.call_tool("chat", {"message": "remove the picture"})

            async def on_export(p: float, total: float | None, message: str | None) -> None:
                progress["export"].append(message or "")

            results["bad_out"] = await client.call_tool("export", {"out": "/proc/promo.mp4"})
            results["export"] = await client.call_tool("export", {"out": str(out), "quality": "low"},
                                                       progress_callback=on_export)

    anyio.run(drive)

    tools = results["tools"]
    assert set(tools) == TOOLS
    assert set(tools["upload"].input_schema["properties"]) == {"paths"}
    assert set(tools["chat"].input_schema["properties"]) == {"message"}
    assert set(tools["export"].input_schema["properties"]) == {"out", "quality", "resume"}

    connect = results["connect"]
    assert not connect.is_error and text_of(connect).startswith("Ready. Session sess_")
    assert {"session_id", "claim_link", "token_source", "api", "platform"} <= set(connect.structured_content)
    assert connect.structured_content["ok"] is True and connect.structured_content["token_source"] == "anonymous"

    credits = results["credits"]
    assert credits.structured_content == {"ok": True, "available": 100, "frozen": 0, "total": 100}
    assert text_of(credits) == "Credits: 100 available, 0 frozen, 100 total"

    upload = results["upload"]
    assert not upload.is_error and upload.structured_content["count"] == 2
    assert text_of(upload).count("Uploaded ") == 2

    bad = results["bad_upload"]
    assert bad.is_error and text_of(bad).startswith("Error: ") and "notes.mp4" in text_of(bad)
    assert "\n" not in text_of(bad) and bad.structured_content["error"]["exit_code"] == 6
    empty = results["empty_chat"]
    assert empty.is_error and text_of(empty) == "Error: The message is empty."

    chat = results["chat"]
    assert not chat.is_error, text_of(chat)
    assert chat.structured_content["outcome"] in ("replied", "silent_edit")
    assert "Timeline (" in text_of(chat) and any(progress["chat"]), progress  # the reply streamed as progress

    question = results["question"]  # asked back: marked, with the readings to offer the person; nothing changed
    assert question.structured_content["question"] is True and question.structured_content["changes"] == []
    assert [c.split(" (")[0] for c in question.structured_content["choices"]] == ["image 1", "image 2"]

    state = results["state"]
    assert state.structured_content["ready"] is True and text_of(state) == state.structured_content["summary"]

    bad_out = results["bad_out"]
    assert bad_out.is_error and "special file system" in text_of(bad_out)
    assert bad_out.structured_content["error"]["exit_code"] == 2

    export = results["export"]
    assert not export.is_error, text_of(export)
    data = export.structured_content
    assert Path(data["path"]) == out and data["size"] == out.stat().st_size
    codec, seconds, width, height = probe(out)
    assert codec == "h264" and abs(seconds - 4.0) < 0.3 and (width, height) == (data["width"], data["height"])
    assert f"Saved {out} (4.0 s, {width}x{height}, " in text_of(export)
    assert any(m.startswith("Rendering:") for m in progress["export"]), progress["export"]

    # the token never appears in any result
    token = json.loads((config / "credentials.json").read_text())[engine.url]["token"]["value"]
    for name, result in results.items():
        if name != "tools":
            blob = text_of(result) + json.dumps(result.structured_content or {})
            assert token not in blob, name


def test_tools_and_arguments_are_the_ones_skill_yaml_lists() -> None:
    import yaml

    from nemo_skill.mcp_server.mcp_tools import build_server

    declared = yaml.safe_load((ROOT / "skill.yaml").read_text(encoding="utf-8"))["mcp"]["tools"]
    listed: dict[str, Any] = {}

    async def drive() -> None:
        async with Client(build_server()) as client:  # in-process: the same declarations, no subprocess
            listed.update({t.name: t for t in (await client.list_tools()).tools})

    anyio.run(drive)
    assert set(listed) == set(declared) == TOOLS
    for name, tool in listed.items():
        assert set(tool.input_schema.get("properties", {})) == set(declared[name]["arguments"]), name
        assert tool.description and declared[name]["json"] == f"scripts.{name}"


def test_without_the_sdk_it_says_which_extra(tmp_path: Path) -> None:
    # A Python that cannot import mcp: the console script's failure is one line naming the extra.
    blocker = tmp_path / "block" / "mcp"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('blocked for the test')\n")
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "nemo_skill.mcp_server"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": f"{tmp_path / 'block'}{os.pathsep}{ROOT}"},
                          stdin=subprocess.DEVNULL, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("Error: nemo-mcp needs the MCP SDK") and "[mcp]" in proc.stderr
