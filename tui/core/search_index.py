"""Folded story text plus a word index, so a bare-word filter over 50k stories stays instant.

Scanning every story's text costs ~1 us per story even when the needle is absent (measured:
50k stories of ~1.5 KB take ~50 ms a query), so bare words are answered from an index instead:
the distinct folded words of each story version, with postings as compact int arrays. A needle
without spaces occurs in a text exactly when it occurs inside one of the text's words, so one
`str.find` loop over the joined vocabulary finds every word containing it, and the union of
their postings is the exact answer. Phrases narrow by their words, then check the text.

Each fold of a story version gets a fresh slot number, so postings of an older version never
match the current one; stale slots are dropped when the index is rebuilt.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections.abc import Callable

from .models import Story

MAX_STORIES = 200_000
"""Beyond this many cached versions the index starts over (stories are folded again on use)."""
MAX_WORD_MATCHES = 2_000
"""A needle inside more distinct words than this is common ("a", "e"): scanning the text finds
it early in nearly every story, which beats a union of that many postings."""

UNINDEXED = 1 << 62
"""Slot of a version folded for one query but not yet word-indexed: checked by its text."""

Entry = tuple[str, str, str, str, int]
"""(title, summary, content, folded text, slot): the folded text of exactly these strings."""


class SearchIndex:
    """Folded texts keyed by story id, and which story versions contain each word."""

    def __init__(self, fold: Callable[[str], str]) -> None:
        self.fold = fold
        self.entries: dict[str, Entry] = {}
        self._lock = threading.Lock()
        # Slot numbers only grow, even across a reset, so an answer computed before a reset
        # can never mistake a newer version's slot for one it looked at.
        self.next_slot = 0
        self._reset()

    def _reset(self) -> None:
        self.entries.clear()
        self.word_ids: dict[str, int] = {}
        self.words: list[str] = []
        self.postings: list[array] = []
        self._first_slot = self.next_slot
        self._joined: tuple[str, list[int]] | None = None

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._reset()

    def add(self, story: Story, *, index_words: bool = False) -> Entry:
        """Fold one story version; with index_words also record its words under a new slot.

        A query folds only (a query over 50k stories must not also build the index on the
        way); `index_stories` indexes, ideally in a background thread after load.
        """
        title, summary, content = story.title, story.summary, story.content
        entry = self.entries.get(story.id)
        if entry is not None and entry[0] is title and entry[1] is summary and entry[2] is content:
            text = entry[3]  # folded already, only the words are missing
        else:
            text = self.fold(f"{title}\n{summary}\n{content}")
        if not index_words:
            entry = (title, summary, content, text, UNINDEXED)
            self.entries[story.id] = entry
            return entry
        distinct = set(text.split())
        with self._lock:
            if self.next_slot - self._first_slot >= MAX_STORIES:
                self._reset()
            slot = self.next_slot
            self.next_slot += 1
            word_ids, postings = self.word_ids, self.postings
            for word in distinct:
                word_id = word_ids.get(word)
                if word_id is None:
                    word_id = word_ids[word] = len(self.words)
                    self.words.append(word)
                    postings.append(array("I"))
                    self._joined = None
                postings[word_id].append(slot)
            entry = (title, summary, content, text, slot)
            self.entries[story.id] = entry
        return entry

    def text(self, story: Story) -> str:
        """The folded text of this version of the story (folded now if not yet)."""
        entry = self.entries.get(story.id)
        if entry is not None and entry[0] is story.title and entry[1] is story.summary and entry[2] is story.content:
            return entry[3]
        return self.add(story)[3]

    def _vocabulary(self) -> tuple[str, list[int]]:
        """Every word joined by newlines (never inside a word) and each word's start offset."""
        if self._joined is None:
            starts, offset = [], 0
            for word in self.words:
                starts.append(offset)
                offset += len(word) + 1
            self._joined = ("\n".join(self.words), starts)
        return self._joined

    def slots_with(self, needle: str) -> tuple[set[int], int] | None:
        """(slots of the versions whose text contains the space-free needle, the first slot not
        covered by that answer), or None when the needle is too common for the index to help."""
        with self._lock:  # a background indexer waits a few ms; the answer is consistent
            covered = self.next_slot
            joined, starts = self._vocabulary()
            found: list[int] = []
            position = joined.find(needle)
            while position >= 0:
                index = bisect_right(starts, position) - 1
                found.append(index)
                if len(found) > MAX_WORD_MATCHES:
                    return None
                # One hit per word is enough: go on from the next word.
                following = starts[index + 1] if index + 1 < len(starts) else len(joined)
                position = joined.find(needle, following)
            slots: set[int] = set()
            for index in found:
                slots.update(self.postings[index])
        return slots, covered
