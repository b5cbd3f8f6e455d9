"""config.toml is changed as a delta of the file as it is now, never rewritten from a stale copy
(HARDENING 43): the dashboard's feed changes beside a real `warfeed feeds add` and a hand edit,
and several real `warfeed feeds add` processes at once."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import tomli_w

from tui.core.config import load_config, update_feeds
from tui.core.models import Feed
from tui.core.feeds import FeedChange, apply_changes

ROOT = Path(__file__).resolve().parents[2]


def warfeed(config: Path, *args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "WARFEED_HOME"}
    return subprocess.Popen([sys.executable, "-m", "tui.cli", "--config", str(config), *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)


def write_config(path: Path, urls: list[str]) -> None:
    feeds = [{"id": f"feed-{n}", "url": url, "title": f"Feed {n}"} for n, url in enumerate(urls)]
    path.write_text(tomli_w.dumps({"views": {"All": ""}, "feeds": feeds}))


def test_dashboard_feed_changes_keep_a_feed_added_meanwhile_and_a_hand_edit(tmp_path):
    path = tmp_path / "config.toml"
    write_config(path, ["https://one.example/rss", "https://two.example/rss"])
    seen_at_start = load_config(path)  # what the dashboard holds while it runs
    added = warfeed(path, "feeds", "add", "https://three.example/rss", "--title", "Three")
    assert added.communicate(timeout=60)[1] == "" and added.returncode == 0
    hand = tomllib.loads(path.read_text())
    hand["views"]["Mine"] = "side:ua"  # and the user edits a view by hand
    path.write_text(tomli_w.dumps(hand))
    result = apply_changes(seen_at_start, [
        FeedChange("add", url="https://four.example/rss", side="intl"),
        FeedChange("remove", feed_id="feed-0"),
    ], {})
    assert result.saved and result.added == 1 and result.removed == 1
    saved = load_config(path)
    assert [f.url for f in saved.feeds] == [
        "https://two.example/rss", "https://three.example/rss", "https://four.example/rss"]
    assert saved.views == {"All": "", "Mine": "side:ua"}
    assert [f.url for f in result.feeds] == [f.url for f in saved.feeds]  # the dashboard's list


def test_concurrent_feeds_add_lose_no_feed(tmp_path):
    path = tmp_path / "config.toml"
    write_config(path, ["https://zero.example/rss"])
    urls = [f"https://site{n}.example/feed.xml" for n in range(8)]
    procs = [warfeed(path, "feeds", "add", url) for url in urls]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    stored = {f.url for f in load_config(path).feeds}
    assert stored == {"https://zero.example/rss", *urls}
    assert len({f.id for f in load_config(path).feeds}) == 9


def test_a_symlinked_config_is_written_where_it_points(tmp_path):
    real = tmp_path / "dotfiles" / "warfeed.toml"
    real.parent.mkdir()
    write_config(real, ["https://one.example/rss"])
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    update_feeds(link, lambda feeds: feeds.append(Feed("two", "https://two.example/rss", "Two")))
    assert link.is_symlink()
    assert [f.id for f in load_config(real).feeds] == ["feed-0", "two"]
    assert not [p for p in tmp_path.rglob("*.tmp")]
