"""OPML import/export: round trip, nesting, categories, unsafe entries, hostile XML."""

import pytest

from tui.core.models import Feed
from tui.core.opml import OpmlError, export_opml, parse_opml, unsafe_reason

NESTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>my war feeds</title></head>
  <body>
    <outline text="Ukraine">
      <outline text="Kyiv Independent" type="rss" xmlUrl="https://kyivindependent.com/news-archive/rss/" side="ua-media"/>
      <outline title="Ukrinform" text="ignored" xmlUrl="https://www.ukrinform.net/rss/block-lastnews" category="official,/State/Agency"/>
    </outline>
    <outline text="Analysts">
      <outline text="Deep">
        <outline text="ISW" xmlUrl="https://understandingwar.org/feed/" side="analyst"/>
      </outline>
    </outline>
    <outline text="Mystery" xmlUrl="https://mystery.example/rss" side="martian"/>
  </body>
</opml>
"""


def test_nested_outlines_categories_and_side():
    result = parse_opml(NESTED)
    by_id = {f.id: f for f in result.feeds}
    assert list(by_id) == ["kyiv-independent", "ukrinform", "isw", "mystery"]
    assert by_id["kyiv-independent"].side == "ua-media"
    assert by_id["kyiv-independent"].tags == ["Ukraine"]
    assert by_id["ukrinform"].title == "Ukrinform"  # title wins over text
    assert by_id["ukrinform"].tags == ["Ukraine", "official", "State", "Agency"]
    assert by_id["isw"].tags == ["Analysts", "Deep"] and by_id["isw"].side == "analyst"
    assert by_id["mystery"].side == "intl"
    assert len(result.warnings) == 1 and "martian" in result.warnings[0]


def test_round_trip_keeps_url_title_side_tags():
    feeds = [
        Feed("tass", "https://tass.com/rss/v2.xml", "TASS & friends <x>", "ru-state", ["state", "a,b"]),
        Feed("meduza", "https://meduza.io/rss/en/all?x=1&y=2", "Meduza", "ru-independent"),
    ]
    document = export_opml(feeds)
    back = parse_opml(document.encode())
    assert not back.warnings
    assert [(f.url, f.title, f.side) for f in back.feeds] == [(f.url, f.title, f.side) for f in feeds]
    assert back.feeds[0].tags == ["state", "a b"]
    assert back.feeds[1].tags == []


def test_unsafe_entries_are_skipped_with_one_warning_each():
    entries = [
        "exec:rm -rf ~",
        "filter:/tmp/x.sh:https://a.example/",
        "|curl evil",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "example.com/rss",
        "https://user:pw@a.example/rss",
        " https://a.example/lead-space",
    ]
    outlines = "".join(f'<outline text="bad{i}" xmlUrl="{u}"/>' for i, u in enumerate(entries))
    good = '<outline text="Good" xmlUrl="https://good.example/rss"/>'
    doc = f'<opml version="2.0"><body>{outlines}{good}</body></opml>'.encode()
    result = parse_opml(doc)
    assert [f.url for f in result.feeds] == ["https://good.example/rss"]
    assert len(result.warnings) == len(entries)
    assert all(w.startswith("Skipped 'bad") for w in result.warnings)


def test_unsafe_reason_accepts_plain_https():
    assert unsafe_reason("https://www.bellingcat.com/feed/") is None
    assert "command" in unsafe_reason("exec:ls")


def test_ids_do_not_collide_with_existing_feeds():
    doc = b'<opml version="2.0"><body><outline text="ISW" xmlUrl="https://u.example/"/></body></opml>'
    assert parse_opml(doc, taken_ids={"isw"}).feeds[0].id == "isw-2"


@pytest.mark.parametrize(
    "doc",
    [
        # billion laughs
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<opml><body><outline text="&b;" xmlUrl="https://x.example/"/></body></opml>',
        # XXE
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<opml><body><outline text="&x;" xmlUrl="https://x.example/"/></body></opml>',
        b"<opml><body><outline",
        b"",
        b"<html><body>not opml</body></html>",
        b"<opml>" + b"<outline text='x'>" * 100 + b"</outline>" * 100 + b"</opml>",
    ],
)
def test_hostile_or_broken_documents_raise_opml_error(doc):
    with pytest.raises(OpmlError):
        parse_opml(doc)


def test_oversized_document_is_refused_before_parsing():
    with pytest.raises(OpmlError, match="larger than"):
        parse_opml(b" " * 6_000_000)
