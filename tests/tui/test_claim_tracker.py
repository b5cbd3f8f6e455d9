"""ClaimTracker driven through Pilot in a tiny host app, with claims built from the models."""

from __future__ import annotations

import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input, RadioSet, Static

from tui.core.models import Claim, Statement
from tui.screens.verdict import VerdictScreen, ask_verdict
from tui.widgets.claim_tracker import ClaimTracker, relative_time, side_counts

STYLES = Path(__file__).resolve().parents[2] / "styles"
NOW = 1_763_640_000.0  # 2025-11-20 12:00 UTC, fixed so relative times are stable


def statement(sentence, side, stance, *, source, story_id=None, published=NOW - 3600, speaker=None, place="Kupiansk"):
    return Statement(
        sentence=sentence,
        speaker=speaker,
        side=side,
        stance=stance,
        event="control",
        place=place,
        story_id=story_id,
        source=source,
        published=published,
    )


def sample_claims() -> list[Claim]:
    """Three claims with different places, statuses and ages."""
    kupiansk = Claim(
        id="control:kupiansk",
        event="control",
        place="Kupiansk",
        status="disputed",
        first_seen=NOW - 7200,
        last_update=NOW - 600,
        statements=[
            statement("The Russian Defence Ministry said its forces took Kupiansk.", "ru", "claim",
                      source="TASS", story_id="tass:1", published=NOW - 7200, speaker="Russian Defence Ministry"),
            statement("Ukraine's General Staff denied that Kupiansk had fallen.", "ua", "denial",
                      source="Kyiv Independent", story_id="kyiv:1", published=NOW - 3600, speaker="General Staff"),
            statement("RIA repeated the capture claim.", "ru", "claim", source="RIA Novosti", story_id="ria:1",
                      published=NOW - 1800),
            statement("ISW has not observed evidence of the capture.", "other", "hedge", source="ISW",
                      story_id="isw:1", published=NOW - 600, speaker="ISW"),
        ],
    )
    odesa = Claim(
        id="strike:odesa",
        event="strike",
        place="Odesa",
        status="confirmed",
        first_seen=NOW - 86400 * 2,
        last_update=NOW - 86400,
        statements=[
            statement("A drone struck the port of Odesa, officials said.", "ua", "claim", source="Ukrinform",
                      story_id="ukr:1", published=NOW - 86400, place="Odesa"),
        ],
    )
    bakhmut = Claim(
        id="control:bakhmut",
        event="control",
        place="Bakhmut",
        status="claimed",
        first_seen=NOW - 3600 * 5,
        last_update=NOW - 3600 * 5,
        statements=[
            statement("Wagner claimed full control of Bakhmut.", "ru", "claim", source="TASS", story_id="tass:2",
                      published=NOW - 3600 * 5, place="Bakhmut"),
        ],
    )
    return [kupiansk, odesa, bakhmut]


class TrackerApp(App):
    """Hosts one ClaimTracker and records the messages it posts."""

    # app.tcss holds the side colours every pane shares.
    CSS_PATH = [STYLES / "app.tcss", STYLES / "claims.tcss", STYLES / "screens.tcss"]

    def __init__(self, claims: list[Claim] | None = None) -> None:
        super().__init__()
        self.initial = claims
        self.posted: list = []

    def compose(self) -> ComposeResult:
        yield ClaimTracker(clock=lambda: NOW)

    def on_mount(self) -> None:
        if self.initial is not None:
            self.query_one(ClaimTracker).show_claims(self.initial)
        self.query_one("#claim-table").focus()

    def on_claim_tracker_open_story(self, message: ClaimTracker.OpenStory) -> None:
        self.posted.append(("open", message.story_id))

    def on_claim_tracker_verdict_requested(self, message: ClaimTracker.VerdictRequested) -> None:
        # What the main screen does: the tracker asks, the screen layer opens the dialog.
        ask_verdict(self, self.query_one(ClaimTracker), message.claim)

    def on_claim_tracker_verdict_set(self, message: ClaimTracker.VerdictSet) -> None:
        self.posted.append(("verdict", message.claim_id, message.verdict, message.note))

    def on_claim_tracker_watch_toggled(self, message: ClaimTracker.WatchToggled) -> None:
        self.posted.append(("watch", message.claim_id))


