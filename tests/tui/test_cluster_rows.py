"""One event from many sources as one row: the demo's stories, clustered as a poll leaves them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tui.app import WarfeedApp
from tui.core.clusters import FILE_NAME, ClusterIndex, assign_clusters
from tui.core.config import Config
from tui.core.demo.feeds import build_feeds, render_rss
from tui.core.models import Feed, Story
from tui.core.parse import parse_feed
from tui.core.store import Store
from tui.widgets.claim_tracker import ClaimTracker
from tui.widgets.cluster_rows import side_labels
from tui.widgets.row_text import SOURCE_WIDTH
from tui.widgets.story_list import StoryList

from .conftest import NOW, screen_text, settle

DEMO_BASE = "http://127.0.0.1:47831"
"""The demo's own port: links as `warfeed --demo` serves them."""


def demo_stories(now: float = NOW) -> tuple[list[Story], list[Feed]]:
    """The demo feeds' stories as a poll at `now` parses them (links on the demo's own port)."""
    feeds, stories = [], []
    for demo in build_feeds(now - now % 3600):
        if demo.failing:
            continue
        feed = Feed(demo.id, f"{DEMO_BASE}/feeds/{demo.id}.xml", demo.title, demo.side, ["demo"])
        feeds.append(feed)
        stories += parse_feed(render_rss(demo, DEMO_BASE), {"content-type": "application/rss+xml"}, feed,
                              now=now).stories
    return stories, feeds


def demo_store(data_dir: Path, now: float = NOW, *, claims: bool = True) -> tuple[Store, list[Feed]]:
    """A store holding the demo feeds as one poll at `now` leaves it: stories, claims, clusters.

    claims=False: the stories alone, with the clusters a full poll found (copied from one run
    in a sibling dir), so a picture of the list does not follow every change to the claims."""
    from tui.core.claims.pipeline import process_stories

    stories, feeds = demo_stories(now)
    if not claims:
        full, _ = demo_store(data_dir.with_name(data_dir.name + "-pipeline"), now)
        full.close()
    store = Store.open(data_dir, clock=lambda: now)
    store.ingest(stories)
    if claims:
        ids = [s.id for s in stories]
        process_stories(store, ids, now=now)
        assign_clusters(store, ids, now=now)
    else:
        shutil.copyfile(data_dir.with_name(data_dir.name + "-pipeline") / FILE_NAME, data_dir / FILE_NAME)
    return store, feeds


@pytest.fixture
def demo(tmp_path):
    store, feeds = demo_store(tmp_path / "data")
    yield store, feeds
    store.close()


def demo_app(store: Store, feeds: list[Feed]) -> WarfeedApp:
    config = Config(feeds=feeds, views={}, watch=[], keys={})
    return WarfeedApp(config=config, store=store, clock=lambda: NOW, poll=False)


def kupiansk_cluster(store: Store) -> list[str]:
    """Ids of the stories clustered with the demo's Gerasimov report, newest first."""
    index = ClusterIndex.open(store.data_dir, writable=False)
    try:
        gerasimov = next(s for s in store.stories() if "Gerasimov reports" in s.title)
        cluster = index.cluster_of(gerasimov.id)
        return [s.id for s in store.stories() if index.cluster_of(s.id) == cluster]
    finally:
        index.close()


async def cursor_to(pilot, story_list: StoryList, text: str) -> int:
    """Move the cursor with `j` to the first row whose title contains `text`."""
    await pilot.press("g")
    for row, story in enumerate(story_list.stories):
        if text in story.title:
            for _ in range(row):
                await pilot.press("j")
            await pilot.pause()
            return row
    raise AssertionError(f"no row with {text!r}")


