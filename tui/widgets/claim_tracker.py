"""The claim tracker pane: every tracked claim in a table, and the selected claim's timeline.

All claim and statement text comes from feeds, so it only ever enters the screen as Rich
`Text` objects (data), never as markup. The table is updated by keyed diff inside
`batch_update()`: a refresh touches only rows whose cells changed.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import datetime, timezone

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

from tui.core.claims.tracker import CONFIDENT, StatementKey, reject_statement, stands, statement_key
from tui.core.display import distinct_statements, local_time, side_counts, zone_name
from tui.core.models import CLAIM_STATUSES, Claim, Statement, Story
from tui.core.query import fold
from tui.widgets.styling import text_style
from tui.widgets.vim_table import VimTable

SORT_ORDERS = ("last_update", "place", "status")
"""Sort orders `s` cycles through."""

STATEMENT_SIDE_CLASS = {"ru": "side--ru-state", "ua": "side--ua-official", "other": "side--intl"}
"""A statement side borrows the colour of the feed side it is closest to, so colours agree."""

SIDE_LABEL = {"ru": "RU", "ua": "UA", "other": "other"}

VERDICT_MARK = "✎"
"""Shown after a status the user set by hand, so it is never mistaken for a computed one."""

WATCH_MARK = "◉"

EMPTY_HELP = (
    "No claims tracked yet.\n\n"
    "When stories say that a place was captured, struck or shot at, each (event, place) "
    "becomes a claim here: who claims it, who denies or confirms it, and its status "
    "(claimed, disputed, confirmed, refuted, unverified).\n"
    "Select a claim to see its timeline; V sets your own verdict, w watches it."
)


def relative_time(ts: float | None, now: float) -> str:
    """Epoch seconds -> '5m ago' / 'in 3h' / 'just now' relative to now; '—' for no time."""
    if not ts:
        return "—"
    delta = now - ts
    future = delta < 0
    delta = abs(delta)
    if delta < 60:
        return "just now" if not future else "now"
    for size, unit in ((86400 * 365, "y"), (86400, "d"), (3600, "h"), (60, "m")):
        if delta >= size:
            amount = f"{int(delta // size)}{unit}"
            return f"in {amount}" if future else f"{amount} ago"
    return "now"  # unreachable: delta >= 60 always matches minutes


def utc_stamp(ts: float | None) -> str:
    """Epoch seconds -> 'MM-DD HH:MMZ' (UTC), compact enough for a timeline column."""
    if not ts:
        return "—"
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%m-%d %H:%MZ")


def timeline_stamp(ts: float | None) -> str:
    """Epoch seconds -> 'MM-DD HH:MM' local time (the column header names the zone)."""
    return local_time(ts, "%m-%d %H:%M", zone=False) or "—"


class SortableText(Text):
    """A cell that carries the value it sorts by (DataTable.sort only sees cell values)."""

    sort_value: object = None


def _cell(text: str, style: Style | str = "", sort_value: object = None) -> SortableText:
    cell = SortableText(text, style=style, no_wrap=True, overflow="ellipsis")
    cell.sort_value = text.casefold() if sort_value is None else sort_value
    return cell


def _stance_cell(statement: Statement) -> SortableText:
    """The stance, struck through when the user rejected the statement or a later version of its
    story dropped it, dim when it is weak."""
    if statement.rejected:
        return _cell(f"{statement.stance} ✗ rejected", "dim strike")
    if statement.withdrawn is not None:
        return _cell(f"{statement.stance} ✗ withdrawn {timeline_stamp(statement.withdrawn)}", "dim strike")
    return _cell(statement.stance, "dim" if statement.confidence < CONFIDENT else "")


class ClaimTracker(Widget):
    """Tracked claims (place, event, status, sides, last update) and the selected claim's timeline."""

    BINDINGS = [
        Binding("s", "claim_sort", "Sort", id="claim_sort"),
        Binding("t", "claim_status_filter", "Status", id="claim_status_filter"),
        Binding("slash", "claim_place_filter", "Place", id="claim_place_search", tooltip="Filter claims by place"),
        Binding("F", "claim_place_filter", "Place filter", id="claim_place_filter", show=False),
        Binding("V", "claim_verdict", "Verdict", id="claim_verdict"),
        Binding("w", "claim_watch", "Watch", id="claim_watch"),
        Binding("R", "reject_statement", "Reject", id="reject_statement",
                tooltip="Reject the selected statement (again: restore it)"),
        Binding("escape", "claim_clear_filters", "Clear", id="claim_clear_filters",
                tooltip="Clear the status, place and story filters"),
        # esc clears the filters first; with none set it leaves the pane, as it leaves the reader.
        Binding("q,escape", "claims_back", "Back", id="claims_back", show=False),
        Binding("L", "claim_cluster", "Cluster in list", id="claim_cluster", show=False,
                tooltip="Show the cluster of the claim's newest story in the story list"),
    ]

    COMPONENT_CLASSES = {
        *(f"claim-status--{status}" for status in CLAIM_STATUSES),
        "claim-tracker--verdict",
        "claim-tracker--watched",
        *STATEMENT_SIDE_CLASS.values(),
    }

    claim_order: reactive[str] = reactive("last_update", init=False)
    status_filter: reactive[str | None] = reactive(None, init=False)
    place_filter: reactive[str] = reactive("", init=False)

    @dataclasses.dataclass
    class Back(Message):
        """The user left the claim pane (q): back to the story list."""

    @dataclasses.dataclass
    class OpenStory(Message):
        """The user wants to read the story behind a statement."""

        story_id: str

    @dataclasses.dataclass
    class ShowCluster(Message):
        """The user wants the cluster of a claim's newest story in the story list."""

        story_id: str

    @dataclasses.dataclass
    class VerdictRequested(Message):
        """The user asked to set their own verdict on a claim (the screen opens the dialog)."""

        claim: Claim

    @dataclasses.dataclass
    class VerdictSet(Message):
        """The user set (or cleared, verdict None) their own status for a claim (posted by the screen
        that asked for it)."""

        claim_id: str
        verdict: str | None
        note: str | None

    @dataclasses.dataclass
    class StatementRejected(Message):
        """The user rejected (or restored) one statement of a claim; `key` is its statement_key."""

        claim_id: str
        key: StatementKey
        rejected: bool

    @dataclasses.dataclass
    class WatchToggled(Message):
        """The user started or stopped watching a claim."""

        claim_id: str
        watched: bool = True

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.clock = clock
        self._claims: dict[str, Claim] = {}
        self._story_filter: str | None = None
        self._row_signatures: dict[str, tuple[object, ...]] = {}
        self._timeline_claim: str | None = None
        self._sorted_by: str | None = None
        self.resolve_place: Callable[[str], str | None] | None = None
        """Any spelling -> the canonical place (the story filter's `place:` resolver), set by the screen."""
        self._place_canonical: str | None = None
        self.cluster_summary: Callable[[str], tuple[str, Story, int] | None] | None = None
        """Story id -> (cluster id, newest story, size) of its cluster of 2+, set by the screen."""
        self._cluster_story: str | None = None
        self._cluster_shown: tuple[str, str, int] | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="claim-bar"):
            yield Static(id="claim-summary", markup=False)
            yield Input(placeholder="place…", id="claim-place-input")
        yield Static(EMPTY_HELP, id="claim-empty", markup=False)
        claim_table: DataTable[Text] = VimTable(id="claim-table", cursor_type="row", zebra_stripes=True)
        yield claim_table
        with Vertical(id="claim-detail"):
            yield Static(id="claim-heading", markup=False)
            yield Static(id="claim-cluster", markup=False)
            timeline: DataTable[Text] = VimTable(id="claim-timeline", cursor_type="row")
            yield timeline
            yield Static(id="claim-sentence", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#claim-table", DataTable)
        # Fixed widths: the table never re-measures hundreds of rows, and rows added while the
        # pane is hidden cannot leave columns sized to their headers.
        for key, label, width in (
            # 74 cells with padding: the whole row fits the 76 a pane has at 80 columns.
            ("place", "Place", 16),
            ("event", "Event", 9),
            ("status", "Status", 10),
            ("sides", "Sides", 21),
            ("updated", "Updated", 8),
        ):
            table.add_column(label, key=key, width=width)
        timeline = self.query_one("#claim-timeline", DataTable)
        # Who says what first: at 80 columns time, side and stance must show before the names
        # (a claim cannot be told from its denial otherwise); the sentence shows whole below.
        for key, label, width in (
            ("time", f"Time {zone_name()}", 11),
            ("side", "Side", 5),
            ("stance", "Stance", 12),
            ("source", "Source", 18),
            ("speaker", "Speaker", 18),
            ("sentence", "Sentence", None),
        ):
            timeline.add_column(label, key=key, width=width)
        self._refresh_rows()
        # "5m ago" must keep moving between polls; only rows whose text changes are redrawn.
        self.set_interval(60, self._refresh_rows)

    # -- public API (called by the screen) ------------------------------------------------

    def show_claims(self, claims: list[Claim]) -> None:
        """Show these claims (a full, current list); only rows that changed are redrawn."""
        self._claims = {claim.id: claim for claim in claims}
        self._refresh_rows()

    def show_story_claims(self, story_id: str | None) -> None:
        """Show only the claims a story carries statements for (None shows all again)."""
        if story_id == self._story_filter:
            return  # called on every story highlight: most moves change nothing here
        self._story_filter = story_id
        self._refresh_rows()

    @property
    def story_filter(self) -> str | None:
        """The story whose claims alone are shown, or None."""
        return self._story_filter

    @property
    def selected_claim(self) -> Claim | None:
        """The claim under the table cursor, if any."""
        table = self.query_one("#claim-table", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return self._claims.get(str(row_key.value))

    @property
    def visible_claim_ids(self) -> list[str]:
        """Claim ids in display order (after filters and sort)."""
        table = self.query_one("#claim-table", DataTable)
        return [str(table.coordinate_to_cell_key((row, 0)).row_key.value) for row in range(table.row_count)]

    # -- filtering, sorting and rows ------------------------------------------------------

    def _visible(self) -> list[Claim]:
        place = fold(self.place_filter).strip()
        canonical = fold(self._place_canonical) if self._place_canonical else None
        claims = []
        for claim in self._claims.values():
            if self.status_filter and (claim.verdict or claim.status) != self.status_filter:
                continue
            if place:
                name = fold(claim.place or "")
                if place not in name and name != canonical:
                    continue
            if self._story_filter and not any(s.story_id == self._story_filter for s in claim.statements):
                continue
            claims.append(claim)
        return claims

    def _style(self, component: str) -> Style:
        return text_style(self, component)

    def _row_cells(self, claim: Claim, now: float) -> list[SortableText]:
        place = claim.place or "(no place)"
        place_cell = _cell(place, sort_value=(place.casefold(), -claim.last_update))
        if claim.watched:
            place_cell = _cell(f"{WATCH_MARK} {place}", sort_value=place_cell.sort_value)
            place_cell.stylize(self._style("claim-tracker--watched"), 0, 1)
        status = claim.verdict or claim.status
        rank = CLAIM_STATUSES.index(status) if status in CLAIM_STATUSES else len(CLAIM_STATUSES)
        badge = _cell(status, self._style(f"claim-status--{status}") if rank < 5 else "", (rank, -claim.last_update))
        if claim.verdict:
            badge.append(f" {VERDICT_MARK}", self._style("claim-tracker--verdict"))
        sides = _cell("", sort_value=0)
        for side, count in side_counts(claim.statements).items():
            if sides.plain:
                sides.append(" · ")
            sides.append(f"{SIDE_LABEL.get(side, side)} {count}", self._style(STATEMENT_SIDE_CLASS.get(side, "")) if side in STATEMENT_SIDE_CLASS else "")
        return [
            place_cell,
            _cell(claim.event),
            badge,
            sides,
            _cell(relative_time(claim.last_update, now), sort_value=-claim.last_update),
        ]

    @staticmethod
    def _signature(claim: Claim, now: float) -> tuple[object, ...]:
        """Everything a row shows; statements are only ever appended, so their count suffices."""
        return (
            claim.place,
            claim.event,
            claim.status,
            claim.verdict,
            claim.watched,
            claim.last_update,
            len(claim.statements),
            sum(s.rejected for s in claim.statements),
            sum(s.withdrawn is not None for s in claim.statements),
            relative_time(claim.last_update, now),
        )

    def _refresh_rows(self) -> None:
        if not self.is_mounted:
            return
        table = self.query_one("#claim-table", DataTable)
        selected = self.selected_claim
        now = self.clock()
        visible = self._visible()
        visible_ids = {claim.id for claim in visible}
        columns = ("place", "event", "status", "sides", "updated")
        # Sorting invalidates every cached row render: skip it when no row moved or changed.
        changed = self._sorted_by != self.claim_order
        with self.app.batch_update():
            for stale in [key for key in self._row_signatures if key not in visible_ids]:
                table.remove_row(stale)
                del self._row_signatures[stale]
            for claim in visible:
                # Cheap fingerprint first: building Rich cells for hundreds of rows is the cost.
                signature = self._signature(claim, now)
                old = self._row_signatures.get(claim.id)
                if old == signature:
                    continue
                changed = True
                cells = self._row_cells(claim, now)
                if old is None:
                    table.add_row(*cells, key=claim.id)
                else:
                    for column, cell in zip(columns, cells):
                        table.update_cell(claim.id, column, cell)
                self._row_signatures[claim.id] = signature
            if changed:
                sort_column = {"last_update": "updated", "place": "place", "status": "status"}[self.claim_order]
                table.sort(sort_column, key=lambda cell: cell.sort_value)
                self._sorted_by = self.claim_order
            if selected is not None and selected.id in visible_ids:
                table.move_cursor(row=table.get_row_index(selected.id), animate=False)
        self._update_summary(len(visible))
        self.query_one("#claim-empty").display = not self._claims
        detail = self.query_one("#claim-detail")
        focused = self.screen.focused if self.is_attached else None
        if not visible and focused is not None and detail in focused.ancestors:
            # A filter that leaves nothing hides the timeline: keep the user in this pane.
            table.focus()
        detail.display = bool(visible)
        table.display = bool(self._claims)
        current = self.selected_claim
        self._show_timeline(current.id if current else None, force=current is not None and current is not selected)

    def _update_summary(self, shown: int) -> None:
        parts = [f"{shown}/{len(self._claims)} claims", f"sort: {self.claim_order.replace('_', ' ')}"]
        if self.status_filter:
            parts.append(f"status: {self.status_filter}")
        if self._story_filter:
            parts.append("this story only · c: all")
        self.query_one("#claim-summary", Static).update(Text(" · ".join(parts)))

    def _show_timeline(self, claim_id: str | None, *, force: bool = False) -> None:
        if claim_id == self._timeline_claim and not force:
            return
        self._timeline_claim = claim_id
        timeline = self.query_one("#claim-timeline", DataTable)
        heading = self.query_one("#claim-heading", Static)
        timeline.clear()
        claim = self._claims.get(claim_id) if claim_id else None
        if claim is None:
            heading.update("")
            self.query_one("#claim-sentence", Static).update("")
            self.refresh_cluster()
            return
        title = Text(f"{claim.event} · {claim.place or '(no place)'} · {claim.status}", no_wrap=True,
                     overflow="ellipsis")
        if claim.verdict:
            title.append(f" · your verdict: {claim.verdict} {VERDICT_MARK}")
        if claim.verdict_note:
            title.append(f" ({claim.verdict_note})")
        heading.update(title)
        self.refresh_cluster()
        # Newest first: the statement behind "updated 1m ago" is the one on top. One story says
        # a thing once, however many of its sentences repeat it.
        distinct = {id(s) for s in distinct_statements(claim.statements)}
        ordered = sorted(((i, s) for i, s in enumerate(claim.statements) if id(s) in distinct),
                         key=lambda pair: (-(pair[1].published or 0), -pair[0]))
        for index, statement in ordered:
            side_style = self._style(STATEMENT_SIDE_CLASS[statement.side]) if statement.side in STATEMENT_SIDE_CLASS else ""
            timeline.add_row(
                _cell(timeline_stamp(statement.published)),
                _cell(SIDE_LABEL.get(statement.side, statement.side), side_style),
                _stance_cell(statement),
                _cell(statement.source or "—"),
                _cell(statement.speaker or "—"),
                _cell(statement.sentence, "" if stands(statement) else "dim"),
                key=str(index),
            )
        self._show_sentence(claim, 0 if ordered else None)

    def refresh_cluster(self) -> None:
        """Show the cluster of the claim's newest story under the heading (none: the line hides)."""
        claim = self._claims.get(self._timeline_claim or "")
        line = self.query_one("#claim-cluster", Static)
        self._cluster_story = None
        newest = max((s for s in claim.statements if s.story_id), key=lambda s: s.published or 0,
                     default=None) if claim is not None else None
        summary = self.cluster_summary(newest.story_id) if newest is not None and self.cluster_summary else None
        shown = None if summary is None else (summary[1].id, summary[1].title, summary[2])
        if summary is not None:
            self._cluster_story = newest.story_id
        if shown == self._cluster_shown:
            return  # called after every regrouping of the list: most change nothing here
        self._cluster_shown = shown
        if summary is None:
            line.display = False
            return
        _, story, size = summary
        text = Text(f"Cluster of {size} stories (L shows it): ", style="bold")
        text.append(" ".join(story.title.split()), style="not bold")
        line.update(text)
        line.display = True

    def _statement_at(self, claim: Claim, row: int) -> Statement | None:
        timeline = self.query_one("#claim-timeline", DataTable)
        if not 0 <= row < timeline.row_count:
            return None
        key = timeline.coordinate_to_cell_key((row, 0)).row_key.value
        return claim.statements[int(str(key))]

    def _show_sentence(self, claim: Claim, row: int | None) -> None:
        statement = self._statement_at(claim, row) if row is not None else None
        sentence = self.query_one("#claim-sentence", Static)
        if statement is None:
            sentence.update("")
            return
        who = statement.speaker or statement.source or "unknown source"
        line = Text(f"{who} ({statement.stance}): ", style="bold")
        line.append(statement.sentence, style="not bold")
        sentence.update(line)

    # -- events ---------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Theme changed: cells hold resolved colours, so rebuild them."""
        super().notify_style_update()
        if self.is_mounted:
            self._row_signatures_dirty()

    def _row_signatures_dirty(self) -> None:
        # Clearing the styles cache makes every cell's signature differ on the next refresh.
        self._rich_style_cache.clear()
        self._row_signatures = {key: () for key in self._row_signatures}
        self.call_after_refresh(self._refresh_rows)

    @on(DataTable.RowHighlighted, "#claim-table")
    def _claim_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._show_timeline(str(event.row_key.value))

    @on(DataTable.RowSelected, "#claim-table")
    def _claim_selected(self, event: DataTable.RowSelected) -> None:
        # Enter on a claim moves into its timeline, where enter opens a story.
        event.stop()
        timeline = self.query_one("#claim-timeline", DataTable)
        if timeline.row_count:
            timeline.focus()

    @on(DataTable.RowHighlighted, "#claim-timeline")
    def _statement_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        claim = self._claims.get(self._timeline_claim or "")
        if claim is not None:
            self._show_sentence(claim, event.cursor_row)

    @on(DataTable.RowSelected, "#claim-timeline")
    def _statement_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        claim = self._claims.get(self._timeline_claim or "")
        statement = self._statement_at(claim, event.cursor_row) if claim else None
        if statement is not None and statement.story_id:
            self.post_message(self.OpenStory(statement.story_id))
        elif statement is not None:
            self.notify("This statement has no story to open.", severity="warning")

    @on(Input.Changed, "#claim-place-input")
    def _place_typed(self, event: Input.Changed) -> None:
        event.stop()
        self.place_filter = event.value

    @on(Input.Submitted, "#claim-place-input")
    def _place_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#claim-table", DataTable).focus()

    def watch_claim_order(self) -> None:
        self._refresh_rows()

    def watch_status_filter(self) -> None:
        self._refresh_rows()

    def watch_place_filter(self, value: str) -> None:
        self._place_canonical = None
        self._refresh_rows()
        if value.strip() and self.resolve_place is not None:
            self._resolve_typed_place(value.strip())

    @work(thread=True, exclusive=True, group="claim-place")
    def _resolve_typed_place(self, name: str) -> None:
        """Kupyansk, Куп'янськ -> Kupiansk, off the UI thread (the gazetteer may still be loading)."""
        try:
            canonical = self.resolve_place(name) if self.resolve_place else None
        except Exception:  # a resolver failure leaves the plain text match
            return
        if canonical and not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._place_resolved, name, canonical)

    def _place_resolved(self, name: str, canonical: str) -> None:
        if self.place_filter.strip() == name:
            self._place_canonical = canonical
            self._refresh_rows()

    # -- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide claim actions that need a selected claim when there is none."""
        if action in ("claim_verdict", "claim_watch"):
            return self.selected_claim is not None
        if action == "reject_statement":
            return self._focused_statement() is not None
        if action == "claim_clear_filters":
            return bool(self.status_filter or self.place_filter or self._story_filter)
        if action == "claim_cluster":
            return self._cluster_story is not None
        return True

    def action_claim_cluster(self) -> None:
        """Jump to the cluster of the claim's newest story in the story list."""
        if self._cluster_story is not None:
            self.post_message(self.ShowCluster(self._cluster_story))

    def action_claims_back(self) -> None:
        """Leave the claim pane for the story list."""
        self.post_message(self.Back())

    def action_claim_sort(self) -> None:
        """Cycle the sort order: last update, place, status."""
        self.claim_order = SORT_ORDERS[(SORT_ORDERS.index(self.claim_order) + 1) % len(SORT_ORDERS)]

    def action_claim_status_filter(self) -> None:
        """Cycle the status filter: all, then each status in turn."""
        cycle: tuple[str | None, ...] = (None, *CLAIM_STATUSES)
        self.status_filter = cycle[(cycle.index(self.status_filter) + 1) % len(cycle)]

    def action_claim_place_filter(self) -> None:
        """Focus the place filter input."""
        self.query_one("#claim-place-input", Input).focus()

    def action_claim_clear_filters(self) -> None:
        """Drop status, place and story filters."""
        self._story_filter = None
        self.query_one("#claim-place-input", Input).value = ""
        self.place_filter = ""
        self.status_filter = None
        self._refresh_rows()
        self.query_one("#claim-table", DataTable).focus()

    def action_claim_verdict(self) -> None:
        """Ask for the user's own verdict on the selected claim (the screen opens the dialog)."""
        claim = self.selected_claim
        if claim is not None:
            self.post_message(self.VerdictRequested(claim))

    def show_verdict(self, claim: Claim, verdict: str | None, note: str | None) -> None:
        """Show the user's verdict at once, before the stored claims come back with it."""
        self._claims[claim.id] = dataclasses.replace(claim, verdict=verdict, verdict_note=note)
        self._refresh_rows()
        self._show_timeline(claim.id, force=True)

    def _focused_statement(self) -> tuple[Claim, int, Statement] | None:
        """The claim and the statement under the timeline's cursor, when the timeline has focus."""
        timeline = self.query_one("#claim-timeline", DataTable)
        claim = self._claims.get(self._timeline_claim or "")
        if claim is None or not timeline.has_focus or not timeline.row_count:
            return None
        row = timeline.cursor_row
        statement = self._statement_at(claim, row)
        return (claim, row, statement) if statement is not None else None

    def action_reject_statement(self) -> None:
        """Reject the statement under the timeline cursor (or restore a rejected one)."""
        found = self._focused_statement()
        if found is None:
            return
        claim, row, statement = found
        key = statement_key(statement)
        rejected = not statement.rejected
        # Show it at once (the status follows); the app persists it and sends the stored claims back.
        updated = reject_statement(dataclasses.replace(claim, statements=list(claim.statements)), key, rejected)
        self._claims[claim.id] = updated
        self._refresh_rows()
        self._show_timeline(claim.id, force=True)
        self.query_one("#claim-timeline", DataTable).move_cursor(row=row, animate=False)
        self.post_message(self.StatementRejected(claim.id, key, rejected))

    def action_claim_watch(self) -> None:
        """Start or stop watching the selected claim."""
        claim = self.selected_claim
        if claim is None:
            return
        self._claims[claim.id] = dataclasses.replace(claim, watched=not claim.watched)
        self._refresh_rows()
        self.post_message(self.WatchToggled(claim.id, not claim.watched))
