"""The on-disk layer: crash-safe strict-JSON TinyDB storages, a batching middleware, the lock.

TinyDB's stock JSONStorage rewrites its file in place (a crash leaves half a file) and lets the
json module write NaN. These storages write the whole document (orjson) to a temp file in the
same directory, fsync it, rename it over the target and fsync the directory, so a reader only
ever sees the previous or the next complete file; they never follow a symlink. `LineStorage`
writes one document a line, so damage costs only its lines: a damaged file is salvaged line by
line and a copy kept as `NAME.corrupt-YYYYmmddTHHMMSS`, never overwritten. `Batch` is a TinyDB
middleware that serves reads from memory and holds writes until `flush()`, so a whole table
replaced through TinyDB's API (`truncate` + `insert_multiple`) is one atomic write.
"""

from __future__ import annotations

import errno
import fcntl
import math
import os
import re
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import fields
from itertools import islice
from operator import attrgetter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from tinydb.middlewares import Middleware
from tinydb.storages import Storage

from tui.core.models import Story

TMP_SUFFIX = ".tmp"
# From the one Story schema: its fields by declared type (annotations are strings here).
_STR_FIELDS = tuple(f.name for f in fields(Story) if f.type == "str")
_LIST_FIELDS = tuple(f.name for f in fields(Story) if f.type == "list[str]")
_BOOL_FIELDS = tuple(f.name for f in fields(Story) if f.type == "bool")
_STORY_FIELDS = attrgetter(*(f.name for f in fields(Story)))
_STR_VALUES = attrgetter(*_STR_FIELDS)
_ONLY_STR = {str}
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


def write_atomic(path: Path, payload: bytes | Iterable[bytes | memoryview], *,
                 sync_dir: bool = True) -> None:
    """Write payload (bytes, or chunks) to path so a crash leaves the old or the new file, whole.

    A failure raises an OSError naming path; a symlink or directory at path is refused. With
    sync_dir=False the caller fsyncs the directory itself (once after several files): until
    then the rename may not have reached the disk."""
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
    if sync_dir:
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
        # False when the caller fsyncs the directory once after several files.
        self.sync_dir = True

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
        write_atomic(self.path, payload, sync_dir=self.sync_dir)

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


Decode = Callable[[dict[str, Any]], dict[str, Any]]


class LineStorage(AtomicJSONStorage):
    """TinyDB Storage writing one document a line; a damaged file is salvaged, not dropped.

    After read(), `damaged` holds the lines that could not be read (empty when the file was
    whole); the caller says what they cost and keeps a copy (set_aside(keep_original=True)).
    With `decode`, each run of documents read is handed to it as soon as it is parsed and the
    table holds what it returns (the store turns documents into Story objects this way, while
    the parsed block is still in cache, instead of after the whole file).
    """

    def __init__(self, path: str | os.PathLike[str], *, decode: Decode | None = None,
                 **kwargs: Any) -> None:
        super().__init__(path, **kwargs)
        self.decode = decode
        self.damaged: list[bytes] = []

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The file's tables (None when missing); what a damaged file still holds."""
        self.damaged = []
        try:
            raw = read_file(self.path)
        except FileNotFoundError:
            return None
        data = parse_line_tables(raw, self.decode)
        if data is None:
            data = parse_tables(raw)  # written by another tool, or damaged
            if data is None:
                data, self.damaged = salvage_tables(raw)
                if not raw.endswith(b"}\n"):
                    # Cut short: whatever followed is gone, whoever it belonged to.
                    self.damaged.append(b"")
            if self.decode is not None:
                data = {name: self.decode(table) for name, table in data.items()}
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the whole file with data, one document a line, durably."""
        self.write_bytes(table_lines(data))


_BLOCK = 1 << 20
"""Bytes of document lines parsed per orjson call: a few thousand small objects at a time keep
the parser's work in cache, where one call over a whole partition does not."""


def parse_line_tables(raw: bytes, decode: Decode | None = None) -> dict[str, dict[str, Any]] | None:
    """The table of a one-table file in table_lines() layout (a partition, marks.json),
    parsed a block of lines at a time (each handed to decode, if given); None for any other
    file (the caller parses it whole).

    Blocks are cut after a document's ",\n" (strings never hold a raw newline). A block that
    ran into a second table or into damage would not parse as one object: then None too.
    """
    if not raw.startswith(b"{") or not raw.endswith(b"\n}}\n"):
        return None
    loads = orjson.loads
    try:
        newline = raw.index(b"\n")
        if raw[newline - 2:newline] != b":{":
            return None
        name = loads(raw[1:newline - 2])
        end = len(raw) - 4
        table: dict[str, Any] = {}
        start = newline + 1
        view = memoryview(raw)
        while start < end:
            cut = raw.rfind(b",\n", start, start + _BLOCK) if start + _BLOCK < end else -1
            stop = end if cut < 0 else cut
            block = bytearray(b"{")  # one copy of the block, braces around it
            block += view[start:stop]
            block += b"}"
            docs = loads(block)
            if not _is_tinydb_shape({name: docs}):
                return None
            table.update(docs if decode is None else decode(docs))
            start = stop + 2
    except (ValueError, orjson.JSONDecodeError):
        return None
    return {name: table} if type(name) is str else None


