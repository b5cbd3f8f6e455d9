"""The store's three small files, each one TinyDB table kept whole in memory.

- `MarksTable`: marks.json, one document per story with a mark or a claim link, so a mark
  rewrites this small file and never a partition of stories.
- `HealthTable`: feeds.json's table "health" (FeedHealth per feed, with its HTTP validators),
  and which validators must stay off disk until the stories they vouch for are.
- `ClaimsTable`: claims.json, read on first use.
None of them locks: the store serialises every call under its own lock, and each one's `dirty`
says its file is due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from tinydb import TinyDB

from tui.core.documents import USER_FIELDS, apply_user_doc, user_doc
from tui.core.models import Claim, FeedHealth, Story
from tui.core.storage import LineStorage


def said_damage(db: TinyDB, cost: str) -> bool:
    """Keep a copy of a damaged file read through db and say what its lost lines cost."""
    storage: LineStorage = db.storage.storage
    if not storage.damaged:
        return False
    lost = len(storage.damaged)
    storage.set_aside(f"was damaged: {lost} line{'' if lost == 1 else 's'} could not be read"
                      f" and {cost}", keep_original=True)
    return True


class MarksTable:
    """Read/starred/flagged and claim links by story id (marks.json)."""

    def __init__(self) -> None:
        self._docs: dict[str, dict[str, Any]] = {}
        self.dirty = False

    def load(self, db: TinyDB) -> bool:
        """Read the table from db; whether the file was damaged (and must be written whole)."""
        for doc in db.table("marks", cache_size=0):
            story_id = doc.get("id")
            if type(story_id) is str:
                self._docs[story_id] = {k: v for k, v in doc.items() if k in USER_FIELDS}
        return said_damage(db, "the marks on its damaged lines are lost")

    def apply(self, stories: Mapping[str, Story]) -> None:
        """Put the marks on the given stories that have some."""
        for story_id, entry in self._docs.items():
            story = stories.get(story_id)
            if story is not None:
                apply_user_doc(story, entry)

    def remember(self, story: Story) -> bool:
        """Keep a story's document in step with its marks; whether it changed."""
        doc = user_doc(story)
        if doc is None:
            return self.forget(story.id)
        del doc["id"]
        if self._docs.get(story.id) == doc:
            return False
        self._docs[story.id] = doc
        return True

    def forget(self, story_id: str) -> bool:
        """Drop a story's document; whether it had one."""
        return self._docs.pop(story_id, None) is not None

    def keep_only(self, known: Mapping[str, Any]) -> bool:
        """Drop the documents of stories that are gone; whether any was."""
        stale = [k for k in self._docs if k not in known]
        for story_id in stale:
            del self._docs[story_id]
        return bool(stale)

    def documents(self) -> list[dict[str, Any]]:
        """The table as it is written."""
        return [{"id": k, **v} for k, v in self._docs.items()]


class HealthTable:
    """Feed health by feed id, and the validators that must not reach the disk yet."""

    def __init__(self) -> None:
        self._by_feed: dict[str, FeedHealth] = {}
        self.dirty = False
        self.unsaved_feeds: set[str] = set()  # their validators wait for their stories
        # Feeds whose stories were lost to damage: a 304 for them must not bring back the
        # validators that would keep their stories from returning (until a 200 refills them).
        self._lost_all = False
        self._lost_feeds: set[str] = set()
        self._refilled: set[str] = set()
        # Stories fetched at or before this time have had their claims merged (None: unknown,
        # a data dir from before it was kept). Kept beside the validators it is written with.
        self.claims_through: float | None = None

    def load(self, db: TinyDB) -> list[dict[str, Any]]:
        """Read the health table from feeds.json's db; returns its partition catalog."""
        self.adopt(db.table("health", cache_size=0))
        for doc in db.table("progress", cache_size=0):
            through = doc.get("claims_through")
            if isinstance(through, (int, float)) and not isinstance(through, bool):
                self.claims_through = float(through)
        return [dict(doc) for doc in db.table("partitions", cache_size=0)]

    def progress(self) -> list[dict[str, Any]]:
        """The progress table as it is written."""
        return [] if self.claims_through is None else [{"claims_through": self.claims_through}]

    def adopt(self, docs: Iterable[Mapping[str, Any]]) -> None:
        """Take health documents as they are (a snapshot of an older layout)."""
        for doc in docs:
            try:
                item = FeedHealth.from_dict(dict(doc))
            except (KeyError, TypeError):
                continue
            self._by_feed[item.feed_id] = item

    def copy(self) -> dict[str, FeedHealth]:
        return dict(self._by_feed)

    def put(self, item: FeedHealth) -> None:
        """Replace a feed's health with a copy of item."""
        self._by_feed[item.feed_id] = replace(item)

    def keep(self, item: FeedHealth) -> None:
        """Replace a feed's health after a poll: without validators while the feed's stories,
        lost to damage, have not come back in a full response."""
        kept = replace(item)
        if self._lost_all or self._lost_feeds:
            if item.status == 200 and item.error is None:
                self._refilled.add(item.feed_id)
            elif item.feed_id not in self._refilled and (
                self._lost_all or item.feed_id in self._lost_feeds
            ):
                kept.etag = kept.last_modified = None
        self._by_feed[item.feed_id] = kept

    def forget_validators(self, feeds: set[str], *, every_feed: bool) -> bool:
        """Stories of these feeds (or every feed) were lost: drop their ETag and Last-Modified,
        so the next poll fetches them whole instead of hearing 304 forever; whether any had one."""
        self._lost_all |= every_feed
        self._lost_feeds |= feeds
        changed = False
        for feed_id, health in list(self._by_feed.items()):
            if (every_feed or feed_id in feeds) and (health.etag or health.last_modified):
                self._by_feed[feed_id] = replace(health, etag=None, last_modified=None)
                changed = True
        return changed

    def documents(self) -> list[dict[str, Any]]:
        """The table as it is written: validators of feeds whose stories are unsaved left out."""
        return [replace(h, etag=None, last_modified=None).to_dict()
                if k in self.unsaved_feeds else h.to_dict() for k, h in self._by_feed.items()]


class ClaimsTable:
    """Every tracked claim by id (claims.json), read on first use."""

    def __init__(self) -> None:
        self.by_id: dict[str, Claim] | None = None  # None until read
        self.dirty = False

    @staticmethod
    def read(db: TinyDB) -> tuple[dict[str, Claim], bool]:
        """The claims of claims.json's db, and whether the file was damaged (a copy kept)."""
        try:
            docs = list(db.table("claims", cache_size=0))
        except ValueError:  # the older claims.json, keyed by claim id: same documents
            docs = list((db.storage.read() or {}).get("claims", {}).values())
        claims: dict[str, Claim] = {}
        for doc in docs:
            try:
                claim = Claim.from_dict(dict(doc))
            except (KeyError, TypeError, AttributeError, ValueError):
                continue
            claims[claim.id] = claim
        storage: LineStorage = db.storage.storage
        if storage.damaged:
            storage.set_aside(
                f"was damaged: {len(docs)} claim{'' if len(docs) == 1 else 's'} could be"
                " read from it, and the rest are rebuilt from the stories that mention"
                " them (without their verdicts and watches)", keep_original=True)
        return claims, bool(storage.damaged)

    def documents(self) -> list[dict[str, Any]]:
        return [c.to_dict() for c in (self.by_id or {}).values()]
