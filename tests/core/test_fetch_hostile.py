"""The fetcher's boundary: server text in headers and errors is sanitised once, validators are not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.terminal_safety import HostileServer, response, unsafe_bytes
from tui.core.fetch import Fetcher

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


@pytest.fixture
def server() -> Iterator[HostileServer]:
    srv = HostileServer()
    yield srv
    srv.close()


def safe(text: str) -> bool:
    return not unsafe_bytes(text.encode("utf-8"))


async def test_header_values_are_cleaned_but_validators_kept_exactly(server):
    etag = b'W/"a\x9bb"'
    server.routes["/feed"] = lambda: response(200, {
        "Content-Type": b"application/rss+xml\x1b]0;t\x07; charset=utf-8",
        "X-Note": b"\xe2\x80\xaeevil",
        "ETag": etag,
    }, FEED)
    async with Fetcher() as fetcher:
        result = await fetcher.fetch(server.url("/feed"))
    assert result.error is None
    assert result.headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert all(safe(v) for k, v in result.headers.items() if k != "etag")
    assert result.headers["etag"] == etag.decode("latin-1")


async def test_unknown_content_encoding_error_is_one_clean_line(server):
    server.routes["/feed"] = lambda: response(
        200, {"Content-Encoding": b"br\x1b]52;c;eA==\x07\x9b2J"}, FEED)
    async with Fetcher() as fetcher:
        result = await fetcher.fetch(server.url("/feed"))
    assert result.error == "the server used an unsupported compression (br)"
