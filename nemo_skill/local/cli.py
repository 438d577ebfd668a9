"""``nemo-local``: serve the engine in the foreground, start/stop it in the background, top up credits."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

MISSING_EXTRA = "the local engine needs its extra: pip install 'media-content-generator[local]'"


def _require_extra() -> None:
    import importlib.util

    missing = [m for m in ("fastapi", "uvicorn", "multipart", "av", "PIL", "jsonschema", "cv2")
               if importlib.util.find_spec(m) is None]
    if missing:
        raise SystemExit(f"nemo-local: {MISSING_EXTRA} (missing: {', '.join(missing)})")


def serve(host: str, port: int, data: Path | None, log_level: str) -> None:
    _require_extra()
    import socket

    import uvicorn

    from .app import create_app
    from .launcher import write_server_json
    from .settings import Settings

    settings = Settings.from_env(data_dir=data)
    app = create_app(settings)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise SystemExit(f"nemo-local: cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    actual = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level=log_level, access_log=True, timeout_graceful_shutdown=5,
                            server_header=False)
    server = uvicorn.Server(config)
    write_server_json(settings.data_dir, host, actual)
    print(f"nemo-local: serving on http://{host}:{actual} (data: {settings.data_dir})", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        from .launcher import clear_server_json

        clear_server_json(settings.data_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nemo-local", description="The embedded NemoVideo engine.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("serve", help="run the engine in the foreground")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.add_argument("--data", type=Path, default=None, help="data directory")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p = sub.add_parser("start", help="start the engine in the background (if not running); print its URL")
    p.add_argument("--data", type=Path, default=None)
    p = sub.add_parser("stop", help="stop the background engine")
    p.add_argument("--data", type=Path, default=None)
    p = sub.add_parser("status", help="is the background engine running?")
    p.add_argument("--data", type=Path, default=None)
    p = sub.add_parser("credits", help="credits administration")
    csub = p.add_subparsers(dest="credits_cmd", required=True)
    add = csub.add_parser("add", help="top up a user's credits")
    add.add_argument("user")
    add.add_argument("amount", type=int)
    add.add_argument("--data", type=Path, default=None)
    args = parser.parse_args(argv)

    from . import launcher

    if args.cmd == "serve":
        serve(args.host, args.port, args.data, args.log_level)
        return 0
    if args.cmd == "start":
        try:
            print(launcher.ensure_running(args.data))
        except launcher.EngineStartError as exc:
            print(f"nemo-local: {exc}", file=sys.stderr)
            return 1
        return 0
    if args.cmd == "stop":
        stopped = launcher.stop(args.data)
        print("stopped" if stopped else "not running")
        return 0
    if args.cmd == "status":
        url = launcher.running_url(args.data)
        print(url or "not running")
        return 0 if url else 1
    if args.cmd == "credits":
        _require_extra()
        from . import credits
        from .db import Database
        from .errors import ApiError
        from .settings import Settings

        data_dir = Settings.from_env(data_dir=args.data).data_dir
        db_path = data_dir / "engine.sqlite3"
        if not db_path.is_file():
            print(f"nemo-local: no engine data in {data_dir}", file=sys.stderr)
            return 1
        try:
            bal = credits.top_up(Database(db_path), args.user, args.amount)
        except ApiError as exc:
            print(f"nemo-local: {exc.message}", file=sys.stderr)
            return 1
        print(json.dumps({"user_id": args.user, **bal}))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
