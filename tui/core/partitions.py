"""Stories in bounded TinyDB files by arrival: `stories-NNNN.json`, with `articles-NNNN.json` beside.

A story joins the newest partition when it first arrives and stays there; a partition is sealed
once it holds PARTITION_SIZE stories and the next one starts. A cycle's new stories go in oldest
first, so the newest stories sit in the newest partitions. A poll therefore rewrites only the
partitions it touched (the open one, and those of stories it revised or dropped), and a cold
poll of 25k stories writes a dozen files of 2,000 instead of one huge one. Each partition is one
TinyDB table "stories" of `documents.story_doc` documents, read through TinyDB and written in
its layout from documents encoded once (`storage.numbered_table`: TinyDB's table API would copy
and encode every document again); its articles file holds the feed's full content and saved
articles of the same stories (table "articles"), read on first use.

The catalog (number, count, newest published time, size and mtime of each partition file) is
kept in feeds.json; a deferred open trusts it only while every file still matches it, and then
reads the partitions with the newest stories first until the head is exactly the newest part.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from tui.core.documents import Losses, StoryBuilder, story_doc
from tui.core.merge import newest_first, order_key
from tui.core.models import Story
from tui.core.storage import Batch, Decode, LineStorage, dumps_strict, fsync_dir, numbered_table

PARTITION_SIZE = 2_000
"""Stories a partition takes before it is sealed."""
_NAME = re.compile(r"stories-(\d{4,})\.json")


@dataclass(slots=True)
class Partition:
    """One stories-NNNN.json as the store knows it."""

    number: int
    ids: set[str] = field(default_factory=set)
    newest: float = 0.0
    stamp: tuple[int, int] | None = None  # (size, mtime_ns) as last written or read
    loaded: bool = False  # its stories are in memory

    def catalog_doc(self) -> dict[str, Any]:
        size, mtime = self.stamp or (0, 0)
        return {"number": self.number, "count": len(self.ids), "newest": self.newest,
                "size": size, "mtime": mtime}


class StoredDocument(Document):
    """What a StoredTable hands out: the stored document itself, not a copy."""

    def __new__(cls, value: Any, doc_id: Any) -> Any:  # noqa: D102
        return value


class StoredTable(Table):
    """A TinyDB table whose reads hand out the stored documents themselves.

    Every document already carries its own id (a story's, a feed's), so TinyDB's per-document
    copy into a `Document` with a numeric `doc_id` would only cost time: opening 50k stories
    iterates this table 50k times. Callers treat what they get as read-only.
    """

    document_class = StoredDocument
    document_id_class = str


class StoreDB(TinyDB):
    """TinyDB with StoredTable tables."""

    table_class = StoredTable


def open_db(path: Path, notices: list[str], clock: Callable[[], float], *,
            writable: bool = True, decode: Decode | None = None,
            sync_dir: bool = True) -> TinyDB:
    """A TinyDB over one data-dir file: line-layout atomic storage behind a Batch middleware
    (with decode, the tables read hold what it makes of each run of documents; with
    sync_dir=False the caller fsyncs the directory after its writes)."""
    db = StoreDB(path, storage=Batch(LineStorage), notices=notices, clock=clock, decode=decode)
    db.storage.storage.writable = writable
    db.storage.storage.sync_dir = sync_dir
    return db


def write_tables(db: TinyDB, tables: dict[str, Iterable[dict[str, Any]]]) -> None:
    """Replace the given tables of db's file with these documents, in one atomic write."""
    batch: Batch = db.storage
    batch.cache = {}  # the whole file is written anew: the old one need not be read
    try:
        for name, docs in tables.items():
            db.table(name, cache_size=0).insert_multiple(docs)
        batch.flush()
    finally:
        batch.discard()


