"""Following developing stories: their article pages fetched again on a decaying schedule.

A story is followed when its text says it is developing or being updated, or when it has
changed once. Its page is fetched again every 15 minutes for 3 hours, then hourly until a day
after that, then no more; a fetch that finds the page reads differently starts the schedule
again, since the story is still moving. Requests are conditional (the page's ETag and
Last-Modified go back), go through the shared Fetcher (its per-host limits) and follow the
article address policy. A page that reads differently is saved, and the store keeps it as an
article version (versions.py). Which stories are followed, and when next, is kept in the
`follow` table of versions.json so a later run carries on.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.models import Article, Story
from tui.core.sanitize import safe_link
from tui.core.versions import FILE_NAME, version_hash

if TYPE_CHECKING:
    from tui.core.fetch import Fetcher, FetchResult
    from tui.core.store import Store

SCHEDULE: tuple[tuple[float, float], ...] = ((3 * 3600, 15 * 60), (27 * 3600, 3600))
"""(while followed for less than this many seconds, fetch again every this many seconds)."""

FRESH_FOR = SCHEDULE[-1][0]
"""Only a story published within this many seconds is followed: the schedule's whole span."""
MAX_NEW_FOLLOWS = 50
"""At most this many stories start being followed per poll, the newest first, so a first poll
of a long feed list does not fetch hundreds of pages at once."""

FOLLOW_TABLE = "follow"
HTML_TYPES = ("text/html", "application/xhtml+xml")

_PHRASES_BY_STEM: dict[str, tuple[str, ...]] = {
    "develop": ("this is a developing story", "developing story", "this story is developing"),
    "updat": (r"(?:this )?(?:story|article|page) (?:is being|will be) updated", "being updated",
              "updated with", "live updates?"),
    "оновлю": ("оновлюється", "буде оновлюватися"),
    "доповню": ("новина доповнюється", "доповнюється"),
    "обновля": ("обновляется", "будет обновляться"),
    "дополня": ("новость дополняется", "дополняется"),
}
"""Phrases by which a story says it is still developing (English, Ukrainian, Russian), under a
stem each of them holds: text with none of the stems (most text) skips the case-insensitive
scan, which costs a first poll of thousands of stories about a second."""

_DEVELOPING_STEMS = tuple(_PHRASES_BY_STEM)


def _alternatives(ascii_stems: bool) -> str:
    return "|".join(phrase for stem, phrases in _PHRASES_BY_STEM.items() if stem.isascii() == ascii_stems
                    for phrase in phrases)


# The English phrases as whole words; the Ukrainian and Russian verbs wherever they stand.
DEVELOPING = re.compile(rf"\b(?:{_alternatives(True)})\b|{_alternatives(False)}", re.IGNORECASE)
"""Any phrase by which a story says it is still developing."""


def says_developing(*texts: str) -> bool:
    """Whether any of the texts says the story is developing or being updated."""
    return any(text and any(map(text.casefold().__contains__, _DEVELOPING_STEMS)) and DEVELOPING.search(text)
               for text in texts)


def should_follow(story: Story) -> bool:
    """A story worth fetching again: it changed once, or its title, summary or content says
    it is developing."""
    if not safe_link(story.link):
        return False
    return story.revision > 0 or says_developing(story.title, story.summary, story.content)


def next_time(started_at: float, last: float, schedule: tuple[tuple[float, float], ...] = SCHEDULE) -> float | None:
    """When to fetch next after a fetch at `last` (None: the story is no longer followed)."""
    age = last - started_at
    for until, every in schedule:
        if age < until:
            return last + every
    return None


