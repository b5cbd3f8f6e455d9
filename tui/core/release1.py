"""Reading a data dir of the first release's layout, to migrate it (see migrate.py).

That layout kept every story in `stories.json` (one story a line, newest first, under a
`{"file":{"warfeed":{"format":2,"journal":TOKEN}}}` head, keyed by id), the poll cycles since
in `stories.journal` (JSON lines `{"put":{id: doc},"drop":[id]}` after a `{"journal":TOKEN}`
header; replayed only when the token matches), feed health and a *mark overlay* (newer marks and
claim links by story id) in `state.json`, and feed content and articles in `articles.log`
(the same records after a `{"warfeed_articles":1}` header) or, older still, `articles.json`.
Only readers live here: nothing writes that layout any more.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from dataclasses import dataclass, field

import orjson

from tui.core.documents import Losses, StoryBuilder, feed_ids_in
from tui.core.models import Story
from tui.core.storage import open_read, parse_tables, read_file, salvage_lines

FORMAT = 2
_HEAD_END = b',"stories":{\n'
_FOOT = b"}}\n"
_BLOCK = 1 << 20
"""Bytes read and parsed per orjson call at open: no 80 MB buffer, a hundred calls at 50k."""
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


def _parse_block(block: bytes, stories: dict[str, Story | None],
                 build: Callable[[dict[str, Any], str], Story | None]) -> None:
    """Parse whole story lines (without the last line's ",\n") as one JSON object."""
    try:
        docs = orjson.loads(b"{" + block + b"}")
    except orjson.JSONDecodeError:
        raise NotLineLayout from None
    for key, doc in docs.items():
        stories[key] = build(doc, key)


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
                stories[key] = builder.build(doc, key)
    if not ended:
        losses.every_feed = True  # cut short: whatever followed is gone, whichever feed it was
    return stories, token



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
                stories[key] = builder.build(doc, key)

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




ARTICLES_HEADER = b'{"warfeed_articles":1}\n'
FILES = ("stories.json", "stories.journal", "state.json", "articles.log", "articles.json")
"""Every file of that layout the store itself wrote (claims.json and the word index's
stories.index keep their names and their use)."""


@dataclass
class Release1:
    """What a data dir of the first layout holds, as the migration needs it."""

    stories: dict[str, Story] = field(default_factory=dict)
    health: list[dict[str, Any]] = field(default_factory=list)
    cold: dict[str, dict[str, Any]] = field(default_factory=dict)
    claims: dict[str, Any] | None = None  # claims of the oldest layout, kept in state.json
    losses: Losses = field(default_factory=Losses)
    damaged: list[str] = field(default_factory=list)  # names of files that were not whole


def present(data_dir: Path) -> list[Path]:
    """The first layout's files in data_dir."""
    return [data_dir / name for name in FILES if (data_dir / name).exists()]


def read(data_dir: Path) -> Release1:
    """Everything a first-layout data dir holds (salvaging what damage left readable)."""
    found = Release1()
    builder = StoryBuilder()
    base = data_dir / "stories.json"
    stories: dict[str, Story | None] = {}
    token: str | None = None
    salvaged = False
    try:
        stories, token, _ = read_base(base, builder)
    except FileNotFoundError:
        pass
    except NotLineLayout:
        tables = parse_tables(read_file(base))
        if tables is not None:  # an older layout, or a file TinyDB wrote
            docs = tables.get("stories", {})
            stories = {key: builder.build(doc, key) for key, doc in docs.items()}
        else:
            stories, token = salvage_base(base, builder, found.losses)
            salvaged = True
            found.damaged.append(base.name)
    if stories or token is not None or salvaged:
        _, _, damaged = replay_journal(data_dir / "stories.journal", token, stories, builder,
                                       any_token=salvaged and token is None)
        for line in damaged:
            found.losses.add(line)
        if damaged:
            found.damaged.append("stories.journal")
    state = _read_state(data_dir / "state.json", found)
    marks = state.get("marks", {})
    for story_id, story in stories.items():
        if story is None:
            found.losses.every_feed = True
            continue
        entry = marks.get(story_id) if type(marks) is dict else None
        if type(entry) is dict:
            for name in ("read", "starred", "flagged"):
                if isinstance(entry.get(name), bool):
                    setattr(story, name, entry[name])
            for name in ("places", "claim_ids"):
                if isinstance(entry.get(name), list):
                    setattr(story, name, [v for v in entry[name] if isinstance(v, str)])
        found.stories[story_id] = story
    health = state.get("health", {})
    found.health = [doc for doc in health.values() if type(doc) is dict] if type(
        health) is dict else []
    if isinstance(state.get("claims"), dict):
        found.claims = state["claims"]
    found.cold = _read_articles(data_dir, found)
    return found


def _read_state(path: Path, found: Release1) -> dict[str, Any]:
    try:
        raw = read_file(path)
    except FileNotFoundError:
        return {}
    tables = parse_tables(raw)
    if tables is not None:
        return tables
    found.damaged.append(path.name)
    head, _, _ = raw.partition(b"\n")
    marks_open = b',"marks":{'
    state: dict[str, Any] = {}
    if head.endswith(marks_open):
        state = parse_tables(head[: -len(marks_open)] + b"}") or {}
    state["marks"] = salvage_lines(raw)
    return state


def _read_articles(data_dir: Path, found: Release1) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    try:
        stream = open_read(data_dir / "articles.log")
    except FileNotFoundError:
        try:
            tables = parse_tables(read_file(data_dir / "articles.json"))
        except FileNotFoundError:
            return entries
        if tables is None:
            found.damaged.append("articles.json")
            return entries
        return {k: v for k, v in tables.get("articles", {}).items() if type(v) is dict}
    with stream:
        head = stream.readline()
        if head != ARTICLES_HEADER:
            found.damaged.append("articles.log")
            return entries

        def merge(puts: dict[str, Any]) -> None:
            entries.update((key, entry) for key, entry in puts.items() if type(entry) is dict)

        _, _, damaged = read_records(stream, len(head), entries, merge)
    if damaged:
        found.damaged.append("articles.log")
    return entries
