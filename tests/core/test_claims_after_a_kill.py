"""A poll killed between storing its stories and merging their claims: the claims are read
again from the stored stories on the next poll, never lost for good (a 304 brings nothing new)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tui.core.config import Config
from tui.core.poll_results import CycleReport
from tui.core.service import Warfeed

ROOT = Path(__file__).resolve().parents[2]
NOW = 1_763_630_000.0
CLAIM = "Russia's Defence Ministry said its forces had captured Torske. Kyiv denied it."

STORE_THEN_DIE = textwrap.dedent("""
    import os, signal, sys
    from tests.factories import story
    from tui.core.config import Config
    from tui.core.poll_steps import ExtractClaims
    from tui.core.service import Warfeed
    data_dir, fetched = sys.argv[1], float(sys.argv[2])
    service = Warfeed.open(Config(path=None), data_dir, clock=lambda: fetched)
    stories = [story(1, id="wire:1", title="Moscow claims Torske", summary={claim!r}, fetched_at=fetched)]
    ExtractClaims()(stories)  # linked, as a merge killed before it saved their claims leaves them
    service.store.ingest(stories)
    service.store.flush()
    os.kill(os.getpid(), signal.SIGKILL)  # the poll dies before its claims are merged
""").format(claim=CLAIM)


def _store_then_die(data_dir: Path, fetched: float) -> None:
    done = subprocess.run([sys.executable, "-c", STORE_THEN_DIE, str(data_dir), str(fetched)], cwd=ROOT)
    assert done.returncode == -signal.SIGKILL


def _open(data_dir: Path) -> Warfeed:
    return Warfeed.open(Config(path=None), data_dir, clock=lambda: NOW + 60)


def test_a_first_poll_killed_before_its_claims_has_them_read_on_the_next(tmp_path):
    data_dir = tmp_path / "data"
    _store_then_die(data_dir, NOW)
    service = _open(data_dir)
    try:
        assert service.store.claims() == []
        service.process_news(CycleReport())  # the next poll: every feed answered 304
        assert [c.id for c in service.store.claims()] == ["control:torske"]
    finally:
        service.close()
    reopened = _open(data_dir)
    try:
        assert [c.id for c in reopened.store.claims()] == ["control:torske"]
        assert reopened.store.claims_through() == NOW
    finally:
        reopened.close()


def test_a_headless_poll_that_opens_without_its_stories_still_finds_the_missed_ones(tmp_path):
    # `warfeed poll` opens the store with none of its stories read (a cycle of 304s needs none)
    data_dir = tmp_path / "data"
    _store_then_die(data_dir, NOW)
    service = Warfeed.open(Config(path=None), data_dir, clock=lambda: NOW + 60, deferred=True, head=0,
                           search_index=False)
    try:
        assert service.store.stories() == []
        service.process_news(CycleReport())
        assert [c.id for c in service.store.claims()] == ["control:torske"]
    finally:
        service.close()


def test_a_later_poll_killed_before_its_claims_has_them_read_again(tmp_path):
    data_dir = tmp_path / "data"
    service = _open(data_dir)
    try:
        service.process_news(CycleReport())  # a dashboard that polled once and merged
        service.store.set_claims_through(NOW - 600)
        service.store.flush()
    finally:
        service.close()
    _store_then_die(data_dir, NOW)
    service = _open(data_dir)
    try:
        service.process_news(CycleReport())
        assert [c.id for c in service.store.claims()] == ["control:torske"]
    finally:
        service.close()


def test_a_data_dir_from_before_the_mark_is_not_read_again_whole(tmp_path):
    data_dir = tmp_path / "data"
    _store_then_die(data_dir, NOW)
    # Drop the mark as an older release's feeds.json would not have it.
    from tinydb import TinyDB

    feeds = TinyDB(data_dir / "feeds.json")
    feeds.drop_table("progress")
    feeds.close()
    service = _open(data_dir)
    try:
        service.process_news(CycleReport())
        assert service.store.claims() == []  # taken as done: 50k stories are not re-read at start
        assert service.store.claims_through() == NOW
    finally:
        service.close()

