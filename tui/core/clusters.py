"""One event, many sources: stories grouped into clusters as they arrive.

A cluster is the set of stories about one event: syndicated copies of one text, and reports of
the same capture claim, strike or shootdown from outlets of every side, in any language. Each new
story is compared only with recent stories that share a signal with it (a canonical link, a
near-copy found by MinHash LSH, an (event, place) key, a place), never with the whole cache, so
adding a story costs the same at 500 stories as at 50k.

The assignment of every story and a window of recent stories live in `clusters.json`, a TinyDB
file in the data dir (tables `assignments` and `recent`); a story never clustered is its own
cluster, named by its id.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from rapidfuzz import fuzz
from tinydb import TinyDB

from tui.core.claims.translit import has_cyrillic, ru_to_latin, uk_to_latin
from tui.core.models import Story
from tui.core.storage import AtomicJSONStorage

if TYPE_CHECKING:
    from datasketch import MinHash

FILE_NAME = "clusters.json"
WINDOW = 36 * 3600
"""Reports of one event arrive within this of each other; the same place later is another event."""
KEEP = 4 * 86400
"""How far back the recent stories are kept for matching (beyond WINDOW, for late arrivals)."""
NUM_PERM = 64
NEAR_COPY = 0.5
"""MinHash Jaccard above which two texts are copies of one another (syndication, rewrites)."""
SAME_PLACE_TITLE = 55
"""Title similarity (0-100) that joins two stories sharing a place but no event key."""
SAME_TITLE = 82
"""Title similarity that joins two stories with no place in common."""

_EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "shootdown": (
        "shot down", "shoot down", "downed", "intercepted", "air defen", "air-defen",
        "збил", "збит", "перехоплен", "ппо", "сбил", "сбит", "перехвач", "пво", "уничтожены",
    ),
    "strike": (
        "strike", "struck", "shelling", "shelled", "drone attack", "missile", "drones hit",
        "explosion", "blast", "bombard", "glide bomb", "attack on", "attacked the city", "hit ",
        "удар", "обстріл", "атак", "ракет", "вибух", "дрон", "шахед", "бомб", "обстрел",
        "взрыв", "беспилотн", "бпла", "прилет", "поражен",
    ),
    "control": (
        "captur", "seiz", "liberat", "took control", "taken control", "fell to", "has fallen",
        "fall of", "withdr", "pull back", "pulled back", "encircl", "remains under", "control of",
        "still hold", "advance", "entered",
        "захоп", "звільн", "взят", "взяття", "контрол", "відійш", "відступ", "оточ", "окруж",
        "освобо", "овлад", "отступ", "отош", "продвин", "просун",
    ),
    "losses": ("losses", "killed in action", "втрат", "потер"),
}
_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`´‘")
_TRACKING = re.compile(r"^(utm_|fbclid|gclid|yclid|ref$|mc_)")


def fold(text: str) -> str:
    """Lower case, accents off, Cyrillic spelled in Latin letters: one script to compare in."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    if has_cyrillic(text):
        text = uk_to_latin(text) if re.search("[іїєґІЇЄҐ]", text) else ru_to_latin(text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def canonical_link(link: str) -> str:
    """A link without scheme, `www.`, fragment, trailing slash or tracking parameters."""
    if not link:
        return ""
    parts = urlsplit(link)
    host = parts.hostname or ""
    host = host[4:] if host.startswith("www.") else host
    query = "&".join(q for q in parts.query.split("&") if q and not _TRACKING.match(q.split("=")[0]))
    return urlunsplit(("", host, parts.path.rstrip("/"), query, "")).lstrip("/")


def events_of(story: Story) -> set[str]:
    """The event types a story reports: from its claims, else from its words."""
    events = {cid.split(":", 1)[0] for cid in story.claim_ids if ":" in cid}
    if events:
        return events
    text = f" {story.title} {story.summary[:400]} ".casefold()
    return {event for event, words in _EVENT_WORDS.items() if any(w in text for w in words)}


def _slug(place: str) -> str:
    return "-".join(fold(place).split())


def event_keys(story: Story) -> set[str]:
    """(event, place) keys such as 'strike:kharkiv': the story's claims, else events x places."""
    keys = {cid for cid in story.claim_ids if ":" in cid}
    if keys:
        return keys
    return {f"{event}:{_slug(place)}" for event in events_of(story) for place in story.places}


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(fold(text))
    if len(words) < 3:
        return {w.encode() for w in words}
    return {" ".join(words[i:i + 3]).encode() for i in range(len(words) - 2)}


@dataclass(slots=True)
class Recent:
    """What is kept of a recent story to match later ones against."""

    story_id: str
    cluster: str
    at: float
    keys: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    title: str = ""
    """Folded title."""
    link: str = ""
    hashes: list[int] | None = None
    """MinHash values of the text, None for a text too short to compare."""

    def to_doc(self) -> dict[str, Any]:
        return {"story": self.story_id, "cluster": self.cluster, "at": self.at, "keys": self.keys, "places": self.places,
                "title": self.title, "link": self.link, "hashes": self.hashes}

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Recent:
        return cls(str(doc["story"]), str(doc["cluster"]), float(doc["at"]), list(doc.get("keys") or []),
                   list(doc.get("places") or []), str(doc.get("title") or ""),
                   str(doc.get("link") or ""), doc.get("hashes"))


class Clusterer:
    """Assigns each new story to a cluster of recent stories, or starts one (in memory)."""

    def __init__(self, assignments: Mapping[str, str] | None = None,
                 recent: Iterable[Recent] = ()) -> None:
        self.assignments: dict[str, str] = dict(assignments or {})
        self._recent: dict[str, Recent] = {}
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._by_place: dict[str, set[str]] = defaultdict(set)
        self._by_link: dict[str, str] = {}
        # datasketch (with scipy under it) is imported only by a process that clusters.
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=NEAR_COPY, num_perm=NUM_PERM)
        for entry in recent:
            self._remember(entry)

    def cluster_of(self, story_id: str) -> str:
        """The story's cluster id (a story never clustered is its own cluster)."""
        return self.assignments.get(story_id, story_id)

    @property
    def recent(self) -> list[Recent]:
        """The window of recent stories, for saving."""
        return list(self._recent.values())

    def add(self, story: Story) -> str:
        """Cluster one story and return its cluster id; a story seen before keeps its cluster."""
        known = self.assignments.get(story.id)
        if known is not None:
            return known
        at = story.published or story.fetched_at
        entry = Recent(story.id, story.id, at, sorted(event_keys(story)),
                       sorted({_slug(p) for p in story.places}), fold(story.title),
                       canonical_link(story.link))
        minhash = None
        shingles = _shingles(f"{story.title} {story.summary}")
        if len(shingles) >= 6:
            from datasketch import MinHash

            minhash = MinHash(num_perm=NUM_PERM)
            minhash.update_batch(list(shingles))
            entry.hashes = [int(v) for v in minhash.hashvalues]
        entry.cluster = self._match(entry, minhash) or story.id
        self.assignments[story.id] = entry.cluster
        self._remember(entry, minhash)
        return entry.cluster

    def _near(self, entry: Recent, other_id: str) -> Recent | None:
        other = self._recent.get(other_id)
        if other is None or abs(other.at - entry.at) > WINDOW:
            return None
        return other

    def _match(self, entry: Recent, minhash: MinHash | None) -> str | None:
        if entry.link and entry.link in self._by_link:
            return self._recent[self._by_link[entry.link]].cluster
        if minhash is not None:
            copies = [self._recent[sid] for sid in self._lsh.query(minhash) if sid in self._recent]
            if copies:
                return max(copies, key=lambda r: r.at).cluster
        scores: dict[str, float] = defaultdict(float)
        for key in entry.keys:
            for sid in self._by_key.get(key, ()):
                other = self._near(entry, sid)
                if other is not None:
                    # An (event, place) in common is the signal; similar titles break ties.
                    scores[other.cluster] = max(scores[other.cluster],
                                                2 + fuzz.token_set_ratio(entry.title, other.title) / 100)
        if scores:
            return max(scores, key=scores.__getitem__)
        for place in entry.places:
            for sid in self._by_place.get(place, ()):
                other = self._near(entry, sid)
                if other is None or (entry.keys and other.keys):
                    continue  # two different events at one place stay apart
                score = fuzz.token_set_ratio(entry.title, other.title)
                if score >= SAME_PLACE_TITLE:
                    scores[other.cluster] = max(scores[other.cluster], score)
        if scores:
            return max(scores, key=scores.__getitem__)
        if entry.title and not entry.places:
            for other in self._recent.values():
                if abs(other.at - entry.at) <= WINDOW and not other.places:
                    # Both orders must agree: one shared phrase alone is not the same story.
                    score = min(fuzz.token_set_ratio(entry.title, other.title),
                                fuzz.token_sort_ratio(entry.title, other.title) + 15)
                    if score >= SAME_TITLE:
                        scores[other.cluster] = max(scores[other.cluster], score)
            if scores:
                return max(scores, key=scores.__getitem__)
        return None

    def _remember(self, entry: Recent, minhash: MinHash | None = None) -> None:
        self._recent[entry.story_id] = entry
        self.assignments.setdefault(entry.story_id, entry.cluster)
        for key in entry.keys:
            self._by_key[key].add(entry.story_id)
        for place in entry.places:
            self._by_place[place].add(entry.story_id)
        if entry.link:
            self._by_link[entry.link] = entry.story_id
        if entry.hashes is not None:
            if minhash is None:
                from datasketch import LeanMinHash

                minhash = LeanMinHash(seed=1, hashvalues=entry.hashes)
            if entry.story_id not in self._lsh:
                self._lsh.insert(entry.story_id, minhash)

    def prune(self, now: float) -> None:
        """Forget recent stories older than KEEP (their assignments stay)."""
        old = [sid for sid, entry in self._recent.items() if now - entry.at > KEEP]
        for sid in old:
            entry = self._recent.pop(sid)
            for key in entry.keys:
                self._by_key[key].discard(sid)
            for place in entry.places:
                self._by_place[place].discard(sid)
            if self._by_link.get(entry.link) == sid:
                del self._by_link[entry.link]
            if sid in self._lsh:
                self._lsh.remove(sid)


