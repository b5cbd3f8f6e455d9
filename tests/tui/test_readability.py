"""Text that fits: ellipses where text is cut, a cursor row without holes, a reader made for reading."""

from __future__ import annotations

from tui.core.models import Article
from tui.screens.feeds import FeedsScreen
from tui.widgets.claim_tracker import ClaimTracker
from tui.widgets.filter_bar import FilterBar
from tui.widgets.reader import Reader, number_links, without_repeated_head
from tui.widgets.story_list import StoryList

from .conftest import make_story, screen_text, settle, wait_until
from .test_claim_tracker import TrackerApp, sample_claims
from .test_screens import FEEDS, HostApp

LONG_TITLE = "Officials in the region describe a long night of drone attacks on energy sites and rail depots"


def list_rows(app) -> list[str]:
    story_list = app.screen.query_one(StoryList)
    region = story_list.content_region
    lines = screen_text(app).splitlines()
    return [lines[y][region.x:region.right] for y in range(region.y, region.bottom)]


async def test_source_and_title_end_in_an_ellipsis_when_cut(make_app):
    app = make_app([make_story(0, source="Ukrainian Defence Bulletin", title=LONG_TITLE)])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        row = list_rows(app)[0]
        assert "Ukrainian Def…" in row
        assert row.rstrip().endswith("…")
        # The title takes every column the row has left.
        assert len(row.rstrip()) == len(row)


async def test_the_cursor_row_is_highlighted_in_every_cell(make_app):
    app = make_app([make_story(n, claim_ids=["c"] if n == 0 else []) for n in range(3)])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        cursor_row = story_list.render_line(0)
        other_row = story_list.render_line(1)
        backgrounds = {segment.style.bgcolor for segment in cursor_row if segment.style}
        assert len(backgrounds) == 1
        assert backgrounds != {segment.style.bgcolor for segment in other_row if segment.style}


async def test_a_filter_error_stays_on_one_line(make_app):
    app = make_app([make_story(0)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", *"since:soon-ish-but-not-a-date-anyone-can-read")
        bar = app.screen.query_one(FilterBar)
        await wait_until(pilot, lambda: bar.has_class("-error"), "the filter bar's debounced error")
        error = bar.query_one("#filter-error")
        assert bar.has_class("-error")
        assert error.region.height == 3 and bar.region.height == 3
        lines = screen_text(app).splitlines()[error.region.y:error.region.bottom]
        text = [line[error.region.x:error.region.right].strip() for line in lines]
        assert text[0] == "" and text[2] == "" and text[1].endswith("…")


async def test_reader_lines_stop_near_100_columns_on_a_wide_terminal(make_app):
    paragraph = " ".join(["The shelling continued through the night along the whole front."] * 6)
    app = make_app([make_story(0, summary=paragraph, link="")])
    async with app.run_test(size=(250, 50)) as pilot:
        await settle(pilot, app)
        reader = app.screen.query_one(Reader)
        assert reader.region.width > 120
        body = reader.query_one("#reader-body")
        assert body.region.width <= 100


def test_links_are_numbered_and_listed_with_their_addresses():
    text = "Read [the statement](https://mod.example/a) and [the map](https://maps.example/b \"Map\"); " \
           "again [here](https://mod.example/a). ![photo](https://img.example/c.jpg)"
    out = number_links(text)
    assert "the statement \\[1\\] and the map \\[2\\]" in out and "here \\[1\\]" in out
    assert out.endswith("**Links**\n\n1. `https://mod.example/a`\n2. `https://maps.example/b`\n")
    assert "![photo](https://img.example/c.jpg)" in out


async def test_reader_shows_link_numbers_and_searches_the_article(make_app, store):
    story = make_story(0, link="https://news0.example/story/0")
    app = make_app([story])
    store.save_article(story.id, Article(url=story.link, title=story.title, text=(
        "The first paragraph cites [the ministry](https://mod.example/statement).\n\n"
        + "\n\n".join(f"Filler paragraph {n}." for n in range(60))
        + "\n\nNear the end the word Kupiansk appears.\n\nAnd Kupiansk again.")))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        reader = app.screen.query_one(Reader)
        assert "the ministry [1]" in screen_text(app)
        await pilot.press("G")
        await pilot.pause()
        assert "https://mod.example/statement" in screen_text(app)
        await pilot.press("g", "slash", *"kupiansk")
        await pilot.pause()
        assert reader.status.startswith("Match 1 of 2")
        assert reader.scroll_y > 40
        assert "Kupiansk appears" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert reader.status.startswith("Match 2 of 2")
        await pilot.press("escape")
        await pilot.pause()
        assert not reader.query_one("#reader-search").display and app.screen.focused is reader


async def test_the_reader_does_not_repeat_the_headline_and_byline_a_page_put_above_its_text(make_app, store):
    story = make_story(0, title="Air Force: 88 of 104 attack drones shot down overnight",
                       link="https://news0.example/story/0")
    app = make_app([story])
    store.save_article(story.id, Article(url=story.link, title=story.title, author="Press Service", text=(
        "By Press Service of the General Staff · 2025-11-20T08:40:00Z\n\n"
        "## Air Force: 88 of 104 attack drones shot down overnight\n\n"
        "By the end of the night, mobile fire groups had shot down most of the drones.\n\n"
        "Debris fell in three districts.")))
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        text = screen_text(app)
        assert text.count("88 of 104 attack drones") == 2  # the list's row and the reader's head
        assert "General Staff ·" not in text and "08:40:00Z" not in text
        assert "By the end of the night, mobile fire groups" in text  # a sentence, not a byline
        assert "Debris fell in three districts." in text


def test_a_byline_is_told_from_a_sentence_starting_with_by():
    title = "Kyiv studies the plan"
    assert without_repeated_head("By Olena Hrytsenko and Taras Melnyk | 5 December 2026\n\nText.", title) == "Text."
    assert without_repeated_head("Від Олени Гриценко\n\nТекст.", title) == "Текст."
    kept = "By Monday, Russian Forces Had Taken It.\n\nSecond."
    assert without_repeated_head(kept, title) == kept
    assert without_repeated_head("Kyiv studies the plan", title) == "Kyiv studies the plan"  # nothing else


async def test_feed_urls_end_in_an_ellipsis_at_80_columns():
    app = HostApp(lambda: FeedsScreen(FEEDS))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#feeds-table")
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert "…" in screen_text(app)


async def test_a_long_verdict_note_ends_in_an_ellipsis():
    claims = sample_claims()
    claims[0].verdict = "refuted"
    claims[0].verdict_note = "geolocated footage from three angles shows the town centre held " * 3
    app = TrackerApp(claims)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        heading = app.query_one(ClaimTracker).query_one("#claim-heading")
        assert heading.region.height == 1
        lines = screen_text(app).splitlines()
        assert lines[heading.region.y][heading.region.x:heading.region.right].rstrip().endswith("…")


async def test_each_row_names_its_side_in_text_not_colour_alone(make_app):
    sides = ["ua-official", "ua-media", "ru-state", "ru-independent", "intl", "analyst"]
    app = make_app([make_story(n, side=side) for n, side in enumerate(sides)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        codes = [row.split()[4] for row in list_rows(app)[:6]]
        assert codes == ["UAo", "UAm", "RUs", "RUi", "INT", "ANL"]
