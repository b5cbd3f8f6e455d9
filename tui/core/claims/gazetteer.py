"""Offline gazetteer: every spelling of a Ukrainian (or Russian border) place -> one Place.

The data file is built by scripts/build_gazetteer.py (GeoNames + a hand-written supplement)
and loaded lazily on first use, so importing this module costs nothing at app start.
Matching is token based: the text is split into words once and a dictionary keyed by folded
spellings is probed with the longest run of words first, so cost grows with the text, not with
the tens of thousands of names.
"""

from __future__ import annotations

import gc
import gzip
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
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
_LETTERS = r"[^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*"
# A capital Latin or Cyrillic letter that starts a word (names are proper nouns in both scripts:
# "атаки" is "attacks", not the village Ataky), then the rest of the word. The pattern opens with
# a character class so the regex engine can skip ahead to candidates fast (a leading lookbehind
# would be evaluated at every position).
_FIRST_WORD_RE = re.compile(r"[A-Z\u00c0-\u00de\u0400-\u042f\u0490](?<![^\W\d_].)(?<=[^\W\d_])[^\W\d_]*"
                            r"(?:[" + _APOSTROPHES + r"][^\W\d_]+)*")
# "the village of Lan", "с. Перемога", "Lan, a village": words that make a common word a place.
_SETTLEMENT_BEFORE = re.compile(r"(?:\b(?:[Vv]illages?|[Ss]ettlements?|[Hh]amlet|[Kk]hutir|[Ss]elyshche)(?: of)?"
                                r"|(?<![^\W\d_])(?:село|селі|села|селище|селища|с\.|смт|сел\.))\s*$")
_SETTLEMENT_AFTER = re.compile(r",? (?:a |the )?(?:village|settlement|hamlet)\b")
_NEXT_WORD_RE = re.compile(r"(?: |-)(" + _LETTERS + ")")


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
    """0 when unknown (villages known only from the KATOTTG codifier)."""
    kind: str
    """'city', 'town', 'settlement' (the former urban-type settlements) or 'village'."""
    approx: bool = False
    """True when lat/lon are the centre of the place's hromada (or raion), not the place itself."""


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


# A village-only name right after a title or given name, or before a verb of speech, is a
# surname: "governor Viacheslav Chaus", "Chaus said".
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:[Gg]overnor|[Mm]ayor|[Mm]inister|[Gg]eneral|[Cc]olonel|[Cc]ommander|[Ss]pokes(?:man|woman|person)"
    r"|[Pp]resident|[Hh]ead|[Cc]hief|[Dd]eputy|[Ll]ieutenant|[Ss]ergeant|[Cc]aptain|[Mm]rs?|Ms|Dr|[Aa]nalyst"
    r"|[Bb]logger|[Jj]ournalist|[Cc]orrespondent|[Ss]oldier|[Ss]enator|[Aa]mbassador|[Pp]rosecutor|[Jj]udge)\.?"
    r"|\b(?:Oleksandr|Oleksii|Olexander|Volodymyr|Vladimir|Viacheslav|Vyacheslav|Vitalii|Vitaly|Serhii|Serhiy"
    r"|Sergei|Sergey|Andrii|Andriy|Andrei|Andrey|Dmytro|Dmitry|Dmitri|Mykola|Nikolai|Mykhailo|Mikhail|Yurii"
    r"|Yuriy|Yuri|Ihor|Igor|Oleh|Oleg|Petro|Pyotr|Pavlo|Pavel|Ivan|Vadym|Vadim|Valerii|Valery|Yevhen|Yevgeny"
    r"|Maksym|Maxim|Bohdan|Taras|Roman|Ruslan|Anatolii|Anatoly|Viktor|Vasyl|Vasily|Hennadii|Gennady|Kyrylo"
    r"|Kirill|Denys|Denis|Artem|Stepan|Yaroslav|Vladyslav|Rostyslav|Borys|Boris|Leonid|Hryhorii|Grigory|Fedir"
    r"|Illia|Ilya|Tymur|Alexander|Alexei|Alexey|Konstantin|Kostiantyn|Ramzan|Yevgeniy|Iryna|Irina|Olena|Elena"
    r"|Tetiana|Tatiana|Nataliia|Natalia|Yuliia|Yulia|Oksana|Liudmyla|Lyudmila|Halyna|Galina|Kateryna|Yekaterina"
    r"|Mariia|Maria|Anna|Olha|Olga|Svitlana|Svetlana|Viktoriia|Victoria|Larysa|Larisa|Margarita|Ella))\.? $")
