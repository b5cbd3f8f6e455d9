"""Navigation a newsboat or vim user expects: scrolling keys everywhere, back one level, unread jumps."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.widgets.reader import Reader
from tui.widgets.story_list import StoryList

from .conftest import Toasts, make_story, screen_text, settle
from .test_claim_tracker import TrackerApp, sample_claims, statement

LONG = "\n\n".join(f"Paragraph {n} of a long report from the front, long enough to wrap." for n in range(80))


def stories(n: int = 30, **fields):
    return [make_story(i, **fields) for i in range(n)]


async def open_long_story(pilot, app) -> Reader:
    await settle(pilot, app)
    await pilot.press("enter")
    await settle(pilot, app)
    reader = app.screen.query_one(Reader)
    assert app.screen.focused is reader
    return reader


async def test_reader_scrolls_with_vim_and_pager_keys(make_app):
    app = make_app([make_story(0, summary=LONG, link="")])
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_long_story(pilot, app)
        assert reader.scroll_y == 0 and reader.max_scroll_y > 40
        await pilot.press("j", "j", "j")
        assert reader.scroll_y == 3
        await pilot.press("k")
        assert reader.scroll_y == 2
        await pilot.press("space")
        after_space = reader.scroll_y
        assert after_space > 10
        await pilot.press("ctrl+d")
        half = reader.scrollable_content_region.height // 2
        assert reader.scroll_y == after_space + half
        await pilot.press("ctrl+u")
        assert reader.scroll_y == after_space
        await pilot.press("G")
        assert reader.scroll_y == reader.max_scroll_y
        await pilot.pause()
        assert reader.border_subtitle == "Bot"
        await pilot.press("g")
        assert reader.scroll_y == 0
        await pilot.pause()
        assert reader.border_subtitle == "Top"


async def test_claim_tables_move_with_vim_keys():
    claims = sample_claims()
    # Enough statements that a half page moves somewhere.
    claims[0].statements += [statement(f"Report {n}.", "ru", "claim", source=f"Outlet {n}", story_id=f"o:{n}",
                                       published=1_763_600_000 + n) for n in range(30)]
    app = TrackerApp(claims)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        table = app.query_one("#claim-table", DataTable)
        assert table.cursor_row == 0
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == 2
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("enter")  # into the Kupiansk timeline
        await pilot.pause()
        timeline = app.query_one("#claim-timeline", DataTable)
        assert app.focused is timeline
        await pilot.press("ctrl+d")
        moved = timeline.cursor_row
        assert moved >= 2
        await pilot.press("ctrl+u")
        assert timeline.cursor_row == 0
        await pilot.press("space")
        assert timeline.cursor_row > moved


async def test_help_scrolls_to_its_last_row_at_80x24(make_app):
    app = make_app(stories(3))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table", DataTable)
        last = [cell.plain for cell in table.get_row_at(table.row_count - 1)]
        assert table.row_count > 30
        assert last[1] not in screen_text(app)
        await pilot.press("G")
        await pilot.pause()
        assert last[1][:40] in screen_text(app)
        await pilot.press("ctrl+u", "ctrl+u", "k", "j", "space")
        await pilot.press("q")
        assert isinstance(app.screen, MainScreen) and app.is_running


async def test_help_lists_warfeed_keys_only_with_the_legend(make_app):
    app = make_app(stories(3))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        table = app.screen.query_one("#help-table", DataTable)
        rows = [[cell.plain for cell in table.get_row_at(row)] for row in range(table.row_count)]
        descriptions = [row[1] for row in rows]
        ids = [row[2] for row in rows]
        assert "Scroll Left" not in descriptions and not any("super" in row[0] for row in rows)
        assert "screen.copy_text" not in ids
        for binding_id in ("next_unread", "reader_back", "reader_search", "back", "quit_now", "table_half_down"):
            assert binding_id in ids
        # The signs of the list and the claim pane are explained.
        signs = [row[0] for row in rows]
        for sign in ("●", "◆", "★ ⚑", "disputed", "▁▃█"):
            assert sign in signs


async def test_next_and_previous_unread(make_app):
    items = stories(6)
    for n in (1, 2, 4):
        items[n].read = True
    app = make_app(items)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        await pilot.press("n")
        assert story_list.cursor == 3
        await pilot.press("n")
        assert story_list.cursor == 5
        await pilot.press("N", "N")
        assert story_list.cursor == 0
        # In the reader, n opens the next unread story (and marks it read), as in newsboat.
        await pilot.press("enter", "2")
        await settle(pilot, app)
        await pilot.press("n")
        await settle(pilot, app)
        reader = app.screen.query_one(Reader)
        assert reader.story.id == story_list.stories[3].id and story_list.stories[3].read


async def test_back_from_the_reader_at_80x24(make_app):
    app = make_app(stories(3))
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("escape", "h", "backspace", "left", "q"):
            await open_long_story(pilot, app)
            footer = screen_text(app).splitlines()[-1]
            assert "esc Back" in footer
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running, key
            assert isinstance(app.screen.focused, StoryList), key
            assert app.screen.query_one(StoryList).region.width > 70, key


async def test_q_backs_out_of_claims_then_quits_and_Q_quits_at_once(make_app):
    app = make_app(stories(3))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("3", "q")
        assert app.is_running and app.screen.active_pane == "story-list"
        await pilot.press("2", "Q")
        await pilot.pause()
        assert not app.is_running
    app = make_app()
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_escape_in_the_list_clears_the_filter(make_app):
    app = make_app(stories(12))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *"side:ru", "enter")
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        assert len(story_list.stories) < 12 and app.screen.focused is story_list
        assert "filter: side:ru" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot, app)
        assert len(story_list.stories) == 12
        assert app.screen.query_text == ""


async def test_v_cycles_views_and_back_to_all_stories(make_app):
    app = make_app(stories(12))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        seen = []
        for _ in range(3):
            await pilot.press("v")
            await settle(pilot, app)
            seen.append((app.screen.query_text, len(story_list.stories)))
        assert seen == [("side:ru", 4), ("is:starred", 0), ("", 12)]
        assert "view: " not in screen_text(app)


async def test_a_click_opens_a_story_at_80_columns(make_app):
    app = make_app(stories(5))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.click(StoryList, offset=(20, 3))
        await settle(pilot, app)
        assert app.screen.active_pane == "reader"
        assert app.screen.query_one(Reader).story.id == app.screen.query_one(StoryList).stories[2].id


async def test_mark_all_read_can_be_undone(make_app, store):
    items = stories(5)
    items[1].read = True
    app = make_app(items)
    toasts = Toasts()
    async with app.run_test(size=(160, 50), message_hook=toasts) as pilot:
        await settle(pilot, app)
        await pilot.press("A")
        shown = app.screen.query_one(StoryList).stories
        assert len(shown) == 5 and all(store.story(s.id).read for s in shown)
        await pilot.press("U")
        await settle(pilot, app)
        assert [store.story(s.id).read for s in items] == [False, True, False, False, False]
        await pilot.press("U")
        await pilot.pause()
        assert any(n.message == "Nothing to undo." for n in toasts)


async def test_the_cursor_stays_in_sight_when_the_terminal_shrinks(make_app):
    app = make_app([make_story(n) for n in range(60)], poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.story_list
        for _ in range(40):
            await pilot.press("j")
        await settle(pilot, app)
        chosen = story_list.selected
        assert int(story_list.scroll_y) == 0  # row 40 is in sight at 50 lines
        await pilot.resize_terminal(80, 24)
        await settle(pilot, app)
        top, height = int(story_list.scroll_y), story_list.scrollable_content_region.height
        assert story_list.selected is chosen
        assert top <= story_list.cursor < top + height
        assert chosen.title in screen_text(app)


async def test_esc_in_the_claim_pane_clears_its_filters_then_goes_back_to_the_list(make_app):
    app = make_app([make_story(n) for n in range(5)], poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("3")
        await settle(pilot, app)
        assert app.screen.active_pane == "claims"
        await pilot.press("t")  # a status filter: esc clears it and stays
        await settle(pilot, app)
        await pilot.press("escape")
        await settle(pilot, app)
        assert app.screen.active_pane == "claims"
        await pilot.press("escape")
        await settle(pilot, app)
        assert app.screen.active_pane == "story-list" and app.screen.focused is app.screen.story_list
