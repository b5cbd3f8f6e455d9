"""The filter language (DESIGN.md) -> a predicate over Stories, shared by the TUI and the CLI.

Terms are ANDed; `-term` negates any term. Bare words and "quoted phrases" match title,
summary and content ignoring case and accents; `source:`, `side:`, `tag:`, `place:`, `is:`,
`since:` and `before:` filter on fields. Nothing the user types becomes a regex, so no query
can backtrack catastrophically; matching is substring search on text folded once per story.
"""

from __future__ import annotations

import functools
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import NamedTuple, Protocol

from .models import SIDE_GROUPS, SIDES, Story
from .search_index import SearchIndex

Predicate = Callable[[Story], bool]
Select = Callable[[list[Story]], list[Story]]

KEYS = ("source", "side", "tag", "place", "is", "since", "before")
FLAGS = ("unread", "read", "starred", "flagged", "claim", "updated")
UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
MAX_TERMS = 64
MAX_QUERY = 2000
HAYSTACK_CACHE_SIZE = 200_000


class QueryError(ValueError):
    """A query that cannot be compiled; str(error) says which term and why."""


class Filter(Protocol):
    """A compiled query as its callers meet it: a test of one story and a pass over a list."""

    def __call__(self, story: Story, /) -> bool: ...

    def select(self, stories: list[Story], /) -> list[Story]: ...


class StoryFilter:
    """A compiled query: called on one story, or `select` over a list, in bulk where the word
    index settles most stories at once."""

    __slots__ = ("matches", "_bulk")

    def __init__(self, matches: Predicate, bulk: Select | None = None) -> None:
        self.matches = matches
        """The test of one story (what calling the filter does)."""
        self._bulk = bulk

    def __call__(self, story: Story) -> bool:
        return self.matches(story)

    def select(self, stories: list[Story]) -> list[Story]:
        """The stories it matches, in order."""
        return self._bulk(stories) if self._bulk is not None else list(filter(self.matches, stories))


EVERYTHING = StoryFilter(lambda story: True, list)
"""The filter of an empty query."""


class _Term(NamedTuple):
    """One compiled term: its cost rank (cheap ones run first), its test and, where it has a
    faster way over a whole list than calling the test, that."""

    cost: int
    match: Predicate
    select: Select | None = None


@dataclass(frozen=True, slots=True)
class _TextCheck:
    """The bare words of a query compiled: `match` one story, `select` a list through the word
    index, `scan` a few stories by their text alone; `narrows` when it keeps few stories."""

    match: Predicate
    select: Select
    scan: Select
    narrows: bool


# --- folding --------------------------------------------------------------------------------

# Combining marks left by NFKD (Latin, Cyrillic, extended and symbol ranges): dropped so
# "Zaporizhzhia" matches "Zaporìzhzhia" and "Київ" matches "Киів".
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form of text (casefold, no diacritics, one space)."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    return " ".join(_MARKS.sub("", text).split())


def _holds_phrase(story: Story, needle: str) -> bool:
    """Whether the folded text of story (SearchIndex.text_of) holds a folded phrase."""
    text = f"{story.title}\n{story.summary}\n{story.content}"
    if text.isascii():
        # The fold of ASCII text is its lower case with each whitespace run one space: a regex
        # over the lower case finds the phrase without building that copy for each of the
        # phrase's candidates (the stories holding all its words).
        return _phrase_pattern(needle).search(text.lower()) is not None
    return needle in fold(text)


@functools.lru_cache(maxsize=64)
def _phrase_pattern(needle: str) -> re.Pattern[str]:
    """A folded phrase as a pattern over lower-cased ASCII text: any whitespace run between words."""
    return re.compile(r"\s+".join(map(re.escape, needle.split(" "))))


def new_index() -> SearchIndex:
    """An empty word index for a store of stories (the store owns it, loads and saves it)."""
    return SearchIndex(fold, _holds_phrase)


def _contains(story: Story, needle: str) -> bool:
    """Whether the folded text of story holds the needle, folding as little as possible."""
    if " " in needle:
        return _holds_phrase(story, needle)
    # A needle without spaces never spans the whitespace between two parts, and the fold of
    # ASCII text is its lower case as far as such a needle can tell.
    for part in (story.title, story.summary, story.content):
        if part and needle in (part.lower() if part.isascii() else fold(part)):
            return True
    return False


