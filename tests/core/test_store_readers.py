"""Read-only commands read a consistent snapshot without the writer's lock (HARDENING 31, 44):
beside a real writer process that keeps polling and marking, beside a write in flight, and on
a data dir that is really read-only."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson

from tests.diskfaults import read_only
from tests.factories import story
from tui.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
NOW = 1_763_625_600.0

# Each cycle adds story n and stars it; partitions seal every 40 stories.
WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from tui.core import partitions
    from tests.factories import story as make_story
    from tui.core.models import Claim, Statement
    from tui.core.store import Store

    partitions.PARTITION_SIZE = 40
    store = Store.open(Path(sys.argv[1]), flush_interval=0.01)
    store.install_signal_handlers()
    store.save_claims([Claim(id="control:kupiansk", event="control", place="Kupiansk",
                             statements=[Statement(sentence="Troops hold Kupiansk.", speaker="",
                                                   side="ua", stance="claim", event="control",
                                                   place="Kupiansk", story_id="f:000000")])])
    n = 0
    while True:
        story = make_story(n, id=f"f:{n:06d}", source="F", summary="s" * 300, published=1.7e9 + n)
        store.ingest([story], retention={"f": 100000})
        store.set_marks([story.id], starred=True)
        n += 1
        if n == 30:
            print("ready", flush=True)
""")


def warfeed(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "WARFEED_HOME"}
    return subprocess.run([sys.executable, "-m", "tui.cli", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def start_writer(data: Path) -> subprocess.Popen:
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    return writer


def test_read_only_commands_work_while_a_writer_holds_the_data_dir(tmp_path):
    data = tmp_path / "data"
    writer = start_writer(data)
    try:
        for args in (["stories", "--json"], ["export", "--format", "json"]):
            result = warfeed(*args, data_dir=data)
            assert result.returncode == 0, result.stderr
            stories = orjson.loads(result.stdout)
            assert len(stories) >= 30 and "another warfeed" not in result.stderr
        claims = warfeed("claims", "list", "--json", data_dir=data)
        assert claims.returncode == 0, claims.stderr
        assert [c["id"] for c in orjson.loads(claims.stdout)] == ["control:kupiansk"]
        poll = warfeed("poll", data_dir=data)  # a second writer is still refused
        assert poll.returncode == 2 and "another warfeed is using" in poll.stderr
    finally:
        writer.terminate()
        writer.communicate(timeout=60)


def test_snapshots_taken_during_writes_are_consistent(tmp_path):
    data = tmp_path / "data"
    writer = start_writer(data)
    try:
        seen = 0
        for _ in range(150):
            snapshot = Store.open(data, read_only=True, search_index=False)
            ids = sorted(s.id for s in snapshot.stories())
            # Stories only ever arrive: a snapshot holds every story up to some cycle, no gap,
            # and never fewer than an earlier snapshot saw.
            assert ids == [f"f:{n:06d}" for n in range(len(ids))]
            assert len(ids) >= seen
            seen = len(ids)
            assert snapshot.notices == []
            # Every mark the snapshot shows belongs to a story it holds (one consistent state).
            assert all(s.starred for s in snapshot.stories()[5:])
            snapshot.close()
        assert writer.poll() is None
    finally:
        writer.terminate()
        _, err = writer.communicate(timeout=60)
    assert "Traceback" not in err


def test_a_write_in_flight_is_read_around_and_left_alone(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(n, id=f"f:{n}", published=NOW - n) for n in range(3)])
    # A writer's temp file, half written: it only counts once renamed over the partition.
    temp = data / f".stories-0000.json.{os.getpid() + 1}.tmp"
    torn = b'{"stories":{\n"1":{"id":"f:10","feed_id":"f","ti'
    temp.write_bytes(torn)
    snapshot = Store.open(data, read_only=True)
    assert sorted(s.id for s in snapshot.stories()) == ["f:0", "f:1", "f:2"]
    assert snapshot.notices == []
    snapshot.close()
    assert temp.read_bytes() == torn  # the writer's file: a reader never touches it


def test_a_read_only_data_dir_can_be_read_and_a_poll_says_why_not(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(1, id="f:1", title="Kept story", published=NOW, content="body")])
        store.set_marks(["f:1"], starred=True)
    config = tmp_path / "config.toml"
    config.write_text("feeds = []\n")
    with read_only(data):
        listed = warfeed("stories", "--json", data_dir=data)
        assert listed.returncode == 0, listed.stderr
        (row,) = orjson.loads(listed.stdout)
        assert row["title"] == "Kept story" and row["starred"] is True
        exported = warfeed("export", "--format", "csv", data_dir=data)
        assert exported.returncode == 0 and "Kept story" in exported.stdout
        poll = warfeed("--config", str(config), "poll", data_dir=data)
        assert "Traceback" not in poll.stderr and poll.returncode == 2
        assert f"{data / 'lock'}" in poll.stderr and poll.stderr.count("\n") == 1
