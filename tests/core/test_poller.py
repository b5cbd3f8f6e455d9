"""Poller against a real HTTP server, the real Store in a temp dir and the real parser."""

from __future__ import annotations

import email.utils
import multiprocessing
import random
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug import Response

from tests.clock import Clock
from tui.core.fetch import Fetcher
from tui.core.models import Feed
from tui.core.parse import parse_feed
from tui.core.poller import Poller
from tui.core.store import Store

START = 1_763_640_000.0  # 2025-11-20 12:00 UTC




def rss(*items: tuple[str, str], ttl: int | None = None, at: float = START) -> bytes:
    """A small RSS 2.0 document; items are (guid, title), published an hour apart before `at`."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel><title>Front line desk</title>',
        "<link>http://news.example/</link><description>Test feed</description>",
    ]
    if ttl is not None:
        parts.append(f"<ttl>{ttl}</ttl>")
    for n, (guid, title) in enumerate(items):
        date = email.utils.formatdate(at - 3600 * (n + 1), usegmt=True)
        parts.append(
            f"<item><guid>{guid}</guid><title>{title}</title>"
            f"<link>http://news.example/{guid}</link><pubDate>{date}</pubDate>"
            f"<description>Report {guid} from the front.</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


FEED_BODY = rss(("a1", "Air defence active over Kharkiv"), ("a2", "Grain corridor ship leaves Odesa"))
HTML_PAGE = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"


def hits(httpserver, path: str) -> int:
    return sum(1 for request, _ in httpserver.log if request.path == path)


def requests_to(httpserver, path: str) -> list:
    return [request for request, _ in httpserver.log if request.path == path]


class CountingStore:
    """The real Store, counting ingest calls (one per cycle is the contract)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ingests = 0

    def ingest(self, *args, **kwargs):
        self.ingests += 1
        return self.store.ingest(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.store, name)


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[CountingStore]:
    real = Store.open(tmp_path / "data", clock=clock)
    yield CountingStore(real)
    real.close()


@pytest.fixture
async def fetcher(clock: Clock) -> Iterator[Fetcher]:
    async with Fetcher(clock=clock, deadline=5.0) as fetcher:
        yield fetcher


def make_feed(httpserver, path: str, feed_id: str | None = None, **kwargs) -> Feed:
    return Feed(id=feed_id or path.strip("/"), url=httpserver.url_for(path), title=path, **kwargs)


def make_poller(store, feeds, fetcher, clock, **kwargs) -> Poller:
    kwargs.setdefault("rng", random.Random(7))
    return Poller(store, feeds, fetcher, clock=clock, **kwargs)


# --- the basic cycle ----------------------------------------------------------------------


async def test_first_poll_stores_stories_and_health(httpserver, store, fetcher, clock):
    httpserver.expect_request("/feed").respond_with_data(
        FEED_BODY, headers={"ETag": '"e1"', "Last-Modified": "Thu, 20 Nov 2025 11:00:00 GMT"}
    )
    feed = make_feed(httpserver, "/feed", interval=900)
    report = await make_poller(store, [feed], fetcher, clock).poll()
    [result] = report.results
    assert result.outcome == "ok" and result.status == 200 and result.error is None
    assert result.new == 2 and len(report.new_ids) == 2
    assert store.count() == 2 and store.ingests == 1
    health = store.health()["feed"]
    assert health.etag == '"e1"' and health.last_modified == "Thu, 20 Nov 2025 11:00:00 GMT"
    assert health.last_attempt == START and health.last_success == START
    assert health.consecutive_failures == 0 and health.newest_item_at == START - 3600
    assert START + 900 <= health.next_poll_at <= START + 990
    assert result.next_poll_at == health.next_poll_at


async def test_conditional_cycle_and_new_etag_on_304(httpserver, store, fetcher, clock):
    httpserver.expect_ordered_request("/feed").respond_with_data(FEED_BODY, headers={"ETag": '"e1"'})
    httpserver.expect_ordered_request("/feed").respond_with_data(
        "", status=304, headers={"ETag": '"e2"'}
    )
    httpserver.expect_ordered_request("/feed").respond_with_data("", status=304)
    feed = make_feed(httpserver, "/feed")
    poller = make_poller(store, [feed], fetcher, clock)
    await poller.poll()
    clock.advance(100)
    assert (await poller.poll()).results == []  # not due yet: no request
    assert hits(httpserver, "/feed") == 1
    clock.advance(2000)
    report = await poller.poll()
    assert report.results[0].outcome == "not_modified" and report.new_ids == []
    assert store.health()["feed"].etag == '"e2"'  # adopted from the 304
    clock.advance(2000)
    await poller.poll()
    sent = [r.headers.get("If-None-Match") for r in requests_to(httpserver, "/feed")]
    assert sent == [None, '"e1"', '"e2"']
    assert store.count() == 2


