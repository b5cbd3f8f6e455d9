"""SVG snapshots of a cluster's row and an expanded cluster, on the demo's stories and clusters.

Regenerate after an intended change with
`pytest tests/tui/test_cluster_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

import time

import pytest

from tui.widgets.reader import Reader
from tui.widgets.story_list import StoryList

from .conftest import wait_until
from .conftest import settle
from .test_cluster_rows import demo_app, demo_store

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 50), id="160x50")]


@pytest.fixture
def app(tmp_path, monkeypatch):
    # The reader shows local time next to UTC: the same zone everywhere.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    # The demo's stories and clusters without the claims they carry: the picture pins the rows,
    # not the claims extraction (whose own tests pin it).
    store, feeds = demo_store(tmp_path / "data", claims=False)
    yield demo_app(store, feeds)
    store.close()
    monkeypatch.undo()
    time.tzset()


def reader_follows(story_list: StoryList, reader: Reader) -> bool:
    """The reader shows the selected story, body included (it follows once the cursor rests)."""
    selected = story_list.selected
    return selected is not None and reader.story is not None and reader.story.id == selected.id \
        and not reader.body_pending


def keys(*pressed: str):
    """A run_before that lets the clusters arrive, presses keys and waits for the reader to follow."""
    async def run_before(pilot) -> None:
        await settle(pilot, pilot.app)
        for key in pressed:
            await pilot.press(key)
        screen = pilot.app.screen
        await wait_until(pilot, lambda: reader_follows(screen.query_one(StoryList), screen.query_one(Reader)),
                         "the reader to follow the resting cursor")
        await settle(pilot, pilot.app)

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_cluster_row(snap_compare, app, size):
    # The cursor on the Kupiansk cluster: one row for six outlets of every side.
    assert snap_compare(app, terminal_size=size, run_before=keys("j"))


@pytest.mark.parametrize("size", SIZES)
def test_expanded_cluster(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("j", "z", "j"))
