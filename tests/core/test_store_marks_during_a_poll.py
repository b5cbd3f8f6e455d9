"""A mark set while a big poll's partitions are being written reaches disk without waiting."""

import threading
import time

from tui.core.partitions import StoryFiles
from tui.core.store import Store

from tests.core import stored
from tests.factories import NOW, story

SIZE = 20_000
SHELLING = "Shelling reported overnight near the front line."


def wait_for(condition, what):
    """Poll condition; the deadline only turns a hang into a failure, it measures nothing."""
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


def marks_on_disk(data_dir):
    try:
        return stored.marks(data_dir)
    except ValueError:  # never half a file; an unreadable one would fail the wait below
        return {}


def test_marks_flush_while_a_poll_is_paused_between_partitions(tmp_path, monkeypatch):
    store = Store.open(tmp_path, clock=lambda: NOW, flush_interval=0.05)
    store.ingest([story(n, summary=SHELLING) for n in range(SIZE)])
    entered, gate = threading.Event(), threading.Event()
    real_write = StoryFiles.write

    def paused_write(self, number, by_id):
        real_write(self, number, by_id)
        if not entered.is_set():  # one partition is written: pause before the next
            entered.set()
            gate.wait()

    monkeypatch.setattr(StoryFiles, "write", paused_write)
    # Revising every story touches every partition: a poll's longest write.
    poll = threading.Thread(target=store.ingest,
                            args=([story(n, summary=SHELLING, title=f"Story {n}, revised")
                                   for n in range(SIZE)],))
    poll.start()
    try:
        wait_for(entered.is_set, "the poll's writes to start")
        store.set_marks(["f:0007"], starred=True)
        store.set_marks(["f:19999"], read=True)
        # Durable while the poll still holds its write lock and is part way through.
        wait_for(lambda: marks_on_disk(tmp_path).get("f:0007", {}).get("starred"), "the mark")
        assert marks_on_disk(tmp_path)["f:19999"]["read"] is True
        assert not gate.is_set() and entered.is_set()
    finally:
        gate.set()
    poll.join()
    assert store.wait_flushed(timeout=60)
    store.close()
    with Store.open(tmp_path, clock=lambda: NOW) as reopened:
        assert reopened.count() == SIZE
        assert reopened.story("f:0007").starred and reopened.story("f:0007").revision == 1
        assert reopened.story("f:19999").read
        assert not reopened.story("f:0008").starred