async def test_changed_item_counts_as_updated(httpserver, store, fetcher, clock):
    changed = rss(("a1", "Air defence active over Kharkiv and Sumy"), ("a2", "Grain corridor ship leaves Odesa"))
    httpserver.expect_ordered_request("/feed").respond_with_data(FEED_BODY)
    httpserver.expect_ordered_request("/feed").respond_with_data(changed)
    poller = make_poller(store, [make_feed(httpserver, "/feed")], fetcher, clock)
    await poller.poll()
    report = await poller.poll(force=True)
    assert report.results[0].updated == 1 and len(report.updated_ids) == 1
    assert report.results[0].new == 0


async def test_next_poll_at_survives_a_restart(httpserver, tmp_path, clock):
    httpserver.expect_request("/feed").respond_with_data(FEED_BODY)
    feed = make_feed(httpserver, "/feed", interval=1800)
    async with Fetcher(clock=clock) as fetcher:
        first = Store.open(tmp_path / "d", clock=clock)
        await make_poller(first, [feed], fetcher, clock).poll()
        due = first.health()["feed"].next_poll_at
        first.close()
        clock.advance(600)
        second = Store.open(tmp_path / "d", clock=clock)
        try:
            poller = make_poller(second, [feed], fetcher, clock)
            assert poller.next_due() == due
            assert (await poller.poll()).results == []
        finally:
            second.close()
    assert hits(httpserver, "/feed") == 1


# --- intervals, backoff and jitter --------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "headers", "ttl", "expected"),
    [
        (900, {"Cache-Control": "max-age=7200"}, None, 7200),  # the server's longer hint wins
        (60, {"Cache-Control": "max-age=10"}, None, 300),  # the floor
        (900, {"Cache-Control": "max-age=99999999"}, None, 86400),  # hint capped by the ceiling
        (900, {}, 60, 3600),  # RSS <ttl> is in minutes
        (1800, {"Cache-Control": "max-age=60"}, None, 1800),  # the feed's own interval wins
    ],
)
async def test_interval_from_feed_floor_and_server_hints(
    httpserver, store, fetcher, clock, interval, headers, ttl, expected
):
    body = rss(("a1", "Shelling reported near Huliaipole"), ttl=ttl)
    httpserver.expect_request("/feed").respond_with_data(body, headers=headers)
    feed = make_feed(httpserver, "/feed", interval=interval)
    report = await make_poller(store, [feed], fetcher, clock).poll()
    gap = report.results[0].next_poll_at - START
    assert expected <= gap <= expected * 1.1


async def test_backoff_grows_on_consecutive_failures_and_is_capped(httpserver, store, fetcher, clock):
    httpserver.expect_request("/feed").respond_with_data("down", status=500)
    feed = make_feed(httpserver, "/feed", interval=600)
    poller = make_poller(store, [feed], fetcher, clock, max_backoff=5000)
    gaps = []
    for _ in range(6):
        report = await poller.poll()
        [result] = report.results
        assert result.outcome == "error" and result.error == "server answered 500 Internal Server Error"
        gaps.append(result.next_poll_at - clock.now)
        clock.now = result.next_poll_at
    assert 600 <= gaps[0] <= 660
    assert 1200 <= gaps[1] <= 1320 and 2400 <= gaps[2] <= 2640
    assert all(5000 <= g <= 5500 for g in gaps[4:])  # capped (plus jitter)
    assert store.health()["feed"].consecutive_failures == 6
    assert hits(httpserver, "/feed") == 6


async def test_jitter_spreads_feeds_of_one_host(httpserver, store, fetcher, clock):
    for n in range(5):
        httpserver.expect_request(f"/f{n}").respond_with_data(FEED_BODY)
    feeds = [make_feed(httpserver, f"/f{n}", interval=1000) for n in range(5)]
    report = await make_poller(store, feeds, fetcher, clock).poll()
    times = [r.next_poll_at for r in report.results]
    assert len(set(times)) == 5
    assert all(START + 1000 <= t <= START + 1100 for t in times)


