"""The on-disk layer: crash-safe strict-JSON TinyDB storage, the data-dir lock, Story documents.

TinyDB's stock JSONStorage rewrites its file in place (a crash leaves half a file) and lets the
json module write NaN. This storage writes the whole document to a temp file in the same
directory, fsyncs it, renames it over the target and fsyncs the directory, so a reader only ever
sees the previous or the next complete file. A file that cannot be read as TinyDB's shape
(`{table: {doc_id: {...}}}`) is renamed to `NAME.corrupt-YYYYmmddTHHMMSS` with a notice, never
overwritten. Also here, as pure functions the Store composes: strict cleaning of Stories, the
newest-first order, the mark overlay and retention (the stories.json layout is in journal.py).
The Store itself (index, locks, flusher) lives in store.py.
"""

from __future__ import annotations

import errno
import fcntl
import math
import os
import re
import stat
import time
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from operator import attrgetter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from tui.core.models import Story
from tui.core.versions import Version, normalise, story_body, version_hash

TMP_SUFFIX = ".tmp"
_STR_FIELDS = ("id", "feed_id", "source", "side", "title", "link", "summary", "content", "author")
_LIST_FIELDS = ("tags", "previous_titles", "places", "claim_ids")
_STORY_FIELDS = attrgetter(*(f.name for f in fields(Story)))
MARK_FIELDS = ("read", "starred", "flagged")
MAX_PREVIOUS_TITLES = 10
"""Earlier titles a revised story keeps."""
OVERLAY_FIELDS = ("read", "starred", "flagged", "places", "claim_ids")
_SURROGATES = re.compile("[\ud800-\udfff]")


class StoreLocked(Exception):
    """Another process holds the data dir."""


class DataFileError(OSError):
    """A data-dir file warfeed will not use (a link, a directory); str() is one sentence."""

    def __init__(self, path: Path, why: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, why, str(path))
        self.sentence = f"{path} {why}."

    def __str__(self) -> str:
        return self.sentence


def error_sentence(exc: BaseException, doing: str = "use") -> str:
    """One sentence for a failed file operation, naming the file when the error knows it."""
    if isinstance(exc, DataFileError):
        return exc.sentence
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        if exc.filename:
            return f"Could not {doing} {exc.filename}: {reason}."
        return f"Could not {doing} the file: {reason}."
    return f"Could not {doing} the file: {exc}."


def named_error(exc: OSError, path: Path) -> OSError:
    """exc, carrying path as its file name when it has none (os.write and fsync errors)."""
    if exc.filename or isinstance(exc, DataFileError):
        return exc
    named = OSError(exc.errno, exc.strerror or str(exc), str(path))
    named.__cause__ = exc
    return named


def open_file(path: Path, flags: int, mode: int = 0o600) -> int:
    """os.open for a data-dir file that never follows a symlink and refuses anything but a
    regular file (a directory, a FIFO) with a DataFileError naming it."""
    try:
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_CLOEXEC, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DataFileError(path, "is a symbolic link, which warfeed does not follow in its"
                                " data directory; replace it with a file", errno.ELOOP) from None
        if exc.errno == errno.EISDIR:
            raise DataFileError(path, "is a directory, not a file; move it out of the way",
                                errno.EISDIR) from None
        raise
    try:
        kind = os.fstat(fd).st_mode
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(kind):
        os.close(fd)
        what = "a directory" if stat.S_ISDIR(kind) else "not a regular file"
        raise DataFileError(path, f"is {what}, not a file; move it out of the way",
                            errno.EISDIR if stat.S_ISDIR(kind) else errno.EINVAL)
    return fd


def open_read(path: Path) -> BinaryIO:
    """A data-dir file opened for reading as a binary stream (see open_file)."""
    return os.fdopen(open_file(path, os.O_RDONLY), "rb")


def read_file(path: Path) -> bytes:
    """The whole of a data-dir file (see open_file)."""
    with open_read(path) as stream:
        return stream.read()


def refuse_link(path: Path) -> None:
    """Raise DataFileError when path is a symlink or a directory (before replacing it)."""
    try:
        kind = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(kind):
        raise DataFileError(path, "is a symbolic link, which warfeed does not follow in its"
                            " data directory; replace it with a file", errno.ELOOP)
    if stat.S_ISDIR(kind):
        raise DataFileError(path, "is a directory, not a file; move it out of the way",
                            errno.EISDIR)


class StrIdTable(Table):
    """A TinyDB table whose document ids are strings (story ids, feed ids) instead of ints."""

    document_id_class = str

    def _get_next_id(self) -> str:
        # Documents are always stored under their own id; TinyDB's auto-increment is unused.
        raise ValueError("documents in a warfeed table need an explicit doc_id")


