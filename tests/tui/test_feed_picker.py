"""The feed list with unread counts, newsboat's first screen, picked from with enter."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.screens.feed_picker import FeedPickerScreen, count_feeds
from tui.screens.main import MainScreen
from tui.widgets.story_list import StoryList

from .conftest import make_story, screen_text, settle


def stories():
    items = [make_story(n) for n in range(9)]  # feed0, feed1, feed2 in turn
    for n in (0, 3, 1):
        items[n].read = True
    return items


def test_counts_put_feeds_with_unread_stories_first(config):
    counts = count_feeds(config.feeds, stories())
    assert [(c.feed_id, c.unread, c.total) for c in counts] == [
        ("feed0", 1, 3), ("feed1", 2, 3), ("feed2", 3, 3)]


async def test_F_lists_feeds_with_unread_counts_and_enter_shows_one_feed(make_app):
    app = make_app(stories(), poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("F")
        await settle(pilot, app)
        assert isinstance(app.screen, FeedPickerScreen)
        table = app.screen.query_one("#picker-table", DataTable)
        assert [cell.plain for cell in table.get_row_at(1)] == ["2", "3", "INT", "Source 1"]
        assert "Source 2" in screen_text(app)
        await pilot.press("j", "enter")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
        shown = app.screen.query_one(StoryList).stories
        assert {s.feed_id for s in shown} == {"feed1"} and len(shown) == 3
        assert 'filter: source:"Source 1"' in screen_text(app)
        await pilot.press("F")
        await settle(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.is_running
