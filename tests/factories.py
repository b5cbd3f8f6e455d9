"""The shared test factories: one way to make a Story, on the shared clock's time."""

from __future__ import annotations

from tests.clock import START, Clock
from tui.core.models import Story

NOW = START
"""The fixed 'now' stories are dated against unless a test says otherwise."""

__all__ = ["NOW", "Clock", "story"]


def story(n: int = 1, *, feed: str = "f", now: float = NOW, **fields) -> Story:
    """Story n of `feed`, published n minutes before `now`; any Story field can be given."""
    values = dict(id=f"{feed}:{n:04d}", feed_id=feed, source=feed.title(), side="intl",
                  title=f"Story {n}", published=now - 60 * n)
    values.update(fields)
    return Story(**values)
