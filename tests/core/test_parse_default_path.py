"""parse_feed as the poller calls it: fast parser first, feedparser where it declines."""


def test_loopback_links_survive_the_fast_parser():
    """feedparser_rs blanks private-address links; the demo and intranet feeds need them."""
    from tui.core.models import Feed
    from tui.core.parse import parse_feed

    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
            b'<title>a</title><link>http://127.0.0.1:47831/articles/a/b.html</link><guid>x</guid>'
            b'<pubDate>Tue, 25 Nov 2025 10:00:00 GMT</pubDate></item></channel></rss>')
    feed = Feed("local", "http://127.0.0.1:47831/feed.xml")
    (story,) = parse_feed(body, {}, feed, now=1_764_100_000.0).stories
    assert story.link == "http://127.0.0.1:47831/articles/a/b.html"
