"""What one sentence says, as `warfeed claims extract -` reads it: the phrasing tests' one reader."""

from __future__ import annotations

from datetime import datetime, timezone

from tui.core.claims.pipeline import extract_document


def said(text: str, day: str | None = None) -> set[tuple[str, str, str | None]]:
    """The (stance, side, place) of every statement in `text`, read as published at noon UTC on
    `day` (YYYY-MM-DD) when given; place None for a statement naming no settlement."""
    published = datetime.strptime(day, "%Y-%m-%d").replace(hour=12, tzinfo=timezone.utc).timestamp() if day else None
    got = extract_document(text, published=published)
    return {(s["stance"], s["side"], s["place"]) for s in got["statements"] + got["unplaced"]}
