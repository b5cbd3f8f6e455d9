"""Sort orders of the story list: a key cycles newest first, oldest first, by source and unread
first; the list's title says which; arrivals and cluster rows follow the order."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tui.messages import StoriesChanged

from .conftest import NOW, make_story, settle
from .test_cluster_rows import demo_app, demo_store, kupiansk_cluster


def list_title(app) -> str:
    return str(app.screen.story_list.border_title)


def stories(count: int = 9):
    made = [make_story(n) for n in range(count)]
    # Sources out of step with time, and a few read, so every order differs from the others.
    for n, story in enumerate(made):
        story.source = ["Charlie", "alpha", "Bravo"][n % 3]
        story.read = n in (0, 4, 5)
    return made


async def test_the_sort_key_cycles_every_order_and_the_title_says_which(make_app, store):
    made = stories()
    app = make_app(made, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        by_time = sorted(made, key=lambda s: -s.published)
        assert [s.id for s in story_list.stories] == [s.id for s in by_time]
        assert "newest first" in list_title(app)

        await pilot.press("O")
        await settle(pilot, app)
        assert "oldest first" in list_title(app)
        assert [s.id for s in story_list.stories] == [s.id for s in reversed(by_time)]

        await pilot.press("O")
        await settle(pilot, app)
        assert "by source" in list_title(app)
        shown = story_list.stories
        assert [s.source for s in shown] == ["alpha"] * 3 + ["Bravo"] * 3 + ["Charlie"] * 3
        for source in ("alpha", "Bravo", "Charlie"):
            times = [s.published for s in shown if s.source == source]
            assert times == sorted(times, reverse=True)  # newest first inside a source

        await pilot.press("O")
        await settle(pilot, app)
        assert "unread first" in list_title(app)
        shown = story_list.stories
        assert [s.read for s in shown] == [False] * 6 + [True] * 3
        assert [s.published for s in shown[:6]] == sorted((s.published for s in shown[:6]), reverse=True)

        await pilot.press("O")
        await settle(pilot, app)
        assert "newest first" in list_title(app)
        assert [s.id for s in story_list.stories] == [s.id for s in by_time]


async def test_the_selected_story_stays_selected_when_the_order_changes(make_app):
    app = make_app(stories(), poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        await pilot.press("j", "j", "j")
        chosen = story_list.selected
        await pilot.press("O", "O")
        await settle(pilot, app)
        assert story_list.selected is not None and story_list.selected.id == chosen.id


async def test_the_sort_key_is_remapped_from_the_config(make_app, config):
    app = make_app(stories(), config=replace(config, keys={"cycle_order": "S"}), poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("O")
        await settle(pilot, app)
        assert "newest first" in list_title(app)  # the old key no longer sorts
        await pilot.press("S")
        await settle(pilot, app)
        assert "oldest first" in list_title(app)


async def test_stories_arriving_while_sorted_merge_where_the_order_puts_them(make_app, store, clock):
    app = make_app(stories(), poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        await pilot.press("O")  # oldest first
        await settle(pilot, app)
        fresh = make_story(100, published=NOW + 30, source="alpha", title="Fresh arrival")
        store.ingest([fresh])
        app.screen.post_message(StoriesChanged([fresh.id], []))
        await settle(pilot, app)
        assert story_list.stories[-1].id == fresh.id  # the newest at the bottom when oldest first
        assert "oldest first" in list_title(app)


async def test_an_arrival_merges_newest_first_exactly_as_a_full_sort_puts_it(make_app, store):
    made = stories()
    app = make_app(made, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        # Published at the same moment as a story already shown, with an id that sorts first:
        # only the order's own tie-break says where it goes.
        twin = make_story(100, id="aaa:twin", published=made[4].published, title="Same minute")
        store.ingest([twin])
        app.screen.post_message(StoriesChanged([twin.id], []))
        await settle(pilot, app)
        merged = [s.id for s in story_list.stories]
        assert merged.index(twin.id) == merged.index(made[4].id) - 1
        await pilot.press("O", "O", "O", "O")  # round the cycle to newest first: a full pass
        await settle(pilot, app)
        assert "newest first" in list_title(app)
        assert [s.id for s in story_list.stories] == merged


@pytest.mark.parametrize("presses", [0, 1, 2, 3])
async def test_cluster_rows_expand_and_collapse_in_every_order(tmp_path, presses):
    store, feeds = demo_store(tmp_path / "data")
    try:
        members = kupiansk_cluster(store)
        app = demo_app(store, feeds)
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot, app)
            story_list = app.screen.story_list
            for _ in range(presses):
                await pilot.press("O")
                await settle(pilot, app)
            assert story_list.grouped
            rows_before = len(story_list.stories)
            cluster = app.screen.clusters.summary(members[0])[0]
            assert story_list.select_cluster(cluster)
            await pilot.pause()
            cluster_row = story_list.cursor
            assert story_list.selected_cluster is not None
            assert {s.id for s in story_list.selected_cluster.members} == set(members)
            await pilot.press("z")
            await settle(pilot, app)
            assert len(story_list.stories) == rows_before + len(members)
            assert {s.id for s in story_list.stories[cluster_row + 1:cluster_row + 1 + len(members)]} == set(members)
            await pilot.press("z")
            await settle(pilot, app)
            assert len(story_list.stories) == rows_before
            assert story_list.selected_cluster is not None
    finally:
        store.close()
