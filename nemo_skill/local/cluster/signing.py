"""URLs the engine signs for one render task: HMAC-SHA256 over (task id, capability, expiry).

The key lives in the engine's data dir (``cluster.key``, 0600) so that signed URLs outlive an engine
restart. A capability is ``media/<id>`` (one input), ``out`` (the task's result files) or ``ctl``
(claim, progress, done, fail). The task id names one attempt of one part of one render, so a URL is
useless for any other render, and the routes refuse it too once that attempt is over.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
import urllib.parse
from pathlib import Path

KEY_FILE = "cluster.key"


def load_key(data_dir: Path) -> bytes:
    path = Path(data_dir) / KEY_FILE
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except FileNotFoundError:
        pass
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


class Signer:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def signature(self, task_id: str, capability: str, expires: int) -> str:
        mac = hmac.new(self._key, f"{task_id}\n{capability}\n{expires}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac[:24]).decode().rstrip("=")

    def path(self, task_id: str, capability: str, expires: int) -> str:
        """``/cluster/t/<task>/<capability>?exp=..&sig=..`` (relative: each worker knows the engine's URL)."""
        query = urllib.parse.urlencode({"exp": expires, "sig": self.signature(task_id, capability, expires)})
        return f"/cluster/t/{task_id}/{capability}?{query}"

    def check(self, task_id: str, capability: str, expires: str | None, sig: str | None) -> str | None:
        """None when valid, else why not (for a 403)."""
        if not expires or not sig or not expires.isdigit():
            return "missing or malformed signature"
        good = self.signature(task_id, capability, int(expires))
        if not hmac.compare_digest(good, sig):
            return "bad signature"
        if int(expires) < time.time():
            return "signed URL expired"
        return None