def cell_texts(table: DataTable, row: int) -> list[str]:
    return [cell.plain for cell in table.get_row_at(row)]


def test_relative_time_and_side_counts():
    assert relative_time(NOW - 30, NOW) == "just now"
    assert relative_time(NOW - 600, NOW) == "10m ago"
    assert relative_time(NOW - 7200, NOW) == "2h ago"
    assert relative_time(NOW + 300, NOW) == "in 5m"
    assert relative_time(None, NOW) == "—"
    # Two RU statements from two outlets count 2; the side order is fixed RU, UA, other.
    assert side_counts(sample_claims()[0].statements) == {"ru": 2, "ua": 1, "other": 1}


async def test_empty_tracker_explains_itself():
    app = TrackerApp([])
    async with app.run_test() as pilot:
        await pilot.pause()
        empty = app.query_one("#claim-empty", Static)
        assert empty.display
        assert "No claims tracked yet" in str(empty.render())
        assert not app.query_one("#claim-table").display


async def test_rows_show_status_sides_and_relative_update_newest_first():
    app = TrackerApp(sample_claims())
    async with app.run_test() as pilot:
        await pilot.pause()
        tracker = app.query_one(ClaimTracker)
        table = app.query_one("#claim-table", DataTable)
        assert tracker.visible_claim_ids == ["control:kupiansk", "control:bakhmut", "strike:odesa"]
        assert cell_texts(table, 0) == ["Kupiansk", "control", "disputed", "RU 2 · UA 1 · other 1", "10m ago"]
        assert cell_texts(table, 2)[4] == "1d ago"
        assert not app.query_one("#claim-empty").display


async def test_sort_cycles_place_then_status():
    app = TrackerApp(sample_claims())
    async with app.run_test() as pilot:
        tracker = app.query_one(ClaimTracker)
        await pilot.press("s")
        assert tracker.claim_order == "place"
        assert tracker.visible_claim_ids == ["control:bakhmut", "control:kupiansk", "strike:odesa"]
        await pilot.press("s")
        assert tracker.claim_order == "status"
        # CLAIM_STATUSES order: claimed, disputed, confirmed.
        assert tracker.visible_claim_ids == ["control:bakhmut", "control:kupiansk", "strike:odesa"]
        await pilot.press("s")
        assert tracker.claim_order == "last_update"


async def test_status_filter_cycles_and_place_filter_narrows():
    app = TrackerApp(sample_claims())
    async with app.run_test() as pilot:
        tracker = app.query_one(ClaimTracker)
        await pilot.press("t")
        assert tracker.status_filter == "claimed"
        assert tracker.visible_claim_ids == ["control:bakhmut"]
        await pilot.press("t")
        assert tracker.visible_claim_ids == ["control:kupiansk"]
        await pilot.press("escape")
        assert tracker.status_filter is None
        assert len(tracker.visible_claim_ids) == 3
        await pilot.press("F")
        assert isinstance(app.focused, Input)
        await pilot.press("o", "d", "e")
        await pilot.pause()
        assert tracker.visible_claim_ids == ["strike:odesa"]
        await pilot.press("enter")
        assert app.focused is app.query_one("#claim-table")
        await pilot.press("escape")
        assert len(tracker.visible_claim_ids) == 3


async def test_story_filter_and_keyed_update_keeps_selection():
    claims = sample_claims()
    app = TrackerApp(claims)
    async with app.run_test() as pilot:
        tracker = app.query_one(ClaimTracker)
        table = app.query_one("#claim-table", DataTable)
        await pilot.press("down")
        assert tracker.selected_claim.id == "control:bakhmut"
        tracker.show_story_claims("tass:2")
        assert tracker.visible_claim_ids == ["control:bakhmut"]
        tracker.show_story_claims(None)
        # A refresh where Odesa becomes the newest: it moves to the top, the cursor stays on Bakhmut,
        # and rows that did not change keep their cell objects (keyed diff, no rebuild).
        untouched = table.get_cell("control:kupiansk", "sides")
        claims[1].last_update = NOW - 60
        claims[1].status = "refuted"
        tracker.show_claims(claims)
        await pilot.pause()
        assert tracker.visible_claim_ids == ["strike:odesa", "control:kupiansk", "control:bakhmut"]
        assert tracker.selected_claim.id == "control:bakhmut"
        assert cell_texts(table, 0)[2:] == ["refuted", "UA 1", "1m ago"]
        assert table.get_cell("control:kupiansk", "sides") is untouched
        # A claim that disappears from the list is removed, not left behind.
        tracker.show_claims(claims[:2])
        assert sorted(tracker.visible_claim_ids) == ["control:kupiansk", "strike:odesa"]


