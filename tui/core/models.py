"""Plain dataclasses shared by every layer: feeds, their health, stories, statements, claims.

Times are UTC epoch seconds (floats) everywhere inside warfeed; they become ISO 8601 strings
only at the JSON boundary (`to_json`). Every text field of a Story is already sanitised when a
Story exists (parse.py is the only producer of feed-derived Stories).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from typing import Any, Protocol

SIDES: tuple[str, ...] = ("ua-official", "ua-media", "ru-state", "ru-independent", "intl", "analyst")
"""Perspective labels a feed carries; every story shows its feed's label."""

SIDE_GROUPS: dict[str, tuple[str, ...]] = {
    "ua": ("ua-official", "ua-media"),
    "ru": ("ru-state", "ru-independent"),
    "intl": ("intl",),
    "analyst": ("analyst",),
}
"""`side:ua` in the filter language matches both Ukrainian labels, and so on."""

STATEMENT_SIDES = ("ru", "ua", "other")
STANCES = ("claim", "denial", "confirmation", "hedge")
EVENTS = ("control", "strike", "shootdown", "losses", "other")
CLAIM_STATUSES = ("claimed", "disputed", "confirmed", "refuted", "unverified")


def iso(ts: float | None) -> str | None:
    """Epoch seconds -> ISO 8601 UTC string ('2025-11-20T08:15:00Z'), None stays None."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Build a dataclass from a dict, ignoring unknown keys (older or newer files)."""
    try:
        # The common case, a file this version wrote: no per-key filtering (30k statements
        # in state.json made the filtered path half a second of every store open).
        return cls(**data)
    except TypeError:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Feed:
    """One configured feed and its per-feed settings."""

    id: str
    url: str
    title: str = ""
    side: str = "intl"
    tags: list[str] = field(default_factory=list)
    interval: int = 900
    """Seconds between polls; the poller enforces a floor and honours the server's hints."""
    item_limit: int = 200
    """Stories kept for this feed by retention (marked and claim-linked stories are kept anyway)."""
    enabled: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Feed:
        return _from_dict(cls, data)


@dataclass(slots=True)
class FeedHealth:
    """What the poller knows about one feed: validators, schedule and the last outcome."""

    feed_id: str
    last_attempt: float | None = None
    last_success: float | None = None
    status: int | None = None
    """HTTP status of the last response (None when no response came)."""
    error: str | None = None
    """One clear sentence about the last failure, None after a success."""
    consecutive_failures: int = 0
    newest_item_at: float | None = None
    next_poll_at: float = 0.0
    retry_after_until: float | None = None
    """Set when the server asked us to wait (429/503 Retry-After): no request before this."""
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None
    """Target of a permanent redirect (301/308); the feed's stored URL is updated to it."""
    recent_items: list[float] = field(default_factory=list)
    """Publication times of the feed's newest dated stories, distinct and oldest first (at most
    CADENCE_ITEMS): its own cadence, so a feed is stale only when quiet for long *for it*."""

    STALE_AFTER = 3 * 86400
    """Silence that makes a feed stale while its cadence is unknown (too little history)."""
    CADENCE_ITEMS = 21
    CADENCE_MIN_GAPS = 5
    STALE_MULTIPLE = 4
    STALE_FLOOR = 6 * 3600
    """A feed posting every few minutes can still pause for a night without being stale."""
    STALE_CEILING = 7 * 86400
    """A weekly feed is stale after a week of silence, however rare it usually is."""

    def record_items(self, published: Iterable[float]) -> None:
        """Merge a poll's publication times into the recent history (a new list, never in place:
        copies of this record share it)."""
        merged = sorted(set(self.recent_items).union(published))
        self.recent_items = merged[-self.CADENCE_ITEMS:]

    def cadence(self) -> float | None:
        """The median gap in seconds between recent publications; None with too little history."""
        times = self.recent_items
        gaps = [later - earlier for earlier, later in pairwise(times)]
        if len(gaps) < self.CADENCE_MIN_GAPS:
            return None
        # The median by hand: the statistics module would be a start-up import for this alone.
        gaps.sort()
        middle = len(gaps) // 2
        return float(gaps[middle] if len(gaps) % 2 else (gaps[middle - 1] + gaps[middle]) / 2)

    def stale_after(self) -> float:
        """Seconds without a new story after which this feed counts as stale."""
        cadence = self.cadence()
        if cadence is None:
            return float(self.STALE_AFTER)
        return float(min(max(self.STALE_FLOOR, self.STALE_MULTIPLE * cadence), self.STALE_CEILING))

    def quiet_since(self) -> float | None:
        """When the feed last published: its newest dated story, else its newest story at all
        (an undated item carries the time it was polled, so it must not hide a silence)."""
        return self.recent_items[-1] if self.recent_items else self.newest_item_at

    def state(self, now: float) -> str:
        """'new' (never polled), 'waiting', 'failing', 'stale' (answers but quiet for far longer
        than its own cadence), or 'ok'."""
        if self.retry_after_until and self.retry_after_until > now:
            return "waiting"
        if self.last_attempt is None:
            return "new"
        if self.consecutive_failures:
            return "failing"
        quiet_since = self.quiet_since()
        if quiet_since is not None and now - quiet_since > self.stale_after():
            return "stale"
        return "ok"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedHealth:
        return _from_dict(cls, data)

    def to_json(self, now: float) -> dict[str, Any]:
        return {
            "state": self.state(now),
            "last_attempt": iso(self.last_attempt),
            "last_success": iso(self.last_success),
            "status": self.status,
            "error": self.error,
            "consecutive_failures": self.consecutive_failures,
            "newest_item_at": iso(self.newest_item_at),
            "next_poll_at": iso(self.next_poll_at),
            "cadence": self.cadence(),
            "stale_after": self.stale_after(),
        }


