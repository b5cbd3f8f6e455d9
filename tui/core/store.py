"""The story cache: TinyDB tables on disk, every story in memory for instant queries.

Files in the data dir, each a TinyDB file written atomically by `storage.LineStorage` (through
a `storage.Batch` middleware, so a table replaced through TinyDB's API is one durable write;
partitions from their encoded documents, see partitions.py):
- `stories-NNNN.json`: table "stories", the stories in partitions by arrival (partitions.py);
  `articles-NNNN.json` beside each: table "articles", feed content and saved articles, read on
  first use.
- `marks.json`: table "marks", one document per story with a mark or claim link
  (`documents.user_doc`), so a mark rewrites this small file and never a partition.
- `feeds.json`: table "health" (FeedHealth per feed, with its HTTP validators) and table
  "partitions" (the catalog). A poll writes it last, after the stories it fetched, so a crash
  in between refetches them instead of hearing 304 for stories that were never stored.
- `claims.json`: table "claims", read on first use, written only when claims change.
- `stories.index`: the word index, a derived cache (search_index.py).
A `lock` file held with flock keeps a second warfeed process out of the same data dir. A data
dir of the first layout (stories.json and its journal) is migrated on first open (migrate.py).
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core import query, release1
from tui.core.article_shelf import ArticleShelf
from tui.core.flusher import Flusher
from tui.core.merge import (
    MAX_PREVIOUS_TITLES,
    merge_stories,
    newest_first,
    reordered,
    retention_drops,
)
from tui.core.migrate import migrate, remove_old_files
from tui.core.models import Article, Claim, FeedHealth, Story
from tui.core.partitions import StoryFiles, open_db, write_tables
from tui.core.small_tables import ClaimsTable, HealthTable, MarksTable, said_damage
from tui.core.storage import (
    TMP_SUFFIX,
    StoreLocked,
    acquire_lock,
    clean_str,
    clean_story,
    error_sentence,
)
from tui.core.versions import Version, VersionLog, article_revision

if TYPE_CHECKING:
    from tinydb import TinyDB

__all__ = ["MAX_PREVIOUS_TITLES", "IngestResult", "Store", "StoreLocked"]

DEFAULT_MAX_AGE = 30 * 86400
"""Unmarked stories older than this (by published time) are dropped by retention."""
DEFAULT_FLUSH_INTERVAL = 0.5
HEAD_STORIES = 1_000
"""A store opened with deferred=True reads at least this many of the newest stories first."""
SNAPSHOT_TRIES = 5
"""A read-only open reads again when a write replaced a file meanwhile, up to this often."""
RETRY_DELAY = 2.0
"""Seconds between attempts to write what a failed write (a full disk) left in memory."""
INDEX_NOW = 2_000
"""Up to this many stories are word-indexed in the calling thread; more in a background one."""
BACKGROUND_INDEX_DELAY = 1.0
"""Seconds a big indexing backlog waits, so a dashboard's first frame does not share the
interpreter with it; queries meanwhile read those stories' text."""


