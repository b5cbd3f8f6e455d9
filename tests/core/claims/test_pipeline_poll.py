"""A poll's claims, however they are computed, equal the in-process path.

The same feeds (the demo's and feeds of labelled sentences) are served by a real HTTP server
and polled into real stores: by the service (its parse workers storing the cycle in batches,
then claims extracted over the stored stories in worker processes, or on the next start when
the process was killed in between), and the plain way (parse in-process, one write, every
story extracted afterwards in this process). Claims, story links and ids must be identical.
"""

from __future__ import annotations

import email.utils
import json
from dataclasses import asdict
from html import escape
from pathlib import Path

import pytest

from tui.core.claims.pipeline import process_stories
from tui.core.config import Config
from tui.core.demo.feeds import build_feeds, render_rss
from tui.core.fetch import Fetcher
from tui.core.models import Article, Feed
from tui.core.poll_steps import STORED_POOL_MIN, ExtractClaims, extract_stored
from tui.core.poller import Poller
from tui.core.service import Warfeed
from tui.core.store import Store
from tui.core.workers import POOL_MIN_FEEDS

NOW = 1_764_000_000.0
LABELLED = Path(__file__).resolve().parents[2] / "claims_data" / "labelled.txt"
DEMO_IDS = {demo.id for demo in build_feeds(NOW)}
SIDES = ("ru-state", "ua-official", "ua-media", "intl", "analyst", "ru-independent")


def _sentences() -> list[str]:
    lines = LABELLED.read_text(encoding="utf-8").splitlines()
    return [line.split(" :: ", 1)[1] for line in lines if " :: " in line and not line.startswith("#")]


def _labelled_rss(n: int, sentences: list[str]) -> bytes:
    """A feed of 12 items, each a headline and two labelled sentences as its HTML summary."""
    items = []
    for k in range(12):
        pick = [sentences[(n * 37 + k * 11 + j * 5) % len(sentences)] for j in range(3)]
        date = email.utils.formatdate(NOW - 600 * (k + 1) - n, usegmt=True)
        summary = escape(f"<p>{pick[1]}</p><p>{pick[2]}</p>")
        items.append(f"<item><guid>l{n}-{k}</guid><title>{escape(pick[0][:90])}</title>"
                     f"<link>http://news.example/{n}/{k}</link><pubDate>{date}</pubDate>"
                     f"<description>{summary}</description></item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Labelled {n}</title>{''.join(items)}</channel></rss>").encode()


@pytest.fixture
def feeds(httpserver) -> list[Feed]:
    """Demo feeds and labelled-sentence feeds, enough for the poll to start its worker pool."""
    base = httpserver.url_for("/").rstrip("/")
    out = []
    for demo in build_feeds(NOW):
        if demo.failing:
            continue
        httpserver.expect_request(f"/demo/{demo.id}.xml").respond_with_data(
            render_rss(demo, base), content_type="application/rss+xml")
        out.append(Feed(id=demo.id, url=f"{base}/demo/{demo.id}.xml", title=demo.title, side=demo.side))
    return out + _labelled_feeds(httpserver, range(POOL_MIN_FEEDS + 2 - len(out)))


def _labelled_feeds(httpserver, numbers: range) -> list[Feed]:
    base = httpserver.url_for("/").rstrip("/")
    sentences = _sentences()
    out = []
    for n in numbers:
        httpserver.expect_request(f"/labelled/{n}.xml").respond_with_data(
            _labelled_rss(n, sentences), content_type="application/rss+xml")
        out.append(Feed(id=f"labelled-{n}", url=f"{base}/labelled/{n}.xml", title=f"Labelled {n}",
                        side=SIDES[n % len(SIDES)]))
    return out


@pytest.fixture
def more_feeds(httpserver, feeds) -> list[Feed]:
    """The same and three more labelled feeds: over 200 stories, so the claims after a poll
    are extracted in worker processes (poll_steps.STORED_POOL_MIN)."""
    first = sum(1 for f in feeds if f.id.startswith("labelled-"))
    return feeds + _labelled_feeds(httpserver, range(first, first + 3))


async def _plain(data_dir: Path, feeds: list[Feed], *, before_claims=None) -> tuple:
    """Parse in this process into a fresh store, one write, then every story's claims extracted
    here: (new ids, claims, links)."""
    store = Store.open(data_dir, clock=lambda: NOW)
    try:
        async with Fetcher(deadline=10.0) as fetcher:
            report = await Poller(store, feeds, fetcher, clock=lambda: NOW, parse_workers=0).poll(force=True)
        assert all(r.outcome == "ok" for r in report.results)
        ids = report.new_ids + report.updated_ids
        if before_claims is not None:
            before_claims(store)
        process_stories(store, ids, now=NOW, pool_min=10**9)
        return (ids, *_claims_and_links(store, ids))
    finally:
        store.close()


async def _in_workers(data_dir: Path, feeds: list[Feed], *, before_claims=None) -> tuple:
    """The service's poll (parse workers, the cycle stored in batches), then the claims work
    the service does after it: extraction over the stored stories in worker processes, then
    the merge: (new ids, claims, links, what the workers extracted)."""
    service = Warfeed.open(Config(feeds=feeds), data_dir, clock=lambda: NOW)
    try:
        (await service.poller()).batch_stories = 60
        report = await service.poll(force=True)
        await service.aclose()
        assert all(r.outcome == "ok" for r in report.results)
        ids = report.new_ids + report.updated_ids
        extracted = extract_stored(service.store, ids, ExtractClaims(), pool_min=1)
        if before_claims is not None:
            before_claims(service.store)
        process_stories(service.store, ids, now=NOW, precomputed=extracted, pool_min=10**9)
        return (ids, *_claims_and_links(service.store, ids), extracted)
    finally:
        service.close()


