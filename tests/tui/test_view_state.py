"""The view the user left survives a restart: sort order, theme, filter and pane, kept in the
data dir at each change (a crash keeps it), ignored with one warning when damaged."""

from __future__ import annotations

import json
from dataclasses import replace


from tui.app import WarfeedApp
from tui.core.store import Store
from tui.core.view_state import STATE_FILE
from tui.themes import THEMES

from .conftest import Toasts, make_story, settle


LIGHT, DARK = THEMES["light"].name, THEMES["dark"].name


def restart(tmp_path, config, clock, **kwargs) -> tuple[Store, WarfeedApp]:
    """The data dir opened again and a new app over it, as the next start does."""
    store = Store.open(tmp_path / "data", clock=clock)
    return store, WarfeedApp(config=config, store=store, clock=clock, poll=False, **kwargs)


async def test_order_theme_filter_and_pane_come_back_after_a_restart(tmp_path, config, clock):
    store, app = restart(tmp_path, config, clock)
    store.ingest([make_story(n) for n in range(12)])
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot, app)
            assert app.screen.story_order == "newest" and app.theme == DARK
            await pilot.press("O")  # oldest first
            await pilot.press("slash", *"number 1", "enter")
            await settle(pilot, app)
            app.theme = LIGHT  # as the palette's theme picker sets it
            await pilot.press("3")  # the claim pane
            await settle(pilot, app)
            # On disk already, before any quit: a crash from here on keeps it.
            kept = json.loads((store.data_dir / STATE_FILE).read_text())
            assert kept["order"] == "oldest" and kept["query"] == "number 1"
            assert kept["theme"] == LIGHT and kept["pane"] == "claims"
    finally:
        store.close()

    store, app = restart(tmp_path, config, clock)
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot, app)
            screen = app.screen
            assert screen.story_order == "oldest"
            assert screen.query_text == "number 1"
            assert "filter: number 1" in str(screen.story_list.border_title)
            assert "oldest first" in str(screen.story_list.border_title)
            titles = [s.title for s in screen.story_list.stories]
            assert titles == ["Story number 11 about the front", "Story number 10 about the front",
                              "Story number 1 about the front"]
            assert app.theme == LIGHT
            assert screen.active_pane == "claims"
    finally:
        store.close()


async def test_a_theme_named_in_the_config_since_wins_over_the_one_kept(tmp_path, config, clock):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / STATE_FILE).write_text(json.dumps({"theme": LIGHT, "order": "source"}))
    store, app = restart(tmp_path, replace(config, theme="dark"), clock)
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot, app)
            assert app.theme == DARK  # the config changed after the light theme was picked
            assert app.screen.story_order == "source"
    finally:
        store.close()


async def test_a_damaged_view_file_is_one_warning_and_the_default_view(tmp_path, config, clock):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / STATE_FILE).write_bytes(b'{"order": "oldest", "que')
    store, app = restart(tmp_path, config, clock)
    store.ingest([make_story(n) for n in range(3)])
    toasts = Toasts()
    try:
        async with app.run_test(size=(160, 50), message_hook=toasts) as pilot:
            await settle(pilot, app)
            assert app.screen.story_order == "newest" and app.screen.query_text == ""
            [warning] = [t.message for t in toasts if STATE_FILE in t.message]
            assert "damaged" in warning and "\n" not in warning
            await pilot.press("O")
            await settle(pilot, app)
        assert json.loads((store.data_dir / STATE_FILE).read_text())["order"] == "oldest"  # replaced
    finally:
        store.close()


async def test_a_kept_filter_that_no_longer_compiles_is_dropped_and_the_order_still_restored(tmp_path, config,
                                                                                             clock):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / STATE_FILE).write_text(json.dumps({"query": "published:>>", "order": "unread",
                                                            "pane": "nowhere"}))
    store, app = restart(tmp_path, config, clock)
    store.ingest([make_story(n) for n in range(3)])
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot, app)
            assert app.screen.query_text == "" and app.screen.story_order == "unread"
            assert app.screen.active_pane == "story-list"
            assert len(app.screen.story_list.stories) == 3
    finally:
        store.close()


async def test_a_restored_order_opens_at_its_first_story(tmp_path, config, clock):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / STATE_FILE).write_text(json.dumps({"order": "oldest"}))
    store, app = restart(tmp_path, config, clock)
    made = [make_story(n) for n in range(60)]
    store.ingest(made)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, app)
            story_list = app.screen.story_list
            assert app.screen.story_order == "oldest"
            # The first paint selected the newest story; the kept order starts at the oldest.
            assert story_list.cursor == 0 and int(story_list.scroll_y) == 0
            assert story_list.selected.id == made[-1].id
    finally:
        store.close()