class ClusterIndex:
    """The clusters of a data dir: a Clusterer loaded from and saved to clusters.json (TinyDB)."""

    def __init__(self, path: Path, notices: list[str] | None = None, *, writable: bool = True) -> None:
        self.path = path
        self._db = TinyDB(path, storage=AtomicJSONStorage, notices=notices)
        # A reader beside the writer reports damage but never moves the file.
        self._db.storage.writable = writable
        tables = self._db.storage.read() or {}
        self.assignments = {str(doc["story"]): str(doc["cluster"])
                            for doc in tables.get("assignments", {}).values()
                            if isinstance(doc, dict) and "story" in doc and "cluster" in doc}
        self._recent_docs = list(tables.get("recent", {}).values())
        self._clusterer: Clusterer | None = None
        self._added: list[str] = []

    @property
    def clusterer(self) -> Clusterer:
        """The matcher over the recent window, built on first use (reading needs none of it)."""
        if self._clusterer is None:
            recent = []
            for doc in self._recent_docs:
                try:
                    entry = Recent.from_doc(doc)
                    if entry.hashes is not None and len(entry.hashes) != NUM_PERM:
                        entry.hashes = None
                    recent.append(entry)
                except (AttributeError, KeyError, TypeError, ValueError):
                    continue  # a damaged entry only loses its chance to match later stories
            self._clusterer = Clusterer(self.assignments, recent)
            self.assignments = self._clusterer.assignments
        return self._clusterer

    @classmethod
    def open(cls, data_dir: Path | str, notices: list[str] | None = None, *,
             writable: bool = True) -> ClusterIndex:
        """The index of a data dir (an empty one when it has none yet)."""
        return cls(Path(data_dir) / FILE_NAME, notices, writable=writable)

    def cluster_of(self, story_id: str) -> str:
        """The story's cluster id."""
        return self.assignments.get(story_id, story_id)

    def add(self, stories: Iterable[Story]) -> dict[str, str]:
        """Cluster new stories (oldest first, so a cluster is named by its first report)."""
        out = {}
        for story in sorted(stories, key=lambda s: (s.published or s.fetched_at, s.id)):
            if story.id not in self.assignments:
                self._added.append(story.id)
            out[story.id] = self.clusterer.add(story)
        return out

    def save(self, now: float) -> None:
        """Write the new assignments and the pruned recent window through TinyDB, atomically."""
        if not self._added:
            return
        self.clusterer.prune(now)
        assignments = self._db.table("assignments")
        assignments.insert_multiple({"story": sid, "cluster": self.cluster_of(sid)} for sid in self._added)
        recent = self._db.table("recent")
        recent.truncate()
        recent.insert_multiple(entry.to_doc() for entry in self.clusterer.recent)
        self._added.clear()

    def close(self) -> None:
        """Release the TinyDB handle."""
        self._db.close()


def assign_clusters(store: Any, story_ids: Iterable[str], *, now: float) -> dict[str, str]:
    """Cluster the given stored stories (after their places and claims are known) and save."""
    ids = list(story_ids)
    if not ids:
        return {}
    index = ClusterIndex.open(store.data_dir, store.notices)
    try:
        stories = [story for sid in ids if (story := store.story(sid)) is not None]
        found = index.add(stories)
        index.save(now)
        return found
    finally:
        index.close()
