"""The store's collaborators on their own: marks, feed health, claims, articles, the flusher."""

import threading

from tui.core.article_shelf import ArticleShelf
from tui.core.flusher import Flusher
from tui.core.models import Claim, FeedHealth
from tui.core.partitions import StoryFiles, open_db, write_tables
from tui.core.small_tables import ClaimsTable, HealthTable, MarksTable

from tests import factories
from tests.clock import Clock


def db(tmp_path, name, notices=None, clock=lambda: factories.NOW):
    return open_db(tmp_path / name, [] if notices is None else notices, clock)


def test_marks_round_trip_through_their_file_and_drop_unmarked_stories(tmp_path):
    marks = MarksTable()
    starred, plain = factories.story(1, starred=True), factories.story(2)
    assert marks.remember(starred) is True
    assert marks.remember(starred) is False  # nothing new to keep
    assert marks.remember(plain) is False
    write_tables(db(tmp_path, "marks.json"), {"marks": marks.documents()})

    again = MarksTable()
    assert again.load(db(tmp_path, "marks.json")) is False
    fresh = factories.story(1)
    again.apply({fresh.id: fresh})
    assert fresh.starred
    fresh.starred = False
    assert again.remember(fresh) is True
    assert again.documents() == []


def test_marks_of_stories_gone_are_dropped(tmp_path):
    marks = MarksTable()
    for n in (1, 2):
        marks.remember(factories.story(n, read=True))
    kept = factories.story(2)
    assert marks.keep_only({kept.id: kept}) is True
    assert [d["id"] for d in marks.documents()] == [kept.id]
    assert marks.keep_only({kept.id: kept}) is False


def test_a_damaged_marks_file_keeps_its_good_lines_and_a_copy(tmp_path):
    marks = MarksTable()
    for n in (1, 2):
        marks.remember(factories.story(n, flagged=True))
    write_tables(db(tmp_path, "marks.json"), {"marks": marks.documents()})
    path = tmp_path / "marks.json"
    lines = path.read_bytes().split(b"\n")
    lines[1] = b'"0":{"id":"f:0001","fla'
    path.write_bytes(b"\n".join(lines))

    notices: list[str] = []
    again = MarksTable()
    assert again.load(db(tmp_path, "marks.json", notices)) is True
    assert [d["id"] for d in again.documents()] == ["f:0002"]
    assert any("marks on its damaged lines are lost" in n for n in notices)
    assert list(tmp_path.glob("marks.json.corrupt-*"))


def test_validators_of_feeds_that_lost_stories_wait_for_a_full_response():
    health = HealthTable()
    health.put(FeedHealth("kyiv", etag='"a"', status=200))
    health.put(FeedHealth("odesa", etag='"b"', status=200))
    assert health.forget_validators({"kyiv"}, every_feed=False) is True
    assert health.copy()["kyiv"].etag is None and health.copy()["odesa"].etag == '"b"'

    health.keep(FeedHealth("kyiv", etag='"c"', status=304))
    assert health.copy()["kyiv"].etag is None  # a 304 vouches for stories that are gone
    health.keep(FeedHealth("kyiv", etag='"d"', status=200))
    health.keep(FeedHealth("kyiv", etag='"e"', status=304))
    assert health.copy()["kyiv"].etag == '"e"'


def test_validators_of_feeds_with_unsaved_stories_stay_off_disk():
    health = HealthTable()
    health.put(FeedHealth("kyiv", etag='"a"', last_modified="Mon", status=200))
    health.unsaved_feeds.add("kyiv")
    [doc] = health.documents()
    assert doc.get("etag") is None and doc.get("last_modified") is None
    assert health.copy()["kyiv"].etag == '"a"'  # kept in memory for the next write