_PERSON_AFTER = re.compile(r"(?:['’]s)? (?:said|says|told|wrote|added|noted|stated|reported|claimed|denied|posted|"
                           r"explained|announced|warned|argued|insisted)\b")


def _is_person(text: str, start: int, end: int) -> bool:
    """True when a village-only name at text[start:end] reads as a person's surname."""
    return bool(_PERSON_BEFORE.search(text, max(0, start - 24), start) or _PERSON_AFTER.match(text, end))


# Case endings of Ukrainian and Russian place names -> the nominative endings they can come
# from, longest ending first. "Куп'янська" -> "Куп'янськ", "Авдіївці" -> "Авдіївка",
# "Харкова" -> "Харків", "Роботиного" -> "Роботине", "Купянске" -> "Купянск".
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ського", ("ське", "ський", "ское", "ский")), ("ському", ("ське", "ський")), ("ським", ("ське", "ський")),
    ("цького", ("цьке", "цький")), ("цькому", ("цьке", "цький")),
    ("ского", ("ское", "ский", "ське")), ("ском", ("ское", "ск", "ськ")),
    ("євом", ("їв",)), ("овом", ("ів",)), ("кою", ("ка",)), ("ової", ("ова",)),
    ("ого", ("е", "ий", "ое", "ый", "ой")), ("ому", ("е", "ий", "ое", "ый")),
    ("єва", ("їв",)), ("єві", ("їв",)), ("ова", ("ів", "ов")), ("ові", ("ів",)),
    ("ці", ("ка", "ця")), ("ки", ("ка",)), ("ку", ("ка",)), ("ке", ("ка",)), ("кой", ("ка",)),
    ("ої", ("а",)), ("ій", ("а",)), ("ой", ("ая", "а")), ("ую", ("ая",)), ("им", ("е", "ий")), ("ім", ("е", "ий")),
    ("ах", ("и", "ы")), ("ами", ("и", "ы")), ("ів", ("и",)),
    ("ом", ("", "ое", "о")), ("ем", ("",)), ("ою", ("а",)), ("ею", ("я",)),
    ("а", ("",)), ("я", ("", "е", "ь")), ("у", ("", "а")), ("ю", ("я", "ь")), ("і", ("", "а", "е", "я")),
    ("е", ("", "а", "о")), ("и", ("а", "")), ("ы", ("а",)), ("о", ("",)),
)


# fold() drops the diaeresis (ї -> і), so the endings are compared folded too.
_FOLDED_ENDINGS = tuple((fold(e), tuple(fold(r) for r in reps)) for e, reps in _CASE_ENDINGS)
# Words that open sentences and look declined: never read as a place's case form.
_NOT_DECLINED = frozenset(fold(w) for w in (
    "біля", "після", "через", "серед", "навколо", "поблизу", "вздовж", "також", "тільки", "проти",
    "всього", "нього", "цього", "того", "якого", "свого", "около", "возле", "после", "между", "среди",
    "вокруг", "против", "этого", "всего", "также", "только", "когда", "тогда", "сейчас", "зараз"))
_STICKY_POPULATION = 100_000
"""A place this big keeps its name against namesakes unless their oblast is named next to it."""
_TOWN_POPULATION = 10_000
"""A place this big keeps its name against codifier-only villages unless their oblast is named next to it."""
_CLASS_RANK = {"city": 3, "town": 2, "settlement": 2, "village": 1}


def _nominatives(key: str) -> list[str]:
    """Nominative forms a folded, declined Cyrillic word may come from (4 letters or more)."""
    out = []
    for ending, replacements in _FOLDED_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            stem = key[: -len(ending)]
            out.extend(stem + r for r in replacements if len(stem) + len(r) >= 4)
    return out


class PlaceRows(Sequence[Place]):
    """The data file's place rows, each made a Place on first use (25k objects cost the load ~30 ms)."""

    def __init__(self, rows: list[list]) -> None:
        self._rows = rows
        self._made: list[Place | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._rows)))]
        place = self._made[i]
        if place is None:
            place = self._made[i] = Place(*self._rows[i])
        return place


