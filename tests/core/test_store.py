"""Store: merge rules, retention, queries, marks, damaged files, strict JSON, round-trips."""

import json
import shutil
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.models import Article, Claim, FeedHealth, Statement, Story
from tui.core.store import MAX_PREVIOUS_TITLES, Store, StoreLocked

from tests import factories
from tests.clock import Clock
from tests.core import stored
from tests.factories import NOW

DAY = 86400.0


def story(n, feed="kyiv", **fields) -> Story:
    """Story n of a Ukrainian outlet's feed, published n minutes before NOW."""
    return factories.story(n, feed=feed, **{"side": "ua-media", **fields})


def strict_load(raw: bytes):
    def refuse(name):
        raise ValueError(name)

    return json.loads(raw.decode("utf-8", "strict"), parse_constant=refuse)


@pytest.fixture
def store(tmp_path, clock):
    opened = Store.open(tmp_path / "data", clock=clock, flush_interval=0.05)
    yield opened
    opened.close()


def reopen(store):
    """Close store and open its data dir again."""
    store.close()
    return Store.open(store.data_dir, clock=store.clock, flush_interval=store.flush_interval)


def snapshot_open(store, tmp_path):
    """Open a copy of what is on disk now, without closing store (what a crash would leave)."""
    copy = tmp_path / "snapshot"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(store.data_dir, copy)
    return Store.open(copy, clock=store.clock)


def test_ingest_reports_new_and_lists_newest_first(store):
    result = store.ingest([story(3), story(1), story(2)])
    assert sorted(result.new) == ["kyiv:0001", "kyiv:0002", "kyiv:0003"]
    assert result.updated == [] and result.removed == []
    assert [s.id for s in store.stories()] == ["kyiv:0001", "kyiv:0002", "kyiv:0003"]
    assert store.count() == 3


def test_equal_times_are_ordered_by_id(store):
    store.ingest([story(n, published=NOW) for n in (5, 2, 9)])
    assert [s.id for s in store.stories()] == ["kyiv:0002", "kyiv:0005", "kyiv:0009"]


def test_query_stops_at_limit(store):
    store.ingest([story(n) for n in range(100)])
    calls = []

    def even(s):
        calls.append(s.id)
        return int(s.id[-4:]) % 2 == 0

    found = store.stories(even, limit=3)
    assert [s.id for s in found] == ["kyiv:0000", "kyiv:0002", "kyiv:0004"]
    assert len(calls) == 5
    assert store.stories(limit=0) == [] and store.stories(even, limit=0) == []
    assert len(store.stories(limit=7)) == 7


def test_reingest_keeps_marks_and_claim_links(store):
    store.ingest([story(1)])
    store.set_marks(["kyiv:0001"], read=True, starred=True)
    store.set_story_claims("kyiv:0001", ["Kupiansk"], ["control:kupiansk"])
    result = store.ingest([story(1, link="https://example.org/1")])
    assert result.new == [] and result.updated == []
    got = store.story("kyiv:0001")
    assert (got.read, got.starred, got.flagged) == (True, True, False)
    assert got.places == ["Kupiansk"] and got.claim_ids == ["control:kupiansk"]
    assert got.link == "https://example.org/1" and got.revision == 0


def test_changed_title_bumps_revision_and_keeps_old_titles_capped(store):
    store.ingest([story(1, title="Title 0")])
    for rev in range(1, MAX_PREVIOUS_TITLES + 4):
        result = store.ingest([story(1, title=f"Title {rev}")])
        assert result.updated == ["kyiv:0001"]
    got = store.story("kyiv:0001")
    assert got.revision == MAX_PREVIOUS_TITLES + 3
    assert len(got.previous_titles) == MAX_PREVIOUS_TITLES
    assert got.previous_titles[-1] == f"Title {MAX_PREVIOUS_TITLES + 2}"
    assert "Title 0" not in got.previous_titles


