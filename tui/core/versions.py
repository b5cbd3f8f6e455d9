"""Versions of a developing story, and what changed between them.

A story's version is its title and text as seen at one moment. Only meaningful changes make a
new version: the text is normalised first (markup, entities, whitespace, typographic quotes,
dashes and invisible characters, tracking parameters in links and date or time stamps are
dropped), so a feed that re-renders the same words, or bumps only its "updated" line, makes
none. Versions live in `versions.json`, a TinyDB file in the data
dir with one document per version (`story`, `seen_at`, `title`, `text`, `hash`, and `kind`
"article" for an extracted page fetched again); its `read_versions` table keeps, per story, the
version the user read last, so the reader can show what changed since.

The differences are computed with difflib (the standard library's sequence matcher): sentences
added and removed, words within the sentences that changed, a changed headline and changed
numbers called out on their own.
"""

from __future__ import annotations

import difflib
import hashlib
import html
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from tinydb import Query, TinyDB

from tui.core.urls import without_tracking

if TYPE_CHECKING:
    from tui.core.models import Article

_DIGIT = re.compile(r"\d")
_MD_MARKS = re.compile(r"[*_#>]")
FILE_NAME = "versions.json"
MAX_REVISED_AT_ONCE = 100
"""Stories whose new version one ingest records at most (developing stories come a few at a time)."""
READ_TABLE = "read_versions"
"""Per story: the hash of the version the user read last, and of the one read before it."""

_TAG = re.compile(r"<[^>]{0,2000}>")
_SPACE = re.compile(r"\s+")
_URL = re.compile(r"https?://\S+")
_URL_END = ".,;:!?)]}»”'\""
# Typography a site re-renders without changing a word: curly or angled quotes, dash lengths,
# the ellipsis character, and invisible characters (zero-width space and joiners, soft hyphen, BOM).
_TYPOGRAPHY = str.maketrans({
    **dict.fromkeys("“”„‟«»″", '"'), **dict.fromkeys("‘’‚‛ʼ′", "'"), **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...", **dict.fromkeys("\u200b\u200c\u200d\u2060\u00ad\ufeff"),
})
# "may" and "march" only capitalised: "4 may have died" is a number before a verb, not a date.
_MONTHS = ("jan|feb|mar|apr|(?-i:May|MAY)|jun|jul|aug|sep|sept|oct|nov|dec|january|february|(?-i:March|MARCH)|april|june|"
           "july|august|september|october|november|december|січня|лютого|березня|квітня|травня|"
           "червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|"
           "июня|июля|августа|сентября|октября|ноября|декабря")
