"""The engine's access log without credentials from query strings.

Two kinds of link carry a credential in the query on purpose: a claim link (``/workspace/claim?ct=…``,
the page a person opens) and a worker's signed URL (``/cluster/t/…?exp=…&sig=…``). uvicorn's access
log would write them whole to a log file that outlives both; the values are replaced with ``…``
(the names stay, so the line still says what was asked).
"""

from __future__ import annotations

import logging
import re

_VALUE = re.compile(r"(?<=[?&])([^=&#]+)=[^&#]*")


def redact(path: str) -> str:
    """``path`` with the value of every query parameter replaced by ``…``."""
    head, sep, query = path.partition("?")
    return head + sep + _VALUE.sub(r"\1=…", sep + query)[1:] if sep else path


class RedactQuery(logging.Filter):
    """For uvicorn's access logger, whose records carry (client, method, path, http version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str) and "?" in args[2]:
            record.args = (args[0], args[1], redact(args[2]), args[3], args[4])
        return True


def install() -> None:
    """Filter uvicorn's access log (call once uvicorn has configured logging)."""
    logging.getLogger("uvicorn.access").addFilter(RedactQuery())