def table_lines(data: dict[str, dict[str, Any]], chunk: int = 500) -> Iterable[bytes]:
    """TinyDB's JSON with each table name and each document on a line of its own, in chunks."""
    yield b"{"
    for number, (name, table) in enumerate(data.items()):
        yield (b",\n" if number else b"") + dumps_strict(name) + b":{\n"
        yield from _document_lines(((_key(key), dumps_strict(doc)) for key, doc in list(table.items())), chunk)
        yield b"}"
    yield b"}\n"


def numbered_table(name: str, docs: Iterable[bytes], chunk: int = 500) -> Iterable[bytes]:
    """A one-table file in table_lines() layout from documents already encoded, with TinyDB's
    own ids 1..N, in chunks (a partition is written this way: only its changed stories are
    encoded again). docs may be lazy: each chunk's are taken as it is written."""
    yield b"{" + dumps_strict(name) + b":{\n"
    yield from _document_lines(((b'"%d":' % number, doc) for number, doc in enumerate(docs, 1)), chunk)
    yield b"}}\n"


def _document_lines(entries: Iterable[tuple[bytes, bytes]], chunk: int) -> Iterable[bytes]:
    """A table's (key and colon, encoded document) pairs, one a line with the JSON commas, in
    chunks; the pairs are taken a chunk at a time."""
    entries = iter(entries)
    batch = list(islice(entries, chunk))
    while batch:
        pieces: list[bytes] = []
        for key, doc in batch:  # joined once: each document is copied only into the chunk
            pieces += (key, doc, b",\n")
        batch = list(islice(entries, chunk))
        if not batch:
            pieces[-1] = b"\n"
        yield b"".join(pieces)


def _key(key: str) -> bytes:
    """A document's key and colon; TinyDB's numeric ids need no escaping."""
    return b'"%s":' % key.encode() if key.isdigit() and key.isascii() else dumps_strict(key) + b":"


def salvage_tables(raw: bytes) -> tuple[dict[str, dict[str, Any]], list[bytes]]:
    """The intact documents of a damaged table_lines() file, and the lines that were lost."""
    tables: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    damaged: list[bytes] = []
    for line in raw.split(b"\n"):
        if line in (b"", b"}", b"}}", b"{}", b"},"):
            continue
        body = line[1:] if line.startswith(b"{") else line
        body = body[:-1] if body.endswith(b",") else body
        if body.endswith(b":{"):
            try:
                name = orjson.loads(body[:-2])
            except orjson.JSONDecodeError:
                name = None
            if type(name) is str:
                current = tables.setdefault(name, {})
                continue
        try:
            entry = orjson.loads(b"{" + body + b"}")
        except orjson.JSONDecodeError:
            entry = None
        if type(entry) is not dict or len(entry) != 1 or current is None:
            damaged.append(line)
            continue
        for key, doc in entry.items():
            if type(doc) is dict:
                current[key] = doc
            else:
                damaged.append(line)
    return tables, damaged


class Batch(Middleware):
    """TinyDB middleware: reads come from memory after the first, writes wait for flush().

    Several table operations (a truncate and an insert_multiple, or tables of one file) then
    reach the disk as one atomic write; `discard()` forgets what was not flushed.
    """

    def __init__(self, storage_cls: type[Storage]) -> None:
        super().__init__(storage_cls)
        self.cache: dict[str, dict[str, Any]] | None = None
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self.cache is None:
            self.cache = self.storage.read() or {}
        return self.cache

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.cache = data
        self.dirty = True

    def flush(self) -> None:
        """Write what changed since the last flush in one atomic write."""
        if self.dirty and self.cache is not None:
            self.storage.write(self.cache)
        self.dirty = False

    def discard(self) -> None:
        """Forget unflushed writes (the next read goes to the file again)."""
        self.cache, self.dirty = None, False

    def close(self) -> None:
        self.storage.close()


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
    if type(value) is not str:
        return False
    if value.isascii():
        return True
    try:
        # UTF-8 refuses exactly the lone surrogates, at several times the speed of a search.
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def clean_story(story: Story) -> Story:
    """A copy of story that strict JSON can hold exactly: no NaN, bytes or lone surrogates."""
    # Positional, through one attrgetter: dataclasses.replace() cost a third of a 25k-story
    # first poll's ingest. Fields already clean (nearly all) are checked, not rebuilt.
    out = Story(*_STORY_FIELDS(story))
    # Every str field at once first: one type check and one search over their concatenation
    # (a surrogate stays one whatever stands beside it) instead of one call per field.
    texts = _STR_VALUES(out)
    if not (set(map(type, texts)) == _ONLY_STR and _clean_already("".join(texts))):
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
    for name in _BOOL_FIELDS:
        setattr(out, name, bool(getattr(out, name)))
    out.revision = int(out.revision) if isinstance(out.revision, int) else 0
    return out


