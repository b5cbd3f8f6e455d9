"""Rejecting a statement in the claim pane: the status follows at once, the rejection is stored,
survives a restart, and shows in `claims list --json` and the ClaimReview export."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
from textual.widgets import DataTable

from tui.core.models import Claim, Statement
from tui.core.store import Store
from tui.widgets.claim_tracker import ClaimTracker

from .conftest import NOW, make_story, settle

ROOT = Path(__file__).resolve().parents[2]


def disputed_claim(claim_story: str, denial_story: str) -> Claim:
    """A Russian claim and a Ukrainian denial: disputed until the user rejects the denial."""
    return Claim(
        id="control:kupiansk", event="control", place="Kupiansk", status="disputed", first_seen=NOW - 900,
        last_update=NOW - 300,
        statements=[
            Statement("The ministry said its forces took Kupiansk.", "Russian Defense Ministry", "ru", "claim",
                      "control", place="Kupiansk", story_id=claim_story, source="Source 1", published=NOW - 900),
            Statement("Kyiv denied that Kupiansk had fallen.", "Ukraine", "ua", "denial", "control",
                      place="Kupiansk", story_id=denial_story, source="Source 2", published=NOW - 300),
        ],
    )


def _warfeed(data_dir: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "WARFEED_HOME"}
    result = subprocess.run([sys.executable, "-m", "tui.cli", "--data-dir", str(data_dir), "--config",
                             str(data_dir / "none.toml"), *args], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


async def test_reject_key_on_a_statement_changes_the_status_persists_and_is_exported(make_app, store):
    stories = [make_story(i) for i in range(3)]
    app = make_app(stories)
    store.save_claims([disputed_claim(stories[0].id, stories[1].id)])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        tracker = app.screen.query_one(ClaimTracker)
        # Into the claim pane and its statement table; the key is offered only there.
        await pilot.press("3")
        await settle(pilot, app)
        assert app.screen.check_action("reject_statement", ()) is not True or not tracker.query_one(
            "#claim-timeline", DataTable).has_focus
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.focused.id == "claim-timeline"
        assert tracker.check_action("reject_statement", ()) is True
        assert "reject_statement" in {b.binding.id for b in app.active_bindings.values()}
        # The denial, the later statement, is the first row: statements are newest first.
        await pilot.press("R")
        # At once, before anything is saved: the widget's claim has lost its denial.
        assert tracker.selected_claim.status == "claimed"
        await settle(pilot, app)
        stored = store.claims()[0]
        assert stored.status == "claimed"
        assert [s.rejected for s in stored.statements] == [False, True]
        # The key again restores it.
        await pilot.press("R")
        await settle(pilot, app)
        assert store.claims()[0].status == "disputed"
        await pilot.press("R")
        await settle(pilot, app)
        assert store.claims()[0].status == "claimed"
    store.close()
    reopened = Store.open(store.data_dir)
    try:
        claim = reopened.claims()[0]
        assert claim.status == "claimed" and claim.statements[1].rejected is True
    finally:
        reopened.close()
    listed = orjson.loads(_warfeed(store.data_dir, "claims", "list", "--json"))
    assert [s["rejected"] for s in listed[0]["statements"]] == [False, True]
    assert listed[0]["status"] == "claimed"
    review = orjson.loads(_warfeed(store.data_dir, "export", "--format", "claimreview"))
    appearances = review[0]["itemReviewed"]["appearance"]
    assert [a.get("rejected", False) for a in appearances] == [False, True]


async def test_help_lists_the_reject_key_with_its_id(make_app, store):
    app = make_app([make_story(0)])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("question_mark")
        await settle(pilot, app)
        rows = {row[2]: row for row in app.screen.bindings}
        assert rows["reject_statement"][1] == "Reject the selected statement (again: restore it)"
