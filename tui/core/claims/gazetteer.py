"""Offline gazetteer: every spelling of a Ukrainian (or Russian border) place -> one Place.

The data file is built by scripts/build_gazetteer.py (GeoNames + a hand-written supplement)
and loaded lazily on first use, so importing this module costs nothing at app start.
Matching is token based: the text is split into words once and a dictionary keyed by folded
spellings is probed with the longest run of words first, so cost grows with the text, not with
the tens of thousands of names.
"""

from __future__ import annotations

import gzip
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import orjson

DATA_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.json.gz"

OBLASTS_UA = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv", "13": "Kyiv",
    "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odesa", "18": "Poltava",
    "19": "Rivne", "20": "Sevastopol", "21": "Sumy", "22": "Ternopil", "23": "Vinnytsia",
    "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr",
}
"""GeoNames admin1 codes of Ukraine -> oblast names in the national romanisation."""

OBLASTS_RU = {"09": "Belgorod", "10": "Bryansk", "41": "Kursk"}
"""The Russian border regions that appear in strike reports."""

# Spellings of oblast names as they appear before "Oblast"/"region" in news text.
_OBLAST_SPELLINGS = {
    "donetsk": "Donetsk", "donetska": "Donetsk", "донецька": "Donetsk", "донецкая": "Donetsk",
    "kharkiv": "Kharkiv", "kharkov": "Kharkiv", "kharkivska": "Kharkiv", "харківська": "Kharkiv",
    "zaporizhzhia": "Zaporizhzhia", "zaporizhia": "Zaporizhzhia", "zaporozhye": "Zaporizhzhia",
    "запорізька": "Zaporizhzhia", "luhansk": "Luhansk", "lugansk": "Luhansk",
    "луганська": "Luhansk", "kherson": "Kherson", "херсонська": "Kherson",
    "dnipropetrovsk": "Dnipropetrovsk", "dnipro": "Dnipropetrovsk", "дніпропетровська": "Dnipropetrovsk",
    "sumy": "Sumy", "сумська": "Sumy", "mykolaiv": "Mykolaiv", "odesa": "Odesa", "odessa": "Odesa",
    "kyiv": "Kyiv", "kiev": "Kyiv", "chernihiv": "Chernihiv", "poltava": "Poltava",
    "belgorod": "Belgorod", "белгородская": "Belgorod", "kursk": "Kursk", "курская": "Kursk",
    "bryansk": "Bryansk", "брянская": "Bryansk", "zhytomyr": "Zhytomyr", "lviv": "Lviv",
    "vinnytsia": "Vinnytsia", "cherkasy": "Cherkasy", "kirovohrad": "Kirovohrad",
    "khmelnytskyi": "Khmelnytskyi", "rivne": "Rivne", "volyn": "Volyn", "ternopil": "Ternopil",
}
_REGION_WORDS = {"oblast", "region", "province", "oblasts", "область", "області", "oblast's",
                 "region's", "people's", "peoples"}

_APOSTROPHES = "'’ʼ`´‘\u02bc"
_KEEP_MARKS = {"\u0306"}  # the breve keeps й apart from и
_WORD_RE = re.compile(r"[^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*")
_POSSESSIVE_RE = re.compile(r"^(.+?)[" + _APOSTROPHES + r"]s$")
_MAX_WORDS = 4


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key; hyphens become spaces."""
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(
        ch for ch in text if ch not in _APOSTROPHES and (not unicodedata.combining(ch) or ch in _KEEP_MARKS)
    )
    text = text.replace("-", " ").replace("ё", "е")
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


@dataclass(frozen=True, slots=True)
class Place:
    """A populated place with its canonical name."""

    name: str
    oblast: str
    lat: float
    lon: float
    population: int
    kind: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One place named in a text: where, as what, and every place the spelling could mean."""

    start: int
    end: int
    text: str
    place: Place
    candidates: tuple[Place, ...]
    region: bool = False
    """True when the words name an oblast ("Donetsk Oblast"), not the town itself."""


def _word_key(word: str) -> str:
    """fold() for one word, with a fast path for plain ASCII words (most of English text)."""
    poss = _POSSESSIVE_RE.match(word)
    if poss and not _is_cyrillic(word):
        word = poss.group(1)
    if word.isascii():
        return word.lower().replace("'", "").replace("`", "")
    return fold(word)


