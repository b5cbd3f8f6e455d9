"""state.json stays small and claims.json is read only when needed; a poll of 304s reads no story.

A mark flush rewrites state.json; on a big cache the claims (megabytes of statements) live in
claims.json, written when claims change and read on first use. A store opened deferred with no
head (a headless poll) reads stories only for a write that needs them.
"""

import json
import os

from tui.core.models import Claim, FeedHealth, Statement, Story
from tui.core.store import Store

NOW = 1_763_625_600.0


def story(n: int) -> Story:
    return Story(id=f"f:{n:04d}", feed_id="f", source="F", side="intl", title=f"Story {n}",
                 published=NOW - n * 60)


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
        state = json.loads((data / "state.json").read_text())
        assert "claims" not in state and state["marks"]["f:0001"]["starred"] is True
    saved = json.loads((data / "claims.json").read_text())["claims"]
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
    with Store.open(data) as store:
        store.ingest([story(1)], health=[FeedHealth("f", etag="x")])
    state = json.loads((data / "state.json").read_text())
    state["claims"] = {"control:place-1": claim(1).to_dict()}
    (data / "state.json").write_text(json.dumps(state))
    with Store.open(data) as store:
        assert [c.id for c in store.claims()] == ["control:place-1"]
        store.set_marks(["f:0001"], read=True)
        store.flush()
    assert "claims" not in json.loads((data / "state.json").read_text())
    assert list(json.loads((data / "claims.json").read_text())["claims"]) == ["control:place-1"]
    with Store.open(data) as store:
        assert [c.id for c in store.claims()] == ["control:place-1"]


def test_a_poll_of_304s_reads_no_story_and_loses_none(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(n) for n in range(50)])
        store.set_marks(["f:0007"], starred=True)
    base = (data / "stories.json").stat()
    with Store.open(data, deferred=True, head=0, search_index=False) as store:
        store.ingest([], health=[FeedHealth("f", etag="new")])
        assert not store.complete and store.count() == 0
    stat = (data / "stories.json").stat()
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


def test_a_big_overlay_is_folded_into_stories_json_on_close(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(n) for n in range(1500)])
    with Store.open(data, flush_interval=0.01) as store:
        store.set_marks([f"f:{n:04d}" for n in range(1200)], read=True)
    assert json.loads((data / "state.json").read_text())["marks"] == {}
    with Store.open(data) as store:
        assert sum(s.read for s in store.stories()) == 1200
    assert os.path.exists(data / "stories.json")
