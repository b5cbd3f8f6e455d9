"""Fetcher against real HTTP servers on 127.0.0.1: headers, caps, redirects, deadlines."""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import socket
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from werkzeug import Response

from tui import USER_AGENT
from tui.core.fetch import (
    Fetcher,
    is_public_address,
    parse_max_age,
    parse_retry_after,
)

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def hits(httpserver, path: str) -> int:
    """How many requests the pytest-httpserver saw for `path`."""
    return sum(1 for request, _ in httpserver.log if request.path == path)


def local_url(httpserver, path: str) -> str:
    """The server's URL by IP address (pytest-httpserver names it 'localhost')."""
    return f"http://127.0.0.1:{httpserver.port}{path}"


class RawServer:
    """A stdlib HTTP server in a thread, for answers werkzeug will not send (drips, chunks)."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()
        routes = self.routes
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                with server.lock:
                    server.active += 1
                    server.max_active = max(server.max_active, server.active)
                try:
                    routes[self.path](self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on purpose
                finally:
                    with server.lock:
                        server.active -= 1

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.close()


async def fetch(url: str, **kwargs) -> object:
    """One fetch with a fresh Fetcher; fetch options and Fetcher options split by name."""
    fetch_opts = {k: kwargs.pop(k) for k in ("etag", "last_modified", "allow_private") if k in kwargs}
    async with Fetcher(**kwargs) as fetcher:
        return await fetcher.fetch(url, **fetch_opts)


# --- headers and politeness ---------------------------------------------------------------


async def test_sends_user_agent_and_only_capped_encodings(httpserver):
    httpserver.expect_request("/feed").respond_with_data(FEED, content_type="application/rss+xml")
    result = await fetch(httpserver.url_for("/feed"))
    assert result.error is None and result.status == 200 and result.body == FEED
    request = httpserver.log[0][0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.headers["Accept-Encoding"] == "gzip, deflate"
    assert "?" not in request.url  # no cache-busting query


async def test_never_sends_cookies_back(httpserver):
    response = Response(FEED, headers={"Set-Cookie": "session=abc; Path=/"})
    httpserver.expect_request("/feed").respond_with_response(response)
    async with Fetcher() as fetcher:
        await fetcher.fetch(httpserver.url_for("/feed"))
        await fetcher.fetch(httpserver.url_for("/feed"))
    assert hits(httpserver, "/feed") == 2
    assert all("Cookie" not in request.headers for request, _ in httpserver.log)


async def test_conditional_headers_sent_back_exactly(httpserver):
    etag = 'W/"a b,c"'
    modified = "Tue, 18 Nov 2025 08:00:00 GMT"
    httpserver.expect_request("/feed").respond_with_data("", status=304, headers={"ETag": etag})
    result = await fetch(httpserver.url_for("/feed"), etag=etag, last_modified=modified)
    request = httpserver.log[0][0]
    assert request.headers["If-None-Match"] == etag
    assert request.headers["If-Modified-Since"] == modified
    assert result.not_modified and result.body == b"" and result.error is None


async def test_304_carries_new_validators_to_the_caller(raw_server):
    def not_modified(handler):
        # Werkzeug drops Last-Modified from 304 answers, so a raw server sends this one.
        handler.send_response(304)
        handler.send_header("ETag", '"v2"')
        handler.send_header("Last-Modified", "Wed, 19 Nov 2025 09:00:00 GMT")
        handler.end_headers()

    raw_server.routes["/feed"] = not_modified
    result = await fetch(raw_server.url("/feed"), etag='"v1"')
    assert result.not_modified and result.error is None
    assert result.headers["etag"] == '"v2"'
    assert result.headers["last-modified"] == "Wed, 19 Nov 2025 09:00:00 GMT"


async def test_no_conditional_headers_without_validators(httpserver):
    httpserver.expect_request("/feed").respond_with_data(FEED)
    await fetch(httpserver.url_for("/feed"))
    request = httpserver.log[0][0]
    assert "If-None-Match" not in request.headers and "If-Modified-Since" not in request.headers


async def test_error_status_is_a_sentence_and_no_body(httpserver):
    httpserver.expect_request("/feed").respond_with_data("gone", status=404)
    result = await fetch(httpserver.url_for("/feed"))
    assert result.status == 404 and result.body == b""
    assert result.error == "server answered 404 Not Found"


async def test_max_age_reported(httpserver):
    headers = {"Cache-Control": "public, max-age=1200"}
    httpserver.expect_request("/feed").respond_with_data(FEED, headers=headers)
    result = await fetch(httpserver.url_for("/feed"))
    assert result.max_age == 1200


def test_parse_max_age_forms():
    assert parse_max_age("max-age=60") == 60
    assert parse_max_age('no-transform, MAX-AGE="30"') == 30
    assert parse_max_age("no-cache") is None
    assert parse_max_age("max-age=soon") is None
    assert parse_max_age(None) is None


# --- Retry-After --------------------------------------------------------------------------

NOW = 1_763_600_000.0  # a fixed "now" for the injectable clock


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("5", 60.0),  # below the floor
        ("-30", 60.0),  # negative
        ("99999999", 86400.0),  # above the ceiling
        ("soon please", 3600.0),  # garbage -> the default
        ("", 3600.0),
        (email.utils.formatdate(NOW + 900, usegmt=True), 900.0),
        (email.utils.formatdate(NOW - 900, usegmt=True), 60.0),  # a date in the past
        (email.utils.formatdate(NOW + 10 * 86400, usegmt=True), 86400.0),
        (None, None),
    ],
)
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value, now=NOW) == expected


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_on_busy_answers(httpserver, status):
    when = email.utils.formatdate(NOW + 600, usegmt=True)
    httpserver.expect_request("/feed").respond_with_data(
        "busy", status=status, headers={"Retry-After": when}
    )
    result = await fetch(httpserver.url_for("/feed"), clock=lambda: NOW)
    assert result.status == status and result.retry_after == 600.0
    assert result.error.startswith(f"server answered {status} ")
    assert hits(httpserver, "/feed") == 1


async def test_retry_after_ignored_on_other_statuses(httpserver):
    httpserver.expect_request("/feed").respond_with_data(
        "no", status=500, headers={"Retry-After": "120"}
    )
    result = await fetch(httpserver.url_for("/feed"))
    assert result.retry_after is None and result.error


# --- redirects ----------------------------------------------------------------------------


def redirect(httpserver, path: str, target: str, status: int = 302) -> None:
    httpserver.expect_request(path).respond_with_data("", status=status, headers={"Location": target})


async def test_redirect_loop_stops_after_five(httpserver):
    redirect(httpserver, "/a", "/b")
    redirect(httpserver, "/b", "/a")
    result = await fetch(httpserver.url_for("/a"))
    assert "redirects" in result.error
    assert len(httpserver.log) == 6  # the first request and five redirects, then stop


async def test_redirect_to_file_scheme_refused(httpserver):
    redirect(httpserver, "/feed", "file:///etc/passwd")
    result = await fetch(httpserver.url_for("/feed"))
    assert result.error == "the server redirected to a non-http(s) address (file:)"
    assert result.body == b""


async def test_initial_non_http_url_refused():
    result = await fetch("file:///etc/passwd")
    assert result.error == "only http and https addresses can be fetched, not file:"


async def test_permanent_redirect_reports_new_url(httpserver):
    redirect(httpserver, "/old", "/new", status=301)
    httpserver.expect_request("/new").respond_with_data(FEED)
    result = await fetch(httpserver.url_for("/old"))
    assert result.error is None and result.body == FEED
    assert result.permanent_url == httpserver.url_for("/new")
    assert result.final_url == httpserver.url_for("/new")


async def test_permanent_chain_stops_at_first_temporary_hop(httpserver):
    redirect(httpserver, "/old", "/mid", status=308)
    redirect(httpserver, "/mid", "/today", status=302)
    httpserver.expect_request("/today").respond_with_data(FEED)
    result = await fetch(httpserver.url_for("/old"))
    assert result.permanent_url == httpserver.url_for("/mid")


async def test_temporary_redirect_is_not_permanent(httpserver):
    redirect(httpserver, "/old", "/mid", status=307)
    redirect(httpserver, "/mid", "/new", status=301)
    httpserver.expect_request("/new").respond_with_data(FEED)
    result = await fetch(httpserver.url_for("/old"))
    assert result.error is None and result.permanent_url is None


# --- caps ---------------------------------------------------------------------------------


async def test_honest_content_length_over_cap_refused_before_reading(raw_server):
    def big(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", str(5000))
        handler.end_headers()
        handler.wfile.write(b"x" * 5000)

    raw_server.routes["/big"] = big
    result = await fetch(raw_server.url("/big"), max_bytes=1000)
    assert result.error == "body larger than 1 kB"
    assert result.bytes_read == 0 and result.body == b""


async def test_chunked_body_stopped_when_cap_crossed(raw_server):
    sent = []

    def endless(handler):
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for _ in range(2000):  # 2000 x 1 kB would be 2 MB; the client must stop long before
            handler.wfile.write(b"400\r\n" + b"y" * 1024 + b"\r\n")
            handler.wfile.flush()
            sent.append(1)
        handler.wfile.write(b"0\r\n\r\n")

    raw_server.routes["/chunked"] = endless
    result = await fetch(raw_server.url("/chunked"), max_bytes=10_000)
    assert result.error == "body larger than 10 kB"
    assert 10_000 < result.bytes_read < 10_000 + 70_000
    assert result.body == b""


BOMB = gzip.compress(b"\0" * 30_000_000, compresslevel=9)
"""30 MB of zeros, ~30 kB on the wire."""


async def test_gzip_bomb_stopped(httpserver):
    httpserver.expect_request("/bomb").respond_with_data(BOMB, headers={"Content-Encoding": "gzip"})
    result = await fetch(httpserver.url_for("/bomb"), max_decoded=1_000_000)
    assert result.error == "body larger than 1 MB once decompressed"
    assert result.body == b"" and result.bytes_read <= len(BOMB)


BOMB_MEMORY_PROBE = """
import asyncio, gzip, threading, tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from tui.core.fetch import Fetcher
bomb = gzip.compress(b"\\0" * 30_000_000, compresslevel=9)

