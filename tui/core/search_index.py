"""A word index over folded story text, kept on disk beside the store, so a bare-word filter over
50k stories is a few set operations, even the first one after the store opens.

Scanning folded text costs time per story even when the needle is absent, and folding a big
cache first costs more, so bare words are answered from an index instead: the
distinct folded words of each indexed story version, with postings (which versions hold the
word) as compact int arrays. A needle without spaces occurs in a text exactly when it occurs
inside one of the text's words, so one `str.find` loop over the joined vocabulary finds every
word containing it, and the union of their postings is the exact answer. Phrases narrow by
their words, then check the folded text of the few candidates.

The index tracks Story *objects*: warfeed never edits a story's text in place (a revision is a
new object), so an object indexed once stays right. Each indexed object gets a generation
number; a compiled query remembers the generation it planned at and checks later objects (and
objects it never saw) by their text. Two parts: a *sealed* part (loaded from, and saved to,
`stories.index`) and a *live* part that grows as stories arrive; saving merges them.

`stories.index` is a derived cache, not data: a JSON header line, a JSON line of the slot
stories' ids and checks, then native-endian uint32 arrays and the UTF-8 vocabulary. At load a
slot counts only if the store holds a story of that id with the same revision and text
lengths; other stories are indexed afresh. A damaged or foreign file is ignored (rebuilt).
"""

from __future__ import annotations

import sys
import threading
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from operator import attrgetter
from pathlib import Path
from typing import BinaryIO

import orjson

from .models import Story

FORMAT = 2
"""Bump when fold() or the file layout changes: older files are then ignored and rebuilt."""
MAX_WORD_MATCHES = 2_000
"""A needle inside more distinct words than this is common ("a", "e"): the stories of its
biggest words are taken from the index and the few others checked by their text, which beats
a union of that many postings."""
MAX_POSTINGS = 150_000
"""Likewise when the words holding a needle have more postings than this in all."""


_CHECKED = ("revision", "title", "summary", "content")
"""What must still hold for a saved slot to describe a story's text: its revision (bumped on
every change of title or summary) and the lengths of its texts."""
_GETTERS = tuple(attrgetter(name) for name in _CHECKED)


def _checks(story: Story | None) -> list[int]:
    """The checked numbers of one story (zeros for an empty slot)."""
    if story is None:
        return [0] * len(_CHECKED)
    revision = story.revision if type(story.revision) is int else 0
    return [revision & 0xFFFFFFFF, len(story.title), len(story.summary), len(story.content)]


class _Part:
    """Indexed story versions: their slots, a vocabulary and each word's postings."""

    def __init__(self) -> None:
        self.stories: list[Story | None] = []  # by slot; None once dropped
        self.words: list[str] = []
        self.word_ids: dict[str, int] = {}
        self.postings: list[array] | _Slices = []
        """Each word's postings: arrays of their own, or cut from a loaded file's one array."""
        self._joined: tuple[str, array] | None = None

    def editable_postings(self) -> list[array]:
        """The postings as arrays of their own, to add to (a loaded part's are cut at the first edit)."""
        if not isinstance(self.postings, list):
            self.postings = list(self.postings)
        return self.postings

    def add(self, story: Story, words: Iterable[str]) -> None:
        slot = len(self.stories)
        self.stories.append(story)
        word_ids, postings = self.word_ids, self.editable_postings()
        for word in words:
            word_id = word_ids.get(word)
            if word_id is None:
                word_id = word_ids[word] = len(self.words)
                self.words.append(word)
                postings.append(array("I"))
                self._joined = None
            postings[word_id].append(slot)

    def vocabulary(self) -> tuple[str, array]:
        """Every word joined by newlines (never inside a word) and each word's start offset."""
        if self._joined is None:
            starts, offset = array("I"), 0
            for word in self.words:
                starts.append(offset)
                offset += len(word) + 1
            self._joined = ("\n".join(self.words), starts)
        return self._joined

    def word_postings(self, needle: str) -> tuple[list[array], bool]:
        """Postings of the words containing the space-free needle, and whether that is all of
        them: a common needle ("e") stops at MAX_WORD_MATCHES words, biggest postings first."""
        joined, starts = self.vocabulary()
        found: list[array] = []
        position = joined.find(needle)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            found.append(self.postings[index])
            if len(found) >= MAX_WORD_MATCHES:
                found.sort(key=len, reverse=True)
                return found, False
            # One hit per word is enough: go on from the next word.
            following = starts[index + 1] if index + 1 < len(starts) else len(joined)
            position = joined.find(needle, following)
        return found, True


