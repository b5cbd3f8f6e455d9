"""`d` in the reader: what changed in a developing story since the version the user read."""

from __future__ import annotations

import time

import pytest

from tui.core.config import Config
from tui.core.service import Warfeed
from tui.core.store import Store
from tui.core.versions import FILE_NAME, VersionLog
from tui.screens.diff import ChangesView, DiffScreen
from tui.widgets.reader import Reader
from tui.widgets.story_list import StoryList

from .conftest import NOW, make_story, screen_text, settle, wait_until

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 50), id="160x50")]

FIRST = ("Russian drones struck Kharkiv overnight. The strike killed 4 people and injured 12, the "
         "regional governor said. Fires broke out in two districts.")
SECOND = ("Russian drones struck Kharkiv overnight. The strike killed 7 people and injured 12, the "
          "regional governor said. A school was damaged as well.")


def developing(title: str, summary: str, at: float):
    return make_story(0, id="kyiv:dev", title=title, summary=summary, link="", fetched_at=at)


def revise(store, clock, title: str, summary: str, minutes: float) -> None:
    """The feed republishes the story `minutes` later, as a poll would bring it."""
    clock.now += minutes * 60
    store.ingest([developing(title, summary, clock.now)])


@pytest.fixture
def revised_app(make_app, store, clock):
    """The developing story in two versions, beside stories that never changed."""
    app = make_app([developing("Drones hit Kharkiv", FIRST, NOW), *(make_story(n) for n in range(1, 6))])
    revise(store, clock, "Drones hit Kharkiv, killing 7", SECOND, 45)
    assert store.story("kyiv:dev").revision == 1
    clock.now += 5 * 60
    return app


def changes_text(app) -> str:
    return str(app.screen.query_one(ChangesView).render())


async def test_d_shows_headline_numbers_sentences_and_words(revised_app, store):
    app = revised_app
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        assert story_list.selected.id == "kyiv:dev"
        await pilot.press("enter")
        await settle(pilot, app)
        reader = app.screen.query_one(Reader)
        assert reader.story.id == "kyiv:dev"
        assert "✎ Revised 1×, updated" in screen_text(app) and "(5m ago)" in screen_text(app)
        assert "d: what changed" in screen_text(app)
        await pilot.press("2", "d")
        await settle(pilot, app)
        assert isinstance(app.screen, DiffScreen)
        text = changes_text(app)
        assert "Headline changed" in text
        assert "− Drones hit Kharkiv\n+ Drones hit Kharkiv, killing 7" in text
        assert "Numbers changed  4 → 7" in text
        assert "+ A school was damaged as well." in text
        assert "− Fires broke out in two districts." in text
        assert "~ The strike killed 4 7 people and injured 12, the regional governor said." in text
        # Headline and numbers come first, then added and removed sentences, then words.
        order = [text.index(s) for s in ("Headline changed", "Numbers changed", "Added", "Removed", "Reworded")]
        assert order == sorted(order)
        await pilot.press("escape")
        assert not isinstance(app.screen, DiffScreen)
        assert app.screen.query_one(Reader).has_focus


