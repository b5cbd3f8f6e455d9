"""A parser stops at the item limit (HARDENING 18, 41): a huge feed is windowed before parsing."""

from __future__ import annotations

import email.utils
import xml.dom.minidom

import pytest

from tui.core.models import Feed
from tui.core.parse import ITEM_WINDOW_MIN_BYTES, PARSERS, FeedError, parse_feed, window_items

NOW = 1_800_000_000.0


def feed(limit: int = 200) -> Feed:
    return Feed(id="big", url="https://news.example/rss.xml", title="", side="ua-media",
                item_limit=limit)


def rss_item(i: int) -> str:
    date = email.utils.formatdate(NOW - 3600 - 60 * i, usegmt=True)
    return (f"<item><guid>g{i}</guid><title>Report {i} from the front</title>"
            f"<link>https://news.example/{i}</link><pubDate>{date}</pubDate>"
            f"<description>Shelling near Kupiansk, update {i}.</description></item>")


def big_rss(count: int, *, oldest_first: bool = False, between: str = "") -> bytes:
    order = range(count - 1, -1, -1) if oldest_first else range(count)
    items = between.join(rss_item(i) for i in order)
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Big desk</title>{items}</channel></rss>").encode()


class Recording:
    """The default parser chain, each parser noting the bytes it was handed (they still run)."""

    def __init__(self) -> None:
        self.handed: list[int] = []
        self.parsers = tuple(self._recording(parser) for parser in PARSERS)

    def _recording(self, parser):
        def run(body, headers, feed):
            self.handed.append(len(body))
            return parser(body, headers, feed)
        return run


def titles(parsed) -> set[str]:
    return {story.title for story in parsed.stories}


def test_a_100k_item_feed_is_parsed_only_up_to_its_limit():
    body = big_rss(100_000)
    recording = Recording()
    parsed = parse_feed(body, {"content-type": "application/rss+xml"}, feed(200), now=NOW,
                        parsers=recording.parsers)
    handed = recording.handed
    assert len(parsed.stories) == 200
    assert titles(parsed) == {f"Report {i} from the front" for i in range(200)}
    # The parser saw the first and last 200 items, not 100k: bounded work whatever the size.
    per_item = len(rss_item(99_999).encode())
    assert handed and max(handed) <= 400 * per_item + 1000
    assert max(handed) < len(body) / 100


def test_an_oldest_first_feed_keeps_its_newest_items():
    body = big_rss(20_000, oldest_first=True)
    recording = Recording()
    parsed = parse_feed(body, {}, feed(50), now=NOW, parsers=recording.parsers)
    handed = recording.handed
    assert titles(parsed) == {f"Report {i} from the front" for i in range(50)}
    assert max(handed) < len(body) / 50


def test_an_atom_feed_with_prefixed_entries_is_windowed():
    entries = "".join(
        f"<a:entry><a:id>urn:e{i}</a:id><a:title>Entry {i}</a:title>"
        f"<a:updated>2026-01-01T00:00:00Z</a:updated></a:entry>" for i in range(20_000)
    )
    body = (f'<?xml version="1.0"?><a:feed xmlns:a="http://www.w3.org/2005/Atom">'
            f"<a:title>T</a:title>{entries}</a:feed>").encode()
    windowed = window_items(body, 10)
    assert windowed.count(b"<a:entry>") == 20
    xml.dom.minidom.parseString(windowed)
    assert len(parse_feed(body, {}, feed(10), now=NOW).stories) == 10


def test_markup_inside_cdata_and_comments_does_not_move_the_cut():
    tricky = ("<item><guid>t{0}</guid><title>T{0}</title><description><![CDATA[</item><item>"
              "]]></description><!-- <item> </item> --></item>")
    items = "".join(tricky.format(i) for i in range(8_000))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'.encode()
    assert len(body) > ITEM_WINDOW_MIN_BYTES
    windowed = window_items(body, 3)
    document = xml.dom.minidom.parseString(windowed)
    guids = [node.firstChild.data for node in document.getElementsByTagName("guid")]
    assert guids == ["t0", "t1", "t2", "t7997", "t7998", "t7999"]


def test_channel_elements_between_items_are_kept():
    body = big_rss(5_000, between="\n<category>war</category>\n")
    windowed = window_items(body, 2)
    document = xml.dom.minidom.parseString(windowed)
    assert len(document.getElementsByTagName("item")) == 4
    assert len(document.getElementsByTagName("category")) == 4_999


def test_limit_of_one_and_self_closing_items():
    body = ('<?xml version="1.0"?><rss version="2.0"><channel>'
            + "<item/>" * 50_000 + rss_item(1) + "</channel></rss>").encode()
    windowed = window_items(body, 1)
    xml.dom.minidom.parseString(windowed)
    assert windowed.count(b"<item") == 2 and b"g1" in windowed


@pytest.mark.parametrize("damage", [b"<![CDATA[ never closed", b"<!-- never closed", b"<item"])
def test_unterminated_markup_never_raises_and_keeps_the_rest(damage):
    body = big_rss(5_000)
    cut = body.index(b"<item>", len(body) // 2)
    damaged = body[:cut] + damage + body[cut:]
    windowed = window_items(damaged, 5)
    assert len(windowed) < len(damaged)
    assert windowed.startswith(body[:200])
    try:
        parsed = parse_feed(damaged, {}, feed(5), now=NOW)
    except FeedError:
        return  # one clear error is fine; anything else escaping is not
    assert 0 < len(parsed.stories) <= 5


def test_small_documents_are_handed_over_untouched():
    body = big_rss(300)
    assert len(body) < ITEM_WINDOW_MIN_BYTES
    assert window_items(body, 10) is body


async def test_a_gzipped_100k_item_feed_polls_to_its_limit(tmp_path, httpserver):
    import gzip

    from tui.core.fetch import Fetcher
    from tui.core.poller import Poller
    from tui.core.store import Store

    httpserver.expect_request("/big.xml").respond_with_data(
        gzip.compress(big_rss(100_000), 6),
        headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"},
    )
    big = Feed(id="big", url=httpserver.url_for("/big.xml"), title="Big desk", side="intl", item_limit=200)
    store = Store.open(tmp_path / "data")
    try:
        async with Fetcher() as fetcher:
            report = await Poller(store, [big], fetcher, parse_workers=0).poll(force=True)
        assert [r.outcome for r in report.results] == ["ok"]
        assert {s.title for s in store.stories()} == {f"Report {i} from the front" for i in range(200)}
    finally:
        store.close()