class SearchIndex:
    """Which indexed story objects hold each folded word; see the module docstring."""

    def __init__(self, fold: Callable[[str], str],
                 holds: Callable[[Story, str], bool] | None = None) -> None:
        self.fold = fold
        # Whether a story's folded text holds a phrase; a caller that knows a cheaper way
        # than folding the whole text (query.py does, for ASCII) passes it.
        self.holds = holds or (lambda story, needle: needle in self.text_of(story))
        self._lock = threading.Lock()
        self.generation_of: dict[int, int] = {}
        """id(story) -> the generation it was indexed at (the parts hold the objects)."""
        # Generations only grow, even across a reset, so a plan made before a reset never
        # takes a newer object for one it looked at.
        self.generation = 0
        self._reset()

    def _reset(self) -> None:
        self.generation_of.clear()
        self.sealed = _Part()
        self.live = _Part()
        self.changed = False

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._reset()

    def __len__(self) -> int:
        return len(self.generation_of)

    def snapshot(self) -> tuple[dict[int, bool], int, list[Story | None]]:
        """(ids of the story objects indexed so far, each -> False, in the order indexed (the
        store's order, so a query walking it reads the dict's memory in order too); the
        generation the next indexed object will get; the objects themselves, for the caller
        to hold: while it does, none is freed and no new object can reuse one of those ids)."""
        with self._lock:
            objects = [*self.sealed.stories, *self.live.stories]
            return dict.fromkeys(self.generation_of, False), self.generation, objects

    def text_of(self, story: Story) -> str:
        """A story's searched text (title, summary, content), folded."""
        return self.fold(f"{story.title}\n{story.summary}\n{story.content}")

    def words_of(self, story: Story) -> set[str]:
        """The distinct folded words of a story's text."""
        return set(self.text_of(story).split())

    def add(self, stories: Iterable[Story]) -> int:
        """Index the story objects not indexed yet; returns how many were added."""
        known = self.generation_of
        added = 0
        for story in stories:
            if id(story) in known:
                continue
            words = self.words_of(story)  # folded outside the lock: queries go on meanwhile
            with self._lock:
                if id(story) in known:
                    continue
                self.live.add(story, words)
                known[id(story)] = self.generation
                self.generation += 1
                self.changed = True
            added += 1
        return added

    def matching(self, needle: str) -> tuple[set[int], bool]:
        """(ids of indexed story objects whose folded text contains needle, whether that is
        all of them). A needle too common for the index ("e", "in") gets the stories of its
        biggest words, up to MAX_POSTINGS postings: the caller checks the rest by their text."""
        words = [word for word in needle.split(" ") if word]
        candidates: list[Story | None] = []
        exact = True
        with self._lock:
            if not words:  # the empty needle is in every text
                return set(self.generation_of), True
            for part in (self.sealed, self.live):
                slots: set[int] | None = None
                for word in words:
                    lists, complete = part.word_postings(word)
                    found: set[int] = set()
                    budget = MAX_POSTINGS
                    for postings in lists:
                        if budget < len(postings):
                            complete = False
                            break
                        budget -= len(postings)
                        found.update(postings)
                    if not complete:
                        if len(words) > 1:
                            return set(), False  # a phrase of a common word: the text decides
                        exact = False
                    slots = found if slots is None else slots & found
                    if not slots:
                        break
                stories = part.stories
                candidates.extend(stories[s] for s in slots or ())
        if len(words) == 1:
            return {id(story) for story in candidates if story is not None}, exact
        holds = self.holds
        return {
            id(story) for story in candidates
            if story is not None and holds(story, needle)
        }, exact

    # ------------------------------------------------------------------ on disk
    def save(self, path: Path, current: Mapping[str, Story]) -> None:
        """Merge the live part into the sealed one and write it; stories not current are dropped."""
        with self._lock:
            self._merge(current)
            sealed = self.sealed
            slots = sealed.stories
            ids = "\n".join(story.id if story is not None else "" for story in slots)
            checks = [_checks(story) for story in slots]
            joined, starts = sealed.vocabulary()
            offsets = array("I", [0])
            for postings in sealed.postings:
                offsets.append(offsets[-1] + len(postings))
            chunks = [p.tobytes() for p in sealed.postings]
            self.changed = False
        vocabulary = joined.encode("utf-8", "surrogatepass")
        id_bytes = ids.encode("utf-8", "surrogatepass")
        columns = [array("I", [c[n] for c in checks]).tobytes() for n in range(len(_CHECKED))]
        head = orjson.dumps({
            "warfeed_index": FORMAT, "byteorder": sys.byteorder, "slots": len(slots),
            "words": len(starts), "postings": offsets[-1], "vocabulary_bytes": len(vocabulary),
            "id_bytes": len(id_bytes),
        }) + b"\n"
        from .storage import write_atomic  # storage imports nothing of ours: no cycle

        write_atomic(path, [head, id_bytes, *columns, starts.tobytes(), offsets.tobytes(),
                            vocabulary, *chunks])

    def _merge(self, current: Mapping[str, Story]) -> None:
        """Fold the live part into the sealed part (caller holds the lock)."""
        sealed, live = self.sealed, self.live
        known = self.generation_of
        for part in (sealed, live):
            for slot, story in enumerate(part.stories):
                if story is not None and current.get(story.id) is not story:
                    part.stories[slot] = None
                    known.pop(id(story), None)
        if not live.stories:
            return
        base = len(sealed.stories)
        merged = sealed.editable_postings()
        if not sealed.word_ids and sealed.words:
            sealed.word_ids = {word: n for n, word in enumerate(sealed.words)}
        for word, word_id in live.word_ids.items():
            postings = live.postings[word_id]
            shifted = array("I", [slot + base for slot in postings]) if base else postings
            target = sealed.word_ids.get(word)
            if target is None:
                sealed.word_ids[word] = len(sealed.words)
                sealed.words.append(word)
                merged.append(shifted)
            else:
                merged[target].extend(shifted)
        sealed.stories.extend(live.stories)
        sealed._joined = None
        self.live = _Part()

    def load(self, path: Path, current: Mapping[str, Story]) -> int:
        """Replace the index by the saved one, keeping slots that still describe a story of
        current; returns how many stories it covers (0 when the file is missing or unusable)."""
        try:
            part = _read(path, current)
        except (OSError, ValueError, KeyError, TypeError, IndexError, OverflowError):
            part = None
        with self._lock:
            self._reset()
            if part is None:
                return 0
            self.sealed = part
            # All one generation: filled at C speed, and every later object gets a newer one.
            self.generation_of.update(
                dict.fromkeys(map(id, filter(None, part.stories)), self.generation)
            )
            self.generation += 1
            return len(self.generation_of)


