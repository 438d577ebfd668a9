"""The HTTP API of docs/api.md (routes only: the work lives in the sibling modules)."""

from __future__ import annotations

import json
import logging
import mimetypes
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from nemo_skill import __version__

from . import auth, chat_stream, claim, ledger, sessions, uploads, url_fetch
from .api_errors import UNSUPPORTED_FILE, ApiError, http, one_line
from .cluster import worker_routes as cluster_routes
from .engine_settings import Settings
from .engine_state import Engine
from .limits import BodyLimit

log = logging.getLogger("nemo_skill.local")
UPLOAD_PREFIX = "/api/upload-video/"
_bearer = HTTPBearer(auto_error=False, description="the token from /api/auth/anonymous-token")


# --- request bodies ------------------------------------------------------------------------------

class SessionBody(BaseModel):
    task_name: str = Field("project", max_length=200)
    language: str = Field("en", max_length=16)


class ClaimBody(BaseModel):
    session_id: str = Field(max_length=100)
    task_id: str | None = Field(None, max_length=100)


class Part(BaseModel):
    model_config = ConfigDict(extra="allow")
    text: str | None = Field(None, max_length=20000)


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str = "user"
    parts: list[Part] = Field(max_length=50)


class RunSseBody(BaseModel):
    model_config = ConfigDict(extra="allow")
    app_name: str = "nemo_agent"
    user_id: str = "me"
    session_id: str = Field(max_length=100)
    new_message: Message


class RenderOutput(BaseModel):
    format: str = Field("mp4", max_length=16)
    quality: Literal["high", "medium", "low"] = "high"


class RenderBody(BaseModel):
    id: str = Field(max_length=64)
    sessionId: str = Field(max_length=100)  # noqa: N815 - camelCase in the contract
    draft: dict[str, Any] | None = None
    output: RenderOutput = RenderOutput()


# --- helpers -----------------------------------------------------------------------------------

def ok(data: Any) -> dict:
    return {"code": 0, "data": data}


