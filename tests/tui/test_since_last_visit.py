"""The stories that arrived since the dashboard was last closed are marked ✦ in the list, the
title counts them, and the marks last the session until read or dismissed with `D`."""

from __future__ import annotations

import email.utils

import pytest

from tui.app import WarfeedApp
from tui.core.config import Config
from tui.core.digest import DigestLog
from tui.core.models import Feed
from tui.screens.digest import DigestScreen
from tui.screens.main import MainScreen

from tests.factories import story

from .conftest import NOW, make_story, screen_text, settle, wait_until
from .test_cluster_rows import demo_app, demo_store, kupiansk_cluster
from .test_snapshots import NOW as SNAPSHOT_NOW
from .test_snapshots import SIZES, main_app  # noqa: F401 - main_app is the snapshot's fixture
from .test_snapshots import settle as settle_snapshot

HOUR = 3600.0


def closed_at(store, when: float) -> None:
    """The state file a session that ended at `when` leaves behind."""
    def change(state):
        state.closed_at = when

    DigestLog(store.data_dir).update(change)


def row_of(app, title: str) -> str:
    return next(line for line in screen_text(app).splitlines() if title in line)


async def to_main(pilot, app) -> None:
    """Let the workers finish and close the away digest, which opens over the list after a long absence."""
    await settle(pilot, app)
    if isinstance(app.screen, DigestScreen):
        await pilot.press("escape")
        await settle(pilot, app)
    assert isinstance(app.screen, MainScreen)


