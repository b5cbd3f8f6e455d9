"""The word index kept beside the store: saved, reloaded, validated per story, grown on ingest."""

import threading

from tui.core import store as store_module
from tui.core.query import compile_query
from tui.core.search_index import SearchIndex
from tui.core.store import Store

from tests.factories import NOW, story

def report(n, **fields):
    """A story on shelling, unless the test gives it a title of its own."""
    return story(n, **{"title": f"Report {n} on shelling", **fields})


def found(store, text):
    return [s.id for s in store.stories(compile_query(text, now=NOW, index=store.word_index))]


def indexed(store):
    known = store.word_index.generation_of
    return [id(s) in known for s in store.stories()]


def test_stories_ingested_after_open_are_indexed_and_found(tmp_path):
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([report(n) for n in range(30)])
        before = compile_query("ceasefire", now=NOW, index=store.word_index)
        assert store.stories(before) == []  # planned now, over the 30 indexed stories
        store.ingest([story(100, title="Ceasefire talks in Istanbul"), story(101, title="Quiet night", summary="no truce")])
        assert all(indexed(store))
        # A predicate planned before the ingest checks the newcomers by their text.
        assert [s.id for s in store.stories(before)] == ["f:0100"]
        assert found(store, "ceasefire") == ["f:0100"]
        assert found(store, "-shelling") == ["f:0100", "f:0101"]
        assert found(store, "truce") == ["f:0101"]


def test_the_index_is_saved_and_reopens_without_indexing_again(tmp_path, monkeypatch):
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([report(n, summary="Kupiansk" if n % 3 == 0 else "Odesa") for n in range(60)])
        expected = found(store, "kupiansk")
    assert (tmp_path / "stories.index").exists()
    calls = []
    real_add = SearchIndex.add
    monkeypatch.setattr(SearchIndex, "add", lambda self, s: calls.append(len(list(s))) or 0)
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        assert all(indexed(store))
        assert calls == []  # nothing left to fold: every slot was valid
        monkeypatch.setattr(SearchIndex, "add", real_add)
        assert found(store, "kupiansk") == expected
        assert len(expected) == 20


def test_a_story_revised_after_the_index_was_saved_is_indexed_by_its_new_text(tmp_path):
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([report(n) for n in range(10)])
    # Reopen and revise one story; a crash then keeps the index saved before the revision.
    store = Store.open(tmp_path, clock=lambda: NOW)
    store.ingest([story(4, title="Report 4: ceasefire agreed")])
    saved = (tmp_path / "stories.index").read_bytes()
    store.close()
    (tmp_path / "stories.index").write_bytes(saved)  # as the crash left it
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        assert store.story("f:0004").revision == 1
        assert all(indexed(store))
        assert found(store, "ceasefire") == ["f:0004"]
        assert found(store, '"report 4 on"') == []


def test_a_damaged_index_is_ignored_and_rebuilt(tmp_path):
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(n, title=f"Drone strike {n}") for n in range(12)])
    path = tmp_path / "stories.index"
    for damage in (b"", b"garbage\n", path.read_bytes()[:-7], path.read_bytes() + b"x"):
        path.write_bytes(damage)
        with Store.open(tmp_path, clock=lambda: NOW) as store:
            assert store.notices == []  # a cache: rebuilt quietly
            assert len(found(store, "drone")) == 12
            assert found(store, "strike 7") == ["f:0007"]


def test_a_large_batch_is_indexed_in_the_background_and_queries_stay_right(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "INDEX_NOW", 5)
    monkeypatch.setattr(store_module, "BACKGROUND_INDEX_DELAY", 0)  # the gate holds it instead
    gate = threading.Event()
    real_add = SearchIndex.add

    def slow_add(index, stories):
        gate.wait()
        return real_add(index, stories)

    monkeypatch.setattr(SearchIndex, "add", slow_add)
    with Store.open(tmp_path, clock=lambda: NOW) as store:
        store.ingest([story(n, title=f"Item {n} kharkiv" if n % 2 else f"Item {n}") for n in range(40)])
        assert not any(indexed(store))  # the background thread waits at the gate
        assert len(found(store, "kharkiv")) == 20
        gate.set()
        for thread in threading.enumerate():
            if thread.name == "warfeed-store-index":
                thread.join()
        assert all(indexed(store))
        assert len(found(store, "kharkiv")) == 20


def test_a_store_opened_without_the_index_leaves_it_whole_and_the_next_open_catches_up(tmp_path):
    """`warfeed poll` skips the word index; the dashboard's next open still finds new stories."""
    first = Store.open(tmp_path)
    first.ingest([story(n, title=f"Report {n} from Kharkiv") for n in range(30)])
    first.close()
    index_file = tmp_path / "stories.index"
    saved = index_file.read_bytes()

    headless = Store.open(tmp_path, search_index=False)
    headless.ingest([story(100 + n, title=f"Strike near Zatoka number {n}") for n in range(5)])
    headless.close()
    assert index_file.read_bytes() == saved  # neither grown nor rewritten

    again = Store.open(tmp_path)
    try:
        found = again.stories(match=compile_query("zatoka", index=again.word_index))
        assert sorted(s.title for s in found) == sorted(f"Strike near Zatoka number {n}" for n in range(5))
        assert len(again.stories(match=compile_query("kharkiv", index=again.word_index))) == 30
    finally:
        again.close()
