"""One event, many sources: stories grouped into clusters as they arrive.

A cluster is the set of stories about one event: syndicated copies of one text, and reports of
the same capture claim, strike or shootdown from outlets of every side, in any language. Each new
story is compared only with recent stories that share a signal with it (a canonical link, a
near-copy found through a bottom-k MinHash sketch, an (event, place) key, a place), never with the
whole cache, so adding a story costs the same at 500 stories as at 50k. A report told as
another kind of event by the other side (a shootdown of the strike's drones, a denial of the
capture claim) joins the cluster its headline's place is about. A story joins a cluster
only when it fits the cluster as a whole (its first report, or most of its first few reports),
within the event's window from that first report: two stories that each resemble a third are not
chained into one event through it.

The assignment of every story and a window of recent stories live in `clusters.json`, a TinyDB
file in the data dir (tables `assignments` and `recent`); a story never clustered is its own
cluster, named by its id. What is compared of each story is read in `cluster_features.py`.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware

from tui.core.cluster_features import (
    EVENT_WORDS,
    FAMILIES,
    GENERIC_NAMES,
    GENERIC_PLACES,
    KEEP,
    PARTNERS,
    PEOPLE,
    SKETCH,
    WORD_RE,
    WORLD_PLACES,
    Features,
    Recent,
    features,
    features_digest,
    latin_stems,
    loose,
    names_a_town,
    names_place,
    title_places,
)
from tui.core.models import Story
from tui.core.storage import AtomicJSONStorage

if TYPE_CHECKING:
    from tui.core.store import Store

FILE_NAME = "clusters.json"
WINDOW = 36 * 3600
"""Reports of one event arrive within this of each other; the same place later is another event."""
EVENT_WINDOWS = {"strike": 14 * 3600, "shootdown": 14 * 3600, "control": 48 * 3600, "losses": 24 * 3600,
                 "crash": 24 * 3600}
"""How far apart the reports of one event of a kind may be: a strike is one night's news (the
next night's strike on the same city is another event), a capture claim draws denials and an
analyst's assessment for a day or two."""
FOLLOW_UP_WINDOWS = {"attack": 48 * 3600, "control": 96 * 3600}
"""How long after an event's first report a follow-up (a strike's toll rising, the search for
the missing; a capture claim's denial or an analyst's assessment of it) is still news of that
event rather than of another."""

NEAR_COPY = 0.5
"""Estimated Jaccard similarity above which two texts are copies (syndication, light rewrites)."""
SAME_TEXT = 0.8
"""Estimated Jaccard similarity above which two texts are copies whatever their headlines."""

MIN_SHARED = 3
"""Sketch values two texts must share before their similarity is estimated at all."""
SAME_PLACE_TITLE = 55
"""Title similarity (0-100) that joins two stories sharing a place but no event key."""
MAX_CANDIDATES = 120
"""Stories one lookup compares a new one with, nearest in time first."""
MAX_POSTING = 40
"""Texts sharing one sketch value beyond which that value is boilerplate, not evidence."""
MAX_ANCHOR_CANDIDATES = 60
"""Reports of the same kind of news compared with a new one, nearest in time first."""
SAME_TITLE = 82
"""Title similarity that joins two stories with no place in common."""
REPRESENTATIVES = 5
"""A cluster's first reports still in the window: a new story must fit its seed or most of these."""

FAMILY_WINDOWS = {"attack": EVENT_WINDOWS["strike"], "control": EVENT_WINDOWS["control"], "crash": EVENT_WINDOWS["crash"]}

_NONE: dict[str, None] = {}
_NEAREST_FIRST = (0, -1, 1, -2, 2, -3, 3, -4, 4)
"""Day offsets, the same day first: the order a lookup visits the days around a story."""


def _stem_of(word: str) -> str:
    """What stays of a name through declension and adjectives: its first five letters."""
    return loose(word[:5])


def _names_form(name: str, place: str) -> bool:
    """Whether a headline name the gazetteer did not resolve is a form of a place: a long
    enough common beginning ('mykolaie' is Mykolaiv; 'zaporozka', the region's adjective, is
    not the city of Zaporizhzhia)."""
    return loose(name[:min(len(place), 6)]) == loose(place[:6])