async def test_a_cluster_is_one_row_that_expands_and_collapses(demo):
    store, feeds = demo
    members = kupiansk_cluster(store)
    assert len(members) >= 4  # the demo reports the capture claim from every side
    app = demo_app(store, feeds)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        assert story_list.grouped
        rows_before = len(story_list.stories)
        assert rows_before < len(store.stories())
        # The newest report is the row; the others are not rows of their own.
        assert [s.id for s in story_list.stories].count(members[0]) == 1
        assert not set(members[1:]) & {s.id for s in story_list.stories}
        text = screen_text(app)
        assert f"▸ {len(members)} RU2 UA2 other2 " in text
        # Three sides still fit the source column: every row's headline, a cluster's or a
        # story's, starts in the same column.
        lines = [line[:story_list.region.right] for line in text.splitlines()]
        starts = {line.index(s.title[:16]) for s in story_list.stories for line in lines if s.title[:16] in line}
        assert len(starts) == 1, starts
        row = await cursor_to(pilot, story_list, store.story(members[0]).title)
        assert story_list.selected_cluster is not None
        await pilot.press("z")
        await settle(pilot, app)
        assert len(story_list.stories) == rows_before + len(members)
        assert [s.id for s in story_list.stories[row + 1:row + 1 + len(members)]] == members
        assert f"▾ {len(members)} RU2" in screen_text(app)
        assert story_list.cursor == row
        await pilot.press("j", "j", "z")  # collapsing from one of its stories goes back to its row
        await settle(pilot, app)
        assert len(story_list.stories) == rows_before
        assert story_list.cursor == row and story_list.selected_cluster is not None
        # Opening the row opens its newest story.
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.reader.story.id == members[0]


async def test_marking_the_row_read_marks_every_story_and_star_goes_to_the_newest(demo):
    store, feeds = demo
    members = kupiansk_cluster(store)
    app = demo_app(store, feeds)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        await cursor_to(pilot, story_list, store.story(members[0]).title)
        await pilot.press("m")
        await settle(pilot, app)
        assert all(store.story(sid).read for sid in members)
        assert not story_list.row_unread(story_list.cursor)
        await pilot.press("m")  # again: every story unread
        await settle(pilot, app)
        assert not any(store.story(sid).read for sid in members)
        await pilot.press("s")
        await settle(pilot, app)
        assert [sid for sid in members if store.story(sid).starred] == [members[0]]
        # `A` marks the stories inside collapsed clusters too.
        await pilot.press("A")
        await settle(pilot, app)
        assert all(s.read for s in store.stories())


async def test_a_filter_shows_a_cluster_when_any_story_matches_and_only_those_when_expanded(demo):
    store, feeds = demo
    members = kupiansk_cluster(store)
    bloggers = next(sid for sid in members if "bloggers" in store.story(sid).title)
    app = demo_app(store, feeds)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        await pilot.press("slash", *"bloggers", "enter")
        await settle(pilot, app)
        assert [s.id for s in story_list.stories] == [bloggers]
        cluster = story_list.selected_cluster
        assert cluster is not None and [s.id for s in cluster.shown] == [bloggers]
        assert f"▸ 1 of {len(members)}" in screen_text(app)
        assert "1 Stories · 1 of" in screen_text(app)
        await pilot.press("z")
        await settle(pilot, app)
        assert [s.id for s in story_list.stories] == [bloggers, bloggers]
        # The expanded cluster stays expanded when the filter changes.
        await pilot.press("escape")
        await settle(pilot, app)
        row = story_list.index_of(members[0])
        assert [s.id for s in story_list.stories[row:row + len(members)]] == members


async def test_clusters_arrive_after_first_paint_and_after_a_poll(tmp_path):
    store, feeds = demo_store(tmp_path / "data")
    try:
        app = demo_app(store, feeds)
        async with app.run_test(size=(160, 50)) as pilot:
            story_list = app.screen.story_list
            # First paint: one row per story, the assignments are read after it.
            assert not story_list.grouped and len(story_list.stories) == len(store.stories())
            await settle(pilot, app)
            assert story_list.grouped
            # A story clustered by a later poll cycle joins the row of the story it reports with.
            plain = [s for s in story_list.stories if app.screen.clusters.summary(s.id) is None]
            first, second = plain[0], plain[1]
            rows = len(story_list.stories)
            from tui.messages import ClustersChanged

            app.screen.post_message(ClustersChanged({second.id: app.screen.clusters.assignments[first.id]}))
            await settle(pilot, app)
            assert len(story_list.stories) == rows - 1
            assert story_list.index_of(second.id) == story_list.index_of(first.id)
            assert {first.id, second.id} <= {s.id for s in story_list.shown_stories}
    finally:
        store.close()