class StoryFiles:
    """The partition files of one data dir (the Store serialises every call)."""

    def __init__(self, data_dir: Path, notices: list[str], clock: Callable[[], float], *,
                 writable: bool = True) -> None:
        self.data_dir = data_dir
        self.notices = notices
        self.clock = clock
        self.writable = writable
        self.parts: dict[int, Partition] = {}
        self.part_of: dict[str, int] = {}
        self.losses = Losses()
        self.salvaged: set[int] = set()  # partitions read from damaged files: rewrite them
        # The open partition's documents as last written, by story id with the story object
        # they encode: a poll rewrites that file, and only its new or replaced stories (new
        # objects; stories are never edited in place but for marks) are encoded again.
        self._encoded: tuple[int, dict[str, tuple[Story, bytes]]] = (-1, {})

    # ----------------------------------------------------------------------------- paths
    def path(self, number: int) -> Path:
        return self.data_dir / f"stories-{number:04d}.json"

    def articles_path(self, number: int) -> Path:
        return self.data_dir / f"articles-{number:04d}.json"

    def on_disk(self) -> list[int]:
        """Numbers of the partition files present, ascending."""
        found = []
        for path in self.data_dir.glob("stories-*.json"):
            match = _NAME.fullmatch(path.name)
            if match:
                found.append(int(match.group(1)))
        return sorted(found)

    def _stat(self, number: int) -> tuple[int, int] | None:
        try:
            info = os.stat(self.path(number))
        except FileNotFoundError:
            return None
        return info.st_size, info.st_mtime_ns

    # --------------------------------------------------------------------------- reading
    def read(self, number: int, builder: StoryBuilder) -> list[Story]:
        """The stories of one partition; damage is salvaged, said, and a copy kept."""
        db = open_db(self.path(number), self.notices, self.clock, writable=self.writable,
                     decode=builder.decode)
        stamp = self._stat(number)
        read = list(db.table("stories", cache_size=0))  # Stories, None for unusable documents
        storage: LineStorage = db.storage.storage
        stories = [story for story in read if story is not None]
        skipped = len(read) - len(stories)
        part = self.parts.setdefault(number, Partition(number))
        ids = [story.id for story in stories]
        part.ids = set(ids)
        # Written newest first; max() stays right for a file written otherwise.
        part.newest = max((s.published for s in stories), default=0.0)
        part.stamp = stamp
        part.loaded = True
        self.part_of.update(dict.fromkeys(ids, number))
        if storage.damaged or skipped:
            for line in storage.damaged:
                self.losses.add(line)
            if skipped:
                self.losses.every_feed = True  # a skipped document's feed cannot be trusted
            lost = len(storage.damaged) + skipped
            self.salvaged.add(number)
            storage.set_aside(
                f"had {lost} damaged stor{'y' if lost == 1 else 'ies'}, skipped ({len(stories)}"
                " kept), and feeds that lost stories will be fetched again in full",
                keep_original=True)
        return stories

    def load_all(self) -> list[Story]:
        """Every story of every partition file on disk."""
        builder = StoryBuilder()
        stories: list[Story] = []
        # Newest partitions first: their stories mostly sort before the older ones', so the
        # caller's sort of the whole list finds it nearly in order.
        for number in reversed(self.on_disk()):
            if not self.parts.get(number, Partition(number)).loaded:
                stories.extend(self.read(number, builder))
        return stories

    def trust_catalog(self, docs: list[dict[str, Any]]) -> bool:
        """Take feeds.json's catalog when every partition file matches it exactly."""
        parts: dict[int, Partition] = {}
        for doc in docs:
            try:
                number, stamp = int(doc["number"]), (int(doc["size"]), int(doc["mtime"]))
                newest = float(doc["newest"])
            except (KeyError, TypeError, ValueError):
                return False
            parts[number] = Partition(number, newest=newest, stamp=stamp)
        if sorted(parts) != self.on_disk() or any(
            self._stat(n) != part.stamp for n, part in parts.items()
        ):
            return False
        self.parts = parts
        return True

    def load_head(self, count: int) -> list[Story]:
        """At least the newest `count` stories (fewer only when there are fewer), newest first,
        exactly the newest part of the full order (needs a trusted catalog)."""
        builder = StoryBuilder()
        loaded: list[Story] = []
        waiting = sorted(self.parts.values(), key=lambda p: p.newest, reverse=True)
        while True:
            bound = waiting[0].newest if waiting else None
            # Every unread story is published at or before bound: only newer ones are sure.
            sure = [s for s in loaded if bound is None or s.published > bound]
            if len(sure) >= count or not waiting:
                sure.sort(key=order_key)
                return sure
            loaded.extend(self.read(waiting.pop(0).number, builder))

    # --------------------------------------------------------------------------- writing
    def assign(self, stories: list[Story]) -> set[int]:
        """Give new stories a partition (oldest first, so the newest go last); the touched."""
        touched: set[int] = set()
        current = max(self.parts, default=None)
        for story in sorted(stories, key=order_key, reverse=True):
            if current is None or len(self.parts[current].ids) >= PARTITION_SIZE:
                current = 0 if current is None else current + 1
                self.parts[current] = Partition(current, loaded=True)
            part = self.parts[current]
            part.ids.add(story.id)
            part.newest = max(part.newest, story.published)
            self.part_of[story.id] = current
            touched.add(current)
        return touched

    def hold(self, ids: Iterable[str]) -> int:
        """Count these stories as partition 0 without a file (a read-only snapshot of an older
        layout, never written); its number."""
        self.part_of.update(dict.fromkeys(ids, 0))
        return 0

    def forget(self, story_id: str) -> int | None:
        """Take a dropped story out of its partition; the partition's number."""
        number = self.part_of.pop(story_id, None)
        if number is not None:
            self.parts[number].ids.discard(story_id)
        return number

    def contents(self, numbers: set[int], order: list[Story],
                 by_id: dict[str, Story]) -> dict[int, list[Story]]:
        """The stories of these partitions, each newest first: a few are sorted from their
        ids, many are taken in one pass over the store's order (already newest first)."""
        if len(numbers) <= 2:
            return {n: newest_first([by_id[i] for i in self.parts[n].ids if i in by_id])
                    for n in numbers if n in self.parts}
        found: dict[int, list[Story]] = {n: [] for n in numbers if n in self.parts}
        part_of = self.part_of
        for story in order:
            bucket = found.get(part_of.get(story.id, -1))
            if bucket is not None:
                bucket.append(story)
        return found

    def write(self, number: int, stories: list[Story]) -> None:
        """Rewrite one partition with its stories (newest first, every one of them loaded)."""
        part = self.parts[number]
        path = self.path(number)
        if not stories:
            path.unlink(missing_ok=True)
            self.articles_path(number).unlink(missing_ok=True)
            del self.parts[number]
            return
        part.newest = stories[0].published
        docs: Iterable[bytes]
        if number == max(self.parts):
            docs = self._encode_open(number, stories)
        else:
            docs = (dumps_strict(story_doc(story)) for story in stories)
        storage = LineStorage(path, notices=self.notices, clock=self.clock)
        storage.sync_dir = False  # the directory is fsynced once after a run of partitions
        storage.write_bytes(numbered_table("stories", docs))
        part.stamp = self._stat(number)
        self.salvaged.discard(number)

    def _encode_open(self, number: int, stories: list[Story]) -> list[bytes]:
        """The open partition's documents, encoding only stories not encoded before."""
        cached_number, cached = self._encoded
        known = cached if cached_number == number else {}
        encoded: dict[str, tuple[Story, bytes]] = {}
        for story in stories:
            hit = known.get(story.id)
            if hit is None or hit[0] is not story:
                hit = (story, dumps_strict(story_doc(story)))
            encoded[story.id] = hit
        self._encoded = (number, encoded)
        return [doc for _, doc in encoded.values()]

    def catalog(self) -> list[dict[str, Any]]:
        return [part.catalog_doc() for _, part in sorted(self.parts.items())]

    # -------------------------------------------------------------------------- articles
    def read_articles(self, number: int) -> dict[str, dict[str, Any]]:
        """The articles file of a partition by story id (damage salvaged and said)."""
        db = open_db(self.articles_path(number), self.notices, self.clock,
                     writable=self.writable)
        entries = {}
        for doc in db.table("articles", cache_size=0):
            story_id = doc.get("id")
            if type(story_id) is str:
                entries[story_id] = {k: v for k, v in doc.items() if k != "id"}
        storage: LineStorage = db.storage.storage
        if storage.damaged:
            lost = len(storage.damaged)
            storage.set_aside(f"had {lost} damaged line{'' if lost == 1 else 's'}, skipped (the"
                              " other articles were kept)", keep_original=True)
        return entries

    def write_articles(self, number: int, entries: dict[str, dict[str, Any]]) -> None:
        path = self.articles_path(number)
        if not entries:
            path.unlink(missing_ok=True)
            return
        docs = ({"id": key, **entry} for key, entry in entries.items())
        write_tables(open_db(path, self.notices, self.clock, sync_dir=False), {"articles": docs})

    def sync_dir(self) -> None:
        """Make the renames of the partitions and articles written so far durable."""
        fsync_dir(self.data_dir)
