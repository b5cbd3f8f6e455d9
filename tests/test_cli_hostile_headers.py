"""Hostile HTTP header values through the real `warfeed` command: nothing reaches the terminal raw."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pytest
import tomli_w

from tests.terminal_safety import HostileServer, assert_clean_run, response, run_warfeed

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
# An OSC title change, an OSC 52 clipboard write, an 8-bit CSI and an 8-bit OSC (as latin-1 octets).
OSC_TITLE = b"x\x1b]0;owned\x07"
OSC_CLIPBOARD = b"gzip, y\x1b]52;c;cm0gLXJmIH4K\x07"
C1 = b"z\x9b31m\x9d0;t\x9c"


@pytest.fixture
def server() -> Iterator[HostileServer]:
    srv = HostileServer()
    srv.routes["/title"] = lambda: response(200, {"Content-Encoding": OSC_TITLE}, FEED)
    srv.routes["/clipboard"] = lambda: response(200, {"Content-Encoding": OSC_CLIPBOARD}, FEED)
    srv.routes["/c1"] = lambda: response(200, {"Content-Encoding": C1}, FEED)
    srv.routes["/page"] = lambda: response(
        200, {"Content-Type": b"text/\x1b]0;owned\x07plain\x9b2J; charset=utf-8"}, b"hello")
    yield srv
    srv.close()


@pytest.fixture
def config(tmp_path, server):
    path = tmp_path / "config.toml"
    feeds = [{"id": name, "url": server.url(f"/{name}")} for name in ("title", "clipboard", "c1")]
    path.write_text(tomli_w.dumps({"allow_private_articles": True, "feeds": feeds}))
    return path


def test_poll_and_feed_health_show_encoding_errors_cleaned(tmp_path, config):
    data = tmp_path / "data"
    result = run_warfeed("poll", config=config, data_dir=data)
    assert result.returncode == 1
    assert_clean_run(result)
    assert result.stdout.count(b"unsupported compression") == 3
    as_json = run_warfeed("poll", "--json", config=config, data_dir=data)
    assert_clean_run(as_json)
    errors = [orjson.loads(line)["error"] for line in as_json.stdout.splitlines()]
    assert all("unsupported compression" in e for e in errors) and len(errors) == 3
    listing = run_warfeed("feeds", "list", "--json", config=config, data_dir=data)
    assert_clean_run(listing)
    rows = orjson.loads(listing.stdout)
    assert len(rows) == 3 and all("unsupported compression" in row["health"]["error"] for row in rows)


@pytest.mark.parametrize("path", ["/title", "/clipboard", "/c1"])
def test_parse_and_import_of_a_url_clean_the_error(tmp_path, config, server, path):
    parsed = run_warfeed("parse", server.url(path), config=config, data_dir=tmp_path / "d")
    assert parsed.returncode == 1 and b"unsupported compression" in parsed.stderr
    assert_clean_run(parsed)
    imported = run_warfeed("feeds", "import", server.url(path), config=config,
                           data_dir=tmp_path / "d")
    assert imported.returncode == 1 and b"unsupported compression" in imported.stderr
    assert_clean_run(imported)


def test_extract_cleans_a_hostile_content_type(tmp_path, config, server):
    result = run_warfeed("extract", server.url("/page"), config=config, data_dir=tmp_path / "d")
    assert result.returncode == 1 and b"is not a web page (text/" in result.stderr
    assert_clean_run(result)
