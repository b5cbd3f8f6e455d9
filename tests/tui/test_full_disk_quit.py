"""Quitting the dashboard with marks a full disk kept from being saved asks first (HARDENING 44);
a poll that could not be saved is told and its stories shown. A real tmpfs, filled for real."""

from __future__ import annotations

import os

import pytest

from tests.diskfaults import fill, small_disk
from tests.tui.conftest import Toasts, make_story
from tui.app import WarfeedApp
from tui.core.store import Store


@pytest.mark.skipif(os.geteuid() != 0, reason="filling a disk for the dashboard needs a tmpfs (root)")
async def test_q_with_unsaved_marks_asks_and_a_second_q_quits(tmp_path, config, clock):
    disk = tmp_path / "disk"
    with small_disk(disk) as mounted:
        assert mounted, "could not mount a tmpfs"
        store = Store.open(disk / "data", clock=clock, flush_interval=0.05)
        store.ingest([make_story(n) for n in range(20)])
        filler = fill(disk)
        app = WarfeedApp(config=config, store=store, clock=clock, poll=False)
        try:
            toasts = Toasts()
            async with app.run_test(message_hook=toasts, size=(140, 40)) as pilot:
                await pilot.pause()
                # A cycle that cannot be written is still shown, and said.
                store.ingest([make_story(n) for n in range(20, 25)])
                assert store.story(make_story(22).id) is not None
                app.service.set_marks([make_story(3).id], starred=True)
                await pilot.press("q")
                await pilot.pause()
                messages = [n.message for n in toasts]
                assert any("No space left on device" in m for m in messages), messages
                assert any("Press q again" in m and "Not saved yet" in m for m in messages)
                assert app.is_running  # not quit: the user was asked
                filler.unlink()  # space is back: this q saves and quits
                await pilot.press("q")
                await pilot.pause()
            assert app.return_code in (None, 0)
        finally:
            store.close()
        with Store.open(disk / "data") as reopened:
            assert reopened.story(make_story(3).id).starred
            assert reopened.count() == 25