class WarfeedDB(TinyDB):
    """TinyDB over `AtomicJSONStorage` with string document ids, for tools that open our files."""

    table_class = StrIdTable


def _strict(value: Any) -> Any:
    """Deep-convert a value into something strict JSON can hold, losing as little as possible."""
    if isinstance(value, str):
        # Lone surrogates cannot be encoded as UTF-8: replace them rather than fail the write.
        return _SURROGATES.sub("\ufffd", value)
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, dict):
        return {_strict_key(k): _strict(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_strict(v) for v in value]
    if hasattr(value, "to_dict"):
        return _strict(value.to_dict())
    return _strict(str(value))


def _strict_key(key: Any) -> str:
    """JSON object keys must be strings; anything else is written as its text."""
    return _strict(key if isinstance(key, str) else str(key))


def _default(value: Any) -> Any:
    """orjson fallback for types it does not know (bytes, sets, objects with to_dict)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"cannot store a {type(value).__name__}")


def dumps_strict(data: Any) -> bytes:
    """Strict UTF-8 JSON: NaN/Infinity become null, surrogates and bytes are replaced."""
    try:
        # orjson writes NaN/Infinity as null, rejects non-str keys and surrogates: the fast
        # path covers clean data, the slow deep conversion only runs when something is odd.
        return orjson.dumps(data, default=_default)
    except (orjson.JSONEncodeError, TypeError):
        return orjson.dumps(_strict(data))


def _is_tinydb_shape(data: Any) -> bool:
    """True when data looks like TinyDB's layout: tables of documents, all JSON objects."""
    if not isinstance(data, dict):
        return False
    for table in data.values():
        if not isinstance(table, dict):
            return False
        for doc in table.values():
            if not isinstance(doc, dict):
                return False
    return True


def parse_tables(raw: bytes) -> dict[str, dict[str, Any]] | None:
    """A TinyDB file's tables from its bytes, or None when they are not strict JSON of that shape."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    return data if _is_tinydb_shape(data) else None


def salvage_lines(raw: bytes) -> dict[str, Any]:
    """The intact `"key":{...}` lines of a damaged one-entry-a-line TinyDB file (claims.json,
    stories.json), by key; a line that does not parse alone is skipped."""
    found: dict[str, Any] = {}
    for line in raw.split(b"\n"):
        body = line[:-1] if line.endswith(b",") else line
        if not body.startswith(b'"'):
            continue
        try:
            entry = orjson.loads(b"{" + body + b"}")
        except orjson.JSONDecodeError:
            continue
        for key, doc in entry.items():
            if type(doc) is dict:
                found[key] = doc
    return found


def lines_document(table: str, entries: dict[str, Any]) -> bytes:
    """A TinyDB file of one table written one entry a line, so damage costs only its lines."""
    lines = [dumps_strict({key: entry})[1:-1] for key, entry in entries.items()]
    return b'{"%s":{\n' % table.encode() + b",\n".join(lines) + b"\n}}\n"


def corrupt_name(path: Path, now: float) -> Path:
    """A free `NAME.corrupt-YYYYmmddTHHMMSS[-N]` path next to path."""
    stamp = datetime.fromtimestamp(now, tz=timezone.utc).strftime("%Y%m%dT%H%M%S")
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    return candidate


def fsync_dir(directory: Path) -> None:
    """Make a rename in directory durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, payload: bytes | Iterable[bytes | memoryview]) -> None:
    """Write payload (bytes, or chunks) to path so a crash leaves the old or the new file, whole.

    A failure raises an OSError naming path; a symlink or directory at path is refused."""
    refuse_link(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}{TMP_SUFFIX}")
    chunks = [payload] if isinstance(payload, (bytes, bytearray, memoryview)) else payload
    try:
        tmp.unlink(missing_ok=True)  # a leftover of this pid, or a link planted in its place
        fd = open_file(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except OSError as exc:
        raise named_error(exc, path) from None
    try:
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        os.fsync(fd)
    except BaseException as exc:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise named_error(exc, path) from None
        raise
    os.close(fd)
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise named_error(exc, path) from None
    fsync_dir(path.parent)


class AtomicJSONStorage(Storage):
    """TinyDB Storage: orjson in and out, atomic durable writes, damaged files moved aside."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        notices: list[str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.notices = notices if notices is not None else []
        self.clock = clock
        # False for a reader beside the writer: damage is reported, never moved or copied.
        self.writable = True

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The file's tables, or None when it is missing (or was damaged and moved aside)."""
        try:
            raw = read_file(self.path)
        except FileNotFoundError:
            return None
        data = parse_tables(raw)
        if data is None:
            self.set_aside("is damaged")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the whole file with data, durably."""
        self.write_bytes(dumps_strict(data))

    def write_bytes(self, payload: bytes | Iterable[bytes | memoryview]) -> None:
        """Replace the whole file with an already serialised document (or its chunks, in order)."""
        write_atomic(self.path, payload)

    def set_aside(self, why: str, *, keep_original: bool = False) -> Path:
        """Rename (or copy, with keep_original) the file to NAME.corrupt-TIMESTAMP and say so."""
        target = corrupt_name(self.path, self.clock())
        if not self.writable:
            self.notices.append(f"{self.path.name} {why}; it was left as it is"
                                " (a read-only look changes nothing).")
            return self.path
        if keep_original:
            write_atomic(target, read_file(self.path))
            self.notices.append(
                f"{self.path.name} {why}; a copy of the original was saved as {target.name}."
            )
        else:
            os.replace(self.path, target)
            fsync_dir(self.path.parent)
            self.notices.append(
                f"{self.path.name} {why}; it was moved aside as {target.name}"
                " and a fresh one started."
            )
        return target

    def close(self) -> None:
        """Nothing stays open between reads and writes."""


def acquire_lock(data_dir: Path) -> int:
    """Hold an exclusive flock on DATA_DIR/lock; the kernel drops it when the process dies."""
    path = data_dir / "lock"
    fd = open_file(path, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        try:
            pid = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
        finally:
            os.close(fd)
        if not pid.isdigit():
            pid = "unknown"
        raise StoreLocked(f"another warfeed is using {data_dir} (pid {pid})") from None
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except OSError:
        pass  # the pid is a courtesy for the refused; the flock is what keeps them out
    return fd


# ------------------------------------------------------------ Story documents
def clean_str(value: Any) -> str:
    """Any value as a str that UTF-8 can hold (bytes decoded, lone surrogates replaced)."""
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("utf-8", "replace")
    elif not isinstance(value, str):
        value = "" if value is None else str(value)
    return _SURROGATES.sub("\ufffd", value)


def finite(value: Any, default: float | None) -> float | None:
    """value as a finite float, else default (NaN, Infinity, bools and non-numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    value = float(value)
    return value if value == value and abs(value) != float("inf") else default


def _clean_already(value: Any) -> bool:
    """A str strict JSON holds as it is (ASCII needs no search for lone surrogates)."""
    return type(value) is str and (value.isascii() or not _SURROGATES.search(value))


def clean_story(story: Story) -> Story:
    """A copy of story that strict JSON can hold exactly: no NaN, bytes or lone surrogates."""
    # Positional, through one attrgetter: dataclasses.replace() cost a third of a 25k-story
    # first poll's ingest. Fields already clean (nearly all) are checked, not rebuilt.
    out = Story(*_STORY_FIELDS(story))
    for name in _STR_FIELDS:
        value = getattr(out, name)
        if not _clean_already(value):
            setattr(out, name, clean_str(value))
    for name in _LIST_FIELDS:
        value = getattr(out, name)
        if type(value) is list and all(map(_clean_already, value)):
            setattr(out, name, list(value))
            continue
        items = value if isinstance(value, (list, tuple, set, frozenset)) else []
        setattr(out, name, [clean_str(v) for v in items])
    if type(out.published) is not float:
        out.published = finite(out.published, 0.0)
    elif out.published != out.published or abs(out.published) == math.inf:
        out.published = 0.0
    out.updated = finite(out.updated, None)
    out.fetched_at = finite(out.fetched_at, 0.0)
    for name in MARK_FIELDS:
        setattr(out, name, bool(getattr(out, name)))
    out.revision = int(out.revision) if isinstance(out.revision, int) else 0
    return out


def merge_stories(
    by_id: dict[str, Story],
    incoming: dict[str, Story],
    cold: dict[str, dict[str, Any]],
    now: float,
    new: list[str],
    updated: list[str],
    gone: list[Story],
    added: list[Story],
    cold_put: list[str],
    revisions: list[tuple[str, Version, Version]] | None = None,
) -> None:
    """Merge a cycle's stories into by_id and cold (caller holds the lock).

    Ids of new and revised stories go to new and updated; replaced objects to gone, the objects
    now in by_id to added, ids whose cold entry changed to cold_put (so stories changed when
    added is not empty, cold when cold_put is not). A story is revised only when its normalised
    text changed (versions.py); (id, previous, new) Versions go to revisions.
    """
    for story_id, story in incoming.items():
        content, story.content = story.content, ""
        old = by_id.get(story_id)
        old_content = cold.get(story_id, {}).get("content", "") if old is not None else ""
        if old is None:
            if not story.fetched_at:
                story.fetched_at = now
            new.append(story_id)
        else:
            # Marks, claim links and history belong to us, not to the feed.
            for name in ("read", "starred", "flagged", "places", "claim_ids", "fetched_at",
                         "revision", "previous_titles"):
                setattr(story, name, getattr(old, name))
            revised = _revision(old, old_content, story, content, now)
            if revised is not None:
                if revisions is not None:
                    revisions.append((story_id, *revised))
                story.revision = old.revision + 1
                if normalise(story.title, "") != normalise(old.title, ""):
                    titles = [*old.previous_titles, old.title]
                    story.previous_titles = titles[-MAX_PREVIOUS_TITLES:]
                updated.append(story_id)
        if old is None or story != old:
            # A new object rather than an in-place edit: a reader holding the old one keeps
            # a consistent story.
            by_id[story_id] = story
            if old is not None:
                gone.append(old)
            added.append(story)
        if content and cold.get(story_id, {}).get("content") != content:
            cold[story_id] = {**cold.get(story_id, {}), "content": content}
            cold_put.append(story_id)


def _revision(
    old: Story, old_content: str, story: Story, content: str, now: float
) -> tuple[Version, Version] | None:
    """The (previous, new) versions when story reads differently from old, else None."""
    if story.title == old.title and story.summary == old.summary and (
        not content or content == old_content
    ):
        return None
    # Whitespace, markup, tracking parameters or a new date stamp alone are not a revision.
    before_body = story_body(old.summary, old_content)
    after_body = story_body(story.summary, content or old_content)
    before_hash = version_hash(old.title, before_body)
    after_hash = version_hash(story.title, after_body)
    if before_hash == after_hash:
        return None
    return (Version(old.fetched_at, old.title, before_body, before_hash),
            Version(now, story.title, after_body, after_hash))


# ------------------------------------------------ order, overlay and retention
def order_key(story: Story) -> tuple[float, str]:
    """Newest first, then by id so equal times keep a stable order."""
    return (-story.published, story.id)


def reordered(order: list[Story], gone: list[Story], added: list[Story]) -> list[Story]:
    """A new newest-first list: order without the gone objects, with added ones in place."""
    if (len(gone) + len(added)) * 8 > len(order):
        kept = set(map(id, gone))
        return sorted([s for s in order if id(s) not in kept] + added, key=order_key)
    # A poll cycle changes a few dozen of 50k stories: bisecting them in and out (keys are
    # unique because ids are) costs far less than recomputing 50k sort keys.
    order = list(order)
    for story in gone:
        at = bisect_left(order, order_key(story), key=order_key)
        if at < len(order) and order[at] is story:
            del order[at]
        else:  # cannot happen while keys are unique; stay correct anyway
            order = [s for s in order if s is not story]
    for story in added:
        insort(order, story, key=order_key)
    return order


def overlay_entry(story: Story) -> dict[str, Any]:
    """The fields of a story the mark overlay in state.json carries."""
    return {name: getattr(story, name) for name in OVERLAY_FIELDS}


def apply_overlay(story: Story, entry: Mapping[str, Any]) -> None:
    """Set a story's marks and claim links from an overlay entry, ignoring anything else."""
    for name in MARK_FIELDS:
        if isinstance(entry.get(name), bool):
            setattr(story, name, entry[name])
    for name in ("places", "claim_ids"):
        if isinstance(entry.get(name), list):
            setattr(story, name, [v for v in entry[name] if isinstance(v, str)])


def retention_drops(
    stories: Iterable[Story], retention: Mapping[str, int], live: set[str], cutoff: float
) -> list[str]:
    """Ids to drop: beyond a feed's item_limit or older than cutoff, never marked ones."""
    by_feed: dict[str, list[Story]] = {}
    for story in stories:
        if story.feed_id in retention:
            by_feed.setdefault(story.feed_id, []).append(story)
    dropped: list[str] = []
    for feed_id, feed_stories in by_feed.items():
        limit = max(0, int(retention[feed_id]))
        feed_stories.sort(key=order_key)
        for rank, story in enumerate(feed_stories):
            if story.starred or story.flagged or story.claim_ids:
                continue
            # An old story the feed still carries stays: dropping it would bring it back as
            # new (and unread) on the next poll. A story without a date ages from first sight.
            age_from = story.published or story.fetched_at
            if rank >= limit or (age_from < cutoff and story.id not in live):
                dropped.append(story.id)
    return dropped
