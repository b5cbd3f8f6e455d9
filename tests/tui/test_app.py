"""Pilot tests for every main-screen binding: each asserts the state change it should cause."""

from __future__ import annotations

import os
from dataclasses import replace

import threading
import webbrowser

from tui.messages import FilterApplied, StoriesChanged
from tui.screens.main import MainScreen
from tui.widgets.filter_bar import FilterBar
from tui.widgets.reader import Reader
from tui.widgets.story_list import StoryList

from tests.factories import ingest

from .conftest import Toasts, make_story, screen_text, settle, wait_until


def stories(n: int = 30):
    return [make_story(i) for i in range(n)]


async def test_first_paint_shows_newest_first_and_reader_follows(make_app):
    app = make_app(stories())
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        assert [s.title for s in story_list.stories[:2]] == [
            "Story number 0 about the front",
            "Story number 1 about the front",
        ]
        assert "Story number 0 about the front" in screen_text(app)
        assert app.screen.query_one(Reader).story.id == story_list.stories[0].id


async def test_cursor_keys_move_and_highlight(make_app):
    app = make_app(stories())
    seen = []
    async with app.run_test(size=(160, 50), message_hook=seen.append) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        await pilot.press("j", "j", "down")
        assert story_list.cursor == 3
        await pilot.press("k", "up")
        assert story_list.cursor == 1
        await pilot.press("G")
        assert story_list.cursor == 29
        await pilot.press("g")
        assert story_list.cursor == 0
        await settle(pilot, app)
        highlighted = [m for m in seen if isinstance(m, StoryList.Highlighted)]
        assert highlighted and highlighted[-1].story.id == story_list.stories[0].id


async def test_enter_opens_in_reader_and_marks_read(make_app, store):
    app = make_app(stories())
    seen = []
    async with app.run_test(size=(160, 50), message_hook=seen.append) as pilot:
        await settle(pilot, app)
        await pilot.press("j", "enter")
        await settle(pilot, app)
        story = app.screen.query_one(StoryList).selected
        assert any(isinstance(m, StoryList.Selected) and m.story.id == story.id for m in seen)
        assert app.screen.query_one(Reader).story.id == story.id
        assert store.story(story.id).read is True


async def test_star_flag_read_marks_reach_the_store(make_app, store):
    app = make_app(stories())
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story = app.screen.query_one(StoryList).selected
        await pilot.press("s", "x", "m")
        assert (store.story(story.id).starred, store.story(story.id).flagged, store.story(story.id).read) == (
            True,
            True,
            True,
        )
        await pilot.press("s", "m")
        assert (store.story(story.id).starred, store.story(story.id).read) == (False, False)
        await pilot.press("s")
        await pilot.press("q")
    # Quit flushed: a fresh look at the files shows the star.
    store.close()
    from tui.core.store import Store

    reopened = Store.open(store.data_dir)
    try:
        assert reopened.story(story.id).starred is True
        assert reopened.story(story.id).flagged is True
    finally:
        reopened.close()


async def test_mark_all_shown_read_respects_the_filter(make_app, store):
    app = make_app(stories(12))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *"side:ru", "enter")
        await settle(pilot, app)
        shown = app.screen.query_one(StoryList).stories
        assert shown and all(s.side.startswith("ru-") for s in shown)
        await pilot.press("A")
        assert all(store.story(s.id).read for s in shown)
        others = [s for s in store.stories() if not s.side.startswith("ru-")]
        assert others and not any(s.read for s in others)


async def test_unread_only_toggles(make_app, store):
    app = make_app(stories(10))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("m")  # first story read
        await pilot.press("u")
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        assert len(story_list.stories) == 9 and all(not s.read for s in story_list.stories)
        await pilot.press("u")
        await settle(pilot, app)
        assert len(story_list.stories) == 10


async def test_filter_applies_as_you_type_and_esc_clears(make_app):
    app = make_app(stories(30))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        await pilot.press("slash", *"number 17")
        # The filter applies when its debounce timer fires, then in a worker.
        await wait_until(pilot, lambda: len(story_list.stories) == 1, "the filter to apply")
        assert [s.title for s in story_list.stories] == ["Story number 17 about the front"]
        assert app.screen.focused.id == "filter-input"
        await pilot.press("escape")
        await settle(pilot, app)
        assert len(story_list.stories) == 30
        assert app.screen.query_one(FilterBar).display is False
        assert app.screen.focused is story_list


