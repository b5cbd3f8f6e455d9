"""What both shells show the same way: times with their zone, and a claim's distinct statements.

The dashboard and `warfeed stories` / `claims list` print through these, so a time or a count
never differs between the two.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from tui.core.merge import order_key as stored_order_key

if TYPE_CHECKING:
    from tui.core.models import Statement, Story

SIDE_ORDER = ("ru", "ua", "other")
SIDE_LABEL = {"ru": "RU", "ua": "UA", "other": "other"}


def local_time(ts: float | None, fmt: str = "%Y-%m-%d %H:%M", *, zone: bool = True) -> str:
    """Epoch seconds in the local zone with the zone's name: '2025-11-20 11:15 EET'; '' for None.

    Local time, because that is the clock the user lives by; the zone always named, because
    a war's sources write in Kyiv, Moscow and UTC time and an unlabelled time misleads.
    """
    if not ts:
        return ""
    moment = datetime.fromtimestamp(ts, tz=timezone.utc).astimezone()
    text = moment.strftime(fmt)
    return f"{text} {zone_name(ts)}" if zone else text


def zone_name(ts: float | None = None) -> str:
    """The local zone's short name at that moment ('EET', 'UTC', or '+0200' when it has none)."""
    moment = datetime.fromtimestamp(ts if ts else time.time(), tz=timezone.utc).astimezone()
    name = moment.tzname() or ""
    if not name or name[0] in "+-" or name.isdigit():
        offset = moment.strftime("%z")
        return "UTC" if offset in ("+0000", "") else offset
    return name


def repeat_key(statement: Statement) -> tuple[object, ...]:
    """What makes a statement distinct: one story says one thing per side and stance, however
    many of its sentences repeat it (a headline and its first paragraph)."""
    origin = statement.story_id or (statement.source, " ".join(statement.sentence.split()))
    return (origin, statement.side, statement.stance)


def distinct_statements(statements: Iterable[Statement]) -> list[Statement]:
    """The statements without repeats (the first of each kept), in their order."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for statement in statements:
        key = repeat_key(statement)
        if key not in seen:
            seen.add(key)
            kept.append(statement)
    return kept


def side_counts(statements: Iterable[Statement]) -> dict[str, int]:
    """Distinct statements that stand (as the status counts them) from each side ('ru', 'ua', 'other')."""
    from tui.core.claims.tracker import stands

    counts: dict[str, int] = {}
    for statement in distinct_statements(s for s in statements if stands(s)):
        counts[statement.side] = counts.get(statement.side, 0) + 1
    return {side: counts[side] for side in (*SIDE_ORDER, *sorted(set(counts) - set(SIDE_ORDER))) if side in counts}


def sides_text(statements: Iterable[Statement]) -> str:
    """'RU 5 · UA 3 · other 1': what the claim pane's Sides column and `claims list` print."""
    return " · ".join(f"{SIDE_LABEL.get(side, side)} {count}" for side, count in side_counts(statements).items())


STORY_ORDERS = {"newest": "newest first", "oldest": "oldest first", "source": "by source",
                "unread": "unread first"}
"""The story list's sort orders, in the order a key cycles them, with what the list's title says."""


def next_order(order: str) -> str:
    """The order after `order` in the cycle (an unknown one starts it again)."""
    names = list(STORY_ORDERS)
    return names[(names.index(order) + 1) % len(names)] if order in STORY_ORDERS else names[0]


def story_order_key(order: str) -> Callable[[Story], tuple[object, ...]]:
    """The sort key putting stories in `order` (an unknown one: newest first); newest first
    breaks every tie, so a source's or the unread stories keep the order a reader of news
    expects inside their group."""
    if order == "oldest":
        return lambda story: (story.published, story.id)
    if order == "source":
        return lambda story: ((story.source or story.feed_id).casefold(), -story.published, story.id)
    if order == "unread":
        return lambda story: (story.read, -story.published, story.id)
    return stored_order_key


def sort_stories(stories: list[Story], order: str) -> list[Story]:
    """The stories in `order`: a list the store handed over is already in its own key's order,
    so that order hands back the list itself instead of sorting 50k stories again."""
    key = story_order_key(order)
    return stories if key is stored_order_key else sorted(stories, key=key)
