"""The workspace page's routes: the page itself at the claim link, and what its script calls.

Everything under ``/workspace/s/<wid>/`` needs the page session's cookie (pages.py); changes also
need the CSRF header. Only the page itself (public: the claim link) is in the OpenAPI document; the
rest is not part of the API contract, whose every private route takes the bearer token.
"""

from __future__ import annotations

import json
import secrets
import time
from collections import OrderedDict
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Cookie, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, Response, StreamingResponse
from pydantic import BaseModel, Field

from .. import chat_stream, claim
from ..api_errors import EXPORT_RUNNING, ApiError, http
from ..engine_state import Engine
from . import pages, view
from .media_cache import MediaCache

STATIC = Path(__file__).with_name("static")
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}
# nothing from another host, no inline script; inline style attributes only (segment positions)
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
       "media-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
PAGE_HEADERS = {"Cache-Control": "no-store", "Content-Security-Policy": CSP, "Referrer-Policy": "no-referrer",
                "X-Content-Type-Options": "nosniff"}
SEEN_TURNS = 256  # recent turn ids remembered per page session (a double submit is sent once)
SEEN_PAGES = 1000  # page sessions whose turn ids are remembered

Wid = Annotated[str, PathParam(max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
SecretCookie = Annotated[str | None, Cookie(alias=pages.COOKIE, max_length=200)]
Csrf = Annotated[str | None, Header(alias=pages.CSRF_HEADER, max_length=200)]


class ChatBody(BaseModel):
    message: str = Field(max_length=20000)
    turn_id: str | None = Field(None, max_length=64)


class RestoreBody(BaseModel):
    version: int = Field(ge=1)


def _file(path: Path | str | None, media_type: str, download: str | None = None) -> FileResponse:
    if not path or not Path(path).is_file():
        raise http(404, "file not found")
    return FileResponse(path, media_type=media_type, filename=download,
                        content_disposition_type="attachment" if download else "inline",
                        headers={"Cache-Control": "private, max-age=3600"})


def router(engine: Engine) -> APIRouter:
    r = APIRouter()
    cache = MediaCache(engine.data_dir / "cache")
    seen: dict[str, OrderedDict[str, float]] = {}  # insertion order: the oldest page first

    def page_of(wid: str, secret: str | None) -> pages.PageSession:
        return pages.check(engine.db, wid, secret)

    def change_of(request: Request, wid: str, secret: str | None, csrf: str | None) -> pages.PageSession:
        page = page_of(wid, secret)
        pages.check_change(page, csrf, request.headers.get("origin"), request.headers.get("host"))
        return page

    @r.get("/workspace/claim", response_class=HTMLResponse)
    async def claim_page(ct: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
        row = claim.resolve(engine.db, ct)
        if row is None:
            return HTMLResponse(claim.INVALID_PAGE, status_code=404, headers={"Cache-Control": "no-store"})
        opened = await run_in_threadpool(pages.open_page, engine.db, row)
        body = await run_in_threadpool(view.page_html, engine, cache, opened.page)
        response = HTMLResponse(body, headers=PAGE_HEADERS)
        response.headers.append("Set-Cookie", pages.cookie_header(opened))
        engine.previews.request(row["user_id"], row["session_id"])  # nothing when it exists already
        return response

    @r.get("/workspace/static/{name}", include_in_schema=False)
    async def static(name: Annotated[str, PathParam(pattern=r"^[a-z-]+\.(css|js|svg)$")]) -> FileResponse:
        path = STATIC / name
        if not path.is_file():
            raise http(404, "file not found")
        return FileResponse(path, media_type=STATIC_TYPES[path.suffix], headers={"Cache-Control": "no-cache"})

    @r.get("/workspace/s/{wid}/view", include_in_schema=False)
    async def state(wid: Wid, secret: SecretCookie = None) -> Response:
        page = page_of(wid, secret)
        data = await run_in_threadpool(view.view_json, engine, cache, page)
        return Response(json.dumps(data), media_type="application/json", headers={"Cache-Control": "no-store"})

    @r.get("/workspace/s/{wid}/thumb/{media_id}", include_in_schema=False)
    async def thumb(wid: Wid, media_id: Annotated[str, PathParam(max_length=64)],
                    secret: SecretCookie = None) -> FileResponse:
        page = page_of(wid, secret)
        row = engine.db.one("SELECT * FROM media WHERE id = ? AND session_id = ? AND user_id = ?",
                            (media_id, page.session_id, page.user_id))
        if row is None:
            raise http(404, "file not found")
        return _file(await run_in_threadpool(cache.thumbnail, row), "image/jpeg")

    @r.get("/workspace/s/{wid}/preview/{version}/{name}", include_in_schema=False)
    async def preview_file(wid: Wid, version: int, name: Annotated[str, PathParam(pattern=r"^(video\.mp4|sheet\.png|poster\.png)$")],
                           secret: SecretCookie = None) -> FileResponse:
        page = page_of(wid, secret)
        preview = engine.previews.get(page.user_id, page.session_id, version)
        if preview is None or preview.status != "completed":
            raise http(404, "no preview of that version yet")
        path = {"video.mp4": preview.path, "sheet.png": preview.sheet, "poster.png": preview.poster}[name]
        return _file(path, "video/mp4" if name.endswith(".mp4") else "image/png")

    @r.post("/workspace/s/{wid}/chat", response_class=StreamingResponse, include_in_schema=False)
    async def chat(request: Request, wid: Wid, body: ChatBody, secret: SecretCookie = None,
                   csrf: Csrf = None) -> StreamingResponse:
        page = change_of(request, wid, secret, csrf)
        message = body.message.strip()
        if not message:
            raise http(400, "empty message: type what to change")
        if body.turn_id:  # the same submission twice (a double click, a resent request): once only
            recent = seen.setdefault(page.wid, OrderedDict())
            seen[page.wid] = seen.pop(page.wid)  # the pages in use stay; the oldest go
            while len(seen) > SEEN_PAGES:
                seen.pop(next(iter(seen)))
            if body.turn_id in recent:
                raise ApiError(409, "this message was already sent", status=409)
            recent[body.turn_id] = time.time()
            while len(recent) > SEEN_TURNS:
                recent.popitem(last=False)
        # the same turn as POST /run_sse (scripts/chat): same planner, same credit rules, same events
        await run_in_threadpool(chat_stream.precheck, engine.db, page.user_id, page.session_id, message)
        stream = chat_stream.stream_turn(engine.db, engine.chat_locks, engine.settings.heartbeat_seconds,
                                         page.user_id, page.session_id, message, after=engine.after_turn)
        return StreamingResponse(stream, media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @r.post("/workspace/s/{wid}/restore", include_in_schema=False)
    async def restore(request: Request, wid: Wid, body: RestoreBody, secret: SecretCookie = None,
                      csrf: Csrf = None) -> dict:
        page = change_of(request, wid, secret, csrf)
        async with engine.chat_locks.get(page.session_id):  # never between a chat turn's read and write
            version = await run_in_threadpool(view.restore, engine, page, body.version)
        return {"code": 0, "data": {"version": version}}

    @r.post("/workspace/s/{wid}/export", include_in_schema=False)
    async def export(request: Request, wid: Wid, secret: SecretCookie = None, csrf: Csrf = None) -> dict:
        page = change_of(request, wid, secret, csrf)
        render_id = f"render_{int(time.time() * 1000)}_{secrets.token_hex(4)}"
        try:  # the same job as scripts/export (POST /api/render/proxy/lambda), at its default quality
            await run_in_threadpool(engine.jobs.submit, page.user_id, render_id, page.session_id, None, "mp4",
                                    "high")
        except ApiError as exc:
            if exc.code != EXPORT_RUNNING or not isinstance(exc.data, dict):
                raise
            render_id = str(exc.data["id"])  # one is running already: follow that one
        # the export is of the version a running preview shows: the preview would only slow it down
        engine.previews.cancel(page.session_id)
        return {"code": 0, "data": view.export_status(engine, page, render_id)}

    @r.get("/workspace/s/{wid}/export/{render_id}", include_in_schema=False)
    async def export_status(wid: Wid, render_id: Annotated[str, PathParam(max_length=64)],
                            secret: SecretCookie = None) -> dict:
        page = page_of(wid, secret)
        return {"code": 0, "data": view.export_status(engine, page, render_id)}

    @r.get("/workspace/s/{wid}/export/{render_id}/{name}", include_in_schema=False)
    async def export_file(wid: Wid, render_id: Annotated[str, PathParam(max_length=64)],
                          name: Annotated[str, PathParam(pattern=r"^(video\.mp4|sheet\.png|poster\.png)$")],
                          download: bool = False, secret: SecretCookie = None) -> FileResponse:
        page = page_of(wid, secret)
        row = view.render_row(engine, page, render_id)
        if row["status"] != "completed":
            raise http(409, f"render {render_id} is {row['status']}, not completed")
        if name == "video.mp4":
            return _file(row["path"], "video/mp4", Path(row["path"]).name if download else None)
        return _file(row["sheet" if name == "sheet.png" else "poster"], "image/png")

    return r