def _claims_and_links(store, ids) -> tuple[list, dict]:
    return [asdict(c) for c in store.claims()], {i: (store.story(i).places, store.story(i).claim_ids) for i in ids}


async def test_claims_from_a_poll_and_its_workers_equal_the_in_process_path(tmp_path, feeds):
    ids, claims, links, extracted = await _in_workers(tmp_path / "workers", feeds)
    plain = await _plain(tmp_path / "plain", feeds)
    # The workers really extracted every story (nothing was left for the merge to redo).
    assert set(extracted) == set(ids)
    assert (ids, claims, links) == plain
    by_id = {c["id"]: c for c in claims}
    # The data says something: the demo's Kupiansk claim carries both sides' demo stories
    # (its status also weighs the labelled feeds), and many stories link to claims.
    kupiansk = by_id["control:kupiansk"]["statements"]
    assert {"ru", "ua"} <= {s["side"] for s in kupiansk if s["story_id"].split(":")[0] in DEMO_IDS}
    assert len(claims) > 10 and sum(1 for _, linked in links.values() if linked) > 50
    saved = json.loads((tmp_path / "workers" / "claims.json").read_text())["claims"].values()
    assert sorted(doc["id"] for doc in saved) == sorted(c["id"] for c in claims)


async def test_a_story_that_changed_after_its_extraction_is_extracted_again(tmp_path, feeds):
    """A saved article adds text the workers never saw: their result must not be used."""
    # A place the feed never names: one statement per (side, stance, event, place) per story,
    # so only a new place shows that the article's text was read.
    target = "control:yampil"

    def add_article(store):
        story = next(s for s in store.stories() if s.feed_id == "global-wire")
        text = "Russia's Defense Ministry said its forces had taken full control of Yampil."
        store.save_article(story.id, Article(url="http://news.example/a", text=text))

    workers = await _in_workers(tmp_path / "workers", feeds, before_claims=add_article)
    plain = await _plain(tmp_path / "plain", feeds, before_claims=add_article)
    assert workers[:3] == plain
    claim = next(c for c in workers[1] if c["id"] == target)
    assert any(s["story_id"].startswith("global-wire:") and "full control" in s["sentence"]
               for s in claim["statements"])


# -- the service's two phases: stories stored first, claims after -------------------------------

STORE_THEN_DIE = """
import asyncio, json, os, signal, sys
from tui.core.config import Config
from tui.core.models import Feed
from tui.core.service import Warfeed
data_dir, feeds, now = sys.argv[1], [Feed(**f) for f in json.loads(sys.argv[2])], float(sys.argv[3])
service = Warfeed.open(Config(feeds=feeds), data_dir, clock=lambda: now)

async def poll():
    try:
        return await service.poll(force=True)
    finally:
        await service.aclose()

report = asyncio.run(poll())
assert all(r.outcome == "ok" for r in report.results) and report.new_ids
os.kill(os.getpid(), signal.SIGKILL)  # between the phases: stories stored, no claim merged
"""


async def test_the_service_stores_the_stories_first_and_their_claims_after(tmp_path, more_feeds):
    feeds = more_feeds
    service = Warfeed.open(Config(feeds=feeds), tmp_path / "two-phase", clock=lambda: NOW)
    try:
        report = await service.poll(force=True)
        await service.aclose()
        ids = report.new_ids + report.updated_ids
        # The first phase: every story stored, none read for claims yet.
        assert len(ids) >= STORED_POOL_MIN and all(service.store.story(i) is not None for i in ids)
        assert service.store.claims() == [] and not any(service.store.story(i).claim_ids for i in ids)
        update = service.process_news(report)
        assert not update.problems
        two_phase = (ids, *_claims_and_links(service.store, ids))
        clusters = update.clusters
    finally:
        service.close()
    plain = await _plain(tmp_path / "plain", feeds)
    assert two_phase == plain
    assert len(two_phase[1]) > 10 and set(clusters) == set(ids)


def test_a_poll_killed_between_its_phases_has_its_claims_done_on_the_next_start(tmp_path, more_feeds):
    feeds = more_feeds
    import asyncio
    import signal
    import subprocess
    import sys

    from tui.core.poll_results import CycleReport

    data_dir = tmp_path / "killed"
    root = Path(__file__).resolve().parents[3]
    listed = json.dumps([{"id": f.id, "url": f.url, "title": f.title, "side": f.side} for f in feeds])
    done = subprocess.run([sys.executable, "-c", STORE_THEN_DIE, str(data_dir), listed, str(NOW)], cwd=root)
    assert done.returncode == -signal.SIGKILL
    service = Warfeed.open(Config(feeds=feeds), data_dir, clock=lambda: NOW)
    try:
        stored = [s.id for s in service.store.stories()]
        assert len(stored) >= STORED_POOL_MIN and service.store.claims() == []  # no story lost, no claim yet
        update = service.catch_up()  # the next cycle heard only 304s
        assert update is not None and not update.problems
        assert set(update.clusters) == set(stored)
        assert service.process_news(CycleReport()).claims == []  # done once, not again
    finally:
        service.close()
    reopened = Warfeed.open(Config(feeds=feeds), data_dir, clock=lambda: NOW)
    try:
        plain = asyncio.run(_plain(tmp_path / "plain", feeds))
        assert sorted(stored) == sorted(plain[0])
        claims, links = _claims_and_links(reopened.store, plain[0])
        # Every claim as the uninterrupted poll makes it (the store lists them in the order the
        # catch-up met them: newest story first).
        assert sorted(claims, key=lambda c: c["id"]) == sorted(plain[1], key=lambda c: c["id"])
        assert links == plain[2]
    finally:
        reopened.close()
