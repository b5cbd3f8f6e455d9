"""A DataTable that also moves with the keys a newsboat or vim user reaches for first."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable


class VimTable(DataTable):
    """DataTable plus j/k, g/G, space and ctrl+d/ctrl+u (every binding remappable by id)."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", id="table_down", show=False),
        Binding("k", "cursor_up", "Up", id="table_up", show=False),
        Binding("g", "scroll_top", "First row", id="table_first", show=False),
        Binding("G", "scroll_bottom", "Last row", id="table_last", show=False),
        Binding("space", "page_down", "Page down", id="table_page_down", show=False),
        Binding("b", "page_up", "Page up", id="table_page_up", show=False),
        Binding("ctrl+d", "half_page_down", "Half page down", id="table_half_down", show=False),
        Binding("ctrl+u", "half_page_up", "Half page up", id="table_half_up", show=False),
    ]

    def _half_page(self) -> int:
        return max(1, (self.scrollable_content_region.height - 1) // 2)

    def action_half_page_down(self) -> None:
        """Move the cursor half a screen down."""
        self.move_cursor(row=min(self.row_count - 1, self.cursor_row + self._half_page()), animate=False)

    def action_half_page_up(self) -> None:
        """Move the cursor half a screen up."""
        self.move_cursor(row=max(0, self.cursor_row - self._half_page()), animate=False)