_STAMP = re.compile(
    r"(\b(?:(?:last |first )?(?:updated|published|posted|modified|edited)|оновлено|опубліковано|"
    r"обновлено|опубликовано|дата публікації|дата публикации)\b:?\s*"
    r"(?:(?:at|on|о|об|в|во)\s+)?)?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
    r"(?:\b\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|хвилин[иу]?|годин[иу]?|минут[уы]?|час(?:а|ов)?)"
    r"\s+(?:ago|тому|назад)\b"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    rf"|\b\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?\b"
    r"|\b\d{1,2}:\d{2}(?:\s*(?:am|pm|utc|gmt|kyiv time|msk))?\b)"
    r"(?:,?\s*(?:at|о|об|в)?\s*\b\d{1,2}:\d{2}(?:\s*(?:am|pm|utc|gmt|kyiv time|msk))?\b)?",
    re.IGNORECASE,
)
_PROSE_BEFORE = re.compile(
    r"\b(?:on|at|since|by|until|till|from|before|after|of|to|between|and|"
    r"в|во|о|об|до|з|із|від|с|со|по|на|к|около|близько|після|после|між|между|и|і|та)\s+$",
    re.IGNORECASE,
)
"""A date or time right after one of these is part of what a sentence says ("the strike on 5 May")."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»')\]]*\s+(?=[\"“«(\[]?[A-ZА-ЯІЇЄҐ0-9])")
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|hundreds|dozen|dozens|"
    "один|одна|одного|два|дві|двоє|двох|три|троє|трьох|трёх|чотири|четверо|четыре|п'ять|пʼять|"
    "пять|шість|шесть|сім|семь|вісім|восемь|дев'ять|девʼять|девять|десять|десятки|десятков|"
    "сотні|сотни|сотень"
)
# Figures, and the small numbers news writes as words ("four people", «троє людей»).
_NUMBER = re.compile(rf"\d+(?:[.,]\d+)*|(?<![\w'ʼ])(?:{_NUMBER_WORDS})(?![\w'ʼ])", re.IGNORECASE)
_WORDS = re.compile(r"\S+")
# Markdown (extracted articles): a link keeps its words, emphasis and heading marks go.
_MD_LINK = re.compile(r"!?\[([^\]]{0,2000})\]\([^)\s]{0,2000}(?:\s+\"[^\"]*\")?\)")
_MD_MARK = re.compile(
    r"(?<!\w)\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?!\w)|^\s{0,3}(?:#{1,6}|>)\s+|(?<!\w)_{1,2}(?=\S)|(?<=\S)_{1,2}(?!\w)",
    re.MULTILINE,
)


def plain(text: str) -> str:
    """Markup (HTML or Markdown), entities and runs of whitespace out; what a reader reads."""
    # Each pass only where its mark can be: most feed text has no tags, links or entities.
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    if _MD_MARKS.search(text):
        text = _MD_MARK.sub("", text)
    return _SPACE.sub(" ", text).strip()


def _untracked(match: re.Match[str]) -> str:
    """A link in the text without its tracking parameters or fragment (the punctuation after it kept)."""
    url = match.group()
    stripped = url.rstrip(_URL_END)
    try:
        return urlunsplit(urlsplit(without_tracking(stripped))._replace(fragment="")) + url[len(stripped):]
    except ValueError:
        return url


def _unstamped(match: re.Match[str]) -> str:
    """A stamp out; a date the prose speaks of ("fighting since 5 May") kept, it can be corrected."""
    if match.group(1) is None and _PROSE_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return match.group()
    return " "


def normalise(title: str, text: str) -> str:
    """What a version is compared on: plain words, no tracking parameters, no date stamps."""
    body = f"{plain(title)}\n{plain(text)}".translate(_TYPOGRAPHY)
    if "://" in body:
        body = _URL.sub(_untracked, body)
    if _DIGIT.search(body):  # every stamp holds a digit
        body = _STAMP.sub(_unstamped, body)
    return _SPACE.sub(" ", body).strip().casefold()


def version_hash(title: str, text: str) -> str:
    """A short stable hash of the normalised title and text."""
    return hashlib.sha256(normalise(title, text).encode("utf-8")).hexdigest()[:16]


def story_body(summary: str, content: str) -> str:
    """The text a version holds: the feed's summary and its full content, when it has one."""
    summary, content = (summary or "").strip(), (content or "").strip()
    # A summary that is only the start of the content, or repeats its sentences, would count
    # every change twice.
    lead = normalise("", summary).rstrip("….").strip()
    if content and lead:
        if normalise("", content).startswith(lead):
            return content
        known = {normalise("", s) for s in sentences(content)}
        if all(normalise("", s) in known for s in sentences(summary)):
            return content
    return "\n\n".join(part for part in (summary, content) if part)


def sentences(text: str) -> list[str]:
    """The text split into sentences (paragraph breaks always end one)."""
    out = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = plain(paragraph)
        if paragraph:
            out.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
    return out


@dataclass(slots=True)
class Version:
    """One meaningful version of a story."""

    seen_at: float
    title: str
    text: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        from tui.core.models import iso

        return {"seen_at": iso(self.seen_at), "title": self.title, "hash": self.hash}


@dataclass(slots=True)
class WordChange:
    """A sentence that was reworded: the old and new sentence and the words that differ."""

    before: str
    after: str
    removed_words: list[str] = field(default_factory=list)
    added_words: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Change:
    """What changed from one version to the next."""

    from_hash: str
    to_hash: str
    title_changed: bool
    old_title: str
    new_title: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reworded: list[WordChange] = field(default_factory=list)
    numbers: list[tuple[str, str]] = field(default_factory=list)
    """(old, new) numbers that changed in place, such as casualty counts."""

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_hash, "to": self.to_hash, "title_changed": self.title_changed,
            "old_title": self.old_title, "new_title": self.new_title,
            # A reworded sentence is both: its old form removed and its new form added.
            "added": list(dict.fromkeys(self.added + [w.after for w in self.reworded])),
            "removed": list(dict.fromkeys(self.removed + [w.before for w in self.reworded])),
            "reworded": [{"before": w.before, "after": w.after, "removed_words": w.removed_words,
                          "added_words": w.added_words} for w in self.reworded],
            "numbers": [{"from": a, "to": b} for a, b in self.numbers],
        }


