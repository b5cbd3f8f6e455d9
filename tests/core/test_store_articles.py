"""Saved articles: one save appends one line (never every article), the old file migrates."""

import orjson

from tui.core.models import Article, Story
from tui.core.store import Store

NOW = 1_763_625_600.0


def story(n, **kw):
    return Story(id=f"f:{n:04d}", feed_id="f", source="F", side="intl", title=f"Item {n}",
                 published=NOW - n, **kw)


def article(n):
    return Article(url=f"https://example.org/{n}", title=f"Article {n}", text=f"Body {n}. " * 50)


def test_a_save_appends_one_line_and_leaves_every_earlier_byte(tmp_path):
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(n, content=f"feed text {n}") for n in range(50)])
        for n in range(40):
            store.save_article(f"f:{n:04d}", article(n))
        log = tmp_path / "articles.log"
        before = log.read_bytes()
        store.save_article("f:0045", article(45))
        after = log.read_bytes()
        assert after.startswith(before)  # nothing earlier was rewritten
        added = after[len(before):]
        assert added.count(b"\n") == 1 and b"Article 45" in added and b"Article 3" not in added
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        assert store.article("f:0045") == article(45)
        assert store.article("f:0007") == article(7)
        assert store.content("f:0007") == "feed text 7"
        assert store.article("f:0046") is None


def test_the_old_whole_file_layout_is_read_and_migrated(tmp_path):
    old = {"articles": {
        "f:0001": {"content": "old feed text", "article": article(1).to_dict()},
        "f:0002": {"article": article(2).to_dict()},
    }}
    (tmp_path / "articles.json").write_bytes(orjson.dumps(old))
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(1), story(2)])
        assert store.content("f:0001") == "old feed text"
        assert store.article("f:0002") == article(2)
        assert store.notices == []
    assert not (tmp_path / "articles.json").exists()
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        assert store.article("f:0001") == article(1)
        assert store.content("f:0002") == ""


def test_a_torn_last_line_is_cut_and_a_damaged_one_kept_aside(tmp_path):
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(1), story(2)])
        store.save_article("f:0001", article(1))
        store.save_article("f:0002", article(2))
    log = tmp_path / "articles.log"
    whole = log.read_bytes()
    log.write_bytes(whole[:-9])  # a crash during the last append
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        assert store.article("f:0001") == article(1)
        assert store.article("f:0002") is None
        assert store.notices == []
        store.save_article("f:0002", article(2))
    lines = log.read_bytes().split(b"\n")
    lines[1] = b'{"put": garbage'
    log.write_bytes(b"\n".join(lines))
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.article("f:0001")
        assert len(store.notices) == 1 and "articles.log" in store.notices[0]
    assert len(list(tmp_path.glob("articles.log.corrupt-*"))) == 1


def test_dropped_stories_leave_the_log_and_it_is_rewritten_once_it_doubles(tmp_path):
    big = Article(url="https://example.org/big", text="Long body. " * 500)  # ~5.6 KB a line
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(n, content="x" * 2000) for n in range(20)])
        for _ in range(300):  # ~1.7 MB appended over one entry
            store.save_article("f:0000", big)
        # Past twice its last rewrite plus 1 MB, the log was rewritten from the live entries.
        assert (tmp_path / "articles.log").stat().st_size < 1_300_000
        store.ingest([story(30)], retention={"f": 1})
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        # Retention kept the newest story (with its article) and dropped the rest's content.
        assert store.count() == 1 and store.article("f:0000") == big
        assert store.content("f:0005") == "" and store.content("f:0000") == "x" * 2000
