"""SVG snapshots (pytest-textual-snapshot) of the claim pane and every modal, with fixed data and clock.

Regenerate after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the SVGs before committing them.
"""

from __future__ import annotations

import pytest

from tui.core.models import Claim
from tui.screens.feeds import FeedsScreen
from tui.screens.health import HealthScreen
from tui.screens.help import HelpScreen
from tui.screens.verdict import VerdictScreen

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
