"""scripts/credits: the credit balance (available, frozen by work in progress, total)."""

from __future__ import annotations

import argparse

from .common import Context, parser, run


def build() -> argparse.ArgumentParser:
    return parser("credits", "Show the credit balance: available, frozen (reserved by work in progress) and total.")


def _int(value: object) -> int | float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def command(args: argparse.Namespace, ctx: Context) -> int:
    api = ctx.make_api()
    data = api.call("GET", "/api/credits/balance/simple")
    data = data if isinstance(data, dict) else {}
    available, frozen, total = _int(data.get("available")), _int(data.get("frozen")), _int(data.get("total"))
    if total is None and available is not None:
        total = available + (frozen or 0)
    ctx.emit(
        {"available": available, "frozen": frozen, "total": total},
        f"Credits: {available if available is not None else '?'} available, "
        f"{frozen if frozen is not None else 0} frozen, {total if total is not None else '?'} total",
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build, command, argv)