async def test_stories_new_since_the_last_visit_are_marked_until_read_or_dismissed(make_app, store, clock):
    old = [make_story(n, fetched_at=NOW - 5 * HOUR) for n in range(3, 6)]
    new = [make_story(n, fetched_at=NOW - HOUR) for n in range(3)]
    closed_at(store, NOW - 2 * HOUR)
    app = make_app([*new, *old], poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await to_main(pilot, app)
        story_list = app.screen.story_list
        assert "✦ 3 new since your last visit" in str(story_list.border_subtitle)
        assert "✦ 3 new since your last visit" in screen_text(app)  # on the list's bottom border
        for story in new:
            assert "✦" in row_of(app, story.title) and "●" not in row_of(app, story.title)
        for story in old:
            assert "●" in row_of(app, story.title) and "✦" not in row_of(app, story.title)

        await pilot.press("g", "m")  # the newest story, one of the new ones, marked read
        await settle(pilot, app)
        assert "✦" not in row_of(app, new[0].title)
        assert "✦ 2 new since your last visit" in str(story_list.border_subtitle)

        await pilot.press("D")
        await settle(pilot, app)
        assert "✦" not in screen_text(app)
        assert "new since your last visit" not in str(story_list.border_subtitle)
        assert "●" in row_of(app, new[1].title)  # still unread, no longer marked
        assert not app.screen.check_action("dismiss_new", ())  # nothing left to dismiss


async def test_the_new_count_follows_every_way_a_story_is_marked(make_app, store, clock):
    old = [make_story(n, fetched_at=NOW - 5 * HOUR) for n in range(3, 6)]
    new = [make_story(n, fetched_at=NOW - HOUR) for n in range(3)]
    closed_at(store, NOW - 2 * HOUR)
    app = make_app([*new, *old], poll=False)

    def count() -> str:
        return str(app.screen.story_list.border_subtitle)

    async with app.run_test(size=(160, 50)) as pilot:
        await to_main(pilot, app)
        await pilot.press("g", "m", "m")  # read, then unread again
        await settle(pilot, app)
        assert "✦ 3 new since your last visit" in count()
        await pilot.press("j", "m", "j", "j", "j", "m")  # one new story and one old one read
        await settle(pilot, app)
        assert "✦ 2 new since your last visit" in count()
        await pilot.press("A")  # every shown story read: the new ones among them too
        await settle(pilot, app)
        assert "new since your last visit" not in count()
        assert not app.screen.check_action("dismiss_new", ())
        await pilot.press("U")  # undone: what A marked is unread again, two new stories among it
        await settle(pilot, app)
        assert "✦ 2 new since your last visit" in count()
        assert app.screen.check_action("dismiss_new", ())


async def test_nothing_is_marked_on_the_first_run(make_app):
    app = make_app([make_story(n) for n in range(4)], poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await to_main(pilot, app)
        assert "✦" not in screen_text(app)
        assert "new since your last visit" not in str(app.screen.story_list.border_subtitle)


async def test_the_first_poll_brings_what_came_while_away_and_later_polls_are_not_marked(httpserver, store, clock):
    titles = ["Grain ship leaves Odesa harbour", "Power restored in Kharkiv suburbs",
              "Parliament debates the winter budget"]

    def feed(count: int) -> bytes:
        items = "".join(
            f"<item><guid>n{n}</guid><title>{titles[n]}</title>"
            f"<link>http://news.example/{n}</link><pubDate>{email.utils.formatdate(NOW - 600 * (5 - n), usegmt=True)}"
            "</pubDate></item>" for n in range(count))
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'.encode()

    httpserver.expect_ordered_request("/feed").respond_with_data(feed(2))
    httpserver.expect_ordered_request("/feed").respond_with_data(feed(3))
    config = Config(feeds=[Feed("desk", httpserver.url_for("/feed"), "Front Desk", "ua-media")], views={},
                    watch=[], keys={}, allow_private_articles=True)
    closed_at(store, NOW - 30)  # back within the hour: no digest, the marks still show
    app = WarfeedApp(config=config, store=store, clock=clock)
    async with app.run_test(size=(160, 50)) as pilot:
        await wait_until(pilot, lambda: store.count() == 2 and "✦ 2 new" in str(app.screen.story_list.border_subtitle),
                         "the first poll's new stories")
        await settle(pilot, app)
        assert "✦" in row_of(app, titles[0]) and "✦" in row_of(app, titles[1])
        clock.now += 120
        await pilot.press("r")
        await wait_until(pilot, lambda: titles[2] in screen_text(app), "the second poll's story")
        await settle(pilot, app)
        # Arrived while the user was here: unread, but not new since the last visit.
        assert "●" in row_of(app, titles[2]) and "✦" not in row_of(app, titles[2])
        assert "✦ 2 new since your last visit" in str(app.screen.story_list.border_subtitle)


async def test_a_cluster_row_is_marked_when_its_stories_are_new(tmp_path):
    store, feeds = demo_store(tmp_path / "data")
    try:
        members = kupiansk_cluster(store)
        closed_at(store, NOW - 30)
        app = demo_app(store, feeds)
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot, app)
            story_list = app.screen.story_list
            assert story_list.select_cluster(app.screen.clusters.summary(members[0])[0])
            await pilot.pause()
            row = screen_text(app).splitlines()[2 + story_list.cursor]
            assert "▸" in row and "✦" in row
            await pilot.press("m")  # every story of the cluster read: the row's mark goes
            await settle(pilot, app)
            row = screen_text(app).splitlines()[2 + story_list.cursor]
            assert "▸" in row and "✦" not in row
    finally:
        store.close()


# -- the picture: the main screen's list with the marks and the count on its bottom border -----


@pytest.mark.parametrize("size", SIZES)
def test_since_last_visit_snapshot(snap_compare, main_app, size):  # noqa: F811 - the fixture
    store = main_app.service.store
    # Two stories fetched before the last close: unread (●), not new (✦).
    store.ingest([story(feed="bbc", id=f"older:{n}", source="BBC Europe", side="intl",
                        title=f"Earlier dispatch {n} on grain corridor talks", link=f"https://bbc.example/older/{n}",
                        published=SNAPSHOT_NOW - (90 + n * 100) * 60, fetched_at=SNAPSHOT_NOW - 5 * HOUR)
                  for n in range(2)])
    closed_at(store, SNAPSHOT_NOW - 30)  # back within the hour: no digest over the list
    assert snap_compare(main_app, terminal_size=size, run_before=settle_snapshot)
