"""parse_feed against hand-written hostile feeds (HARDENING.md 1-7 ingest side, 11-18)."""

import re
from pathlib import Path

import pytest

from tui.core import parse as parse_module
from tui.core.models import Feed
from tui.core.parse import PARSERS, FeedError, NotAFeed, ParseError, parse_with_feedparser

FIXTURES = Path(__file__).parent / "fixtures"
NOW = 1_800_000_000.0
DAY = 86400.0
RSS_HEADERS = {"Content-Type": "application/rss+xml; charset=utf-8"}
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _forced_feedparser_rs(body, headers, feed):
    return parse_module.feedparser_rs_parse(body, strict=False)


BACKENDS = {
    "auto": PARSERS,
    "feedparser": (parse_with_feedparser,),
    # The fast parser with none of its fidelity checks: sanitising must not depend on them.
    "feedparser_rs": (_forced_feedparser_rs,),
}
CHAIN: dict[str, tuple] = {"parsers": PARSERS}
"""The parser chain of the running test, set by the `backend` fixture."""


def parse_feed(body, headers, feed, *, now):
    """parse_feed with the chain this run of a test uses."""
    return parse_module.parse_feed(body, headers, feed, now=now, parsers=CHAIN["parsers"])


FEEDPARSER_FIDELITY = {
    "test_xml_base_resolving_to_file_is_refused",
    "test_charset_header_is_honoured",
    "test_small_internal_entities_are_allowed",
}
"""Tests of what only feedparser does (xml:base, HTTP charsets, DTD entities); the default
chain sends such documents to feedparser, and the other runs check nothing unsafe leaks."""


def pytest_generate_tests(metafunc):
    """Every test runs with the default chain and with each parser alone; a test of what only
    feedparser does runs with the default chain alone (it sends such documents there)."""
    if "backend" in metafunc.fixturenames:
        names = ["auto"] if metafunc.function.__name__ in FEEDPARSER_FIDELITY else list(BACKENDS)
        metafunc.parametrize("backend", names, indirect=True)


@pytest.fixture(autouse=True)
def backend(request, monkeypatch):
    """The parser chain this run of a test uses."""
    monkeypatch.setitem(CHAIN, "parsers", BACKENDS[request.param])
    return request.param


def feed(**changes) -> Feed:
    values = {"id": "kyiv", "url": "https://news.example/rss.xml", "title": "", "side": "ua-media"}
    values.update(changes)
    return Feed(**values)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def rss(items: str, channel: str = "<title>Test channel</title>") -> bytes:
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{channel}{items}</channel></rss>'.encode()


def item(guid: str = "", title: str = "", link: str = "", date: str = "", extra: str = "") -> str:
    parts = [f"<guid>{guid}</guid>" if guid else "", f"<title>{title}</title>" if title else ""]
    parts += [f"<link>{link}</link>" if link else "", f"<pubDate>{date}</pubDate>" if date else "", extra]
    return "<item>" + "".join(parts) + "</item>"


# --- hostile content ----------------------------------------------------------------------


def test_hostile_items_are_sanitised():
    result = parse_feed(fixture("hostile_items.xml"), RSS_HEADERS, feed(), now=NOW)
    assert result.title == "Hostile channel"
    assert result.ttl == 30 * 60
    by_title = {s.title: s for s in result.stories}
    first = by_title["Shelling near Kupiansk reported"]
    assert first.link == ""  # javascript: refused
    assert first.summary == "First para\n\nSecond para"  # script dropped, bidi override gone
    assert "[bold red]front[/]" in first.tags and "Kharkiv" in first.tags  # markup is data
    assert "\x9b" not in first.author and "Duty" in first.author
    assert first.source == "Hostile channel" and first.side == "ua-media"
    assert by_title["Line one line two"].link == "https://example.org/news/2"  # spaces trimmed
    assert by_title["Garbage date"].link == "https://news.example/relative/story-4"
    for story in result.stories:
        for text in (story.title, story.summary, story.content, story.author, *story.tags):
            assert not CONTROL.search(text), text
        assert "\n" not in story.title
        assert story.link == "" or story.link.startswith(("http://", "https://"))


