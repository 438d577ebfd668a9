"""``nemo-local``: serve the engine in the foreground, start/stop it in the background, top up credits;
issue and revoke member tokens; run a render worker and show the cluster (docs/cluster.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .engine_settings import Settings

MISSING_EXTRA = "the local engine needs its extra: pip install 'media-content-generator[local]'"
MISSING_CLUSTER = "broker mode needs the cluster extra: pip install 'media-content-generator[cluster]'"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class CliError(Exception):
    """One line on stderr and this exit code (2: bad usage, 1: something is not there)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _require_cluster() -> None:
    import importlib.util

    missing = [m for m in ("celery", "redis") if importlib.util.find_spec(m) is None]
    if missing:
        raise CliError(f"{MISSING_CLUSTER} (missing: {', '.join(missing)})")


def _check_broker(url: str) -> str:
    """A usable broker URL: well formed (else exit 2) and answering (else exit 1)."""
    _require_cluster()
    from .cluster import broker

    try:
        url = broker.check_url(url)
    except broker.BrokerError as exc:
        raise CliError(str(exc), 2) from None
    try:
        broker.ping(url)
    except broker.BrokerError as exc:
        raise CliError(str(exc)) from None
    return url


def is_loopback(host: str) -> bool:
    import ipaddress

    if host in LOOPBACK:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _require_extra() -> None:
    import importlib.util

    missing = [m for m in ("fastapi", "uvicorn", "multipart", "av", "PIL", "jsonschema", "cv2")
               if importlib.util.find_spec(m) is None]
    if missing:
        raise SystemExit(f"nemo-local: {MISSING_EXTRA} (missing: {', '.join(missing)})")


def serve_settings(settings: Settings, host: str, broker: str | None, allow_anonymous: bool,
                   allow_private_links: bool) -> Settings:
    """The engine's settings for ``serve``: beyond loopback, a server for a team (docs/cluster.md)."""
    broker = broker or settings.render_broker
    team = not is_loopback(host)  # anyone who can reach it must not get free renders or a way inside
    return settings.with_overrides(
        render_broker=_check_broker(broker) if broker else None,
        allow_anonymous=allow_anonymous or not team,
        allow_private_links=allow_private_links or not team)


def serve(host: str, port: int, data: Path | None, log_level: str, broker: str | None = None,
          allow_anonymous: bool = False, allow_private_links: bool = False) -> None:
    _require_extra()
    import socket

    from .engine_settings import Settings

    # the broker is checked before the app's imports (~1.5 s): a bad --broker answers at once
    settings = serve_settings(Settings.from_env(data_dir=data), host, broker, allow_anonymous, allow_private_links)
    team = not is_loopback(host)

    import uvicorn

    from . import access_log, logs
    from .app import create_app
    from .launcher import write_server_json

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
    access_log.install()  # after Config, which configures uvicorn's loggers
    logs.setup(log_level)
    server = uvicorn.Server(config)
    write_server_json(settings.data_dir, host, actual)
    print(f"nemo-local: serving on http://{host}:{actual} (data: {settings.data_dir})", flush=True)
    if settings.render_broker:
        from .cluster.broker import display

        print(f"nemo-local: renders go to workers through {display(settings.render_broker)}", flush=True)
    if team:
        print(f"nemo-local: listening beyond loopback: anonymous tokens "
              f"{'allowed' if settings.allow_anonymous else 'refused (nemo-local token create NAME)'}, "
              f"links to private addresses {'allowed' if settings.allow_private_links else 'refused'}", flush=True)
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
    p.add_argument("--broker", default=None, metavar="URL",
                   help="redis://HOST:PORT/N: send renders to `nemo-local worker`s (env NEMO_RENDER_BROKER)")
    p.add_argument("--allow-anonymous", action="store_true",
                   help="beyond loopback, still issue and accept anonymous tokens")
    p.add_argument("--allow-private-links", action="store_true",
                   help="beyond loopback, still let link uploads reach loopback/private/link-local addresses")
    p = sub.add_parser("worker", help="run a render worker (broker mode) in the foreground")
    p.add_argument("--broker", default=None, metavar="URL", help="redis://HOST:PORT/N (env NEMO_RENDER_BROKER)")
    p.add_argument("--engine", default=None, metavar="URL",
                   help="the engine's URL as this machine reaches it (env NEMO_ENGINE_URL)")
    p.add_argument("--concurrency", type=int, default=1, help="renders at once (default 1: one FFmpeg)")
    p.add_argument("--cache", type=Path, default=None, help="input cache (default ~/.cache/nemovideo-worker)")
    p.add_argument("--cache-max-gb", type=float, default=None, metavar="GB",
                   help="the input cache's size before the least recently used inputs go (default 10)")
    p.add_argument("--name", default=None, help="worker name (default nemo-PID@HOST)")
    p = sub.add_parser("token", help="member tokens for a server shared by a team")
    tsub = p.add_subparsers(dest="token_cmd", required=True)
    t = tsub.add_parser("create", help="issue a token for member NAME (printed once, stored hashed)")
    t.add_argument("name")
    t.add_argument("--credits", type=int, default=None, help="credits of a new member (default 100); "
                   "an existing member's balance is topped up by N")
    t.add_argument("--days", type=float, default=365, help="validity in days (default 365)")
    t.add_argument("--out", type=Path, default=None, help="write the token to this file (0600) instead of stdout")
    t.add_argument("--data", type=Path, default=None)
    t = tsub.add_parser("revoke", help="withdraw every token of member NAME")
    t.add_argument("name")
    t.add_argument("--data", type=Path, default=None)
    t = tsub.add_parser("list", help="members and how many valid tokens each has")
    t.add_argument("--data", type=Path, default=None)
    p = sub.add_parser("start", help="start the engine in the background (if not running); print its URL")
    p.add_argument("--data", type=Path, default=None)
    p = sub.add_parser("stop", help="stop the background engine")
    p.add_argument("--data", type=Path, default=None)
    p = sub.add_parser("status", help="is the background engine running? with a broker: workers and queue")
    p.add_argument("--data", type=Path, default=None)
    p.add_argument("--broker", default=None, metavar="URL", help="also show this broker's workers and queue "
                   "(env NEMO_RENDER_BROKER)")
    p = sub.add_parser("credits", help="credits administration")
    csub = p.add_subparsers(dest="credits_cmd", required=True)
    add = csub.add_parser("add", help="top up a user's credits")
    add.add_argument("user")
    add.add_argument("amount", type=int)
    add.add_argument("--data", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except CliError as exc:
        print(f"nemo-local: {exc}", file=sys.stderr)
        return exc.code


def _engine_db(data: Path | None) -> object:
    _require_extra()
    from .db import Database
    from .engine_settings import Settings

    data_dir = Settings.from_env(data_dir=data).data_dir
    db_path = data_dir / "engine.sqlite3"
    if not db_path.is_file():
        raise CliError(f"no engine data in {data_dir}")
    return Database(db_path)


def _token(args: argparse.Namespace) -> int:
    from . import auth
    from .api_errors import ApiError

    db = _engine_db(args.data)
    try:
        if args.token_cmd == "create":
            info = auth.create_member_token(db, args.name, args.credits, args.days)  # type: ignore[arg-type]
            # the one time the token exists outside a hash: for the admin to hand over, never in a log
            if args.out is not None:
                import os

                fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "w") as fh:
                    fh.write(info["token"] + "\n")
            else:
                print(info["token"])
            print(f"member {info['user_id']}: {info['credits']} credits, token valid until {info['expires_at']} "
                  "(shown once; stored hashed)", file=sys.stderr)
        elif args.token_cmd == "revoke":
            n = auth.revoke_member(db, args.name)  # type: ignore[arg-type]
            print(f"revoked {n} token(s) of {args.name}")
        else:
            for m in auth.members(db):  # type: ignore[arg-type]
                print(f"{m['user_id']}\t{m['credits']} credits\t{m['valid_tokens']} valid token(s)")
    except ApiError as exc:
        raise CliError(exc.message, 2 if exc.status == 400 else 1) from None
    return 0