async def test_success_after_failures_resets_health(httpserver, store, fetcher, clock):
    httpserver.expect_ordered_request("/feed").respond_with_data("down", status=502)
    httpserver.expect_ordered_request("/feed").respond_with_data(FEED_BODY)
    poller = make_poller(store, [make_feed(httpserver, "/feed")], fetcher, clock)
    await poller.poll()
    assert store.health()["feed"].state(clock.now) == "failing"
    clock.now = poller.next_due()
    await poller.poll()
    health = store.health()["feed"]
    assert health.consecutive_failures == 0 and health.error is None and health.status == 200


# --- Retry-After --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "wait"),
    [
        ("600", 600),
        (email.utils.formatdate(START + 1200, usegmt=True), 1200),
        ("-5", 60),
        ("whenever", 3600),
    ],
)
async def test_retry_after_one_request_per_host_then_wait(
    httpserver, store, fetcher, clock, value, wait
):
    answers = [Response("slow down", status=429, headers={"Retry-After": value})]
    httpserver.expect_request("/busy").respond_with_handler(
        lambda request: answers.pop() if answers else Response(FEED_BODY)
    )
    httpserver.expect_request("/other").respond_with_data(FEED_BODY)
    busy = make_feed(httpserver, "/busy")
    other = make_feed(httpserver, "/other")  # same host: must wait too
    poller = make_poller(store, [busy, other], fetcher, clock)

    report = await poller.poll()
    outcomes = {r.feed_id: r.outcome for r in report.results}
    assert outcomes == {"busy": "error", "other": "waiting"}
    assert hits(httpserver, "/busy") == 1 and hits(httpserver, "/other") == 0
    health = store.health()["busy"]
    assert health.retry_after_until == START + wait and health.next_poll_at == START + wait
    assert "retrying after" in health.error and health.error.startswith("server answered 429")

    clock.advance(wait - 1)
    forced = await poller.poll(force=True)
    assert {r.outcome for r in forced.results} == {"waiting"}
    assert all(r.next_poll_at == START + wait for r in forced.results)
    assert len(httpserver.log) == 1  # nothing more before the time
    assert poller.next_due() == START + wait

    clock.advance(1)
    await poller.poll()
    assert hits(httpserver, "/busy") == 2 and hits(httpserver, "/other") == 1
    assert busy.enabled and other.enabled


async def test_retry_after_message_names_the_time(httpserver, store, fetcher, clock):
    httpserver.expect_request("/feed").respond_with_data(
        "", status=503, headers={"Retry-After": "7500"}
    )
    report = await make_poller(store, [make_feed(httpserver, "/feed")], fetcher, clock).poll()
    assert report.results[0].error == (
        "server answered 503 Service Unavailable; retrying after 14:05 UTC"
    )


# --- redirects and bad answers ------------------------------------------------------------


async def test_permanent_redirect_moves_the_feed(httpserver, store, fetcher, clock):
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    httpserver.expect_request("/new").respond_with_data(FEED_BODY)
    poller = make_poller(store, [make_feed(httpserver, "/old", "f")], fetcher, clock)
    report = await poller.poll()
    assert report.results[0].outcome == "ok"
    assert report.results[0].url == httpserver.url_for("/new")
    assert store.health()["f"].moved_to == httpserver.url_for("/new")
    await poller.poll(force=True)
    assert hits(httpserver, "/old") == 1 and hits(httpserver, "/new") == 2


async def test_permanent_redirect_to_a_non_feed_does_not_move_it(httpserver, store, fetcher, clock):
    httpserver.expect_request("/old").respond_with_data(
        "", status=308, headers={"Location": "/parked"}
    )
    httpserver.expect_request("/parked").respond_with_data(HTML_PAGE)
    poller = make_poller(store, [make_feed(httpserver, "/old", "f")], fetcher, clock)
    report = await poller.poll()
    assert report.results[0].error == "not a feed: the server sent an HTML page"
    assert store.health()["f"].moved_to is None
    await poller.poll(force=True)
    assert hits(httpserver, "/old") == 2


