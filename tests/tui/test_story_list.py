"""The Line-API story list: live arrival keeps the user's place; painting costs visible rows only."""

from __future__ import annotations

from dataclasses import fields

from textual.app import App, ComposeResult

from tui.core.models import Story
from tui.widgets.story_list import StoryList, display_line, relative_time

from tests.clock import Clock

from .conftest import NOW, make_story


class ListApp(App):
    """Just the list, so tests can count what it paints."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list = []

    def compose(self) -> ComposeResult:
        yield StoryList(clock=Clock(NOW), id="story-list")

    def on_story_list_highlighted(self, message: StoryList.Highlighted) -> None:
        self.messages.append(message)


def story(n: int, *, minutes_ago: float | None = None, **fields):
    made = make_story(n, **fields)
    if minutes_ago is not None:
        made.published = NOW - 60 * minutes_ago
    return made


def test_relative_time_units():
    assert [relative_time(NOW - age, NOW) for age in (5, 300, 3 * 3600, 2 * 86400, 15 * 86400)] == [
        "now",
        "5m",
        "3h",
        "2d",
        "2w",
    ]
    assert relative_time(NOW + 3600, NOW) == "now"  # a future date never shows negative


def test_display_line_is_one_printable_capped_line():
    line = display_line("a\x1b[31mb\nc\u202ed\x9b2Je\u200b" + "x" * 1000, 50)
    assert "\x1b" not in line and "\x9b" not in line and "\u202e" not in line and "\n" not in line
    assert line.startswith("ab cde")
    assert len(line) == 50


async def test_new_stories_keep_selection_and_scroll_while_scrolled():
    app = ListApp()
    async with app.run_test(size=(80, 20)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.set_stories([story(n, minutes_ago=n + 10) for n in range(200)])
        await pilot.pause()
        for _ in range(60):
            await pilot.press("j")
        selected = story_list.selected
        top_before = story_list.stories[int(story_list.scroll_y)]
        assert story_list.scroll_y > 0
        # Five stories newer than anything shown, one that sorts into the middle.
        arriving = [story(1000 + n, minutes_ago=n) for n in range(5)] + [story(2000, minutes_ago=100.5)]
        assert story_list.add_stories(arriving) == 6
        await pilot.pause()
        assert story_list.selected is selected
        assert story_list.stories[int(story_list.scroll_y)] is top_before
        assert story_list.new_above == 5
        assert "5 new" in str(story_list.border_subtitle)
        # Going to the top clears the indicator.
        await pilot.press("g")
        await pilot.pause()
        assert story_list.scroll_y == 0 and story_list.new_above == 0
        assert story_list.selected.id == story(1000).id


async def test_new_stories_at_top_slide_in_without_moving_the_selection():
    app = ListApp()
    async with app.run_test(size=(80, 20)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.set_stories([story(n, minutes_ago=n + 10) for n in range(20)])
        await pilot.press("j", "j")
        selected = story_list.selected
        story_list.add_stories([story(500, minutes_ago=1), story(501, minutes_ago=2)])
        await pilot.pause()
        assert story_list.selected is selected and story_list.cursor == 4
        assert story_list.scroll_y == 0 and story_list.new_above == 0
        # Adding a story already shown changes nothing.
        assert story_list.add_stories([story(500, minutes_ago=1)]) == 0


async def test_rows_show_time_side_marks_claim_and_title():
    app = ListApp()
    async with app.run_test(size=(100, 10)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.set_stories(
            [
                story(0, minutes_ago=5, starred=True, claim_ids=["c1"]),
                story(1, minutes_ago=180, read=True, flagged=True),
            ]
        )
        await pilot.pause()
        first = story_list.render_line(0).text
        second = story_list.render_line(1).text
        assert first.lstrip().startswith("5m ● Source 0")
        assert "★" in first and "◆" in first and "Story number 0" in first
        assert second.lstrip().startswith("3h   Source 1") and "⚑" in second and "★" not in second
        assert len(first) == len(second) == story_list.scrollable_content_region.width


class TitleReadsCounted(Story):
    """A story that notes its id each time its title is read: a row is painted only by reading it."""

    reads: list[str]

    @classmethod
    def of(cls, original: Story, reads: list[str]) -> TitleReadsCounted:
        counted = cls(**{f.name: getattr(original, f.name) for f in fields(Story)})
        counted.reads = reads
        return counted

    def __getattribute__(self, name: str) -> object:
        if name == "title":
            object.__getattribute__(self, "reads").append(object.__getattribute__(self, "id"))
        return object.__getattribute__(self, name)


async def test_fifty_thousand_rows_paint_only_the_visible_ones():
    app = ListApp()
    async with app.run_test(size=(100, 30)) as pilot:
        story_list = app.query_one(StoryList)
        rendered: list[str] = []
        stories = [TitleReadsCounted.of(story(n), rendered) for n in range(50_000)]
        story_list.set_stories(stories)
        await pilot.pause()
        visible = story_list.scrollable_content_region.height
        assert 0 < len(set(rendered)) <= visible + 2
        rendered.clear()
        await pilot.press("G")
        await pilot.pause()
        assert story_list.selected is stories[-1]
        assert 0 < len(set(rendered)) <= visible + 2
        assert stories[-1].id in rendered


async def test_highlight_messages_merge_and_carry_the_story():
    app = ListApp()
    async with app.run_test(size=(80, 20)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.set_stories([story(n) for n in range(10)])
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert app.messages[-1].story is story_list.stories[3]


async def test_click_selects_a_row():
    app = ListApp()
    async with app.run_test(size=(80, 20)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.set_stories([story(n) for n in range(10)])
        await pilot.pause()
        await pilot.click(StoryList, offset=(10, 4))
        await pilot.pause()
        assert story_list.cursor == 4


async def test_scrollbar_follows_the_row_count_across_filters():
    """A new row count updates the scrollbar without a screen layout pass, both ways."""
    app = ListApp()
    async with app.run_test(size=(80, 20)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.set_stories([story(n, minutes_ago=n) for n in range(200)])
        await pilot.pause()
        assert story_list.show_vertical_scrollbar and story_list.max_scroll_y == 200 - story_list.scrollable_content_region.height
        story_list.action_last()
        await pilot.pause()
        story_list.set_stories([story(n, minutes_ago=n) for n in range(3)])
        await pilot.pause()
        assert not story_list.show_vertical_scrollbar
        assert story_list.scroll_y == 0 and story_list.cursor == 0
        assert story_list.stories[0].title[:30] in story_list.render_line(0).text
        story_list.set_stories([story(n, minutes_ago=n) for n in range(100)])
        await pilot.pause()
        assert story_list.show_vertical_scrollbar and story_list.max_scroll_y == 100 - story_list.scrollable_content_region.height
