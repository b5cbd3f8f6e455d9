"""HTTP for feeds and articles: one AsyncClient, caps, conditional GET, politeness.

Everything a server sends is hostile: bodies are capped before and while reading, compressed
bodies are decompressed here with an output cap (httpx's decoders have none), the whole request
runs under one deadline (httpx's read timeout restarts on every chunk, so a drip never trips it),
and redirects are followed by hand so every hop can be checked.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx

from tui import USER_AGENT
from tui.core.sanitize import clean_line
from tui.core.urls import is_local_host, is_public_address

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
RETRY_AFTER_STATUSES = frozenset({429, 503})
RETRY_AFTER_MIN = 60.0
RETRY_AFTER_MAX = 86400.0
RETRY_AFTER_DEFAULT = 3600.0
"""Used when a server sends a Retry-After we cannot read: polite, and never hammering."""
VALIDATORS = frozenset({"etag", "last-modified"})
"""Header values sent back to the server exactly as received, so never rewritten."""
MAX_HEADER_TEXT = 8192
MAX_ERROR_TEXT = 500
CONNECT_TO = "warfeed.connect_to"
"""Request extension naming the checked addresses the transport may connect to, in order."""
MAX_ADDRESSES = 3
"""Addresses tried in turn when a connection is refused (an IPv6 one, then IPv4 ones)."""
DNS_TTL = 60.0
"""Seconds a checked answer is reused: the connection goes to it, so caching cannot be rebound."""


ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)
# Only encodings we can decompress with a cap; br/zstd would need their own capped decoders.
ACCEPT_ENCODING = "gzip, deflate"
_NO_TLS = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
"""For plain-http origins: verifies hostnames and certificates but trusts no CA, so no TLS
connection can ever succeed with it."""


@dataclass(slots=True)
class FetchResult:
    """What one fetch produced; `error` is one clear sentence when it failed."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    not_modified: bool = False
    permanent_url: str | None = None
    """Where a 301/308 chain (from the first hop on) ended: the feed's new address."""
    retry_after: float | None = None
    """Seconds from now before the server wants another request (429/503), clamped."""
    max_age: int | None = None
    error: str | None = None
    elapsed: float = 0.0
    bytes_read: int = 0
    timed_out: bool = False
    """The server took the request but gave no complete answer within the deadline."""

    @property
    def ok(self) -> bool:
        """True when a usable answer (a 2xx body or a 304) came back."""
        return self.error is None


class FetchFailed(Exception):
    """A fetch stopped for a reason the user should read (internal; fetch() never raises it)."""


class _NoCookies(DefaultCookiePolicy):
    """A policy that accepts and returns no cookie, so no request ever carries one."""

    def set_ok(self, cookie, request):  # noqa: ANN001 - stdlib signature
        return False

    def return_ok(self, cookie, request):  # noqa: ANN001
        return False


def size_text(n: int) -> str:
    """10_000_000 -> '10 MB', 2048 -> '2 kB': sizes as users read them in error messages."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1000:
        return f"{n / 1000:g} kB"
    return f"{n} bytes"


def status_text(status: int) -> str:
    """503 -> '503 Service Unavailable' (just the number for unknown codes)."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Retry-After (delta seconds or an HTTP date) -> seconds from now, clamped to [60 s, 24 h].

    A missing header gives None; a garbled one gives a default hour rather than no wait at all,
    because the server did ask us to back off.
    """
    if value is None:
        return None
    text = value.strip()
    seconds: float | None = None
    if text.lstrip("-").isdigit():
        seconds = float(int(text))
    elif text:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            when = None
        if when is not None and when.tzinfo is not None:
            seconds = when.timestamp() - now
    if seconds is None:
        return RETRY_AFTER_DEFAULT
    return min(max(seconds, RETRY_AFTER_MIN), RETRY_AFTER_MAX)


def parse_max_age(cache_control: str | None) -> int | None:
    """`Cache-Control: public, max-age=600` -> 600; absent or unreadable -> None."""
    if not cache_control:
        return None
    for directive in cache_control.split(","):
        name, _, value = directive.strip().partition("=")
        if name.strip().lower() == "max-age":
            value = value.strip().strip('"')
            if value.isdigit():
                return int(value)
    return None


@functools.lru_cache(maxsize=4096)
def origin_key(url: str) -> str:
    """The politeness unit for concurrency limits and Retry-After: host and port."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return url
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return f"{parsed.host.lower()}:{port}"


