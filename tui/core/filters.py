"""The one filter compiler: the filter language with `place:` resolved through the gazetteer.

query.py is the language itself and knows no places; this joins it to the gazetteer, so the
dashboard's filter bar, watch rules, `warfeed stories/export` and the claim place filters
all read a place the same way (any spelling: Kupyansk, Куп'янськ).
"""

from __future__ import annotations

from collections.abc import Callable

from tui.core.query import EVERYTHING, Filter, QueryError, StoryFilter, compile_query, fold
from tui.core.search_index import SearchIndex

__all__ = ["Filter", "QueryError", "compile_filter", "place_matcher", "resolve_place", "warm_up"]


def resolve_place(name: str) -> str | None:
    """Any spelling of a place -> its canonical name, or None (loads the gazetteer on first use)."""
    try:
        from tui.core.claims.gazetteer import resolve_place as resolve
    except ImportError:  # a build without the claims tables: places match as text
        return None
    return resolve(name)


def compile_filter(query: str, *, now: float | None = None, index: SearchIndex | None = None) -> StoryFilter:
    """The filter language -> a filter; raises QueryError (one sentence) on a bad query.
    `index`: the word index of the store whose stories it will test."""
    if not query.strip():
        return EVERYTHING
    return compile_query(query, now=now, resolve_place=resolve_place, index=index)


def place_matcher(name: str) -> Callable[[str], bool]:
    """A test of a claim's place against `name` in any spelling."""
    canonical = fold(resolve_place(name) or name)
    return lambda place: fold(place) == canonical


def warm_up() -> None:
    """Load the gazetteer ahead of the first `place:` filter (it costs a moment the first time)."""
    resolve_place("Kyiv")
