"""The shared test factories: one way to make a Story, on the shared clock's time, and one way
to store stories without a poll."""

from __future__ import annotations

from collections.abc import Iterable

from tests.clock import START, Clock
from tui.core.models import Story
from tui.core.store import IngestResult, Store

NOW = START
"""The fixed 'now' stories are dated against unless a test says otherwise."""

__all__ = ["NOW", "Clock", "ingest", "story"]


def story(n: int = 1, *, feed: str = "f", now: float = NOW, **fields) -> Story:
    """Story n of `feed`, published n minutes before `now`; any Story field can be given."""
    values = dict(id=f"{feed}:{n:04d}", feed_id=feed, source=feed.title(), side="intl",
                  title=f"Story {n}", published=now - 60 * n)
    values.update(fields)
    return Story(**values)


def ingest(store: Store, stories: Iterable[Story]) -> IngestResult:
    """Stories stored straight into the store, marked as through the claims merge the way a
    poll marks them, so the dashboard's catch-up after a killed poll leaves them as given."""
    stories = list(stories)
    result = store.ingest(stories)
    stored = [found for s in stories if (found := store.story(s.id)) is not None]
    if stored:
        store.set_claims_through(max(s.fetched_at for s in stored))
    return result
