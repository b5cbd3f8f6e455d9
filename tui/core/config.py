"""The user's config.toml: feeds, saved views, watch rules, key bindings and settings."""

from __future__ import annotations

import fcntl
import os
import re
import stat
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import platformdirs
import tomli_w

from tui.core.models import SIDES, Feed
from tui.core.sanitize import clean_line
from tui.core.urls import BadURL, normalize_feed_url

APP_NAME = "warfeed"
T = TypeVar("T")

DEFAULT_FEEDS: tuple[Feed, ...] = (
    Feed("kyiv-independent", "https://kyivindependent.com/news-archive/rss/", "Kyiv Independent", "ua-media"),
    Feed("ukrainska-pravda", "https://www.pravda.com.ua/eng/rss/", "Ukrainska Pravda", "ua-media"),
    Feed("ukrinform", "https://www.ukrinform.net/rss/block-lastnews", "Ukrinform", "ua-official"),
    Feed("euromaidan-press", "https://euromaidanpress.com/feed/", "Euromaidan Press", "ua-media"),
    Feed("kyiv-post", "https://www.kyivpost.com/feed", "Kyiv Post", "ua-media"),
    Feed("interfax-ukraine", "https://en.interfax.com.ua/news/last.rss", "Interfax-Ukraine", "ua-media"),
    Feed("meduza", "https://meduza.io/rss/en/all", "Meduza", "ru-independent"),
    Feed("moscow-times", "https://www.themoscowtimes.com/rss/news", "The Moscow Times", "ru-independent"),
    Feed("tass", "https://tass.com/rss/v2.xml", "TASS", "ru-state"),
    Feed("ria-novosti", "https://ria.ru/export/rss2/archive/index.xml", "RIA Novosti", "ru-state", ["ru"]),
    Feed("bbc-europe", "https://feeds.bbci.co.uk/news/world/europe/rss.xml", "BBC News Europe", "intl"),
    Feed("guardian-ukraine", "https://www.theguardian.com/world/ukraine/rss", "The Guardian: Ukraine", "intl"),
    # Al Jazeera's feed carries every topic, so it is polled less often than the war-only feeds.
    Feed("al-jazeera", "https://www.aljazeera.com/xml/rss/all.xml", "Al Jazeera", "intl", interval=1800),
    Feed("isw", "https://understandingwar.org/feed/?post_type=post", "ISW", "analyst", interval=3600),
    Feed("bellingcat", "https://www.bellingcat.com/feed/", "Bellingcat", "analyst", interval=3600),
)
"""USERS.md's default list: every side represented; ids are short stable slugs."""