def test_changed_summary_bumps_revision_without_a_title_entry(store):
    store.ingest([story(1, summary="Developing story")])
    result = store.ingest([story(1, summary="Developing story, updated")])
    got = store.story("kyiv:0001")
    assert result.updated == ["kyiv:0001"]
    assert got.revision == 1 and got.previous_titles == []


def test_reader_keeps_a_consistent_story_during_a_revision(store):
    store.ingest([story(1, title="Before")])
    held = store.story("kyiv:0001")
    store.ingest([story(1, title="After")])
    assert held.title == "Before" and held.revision == 0
    assert store.story("kyiv:0001").title == "After"


def test_retention_drops_beyond_limit_and_age_but_never_marked_stories(tmp_path):
    clock = Clock()
    with Store.open(tmp_path, clock=clock, max_age=30 * DAY) as store:
        old = [story(n, published=NOW - (40 + n) * DAY) for n in range(6)]
        recent = [story(100 + n, published=NOW - n * 60) for n in range(10)]
        store.ingest(old + recent + [story(1, feed="tass")])
        store.set_marks(["kyiv:0000"], starred=True)
        store.set_marks(["kyiv:0001"], flagged=True)
        store.set_story_claims("kyiv:0002", ["Pokrovsk"], ["control:pokrovsk"])
        store.set_marks(["kyiv:0003"], read=True)

        result = store.ingest([story(100, published=NOW)], retention={"kyiv": 4})

        kept = {s.id for s in store.stories()}
        assert {"kyiv:0000", "kyiv:0001", "kyiv:0002"} <= kept
        assert "kyiv:0003" not in kept and "kyiv:0004" not in kept  # read is not a keep-mark
        assert {f"kyiv:{100 + n:04d}" for n in range(4)} <= kept
        assert "kyiv:0104" not in kept
        assert "tass:0001" in kept  # feeds without a retention entry are left alone
        assert sorted(result.removed) == sorted(
            ["kyiv:0003", "kyiv:0004", "kyiv:0005"] + [f"kyiv:{100 + n:04d}" for n in range(4, 10)]
        )
    with Store.open(tmp_path, clock=clock) as again:
        assert {s.id for s in again.stories()} == kept


def test_retention_keeps_stories_still_in_the_feed_even_when_old(store):
    store.ingest([story(1, published=NOW - 90 * DAY)], retention={"kyiv": 10})
    assert store.story("kyiv:0001") is not None


def test_marks_are_visible_at_once_and_flushed_by_the_timer(store, tmp_path):
    store.ingest([story(n) for n in range(20)])
    ids = [f"kyiv:{n:04d}" for n in range(5)]
    assert store.set_marks(ids, read=True) == 5
    assert all(store.story(i).read for i in ids)  # before any write
    assert store.set_marks(ids, read=True) == 0  # no change, nothing scheduled
    store.set_marks(ids[:2], starred=True)
    assert store.wait_flushed(timeout=10)
    with snapshot_open(store, tmp_path) as on_disk:
        assert [s.id for s in on_disk.stories(lambda s: s.read)] == ids
        assert [s.id for s in on_disk.stories(lambda s: s.starred)] == ids[:2]


def test_burst_of_toggles_lands_as_the_last_value(store, tmp_path):
    store.ingest([story(1)])
    for n in range(501):
        store.set_marks(["kyiv:0001"], read=n % 2 == 0)
    store.flush()
    with snapshot_open(store, tmp_path) as on_disk:
        assert on_disk.story("kyiv:0001").read is True


def test_marks_survive_a_later_ingest_and_reopen(store):
    store.ingest([story(1), story(2)])
    store.set_marks(["kyiv:0001"], starred=True)
    store.ingest([story(3)])  # folds the mark overlay into stories.json
    store.set_marks(["kyiv:0001"], starred=False)
    store.set_marks(["kyiv:0002"], flagged=True)
    store = reopen(store)
    assert store.story("kyiv:0001").starred is False
    assert store.story("kyiv:0002").flagged is True
    store.close()


