"""stories.json's line layout and the poll-cycle journal: appends, torn lines, compaction."""

import json
import time
from dataclasses import fields

import pytest

from tui.core.journal import story_doc
from tui.core.models import Story
from tui.core.storage import AtomicJSONStorage, WarfeedDB
from tui.core.store import Store

NOW = 1_763_625_600.0


def story(n, **kw):
    kw.setdefault("published", NOW - n * 60)
    kw.setdefault("title", f"Story {n}")
    return Story(id=f"kyiv:{n:04d}", feed_id="kyiv", source="Kyiv", side="ua-media", **kw)


def open_store(path, **kw):
    return Store.open(path, clock=lambda: NOW, flush_interval=0.05, **kw)


def wait_until(condition, store, timeout=30.0):
    """Poll a condition until it holds (generous bound: the machine is shared)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        # wait_flushed returns at once when nothing is pending, so sleep a little too.
        store.wait_flushed(timeout=0.05)
        time.sleep(0.02)
    return condition()


def test_a_stored_document_leaves_out_id_content_and_defaults():
    assert story_doc(story(1)) == {
        "feed_id": "kyiv", "source": "Kyiv", "side": "ua-media", "title": "Story 1",
        "published": NOW - 60,
    }
    # Every other field is written once it differs from its default.
    busy = Story(id="x", feed_id="f", source="S", side="intl", title="T", link="https://a.b/",
                 published=1.0, updated=2.0, summary="s", content="c", author="A", tags=["t"],
                 read=True, starred=True, flagged=True, fetched_at=3.0, revision=1,
                 previous_titles=["p"], places=["Kyiv"], claim_ids=["c1"])
    assert set(story_doc(busy)) == {f.name for f in fields(Story)} - {"id", "content"}


def test_stories_json_is_one_story_a_line_and_tinydb_reads_it(tmp_path):
    with open_store(tmp_path) as store:
        store.ingest([story(1), story(2, read=True)])
    lines = (tmp_path / "stories.json").read_bytes().splitlines()
    assert len(lines) == 4 and lines[-1] == b"}}"
    assert b'"read"' not in lines[1] and b'"read":true' in lines[2]  # newest first
    table = WarfeedDB(tmp_path / "stories.json", storage=AtomicJSONStorage).table("stories")
    assert table.get(doc_id="kyiv:0001")["title"] == "Story 1"


def test_a_cycle_appends_to_the_journal_and_leaves_stories_json_alone(tmp_path):
    with open_store(tmp_path) as store:
        store.ingest([story(n) for n in range(20)])
        base = (tmp_path / "stories.json").read_bytes()
        store.ingest([story(20), story(3, title="Story 3, revised")], retention={"kyiv": 20})
        store.ingest([story(21, published=NOW)], retention={"kyiv": 20})
        assert (tmp_path / "stories.json").read_bytes() == base
        journal = (tmp_path / "stories.journal").read_bytes().splitlines()
        record = json.loads(journal[1])
        # story 20 is the oldest: it arrives and falls to retention in the same cycle.
        assert sorted(record["put"]) == ["kyiv:0003"] and record["drop"] == ["kyiv:0020"]
        before = {s.id: s for s in store.stories()}
    with open_store(tmp_path) as store:
        assert {s.id: s for s in store.stories()} == before
        assert store.story("kyiv:0003").previous_titles == ["Story 3"]
        assert store.story("kyiv:0019") is None and store.count() == 20


def test_a_torn_last_record_is_ignored_and_cut_off(tmp_path):
    with open_store(tmp_path) as store:
        store.ingest([story(1)])
        store.ingest([story(2)])
    journal = tmp_path / "stories.journal"
    whole = journal.read_bytes()
    journal.write_bytes(whole + b'{"put":{"kyiv:0003":{"feed_id":"ky')  # a crash mid-append
    with open_store(tmp_path) as store:
        assert store.notices == []
        assert [s.id for s in store.stories()] == ["kyiv:0001", "kyiv:0002"]
        assert journal.read_bytes() == whole
        store.ingest([story(4)])
    with open_store(tmp_path) as store:
        assert store.count() == 3


def test_a_damaged_record_before_the_end_is_reported_kept_and_the_later_ones_replayed(tmp_path):
    with open_store(tmp_path) as store:
        store.ingest([story(1)])
        store.ingest([story(2)])
        store.ingest([story(3)])
    journal = tmp_path / "stories.journal"
    lines = journal.read_bytes().splitlines(keepends=True)
    damaged = b"".join([*lines[:2], b"garbage\n", *lines[2:]])
    journal.write_bytes(damaged)
    with open_store(tmp_path) as store:
        assert [s.id for s in store.stories()] == ["kyiv:0001", "kyiv:0002", "kyiv:0003"]
        assert len(store.notices) == 1 and "stories.journal had 1 damaged record" in store.notices[0]
    (copy,) = tmp_path.glob("stories.journal.corrupt-*")
    assert copy.read_bytes() == damaged
    with open_store(tmp_path) as store:  # rewritten from what was kept: the damage is gone
        assert store.notices == [] and store.count() == 3


def test_a_journal_left_from_an_older_base_is_not_replayed(tmp_path):
    with open_store(tmp_path) as store:
        store.ingest([story(1)])
        store.ingest([story(2, title="old cycle")])
    stale = (tmp_path / "stories.journal").read_bytes()
    with open_store(tmp_path) as store:
        store.ingest([story(2, title="new cycle")])
        store.compact()
    # A crash after a compaction wrote stories.json but before it replaced the journal.
    (tmp_path / "stories.journal").write_bytes(stale)
    with open_store(tmp_path) as store:
        assert store.notices == []
        assert store.story("kyiv:0002").title == "new cycle"


def test_the_flusher_compacts_once_the_journal_outgrows_its_share(tmp_path):
    with open_store(tmp_path, compact_min=0, compact_ratio=1.0) as store:
        store.ingest([story(n, summary="s" * 200) for n in range(10)])
        base = (tmp_path / "stories.json").read_bytes()
        journal = tmp_path / "stories.journal"
        store.ingest([story(n, summary="t" * 200) for n in range(6)])
        assert (tmp_path / "stories.json").read_bytes() == base  # under the share: appended
        store.set_marks(["kyiv:0001"], starred=True)
        store.ingest([story(n, summary="u" * 200) for n in range(6)])
        assert wait_until(lambda: journal.stat().st_size < 100, store)
        stored = json.loads((tmp_path / "stories.json").read_bytes())["stories"]
        assert stored["kyiv:0001"]["summary"] == "u" * 200
        assert stored["kyiv:0001"]["starred"] is True  # the mark overlay is folded in
        assert store.wait_flushed(timeout=30)
        state = json.loads((tmp_path / "state.json").read_bytes())
        assert "kyiv:0001" not in state["marks"]
    with open_store(tmp_path) as store:
        assert store.story("kyiv:0001").starred


@pytest.mark.parametrize("layout", ["old whole-file", "tinydb"])
def test_files_in_other_layouts_load_and_are_rewritten_in_lines(tmp_path, layout):
    doc = story(1).to_dict()
    if layout == "tinydb":
        doc.pop("id")
    (tmp_path / "stories.json").write_bytes(json.dumps({"stories": {"kyiv:0001": doc}}).encode())
    with open_store(tmp_path) as store:
        assert store.notices == [] and store.story("kyiv:0001") == story(1)
        store.ingest([story(2)])
    assert (tmp_path / "stories.json").read_bytes().startswith(b'{"file":')
    with open_store(tmp_path) as store:
        assert [s.id for s in store.stories()] == ["kyiv:0001", "kyiv:0002"]


def test_feed_strings_are_shared_between_stories(tmp_path):
    with open_store(tmp_path) as store:
        store.ingest([story(1), story(2)])
    with open_store(tmp_path) as store:
        one, two = store.story("kyiv:0001"), store.story("kyiv:0002")
        assert one.feed_id is two.feed_id and one.source is two.source and one.side is two.side
        assert one.tags is not two.tags  # each story still owns its lists