def _worker(args: argparse.Namespace) -> int:
    import os

    url = args.broker or os.environ.get("NEMO_RENDER_BROKER", "").strip()
    engine = args.engine or os.environ.get("NEMO_ENGINE_URL", "").strip()
    if not url:
        raise CliError("a worker needs --broker redis://HOST:PORT/N (or NEMO_RENDER_BROKER)", 2)
    if not engine:
        raise CliError("a worker needs --engine URL: the engine's address as this machine reaches it "
                       "(or NEMO_ENGINE_URL)", 2)
    if args.concurrency < 1:
        raise CliError("--concurrency must be at least 1", 2)
    if args.cache_max_gb is not None and not 0 < args.cache_max_gb < 1e6:  # (nan and inf are neither)
        raise CliError("--cache-max-gb must be a size in GB, more than 0", 2)
    _require_extra()
    _require_cluster()
    from .cluster import worker

    worker.setup_logging()
    config = worker.WorkerConfig(broker_url=url, engine_url=engine, concurrency=args.concurrency,
                                 cache_dir=(args.cache or worker.default_cache_dir()).expanduser(),
                                 name=args.name or worker.default_name(),
                                 cache_max_bytes=int((args.cache_max_gb or worker.DEFAULT_CACHE_GB) * 1024 ** 3))
    try:
        return worker.run(config)
    except worker.WorkerStartError as exc:
        raise CliError(str(exc), exc.code) from None


def _status(args: argparse.Namespace) -> int:
    import os

    from . import launcher

    url = launcher.running_url(args.data)
    print(url or "not running")
    broker_url = args.broker or os.environ.get("NEMO_RENDER_BROKER", "").strip()
    if not broker_url:
        return 0 if url else 1
    _require_cluster()
    from .cluster import broker, status

    try:
        for line in status.lines(broker_url):
            print(line)
    except broker.BrokerError as exc:
        raise CliError(str(exc), 1) from None
    return 0


def _run(args: argparse.Namespace) -> int:
    from . import launcher

    if args.cmd == "serve":
        serve(args.host, args.port, args.data, args.log_level, args.broker, args.allow_anonymous,
              args.allow_private_links)
        return 0
    if args.cmd == "worker":
        return _worker(args)
    if args.cmd == "token":
        return _token(args)
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
        return _status(args)
    if args.cmd == "credits":
        _require_extra()
        from . import ledger
        from .api_errors import ApiError
        from .db import Database
        from .engine_settings import Settings

        data_dir = Settings.from_env(data_dir=args.data).data_dir
        db_path = data_dir / "engine.sqlite3"
        if not db_path.is_file():
            print(f"nemo-local: no engine data in {data_dir}", file=sys.stderr)
            return 1
        try:
            bal = ledger.top_up(Database(db_path), args.user, args.amount)
        except ApiError as exc:
            print(f"nemo-local: {exc.message}", file=sys.stderr)
            return 1
        print(json.dumps({"user_id": args.user, **bal}))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