class Bomb(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(bomb)))
        self.end_headers()
        self.wfile.write(bomb)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Bomb)
threading.Thread(target=server.serve_forever, daemon=True).start()

async def main():
    url = f"http://127.0.0.1:{server.server_address[1]}/bomb"
    async with Fetcher(max_decoded=1_000_000) as fetcher:
        await fetcher.fetch(url)  # the first fetch's imports and connection are not the body's cost
        tracemalloc.start()
        result = await fetcher.fetch(url)
        print(result.error)
        print(tracemalloc.get_traced_memory()[1])

asyncio.run(main())
"""


def test_gzip_bomb_decoded_with_bounded_memory():
    # A fresh process: other tests' threads would blur the peak; the probe's own server sends only ~30 kB.
    repo_root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", BOMB_MEMORY_PROBE],
        capture_output=True, text=True, check=True, cwd=repo_root,
    )
    message, peak = out.stdout.strip().splitlines()
    assert message == "body larger than 1 MB once decompressed"
    assert int(peak) < 5_000_000  # about 2 MB measured; the expanded 30 MB never exists


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as the RFC says
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as servers send
        ("gzip, gzip", lambda data: gzip.compress(gzip.compress(data))),
        ("identity", lambda data: data),
    ],
)
async def test_compressed_bodies_decoded(httpserver, encoding, compress):
    httpserver.expect_request("/feed").respond_with_data(
        compress(FEED * 50), headers={"Content-Encoding": encoding}
    )
    result = await fetch(httpserver.url_for("/feed"))
    assert result.error is None and result.body == FEED * 50


async def test_truncated_gzip_is_an_error_not_a_partial_body(httpserver):
    data = gzip.compress(FEED * 50)
    httpserver.expect_request("/feed").respond_with_data(
        data[: len(data) // 2], headers={"Content-Encoding": "gzip"}
    )
    result = await fetch(httpserver.url_for("/feed"))
    assert result.error == "the gzip body was cut short" and result.body == b""


async def test_unsupported_encoding_refused(httpserver):
    httpserver.expect_request("/feed").respond_with_data(b"??", headers={"Content-Encoding": "br"})
    result = await fetch(httpserver.url_for("/feed"))
    assert result.error == "the server used an unsupported compression (br)"


async def test_slow_drip_killed_by_overall_deadline(raw_server):
    def drip(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        for _ in range(100):
            handler.wfile.write(b"<")
            handler.wfile.flush()
            threading.Event().wait(0.1)

    raw_server.routes["/drip"] = drip
    # Each byte arrives well inside any read timeout; only the overall deadline can stop it.
    result = await fetch(raw_server.url("/drip"), deadline=0.8)
    assert result.error == "no complete answer within 0.8 seconds"
    assert 0 < result.bytes_read < 100 and result.body == b""


# --- addresses and connections ------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1",
     "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1", "not-an-ip"],
)
def test_non_public_addresses(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111"])
def test_public_addresses(address):
    assert is_public_address(address)


async def test_private_address_blocked_for_articles(httpserver):
    httpserver.expect_request("/article").respond_with_data("<html></html>")
    result = await fetch(local_url(httpserver, "/article"), allow_private=False)
    assert result.error.startswith("refused to fetch 127.0.0.1: it is a private or local address")
    assert hits(httpserver, "/article") == 0


async def test_private_address_allowed_when_asked(httpserver):
    httpserver.expect_request("/article").respond_with_data("<html></html>")
    result = await fetch(httpserver.url_for("/article"), allow_private=True)
    assert result.error is None


async def test_dead_port_is_a_clear_error():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = await fetch(f"http://127.0.0.1:{port}/feed")
    assert result.status is None
    assert result.error == f"could not connect to 127.0.0.1:{port} (connection refused)"


async def test_per_host_limit_bounds_concurrent_requests(raw_server):
    def slow(handler):
        threading.Event().wait(0.05)
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(FEED)))
        handler.end_headers()
        handler.wfile.write(FEED)

    raw_server.routes["/slow"] = slow
    async with Fetcher(per_host_limit=2) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(raw_server.url("/slow")) for _ in range(8)))
    assert all(r.error is None for r in results)
    assert raw_server.max_active <= 2


async def test_304s_and_redirects_reuse_one_connection(raw_server):
    peers: list[tuple[str, int]] = []

    def not_modified(handler):
        peers.append(handler.client_address)
        handler.send_response(304)
        handler.send_header("ETag", '"v1"')
        handler.end_headers()

    def moved(handler):
        peers.append(handler.client_address)
        body = b"<p>moved</p>"
        handler.send_response(302)
        handler.send_header("Location", "/feed")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    raw_server.routes["/feed"] = not_modified
    raw_server.routes["/old"] = moved
    async with Fetcher() as fetcher:
        for _ in range(3):
            result = await fetcher.fetch(raw_server.url("/old"), etag='"v1"')
            assert result.not_modified and result.error is None
    # Six answers, one TCP connection: an unread 304 or redirect body no longer closes it.
    assert len(peers) == 6 and len(set(peers)) == 1


async def test_idle_origins_beyond_the_cap_are_closed(raw_server):
    peers: dict[int, list[tuple[str, int]]] = {}

    def ok(handler):
        peers.setdefault(handler.server.server_address[1], []).append(handler.client_address)
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(FEED)))
        handler.end_headers()
        handler.wfile.write(FEED)

    servers = [raw_server, RawServer(), RawServer()]  # three ports: three origins
    try:
        for server in servers:
            server.routes["/feed"] = ok
        async with Fetcher(max_idle_origins=1) as fetcher:
            for server in servers:
                assert (await fetcher.fetch(server.url("/feed"))).error is None
            # The origin used last keeps its connection; the oldest idle one was closed.
            assert (await fetcher.fetch(servers[-1].url("/feed"))).error is None
            assert (await fetcher.fetch(servers[0].url("/feed"))).error is None
        last, first = (peers[s.httpd.server_address[1]] for s in (servers[-1], servers[0]))
        assert last[0] == last[1]
        assert first[0] != first[1]
    finally:
        for server in servers[1:]:
            server.close()
