"""The claims work after a poll (poll_steps.extract_stored): real worker processes over a real store."""

from __future__ import annotations

import os
from dataclasses import dataclass

from tests.factories import story
from tui.core.poll_steps import STORED_NICENESS, ExtractClaims, extract_stored
from tui.core.store import Store

WIRE = "Russia's Defence Ministry said its forces had captured Torske. Kyiv denied it."


@dataclass(frozen=True, slots=True)
class Niceness:
    """A step that reports, per story, the niceness of the process that ran it."""

    preload: tuple[str, ...] = ()

    def setup(self) -> None:
        """Nothing to load."""

    def __call__(self, stories):
        return {s.id: os.nice(0) for s in stories}


def _store(tmp_path, n: int) -> Store:
    store = Store.open(tmp_path / "data")
    store.ingest([story(i, feed="wire", summary=WIRE if i % 3 == 0 else f"Report {i}.") for i in range(1, n + 1)])
    return store


def test_the_claims_workers_run_below_warfeed_itself(tmp_path):
    store = _store(tmp_path, 12)
    try:
        ran = extract_stored(store, [s.id for s in store.stories()], Niceness(), pool_min=1, chunk=5)
    finally:
        store.close()
    assert len(ran) == 12
    assert set(ran.values()) == {min(os.nice(0) + STORED_NICENESS, 19)}


def test_stored_stories_give_what_their_parse_would_have(tmp_path):
    store = _store(tmp_path, 30)
    try:
        ids = [s.id for s in store.stories()]
        in_workers = extract_stored(store, ids, ExtractClaims(), pool_min=1, chunk=7)
        here = ExtractClaims()([store.story(i, full=True) for i in ids])
        under = extract_stored(store, ids, ExtractClaims(), pool_min=31)
    finally:
        store.close()
    assert in_workers == here
    assert sum(1 for done in here.values() if done.found[0]) == 10  # every third story claims
    assert under == {}  # a small batch is left to the merge and the clustering themselves