def test_duplicates_collapse_and_identless_items_get_unique_ids():
    result = parse_feed(fixture("hostile_items.xml"), RSS_HEADERS, feed(), now=NOW)
    ids = [s.id for s in result.stories]
    assert len(ids) == len(set(ids))
    titles = [s.title for s in result.stories]
    assert "Duplicate of the first, older copy" not in titles  # same guid, first kept
    # Items with neither guid, link nor title are still there, each with its own id.
    untitled = [s for s in result.stories if not s.title]
    assert len(untitled) == 4
    assert {s.summary for s in untitled} >= {"An item with only a description", "Only content, no summary."}


def test_ids_are_stable_and_scoped_to_the_feed():
    body = rss(item(guid="shared-guid", title="A") + item(title="No guid", link="https://x.example/1"))
    first = parse_feed(body, RSS_HEADERS, feed(), now=NOW)
    again = parse_feed(body, RSS_HEADERS, feed(), now=NOW + 3600)
    other = parse_feed(body, RSS_HEADERS, feed(id="tass"), now=NOW)
    assert [s.id for s in first.stories] == [s.id for s in again.stories]
    assert first.stories[0].id.startswith("kyiv:") and len(first.stories[0].id) == len("kyiv:") + 16
    assert first.stories[0].id != other.stories[0].id
    assert first.stories[0].id.split(":")[1] == other.stories[0].id.split(":")[1]


def test_an_item_known_by_its_link_keeps_its_id_when_tracking_parameters_change():
    date = "Sat, 05 Dec 2026 08:00:00 +0000"
    def body(link: str) -> bytes:
        return rss(item(title="No guid", link=link, date=date))
    first = parse_feed(body("https://x.example/a?id=7&amp;utm_source=rss&amp;utm_campaign=mon"), RSS_HEADERS, feed(), now=NOW)
    again = parse_feed(body("https://x.example/a?utm_campaign=tue&amp;id=7#xtor=RSS-3"), RSS_HEADERS, feed(), now=NOW)
    other_page = parse_feed(body("https://x.example/a?id=8&amp;utm_source=rss"), RSS_HEADERS, feed(), now=NOW)
    assert first.stories[0].id == again.stories[0].id != other_page.stories[0].id
    # The link the reader opens is the feed's own.
    assert first.stories[0].link == "https://x.example/a?id=7&utm_source=rss&utm_campaign=mon"


def test_dates_are_clamped_and_missing_dates_become_fetch_time():
    result = parse_feed(fixture("hostile_items.xml"), RSS_HEADERS, feed(), now=NOW)
    by_title = {s.title: s for s in result.stories}
    assert by_title["Line one line two"].published == NOW + DAY  # year 9999
    assert by_title["Year one"].published == 631152000.0  # clamped up to 1990
    assert by_title["Garbage date"].published == NOW
    assert by_title["Shelling near Kupiansk reported"].published == 1763626500.0
    assert result.newest == NOW + DAY
    assert all(s.fetched_at == NOW for s in result.stories)


def test_relative_links_resolve_against_the_feed_url():
    body = rss(item(guid="1", title="Rel", link="story/42") + item(guid="2", title="Abs", link="//cdn.example/x"))
    links = [s.link for s in parse_feed(body, RSS_HEADERS, feed(), now=NOW).stories]
    assert links == ["https://news.example/story/42", "https://cdn.example/x"]


def test_xml_base_resolving_to_file_is_refused():
    result = parse_feed(fixture("xml_base_file.xml"), {"Content-Type": "application/atom+xml"}, feed(), now=NOW)
    links = {s.title: s.link for s in result.stories}
    assert links == {"Base trick": "", "Good relative": "https://example.org/good"}


def test_atom_updated_only_becomes_published():
    result = parse_feed(fixture("xml_base_file.xml"), {}, feed(), now=NOW)
    story = result.stories[0]
    assert story.published == 1763625600.0 and story.updated is None


def test_item_limit_keeps_the_newest():
    items = "".join(
        item(guid=f"g{n}", title=f"Story {n}", date=f"Thu, {n + 1:02d} Oct 2025 10:00:00 GMT") for n in range(20)
    )
    result = parse_feed(rss(items), RSS_HEADERS, feed(item_limit=5), now=NOW)
    assert [s.title for s in result.stories] == [f"Story {n}" for n in (19, 18, 17, 16, 15)]


