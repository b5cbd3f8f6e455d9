"""The dashboard's feeds screen takes the same URL check as config.toml: a bad URL is a message."""

from __future__ import annotations

import tomli_w

from tui.app import WarfeedApp
from tui.core.config import load_config
from tui.core.store import Store
from tui.screens.feeds import FeedsScreen

from tests.tui.conftest import wait_until


async def test_feeds_screen_refuses_a_broken_url_and_saves_a_normalised_one(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(tomli_w.dumps({"feeds": [{"id": "a", "url": "http://127.0.0.1:9/a"}]}))
    config = load_config(path, create=False)
    store = Store.open(tmp_path / "data")
    try:
        app = WarfeedApp(config=config, store=store, poll=False)
        async with app.run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            await pilot.press("f")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, FeedsScreen)
            for bad in ("http://[::1/", "http://b.example:99999/", "http://b.example/\x7f"):
                assert not screen.add_url(bad, "intl")
            assert screen.add_url("HTTPS://B.Example/Feed/", "intl")
            await pilot.press("ctrl+s")
            await wait_until(pilot, lambda: len(load_config(path, create=False).feeds) == 2, "the feeds saved")
            assert app.is_running
        urls = [f.url for f in load_config(path, create=False).feeds]
        assert urls == ["http://127.0.0.1:9/a", "https://b.example/Feed/"]
    finally:
        store.close()
