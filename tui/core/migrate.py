"""Moving a data dir of the first layout (release1.py) into TinyDB tables, on first open.

Everything is written in the new layout first, feeds.json (with the validators) last; only once
that is durable do the old files go. A crash before then leaves the old files whole and the next
open migrates again from them; a crash after leaves only old files to remove. The store calls
this holding the data dir's lock, before it reads anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from tui.core import release1
from tui.core.documents import user_doc
from tui.core.merge import order_key
from tui.core.models import FeedHealth
from tui.core.partitions import StoryFiles, open_db, write_tables
from tui.core.storage import AtomicJSONStorage


def migrate(data_dir: Path, notices: list[str], clock: Callable[[], float]) -> None:
    """Rewrite data_dir's first-layout files as TinyDB tables (the caller holds its lock)."""
    old = release1.read(data_dir)
    for pattern in ("stories-*.json", "articles-*.json", "marks.json"):
        for path in data_dir.glob(pattern):  # left by a migration a crash cut short
            path.unlink()
    files = StoryFiles(data_dir, notices, clock)
    stories = sorted(old.stories.values(), key=order_key)
    by_id = {story.id: story for story in stories}
    files.assign(stories)
    contents = files.contents(set(files.parts), stories, by_id)
    for number, part in sorted(files.parts.items()):
        entries = {i: old.cold[i] for i in part.ids if i in old.cold}
        files.write_articles(number, entries)
        files.write(number, contents[number])
    files.sync_dir()

    def table_file(name: str, tables: dict[str, list[dict]]) -> None:
        write_tables(open_db(data_dir / name, notices, clock), tables)

    table_file("marks.json", {"marks": [d for d in map(user_doc, stories) if d is not None]})
    claims_path = data_dir / "claims.json"
    claims = old.claims if not claims_path.exists() else (
        AtomicJSONStorage(claims_path).read() or {}).get("claims", {})
    if isinstance(claims, dict) and claims:
        # Claims keyed by claim id become plain documents (their id is inside).
        table_file("claims.json", {"claims": [d for d in claims.values() if isinstance(d, dict)]})
    health = []
    for doc in old.health:
        try:
            item = FeedHealth.from_dict(doc)
        except (KeyError, TypeError):
            continue
        if old.losses.every_feed or item.feed_id in old.losses.feeds:
            item.etag = item.last_modified = None  # its lost stories must come back in full
        health.append(item.to_dict())
    table_file("feeds.json", {"health": health, "partitions": files.catalog()})
    remove_old_files(data_dir, notices, clock, damaged=old.damaged)


def remove_old_files(data_dir: Path, notices: list[str], clock: Callable[[], float],
                     damaged: Sequence[str] = ()) -> None:
    """The first layout's files, once the new layout holds everything: damaged ones are kept
    as a copy (NAME.corrupt-TIMESTAMP), the rest removed."""
    for path in release1.present(data_dir):
        if path.name in damaged:
            storage = AtomicJSONStorage(path, notices=notices, clock=clock)
            storage.set_aside("was damaged when it was moved to the new layout; what could be"
                              " read was kept")
        else:
            path.unlink(missing_ok=True)
