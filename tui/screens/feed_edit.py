"""Edit one feed: its title, side, refresh interval and tags (applied with the feeds modal's changes)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from tui.core.config import MIN_INTERVAL
from tui.core.models import SIDES, Feed
from tui.core.sanitize import clean_line


def read_tags(text: str) -> tuple[str, ...]:
    """'front, kupiansk ,,ru' -> ('front', 'kupiansk', 'ru'): cleaned, no blanks, no repeats."""
    return tuple(dict.fromkeys(tag for tag in (clean_line(part, limit=40) for part in text.split(",")) if tag))


def read_interval(text: str) -> int | str:
    """Seconds between polls, or one sentence saying why the text is not a usable interval."""
    try:
        seconds = int(text.strip())
    except ValueError:
        return f"The interval must be a whole number of seconds, e.g. 900 (not {text.strip()[:20]!r})."
    if seconds < MIN_INTERVAL:
        return f"The interval must be at least {MIN_INTERVAL} seconds: feeds are not polled more often."
    return seconds


class FeedEditScreen(ModalScreen[Feed | None]):
    """One feed's settings; dismisses with the edited Feed (same id and URL) or None."""

    BINDINGS = [
        Binding("escape", "edit_cancel", "Cancel", id="feed_edit_cancel"),
        Binding("ctrl+s", "edit_save", "Save", id="feed_edit_save"),
    ]

    def __init__(self, feed: Feed) -> None:
        super().__init__(classes="warfeed-modal")
        self.feed = feed

    def compose(self) -> ComposeResult:
        feed = self.feed
        with Vertical(id="feed-edit-dialog", classes="modal-dialog"):
            yield Label("Edit feed", classes="modal-title")
            yield Label(Text(feed.url, no_wrap=True, overflow="ellipsis"), classes="modal-hint")
            yield Input(value=feed.title, placeholder="title", id="feed-edit-title", max_length=200)
            yield Select(((side, side) for side in SIDES), value=feed.side if feed.side in SIDES else "intl",
                         allow_blank=False, id="feed-edit-side")
            yield Input(value=str(feed.interval), placeholder=f"seconds between polls (at least {MIN_INTERVAL})",
                        id="feed-edit-interval", max_length=10)
            yield Input(value=", ".join(feed.tags), placeholder="tags, comma-separated", id="feed-edit-tags",
                        max_length=400)
            yield Static("", id="feed-edit-message", markup=False)
            with Horizontal(classes="modal-buttons"):
                yield Button("Save", variant="primary", id="feed-edit-save")
                yield Button("Cancel", id="feed-edit-cancel")
            yield Label("title · side · interval in seconds · tags · ctrl+s save · esc cancel", classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one("#feed-edit-title", Input).focus()

    def edited(self) -> Feed | str:
        """The feed as the form says, or one sentence on what is wrong with the form."""
        title = clean_line(self.query_one("#feed-edit-title", Input).value, limit=200) or self.feed.title
        interval = read_interval(self.query_one("#feed-edit-interval", Input).value)
        if isinstance(interval, str):
            return interval
        side = str(self.query_one("#feed-edit-side", Select).value)
        tags = list(read_tags(self.query_one("#feed-edit-tags", Input).value))
        return Feed(self.feed.id, self.feed.url, title, side, tags, interval, self.feed.item_limit,
                    self.feed.enabled)

    def action_edit_save(self) -> None:
        """Return the edited feed, or say what is wrong and stay."""
        result = self.edited()
        if isinstance(result, str):
            self.query_one("#feed-edit-message", Static).update(Text(result))
            return
        self.dismiss(result)

    def action_edit_cancel(self) -> None:
        """Close without changing the feed."""
        self.dismiss(None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#feed-edit-save")
    def _save_pressed(self) -> None:
        self.action_edit_save()

    @on(Button.Pressed, "#feed-edit-cancel")
    def _cancel_pressed(self) -> None:
        self.action_edit_cancel()