def test_hostile_values_are_stored_as_strict_json(store):
    hostile = story(
        1,
        title="lone \ud800 surrogate",
        summary=b"bytes \xff summary",
        published=float("nan"),
        updated=float("inf"),
        tags=["ok", b"\xfe"],
        content="content \udfff",
    )
    store.ingest([hostile], health=[FeedHealth("kyiv", etag="W/\"\ud800\"")])
    store.set_marks(["kyiv:0001"], flagged=True)
    store.flush()
    for path in store.data_dir.glob("*.json"):
        strict_load(path.read_bytes())
    got = store.story("kyiv:0001", full=True)
    assert got.title == "lone \ufffd surrogate"
    assert got.summary == "bytes \ufffd summary"
    assert got.published == 0.0 and got.updated is None
    assert got.tags == ["ok", "\ufffd"] and got.content == "content \ufffd"
    store = reopen(store)
    assert store.story("kyiv:0001", full=True) == got
    assert store.story("kyiv:0001").content == ""  # the hot index stays light
    store.close()


@pytest.mark.parametrize("name", ["stories-0000.json", "marks.json", "feeds.json"])
@pytest.mark.parametrize("payload", [b"", b'{"stories": {"kyiv:1": {"ti', b"\x00garbage\xff", b"[]"])
def test_damaged_file_is_moved_aside_and_a_fresh_store_starts(tmp_path, name, payload):
    (tmp_path / name).write_bytes(payload)
    with Store.open(tmp_path, clock=Clock()) as store:
        store.article("kyiv:0001")  # articles are read lazily
        assert store.count() == 0
        assert len(store.notices) == 1 and name in store.notices[0]
        store.ingest([story(1)])
        store.save_article("kyiv:0001", Article(url="https://example.org/1", text="Body"))
    moved = list(tmp_path.glob(f"{name}.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == payload
    with Store.open(tmp_path, clock=Clock()) as store:
        assert store.notices == [] and store.count() == 1


def test_damaged_documents_are_skipped_and_the_original_kept(tmp_path):
    good = {k: v for k, v in story(1).to_dict().items()}
    raw = json.dumps({"stories": {
        "1": good,
        "2": {"title": "no id or feed"},
        "3": {**good, "id": "kyiv:0003", "published": "yesterday"},
    }}).encode()
    (tmp_path / "stories-0000.json").write_bytes(raw)
    with Store.open(tmp_path) as store:
        assert [s.id for s in store.stories()] == ["kyiv:0001"]
        assert "2 damaged stories" in store.notices[0]
    (copy,) = tmp_path.glob("stories-0000.json.corrupt-*")
    assert copy.read_bytes() == raw


def test_second_open_in_the_same_process_is_refused_until_close(tmp_path):
    first = Store.open(tmp_path)
    with pytest.raises(StoreLocked, match=r"another warfeed is using .* \(pid \d+\)"):
        Store.open(tmp_path)
    first.close()
    Store.open(tmp_path).close()


def test_health_claims_and_articles_round_trip(store):
    health = FeedHealth("kyiv", last_attempt=NOW, status=304, etag='"abc"', next_poll_at=NOW + 900)
    statement = Statement("Russia says it captured Kupiansk.", "Russian MoD", "ru", "claim",
                          "control", place="Kupiansk", lat=49.7, lon=37.6, story_id="kyiv:0001")
    claim = Claim("control:kupiansk", "control", "Kupiansk", status="disputed",
                  first_seen=NOW, last_update=NOW, statements=[statement])
    article = Article(url="https://example.org/1", title="T", author="A", published=NOW,
                      site="example.org", text="# Heading\n\nBody", fetched_at=NOW)
    store.ingest([story(1, content="feed body")], health=[health])
    store.save_claims([claim])
    store.save_article("kyiv:0001", article)
    store = reopen(store)
    assert store.health() == {"kyiv": health}
    assert store.claims() == [claim]
    assert store.article("kyiv:0001") == article
    assert store.content("kyiv:0001") == "feed body"
    assert store.article("kyiv:0002") is None
    store.close()


def test_ingest_from_a_worker_while_the_ui_thread_reads(store):
    store.ingest([story(n, title="first") for n in range(500)])
    stop = threading.Event()
    errors = []

    def writer():
        try:
            for rev in range(10):
                store.ingest([story(n, title=f"rev {rev}") for n in range(500)]
                             + [story(5000 + rev)])
        except Exception as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            stop.set()

    worker = threading.Thread(target=writer)
    worker.start()
    while not stop.is_set():
        listed = store.stories()
        times = [s.published for s in listed]
        assert times == sorted(times, reverse=True)
        assert len({s.title for s in listed if s.id < "kyiv:0500"}) == 1
        store.set_marks([listed[0].id], read=not listed[0].read)
    worker.join()
    assert errors == []
    assert store.count() == 510


text = st.text(max_size=40)
times = st.floats(min_value=0, max_value=4e9, allow_nan=False)
story_fields = st.fixed_dictionaries({
    "id": st.text(min_size=1, max_size=20).map(lambda s: "f:" + s),
    "feed_id": st.sampled_from(["kyiv", "tass", "isw"]),
    "source": text, "side": st.sampled_from(["ua-media", "ru-state", "analyst"]),
    "title": text, "link": text, "published": times, "updated": st.none() | times,
    "summary": text, "content": text, "author": text, "tags": st.lists(text, max_size=3),
    "read": st.booleans(), "starred": st.booleans(), "flagged": st.booleans(),
    "fetched_at": times.filter(bool), "revision": st.integers(0, 1000),
    "previous_titles": st.lists(text, max_size=3), "places": st.lists(text, max_size=2),
    "claim_ids": st.lists(text, max_size=2),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(story_fields, min_size=1, max_size=5, unique_by=lambda d: d["id"]))
def test_ingest_close_reopen_round_trips_every_field(docs):
    stories = [Story(**d) for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp)) as store:
            store.ingest(stories)
        with Store.open(Path(tmp)) as store:
            got = {s.id: store.story(s.id, full=True) for s in store.stories()}
            assert store.notices == []
    assert got == {s.id: s for s in stories}


def test_unknown_fields_in_a_stored_document_are_ignored_not_applied(tmp_path):
    doc = {**story(1).to_dict(), "__class__": "x", "__slots__": [], "evil": 1}
    marks = {"1": {"id": "kyiv:0001", "read": True, "__dict__": {}, "title": "not a mark"}}
    (tmp_path / "stories-0000.json").write_bytes(json.dumps({"stories": {"1": doc}}).encode())
    (tmp_path / "marks.json").write_bytes(json.dumps({"marks": marks}).encode())
    with Store.open(tmp_path) as store:
        got = store.story("kyiv:0001")
        assert store.notices == []
        assert got == story(1, read=True)
        assert not hasattr(got, "evil")


def test_large_ingest_written_in_chunks_reloads_whole(store):
    stories = [story(n, summary="s" * 100) for n in range(4500)]
    stories[2100].title = "bad \udc80 title"  # the strict fallback inside one chunk
    store.ingest(stories)
    parts = sorted(store.data_dir.glob("stories-*.json"))
    assert len(parts) == 3  # sealed at 2,000 stories each
    for path in parts:
        strict_load(path.read_bytes())
    store = reopen(store)
    assert store.count() == 4500
    assert store.story("kyiv:2100").title == "bad \ufffd title"
    assert store.story("kyiv:4499") == replace(stories[4499], fetched_at=NOW)
    store.close()


def test_undated_story_ages_from_when_it_was_first_seen(tmp_path):
    clock = Clock()
    with Store.open(tmp_path, clock=clock, max_age=30 * DAY) as store:
        store.ingest([story(1, published=0.0), story(2, published=0.0)])
        clock.now += 10 * DAY
        store.ingest([story(3)], retention={"kyiv": 100})
        assert store.count() == 3
        clock.now += 25 * DAY
        result = store.ingest([story(3)], retention={"kyiv": 100})
        assert sorted(result.removed) == ["kyiv:0001", "kyiv:0002"]


def test_flusher_survives_a_failed_write_and_retries(store):
    store.ingest([story(1)])
    store.flush()
    state = store.data_dir / "marks.json"
    state.unlink(missing_ok=True)
    state.mkdir()  # os.replace onto a directory fails, even for root
    store.set_marks(["kyiv:0001"], starred=True)
    deadline = 200
    while not store.notices and deadline:
        store.wait_flushed(timeout=0.05)
        deadline -= 1
    assert len(store.notices) == 1 and f"{state} is a directory" in store.notices[0]
    assert "\n" not in store.notices[0]
    state.rmdir()
    assert store.wait_flushed(timeout=10)
    assert stored.marks(store.data_dir)["kyiv:0001"]["starred"] is True
    assert store.notices[-1].startswith("Saving works again")


def test_order_stays_newest_first_through_many_small_cycles(tmp_path):
    import random

    rng = random.Random(7)
    with Store.open(tmp_path, clock=Clock()) as store:
        store.ingest([story(n, published=NOW - rng.randrange(10_000)) for n in range(400)])
        for cycle in range(40):
            batch = [story(rng.randrange(450), published=NOW - rng.randrange(10_000),
                           title=f"cycle {cycle}") for _ in range(rng.randrange(1, 8))]
            store.ingest(batch, retention={"kyiv": 420} if cycle % 5 == 0 else None)
            listed = store.stories()
            assert [s.id for s in listed] == [
                s.id for s in sorted(listed, key=lambda s: (-s.published, s.id))
            ]
            assert {s.id for s in listed} == {s.id for s in store.stories(lambda s: True)}
            assert len(listed) == store.count()
            for s in batch:
                assert store.story(s.id) in listed


def test_a_closed_store_never_writes_again(tmp_path):
    store = Store.open(tmp_path)
    store.ingest([story(1)])
    store.close()
    store.close()  # idempotent
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(RuntimeError, match="closed"):
        store.ingest([story(2)])
    store.set_marks(["kyiv:0001"], starred=True)
    store.flush()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert store.stories(limit=-1) == []


@pytest.mark.parametrize("broken", ["stories-0000.json", "articles-0000.json"])
def test_a_failed_write_is_retried_by_the_next_ingest(store, broken):
    store.ingest([story(1)])
    path = store.data_dir / broken
    path.unlink(missing_ok=True)
    path.mkdir()  # neither appending to nor os.replace onto a directory works, even for root
    result = store.ingest([story(2, content="body two")])  # said, not raised
    assert result.new == ["kyiv:0002"] and f"{path} is a directory" in store.notices[-1]
    assert store.story("kyiv:0002") is not None  # memory is ahead of the disk now
    assert "1 story" in store.unsaved()
    path.rmdir()
    result = store.ingest([story(2, content="body two")])  # nothing new in this cycle
    assert result.new == [] and result.updated == []
    assert store.unsaved() is None
    assert sorted(stored.stories(store.data_dir)) == ["kyiv:0001", "kyiv:0002"]
    assert not [p for p in store.data_dir.iterdir() if p.name.endswith(".tmp")]
    store = reopen(store)
    assert store.story("kyiv:0002", full=True).content == "body two"
    store.close()


def test_each_cycle_leaves_on_disk_exactly_the_stories_in_memory(tmp_path):
    from tinydb import TinyDB

    def on_disk():
        found = {}
        for path in sorted(tmp_path.glob("stories-*.json")):
            with TinyDB(path, access_mode="r") as db:
                found.update({doc["id"]: (doc["title"], doc.get("revision", 0))
                              for doc in db.table("stories").all()})
        return found

    with Store.open(tmp_path, clock=Clock()) as store:
        store.ingest([story(n) for n in range(30)])
        for cycle in range(6):
            # Revisions of stories already written, new ones, and a retention drop.
            store.ingest([story(n, title=f"cycle {cycle}") for n in range(cycle, 30, 4)]
                         + [story(100 + cycle)], retention={"kyiv": 28})
            assert on_disk() == {s.id: (s.title, s.revision) for s in store.stories()}
