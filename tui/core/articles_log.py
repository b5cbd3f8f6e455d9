"""articles.log: the cold part of the story cache (feed content and saved articles), appended.

Read only when first needed, so opening a big cache stays fast; it shares the record format and
the reader of the stories journal (journal.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tui.core.journal import append_journal, cut_journal, read_records
from tui.core.storage import AtomicJSONStorage, dumps_strict, open_read, write_atomic


class ArticleLog:
    """articles.log: per story id, the feed's full content and the saved article, appended.

    One save appends one fsynced JSON line (`{"put":{id: entry},"drop":[id]}`, a put replacing
    the whole entry) instead of rewriting every article; the log is rewritten whole, from
    memory, once it doubles past its last rewrite. A torn last line (a crash during an append)
    is ignored and cut off; a damaged line before it is kept aside with a notice. The older
    whole-file `articles.json` is read once, rewritten as a log, and then removed.
    """

    HEADER = b'{"warfeed_articles":1}\n'

    def __init__(self, path: Path, legacy: AtomicJSONStorage) -> None:
        self.path = path
        self.legacy = legacy
        self.size: int | None = None  # None: the next write rewrites the log whole
        self.rewritten_size = 0

    def load(self) -> dict[str, dict[str, Any]]:
        """Every entry by story id (migrating articles.json when no log exists yet)."""
        try:
            stream = open_read(self.path)
        except FileNotFoundError:
            raw = (self.legacy.read() or {}).get("articles", {})
            entries = {k: v for k, v in raw.items() if type(v) is dict}
            if not self.legacy.writable:
                return entries  # a read-only look: the writer migrates it
            if entries or self.legacy.path.exists():
                self.rewrite(entries)  # the log first, complete...
            self.legacy.path.unlink(missing_ok=True)  # ...then the old file goes
            return entries
        entries: dict[str, dict[str, Any]] = {}
        with stream:
            head = stream.readline()
            if head != self.HEADER:
                stream.close()
                self._keep_aside("is damaged")
                if self.legacy.writable:
                    self.legacy.path.unlink(missing_ok=True)
                return entries

            def merge(puts: dict[str, Any]) -> None:
                entries.update((key, entry) for key, entry in puts.items() if type(entry) is dict)

            good, size, damaged = read_records(stream, len(head), entries, merge)
        if not self.legacy.writable:
            if damaged:
                self._keep_aside("had damaged records, skipped")
            return entries
        if damaged:
            what = "record" if len(damaged) == 1 else "records"
            self._keep_aside(f"had {len(damaged)} damaged {what}, skipped (the others were kept)",
                             keep_original=True)
            self.rewrite(entries)  # only the good records, so the damage is not met again
        else:
            if good != size:
                cut_journal(self.path, good)
            self.size = self.rewritten_size = good
        # A crash between writing the log and removing the old file left it: the log has all.
        self.legacy.path.unlink(missing_ok=True)
        return entries

    def _keep_aside(self, why: str, *, keep_original: bool = False) -> None:
        log = AtomicJSONStorage(self.path, notices=self.legacy.notices, clock=self.legacy.clock)
        log.writable = self.legacy.writable
        log.set_aside(why, keep_original=keep_original)

    def append(self, put: dict[str, dict[str, Any]], drop: Iterable[str]) -> bool:
        """Append changed entries and dropped ids durably; False (nothing written) when the
        log is due for a rewrite from every entry instead."""
        if self.size is None:
            return False
        record = dumps_strict({"put": put, "drop": list(drop)}) + b"\n"
        if self.size + len(record) > 2 * self.rewritten_size + (1 << 20):
            return False
        self.size = None  # unknown until the append has succeeded
        self.size = append_journal(self.path, record)
        return True

    def rewrite(self, entries: dict[str, dict[str, Any]]) -> None:
        """Replace the log with one holding entries, a few hundred to a line."""
        self.size = None
        items = list(entries.items())
        chunks = [self.HEADER] + [
            dumps_strict({"put": dict(items[start:start + 500]), "drop": []}) + b"\n"
            for start in range(0, len(items), 500)
        ]
        write_atomic(self.path, chunks)
        self.size = self.rewritten_size = sum(map(len, chunks))
