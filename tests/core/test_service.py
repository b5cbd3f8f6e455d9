"""The headless service through its public API: one feed path, one export schema, one place
filter, and the article address policy for `claims extract URL`."""

from __future__ import annotations

import csv
import dataclasses
import io
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from tui.core.config import Config, load_config
from tui.core.feeds import FeedChange, FeedError
from tui.core.models import STORY_EXPORT_NAMES, Claim, Statement, Story
from tui.core.service import Warfeed, import_opml

from tests.factories import story as make_story

ROOT = Path(__file__).resolve().parents[2]
NOW = 1_763_630_000.0


@pytest.fixture
def service(tmp_path):
    opened = Warfeed.open(Config(path=tmp_path / "config.toml"), tmp_path / "data", clock=lambda: NOW)
    yield opened
    opened.close()


def test_one_feed_path_adds_with_one_id_rule_and_refuses_twice(service):
    added = service.change_feeds([FeedChange("add", url="https://www.front.example/rss")], strict=True)
    assert [(f.id, f.url) for f in added.new_feeds] == [("front-example", "https://www.front.example/rss")]
    # Any spelling of the same address is the same feed.
    with pytest.raises(FeedError, match="already configured"):
        service.change_feeds([FeedChange("add", url="HTTPS://WWW.front.example:443/rss")], strict=True)
    # The dialog's batch says so as a warning instead and applies the rest.
    batch = service.change_feeds([FeedChange("add", url="javascript:alert(1)"),
                                  FeedChange("remove", feed_id="HTTPS://www.front.example/rss")])
    assert batch.removed == 1 and batch.warnings and "javascript" in batch.warnings[0]
    assert service.config.feeds == [] and load_config(service.config.path, create=False).feeds == []


def test_json_and_csv_exports_share_the_schema_derived_from_story(service):
    story = make_story(1, feed="wire", now=NOW, id="wire:1", title="=HYPERLINK(x)", link="https://wire.example/1",
                       summary="A report.", content="Long text.", tags=["a", "b"], fetched_at=NOW)
    service.store.ingest([story])
    exported = orjson.loads(service.export("json"))
    assert list(exported[0]) == list(STORY_EXPORT_NAMES)
    names = {f.name for f in dataclasses.fields(Story)}
    assert set(STORY_EXPORT_NAMES) == names - {"content", "fetched_at", "previous_titles", "claim_ids"} | {"claims"}
    rows = list(csv.reader(io.StringIO(service.export("csv"))))
    assert rows[0] == list(STORY_EXPORT_NAMES)
    row = dict(zip(rows[0], rows[1]))
    assert row["title"] == "'=HYPERLINK(x)" and row["tags"] == "a;b"  # no formula runs in a spreadsheet


def test_claims_of_a_place_in_any_spelling(service):
    said = Statement("Troops took Kupiansk.", "ministry", "ru", "claim", "control", "Kupiansk", story_id="wire:1",
                     source="Wire", published=NOW)
    service.store.save_claims([Claim("control:kupiansk", "control", "Kupiansk", "claimed", statements=[said],
                                     first_seen=NOW, last_update=NOW)])
    assert [c.id for c in service.claims(place="Куп'янськ")] == ["control:kupiansk"]
    assert service.claims(place="Kyiv") == []
    assert service.claims(status="refuted") == []


def test_claims_extract_fetches_a_page_under_the_article_policy(httpserver, tmp_path):
    page = b"<html><body><p>Russian forces captured Kupiansk, the ministry said.</p></body></html>"
    httpserver.expect_request("/page").respond_with_data(page, content_type="text/html")
    result = subprocess.run([sys.executable, "-m", "tui.cli", "--config", str(tmp_path / "c.toml"), "--data-dir",
                             str(tmp_path / "d"), "claims", "extract", httpserver.url_for("/page"), "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    # A page on a local address is refused as an article would be (the feed policy let it through).
    assert result.returncode == 1 and "private or local address" in result.stderr
    assert "Traceback" not in result.stderr and len(httpserver.log) == 0


def test_documents_are_parsed_and_extracted_without_a_store():
    from tui.core.service import WarfeedError, extract_claims, extract_document, parse_document

    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Oblast news</title>'
           b"<item><title>Evacuation of two villages goes on</title><link>https://news.example.org/1"
           b"</link><guid>1</guid></item></channel></rss>")
    parsed = parse_document(rss, {"content-type": "application/rss+xml"}, name="Oblast news")
    assert [s.title for s in parsed.stories] == ["Evacuation of two villages goes on"]
    assert parsed.stories[0].feed_id == "oblast-news"
    with pytest.raises(WarfeedError):
        parse_document(b"<html><body>not a feed</body></html>", {}, name="page")

    page = ("<html><head><title>Shelter opened</title></head><body><article><h1>Shelter opened"
            "</h1>" + "<p>The regional council opened a new shelter for families.</p>" * 8
            + "</article></body></html>").encode()
    assert "new shelter" in extract_document(page).text
    found = extract_claims(b"Russian forces captured Kupiansk, the ministry said.")
    assert [(s["event"], s["place"]) for s in found["statements"]] == [("control", "Kupiansk")]
    assert len(found["claims"]) == 1


def test_an_opml_import_is_one_feed_change(tmp_path):
    opml = (b'<opml version="2.0"><body><outline type="rss" text="Regional desk"'
            b' xmlUrl="https://news.example.org/regional.xml"/></body></opml>')
    config = Config(path=tmp_path / "config.toml")
    result = import_opml(config, opml)
    assert [f.url for f in result.new_feeds] == ["https://news.example.org/regional.xml"]
    assert result.saved and result.feeds[-1].title == "Regional desk"
    again = import_opml(load_config(config.path, create=False), opml)  # as the next `warfeed feeds import` reads it
    assert again.added == 0 and again.present == 1
    with pytest.raises(FeedError):
        import_opml(config, b"<html>not an outline</html>")
