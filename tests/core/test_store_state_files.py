"""Marks and claims in their own small TinyDB files; a poll of 304s reads no story.

A mark flush rewrites marks.json only; the claims (megabytes of statements on a big cache) live
in claims.json, written when claims change and read on first use. A store opened deferred with
no head (a headless poll) reads stories only for a write that needs them.
"""

import json
import shutil
from pathlib import Path

from tui.core.models import Claim, FeedHealth, Statement
from tui.core.store import Store

from tests.core import stored
from tests.factories import story

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store_release1"

def claim(n: int) -> Claim:
    statement = Statement(sentence=f"Sentence {n}", speaker="", side="ua", stance="claim",
                          event="control", place=f"Place {n}", story_id=f"f:{n:04d}")
    return Claim(id=f"control:place-{n}", event="control", place=f"Place {n}", statements=[statement])


def test_claims_live_in_their_own_file_and_a_mark_flush_leaves_it_alone(tmp_path):
    data = tmp_path / "data"
    with Store.open(data, flush_interval=0.01) as store:
        store.ingest([story(n) for n in range(5)])
        store.save_claims([claim(1), claim(2)])
        before = (data / "claims.json").stat().st_mtime_ns
        store.set_marks(["f:0001"], starred=True)
        store.flush()
        assert (data / "claims.json").stat().st_mtime_ns == before
        assert stored.marks(data)["f:0001"]["starred"] is True
    saved = [doc["id"] for doc in stored.table(data / "claims.json", "claims")]
    assert sorted(saved) == ["control:place-1", "control:place-2"]
    with Store.open(data) as store:
        assert sorted(c.id for c in store.claims()) == ["control:place-1", "control:place-2"]


def test_claims_are_read_on_first_use_only(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.save_claims([claim(1)])
    (data / "claims.json").write_text("{ damaged")
    with Store.open(data) as store:
        store.set_health([FeedHealth("f", etag="x")])
        assert store.notices == []  # nobody asked for claims: the damage is not even seen
        assert store.claims() == []
        assert any("claims.json" in notice for notice in store.notices)


def test_claims_kept_in_state_json_by_older_versions_move_to_claims_json(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    claims = json.loads((data / "claims.json").read_text())["claims"]
    (data / "claims.json").unlink()
    state = json.loads((data / "state.json").read_text())
    state["claims"] = claims
    (data / "state.json").write_text(json.dumps(state))
    with Store.open(data) as store:
        assert [c.id for c in store.claims()] == ["claim-sample-1"]
    assert not (data / "state.json").exists()
    assert [doc["id"] for doc in stored.table(data / "claims.json", "claims")] == ["claim-sample-1"]
    with Store.open(data) as store:
        assert [c.id for c in store.claims()] == ["claim-sample-1"]


def test_a_poll_of_304s_reads_no_story_and_loses_none(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(n) for n in range(50)])
        store.set_marks(["f:0007"], starred=True)
    base = (data / "stories-0000.json").stat()
    with Store.open(data, deferred=True, head=0, search_index=False) as store:
        store.ingest([], health=[FeedHealth("f", etag="new")])
        assert not store.complete and store.count() == 0
    stat = (data / "stories-0000.json").stat()
    assert (stat.st_size, stat.st_mtime_ns) == (base.st_size, base.st_mtime_ns)
    with Store.open(data) as store:
        assert store.count() == 50 and store.story("f:0007").starred
        assert store.health()["f"].etag == "new"


def test_a_lazy_store_reads_every_story_before_merging_new_ones(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(n) for n in range(50)])
    with Store.open(data, deferred=True, head=0, search_index=False) as store:
        result = store.ingest([story(3), story(-1)])
        assert result.new == ["f:-001"] and store.count() == 51


def test_many_marks_rewrite_marks_json_and_never_a_partition(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(n) for n in range(1500)])
    before = (data / "stories-0000.json").stat()
    with Store.open(data, flush_interval=0.01) as store:
        store.set_marks([f"f:{n:04d}" for n in range(1200)], read=True)
        assert store.wait_flushed(timeout=10)
        assert len(stored.marks(data)) == 1200
    after = (data / "stories-0000.json").stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    with Store.open(data) as store:
        assert sum(s.read for s in store.stories()) == 1200
