"""The 'since you were away' digest: shown after a long absence, over the main screen, one key away."""

from __future__ import annotations

import email.utils

import pytest

from tui.app import WarfeedApp
from tui.core.config import Config
from tui.core.digest import ClaimChange, Digest, DigestLog, SourceTrouble
from tui.core.models import Claim, Feed, FeedHealth
from tui.screens.digest import DigestScreen
from tui.screens.main import MainScreen

from .conftest import NOW, make_story, screen_text, settle, wait_until
from .test_screens import HostApp

HOUR = 3600.0
SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 50), id="160x50")]


def closed_at(store, when: float, **statuses: str) -> None:
    """A state file as a session that ended at `when` leaves it."""
    def change(state):
        state.closed_at = when
        state.claim_status = dict(statuses)
        state.feed_states = {"feed0": "ok", "feed1": "ok", "feed2": "ok"}

    DigestLog(store.data_dir).update(change)


def kupiansk(status: str) -> Claim:
    return Claim(id="control:kupiansk", event="control", place="Kupiansk", status=status,
                 first_seen=NOW - 30 * HOUR, last_update=NOW - HOUR)


async def test_digest_after_a_long_absence_then_dismissed(make_app, store, clock):
    old = [make_story(n, fetched_at=NOW - 10 * HOUR) for n in range(3, 6)]
    new = [make_story(n) for n in range(3)]  # fetched at NOW, while the dashboard was closed
    store.ingest(old)
    store.save_claims([kupiansk("disputed")])
    store.set_health([FeedHealth("feed1", last_attempt=NOW - 60, consecutive_failures=3, status=403,
                                 error="The server answered 403 Forbidden.")])
    closed_at(store, NOW - 9 * HOUR, **{"control:kupiansk": "claimed"})
    app = make_app(new, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, DigestScreen)
        text = screen_text(app)
        assert "Since you were away: 9 h" in text
        assert "3 new stories about 3 events" in text
        assert "control of Kupiansk: claimed → disputed" in text
        assert "Source 1 — failing (new): The server answered 403 Forbidden." in text
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
        assert len(app.screen.story_list.stories) == 6  # the list kept working underneath
    # The session's end is the next digest's start, with the statuses shown now.
    state = DigestLog(store.data_dir).state()
    assert state.closed_at == NOW and state.claim_status == {"control:kupiansk": "disputed"}


async def test_escape_dismisses_and_the_next_short_absence_shows_nothing(make_app, store, clock):
    closed_at(store, NOW - 2 * HOUR)
    app = make_app([make_story(0)], poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, DigestScreen)
        await pilot.press("escape")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
    clock.now += 20 * 60  # back after twenty minutes
    app = make_app([make_story(1, fetched_at=clock.now)], poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)


async def test_no_digest_on_first_run_or_when_nothing_happened(make_app, store, clock):
    app = make_app([make_story(0)], poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)  # never closed before: nothing to catch up on
    clock.now += 5 * HOUR
    app = make_app(poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)  # away five hours, nothing arrived or broke


async def test_digest_waits_for_the_first_poll_and_counts_what_it_brought(httpserver, store, clock):
    items = "".join(
        f"<item><guid>n{n}</guid><title>Overnight report {n} from the Zaporizhzhia front</title>"
        f"<link>http://news.example/{n}</link><pubDate>{email.utils.formatdate(NOW - 600 * (n + 1), usegmt=True)}"
        "</pubDate></item>"
        for n in range(4)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'
    httpserver.expect_request("/feed").respond_with_data(body.encode())
    config = Config(feeds=[Feed("desk", httpserver.url_for("/feed"), "Front Desk", "ua-media")], views={},
                    watch=[], keys={})
    closed_at(store, NOW - 6 * HOUR)
    app = WarfeedApp(config=config, store=store, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, DigestScreen), "the digest")
        await settle(pilot, app)
        assert store.count() == 4
        assert app.screen.digest.stories == {"ua": 4}
        assert "4 new stories" in screen_text(app)
        await pilot.press("escape")


@pytest.mark.parametrize("key", ["enter", "escape", "space"])
async def test_each_close_key_dismisses_the_digest(key):
    digest = Digest(since=NOW - 2 * HOUR, now=NOW, stories={"ua": 2}, clusters={"ua": 1}, cluster_total=1)
    app = HostApp(lambda: DigestScreen(digest))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DigestScreen)
        await pilot.press(key)
        await pilot.pause()
        assert not isinstance(app.screen, DigestScreen) and app.results == [None]


# --- snapshots -----------------------------------------------------------------------------


def sample_digest() -> Digest:
    """A busy night: every side, claims on the move, sources in trouble (more than fit)."""
    return Digest(
        since=NOW - 9 * HOUR - 20 * 60,
        now=NOW,
        stories={"ua": 61, "ru": 48, "intl": 20, "analyst": 3},
        clusters={"ua": 22, "ru": 17, "intl": 9, "analyst": 3},
        cluster_total=34,
        new_claims=3,
        claim_changes=[
            ClaimChange("control:kupiansk", "control", "Kupiansk", "claimed", "disputed"),
            ClaimChange("control:pokrovsk", "control", "Pokrovsk", "disputed", "confirmed"),
            ClaimChange("strike:odesa", "strike", "Odesa", "claimed", "refuted"),
            ClaimChange("control:siversk", "control", "Siversk", "claimed", "disputed"),
            ClaimChange("shootdown:kharkiv", "shootdown", "Kharkiv", "unverified", "claimed"),
        ],
        sources=[
            SourceTrouble("tass", "TASS", "failing", "The server answered 403 Forbidden.", True),
            SourceTrouble("bbc", "BBC Europe", "failing", "The page is HTML, not a feed.", False),
            SourceTrouble("isw", "ISW", "stale", "nothing published for 31 h (usually every 6 h)", True),
        ],
    )


@pytest.mark.parametrize("size", SIZES)
def test_digest_snapshot(snap_compare, size):
    assert snap_compare(HostApp(lambda: DigestScreen(sample_digest())), terminal_size=size)


def test_quiet_digest_snapshot(snap_compare):
    # Only stories: the other sections say there is nothing to report.
    digest = Digest(since=NOW - 2 * HOUR, now=NOW, stories={"ru": 1}, clusters={"ru": 1}, cluster_total=1)
    assert snap_compare(HostApp(lambda: DigestScreen(digest)), terminal_size=(80, 24))