_NOT_TOWNS = frozenset(stem.strip() for stem in latin_stems(chain(
    chain.from_iterable(EVENT_WORDS.values()), chain.from_iterable(PEOPLE.values()), GENERIC_NAMES,
    ("україн", "украин", "росій", "россий", "русск", "минобор", "міноборон", "генштаб", "kremlin", "оборон",
     "повітрян", "воздушн", "air force",
     # weapons and the outlets quoted: named in many headlines of one night, none of them a place
     "іскандер", "искандер", "iskander", "кинджал", "кинжал", "kinzhal", "калібр", "калибр", "kalibr", "циркон",
     "zircon", "орешник", "oreshnik", "atacms", "himars", "patriot", "storm shadow", "герань", "geran", "ланцет",
     "lancet", "taurus", "tomahawk", "томагавк", "фламинго", "фламінго", "flamingo", "нептун", "neptune",
     "reuters", "bloomberg", "associated", "telegram", "телеграм", "interfax", "интерфакс", "інтерфакс",
     "суспільн", "suspiln", "ukrinform", "укрінформ")))
    if len(stem.strip()) >= 4)
"""Words as fold() spells them that name no town: event words (a headline's first word 'Атака
...'), people, the sides ('Ukrainian drones', «российских военных») and the bodies, weapons and
outlets headlines of many events name."""
_NOT_TOWN_STARTS = frozenset(stem[:n] for stem in _NOT_TOWNS for n in range(6, len(stem) + 1))


def _may_be_town(name: str) -> bool:
    """Whether a headline's capitalised word can be a town's name: long enough, and none of
    _NOT_TOWNS (by set lookups of its beginnings, not a test per stem)."""
    return len(name) >= 6 and name not in _NOT_TOWN_STARTS \
        and not any(name[:n] in _NOT_TOWNS for n in range(4, len(name) + 1))


_SUBJECTS = frozenset({"ceasefire", "guarantees", "foreign-troops", "children"})
"""Topics that are what a statement or meeting is about, not a kind of news: talks and a
minister's remarks both speak of guarantees."""


_SWAP = re.compile(r"\b(?:swap|(?:prisoner|pow) exchange|exchange of (?:prisoners|pows)|exchanged|obmin|obmen)")
"""A headline telling an exchange of prisoners (folded: «обмін», «обмен» read in Latin letters)."""


def _is_swap(folded_title: str) -> bool:
    return _SWAP.search(folded_title) is not None


def _kinds_of(topics: Iterable[str]) -> set[str]:
    """The kinds of news among a story's topics: no people, no subjects of discussion."""
    return {topic for topic in topics if topic not in _SUBJECTS and not topic.startswith("person:")}


def _same_wording(a: str, b: str) -> bool:
    """Whether two folded headlines share most of their words (by their first five letters, so
    'готовности' and 'готова' agree): at least four, and three in five of the shorter one's."""
    left = {word[:5] for word in WORD_RE.findall(a) if len(word) >= 4}
    right = {word[:5] for word in WORD_RE.findall(b) if len(word) >= 4}
    shared = len(left & right)
    return shared >= 4 and 5 * shared >= 3 * min(len(left), len(right))


def _copy_of(entry: Recent, other: Recent, similar: float) -> bool:
    """Whether a text this similar to another is a copy of it. An outlet's stock paragraphs make
    two of its reports alike: headlines naming other places, or (event, place) keys with none in
    common, are two reports; headlines worded apart need the same opening words or the texts
    all but identical."""
    if similar < NEAR_COPY:
        return False
    if entry.subjects and other.subjects and not set(entry.subjects) & set(other.subjects):
        return False
    if entry.keys and other.keys and not set(entry.keys) & set(other.keys):
        return False
    return (similar >= SAME_TEXT or _same_wording(entry.title, other.title)
            or (entry.lead is not None and entry.lead == other.lead))


def resemblance(a: list[int], b: list[int]) -> float:
    """Jaccard similarity of two texts estimated from their bottom-k sketches."""
    union = sorted(set(a) | set(b))[:SKETCH]
    both = set(a) & set(b)
    return sum(1 for value in union if value in both) / len(union)


def _counted(entry: Recent) -> list[str]:
    """What a cluster counts of each story: its (event, place) keys and its places."""
    return [*entry.keys, *(f"place:{place}" for place in entry.places)]


