"""How a poll cycle's stories join the cache: merging by id, revisions, order and retention.

Pure functions over in-memory stories; the Store (store.py) holds the lock and writes the result.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from itertools import islice
from operator import attrgetter, gt
from collections.abc import Iterable, Mapping
from typing import Any

from tui.core.documents import USER_FIELDS
from tui.core.models import Story
from tui.core.versions import Version, normalise, story_body, version_hash

_ID = attrgetter("id")
_PUBLISHED = attrgetter("published")

MAX_PREVIOUS_TITLES = 10
"""Earlier titles a revised story keeps."""


def merge_stories(
    by_id: dict[str, Story],
    incoming: dict[str, Story],
    cold: dict[str, dict[str, Any]],
    now: float,
    new: list[str],
    updated: list[str],
    gone: list[Story],
    added: list[Story],
    cold_put: list[str],
    revisions: list[tuple[str, Version, Version]] | None = None,
) -> None:
    """Merge a cycle's stories into by_id and cold (caller holds the lock).

    Ids of new and revised stories go to new and updated; replaced objects to gone, the objects
    now in by_id to added, ids whose cold entry changed to cold_put (so stories changed when
    added is not empty, cold when cold_put is not). A story is revised only when its normalised
    text changed (versions.py); (id, previous, new) Versions go to revisions.
    """
    for story_id, story in incoming.items():
        content, story.content = story.content, ""
        old = by_id.get(story_id)
        old_content = cold.get(story_id, {}).get("content", "") if old is not None else ""
        if old is None:
            if not story.fetched_at:
                story.fetched_at = now
            new.append(story_id)
        else:
            # Marks, claim links and history belong to us, not to the feed.
            for name in USER_FIELDS + ("fetched_at", "revision", "previous_titles"):
                setattr(story, name, getattr(old, name))
            revised = _revision(old, old_content, story, content, now)
            if revised is not None:
                if revisions is not None:
                    revisions.append((story_id, *revised))
                story.revision = old.revision + 1
                if normalise(story.title, "") != normalise(old.title, ""):
                    titles = [*old.previous_titles, old.title]
                    story.previous_titles = titles[-MAX_PREVIOUS_TITLES:]
                updated.append(story_id)
        if old is None or story != old:
            # A new object rather than an in-place edit: a reader holding the old one keeps
            # a consistent story.
            by_id[story_id] = story
            if old is not None:
                gone.append(old)
            added.append(story)
        if content and cold.get(story_id, {}).get("content") != content:
            cold[story_id] = {**cold.get(story_id, {}), "content": content}
            cold_put.append(story_id)


def _revision(
    old: Story, old_content: str, story: Story, content: str, now: float
) -> tuple[Version, Version] | None:
    """The (previous, new) versions when story reads differently from old, else None."""
    if story.title == old.title and story.summary == old.summary and (
        not content or content == old_content
    ):
        return None
    # Whitespace, markup, tracking parameters or a new date stamp alone are not a revision.
    before_body = story_body(old.summary, old_content)
    after_body = story_body(story.summary, content or old_content)
    before_hash = version_hash(old.title, before_body)
    after_hash = version_hash(story.title, after_body)
    if before_hash == after_hash:
        return None
    return (Version(old.fetched_at, old.title, before_body, before_hash),
            Version(now, story.title, after_body, after_hash))


# ------------------------------------------------ order and retention
def order_key(story: Story) -> tuple[float, str]:
    """Newest first, then by id so equal times keep a stable order."""
    return (-story.published, story.id)


def newest_first(stories: list[Story]) -> list[Story]:
    """stories in order_key order. Partitions are read newest first and each is stored newest
    first, so the list usually is in order already: that is checked on published times alone
    (in C) before anything is sorted."""
    published = [story.published for story in stories]
    if all(map(gt, published, islice(published, 1, None))):  # strictly: no tie to break by id
        return stories
    # Two stable sorts with C keys: by id, then by time (reverse keeps ties in id order).
    return sorted(sorted(stories, key=_ID), key=_PUBLISHED, reverse=True)


def reordered(order: list[Story], gone: list[Story], added: list[Story]) -> list[Story]:
    """A new newest-first list: order without the gone objects, with added ones in place."""
    if (len(gone) + len(added)) * 8 > len(order):
        kept = set(map(id, gone))
        return sorted([s for s in order if id(s) not in kept] + added, key=order_key)
    # A poll cycle changes a few dozen of 50k stories: bisecting them in and out (keys are
    # unique because ids are) costs far less than recomputing 50k sort keys.
    order = list(order)
    for story in gone:
        at = bisect_left(order, order_key(story), key=order_key)
        if at < len(order) and order[at] is story:
            del order[at]
        else:  # cannot happen while keys are unique; stay correct anyway
            order = [s for s in order if s is not story]
    for story in added:
        insort(order, story, key=order_key)
    return order


def retention_drops(
    stories: Iterable[Story], retention: Mapping[str, int], live: set[str], cutoff: float
) -> list[str]:
    """Ids to drop: beyond a feed's item_limit or older than cutoff, never marked ones."""
    by_feed: dict[str, list[Story]] = {}
    for story in stories:
        if story.feed_id in retention:
            by_feed.setdefault(story.feed_id, []).append(story)
    dropped: list[str] = []
    for feed_id, feed_stories in by_feed.items():
        limit = max(0, int(retention[feed_id]))
        feed_stories.sort(key=order_key)
        for rank, story in enumerate(feed_stories):
            if story.starred or story.flagged or story.claim_ids:
                continue
            # An old story the feed still carries stays: dropping it would bring it back as
            # new (and unread) on the next poll. A story without a date ages from first sight.
            age_from = story.published or story.fetched_at
            if rank >= limit or (age_from < cutoff and story.id not in live):
                dropped.append(story.id)
    return dropped
