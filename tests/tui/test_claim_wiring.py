"""The claim pane wired into the main screen: open a story, verdicts and watches persisted, `c`."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.core.models import Claim, Statement
from tui.core.poll_results import CycleReport
from tui.core.store import Store
from tui.screens.main import MainScreen
from tui.screens.verdict import VerdictScreen
from tui.widgets.claim_tracker import ClaimTracker
from tui.widgets.reader import Reader
from tui.widgets.story_list import StoryList

from .conftest import NOW, Toasts, make_story, settle


def kupiansk_claim(story_id: str, *, watched: bool = False) -> Claim:
    """One control claim whose only statement comes from `story_id`."""
    return Claim(
        id="control:kupiansk", event="control", place="Kupiansk", status="claimed", first_seen=NOW - 600,
        last_update=NOW - 600, watched=watched,
        statements=[Statement("The ministry said its forces took Kupiansk.", "Defence Ministry", "ru", "claim",
                              "control", place="Kupiansk", story_id=story_id, source="Source 1", published=NOW - 600)],
    )


def with_claims(store: Store, story_ids: list[str], claim: Claim) -> None:
    store.save_claims([claim])
    for story_id in story_ids:
        store.set_story_claims(story_id, ["Kupiansk"], [claim.id])


async def test_open_story_from_a_statement_clears_the_hiding_filter(make_app, store):
    stories = [make_story(i) for i in range(12)]
    app = make_app(stories)
    with_claims(store, [stories[7].id], kupiansk_claim(stories[7].id))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *"number 3", "enter")
        await settle(pilot, app)
        screen: MainScreen = app.screen
        assert [s.id for s in screen.story_list.stories] == [stories[3].id]
        # Into the claim pane, enter on the claim (to its timeline), enter on the statement.
        await pilot.press("3", "enter")
        await settle(pilot, app)
        assert screen.focused.id == "claim-timeline"
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.query_text == "" and len(screen.story_list.stories) == 12
        assert screen.story_list.selected.id == stories[7].id
        assert screen.query_one(Reader).story.id == stories[7].id
        assert store.story(stories[7].id).read is True


async def test_open_story_that_is_shown_selects_it_without_touching_the_filter(make_app, store):
    stories = [make_story(i) for i in range(5)]
    app = make_app(stories)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        screen: MainScreen = app.screen
        screen.query_one(ClaimTracker).post_message(ClaimTracker.OpenStory(stories[4].id))
        await settle(pilot, app)
        assert screen.story_list.cursor == 4
        assert screen.query_one(Reader).story.id == stories[4].id
        screen.query_one(ClaimTracker).post_message(ClaimTracker.OpenStory("gone:1"))
        await settle(pilot, app)
        assert screen.story_list.cursor == 4 and app.is_running


async def test_verdict_key_in_the_claim_pane_is_saved_and_survives_reopen(make_app, store):
    stories = [make_story(i) for i in range(3)]
    app = make_app(stories)
    with_claims(store, [stories[1].id], kupiansk_claim(stories[1].id))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("3", "V")
        await settle(pilot, app)
        assert isinstance(app.screen, VerdictScreen)
        app.screen.dismiss(("refuted", "footage is old"))
        await settle(pilot, app)
        stored = store.claims()[0]
        assert (stored.verdict, stored.verdict_note, stored.status) == ("refuted", "footage is old", "refuted")
        await pilot.press("w")
        await settle(pilot, app)
        assert store.claims()[0].watched is True
    store.close()
    reopened = Store.open(store.data_dir)
    try:
        claim = reopened.claims()[0]
        assert (claim.verdict, claim.watched) == ("refuted", True)
    finally:
        reopened.close()


async def test_c_filters_the_claim_pane_and_highlight_does_not(make_app, store):
    stories = [make_story(i) for i in range(4)]
    app = make_app(stories)
    other = Claim(id="strike:odesa", event="strike", place="Odesa", first_seen=NOW, last_update=NOW,
                  statements=[Statement("A drone struck Odesa.", None, "ua", "claim", "strike", place="Odesa",
                                        story_id=stories[2].id)])
    with_claims(store, [stories[0].id], kupiansk_claim(stories[0].id))
    store.save_claims([other])
    store.set_story_claims(stories[2].id, ["Odesa"], [other.id])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        tracker = app.screen.query_one(ClaimTracker)
        assert sorted(tracker.visible_claim_ids) == ["control:kupiansk", "strike:odesa"]
        await pilot.press("j", "j")
        await settle(pilot, app)
        assert len(tracker.visible_claim_ids) == 2, "moving the cursor must not filter the claims"
        await pilot.press("c")
        await settle(pilot, app)
        assert tracker.visible_claim_ids == ["strike:odesa"]
        await pilot.press("c")
        await settle(pilot, app)
        assert len(tracker.visible_claim_ids) == 2
        await pilot.press("j")  # a story without claims: `c` does not apply
        assert app.screen.check_action("claims_of_story", ()) is False


async def test_claim_markers_show_for_stories_with_claims(make_app, store):
    stories = [make_story(i) for i in range(3)]
    app = make_app(stories)
    with_claims(store, [stories[1].id], kupiansk_claim(stories[1].id))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        rows = app.screen.query_one(StoryList)
        marked = [rows.render_line(y).text for y in range(3)]
        assert "◆" in marked[1] and "◆" not in marked[0] and "◆" not in marked[2]


async def test_a_watched_claim_that_changes_after_a_poll_raises_a_toast_and_the_bell(make_app, store):
    first = make_story(1, title="Russia's Defence Ministry said its forces captured Kupiansk.")
    app = make_app([first])
    with_claims(store, [first.id], kupiansk_claim(first.id, watched=True))
    bells = []
    toasts = Toasts()
    async with app.run_test(message_hook=toasts, size=(160, 50)) as pilot:
        app.bell = lambda: bells.append(True)
        await settle(pilot, app)
        denial = make_story(0, title="Ukraine's General Staff denied that Russian troops had captured Kupiansk.",
                            summary="")
        store.ingest([denial])
        app.process_news(CycleReport(new_ids=[denial.id]))
        await settle(pilot, app)
        toasts = [n.message for n in toasts]
        assert any(t.startswith("Claim updated: control of Kupiansk — Source 0: Ukraine's General Staff denied")
                   for t in toasts), toasts
        assert bells
        tracker = app.screen.query_one(ClaimTracker)
        assert tracker.query_one("#claim-table", DataTable).row_count == 1
        assert len(store.claims()[0].statements) == 2


async def test_palette_filter_action_filters_the_list(make_app):
    app = make_app([make_story(i) for i in range(9)])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await app.screen.run_action("set_filter('source:\"Source 2\"')")
        await settle(pilot, app)
        shown = app.screen.query_one(StoryList).stories
        assert shown and all(s.source == "Source 2" for s in shown)
