"""Feed content and saved articles, by partition: each `articles-NNNN.json` read on first use.

A story's long texts sit beside its partition, so opening the store never reads them and a
saved article rewrites only its own partition's articles file. The shelf shares the store's
lock: entries are read and changed under it, files are written outside it (the store's write
lock keeps writers in turn).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from tui.core.partitions import StoryFiles
from tui.core.storage import error_sentence

Entries = dict[str, dict[str, Any]]
"""A partition's articles: by story id, {"content": ..., "article": {...}}."""


class ArticleShelf:
    """The articles files of a StoryFiles' partitions."""

    def __init__(self, files: StoryFiles, lock: threading.Lock, notices: list[str]) -> None:
        self._files = files
        self._lock = lock
        self._notices = notices
        self._by_part: dict[int, Entries] = {}
        self.unsaved: set[int] = set()  # changed in memory, not written yet

    def of(self, number: int) -> Entries:
        """A partition's articles, read on first use (a read error is a notice, not a loss)."""
        with self._lock:
            entries = self._by_part.get(number)
        if entries is not None:
            return entries
        try:
            read = self._files.read_articles(number)
        except OSError as exc:
            self._notices.append(error_sentence(exc, "read"))
            read = {}
        with self._lock:
            return self._by_part.setdefault(number, read)

    def adopt(self, number: int, entries: Entries) -> None:
        """Take a partition's articles as they are (a snapshot of an older layout)."""
        with self._lock:
            self._by_part[number] = entries

    def fold(self, numbers: Iterable[int], put: Entries, drop: set[str]) -> None:
        """Merge changed entries into their partitions and drop those of stories gone, marking
        the partitions due."""
        files = self._files
        for number in numbers:
            entries = self.of(number)
            with self._lock:
                part_ids = files.parts[number].ids if number in files.parts else set()
                for story_id, entry in put.items():
                    if files.part_of.get(story_id) == number:
                        entries[story_id] = {**entries.get(story_id, {}), **entry}
                for story_id in drop & set(entries):
                    if story_id not in part_ids:
                        del entries[story_id]
                self.unsaved.add(number)

    def save(self, number: int, story_id: str, entry: dict[str, Any]) -> dict[str, Any]:
        """Merge one story's entry into its partition (due for writing); the entry it had."""
        entries = self.of(number)
        with self._lock:
            previous = entries.get(story_id, {})
            entries[story_id] = {**previous, **entry}
            self.unsaved.add(number)
        return previous

    def write_unsaved(self, *, sync_dir: bool = True) -> None:
        """Write every partition due; one that fails stays due for the next try. With
        sync_dir=False the caller's next write fsyncs the directory."""
        if not self.unsaved:
            return
        try:
            for number in sorted(self.unsaved):
                with self._lock:
                    entries = dict(self._by_part.get(number, {}))
                self._files.write_articles(number, entries)
                self.unsaved.discard(number)
        finally:
            if sync_dir:
                self._files.sync_dir()
