"""config.toml: first run, validation errors that name the place, round-trips, data dir."""

import tomllib

import pytest

from tui.core.config import (
    DEFAULT_FEEDS,
    ConfigError,
    data_dir,
    load_config,
    save_feeds,
    slugify,
)
from tui.core.models import SIDES, Feed


def test_first_run_writes_the_default_feed_list(tmp_path):
    path = tmp_path / "sub" / "config.toml"
    config = load_config(path)
    assert path.exists()
    assert [f.id for f in config.feeds] == [f.id for f in DEFAULT_FEEDS]
    # Every side of USERS.md is represented and every URL is real https.
    assert {f.side for f in config.feeds} == set(SIDES)
    assert all(f.url.startswith("https://") for f in config.feeds)
    assert config.feed("kyiv-independent").url == "https://kyivindependent.com/news-archive/rss/"
    reloaded = load_config(path)
    assert [f.to_dict() for f in reloaded.feeds] == [f.to_dict() for f in config.feeds]
    assert reloaded.allow_private_articles is False


def test_create_false_does_not_write(tmp_path):
    path = tmp_path / "config.toml"
    config = load_config(path, create=False)
    assert config.feeds and not path.exists()


def test_bad_toml_names_file_and_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "dark"\n\n[[feeds]]\nid = "x"\nurl = https://nope\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message and "line 5" in message
    assert "\n" not in message


def test_bad_side_names_the_feed(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[[feeds]]\nid = "tass"\nurl = "https://tass.com/rss/v2.xml"\nside = "kremlin"\n')
    with pytest.raises(ConfigError, match=r"feed 'tass' has side 'kremlin'"):
        load_config(path)


@pytest.mark.parametrize(
    "body, fragment",
    [
        ('[[feeds]]\nid = "a"\nurl = "file:///etc/passwd"\n', "http(s) url"),
        ('[[feeds]]\nid = "a"\nurl = "https://a.example/"\ninterval = 5\n', "interval"),
        ('[[feeds]]\nid = "a"\nurl = "https://a.example/"\ncolour = 1\n', "unknown key 'colour'"),
        ('[[feeds]]\nid = "Bad Id"\nurl = "https://a.example/"\n', "id that is not lowercase"),
        ('[[feeds]]\nid = "a"\nurl = "https://a.example/"\n[[feeds]]\nid = "a"\nurl = "https://b.example/"\n', "listed twice"),
        ('allow_private_articles = "yes"\n', "allow_private_articles"),
        ('[views]\nukraine = 3\n', "[views]"),
        ('[[watch]]\nquery = ""\n', "watch rule 1"),
        ('colour = "red"\n', "unknown setting 'colour'"),
    ],
)
def test_validation_errors_are_one_sentence(tmp_path, body, fragment):
    path = tmp_path / "config.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert fragment in str(info.value)
    assert str(path) in str(info.value)


def test_a_feed_without_an_id_is_named_from_its_title_or_host(tmp_path):
    """A hand-written config needs only url (and side): ids come as `feeds add` makes them,
    never taking one another feed names itself, and the same on every start."""
    path = tmp_path / "config.toml"
    path.write_text(
        '[[feeds]]\nurl = "https://www.kyiv-example.org/rss"\nside = "ua-media"\n'
        '[[feeds]]\nurl = "https://a.example/feed"\ntitle = "Front Notes"\n'
        '[[feeds]]\nurl = "https://b.example/feed"\ntitle = "Front Notes"\n'
        '[[feeds]]\nid = "kyiv-example-org"\nurl = "https://c.example/feed"\n'
    )
    ids = [feed.id for feed in load_config(path).feeds]
    assert ids == ["kyiv-example-org-2", "front-notes", "front-notes-2", "kyiv-example-org"]
    assert [feed.id for feed in load_config(path).feeds] == ids


def test_full_config_round_trips(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = "nord"\nallow_private_articles = true\n'
        '[views]\nkupiansk = "place:Kupiansk -side:ru"\n'
        '[keys]\nstar = "S"\n'
        '[[watch]]\nquery = "Zaporizhzhia NPP"\n'
        '[[feeds]]\nid = "isw"\nurl = "https://understandingwar.org/feed/"\nside = "analyst"\n'
        'tags = ["daily"]\ninterval = 3600\nitem_limit = 50\nenabled = false\n'
    )
    config = load_config(path)
    assert config.theme == "nord" and config.allow_private_articles
    assert config.views == {"kupiansk": "place:Kupiansk -side:ru"}
    assert config.keys == {"star": "S"} and config.watch == ["Zaporizhzhia NPP"]
    assert config.feeds == [
        Feed("isw", "https://understandingwar.org/feed/", "", "analyst", ["daily"], 3600, 50, False)
    ]
    config.feeds.append(Feed("bellingcat", "https://www.bellingcat.com/feed/", side="analyst"))
    save_feeds(config)
    tomllib.loads(path.read_text())  # still valid TOML
    again = load_config(path)
    assert [f.id for f in again.feeds] == ["isw", "bellingcat"]
    assert again.views == config.views and again.watch == config.watch and again.theme == "nord"


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("WARFEED_HOME", str(tmp_path / "env"))
    assert data_dir(tmp_path / "cli") == tmp_path / "cli"
    assert data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("WARFEED_HOME")
    assert data_dir(None).name == "warfeed"


def test_slugify_is_unique():
    assert slugify("The Kyiv Independent!") == "the-kyiv-independent"
    assert slugify("ISW", {"isw"}) == "isw-2"
    assert slugify("???") == "feed"


def test_first_config_has_saved_views_that_compile(tmp_path):
    from tui.core.config import DEFAULT_VIEWS, load_config
    from tui.core.query import compile_query

    config = load_config(tmp_path / "config.toml")
    assert config.views == DEFAULT_VIEWS
    assert load_config(tmp_path / "config.toml").views == DEFAULT_VIEWS  # written and read back
    for query in config.views.values():
        compile_query(query)
