"""The benchmark feed server: realistic documents, validators, 304s, hosts, counters."""

from __future__ import annotations

import gzip
import http.client
import threading
from email.utils import formatdate

import feedparser
import pytest

from tests.benchmarks.feedserver import (
    BASE_TIME,
    FeedServerProcess,
    build_documents,
    feed_urls,
    generate_feed,
    host_addresses,
)


@pytest.fixture(scope="module")
def server():
    with FeedServerProcess(4, 50, hosts=2, fmt="mixed") as srv:
        yield srv


def get(url: str, headers: dict[str, str] | None = None, conn: http.client.HTTPConnection | None = None):
    """(status, headers, body) for one GET; reuses CONN when given."""
    host_port, _, path = url.removeprefix("http://").partition("/")
    host, _, port = host_port.partition(":")
    own = conn is None
    conn = conn or http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("GET", "/" + path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        if own:
            conn.close()


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_generated_feed_is_realistic_and_parses(fmt):
    body = generate_feed(7, 50, fmt)
    assert 50_000 <= len(body) <= 65_000
    assert body == generate_feed(7, 50, fmt)
    parsed = feedparser.parse(body)
    assert not parsed.bozo
    assert len(parsed.entries) == 50
    assert len({e.id for e in parsed.entries}) == 50
    first = parsed.entries[0]
    assert first.title and first.link.startswith("https://")
    assert "<p>" in first.summary
    assert first.published_parsed is not None


def test_feeds_spread_round_robin_over_loopback_hosts():
    urls = feed_urls(8080, 5, 2)
    assert urls[0].startswith("http://127.0.1.1:8080/feeds/0000.xml")
    assert urls[1].startswith("http://127.0.1.2:8080/feeds/0001.atom")
    assert urls[2].startswith("http://127.0.1.1:8080/")
    with pytest.raises(ValueError):
        host_addresses(0)


def test_full_response_carries_validators_and_the_document(server):
    status, headers, body = get(server.urls[1])
    assert status == 200
    assert headers["Content-Type"] == "application/atom+xml"
    assert headers["ETag"].startswith('"')
    assert headers["Last-Modified"].endswith("GMT")
    assert int(headers["Content-Length"]) == len(body)
    assert len(feedparser.parse(body).entries) == 50


def test_if_none_match_gives_304_and_a_wrong_tag_gives_200(server):
    url = server.urls[0]
    _, headers, _ = get(url)
    status, again, body = get(url, {"If-None-Match": headers["ETag"]})
    assert (status, body) == (304, b"")
    assert again["ETag"] == headers["ETag"]
    assert get(url, {"If-None-Match": '"other"'})[0] == 200
    assert get(url, {"If-None-Match": f'"other", {headers["ETag"]}'})[0] == 304


def test_if_modified_since_compares_dates_and_etag_wins(server):
    url = server.urls[2]
    _, headers, _ = get(url)
    last_modified = headers["Last-Modified"]
    assert get(url, {"If-Modified-Since": last_modified})[0] == 304
    assert get(url, {"If-Modified-Since": formatdate(0, usegmt=True)})[0] == 200
    assert get(url, {"If-Modified-Since": "garbage"})[0] == 200
    # RFC 9110: a non-matching If-None-Match means a full answer whatever the date says.
    both = {"If-None-Match": '"stale"', "If-Modified-Since": last_modified}
    assert get(url, both)[0] == 200


def test_counters_and_keep_alive(server):
    server.reset()
    url = server.urls[3]
    host, port = url.removeprefix("http://").split("/")[0].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        status, headers, body = get(url, conn=conn)
        assert get(url, {"If-None-Match": headers["ETag"]}, conn=conn)[0] == 304
        assert get(url.rsplit("/", 1)[0] + "/missing.xml", conn=conn)[0] == 404
    finally:
        conn.close()
    stats = server.reset()
    assert stats["requests"] == 3
    assert (stats["ok"], stats["not_modified"], stats["not_found"]) == (1, 1, 1)
    assert stats["conditional"] == 1
    assert stats["bytes"] == len(body)
    assert stats["connections"] == 1
    assert server.stats()["requests"] == 0


def test_every_host_answers_on_the_same_port(server):
    assert server.hosts == ["127.0.1.1", "127.0.1.2"]
    for url in server.urls:
        assert get(url)[0] == 200


def test_latency_holds_requests_open_so_concurrency_per_host_is_visible():
    with FeedServerProcess(1, 5, hosts=1, latency=0.5) as srv:
        barrier = threading.Barrier(3)
        statuses = []

        def fetch():
            barrier.wait()
            statuses.append(get(srv.urls[0])[0])

        threads = [threading.Thread(target=fetch) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stats = srv.stats()
    assert statuses == [200, 200, 200]
    assert stats["peak_in_flight_per_host"] == 3


def test_gzip_only_when_enabled_and_accepted():
    with FeedServerProcess(1, 5, hosts=1, gzip_ok=True) as srv:
        status, headers, body = get(srv.urls[0], {"Accept-Encoding": "gzip"})
        assert headers["Content-Encoding"] == "gzip"
        plain = get(srv.urls[0])
        assert "Content-Encoding" not in plain[1]
        assert gzip.decompress(body) == plain[2]


def test_documents_have_distinct_etags_and_a_fixed_last_modified():
    docs = build_documents(3, 5, base_time=BASE_TIME)
    assert len({d.etag for d in docs.values()}) == 3
    assert {d.modified_at for d in docs.values()} == {BASE_TIME}


def test_server_cpu_time_is_readable_and_grows(server):
    before = server.cpu_seconds()
    for _ in range(30):
        get(server.urls[0])
    after = server.cpu_seconds()
    assert before is not None and after >= before
