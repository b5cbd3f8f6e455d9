"""The feed list, newsboat's first screen: every feed with its unread and total stories; enter
shows only that feed's stories."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from tui.core.models import Feed, Story
from tui.widgets.story_list import SIDE_CODES
from tui.widgets.vim_table import VimTable


@dataclass(frozen=True, slots=True)
class FeedCount:
    """One feed's line: who, which side, how many stories are unread of how many."""

    feed_id: str
    title: str
    side: str
    unread: int
    total: int


def count_feeds(feeds: Iterable[Feed], stories: Iterable[Story]) -> list[FeedCount]:
    """Unread and total stories of each configured feed, unread ones first, then by title."""
    unread: dict[str, int] = {}
    total: dict[str, int] = {}
    for story in stories:
        total[story.feed_id] = total.get(story.feed_id, 0) + 1
        if not story.read:
            unread[story.feed_id] = unread.get(story.feed_id, 0) + 1
    counts = [FeedCount(f.id, f.title or f.id, f.side, unread.get(f.id, 0), total.get(f.id, 0)) for f in feeds]
    return sorted(counts, key=lambda c: (c.unread == 0, c.title.casefold()))


class FeedPickerScreen(ModalScreen[FeedCount | None]):
    """Pick a feed to read; returns it (or None on esc/q)."""

    BINDINGS = [Binding("escape,q", "picker_close", "Close", id="feed_picker_close")]

    def __init__(self, counts: list[FeedCount]) -> None:
        super().__init__(classes="warfeed-modal")
        self.counts = counts

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog", classes="modal-dialog"):
            yield Label("Feeds", classes="modal-title")
            yield VimTable(id="picker-table", cursor_type="row", zebra_stripes=True)
            yield Label(Text("enter: this feed's stories · esc: back · f: add or remove feeds"),
                        classes="modal-hint")

    def on_mount(self) -> None:
        table = self.query_one("#picker-table", VimTable)
        table.add_column(Text("Unread"), key="unread", width=7)
        table.add_column(Text("Total"), key="total", width=7)
        table.add_column(Text("Side"), key="side", width=5)
        table.add_column(Text("Feed"), key="title")
        for count in self.counts:
            table.add_row(
                Text(str(count.unread), style="bold" if count.unread else "", justify="right"),
                Text(str(count.total), justify="right"),
                Text(SIDE_CODES.get(count.side, "INT")),
                Text(count.title, no_wrap=True, overflow="ellipsis"),
                key=count.feed_id,
            )
        table.focus()

    @on(DataTable.RowSelected, "#picker-table")
    def _picked(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(self.counts[event.cursor_row])

    def action_picker_close(self) -> None:
        """Back to the stories, unfiltered by feed."""
        self.dismiss(None)
