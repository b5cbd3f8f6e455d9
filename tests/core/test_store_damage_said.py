"""A damaged partition or claims.json is announced, kept aside and recovered (HARDENING 42):
the real `warfeed` against the demo server, with the damage found in the middle of a command."""

import os
import time
from pathlib import Path

import orjson
import tomli_w

from tui.core.demo import DemoServer
from tui.core.store import Store

from tests.clock import Clock
from tests.test_cli import warfeed


def demo_config(server: DemoServer, path: Path) -> Path:
    feeds = [f.to_dict() for f in server.feeds()]
    path.write_text(tomli_w.dumps({"allow_private_articles": True, "feeds": feeds}))
    return path


def test_a_partition_damaged_before_a_poll_needs_it_is_announced_by_that_poll(tmp_path):
    data = tmp_path / "data"
    clock = Clock(time.time())  # the real warfeed beside it reads the real time
    with DemoServer(publish_every=60, clock=clock) as server:
        config = demo_config(server, tmp_path / "config.toml")
        warfeed("poll", data_dir=data, config=config)
        with Store.open(data) as store:
            first, second = store.stories()[:2]
            store.ingest([first.__class__(**{**first.to_dict(), "title": "Revised once"})])
            store.ingest([second.__class__(**{**second.to_dict(), "title": "Revised twice"})])
        # Rot inside one story's line that changes neither the size nor the time of the file:
        # a poll opens without reading stories, so only the poll that must read them sees it.
        path = data / "stories-0000.json"
        raw, stamp = path.read_bytes(), path.stat()
        at = raw.index(first.id.encode()) + len(first.id) + 2
        path.write_bytes(raw[:at] + b"\xff\xfe" + raw[at + 2:])
        os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
        clock.advance(61)  # the demo publishes a story: this poll has to read the cache to store it
        poll = warfeed("poll", data_dir=data, config=config)
    assert "stories-0000.json had 1 damaged story" in poll.stderr
    assert len(list(data.glob("stories-0000.json.corrupt-*"))) == 1
    with Store.open(data) as store:
        assert store.notices == []
        assert store.story(second.id).title == "Revised twice"  # its line was whole
        # Its feed answered that poll before the damage was found: the next fetches it whole.
        assert store.story(first.id) is None and store.health()[first.feed_id].etag is None


def test_a_damaged_claims_file_is_announced_kept_and_rebuilt_from_the_stories(tmp_path):
    data = tmp_path / "data"
    with DemoServer(publish_every=None) as server:
        config = demo_config(server, tmp_path / "config.toml")
        warfeed("poll", data_dir=data, config=config)
    listed = warfeed("claims", "list", "--json", data_dir=data, config=config)
    claims = {c["id"] for c in orjson.loads(listed.stdout)}
    assert len(claims) >= 2, listed.stderr
    path = data / "claims.json"
    raw = path.read_bytes()
    damaged = raw[: len(raw) // 2]
    path.write_bytes(damaged)
    # A reader says so and lists what the stories give back, changing nothing on disk...
    again = warfeed("claims", "list", "--json", data_dir=data, config=config)
    assert "Traceback" not in again.stderr and again.returncode == 0, again.stderr
    assert "claims.json was damaged" in again.stderr
    assert "Claims rebuilt from" in again.stderr
    assert {c["id"] for c in orjson.loads(again.stdout)} == claims
    assert path.read_bytes() == damaged and not list(data.glob("claims.json.corrupt-*"))
    # ...the writer that next needs the claims keeps a copy and writes them again.
    with Store.open(data) as store:
        assert {c.id for c in store.claims()} == claims
        assert any("claims.json was damaged" in n for n in store.notices)
    (copy,) = data.glob("claims.json.corrupt-*")
    assert copy.read_bytes() == damaged
    last = warfeed("claims", "list", "--json", data_dir=data, config=config)
    assert last.stderr == "" and {c["id"] for c in orjson.loads(last.stdout)} == claims
