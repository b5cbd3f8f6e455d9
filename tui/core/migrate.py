"""Moving a data dir of the first layout (release1.py) into TinyDB tables, on first open.

Everything is written in the new layout first, feeds.json (with the validators) last; only once
that is durable do the old files go. A crash before then leaves the old files whole and the next
open migrates again from them; a crash after leaves only old files to remove.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core import release1
from tui.core.documents import user_doc
from tui.core.merge import order_key
from tui.core.models import FeedHealth
from tui.core.partitions import write_tables
from tui.core.storage import AtomicJSONStorage

if TYPE_CHECKING:
    from tui.core.store import Store


def migrate(store: Store) -> None:
    """Rewrite store.data_dir's first-layout files as TinyDB tables (store holds the lock)."""
    data_dir = store.data_dir
    old = release1.read(data_dir)
    for pattern in ("stories-*.json", "articles-*.json", "marks.json"):
        for path in data_dir.glob(pattern):  # left by a migration a crash cut short
            path.unlink()
    files = store._files  # noqa: SLF001 - the migration is the store's own first write
    stories = sorted(old.stories.values(), key=order_key)
    by_id = {story.id: story for story in stories}
    files.assign(stories)
    contents = files.contents(set(files.parts), stories, by_id)
    for number, part in sorted(files.parts.items()):
        entries = {i: old.cold[i] for i in part.ids if i in old.cold}
        files.write_articles(number, entries)
        files.write(number, contents[number])
    files.sync_dir()
    marks = [doc for doc in map(user_doc, stories) if doc is not None]
    write_tables(store._db("marks.json"), {"marks": marks})  # noqa: SLF001
    claims_path = data_dir / "claims.json"
    claims = old.claims if not claims_path.exists() else (
        AtomicJSONStorage(claims_path).read() or {}).get("claims", {})
    if isinstance(claims, dict) and claims:
        # Claims keyed by claim id become plain documents (their id is inside).
        docs = [doc for doc in claims.values() if isinstance(doc, dict)]
        write_tables(store._db("claims.json"), {"claims": docs})  # noqa: SLF001
    health = []
    for doc in old.health:
        try:
            item = FeedHealth.from_dict(doc)
        except (KeyError, TypeError):
            continue
        if old.losses.every_feed or item.feed_id in old.losses.feeds:
            item.etag = item.last_modified = None  # its lost stories must come back in full
        health.append(item.to_dict())
    write_tables(store._db("feeds.json"),  # noqa: SLF001
                 {"health": health, "partitions": files.catalog()})
    files.parts.clear()
    files.part_of.clear()
    remove_old_files(store, damaged=old.damaged)


def remove_old_files(store: Store, damaged: list[str] = ()) -> None:
    """The first layout's files, once the new layout holds everything: damaged ones are kept
    as a copy (NAME.corrupt-TIMESTAMP), the rest removed."""
    for path in release1.present(store.data_dir):
        if path.name in damaged:
            storage = AtomicJSONStorage(path, notices=store.notices, clock=store.clock)
            storage.set_aside("was damaged when it was moved to the new layout; what could be"
                              " read was kept")
        else:
            path.unlink(missing_ok=True)


def load_release1(store: Store) -> None:
    """Fill a read-only store from a first-layout dir as it is, writing nothing."""
    old = release1.read(store.data_dir)
    store._by_id = old.stories  # noqa: SLF001 - a snapshot store is filled once, here
    store._order = sorted(old.stories.values(), key=order_key)  # noqa: SLF001
    for doc in old.health:
        try:
            item = FeedHealth.from_dict(doc)
        except (KeyError, TypeError):
            continue
        store._health[item.feed_id] = item  # noqa: SLF001
    for story_id in old.stories:
        store._files.part_of[story_id] = 0  # noqa: SLF001
    store._articles[0] = old.cold  # noqa: SLF001
    store._complete.set()  # noqa: SLF001