@dataclass(slots=True)
class Story:
    """One feed item, sanitised. Marks (read/starred/flagged) belong to the user."""

    id: str
    feed_id: str
    source: str
    side: str
    title: str
    link: str = ""
    """http(s) or empty, never another scheme."""
    published: float = 0.0
    updated: float | None = None
    summary: str = ""
    """Plain text, one paragraph-ish, capped."""
    content: str = ""
    """The feed's full content as plain text, when it carries one (may be empty)."""
    author: str = ""
    tags: list[str] = field(default_factory=list)
    read: bool = False
    starred: bool = False
    flagged: bool = False
    fetched_at: float = 0.0
    revision: int = 0
    """Bumped each time the feed republishes the item with a changed title or summary."""
    previous_titles: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    """Canonical names of places the story mentions (filled by the claims pipeline)."""
    claim_ids: list[str] = field(default_factory=list)
    """Claims this story carries statements for."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        return _from_dict(cls, data)

    def to_json(self) -> dict[str, Any]:
        """The command-line JSON contract (DESIGN.md): the exported fields, dates as ISO strings."""
        out: dict[str, Any] = {}
        for attribute, name in _STORY_EXPORT:
            value = getattr(self, attribute)
            out[name] = iso(value) if attribute in _EXPORT_TIMES else list(value) if isinstance(value, list) else value
        return out


class StoryFacts(Protocol):
    """What claims extraction reads of a story besides its text (a Story, or the picklable
    claims.pipeline.StoryRef)."""

    @property
    def id(self) -> str:
        """The story's id, carried by every statement found in it."""

    @property
    def side(self) -> str:
        """The feed's perspective label: the default side of what the story says."""

    @property
    def source(self) -> str:
        """The outlet's name."""

    @property
    def published(self) -> float | None:
        """When the story was published (epoch), which dates its statements."""


_NOT_EXPORTED = frozenset({"content", "fetched_at", "previous_titles"})
"""Bulky or bookkeeping fields: the JSON and CSV exports leave them out."""
_EXPORT_TIMES = frozenset({"published", "updated"})
_STORY_EXPORT: tuple[tuple[str, str], ...] = tuple(
    (f.name, "claims" if f.name == "claim_ids" else f.name) for f in fields(Story) if f.name not in _NOT_EXPORTED)
STORY_EXPORT_NAMES: tuple[str, ...] = tuple(name for _attribute, name in _STORY_EXPORT)
"""The keys of a story in the JSON export and the columns of the CSV one, derived from Story."""


@dataclass(slots=True)
class Statement:
    """One sentence in which a party says something about the war, about one place."""

    sentence: str
    speaker: str | None
    side: str
    """'ru', 'ua' or 'other' (independent: ISW, wires, geolocators)."""
    stance: str
    """'claim', 'denial', 'confirmation' or 'hedge'."""
    event: str
    """'control', 'strike', 'shootdown', 'losses' or 'other'."""
    place: str | None = None
    oblast: str | None = None
    lat: float | None = None
    lon: float | None = None
    approx: bool = False
    """lat/lon are the village's hromada (or raion) centre: the gazetteer has no point for it."""
    extent: str | None = None
    story_id: str | None = None
    source: str | None = None
    published: float | None = None
    confidence: float = 1.0
    """0..1: how sure extraction is of (stance, side, place); statuses count only confident ones."""
    rejected: bool = False
    """The user rejected this statement: it no longer counts towards its claim's status."""
    withdrawn: float | None = None
    """When a later version of its story was seen without this sentence: kept, no longer counted."""

    def to_dict(self) -> dict[str, Any]:
        # Every field is a scalar: a plain copy, not asdict's deep walk (claims.json holds tens
        # of thousands of statements after a first poll).
        return {name: getattr(self, name) for name in _STATEMENT_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        return _from_dict(cls, data)

    def to_json(self) -> dict[str, Any]:
        data = self.to_dict()
        data["published"] = iso(self.published)
        data["withdrawn"] = iso(self.withdrawn)
        return data


@dataclass(slots=True)
class Claim:
    """Statements about one (event, place) grouped over time, with a status."""

    id: str
    event: str
    place: str | None
    status: str = "claimed"
    verdict: str | None = None
    """The user's own status, overriding the computed one."""
    verdict_note: str | None = None
    first_seen: float = 0.0
    last_update: float = 0.0
    statements: list[Statement] = field(default_factory=list)
    watched: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in _CLAIM_FIELDS}
        data["statements"] = [s.to_dict() for s in self.statements]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        claim = _from_dict(cls, data)
        claim.statements = [Statement.from_dict(s) for s in data.get("statements", [])]
        return claim

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "place": self.place,
            "status": self.status,
            "verdict": self.verdict,
            "verdict_note": self.verdict_note,
            "first_seen": iso(self.first_seen),
            "last_update": iso(self.last_update),
            "watched": self.watched,
            "statements": [s.to_json() for s in self.statements],
        }


@dataclass(slots=True)
class Article:
    """A readable article: the reader pane and `warfeed extract` show this."""

    url: str
    title: str = ""
    author: str = ""
    published: float | None = None
    updated: float | None = None
    site: str = ""
    text: str = ""
    """Markdown, sanitised."""
    fetched_at: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _from_dict(cls, data)

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "published": iso(self.published),
            "updated": iso(self.updated),
            "site": self.site,
            "text": self.text,
        }


_STATEMENT_FIELDS = tuple(f.name for f in fields(Statement))
_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