class Clusterer:
    """Assigns each new story to a cluster of recent stories, or starts one (in memory)."""

    def __init__(self, assignments: Mapping[str, str] | None = None,
                 recent: Iterable[Recent] = ()) -> None:
        self.assignments: dict[str, str] = dict(assignments or {})
        self._recent: dict[str, Recent] = {}
        # Keyed by (key or place, day): a lookup visits only the days the window can reach.
        # Dicts used as ordered sets: newest last, so a lookup can take the nearest first.
        self._by_key: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
        """(key, day) -> cluster -> its newest story with that key that day: a lookup visits each
        cluster once however many reports it holds."""
        self._by_place: dict[tuple[str, int], dict[str, None]] = defaultdict(dict)
        self._clusters_at: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
        """(place, day) -> cluster -> how many of its stories that day name the place, the
        cluster with the newest such story last: a lookup by place visits each cluster once."""
        self._by_link: dict[str, str] = {}
        self._by_hash: dict[int, dict[str, None]] = defaultdict(dict)
        self._started: dict[str, float] = {}
        """When each recent cluster's first report was published."""
        self._members: dict[str, dict[str, None]] = defaultdict(dict)
        """Each recent cluster's stories in the window, first report first."""
        self._key_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        """How many of a cluster's stories in the window carry each (event, place) key, and (as
        'place:<slug>') name each place."""
        self._mass_attacks: dict[int, dict[str, int]] = defaultdict(dict)
        """Day -> cluster -> how many of its reports that day tell a mass attack on Ukraine."""
        self._newest = 0.0
        self._since_prune = 0
        for entry in recent:
            self._remember(entry)

    def cluster_of(self, story_id: str) -> str:
        """The story's cluster id (a story never clustered is its own cluster)."""
        return self.assignments.get(story_id, story_id)

    @property
    def recent(self) -> list[Recent]:
        """The window of recent stories, for saving."""
        return list(self._recent.values())

    def add(self, story: Story, entry: Recent | None = None) -> str:
        """Cluster one story and return its cluster id; a story seen before keeps its cluster.
        `entry` is the story's `features` when they were computed elsewhere (a poll's workers)."""
        known = self.assignments.get(story.id)
        if known is not None:
            return known
        if entry is None:
            entry = features(story)
        at = entry.at
        entry.cluster = self._match(entry) or story.id
        self.assignments[story.id] = entry.cluster
        self._remember(entry)
        self._newest = max(self._newest, at)
        self._since_prune += 1
        if self._since_prune >= 1000:  # a first poll of weeks of stories keeps the window small
            self.prune(self._newest)
        return entry.cluster

    def _candidates(self, index: dict[tuple[str, int], dict[str, None]], name: str, at: float,
                    days: int = 2) -> Iterable[str]:
        """Stories filed under name within `days` of `at`, the same day's newest first, at most
        MAX_CANDIDATES: a busy city on a busy day costs a bounded number of comparisons."""
        day = int(at // 86400)
        budget = MAX_CANDIDATES
        for near_day in (day + offset for offset in _NEAREST_FIRST[:2 * days + 1]):
            for sid in reversed(index.get((name, near_day), {})):
                yield sid
                budget -= 1
                if not budget:
                    return

    def _clusters_with(self, key: str, at: float, days: int = 2) -> Iterable[tuple[str, str]]:
        """(cluster, its newest story) filed under an (event, place) key within `days` of `at`,
        the same day's newest first, at most MAX_CANDIDATES."""
        day = int(at // 86400)
        budget = MAX_CANDIDATES
        for near_day in (day + offset for offset in _NEAREST_FIRST[:2 * days + 1]):
            for pair in reversed(self._by_key.get((key, near_day), {}).items()):
                yield pair
                budget -= 1
                if not budget:
                    return

    def _near(self, entry: Recent, other_id: str, window: float = WINDOW) -> Recent | None:
        other = self._recent.get(other_id)
        if other is None or abs(other.at - entry.at) > window:
            return None
        return other

    def _in_window(self, entry: Recent, cluster: str, window: float) -> bool:
        """Whether the story falls within the event's window from the cluster's first report."""
        return abs(entry.at - self._started.get(cluster, entry.at)) <= window

    def _representatives(self, cluster: str) -> list[Recent]:
        """The cluster's seed (its first report still in the window) and the next few."""
        members = self._members.get(cluster, {})
        return [self._recent[sid] for sid in islice(members, REPRESENTATIVES)]

    def _fits(self, cluster: str, matches: Callable[[Recent], bool]) -> bool:
        """Whether a new story fits a cluster as a whole: it matches the cluster's seed or most of
        its first reports, so A~B and B~C never chain A and C through B."""
        reps = self._representatives(cluster)
        if not reps:
            return False
        if matches(reps[0]):
            return True
        return 2 * sum(1 for rep in reps[1:] if matches(rep)) > len(reps)

    def _same_weapons(self, entry: Recent, cluster: str) -> bool:
        """Whether a strike report can be the cluster's strike: it names no weapon, the
        cluster's first report names none, or they share one (glide bombs are not drones)."""
        members = self._members.get(cluster)
        if not entry.weapons or not members:
            return True
        seed = self._recent[next(iter(members))].weapons
        return not seed or not set(seed).isdisjoint(entry.weapons)

    def _fits_key(self, cluster: str, key: str) -> bool:
        """Whether an (event, place) key is the cluster's: its seed's, or one most of its stories
        carry or whose place most of them name."""
        members = self._members.get(cluster, {})
        if not members:
            return False
        seed = self._recent[next(iter(members))]
        if key in seed.keys:
            return True
        counts = self._key_counts[cluster]
        event, _, place = key.partition(":")
        if seed.keys and FAMILIES.get(event) not in {FAMILIES.get(k.partition(":")[0]) for k in seed.keys}:
            # Another kind of event at the cluster's town (a strike during a capture claim) is
            # another event, unless most of the cluster's reports are about that kind too.
            return 2 * counts.get(key, 0) > len(members)
        carried = 2 * max(counts.get(key, 0), counts.get(f"place:{place}", 0))
        # Half is enough when the seed's own place was misread; not for a capital named for its
        # government, nor a region, whose tally of the night is not its centre's attack.
        return carried > len(members) or (carried == len(members) and place not in GENERIC_PLACES
                                          and not place.startswith("region-"))

    def _copies(self, entry: Recent) -> list[Recent]:
        postings = [posting for value in entry.hashes or ()
                     # A shingle in that many texts is boilerplate, not a sign of a copy.
                     if len(posting := self._by_hash.get(value, _NONE)) <= MAX_POSTING]
        found = []
        for sid, count in Counter(chain.from_iterable(postings)).items():
            if count < MIN_SHARED:
                continue
            other = self._recent[sid]
            if abs(entry.at - self._started.get(other.cluster, other.at)) <= WINDOW \
                    and _copy_of(entry, other, resemblance(entry.hashes, other.hashes)):
                found.append(other)
        return found

    def _match(self, entry: Recent) -> str | None:
        if entry.link and entry.link in self._by_link:
            return self._recent[self._by_link[entry.link]].cluster
        copies = self._copies(entry)
        if copies:
            return max(copies, key=lambda r: r.at).cluster
        if entry.roundup:
            return None
        fitting: dict[str, Recent] = {}
        followed: dict[str, str] = {}  # key -> the cluster with that key that began last: what a follow-up follows
        for key in entry.keys:
            refused: set[str] = set()
            event = key.split(":", 1)[0]
            window = EVENT_WINDOWS.get(event, WINDOW)
            follow_up = entry.follows is not None and FAMILIES.get(event) == entry.follows
            seen: list[str] = []
            for cluster, sid in self._clusters_with(key, entry.at, 4 if follow_up else 2):
                seen.append(cluster)
                # The window runs from the cluster's first report, so hourly reports of a city
                # struck every night never chain into one endless event.
                if cluster in fitting or cluster in refused or not self._in_window(entry, cluster, window):
                    continue
                if not self._fits_key(cluster, key) or not self._same_weapons(entry, cluster):
                    # The key is one member's aside (a roundup naming a second town), not the event's.
                    refused.add(cluster)
                    continue
                fitting[cluster] = self._recent[sid]
            begun = [cluster for cluster in seen if self._started.get(cluster, entry.at) <= entry.at]
            if follow_up and begun:
                followed[key] = max(begun, key=lambda cluster: self._started.get(cluster, 0.0))
        if not fitting and entry.follows is not None:
            # The toll rising a day later belongs to the last strike there, a denial days later to the
            # last claim there, if it fits it.
            for key, cluster in followed.items():
                if self._in_window(entry, cluster, FOLLOW_UP_WINDOWS[entry.follows]) \
                        and self._fits_key(cluster, key) and self._same_weapons(entry, cluster):
                    return cluster
        if not fitting and entry.told_day is not None:
            # 'the April 14 attack' two days on: the event at its place that began that day
            for key in entry.keys:
                for cluster in reversed(self._by_key.get((key, entry.told_day), {})):
                    if int(self._started.get(cluster, entry.at) // 86400) == entry.told_day \
                            and self._fits_key(cluster, key) and self._same_weapons(entry, cluster):
                        return cluster
        if len(fitting) == 1:
            return next(iter(fitting))
        if fitting:
            # An (event, place) in common is the signal; the newest member's title breaks ties.
            return max(fitting, key=lambda cluster: fuzz.token_set_ratio(entry.title, fitting[cluster].title))
        found = self._by_subject(entry)
        if found is not None:
            return found
        scores: dict[str, float] = defaultdict(float)
        found = self._by_anchors(entry)
        if found is not None:
            return found
        judged: set[str] = set()
        # A capital the headline does not name is its government speaking in the text ('the
        # Kremlin said', 'helping Moscow evade'): no shared place between two statements.
        places = [place for place in entry.places
                  if place not in GENERIC_PLACES or title_places(entry.title, [place, ""]) == {place}]
        for place in places:
            for sid in self._candidates(self._by_place, place, entry.at):
                if self.assignments.get(sid) in judged:
                    continue
                other = self._near(entry, sid)
                if other is None:
                    continue
                judged.add(other.cluster)
                if not self._in_window(entry, other.cluster, WINDOW):
                    continue
                titles: dict[str, float] = {}

                def same_story(rep: Recent, titles: dict[str, float] = titles) -> bool:
                    if entry.keys and rep.keys:
                        return False  # two different events at one place stay apart
                    titles[rep.story_id] = fuzz.token_set_ratio(entry.title, rep.title)
                    return titles[rep.story_id] >= SAME_PLACE_TITLE
                if self._fits(other.cluster, same_story):
                    scores[other.cluster] = max(titles.values())
        if scores:
            return max(scores, key=scores.__getitem__)
        if entry.title and not places:
            for sid in self._candidates(self._by_place, "", entry.at):
                if self.assignments.get(sid) in judged:
                    continue
                other = self._near(entry, sid)
                if other is None:
                    continue
                judged.add(other.cluster)
                if not self._in_window(entry, other.cluster, WINDOW):
                    continue
                titles = {}

                def same_title(rep: Recent, titles: dict[str, float] = titles) -> bool:
                    # Both orders must agree: one shared phrase alone is not the same story.
                    titles[rep.story_id] = min(fuzz.token_set_ratio(entry.title, rep.title),
                                               fuzz.token_sort_ratio(entry.title, rep.title) + 15)
                    return titles[rep.story_id] >= SAME_TITLE
                if self._fits(other.cluster, same_title):
                    scores[other.cluster] = max(titles.values())
            if scores:
                return max(scores, key=scores.__getitem__)
        if entry.mass_attack and all(place in WORLD_PLACES for place in entry.places):
            # No town: at most a capital in a dateline ('MOSCOW, May 3. /TASS/.').
            return self._nights_attack(entry)
        return None

    def _nights_attack(self, entry: Recent) -> str | None:
        """The night's mass attack a report naming no town tells ('massive strike on Ukraine's
        energy facilities', the air force's count of the night's drones and missiles): the mass
        attack on Ukraine (on a town, or counted for the whole country) most reports that night
        are about, when one leads."""
        day = int(entry.at // 86400)
        sizes = {cluster: len(self._members[cluster]) for offset in (0, -1)
                 for cluster in self._mass_attacks.get(day + offset, _NONE)
                 if cluster in self._members and self._in_window(entry, cluster, FAMILY_WINDOWS["attack"])}
        if not sizes:
            return None
        most = max(sizes.values())
        leading = [cluster for cluster, size in sizes.items() if size == most]
        return leading[0] if len(leading) == 1 else None

    @staticmethod
    def _filed_at(entry: Recent) -> set[str]:
        """Where a story is filed for lookups by place: its places, and for a headline that
        names none the gazetteer resolved, the stems of its names ('name:riaza' for 'Рязанской
        областью'), so the first report can be found by the later ones that name the city."""
        if names_a_town(entry.subjects):
            return set(entry.places)
        return set(entry.places) | {f"name:{_stem_of(name)}" for name in entry.forms}

    def _subjects(self, entry: Recent) -> set[str]:
        """The places a new story's headline names: those its text resolved, and a name the
        gazetteer missed in an inflected or adjective form ('Saratovskyi refinery') when a
        recent story names a place it is a form of. 'Kyiv' saying something about another
        town is not about Kyiv."""
        subjects = set(entry.subjects)
        # Only for a headline that names no place the text resolved: a town's report naming
        # its region ('Shebekino, Belgorod region') is not about the regional capital.
        for name in () if names_a_town(subjects) else entry.forms:
            for sid in self._candidates(self._by_place, f"stem:{_stem_of(name)}", entry.at, 1):
                subjects.update(place for place in self._recent[sid].places if _names_form(name, place))
        if len(subjects) > 1:
            subjects -= GENERIC_PLACES
        return subjects

    def _kinds(self, cluster: str) -> tuple[Recent, set[str]] | None:
        """A cluster's first report and the kinds of event it reports: its claims' if it has
        any (those are what the event is), else its words'."""
        members = self._members.get(cluster)
        if not members:
            return None
        seed = self._recent[next(iter(members))]
        if seed.keys:
            return seed, {FAMILIES[key.split(":", 1)[0]] for key in seed.keys
                          if key.split(":", 1)[0] in FAMILIES}
        return seed, set(seed.families)

    def _by_subject(self, entry: Recent) -> str | None:
        """One event told as different kinds by different sides, or with a place the claims
        stage missed: a story whose headline names the place a recent cluster is about, and
        that can be a report of that cluster's kind of event (a shootdown of the strike's
        drones; a denial of the capture claim), within that kind's window."""
        if not entry.families:
            return None
        families = set(entry.families)
        numbers = set(entry.numbers)
        best: tuple[tuple[int, float], str] | None = None
        day = int(entry.at // 86400)
        subjects = self._subjects(entry)
        partners = {PARTNERS[place] for place in subjects if place in PARTNERS} - subjects
        # A town the gazetteer does not know, named in both headlines ('Millerovo airfield'): the
        # same name is the same place, found by the forms a headline naming no town is filed under.
        unknown = () if names_a_town(subjects) else [name for name in entry.forms if _may_be_town(name)]
        for place in chain(subjects, partners, unknown):
            judged: set[str] = set()  # per place: a cluster not about one place may be about the next
            nearby = (cluster for offset in _NEAREST_FIRST[:3] for name in (place, f"name:{_stem_of(place)}")
                      for cluster in reversed(self._clusters_at.get((name, day + offset), _NONE)))
            for cluster in islice(nearby, MAX_CANDIDATES):
                if cluster in judged:
                    continue
                judged.add(cluster)
                kinds = self._kinds(cluster)
                if kinds is None:
                    continue
                seed, cluster_families = kinds
                shared = families & cluster_families
                if not shared or not self._in_window(entry, cluster, max(FAMILY_WINDOWS[f] for f in shared)) \
                        or not self._same_weapons(entry, cluster):
                    continue
                # The place must be what the cluster is about, not one report's aside.
                about = (place in seed.subjects
                         or 2 * self._key_counts[cluster].get(f"place:{place}", 0) > len(self._members[cluster])
                         or not names_a_town(seed.subjects) and any(_names_form(name, place) for name in seed.forms))
                if not about:
                    continue
                if place in partners and not (entry.weapons and set(entry.weapons).intersection(seed.weapons)
                                              or entry.mass_attack and seed.weapons):
                    # A region is its centre only when they were struck with the same weapon, or
                    # the region's report tells the night's mass attack on the city's drones or
                    # missiles: the shelling of the region's villages is not that day's missile on the city.
                    continue
                if place in partners and numbers and numbers.isdisjoint(seed.numbers):
                    # Nor when the region's report counts what the city's does not: the night's
                    # tally of drones downed over the region and others is not the city's attack.
                    continue
                # Among several such events, the one sharing a figure, then the nearest in time.
                rank = (len(numbers.intersection(seed.numbers)), -abs(entry.at - self._started[cluster]))
                if best is None or rank > best[0]:
                    best = (rank, cluster)
        return best[1] if best else None

    def _by_anchors(self, entry: Recent) -> str | None:
        """Reports of one event that share no (event, place) key: a prisoner swap, talks, an
        outage. They agree on their kind of news and on what survives translation: a figure,
        a name, a place."""
        if not entry.topics:
            return None
        topics, numbers, places = set(entry.topics), set(entry.numbers), set(entry.places)
        kinds = _kinds_of(topics)
        # A name that is one of the story's places ('Geneva') is already counted as the place.
        names = [name for name in entry.names if not any(names_place(name, place) for place in places)]
        keys = set(entry.keys)
        swap = _is_swap(entry.title)
        scores: dict[str, float] = defaultdict(float)
        seen: set[str] = set()
        judged: set[str] = set()
        for topic in entry.topics:
            nearby = [self._recent[sid] for sid in self._candidates(self._by_place, f"topic:{topic}", entry.at, 1)
                      if sid not in seen]
            # On a day of blanket outage news, the latest reports are the ones a new one repeats.
            nearby.sort(key=lambda r: abs(r.at - entry.at))
            for other in nearby[:MAX_ANCHOR_CANDIDATES]:
                seen.add(other.story_id)
                if other.cluster in judged or abs(other.at - entry.at) > 24 * 3600:
                    continue
                judged.add(other.cluster)
                if not self._in_window(entry, other.cluster, 24 * 3600):
                    continue
                found: dict[str, float] = {}

                def agrees(rep: Recent, found: dict[str, float] = found) -> bool:
                    if keys and rep.keys and keys.isdisjoint(rep.keys):
                        return False
                    shared = topics.intersection(rep.topics)
                    score = 1.0 + len(shared) + 2.0 * len(numbers.intersection(rep.numbers))
                    if "prisoners" in shared and swap and _is_swap(rep.title) \
                            and (not numbers or not rep.numbers or numbers.intersection(rep.numbers)):
                        score += 2.0  # swaps are days apart: two headlines of one the same day tell that one
                    people = sum(1 for topic in shared if topic.startswith("person:"))
                    if 0 < people < len(shared):
                        score += 1.0  # one person on one matter: more than the two apart
                    # A front-line town, or a venue for news of the very same kinds, says more
                    # than the capitals every statement names; at a venue other kinds of news
                    # happen the same day (an agency's board beside talks).
                    if both_at := places.intersection(rep.places):
                        same_kind = kinds == _kinds_of(rep.topics)
                        score += sum(1 if place in GENERIC_PLACES or place in WORLD_PLACES and not same_kind
                                     else 2 for place in both_at)
                    if people and score < 4.0 and _same_wording(entry.title, rep.title):
                        score += 1.5  # one person saying the same in nearly the same words (a rewrite of one report)
                    if score + 1.5 * len(names) < 4.0:
                        return False  # even every name matching could not make it
                    score += 1.5 * sum(1 for a in names for b in rep.names if fuzz.ratio(a, b) >= 80)
                    found[rep.story_id] = score
                    return score >= 4.0
                if self._fits(other.cluster, agrees):
                    # Scored by the report it fits best, not only the first: a first flash names
                    # less than the fuller reports after it.
                    for rep in self._representatives(other.cluster):
                        if rep.story_id not in found:
                            agrees(rep)
                    scores[other.cluster] = max(found.values())
        return max(scores, key=scores.__getitem__) if scores else None

    def _remember(self, entry: Recent) -> None:
        self._recent[entry.story_id] = entry
        self._started[entry.cluster] = min(self._started.get(entry.cluster, entry.at), entry.at)
        self._members[entry.cluster][entry.story_id] = None
        counts = self._key_counts[entry.cluster]
        for key in _counted(entry):
            counts[key] += 1
        self.assignments.setdefault(entry.story_id, entry.cluster)
        day = int(entry.at // 86400)
        for key in entry.keys:
            bucket = self._by_key[key, day]
            held = bucket.get(entry.cluster)
            if held is None or self._recent[held].at <= entry.at:
                bucket.pop(entry.cluster, None)  # moved to the end: newest last
                bucket[entry.cluster] = entry.story_id
        # "" holds the stories that name no place, to compare headlines; a digest has none to compare.
        for place in entry.places or ([] if entry.roundup else [""]):
            self._by_place[place, day][entry.story_id] = None
        for stem in {_stem_of(place) for place in entry.places}:
            self._by_place[f"stem:{stem}", day][entry.story_id] = None
        for place in self._filed_at(entry):
            at_place = self._clusters_at[place, day]
            at_place[entry.cluster] = at_place.pop(entry.cluster, 0) + 1
        for topic in entry.topics:
            self._by_place[f"topic:{topic}", day][entry.story_id] = None
        if entry.mass_attack:
            nightly = self._mass_attacks[day]
            nightly[entry.cluster] = nightly.get(entry.cluster, 0) + 1
        if entry.link:
            self._by_link[entry.link] = entry.story_id
        for value in entry.hashes or ():
            self._by_hash[value][entry.story_id] = None

    def prune(self, now: float) -> None:
        """Forget recent stories older than KEEP (their assignments stay)."""
        self._since_prune = 0
        old = [sid for sid, entry in self._recent.items() if now - entry.at > KEEP]
        for sid in old:
            entry = self._recent.pop(sid)
            members = self._members.get(entry.cluster)
            if members is not None:
                members.pop(sid, None)
                counts = self._key_counts[entry.cluster]
                for key in _counted(entry):
                    counts[key] -= 1
                if not members:
                    del self._members[entry.cluster]
                    self._key_counts.pop(entry.cluster, None)
                    self._started.pop(entry.cluster, None)
            day = int(entry.at // 86400)
            for key in entry.keys:
                bucket = self._by_key.get((key, day))
                # The cluster's newest story that day goes last: every older one is gone with it.
                if bucket is not None and bucket.get(entry.cluster) == sid:
                    del bucket[entry.cluster]
                    if not bucket:
                        del self._by_key[key, day]
            for place in entry.places or ([] if entry.roundup else [""]):
                self._by_place[place, day].pop(sid, None)
            for stem in {_stem_of(place) for place in entry.places}:
                self._by_place[f"stem:{stem}", day].pop(sid, None)
            for place in self._filed_at(entry):
                at_place = self._clusters_at.get((place, day))
                if at_place is not None and entry.cluster in at_place:
                    at_place[entry.cluster] -= 1
                    if not at_place[entry.cluster]:
                        del at_place[entry.cluster]
                    if not at_place:
                        del self._clusters_at[place, day]
            for topic in entry.topics:
                self._by_place[f"topic:{topic}", day].pop(sid, None)
            nightly = self._mass_attacks.get(day)
            if entry.mass_attack and nightly is not None and entry.cluster in nightly:
                nightly[entry.cluster] -= 1
                if not nightly[entry.cluster]:
                    del nightly[entry.cluster]
                if not nightly:
                    del self._mass_attacks[day]
            if self._by_link.get(entry.link) == sid:
                del self._by_link[entry.link]
            for value in entry.hashes or ():
                self._by_hash[value].pop(sid, None)


class ClusterIndex:
    """The clusters of a data dir: a Clusterer loaded from and saved to clusters.json (TinyDB)."""

    def __init__(self, path: Path, notices: list[str] | None = None, *, writable: bool = True) -> None:
        self.path = path
        # Cached: a save changes two tables but writes the file once, on flush.
        self._db = TinyDB(path, storage=CachingMiddleware(AtomicJSONStorage), notices=notices)
        self._db.storage.WRITE_CACHE_SIZE = 1 << 30
        # A reader beside the writer reports damage but never moves the file.
        self._db.storage.storage.writable = writable
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
                    if entry.hashes is not None and not all(isinstance(v, int) for v in entry.hashes):
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

    def add(self, stories: Iterable[Story], features: Features | None = None) -> dict[str, str]:
        """Cluster new stories (oldest first, so a cluster is named by its first report);
        `features` are used for every story that still reads as when they were computed."""
        out = {}
        for story in sorted(stories, key=lambda s: (s.published or s.fetched_at, s.id)):
            if story.id not in self.assignments:
                self._added.append(story.id)
            done = features.get(story.id) if features else None
            entry = done[1] if done is not None and done[0] == features_digest(story) else None
            out[story.id] = self.clusterer.add(story, entry)
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
        self._db.storage.flush()
        self._added.clear()

    def close(self) -> None:
        """Release the TinyDB handle."""
        self._db.close()


def assign_clusters(store: Store, story_ids: Iterable[str], *, now: float,
                    features: Features | None = None) -> dict[str, str]:
    """Cluster the given stored stories (after their places and claims are known) and save;
    `features` as ClusterIndex.add takes them."""
    ids = list(story_ids)
    if not ids:
        return {}
    index = ClusterIndex.open(store.data_dir, store.notices)
    try:
        stories = [story for sid in ids if (story := store.story(sid)) is not None]
        found = index.add(stories, features)
        index.save(now)
        return found
    finally:
        index.close()
