"""httpx calls for tests against a server on 127.0.0.1, with a generous timeout.

httpx's default 5 s read timeout is a timing assertion in disguise: on the 2-core CI machine, with
every xdist worker rendering, a first page load (thumbnails, waveforms) once took longer and failed
a test that checks what the page says, not how fast it is. Tests do not time things (bench/ does).
"""

from __future__ import annotations

import functools

import httpx

TIMEOUT = 60.0

get = functools.partial(httpx.get, timeout=TIMEOUT, trust_env=False)
post = functools.partial(httpx.post, timeout=TIMEOUT, trust_env=False)
Client = functools.partial(httpx.Client, timeout=TIMEOUT, trust_env=False)
