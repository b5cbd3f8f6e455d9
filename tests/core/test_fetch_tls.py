"""Fetcher against real HTTPS servers on 127.0.0.1 with a throwaway CA (trustme).

Certificates are always verified: a server whose CA the system does not trust is an error,
one the trust store (SSL_CERT_FILE) knows is fetched, and a redirect from plain http to https
is verified the same way. Plain-http origins never load the trust store.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest
import trustme
from pytest_httpserver import HTTPServer

from tui.core.fetch import Fetcher

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>tls</title></channel></rss>'


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https_server(ca: trustme.CA) -> Iterator[HTTPServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    server.expect_request("/feed").respond_with_data(FEED, content_type="application/rss+xml")
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def trusted(ca: trustme.CA, tmp_path, monkeypatch) -> None:
    """The throwaway CA in the trust store, the way a user's SSL_CERT_FILE puts it there."""
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))


async def get(url: str):
    async with Fetcher() as fetcher:
        return await fetcher.fetch(url)


async def test_an_untrusted_certificate_is_an_error(https_server):
    result = await get(f"https://127.0.0.1:{https_server.port}/feed")
    assert result.body in (b"", None) and "certificate" in (result.error or "").lower()


async def test_a_trusted_certificate_is_fetched(https_server, trusted):
    result = await get(f"https://127.0.0.1:{https_server.port}/feed")
    assert result.error is None and result.body == FEED


async def test_a_redirect_from_http_to_https_is_verified(https_server, httpserver, ca, tmp_path, monkeypatch):
    target = f"https://127.0.0.1:{https_server.port}/feed"
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": target})
    plain = f"http://127.0.0.1:{httpserver.port}/old"
    refused = await get(plain)
    assert "certificate" in (refused.error or "").lower()
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    followed = await get(plain)
    assert followed.error is None and followed.body == FEED and followed.final_url == target


async def test_a_plain_http_feed_never_loads_the_trust_store(httpserver, tmp_path, monkeypatch):
    # Plain-http origins get a context with no CA at all: they are fetched even when the trust
    # store cannot be read, which an https origin then reports as one sentence.
    broken = tmp_path / "broken.pem"
    broken.write_text("not a certificate\n")
    monkeypatch.setenv("SSL_CERT_FILE", str(broken))
    httpserver.expect_request("/feed").respond_with_data(FEED, content_type="application/rss+xml")
    async with Fetcher() as fetcher:
        plain = await fetcher.fetch(f"http://127.0.0.1:{httpserver.port}/feed")
        secure = await fetcher.fetch(f"https://127.0.0.1:{httpserver.port}/feed")
    assert plain.error is None and plain.body == FEED
    assert secure.error and secure.body in (b"", None) and "\n" not in secure.error
