"""Textual's own defaults that are no part of warfeed stay out of sight."""

from __future__ import annotations

from tui.widgets.story_list import StoryList

from .conftest import Toasts, make_story, settle


async def test_the_palette_offers_no_screenshot_or_keys_panel(make_app):
    app = make_app([make_story(0)], poll=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, app)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles and "Keys" not in titles
        assert "Quit" in titles and "Theme" in titles


async def test_ctrl_c_quits_cleanly_with_marks_saved(make_app, store):
    app = make_app([make_story(n) for n in range(3)], poll=False)
    toasts = Toasts()
    async with app.run_test(message_hook=toasts, size=(120, 30)) as pilot:
        await settle(pilot, app)
        story = app.screen.query_one(StoryList).selected
        await pilot.press("s", "ctrl+c")
        await pilot.pause()
        assert not app.is_running
        assert not any("ctrl+q" in n.message for n in toasts)
    # Flushed to disk before the exit, not only in memory.
    assert story.id in (store.data_dir / "marks.json").read_text()


async def test_ctrl_c_quits_even_while_typing_a_filter(make_app):
    app = make_app([make_story(0)], poll=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, app)
        await pilot.press("slash", "k", "ctrl+c")
        await pilot.pause()
        assert not app.is_running