def _word_key(word: str) -> str:
    """fold() for one word, with a fast path for plain ASCII words (most of English text)."""
    poss = _POSSESSIVE_RE.match(word)
    if poss and not _is_cyrillic(word):
        word = poss.group(1)
    if word.isascii():
        return word.lower().replace("'", "").replace("`", "")
    return fold(word)


class Gazetteer:
    """The loaded gazetteer; use `Gazetteer.load()` for the shared, lazily loaded instance."""

    _shared: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, places: Sequence[Place], names: dict[str, list[int]], weak: Iterable[str] = ()) -> None:
        self.places = places
        self._names = names
        # Spellings that are also ordinary words: a place only with evidence nearby.
        self._weak = frozenset(weak)
        # Longest name (in words) starting with each first word: most words start none.
        # (Every key is its own entry: a word of text never holds a space, so only real first
        # words are ever looked up; building it this way keeps the load fast.)
        self._first: dict[str, int] = dict.fromkeys(names, 1)
        # Word as written -> (folded readings, longest name starting with them): most words recur.
        self._starts: dict[str, tuple[tuple[str, ...], int]] = {}
        # Folded key -> its candidate places, built on first use.
        self._cands: dict[str, tuple[Place, ...]] = {}
        for key in [k for k in names if " " in k]:
            first, _, rest = key.partition(" ")
            n = rest.count(" ") + 2
            if n > self._first.get(first, 0):
                self._first[first] = n

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> Gazetteer:
        """Load (once per process) and return the gazetteer."""
        if cls._shared is None or path != DATA_FILE:
            with cls._lock:
                if cls._shared is not None and path == DATA_FILE:
                    return cls._shared
                # The parse makes ~100k containers: collections mid-load would only re-scan them.
                collecting = gc.isenabled()
                gc.disable()
                try:
                    data = orjson.loads(gzip.decompress(path.read_bytes()))
                    gaz = cls(PlaceRows(data["places"]), data["names"], data.get("weak", ()))
                finally:
                    if collecting:
                        gc.enable()
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
        # (start, end, place indices, region flag, folded key)
        raw: list[tuple[int, int, list[int], bool, str]] = []
        pos = 0
        # Only capitalised words can start a name: "lyman" is not a place.
        starts = self._starts
        if len(starts) > 50_000:
            starts.clear()  # bounded: a cache of recent words, not of every word ever seen
        for m in _FIRST_WORD_RE.finditer(text):
            if m.start() < pos:
                continue
            word = m.group()
            hit = starts.get(word)
            if hit is None:
                first = _word_key(word)
                longest = self._first.get(first, 0)
                firsts: tuple[str, ...] = (first,)
                if not longest and _is_cyrillic(word):  # (capitalised: _FIRST_WORD_RE)
                    # "Куп'янська", "под Покровском": a declined name, looked up by its nominatives.
                    firsts = self._nominatives_of(first)
                    longest = max((self._first[f] for f in firsts), default=0)
                hit = starts[word] = (firsts, longest)
            firsts, longest = hit
            if not longest:
                continue
            best = None
            for first in firsts:
                found = self._match_at(text, m, first, longest)
                if found and (best is None or found[1] > best[1]):
                    best = found  # "Нової Каховки": the reading that spans more words wins
            if best:
                raw.append(best)
                pos = best[1]
        if not raw:
            return []
        # Oblasts the text names ("Donetsk Oblast") and the oblasts of unambiguous places.
        region_at = [(a, ob) for a, _, _, region, key in raw if region and (ob := _OBLAST_SPELLINGS.get(key))]
        if self._weak:
            raw = [r for r in raw if r[4] not in self._weak or self._has_evidence(text, r, region_at)]
        story_oblasts = Counter(self.places[idxs[0]].oblast for _, _, idxs, region, _ in raw if len(idxs) == 1 and not region)
        story_oblasts.update(ob for _, ob in region_at)
        out = []
        cands_of = self._cands
        for start, end, idxs, region, key in raw:
            cands = cands_of.get(key)
            if cands is None:
                # Some names have dozens of namesakes now: build each tuple once.
                cands = cands_of[key] = tuple(self.places[j] for j in idxs)
            place = self._pick(cands, start, region_at, story_oblasts)
            out.append(Mention(start, end, text[start:end], place, cands, region))
        return out

    def _match_at(self, text: str, m: re.Match[str], first: str,
                  longest: int) -> tuple[int, int, list[int], bool, str] | None:
        """The longest name starting with the word `m` (read as `first`): (start, end, places, region, key)."""
        # The words that follow, joined only by spaces or hyphens ("Chasiv Yar", "Niu-York").
        parts, ends = [first], [m.end()]
        at = m.end()
        while len(parts) < min(longest, _MAX_WORDS):
            nxt = _NEXT_WORD_RE.match(text, at)
            if nxt is None:
                break
            parts.append(_word_key(nxt.group(1)))
            ends.append(nxt.end())
            at = nxt.end()
        for n in range(len(parts), 0, -1):
            key = " ".join(parts[:n])
            idxs = self._names.get(key)
            if idxs is None and n > 1 and _is_cyrillic(parts[n - 1]):
                # "Нової Каховки": the first word is in the nominative already, the last one here.
                head = " ".join(parts[: n - 1])
                for nominative in _nominatives(parts[n - 1]):
                    if idxs := self._names.get(f"{head} {nominative}"):
                        key = f"{head} {nominative}"
                        break
            if idxs and self._village_only(idxs) and _is_person(text, m.start(), ends[n - 1]):
                continue  # "Viacheslav Chaus said" is a man, not the village Chaus
            if idxs:
                after = _NEXT_WORD_RE.match(text, ends[n - 1])
                region = after is not None and _word_key(after.group(1)) in _REGION_WORDS
                return m.start(), ends[n - 1], idxs, region, key
        return None

    def _nominatives_of(self, key: str) -> tuple[str, ...]:
        """Nominatives of a declined word that start a name: whole names, biggest place first."""
        whole, partial = [], []
        if key in _NOT_DECLINED or len(key) < 5:
            return ()  # "Біля Роботиного": a capitalised preposition is not "Біле" declined
        for nominative in dict.fromkeys(_nominatives(key)):
            if nominative not in self._first:
                continue
            idxs = self._names.get(nominative)
            if idxs and len(nominative) < 6 and self._village_only(idxs):
                # A short name only villages carry is too likely a word: "Сили" is not "Сила".
                partial.append(nominative)  # ...but may still start a longer name
            elif idxs:
                place = self.places[idxs[0]]
                whole.append(((place.population, _CLASS_RANK.get(place.kind, 0)), nominative))
            else:
                partial.append(nominative)
        whole.sort(key=lambda item: item[0], reverse=True)
        return tuple(n for _, n in whole) + tuple(partial)

    def _village_only(self, idxs: list[int]) -> bool:
        """True when every place a spelling can mean is known only from the codifier."""
        return all(self.places[i].approx for i in idxs)

    def _has_evidence(self, text: str, raw: tuple, region_at: list[tuple[int, str]]) -> bool:
        """A common-word spelling is a place only next to 'village of' or its oblast's name."""
        start, end, idxs = raw[0], raw[1], raw[2]
        if _SETTLEMENT_BEFORE.search(text, max(0, start - 24), start) or _SETTLEMENT_AFTER.match(text, end):
            return True
        oblasts = {self.places[i].oblast for i in idxs}
        return any(abs(p - start) <= 160 and ob in oblasts for p, ob in region_at)

    @staticmethod
    def _pick(cands: tuple[Place, ...], pos: int, region_at: list[tuple[int, str]], story: Counter) -> Place:
        if len(cands) == 1:
            return cands[0]
        near = sorted((abs(p - pos), ob) for p, ob in region_at if abs(p - pos) <= 160)
        for _, ob in near:
            for place in cands:
                if place.oblast == ob:
                    return place
        # Candidates come own-name first, then by size. With every village in the gazetteer most
        # city names have village namesakes: a big city is not traded for one because the story
        # is about another oblast ("Zaporizhzhia" in a report on Donetsk Oblast is the city).
        top = cands[0]
        if top.population >= _STICKY_POPULATION:
            return top
        # Nor is a town traded for a village known only from the codifier because the story
        # also names a place in the village's oblast (ISW lists Kupiansk beside Kostiantynivka).
        known_only = top.population >= _TOWN_POPULATION
        scored = [(0 if known_only and p.approx else story.get(p.oblast, 0), -k) for k, p in enumerate(cands)]
        best = max(range(len(cands)), key=lambda k: scored[k])
        return cands[best] if scored[best][0] else top


def resolve_place(name: str) -> str | None:
    """Canonical name for any spelling of a place (the filter language's `place:`), or None."""
    place = Gazetteer.load().resolve(name)
    return place.name if place else None