async def test_timeline_lists_statements_newest_first_and_enter_opens_story(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    app = TrackerApp(sample_claims())
    async with app.run_test() as pilot:
        await pilot.pause()
        timeline = app.query_one("#claim-timeline", DataTable)
        assert timeline.row_count == 4
        assert cell_texts(timeline, 3) == [
            "11-20 10:00", "RU", "claim", "TASS", "Russian Defence Ministry",
            "The Russian Defence Ministry said its forces took Kupiansk.",
        ]
        assert cell_texts(timeline, 0)[1:5] == ["other", "hedge", "ISW", "ISW"]
        await pilot.press("enter")  # into the timeline
        assert app.focused is timeline
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.posted == [("open", "kyiv:1")]
        sentence = app.query_one("#claim-sentence", Static)
        assert "General Staff denied" in str(sentence.render())
        # Moving to another claim swaps the timeline.
        app.query_one("#claim-table").focus()
        await pilot.press("down")
        assert timeline.row_count == 1


async def test_verdict_modal_sets_verdict_and_marks_row():
    app = TrackerApp(sample_claims())
    async with app.run_test() as pilot:
        tracker = app.query_one(ClaimTracker)
        table = app.query_one("#claim-table", DataTable)
        await pilot.press("V")
        await pilot.pause()
        assert isinstance(app.screen, VerdictScreen)
        radio = app.screen.query_one(RadioSet)
        assert app.focused is radio
        # First button is "confirmed"; pick "refuted" (second) and write a note.
        await pilot.press("down", "enter")
        app.screen.query_one("#verdict-note", Input).value = "geolocated footage"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, VerdictScreen)
        assert app.posted == [("verdict", "control:kupiansk", "refuted", "geolocated footage")]
        assert cell_texts(table, 0)[2] == "refuted ✎"
        assert tracker.selected_claim.verdict == "refuted"


async def test_verdict_cancel_posts_nothing_and_watch_toggles():
    app = TrackerApp(sample_claims())
    async with app.run_test() as pilot:
        table = app.query_one("#claim-table", DataTable)
        await pilot.press("V")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.posted == []
        await pilot.press("w")
        assert app.posted == [("watch", "control:kupiansk")]
        assert cell_texts(table, 0)[0] == "◉ Kupiansk"
        await pilot.press("w")
        assert cell_texts(table, 0)[0] == "Kupiansk"


async def test_markup_in_claim_text_is_shown_literally():
    hostile = sample_claims()[2]
    hostile.place = "[bold red]X[/] [@click=app.quit]Y[/]"
    hostile.statements[0].sentence = "[link=file:///etc/passwd]z[/link] [/]"
    app = TrackerApp([hostile])
    async with app.run_test() as pilot:
        await pilot.pause()
        table = app.query_one("#claim-table", DataTable)
        assert cell_texts(table, 0)[0] == "[bold red]X[/] [@click=app.quit]Y[/]"
        timeline = app.query_one("#claim-timeline", DataTable)
        assert cell_texts(timeline, 0)[5] == "[link=file:///etc/passwd]z[/link] [/]"
        assert app.is_running


async def test_theme_switch_recolours_cells_from_theme_variables():
    app = TrackerApp(sample_claims())
    async with app.run_test() as pilot:
        await pilot.pause()
        table = app.query_one("#claim-table", DataTable)
        # "UA 1" uses side--ua-official ($primary), which differs between the two built-in themes.
        dark = table.get_cell("strike:odesa", "sides").spans[0].style.color
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        light = table.get_cell("strike:odesa", "sides").spans[0].style.color
        assert dark is not None and light is not None and dark != light
