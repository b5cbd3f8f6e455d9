"""Apply the feeds modal's changes to the config: add, remove, import OPML, adopt moved URLs.

Runs in a worker (it reads OPML files and writes config.toml); returns what happened so the
app can tell the user in one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tui.core.config import Config, ConfigError, slugify, update_feeds
from tui.core.models import Feed, FeedHealth
from tui.core.opml import MAX_OPML_BYTES, OpmlError, parse_opml, unsafe_reason
from tui.core.sanitize import clean_line
from tui.core.urls import normalize_feed_url


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


def apply_changes(config: Config, changes: list[Any], health: dict[str, FeedHealth]) -> FeedsResult:
    """The config's feeds with `changes` applied (FeedChange objects), saved when the config has a file.

    The changes are a delta applied to config.toml as it is now (re-read under a lock and
    written atomically, see update_feeds), never to the copy read at start: a feed added
    meanwhile with `warfeed feeds add`, or by hand, stays and is in the returned list.
    """
    if config.path is not None:
        try:
            saved, result = update_feeds(
                config.path, lambda feeds: _apply(feeds, changes, health), missing=config
            )
        except (OSError, ConfigError) as error:
            reason = str(error) if isinstance(error, ConfigError) else (
                f"Could not save {config.path}: {error.strerror or error}.")
            result = _apply(_copies(config.feeds), changes, health)
            result.warnings.append(reason)
            result.unsaved = True
            return result
        result.feeds = saved.feeds
        result.saved = True
        return result
    return _apply(_copies(config.feeds), changes, health)


def _copies(feeds: list[Feed]) -> list[Feed]:
    return [replace(feed, tags=list(feed.tags)) for feed in feeds]


def _apply(feeds: list[Feed], changes: list[Any], health: dict[str, FeedHealth]) -> FeedsResult:
    """Apply changes to feeds in place; what happened, with feeds as the list."""
    result = FeedsResult(feeds)
    for change in changes:
        if change.action == "remove":
            kept = [feed for feed in feeds if change.feed_id not in (feed.id, feed.url)]
            result.removed += len(feeds) - len(kept)
            feeds[:] = kept
        elif change.action == "add":
            _add(feeds, change.url, change.side, result)
        elif change.action == "import":
            _import(feeds, change.path, result)
        elif change.action == "edit":
            for index, feed in enumerate(feeds):
                if feed.id == change.feed_id:  # title, side, interval, tags as the edit dialog checked them
                    feeds[index] = replace(feed, title=change.title or feed.title, side=change.side or feed.side,
                                           interval=change.interval or feed.interval, tags=list(change.tags))
                    result.edited += 1
    # A permanent redirect the poller followed (and checked) becomes the feed's own address.
    for index, feed in enumerate(feeds):
        moved_to = health.get(feed.id).moved_to if health.get(feed.id) else None
        if moved_to and moved_to != feed.url and unsafe_reason(moved_to) is None:
            feeds[index] = replace(feed, url=moved_to)
            result.moved += 1
    return result


def _add(feeds: list[Feed], url: str, side: str, result: FeedsResult) -> None:
    reason = unsafe_reason(url)
    if reason is not None:
        result.warnings.append(f"Skipped {clean_line(url, limit=80)}: {reason}.")
        return
    url = normalize_feed_url(url)  # the form config.toml stores, so it loads back
    if any(feed.url == url for feed in feeds):
        return
    host = urlsplit(url).hostname or "feed"
    feed_id = slugify(host.removeprefix("www."), {feed.id for feed in feeds})
    feeds.append(Feed(feed_id, url, host, side))
    result.added += 1


def _import(feeds: list[Feed], path: str, result: FeedsResult) -> None:
    file = Path(path).expanduser()
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
        imported = parse_opml(data, taken_ids={feed.id for feed in feeds})
    except OSError as error:
        result.warnings.append(f"Could not read {path}: {error.strerror or error}.")
        return
    except OpmlError as error:
        result.warnings.append(str(error))
        return
    result.warnings.extend(imported.warnings)
    known = {feed.url for feed in feeds}
    for feed in imported.feeds:
        if feed.url not in known:
            feeds.append(feed)
            known.add(feed.url)
            result.added += 1
