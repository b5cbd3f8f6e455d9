"""Deferred open: the newest stories first, the rest later, and nothing lost in between.

The dashboard opens the store with deferred=True so a big cache paints at once. These tests
shrink the partitions so a few hundred stories span many files, then check that the head is
exactly the newest part of the full order (later cycles, revisions and drops included), that
marks set or flushed before the rest is read survive, and that a partial store never rewrites
a partition, even when killed.
"""

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from tui.core import partitions, store as store_module
from tui.core.models import Story
from tui.core.store import Store

from tests import factories
from tests.factories import NOW

REPO_ROOT = Path(__file__).resolve().parents[2]


def story(n: int, **fields) -> Story:
    """Story n on one of seven feeds, with a summary long enough to give partitions weight."""
    return factories.story(n, feed=f"f{n % 7}", **{"summary": "s" * 200, **fields})


@pytest.fixture
def small_blocks(monkeypatch):
    # 40 stories a partition and a head of 30: a 600-story cache spans 16 files.
    monkeypatch.setattr(partitions, "PARTITION_SIZE", 40)
    monkeypatch.setattr(store_module, "HEAD_STORIES", 30)


def partition_stamps(data_dir: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(data_dir.glob("stories-*.json"))}


def full_view(data_dir: Path) -> list[tuple[str, str, bool, bool]]:
    with Store.open(data_dir) as opened:
        return [(s.id, s.title, s.read, s.starred) for s in opened.stories()]


def build_cache(data_dir: Path) -> None:
    """600 stories, then later cycles: newer stories, revisions, drops, marks."""
    options = dict(flush_interval=0.01)
    with Store.open(data_dir, **options) as opened:
        opened.ingest([story(n) for n in range(20, 620)])
        opened.set_marks([story(500).id], starred=True)  # beyond any head
    with Store.open(data_dir, **options) as opened:
        opened.ingest([story(n) for n in range(20)])  # newer than the whole base
        revised = [replace(story(n), title=f"Story {n}, revised") for n in (25, 300)]
        opened.ingest(revised)
        opened.ingest([], retention={"f3": 80})  # f3 is past the age limit: dropped
        opened.set_marks([story(21).id, story(400).id], read=True)


def test_head_is_exactly_the_newest_part_of_the_full_order(tmp_path, small_blocks):
    data_dir = tmp_path / "data"
    build_cache(data_dir)
    expected = full_view(data_dir)
    with Store.open(data_dir, deferred=True) as opened:
        assert not opened.complete
        head = [(s.id, s.title, s.read, s.starred) for s in opened.stories()]
        assert 30 <= len(head) < len(expected)
        assert head == expected[: len(head)]
        opened.finish_load()
        assert opened.complete
        assert [(s.id, s.title, s.read, s.starred) for s in opened.stories()] == expected


def test_marks_set_while_partial_survive_the_load_and_a_reopen(tmp_path, small_blocks):
    data_dir = tmp_path / "data"
    build_cache(data_dir)
    with Store.open(data_dir, deferred=True, flush_interval=0.01) as opened:
        newest = opened.stories()[0]
        opened.set_marks([newest.id], flagged=True)
        opened.finish_load()
        assert opened.story(newest.id).flagged
        assert opened.story(story(500).id).starred  # marks.json's, now on the full story
    after = {s[0]: s for s in full_view(data_dir)}
    assert (newest.id, newest.title) == after[newest.id][:2]
    with Store.open(data_dir) as opened:
        assert opened.story(newest.id).flagged
        assert opened.story(story(400).id).read


def test_a_partial_store_closed_early_keeps_every_story_and_mark(tmp_path, small_blocks):
    data_dir = tmp_path / "data"
    build_cache(data_dir)
    expected = full_view(data_dir)
    base = partition_stamps(data_dir)
    with Store.open(data_dir, deferred=True, flush_interval=0.01) as opened:
        opened.set_marks([opened.stories()[3].id], starred=True)
        opened.flush()  # marks.json holds the marks of stories never read, too
    assert partition_stamps(data_dir) == base
    after = full_view(data_dir)
    assert [s[:3] for s in after] == [s[:3] for s in expected]
    starred = {s[0] for s in after if s[3]}
    assert starred == {s[0] for s in expected if s[3]} | {expected[3][0]}


def test_ingest_on_a_partial_store_reads_everything_first(tmp_path, small_blocks):
    data_dir = tmp_path / "data"
    build_cache(data_dir)
    total = len(full_view(data_dir))
    with Store.open(data_dir, deferred=True) as opened:
        known = [story(n) for n in range(15, 25) if n % 7 != 3]  # f3 was dropped
        result = opened.ingest(known + [story(-1)])
        assert opened.complete
        assert result.new == [story(-1).id]  # the others were known, though not in the head
        assert opened.count() == total + 1


def test_a_base_in_an_older_layout_is_migrated_before_a_deferred_open(tmp_path, small_blocks):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    doc = {"feed_id": "f", "source": "S", "side": "intl", "title": "Old layout", "published": NOW}
    (data_dir / "stories.json").write_text('{"stories": {"f:1": %s}}' % str(doc).replace("'", '"'))
    with Store.open(data_dir, deferred=True) as opened:
        assert [s.title for s in opened.stories()] == ["Old layout"]
    assert not (data_dir / "stories.json").exists()


KILLED = textwrap.dedent("""
    import os, signal, sys
    from tui.core import partitions, store
    from tui.core.store import Store

    partitions.PARTITION_SIZE = 40
    store.HEAD_STORIES = 30
    opened = Store.open(sys.argv[1], deferred=True, flush_interval=0.01)
    target = opened.stories()[2].id
    opened.set_marks([target], starred=True)
    opened.wait_flushed(10)
    print(target, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_kill_9_while_partial_loses_nothing(tmp_path, small_blocks):
    data_dir = tmp_path / "data"
    build_cache(data_dir)
    expected = full_view(data_dir)
    proc = subprocess.run(
        [sys.executable, "-c", KILLED, str(data_dir)], cwd=REPO_ROOT, capture_output=True,
        text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    target = proc.stdout.strip()
    after = full_view(data_dir)
    assert [s[:3] for s in after] == [s[:3] for s in expected]
    assert {s[0] for s in after if s[3]} == {s[0] for s in expected if s[3]} | {target}


def test_an_article_saved_on_a_partial_store_lands_with_its_story(tmp_path, small_blocks):
    from tui.core.models import Article

    data_dir = tmp_path / "data"
    build_cache(data_dir)
    old = story(600).id  # far beyond the head
    with Store.open(data_dir, deferred=True) as opened:
        assert opened.story(old) is None  # not read yet
        opened.save_article(old, Article(url="https://example.org/600", text="Body"))
        assert opened.article(old).text == "Body"
    with Store.open(data_dir) as reopened:
        assert reopened.article(old).text == "Body"
