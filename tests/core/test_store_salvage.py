"""Damage is salvaged, not only moved aside (HARDENING 42): the intact lines of a damaged
partition or marks file are kept, a copy of the damaged file is set aside, every loss is
announced, and feeds whose stories were lost are fetched again in full (their
ETag/Last-Modified forgotten) instead of answering 304 forever."""

from pathlib import Path

import orjson
import pytest
import tomli_w

from tui.core.demo import DemoServer
from tui.core.models import FeedHealth
from tui.core.store import Store

from tests.factories import story
from tests.test_cli import warfeed


def stored_ids(data: Path, config: Path) -> set[str]:
    result = warfeed("stories", "--json", data_dir=data, config=config)
    assert result.returncode == 0, result.stderr
    return {s["id"] for s in orjson.loads(result.stdout)}


def base_with_journal(data: Path) -> None:
    """A partition with feeds a, b, c and two later cycles (d, then b)."""
    with Store.open(data) as store:
        store.ingest([story(n, feed=f) for f in "abc" for n in range(1, 6)],
                     health=[FeedHealth(f, status=200, etag=f'"{f}1"') for f in "abc"])
        store.ingest([story(1, feed="d")], health=[FeedHealth("d", status=200, etag='"d1"')])
        store.ingest([story(9, feed="b")])


def test_intact_lines_and_journal_records_survive_a_damaged_line(tmp_path):
    data = tmp_path / "data"
    base_with_journal(data)
    path = data / "stories-0000.json"
    lines = path.read_bytes().splitlines(keepends=True)
    (hit,) = [i for i, line in enumerate(lines) if b'"b:0003"' in line]
    # The damaged line still names its feed: only that feed is fetched whole again.
    damaged = b"".join([*lines[:hit], lines[hit][:40] + b"\x00\xff garbage\n", *lines[hit + 1:]])
    path.write_bytes(damaged)
    with Store.open(data) as store:
        ids = {s.id for s in store.stories()}
        assert ids == {f"{f}:{n:04d}" for f in "abc" for n in range(1, 6)} - {"b:0003"} | {
            "d:0001", "b:0009"}
        (notice,) = store.notices
        assert "stories-0000.json had 1 damaged story, skipped (16 kept)" in notice
        health = store.health()
        # Only feed b lost a story: only b is fetched in full again.
        assert health["b"].etag is None
        assert [health[f].etag for f in "acd"] == ['"a1"', '"c1"', '"d1"']
    (copy,) = data.glob("stories-0000.json.corrupt-*")
    assert copy.read_bytes() == damaged
    with Store.open(data) as store:  # rewritten from what was kept: the damage is not met again
        assert store.notices == [] and store.count() == 16
        assert store.health()["b"].etag is None


def test_a_cut_short_partition_forgets_every_validator_even_for_a_headless_poll(tmp_path):
    data = tmp_path / "data"
    base_with_journal(data)
    path = data / "stories-0000.json"
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) * 2 // 3])
    # A poll opens with no head and reads no story unless it must: the cut is still seen.
    store = Store.open(data, deferred=True, head=0)
    try:
        assert {h.etag for h in store.health().values()} == {None}
        assert any("stories-0000.json had" in n for n in store.notices)
        assert "d:0001" in {s.id for s in store.stories()}  # a line before the cut
        # A 304 for a feed that lost stories does not bring its validators back...
        store.ingest([], health=[FeedHealth("a", status=304, etag='"a1"')])
        assert store.health()["a"].etag is None
        # ...nor does a 200 that was not a feed (nothing of it was stored)...
        store.ingest([], health=[FeedHealth("a", status=200, error="not a feed", etag='"a1"')])
        assert store.health()["a"].etag is None
        # ...a full answer (its stories stored) does.
        store.ingest([story(1, feed="a")], health=[FeedHealth("a", status=200, etag='"a2"')])
        assert store.health()["a"].etag == '"a2"'
    finally:
        store.close()


@pytest.mark.parametrize("damage", ["cut", "garbage line", "unreadable"])
def test_polls_refill_a_damaged_cache_instead_of_hearing_304_forever(tmp_path, damage):
    data, config = tmp_path / "data", tmp_path / "config.toml"
    with DemoServer(publish_every=None) as server:
        feeds = [f.to_dict() for f in server.feeds()]
        config.write_text(tomli_w.dumps({"allow_private_articles": True, "feeds": feeds}))
        first = warfeed("poll", data_dir=data, config=config)
        assert first.returncode in (0, 1) and "Traceback" not in first.stderr  # one demo feed fails
        before = stored_ids(data, config)
        assert len(before) > 30
        path = data / "stories-0000.json"
        raw = path.read_bytes()
        lines = raw.splitlines(keepends=True)
        if damage == "cut":
            path.write_bytes(raw[: len(raw) // 2])
        elif damage == "garbage line":
            path.write_bytes(b"".join([*lines[:5], b"\x00\x01 not json\n", *lines[6:]]))
        else:
            path.write_bytes(b"\x00" * 100)
        poll = warfeed("poll", data_dir=data, config=config)
        assert poll.returncode == first.returncode, poll.stderr
        assert "Traceback" not in poll.stderr and "stories-0000.json" in poll.stderr
        assert "(304)" not in poll.stdout  # every feed was fetched whole again
        assert stored_ids(data, config) == before
        again = warfeed("poll", data_dir=data, config=config)
        answered = [line for line in again.stdout.splitlines() if line.startswith("ok")]
        assert again.stderr == "" and answered and all("(304)" in line for line in answered)
    assert len(list(data.glob("stories-0000.json.corrupt-*"))) == 1


def test_a_damaged_marks_file_keeps_its_intact_marks(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(n, feed="a") for n in range(1, 6)],
                     health=[FeedHealth("a", status=200, etag='"a1"')])
        store.set_marks(["a:0001", "a:0002"], starred=True)
        store.set_marks(["a:0003"], flagged=True, read=True)
        assert store.flush()
    path = data / "marks.json"
    lines = path.read_bytes().splitlines(keepends=True)
    (hit,) = [i for i, line in enumerate(lines) if b'"a:0002"' in line]
    damaged = b"".join([*lines[:hit], b'"2":{"id":"a:0002","rea\x00\n', *lines[hit + 1:]])
    path.write_bytes(damaged)
    with Store.open(data) as store:
        assert store.story("a:0001").starred and not store.story("a:0002").starred
        flagged = store.story("a:0003")
        assert flagged.flagged and flagged.read
        assert store.health()["a"].etag == '"a1"'  # feed state lives in its own file
        (notice,) = store.notices
        assert "marks.json was damaged: 1 line could not be read" in notice
    (copy,) = data.glob("marks.json.corrupt-*")
    assert copy.read_bytes() == damaged
    feeds = data / "feeds.json"
    feeds.write_bytes(feeds.read_bytes()[:20])  # cut inside the health table
    with Store.open(data) as store:
        assert store.health() == {} and store.count() == 5
        assert store.story("a:0001").starred  # the marks were rewritten whole last time
        assert "feeds.json" in store.notices[0] and "starts afresh" in store.notices[0]
