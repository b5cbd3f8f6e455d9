"""Bad URLs and values through the real `warfeed`: one sentence on stderr, exit 2, never a traceback."""

from __future__ import annotations

import os

import orjson
import pytest
import tomli_w

from tests.terminal_safety import assert_clean_run, run_warfeed
from tui.core.config import load_config
from tui.core.urls import BadURL, normalize_feed_url


def write_config(path, **doc):
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    return path


def one_sentence(result, code: int = 2) -> str:
    """The run failed with `code` and said so in one line starting 'warfeed: '."""
    assert_clean_run(result)
    assert result.returncode == code, result.stderr
    text = result.stderr.decode()
    assert text.startswith("warfeed: ") and text.count("\n") == 1, text
    return text


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://Example.COM/Feed/", "https://example.com/Feed/"),
    ("http://EXAMPLE.com:8080/a/b/?x=Y#Z", "http://example.com:8080/a/b/?x=Y"),
    ("http://a.example:80/rss?x=1", "http://a.example/rss?x=1"),
    ("https://a.example:443", "https://a.example"),
    ("https://a.example:80/", "https://a.example:80/"),
    ("http://[::1]:80/f#top", "http://[::1]/f"),
    ("http://[::1]:8000/feed.xml", "http://[::1]:8000/feed.xml"),
    ("http://[0:0::1]/", "http://[::1]/"),
    ("https://example.com", "https://example.com"),
    ("http://127.0.0.1:47831/rss/", "http://127.0.0.1:47831/rss/"),
])
def test_normalize_keeps_the_path_and_lowercases_scheme_and_host(url, expected):
    assert normalize_feed_url(url) == expected
    assert normalize_feed_url(expected) == expected


@pytest.mark.parametrize("url", [
    "http://[::1/", "http://[::1]x/", "http://a.example/\x7f", "http://a.example:99999/",
    "http://a.example:80:80/", "http://a.example:0/", "http://u:p@a.example/", "ftp://a.example/",
    "exec:rm", "|cat", "http:/a.example", "http://", "http://bad..host/", "http://-bad.example/", "http://a\\b/",
])
def test_bad_urls_are_refused_with_a_reason(url):
    with pytest.raises(BadURL):
        normalize_feed_url(url)


@pytest.mark.parametrize("url", ["http://[::1/", "http://a.example/\x7f", "http://a.example:99999/feed",
                                 "http://a.example:80:80/feed", "javascript:alert(1)"])
def test_feeds_add_refuses_a_bad_url_in_one_sentence(tmp_path, url):
    config = write_config(tmp_path / "config.toml", feeds=[])
    before = config.read_bytes()
    result = run_warfeed("feeds", "add", url, config=config, data_dir=tmp_path / "d")
    assert "cannot add" in one_sentence(result)
    assert config.read_bytes() == before


def test_feeds_add_stores_the_normalised_url_and_the_config_still_loads(tmp_path):
    config = write_config(tmp_path / "config.toml", feeds=[])
    added = run_warfeed("feeds", "add", "HTTPS://Example.COM/Feed/", config=config, data_dir=tmp_path / "d")
    assert added.returncode == 0, added.stderr
    assert_clean_run(added)
    assert [f.url for f in load_config(config, create=False).feeds] == ["https://example.com/Feed/"]
    listed = run_warfeed("feeds", "list", "--json", config=config, data_dir=tmp_path / "d")
    assert listed.returncode == 0 and orjson.loads(listed.stdout)[0]["url"] == "https://example.com/Feed/"
    again = run_warfeed("feeds", "add", "https://EXAMPLE.com/Feed/", config=config, data_dir=tmp_path / "d")
    assert "already configured" in one_sentence(again)
    bad_id = run_warfeed("feeds", "add", "https://b.example/", "--id", "Bad Id\n", config=config,
                         data_dir=tmp_path / "d")
    assert "feed id" in one_sentence(bad_id)
    assert load_config(config, create=False).feeds[0].url == "https://example.com/Feed/"


def test_a_hand_written_upper_case_scheme_loads(tmp_path):
    config = write_config(tmp_path / "config.toml", feeds=[{"id": "a", "url": "HTTP://A.Example/rss/"}])
    assert load_config(config, create=False).feeds[0].url == "http://a.example/rss/"


