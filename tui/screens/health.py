"""The feed-health modal: which feeds work, which fail and why, which are only quiet."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from tui.core.models import Feed, FeedHealth
from tui.widgets.claim_tracker import relative_time
from tui.widgets.styling import dialog_inner_width, text_style

STATES = ("failing", "waiting", "stale", "new", "ok")
"""Display order: what needs attention first."""

STATE_HINT = {
    "ok": "answering with recent items",
    "failing": "the last poll failed",
    "waiting": "the server asked us to wait",
    "stale": "answers, but quiet for far longer than it usually is",
    "new": "not polled yet",
}


class HealthScreen(ModalScreen[None]):
    """Every feed's state, last success, HTTP status, error and next poll; n/p jump between failures."""

    BINDINGS = [
        Binding("escape", "health_close", "Close", id="health_close"),
        Binding("n", "health_next_failing", "Next failing", id="health_next_failing"),
        Binding("p", "health_previous_failing", "Prev failing", id="health_previous_failing"),
    ]

    COMPONENT_CLASSES = {f"health-state--{state}" for state in STATES}

    def __init__(self, feeds: list[Feed], health: dict[str, FeedHealth], now: float) -> None:
        super().__init__(classes="warfeed-modal")
        self.feeds = list(feeds)
        self.health = health
        self.now = now
        self._states = {feed.id: self._health(feed).state(now) for feed in self.feeds}
        # Failing feeds first, so the first screenful answers "what is broken".
        self.feeds.sort(key=lambda feed: (STATES.index(self._states[feed.id]), (feed.title or feed.url).casefold()))

    def _health(self, feed: Feed) -> FeedHealth:
        return self.health.get(feed.id) or FeedHealth(feed_id=feed.id)

    def compose(self) -> ComposeResult:
        with Vertical(id="health-dialog", classes="modal-dialog"):
            yield Label("Feed health", classes="modal-title")
            yield Static(self._summary(), id="health-summary", markup=False)
            table: DataTable[Text] = DataTable(id="health-table", cursor_type="row", zebra_stripes=True)
            yield table
            yield Static(id="health-detail", markup=False)
            yield Label("n/p next/previous failing · esc close", classes="modal-hint")

    def _summary(self) -> Text:
        counts = Counter(self._states.values())
        if not self.feeds:
            return Text("No feeds configured yet.")
        parts = [f"{counts[state]} {state}" for state in STATES if counts[state]]
        return Text(f"{len(self.feeds)} feeds: " + ", ".join(parts))

    def on_mount(self) -> None:
        table = self.query_one("#health-table", DataTable)
        # Every column in sight: the feed's name takes what is left and ends in an ellipsis; the
        # error column only where it has room (the detail below the table shows it whole).
        fixed = {"state": ("State", 8), "success": ("Last success", 12), "status": ("HTTP", 4),
                 "next": ("Next poll", 9)}
        room = dialog_inner_width(self.app.size.width) - 2 - sum(w + 2 for _, w in fixed.values()) - 2
        feed_width = max(8, min(28, room))
        error_width = room - feed_width - 2
        show_error = error_width >= 12  # the Error column only where it has room (the detail shows it whole)
        table.add_column("Feed", key="feed", width=feed_width)
        for key, (label, width) in fixed.items():
            table.add_column(label, key=key, width=width)
        if show_error:
            table.add_column("Error", key="error", width=error_width)
        for feed in self.feeds:
            health = self._health(feed)
            state = self._states[feed.id]
            state_style = text_style(self, f"health-state--{state}")
            next_poll = health.retry_after_until if state == "waiting" else health.next_poll_at
            table.add_row(
                Text(feed.title or feed.url, no_wrap=True, overflow="ellipsis"),
                Text(state, style=state_style),
                Text(relative_time(health.last_success, self.now)),
                Text(str(health.status) if health.status is not None else "—"),
                Text(relative_time(next_poll, self.now) if next_poll else "due"),
                *([Text(health.error or "", no_wrap=True, overflow="ellipsis")] if show_error else []),
                key=feed.id,
            )
        table.focus()
        if self.feeds:
            self._show_detail(self.feeds[0])

    def _show_detail(self, feed: Feed) -> None:
        health = self._health(feed)
        state = self._states[feed.id]
        detail = Text(f"{feed.title or feed.url} — {state}: {STATE_HINT[state]}\n", style="bold")
        detail.append(feed.url, style="not bold")
        if health.error:
            detail.append(f"\n{health.error}", style="not bold")
        if health.consecutive_failures:
            detail.append(f"\nfailed {health.consecutive_failures} time(s) in a row", style="not bold")
        if health.moved_to:
            detail.append(f"\nmoved permanently to {health.moved_to}", style="not bold")
        self.query_one("#health-detail", Static).update(detail)

    @on(DataTable.RowHighlighted, "#health-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(self.feeds[event.cursor_row])

    @property
    def highlighted_feed(self) -> Feed | None:
        """The feed under the cursor."""
        table = self.query_one("#health-table", DataTable)
        return self.feeds[table.cursor_row] if self.feeds else None

    def _jump(self, step: int) -> None:
        table = self.query_one("#health-table", DataTable)
        count = len(self.feeds)
        for offset in range(1, count + 1):
            row = (table.cursor_row + step * offset) % count
            if self._states[self.feeds[row].id] == "failing":
                table.move_cursor(row=row, animate=False)
                return
        self.notify("No feed is failing.", timeout=3)

    def action_health_next_failing(self) -> None:
        """Move to the next failing feed (wrapping around)."""
        self._jump(1)

    def action_health_previous_failing(self) -> None:
        """Move to the previous failing feed (wrapping around)."""
        self._jump(-1)

    def action_health_close(self) -> None:
        """Close the health view."""
        self.dismiss(None)