async def test_bad_filter_shows_inline_error_and_keeps_list(make_app):
    app = make_app(stories(5))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *"since:banana", "enter")
        await settle(pilot, app)
        bar = app.screen.query_one(FilterBar)
        assert bar.has_class("-error")
        assert len(app.screen.query_one(StoryList).stories) == 5
        assert app.is_running


async def test_saved_views_cycle(make_app):
    app = make_app(stories(12))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("v")
        await settle(pilot, app)
        screen: MainScreen = app.screen
        assert screen.query_text == "side:ru"
        shown = screen.query_one(StoryList).stories
        # Stories 2, 3, 8 and 9 of the twelve are the Russian sides' (an empty list would pass all()).
        assert sorted(s.side for s in shown) == ["ru-independent", "ru-independent", "ru-state", "ru-state"]
        await pilot.press("v")
        await settle(pilot, app)
        assert screen.query_text == "is:starred"
        assert screen.query_one(StoryList).stories == []


async def test_open_link_only_for_http(make_app, monkeypatch):
    opened = []
    # No real browser can stand in here: record what would be launched.
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url))
    app = make_app([make_story(0), make_story(1, link="")])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("o")
        await settle(pilot, app)
        assert opened == ["https://news0.example/story/0"]
        await pilot.press("j")
        assert app.screen.check_action("open_link", ()) is False
        app.open_link("javascript:alert(1)")
        app.open_link("file:///etc/passwd")
        await settle(pilot, app)
        assert opened == ["https://news0.example/story/0"]


async def test_copy_link_uses_the_clipboard(make_app):
    app = make_app(stories(3))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("y")
        assert app.clipboard == "https://news0.example/story/0"


async def test_panes_focus_with_numbers_and_tab(make_app):
    app = make_app(stories(3))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        screen: MainScreen = app.screen
        await pilot.press("2")
        assert screen.active_pane == "reader" and isinstance(screen.focused, Reader)
        await pilot.press("3")
        assert screen.active_pane == "claims"
        await pilot.press("1")
        assert isinstance(screen.focused, StoryList)
        await pilot.press("tab")
        assert screen.active_pane == "reader"
        await pilot.press("shift+tab")
        assert screen.active_pane == "story-list"


async def test_narrow_terminal_shows_one_pane_group(make_app):
    app = make_app(stories(3))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = app.screen
        assert screen.has_class("-narrow")
        assert screen.query_one(StoryList).display and screen.query_one(StoryList).region.width > 70
        assert not screen.query_one("#right-column").region.width
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.active_pane == "reader"
        assert screen.query_one(Reader).region.width > 70
        assert not screen.query_one(StoryList).region.width


async def test_keys_remap_from_config(make_app, config, store):
    app = make_app(stories(3), config=replace(config, keys={"star": "S"}))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story = app.screen.query_one(StoryList).selected
        await pilot.press("S")
        assert store.story(story.id).starred is True


async def test_live_arrival_message_adds_stories(make_app, store):
    app = make_app([make_story(i) for i in range(5, 10)])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        store.ingest([make_story(i) for i in range(5)])
        app.screen.post_message(StoriesChanged([make_story(i).id for i in range(5)]))
        await settle(pilot, app)
        assert len(app.screen.query_one(StoryList).stories) == 10


async def test_help_health_and_feeds_screens_open(make_app):
    app = make_app(stories(3))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        for key in ("question_mark", "e", "f"):
            await pilot.press(key)
            await settle(pilot, app)
            assert not isinstance(app.screen, MainScreen), key
            await pilot.press("escape")
            await settle(pilot, app)
            assert isinstance(app.screen, MainScreen), key