# --- tokens ---------------------------------------------------------------------------------

_KEY = re.compile(r"([A-Za-z]+):")


class Term(NamedTuple):
    """One term of a query as typed: `-source:"kyiv independent"` is negated, key "source"."""

    negated: bool
    key: str | None
    value: str
    original: str


def split_terms(text: str) -> list[Term]:
    """Split a query into its terms (quotes group words); digest reads watch rules with it too."""
    terms = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        negated = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
        key = None
        match = _KEY.match(text, i)
        if match:
            key = match.group(1).lower()
            i = match.end()
        if i < n and text[i] == '"':
            # An unclosed quote runs to the end: the TUI filters while the user types.
            end = text.find('"', i + 1)
            end = n if end < 0 else end
            value = text[i + 1 : end]
            i = end + 1
        else:
            end = i
            while end < n and not text[end].isspace():
                end += 1
            value = text[i:end]
            i = end
        original = text[start:i].strip()
        if text[start] == "-" and not negated and original == "-":
            continue  # a lone '-' is a half-typed negation, not a term
        terms.append(Term(negated, key, value, original))
    return terms


# --- compiling terms ------------------------------------------------------------------------


class _Words:
    """Bare words and phrases, gathered so each story's text is looked up once per match."""

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self.wanted: list[str] = []
        self.unwanted: list[str] = []

    def check(self) -> _TextCheck | None:
        if not self.wanted and not self.unwanted:
            return None
        return _text_check(tuple(self.wanted), tuple(self.unwanted), self.index)


def _text_check(
    wanted: tuple[str, ...], unwanted: tuple[str, ...], index: SearchIndex, *, any_of: bool = False
) -> _TextCheck:
    """Match folded text: all `wanted` (or any, with any_of) present and no `unwanted`.

    Needles are looked up in the word index once, on the first story matched (so compiling
    while the user types stays free), and combined into one set of matching story objects;
    per story that leaves a dict lookup and a set lookup. Objects indexed after that, never
    indexed, or needles too common for the index are checked against the story's text.
    """
    needles = (*wanted, *unwanted)
    count = len(wanted)
    generation_of = index.generation_of
    covered = -1
    answers: list[set[int]] = []
    exact: list[bool] = []
    # Story objects indexed before the plan -> their verdict, when the index can give it.
    verdict_of: Callable[[int], bool | None] = {}.get
    alive: list[Story | None] = []  # the planned objects, held so their ids stay theirs

    def plan() -> None:
        nonlocal covered, verdict_of, alive
        known, generation, alive = index.snapshot()
        for needle in needles:
            found, complete = index.matching(needle)
            answers.append(found)
            exact.append(complete)
        covered = generation
        if all(exact):
            if any_of:
                hits = set().union(*answers)
            elif count:
                hits = set.intersection(*answers[:count]).difference(*answers[count:])
            else:
                hits = known.keys() - set().union(*answers)
            # Every object in hits is indexed, so its verdict is right even if it was indexed
            # after the snapshot; only absence from hits needs the snapshot's objects.
            known.update(dict.fromkeys(hits, True))
            verdict_of = known.get
        elif len(needles) == 1:
            # One common needle: the stories the index found are settled, the rest are read.
            verdict_of = dict.fromkeys(answers[0], bool(count or any_of)).get

    def has(number: int, story: Story, oid: int, known: bool) -> bool:
        if known and (oid in answers[number] or exact[number]):
            return oid in answers[number]
        return _contains(story, needles[number])

    def match(story: Story) -> bool:
        found = verdict_of(id(story))
        if found is not None:
            return found
        if covered < 0:
            # Not by calling match again: a closure naming itself is a cycle, which would keep
            # the plan (a copy of the index's map of every story) until the next collection.
            plan()
            found = verdict_of(id(story))
            if found is not None:
                return found
        oid = id(story)
        generation = generation_of.get(oid)
        known = generation is not None and generation < covered
        if any_of:
            return any(has(n, story, oid, known) for n in range(count))
        for number in range(count):
            if not has(number, story, oid, known):
                return False
        for number in range(count, len(needles)):
            if has(number, story, oid, known):
                return False
        return True

    def select(stories: list[Story]) -> list[Story]:
        """match over a whole list: a settled story costs one dict lookup, not a call."""
        if covered < 0:
            plan()
        settled = verdict_of
        return [s for s in stories if (found := settled(id(s))) or found is None and match(s)]

    def scan(stories: list[Story]) -> list[Story]:
        """match over a few stories by their text alone: no plan (whose cost grows with the
        index) for a list the field terms already cut."""
        if any_of:
            return [s for s in stories if any(_contains(s, needles[n]) for n in range(count))]
        return [s for s in stories
                if all(_contains(s, needles[n]) for n in range(count))
                and not any(_contains(s, needles[n]) for n in range(count, len(needles)))]

    return _TextCheck(match, select, scan, narrows=bool(count) and not any_of)