async def test_opening_remembers_the_version_read_and_d_shows_only_what_came_after(revised_app, store, clock):
    app = revised_app
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
    log = VersionLog.open(store.data_dir)
    try:
        [_first, second] = log.versions("kyiv:dev")
        assert log.read_entry("kyiv:dev")["hash"] == second.hash
    finally:
        log.close()

    revise(store, clock, "Drones hit Kharkiv, killing 7", SECOND + " Power was restored by noon.", 30)
    app = type(app)(config=app.config, store=store, clock=clock, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        assert app.screen.query_one(StoryList).selected.id == "kyiv:dev"
        await pilot.press("2", "d")  # the reader follows the cursor; the story is not opened
        await settle(pilot, app)
        text = changes_text(app)
        assert "+ Power was restored by noon." in text
        assert "Headline changed" not in text and "A school" not in text


async def test_d_does_nothing_for_a_story_that_never_changed(revised_app):
    app = revised_app
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("j", "enter", "2")
        await settle(pilot, app)
        assert app.screen.query_one(Reader).story.revision == 0
        assert "d: what changed" not in screen_text(app)
        assert "Changes" not in screen_text(app).splitlines()[-1]  # not in the footer either
        await pilot.press("d")
        await settle(pilot, app)
        assert not isinstance(app.screen, DiffScreen)


async def test_d_is_remappable_and_listed_in_help(make_app, config, store, clock):
    import dataclasses

    remapped = dataclasses.replace(config, keys={"reader_changes": "D"})
    app = make_app([developing("Drones hit Kharkiv", FIRST, NOW)], config=remapped)
    revise(store, clock, "Drones hit Kharkiv, killing 7", SECOND, 10)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        await pilot.press("2", "D")
        await settle(pilot, app)
        assert isinstance(app.screen, DiffScreen)
        await pilot.press("d")  # closes, as esc does
        await pilot.press("question_mark")
        await settle(pilot, app)
        table = app.screen.query_one("#help-table")
        rows = [[cell.plain if hasattr(cell, "plain") else str(cell) for cell in table.get_row_at(row)]
                for row in range(table.row_count)]
        assert ["D", "Changes", "reader_changes"] in [row[:3] for row in rows]


# -- snapshots ------------------------------------------------------------------------------

@pytest.mark.parametrize("size", SIZES)
def test_diff_view_snapshot(snap_compare, size, tmp_path, monkeypatch):
    from tui.core.versions import Version, version_hash

    from .test_screens import HostApp

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    first = Version(NOW - 3000, "Drones hit Kharkiv", FIRST, version_hash("Drones hit Kharkiv", FIRST))
    second = Version(NOW - 300, "Drones hit Kharkiv, killing 7", SECOND,
                     version_hash("Drones hit Kharkiv, killing 7", SECOND))
    log = VersionLog.open(tmp_path)
    log.record([("kyiv:dev", first, second)])
    log.close()
    story = developing(second.title, SECOND, NOW - 3000)
    service = Warfeed(Config(), Store.open(tmp_path, clock=lambda: NOW))
    app = HostApp(lambda: DiffScreen(story, service.changes_since_read, clock=lambda: NOW))

    async def loaded(pilot):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    try:
        assert snap_compare(app, terminal_size=size, run_before=loaded)
    finally:
        service.close()
        monkeypatch.undo()
        time.tzset()
    assert (tmp_path / FILE_NAME).exists()


async def test_the_dashboard_reads_a_developing_story_page_after_its_poll(tmp_path, store, clock):
    from tui.app import WarfeedApp
    from tui.core.config import Config
    from tui.core.followup import load_follows
    from tui.core.models import Feed

    from ..test_cli_diff import PAGE, FeedServer, item, rss

    with FeedServer() as server:
        server.pages["/pokrovsk"] = PAGE.encode()
        server.body = rss([item("pokrovsk", "Front line update", "This is a developing story.",
                                ["Fighting near Pokrovsk."], link=f"{server.base}/pokrovsk")])
        config = Config(feeds=[Feed("wire", server.url, "Front Line Wire", "intl")], views={}, watch=[], keys={},
                        allow_private_articles=True)
        app = WarfeedApp(config=config, store=store, clock=clock)
        async with app.run_test(size=(160, 50)) as pilot:
            await wait_until(pilot, lambda: server.page_requests and not [
                w for w in app.workers if w.group == "follow" and w.is_running], "the followed page's reading")
            await settle(pilot, app)
        assert [r["path"] for r in server.page_requests] == ["/pokrovsk"]
    [story] = store.stories()
    assert "shelters" in store.article(story.id).text
    [follow] = load_follows(store.data_dir, clock).follows.values()
    assert follow.story_id == story.id and follow.next_at == clock.now + 15 * 60