def engine_of(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def current_user(request: Request,
                 _creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> auth.User:
    engine = engine_of(request)
    return auth.authenticate(engine.db, request.headers.get("authorization"),
                             allow_anonymous=engine.settings.allow_anonymous)


User = Annotated[auth.User, Depends(current_user)]


def file_response(path: str | None, filename: str | None = None) -> FileResponse:
    if not path or not Path(path).is_file():
        raise http(404, "file not found")
    media_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=filename, content_disposition_type="inline")


def _probe_and_store(engine: Engine, session_id: str, received: list) -> list:
    from nemo_skill.media.probe import UnsupportedMedia, probe

    from . import storage

    probed = []
    try:
        for inc in received:
            inc.close()
            try:
                probed.append((inc, probe(inc.part_path)))
            except UnsupportedMedia as exc:
                raise ApiError(UNSUPPORTED_FILE, f"{inc.filename}: unsupported file ({exc})") from None
        return storage.store_media(engine.db, session_id, probed)
    except BaseException:
        for inc in received:
            inc.discard()
        raise


# --- the app -----------------------------------------------------------------------------------

def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine = Engine(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(engine.startup)
        try:
            yield
        finally:
            await run_in_threadpool(engine.shutdown)

    app = FastAPI(title="NemoVideo local engine", version=__version__, lifespan=lifespan,
                  description="The NemoVideo HTTP API served offline (see docs/api.md, docs/engine.md).")
    app.state.engine = engine
    # the workers' routes stream result files and cap their own bodies (cluster/worker_routes.py)
    app.add_middleware(BodyLimit, max_bytes=settings.max_json_bytes,
                       skip_prefixes=(UPLOAD_PREFIX, cluster_routes.PREFIX))
    _install_error_handlers(app)
    app.include_router(cluster_routes.router(engine))  # render workers (broker mode): docs/cluster.md

    @app.get("/health")
    async def health() -> dict:
        return ok({"status": "ok", "version": __version__, "pid": os.getpid(),
                   "data_dir": str(engine.data_dir), "workers": settings.workers})

    @app.post("/api/auth/anonymous-token")
    async def anonymous_token(request: Request, x_client_id: Annotated[str | None, Header(max_length=128)] = None) -> dict:
        if not settings.allow_anonymous:
            raise auth.anonymous_refused()
        if not x_client_id or not x_client_id.strip():
            raise http(400, "missing X-Client-Id header")
        ip = request.client.host if request.client else "unknown"
        return ok(auth.issue_anonymous(engine.db, settings, x_client_id, ip))

    @app.post("/api/tasks/me/with-session/nemo_agent")
    async def create_session(user: User, body: SessionBody | None = None) -> dict:
        body = body or SessionBody()
        return ok(sessions.create(engine.db, user.id, body.task_name, body.language))

    @app.get("/api/credits/balance/simple")
    async def balance(user: User) -> dict:
        return ok(ledger.balance(engine.db, user.id))

    @app.get("/api/state/nemo_agent/{user_ref}/{session_id}/latest")
    async def state(request: Request, user_ref: str, session_id: str, user: User) -> dict:
        row = sessions.owned(engine.db, user.id, session_id)
        draft = sessions.latest_draft(engine.db, session_id) or sessions.empty_draft()
        base = base_url(request)
        return ok({"session_id": session_id, "task_id": row["task_id"], "state": {
            "draft": draft,
            "video_infos": [sessions.media_info(r, base) for r in sessions.media_rows(engine.db, session_id)],
            "canvas_config": sessions.canvas(draft),
            "generated_media": engine.jobs.session_renders(session_id, base),
        }})

    upload_doc = {"requestBody": {"required": True, "content": {
        "multipart/form-data": {"schema": {"type": "object", "required": ["files"], "properties": {
            "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
        "application/json": {"schema": {"type": "object", "required": ["urls"], "properties": {
            "urls": {"type": "array", "items": {"type": "string"}, "maxItems": 20},
            "source_type": {"type": "string", "enum": ["url"]}}}}}}}

    @app.post(UPLOAD_PREFIX + "nemo_agent/{user_ref}/{session_id}", openapi_extra=upload_doc)
    async def upload(request: Request, user_ref: str, session_id: str, user: User) -> dict:
        sessions.owned(engine.db, user.id, session_id)
        ctype = request.headers.get("content-type", "")
        if ctype.split(";")[0].strip().lower() == "application/json":
            raw = b""
            async for chunk in request.stream():
                raw += chunk
                if len(raw) > settings.max_json_bytes:
                    raise http(413, "JSON body too large")
            try:
                body = json.loads(raw or b"null")
            except (ValueError, UnicodeDecodeError):
                raise http(400, "body is not valid JSON") from None
            urls = body.get("urls") if isinstance(body, dict) else None
            if not isinstance(urls, list):
                raise http(400, 'expected {"urls": ["https://..."], "source_type": "url"}')
            received = await url_fetch.fetch(urls, settings, engine.media_root, user.id)
        else:
            length = request.headers.get("content-length")
            received = await uploads.receive(ctype, request.stream(), int(length) if length and length.isdigit()
                                             else None, settings, engine.media_root, user.id)
        rows = await run_in_threadpool(_probe_and_store, engine, session_id, received)
        base = base_url(request)
        return ok({"files": [sessions.media_info(r, base) for r in rows], "session_state_applied": True})

    @app.get("/media/{media_id}/{name}")
    async def media_file(media_id: str, name: str, user: User) -> FileResponse:
        row = engine.db.one("SELECT * FROM media WHERE id = ? AND user_id = ?", (media_id, user.id))
        if row is None or row["stored_name"] != name:
            raise ApiError(1002, "media not found")
        return file_response(row["path"])

    @app.post("/run_sse", response_class=StreamingResponse,
              responses={200: {"content": {"text/event-stream": {}}, "description": "ADK events"}})
    async def run_sse(body: RunSseBody, user: User) -> StreamingResponse:
        sessions.owned(engine.db, user.id, body.session_id)
        message = "\n".join(p.text for p in body.new_message.parts if p.text).strip()
        if not message:
            raise http(400, "empty message: send new_message.parts[].text")
        await run_in_threadpool(chat_stream.precheck, engine.db, user.id, body.session_id, message)
        stream = chat_stream.stream_turn(engine.db, engine.chat_locks, settings.heartbeat_seconds, user.id,
                                  body.session_id, message, after=engine.after_turn)
        return StreamingResponse(stream, media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.post("/api/render/proxy/lambda")
    async def export(request: Request, body: RenderBody, user: User,
               x_skill_source: Annotated[str | None, Header(max_length=200)] = None,
               x_skill_version: Annotated[str | None, Header(max_length=200)] = None,
               x_skill_platform: Annotated[str | None, Header(max_length=200)] = None) -> dict:
        if not all(h and h.strip() for h in (x_skill_source, x_skill_version, x_skill_platform)):
            raise http(402, "export needs the X-Skill-Source, X-Skill-Version and X-Skill-Platform headers")
        return engine.jobs.submit(user.id, body.id, body.sessionId, body.draft, body.output.format,
                                  body.output.quality, base_url(request))

    @app.get("/api/render/proxy/lambda/{render_id}")
    async def render_status(request: Request, render_id: str, user: User) -> dict:
        return engine.jobs.status(user.id, render_id, base_url(request))

    def _render_file(user: auth.User, render_id: str, column: str) -> FileResponse:
        row = engine.jobs.row(user.id, render_id)
        if row["status"] != "completed":
            raise http(409, f"render {render_id} is {row['status']}, not completed")
        if column == "path":
            return file_response(row["path"], filename=Path(row["path"]).name)
        return file_response(row[column])

    @app.get("/api/render/proxy/{render_id}/download")
    async def render_download(render_id: str, user: User) -> FileResponse:
        return _render_file(user, render_id, "path")

    @app.get("/api/render/proxy/{render_id}/poster")
    async def render_poster(render_id: str, user: User) -> FileResponse:
        return _render_file(user, render_id, "poster")

    @app.get("/api/render/proxy/{render_id}/sheet")
    async def render_sheet(render_id: str, user: User) -> FileResponse:
        return _render_file(user, render_id, "sheet")

    @app.post("/api/auth/claim-token")
    async def claim_token(body: ClaimBody, user: User) -> dict:
        return ok(claim.create(engine.db, user.id, body.session_id, body.task_id, settings.claim_ttl_seconds))

    # --- the workspace page (issue 15): the page at the claim link and what its script calls ----
    from .workspace.page_routes import router as workspace_router

    app.include_router(workspace_router(engine))

    def _claimed_file(ct: str | None, column: str) -> FileResponse:
        row = claim.resolve(engine.db, ct)
        render = claim.latest_render(engine.db, row) if row is not None else None
        if render is None:
            raise http(404, "nothing to show for this claim link")
        return file_response(render[column])

    @app.get("/workspace/claim/video")
    async def claim_video(ct: Annotated[str | None, Query(max_length=200)] = None) -> FileResponse:
        return _claimed_file(ct, "path")

    @app.get("/workspace/claim/poster")
    async def claim_poster(ct: Annotated[str | None, Query(max_length=200)] = None) -> FileResponse:
        return _claimed_file(ct, "poster")

    return app


def _install_error_handlers(app: FastAPI) -> None:
    """Every error is ``{"code": n, "message": "..."}``: never an HTML page or a traceback."""

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = f"invalid request: {where}: {first.get('msg', 'bad value')}" if where else "invalid request"
        return JSONResponse({"code": 422, "message": one_line(message)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"code": exc.status_code, "message": one_line(str(exc.detail))},
                            status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
        return JSONResponse({"code": 500, "message": "internal error in the local engine"}, status_code=500)
