"""A data dir that cannot be written (HARDENING 44): a real full disk (a small tmpfs, or the
kernel's file-size limit where nothing can be mounted) under a real writer process and the real
`warfeed poll`. One sentence, never a traceback; what could not be saved stays in memory, is
shown, and is saved once space is back; validators never reach the disk before their stories."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import tomli_w

from tests.diskfaults import fill, small_disk
from tui.core.demo import DemoServer
from tui.core.store import Store

from tests.core import stored

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from tests.diskfaults import file_size_limit, lift_file_size_limit
    from tests.factories import story as make_story
    from tui.core.models import FeedHealth
    from tui.core.store import Store

    limited = sys.argv[2] == "limit"

    def story(n, feed):
        return make_story(n, feed=feed, source=feed, title=f"{feed} {n}", summary="s" * 400,
                          published=1e9 + n, content="c" * 2000)

    store = Store.open(Path(sys.argv[1]), flush_interval=0.05)
    store.ingest([story(n, "old") for n in range(20)],
                 health=[FeedHealth("old", status=200, etag='"old"')])
    print("ready", flush=True)
    sys.stdin.readline()  # the disk is full now
    if limited:
        file_size_limit(0)
    result = store.ingest([story(n, "new") for n in range(300)],
                          health=[FeedHealth("new", status=200, etag='"new"')])
    store.set_marks(["old:0003"], starred=True)
    flushed = store.flush()
    print(json.dumps({"new": len(result.new), "shown": len(store.stories()),
                      "flushed": flushed, "unsaved": store.unsaved(),
                      "notices": store.notices}), flush=True)
    sys.stdin.readline()  # space is back
    if limited:
        lift_file_size_limit()
    deadline = time.monotonic() + 60
    while store.unsaved() is not None and time.monotonic() < deadline:
        time.sleep(0.05)  # the flusher retries on its own
    store.wait_flushed(timeout=30)
    print(json.dumps({"unsaved": store.unsaved(), "notices": store.notices}), flush=True)
    store.close()
""")


def start_writer(data: Path, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(data), mode], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_a_full_disk_keeps_stories_and_marks_in_memory_and_saves_them_when_space_returns(tmp_path):
    disk = tmp_path / "disk"
    with small_disk(disk) as mounted:
        data = disk / "data"
        writer = start_writer(data, "tmpfs" if mounted else "limit")
        try:
            assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
            filler = fill(disk) if mounted else None
            writer.stdin.write("full\n")
            writer.stdin.flush()
            full = json.loads(writer.stdout.readline())
            # Nothing raised; the new stories are there to see, and the trouble is one sentence.
            assert full["new"] == 300 and full["shown"] == 320 and full["flushed"] is False
            assert full["unsaved"].startswith("Not saved yet: 300 stories")
            (notice,) = full["notices"]
            assert str(data) in notice and "Changes are kept in memory" in notice
            assert ("No space left" if mounted else "File too large") in notice
            # Until the stories are on disk, the feed's validators are not.
            health = stored.health(data)
            assert health.get("new", {}).get("etag") is None
            assert health["old"]["etag"] == '"old"'
            if filler is not None:
                filler.unlink()
            writer.stdin.write("free\n")
            writer.stdin.flush()
            after = json.loads(writer.stdout.readline())
            assert after["unsaved"] is None
            assert after["notices"][-1].startswith("Saving works again")
            _, err = writer.communicate(timeout=60)
            assert writer.returncode == 0 and "Traceback" not in err, err
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.communicate()
        with Store.open(data) as store:
            assert store.count() == 320 and store.story("old:0003").starred
            assert store.story("new:0299", full=True).content == "c" * 2000
            assert store.health()["new"].etag == '"new"'


def test_warfeed_poll_on_a_full_disk_says_so_and_the_next_poll_refills(tmp_path):
    disk = tmp_path / "disk"
    env = {k: v for k, v in os.environ.items() if k != "WARFEED_HOME"}
    with DemoServer(publish_every=None) as server, small_disk(disk, "8m") as mounted:
        config = tmp_path / "config.toml"
        config.write_text(tomli_w.dumps({"allow_private_articles": True,
                                         "feeds": [f.to_dict() for f in server.feeds()]}))
        data = disk / "data"
        argv = [sys.executable, "-m", "tui.cli", "--data-dir", str(data), "--config", str(config)]
        data.mkdir()
        filler = fill(disk) if mounted else None
        limit = None if mounted else (
            "import sys, runpy; from tests.diskfaults import file_size_limit;"
            " file_size_limit(0); sys.argv = ['warfeed'] + sys.argv[1:];"
            " runpy.run_module('tui.cli', run_name='__main__')")
        full_argv = argv if limit is None else [sys.executable, "-c", limit, *argv[3:]]
        full = subprocess.run(full_argv + ["poll"], cwd=ROOT, capture_output=True, text=True,
                              timeout=180, env=env)
        assert "Traceback" not in full.stderr, full.stderr
        assert full.returncode == 1
        assert "Not saved yet:" in full.stderr and "stories" in full.stderr
        assert ("No space left" if mounted else "File too large") in full.stderr
        if filler is not None:
            filler.unlink()
        again = subprocess.run(argv + ["poll"], cwd=ROOT, capture_output=True, text=True,
                               timeout=180, env=env)
        assert "Traceback" not in again.stderr and "(304)" not in again.stdout, again.stdout
        listed = subprocess.run(argv + ["stories", "--json"], cwd=ROOT, capture_output=True,
                                text=True, timeout=180, env=env)
        assert len(orjson.loads(listed.stdout)) > 30
