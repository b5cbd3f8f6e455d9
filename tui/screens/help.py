"""The help modal: every key binding, what it does, the id used to remap it, and what the signs mean."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from tui.widgets.vim_table import VimTable

HELP_FOOTER = (
    "j/k space ctrl+d/u scroll · esc q ? close · remap a key by its id in config.toml "
    "under [keys], e.g. claim_verdict = \"ctrl+v\""
)

LEGEND: list[tuple[str, str]] = [
    ("●", "unread story"),
    ("✦", "unread, arrived since your last visit (D clears)"),
    ("★ ⚑", "starred · flagged story"),
    ("◆", "the story carries a tracked claim"),
    ("✎", "story revised; after a claim status: your verdict"),
    ("◉", "a claim you watch"),
    ("UAo UAm", "source's side: Ukrainian official, Ukrainian media"),
    ("RUs RUi", "Russian state, Russian independent"),
    ("INT ANL", "international, analyst (the colour says it too)"),
    ("claimed", "one side claims it, no one else spoke"),
    ("disputed", "a claim and a denial stand"),
    ("confirmed", "conceded, or confirmed independently"),
    ("refuted", "independent evidence against it"),
    ("unverified", "only hedged reports"),
    ("RU 5 · UA 3", "claim statements from each side"),
    ("▁▃█", "header: stories per hour, last 24 h"),
]
"""What each sign, status and graph on the main screen means."""


def binding_rows(
    sections: Iterable[tuple[str, Iterable[type]]],
    keymap: dict[str, str],
    key_display: Callable[[Binding], str],
) -> list[tuple[str, str, str]]:
    """Help rows from the BINDINGS of warfeed's own classes, grouped, with the user's remaps.

    Only bindings with an id are listed: those are warfeed's (Textual's own, like "Scroll Left",
    are not warfeed keys and cannot be remapped by id).
    """
    rows: list[tuple[str, str, str]] = []
    for title, classes in sections:
        section: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for cls in classes:
            for binding in cls.__dict__.get("BINDINGS", []):
                if not isinstance(binding, Binding) or not binding.id or not binding.description:
                    continue
                if binding.id in seen:
                    continue
                seen.add(binding.id)
                # Every key of the binding (the footer shows only the first), as the user mapped it.
                keys = keymap.get(binding.id, binding.key).split(",")
                shown = ", ".join(key_display(Binding(key.strip(), binding.action)) for key in keys)
                section.append((shown, binding.tooltip or binding.description, binding.id))
        if section:
            rows.append((title, "", ""))
            rows.extend(section)
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists (key, description, binding id) rows and the legend; closes on esc, q or ?."""

    BINDINGS = [
        Binding("escape,q,question_mark", "help_close", "Close", id="help_close"),
    ]

    def __init__(self, bindings: list[tuple[str, str, str]], legend: list[tuple[str, str]] | None = None) -> None:
        super().__init__(classes="warfeed-modal")
        self.bindings = list(bindings)
        self.legend = LEGEND if legend is None else legend

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="modal-dialog"):
            yield Label("Keys", classes="modal-title")
            table: VimTable = VimTable(id="help-table", cursor_type="row", zebra_stripes=True)
            yield table
            yield Label(Text(HELP_FOOTER), classes="modal-hint")

    def on_mount(self) -> None:
        table = self.query_one("#help-table", VimTable)
        # Column labels given as str are parsed as markup; "[keys]" would vanish.
        table.add_column(Text("Key"), key="key")
        table.add_column(Text("Does"), key="description")
        table.add_column(Text("Id (for [keys])"), key="id")
        for key, description, binding_id in self.bindings:
            if not description and not binding_id:
                table.add_row(Text(key, style="bold underline"), Text(""), Text(""))
                continue
            table.add_row(Text(key, style="bold"), Text(description), Text(binding_id or "—"))
        if self.legend:
            table.add_row(Text("Signs", style="bold underline"), Text(""), Text(""))
            for sign, meaning in self.legend:
                table.add_row(Text(sign, style="bold"), Text(meaning), Text(""))
        table.focus()

    def action_help_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