def _memo_check(test: Callable[[str], bool]) -> Callable[[str], bool]:
    """test(text) memoised per distinct string: sources, tags and places repeat across 50k stories."""
    seen: dict[str, bool] = {}
    get = seen.get

    def check(text: str) -> bool:
        hit = get(text)
        if hit is None:
            if len(seen) >= HAYSTACK_CACHE_SIZE:
                seen.clear()
            hit = seen[text] = test(text)
        return hit

    return check


def _source(value: str, original: str) -> _Term:
    needle = fold(value).strip()
    if not needle:
        raise QueryError(f"{original}: give a source name, e.g. source:meduza")
    seen: dict[str, bool] = {}
    get = seen.get

    def match(story: Story) -> bool:
        # Inline memo: a source name repeats on thousands of stories, folded once here.
        hit = get(story.source)
        if hit is None:
            if len(seen) >= HAYSTACK_CACHE_SIZE:
                seen.clear()
            hit = seen[story.source] = needle in fold(story.source)
        return hit

    return _Term(3, match)


def _side(value: str, original: str) -> _Term:
    name = value.strip().lower()
    labels = SIDE_GROUPS.get(name) or ((name,) if name in SIDES else None)
    if not labels:
        choices = ", ".join((*SIDE_GROUPS, *SIDES))
        raise QueryError(f"{original}: unknown side {value!r} (use one of {choices})")
    wanted = frozenset(labels)
    return _Term(1, lambda story: story.side in wanted)


def _tag(value: str, original: str) -> _Term:
    needle = fold(value).strip()
    if not needle:
        raise QueryError(f"{original}: give a tag, e.g. tag:drones")
    check = _memo_check(lambda tag: needle in fold(tag))

    def match(story: Story) -> bool:
        for tag in story.tags:
            if check(tag):
                return True
        return False

    return _Term(4, match)


def _place(value: str, original: str, resolve_place: Callable[[str], str | None] | None,
           index: SearchIndex) -> _Term:
    if not value.strip():
        raise QueryError(f"{original}: give a place name, e.g. place:Kupiansk")
    canonical = None
    if resolve_place is not None:
        try:
            canonical = resolve_place(value.strip())
        except Exception:  # a resolver bug must not turn a filter into a crash
            canonical = None
    words = {fold(value).strip()}
    if canonical:
        place = fold(canonical)
        words.add(place)
        is_place = _memo_check(lambda name: fold(name) == place)
        in_text = _text_check(tuple(words), (), index, any_of=True).match

        def match(story: Story) -> bool:
            places = story.places
            if places:
                for name in places:
                    if is_place(name):
                        return True
                return False
            # Not yet processed by the claims pipeline: fall back to the text.
            return in_text(story)

        return _Term(5, match)
    text = _text_check(tuple(words), (), index, any_of=True)
    return _Term(9, text.match, text.select)


def _flag(value: str, original: str) -> _Term:
    flag = value.strip().lower()
    checks: dict[str, Predicate] = {
        "unread": lambda story: not story.read,
        "read": lambda story: story.read,
        "starred": lambda story: story.starred,
        "flagged": lambda story: story.flagged,
        "claim": lambda story: bool(story.claim_ids),
        "updated": lambda story: story.revision > 0,
    }
    if flag not in checks:
        raise QueryError(f"{original}: unknown flag {value!r} (use one of {', '.join(FLAGS)})")
    return _Term(0, checks[flag])


_RELATIVE = re.compile(r"(\d{1,9})\s*([mhdw])")
_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S")


