"""Saved articles: kept beside their partition, so a save rewrites one bounded file."""

import shutil
from pathlib import Path

from tui.core.models import Article
from tui.core.partitions import PARTITION_SIZE
from tui.core.store import Store

from tests.core import stored
from tests.factories import NOW, story

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store_release1"


def article(n):
    return Article(url=f"https://example.org/{n}", title=f"Article {n}", text=f"Body {n}. " * 50)


def test_a_save_rewrites_only_the_articles_of_its_own_partition(tmp_path):
    count = PARTITION_SIZE + 50
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(n, content=f"feed text {n}") for n in range(count)])
        older, newer = tmp_path / "articles-0000.json", tmp_path / "articles-0001.json"
        # The oldest stories went in first: the newest (smallest n) are in the second file.
        store.save_article("f:0003", article(3))
        before = older.read_bytes(), older.stat().st_mtime_ns
        store.save_article("f:0007", article(7))
        assert (older.read_bytes(), older.stat().st_mtime_ns) == before
        assert b"Article 7" in newer.read_bytes()
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        assert store.article("f:0007") == article(7)
        assert store.article("f:0003") == article(3)
        assert store.content(story(count - 1).id) == f"feed text {count - 1}"
        assert store.article("f:0046") is None
    assert stored.articles(tmp_path)["f:0007"]["article"]["title"] == "Article 7"


def test_the_older_whole_file_articles_json_is_migrated(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    (data / "articles.log").unlink()
    shutil.copy(FIXTURE / "older" / "articles.json", data / "articles.json")
    with Store.open(data, clock=lambda: NOW) as store:
        assert store.content("alpha:0004") == "<p>An older sample body.</p>"
        assert store.article("alpha:0004").text == "Old body."
        assert store.notices == []
    assert not (data / "articles.json").exists()


def test_a_damaged_articles_file_keeps_its_intact_lines_and_a_copy(tmp_path):
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(1), story(2)])
        store.save_article("f:0001", article(1))
        store.save_article("f:0002", article(2))
    path = tmp_path / "articles-0000.json"
    lines = path.read_bytes().split(b"\n")
    damaged = next(i for i, line in enumerate(lines) if b"Article 2" in line)
    lines[damaged] = b'"2":{"id": garbage'
    path.write_bytes(b"\n".join(lines))
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        assert store.article("f:0001") == article(1)
        assert store.article("f:0002") is None
        assert len(store.notices) == 1 and "articles-0000.json" in store.notices[0]
    assert len(list(tmp_path.glob("articles-0000.json.corrupt-*"))) == 1


def test_dropped_stories_leave_their_articles_file(tmp_path):
    big = Article(url="https://example.org/big", text="Long body. " * 500)
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(n, content="x" * 2000) for n in range(20)])
        store.save_article("f:0000", big)
        store.ingest([story(30)], retention={"f": 1})
    assert set(stored.articles(tmp_path)) == {"f:0000"}
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        assert store.count() == 1 and store.article("f:0000") == big
        assert store.content("f:0005") == "" and store.content("f:0000") == "x" * 2000
