"""The feeds modal: see the configured feeds, add a URL with its side, remove, import OPML.

The screen does no I/O: it collects changes and dismisses with them; the app applies them
through the service (tui.core.feeds) in a worker.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Input, Label, Select, Static

from tui.core.feeds import FeedChange
from tui.core.models import SIDES, Feed
from tui.core.opml import unsafe_reason
from tui.core.outlets import guess_side
from tui.core.urls import BadURL, normalize_feed_url
from tui.widgets.styling import dialog_inner_width, text_style


class FeedsScreen(ModalScreen[list[FeedChange] | None]):
    """Manage feeds; dismisses with the list of changes (applied by the app) or None."""

    BINDINGS = [
        Binding("escape", "feeds_cancel", "Cancel", id="feeds_cancel"),
        Binding("ctrl+s", "feeds_apply", "Apply", id="feeds_apply"),
        Binding("a", "feeds_add", "Add URL", id="feeds_add"),
        Binding("d,delete", "feeds_remove", "Remove", id="feeds_remove"),
        Binding("i", "feeds_import", "Import OPML", id="feeds_import"),
        Binding("e", "feeds_edit", "Edit", id="feeds_edit", tooltip="Edit the feed's title, side, interval, tags"),
    ]

    COMPONENT_CLASSES = {"feeds--added", "feeds--removed"}

    def __init__(self, feeds: list[Feed]) -> None:
        super().__init__(classes="warfeed-modal")
        self.feeds = list(feeds)
        self.changes: list[FeedChange] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="feeds-dialog", classes="modal-dialog"):
            yield Label("Feeds", classes="modal-title")
            table: DataTable[Text] = DataTable(id="feeds-table", cursor_type="row", zebra_stripes=True)
            yield table
            with Horizontal(classes="feeds-row"):
                yield Input(placeholder="https://… feed URL", id="feeds-url")
                yield Select(((side, side) for side in SIDES), value="intl", allow_blank=False, id="feeds-side")
                yield Button("Add", id="feeds-add-button")
            with Horizontal(classes="feeds-row"):
                yield Input(placeholder="path to an OPML file", id="feeds-opml")
                yield Button("Import", id="feeds-import-button")
            yield Static(id="feeds-message", markup=False)
            with Horizontal(classes="modal-buttons"):
                yield Button("Apply", variant="primary", id="feeds-apply-button")
                yield Button("Cancel", id="feeds-cancel-button")
            yield Label("a add · e edit · d remove/undo · i import · ctrl+s apply · esc cancel", classes="modal-hint")

    def on_mount(self) -> None:
        table = self.query_one("#feeds-table", DataTable)
        # The pending change comes first so it stays visible when long URLs are cut off.
        # Widths that fit the dialog: a long title or URL ends in an ellipsis instead of running
        # off the right edge.
        inner = dialog_inner_width(self.app.size.width)
        title_width = max(8, min(24, inner // 4))
        url_width = max(12, inner - 6 - title_width - 14 - 4 * 2)
        table.add_column("Change", key="change", width=6)
        table.add_column("Feed", key="title", width=title_width)
        table.add_column("Side", key="side", width=14)
        table.add_column("URL", key="url", width=url_width)
        for feed in self.feeds:
            table.add_row(
                Text(""),
                Text(feed.title or feed.id, no_wrap=True, overflow="ellipsis"),
                Text(feed.side),
                Text(feed.url, no_wrap=True, overflow="ellipsis"),
                key=f"feed:{feed.id}",
            )
        table.focus()

    def _say(self, sentence: str) -> None:
        self.query_one("#feeds-message", Static).update(Text(sentence))

    # -- actions --------------------------------------------------------------------------

    def action_feeds_add(self) -> None:
        """Focus the URL input."""
        self.query_one("#feeds-url", Input).focus()

    def action_feeds_import(self) -> None:
        """Focus the OPML path input."""
        self.query_one("#feeds-opml", Input).focus()

    def _highlighted(self) -> tuple[DataTable, str, str, str] | None:
        """The feeds table, the highlighted row's key and its kind and id (None: no rows)."""
        table = self.query_one("#feeds-table", DataTable)
        if not table.row_count:
            return None
        row_key = str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        kind, _, ident = row_key.partition(":")
        return table, row_key, kind, ident

    def action_feeds_edit(self) -> None:
        """Edit the highlighted feed's title, side, interval and tags (saved on apply)."""
        from tui.screens.feed_edit import FeedEditScreen

        highlighted = self._highlighted()
        if highlighted is None:
            return
        table, row_key, kind, ident = highlighted
        feed = next((f for f in self.feeds if f.id == ident), None) if kind == "feed" else None
        if feed is None:
            self._say("Only a configured feed can be edited; add this one first.")
            return

        def edited(result: Feed | None) -> None:
            if result is None:
                return
            self.feeds = [result if f.id == result.id else f for f in self.feeds]
            self.changes = [c for c in self.changes if not (c.action == "edit" and c.feed_id == result.id)]
            self.changes.append(FeedChange("edit", feed_id=result.id, title=result.title, side=result.side,
                                           interval=result.interval, tags=tuple(result.tags)))
            table.update_cell(row_key, "change", Text("edit", style=text_style(self, "feeds--added")))
            table.update_cell(row_key, "title", Text(result.title or result.id, no_wrap=True, overflow="ellipsis"))
            table.update_cell(row_key, "side", Text(result.side))
            self._say("The feed will be changed when you apply.")

        self.app.push_screen(FeedEditScreen(feed), edited)

    def action_feeds_remove(self) -> None:
        """Mark the highlighted feed for removal, or undo a pending add/remove on it."""
        highlighted = self._highlighted()
        if highlighted is None:
            return
        table, row_key, kind, ident = highlighted
        if kind == "new":
            self.changes = [c for c in self.changes if not (c.action == "add" and c.url == ident)]
            table.remove_row(row_key)
            self._say("Removed the pending addition.")
            return
        pending = FeedChange("remove", feed_id=ident)
        if pending in self.changes:
            self.changes.remove(pending)
            table.update_cell(row_key, "change", Text(""))
            self._say("Kept the feed.")
        else:
            self.changes.append(pending)
            style = text_style(self, "feeds--removed")
            table.update_cell(row_key, "change", Text("remove", style=style))
            self._say("The feed will be removed when you apply.")

    def action_feeds_apply(self) -> None:
        """Return the pending changes (None when there are none)."""
        self.dismiss(list(self.changes) or None)

    def action_feeds_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)

    # -- inputs ---------------------------------------------------------------------------

    def add_url(self, url: str, side: str) -> bool:
        """Queue a feed URL with its side; says why and returns False if it cannot be added."""
        try:
            # The spelling config.toml keeps: another spelling of a listed feed is that feed.
            url = normalize_feed_url(url.strip())
        except BadURL as exc:
            self._say(f"Cannot add this feed: {exc}.")
            return False
        known = {feed.url for feed in self.feeds} | {c.url for c in self.changes if c.action == "add"}
        if url in known:
            self._say("That feed is already in the list.")
            return False
        self.changes.append(FeedChange("add", url=url, side=side))
        style = text_style(self, "feeds--added")
        table = self.query_one("#feeds-table", DataTable)
        table.add_row(
            Text("add", style=style),
            Text("(new)"),
            Text(side),
            Text(url, no_wrap=True, overflow="ellipsis"),
            key=f"new:{url}",
        )
        self._say("The feed will be added when you apply.")
        return True

    def import_opml(self, path: str) -> bool:
        """Queue an OPML import; the app reads and checks the file."""
        path = path.strip()
        if not path:
            self._say("Type the path of an OPML file first.")
            return False
        # One stat, so a typo is said now rather than after apply (the app reads the file).
        if not Path(path).expanduser().is_file():
            self._say(f"There is no file {path}.")
            return False
        self.changes.append(FeedChange("import", path=path))
        self._say("The OPML file will be imported when you apply.")
        return True

    @on(Input.Changed, "#feeds-url")
    def _url_typed(self, event: Input.Changed) -> None:
        # A known outlet's side is filled in; the user can still pick another before adding.
        side = guess_side(event.value.strip(), default="")
        if side:
            self.query_one("#feeds-side", Select).value = side

    @on(Input.Submitted, "#feeds-url")
    @on(Button.Pressed, "#feeds-add-button")
    def _add_pressed(self) -> None:
        url_input = self.query_one("#feeds-url", Input)
        side = self.query_one("#feeds-side", Select).value
        if self.add_url(url_input.value, str(side)):
            url_input.value = ""
            self.query_one("#feeds-table", DataTable).focus()

    @on(Input.Submitted, "#feeds-opml")
    @on(Button.Pressed, "#feeds-import-button")
    def _import_pressed(self) -> None:
        path_input = self.query_one("#feeds-opml", Input)
        if self.import_opml(path_input.value):
            path_input.value = ""
            self.query_one("#feeds-table", DataTable).focus()

    @on(Button.Pressed, "#feeds-apply-button")
    def _apply_pressed(self) -> None:
        self.action_feeds_apply()

    @on(Button.Pressed, "#feeds-cancel-button")
    def _cancel_pressed(self) -> None:
        self.action_feeds_cancel()