def test_title_summary_and_content_caps():
    huge = "W" * 1_000_000
    extra = f"<description>{'word ' * 5000}</description>"
    extra += f'<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[{"<p>para</p>" * 60000}]]></content:encoded>'
    body = rss(item(guid="big", title=huge + "\n" + "\u0301" * 10_000, extra=extra))
    story = parse_feed(body, RSS_HEADERS, feed(), now=NOW).stories[0]
    assert len(story.title) <= 300 and "\n" not in story.title
    assert len(story.summary) <= 2000
    assert 0 < len(story.content) <= 200_000


def test_zero_items_with_a_channel_is_an_empty_feed():
    result = parse_feed(rss(""), RSS_HEADERS, feed(title="My name"), now=NOW)
    assert result.stories == [] and result.title == "Test channel" and result.newest is None


def test_surrogate_reference_does_not_sink_the_feed():
    body = rss(item(guid="s", title="bad &#xD800; ref &#55296; end"))
    story = parse_feed(body, RSS_HEADERS, feed(), now=NOW).stories[0]
    assert story.title.startswith("bad") and story.title.endswith("end")


def test_charset_header_is_honoured():
    body = '<?xml version="1.0"?><rss version="2.0"><channel><title>Київ</title></channel></rss>'.encode("cp1251")
    result = parse_feed(body, {"content-type": "application/xml; charset=windows-1251"}, feed(), now=NOW)
    assert result.title == "Київ"


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe" + "<rss><channel><title>UTF-16 BOM</title></channel></rss>".encode("utf-16-le"),
        b'<?xml version="1.0" encoding="utf-8"?><rss><channel><title>bad \xff\xfe bytes</title></channel></rss>',
        b'<?xml version="1.0" encoding="klingon"?><rss><channel><title>bogus</title></channel></rss>',
    ],
)
def test_odd_encodings_are_read_not_refused(body):
    # HARDENING 15: no exception, not even a feed error; what cannot be decoded is replaced.
    result = parse_feed(body, {}, feed(), now=NOW)
    assert result.title in ("UTF-16 BOM", "bad \ufffd\ufffd bytes", "bad ÿþ bytes", "bogus")
    assert not CONTROL.search(result.title)


UTF16_DOC = ('<rss version="2.0"><channel><title>Київ стрічка</title>'
             '<item><guid>a</guid><title>Обстріл Харкова</title></item></channel></rss>')


@pytest.mark.parametrize("body, headers", [
    (b"\xff\xfe" + UTF16_DOC.encode("utf-16-le"), {}),  # the mark alone names the encoding
    (b"\xfe\xff" + UTF16_DOC.encode("utf-16-be"), {"Content-Type": "application/rss+xml"}),
    ('<?xml version="1.0" encoding="utf-16"?>'.encode("utf-16") + UTF16_DOC.encode("utf-16-le"),
     {"Content-Type": "text/xml; charset=utf-16"}),
    (b"\xff\xfe\x00\x00" + UTF16_DOC.encode("utf-32-le"), {"Content-Type": "text/xml"}),
    (b"\xff\xfe" + UTF16_DOC.encode("utf-16-le") + b"\x00", {}),  # an odd byte at the end
], ids=["utf-16-le-mark", "utf-16-be-mark", "declared-utf-16", "utf-32-le-mark", "odd-last-byte"])
def test_a_byte_order_mark_decides_the_encoding(body, headers):
    # HARDENING 15: a UTF-16 or UTF-32 feed is read, with or without a declaration saying so.
    result = parse_feed(body, headers, feed(), now=NOW)
    assert result.title == "Київ стрічка"
    assert [s.title for s in result.stories] == ["Обстріл Харкова"]


# --- the parser itself under attack ---------------------------------------------------------


def test_xxe_reads_no_local_file():
    with pytest.raises(ParseError, match="external"):
        parse_feed(fixture("xxe_file.xml"), RSS_HEADERS, feed(), now=NOW)


def test_xxe_hidden_behind_a_comment_and_a_quoted_tag_is_still_refused():
    body = (
        b'<!-- <a --><!DOCTYPE rss [<!ENTITY a "<a>"><!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&x;</title></item></channel></rss>"
    )
    with pytest.raises(ParseError):
        parse_feed(body, RSS_HEADERS, feed(), now=NOW)


