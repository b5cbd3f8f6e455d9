"""The warfeed command line end to end, through a real subprocess, against the demo server."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
import tomli_w

from tui.core.config import load_config
from tui.core.demo import DemoServer

ROOT = Path(__file__).resolve().parent.parent


def warfeed(*args, data_dir=None, config=None, stdin=None, timeout=120):
    """Run `python -m tui.cli` with an isolated config and data dir."""
    argv = [sys.executable, "-m", "tui.cli"]
    if config is not None:
        argv += ["--config", str(config)]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    env = dict(os.environ)
    env.pop("WARFEED_HOME", None)
    return subprocess.run(argv + list(args), cwd=ROOT, capture_output=True, text=True,
                          input=stdin, timeout=timeout, env=env)


def one_sentence_error(result) -> None:
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("warfeed: ")


@pytest.fixture
def demo():
    with DemoServer(publish_every=None) as server:
        yield server


@pytest.fixture
def demo_config(tmp_path, demo):
    """A config file listing the in-process demo server's feeds."""
    path = tmp_path / "config.toml"
    feeds = [{k: v for k, v in f.to_dict().items()} for f in demo.feeds()]
    path.write_text(tomli_w.dumps({"allow_private_articles": True, "feeds": feeds}))
    return path


def test_version_and_help():
    assert warfeed("--version").stdout.strip().startswith("warfeed ")
    result = warfeed("--help")
    assert result.returncode == 0 and "poll" in result.stdout and "claims" in result.stdout


def test_usage_error_exits_2():
    assert warfeed("stories", "--limit", "zero").returncode == 2
    assert warfeed("frobnicate").returncode == 2


