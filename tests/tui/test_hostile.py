"""Hostile feed text on screen (HARDENING 1-5, 10): no control codes out, markup shown literally."""

from __future__ import annotations

import webbrowser

import pytest
from textual.widgets import Markdown

from tui.core.models import Article
from tui.widgets.reader import Reader
from tui.widgets.story_list import StoryList

from .conftest import Toasts, make_story, screen_segments, screen_styled_runs, screen_text, settle

HOSTILE_TITLES = {
    "csi": "Red\x1b[31m alert\x1b[0m and \x1b[2J clear",
    "osc": "Title \x1b]0;pwned\x07 and \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "c1": "Eight-bit \x9b31m CSI and \x9d OSC \x85 NEL",
    "markup": "[bold red]x[/] and [@click=app.quit]quit[/] and [link=file:///etc/passwd]pw[/link] [$accent]y [B]z [/]",
    "bidi": "Kupiansk \u202eezilaer\u202c \u2066iso\u2069 zero\u200bwidth\ufeff",
    "newlines": "line one\nline two\r\nline three",
}

# Sequences no terminal byte from content may carry.
CONTROL = [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n"] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def assert_clean(segments: list[str]) -> None:
    for text in segments:
        bad = [c for c in text if c in CONTROL or c in BIDI]
        assert not bad, f"control/bidi characters reached the screen: {bad!r} in {text!r}"


def hostile_stories():
    return [
        make_story(n, title=title, source=f"Src {name} \x1b[5m", author="\x1b]52;c;ZXZpbA==\x07Mallory",
                   summary=f"{title}\n\n[link=file:///etc/passwd]summary[/link]")
        for n, (name, title) in enumerate(HOSTILE_TITLES.items())
    ]


@pytest.mark.parametrize("through_store", [True, False], ids=["ingested", "ui-only"])
async def test_hostile_text_renders_as_inert_data(make_app, through_store):
    stories = hostile_stories()
    app = make_app(stories if through_store else [])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        if not through_store:
            # The UI must be safe on its own, even with Stories the core never cleaned.
            story_list.set_stories(stories)
            await settle(pilot, app)
        screens = []
        for _ in range(len(stories)):
            await pilot.press("enter")
            await settle(pilot, app)
            assert_clean(screen_segments(app))
            screens.append(screen_text(app))
            await pilot.press("1", "j")
        text = "\n".join(screens)
        assert app.is_running
        # Markup is shown literally, not interpreted (and the [@click] did not quit).
        assert "[bold red]x[/]" in text
        assert "[@click=app.quit]quit[/]" in text
        assert "[link=file:///etc/passwd]pw[/link]" in text
        assert "line one line two line three" in text
        if not through_store:
            # Whole sequences are removed by the UI, not just their ESC byte.
            assert "Red alert and clear" in text and "[31m" not in text and "pwned" not in text


async def test_no_segment_carries_a_link_or_action_from_content(make_app):
    app = make_app(hostile_stories())
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        rows = screen_styled_runs(app)
        # The hostile markup is on screen as text, so the loop below judges it.
        assert "[link=file:///etc/passwd]summary[/link]" in "\n".join("".join(t for t, _ in runs) for runs in rows)
        for runs in rows:
            for _text, style in runs:
                assert not (style.link or "").startswith("file:")
                assert "app.quit" not in str(style.meta or {})


async def test_megabyte_title_and_combining_marks_stay_one_row(make_app):
    huge = "Q" * 1_000_000
    zalgo = "Z" + "\u0301" * 10_000 + "end"
    app = make_app([])
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        story_list = app.screen.query_one(StoryList)
        story_list.set_stories([make_story(0, title=huge), make_story(1, title=zalgo), make_story(2)])
        await settle(pilot, app)
        strips = [story_list.render_line(y) for y in range(3)]
        rows = [strip.text for strip in strips]
        width = story_list.scrollable_content_region.width
        assert [strip.cell_length for strip in strips] == [width] * 3
        assert "\u0301" * 4 not in rows[1]
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.is_running and "Story number 2 about the front" in screen_text(app)


async def test_reader_links_are_never_opened_on_click(make_app, monkeypatch):
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url))
    story = make_story(0)
    app = make_app([story])
    toasts = Toasts()
    async with app.run_test(message_hook=toasts, size=(160, 50)) as pilot:
        await settle(pilot, app)
        reader = app.screen.query_one(Reader)
        article = Article(url=story.link, title="T", text="Read [the evidence](file:///etc/passwd) here.")
        reader.show_story(story, article)
        await settle(pilot, app)
        markdown = reader.query_one(Markdown)
        markdown.post_message(Markdown.LinkClicked(markdown, "file:///etc/passwd"))
        await settle(pilot, app)
        assert opened == []
        toasts = [n.message for n in toasts]
        assert any("file:///etc/passwd" in message for message in toasts)