async def test_the_claim_pane_names_the_cluster_and_jumps_to_it(demo):
    store, feeds = demo
    members = kupiansk_cluster(store)
    app = demo_app(store, feeds)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        tracker = app.screen.query_one(ClaimTracker)
        claim_ids = tracker.visible_claim_ids
        assert "control:kupiansk" in claim_ids
        await pilot.press("3")
        for _ in range(claim_ids.index("control:kupiansk")):
            await pilot.press("j")
        await settle(pilot, app)
        text = screen_text(app)
        assert f"Cluster of {len(members)} stories (L shows it): Kupiansk" in text
        await pilot.press("L")
        await settle(pilot, app)
        story_list = app.screen.story_list
        assert app.screen.focused is story_list
        assert story_list.selected_cluster is not None
        assert {s.id for s in story_list.selected_cluster.members} == set(members)


async def test_the_cluster_keys_are_in_help_and_can_be_remapped(demo):
    store, feeds = demo
    members = kupiansk_cluster(store)
    config = Config(feeds=feeds, views={}, watch=[], keys={"toggle_cluster": "plus"})
    app = WarfeedApp(config=config, store=store, clock=lambda: NOW, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        await cursor_to(pilot, story_list, store.story(members[0]).title)
        rows = len(story_list.stories)
        await pilot.press("plus")
        await settle(pilot, app)
        assert len(story_list.stories) == rows + len(members)
        await pilot.press("question_mark")
        await settle(pilot, app)
        rows = {binding_id: (key, text) for key, text, binding_id in app.screen.bindings}
        assert rows["toggle_cluster"] == ("+", "Expand a cluster to its stories, or collapse it")
        assert rows["claim_cluster"][0] == "L"


async def test_opening_a_story_inside_a_collapsed_cluster_expands_it(demo):
    store, feeds = demo
    members = kupiansk_cluster(store)
    app = demo_app(store, feeds)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        # What enter on a statement in the claim timeline asks for: a story of the cluster.
        app.screen.post_message(ClaimTracker.OpenStory(members[3]))
        await settle(pilot, app)
        assert story_list.selected.id == members[3]
        assert story_list.selected_cluster is None  # the story's own row, under its cluster
        assert app.screen.reader.story.id == members[3]
        assert store.story(members[3]).read and not store.story(members[0]).read


@pytest.mark.parametrize(("count", "sides"), [
    ("▸ 6 ", [("RU", 2), ("UA", 2), ("other", 2)]),
    ("▾ 61 ", [("RU", 20), ("UA", 20), ("other", 21)]),
    ("▸ 140 ", [("UA", 140)]),
    ("▸ 60 ", [("RU", 9), ("other", 51)]),
    ("▸ 9 of 140 ", [("RU", 3), ("UA", 2), ("other", 4)]),
    ("▾ 30 of 99 ", [("UA", 12), ("other", 18)]),
])
def test_a_cluster_rows_sides_fit_the_source_column(count, sides):
    shown, labels = side_labels(count, sides)
    assert len(shown) + len(" ".join(labels)) <= SOURCE_WIDTH
    assert shown.split() == count.replace(" of ", "/").split() or shown == count
    # Each label is its side's name (or initial) and its count, in order.
    parts = [re.fullmatch(r"(\D+)(\d+)", label).groups() for label in labels]
    assert [name for name, _ in parts] in ([name for name, _ in sides], [name[0].upper() for name, _ in sides])
    assert [int(number) for _, number in parts] == [number for _, number in sides]


def test_a_small_clusters_sides_keep_their_names():
    assert side_labels("▸ 6 ", [("RU", 2), ("UA", 2), ("other", 2)]) == ("▸ 6 ", ["RU2", "UA2", "other2"])
    assert side_labels("▸ 61 ", [("RU", 20), ("UA", 20), ("other", 21)]) == ("▸ 61 ", ["R20", "U20", "O21"])
    assert side_labels("▸ 9 of 140 ", [("RU", 3), ("UA", 2), ("other", 4)]) == ("▸ 9/140 ", ["R3", "U2", "O4"])