def _read(path: Path, current: Mapping[str, Story]) -> _Part | None:
    """The sealed part saved at path, its slots bound to current's stories."""
    from .storage import open_read  # storage imports nothing of ours: no cycle

    with open_read(path) as stream:
        head = orjson.loads(stream.readline())
        if head.get("warfeed_index") != FORMAT or head.get("byteorder") != sys.byteorder:
            return None
        n_slots, n_words, n_postings = int(head["slots"]), int(head["words"]), int(head["postings"])
        ids = stream.read(int(head["id_bytes"])).decode("utf-8", "surrogatepass")
        saved = [_read_array(stream, n_slots) for _ in _CHECKED]
        starts = _read_array(stream, n_words)
        offsets = _read_array(stream, n_words + 1)
        vocabulary = stream.read(int(head["vocabulary_bytes"])).decode("utf-8", "surrogatepass")
        postings = _read_array(stream, n_postings)
        if None in saved or starts is None or offsets is None or postings is None \
                or stream.read(1):
            return None
    part = _Part()
    slot_ids = ids.split("\n") if n_slots else []
    if len(slot_ids) != n_slots:
        return None
    # Bound and checked column by column at C speed; a slot by slot pass only when some
    # story changed or left since the save.
    stories = list(map(current.get, slot_ids))
    if None in stories or _columns(stories) != saved:
        stories = [
            story if story is not None and _checks(story) == [c[n] for c in saved] else None
            for n, story in enumerate(stories)
        ]
    part.stories = stories
    part.words = vocabulary.split("\n") if n_words else []
    if len(part.words) != n_words:
        return None
    part.postings = _Slices(postings, offsets)
    part._joined = (vocabulary, starts)
    return part


def _read_array(stream: BinaryIO, length: int) -> array | None:
    """length uint32s read straight into an array (a bytes copy first would double the peak
    memory of a 30 MB index); None when the file ends early."""
    values = array("I", [0]) * length
    if length and stream.readinto(values) != 4 * length:
        return None
    return values


def _columns(stories: list[Story]) -> list[array] | None:
    """The checked numbers of stories (none missing), one array per _CHECKED field; None when
    some story holds a revision an array cannot (the slot by slot pass sorts it out)."""
    try:
        return [
            array("I", map(getter, stories)) if name == "revision"
            else array("I", map(len, map(getter, stories)))
            for name, getter in zip(_CHECKED, _GETTERS)
        ]
    except (OverflowError, TypeError):
        return None


class _Slices:
    """Postings of a loaded part cut from one array on use: 200k small arrays at load would
    cost more than the rest of the load."""

    def __init__(self, postings: array, offsets: array) -> None:
        self.postings, self.offsets = postings, offsets

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> array:
        return self.postings[self.offsets[index]:self.offsets[index + 1]]

    def __iter__(self) -> Iterator[array]:
        return (self[i] for i in range(len(self)))
