"""URL uploads: http(s) only, streamed to a .part file with a size cap and an overall time limit.

On a server for a team (``Settings.allow_private_links`` off, the default beyond loopback) a link
must not reach the server's neighbours or a cloud metadata address: every hop's host name is
resolved and refused when any of its addresses is loopback, private, link-local or otherwise not
global (``LinkGuard``); redirects are followed one at a time and checked the same way; and the
address actually connected to is checked again, so a name that resolves differently the second
time (DNS rebinding) is refused too. ``NEMO_LOCAL_LINK_ALLOW`` lists networks allowed anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import urllib.parse
from pathlib import Path

import httpx

from .api_errors import TOO_LARGE, ApiError, http
from .engine_settings import Settings
from .storage import Incoming, display_name


def check_url(url: object) -> str:
    if not isinstance(url, str) or len(url) > 4096:
        raise http(400, "each URL must be a string of at most 4096 characters")
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise http(400, f"only http and https URLs can be uploaded, not {parts.scheme or 'this'}: {url[:200]}")
    return url.strip()


def _filename(url: str, response: httpx.Response) -> str:
    disposition = response.headers.get("content-disposition", "")
    if "filename=" in disposition:
        name = disposition.split("filename=", 1)[1].split(";", 1)[0].strip().strip('"')
        if name:
            return display_name(name)
    path = urllib.parse.unquote(urllib.parse.urlsplit(str(response.url)).path)
    return display_name(path.rsplit("/", 1)[-1] or "download")


MAX_REDIRECTS = 5
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class LinkGuard:
    """Which addresses a link upload may reach; ``None`` when any may (a loopback-only engine)."""

    def __init__(self, allow_networks: tuple[str, ...] = ()) -> None:
        try:
            self.allow = [ipaddress.ip_network(n, strict=False) for n in allow_networks]
        except ValueError as exc:
            raise SystemExit(f"NEMO_LOCAL_LINK_ALLOW: {exc}") from None

    def refused(self, address: str) -> bool:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if any(ip in net for net in self.allow):
            return False
        return not ip.is_global or ip.is_multicast

    async def check_host(self, url: httpx.URL) -> None:
        host = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError:
            raise http(400, f"could not resolve the host of {str(url)[:200]}") from None
        for info in infos:
            address = str(info[4][0])
            if self.refused(address):
                raise _private(url, address)

    def check_peer(self, url: httpx.URL, response: httpx.Response) -> None:
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if not peer:
            raise http(400, f"could not tell which address {str(url)[:200]} connected to")
        if self.refused(str(peer[0])):
            raise _private(url, str(peer[0]))


def _private(url: httpx.URL, address: str) -> ApiError:
    return http(400, f"links to loopback, private or link-local addresses are refused on this server: "
                     f"{str(url)[:200]} ({address})")


def guard_for(settings: Settings) -> LinkGuard | None:
    return None if settings.allow_private_links else LinkGuard(settings.link_allow_networks)


async def fetch(urls: list[str], settings: Settings, media_root: Path, user_id: str) -> list[Incoming]:
    checked = [check_url(u) for u in urls]
    if not checked:
        raise http(400, "no URLs given")
    if len(checked) > settings.url_max_count:
        raise http(400, f"at most {settings.url_max_count} URLs per upload")
    received: list[Incoming] = []
    try:
        guard = guard_for(settings)
        # a guarded server connects itself (no proxy from the environment), so the peer check means something
        async with httpx.AsyncClient(follow_redirects=False, trust_env=guard is None,
                                     timeout=httpx.Timeout(30.0, connect=10.0)) as client:
            for url in checked:
                try:
                    inc = await asyncio.wait_for(_fetch_one(client, url, settings, media_root, user_id, guard),
                                                 timeout=settings.url_timeout_seconds)
                except TimeoutError:
                    raise http(408, f"download took longer than {settings.url_timeout_seconds:g} s: {url[:200]}") from None
                except httpx.HTTPError as exc:
                    raise http(400, f"could not download {url[:200]}: {type(exc).__name__}") from None
                received.append(inc)
    except BaseException:
        for inc in received:
            inc.discard()
        raise
    return received


async def _open(client: httpx.AsyncClient, url: str, guard: LinkGuard | None) -> httpx.Response:
    """The response at the end of at most MAX_REDIRECTS redirects, each hop checked by ``guard``."""
    target = httpx.URL(url)
    for _ in range(MAX_REDIRECTS + 1):
        if target.scheme not in ("http", "https"):
            raise http(400, f"redirected to a non-http URL: {url[:200]}")
        if guard is not None:
            await guard.check_host(target)
        response = await client.send(client.build_request("GET", target), stream=True)
        try:
            if guard is not None:
                guard.check_peer(target, response)
        except BaseException:
            await response.aclose()
            raise
        if not response.is_redirect or response.next_request is None:
            return response
        target = response.next_request.url
        await response.aclose()
    raise http(400, f"more than {MAX_REDIRECTS} redirects: {url[:200]}")


async def _fetch_one(client: httpx.AsyncClient, url: str, settings: Settings, media_root: Path,
                     user_id: str, guard: LinkGuard | None = None) -> Incoming:
    response = await _open(client, url, guard)
    async with contextlib.aclosing(response):
        if response.status_code >= 400:
            raise http(400, f"download failed with HTTP {response.status_code}: {url[:200]}")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.url_max_bytes:
            raise ApiError(TOO_LARGE, f"{url[:200]}: file too large (max {settings.url_max_bytes} bytes)")
        inc = Incoming(media_root, user_id, _filename(url, response))
        try:
            async for chunk in response.aiter_bytes():
                if inc.size + len(chunk) > min(settings.url_max_bytes, settings.max_upload_bytes):
                    raise ApiError(TOO_LARGE, f"{url[:200]}: file too large")
                inc.write(chunk)
        except BaseException:
            inc.discard()
            raise
        inc.close()
        return inc

