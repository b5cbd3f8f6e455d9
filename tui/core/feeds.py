"""Feed management, the one path: add, remove, edit, import OPML, adopt moved URLs.

Both shells change feeds through here (the CLI one change per command, the dashboard a batch
from its feeds dialog), so a feed added either way gets the same checks and the same id rule.
Changes are a delta applied to config.toml as it is now (config.update_feeds), never to a
copy read at start.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from tui.core.config import Config, ConfigError, slugify, update_feeds, url_host, valid_feed_id
from tui.core.models import Feed, FeedHealth
from tui.core.opml import MAX_OPML_BYTES, OpmlError, parse_opml, unsafe_reason
from tui.core.outlets import guess_side
from tui.core.sanitize import clean_line
from tui.core.urls import BadURL, normalize_feed_url


class FeedError(Exception):
    """A feed change that cannot be made; the message is one sentence."""


class DuplicateFeed(FeedError):
    """The feed is configured already (the dashboard's add of it changes nothing)."""


@dataclass(frozen=True, slots=True)
class FeedChange:
    """One change the user asked for: add a URL, remove a feed (by id or URL), import an OPML
    document (the file at `path`, or its bytes as `data`), or edit a feed's title, side,
    interval and tags."""

    action: Literal["add", "remove", "import", "edit"]
    url: str = ""
    side: str = ""
    feed_id: str = ""
    path: str = ""
    title: str = ""
    interval: int = 0
    tags: tuple[str, ...] = ()
    data: bytes | None = None
    """An import's OPML document itself (None: read it from `path`)."""


@dataclass(slots=True)
class FeedsResult:
    """The new feed list and what the user should be told about it."""

    feeds: list[Feed]
    added: int = 0
    removed: int = 0
    edited: int = 0
    moved: int = 0
    saved: bool = False
    unsaved: bool = False
    """The config has a file but it could not be written (the change holds for this session)."""
    warnings: list[str] = field(default_factory=list)
    present: int = 0
    """Imported feeds left out because their URL was configured already."""
    new_feeds: list[Feed] = field(default_factory=list)
    removed_feeds: list[Feed] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One sentence: what changed and whether it was saved."""
        parts = [f"{self.added} added", f"{self.removed} removed"]
        if self.edited:
            parts.append(f"{self.edited} edited")
        if self.moved:
            parts.append(f"{self.moved} moved to a new address")
        where = "saved to the config" if self.saved else (
            "for this session only (the config could not be saved)" if self.unsaved
            else "for this session only (no config file)")
        return f"Feeds: {', '.join(parts)}; {where}."


def new_feed(url: str, feeds: Sequence[Feed], *, title: str = "", side: str | None = None,
             feed_id: str | None = None, tags: Iterable[str] = ()) -> Feed:
    """A feed for `url` beside `feeds`: checked, normalised, with a unique id; FeedError says why not."""
    reason = unsafe_reason(url)
    if reason is not None:
        raise FeedError(f"cannot add {clean_line(str(url), limit=200)!r}: {reason}.")
    try:
        url = normalize_feed_url(url)  # the form config.toml stores, so it loads back
    except BadURL as exc:
        raise FeedError(f"cannot add {clean_line(str(url), limit=200)!r}: {exc}.") from None
    if any(feed.url == url for feed in feeds):
        raise DuplicateFeed(f"{url} is already configured.")
    taken = {feed.id for feed in feeds}
    if feed_id is not None:
        if not valid_feed_id(feed_id):
            raise FeedError("a feed id must be 1-64 lowercase letters, digits, '-', '_' or '.'.")
        if feed_id in taken:
            raise FeedError(f"a feed with id {clean_line(feed_id, limit=64)!r} already exists.")
    title = clean_line(title or "", limit=200) or url_host(url)
    kept_tags = [t for t in (clean_line(tag, limit=60) for tag in tags) if t]
    return Feed(feed_id or slugify(title, taken), url, title, side or guess_side(url), kept_tags)


def find_feed(feeds: Sequence[Feed], target: str) -> Feed | None:
    """The feed named by id or by any spelling of its URL (scheme case, default port, fragment)."""
    try:
        url = normalize_feed_url(target)
    except BadURL:
        url = target
    return next((f for f in feeds if target in (f.id, f.url) or f.url == url), None)


def apply_changes(config: Config, changes: Sequence[FeedChange],
                  health: dict[str, FeedHealth] | None = None, *, strict: bool = False) -> FeedsResult:
    """The config's feeds with `changes` applied, saved when the config has a file.

    `strict`: a change that cannot be made raises FeedError and nothing is saved (the CLI);
    otherwise it becomes a warning and the rest still apply (the dashboard's batch). A feed
    added meanwhile with `warfeed feeds add`, or by hand, stays and is in the returned list.
    """
    health = health or {}
    if config.path is not None:
        try:
            saved, result = update_feeds(
                config.path, lambda feeds: _apply(feeds, changes, health, strict), missing=config)
        except (OSError, ConfigError) as error:
            if strict:
                raise
            reason = str(error) if isinstance(error, ConfigError) else (
                f"Could not save {config.path}: {error.strerror or error}.")
            result = _apply(_copies(config.feeds), changes, health, strict)
            result.warnings.append(reason)
            result.unsaved = True
            return result
        result.feeds = saved.feeds
        result.saved = True
        return result
    return _apply(_copies(config.feeds), changes, health, strict)


def _copies(feeds: list[Feed]) -> list[Feed]:
    return [replace(feed, tags=list(feed.tags)) for feed in feeds]


def _apply(feeds: list[Feed], changes: Sequence[FeedChange], health: dict[str, FeedHealth],
           strict: bool) -> FeedsResult:
    """Apply changes to feeds in place; what happened, with feeds as the list."""
    result = FeedsResult(feeds)
    for change in changes:
        try:
            _apply_one(feeds, change, result, strict)
        except FeedError as error:
            if strict:
                raise
            result.warnings.append(_sentence(str(error)))
    # A permanent redirect the poller followed (and checked) becomes the feed's own address.
    for index, feed in enumerate(feeds):
        moved_to = health.get(feed.id).moved_to if health.get(feed.id) else None
        if moved_to and moved_to != feed.url and unsafe_reason(moved_to) is None:
            feeds[index] = replace(feed, url=moved_to)
            result.moved += 1
    return result


def _apply_one(feeds: list[Feed], change: FeedChange, result: FeedsResult, strict: bool) -> None:
    if change.action == "remove":
        gone = find_feed(feeds, change.feed_id)
        if gone is None:
            if strict:
                raise FeedError(f"no configured feed has the id or URL {clean_line(change.feed_id, limit=200)!r}.")
            return
        feeds[:] = [feed for feed in feeds if feed.id != gone.id]
        result.removed += 1
        result.removed_feeds.append(gone)
    elif change.action == "add":
        try:
            feed = new_feed(change.url, feeds, title=change.title, side=change.side or None,
                            feed_id=change.feed_id or None, tags=change.tags)
        except DuplicateFeed:
            if strict:
                raise
            return  # the dialog's add of a feed already there changes nothing
        feeds.append(feed)
        result.added += 1
        result.new_feeds.append(feed)
    elif change.action == "import":
        _import(feeds, change, result)
    elif change.action == "edit":
        for index, feed in enumerate(feeds):
            if feed.id == change.feed_id:  # title, side, interval, tags as the edit dialog checked them
                feeds[index] = replace(feed, title=change.title or feed.title, side=change.side or feed.side,
                                       interval=change.interval or feed.interval, tags=list(change.tags))
                result.edited += 1


def _import(feeds: list[Feed], change: FeedChange, result: FeedsResult) -> None:
    data = change.data
    if data is None:
        try:
            with Path(change.path).expanduser().open("rb") as handle:
                data = handle.read(MAX_OPML_BYTES + 1)
        except OSError as error:
            raise FeedError(f"Could not read {change.path}: {error.strerror or error}.") from None
    try:
        imported = parse_opml(data, taken_ids={f.id for f in feeds})
    except OpmlError as exc:
        raise FeedError(str(exc)) from None
    result.warnings.extend(imported.warnings)
    merge_imported(feeds, imported.feeds, result)


def merge_imported(feeds: list[Feed], imported: Iterable[Feed], result: FeedsResult) -> None:
    """Add imported feeds whose URL is new; an id taken since the file was read gets a suffix."""
    known, ids = {f.url for f in feeds}, {f.id for f in feeds}
    for feed in imported:
        if feed.url in known:
            result.present += 1
            continue
        if feed.id in ids:
            feed = replace(feed, id=slugify(feed.id, ids))
        feeds.append(feed)
        known.add(feed.url)
        ids.add(feed.id)
        result.added += 1
        result.new_feeds.append(feed)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