class _LazyKeys:
    """Folded words computed on first use: most words are never looked up."""

    def __init__(self, words: list[tuple[int, int, str]]) -> None:
        self._words = words
        self._keys: list[str | None] = [None] * len(words)

    def __len__(self) -> int:
        return len(self._words)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self._words)))]
        key = self._keys[k]
        if key is None:
            key = self._keys[k] = _word_key(self._words[k][2])
        return key


class Gazetteer:
    """The loaded gazetteer; use `Gazetteer.load()` for the shared, lazily loaded instance."""

    _shared: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, places: list[Place], names: dict[str, list[int]]) -> None:
        self.places = places
        self._names = names

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> Gazetteer:
        """Load (once per process) and return the gazetteer."""
        if cls._shared is None or path != DATA_FILE:
            with cls._lock:
                if cls._shared is not None and path == DATA_FILE:
                    return cls._shared
                data = orjson.loads(gzip.decompress(path.read_bytes()))
                gaz = cls([Place(*row) for row in data["places"]], data["names"])
                if path != DATA_FILE:
                    return gaz
                cls._shared = gaz
        return cls._shared

    def candidates(self, name: str) -> tuple[Place, ...]:
        """Every place a spelling can mean, most populous first."""
        name = name.strip()
        poss = _POSSESSIVE_RE.match(name)
        idxs = self._names.get(fold(name)) or (self._names.get(fold(poss.group(1))) if poss else None) or ()
        return tuple(self.places[i] for i in idxs)

    def resolve(self, name: str) -> Place | None:
        """Any spelling -> the place it most likely means (own name first, then population)."""
        found = self.candidates(name)
        return found[0] if found else None

    def find(self, text: str) -> list[Mention]:
        """Every place named in `text`, ambiguities resolved by nearby oblast, story, population."""
        words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        keys = _LazyKeys(words)
        raw: list[tuple[int, int, list[int], bool]] = []
        i = 0
        while i < len(words):
            first = words[i][2]
            if not (first[0].isupper() or _is_cyrillic(first)):
                i += 1  # Latin place names must be capitalised: "lyman" is not a place
                continue
            hit = None
            for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                idxs = self._names.get(" ".join(keys[i : i + n]))
                if idxs:
                    hit = (n, idxs)
                    break
            if hit is None:
                i += 1
                continue
            n, idxs = hit
            nxt = keys[i + n] if i + n < len(keys) else ""
            raw.append((i, i + n, idxs, nxt in _REGION_WORDS))
            i += n
        if not raw:
            return []
        # Oblasts the text names ("Donetsk Oblast") and the oblasts of unambiguous places.
        region_at: list[tuple[int, str]] = []
        for a, b, _, is_region in raw:
            if is_region and (ob := _OBLAST_SPELLINGS.get(" ".join(keys[a:b]))):
                region_at.append((words[a][0], ob))
        story_oblasts = Counter(
            self.places[idxs[0]].oblast for _, _, idxs, is_region in raw if len(idxs) == 1 and not is_region
        )
        story_oblasts.update(ob for _, ob in region_at)
        out = []
        for a, b, idxs, is_region in raw:
            start, end = words[a][0], words[b - 1][1]
            cands = tuple(self.places[j] for j in idxs)
            out.append(Mention(start, end, text[start:end], self._pick(cands, start, region_at, story_oblasts), cands, is_region))
        return out

    @staticmethod
    def _pick(cands: tuple[Place, ...], pos: int, region_at: list[tuple[int, str]], story: Counter) -> Place:
        if len(cands) == 1:
            return cands[0]
        near = sorted((abs(p - pos), ob) for p, ob in region_at if abs(p - pos) <= 160)
        for _, ob in near:
            for place in cands:
                if place.oblast == ob:
                    return place
        # Candidates come own-name first, then by population: keep that order on ties.
        scored = [(story.get(p.oblast, 0), -k) for k, p in enumerate(cands)]
        best = max(range(len(cands)), key=lambda k: scored[k])
        return cands[best] if scored[best][0] else cands[0]


def resolve_place(name: str) -> str | None:
    """Canonical name for any spelling of a place (the filter language's `place:`), or None."""
    place = Gazetteer.load().resolve(name)
    return place.name if place else None