def _word_change(before: str, after: str) -> WordChange:
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    change = WordChange(before, after)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            change.removed_words.extend(old[i1:i2])
        if op in ("replace", "insert"):
            change.added_words.extend(new[j1:j2])
    return change


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """A reworded sentence as (kind, words) runs in reading order: "same", "removed", "added"."""
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("same", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", " ".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("added", " ".join(new[j1:j2])))
    return runs


def _numbers(before: str, after: str) -> list[tuple[str, str]]:
    """(old, new) numbers that changed in place: a replaced run of words that held a number
    and now holds another ("killed 4" -> "killed 7", "four people" -> "seven people")."""
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    pairs = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op != "replace":
            continue
        gone = _NUMBER.findall(" ".join(old[i1:i2]))
        came = _NUMBER.findall(" ".join(new[j1:j2]))
        pairs.extend((a, b) for a, b in zip(gone, came) if a.casefold() != b.casefold())
    return pairs


def compare(old: Version, new: Version) -> Change:
    """Sentences added and removed, reworded sentences with their words, and changed numbers."""
    change = Change(old.hash, new.hash, plain(old.title) != plain(new.title), old.title, new.title)
    if change.title_changed:
        change.numbers.extend(_numbers(old.title, new.title))
    # Sentences are matched on their normalised form: a re-rendered or re-stamped sentence is
    # the same sentence, and a sentence that is only a date stamp is not content.
    before = [s for s in sentences(old.text) if normalise("", s)]
    after = [s for s in sentences(new.text) if normalise("", s)]
    matcher = difflib.SequenceMatcher(None, [normalise("", s) for s in before],
                                      [normalise("", s) for s in after], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        gone, came = before[i1:i2], after[j1:j2]
        if op == "replace":
            # Pair sentences that are rewordings of each other; the rest are added or removed.
            paired = set()
            for sentence in gone:
                best, score = None, 0.0
                for k, candidate in enumerate(came):
                    if k in paired:
                        continue
                    ratio = difflib.SequenceMatcher(None, sentence, candidate, autojunk=False).ratio()
                    if ratio > score:
                        best, score = k, ratio
                if best is not None and score >= 0.6:
                    paired.add(best)
                    reworded = _word_change(sentence, came[best])
                    change.reworded.append(reworded)
                    change.numbers.extend(_numbers(sentence, came[best]))
                else:
                    change.removed.append(sentence)
            change.added.extend(s for k, s in enumerate(came) if k not in paired)
        else:
            change.removed.extend(gone)
            change.added.extend(came)
    return change


def article_revision(previous: dict[str, Any] | None, article: Article, now: float) -> tuple[Version, Version] | None:
    """(previous, new) versions when an article fetched again reads differently, else None."""
    if not isinstance(previous, dict):
        return None
    old_title, old_text = str(previous.get("title") or ""), str(previous.get("text") or "")
    before = version_hash(old_title, old_text)
    after = version_hash(article.title, article.text)
    if before == after:
        return None
    old_at = float(previous.get("fetched_at") or 0.0) or now
    return (Version(old_at, old_title, old_text, before),
            Version(now, article.title, article.text, after))


WRITE_LOCK = threading.Lock()
"""versions.json is read, changed and replaced whole: one writer at a time in this process."""


class VersionLog:
    """The versions of every story that changed, in a TinyDB file of the data dir."""

    def __init__(self, path: Path, notices: list[str] | None = None, *, writable: bool = True) -> None:
        # Imported here: storage's merge imports this module for version_hash.
        from tui.core.storage import AtomicJSONStorage

        self.path = path
        self._db = TinyDB(path, storage=AtomicJSONStorage, notices=notices)
        self._db.storage.writable = writable
        self._table = self._db.table("versions")

    @classmethod
    def open(cls, data_dir: Path | str, notices: list[str] | None = None, *,
             writable: bool = True) -> VersionLog:
        """The log of a data dir (empty when it has none yet)."""
        return cls(Path(data_dir) / FILE_NAME, notices, writable=writable)

    def versions(self, story_id: str, kind: str = "feed") -> list[Version]:
        """The story's versions, oldest first (none when it never changed).

        kind "feed" is the feed item's title and text, "article" the extracted page's.
        """
        docs = [d for d in self._table.search(Query().story == story_id)
                if d.get("kind", "feed") == kind]
        found = [Version(float(d["seen_at"]), str(d["title"]), str(d["text"]), str(d["hash"]))
                 for d in docs]
        return sorted(found, key=lambda v: v.seen_at)

    def record(self, revisions: Iterable[tuple[str, Version, Version]], kind: str = "feed") -> list[str]:
        """Record (story id, previous, current) pairs; returns the ids that gained a version.

        A story's first recorded change also stores the version before it. A pair whose
        normalised text did not change adds nothing.
        """
        with WRITE_LOCK:
            return self._record(revisions, kind)

    def _record(self, revisions: Iterable[tuple[str, Version, Version]], kind: str) -> list[str]:
        rows: dict[str, list[tuple[Version, Version]]] = {}
        for story_id, before, after in revisions:
            if before.hash == after.hash:
                continue
            rows.setdefault(story_id, []).append((before, after))
        if not rows:
            return []
        if len(rows) > MAX_REVISED_AT_ONCE:
            # A feed that rewrote hundreds of items in one cycle re-rendered itself; its history
            # would cost a rewrite of this file on every poll. The most recent ones are kept.
            newest = sorted(rows, key=lambda sid: rows[sid][-1][1].seen_at, reverse=True)
            rows = {sid: rows[sid] for sid in newest[:MAX_REVISED_AT_ONCE]}
        docs = []
        known = {d["story"] for d in self._table.all()
                 if d.get("story") in rows and d.get("kind", "feed") == kind}
        for story_id, pairs in rows.items():
            if story_id not in known:
                docs.append(self._doc(story_id, pairs[0][0], kind))
            docs.extend(self._doc(story_id, after, kind) for _before, after in pairs)
        self._table.insert_multiple(docs)
        return list(rows)

    @staticmethod
    def _doc(story_id: str, version: Version, kind: str) -> dict[str, Any]:
        doc = {"story": story_id, "seen_at": version.seen_at, "title": version.title,
               "text": version.text, "hash": version.hash}
        if kind != "feed":
            doc["kind"] = kind
        return doc

    def mark_read(self, story_id: str) -> None:
        """Remember that the story's newest version was read (and which one was read before it)."""
        versions = self.versions(story_id)
        if not versions:
            return  # never changed: the first version is the one read
        with WRITE_LOCK:
            table = self._db.table(READ_TABLE)
            entry = table.get(Query().story == story_id)
            latest = versions[-1].hash
            if isinstance(entry, dict) and entry.get("hash") == latest:
                return
            before = entry.get("hash") if isinstance(entry, dict) else versions[0].hash
            table.upsert({"story": story_id, "hash": latest, "previous": before},
                         Query().story == story_id)

    def read_entry(self, story_id: str) -> dict[str, Any] | None:
        """The story's read_versions document: `hash` read last, `previous` read before it."""
        entry = self._db.table(READ_TABLE).get(Query().story == story_id)
        return dict(entry) if isinstance(entry, dict) else None

    def close(self) -> None:
        """Release the TinyDB handle."""
        self._db.close()


def remember_read(data_dir: Path | str, story_id: str) -> None:
    """The story was opened: its newest version is now the one read."""
    log = VersionLog.open(data_dir)
    try:
        log.mark_read(story_id)
    finally:
        log.close()


def since_read(versions: list[Version], entry: dict[str, Any] | None) -> tuple[Version, Version] | None:
    """(the version the user read before, the newest): what `d` in the reader compares.

    When the newest was read last, the changes shown are those since the one read before it;
    with no record, since the first version seen. None when there is nothing to compare.
    """
    if len(versions) < 2:
        return None
    by_hash = {v.hash: v for v in versions}
    latest = versions[-1]
    base = None
    if entry is not None:
        read = entry.get("hash")
        base = by_hash.get(entry.get("previous")) if read == latest.hash else by_hash.get(read)
    base = base or versions[0]
    if base.hash == latest.hash:
        base = versions[-2]  # read twice in a row: show the last change rather than nothing
    return base, latest


def story_diff(story_id: str, versions: list[Version]) -> dict[str, Any]:
    """The `warfeed diff --json` document: every version and the changes between them."""
    return {
        "id": story_id,
        "versions": [v.to_json() for v in versions],
        "changes": [compare(a, b).to_json() for a, b in zip(versions, versions[1:])],
    }


@dataclass(slots=True)
class StoryChanges:
    """The two versions `d` in the reader compares and what changed (None: nothing to compare)."""

    story_id: str
    base: Version | None
    latest: Version | None
    change: Change | None
    versions: int


def changes_since_read(story_id: str, versions: list[Version], entry: dict[str, Any] | None) -> StoryChanges:
    """What changed since the version the user read (see since_read), compared."""
    pair = since_read(versions, entry)
    if pair is None:
        return StoryChanges(story_id, None, None, None, len(versions))
    return StoryChanges(story_id, *pair, compare(*pair), len(versions))
