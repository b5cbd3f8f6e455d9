"""The README's key table and the help screen list the same keys as the bindings really are."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from tui.app import WarfeedApp
from tui.screens.main import MainScreen
from tui.widgets.claim_tracker import ClaimTracker
from tui.widgets.reader import Reader
from tui.widgets.story_list import StoryList
from tui.widgets.vim_table import VimTable

README = Path(__file__).resolve().parents[2] / "README.md"
NAMES = {"question_mark": "?", "slash": "/", "escape": "esc"}
"""Textual key names as the README writes them."""

CLASSES = (WarfeedApp, MainScreen, StoryList, Reader, ClaimTracker, VimTable)


def key_table() -> str:
    text = README.read_text()
    start = text.index("| key | does | key | does |")
    return text[start:text.index("\n\n", start)]


def test_every_warfeed_key_is_in_the_readme_table():
    table = key_table()
    missing = []
    for cls in CLASSES:
        for binding in cls.__dict__.get("BINDINGS", []):
            if not isinstance(binding, Binding) or not binding.id or not binding.description:
                continue
            keys = [NAMES.get(key.strip(), key.strip()) for key in binding.key.split(",")]
            if not any(f"`{key}`" in table for key in keys):
                missing.append(f"{cls.__name__}.{binding.id} ({binding.key})")
    assert not missing, f"keys missing from the README's key table: {missing}"


async def test_every_warfeed_binding_is_in_the_help(tmp_path):
    from tui.core.config import Config
    from tui.core.store import Store

    store = Store.open(tmp_path / "data")
    try:
        app = WarfeedApp(config=Config(), store=store, poll=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            table = app.screen.query_one("#help-table")
            ids = {table.get_row_at(row)[2].plain for row in range(table.row_count)}
    finally:
        store.close()
    expected = {b.id for cls in CLASSES for b in cls.__dict__.get("BINDINGS", [])
                if isinstance(b, Binding) and b.id and b.description}
    assert expected <= ids, expected - ids
