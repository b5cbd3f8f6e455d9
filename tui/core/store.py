"""The story cache: TinyDB files on disk, an in-memory index for instant queries, batched writes.

Three TinyDB files live in the data dir, each written atomically by `AtomicJSONStorage`:
- `stories.json` (hot): every Story without its bulky `content`, one per line, read one story
  at a time at open; `stories.journal` beside it holds the poll cycles since it was written
  (journal.py), so a cycle appends kilobytes instead of rewriting 80 MB. Once the journal
  passes a sixteenth of the base, the flusher thread folds it into a fresh stories.json.
- `articles.json` (cold): per story id, the feed's full content and the extracted Article;
  loaded only when first needed, so opening a big cache stays fast.
- `state.json`: feed health and the *mark overlay* — the current marks (and claim links) of
  stories touched since stories.json was last written. A mark flush rewrites only this small
  file; the next full write of stories.json (a compaction) folds the overlay in.
- `claims.json`: the tracked claims with their statements (megabytes on a big cache), read on
  first use and written only when claims change, so neither a mark flush nor a poll that found
  nothing new pays for them. (Older data dirs kept them in state.json; they move on next write.)
A `lock` file held with flock keeps a second warfeed process out of the same data dir.
"""

from __future__ import annotations

import atexit
import fcntl
import gc
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tui.core import query
from tui.core.articles_log import ArticleLog
from tui.core.journal import HotFile, journal_record
from tui.core.models import Article, Claim, FeedHealth, Story
from tui.core.store_flush import MarkFlushing
from tui.core.store_load import StoreLoading, collector_paused
from tui.core.versions import Version, VersionLog, article_revision
from tui.core.storage import (
    MAX_PREVIOUS_TITLES,
    AtomicJSONStorage,
    StoreLocked,
    WarfeedDB,
    acquire_lock,
    clean_story,
    error_sentence,
    merge_stories,
    reordered,
    retention_drops,
)

__all__ = ["MAX_PREVIOUS_TITLES", "IngestResult", "Store", "StoreLocked"]

DEFAULT_MAX_AGE = 30 * 86400
"""Unmarked stories older than this (by published time) are dropped by retention."""
DEFAULT_FLUSH_INTERVAL = 0.5
COMPACT_RATIO = 0.0625
"""The journal is folded into stories.json once it passes this fraction of stories.json..."""
COMPACT_MIN = 1 << 20
"""...or this many bytes, whichever is larger (replaying it costs as much as reading a base)."""
OVERLAY_MIN = 1_000
"""The mark overlay is folded into stories.json once it holds this many stories or a sixteenth
of them, whichever is more (a 25k-story first poll left a 3 MB overlay in every mark flush)."""
SNAPSHOT_TRIES = 5
"""A read-only open reads again when a write replaced a file meanwhile, up to this often."""
HEAD_STORIES = 1_000
"""A store opened with deferred=True reads this many of the newest stories before returning
(one 1 MB block of stories.json, ~15 ms): a first screen, whatever the cache's size."""


