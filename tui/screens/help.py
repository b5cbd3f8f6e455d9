"""The help modal: every key binding, what it does, and the id used to remap it in config."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

HELP_FOOTER = (
    "Remap a key in config.toml under [keys], e.g.  claim_verdict = \"ctrl+v\"  "
    "· esc / q / ? close"
)


class HelpScreen(ModalScreen[None]):
    """Lists (key, description, binding id) rows; closes on esc, q or ?."""

    BINDINGS = [
        Binding("escape,q,question_mark", "help_close", "Close", id="help_close"),
    ]

    def __init__(self, bindings: list[tuple[str, str, str]]) -> None:
        super().__init__(classes="warfeed-modal")
        self.bindings = list(bindings)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="modal-dialog"):
            yield Label("Keys", classes="modal-title")
            table: DataTable[Text] = DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
            yield table
            yield Label(Text(HELP_FOOTER), classes="modal-hint")

    def on_mount(self) -> None:
        table = self.query_one("#help-table", DataTable)
        # Column labels given as str are parsed as markup; "[keys]" would vanish.
        table.add_column(Text("Key"), key="key")
        table.add_column(Text("Does"), key="description")
        table.add_column(Text("Id (for [keys])"), key="id")
        for key, description, binding_id in self.bindings:
            table.add_row(Text(key, style="bold"), Text(description), Text(binding_id or "—"))
        table.focus()

    def action_help_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