async def test_keys_typed_right_after_slash_go_to_the_filter(make_app, store):
    """A fast typist (or tmux send-keys) queues every key before `/` has moved focus."""
    from textual import events

    app = make_app(stories(30))
    applied: list[str] = []

    def hook(message):
        if isinstance(message, FilterApplied):
            applied.append(message.query)

    async with app.run_test(size=(160, 50), message_hook=hook) as pilot:
        await settle(pilot, app)
        for key, char in [("slash", "/"), *((c, c) for c in "us 17"), ("enter", None)]:
            app.post_message(events.Key(key if key != " " else "space", char))
        story_list = app.screen.query_one(StoryList)
        # The filter applies when its debounce timer fires, then in a worker.
        await wait_until(pilot, lambda: "us 17" in applied, "the filter to apply")
        assert app.screen.query_one(FilterBar).query_one("Input").value == "us 17"
        assert not any(s.starred for s in store.stories())  # `s` was typed, not a star
        assert app.screen.focused is story_list


def big_cache(path, clock, monkeypatch):
    """A 400-story cache, every other story read, that spans many partitions."""
    from tui.core import partitions
    from tui.core import store as store_module
    from tui.core.store import Store

    monkeypatch.setattr(partitions, "PARTITION_SIZE", 40)
    monkeypatch.setattr(store_module, "HEAD_STORIES", 30)
    with Store.open(path, clock=clock) as writer:
        ingest(writer, stories(400))
        writer.set_marks([make_story(i).id for i in range(0, 400, 2)], read=True)
    return path


async def test_a_big_cache_paints_its_newest_stories_first_then_lists_the_rest(
    tmp_path, config, clock, monkeypatch
):
    from tui.app import WarfeedApp
    from tui.core.store import Store
    from tui.widgets.header import StatusHeader

    store = Store.open(big_cache(tmp_path / "big", clock, monkeypatch), clock=clock, deferred=True)
    # The test holds the rest of the load back until it has looked at the first screen.
    gate = threading.Event()
    finish_load = store.finish_load

    def gated_finish_load() -> None:
        gate.wait(30)
        finish_load()

    monkeypatch.setattr(store, "finish_load", gated_finish_load)
    app = WarfeedApp(config=config, store=store, clock=clock)
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            story_list = app.screen.query_one(StoryList)
            header = app.screen.query_one(StatusHeader)
            assert 30 <= len(story_list.stories) < 400
            assert story_list.stories[0].title == "Story number 0 about the front"
            assert "… unread" in header.status_text().plain
            await pilot.press("j", "j", "s")
            chosen = story_list.selected
            assert chosen.title == "Story number 2 about the front"
            gate.set()
            await settle(pilot, app)
            assert len(story_list.stories) == 400
            assert story_list.selected.id == chosen.id and story_list.cursor == 2
            assert store.story(chosen.id).starred and story_list.selected.starred
            assert "200 unread" in header.status_text().plain
    finally:
        gate.set()
        store.close()


async def test_damage_found_while_the_rest_of_a_big_cache_loads_is_told(tmp_path, config, clock, monkeypatch):
    from tui.app import WarfeedApp
    from tui.core.store import Store

    # The oldest partition rots without its size or time changing: only reading it tells.
    path = big_cache(tmp_path / "big", clock, monkeypatch) / "stories-0000.json"
    data, stamp = path.read_bytes(), path.stat()
    cut = data.index(b'"title"')
    path.write_bytes(data[:cut] + b"#" * 7 + data[cut + 7:])
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    store = Store.open(tmp_path / "big", clock=clock, deferred=True)
    app = WarfeedApp(config=config, store=store, clock=clock)
    toasts = Toasts()
    try:
        async with app.run_test(size=(160, 50), message_hook=toasts) as pilot:
            await settle(pilot, app)
            await wait_until(pilot, lambda: any("stories-0000.json" in n.message for n in toasts),
                             "the damaged partition's notice")
            assert list((tmp_path / "big").glob("stories-0000.json.corrupt-*"))  # kept aside, not lost
    finally:
        store.close()


async def test_a_mark_that_cannot_be_saved_is_told_not_swallowed(make_app, store):
    app = make_app(stories(5))
    toasts = Toasts()
    async with app.run_test(size=(160, 50), message_hook=toasts) as pilot:
        await settle(pilot, app)
        state = store.data_dir / "marks.json"
        state.unlink(missing_ok=True)
        state.mkdir()  # the flusher's rename onto it now fails, as on a broken disk
        await pilot.press("s")
        await wait_until(pilot, lambda: any("marks.json is a directory" in n.message for n in toasts),
                         "the failed save's notice")
        assert store.story(app.screen.query_one(StoryList).selected.id).starred  # still in memory
        state.rmdir()
