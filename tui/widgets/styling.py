"""Component styles for text drawn on someone else's background (table cells, list rows), and
the room a modal dialog's table has."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def text_style(widget: Widget, component: str) -> Style:
    """A component's colour and text style without its background.

    `get_component_rich_style(partial=True)` leaves "auto" colours ($text, $text-muted)
    unresolved, so they came out white on a light theme; the whole style resolves them against
    the widget, and dropping its background keeps the cell's own (cursor row, zebra stripe).
    """
    full = widget.get_component_rich_style(component, default=Style())
    return Style(color=full.color, bold=full.bold, italic=full.italic, strike=full.strike,
                 underline=full.underline)


def dialog_inner_width(screen_width: int) -> int:
    """Columns inside a `.modal-dialog` (90% of the screen, at most 140, less its border and
    padding): what a dialog's table may fill before it would scroll sideways."""
    return min(140, screen_width * 9 // 10) - 4
