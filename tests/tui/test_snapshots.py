"""SVG snapshots (pytest-textual-snapshot) of the claim pane and every modal, with fixed data and clock.

Regenerate after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the SVGs before committing them.
"""

from __future__ import annotations

import time

import pytest

from tui.core.models import Claim
from tui.screens.feeds import FeedsScreen
from tui.screens.health import HealthScreen
from tui.screens.help import HelpScreen
from tui.screens.verdict import VerdictScreen

from tests.factories import story

from .test_claim_tracker import TrackerApp, sample_claims
from .test_screens import FEEDS, HEALTH, NOW, HostApp

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 50), id="160x50")]

HELP_ROWS = [
    ("j/k", "Next / previous story", "cursor_down"),
    ("enter", "Open in reader", "open_story"),
    ("/", "Filter stories", "filter"),
    ("c", "Claims of this story", "story_claims"),
    ("e", "Feed health", "feed_health"),
    ("f", "Manage feeds", "feeds"),
    ("V", "Your verdict on a claim", "claim_verdict"),
    ("w", "Watch a claim", "claim_watch"),
    ("ctrl+p", "Command palette", "command_palette"),
    ("q", "Quit", "quit"),
]


def tracker_claims() -> list[Claim]:
    """The sample claims with a user verdict and a watch, so both marks are pinned."""
    claims = sample_claims()
    claims[1].verdict = "refuted"
    claims[1].verdict_note = "port footage is from 2023"
    claims[2].watched = True
    return claims


@pytest.mark.parametrize("size", SIZES)
def test_claim_pane(snap_compare, size):
    assert snap_compare(TrackerApp(tracker_claims()), terminal_size=size)


def test_claim_pane_empty(snap_compare):
    assert snap_compare(TrackerApp([]), terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES)
def test_health_screen(snap_compare, size):
    assert snap_compare(HostApp(lambda: HealthScreen(FEEDS, HEALTH, NOW)), terminal_size=size)


def test_health_screen_light_theme(snap_compare):
    app = HostApp(lambda: HealthScreen(FEEDS, HEALTH, NOW))
    app.theme = "textual-light"
    assert snap_compare(app, terminal_size=(160, 50), press=["n"])


@pytest.mark.parametrize("size", SIZES)
def test_feeds_screen(snap_compare, size):
    # One pending removal so the change column is pinned too.
    assert snap_compare(HostApp(lambda: FeedsScreen(FEEDS)), terminal_size=size, press=["down", "d"])


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare, size):
    assert snap_compare(HostApp(lambda: HelpScreen(HELP_ROWS)), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_verdict_screen(snap_compare, size):
    claim = tracker_claims()[0]
    assert snap_compare(HostApp(lambda: VerdictScreen(claim)), terminal_size=size)


# -- the main screen, built through the CLI's constructor -------------------------------

MAIN_STORIES = [
    # (id, source, side, title, minutes before NOW, claim ids)
    ("kyiv:1", "Kyiv Independent", "ua-media", "General Staff denies Russian claim that Kupiansk has fallen", 60, ["control:kupiansk"]),
    ("tass:1", "TASS", "ru-state", "Russian forces take control of Kupiansk, Defence Ministry says", 120, ["control:kupiansk"]),
    ("isw:1", "ISW", "analyst", "Russian Offensive Campaign Assessment, November 20", 10, ["control:kupiansk"]),
    ("ukr:1", "Ukrinform", "ua-official", "Drone attack damages port infrastructure in Odesa", 1440, ["strike:odesa"]),
    ("meduza:1", "Meduza", "ru-independent", "Regional officials report power cuts after overnight strikes", 200, []),
    ("bbc:1", "BBC Europe", "intl", "EU ministers meet to discuss new sanctions package", 300, []),
    ("tass:2", "TASS", "ru-state", "Wagner fighters claim full control of Bakhmut", 300, ["control:bakhmut"]),
]


@pytest.fixture
def main_app(tmp_path, monkeypatch):
    """WarfeedApp on a real Store with fixed stories, claims and feeds; polling switched off."""
    from tui.app import WarfeedApp
    from tui.core.config import Config
    from tui.core.models import Feed, FeedHealth
    from tui.core.store import Store

    # The reader shows local time next to UTC: pin the zone so the snapshot is the same everywhere.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    store = Store.open(tmp_path / "data", clock=lambda: NOW)
    store.ingest(
        [
            story(feed=sid.split(":")[0], id=sid, source=source, side=side, title=title,
                  link=f"https://{sid.split(':')[0]}.example/{sid.split(':')[1]}", published=NOW - minutes * 60,
                  summary=f"{title}. More detail follows in the full article.", fetched_at=NOW, claim_ids=claim_ids)
            for sid, source, side, title, minutes, claim_ids in MAIN_STORIES
        ]
    )
    store.save_claims(tracker_claims())
    feeds = [Feed(sid.split(":")[0], f"https://{sid.split(':')[0]}.example/rss", source, side)
             for sid, source, side, *_ in MAIN_STORIES if sid.endswith(":1")]
    # Feed health as after a few polls: one feed failing, so the header's counts are pinned.
    store.set_health([FeedHealth(f.id, last_attempt=NOW - 60, last_success=NOW - 60, newest_item_at=NOW - 600,
                                 next_poll_at=NOW + 240) for f in feeds[1:]]
                     + [FeedHealth(feeds[0].id, last_attempt=NOW - 60, consecutive_failures=2, status=503,
                                   error="The server answered 503 Service Unavailable.")])
    config = Config(feeds=feeds, views={"russian claims": "side:ru"}, watch=[], keys={})
    # poll=False: real feeds in the config, but nothing touches the network during a snapshot.
    yield WarfeedApp(config=config, store=store, clock=lambda: NOW, poll=False)
    store.close()
    monkeypatch.undo()
    time.tzset()


async def settle(pilot) -> None:
    """Let the store-loading workers finish and their messages land before the screenshot."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_main_screen(snap_compare, main_app, size):
    assert snap_compare(main_app, terminal_size=size, run_before=settle)