FEED_KEYS = {"id", "url", "title", "side", "tags", "interval", "item_limit", "enabled"}
MIN_INTERVAL = 60
MAX_INTERVAL = 31 * 86400
MAX_ITEM_LIMIT = 100_000
MAX_CONFIG_BYTES = 1_000_000
"""A config is a few kB; anything far larger is a mistake (or /dev/zero) and is not read."""
TITLE_LIMIT = 200
TAG_LIMIT = 60
NAME_LIMIT = 80
QUERY_LIMIT = 500
_BINDING_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# A Textual key name (ctrl+s, f2, question_mark, shift+tab) or one printable ASCII character.
_KEY_NAME = re.compile(r"^(?:[a-z0-9_]+\+)*(?:[a-z0-9_]{2,30}|[!-~])$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


DEFAULT_VIEWS: dict[str, str] = {
    "Contested claims": "is:claim",
    "Starred": "is:starred",
    "Ukrainian sources, unread": "side:ua is:unread",
    "Russian sources": "side:ru",
    "Analysts": "side:analyst",
    "Last 24 hours": "since:24h",
}
"""Saved views a first config starts with (`v` cycles them); users edit or delete them."""


class ConfigError(Exception):
    """A config file that cannot be used; the message is one sentence naming file and place."""


@dataclass(frozen=True, slots=True)
class Config:
    """Everything config.toml holds, validated; frozen: a changed config is `dataclasses.replace`d."""

    feeds: list[Feed] = field(default_factory=list)
    views: dict[str, str] = field(default_factory=dict)
    watch: list[str] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    allow_private_articles: bool = False
    path: Path | None = None
    browser: str | None = None
    """The command `o` opens a link with; `%u` stands for the URL (else appended)."""

    def feed(self, id_or_url: str) -> Feed | None:
        """The feed with this id or URL, if configured."""
        for feed in self.feeds:
            if id_or_url in (feed.id, feed.url):
                return feed
        return None


def default_config_path() -> Path:
    """Where config.toml lives when --config is not given."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: --data-dir, else WARFEED_HOME, else the platform's user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("WARFEED_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME))


def valid_feed_id(text: object) -> bool:
    """True for an id config.toml accepts: lowercase letters, digits, '-', '_' or '.'."""
    return isinstance(text, str) and _SLUG.fullmatch(text) is not None


def url_host(url: str) -> str:
    """A feed URL's host without 'www.': the title and id of a feed that names neither."""
    return (urlsplit(url).hostname or "feed").removeprefix("www.")


def slugify(text: str, taken: set[str] | None = None) -> str:
    """A short feed id from a title or URL host, unique among `taken`."""
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-") or "feed"
    slug, n = base, 2
    while taken and slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def load_config(path: str | os.PathLike[str] | None = None, *, create: bool = True) -> Config:
    """Read and validate config.toml; on first run write the default one (if `create`)."""
    config_path = Path(path).expanduser() if path else default_config_path()
    if not config_path.exists():
        config = Config(feeds=[_copy(f) for f in DEFAULT_FEEDS], views=dict(DEFAULT_VIEWS),
                        path=config_path)
        if create:
            save_config(config)
        return config
    try:
        raw = _read_regular_file(config_path).decode("utf-8")
        data = tomllib.loads(raw)
    except OSError as exc:
        raise ConfigError(f"Cannot read config file {config_path}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise ConfigError(f"Config file {config_path} is not valid UTF-8.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Config file {config_path} is not valid TOML: {clean_line(exc)}.") from None
    except RecursionError:
        raise ConfigError(f"Config file {config_path} nests arrays or tables too deeply.") from None
    return _validate(data, config_path)


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_CONFIG_BYTES; a device, FIFO or directory is refused.

    O_NONBLOCK so that opening a FIFO returns at once instead of waiting for a writer.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ConfigError(f"Config file {path} is a directory, not a file.")
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"Config file {path} is not a regular file (a device or a pipe?).")
        if info.st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"Config file {path} is larger than {MAX_CONFIG_BYTES // 1_000_000} MB.")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"Config file {path} is larger than {MAX_CONFIG_BYTES // 1_000_000} MB.")
    return data


