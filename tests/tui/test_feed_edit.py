"""A feed's title, side, interval and tags are edited from the feeds screen and saved to config.toml."""

from __future__ import annotations

from textual.widgets import Input, Select

from tui.app import WarfeedApp
from tui.core.config import MIN_INTERVAL, load_config
from tui.screens.feed_edit import FeedEditScreen, read_interval, read_tags
from tui.screens.feeds import FeedsScreen

from .conftest import Toasts, settle
from .test_feeds_and_demo import config_file


def test_tags_and_interval_are_read_as_a_user_types_them():
    assert read_tags(" front, kupiansk ,,front,ru ") == ("front", "kupiansk", "ru")
    assert read_interval(" 1800 ") == 1800
    assert read_interval("30").startswith(f"The interval must be at least {MIN_INTERVAL} seconds")
    assert read_interval("soon").startswith("The interval must be a whole number")


async def test_edit_a_feed_from_the_feeds_screen_and_it_is_saved(tmp_path, store, clock):
    config = config_file(tmp_path)
    app = WarfeedApp(config=config, store=store, clock=clock, poll=False)
    toasts = Toasts()
    async with app.run_test(message_hook=toasts, size=(120, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("f")
        await settle(pilot, app)
        assert isinstance(app.screen, FeedsScreen)
        await pilot.press("down", "e")  # Beta
        await pilot.pause()
        edit = app.screen
        assert isinstance(edit, FeedEditScreen) and edit.feed.id == "beta"
        edit.query_one("#feed-edit-title", Input).value = "Beta Wire"
        edit.query_one("#feed-edit-side", Select).value = "ru-independent"
        edit.query_one("#feed-edit-interval", Input).value = "20"
        edit.query_one("#feed-edit-tags", Input).value = "wire, ru"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is edit  # 20 s is below the minimum: said, not saved
        assert "at least" in str(edit.query_one("#feed-edit-message").render())
        edit.query_one("#feed-edit-interval", Input).value = "1800"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        beta = next(f for f in app.config.feeds if f.id == "beta")
        assert (beta.title, beta.side, beta.interval, beta.tags) == ("Beta Wire", "ru-independent", 1800, ["wire", "ru"])
        saved = next(f for f in load_config(config.path, create=False).feeds if f.id == "beta")
        assert (saved.title, saved.side, saved.interval, saved.tags) == ("Beta Wire", "ru-independent", 1800,
                                                                          ["wire", "ru"])
        assert any("1 edited" in n.message for n in toasts)
