"""The writer that stores a poll cycle's stories in batches while the cycle runs (poller.py drives it)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Protocol

from tui.core.models import FeedHealth, Story
from tui.core.poll_results import Polled

if TYPE_CHECKING:
    from tui.core.store import IngestResult


class CycleStore(Protocol):
    """What a poll cycle needs of the store: the feeds' health, and one write of stories."""

    def health(self) -> Mapping[str, FeedHealth]:
        """Every polled feed's health as last stored."""

    def ingest(self, stories: Iterable[Story], health: Iterable[FeedHealth] = (),
               retention: Mapping[str, int] | None = None) -> IngestResult:
        """Merge stories and feed health into the store and write them (blocking)."""


class CycleWriter:
    """Writes a cycle's stories to the store in batches while the cycle runs, one at a time."""

    def __init__(self, store: CycleStore, limits: dict[str, int], batch_stories: int | float,
                 batch_seconds: float = float("inf")) -> None:
        self.store = store
        self.limits = limits
        self.batch_stories = batch_stories
        self.batch_seconds = batch_seconds
        self._last_write = time.monotonic()
        self._timer: asyncio.TimerHandle | None = None
        self.new: set[str] = set()
        self.updated: set[str] = set()
        self._pending: list[Polled] = []
        self._pending_count = 0
        self._tasks: list[asyncio.Task[str | None]] = []
        self._lock = asyncio.Lock()

    def offer(self, polled: Polled) -> None:
        """Queue a finished feed's stories; write them once a batch is full, and at the latest
        `batch_seconds` after the cycle began or the last write (a timer, so stories are stored
        even while the feeds still out never answer)."""
        if not polled.stories:
            return
        self._pending.append(polled)
        self._pending_count += len(polled.stories)
        if self._pending_count >= self.batch_stories:
            self._write_pending()
        elif self._timer is None and self.batch_seconds != float("inf"):
            wait = max(self.batch_seconds - (time.monotonic() - self._last_write), 0.0)
            self._timer = asyncio.get_running_loop().call_later(wait, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        self._write_pending()

    def _write_pending(self) -> None:
        if not self._pending:
            return
        self._last_write = time.monotonic()
        batch, self._pending, self._pending_count = self._pending, [], 0
        self._tasks.append(asyncio.create_task(self.write(batch, ())))

    async def drain(self) -> None:
        """Wait for the batches already started (their failures are in their feeds)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        tasks, self._tasks = self._tasks, []
        if tasks:
            await asyncio.gather(*tasks)

    async def write(self, batch: list[Polled], healths: list[FeedHealth] | tuple[()]) -> str | None:
        """One store.ingest of these feeds' stories; returns the error sentence if it failed."""
        stories = handed_over(batch)
        # Retention only for feeds whose stories are all in this write: a feed's stories not
        # in `incoming` would count as gone from the feed.
        retention = {p.result.feed_id: self.limits.get(p.result.feed_id, 200) for p in batch
                     if p.result.outcome == "ok"}
        async with self._lock:
            try:
                ingested = await asyncio.to_thread(
                    self.store.ingest, stories, health=healths, retention=retention
                )
            except Exception as exc:  # noqa: BLE001 - reported per feed, the cycle still returns
                error = f"could not save the results ({exc})"
                for p in batch:
                    p.write_error = error
                    p.stories = []
                return error
        new, updated = set(ingested.new), set(ingested.updated)
        self.new |= new
        self.updated |= updated
        for p in batch:
            p.stories = []  # stored: the cycle no longer holds them
            p.result.new = sum(1 for i in p.story_ids if i in new)
            p.result.updated = sum(1 for i in p.story_ids if i in updated)
        return None


def handed_over(batch: list[Polled]) -> Iterator[Story]:
    """The batch's stories in order, each let go by its feed as the store takes it: the store
    keeps its own clean copy, so a big cycle never holds both."""
    for polled in batch:
        stories, polled.stories = polled.stories, []
        stories.reverse()
        while stories:
            yield stories.pop()