def save_config(config: Config) -> None:
    """Write the whole config back atomically (temp file, fsync, rename), creating its directory.

    A config.toml that is a symlink (kept in a dotfiles repository) is written where it points.
    """
    if config.path is None:
        raise ConfigError("This config has no file to save to.")
    config.path.parent.mkdir(parents=True, exist_ok=True)
    target = config.path.resolve()
    payload = (_header() + tomli_w.dumps(_to_toml(config))).encode("utf-8")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        if target.exists():
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))  # keep the user's permissions
        os.replace(tmp, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def save_feeds(config: Config) -> None:
    """Write a whole config, feeds included (see update_feeds to change feeds safely)."""
    save_config(config)


def update_feeds(
    path: Path, edit: Callable[[list[Feed]], T], *, missing: Config | None = None
) -> tuple[Config, T]:
    """Change the feeds of the config file at path as a delta: under an exclusive lock, read
    the file as it is now, let edit change its feed list in place, write it back atomically.

    A copy read earlier is never written back, so a feed added meanwhile (`warfeed feeds add`
    beside the dashboard) or a hand edit survives; only when there is no file yet is `missing`
    (else the default config) the base. Returns the saved config and edit's result.
    """
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = path.with_name(f".{path.name}.lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # held for milliseconds by any other writer
        if missing is not None and not path.exists():
            fresh = replace(missing, feeds=[_copy(f) for f in missing.feeds], path=path)
        else:
            fresh = load_config(path, create=False)
        outcome = edit(fresh.feeds)
        save_config(fresh)
        return fresh, outcome
    finally:
        os.close(fd)  # closing drops the flock


def _header() -> str:
    return (
        "# warfeed configuration. Sides: " + ", ".join(SIDES) + ".\n"
        "# Per feed: id, url, title, side, tags, interval (seconds), item_limit, enabled.\n"
        "# [views] name = \"query\"; [[watch]] query = \"...\"; [keys] binding-id = \"key\".\n\n"
    )


def _to_toml(config: Config) -> dict[str, Any]:
    doc: dict[str, Any] = {"allow_private_articles": config.allow_private_articles}
    if config.theme:
        doc["theme"] = config.theme
    if config.browser:
        doc["browser"] = config.browser
    doc["views"] = dict(config.views)
    doc["keys"] = dict(config.keys)
    doc["watch"] = [{"query": q} for q in config.watch]
    doc["feeds"] = [
        {k: v for k, v in feed.to_dict().items() if k in FEED_KEYS} for feed in config.feeds
    ]
    return doc


def _copy(feed: Feed) -> Feed:
    return Feed.from_dict(feed.to_dict() | {"tags": list(feed.tags)})


def _validate(data: dict[str, Any], path: Path) -> Config:
    where = f"Config file {path}"

    def fail(msg: str) -> ConfigError:
        return ConfigError(f"{where}: {msg}.")

    known = {"feeds", "views", "watch", "keys", "theme", "allow_private_articles", "browser"}
    for key in data:
        if key not in known:
            raise fail(f"unknown setting {_quoted(key)} (known: {', '.join(sorted(known))})")

    feeds_raw = data.get("feeds", [])
    if not isinstance(feeds_raw, list):
        raise fail("'feeds' must be an array of tables ([[feeds]])")
    feeds: list[Feed] = []
    seen: set[str] = set()
    given = {e["id"] for e in feeds_raw if isinstance(e, dict) and isinstance(e.get("id"), str)}
    for index, entry in enumerate(feeds_raw, start=1):
        feed = _validate_feed(entry, index, fail)
        if not feed.id:  # left out: named as `feeds add` names it, from the title or the host
            feed = replace(feed, id=slugify(feed.title or url_host(feed.url), given | seen))
        if feed.id in seen:
            raise fail(f"feed {feed.id!r} is listed twice")
        seen.add(feed.id)
        feeds.append(feed)

    views = _validate_views(data.get("views", {}), fail)
    keys = _validate_keys(data.get("keys", {}), fail)
    watch_raw = data.get("watch", [])
    if not isinstance(watch_raw, list):
        raise fail("'watch' must be an array of tables ([[watch]] query = \"...\")")
    watch: list[str] = []
    for index, rule in enumerate(watch_raw, start=1):
        query = rule.get("query") if isinstance(rule, dict) else rule
        if not isinstance(query, str) or not clean_line(query, limit=QUERY_LIMIT):
            raise fail(f"watch rule {index} needs a non-empty query string")
        watch.append(clean_line(query, limit=QUERY_LIMIT))
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise fail("'theme' must be a string")
    theme = clean_line(theme, limit=NAME_LIMIT) or None if theme is not None else None
    allow_private = data.get("allow_private_articles", False)
    if not isinstance(allow_private, bool):
        raise fail("'allow_private_articles' must be true or false")
    browser = data.get("browser")
    if browser is not None and (not isinstance(browser, str) or not browser.strip()):
        raise fail("'browser' must be a command, e.g. browser = \"firefox %u\"")
    return Config(feeds=feeds, views=views, watch=watch, keys=keys, theme=theme,
                  allow_private_articles=allow_private, path=path, browser=browser)


def _quoted(value: object) -> str:
    """A config value quoted in an error message, cleaned first (the message reaches a terminal)."""
    return repr(clean_line(str(value), limit=60))


def _validate_views(views: Any, fail) -> dict[str, str]:
    """[views]: names and queries are shown on screen, so they are cleaned here, once."""
    if not isinstance(views, dict) or not all(isinstance(v, str) for v in views.values()):
        raise fail("[views] must map each view name to a query string")
    cleaned: dict[str, str] = {}
    for index, (name, query) in enumerate(views.items(), start=1):
        shown = clean_line(name, limit=NAME_LIMIT)
        if not shown:
            raise fail(f"view {index} in [views] has an empty name once control characters are removed")
        cleaned[shown] = clean_line(query, limit=QUERY_LIMIT)
    return cleaned


def _validate_keys(keys: Any, fail) -> dict[str, str]:
    """[keys]: binding ids and key names, checked (they reach the footer and the help screen)."""
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise fail("[keys] must map each binding id to a key string")
    for binding_id, value in keys.items():
        if not _BINDING_ID.fullmatch(binding_id):
            raise fail(f"[keys] has {_quoted(binding_id)}, which is not a binding id "
                       "(lowercase letters, digits and '_'; the help screen lists them)")
        names = [name.strip() for name in value.split(",")]
        if not all(_KEY_NAME.fullmatch(name) for name in names):
            raise fail(f"[keys] {binding_id} = {_quoted(value)} is not a key name "
                       "(use names like ctrl+s, f2, question_mark or one character)")
    return {binding_id: ",".join(n.strip() for n in value.split(",")) for binding_id, value in keys.items()}


def check_keymap(keymap: dict[str, str], bindings: Iterable[tuple[str, str, str]],
                 path: Path | None = None) -> None:
    """Raise ConfigError when [keys] names no binding, or moves one onto a key another still uses.

    `bindings` holds (scope, binding id, default keys) for every remappable binding; scope "" is
    active everywhere, others only together with their own scope.
    """
    table = list(bindings)
    where = f"Config file {path}" if path else "The config"
    known = {binding_id for _scope, binding_id, _keys in table}
    effective = [
        (scope, binding_id, {k.strip() for k in keymap.get(binding_id, keys).split(",")})
        for scope, binding_id, keys in table
    ]
    for binding_id, value in keymap.items():
        if binding_id not in known:
            raise ConfigError(f"{where}: [keys] names {binding_id!r}, which is no binding id "
                              "(the help screen lists them).")
        defaults = {k.strip() for _s, other, keys in table if other == binding_id for k in keys.split(",")}
        wanted = {k.strip() for k in value.split(",")} - defaults  # keys it already had clash with nothing new
        scopes = {scope for scope, other, _keys in table if other == binding_id}
        for scope, other, keys in effective:
            if other == binding_id or not (wanted & keys):
                continue
            if scope == "" or "" in scopes or scope in scopes:
                key = min(wanted & keys)
                raise ConfigError(
                    f"{where}: [keys] {binding_id} = {value!r} takes the key {key!r} from "
                    f"{other}; choose another key, or move {other} as well."
                )


def _validate_feed(entry: Any, index: int, fail) -> Feed:
    if not isinstance(entry, dict):
        raise fail(f"feed {index} must be a table")
    raw_id = entry.get("id")
    label = repr(raw_id) if isinstance(raw_id, str) and _SLUG.fullmatch(raw_id) else f"number {index}"
    for key in entry:
        if key not in FEED_KEYS:
            raise fail(f"feed {label} has an unknown key {_quoted(key)}")
    feed_id, url = entry.get("id", ""), entry.get("url")
    if not isinstance(feed_id, str) or feed_id and not _SLUG.fullmatch(feed_id):
        raise fail(f"feed {label} has an id that is not lowercase letters, digits, '-', '_' or '.'")
    if not isinstance(url, str):
        raise fail(f"feed {label} needs an http(s) url")
    try:
        url = normalize_feed_url(url)
    except BadURL as exc:
        raise fail(f"feed {label} needs a usable http(s) url: {exc}") from None
    side = entry.get("side", "intl")
    if side not in SIDES:
        raise fail(f"feed {label} has side {_quoted(side)}, which is not one of {', '.join(SIDES)}")
    title = entry.get("title", "")
    tags = entry.get("tags", [])
    interval = entry.get("interval", 900)
    item_limit = entry.get("item_limit", 200)
    enabled = entry.get("enabled", True)
    if not isinstance(title, str):
        raise fail(f"feed {label} has a title that is not a string")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail(f"feed {label} needs tags as a list of strings")
    if (isinstance(interval, bool) or not isinstance(interval, int)
            or not MIN_INTERVAL <= interval <= MAX_INTERVAL):
        raise fail(f"feed {label} needs an interval from {MIN_INTERVAL} to {MAX_INTERVAL} seconds")
    if (isinstance(item_limit, bool) or not isinstance(item_limit, int)
            or not 1 <= item_limit <= MAX_ITEM_LIMIT):
        raise fail(f"feed {label} needs an item_limit from 1 to {MAX_ITEM_LIMIT}")
    if not isinstance(enabled, bool):
        raise fail(f"feed {label} needs enabled = true or false")
    # Titles and tags are shown everywhere: cleaned here, once, as they enter.
    title = clean_line(title, limit=TITLE_LIMIT)
    tags = [tag for tag in (clean_line(t, limit=TAG_LIMIT) for t in tags) if tag]
    return Feed(feed_id, url, title, side, tags, interval, item_limit, enabled)
