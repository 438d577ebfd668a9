"""The workers' HTTP endpoints, under ``/cluster/``: no bearer token, a URL signed for one render task.

``GET  /cluster/hello``                      is this a broker-mode engine? (the worker's start check)
``GET  /cluster/t/<task>/media/<id>?exp&sig`` one input of that task's render
``PUT  /cluster/t/<task>/out?name=..&exp&sig`` the result (video, poster, sheet), raw bytes, streamed
``POST /cluster/t/<task>/ctl?exp&sig``       {"event": "claim" | "beat" | "done" | "fail", ...}
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse

from nemo_skill import __version__

from ..api_errors import http

PREFIX = "/cluster/"
CONTROL_MAX_BYTES = 64 * 1024

Sig = Annotated[str | None, Query(max_length=200)]


def router(engine: Any) -> APIRouter:
    """``engine`` is the app's Engine; its ``jobs.remote`` is None unless a broker is configured."""
    # not in /openapi.json: the API there is the cloud contract (bearer tokens); these are the
    # workers' own, guarded by signatures instead (tests/test_cluster_security.py)
    r = APIRouter(prefix="/cluster", tags=["cluster"], include_in_schema=False)

    def remote() -> Any:
        rem = engine.jobs.remote
        if rem is None:
            raise http(404, "this engine renders in-process (no --broker): it has no workers")
        return rem

    @r.get("/hello")
    async def hello() -> dict:
        rem = engine.jobs.remote
        info = (await run_in_threadpool(rem.hello) if rem is not None
                else {"engine": "nemo-local", "broker": False, "broker_id": None})
        return {"code": 0, "data": {**info, "version": __version__}}

    @r.get("/t/{task_id}/media/{media_id}")
    async def media(task_id: str, media_id: str, exp: Sig = None, sig: Sig = None) -> FileResponse:
        rem = remote()
        row = await run_in_threadpool(rem.task, task_id, f"media/{media_id}", exp, sig)
        path = await run_in_threadpool(rem.media_path, row, media_id)
        if not Path(path).is_file():
            raise http(404, "file not found")
        return FileResponse(path, media_type="application/octet-stream")

    @r.put("/t/{task_id}/out")
    async def upload(request: Request, task_id: str, name: Annotated[str, Query(max_length=16)],
                     exp: Sig = None, sig: Sig = None) -> dict:
        rem = remote()
        row = await run_in_threadpool(rem.task, task_id, "out", exp, sig)
        target = await run_in_threadpool(rem.out_path, row, name)
        limit = engine.settings.max_request_bytes
        part = target.with_name(f".{target.name}.{task_id}.part")
        size = 0
        try:
            with open(part, "wb") as fh:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > limit:
                        raise http(413, f"result too large (max {limit} bytes)")
                    fh.write(chunk)
            os.replace(part, target)
        finally:
            part.unlink(missing_ok=True)
        return {"code": 0, "data": {"size": size}}

    @r.post("/t/{task_id}/ctl")
    async def control(request: Request, task_id: str, exp: Sig = None, sig: Sig = None) -> dict:
        rem = remote()
        row = await run_in_threadpool(rem.task, task_id, "ctl", exp, sig)
        raw = b""
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > CONTROL_MAX_BYTES:
                raise http(413, "control message too large")
        try:
            body = json.loads(raw or b"null")
        except (ValueError, UnicodeDecodeError):
            raise http(400, "body is not valid JSON") from None
        if not isinstance(body, dict):
            raise http(400, 'expected {"event": ...}')
        return {"code": 0, "data": await run_in_threadpool(rem.control, row, body)}

    return r