@dataclass(slots=True)
class IngestResult:
    """Ids of stories an ingest added, revised (title/summary changed) and dropped by retention."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


class Store(StoreLoading, MarkFlushing):
    """The story cache of one data dir; see the module docstring. Open with `Store.open`."""

    def __init__(
        self,
        data_dir: Path,
        lock_fd: int | None,
        *,
        clock: Callable[[], float],
        flush_interval: float,
        max_age: float,
        compact_ratio: float = COMPACT_RATIO,
        compact_min: int = COMPACT_MIN,
        read_only: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.read_only = read_only
        self._search_index = True
        self._index_timers: list[threading.Timer] = []
        self.notices: list[str] = []
        self.clock = clock
        self.flush_interval = flush_interval
        self.max_age = max_age
        self._lock_fd: int | None = lock_fd
        # _lock guards the in-memory data; _write_lock serialises file writes so a slow full
        # write never blocks readers, and two writers never interleave their files.
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        # state.json has its own: a mark flush never waits behind a compaction's long write.
        self._state_write_lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._by_id: dict[str, Story] = {}
        self._order: list[Story] = []  # replaced, never mutated, so readers iterate lock-free
        self._overlay: dict[str, dict[str, Any]] = {}
        self._health: dict[str, FeedHealth] = {}
        self._claims: dict[str, Claim] | None = None  # claims.json, read on first use
        self._claims_dirty = False
        self._meta: dict[str, Any] = {"format": 1}
        self._cold: dict[str, dict[str, Any]] | None = None
        # Set once every story is in memory; until then (deferred open) only the newest are.
        self._complete = threading.Event()
        self._load_lock = threading.Lock()
        self._load_error: str | None = None
        self._state_dirty = False
        self._hot_unsaved = False
        self._cold_unsaved = False
        self._dirty_since: float | None = None
        self._compact_due = False
        self._writing = 0
        self._closing = False
        self._closed = False
        self._flush_error: str | None = None
        # Feeds whose stories were lost to damage: a 304 for them must not bring back the
        # validators that would keep their stories from returning (until a 200 refills them).
        self._lost_all = False
        self._lost_feeds: set[str] = set()
        self._refilled: set[str] = set()
        # Stories (and their feeds) a failed write left only in memory, until a write succeeds.
        self._unsaved_ids: set[str] = set()
        self._unsaved_feeds: set[str] = set()
        self._state_failed = False
        db = {"notices": self.notices, "clock": clock, "storage": AtomicJSONStorage}
        self._hot_db = WarfeedDB(data_dir / "stories.json", **db)
        self._cold_db = WarfeedDB(data_dir / "articles.json", **db)  # the old layout, migrated
        self._articles = ArticleLog(data_dir / "articles.log", self._cold_db.storage)
        self._state_db = WarfeedDB(data_dir / "state.json", **db)
        self._claims_db = WarfeedDB(data_dir / "claims.json", **db)
        if read_only:
            for db in (self._hot_db, self._cold_db, self._state_db, self._claims_db):
                db.storage.writable = False
        self._hot = HotFile(
            self._hot_db.storage, compact_ratio=compact_ratio, compact_min=compact_min
        )
        self._flusher = threading.Thread(
            target=self._flush_loop, name="warfeed-store-flush", daemon=True
        )
        self._compactor = threading.Thread(
            target=self._compact_loop, name="warfeed-store-compact", daemon=True
        )

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        *,
        clock: Callable[[], float] = time.time,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
        max_age: float = DEFAULT_MAX_AGE,
        compact_ratio: float = COMPACT_RATIO,
        compact_min: int = COMPACT_MIN,
        search_index: bool = True,
        deferred: bool = False,
        head: int | None = None,
        read_only: bool = False,
    ) -> Store:
        """Lock data_dir and load it; raises StoreLocked when another process holds it.

        read_only=True takes no lock and writes nothing (see _open_snapshot): for commands that
        only read, beside a running dashboard or on a read-only disk.

        deferred=True is for the dashboard's first paint: only the newest `head` stories are
        read now (default HEAD_STORIES), and finish_load() (a worker, after the first frame)
        reads the rest. Until it has, stories() gives those newest ones; writes of stories wait
        for it. A headless poll opens with head=0: a cycle of 304s never reads a story.

        search_index=False is for headless work that never queries (a poll): the word index is
        neither loaded, grown nor saved (25k new stories cost ~2 s of indexing), and the next
        store opened with it indexes what it lacks in a background thread.
        """
        data_dir = Path(data_dir)
        if read_only:
            return cls._open_snapshot(data_dir, clock=clock, search_index=search_index)
        data_dir.mkdir(parents=True, exist_ok=True)
        lock_fd = acquire_lock(data_dir)
        try:
            store = cls(
                data_dir, lock_fd, clock=clock, flush_interval=flush_interval, max_age=max_age,
                compact_ratio=compact_ratio, compact_min=compact_min,
            )
            store._search_index = search_index
            store._remove_stale_temp_files()
            with collector_paused():
                marks = store._load_state()
                if not store._hot_db.storage.path.exists() and any(
                    h.etag or h.last_modified for h in store._health.values()
                ):
                    # No stories (deleted, or never written): no feed may answer 304 to them.
                    store._forget_validators(set(), every_feed=True)
                newest = store._hot.peek(HEAD_STORIES if head is None else head) if deferred else None
                if newest is None:  # not deferred, or a base in an older layout
                    store._load_all(marks)
                else:
                    store._load_head(newest, marks)
        except BaseException:
            fcntl.flock(lock_fd, fcntl.LOCK_UN)
            os.close(lock_fd)
            raise
        store._flusher.start()
        store._compactor.start()
        atexit.register(store.close)
        return store

    @classmethod
    def _open_snapshot(
        cls, data_dir: Path, *, clock: Callable[[], float], search_index: bool
    ) -> Store:
        """A read-only store: a consistent snapshot of what the writer last put on disk.

        The writer replaces stories.json and state.json atomically and only appends to the
        journal (a torn last line is ignored), so reading state, then stories, then checking
        that neither file was replaced meanwhile gives one consistent state; else read again.
        """
        for _ in range(SNAPSHOT_TRIES):
            before = _stamps(data_dir)
            store = cls(data_dir, None, clock=clock, flush_interval=DEFAULT_FLUSH_INTERVAL,
                        max_age=DEFAULT_MAX_AGE, read_only=True)
            store._search_index = search_index
            with collector_paused():
                store._load_all(store._load_state())
            if _stamps(data_dir) == before:
                break
        store._closed = True  # nothing to flush, no lock to give back, never writes
        return store

    def close(self) -> None:
        """Flush pending marks, stop the flusher and release the data dir."""
        with self._cond:
            if self._closed:
                return
            self._closing = True
            self._cond.notify_all()
        for thread in (self._flusher, self._compactor):
            if thread.is_alive() and thread is not threading.current_thread():
                thread.join()
        # Held to the end: a deferred load in progress finishes first, and none starts after.
        self._load_lock.acquire()
        try:
            if self._complete.is_set():  # a partial store never rewrites stories.json
                self._compact_on_close()
            if not self.flush() and (lost := self.unsaved()):
                self.notices.append(f"{lost} They are lost as warfeed closes (new stories"
                                    " come back with the next poll).")
            for timer in self._index_timers:
                timer.cancel()  # not started yet: a closed store's stories stay out of the index
            self._save_index()
            # The index holds this store's stories: a closed store should not keep them alive.
            query.shared_index().clear()
        finally:
            with self._cond:
                self._closed = True
            if self._lock_fd is not None:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
                os.close(self._lock_fd)
                self._lock_fd = None
            atexit.unregister(self.close)
            self._load_lock.release()
            # Back in the collector's sight: a closed store's cycles must be collectable.
            gc.unfreeze()

    def _compact_on_close(self) -> None:
        # A journal a quarter of the way to compaction is folded now, while the user is
        # leaving anyway, so the next open reads one file; a smaller one costs little to replay.
        with self._cond:
            size = self._hot.journal_size
            wanted = self._hot_unsaved or self._compact_due or self._overlay_big() or (
                size is not None and size > self._hot.limit() / 4
            )
        if not wanted:
            return
        try:
            self.compact()
        except OSError as exc:
            if self._hot_unsaved:
                self._write_failed(exc)  # said once more below if it stays unsaved
                return
            # Nothing is lost: the journal on disk still holds every cycle.
            self.notices.append(error_sentence(exc, "compact"))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------ reading
    def stories(
        self, match: Callable[[Story], bool] | None = None, limit: int | None = None
    ) -> list[Story]:
        """Stories newest first, filtered by match, stopping once limit are found."""
        order = self._order
        if limit is not None and limit <= 0:
            return []
        if match is None:
            return order[:limit] if limit is not None else list(order)
        if limit is None:
            return query.select(order, match)
        found: list[Story] = []
        for story in order:
            if match(story):
                found.append(story)
                if len(found) >= limit:
                    break
        return found

    def story(self, story_id: str, *, full: bool = False) -> Story | None:
        """One story by id; full=True gives a copy carrying the feed's content (articles.json)."""
        with self._lock:
            story = self._by_id.get(story_id)
        if story is None or not full:
            return story
        return replace(story, content=self.content(story_id))

    def count(self) -> int:
        """How many stories are cached."""
        return len(self._by_id)

    def content(self, story_id: str) -> str:
        """The feed's full content of a story ('' when the feed gave none)."""
        cold = self._ensure_cold()
        with self._lock:
            return cold.get(story_id, {}).get("content", "")

    def article(self, story_id: str) -> Article | None:
        """The extracted article saved for a story, if any."""
        cold = self._ensure_cold()
        with self._lock:
            doc = cold.get(story_id, {}).get("article")
        return Article.from_dict(doc) if isinstance(doc, dict) else None

    def health(self) -> dict[str, FeedHealth]:
        """Feed health by feed id."""
        with self._lock:
            return dict(self._health)

    def claims(self) -> list[Claim]:
        """Every tracked claim."""
        claims = self._ensure_claims()
        with self._lock:
            return list(claims.values())

    def _ensure_cold(self) -> dict[str, dict[str, Any]]:
        with self._lock:
            if self._cold is not None:
                return self._cold
        with self._write_lock:  # a migration may write; never beside another writer
            raw = self._articles.load() if self._cold is None else self._cold
        with self._lock:
            if self._cold is None:
                self._cold = raw
            return self._cold

    # ------------------------------------------------------------------------------ writing
    def ingest(
        self,
        stories: Iterable[Story],
        health: Iterable[FeedHealth] = (),
        retention: Mapping[str, int] | None = None,
    ) -> IngestResult:
        """Merge a cycle's stories keeping marks, apply retention, write each changed file once."""
        incoming = {s.id: s for s in map(clean_story, stories)}
        health = list(health)
        result = IngestResult()
        # A cycle of 304s only records feed health: no story, saved or not, is needed for it.
        if incoming or retention or self._cold_unsaved:
            self.finish_load()  # merging and retention need every story
            cold = self._ensure_cold()
        else:
            cold = {}
        with self._write_lock:
            self._check_open()
            with self._lock:
                gone: list[Story] = []
                added: list[Story] = []
                cold_put: list[str] = []
                revisions: list[tuple[str, Version, Version]] = []
                merge_stories(
                    self._by_id, incoming, cold, self.clock(), result.new, result.updated,
                    gone, added, cold_put, revisions,
                )
                stories_changed, cold_changed = bool(added), bool(cold_put)
                dropped = (
                    retention_drops(self._by_id.values(), retention, set(incoming),
                                    self.clock() - self.max_age)
                    if retention else []
                )
                cold_drop: list[str] = []
                for story_id in dropped:
                    gone.append(self._by_id.pop(story_id))
                    self._overlay.pop(story_id, None)
                    if cold.pop(story_id, None) is not None:
                        cold_changed = True
                        cold_drop.append(story_id)
                result.removed = dropped
                if dropped:
                    # A story can arrive and fall to retention in the same cycle: it must not
                    # be put into the order (or the journal) after being taken out.
                    dropped_ids = set(dropped)
                    added = [s for s in added if s.id not in dropped_ids]
                if stories_changed or dropped:
                    self._order = reordered(self._order, gone, added)
                # Serialised under _lock, so the record holds each story's marks as they are
                # now; a cycle is a few dozen stories, so this is short.
                record = (
                    journal_record(added, dropped)
                    if (stories_changed or dropped) and not self._hot_unsaved
                    and self._hot.journal_size is not None else None
                )
                # A write that failed last time, a store without a journal yet, or a cycle
                # as big as the journal may grow: rewrite stories.json whole instead.
                full = self._hot_unsaved or (stories_changed or bool(dropped)) and (
                    record is None or len(record) > self._hot.limit()
                )
                if full:
                    record = None
                # Only the changed entries, taken now: one line appended, not every article.
                # (After a failed write the log is due for a whole rewrite, which this triggers.)
                cold_record = (
                    {key: cold[key] for key in cold_put if key in cold}, cold_drop
                ) if cold_changed or self._cold_unsaved else None
                self._cold_unsaved |= cold_changed
                snapshot = self._full_snapshot() if full else None
                # If marks newer than the disk overlay exist, put them on disk before the
                # journal record so a crash between the two never resurrects an old mark.
                pre_state = record is not None and self._state_dirty
                self._writing += 1
            failed: OSError | None = None
            try:
                if cold_record is not None:
                    self._write_cold(*cold_record)
                if pre_state:
                    self._write_state(if_dirty=True)
                if record is not None:
                    self._append(record)
                if snapshot is not None:
                    self._write_full(*snapshot)
            except OSError as exc:
                # A full or read-only disk: the cycle stays in memory (shown, queried) and is
                # written again by the flusher; until then its feeds' validators stay off disk,
                # so a crash meanwhile refetches them rather than hearing 304 for lost stories.
                failed = exc
                with self._cond:
                    if record is not None or snapshot is not None:
                        self._hot_unsaved = True  # the cycle's stories: written whole next time
                    self._unsaved_ids.update(s.id for s in added)
                    self._unsaved_feeds.update(s.feed_id for s in added)
                    self._unsaved_feeds.update(
                        self._by_id[i].feed_id for i in cold_put if i in self._by_id
                    )
            try:
                # Health (validators) goes last: a crash before this point refetches the feed.
                with self._lock:
                    for item in health:
                        self._health[item.feed_id] = self._kept_health(item)
                if health:
                    self._write_state()
                elif snapshot is not None:
                    self._write_state(if_dirty=True)
            except OSError as exc:
                failed = failed or exc
            finally:
                with self._cond:
                    self._writing -= 1
                    self._cond.notify_all()
            if revisions:
                self._record_versions(revisions)
        if failed is not None:
            self._write_failed(failed)
        # After the write: a query compiled meanwhile checks these few by their text.
        if self._search_index:
            self._index_stories(added)
        return result

    def _kept_health(self, item: FeedHealth) -> FeedHealth:
        """A copy of a feed's health to keep (caller holds _lock): without validators while
        the feed's stories, lost to damage, have not come back in a full response."""
        kept = replace(item)
        if not (self._lost_all or self._lost_feeds):
            return kept
        if item.status == 200 and item.error is None:  # a whole feed, parsed and stored
            self._refilled.add(item.feed_id)
        elif item.feed_id not in self._refilled and (
            self._lost_all or item.feed_id in self._lost_feeds
        ):
            kept.etag = kept.last_modified = None
        return kept

    def _overlay_big(self) -> bool:
        """Whether the mark overlay is worth folding into stories.json: every mark flush
        rewrites it whole, and the claims pipeline adds an entry per story it links."""
        return len(self._overlay) > max(OVERLAY_MIN, len(self._by_id) * COMPACT_RATIO)

    def _append(self, record: bytes) -> None:
        """Append one cycle to the journal (caller holds _write_lock); may ask for compaction."""
        try:
            due = self._hot.append(record)
        except BaseException:
            self._hot_unsaved = True  # the next ingest rewrites stories.json whole
            raise
        if due or self._overlay_big():
            with self._cond:
                self._compact_due = True
                self._cond.notify_all()

    def _full_snapshot(self) -> tuple[list[Story], dict[str, dict[str, Any]], bool]:
        """What a full write needs, taken under _lock: order, overlay to fold, pending state."""
        folded = {k: dict(v) for k, v in self._overlay.items()}
        # Marks newer than the disk overlay go to disk before the new stories.json, so a crash
        # between the two files never resurrects an old mark.
        return self._order, folded, self._state_dirty

    def _write_full(
        self, order: list[Story], folded: dict[str, dict[str, Any]], pre_state: bool
    ) -> None:
        """Rewrite stories.json whole and start an empty journal (caller holds _write_lock)."""
        self._hot_unsaved = True
        if pre_state:
            self._write_state(if_dirty=True)
        # Serialised outside _lock: only ingest (holding _write_lock) replaces stories, and a
        # mark set meanwhile is either in this file or, unequal to its folded snapshot, kept in
        # the overlay below.
        self._hot.write_full(order)
        with self._cond:
            self._hot_unsaved = self._compact_due = False
            self._unsaved_ids.clear()
            if not self._cold_unsaved and self._unsaved_feeds:
                self._unsaved_feeds.clear()  # their validators may go to disk now
            self._mark_state_dirty()  # the new base's stamp, for the next deferred open
            for story_id, entry in folded.items():
                if self._overlay.get(story_id) == entry:
                    del self._overlay[story_id]
                    self._state_dirty = True  # not urgent: the overlay on disk agrees anyway

    def compact(self, *, only_unsaved: bool = False) -> None:
        """Fold the journal into a fresh stories.json now (blocking; the flusher calls it);
        with only_unsaved, only when a failed write left stories in memory alone."""
        self.finish_load()  # stories.json is only ever written from every story
        with self._write_lock:
            with self._cond:
                if self._closed or only_unsaved and not self._hot_unsaved:
                    return
                snapshot = self._full_snapshot()
                self._writing += 1
            try:
                self._write_full(*snapshot)
                self._write_state()
            finally:
                with self._cond:
                    self._writing -= 1
                    self._cond.notify_all()

    def _record_versions(self, revisions: list[tuple[str, Version, Version]], kind: str = "feed") -> None:
        """Add a cycle's new versions to versions.json in one write (caller holds _write_lock)."""
        try:
            log = VersionLog.open(self.data_dir, self.notices)
            try:
                log.record(revisions, kind=kind)
            finally:
                log.close()
        except OSError as exc:  # the stories are safe; only their history misses this version
            self.notices.append(f"could not keep story versions: {exc}")

    def save_article(self, story_id: str, article: Article) -> None:
        """Keep the extracted article of a story, durably (blocking: use a worker)."""
        cold = self._ensure_cold()
        with self._write_lock:
            self._check_open()
            with self._lock:
                previous = cold.get(story_id, {}).get("article")
                entry = cold[story_id] = {**cold.get(story_id, {}), "article": article.to_dict()}
                self._cold_unsaved = True
            self._write_cold({story_id: entry}, [])
            # A page fetched again that reads differently is a version of the article.
            revised = article_revision(previous, article, self.clock())
            if revised is not None:
                self._record_versions([(story_id, *revised)], kind="article")

    def _write_cold(self, put: dict[str, dict[str, Any]], drop: list[str]) -> None:
        """Append changed cold entries to articles.log (caller holds _write_lock)."""
        if not self._articles.append(put, drop):
            with self._lock:  # a rewrite reads every entry: no ingest edits them meanwhile
                entries = dict(self._cold or {})
            self._articles.rewrite(entries)
        self._cold_unsaved = False
        if not self._hot_unsaved and self._unsaved_feeds:
            with self._cond:
                self._unsaved_feeds.clear()
                self._mark_state_dirty()  # their validators may go to disk now

    def _check_open(self) -> None:
        if self.read_only:
            raise RuntimeError(f"the store for {self.data_dir} was opened read-only")
        if self._closed:
            raise RuntimeError(f"the store for {self.data_dir} is closed")


def _stamps(data_dir: Path) -> list[tuple[int, int, int] | None]:
    """Identity, size and mtime of the files a writer replaces whole (None when missing)."""
    stamps: list[tuple[int, int, int] | None] = []
    for name in ("state.json", "stories.json"):
        try:
            info = os.stat(data_dir / name)
        except FileNotFoundError:
            stamps.append(None)
            continue
        stamps.append((info.st_ino, info.st_size, info.st_mtime_ns))
    return stamps

