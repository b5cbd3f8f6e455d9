"""The filter bar: the filter language typed live, with errors shown inline."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

DEBOUNCE = 0.15
"""Seconds of quiet typing before a query is applied: one filter per pause, not per key."""


class FilterBar(Horizontal):
    """An input for the filter language; posts Changed (debounced), Submitted and Cleared."""

    BINDINGS = [Binding("escape", "clear", "Clear filter", id="clear_filter")]

    @dataclass
    class Changed(Message):
        """The query text settled (debounced)."""

        query: str

    @dataclass
    class Submitted(Message):
        """Enter: keep the query and go back to the list."""

        query: str

    @dataclass
    class Cleared(Message):
        """Esc: the filter is gone."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static("/", id="filter-prompt", markup=False)
        yield Input(placeholder="place:Kupiansk side:ru is:unread since:2h -rumour", id="filter-input")
        yield Static("", id="filter-error", markup=False)

    @property
    def value(self) -> str:
        """The query as typed."""
        return self.query_one(Input).value

    def open(self, text: str | None = None) -> None:
        """Show the bar and focus the input (optionally with a query, e.g. a saved view)."""
        self.display = True
        field = self.query_one(Input)
        if text is not None:
            field.value = text
            field.cursor_position = len(text)
        # Focus now, not on the next idle (Widget.focus defers): keys typed right after `/`
        # are already queued and must land in the input, not in the list.
        self.screen.set_focus(field)

    def set_query(self, text: str) -> None:
        """Set the query without focusing (saved views)."""
        self.query_one(Input).value = text
        self.display = bool(text) or self.display

    def show_error(self, message: str | None) -> None:
        """An inline one-sentence error for a bad query (None clears it)."""
        if not message and not self.has_class("-error"):
            return  # already clear: updating the Static would cost a layout pass per keystroke
        error = self.query_one("#filter-error", Static)
        error.update(message or "")
        error.display = bool(message)
        self.set_class(bool(message), "-error")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._debounce is not None:
            self._debounce.stop()
        query = event.value
        self._debounce = self.set_timer(DEBOUNCE, lambda: self.post_message(self.Changed(query)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._debounce is not None:
            self._debounce.stop()
        self.post_message(self.Submitted(event.value))

    def reset(self) -> None:
        """Empty and hide the bar without posting Cleared (the screen cleared the filter itself)."""
        if self._debounce is not None:
            self._debounce.stop()
        self.query_one(Input).value = ""
        self.show_error(None)
        self.display = False

    def action_clear(self) -> None:
        """Esc: clear the query and hide the bar."""
        self.reset()
        self.post_message(self.Cleared())