class _Inflater:
    """Capped decompression for one Content-Encoding layer (gzip or deflate)."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding
        self.limit = limit
        self.produced = 0
        self._obj: zlib._Decompress | None = None
        if encoding == "gzip":
            self._obj = zlib.decompressobj(wbits=47)  # 32 + 15: gzip or zlib header

    def feed(self, data: bytes) -> bytes:
        """Decompress `data`; refuse as soon as the output would pass the limit."""
        if not data:
            return b""
        if self._obj is None:
            # "deflate" should be zlib-wrapped, but many servers send raw deflate.
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._obj = zlib.decompressobj(wbits=15 if wrapped else -15)
        out = []
        while data:
            try:
                chunk = self._obj.decompress(data, self.limit - self.produced + 1)
            except zlib.error as exc:
                raise FetchFailed(f"the {self.encoding} body is damaged ({exc})") from None
            self.produced += len(chunk)
            if self.produced > self.limit:
                raise FetchFailed(f"body larger than {size_text(self.limit)} once decompressed")
            out.append(chunk)
            data = self._obj.unconsumed_tail
            if self._obj.eof and self._obj.unused_data:
                # A second gzip member follows (concatenated gzip is legal).
                data = self._obj.unused_data
                self._obj = zlib.decompressobj(wbits=47)
        return b"".join(out)

    def finish(self) -> bytes:
        """End of body: a stream cut short is an error, not a partial document."""
        if self._obj is None:
            return b""
        if not self._obj.eof:
            raise FetchFailed(f"the {self.encoding} body was cut short")
        return b""


class _Decoder:
    """Undo a Content-Encoding list (applied in order, so undone in reverse), capped."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        layers = []
        for token in content_encoding.lower().split(","):
            token = token.strip()
            if token in ("", "identity"):
                continue
            if token in ("gzip", "x-gzip"):
                layers.append(_Inflater("gzip", limit))
            elif token == "deflate":
                layers.append(_Inflater("deflate", limit))
            else:
                raise FetchFailed(f"the server used an unsupported compression ({token})")
        self.layers = list(reversed(layers))

    def feed(self, data: bytes) -> bytes:
        """Pass one raw chunk through every layer."""
        for layer in self.layers:
            data = layer.feed(data)
        return data

    def finish(self) -> bytes:
        """Check every layer ended cleanly."""
        for layer in self.layers:
            layer.finish()
        return b""


def _network_error(exc: httpx.HTTPError, url: str) -> str:
    """Turn an httpx transport error into one sentence naming the server."""
    host = origin_key(url)
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return f"could not connect to {host} (timed out)"
    if isinstance(exc, httpx.ConnectError):
        lowered = text.lower()
        if "name or service" in lowered or "nodename" in lowered or "getaddrinfo" in lowered:
            return f"could not resolve the host {host.rsplit(':', 1)[0]}"
        if "refused" in lowered or "all connection attempts failed" in lowered:
            return f"could not connect to {host} (connection refused)"
        if "ssl" in lowered or "certificate" in lowered:
            return f"secure connection to {host} failed ({text})"
        return f"could not connect to {host} ({text})"
    if isinstance(exc, httpx.TimeoutException):
        return f"{host} stopped answering (timed out)"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"{host} broke the HTTP protocol ({text})"
    return f"network error talking to {host} ({text})"


