"""A watched source that goes quiet for far longer than its cadence: toast and bell, once."""

from __future__ import annotations

import email.utils

from tui.app import WarfeedApp
from tui.core.config import Config
from tui.core.models import Feed

from .conftest import NOW, Toasts, settle, wait_until

HOUR = 3600.0


def rss(newest: float, count: int = 20) -> bytes:
    """An hourly feed whose newest item is at `newest`."""
    items = "".join(
        f"<item><guid>q{n}</guid><title>Hourly bulletin {n}</title><link>http://quiet.example/{n}</link>"
        f"<pubDate>{email.utils.formatdate(newest - HOUR * n, usegmt=True)}</pubDate></item>"
        for n in range(count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'.encode()


async def run_polled(app: WarfeedApp, bells: list) -> list[str]:
    """Run the app through its first real poll cycle; the toasts it raised."""
    toasts = Toasts()
    async with app.run_test(message_hook=toasts, size=(120, 40)) as pilot:
        app.bell = lambda: bells.append(True)
        # This session's poll has landed once the feed's last attempt is now.
        await wait_until(pilot, lambda: app.health.get("quiet") and app.health["quiet"].last_attempt == app.clock(),
                         "this session's poll")
        await settle(pilot, app)
        return [f"{n.title}: {n.message}" for n in toasts]


async def test_watched_quiet_source_alerts_once_per_quiet_period(httpserver, store, clock):
    # Hourly all along, nothing for the last 9 hours: stale for this feed (not under 3 days).
    httpserver.expect_request("/quiet").respond_with_data(rss(NOW - 9 * HOUR))
    httpserver.expect_request("/busy").respond_with_data(rss(NOW - 600))
    feeds = [Feed("quiet", httpserver.url_for("/quiet"), "Quiet Desk"), Feed("busy", httpserver.url_for("/busy"),
                                                                             "Busy Desk")]
    config = Config(feeds=feeds, views={}, watch=["source:desk"], keys={})
    bells: list = []
    toasts = await run_polled(WarfeedApp(config=config, store=store, clock=clock), bells)
    quiet = [t for t in toasts if t.startswith("Watched source quiet")]
    assert quiet == ["Watched source quiet: Quiet Desk: nothing published for 9 h (usually every 1 h)."]
    assert bells
    assert store.health()["quiet"].state(clock()) == "stale" and store.health()["busy"].state(clock()) == "ok"

    # The same quiet period in the next session: not announced again.
    clock.now += HOUR
    bells.clear()
    toasts = await run_polled(WarfeedApp(config=config, store=store, clock=clock), bells)
    assert not [t for t in toasts if t.startswith("Watched source quiet")] and not bells


async def test_unwatched_quiet_source_stays_silent(httpserver, store, clock):
    httpserver.expect_request("/quiet").respond_with_data(rss(NOW - 9 * HOUR))
    config = Config(feeds=[Feed("quiet", httpserver.url_for("/quiet"), "Quiet Desk")], views={},
                    watch=["source:tass", "Kupiansk"], keys={})
    bells: list = []
    toasts = await run_polled(WarfeedApp(config=config, store=store, clock=clock), bells)
    assert store.health()["quiet"].state(clock()) == "stale"
    assert not [t for t in toasts if t.startswith("Watched source quiet")] and not bells
