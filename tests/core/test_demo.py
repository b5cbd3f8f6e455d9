"""The demo server: real HTTP on 127.0.0.1, conditional GET, live publishing, a failing feed."""

import email.utils

import feedparser
import httpx
import pytest

from tui.core.demo import DemoServer
from tui.core.models import SIDES


@pytest.fixture
def server(clock):
    with DemoServer(clock=clock, publish_every=5.0) as running:
        yield running


def test_feeds_cover_every_side_and_parse(server):
    feeds = server.feeds()
    assert 6 <= len(feeds) <= 10
    assert {f.side for f in feeds} == set(SIDES)
    good = [f for f in feeds if f.id != "state-news-mirror"]
    for feed in good:
        response = httpx.get(feed.url)
        assert response.status_code == 200
        parsed = feedparser.parse(response.content)
        assert len(parsed.entries) >= 5, feed.id
        assert all(e.title for e in parsed.entries)


def test_kupiansk_claim_denial_and_assessment_are_present(server):
    texts = {}
    for feed in server.feeds():
        texts[feed.id] = httpx.get(feed.url).text
    assert "Gerasimov" in texts["moscow-state-wire"] and "Kupiansk" in texts["moscow-state-wire"]
    assert "remains under Ukrainian control" in texts["ua-defence-bulletin"]
    assert "geolocated footage" in texts["frontline-institute"]


def test_unchanged_feed_answers_304_to_etag_and_last_modified(server):
    url = server.feeds()[0].url
    first = httpx.get(url)
    etag, last_modified = first.headers["ETag"], first.headers["Last-Modified"]
    by_etag = httpx.get(url, headers={"If-None-Match": etag})
    by_date = httpx.get(url, headers={"If-Modified-Since": last_modified})
    stale = httpx.get(url, headers={"If-None-Match": '"something-else"'})
    assert (by_etag.status_code, by_date.status_code, stale.status_code) == (304, 304, 200)
    assert by_etag.content == b"" and by_etag.headers["ETag"] == etag
    assert server.not_modified_served == 2 and server.feed_bodies_served == 2


def test_new_items_appear_as_the_clock_moves(server, clock):
    feeds = {f.id: f.url for f in server.feeds()}
    first = httpx.get(feeds["ua-defence-bulletin"])
    before = len(feedparser.parse(first.content).entries)
    clock.now += 4.9
    assert httpx.get(feeds["ua-defence-bulletin"], headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    clock.now += 0.2  # the first queued item is due and belongs to this feed
    later = httpx.get(feeds["ua-defence-bulletin"], headers={"If-None-Match": first.headers["ETag"]})
    assert later.status_code == 200
    entries = feedparser.parse(later.content).entries
    assert len(entries) == before + 1
    assert "Kupiansk" in entries[0].title
    published = email.utils.parsedate_to_datetime(later.headers["Last-Modified"]).timestamp()
    assert published == int(clock.now)


def test_publish_next_drains_the_queue(server):
    published = [server.publish_next() for _ in range(20)]
    assert published[0] == "ua-defence-bulletin"
    assert None in published  # the queue runs dry and then stays quiet


def test_failing_feed_serves_a_challenge_page(server):
    mirror = next(f for f in server.feeds() if f.id == "state-news-mirror")
    response = httpx.get(mirror.url)
    assert response.headers["content-type"].startswith("text/html")
    assert feedparser.parse(response.content).entries == []


def test_article_pages_are_served_and_unknown_paths_404(server):
    response = httpx.get(server.feeds()[0].url)
    link = feedparser.parse(response.content).entries[0].link
    page = httpx.get(link)
    assert page.status_code == 200 and "<article>" in page.text
    assert httpx.get(server.url + "/articles/nope/x.html").status_code == 404
    assert httpx.get(server.url + "/etc/passwd").status_code == 404


def test_hostile_feed_carries_attacks_for_the_sanitiser(server):
    body = httpx.get(server.url + "/feeds/channel-roundup.xml").text
    assert "&#27;[2J" in body and "[bold red]" in body
    assert "javascript:" in body and "\u202e" in body
