"""What happened while the dashboard was closed, and which watched sources went quiet.

Both need a little memory across sessions: when the dashboard was last closed, the claim
statuses and feed states it showed then, and the quiet periods already announced. That lives
in its own small file in the data dir (digest.json), written atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tui.core.models import SIDE_GROUPS, Claim, Feed, FeedHealth, Story
from tui.core.query import fold, split_terms

if TYPE_CHECKING:
    from tui.core.store import Store

STATE_FILE = "digest.json"


@dataclass(slots=True)
class DigestState:
    """What the last session left behind for the next one."""

    closed_at: float | None = None
    """When the dashboard was last closed (None: never, so there is nothing to catch up on)."""
    claim_status: dict[str, str] = field(default_factory=dict)
    """Claim id -> status shown when the dashboard was closed."""
    feed_states: dict[str, str] = field(default_factory=dict)
    """Feed id -> health state when the dashboard was closed."""
    stale_alerted: dict[str, float] = field(default_factory=dict)
    """Feed id -> start of the quiet period already announced (its last publication time)."""

    @classmethod
    def from_dict(cls, data: Any) -> DigestState:
        """A state from a parsed file, dropping anything malformed (a damaged file costs a digest)."""
        if not isinstance(data, dict):
            return cls()
        closed = data.get("closed_at")
        return cls(
            closed_at=float(closed) if isinstance(closed, (int, float)) and not isinstance(closed, bool) else None,
            claim_status=_str_map(data.get("claim_status"), str),
            feed_states=_str_map(data.get("feed_states"), str),
            stale_alerted=_str_map(data.get("stale_alerted"), float),
        )


def _str_map(value: Any, kind: type) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {}
    out = {}
    for key, item in value.items():
        if kind is float and isinstance(item, (int, float)) and not isinstance(item, bool):
            out[str(key)] = float(item)
        elif kind is str and isinstance(item, str):
            out[str(key)] = item
    return out


class DigestLog:
    """The digest's state file: read once, changed and rewritten atomically under a lock."""

    def __init__(self, data_dir: Path | str | None) -> None:
        self.path = Path(data_dir) / STATE_FILE if data_dir is not None else None
        self._lock = threading.Lock()
        self._state: DigestState | None = None

    def _load(self) -> DigestState:
        if self._state is None:
            data: Any = None
            if self.path is not None:
                try:
                    data = json.loads(self.path.read_bytes())
                except (OSError, ValueError):
                    data = None  # missing or damaged: start afresh
            self._state = DigestState.from_dict(data)
        return self._state

    def state(self) -> DigestState:
        """A copy of the current state (read from disk on first use)."""
        with self._lock:
            return DigestState.from_dict(asdict(self._load()))

    def update(self, change: Callable[[DigestState], Any]) -> None:
        """Apply change to the state and write the file (blocking: call from a worker)."""
        with self._lock:
            state = self._load()
            change(state)
            if self.path is not None:
                _write_atomic(self.path, json.dumps(asdict(state), sort_keys=True).encode())


def _write_atomic(path: Path, data: bytes) -> None:
    """Write a temp file beside path, fsync it and rename it over path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


# --- watched sources going quiet -----------------------------------------------------------


def _names(feed: Feed) -> list[str]:
    """What a `source:` term may name a feed by: its title, its id, its host."""
    host = urlsplit(feed.url).hostname or ""
    return [fold(name) for name in (feed.title, feed.id, host) if name]


def watched_feeds(feeds: Iterable[Feed], rules: Iterable[str]) -> set[str]:
    """Ids of feeds a watch rule names through a `source:` term (matched as the filter does)."""
    sources: list[str] = []
    for rule in rules:
        try:
            terms = split_terms(rule)
        except Exception:  # noqa: BLE001 - a rule the filter cannot read names no source
            continue
        sources += [fold(term.value).strip() for term in terms
                    if term.key == "source" and not term.negated and term.value.strip()]
    if not sources:
        return set()
    return {feed.id for feed in feeds if any(s in name for s in sources for name in _names(feed))}


def newly_stale(
    feeds: Iterable[Feed], health: Mapping[str, FeedHealth], watched: set[str],
    alerted: Mapping[str, float], now: float,
) -> list[tuple[Feed, FeedHealth]]:
    """Watched feeds that are stale now and whose quiet period was not announced yet."""
    found = []
    for feed in feeds:
        entry = health.get(feed.id)
        if feed.id not in watched or entry is None or not feed.enabled:
            continue
        if entry.state(now) == "stale" and alerted.get(feed.id) != entry.quiet_since():
            found.append((feed, entry))
    return found


def mark_alerted(state: DigestState, stale: Iterable[tuple[Feed, FeedHealth]]) -> None:
    """Remember the quiet periods just announced (once per period: a new story starts another)."""
    for feed, entry in stale:
        since = entry.quiet_since()
        if since is not None:
            state.stale_alerted[feed.id] = since


def duration_text(seconds: float) -> str:
    """'45 min', '6 h', '3 d': how long, roughly."""
    seconds = max(0.0, seconds)
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 2 * 86400:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} d"


def quiet_text(entry: FeedHealth, now: float) -> str:
    """'nothing published for 9 h (usually every 2 h)'."""
    since = entry.quiet_since()
    quiet = duration_text(now - since) if since is not None else "a long time"
    cadence = entry.cadence()
    usual = f" (usually every {duration_text(cadence)})" if cadence else ""
    return f"nothing published for {quiet}{usual}"


def stale_text(feed: Feed, entry: FeedHealth, now: float) -> str:
    """'TASS: nothing published for 9 h (usually every 2 h).'"""
    return f"{feed.title or feed.id}: {quiet_text(entry, now)}."


# --- since you were away -------------------------------------------------------------------

AWAY_AFTER = 3600.0
"""Seconds the dashboard must have been closed for the digest to be worth showing."""
DIGEST_WAIT = 20.0
"""Seconds the digest waits for the first poll of a session before it shows what is cached."""
SIDE_ORDER = ("ua", "ru", "intl", "analyst")


def side_group(side: str) -> str:
    """'ua-media' -> 'ua', 'ru-state' -> 'ru'; the filter language's side groups."""
    for group, labels in SIDE_GROUPS.items():
        if side in labels:
            return group
    return "intl"


