"""The claim pane shows a statement a later version of its story dropped: struck through, with
when, and left out of the claim's sides."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import DataTable

from tui.widgets.claim_tracker import ClaimTracker, timeline_stamp

from .conftest import NOW, make_story, settle
from .test_claim_reject import disputed_claim


async def test_a_withdrawn_statement_is_struck_through_with_its_time_and_not_counted(make_app, store):
    stories = [make_story(i) for i in range(2)]
    claim = disputed_claim(stories[0].id, stories[1].id)
    claim.statements[1] = replace(claim.statements[1], withdrawn=NOW - 60)
    claim.status = "claimed"
    app = make_app(stories)
    store.save_claims([claim])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("3")
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        tracker = app.screen.query_one(ClaimTracker)
        table = tracker.query_one("#claim-table", DataTable)
        assert table.get_cell("control:kupiansk", "sides").plain == "RU 1"
        timeline = tracker.query_one("#claim-timeline", DataTable)
        rows = [[cell.plain for cell in timeline.get_row_at(n)] for n in range(timeline.row_count)]
        # Newest first: the denial, then the claim.
        assert rows[0][2] == f"denial ✗ withdrawn {timeline_stamp(NOW - 60)}"
        assert "strike" in str(timeline.get_row_at(0)[2].style)
        assert rows[1][2] == "claim"
