"""Scheduling feed polls: next_poll_at, backoff with jitter, Retry-After per host, one write per cycle.

The poller is awaited on the TUI's event loop as well as by the CLI, so everything blocking
(parsing, the store) runs in a thread. Nothing one feed does may escape `poll()`: each failure
becomes that feed's FeedResult and FeedHealth.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import random
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from tui.core.cycle_writer import CycleStore, CycleWriter
from tui.core.fetch import Fetcher, FetchResult, origin_key
from tui.core.models import Feed, FeedHealth, Story
from tui.core.parse import FeedError, NotAFeed, ParsedFeed, parse_feed
from tui.core.poll_results import CycleReport, FeedResult, Polled
from tui.core.workers import POOL_MIN_FEEDS, parse_preload, quiet_worker, start_pool

JITTER = 0.1
"""Up to 10% added to every interval, so feeds of one host drift apart instead of bursting."""
MAX_BACKOFF = 6 * 3600
"""A failing feed is retried at least this often (unless the server set a Retry-After)."""
PARSE_WORKERS = 2
POLL_DEADLINE = 90.0
"""Seconds a whole cycle may take: feeds still unanswered then are reported and rescheduled,
so servers that accept and never answer cannot stretch a poll to minutes."""
STALL_TIMEOUTS = 2
"""Timed-out requests after which a host's remaining feeds are not sent this cycle (its first
feed goes alone, so one timeout there is enough)."""
ANSWER_GRACE = 2.0
"""Seconds a cycle ending early still gives requests in flight (an answer may be on its way)."""
CLOSE_GRACE = 5.0
"""...and then feeds that did answer, to finish parsing."""
BATCH_SECONDS = 10.0
"""A cycle still running after this long stores what it has (then again every as long), so a
poll killed later keeps the feeds that had answered."""
BATCH_STORIES = 2000
"""Stories per write while a cycle runs, about one partition of the store: an early write
rewrites only the open partition (and feeds.json), so a first poll stores its stories as its
feeds come in instead of in one long write after the last one."""


class ParsePool:
    """Parses feeds in worker processes so a big cycle uses every core; started on first use."""

    def __init__(self, workers: int = PARSE_WORKERS) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None
        self._starting: asyncio.Future[None] | None = None
        self.broken = False
        self.start_error: str | None = None
        """Why the workers could not start, when `broken` from the start."""

    def _start(self) -> None:
        """Create the executor and launch its workers (blocking: runs in a thread)."""
        self._executor = start_pool(self.workers, parse_preload(), quiet_worker)

    def warm(self) -> None:
        """Start the workers now, off the event loop, while the first requests are in flight."""
        if self._starting is None and not self.broken:
            self._starting = asyncio.ensure_future(asyncio.to_thread(self._start))

    async def _ready(self) -> ProcessPoolExecutor | None:
        self.warm()
        if self._starting is not None:
            try:
                await asyncio.shield(self._starting)
            except Exception as error:  # noqa: BLE001 - any failure to start means: parse in threads
                self.broken = True
                self.start_error = f"{type(error).__name__}: {error}"
        return None if self.broken else self._executor

    async def parse(self, body: bytes, headers: dict[str, str], feed: Feed, *, now: float) -> ParsedFeed:
        """parse_feed in a worker; falls back to a thread if the pool cannot run."""
        call = functools.partial(parse_feed, body, headers, feed, now=now)
        executor = await self._ready()
        if executor is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(executor, call)
            except (BrokenProcessPool, OSError, RuntimeError):
                # A killed worker or a system that cannot start processes: parse here instead.
                self.broken = True
        return await asyncio.to_thread(call)

    async def aclose(self) -> None:
        """Stop the workers once any start in progress has finished (off the event loop)."""
        if self._starting is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self._starting)
        await asyncio.to_thread(self.close)

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers (blocking until they exit when `wait`)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=wait, cancel_futures=True)


def _when_text(until: float, now: float) -> str:
    """'14:05 UTC' today, '2025-11-21 14:05 UTC' on another day."""
    moment = datetime.fromtimestamp(until, tz=timezone.utc)
    today = datetime.fromtimestamp(now, tz=timezone.utc).date()
    fmt = "%H:%M UTC" if moment.date() == today else "%Y-%m-%d %H:%M UTC"
    return moment.strftime(fmt)


class Poller:
    """Polls feeds when due, politely, and writes each cycle to the store in one go."""

    def __init__(
        self,
        store: CycleStore,
        feeds: Iterable[Feed],
        fetcher: Fetcher,
        *,
        clock: Callable[[], float] = time.time,
        min_interval: int = 300,
        max_interval: int = 86400,
        max_backoff: int = MAX_BACKOFF,
        rng: random.Random | None = None,
        parser: Callable[..., ParsedFeed] | None = None,
        parse_workers: int = PARSE_WORKERS,
        batch_stories: int | None = None,
        deadline: float = POLL_DEADLINE,
        batch_seconds: float = BATCH_SECONDS,
    ) -> None:
        self.store = store
        self.feeds = list(feeds)
        self.fetcher = fetcher
        self.clock = clock
        self.min_interval = min_interval
        self.max_interval = max_interval
        self.max_backoff = max_backoff
        self.rng = rng or random.Random()
        self._parse = parser or parse_feed
        # Worker processes only for the stock parser: an injected one may not pickle.
        self.parse_workers = parse_workers if parser is None else 0
        self.batch_stories = batch_stories
        self.deadline = deadline
        self.batch_seconds = batch_seconds
        self._stop: asyncio.Event | None = None
        self._stop_reason: str | None = None
        self._finished: dict[str, Polled] = {}
        self._started: set[str] = set()
        self._fetching: set[asyncio.Future[FetchResult]] = set()
        self._closing = False
        self._pool: ParsePool | None = None
        self._writer: CycleWriter | None = None
        # Copies: the store keeps the objects it was given, and we never edit those in place.
        self._health: dict[str, FeedHealth] = {k: replace(v) for k, v in store.health().items()}
        self._cycle_lock = asyncio.Lock()

    # ------------------------------------------------------------------ schedule queries
    def set_feeds(self, feeds: Iterable[Feed]) -> None:
        """Replace the feed list (after feeds are added, removed or edited)."""
        self.feeds = list(feeds)

    def health(self, feed_id: str) -> FeedHealth:
        """The poller's current view of one feed's health (a fresh record if never polled)."""
        return self._health.get(feed_id) or FeedHealth(feed_id=feed_id)

    def url_of(self, feed: Feed) -> str:
        """The address to fetch: where a permanent redirect moved the feed, else its own."""
        return self.health(feed.id).moved_to or feed.url

    def _host_waits(self, now: float) -> dict[str, float]:
        """Origin -> time before which no request may go there (from any feed's Retry-After)."""
        waits: dict[str, float] = {}
        for feed in self.feeds:
            until = self.health(feed.id).retry_after_until
            if until and until > now:
                key = origin_key(self.url_of(feed))
                waits[key] = max(waits.get(key, 0.0), until)
        return waits

    def _wait_until(self, feed: Feed, waits: dict[str, float], now: float) -> float | None:
        until = waits.get(origin_key(self.url_of(feed)))
        return until if until and until > now else None

    def next_due(self) -> float:
        """Epoch time when the next enabled feed is due (now + max_interval if none)."""
        now = self.clock()
        waits = self._host_waits(now)
        times = [
            max(self.health(f.id).next_poll_at, self._wait_until(f, waits, now) or 0.0)
            for f in self.feeds
            if f.enabled
        ]
        return min(times) if times else now + self.max_interval

    # ----------------------------------------------------------------------- the cycle
    async def poll(self, force: bool = False) -> CycleReport:
        """Poll due feeds (every enabled feed with force, except those told to wait).

        Ends by `deadline` seconds, or soon after stop(), storing every feed that answered."""
        async with self._cycle_lock:
            self._stop_reason = None
            self._stop = asyncio.Event()
            try:
                return await self._cycle(force)
            finally:
                self._stop = None

    def stop(self, reason: str = "the poll was stopped") -> None:
        """End the running cycle now (from the event loop): what answered is stored, the rest
        is reported as not polled. Call through loop.call_soon_threadsafe from elsewhere."""
        if self._stop is not None and not self._stop.is_set():
            self._stop_reason = reason
            self._stop.set()

    async def _cycle(self, force: bool) -> CycleReport:
        now = self.clock()
        waits = self._host_waits(now)
        waiting: list[FeedResult] = []
        groups: dict[str, list[Feed]] = {}
        for feed in self.feeds:
            if not feed.enabled:
                continue
            until = self._wait_until(feed, waits, now)
            if until is not None:
                if force:
                    waiting.append(self._waiting_result(feed, until))
                continue
            if force or self.health(feed.id).next_poll_at <= now:
                groups.setdefault(origin_key(self.url_of(feed)), []).append(feed)
        due = [feed for feeds in groups.values() for feed in feeds]
        if self.parse_workers > 0 and len(due) >= POOL_MIN_FEEDS:
            self._pool = ParsePool(self.parse_workers)
            # Feeds without validators will answer 200 and need parsing: start the workers
            # now, while the first requests are in flight. A cycle of conditional requests
            # starts them only when a feed has actually changed (an all-304 cycle never does).
            fresh = sum(1 for f in due if not (self.health(f.id).etag or self.health(f.id).last_modified))
            if fresh >= POOL_MIN_FEEDS:
                self._pool.warm()
        limits = {feed.id: feed.item_limit for feed in self.feeds}
        writer = self._writer = CycleWriter(self.store, limits, self._batch_size(), self.batch_seconds)
        pool_error: str | None = None
        self._finished, self._started, self._closing = {}, set(), False
        hosts = [asyncio.ensure_future(self._poll_host(feeds, waits)) for feeds in groups.values()]
        try:
            reason = await self._until_done_or_stopped(hosts)
        finally:
            # Anything still talking to a server when the deadline or a stop came ends here.
            for task in hosts:
                task.cancel()
            await asyncio.gather(*hosts, return_exceptions=True)
            # Workers live for one cycle: between polls (minutes) the TUI keeps no idle
            # processes or their memory; an all-304 cycle never starts them at all.
            pool, self._pool = self._pool, None
            if pool is not None:
                pool_error = pool.start_error
                await pool.aclose()
            self._writer = None
            await writer.drain()
        polled = [self._finished.get(feed.id) or self._unfinished(feed, reason) for feed in due]
        report = CycleReport(results=[*waiting], pool_error=pool_error)
        if polled:
            await self._store_cycle(writer, polled, report)
        report.results.extend(p.result for p in polled)
        order = {feed.id: i for i, feed in enumerate(self.feeds)}
        report.results.sort(key=lambda r: order.get(r.feed_id, len(order)))
        return report

    async def _until_done_or_stopped(self, hosts: list[asyncio.Future[Any]]) -> str | None:
        """Wait for every host's feeds, the deadline or stop(); None when all finished."""
        if not hosts:
            return None
        everything = asyncio.gather(*hosts)
        # Cancelled below when the cycle ends early; its CancelledError is expected, not news.
        everything.add_done_callback(lambda done: done.cancelled() or done.exception())
        stopped = asyncio.ensure_future(self._stop.wait()) if self._stop is not None else None
        try:
            waiting = {everything} if stopped is None else {everything, stopped}
            await asyncio.wait(waiting, timeout=max(self.deadline, 0.0),
                               return_when=asyncio.FIRST_COMPLETED)
        finally:
            if stopped is not None:
                stopped.cancel()
        if everything.done():
            everything.result()  # a bug in the cycle itself surfaces as it always did
            return None
        if self._stop is not None and self._stop.is_set():
            reason = self._stop_reason or "the poll was stopped"
        else:
            reason = f"the poll's deadline ({self.deadline:g} s) passed"
        # Close: no new request goes out, those in flight get a moment to be answered, then
        # are dropped, and feeds that did answer get a moment to finish parsing.
        self._closing = True
        await asyncio.wait({everything}, timeout=ANSWER_GRACE)
        for request in list(self._fetching):
            request.cancel()
        await asyncio.wait({everything}, timeout=CLOSE_GRACE)
        return reason

    def _unfinished(self, feed: Feed, reason: str | None) -> Polled:
        """A feed the cycle ended without: reported, and due again after its interval (a feed
        that was waiting for an answer counts as a failure, one never sent does not)."""
        now = self.clock()
        health = replace(self.health(feed.id))
        health.last_attempt = now
        if feed.id in self._started:
            self._failed(feed, health, f"no answer before {reason}", now, None)
        else:
            health.error = f"not polled: {reason} first"
            health.next_poll_at = now + self._jittered(self._interval(feed, None))
        result = FeedResult(feed_id=feed.id, url=self.url_of(feed), outcome="error",
                            error=health.error, next_poll_at=health.next_poll_at)
        return Polled(result, health)

    def _batch_size(self) -> int:
        """Stories per early write: set by the caller, else BATCH_STORIES."""
        return BATCH_STORIES if self.batch_stories is None else self.batch_stories

    async def _poll_host(self, feeds: list[Feed], waits: dict[str, float]) -> None:
        """Feeds of one origin: the first alone, so a Retry-After costs exactly one request,
        and once the host has stopped answering, its feeds not yet sent are not sent at all."""
        timeouts = 0
        first = await self._poll_and_queue(feeds[0], waits)
        if first is not None and first.timed_out:
            timeouts = STALL_TIMEOUTS
        # The host's own limit, here rather than only in the fetcher, so a feed still queued
        # can be skipped once its host is known to hang.
        gate = asyncio.Semaphore(max(getattr(self.fetcher, "per_host_limit", 4), 1))

        async def one(feed: Feed) -> None:
            nonlocal timeouts
            async with gate:
                if timeouts >= STALL_TIMEOUTS:
                    self._finish(self._skipped(feed, feeds[0]))
                    return
                polled = await self._poll_and_queue(feed, waits)
                timeouts += polled is not None and polled.timed_out

        await asyncio.gather(*(one(feed) for feed in feeds[1:]))

    def _skipped(self, feed: Feed, first: Feed) -> Polled:
        now = self.clock()
        health = replace(self.health(feed.id))
        health.last_attempt = now
        host = origin_key(self.url_of(first))
        self._failed(feed, health, f"not sent: {host} stopped answering other feeds this poll",
                     now, None)
        result = FeedResult(feed_id=feed.id, url=self.url_of(feed), outcome="error",
                            error=health.error, next_poll_at=health.next_poll_at)
        return Polled(result, health)

    async def _poll_and_queue(self, feed: Feed, waits: dict[str, float]) -> Polled | None:
        """Poll one feed and hand it on; None when the cycle closed before it was done."""
        if self._closing:
            return None
        self._started.add(feed.id)
        try:
            polled = await self._poll_one(feed, waits)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if self._closing and current is not None and not current.cancelling():
                return None  # its request was dropped when the cycle closed
            raise
        self._finish(polled)
        return polled

    def _finish(self, polled: Polled) -> None:
        """A feed is done: kept for the cycle's report, its stories offered to the writer."""
        self._finished[polled.result.feed_id] = polled
        if self._writer is not None:
            self._writer.offer(polled)

    def _waiting_result(self, feed: Feed, until: float) -> FeedResult:
        health = self.health(feed.id)
        return FeedResult(
            feed_id=feed.id,
            url=self.url_of(feed),
            outcome="waiting",
            status=health.status,
            error=f"the server asked to wait; retrying after {_when_text(until, self.clock())}",
            next_poll_at=until,
        )

    async def _poll_one(self, feed: Feed, waits: dict[str, float]) -> Polled:
        """Fetch and parse one feed; every failure ends up in its result, never raised."""
        url = self.url_of(feed)
        key = origin_key(url)
        until = waits.get(key)
        if until and until > self.clock():
            # Another feed of this host was just told to wait: do not knock again.
            return Polled(self._waiting_result(feed, until))
        health = replace(self.health(feed.id))
        result = FeedResult(feed_id=feed.id, url=url, outcome="error")
        stories: list[Story] = []
        fetched: FetchResult | None = None
        try:
            # A task of its own, so closing the cycle can drop the request and nothing else.
            request = asyncio.ensure_future(
                self.fetcher.fetch(url, etag=health.etag, last_modified=health.last_modified)
            )
            self._fetching.add(request)
            try:
                fetched = await request
            finally:
                self._fetching.discard(request)
            now = self.clock()
            health.last_attempt = now
            health.status = fetched.status
            result.status = fetched.status
            result.bytes_read = fetched.bytes_read
            result.elapsed = fetched.elapsed
            if fetched.error is not None:
                self._failed(feed, health, fetched.error, now, fetched)
                if health.retry_after_until:
                    waits[key] = max(waits.get(key, 0.0), health.retry_after_until)
            elif fetched.not_modified:
                # A 304 parses nothing, but new validators on it are the server's current ones.
                health.etag = fetched.headers.get("etag") or health.etag
                health.last_modified = fetched.headers.get("last-modified") or health.last_modified
                self._succeeded(feed, health, now, fetched.max_age, None)
                result.outcome = "not_modified"
            else:
                if self._pool is not None:
                    parsed = await self._pool.parse(fetched.body, fetched.headers, feed, now=now)
                else:
                    parsed = await asyncio.to_thread(
                        self._parse, fetched.body, fetched.headers, feed, now=now
                    )
                fetched.body = b""  # the stories are what we keep; drop the raw bytes early
                stories = list(parsed.stories)
                # Validators only from a good parse: a broken answer must be fetched again.
                health.etag = fetched.headers.get("etag")
                health.last_modified = fetched.headers.get("last-modified")
                if parsed.newest is not None:
                    health.newest_item_at = parsed.newest
                # Undated items carry the poll time (and future ones are clamped past it): only
                # real publication times tell the feed's cadence.
                health.record_items(s.published for s in stories if s.published < now)
                self._succeeded(feed, health, now, fetched.max_age, parsed.ttl)
                result.outcome = "ok"
        except FeedError as exc:
            health.last_attempt = self.clock()
            self._failed(feed, health, _parse_error_text(exc), health.last_attempt, None)
        except Exception as exc:  # noqa: BLE001 - one feed's bug must not stop the others
            health.last_attempt = self.clock()
            message = f"internal error while polling ({type(exc).__name__}: {exc})"
            self._failed(feed, health, message, health.last_attempt, None)
        if fetched is not None and fetched.permanent_url and result.outcome != "error":
            # Move only when the new address served a feed: a redirect to a parked or hijacked
            # page must not take the feed's address away for good.
            health.moved_to = result.url = fetched.permanent_url
        result.error = health.error
        result.next_poll_at = health.next_poll_at
        if result.outcome == "error":
            stories = []
        timed_out = bool(fetched is not None and getattr(fetched, "timed_out", False))
        return Polled(result, health, stories, [s.id for s in stories], timed_out=timed_out)

    # ------------------------------------------------------------------- health updates
    def _interval(self, feed: Feed, hint: int | None) -> float:
        """max(feed interval, floor, server hint kept within floor and ceiling)."""
        interval = max(feed.interval, self.min_interval)
        if hint:
            interval = max(interval, min(max(hint, self.min_interval), self.max_interval))
        return float(interval)

    def _jittered(self, interval: float) -> float:
        return interval + self.rng.uniform(0.0, JITTER * interval)

    def _succeeded(
        self, feed: Feed, health: FeedHealth, now: float, max_age: int | None, ttl: int | None
    ) -> None:
        hints = [h for h in (max_age, ttl) if h]
        health.last_success = now
        health.error = None
        health.consecutive_failures = 0
        health.retry_after_until = None
        health.next_poll_at = now + self._jittered(self._interval(feed, max(hints, default=None)))

    def _failed(
        self, feed: Feed, health: FeedHealth, error: str, now: float, fetched: FetchResult | None
    ) -> None:
        health.consecutive_failures += 1
        if fetched is not None and fetched.retry_after is not None:
            # Exactly the server's time: no request before it, from any feed of this host.
            health.retry_after_until = now + fetched.retry_after
            health.next_poll_at = health.retry_after_until
            health.error = f"{error}; retrying after {_when_text(health.retry_after_until, now)}"
            return
        health.retry_after_until = None
        base = self._interval(feed, None)
        backoff = base * 2 ** min(health.consecutive_failures - 1, 16)
        health.next_poll_at = now + self._jittered(min(backoff, max(base, self.max_backoff)))
        health.error = error

    # ------------------------------------------------------------------------ the write
    async def _store_cycle(self, writer: CycleWriter, polled: list[Polled], report: CycleReport) -> None:
        """The last batch with every feed's health (validators only once their stories are
        stored); a failed write turns the feeds it held into errors (the last one: every feed)."""
        last = [p for p in polled if p.stories or (p.result.outcome == "ok" and not p.story_ids)]
        healths = [p.health for p in polled if p.health is not None and p.write_error is None]
        error = await writer.write(last, healths)
        if error is not None:
            for p in polled:
                if p.health is not None:
                    p.write_error = p.write_error or error
        for p in polled:
            if p.write_error is not None:
                p.result.outcome = "error"
                p.result.error = p.write_error
                p.result.new = p.result.updated = 0
        if error is None:
            for health in healths:
                self._health[health.feed_id] = health
        # In feed order, as one write of the whole cycle would list them, whichever batch
        # stored each story: the claims merge meets statements in this order. Stories an
        # earlier batch stored are listed even when a later write failed: they are in the
        # store, and a refetch would not find them new again.
        for p in polled:
            report.new_ids.extend(i for i in p.story_ids if i in writer.new)
            report.updated_ids.extend(i for i in p.story_ids if i in writer.updated)


def _parse_error_text(exc: BaseException) -> str:
    """NotAFeed/ParseError -> the sentence feed health shows (parse.py already writes one)."""
    message = str(exc).strip() or "the feed could not be read"
    if isinstance(exc, NotAFeed) and not message.lower().startswith("not a feed"):
        return f"not a feed: {message}"
    return message
