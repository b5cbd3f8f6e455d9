"""Feeds that arrive without a side get their outlet's, and feed mistakes are said at once."""

from __future__ import annotations


from textual.widgets import Input, Select

from tui.core.opml import parse_opml
from tui.core.outlets import guess_side
from tui.screens.feeds import FeedsScreen

from .test_screens import FEEDS, HostApp

OPML = b"""<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
<outline text="Meduza" type="rss" xmlUrl="https://meduza.io/rss/all"/>
<outline text="ISW" type="rss" xmlUrl="https://understandingwar.org/feed/"/>
<outline text="A blog" type="rss" xmlUrl="https://blog.example/feed"/>
<outline text="Said" type="rss" side="analyst" xmlUrl="https://tass.com/rss/v2.xml"/>
</body></opml>"""


def test_known_outlets_have_their_side():
    assert guess_side("https://meduza.io/rss/en/all") == "ru-independent"
    assert guess_side("https://understandingwar.org/feed/?post_type=post") == "analyst"
    assert guess_side("https://feeds.bbci.co.uk/news/world/europe/rss.xml") == "intl"
    assert guess_side("https://en.interfax.com.ua/news/last.rss") == "ua-media"
    assert guess_side("https://tass.com/rss/v2.xml") == "ru-state"
    assert guess_side("https://blog.example/feed") == "intl"
    assert guess_side("https://notmeduza.io/rss") == "intl"


def test_opml_import_guesses_sides_the_file_does_not_give():
    imported = parse_opml(OPML)
    assert {feed.title: feed.side for feed in imported.feeds} == {
        "Meduza": "ru-independent", "ISW": "analyst", "A blog": "intl", "Said": "analyst"}


async def test_the_feeds_screen_fills_in_a_known_outlets_side_and_says_a_missing_opml_at_once(tmp_path):
    app = HostApp(lambda: FeedsScreen(FEEDS))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("a", *"https://meduza.io/rss/all")
        await pilot.pause()
        assert app.screen.query_one("#feeds-side", Select).value == "ru-independent"
        screen = app.screen
        assert screen.import_opml(str(tmp_path / "nowhere.opml")) is False
        assert "There is no file" in str(screen.query_one("#feeds-message").render())
        assert not [c for c in screen.changes if c.action == "import"]
        (tmp_path / "mine.opml").write_bytes(OPML)
        assert screen.import_opml(str(tmp_path / "mine.opml")) is True
        assert isinstance(screen.query_one("#feeds-url"), Input)