def _moment(value: str, original: str, now: float) -> float:
    text = value.strip().lower()
    match = _RELATIVE.fullmatch(text)
    if match:
        return now - int(match.group(1)) * UNITS[match.group(2)]
    for layout in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text.upper(), layout)
        except ValueError:
            continue
        return parsed.replace(tzinfo=timezone.utc).timestamp()
    raise QueryError(f"{original}: bad time {value!r} (use 30m, 2h, 3d, 1w or 2025-11-20)")


def _term(key: str | None, value: str, original: str, now: float,
          resolve_place: Callable[[str], str | None] | None, index: SearchIndex) -> _Term:
    if key == "source":
        return _source(value, original)
    if key == "side":
        return _side(value, original)
    if key == "tag":
        return _tag(value, original)
    if key == "place":
        return _place(value, original, resolve_place, index)
    if key == "is":
        return _flag(value, original)
    if key in ("since", "before"):
        moment = _moment(value, original, now)
        if key == "since":
            return _Term(0, lambda story: story.published >= moment)
        return _Term(0, lambda story: story.published < moment)
    raise QueryError(f"{original}: unknown filter '{key}:' (known: {', '.join(KEYS)})")


def _negate(check: Predicate) -> Predicate:
    return lambda story: not check(story)


def compile_query(
    text: str,
    *,
    now: float | None = None,
    resolve_place: Callable[[str], str | None] | None = None,
    index: SearchIndex | None = None,
) -> StoryFilter:
    """Compile a filter query into a filter over Stories; raises QueryError on a bad query.

    `index` is the word index of the stories it will see (Store.word_index): words are looked
    up there; without one, or for a story it has not indexed, the text itself is read."""
    if not isinstance(text, str):
        raise QueryError("the query must be text")
    if len(text) > MAX_QUERY:
        raise QueryError(f"the query is too long (over {MAX_QUERY} characters)")
    moment = time.time() if now is None else now
    terms = split_terms(text)
    if len(terms) > MAX_TERMS:
        raise QueryError(f"the query has too many terms (over {MAX_TERMS})")
    compiled: list[_Term] = []
    words = _Words(index if index is not None else new_index())
    for negated, key, value, original in terms:
        if key is None:
            needle = fold(value).strip()
            if needle:
                (words.unwanted if negated else words.wanted).append(needle)
            continue
        term = _term(key, value, original, moment, resolve_place, words.index)
        compiled.append(_Term(term.cost, _negate(term.match)) if negated else term)
    text_check = words.check()
    if text_check is not None:
        compiled.append(_Term(9, text_check.match, text_check.select))
    # Cheap field checks first: most stories fail on them before any text is searched.
    ordered = sorted(compiled, key=lambda term: term.cost)
    if not ordered:
        return EVERYTHING
    if len(ordered) == 1:
        return StoryFilter(ordered[0].match, ordered[0].select)
    combined = _all_of([term.match for term in ordered])
    if text_check is None:
        return StoryFilter(combined)
    rest = _all_of([term.match for term in ordered if term.match is not text_check.match])
    bulk = text_check.select
    if text_check.narrows:
        # Wanted words go first over a whole list: settled by the index they cost a dict
        # lookup a story and leave few, which the field checks then see.
        return StoryFilter(combined, lambda stories: [story for story in bulk(stories) if rest(story)])
    # Only unwanted words: they keep most stories, so the fields narrow first, and a list they
    # cut to a few is read rather than planned.
    return StoryFilter(combined, functools.partial(_fields_first, rest, bulk, text_check.scan))


def _fields_first(rest: Predicate, bulk: Select, scan: Select, stories: list[Story]) -> list[Story]:
    left = list(filter(rest, stories))
    return scan(left) if len(left) * 8 < len(stories) else bulk(left)


def select(stories: list[Story], predicate: Predicate) -> list[Story]:
    """The stories predicate matches, in order: in bulk when it is a compiled query (one with
    words looks most stories up in the word index instead of calling)."""
    if isinstance(predicate, StoryFilter):
        return predicate.select(stories)
    return list(filter(predicate, stories))


def _all_of(checks: list[Predicate]) -> Predicate:
    if len(checks) == 1:
        return checks[0]
    # Nested pairs: all(generator) would build a generator per story, costing more than the checks.
    combined = checks[-1]
    for check in reversed(checks[:-1]):
        combined = _both(check, combined)
    return combined


def _both(first: Predicate, second: Predicate) -> Predicate:
    return lambda story: first(story) and second(story)