@dataclass(slots=True)
class ClaimChange:
    """A claim whose status is not what it was when the dashboard was closed."""

    claim_id: str
    event: str
    place: str | None
    before: str
    after: str


@dataclass(slots=True)
class SourceTrouble:
    """A source failing or stale now; `new` when it was not so at the last close."""

    feed_id: str
    name: str
    state: str
    detail: str
    new: bool


@dataclass(slots=True)
class Digest:
    """What arrived and changed between the last close (`since`) and `now`."""

    since: float
    now: float
    stories: dict[str, int] = field(default_factory=dict)
    """Side group -> new stories."""
    clusters: dict[str, int] = field(default_factory=dict)
    """Side group -> distinct events (clusters) among that side's new stories."""
    cluster_total: int = 0
    """Distinct events among all new stories (one event reported by two sides counts once)."""
    new_claims: int = 0
    claim_changes: list[ClaimChange] = field(default_factory=list)
    sources: list[SourceTrouble] = field(default_factory=list)

    @property
    def story_total(self) -> int:
        """New stories over every side."""
        return sum(self.stories.values())

    def is_empty(self) -> bool:
        """Nothing arrived, changed or broke: not worth a modal."""
        return not (self.story_total or self.new_claims or self.claim_changes or self.sources)


def build_digest(
    *,
    stories: Iterable[Story],
    claims: Iterable[Claim],
    feeds: Iterable[Feed],
    health: Mapping[str, FeedHealth],
    state: DigestState,
    now: float,
    cluster_of: Callable[[str], str],
) -> Digest:
    """The digest since state.closed_at: stories first seen since then (per side, with their
    distinct clusters), claims new or with another status than then, sources failing or stale."""
    since = state.closed_at if state.closed_at is not None else now
    digest = Digest(since=since, now=now)
    per_side: dict[str, set[str]] = {}
    everything: set[str] = set()
    for story in stories:
        if story.fetched_at <= since:
            continue
        group = side_group(story.side)
        digest.stories[group] = digest.stories.get(group, 0) + 1
        cluster = cluster_of(story.id)
        per_side.setdefault(group, set()).add(cluster)
        everything.add(cluster)
    digest.clusters = {group: len(ids) for group, ids in per_side.items()}
    digest.cluster_total = len(everything)
    for claim in claims:
        before = state.claim_status.get(claim.id)
        if before is None:
            digest.new_claims += claim.first_seen > since
        elif before != claim.status:
            digest.claim_changes.append(ClaimChange(claim.id, claim.event, claim.place, before, claim.status))
    digest.claim_changes.sort(key=lambda change: (change.place or "", change.event))
    for feed in feeds:
        entry = health.get(feed.id)
        if entry is None or not feed.enabled:
            continue
        current = entry.state(now)
        if current == "failing":
            detail = entry.error or "the last poll failed"
        elif current == "stale":
            detail = quiet_text(entry, now)
        else:
            continue
        new = state.feed_states.get(feed.id) != current
        digest.sources.append(SourceTrouble(feed.id, feed.title or feed.id, current, detail, new))
    digest.sources.sort(key=lambda s: (s.state != "failing", not s.new, s.name.casefold()))
    return digest


def remember_close(state: DigestState, *, now: float, claims: Iterable[Claim], feeds: Iterable[Feed],
                   health: Mapping[str, FeedHealth]) -> None:
    """What the next session's digest compares against: this moment, statuses and states."""
    state.closed_at = now
    state.claim_status = {claim.id: claim.status for claim in claims}
    state.feed_states = {feed.id: health[feed.id].state(now) for feed in feeds if feed.id in health}
    known = set(state.feed_states)
    state.stale_alerted = {k: v for k, v in state.stale_alerted.items() if k in known}


def away_digest(store: Store, feeds: Iterable[Feed], log: DigestLog, now: float,
                away_after: float = AWAY_AFTER) -> Digest | None:
    """The digest to show on opening the dashboard, or None (first run, back soon, or nothing
    happened). Reads the store and the cluster index: call it from a worker."""
    state = log.state()
    if state.closed_at is None or now - state.closed_at < away_after:
        return None
    from tui.core.clusters import ClusterIndex

    index = ClusterIndex.open(store.data_dir, writable=False)
    try:
        digest = build_digest(stories=store.stories(), claims=store.claims(), feeds=list(feeds),
                              health=store.health(), state=state, now=now, cluster_of=index.cluster_of)
    finally:
        index.close()
    return None if digest.is_empty() else digest


def save_close(store: Store, feeds: Iterable[Feed], log: DigestLog, now: float, *, keep_since: bool = False) -> None:
    """Record the end of a session (blocking: call from a thread). keep_since: the digest of this
    session was due but never shown, so the next one still starts from the earlier close."""
    claims, health = store.claims(), store.health()

    def change(state: DigestState) -> None:
        if keep_since and state.closed_at is not None:
            return
        remember_close(state, now=now, claims=claims, feeds=list(feeds), health=health)

    log.update(change)