@pytest.mark.parametrize(
    ("bad_body", "error"),
    [
        (HTML_PAGE, "not a feed: the server sent an HTML page"),
        (b"", "not a feed: the server sent an empty response"),
        (FEED_BODY[: len(FEED_BODY) // 2], None),  # truncated XML: parse.py words it
    ],
)
async def test_bad_answer_keeps_stories_and_validators(
    httpserver, store, fetcher, clock, bad_body, error
):
    httpserver.expect_ordered_request("/feed").respond_with_data(FEED_BODY, headers={"ETag": '"good"'})
    httpserver.expect_ordered_request("/feed").respond_with_response(
        Response(bad_body, headers={"ETag": '"bad"', "Last-Modified": "Fri, 21 Nov 2025 00:00:00 GMT"})
    )
    poller = make_poller(store, [make_feed(httpserver, "/feed")], fetcher, clock)
    await poller.poll()
    report = await poller.poll(force=True)
    [result] = report.results
    assert result.outcome == "error" and result.status == 200
    if error is not None:
        assert result.error == error
    else:
        assert result.error
    assert store.count() == 2  # stored stories stay
    health = store.health()["feed"]
    assert health.etag == '"good"' and health.last_modified is None  # not from the bad answer
    assert health.consecutive_failures == 1 and health.error == result.error


async def test_body_over_cap_is_a_feed_error(httpserver, store, clock):
    httpserver.expect_request("/feed").respond_with_data(b"x" * 5000)
    async with Fetcher(clock=clock, max_bytes=1000) as small:
        report = await make_poller(store, [make_feed(httpserver, "/feed")], small, clock).poll()
    assert report.results[0].error == "body larger than 1 kB"
    assert store.count() == 0


# --- isolation between feeds --------------------------------------------------------------


def dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/feed"


async def test_one_feed_failing_never_costs_the_others(httpserver, store, fetcher, clock):
    httpserver.expect_request("/good").respond_with_data(FEED_BODY)
    httpserver.expect_request("/html").respond_with_data(HTML_PAGE)
    feeds = [
        Feed(id="dead", url=dead_url()),
        make_feed(httpserver, "/good"),
        make_feed(httpserver, "/html"),
        Feed(id="scheme", url="file:///etc/passwd"),
        Feed(id="off", url=httpserver.url_for("/good"), enabled=False),
    ]
    report = await make_poller(store, feeds, fetcher, clock).poll()
    by_id = {r.feed_id: r for r in report.results}
    assert set(by_id) == {"dead", "good", "html", "scheme"}  # the disabled feed is not polled
    assert by_id["good"].outcome == "ok" and by_id["good"].new == 2
    assert by_id["dead"].error.startswith("could not connect to 127.0.0.1:")
    assert by_id["html"].error == "not a feed: the server sent an HTML page"
    assert by_id["scheme"].error == "only http and https addresses can be fetched, not file:"
    assert [r.feed_id for r in report.failed] == ["dead", "html", "scheme"]
    assert store.count() == 2 and store.ingests == 1
    assert store.health()["dead"].state(clock.now) == "failing"


async def test_parser_crash_is_contained_and_parse_runs_off_the_loop(
    httpserver, store, fetcher, clock
):
    httpserver.expect_request("/a").respond_with_data(FEED_BODY)
    httpserver.expect_request("/b").respond_with_data(rss(("b1", "Drone debris falls in Kyiv")))
    threads = []

    def parser(body, headers, feed, *, now):
        threads.append(threading.current_thread())
        if feed.id == "a":
            raise RuntimeError("boom")
        return parse_feed(body, headers, feed, now=now)

    feeds = [make_feed(httpserver, "/a"), make_feed(httpserver, "/b")]
    report = await make_poller(store, feeds, fetcher, clock, parser=parser).poll()
    by_id = {r.feed_id: r for r in report.results}
    assert by_id["a"].error == "internal error while polling (RuntimeError: boom)"
    assert by_id["b"].outcome == "ok" and by_id["b"].new == 1
    assert threads and all(t is not threading.main_thread() for t in threads)


async def test_force_polls_every_enabled_feed_now(httpserver, store, fetcher, clock):
    httpserver.expect_request("/a").respond_with_data(FEED_BODY)
    httpserver.expect_request("/b").respond_with_data(FEED_BODY)
    feeds = [make_feed(httpserver, "/a"), make_feed(httpserver, "/b")]
    poller = make_poller(store, feeds, fetcher, clock)
    await poller.poll()
    assert (await poller.poll()).results == []
    report = await poller.poll(force=True)
    assert [r.outcome for r in report.results] == ["ok", "ok"]
    assert hits(httpserver, "/a") == 2 and hits(httpserver, "/b") == 2
    assert store.ingests == 2  # one per cycle that polled something


# --- parsing in worker processes ------------------------------------------------------------


async def test_a_big_cycle_parses_in_worker_processes_and_stops_them(httpserver, store, fetcher, clock, monkeypatch):
    import tui.core.poller as poller_module

    started = []
    workers: dict[int, multiprocessing.Process] = {}
    real_pool = poller_module.ParsePool

    class RecordingPool(real_pool):
        async def parse(self, *args, **kwargs):
            parsed = await super().parse(*args, **kwargs)
            # The pool's workers are this process's children while the cycle runs.
            children = multiprocessing.active_children()
            started.append(bool(children) and not self.broken)
            workers.update({child.pid: child for child in children})
            return parsed

    monkeypatch.setattr(poller_module, "ParsePool", RecordingPool)
    feeds = []
    for n in range(poller_module.POOL_MIN_FEEDS):
        body = rss((f"f{n}-a", f"Story A of feed {n}"), (f"f{n}-b", f"Story B of feed {n} \x1b[31m"))
        httpserver.expect_request(f"/feed{n}").respond_with_data(body)
        feeds.append(make_feed(httpserver, f"/feed{n}"))
    report = await make_poller(store, feeds, fetcher, clock).poll()
    assert [r.outcome for r in report.results] == ["ok"] * len(feeds)
    assert store.count() == 2 * len(feeds) and store.ingests == 1
    # Parsed in the pool, sanitised there exactly as in-process (the ESC is gone).
    assert started and all(started)
    titles = {s.title for s in store.stories()}
    assert "Story B of feed 3" in titles and not any("\x1b" in t for t in titles)
    # The cycle ends with its worker processes stopped and reaped.
    assert 1 <= len(workers) <= poller_module.PARSE_WORKERS
    assert all(process.exitcode is not None for process in workers.values())


async def test_a_small_cycle_parses_in_a_thread(httpserver, store, fetcher, clock, monkeypatch):
    import tui.core.poller as poller_module

    def refuse(*args, **kwargs):
        raise AssertionError("a handful of feeds must not start worker processes")

    monkeypatch.setattr(poller_module.ParsePool, "parse", refuse)
    httpserver.expect_request("/feed").respond_with_data(FEED_BODY)
    report = await make_poller(store, [make_feed(httpserver, "/feed")], fetcher, clock).poll()
    assert report.results[0].outcome == "ok" and store.count() == 2


async def test_a_broken_pool_falls_back_to_parsing_in_a_thread(httpserver, store, fetcher, clock, monkeypatch):
    import tui.core.poller as poller_module

    def cannot_start(*args, **kwargs):
        raise ValueError("bad value(s) in fds_to_keep")  # what a failed spawn raised

    # A system that cannot start processes has no real stand-in here.
    monkeypatch.setattr(poller_module, "start_pool", cannot_start)
    feeds = []
    for n in range(poller_module.POOL_MIN_FEEDS):
        httpserver.expect_request(f"/feed{n}").respond_with_data(rss((f"g{n}", f"Story {n}")))
        feeds.append(make_feed(httpserver, f"/feed{n}"))
    report = await make_poller(store, feeds, fetcher, clock).poll()
    assert [r.outcome for r in report.results] == ["ok"] * len(feeds)
    assert store.count() == len(feeds)


# --- writing a cycle in batches -------------------------------------------------------------


class RecordingStore(CountingStore):
    """The real Store, recording what each ingest carried; can fail the write of one feed."""

    def __init__(self, store: Store, fail_feed: str | None = None) -> None:
        super().__init__(store)
        self.fail_feed = fail_feed
        self.calls: list[tuple[set[str], int]] = []

    def ingest(self, stories, health=(), retention=None):
        stories, health = list(stories), list(health)
        feeds = {s.feed_id for s in stories}
        self.calls.append((feeds, len(health)))
        if self.fail_feed in feeds:
            raise OSError("disk full")
        return super().ingest(stories, health=health, retention=retention)


def _batch_body(n: int) -> bytes:
    return rss((f"b{n}-1", f"First story of feed {n}"), (f"b{n}-2", f"Second story of feed {n}"))


def _batch_feeds(httpserver, count: int) -> list[Feed]:
    feeds = []
    for n in range(count):
        httpserver.expect_request(f"/batch{n}").respond_with_data(_batch_body(n), headers={"ETag": f'"v{n}"'})
        feeds.append(make_feed(httpserver, f"/batch{n}"))
    return feeds


async def test_a_cycle_is_written_in_batches_with_health_last(httpserver, tmp_path, fetcher, clock):
    real = Store.open(tmp_path / "data", clock=clock)
    store = RecordingStore(real)
    try:
        feeds = _batch_feeds(httpserver, 6)
        report = await make_poller(store, feeds, fetcher, clock, batch_stories=3).poll()
        assert [r.outcome for r in report.results] == ["ok"] * 6
        assert [r.new for r in report.results] == [2] * 6 and store.count() == 12
        # Stories went out while the cycle ran; validators only with the last write, once
        # every story they vouch for is stored.
        assert len(store.calls) >= 3
        assert [n for _, n in store.calls] == [0] * (len(store.calls) - 1) + [6]
        assert {f for feeds_of, _ in store.calls for f in feeds_of} == {f.id for f in feeds}
        # New ids in feed order (each feed's in document order), as one write of the whole
        # cycle would give them, whichever batch stored them.
        expected = [s.id for n, f in enumerate(feeds) for s in parse_feed(_batch_body(n), {}, f, now=START).stories]
        assert report.new_ids == expected
        assert all(real.health()[f.id].etag for f in feeds)
    finally:
        real.close()


async def test_a_failed_batch_costs_only_its_feeds(httpserver, tmp_path, fetcher, clock):
    real = Store.open(tmp_path / "data", clock=clock)
    store = RecordingStore(real, fail_feed="batch2")
    try:
        feeds = _batch_feeds(httpserver, 6)
        report = await make_poller(store, feeds, fetcher, clock, batch_stories=2).poll()
        by_feed = {r.feed_id: r for r in report.results}
        assert by_feed["batch2"].outcome == "error" and "could not save" in by_feed["batch2"].error
        assert by_feed["batch2"].new == 0
        ok = [f.id for f in feeds if f.id != "batch2"]
        assert all(by_feed[i].outcome == "ok" and by_feed[i].new == 2 for i in ok)
        assert not any(i.startswith("batch2:") for i in report.new_ids)
        health = real.health()
        # The failed feed keeps no validators, so the next poll fetches its stories again.
        assert "batch2" not in health and all(health[i].etag for i in ok)
        assert {s.feed_id for s in real.stories()} == set(ok)
    finally:
        real.close()


async def test_a_first_poll_into_an_empty_store_is_written_as_its_feeds_come_in(httpserver, tmp_path, fetcher,
                                                                                clock, monkeypatch):
    import tui.core.poller as poller_module

    monkeypatch.setattr(poller_module, "BATCH_STORIES", 4)
    real = Store.open(tmp_path / "data", clock=clock)
    store = RecordingStore(real)
    try:
        feeds = _batch_feeds(httpserver, 6)
        # An empty store too: an early write costs only its own partition, so the 12 stories
        # go out in batches of 4 while the cycle runs, the feeds' health with the last write.
        report = await make_poller(store, feeds, fetcher, clock).poll()
        assert [r.outcome for r in report.results] == ["ok"] * 6
        assert len(store.calls) >= 3 and [n for _, n in store.calls][-1] == 6
        assert all(n == 0 for _, n in store.calls[:-1])
        assert len(real.stories()) == 12 and len(report.new_ids) == 12
    finally:
        real.close()


async def test_stories_an_early_batch_stored_stay_listed_when_the_last_write_fails(httpserver, tmp_path, fetcher, clock):
    class FailingLast(RecordingStore):
        def ingest(self, stories, health=(), retention=None):
            health = list(health)
            if health:
                self.calls.append(({s.feed_id for s in stories}, len(health)))
                raise OSError("disk full")
            return super().ingest(stories, health=health, retention=retention)

    real = Store.open(tmp_path / "data", clock=clock)
    store = FailingLast(real)
    try:
        feeds = _batch_feeds(httpserver, 6)
        report = await make_poller(store, feeds, fetcher, clock, batch_stories=4).poll()
        assert len(report.results) == 6
        assert all(r.outcome == "error" and "could not save" in r.error for r in report.results)
        stored = {s.id for s in real.stories()}
        # What the early batches stored is still listed, so its claims are not lost: a refetch
        # would find those stories known and never list them as new again.
        assert stored and set(report.new_ids) == stored
        assert not real.health()  # no validators: every feed is fetched whole next time
    finally:
        real.close()
