"""The claim pane as read every day: stance visible at 80 columns, newest first, spellings, counts."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from textual.widgets import DataTable

from tui.core.display import sides_text
from tui.widgets.claim_tracker import ClaimTracker

from .conftest import make_story, screen_text, settle
from .test_claim_tracker import NOW, TrackerApp, sample_claims, statement


@pytest.fixture
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def timeline_rows(app) -> list[list[str]]:
    timeline = app.query_one("#claim-timeline", DataTable)
    return [[cell.plain for cell in timeline.get_row_at(row)] for row in range(timeline.row_count)]


async def test_stance_shows_at_80_columns_and_statements_are_newest_first(utc):
    app = TrackerApp(sample_claims())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Stance" in text and "denial" in text and "Time UTC" in text
        rows = timeline_rows(app)
        # Kupiansk: ISW 10m ago, RIA 30m, General Staff 1h, TASS 2h.
        assert [row[3] for row in rows] == ["ISW", "RIA Novosti", "Kyiv Independent", "TASS"]
        assert rows[0][0] == time.strftime("%m-%d %H:%M", time.gmtime(NOW - 600))


async def test_one_story_says_a_thing_once_and_the_counts_agree():
    claims = sample_claims()
    # TASS's story repeats the capture claim in its headline and its first paragraph.
    claims[0].statements.append(statement("Russian forces have taken Kupiansk, the ministry said.", "ru", "claim",
                                          source="TASS", story_id="tass:1", published=NOW - 7100))
    app = TrackerApp(claims)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        rows = timeline_rows(app)
        assert [row[3] for row in rows].count("TASS") == 1 and len(rows) == 4
        table = app.query_one("#claim-table", DataTable)
        sides = table.get_row("control:kupiansk")[3].plain
        assert sides == "RU 2 · UA 1 · other 1" == sides_text(claims[0].statements)


async def test_place_filter_resolves_every_spelling_like_the_story_filter(make_app, store):
    store.save_claims(sample_claims())
    app = make_app([make_story(0)])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        tracker = app.screen.query_one(ClaimTracker)
        for spelling in ("Kupyansk", "Куп'янськ", "Купянск"):
            await pilot.press("3", "slash", *spelling)
            await settle(pilot, app)
            assert tracker.visible_claim_ids == ["control:kupiansk"], spelling
            await pilot.press("enter", "escape")
            await pilot.pause()
            assert len(tracker.visible_claim_ids) == 3


async def test_focus_stays_in_the_claim_pane_when_the_status_filter_empties_it(make_app, store):
    store.save_claims(sample_claims())
    app = make_app([make_story(0)])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        tracker = app.screen.query_one(ClaimTracker)
        await pilot.press("3", "enter")  # into the timeline
        await pilot.pause()
        for _ in range(5):  # claimed, disputed, confirmed, refuted, unverified (none)
            await pilot.press("t")
            await pilot.pause()
        assert tracker.status_filter == "unverified" and tracker.visible_claim_ids == []
        assert tracker in app.screen.focused.ancestors_with_self
        assert app.screen.active_pane == "claims"


def test_claims_list_sorted_aligned_filtered_with_the_pane_counts(tmp_path, utc):
    from tui.core.store import Store

    claims = sample_claims()
    claims[0].statements.append(statement("Russian forces have taken Kupiansk.", "ru", "claim",
                                          source="TASS", story_id="tass:1", published=NOW - 7100))
    store = Store.open(tmp_path / "data")
    store.save_claims(claims)
    store.close()
    env = {**os.environ, "TZ": "UTC", "WARFEED_HOME": str(tmp_path / "data")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tui.cli", "claims", "list", *args], env=env,
                              capture_output=True, text=True, timeout=60)

    out = run()
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert [line.split()[0] for line in lines[1:]] == ["disputed", "claimed", "confirmed"]  # newest update first
    assert len({line.index("RU") for line in lines[1:] if "RU" in line}) == 1  # one column for sides
    assert "RU 2 · UA 1 · other 1" in lines[1] and "4 statements" in lines[1]
    assert "UTC" in lines[0] or "UTC" in lines[1]
    def rows(out: str) -> list[list[str]]:
        return [line.split() for line in out.splitlines()[1:]]

    assert rows(run("--place", "Купянск").stdout) == [lines[1].split()]
    assert rows(run("--status", "confirmed").stdout) == [lines[3].split()]
    bad = run("--status", "rumoured")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
