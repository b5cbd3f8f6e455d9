"""The store's reading side: state.json, the stories (all at once, or the newest first and the
rest on demand), claims.json on first use, and the word index that goes with the stories.

A mixin of `Store` (store.py), like store_flush.py for the writing side.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from tui.core import query
from tui.core.journal import HotFile
from tui.core.models import Claim, FeedHealth, Story
from tui.core.storage import (
    TMP_SUFFIX,
    WarfeedDB,
    apply_overlay,
    error_sentence,
    order_key,
    overlay_entry,
    parse_tables,
    read_file,
    salvage_lines,
)

_MARKS_OPEN = b',"marks":{'
"""Where state.json's head line (health, meta) ends and its marks, one a line, begin."""
INDEX_NOW = 2_000
"""Up to this many stories are word-indexed in the calling thread (~50 us each); more (a
first run over an old cache, a huge first poll) are indexed by a background thread while
queries check the rest by their text."""
BACKGROUND_INDEX_DELAY = 1.0
"""Seconds a big backlog waits before its indexing starts: a dashboard opened after a large
headless poll paints its first frame without sharing the interpreter with 25k stories' worth of
indexing (0.44 -> 0.78 s measured at 50k); queries meanwhile read those stories' text."""


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Loading makes ~500k objects and no garbage: the cyclic GC stays off meanwhile (rescanning
    them cost a third of the open time), and what was loaded is moved out of its sight after, so
    it costs no full collection later (~60 ms at 50k). Frozen objects are still freed by
    reference counting when dropped."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class StoreLoading:
    """Loads what the store holds; needs the attributes Store.__init__ sets."""

    data_dir: Path
    notices: list[str]
    _search_index: bool
    _index_timers: list[threading.Timer]
    _lock: threading.Lock
    _load_lock: threading.Lock
    _state_write_lock: threading.Lock
    _complete: threading.Event
    _load_error: str | None
    _closed: bool
    _by_id: dict[str, Story]
    _order: list[Story]
    _overlay: dict[str, dict[str, Any]]
    _health: dict[str, FeedHealth]
    _claims: dict[str, Claim] | None
    _claims_dirty: bool
    _meta: dict[str, Any]
    _hot: HotFile
    _hot_db: WarfeedDB
    _state_db: WarfeedDB
    _claims_db: WarfeedDB
    _cond: threading.Condition
    _hot_unsaved: bool
    _state_dirty: bool
    _compact_due: bool
    _lost_all: bool
    _lost_feeds: set[str]
    _mark_state_dirty: Any  # MarkFlushing's method (a stub here would shadow it)

    # ------------------------------------------------------------------- the word index
    def _index_path(self) -> Path:
        return self.data_dir / "stories.index"

    def _load_index(self) -> None:
        """Load stories.index and index what it does not cover (journal cycles, revisions)."""
        index = query.shared_index()
        index.load(self._index_path(), self._by_id)
        self._index_stories(self._order)

    def _index_stories(self, stories: list[Story]) -> None:
        """Word-index stories not indexed yet: here when few, in a background thread when many."""
        index = query.shared_index()
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
            # A finished Timer keeps its arguments: drop those, or every backlog's list of
            # stories would live as long as the store.
            self._index_timers = [t for t in self._index_timers if t.is_alive()]
            self._index_timers.append(timer)

    def _save_index(self) -> None:
        """Write stories.index when the index learnt stories since it was loaded or saved
        (never for a store opened without it: the index it would write is not its own)."""
        index = query.shared_index()
        if not self._search_index or not index.changed:
            return
        with self._lock:
            current = dict(self._by_id)
        try:
            index.save(self._index_path(), current)
        except OSError as exc:
            # A cache: the next open indexes again, slower, but nothing is lost.
            self.notices.append(f"Could not save the search index: {exc.strerror}.")

    def _remove_stale_temp_files(self) -> None:
        # We hold the lock, so any temp file left here belongs to a writer that died.
        for pattern in (f".*.json.*{TMP_SUFFIX}", f".*.journal.*{TMP_SUFFIX}",
                        f".*.index.*{TMP_SUFFIX}", f".*.log.*{TMP_SUFFIX}"):
            for path in self.data_dir.glob(pattern):
                path.unlink(missing_ok=True)

    def _load_state(self) -> dict[str, Any]:
        """Feed health, claims and meta from state.json; returns its mark overlay."""
        state = self._read_state()
        for doc in state.get("health", {}).values():
            try:
                self._health[doc["feed_id"]] = FeedHealth.from_dict(doc)
            except (KeyError, TypeError):
                continue
        legacy = state.get("claims")
        if isinstance(legacy, dict) and not self._claims_db.storage.path.exists():
            # The older layout: claims in state.json. They go to claims.json on the next write.
            self._claims = _claims_from(legacy)
            self._claims_dirty = True
        self._meta.update(state.get("meta", {}).get("warfeed", {}))
        base = self._meta.get("base")
        if type(base) is list and len(base) == 2 and all(type(v) is int for v in base):
            self._hot.expected = (base[0], base[1])
        marks = state.get("marks", {})
        return {k: v for k, v in marks.items() if type(v) is dict} if type(marks) is dict else {}

    def _read_state(self) -> dict[str, Any]:
        """state.json's tables; a damaged file gives back its intact mark lines (the marks are
        written one a line) and its head line (health, meta) if that survived, and a copy of
        it is kept."""
        storage = self._state_db.storage
        try:
            raw = read_file(storage.path)
        except FileNotFoundError:
            return {}
        tables = parse_tables(raw)
        if tables is not None:
            return tables
        head, _, _ = raw.partition(b"\n")
        state: dict[str, Any] = {}
        if head.endswith(_MARKS_OPEN):
            state = parse_tables(head[: -len(_MARKS_OPEN)] + b"}") or {}
        state["marks"] = salvage_lines(raw)
        kept = len(state["marks"])
        storage.set_aside(
            f"was damaged: {kept} mark{'' if kept == 1 else 's'} not yet in stories.json"
            " could be read from it" + ("" if "health" in state else
                                        ", and feed health starts afresh"), keep_original=True)
        with self._cond:
            self._mark_state_dirty()  # written whole again, without the damage
        return state

    def _load_stories(self, marks: Mapping[str, Mapping[str, Any]] | None) -> None:
        """Every story (base and journal) with the overlay's marks on top: those of state.json
        (marks), or with None the store's own overlay as it is when the stories go in."""
        by_id = self._hot.load()
        losses = self._hot.losses
        bad = [k for k, story in by_id.items() if story is None]
        for doc_id in bad:
            del by_id[doc_id]
        if bad:
            what = "story" if len(bad) == 1 else "stories"
            why = f"had {len(bad)} damaged {what}, skipped"
            self._hot_db.storage.set_aside(why, keep_original=True)
            losses.every_feed = True  # which feed a skipped document was cannot be trusted
        if losses:
            self._forget_validators(losses.feeds, every_feed=losses.every_feed)
        elif self._hot.stamp is not None and self._hot.stamp != self._hot.expected:
            with self._cond:
                self._mark_state_dirty()  # record the stamp, so the next deferred open trusts it
        if self._hot.journal_size is None and by_id and (losses or bad):
            # What was salvaged is rewritten soon, so the damage is not met (and copied) again.
            with self._cond:
                self._hot_unsaved = self._compact_due = True
                self._cond.notify_all()
        # stories.json is newest first, so this sort mostly confirms the order (timsort).
        order = sorted(by_id.values(), key=order_key)  # type: ignore[arg-type]
        with self._lock:
            # Under the lock: a mark set during a deferred load is in the overlay by now.
            entries = self._overlay if marks is None else marks
            overlay = {}
            for story_id, entry in entries.items():
                story = by_id.get(story_id)
                if story is not None:
                    apply_overlay(story, entry)  # type: ignore[arg-type]
                    overlay[story_id] = overlay_entry(story)  # type: ignore[arg-type]
            self._by_id = by_id  # type: ignore[assignment]  # the Nones are gone
            self._overlay = overlay
            self._order = order

    def _forget_validators(self, feeds: set[str], *, every_feed: bool) -> None:
        """Stories of these feeds (or of every feed) were lost to damage: drop their ETag and
        Last-Modified, so the next poll fetches them whole instead of hearing 304 forever."""
        with self._cond:
            self._lost_all |= every_feed
            self._lost_feeds |= feeds
            changed = False
            for feed_id, health in list(self._health.items()):
                if (every_feed or feed_id in feeds) and (health.etag or health.last_modified):
                    self._health[feed_id] = replace(health, etag=None, last_modified=None)
                    changed = True
            if changed:
                self._mark_state_dirty()

    def _load_all(self, marks: Mapping[str, Mapping[str, Any]] | None) -> None:
        """Every story, then the word index over them (see _load_stories for marks)."""
        self._load_stories(marks)
        if self._search_index:
            self._load_index()
        self._complete.set()

    def _load_head(self, head: list[Story], marks: dict[str, Any]) -> None:
        """The newest stories only (deferred open); the overlay stays whole for finish_load."""
        for story in head:
            entry = marks.get(story.id)
            if entry is not None:
                apply_overlay(story, entry)
        self._by_id = {story.id: story for story in head}
        self._order = head
        # Every entry, loaded story or not: a mark flush meanwhile writes the overlay back.
        self._overlay = {k: dict(v) for k, v in marks.items()}

    @property
    def complete(self) -> bool:
        """Whether every story is in memory (False between a deferred open and finish_load)."""
        return self._complete.is_set()

    def finish_load(self) -> None:
        """Read every story after a deferred open (blocking: call it from a worker thread).

        Marks set meanwhile are kept: they are in the overlay, which goes on top. Does nothing
        when complete or closed; raises RuntimeError when the cache could not be read.
        """
        if self._complete.is_set():
            return
        with self._load_lock:
            if not self._complete.is_set() and not self._closed:
                try:
                    with collector_paused():
                        self._load_all(None)
                except (OSError, MemoryError) as exc:
                    self._load_error = error_sentence(exc, "read")
                    self.notices.append(self._load_error)
        if self._load_error is not None:
            raise RuntimeError(self._load_error)

    def _ensure_claims(self) -> dict[str, Claim]:
        with self._lock:
            if self._claims is not None:
                return self._claims
        damaged = False
        with self._state_write_lock:  # never read the file while it is being replaced
            docs: Any = {}
            try:
                if self._claims is None:
                    docs, damaged = self._read_claims()
            except OSError as exc:
                # Claims are an extra: the stories stay usable, and the user is told why not.
                self.notices.append(error_sentence(exc, "read"))
        with self._lock:
            if self._claims is not None:
                return self._claims
            self._claims = _claims_from(docs)
            if damaged:
                self._claims_dirty = True  # rewritten whole, without the damage
        if damaged:
            self._rebuild_claims(len(self._claims))
        return self._claims

    def _read_claims(self) -> tuple[Any, bool]:
        """claims.json's claim documents, and whether the file was damaged (its intact lines
        are then salvaged and a copy of it kept)."""
        storage = self._claims_db.storage
        try:
            raw = read_file(storage.path)
        except FileNotFoundError:
            return {}, False
        tables = parse_tables(raw)
        if tables is not None:
            return tables.get("claims", {}), False
        docs = salvage_lines(raw)
        storage.set_aside(
            f"was damaged: {len(docs)} claim{'' if len(docs) == 1 else 's'} could be read from"
            " it, and the rest are rebuilt from the stories that mention them (without their"
            " verdicts and watches)", keep_original=True)
        return docs, True

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
            rebuilt = len(self._claims or {}) - kept
        self.notices.append(f"Claims rebuilt from {len(linked)} stories: {rebuilt} claims recovered.")


def _claims_from(docs: Any) -> dict[str, Claim]:
    """Claims by id from their stored documents, skipping unreadable ones."""
    claims: dict[str, Claim] = {}
    for doc in docs.values() if isinstance(docs, dict) else ():
        try:
            claim = Claim.from_dict(doc)
        except (KeyError, TypeError, AttributeError):
            continue
        claims[claim.id] = claim
    return claims