class _PerOriginTransport(httpx.AsyncBaseTransport):
    """One small connection pool per origin, each request sent only to its checked addresses.

    A public transport (httpx.AsyncBaseTransport) that the client sends through. httpcore's
    pool probes every idle connection it holds each time it places a request, so one big pool
    for hundreds of hosts costs CPU per request that grows with the host count; pools of at
    most `per_host` connections keep placement cheap. Idle origins beyond `max_idle_origins`
    are closed, least recently used first, so a list of many hosts cannot pile up sockets.
    """

    def __init__(self, per_host: int, max_idle_origins: int = 64) -> None:
        self.per_host = per_host
        self.max_idle_origins = max_idle_origins
        self._pools: dict[tuple[bytes, bytes, int | None], httpx.AsyncHTTPTransport] = {}
        self._busy: dict[tuple[bytes, bytes, int | None], int] = {}
        self._ssl_context: ssl.SSLContext | None = None

    def _new_pool(self, scheme: bytes) -> httpx.AsyncHTTPTransport:
        # A plain-http origin never does TLS (a redirect to https is another origin): a context
        # with no CA loaded, which would refuse any certificate, spares http-only polls the
        # loading of the CA bundle.
        if scheme == b"https" and self._ssl_context is None:
            # One context shared by every https pool: the CA bundle is slow to load.
            self._ssl_context = httpx.create_ssl_context()
        context = self._ssl_context if scheme == b"https" else _NO_TLS
        limits = httpx.Limits(max_connections=self.per_host, max_keepalive_connections=self.per_host)
        return httpx.AsyncHTTPTransport(verify=context, limits=limits)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` to one of the addresses in its CONNECT_TO extension, never by name."""
        url = request.url
        addresses = request.extensions.get(CONNECT_TO)
        if not addresses:
            # Resolving here would let the name point somewhere other than what was checked.
            raise httpx.ConnectError("no checked address to connect to", request=request)
        key = (url.raw_scheme, url.raw_host, url.port)
        pool = self._pools.pop(key, None)
        if pool is None:
            pool = self._new_pool(url.raw_scheme)
        self._pools[key] = pool  # re-inserted: the dict's order is least recently used first
        self._busy[key] = self._busy.get(key, 0) + 1
        try:
            response = await _send_to_addresses(pool, request, addresses)
        except BaseException:
            self._release(key)
            raise
        response.stream = _ReleasingStream(response.stream, lambda: self._release(key))
        return response

    def _release(self, key: tuple[bytes, bytes, int | None]) -> None:
        self._busy[key] -= 1
        if not self._busy[key]:
            del self._busy[key]
        if len(self._pools) - len(self._busy) <= self.max_idle_origins:
            return
        idle = [k for k in self._pools if k not in self._busy]
        for old in idle[: max(len(idle) - self.max_idle_origins, 0)]:
            pool = self._pools.pop(old)
            # Closing needs the event loop; the pool has no request in flight.
            asyncio.get_running_loop().create_task(pool.aclose())

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()


async def _send_to_addresses(
    pool: httpx.AsyncHTTPTransport, request: httpx.Request, addresses: list[str]
) -> httpx.Response:
    """The request sent to each checked address in turn until one connects.

    The URL carries the address; the Host header and TLS (SNI and certificate check) keep the
    name. Pools are per name, so a connection made for one name never serves another.
    """
    url = request.url
    host = url.raw_host.decode("ascii")
    extensions = {k: v for k, v in request.extensions.items() if k != CONNECT_TO}
    if _ip_literal(host) is None:
        # httpx's documented request extension: TLS sends and verifies the name, not the address.
        extensions["sni_hostname"] = host
    failure: httpx.ConnectError | None = None
    for address in addresses[:MAX_ADDRESSES]:
        wire = httpx.Request(request.method, _at_address(url, address), headers=request.headers,
                             stream=request.stream, extensions=extensions)
        try:
            return await pool.handle_async_request(wire)
        except httpx.ConnectError as exc:
            failure = exc
    assert failure is not None
    raise failure


@functools.lru_cache(maxsize=4096)
def _at_address(url: httpx.URL, address: str) -> httpx.URL:
    """`url` with its host replaced by a checked address; cached, as copy_with parses anew."""
    return url.copy_with(host=address)


def _ip_literal(host: str) -> str | None:
    """The address a host written as an IP literal names (brackets allowed), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]")).compressed
    except ValueError:
        return None


class _ReleasingStream(httpx.AsyncByteStream):
    """A response stream that tells its origin pool when the response is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, on_close: Callable[[], None]) -> None:
        self._stream = stream
        self._on_close: Callable[[], None] | None = on_close

    async def __aiter__(self):
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            on_close, self._on_close = self._on_close, None
            if on_close is not None:
                on_close()


class Fetcher:
    """Owns the one httpx.AsyncClient; every feed and article request goes through `fetch`."""

    def __init__(
        self,
        *,
        max_bytes: int = 10_000_000,
        max_decoded: int = 50_000_000,
        deadline: float = 30.0,
        max_redirects: int = 5,
        total_limit: int = 128,
        per_host_limit: int = 4,
        max_idle_origins: int = 64,
        user_agent: str = USER_AGENT,
        clock: Callable[[], float] = time.time,
        resolver: Callable[[str, int], list[str]] | None = None,
        is_public: Callable[[str], bool] = is_public_address,
    ) -> None:
        """`resolver(host, port)` -> addresses replaces the system's name lookup (blocking; it runs
        in a thread), and `is_public(address)` decides which addresses count as public: tests
        use both to stand loopback servers in for public and rebinding hosts."""
        self.max_bytes = max_bytes
        self.max_decoded = max_decoded
        self.deadline = deadline
        self.max_redirects = max_redirects
        self.per_host_limit = per_host_limit
        self.clock = clock
        self._resolver = resolver
        self._is_public = is_public
        self._answers: dict[tuple[str, int], tuple[float, list[str]]] = {}
        self._total = asyncio.Semaphore(total_limit)
        self._per_host: dict[str, asyncio.Semaphore] = {}
        self._transport = _PerOriginTransport(per_host_limit, max_idle_origins)
        self._client = httpx.AsyncClient(
            headers={
                "User-Agent": user_agent,
                "Accept": ACCEPT,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            # A bare CookieJar is used as is (httpx.Cookies would copy it into a default jar).
            cookies=CookieJar(policy=_NoCookies()),
            follow_redirects=False,
            # The real stop is the per-request deadline; these only bound each phase.
            timeout=httpx.Timeout(deadline),
            transport=self._transport,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the shared client and its connections."""
        await self._client.aclose()

    def _host_semaphore(self, url: str) -> asyncio.Semaphore:
        key = origin_key(url)
        sem = self._per_host.get(key)
        if sem is None:
            sem = self._per_host[key] = asyncio.Semaphore(self.per_host_limit)
        return sem

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        allow_private: bool | None = None,
    ) -> FetchResult:
        """GET `url` with caps, conditional headers and checked redirects; never raises for I/O.

        Every hop connects only to addresses checked against the policy: `allow_private=True`
        allows any, False only public ones (articles), and None is the feed policy: a URL on a
        local host (a private or loopback IP, localhost, a local-only name) may use local
        addresses on every hop, any other URL must reach only public ones, redirects included.
        """
        loop = asyncio.get_running_loop()
        started = loop.time()
        result = FetchResult(url=url, final_url=url)
        headers: dict[str, str] = {}
        # Validators go back byte for byte: servers compare them as opaque strings.
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            await self._follow(result, headers, allow_private, loop)
        except FetchFailed as exc:
            result.error = str(exc)
        except httpx.HTTPError as exc:
            result.error = _network_error(exc, result.final_url)
            result.timed_out = isinstance(exc, httpx.TimeoutException)
        except (httpx.InvalidURL, httpx.StreamError, OSError, ValueError) as exc:
            result.error = f"could not fetch {result.final_url} ({exc})"
        if result.error is not None:
            # Errors quote server data (encoding tokens, addresses, protocol complaints).
            result.error = clean_line(result.error, limit=MAX_ERROR_TEXT)
            result.body = b""
            # A move is only news when the new address answered (and passed the policy).
            result.permanent_url = None
        result.elapsed = loop.time() - started
        return result

    async def _follow(
        self,
        result: FetchResult,
        headers: dict[str, str],
        allow_private: bool,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        """Request hop after hop until a final answer; fills `result`."""
        current = result.url
        spent = 0.0
        permanent_chain = True
        if allow_private is None:
            parts = _scheme_and_host(current)
            local_ok = parts is not None and is_local_host(parts[1])
        else:
            local_ok = allow_private
        for hop in range(self.max_redirects + 1):
            _check_scheme(current, first=hop == 0)
            # Waiting for a free slot is politeness, not server slowness: only time spent
            # talking to servers counts against the deadline. The host's slot first: a request
            # queued behind a host that hangs must not hold one of the shared slots meanwhile.
            async with self._host_semaphore(current), self._total:
                hop_started = loop.time()
                try:
                    async with asyncio.timeout(max(self.deadline - spent, 0.001)):
                        addresses = await self._checked_addresses(current, local_ok, allow_private)
                        location = await self._request(result, current, headers, addresses)
                except TimeoutError:
                    result.timed_out = True
                    raise FetchFailed(
                        f"no complete answer within {self.deadline:g} seconds"
                    ) from None
                finally:
                    spent += loop.time() - hop_started
            if location is None:
                return
            status = result.status
            if permanent_chain and status in PERMANENT_REDIRECTS:
                result.permanent_url = location
            else:
                permanent_chain = False
            current = location
            result.final_url = location
        raise FetchFailed(f"more than {self.max_redirects} redirects (a redirect loop?)")

    async def _checked_addresses(self, url: str, local_ok: bool, allow_private: bool | None) -> list[str]:
        """The addresses `url`'s host resolves to, all allowed by the policy; else FetchFailed."""
        parsed = _parsed(url)  # not None: _check_scheme passed
        host = parsed.raw_host.decode("ascii")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        literal = _ip_literal(host)
        addresses = [literal] if literal is not None else await self._lookup(host, port)
        if not local_ok:
            for address in addresses:
                if not self._is_public(address):
                    why = ("a setting allows such addresses" if allow_private is False
                           else "only a feed configured on a local address may use one")
                    raise FetchFailed(
                        f"refused to fetch {parsed.host}: it is a private or local address "
                        f"({address}); {why}"
                    )
        return addresses

    async def _lookup(self, host: str, port: int) -> list[str]:
        """Resolve once per DNS_TTL; the answer is both what is checked and what is connected to."""
        key = (host, port)
        now = time.monotonic()
        cached = self._answers.get(key)
        if cached is not None and cached[0] > now:
            return cached[1]
        try:
            if self._resolver is not None:
                found = await asyncio.to_thread(self._resolver, host, port)
            else:
                infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
                found = [info[4][0] for info in infos]
        except (OSError, UnicodeError):
            raise FetchFailed(f"could not resolve the host {host}") from None
        addresses = list(dict.fromkeys(found))
        if not addresses:
            raise FetchFailed(f"could not resolve the host {host}")
        if len(self._answers) > 4096:
            self._answers.clear()
        self._answers[key] = (now + DNS_TTL, addresses)
        return addresses

    async def _request(
        self, result: FetchResult, url: str, headers: dict[str, str], addresses: list[str]
    ) -> str | None:
        """One GET to one of `addresses`; returns the next hop's URL for a redirect, else None."""
        request = self._client.build_request("GET", _parsed(url), headers=headers,
                                             extensions={CONNECT_TO: addresses})
        response = await self._client.send(request, stream=True)
        try:
            result.status = response.status_code
            result.headers = _clean_headers(response.headers)
            result.max_age = parse_max_age(response.headers.get("cache-control"))
            status = response.status_code
            if status in REDIRECT_STATUSES:
                location = response.headers.get("location", "").strip()
                if not location:
                    raise FetchFailed(f"server answered {status_text(status)} without a target")
                try:
                    target = str(response.url.join(location))
                except (httpx.InvalidURL, ValueError):
                    raise FetchFailed("the server redirected to an invalid address") from None
                await _drain(response)
                return target
            if status == 304:
                result.not_modified = True
                await _drain(response)
                return None
            if not 200 <= status < 300:
                message = f"server answered {status_text(status)}"
                if status in RETRY_AFTER_STATUSES:
                    result.retry_after = parse_retry_after(
                        response.headers.get("retry-after"), now=self.clock()
                    )
                raise FetchFailed(message)
            result.body = await self._read_body(result, response)
            return None
        finally:
            await response.aclose()

    async def _read_body(self, result: FetchResult, response: httpx.Response) -> bytes:
        """Stream the raw bytes under both caps; never hand back a partial body."""
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchFailed(f"body larger than {size_text(self.max_bytes)}")
        decoder = _Decoder(response.headers.get("content-encoding", ""), self.max_decoded)
        parts: list[bytes] = []
        async for chunk in response.aiter_raw():
            result.bytes_read += len(chunk)
            if result.bytes_read > self.max_bytes:
                raise FetchFailed(f"body larger than {size_text(self.max_bytes)}")
            parts.append(decoder.feed(chunk))
        decoder.finish()
        return b"".join(parts)


def _clean_headers(headers: httpx.Headers) -> dict[str, str]:
    """Header values with names lower-cased, sanitised at this boundary (except validators).

    Header values are server text that later turns up in messages and on screens; h11 lets ESC
    and (as latin-1) C1 controls through.
    """
    cleaned: dict[str, str] = {}
    for name, value in headers.items():
        name = name.lower()
        if name not in VALIDATORS and not (value.isascii() and value.isprintable()):
            value = clean_line(value, limit=MAX_HEADER_TEXT)
        cleaned[name] = value
    return cleaned


async def _drain(response: httpx.Response, limit: int = 65536) -> None:
    """Read a small unwanted body (304, redirect) so its connection can be reused.

    httpcore closes a connection whose response was closed unread; for an all-304 cycle that
    meant a new TCP connection for every feed. A body over `limit` is not worth the wait.
    """
    read = 0
    async for chunk in response.aiter_raw():
        read += len(chunk)
        if read > limit:
            return


@functools.lru_cache(maxsize=4096)
def _parsed(url: str) -> httpx.URL | None:
    """The URL parsed once (httpx.URL is immutable), None when it does not parse; cached
    because the poller asks for the same few hundred feed URLs every cycle and httpx's URL
    parsing is not cheap."""
    try:
        return httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return None


def _scheme_and_host(url: str) -> tuple[str, str] | None:
    """(scheme, host) of a URL, None when it does not parse."""
    parsed = _parsed(url)
    return None if parsed is None else (parsed.scheme, parsed.host)


def _check_scheme(url: str, *, first: bool) -> None:
    """Only http(s) with a host, at the start and on every redirect hop."""
    parts = _scheme_and_host(url)
    if parts is None:
        raise FetchFailed(f"not a valid web address: {url[:200]}")
    scheme_name, host = parts
    if scheme_name not in ("http", "https"):
        scheme = f"{scheme_name}:" if scheme_name else "an address without a scheme"
        if first:
            raise FetchFailed(f"only http and https addresses can be fetched, not {scheme}")
        raise FetchFailed(f"the server redirected to a non-http(s) address ({scheme})")
    if not host:
        raise FetchFailed(f"not a valid web address: {url[:200]}")