@dataclass(slots=True)
class IngestResult:
    """Ids of stories an ingest added, revised (title/summary changed) and dropped by retention."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Loading makes ~500k objects and no garbage: the cyclic GC stays off meanwhile, and what
    was loaded is moved out of its sight after, so it costs no full collection later."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class Store:
    """The story cache of one data dir; see the module docstring. Open with `Store.open`.

    It composes one collaborator per responsibility: the story partitions (`StoryFiles`), the
    articles beside them (`ArticleShelf`), the small tables (`MarksTable`, `HealthTable`,
    `ClaimsTable`) and the `Flusher`. The store holds the stories in memory, takes the locks
    and decides what is written when, in which order.
    """

    def __init__(self, data_dir: Path, lock_fd: int | None, *, clock: Callable[[], float],
                 flush_interval: float, max_age: float, read_only: bool = False) -> None:
        self.data_dir = data_dir
        self.read_only = read_only
        self.notices: list[str] = []
        self.clock = clock
        self.max_age = max_age
        self._search_index = True
        self.word_index = query.new_index()
        """The words of this store's stories, for compiled queries (query.compile_query(index=))."""
        self._index_timers: list[threading.Timer] = []
        self._lock_fd = lock_fd
        # _lock guards the in-memory data; _write_lock serialises story and article writes;
        # _small_write_lock the small files (marks, feeds, claims), so a mark never waits
        # behind a poll's partitions.
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._write_lock = threading.Lock()
        self._small_write_lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._complete = threading.Event()
        self._load_error: str | None = None
        self._files = StoryFiles(data_dir, self.notices, clock, writable=not read_only)
        self._shelf = ArticleShelf(self._files, self._lock, self.notices)
        self._marks = MarksTable()
        self._health = HealthTable()  # with the catalog, feeds.json
        self._claims = ClaimsTable()
        self._flusher = Flusher(self._cond, flush_interval, self.flush, self._report)
        self._by_id: dict[str, Story] = {}
        self._order: list[Story] = []  # replaced, never mutated, so readers iterate lock-free
        self._disk_catalog: list[dict[str, Any]] = []  # feeds.json's, as read at open
        # What is changed in memory and not yet on disk, besides each table's `dirty`.
        self._parts_unsaved: set[int] = set()
        self._unsaved_ids: set[str] = set()
        self._small_failed = False
        self._writing = 0
        self._closed = False
        self._flush_error: str | None = None

    def _db(self, name: str) -> TinyDB:
        return open_db(self.data_dir / name, self.notices, self.clock, writable=not self.read_only)

    @property
    def flush_interval(self) -> float:
        """Seconds within which a change becomes durable (the flusher's interval)."""
        return self._flusher.interval

    # ----------------------------------------------------------------- opening and closing
    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        *,
        clock: Callable[[], float] = time.time,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
        max_age: float = DEFAULT_MAX_AGE,
        search_index: bool = True,
        deferred: bool = False,
        head: int | None = None,
        read_only: bool = False,
    ) -> Store:
        """Lock data_dir and load it; raises StoreLocked when another process holds it.

        read_only=True takes no lock and writes nothing: a consistent snapshot of what the
        writer last put on disk, for commands that only read.

        deferred=True is for the dashboard's first paint: only the newest `head` stories are
        read now (default HEAD_STORIES), and finish_load() (a worker, after the first frame)
        reads the rest. Until it has, stories() gives those newest ones and writes of stories
        wait for it. A headless poll opens with head=0: a cycle of 304s never reads a story.

        search_index=False is for headless work that never queries (a poll): the word index is
        neither loaded, grown nor saved.
        """
        data_dir = Path(data_dir)
        if read_only:
            return cls._open_snapshot(data_dir, clock=clock, search_index=search_index)
        data_dir.mkdir(parents=True, exist_ok=True)
        lock_fd = acquire_lock(data_dir)
        try:
            store = cls(data_dir, lock_fd, clock=clock, flush_interval=flush_interval,
                        max_age=max_age)
            store._search_index = search_index
            store._remove_stale_temp_files()
            with collector_paused():
                if not (data_dir / "feeds.json").exists() and release1.present(data_dir):
                    migrate(data_dir, store.notices, clock)
                catalog = store._load_small()
                count = HEAD_STORIES if head is None else head
                if deferred and store._files.trust_catalog(catalog):
                    store._load_head(count)
                else:
                    store._load_all()
            if release1.present(data_dir):
                # A migration that became durable just before a crash: the old files may go.
                remove_old_files(data_dir, store.notices, clock)
        except BaseException:
            fcntl.flock(lock_fd, fcntl.LOCK_UN)
            os.close(lock_fd)
            raise
        store._flusher.start()
        atexit.register(store.close)
        return store

    @classmethod
    def _open_snapshot(cls, data_dir: Path, *, clock: Callable[[], float],
                       search_index: bool) -> Store:
        """A read-only store: every file is replaced atomically, so reading them all and
        finding none replaced meanwhile gives one consistent state; else read again."""
        for _ in range(SNAPSHOT_TRIES):
            before = _stamps(data_dir)
            store = cls(data_dir, None, clock=clock, flush_interval=DEFAULT_FLUSH_INTERVAL,
                        max_age=DEFAULT_MAX_AGE, read_only=True)
            store._search_index = search_index
            with collector_paused():
                if not (data_dir / "feeds.json").exists() and release1.present(data_dir):
                    store._adopt_release1(release1.read(data_dir))
                else:
                    store._load_small()
                    store._load_all()
            if _stamps(data_dir) == before:
                break
        store._closed = True  # nothing to flush, no lock to give back, never writes
        return store

    def close(self) -> None:
        """Flush pending changes, stop the flusher and release the data dir."""
        with self._cond:
            if self._closed:
                return
        self._flusher.stop()
        self._load_lock.acquire()  # a deferred load in progress finishes first
        try:
            if not self.flush() and (lost := self.unsaved()):
                self.notices.append(f"{lost} They are lost as warfeed closes (new stories"
                                    " come back with the next poll).")
            for timer in self._index_timers:
                timer.cancel()
            self._save_index()
            self.word_index.clear()  # its story objects are not held past close
        finally:
            with self._cond:
                self._closed = True
            if self._lock_fd is not None:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
                os.close(self._lock_fd)
                self._lock_fd = None
            atexit.unregister(self.close)
            self._load_lock.release()
            gc.unfreeze()  # a closed store's cycles must be collectable

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def install_signal_handlers(
        self, signums: Iterable[int] = (signal.SIGTERM, signal.SIGHUP)
    ) -> None:
        """On SIGTERM/SIGHUP flush and close, then exit 128+N (call from the main thread)."""

        def on_signal(signum: int, frame: object) -> None:
            self._close_from_signal()
            raise SystemExit(128 + signum)

        for signum in signums:
            signal.signal(signum, on_signal)

    def _close_from_signal(self) -> None:
        # The handler runs between two bytecodes of the main thread: if that thread holds one
        # of our locks, closing here would deadlock, so leave it to atexit after the unwind.
        held = []
        try:
            for lock in (self._load_lock, self._write_lock, self._small_write_lock, self._lock):
                if not lock.acquire(blocking=False):
                    return
                held.append(lock)
        finally:
            for lock in reversed(held):
                lock.release()
        self.close()

    # ------------------------------------------------------------------------------ loading
    def _remove_stale_temp_files(self) -> None:
        # We hold the lock, so any temp file left here belongs to a writer that died.
        for path in self.data_dir.glob(f".*{TMP_SUFFIX}"):
            path.unlink(missing_ok=True)

    def _load_small(self) -> list[dict[str, Any]]:
        """feeds.json (health) and marks.json; returns the partition catalog."""
        fresh = not (self.data_dir / "feeds.json").exists()
        feeds = self._db("feeds.json")
        catalog = self._health.load(feeds)
        if fresh and not self.read_only:
            # A new data dir (or one whose first poll died before feeds.json): every story it
            # holds or gets still needs its claims merged.
            self._health.claims_through = 0.0
        damaged = said_damage(feeds, "feed health starts afresh for the feeds whose lines were"
                              " lost")
        damaged |= self._marks.load(self._db("marks.json"))
        if damaged:
            with self._cond:
                self._health.dirty = self._marks.dirty = True  # written whole, without the damage
                self._flusher.touch()
        self._disk_catalog = catalog
        return catalog

    def _adopt_release1(self, old: release1.Release1) -> None:
        """Fill a read-only store from a first-layout dir as it is, writing nothing."""
        self._by_id = old.stories
        self._order = newest_first(list(old.stories.values()))
        self._health.adopt(old.health)
        self._shelf.adopt(self._files.hold(old.stories), old.cold)
        self._complete.set()

    def _adopt(self, stories: list[Story]) -> None:
        """Put loaded stories in memory with their marks on top (caller holds _lock)."""
        loaded = {story.id: story for story in stories}
        self._marks.apply(loaded)
        self._by_id.update(loaded)

    def _load_all(self) -> None:
        """Every story not read yet, then the word index over them."""
        stories = self._files.load_all()
        with self._cond:
            self._adopt(stories)
            self._order = newest_first(list(self._by_id.values()))
            if self.read_only:
                pass
            elif self._files.salvaged:
                # What was salvaged is rewritten soon, so the damage is not met again.
                self._parts_unsaved |= self._files.salvaged
                self._flusher.touch()
            else:
                # Marks of stories that are gone (a crash between the files) are dropped.
                if self._marks.keep_only(self._by_id):
                    self._marks.dirty = True
                    self._flusher.touch()
        losses = self._files.losses
        listed = {d["number"] for d in self._disk_catalog if type(d.get("number")) is int}
        missing = listed - set(self._files.parts)
        if missing:
            losses.every_feed = True  # a partition file went away: whose stories, unknown
        if losses:
            self._forget_validators(losses.feeds, every_feed=losses.every_feed)
        if not self.read_only and self._files.catalog() != self._disk_catalog:
            with self._cond:
                self._health.dirty = True  # the catalog of what was read, for a deferred open
                self._flusher.touch()
        if self._search_index:
            index = self.word_index
            index.load(self.data_dir / "stories.index", self._by_id)
            self._index_stories(self._order)
        self._complete.set()

    def _load_head(self, count: int) -> None:
        """The newest stories only (deferred open)."""
        head = self._files.load_head(count)
        with self._cond:
            self._adopt(head)
            self._order = head

    @property
    def complete(self) -> bool:
        """Whether every story is in memory (False between a deferred open and finish_load)."""
        return self._complete.is_set()

    def finish_load(self) -> None:
        """Read every story after a deferred open (blocking: call it from a worker thread).

        Marks set meanwhile are kept. Does nothing when complete or closed; raises
        RuntimeError when the cache could not be read.
        """
        if self._complete.is_set():
            return
        with self._load_lock:
            if not self._complete.is_set() and not self._closed:
                try:
                    with collector_paused():
                        self._load_all()
                except (OSError, MemoryError) as exc:
                    self._load_error = error_sentence(exc, "read")
                    self.notices.append(self._load_error)
        if self._load_error is not None:
            raise RuntimeError(self._load_error)

    def _forget_validators(self, feeds: set[str], *, every_feed: bool) -> None:
        """Stories of these feeds (or every feed) were lost to damage: drop their ETag and
        Last-Modified, so the next poll fetches them whole instead of hearing 304 forever."""
        with self._cond:
            if self._health.forget_validators(feeds, every_feed=every_feed):
                self._health.dirty = True
                self._flusher.touch()

    # ------------------------------------------------------------------- the word index
    def _index_stories(self, stories: list[Story]) -> None:
        """Word-index stories not indexed yet: here when few, in a background thread when many."""
        index = self.word_index
        known = index.generation_of
        missing = [story for story in stories if id(story) not in known]
        if not missing:
            return
        if len(missing) <= INDEX_NOW:
            index.add(missing)
            return
        timer = threading.Timer(BACKGROUND_INDEX_DELAY, index.add, args=(missing,))
        timer.name, timer.daemon = "warfeed-store-index", True
        timer.start()
        with self._lock:
            # A finished Timer keeps its arguments: drop those, or they live as long as us.
            self._index_timers = [t for t in self._index_timers if t.is_alive()]
            self._index_timers.append(timer)

    def _save_index(self) -> None:
        """Write stories.index when the index learnt stories since it was loaded or saved."""
        index = self.word_index
        if not self._search_index or not index.changed or not self._complete.is_set():
            return
        with self._lock:
            current = dict(self._by_id)
        try:
            index.save(self.data_dir / "stories.index", current)
        except OSError as exc:
            # A cache: the next open indexes again, slower, but nothing is lost.
            self.notices.append(f"Could not save the search index: {exc.strerror}.")

    # ------------------------------------------------------------------------------ reading
    def stories(self, match: Callable[[Story], bool] | None = None,
                limit: int | None = None) -> list[Story]:
        """Stories newest first, filtered by match, stopping once limit are found."""
        order = self._order
        if limit is not None and limit <= 0:
            return []
        if match is None:
            return order[:limit] if limit is not None else list(order)
        if limit is None:
            return query.select(order, match)
        # The test itself: calling through the wrapper would cost a frame per story.
        matches = match.matches if isinstance(match, query.StoryFilter) else match
        found: list[Story] = []
        for story in order:
            if matches(story):
                found.append(story)
                if len(found) >= limit:
                    break
        return found

    def story(self, story_id: str, *, full: bool = False) -> Story | None:
        """One story by id; full=True gives a copy carrying the feed's content."""
        with self._lock:
            story = self._by_id.get(story_id)
        if story is None or not full:
            return story
        return replace(story, content=self.content(story_id))

    def count(self) -> int:
        """How many stories are cached."""
        return len(self._by_id)

    def _partition_of(self, story_id: str) -> int | None:
        """The partition a story is in; a partial store reads the rest to know."""
        with self._lock:
            number = self._files.part_of.get(story_id)
        if number is None and not self._complete.is_set():
            self.finish_load()
            with self._lock:
                number = self._files.part_of.get(story_id)
        return number

    def _cold_entry(self, story_id: str) -> dict[str, Any]:
        number = self._partition_of(story_id)
        if number is None:
            return {}
        return self._shelf.of(number).get(story_id, {})

    def content(self, story_id: str) -> str:
        """The feed's full content of a story ('' when the feed gave none)."""
        return self._cold_entry(story_id).get("content", "")

    def article(self, story_id: str) -> Article | None:
        """The extracted article saved for a story, if any."""
        doc = self._cold_entry(story_id).get("article")
        return Article.from_dict(doc) if isinstance(doc, dict) else None

    def health(self) -> dict[str, FeedHealth]:
        """Feed health by feed id."""
        with self._lock:
            return self._health.copy()

    def claims_through(self) -> float | None:
        """Stories fetched at or before this time have had their claims merged; None when
        this data dir never said (it predates the mark)."""
        with self._lock:
            return self._health.claims_through

    def set_claims_through(self, fetched_at: float) -> None:
        """Claims of every story fetched up to `fetched_at` are merged. Written with feeds.json,
        after claims.json in the same write, so the mark never leads the claims it vouches for."""
        with self._cond:
            if self._health.claims_through is not None and fetched_at <= self._health.claims_through:
                return
            self._health.claims_through = fetched_at
            self._health.dirty = True
            self._flusher.touch()

    def claims(self) -> list[Claim]:
        """Every tracked claim."""
        claims = self._ensure_claims()
        with self._lock:
            return list(claims.values())

    def _ensure_claims(self) -> dict[str, Claim]:
        with self._lock:
            if self._claims.by_id is not None:
                return self._claims.by_id
        read: dict[str, Claim] = {}
        damaged = False
        with self._small_write_lock:  # never read the file while it is being replaced
            try:
                read, damaged = ClaimsTable.read(self._db("claims.json"))
            except OSError as exc:
                # Claims are an extra: the stories stay usable, and the user is told why not.
                self.notices.append(error_sentence(exc, "read"))
        with self._lock:
            if self._claims.by_id is not None:
                return self._claims.by_id
            self._claims.by_id = read
            if damaged:
                self._claims.dirty = True
        if damaged:
            self._rebuild_claims(len(read))
        return read

    def _rebuild_claims(self, kept: int) -> None:
        """Extract claims again from every story linked to one (after claims.json was damaged)."""
        try:
            from tui.core.claims.pipeline import process_stories
        except ImportError:
            return
        try:
            self.finish_load()
        except RuntimeError:
            return  # the stories could not be read; that was said already
        linked = [story.id for story in self._order if story.claim_ids]
        if linked:
            process_stories(self, linked)
        with self._lock:
            rebuilt = len(self._claims.by_id or {}) - kept
        self.notices.append(f"Claims rebuilt from {len(linked)} stories: {rebuilt} claims recovered.")

    # ------------------------------------------------------------------- marks and state
    def set_marks(self, ids: Iterable[str], *, read: bool | None = None,
                  starred: bool | None = None, flagged: bool | None = None) -> int:
        """Change marks in memory at once; the flusher makes them durable within flush_interval."""
        wanted = {"read": read, "starred": starred, "flagged": flagged}
        wanted = {k: bool(v) for k, v in wanted.items() if v is not None}
        changed = 0
        with self._cond:
            for story_id in ids:
                story = self._by_id.get(story_id)
                if story is None or all(getattr(story, k) == v for k, v in wanted.items()):
                    continue
                for name, value in wanted.items():
                    setattr(story, name, value)
                self._marks.remember(story)
                changed += 1
            if changed:
                self._marks.dirty = True
                self._flusher.touch()
        return changed

    def set_story_claims(self, story_id: str, places: Iterable[str],
                         claim_ids: Iterable[str]) -> None:
        """Record the places and claims a story carries (flushed like marks)."""
        self.finish_load()  # the story may not be among the first ones read
        places = [clean_str(p) for p in places]
        claim_ids = [clean_str(c) for c in claim_ids]
        with self._cond:
            story = self._by_id.get(story_id)
            if story is None or story.places == places and story.claim_ids == claim_ids:
                return
            story.places, story.claim_ids = places, claim_ids
            self._marks.remember(story)
            self._marks.dirty = True
            self._flusher.touch()

    def set_health(self, items: Iterable[FeedHealth]) -> None:
        """Replace the health of the given feeds and write feeds.json now."""
        with self._cond:
            for item in items:
                self._health.put(item)
            self._health.dirty = True
        self.flush()

    def save_claims(self, claims: Iterable[Claim]) -> None:
        """Insert or replace claims by id and write claims.json now (blocking: use a worker)."""
        stored = self._ensure_claims()
        with self._cond:
            for claim in claims:
                stored[claim.id] = claim
            self._claims.dirty = True
        self.flush()

    # ------------------------------------------------------------------------------ writing
    def ingest(self, stories: Iterable[Story], health: Iterable[FeedHealth] = (),
               retention: Mapping[str, int] | None = None) -> IngestResult:
        """Merge a cycle's stories keeping marks, apply retention, write the touched files."""
        incoming = {s.id: s for s in map(clean_story, stories)}
        health = list(health)
        result = IngestResult()
        # A cycle of 304s only records feed health: no story, saved or not, is needed for it.
        if incoming or retention:
            self.finish_load()  # merging and retention need every story
        with self._write_lock:
            self._check_open()
            files = self._files
            with self._lock:
                old_parts = {files.part_of[i] for i in incoming if i in files.part_of}
            cold: dict[str, dict[str, Any]] = {}
            for number in old_parts:  # the content a revision is compared with
                for story_id, entry in self._shelf.of(number).items():
                    if story_id in incoming:
                        cold[story_id] = entry
            with self._lock:
                gone: list[Story] = []
                added: list[Story] = []
                cold_put: list[str] = []
                revisions: list[tuple[str, Version, Version]] = []
                merge_stories(self._by_id, incoming, cold, self.clock(), result.new,
                              result.updated, gone, added, cold_put, revisions)
                dropped = (retention_drops(self._by_id.values(), retention, set(incoming),
                                           self.clock() - self.max_age) if retention else [])
                touched = files.assign([self._by_id[i] for i in result.new])
                touched |= {files.part_of[s.id] for s in added}
                cold_touched = {files.part_of[i] for i in cold_put}
                for story_id in dropped:
                    gone.append(self._by_id.pop(story_id))
                    number = files.forget(story_id)
                    if number is not None:
                        touched.add(number)
                        cold_touched.add(number)
                    if self._marks.forget(story_id):
                        self._marks.dirty = True
                result.removed = dropped
                if dropped:
                    dropped_ids = set(dropped)
                    added = [s for s in added if s.id not in dropped_ids]
                for story in added:  # marks and links a new story arrives with
                    if self._marks.remember(story):
                        self._marks.dirty = True
                if added or dropped:
                    self._order = reordered(self._order, gone, added)
                self._writing += 1
            failed: OSError | None = None
            # Articles, marks and stories before feeds.json and its validators.
            self._shelf.fold(cold_touched, {i: cold[i] for i in cold_put}, set(dropped))
            with self._lock:
                self._parts_unsaved |= touched
                # A partition due means a rename: feeds.json follows and fsyncs the directory.
                wrote = bool(self._parts_unsaved or self._shelf.unsaved)
            try:
                # The directory is fsynced once the stories are renamed into place (the articles'
                # rename with them) and again with feeds.json: POSIX does not promise that renames
                # reach the disk in order, and a validator must never land before its stories.
                self._shelf.write_unsaved(sync_dir=False)
                self._write_parts()
            except OSError as exc:
                # A full or read-only disk: the cycle stays in memory (shown, queried) and is
                # written again by the flusher; until then its feeds' validators stay off disk.
                failed = exc
                with self._cond:
                    self._unsaved_ids.update(s.id for s in added)
                    self._health.unsaved_feeds.update(s.feed_id for s in added)
            with self._lock:
                for item in health:
                    self._health.keep(item)
                self._health.dirty |= bool(health or dropped or wrote)
            try:
                self._write_small()
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
        if self._search_index:
            self._index_stories(added)
        return result

    def _write_parts(self) -> None:
        """Write every partition due (caller holds _write_lock), then fsync the directory:
        feeds.json's validators count on these stories being there."""
        with self._lock:
            # Stories only come and go under _write_lock, which we hold.
            contents = self._files.contents(set(self._parts_unsaved), self._order, self._by_id)
        try:
            for number in sorted(contents):
                self._files.write(number, contents[number])
                with self._lock:
                    self._parts_unsaved.discard(number)
        finally:
            if contents:
                self._files.sync_dir()
        with self._lock:
            self._parts_unsaved &= set(self._files.parts)  # an emptied partition is gone
        with self._cond:
            if not self._parts_unsaved:
                self._unsaved_ids.clear()
                if not self._shelf.unsaved and self._health.unsaved_feeds:
                    self._health.unsaved_feeds.clear()  # their validators may go to disk now
                    self._health.dirty = True

    def _write_small(self, *, if_dirty: bool = True) -> None:
        """Write marks.json, claims.json and feeds.json as far as they changed.

        Each payload is taken and written under one lock, so writes land in the order their
        payloads were taken: an older marks table never overwrites a newer one on disk.
        """
        with self._small_write_lock:
            with self._cond:
                if self._closed:
                    return  # after close another process may own the data dir
                marks = (self._marks.documents()
                         if self._marks.dirty or not if_dirty else None)
                claims = self._claims.documents() if self._claims.dirty else None
                feeds = None
                if self._health.dirty or not if_dirty:
                    feeds = {"health": self._health.documents(),
                             "partitions": self._files.catalog(),
                             "progress": self._health.progress()}
                self._marks.dirty = self._claims.dirty = self._health.dirty = False
                self._flusher.flushing()
                self._writing += 1
            try:
                if marks is not None:
                    write_tables(self._db("marks.json"), {"marks": marks})
                if claims is not None:
                    write_tables(self._db("claims.json"), {"claims": claims})
                if feeds is not None:
                    write_tables(self._db("feeds.json"), feeds)
                self._small_failed = False
            except BaseException:
                with self._cond:
                    self._small_failed = True
                    self._marks.dirty |= marks is not None
                    self._claims.dirty |= claims is not None
                    self._health.dirty |= feeds is not None
                    self._flusher.touch()
                raise
            finally:
                with self._cond:
                    self._writing -= 1
                    self._cond.notify_all()

    def compact(self) -> None:
        """Rewrite every partition and small file from memory now (blocking)."""
        self.finish_load()
        with self._write_lock:
            self._check_open()
            with self._cond:
                self._parts_unsaved |= set(self._files.parts)
                self._health.dirty = True
            self._write_parts()
            self._write_small()

    def _record_versions(self, revisions: list[tuple[str, Version, Version]],
                         kind: str = "feed") -> None:
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
        known = self._partition_of(story_id)
        with self._write_lock:
            self._check_open()
            with self._lock:
                number = self._files.part_of.get(story_id, known)
                if number is None:  # not a cached story: kept with the newest ones
                    number = max(self._files.parts, default=0)
            previous = self._shelf.save(number, story_id, {"article": article.to_dict()})
            try:
                self._shelf.write_unsaved()
            except OSError as exc:
                self._write_failed(exc)
                raise
            revised = article_revision(previous.get("article"), article, self.clock())
            if revised is not None:
                self._record_versions([(story_id, *revised)], kind="article")

    def _check_open(self) -> None:
        if self.read_only:
            raise RuntimeError(f"the store for {self.data_dir} was opened read-only")
        if self._closed:
            raise RuntimeError(f"the store for {self.data_dir} is closed")

    # ------------------------------------------------------------------------ durability
    def flush(self) -> bool:
        """Write pending marks and state now, and what a failed write left in memory; True when
        nothing is left unsaved. A failed write is a notice, never an exception."""
        try:
            self._write_small()
            if self._parts_unsaved or self._shelf.unsaved:
                self._save_unsaved()
        except OSError as exc:
            self._write_failed(exc)
            return False
        with self._cond:
            if self._parts_unsaved or self._shelf.unsaved:
                return False  # could not run yet (stories not all read)
            recovered, self._flush_error = self._flush_error is not None, None
        if recovered:
            self.notices.append(f"Saving works again: every change is on disk in {self.data_dir}.")
        return True

    def _save_unsaved(self) -> None:
        """Write again what a failed write left in memory (partitions, articles)."""
        if not self._complete.is_set():
            return
        with self._write_lock:
            if self._closed and self._lock_fd is None:
                return
            self._shelf.write_unsaved()
            self._write_parts()
        self._write_small()

    def unsaved(self) -> str | None:
        """One sentence on what is only in memory because writing failed, or None."""
        with self._cond:
            failing = self._flush_error is not None
            stories = len(self._unsaved_ids)
            parts = [f"{stories} stor{'y' if stories == 1 else 'ies'}"] if stories else []
            if failing and self._parts_unsaved and not stories:
                parts.append("story changes")
            if failing and self._shelf.unsaved:
                parts.append("article texts")
            if self._small_failed:
                parts.append("marks and feed state")
        if not parts:
            return None
        what = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        return f"Not saved yet: {what}."

    def _write_failed(self, exc: OSError) -> None:
        """Say (once per spell of failures) that a write failed, and have the flusher retry."""
        self._report(exc)
        with self._cond:
            # Retried RETRY_DELAY from now, not at once: a full disk stays full for a while.
            self._flusher.retry_in(RETRY_DELAY)

    def _report(self, exc: Exception) -> None:
        message = (f"{error_sentence(exc, 'write')} Changes are kept in memory and saved"
                   " once writing works again.")
        with self._cond:
            if self._flush_error is None:
                self.notices.append(message)
            self._flush_error = message

    def wait_flushed(self, timeout: float | None = None) -> bool:
        """Block until nothing is pending or being written; False on timeout."""
        with self._cond:
            return self._cond.wait_for(
                lambda: not (self._marks.dirty or self._health.dirty or self._claims.dirty
                             or self._writing), timeout)


def _stamps(data_dir: Path) -> list[tuple[str, int, int, int]]:
    """Name, identity, size and mtime of every TinyDB file a writer replaces whole."""
    stamps = []
    for path in sorted(data_dir.glob("*.json")):
        try:
            info = os.stat(path)
        except FileNotFoundError:
            continue
        stamps.append((path.name, info.st_ino, info.st_size, info.st_mtime_ns))
    return stamps
