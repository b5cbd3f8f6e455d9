"""Text as list rows draw it: untrusted text made one printable line, fitted to cells, and ages.

Apart from the story list so the cluster rows it paints can use the same helpers without the
two modules importing each other.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size

from tui.core.sanitize import clean_line, clean_text

SOURCE_WIDTH = 18
"""Cells of the source column: the name (longer ones end in an ellipsis), then the side's code."""


def display_line(text: str, limit: int = 300) -> str:
    """Untrusted text -> one printable line: the core's sanitiser again, at display time.

    The core cleans at ingest; cleaning is idempotent, so a Story built by hand (or an error
    message) gets the same guarantees on screen (HARDENING 1, 2, 4, 5).
    """
    # Cropped hard to the width (the row ends at the pane's edge), not ellipsised.
    return clean_line(text, limit=limit * 4)[:limit]


def display_text(text: str, limit: int = 200_000) -> str:
    """Untrusted multi-line text -> printable text (paragraphs kept)."""
    return clean_text(text.replace("\t", "    "), limit=limit)


def fit(text: str, width: int) -> str:
    """Text in exactly `width` cells: padded, or cut with an ellipsis so the cut shows."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


def relative_time(then: float, now: float) -> str:
    """Compact age: 'now', '5m', '3h', '2d', '7w', '3y'."""
    age = max(0.0, now - then)
    if age < 60:
        return "now"
    for unit, seconds in (("y", 365 * 86400), ("w", 7 * 86400), ("d", 86400), ("h", 3600), ("m", 60)):
        if age >= seconds:
            return f"{int(age // seconds)}{unit}"
    return "now"  # pragma: no cover - the loop always returns