def test_opml_import_skips_bad_and_repeated_urls(tmp_path):
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="broken" xmlUrl="http://[::1/"/>'
        '<outline text="port" xmlUrl="http://a.example:99999/"/>'
        '<outline text="one" xmlUrl="https://one.example/rss/"/>'
        '<outline text="one again" xmlUrl="HTTPS://ONE.example/rss/"/>'
        '<outline text="one thrice" xmlUrl="https://one.example/rss/"/>'
        '<outline text="one on its port" xmlUrl="https://one.example:443/rss/"/>'
        '<outline text="one at an anchor" xmlUrl="https://one.example/rss/#latest"/>'
        '<outline text="two" xmlUrl="https://two.example/rss"/>'
        "</body></opml>", encoding="utf-8")
    config = write_config(tmp_path / "config.toml", feeds=[])
    result = run_warfeed("feeds", "import", str(opml), config=config, data_dir=tmp_path / "d")
    assert_clean_run(result)
    assert result.returncode == 0 and b"imported 2 feeds" in result.stdout
    assert result.stderr.count(b"Skipped") == 6
    assert [f.url for f in load_config(config, create=False).feeds] == [
        "https://one.example/rss/", "https://two.example/rss"]


@pytest.mark.parametrize("feed, words", [
    ({"interval": 2**63 - 1}, "interval"),
    ({"interval": 59}, "interval"),
    ({"item_limit": 2**62}, "item_limit"),
    ({"url": "http://[::1/"}, "url"),
])
def test_out_of_range_values_refuse_the_config_in_one_sentence(tmp_path, feed, words):
    config = write_config(tmp_path / "config.toml",
                          feeds=[{"id": "a", "url": "http://127.0.0.1:9/"} | feed])
    for args in (("poll", "--json"), ("feeds", "list")):
        text = one_sentence(run_warfeed(*args, config=config, data_dir=tmp_path / "d"))
        assert words in text


def test_a_deeply_nested_config_is_one_sentence(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("x = " + "[" * 900 + "]" * 900 + "\n")
    assert "too deeply" in one_sentence(run_warfeed("feeds", "list", config=config, data_dir=tmp_path / "d"))


def test_a_device_is_not_read_as_a_config(tmp_path):
    result = run_warfeed("feeds", "list", config="/dev/zero", data_dir=tmp_path / "d", timeout=30)
    assert "not a regular file" in one_sentence(result)


def test_a_fifo_config_does_not_block(tmp_path):
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    result = run_warfeed("feeds", "list", config=fifo, data_dir=tmp_path / "d", timeout=30)
    assert "not a regular file" in one_sentence(result)


def test_a_huge_config_is_refused_before_reading(tmp_path):
    config = tmp_path / "config.toml"
    with open(config, "wb") as handle:
        handle.truncate(50_000_000)  # sparse: the size alone must refuse it
    assert "larger than" in one_sentence(run_warfeed("feeds", "list", config=config, data_dir=tmp_path / "d"))


@pytest.mark.parametrize("keys, taken", [({"star": "q"}, "quit"), ({"refresh": "s"}, "star"),
                                         ({"star": "ctrl+p"}, "command_palette")])
def test_a_remap_onto_a_bound_key_stops_the_dashboard_in_one_sentence(tmp_path, keys, taken):
    config = write_config(tmp_path / "config.toml", keys=keys, feeds=[])
    text = one_sentence(run_warfeed(config=config, data_dir=tmp_path / "d", timeout=60))
    assert f"from {taken}" in text and "[keys]" in text


def test_an_unknown_binding_id_stops_the_dashboard_in_one_sentence(tmp_path):
    config = write_config(tmp_path / "config.toml", keys={"no_such_binding": "z"}, feeds=[])
    text = one_sentence(run_warfeed(config=config, data_dir=tmp_path / "d", timeout=60))
    assert "no_such_binding" in text


@pytest.mark.parametrize("keys", [{"star": "ctrl+s"}, {"star": "Y", "quit": "ctrl+q"},
                                  {"next_view": "x", "flag": "v"}, {"clear_filter": "escape,ctrl+g"}])
def test_remaps_that_take_no_other_binding_s_key_are_accepted(keys):
    from tui.cli import binding_table
    from tui.core.config import check_keymap

    check_keymap(keys, binding_table())


def test_one_feed_spelt_with_its_default_port_or_a_fragment_is_added_and_removed_once(tmp_path):
    config = write_config(tmp_path / "config.toml", feeds=[])
    added = run_warfeed("feeds", "add", "https://one.example:443/rss/#top", config=config,
                        data_dir=tmp_path / "d")
    assert added.returncode == 0, added.stderr
    assert [f.url for f in load_config(config, create=False).feeds] == ["https://one.example/rss/"]
    again = run_warfeed("feeds", "add", "https://one.example/rss/", config=config, data_dir=tmp_path / "d")
    assert "already configured" in one_sentence(again)
    removed = run_warfeed("feeds", "remove", "HTTPS://ONE.example:443/rss/", config=config,
                          data_dir=tmp_path / "d")
    assert removed.returncode == 0, removed.stderr
    assert load_config(config, create=False).feeds == []