@dataclass(slots=True)
class Follow:
    """One followed story: where its page is, when following began and when to fetch next."""

    story_id: str
    link: str
    started_at: float
    next_at: float | None
    etag: str | None = None
    last_modified: str | None = None
    fetches: int = 0
    changes: int = 0
    page_hash: str | None = None
    """version_hash of the page as last saved (None: not read yet, or kept by an older release)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Follow:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


class FollowUps:
    """The followed stories and their schedule; time comes from the injected clock."""

    def __init__(self, clock: Callable[[], float], follows: Iterable[Follow] = (),
                 schedule: tuple[tuple[float, float], ...] = SCHEDULE) -> None:
        self.clock = clock
        self.schedule = schedule
        self.follows: dict[str, Follow] = {f.story_id: f for f in follows}

    def consider(self, stories: Iterable[Story], content_of: Callable[[str], str] | None = None) -> list[str]:
        """Start following the stories that call for it (never twice); returns the new ids.

        `content_of` reads the content of a story handed over without it (the store keeps
        content on disk), asked only for fresh stories nothing else decides (blocking)."""
        now, started = self.clock(), []
        fresh = [s for s in stories if s.id not in self.follows and now - s.published <= FRESH_FOR]
        fresh.sort(key=lambda s: s.published, reverse=True)
        for story in fresh:
            if len(started) >= MAX_NEW_FOLLOWS:
                break
            if not should_follow(story) and not (
                    content_of is not None and not story.content and safe_link(story.link)
                    and says_developing(content_of(story.id))):
                continue
            # Fetched at once: later fetches are compared with this first reading of the page.
            self.follows[story.id] = Follow(story.id, safe_link(story.link), now, now)
            started.append(story.id)
        return started

    def due(self) -> list[Follow]:
        """Followed stories whose next fetch is due, the longest waiting first."""
        now = self.clock()
        found = [f for f in self.follows.values() if f.next_at is not None and f.next_at <= now]
        return sorted(found, key=lambda f: (f.next_at, f.story_id))

    def record(self, story_id: str, *, changed: bool, etag: str | None = None,
               last_modified: str | None = None) -> Follow:
        """A fetch happened now: keep its validators and schedule the next one."""
        follow = self.follows[story_id]
        now = self.clock()
        follow.fetches += 1
        if etag is not None or last_modified is not None:
            follow.etag, follow.last_modified = etag, last_modified
        if changed:
            follow.changes += 1
            follow.started_at = now  # still moving: follow closely again
        follow.next_at = next_time(follow.started_at, now, self.schedule)
        return follow


def load_follows(data_dir: Path | str, clock: Callable[[], float]) -> FollowUps:
    """The follow-ups kept in versions.json (none yet: an empty schedule)."""
    from tinydb import TinyDB

    from tui.core.storage import AtomicJSONStorage

    path = Path(data_dir) / FILE_NAME
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        db.storage.writable = False  # damage is the version log's to report, not ours
        docs = db.table(FOLLOW_TABLE).all() if path.exists() else []
    return FollowUps(clock, (Follow.from_dict(dict(d)) for d in docs if isinstance(d.get("story_id"), str)))


def save_follows(data_dir: Path | str, followups: FollowUps) -> None:
    """Replace the follow table of versions.json with the current schedule (one write)."""
    from tinydb import TinyDB

    from tui.core.storage import AtomicJSONStorage
    from tui.core.versions import WRITE_LOCK

    with WRITE_LOCK, TinyDB(Path(data_dir) / FILE_NAME, storage=AtomicJSONStorage) as db:
        table = db.table(FOLLOW_TABLE)
        table.truncate()
        table.insert_multiple(f.to_dict() for f in followups.follows.values())


async def refetch(fetcher: Fetcher, follow: Follow, *, allow_private: bool = False) -> tuple[Article | None, FetchResult]:
    """Fetch a followed page conditionally: (the extracted article, or None when it was not
    modified or failed; the FetchResult)."""
    from tui.core.extract import extract_article

    result = await fetcher.fetch(follow.link, etag=follow.etag, last_modified=follow.last_modified,
                                 allow_private=allow_private)
    if result.error or result.not_modified or not result.body.strip():
        return None, result
    kind = result.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in HTML_TYPES:
        return None, result
    try:
        article = await asyncio.to_thread(extract_article, result.body, result.final_url)
    except Exception:  # an unreadable page this time: try again at the next slot
        return None, result
    return article, result


async def follow_up(store: Store, fetcher: Fetcher, followups: FollowUps, *, allow_private: bool = False,
                    limit: int = 8, timeout: float | None = None, saved: list[str] | None = None) -> list[str]:
    """Fetch the due pages once (at most `limit`, together; the Fetcher keeps its per-host
    limits); save those that read differently; returns the ids of stories whose page changed.
    Pages not fetched within `timeout` seconds stay due for the next pass. `saved` gets the ids
    of every page saved, a first reading included: their stories have text claims must read."""
    due = followups.due()[:limit]
    if not due:
        return []
    tasks = {asyncio.ensure_future(refetch(fetcher, f, allow_private=allow_private)): f for f in due}
    done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in pending:
        task.cancel()
    changed_ids = []
    for task, follow in tasks.items():
        if task not in done:
            continue
        article, result = task.result()
        changed = False
        if article is not None:
            article = replace(article, fetched_at=followups.clock())
            page_hash = version_hash(article.title, article.text)
            known = follow.page_hash
            if known is None:  # not read by a follow yet: the page the reader may have saved
                previous = await asyncio.to_thread(store.article, follow.story_id)
                known = version_hash(previous.title, previous.text) if previous is not None else None
            changed = known is not None and known != page_hash
            follow.page_hash = page_hash
            if changed or known is None:
                await asyncio.to_thread(store.save_article, follow.story_id, article)
                if saved is not None:
                    saved.append(follow.story_id)
        if changed:
            changed_ids.append(follow.story_id)
        headers = {k.lower(): v for k, v in result.headers.items()}
        followups.record(follow.story_id, changed=changed, etag=headers.get("etag"),
                         last_modified=headers.get("last-modified"))
    return changed_ids


async def follow_after_poll(store: Store, fetcher: Fetcher, story_ids: Iterable[str], *, clock: Callable[[], float],
                            allow_private: bool = False, timeout: float | None = 20.0) -> list[str]:
    """After a poll: follow the new and changed stories that call for it, fetch the pages that
    are due, and keep the schedule; returns the ids of stories whose page was saved (read for the
    first time or changed): their claims must be read again."""
    data_dir = store.data_dir
    followups = await asyncio.to_thread(load_follows, data_dir, clock)
    # The store's stories come without content, where a feed carrying the whole article may be
    # the only place that says it is developing.
    stories = [s for s in map(store.story, story_ids) if s is not None]
    started = await asyncio.to_thread(followups.consider, stories, store.content)
    if not followups.due():
        if started:
            await asyncio.to_thread(save_follows, data_dir, followups)
        return []
    # A cycle of 304s reads no story; pages are due at most every 15 minutes, and a story
    # retention dropped meanwhile must not get its page back.
    await asyncio.to_thread(store.finish_load)
    followups.follows = {k: f for k, f in followups.follows.items() if store.story(k) is not None}
    saved: list[str] = []
    await follow_up(store, fetcher, followups, allow_private=allow_private, timeout=timeout, saved=saved)
    await asyncio.to_thread(save_follows, data_dir, followups)
    return saved
