"""Hanging servers cannot stretch a poll, and what answered is kept (HARDENING 22, 41).

Real servers on 127.0.0.1: feeds that answer, and a server that accepts every connection and
never says a word. The poller, the fetcher and the real `warfeed poll` process are driven
against them; assertions are on what was stored, reported and sent, never on wall-clock time.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile_servers import HangingServer, SlowFeedServer, write_config
from tui.core.fetch import Fetcher
from tui.core.models import Feed
from tui.core.poller import STALL_TIMEOUTS, Poller
from tui.core.store import Store

REPO = Path(__file__).resolve().parents[2]
BOUND = 120.0
"""Upper bound for any process or condition in these tests; a bound, never a measurement."""


def feeds_for(server, count: int, prefix: str) -> list[Feed]:
    return [Feed(id=f"{prefix}-{n}", url=server.url(n), title=f"{prefix} {n}") for n in range(count)]


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


async def test_a_host_that_hangs_costs_a_few_requests_not_one_per_feed(store):
    with SlowFeedServer() as good, HangingServer() as bad:
        async with Fetcher(deadline=1.0, per_host_limit=4) as fetcher:
            feeds = feeds_for(good, 20, "good") + feeds_for(bad, 200, "hung")
            report = await Poller(store, feeds, fetcher, parse_workers=0).poll(force=True)
        accepted = bad.accepted
    by_id = {r.feed_id: r for r in report.results}
    assert all(by_id[f"good-{n}"].outcome == "ok" for n in range(20))
    assert store.count() == 20 * 5
    hung = [by_id[f"hung-{n}"] for n in range(200)]
    assert all(r.outcome == "error" for r in hung)
    # The first feed goes alone; once it timed out, the host's other feeds are not sent.
    assert accepted <= STALL_TIMEOUTS * 4
    skipped = [r for r in hung if "stopped answering" in (r.error or "")]
    assert len(skipped) >= 200 - accepted
    assert any("no complete answer" in (r.error or "") or "timed out" in (r.error or "") for r in hung)


async def test_the_cycle_deadline_ends_a_poll_whatever_still_hangs(store):
    with SlowFeedServer() as good, HangingServer() as bad:
        # Each request may take 60 s; the whole cycle only 2 s.
        async with Fetcher(deadline=60.0) as fetcher:
            feeds = feeds_for(bad, 30, "hung") + feeds_for(good, 10, "good")
            poller = Poller(store, feeds, fetcher, parse_workers=0, deadline=2.0)
            report = await asyncio.wait_for(poller.poll(force=True), BOUND)
    by_id = {r.feed_id: r for r in report.results}
    assert [by_id[f"good-{n}"].outcome for n in range(10)] == ["ok"] * 10
    assert store.count() == 50
    assert "no answer before the poll's deadline (2 s)" in by_id["hung-0"].error
    assert "not polled" in by_id["hung-1"].error
    health = store.health()
    # Never sent: not a failure, and due again after its interval rather than at once.
    assert health["hung-1"].consecutive_failures == 0 and health["hung-1"].next_poll_at > time.time()
    assert health["hung-0"].consecutive_failures == 1


async def test_a_queued_request_does_not_hold_a_shared_slot_while_its_host_hangs():
    with SlowFeedServer() as good, HangingServer() as bad:
        async with Fetcher(deadline=20.0, total_limit=4, per_host_limit=2) as fetcher:
            hung = [asyncio.ensure_future(fetcher.fetch(bad.url(n))) for n in range(10)]
            await asyncio.sleep(0)  # every hung request is queued before the good one
            answered = await asyncio.wait_for(fetcher.fetch(good.url(1)), BOUND)
            still_hanging = sum(not task.done() for task in hung)
            for task in hung:
                task.cancel()
            await asyncio.gather(*hung, return_exceptions=True)
    assert answered.ok and b"outlet 1" in answered.body
    # Ten requests wait on a host allowed two at once: two shared slots busy, two free.
    assert still_hanging == 10


def warfeed_poll(tmp_path: Path, urls: list[str], *extra: str) -> subprocess.Popen:
    config = write_config(tmp_path / "config.toml", urls)
    env = dict(os.environ, HOME=str(tmp_path), PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "--config", str(config), "--data-dir",
         str(tmp_path / "data"), "poll", *extra],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_until(condition, what: str) -> None:
    deadline = time.monotonic() + BOUND
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} never happened")
        time.sleep(0.05)


def stored_titles(data_dir: Path) -> set[str]:
    opened = Store.open(data_dir)
    try:
        return {story.title for story in opened.stories()}
    finally:
        opened.close()


GOOD_TITLES = {f"Bulletin {i} of outlet {n}" for n in range(100) for i in range(5)}


def test_sigterm_keeps_every_feed_that_answered(tmp_path):
    with SlowFeedServer() as good, HangingServer() as bad:
        poll = warfeed_poll(tmp_path, [good.url(n) for n in range(100)] + [bad.url(n) for n in range(100)])
        try:
            wait_until(lambda: good.served == 100, "every good feed answered")
            poll.send_signal(signal.SIGTERM)  # what `timeout 60 warfeed poll` sends
            out, _err = poll.communicate(timeout=BOUND)
        finally:
            if poll.poll() is None:
                poll.kill()
    assert poll.returncode == 128 + signal.SIGTERM
    assert out.count("\nok ") + out.startswith("ok ") == 100
    assert "FAIL  feed-150: not polled: the poll was stopped (SIGTERM) first" in out
    assert stored_titles(tmp_path / "data") == GOOD_TITLES


def test_the_poll_deadline_ends_warfeed_poll_and_keeps_what_answered(tmp_path):
    with SlowFeedServer() as good, HangingServer() as bad:
        poll = warfeed_poll(tmp_path, [bad.url(n) for n in range(100)] + [good.url(n) for n in range(100)],
                            "--deadline", "10")
        try:
            out, _err = poll.communicate(timeout=BOUND)
        finally:
            if poll.poll() is None:
                poll.kill()
    assert poll.returncode == 1  # some feeds failed
    assert "FAIL  feed-0: no answer before the poll's deadline (10 s)" in out
    assert stored_titles(tmp_path / "data") == GOOD_TITLES


def test_a_poll_killed_while_others_hang_has_already_stored_what_answered(tmp_path):
    data_dir = tmp_path / "data"
    with SlowFeedServer() as good, HangingServer() as bad:
        poll = warfeed_poll(tmp_path, [good.url(n) for n in range(100)] + [bad.url(n) for n in range(100)])
        try:
            wait_until(lambda: good.served == 100, "every good feed answered")
            # The cycle goes on (the hung feeds), but a timed batch stores what answered: read
            # the partitions the way any TinyDB reader would (the poll holds the store's lock).
            wait_until(lambda: GOOD_TITLES <= _titles_on_disk(data_dir), "the answered feeds being stored")
            poll.send_signal(signal.SIGKILL)
            poll.wait(timeout=BOUND)
        finally:
            if poll.poll() is None:
                poll.kill()
    assert stored_titles(data_dir) == GOOD_TITLES


def _titles_on_disk(data_dir: Path) -> set[str]:
    """Titles in the story partitions as last renamed into place (never a half-written temp file)."""
    titles: set[str] = set()
    for path in sorted(data_dir.glob("stories-*.json")):
        try:
            documents = json.loads(path.read_bytes()).get("stories", {})
        except (OSError, ValueError):
            continue
        titles.update(doc.get("title", "") for doc in documents.values())
    return titles