def test_bad_config_exits_2_naming_the_line(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("[[feeds]]\nid = \n")
    result = warfeed("feeds", "list", config=config, data_dir=tmp_path / "d")
    assert result.returncode == 2
    one_sentence_error(result)
    assert "line 2" in result.stderr and str(config) in result.stderr


def test_feeds_add_remove_import_export(tmp_path):
    config, data = tmp_path / "config.toml", tmp_path / "data"
    load_config(config)  # the default config written, as a first run without --config writes it
    assert warfeed("feeds", "list", "--json", config=config, data_dir=data).returncode == 0
    added = warfeed("feeds", "add", "https://news.example.org/rss", "--title", "Example News",
                    "--side", "analyst", config=config, data_dir=data)
    assert added.returncode == 0 and "example-news" in added.stdout
    bad = warfeed("feeds", "add", "file:///etc/passwd", config=config, data_dir=data)
    assert bad.returncode == 2
    one_sentence_error(bad)
    rows = orjson.loads(warfeed("feeds", "list", "--json", config=config, data_dir=data).stdout)
    example = next(r for r in rows if r["id"] == "example-news")
    assert example == {"id": "example-news", "url": "https://news.example.org/rss",
                       "title": "Example News", "side": "analyst", "tags": [],
                       "interval": 900, "enabled": True, "health": None}
    assert {r["side"] for r in rows} >= {"ua-official", "ru-state", "analyst"}

    opml = warfeed("feeds", "export", config=config, data_dir=data).stdout
    assert "https://news.example.org/rss" in opml and 'side="analyst"' in opml
    assert warfeed("feeds", "remove", "example-news", config=config, data_dir=data).returncode == 0
    assert warfeed("feeds", "remove", "example-news", config=config, data_dir=data).returncode == 2

    opml_file = tmp_path / "subs.opml"
    opml_file.write_text(
        '<opml version="2.0"><body>'
        '<outline text="Example News" xmlUrl="https://news.example.org/rss" side="analyst"/>'
        '<outline text="Evil" xmlUrl="exec:rm -rf /"/></body></opml>'
    )
    imported = warfeed("feeds", "import", str(opml_file), config=config, data_dir=data)
    assert imported.returncode == 0 and "imported 1 feeds" in imported.stdout
    assert "Skipped 'Evil'" in imported.stderr
    rows = orjson.loads(warfeed("feeds", "list", "--json", config=config, data_dir=data).stdout)
    assert sum(r["url"] == "https://news.example.org/rss" for r in rows) == 1


def test_extract_from_the_demo_server_and_from_a_file(tmp_path, demo, demo_config):
    url = f"{demo.url}/articles/global-wire/kupiansk-contested.html"
    result = warfeed("extract", url, "--json", config=demo_config)
    assert result.returncode == 0, result.stderr
    article = orjson.loads(result.stdout)
    assert set(article) >= {"url", "title", "author", "published", "updated", "site", "text"}
    assert article["title"].startswith("Russia claims capture of Kupiansk")
    assert "Oskil" in article["text"] and "More news" not in article["text"]

    page = tmp_path / "page.html"
    page.write_bytes(demo.respond("/articles/global-wire/kupiansk-contested.html", {})[2])
    text = warfeed("extract", str(page), config=demo_config)
    assert text.returncode == 0 and text.stdout.startswith("# Russia claims capture")

    missing = warfeed("extract", f"{demo.url}/articles/x/y.html", config=demo_config)
    assert missing.returncode == 1
    one_sentence_error(missing)


def test_private_article_refused_without_the_setting(tmp_path, demo):
    config = tmp_path / "plain.toml"
    config.write_text("allow_private_articles = false\n")
    result = warfeed("extract", f"{demo.url}/articles/global-wire/kupiansk-contested.html",
                     config=config)
    assert result.returncode == 1
    one_sentence_error(result)


def test_poll_twice_second_is_all_304(tmp_path, demo, demo_config):
    data = tmp_path / "data"
    first = warfeed("poll", "--json", config=demo_config, data_dir=data)
    assert first.returncode == 1, first.stderr  # the challenge-page feed fails
    results = {r["feed_id"]: r for r in map(orjson.loads, first.stdout.splitlines())}
    assert results["state-news-mirror"]["outcome"] == "error"
    assert results["state-news-mirror"]["error"]
    good = [r for k, r in results.items() if k != "state-news-mirror"]
    assert len(good) == len(demo.feeds()) - 1
    assert all(r["outcome"] == "ok" and r["new"] > 0 for r in good)
    bodies_before = demo.feed_bodies_served

    second = warfeed("poll", "--json", config=demo_config, data_dir=data)
    again = {r["feed_id"]: r for r in map(orjson.loads, second.stdout.splitlines())}
    assert all(again[r["feed_id"]]["outcome"] == "not_modified" for r in good)
    assert all(again[r["feed_id"]]["new"] == 0 for r in good)
    # Only the failing feed transferred a body the second time.
    assert demo.feed_bodies_served - bodies_before == 1

    stories = orjson.loads(warfeed("stories", "--json", data_dir=data, config=demo_config).stdout)
    ids = [s["id"] for s in stories]
    assert len(ids) == len(set(ids)) == sum(r["new"] for r in good)
    assert {"id", "feed_id", "source", "side", "title", "link", "published", "summary", "tags",
            "read", "starred", "flagged"} <= set(stories[0])
    assert all(s["link"].startswith("http") or s["link"] == "" for s in stories)
    limited = orjson.loads(warfeed("stories", "--json", "--limit", "3", data_dir=data, config=demo_config).stdout)
    assert [s["id"] for s in limited] == ids[:3]


def test_poll_demo_fills_a_cache_and_a_second_run_is_all_304(tmp_path):
    data, config = tmp_path / "data", tmp_path / "c.toml"
    config.write_text("")  # the demo brings its own feeds; an empty config is a valid one
    for _attempt in range(2):
        hour = time.time() // 3600
        result = warfeed("poll", "--demo", "--json", data_dir=data, config=config)
        again = warfeed("poll", "--demo", "--json", data_dir=data, config=config)
        if time.time() // 3600 == hour:
            break
        # The demo's item times hang off the hour; two runs straddling it differ for real.
        shutil.rmtree(data)
    assert result.returncode == 1, result.stderr  # the demo keeps one feed failing
    lines = [orjson.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 8 and sum(r["new"] for r in lines) > 40
    stories = orjson.loads(warfeed("stories", "--json", data_dir=data, config=config).stdout)
    assert len(stories) == len({s["id"] for s in stories}) == sum(r["new"] for r in lines)

    second = [orjson.loads(x) for x in again.stdout.splitlines()]
    outcomes = {r["feed_id"]: r["outcome"] for r in second}
    assert outcomes.pop("state-news-mirror") == "error"
    assert set(outcomes.values()) == {"not_modified"}


def test_dead_feed_is_reported_and_exit_1(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[[feeds]]\nid = "dead"\nurl = "http://127.0.0.1:9/feed.xml"\n')
    result = warfeed("poll", config=config, data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert result.stdout.startswith("FAIL  dead: ")


def test_lock_error_exits_2(tmp_path):
    from tui.core.store import Store

    data = tmp_path / "data"
    config = tmp_path / "c.toml"
    config.write_text("feeds = []\n")
    store = Store.open(data)
    try:
        # A second writer is refused; readers (stories, export) read a snapshot instead.
        result = warfeed("poll", data_dir=data, config=config)
    finally:
        store.close()
    assert result.returncode == 2
    one_sentence_error(result)
    assert "another warfeed is using" in result.stderr


def test_export_json_and_csv_of_an_empty_cache(tmp_path):
    data, config = tmp_path / "data", tmp_path / "c.toml"
    out = tmp_path / "stories.csv"
    assert warfeed("export", "--format", "csv", "-o", str(out), data_dir=data, config=config).returncode == 0
    assert out.read_text().startswith("id,feed_id,source,side,title,link,published")
    result = warfeed("export", "--format", "json", data_dir=data, config=config)
    assert result.returncode == 0 and orjson.loads(result.stdout) == []


def test_claims_extract_speaks_in_the_outlets_voice_when_told_it(tmp_path):
    text = "Our troops liberated the village of Andriivka after heavy fighting."
    def sides(*extra):
        result = warfeed("claims", "extract", "-", "--json", *extra, stdin=text,
                         config=tmp_path / "c.toml", data_dir=tmp_path / "d")
        assert result.returncode == 0, result.stderr
        return [(s["stance"], s["side"], s["place"]) for s in orjson.loads(result.stdout)["statements"]]
    assert sides("--side", "ru-state") == [("claim", "ru", "Andriivka")]
    assert sides("--side", "ua-official") == [("claim", "ua", "Andriivka")]
    wrong = warfeed("claims", "extract", "-", "--side", "kremlin", stdin=text,
                    config=tmp_path / "c.toml", data_dir=tmp_path / "d")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr and "--side" in wrong.stderr


def test_a_page_from_a_known_outlet_speaks_in_that_outlets_voice():
    from tui.core.service import extract_claims

    page = b"Our troops liberated the village of Andriivka after heavy fighting."
    found = extract_claims(page, "https://tass.com/politics/1")["statements"]
    assert [(s["side"], s["place"]) for s in found] == [("ru", "Andriivka")]
    found = extract_claims(page, "https://www.ukrinform.net/rubric-ato/1")["statements"]
    assert [(s["side"], s["place"]) for s in found] == [("ua", "Andriivka")]


def test_claims_extract_from_stdin_and_claims_list(tmp_path):
    text = ("Russia's chief of the general staff Valery Gerasimov said Russian forces had captured "
            "Kupiansk. Ukraine's General Staff denied that Russian forces captured Kupiansk, "
            "saying the city remains under Ukrainian control.")
    result = warfeed("claims", "extract", "-", "--json", stdin=text, config=tmp_path / "c.toml",
                     data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    document = orjson.loads(result.stdout)
    # The contract's keys; more may be added (weak statements are listed apart under below_threshold).
    assert {"statements", "claims"} <= set(document)
    assert any(s["stance"] == "denial" and s["place"] == "Kupiansk" for s in document["statements"])
    assert any(c["place"] == "Kupiansk" for c in document["claims"])
    listed = warfeed("claims", "list", "--json", config=tmp_path / "c.toml", data_dir=tmp_path / "d")
    assert listed.returncode == 0 and orjson.loads(listed.stdout) == []


def test_data_dir_and_config_work_after_the_command_too():
    from tui.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["poll", "--data-dir", "A"]).data_dir == "A"
    assert parser.parse_args(["--data-dir", "A", "poll"]).data_dir == "A"
    after = parser.parse_args(["--data-dir", "A", "claims", "list", "--config", "C", "--data-dir", "B"])
    assert (after.data_dir, after.config) == ("B", "C")
    assert parser.parse_args(["feeds", "list", "--data-dir", "D"]).data_dir == "D"
    assert parser.parse_args(["stories", "kupiansk"]).data_dir is None


@pytest.mark.parametrize("command", [["stories", "--json"], ["feeds", "list", "--json"],
                                     ["claims", "list", "--json"], ["export", "--format", "csv"]])
def test_reading_commands_load_no_network_or_drawing_code(tmp_path, command):
    # They start fast: no HTTP client, event loop or terminal UI is imported for them.
    script = ("import sys\nfrom tui.cli import main\ncode = main(sys.argv[1:])\n"
              "heavy = ('httpx', 'asyncio', 'textual', 'rich')\n"
              "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\nsys.exit(code)\n")
    config = tmp_path / "config.toml"
    config.write_text('[[feeds]]\nurl = "https://news.example/rss.xml"\n')
    argv = [sys.executable, "-c", script, "--config", str(config), "--data-dir", str(tmp_path / "data"), *command]
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"
