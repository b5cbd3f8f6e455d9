"""SVG snapshots of a cluster's row and an expanded cluster, on the demo's stories and clusters.

Regenerate after an intended change with
`pytest tests/tui/test_cluster_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

import time

import pytest

from .test_cluster_rows import demo_app, demo_store, settle

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


def keys(*pressed: str):
    """A run_before that lets the clusters arrive, presses keys and waits for the reader to follow."""
    async def run_before(pilot) -> None:
        await settle(pilot, pilot.app)
        for key in pressed:
            await pilot.press(key)
        await pilot.pause(0.3)  # the reader follows a resting cursor after a short delay
        await settle(pilot, pilot.app)

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_cluster_row(snap_compare, app, size):
    # The cursor on the Kupiansk cluster: one row for six outlets of every side.
    assert snap_compare(app, terminal_size=size, run_before=keys("j"))


@pytest.mark.parametrize("size", SIZES)
def test_expanded_cluster(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=keys("j", "z", "j"))
