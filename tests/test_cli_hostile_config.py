"""Config and OPML text is outside text: cleaned as it enters, so no command prints it raw."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import tomli_w

from tests.terminal_safety import (
    HostileServer,
    assert_clean_run,
    assert_terminal_safe,
    response,
    run_warfeed,
)
from tui.core.config import ConfigError, load_config

# Escapes, an OSC 52 clipboard write, 8-bit CSI and OSC, bidi overrides and invisible characters.
HOSTILE = ("A\x1b[31mred\x1b[0m \x1b]52;c;cm0gLXJmIH4K\x07"
           "\u009b2J\u009d0;title\u009c \u202eevil\u202c \u2066iso\u2069 zero\u200bwidth\ufeff")
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title><guid>1</guid></item></channel></rss>'


@pytest.fixture
def server() -> Iterator[HostileServer]:
    srv = HostileServer()
    srv.routes["/feed"] = lambda: response(200, {"Content-Type": "application/rss+xml"}, FEED)
    yield srv
    srv.close()


def write_config(path, **doc):
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    return path


def test_hostile_titles_tags_views_and_watch_are_cleaned_at_load(tmp_path):
    path = write_config(
        tmp_path / "config.toml",
        views={HOSTILE: HOSTILE},
        watch=[{"query": HOSTILE}],
        feeds=[{"id": "a", "url": "http://127.0.0.1:9/feed", "title": HOSTILE, "tags": [HOSTILE, "\u200b"]}],
    )
    config = load_config(path, create=False)
    texts = [config.feeds[0].title, *config.feeds[0].tags, *config.views, *config.views.values(),
             *config.watch]
    for text in texts:
        assert_terminal_safe(text.encode(), repr(text))
    assert config.feeds[0].title == "Ared evil iso zerowidth"
    assert len(config.feeds[0].tags) == 1


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/a\x1b]0;x\x07", "http://127.0.0.1:9/\u009b31m", "http://127.0.0.1:9/\u202eb",
    "http://127.0.0.1:9/\u200b",
])
def test_a_url_with_escapes_or_invisibles_is_refused_in_one_clean_sentence(tmp_path, url):
    path = write_config(tmp_path / "config.toml", feeds=[{"id": "a", "url": url}])
    with pytest.raises(ConfigError):
        load_config(path, create=False)
    result = run_warfeed("feeds", "list", config=path, data_dir=tmp_path / "d")
    assert result.returncode == 2 and result.stderr.startswith(b"warfeed: Config file ")
    assert result.stderr.count(b"\n") == 1 and b"control or invisible" in result.stderr
    assert_clean_run(result)


@pytest.mark.parametrize("keys", [{"star": "\x1b[31m"}, {"star": "\u009b"}, {"st\u202ear": "s"},
                                  {"\x1b]0;x\x07": "s"}])
def test_keys_that_are_not_key_names_are_refused_cleanly(tmp_path, keys):
    path = write_config(tmp_path / "config.toml", keys=keys)
    result = run_warfeed("feeds", "list", config=path, data_dir=tmp_path / "d")
    assert result.returncode == 2 and b"[keys]" in result.stderr
    assert_clean_run(result)


def test_feeds_list_poll_and_export_print_hostile_config_text_cleaned(tmp_path, server):
    path = write_config(tmp_path / "config.toml", feeds=[
        {"id": "hostile", "url": server.url("/feed"), "title": HOSTILE, "tags": [HOSTILE]},
    ])
    data = tmp_path / "data"
    for args in (("poll",), ("poll", "--json"), ("feeds", "list"), ("feeds", "list", "--json"),
                 ("feeds", "export"), ("stories",), ("stories", "--json"), ("export", "--format", "csv")):
        result = run_warfeed(*args, config=path, data_dir=data)
        assert result.returncode == 0, (args, result.stderr)
        assert_clean_run(result)
    stories = run_warfeed("stories", config=path, data_dir=data)
    assert b"Ared evil iso zerowidth" in stories.stdout  # the feed's title names its stories


def test_opml_import_cleans_titles_and_folders(tmp_path, server):
    from xml.sax.saxutils import quoteattr

    def attr(text: str) -> str:
        # XML cannot carry C0 controls even escaped; C1, bidi and invisibles it can.
        return quoteattr(text.replace("\x1b", "").replace("\x07", ""))

    opml = tmp_path / "subs.opml"
    opml.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><body><outline text={attr(HOSTILE)}>'
        f'<outline text={attr(HOSTILE)} category={attr(HOSTILE)} xmlUrl="{server.url("/feed")}"/>'
        f'<outline text={attr(HOSTILE)} xmlUrl="http://127.0.0.1:9/\u009b"/>'
        "</outline></body></opml>", encoding="utf-8")
    config = write_config(tmp_path / "config.toml", feeds=[])
    result = run_warfeed("feeds", "import", str(opml), config=config, data_dir=tmp_path / "d")
    assert result.returncode == 0 and b"imported 1 feeds" in result.stdout
    assert b"Skipped" in result.stderr
    assert_clean_run(result)
    assert_terminal_safe(config.read_bytes(), "config.toml")
    for args in (("feeds", "list"), ("feeds", "list", "--json"), ("feeds", "export")):
        listed = run_warfeed(*args, config=config, data_dir=tmp_path / "d")
        assert listed.returncode == 0
        assert_clean_run(listed)
