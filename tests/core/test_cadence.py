"""A feed is stale when quiet for far longer than its own cadence, learnt from its stories' times."""

from __future__ import annotations

import email.utils
import random
from pathlib import Path

from tests.clock import Clock
from tui.core.fetch import Fetcher
from tui.core.models import Feed, FeedHealth
from tui.core.poller import Poller
from tui.core.store import Store

START = 1_763_640_000.0  # 2025-11-20 12:00 UTC
HOUR = 3600.0
DAY = 86400.0




def polled(times: list[float], *, at: float = START) -> FeedHealth:
    """Health of a feed that answered at `at` listing stories published at `times`."""
    health = FeedHealth("feed", last_attempt=at, last_success=at, status=200,
                        newest_item_at=max(times, default=None))
    health.record_items(times)
    return health


def every(gap: float, count: int, *, newest: float = START) -> list[float]:
    """count publication times `gap` seconds apart, the newest at `newest`."""
    return [newest - gap * n for n in range(count)]


# --- the rule ------------------------------------------------------------------------------


def test_hourly_feed_is_stale_after_six_hours_not_three_days():
    clock = Clock()
    health = polled(every(HOUR, 20))
    assert health.cadence() == HOUR
    assert health.stale_after() == 6 * HOUR  # 4 x 1 h is under the 6 h floor
    clock.advance(5 * HOUR)
    assert health.state(clock()) == "ok"
    clock.advance(1.5 * HOUR)
    assert health.state(clock()) == "stale"


def test_four_hourly_feed_gets_four_times_its_cadence():
    clock = Clock()
    health = polled(every(4 * HOUR, 20))
    assert health.stale_after() == 16 * HOUR
    clock.advance(15 * HOUR)
    assert health.state(clock()) == "ok"
    clock.advance(2 * HOUR)
    assert health.state(clock()) == "stale"


def test_weekly_feed_is_capped_at_seven_days():
    clock = Clock()
    health = polled(every(7 * DAY, 10))
    assert health.cadence() == 7 * DAY
    assert health.stale_after() == 7 * DAY  # not 28 days
    clock.advance(6 * DAY)
    assert health.state(clock()) == "ok"  # would be stale under the fixed 3-day rule
    clock.advance(1.5 * DAY)
    assert health.state(clock()) == "stale"


def test_busy_feed_never_goes_below_the_floor():
    clock = Clock()
    health = polled(every(60.0, 20))
    assert health.cadence() == 60.0
    clock.advance(5 * HOUR)  # a quiet night for a wire that posts every minute
    assert health.state(clock()) == "ok"
    clock.advance(2 * HOUR)
    assert health.state(clock()) == "stale"


def test_too_little_history_falls_back_to_three_days():
    clock = Clock()
    health = polled(every(HOUR, 5))  # 4 gaps: not enough to trust
    assert health.cadence() is None
    assert health.stale_after() == FeedHealth.STALE_AFTER == 3 * DAY
    clock.advance(2 * DAY)
    assert health.state(clock()) == "ok"
    clock.advance(1.5 * DAY)
    assert health.state(clock()) == "stale"


def test_median_ignores_one_long_gap_and_bursts():
    # Hourly with one weekend gap and a burst of three in the same minute.
    times = every(HOUR, 16, newest=START) + every(HOUR, 3, newest=START - 60 * HOUR) + [START - 60 * HOUR + 1]
    health = polled(times)
    assert health.cadence() == HOUR


def test_failing_and_waiting_win_over_stale():
    clock = Clock()
    health = polled(every(HOUR, 20))
    clock.advance(DAY)
    assert health.state(clock()) == "stale"
    health.consecutive_failures = 1
    assert health.state(clock()) == "failing"
    health.retry_after_until = clock() + 60
    assert health.state(clock()) == "waiting"


def test_history_keeps_the_newest_distinct_times():
    health = polled(every(HOUR, 30))
    assert len(health.recent_items) == FeedHealth.CADENCE_ITEMS
    assert health.recent_items[-1] == START and health.recent_items == sorted(health.recent_items)
    shared = health.recent_items
    # The same stories again plus one new: nothing doubles, and the old list is not edited.
    health.record_items([*every(HOUR, 30), START + HOUR])
    assert health.recent_items[-1] == START + HOUR and len(set(health.recent_items)) == FeedHealth.CADENCE_ITEMS
    assert shared[-1] == START


def test_cadence_changes_as_the_feed_changes():
    health = polled(every(HOUR, 21))
    # The outlet moves to a story every ten minutes: after 21 of those the old rhythm is gone.
    health.record_items(every(600.0, 21, newest=START + 21 * 600.0))
    assert health.cadence() == 600.0


def test_old_files_load_and_json_says_cadence():
    old = {"feed_id": "feed", "last_attempt": START, "last_success": START, "newest_item_at": START - DAY}
    health = FeedHealth.from_dict(old)
    assert health.recent_items == [] and health.state(START) == "ok"
    again = FeedHealth.from_dict(polled(every(2 * HOUR, 20)).to_dict())
    shown = again.to_json(START + 9 * HOUR)
    assert shown["cadence"] == 2 * HOUR and shown["stale_after"] == 8 * HOUR and shown["state"] == "stale"


