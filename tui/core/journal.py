"""stories.json as one story per line, and the append-only journal of poll cycles beside it.

stories.json (the *base*) stays a TinyDB file that any JSON tool reads, laid out so it can be
read one story at a time (the 80 MB file is never held whole, nor its parsed tree):

    {"file":{"warfeed":{"format":2,"journal":"TOKEN"}},"stories":{
    "kyiv:0001":{"feed_id":"kyiv",...},
    "kyiv:0002":{...}
    }}

A story document leaves out its id (the key says it), its content (cold file) and every field at
its default (marks False, revision 0, empty lists, None), so a typical story carries 9 keys,
not 21. The journal (`stories.journal`, JSON lines) starts with `{"journal":"TOKEN"}` and then
holds one record per poll cycle, `{"put":{id: doc},"drop":[id]}`, each appended and fsynced.
Only a journal whose token matches the base's is replayed: a compaction writes a new base with
a new token first and a fresh journal second, so a crash between the two leaves a base that
already holds everything and a stale journal that is ignored. A torn last line (a crash during
an append) is ignored and cut off.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from operator import itemgetter
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from tui.core.models import Story
from tui.core.storage import (
    AtomicJSONStorage,
    dumps_strict,
    named_error,
    open_file,
    open_read,
    order_key,
    parse_tables,
    read_file,
    write_atomic,
)

FORMAT = 2
_HEAD_END = b',"stories":{\n'
_FOOT = b"}}\n"
_REQUIRED = object()  # never equal to a value: required fields are always written
_EMPTY = ()  # stands for a fresh empty list while a document becomes a Story

_NAMES = tuple(f.name for f in fields(Story))
_DEFAULTS: dict[str, Any] = {
    "link": "", "updated": None, "summary": "", "content": "", "author": "", "tags": _EMPTY,
    "read": False, "starred": False, "flagged": False, "fetched_at": 0.0, "revision": 0,
    "previous_titles": _EMPTY, "places": _EMPTY, "claim_ids": _EMPTY,
}
_STORY_VALUES = itemgetter(*_NAMES)
_BASE_DOC = {n: _DEFAULTS.get(n, _REQUIRED) for n in _NAMES}
_SHARED = ("feed_id", "source", "side", "author")
_BLOCK = 1 << 20
"""Bytes read and parsed per orjson call at open: no 80 MB buffer, a hundred calls at 50k."""
_FEED_ID = re.compile(rb'"feed_id":("(?:[^"\\]|\\.)*")')


def feed_ids_in(damaged: bytes) -> set[str] | None:
    """The feed ids a damaged stretch of stories.json or the journal still names; None when it
    names none (which feeds lost stories there cannot be known)."""
    found: set[str] = set()
    for match in _FEED_ID.finditer(damaged):
        try:
            value = orjson.loads(match.group(1))
        except orjson.JSONDecodeError:
            continue
        if type(value) is str:
            found.add(value)
    return found or None


@dataclass(slots=True)
class Losses:
    """What damage in stories.json or its journal cost: which feeds lost stories (or all)."""

    feeds: set[str] = field(default_factory=set)
    every_feed: bool = False
    damaged_lines: int = 0

    def add(self, damaged: bytes) -> None:
        """Count one damaged line (or stretch) and the feeds it names."""
        self.damaged_lines += 1
        named = feed_ids_in(damaged)
        if named is None:
            self.every_feed = True
        else:
            self.feeds |= named

    def __bool__(self) -> bool:
        return self.every_feed or bool(self.feeds)


def new_token() -> str:
    """A fresh token tying a journal to the base it continues."""
    return secrets.token_hex(8)


def story_doc(story: Story) -> dict[str, Any]:
    """The stored document of a story: no id, no content, no field at its default value."""
    # Written out field by field: a loop over the dataclass fields costs 3x as much, and a
    # compaction runs this 50k times (a test checks it keeps up with the Story fields).
    doc = {
        "feed_id": story.feed_id,
        "source": story.source,
        "side": story.side,
        "title": story.title,
    }
    if story.link:
        doc["link"] = story.link
    doc["published"] = story.published
    if story.updated is not None:
        doc["updated"] = story.updated
    if story.summary:
        doc["summary"] = story.summary
    if story.author:
        doc["author"] = story.author
    if story.tags:
        doc["tags"] = story.tags
    if story.read:
        doc["read"] = True
    if story.starred:
        doc["starred"] = True
    if story.flagged:
        doc["flagged"] = True
    if story.fetched_at:
        doc["fetched_at"] = story.fetched_at
    if story.revision:
        doc["revision"] = story.revision
    if story.previous_titles:
        doc["previous_titles"] = story.previous_titles
    if story.places:
        doc["places"] = story.places
    if story.claim_ids:
        doc["claim_ids"] = story.claim_ids
    return doc


class StoryBuilder:
    """Builds Stories from stored documents, sharing one copy of strings repeated per story."""

    def __init__(self) -> None:
        # 50k stories of 200 feeds repeat the same feed id, source, side and author: keeping
        # one string object each saves ~10 MB at 50k.
        self._strings: dict[str, str] = {}

    def build(self, key: str, doc: Any) -> Story | None:
        """A Story from the document stored under key, or None when it is unusable."""
        if type(doc) is not dict:
            return None
        try:
            # Our own writer's documents hold only Story fields: the dataclass's own __init__
            # fills the defaults (fresh lists included) at C speed. This runs 50k times per open.
            story = Story(key, **doc)
        except TypeError:  # a missing, unknown or doubled field: sort it out the slow way
            return self._build_checked(key, doc)
        feed_id, source, side, author = story.feed_id, story.source, story.side, story.author
        if (type(feed_id) is not str or type(source) is not str or type(side) is not str
                or type(story.title) is not str or type(author) is not str):
            return None
        shared = self._strings
        story.feed_id = shared.setdefault(feed_id, feed_id)
        story.source = shared.setdefault(source, source)
        story.side = shared.setdefault(side, side)
        if author:
            story.author = shared.setdefault(author, author)
        if type(story.published) is not float:
            published = story.published
            if isinstance(published, bool) or not isinstance(published, (int, float)):
                return None
            story.published = float(published)
        return story

    def _build_checked(self, key: str, doc: dict[str, Any]) -> Story | None:
        """build() for documents with unknown fields (ignored) or missing required ones."""
        values = {**_BASE_DOC, "id": key, **doc}
        shared = self._strings
        # Written out, not looped over names: this runs 50k times per open.
        value = values["feed_id"]
        if type(value) is str:
            values["feed_id"] = shared.setdefault(value, value)
        value = values["source"]
        if type(value) is str:
            values["source"] = shared.setdefault(value, value)
        value = values["side"]
        if type(value) is str:
            values["side"] = shared.setdefault(value, value)
        value = values["author"]
        if type(value) is str and value:
            values["author"] = shared.setdefault(value, value)
        story = Story(*_STORY_VALUES(values))
        # A cheap strict check, not a full validation: our own writer produced these types.
        if (
            story.id != key
            or type(story.title) is not str
            or type(story.feed_id) is not str
            or type(story.source) is not str
            or type(story.side) is not str
        ):
            return None
        if type(story.published) is not float:
            published = story.published
            if isinstance(published, bool) or not isinstance(published, (int, float)):
                return None
            story.published = float(published)
        # Each story gets its own empty lists, as the dataclass would give it.
        if story.tags is _EMPTY:
            story.tags = []
        if story.previous_titles is _EMPTY:
            story.previous_titles = []
        if story.places is _EMPTY:
            story.places = []
        if story.claim_ids is _EMPTY:
            story.claim_ids = []
        return story


# ------------------------------------------------------------------------ the base file
def base_chunks(stories: list[Story], token: str, chunk: int = 500) -> Iterator[bytes]:
    """stories.json in the line layout above, produced a few hundred stories at a time."""
    # Made while written: a joined 80 MB payload would double the peak memory, and small
    # chunks let the GIL go to the UI thread between them.
    head = dumps_strict({"file": {"warfeed": {"format": FORMAT, "journal": token}}})
    yield head[:-1] + _HEAD_END
    for start in range(0, len(stories), chunk):
        lines = [
            dumps_strict({story.id: story_doc(story)})[1:-1]
            for story in stories[start:start + chunk]
        ]
        yield b",\n".join(lines) + (b",\n" if start + chunk < len(stories) else b"\n")
    yield _FOOT


class NotLineLayout(Exception):
    """The file is not in the line layout (an older format, TinyDB's, or damaged)."""


def read_base(
    path: Path, builder: StoryBuilder, limit: int | None = None
) -> tuple[dict[str, Story | None], str | None, bool]:
    """Stories by id from a line-layout base (None for unusable documents), its token, and
    whether every story was read: with limit, reading stops at the first block boundary past
    that many stories (the newest, as the base is written newest first).

    Raises FileNotFoundError, or NotLineLayout when the caller should parse the whole file.
    """
    stories: dict[str, Story | None] = {}
    loads = orjson.loads
    build = builder.build
    with open_read(path) as stream:
        head = stream.readline()
        if not (head.startswith(b'{"file":') and head.endswith(_HEAD_END)):
            raise NotLineLayout
        try:
            meta = loads(head[: -len(_HEAD_END)] + b"}")["file"]["warfeed"]
        except (orjson.JSONDecodeError, KeyError, TypeError):
            raise NotLineLayout from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise NotLineLayout
        token = meta.get("journal")
        token = token if isinstance(token, str) else None
        # Read in blocks cut after a story's ",\n" (orjson escapes newlines inside strings, so
        # a raw one only ends a line) and parse each block as one object: no loop over lines.
        rest = b""
        while True:
            if limit is not None and len(stories) >= limit:
                return stories, token, False
            block = stream.read(_BLOCK)
            if not block:
                break
            block = rest + block
            cut = block.rfind(b",\n")
            if cut < 0:
                rest = block
                continue
            _parse_block(block[:cut], stories, build)
            rest = block[cut + 2:]
        if rest == _FOOT and not stories:
            return stories, token, True
        if not rest.endswith(b"\n" + _FOOT):
            raise NotLineLayout  # truncated, or something after the closing line
        _parse_block(rest[: -len(_FOOT) - 1], stories, build)
    return stories, token, True


def _parse_block(block: bytes, stories: dict[str, Story | None], build: Any) -> None:
    """Parse whole story lines (without the last line's ",\n") as one JSON object."""
    try:
        docs = orjson.loads(b"{" + block + b"}")
    except orjson.JSONDecodeError:
        raise NotLineLayout from None
    for key, doc in docs.items():
        stories[key] = build(key, doc)


def salvage_base(
    path: Path, builder: StoryBuilder, losses: Losses
) -> tuple[dict[str, Story | None], str | None]:
    """The intact story lines of a damaged line-layout stories.json, line by line, and its
    journal token when the head survived (None if not); damaged lines go to losses."""
    stories: dict[str, Story | None] = {}
    token: str | None = None
    ended = False
    with open_read(path) as stream:
        for number, line in enumerate(stream):
            if number == 0 and line.startswith(b'{"file":') and line.endswith(_HEAD_END):
                try:
                    meta = orjson.loads(line[: -len(_HEAD_END)] + b"}")["file"]["warfeed"]
                    token = meta["journal"] if type(meta["journal"]) is str else None
                    continue
                except (orjson.JSONDecodeError, KeyError, TypeError):
                    pass
            if line == _FOOT:
                ended = True
                continue
            body = line[:-1] if line.endswith(b"\n") else line
            body = body[:-1] if body.endswith(b",") else body
            try:
                docs = orjson.loads(b"{" + body + b"}")
            except orjson.JSONDecodeError:
                docs = None
            if type(docs) is not dict or len(docs) != 1:
                if number or feed_ids_in(line) is not None:  # a lost head holds no story
                    losses.add(line)
                continue
            for key, doc in docs.items():
                stories[key] = builder.build(key, doc)
    if not ended:
        losses.every_feed = True  # cut short: whatever followed is gone, whichever feed it was
    return stories, token


# --------------------------------------------------------------------------- the journal
def journal_record(put: Iterable[Story], drop: Iterable[str]) -> bytes:
    """One journal line: the stories a cycle added or changed and the ids it dropped."""
    drop = list(drop)
    gone = set(drop)  # a story can arrive and fall to retention in the same cycle
    record = {
        "put": {story.id: story_doc(story) for story in put if story.id not in gone},
        "drop": drop,
    }
    return dumps_strict(record) + b"\n"


def start_journal(path: Path, token: str) -> int:
    """Replace the journal with an empty one continuing the base of token; returns its size."""
    header = dumps_strict({"journal": token}) + b"\n"
    write_atomic(path, header)
    return len(header)


def append_journal(path: Path, record: bytes) -> int:
    """Append one record durably; returns the journal's new size."""
    fd = open_file(path, os.O_WRONLY | os.O_APPEND)
    try:
        start = os.lseek(fd, 0, os.SEEK_END)
        try:
            view = memoryview(record)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except BaseException as exc:
            # Never leave half a record for the next append to follow.
            os.ftruncate(fd, start)
            if isinstance(exc, OSError):
                raise named_error(exc, path) from None
            raise
        return start + len(record)
    finally:
        os.close(fd)


def replay_journal(
    path: Path, token: str | None, stories: dict[str, Story | None], builder: StoryBuilder,
    *, any_token: bool = False,
) -> tuple[int | None, int, list[bytes]]:
    """Apply the journal's records to stories: (good length, file length, damaged lines).

    The good length is None when there is no journal for this base (missing, or left from an
    older base by a crash during compaction): the caller starts a fresh one. any_token replays
    a journal whatever base it continues (the base's head was lost to damage). A torn last line
    (a crash during an append) is ignored quietly; any other unreadable line is skipped and
    returned, so the caller can keep a copy and rewrite what the good records hold.
    """
    try:
        stream = open_read(path)
    except FileNotFoundError:
        return None, 0, []
    with stream:
        head = stream.readline()
        try:
            header = orjson.loads(head) if head.endswith(b"\n") else None
        except orjson.JSONDecodeError:
            header = None
        if not isinstance(header, dict) or not (
            any_token or token is not None and header.get("journal") == token
        ):
            return None, 0, []

        def merge(puts: dict[str, Any]) -> None:
            for key, doc in puts.items():
                stories[key] = builder.build(key, doc)

        return read_records(stream, len(head), stories, merge)


def read_records(
    stream: BinaryIO, good: int, entries: dict[str, Any], merge: Callable[[dict[str, Any]], None]
) -> tuple[int, int, list[bytes]]:
    """Apply each `{"put": {...}, "drop": [...]}` line after the header, in order: merge(puts),
    then the dropped ids leave entries. Returns (good length, file length, damaged lines).

    Both logs (the stories journal, articles.log) are read here. A crash mid-append leaves an
    unterminated last line, which is ignored quietly (the good length ends before it); any other
    unreadable line is skipped and returned, and the records after it still apply.
    """
    damaged: list[bytes] = []
    for line in stream:
        try:
            record = orjson.loads(line) if line.endswith(b"\n") else None
            puts, drops = record["put"], record["drop"]
            if type(puts) is not dict or type(drops) is not list:
                raise TypeError
        except (orjson.JSONDecodeError, KeyError, TypeError):
            if line.endswith(b"\n"):
                damaged.append(line)
                good += len(line)
            continue  # no newline: the torn last line of a crash mid-append
        # In the order ingest made them: merge first, retention after.
        merge(puts)
        for key in drops:
            if type(key) is str:
                entries.pop(key, None)
        good += len(line)
    return good, stream.seek(0, os.SEEK_END), damaged


def cut_journal(path: Path, length: int) -> None:
    """Cut the journal back to its last whole record, durably."""
    fd = open_file(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, length)
        os.fsync(fd)
    finally:
        os.close(fd)


# ------------------------------------------------------------------- the pair on disk
class HotFile:
    """stories.json and its journal as they are on disk; the Store serialises every call."""

    def __init__(
        self,
        storage: AtomicJSONStorage,
        *,
        compact_ratio: float,
        compact_min: int,
    ) -> None:
        self.storage = storage
        self.journal_path = storage.path.with_name("stories.journal")
        self.compact_ratio = compact_ratio
        self.compact_min = compact_min
        self.base_size = 0
        # None: no journal continues the base on disk, so the next write must be a full one.
        self.journal_size: int | None = None
        self.losses = Losses()
        # (size, mtime_ns) of the base as this store last wrote or fully read it; a deferred
        # open that finds the file otherwise reads it whole, so damage is seen before a poll.
        self.stamp: tuple[int, int] | None = None
        self.expected: tuple[int, int] | None = None

    def limit(self) -> float:
        """Journal size past which it is folded into stories.json."""
        return max(self.compact_min, self.base_size * self.compact_ratio)

    def load(self) -> dict[str, Story | None]:
        """stories.json plus the journal's cycles; None marks an unusable document.

        Damage is salvaged: the intact lines of the base and the good records of the journal
        are kept, a copy of each damaged file is set aside, and self.losses says which feeds
        lost stories; the next write is then a whole one, from what was kept.
        """
        builder = StoryBuilder()
        self.losses = Losses()
        salvaged = False
        try:
            by_id, token, _ = read_base(self.storage.path, builder)
        except FileNotFoundError:
            return {}
        except NotLineLayout:
            tables = parse_tables(read_file(self.storage.path))
            if tables is not None:
                # An older layout, or a file TinyDB wrote: the first write puts it in lines.
                docs = tables.get("stories", {})
                return {key: builder.build(key, doc) for key, doc in docs.items()}
            by_id, token = salvage_base(self.storage.path, builder, self.losses)
            if not by_id:
                self.losses.every_feed = True
                self.storage.set_aside("is damaged and no story could be read from it; feeds"
                                       " will be fetched again in full")
                return {}
            salvaged = True
            kept = sum(1 for story in by_id.values() if story is not None)
            lines = self.losses.damaged_lines
            self.storage.set_aside(
                f"was damaged: {kept} stories were kept and {lines} damaged"
                f" line{'' if lines == 1 else 's'} skipped, and feeds that lost stories will be"
                " fetched again in full", keep_original=True)
        self.base_size = self.storage.path.stat().st_size
        good, size, damaged = replay_journal(
            self.journal_path, token, by_id, builder, any_token=salvaged and token is None
        )
        for line in damaged:
            self.losses.add(line)
        if damaged:
            journal = AtomicJSONStorage(
                self.journal_path, notices=self.storage.notices, clock=self.storage.clock
            )
            journal.writable = self.storage.writable
            what = "record" if len(damaged) == 1 else "records"
            journal.set_aside(f"had {len(damaged)} damaged {what}, skipped (the others were"
                              " kept, and feeds that lost stories will be fetched again in full)",
                              keep_original=True)
        if salvaged or damaged:
            self.journal_size = None  # the next write is a whole one, from what was kept
            return by_id
        self.stamp = self._stat()
        if self.storage.writable:
            if good is not None and good != size:
                cut_journal(self.journal_path, good)
            if good is None and token is not None:
                good = start_journal(self.journal_path, token)
        self.journal_size = good
        return by_id

    def peek(self, count: int) -> list[Story] | None:
        """At least the newest `count` stories of base and journal (fewer only when there are
        fewer), newest first, read without changing either file: what a first screen shows
        before load() reads the rest. None when the base is not in the line layout."""
        stamp = self._stat()
        if stamp is not None and (stamp != self.expected or not self._ends_whole()):
            return None  # changed behind our back, or cut short: load() checks it all
        if count <= 0:
            return []
        builder = StoryBuilder()
        try:
            by_id, token, whole = read_base(self.storage.path, builder, limit=count)
        except FileNotFoundError:
            return []
        except NotLineLayout:
            return None
        # The base is written newest first, so an unread story sorts after the last one read;
        # a journal story sorting after it too may have newer ones still unread between them.
        last = next((s for s in reversed(by_id.values()) if s is not None), None)
        replay_journal(self.journal_path, token, by_id, builder)
        head = [s for s in by_id.values() if s is not None]
        if not whole:
            if last is None:
                return None  # a whole block of damage: leave it to load()
            bound = order_key(last)
            head = [s for s in head if order_key(s) <= bound]
        head.sort(key=order_key)
        return head

    def _stat(self) -> tuple[int, int] | None:
        """The base's (size, mtime_ns), None when it does not exist."""
        try:
            info = os.stat(self.storage.path)
        except FileNotFoundError:
            return None
        return info.st_size, info.st_mtime_ns

    def _ends_whole(self) -> bool:
        """Whether stories.json is missing or ends as a whole file does (a cheap look for a
        file cut short, the commonest damage, before a deferred open trusts it)."""
        try:
            with open_read(self.storage.path) as stream:
                size = stream.seek(0, os.SEEK_END)
                stream.seek(max(0, size - len(_FOOT)))
                return stream.read() == _FOOT
        except FileNotFoundError:
            return True

    def append(self, record: bytes) -> bool:
        """Append one cycle's record durably; True when the journal is due for compaction."""
        if self.journal_size is None:
            raise RuntimeError("no journal continues stories.json: write it whole")
        self.journal_size = None  # unknown until the append has succeeded
        self.journal_size = append_journal(self.journal_path, record)
        return self.journal_size > self.limit()

    def write_full(self, order: list[Story]) -> None:
        """Rewrite stories.json whole from order, then start an empty journal for it."""
        token = new_token()
        self.journal_size = None
        # The base goes first: a crash before the new journal leaves a base holding
        # everything, and the old journal's token no longer matches it.
        self.storage.write_bytes(base_chunks(order, token))
        self.stamp = self._stat()
        self.base_size = self.stamp[0] if self.stamp else 0
        self.journal_size = start_journal(self.journal_path, token)