def test_billion_laughs_is_refused():
    with pytest.raises(ParseError, match="expansion"):
        parse_feed(fixture("billion_laughs.xml"), RSS_HEADERS, feed(), now=NOW)


def test_billion_laughs_in_utf16_is_refused():
    text = fixture("billion_laughs.xml").decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>')
    with pytest.raises(ParseError):
        parse_feed(text.encode("utf-16"), {}, feed(), now=NOW)


def test_quadratic_blowup_is_refused():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "' + b"x" * 50_000 + b'">]>'
        b"<rss version=\"2.0\"><channel><item><title>" + b"&big;" * 50_000 + b"</title></item></channel></rss>"
    )
    with pytest.raises(ParseError, match="expand too far"):
        parse_feed(body, RSS_HEADERS, feed(), now=NOW)


def test_small_internal_entities_are_allowed():
    body = b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY org "ISW">\n]>\n' + rss(item(guid="e", title="By &org;"))[21:]
    assert parse_feed(body, RSS_HEADERS, feed(), now=NOW).stories[0].title == "By ISW"


def test_a_body_that_is_a_path_is_never_opened():
    # feedparser opens a str *or bytes* argument as a file path; we hand it a stream.
    with pytest.raises(NotAFeed):
        parse_feed(b"/etc/passwd", {}, feed(), now=NOW)
    with pytest.raises(ParseError):
        parse_feed("/etc/passwd", {}, feed(), now=NOW)  # type: ignore[arg-type]


def test_truncated_xml_is_an_error():
    body = rss(item(guid="1", title="Complete") + item(guid="2", title="Complete too"))
    with pytest.raises(ParseError, match="truncated"):
        parse_feed(body[: len(body) - 40], RSS_HEADERS, feed(), now=NOW)


@pytest.mark.parametrize(
    "body, headers, message",
    [
        (b"", {}, "not a feed: the server sent an empty response"),
        (b"  \r\n ", {}, "not a feed: the server sent an empty response"),
        (b'{"error": "rate limited"}', {"Content-Type": "application/json"}, "not a feed: the server sent JSON"),
        (b"[1, 2]", {}, "not a feed: the server sent JSON"),
        (
            b"<!DOCTYPE html>\n<html><head><title>Front page</title></head><body><p>News</p></body></html>",
            {"Content-Type": "text/html"},
            "not a feed: the server sent an HTML page",
        ),
        (
            b"<html><head><title>Just a moment...</title></head><body><div id=cf-chl-widget></div></body></html>",
            {"Content-Type": "text/html"},
            "not a feed: the server sent a bot-check (challenge) page",
        ),
        (b"<body>Service Unavailable</body>", {}, "not a feed: the server sent an HTML page"),
        (b"Service temporarily unavailable", {"Content-Type": "text/plain"}, "not a feed: the response is not RSS, Atom or RDF"),
    ],
)
def test_not_a_feed(body, headers, message):
    with pytest.raises(NotAFeed) as caught:
        parse_feed(body, headers, feed(), now=NOW)
    assert str(caught.value) == message
    assert isinstance(caught.value, FeedError)


def test_feed_errors_carry_no_traceback_text():
    with pytest.raises(FeedError) as caught:
        parse_feed(b"\x00\x01garbage", {}, feed(), now=NOW)
    assert "Traceback" not in str(caught.value) and "\n" not in str(caught.value)


def test_the_fast_parser_declines_a_feed_at_its_entry_limit(monkeypatch, backend):
    # feedparser_rs silently stops at its limit, so at the limit feedparser must take over.
    items = "".join(item(guid=f"g{n}", title=f"Story {n}", date="Thu, 02 Oct 2025 10:00:00 GMT") for n in range(8))
    assert len(parse_module.feedparser_rs_parse(rss(items), strict=True)["entries"]) == 8
    monkeypatch.setattr(parse_module, "RS_MAX_ENTRIES", 8)
    with pytest.raises(parse_module.Declined, match="more entries than feedparser_rs reads"):
        parse_module.feedparser_rs_parse(rss(items), strict=True)