# --- learnt by the poller from a real feed -------------------------------------------------


def rss(times: list[float]) -> bytes:
    """RSS whose items are published at `times`, plus one undated item."""
    items = "".join(
        f"<item><guid>i{n}</guid><title>Report {n}</title><link>http://news.example/{n}</link>"
        f"<pubDate>{email.utils.formatdate(t, usegmt=True)}</pubDate></item>"
        for n, t in enumerate(times)
    )
    undated = "<item><guid>undated</guid><title>Undated notice</title></item>"
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}{undated}'
            "</channel></rss>").encode()


async def test_poller_learns_cadence_and_survives_a_restart(httpserver, tmp_path: Path, clock):
    httpserver.expect_ordered_request("/feed").respond_with_data(rss(every(2 * HOUR, 8, newest=START - HOUR)))
    httpserver.expect_ordered_request("/feed").respond_with_data(
        rss(every(2 * HOUR, 8, newest=START + HOUR)))
    feed = Feed(id="desk", url=httpserver.url_for("/feed"), title="Desk", interval=900)
    store = Store.open(tmp_path / "data", clock=clock)
    try:
        async with Fetcher(clock=clock, deadline=5.0) as fetcher:
            poller = Poller(store, [feed], fetcher, clock=clock, rng=random.Random(7), parse_workers=0)
            await poller.poll()
            health = store.health()["desk"]
            # The undated item (stamped with the poll time) is not a publication time.
            assert health.recent_items == sorted(every(2 * HOUR, 8, newest=START - HOUR))
            assert health.cadence() == 2 * HOUR
            clock.advance(2 * HOUR + 60)
            await poller.poll(force=True)
    finally:
        store.close()
    reopened = Store.open(tmp_path / "data", clock=clock)
    try:
        health = reopened.health()["desk"]
        assert len(health.recent_items) == 9 and health.recent_items[-1] == START + HOUR
        assert health.stale_after() == 8 * HOUR
        assert health.state(START + HOUR + 7 * HOUR) == "ok"
        assert health.state(START + HOUR + 9 * HOUR) == "stale"
    finally:
        reopened.close()


# --- watched sources going quiet -----------------------------------------------------------


def test_watch_rules_name_sources_as_the_filter_does():
    from tui.core.digest import watched_feeds

    feeds = [Feed("tass", "https://tass.example/rss", "TASS"), Feed("kyiv", "https://kyivindependent.example/rss",
                                                                     "Kyiv Independent"),
             Feed("isw", "https://understandingwar.example/feed", "")]
    assert watched_feeds(feeds, []) == set()
    assert watched_feeds(feeds, ["drone Odesa", "-source:tass"]) == set()  # no source, or excluded
    assert watched_feeds(feeds, ["source:tass Kupiansk"]) == {"tass"}
    assert watched_feeds(feeds, ['source:"kyiv independent"', "source:understandingwar"]) == {"kyiv", "isw"}
    assert watched_feeds(feeds, ['source:"unclosed']) == set()


def test_a_stale_period_is_announced_once_and_again_after_new_stories():
    from tui.core.digest import DigestState, mark_alerted, newly_stale

    clock = Clock()
    feed = Feed("tass", "https://tass.example/rss", "TASS")
    health = {"tass": polled(every(HOUR, 20))}
    state = DigestState()
    assert newly_stale([feed], health, {"tass"}, state.stale_alerted, clock()) == []
    clock.advance(7 * HOUR)
    stale = newly_stale([feed], health, {"tass"}, state.stale_alerted, clock())
    assert [f.id for f, _ in stale] == ["tass"]
    assert newly_stale([feed], health, set(), state.stale_alerted, clock()) == []  # not watched
    mark_alerted(state, stale)
    clock.advance(HOUR)
    assert newly_stale([feed], health, {"tass"}, state.stale_alerted, clock()) == []
    # The feed publishes again, then falls silent again: a new quiet period.
    health["tass"].record_items([clock()])
    clock.advance(7 * HOUR)
    assert [f.id for f, _ in newly_stale([feed], health, {"tass"}, state.stale_alerted, clock())] == ["tass"]


def test_digest_state_file_round_trip_and_damage(tmp_path: Path):
    from tui.core.digest import STATE_FILE, DigestLog

    log = DigestLog(tmp_path)
    assert log.state().closed_at is None
    log.update(lambda state: state.stale_alerted.update(tass=START))
    log.update(lambda state: setattr(state, "closed_at", START + 60))
    again = DigestLog(tmp_path).state()
    assert again.stale_alerted == {"tass": START} and again.closed_at == START + 60
    assert [p.name for p in tmp_path.iterdir()] == [STATE_FILE]  # no temp file left behind
    (tmp_path / STATE_FILE).write_bytes(b'{"closed_at": "soon", "stale_alerted": [1, 2')
    assert DigestLog(tmp_path).state().closed_at is None
    (tmp_path / STATE_FILE).write_text('{"closed_at": 5, "claim_status": {"a": "claimed", "b": 3}}')
    assert DigestLog(tmp_path).state().claim_status == {"a": "claimed"}