def test_claims_read_from_their_file_and_damage_is_said(tmp_path):
    claim = Claim(id="control:kupiansk", event="control", place="Kupiansk", first_seen=1.0)
    table = ClaimsTable()
    table.by_id = {claim.id: claim}
    write_tables(db(tmp_path, "claims.json"), {"claims": table.documents()})
    read, damaged = ClaimsTable.read(db(tmp_path, "claims.json"))
    assert read == {claim.id: claim} and damaged is False

    path = tmp_path / "claims.json"
    path.write_bytes(path.read_bytes()[:-10])
    notices: list[str] = []
    read, damaged = ClaimsTable.read(db(tmp_path, "claims.json", notices))
    assert damaged is True and read == {}
    assert any("rebuilt from the stories" in n for n in notices)


def test_articles_are_written_beside_their_partition_and_read_on_first_use(tmp_path):
    files = StoryFiles(tmp_path, [], lambda: factories.NOW)
    stories = [factories.story(n) for n in range(3)]
    files.assign(stories)
    shelf = ArticleShelf(files, threading.Lock(), [])
    shelf.fold({0}, {stories[0].id: {"content": "full text"}}, set())
    shelf.write_unsaved()
    assert shelf.unsaved == set()
    assert [p.name for p in tmp_path.glob("articles-*.json")] == ["articles-0000.json"]

    fresh = ArticleShelf(files, threading.Lock(), [])
    previous = fresh.save(0, stories[1].id, {"article": {"title": "t"}})
    assert previous == {} and fresh.unsaved == {0}
    fresh.write_unsaved()
    again = ArticleShelf(files, threading.Lock(), [])
    assert set(again.of(0)) == {stories[0].id, stories[1].id}
    assert again.of(0)[stories[0].id] == {"content": "full text"}


def test_articles_of_stories_that_left_their_partition_are_dropped(tmp_path):
    files = StoryFiles(tmp_path, [], lambda: factories.NOW)
    stories = [factories.story(n) for n in range(2)]
    files.assign(stories)
    shelf = ArticleShelf(files, threading.Lock(), [])
    shelf.fold({0}, {s.id: {"content": s.title} for s in stories}, set())
    files.forget(stories[0].id)
    shelf.fold({0}, {}, {stories[0].id})
    assert set(shelf.of(0)) == {stories[1].id}


def test_the_flusher_flushes_a_burst_once_and_retries_later():
    cond = threading.Condition()
    flushed = threading.Event()
    calls: list[int] = []

    def flush():
        calls.append(1)
        flushed.set()

    flusher = Flusher(cond, 0.02, flush, lambda exc: None)
    flusher.start()
    try:
        with cond:
            for _ in range(5):
                flusher.touch()
        assert flushed.wait(5)
        flushed.clear()
        with cond:
            flusher.retry_in(0.01)
        assert flushed.wait(5)
    finally:
        flusher.stop()
    assert len(calls) == 2


def test_later_changes_do_not_push_back_a_flush_that_is_due():
    cond = threading.Condition()
    flushed = threading.Event()
    clock = Clock(0.0)
    flusher = Flusher(cond, 10.0, flushed.set, lambda exc: None, clock=clock)
    flusher.start()
    try:
        for moment in (0.0, 4.0, 8.0, 9.9):  # a change every few seconds, never a quiet interval
            with cond:
                clock.now = moment
                flusher.touch()
                cond.notify_all()  # the flusher looks at the clock again
        assert not flushed.wait(0.2)  # the first change is not an interval old yet
        with cond:
            clock.now = 10.0
            flusher.touch()
            cond.notify_all()
        # Due since the first change, whatever came after it.
        assert flushed.wait(5)
    finally:
        flusher.stop()


def test_the_flusher_survives_a_failing_flush_and_reports_it():
    cond = threading.Condition()
    reported: list[Exception] = []
    done = threading.Event()

    def flush():
        raise OSError(28, "No space left on device")

    def report(exc):
        reported.append(exc)
        done.set()

    flusher = Flusher(cond, 0.01, flush, report)
    flusher.start()
    try:
        with cond:
            flusher.touch()
        assert done.wait(5)
    finally:
        flusher.stop()
    assert isinstance(reported[0], OSError)
