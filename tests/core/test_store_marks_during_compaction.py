"""A mark set while a big compaction is being written reaches disk without waiting for it."""

import json
import threading
import time

from tui.core import journal
from tui.core.models import Story
from tui.core.store import Store

NOW = 1_763_625_600.0
SIZE = 20_000


def story(n):
    return Story(id=f"f:{n:06d}", feed_id="f", source="F", side="intl", title=f"Item {n}",
                 summary="Shelling reported overnight near the front line.", published=NOW - n)


def wait_for(condition, what):
    """Poll condition; the deadline only turns a hang into a failure, it measures nothing."""
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


def marks_on_disk(data_dir):
    try:
        return json.loads((data_dir / "state.json").read_bytes()).get("marks", {})
    except (FileNotFoundError, ValueError):
        return {}


def test_marks_flush_while_a_compaction_is_paused_mid_write(tmp_path, monkeypatch):
    store = Store.open(tmp_path, clock=lambda: NOW, flush_interval=0.05)
    store.ingest([story(n) for n in range(SIZE)])  # the first write: stories.json whole
    entered, gate = threading.Event(), threading.Event()
    real_chunks = journal.base_chunks

    def paused_chunks(stories, token, chunk=500):
        for number, piece in enumerate(real_chunks(stories, token, chunk)):
            yield piece
            if number == 1:  # the header and a first chunk are written: pause mid-file
                entered.set()
                gate.wait()

    monkeypatch.setattr(journal, "base_chunks", paused_chunks)
    store.ingest([story(SIZE)])  # one journal append for the compaction to fold
    compaction = threading.Thread(target=store.compact)  # as the store's compactor runs it
    compaction.start()
    try:
        wait_for(entered.is_set, "the compaction to start")
        store.set_marks(["f:000007"], starred=True)
        store.set_marks(["f:019999"], read=True)
        # Durable while the compaction still holds its write lock and is half way through.
        wait_for(lambda: marks_on_disk(tmp_path).get("f:000007", {}).get("starred"), "the mark")
        assert marks_on_disk(tmp_path)["f:019999"]["read"] is True
        assert not gate.is_set() and entered.is_set()
    finally:
        gate.set()
    compaction.join()
    assert store.wait_flushed(timeout=60)
    assert (tmp_path / "stories.journal").stat().st_size < 100  # folded: the compaction ran
    store.close()
    with Store.open(tmp_path, clock=lambda: NOW) as reopened:
        assert reopened.count() == SIZE + 1
        assert reopened.story("f:000007").starred
        assert reopened.story("f:019999").read
        assert not reopened.story("f:000008").starred
