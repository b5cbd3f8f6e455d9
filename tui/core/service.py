"""The headless warfeed: the one object both shells (the CLI and the dashboard) call.

It owns the store, the HTTP client, the poller and the claims tracker, and composes the work
a poll needs in two phases: the cycle stores its stories as they are parsed, then claims are
extracted (in worker processes for a big cycle), merged and clustered, so each domain
operation exists once. Blocking methods are plain calls (the dashboard runs
them in worker threads); network methods are coroutines. Nothing here knows about a
terminal: results come back as values and problems as one-sentence strings.
"""

from __future__ import annotations

import csv
import io
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from tui.core.config import Config
from tui.core.feeds import FeedChange, FeedsResult, apply_changes
from tui.core.models import STORY_EXPORT_NAMES, Article, Claim, Feed, FeedHealth, Statement, Story
from tui.core.poll_results import CycleReport
from tui.core.filters import Filter, QueryError, compile_filter, place_matcher, resolve_place, warm_up
from tui.core.store import Store

if TYPE_CHECKING:
    from tui.core.claims.tracker import StatementKey
    from tui.core.digest import Digest, DigestLog
    from tui.core.fetch import Fetcher, FetchResult
    from tui.core.parse import ParsedFeed
    from tui.core.poll_steps import StoryFindings
    from tui.core.poller import Poller
    from tui.core.versions import StoryChanges, Version, VersionLog
    from tui.core.view_state import ViewState


class WarfeedError(Exception):
    """A failure the user must be told about, as one sentence."""


@dataclass(slots=True)
class NewsUpdate:
    """What the work after a poll cycle found: claims, clusters and what watchers should hear."""

    claims: list[Claim] = field(default_factory=list)
    changed_claims: list[str] = field(default_factory=list)
    clusters: dict[str, str] = field(default_factory=dict)
    watched: list[tuple[Claim, Statement]] = field(default_factory=list)
    """(watched claim, its newest fresh statement) for each watched claim that moved."""
    problems: list[str] = field(default_factory=list)
    """One sentence per part that failed (the stories are stored either way)."""


def fetch_document(url: str, *, allow_private: bool | None) -> tuple[bytes, dict[str, str], str]:
    """Bytes, headers and final URL of one http(s) document (blocking); WarfeedError says why not.

    `allow_private=None` is the feed policy (a local address typed by the user is fetched),
    False the article policy (public addresses only)."""
    import asyncio  # with the network code: commands that only read the cache never need it

    from tui.core.fetch import Fetcher

    async def get() -> FetchResult:
        async with Fetcher() as fetcher:
            return await fetcher.fetch(url, allow_private=allow_private)

    result = asyncio.run(get())
    if result.error:
        raise WarfeedError(f"{url}: {result.error}")
    return result.body, dict(result.headers), result.final_url


def parse_document(body: bytes, headers: dict[str, str], *, name: str, url: str = "") -> ParsedFeed:
    """What a feed document would become as stories (`warfeed parse`), as a feed named `name`
    at `url`; WarfeedError (one sentence) when it is not a feed."""
    from tui.core.config import slugify
    from tui.core.parse import FeedError, parse_feed

    feed = Feed(slugify(name), url or "https://localhost/", name)
    try:
        return parse_feed(body, headers, feed, now=time.time())
    except FeedError as exc:
        raise WarfeedError(str(exc)) from None


def extract_document(body: bytes, url: str = "") -> Article:
    """The readable article of a page's bytes (`warfeed extract FILE`); WarfeedError when none."""
    from tui.core.extract import ExtractError, extract_article

    try:
        return extract_article(body, url)
    except ExtractError as exc:
        raise WarfeedError(str(exc)) from None


def extract_claims(body: bytes, url: str = "", *, side: str = "") -> dict[str, list[dict[str, Any]]]:
    """Statements and claims in a page, feed or text (`warfeed claims extract`), as the JSON
    shape {"statements": [...], "claims": [...], "unplaced": [...], "below_threshold": [...]}.
    `side` is the outlet's; a page fetched from a known outlet's address takes that outlet's."""
    from tui.core.claims.pipeline import extract_source
    from tui.core.outlets import guess_side

    return extract_source(body, url, side=side or (guess_side(url, default="") if url else ""))


def read_article(url: str, *, allow_private: bool) -> Article:
    """The readable article at `url` under the article address policy (`warfeed extract URL`;
    blocking, nothing saved); WarfeedError (one sentence) when it cannot be read."""
    import asyncio

    from tui.core.extract import ExtractError, fetch_article
    from tui.core.fetch import Fetcher

    async def get() -> Article:
        async with Fetcher() as fetcher:
            return await fetch_article(fetcher, url, allow_private=allow_private)

    try:
        return asyncio.run(get())
    except ExtractError as exc:
        raise WarfeedError(str(exc)) from None


def check_query(query: str | None) -> None:
    """Raise QueryError (one sentence) when `query` is not a valid filter; needs no cache, so a
    shell can say so before opening one (it may be locked or damaged)."""
    compile_filter(query or "")


# Feed changes need no cache: `warfeed feeds` edits config.toml beside a running dashboard,
# whose own Warfeed.change_feeds applies the same path with its poller and feed health.
def change_feeds(config: Config, changes: Sequence[FeedChange], *, strict: bool = False) -> FeedsResult:
    """Apply feed changes to config.toml as it is now (see feeds.apply_changes); `strict`
    raises FeedError (one sentence) instead of warning."""
    return apply_changes(config, changes, {}, strict=strict)


def import_opml(config: Config, data: bytes) -> FeedsResult:
    """The feeds of an OPML document whose URLs are new, added and saved; FeedError (one
    sentence) when it cannot be read."""
    return change_feeds(config, [FeedChange("import", data=data)], strict=True)


def export_opml(config: Config) -> str:
    """The configured feeds as OPML 2.0."""
    from tui.core.opml import export_opml as opml_of

    return opml_of(config.feeds)


class Warfeed:
    """One data dir and one config, with everything the shells do to them."""

    def __init__(self, config: Config, store: Store, *, clock: Callable[[], float] = time.time,
                 cadence: int | None = None) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.cadence = cadence
        """Fixed seconds between polls (the demo's loopback feeds), else the poller's own."""
        # The pipeline and the user's verdicts/watches edit the same stored claims from
        # different threads: one at a time, so neither overwrites the other's change.
        self._claims_lock = threading.Lock()
        self._claims_checked = False  # stories missed by a killed poll looked for once (_claims_missed)
        self._fetcher: Fetcher | None = None
        self._poller: Poller | None = None
        self._digest_log: DigestLog | None = None

    @classmethod
    def open(cls, config: Config, directory: Path, *, clock: Callable[[], float] = time.time,
             cadence: int | None = None, **store_options: Any) -> Warfeed:
        """Open (lock) the data dir's store; WarfeedError says in one sentence why it cannot be."""
        from tui.core.store import StoreLocked

        try:
            store = Store.open(directory, **store_options)
        except StoreLocked:
            raise WarfeedError(f"another warfeed is using {directory}; close it or pass another "
                               "--data-dir.") from None
        except OSError as exc:
            raise WarfeedError(store_error(exc, directory)) from None
        return cls(config, store, clock=clock, cadence=cadence)

    def close(self) -> None:
        """Close the store (after `aclose` when the network was used)."""
        self.store.close()

    async def aclose(self) -> None:
        """Close the shared HTTP client."""
        fetcher, self._fetcher = self._fetcher, None
        if fetcher is not None:
            await fetcher.__aexit__(None, None, None)

    def flush(self) -> bool:
        """Make every change durable now (blocking); False when it could not be saved (the
        notices say why)."""
        return self.store.flush() is not False

    def unsaved(self) -> str:
        """One sentence on what is not saved yet, or ""."""
        return self.store.unsaved() or ""

    @property
    def notices(self) -> list[str]:
        """Sentences for the user, oldest first: trouble the store met, and the service's own."""
        return self.store.notices

    def install_signal_handlers(self) -> None:
        """SIGTERM/SIGHUP make the marks durable before the process ends (headless runs)."""
        self.store.install_signal_handlers()

    @property
    def data_dir(self) -> Path:
        """The store's directory."""
        return self.store.data_dir

    # -- stories ------------------------------------------------------------------------
    def compile_filter(self, query: str | None) -> Filter:
        """The filter language -> a filter at this moment; QueryError (one sentence) on a bad one."""
        return compile_filter(query or "", now=self.clock(), index=self.store.word_index)

    def stories(self, query: str | None = None, *, limit: int | None = None) -> list[Story]:
        """Cached stories matching the filter, newest first."""
        match = self.compile_filter(query) if query and query.strip() else None
        return self.store.stories(match=match, limit=limit)

    @property
    def loaded(self) -> bool:
        """Whether every cached story is read (a deferred open reads the newest first)."""
        return bool(self.store.complete)

    def finish_loading(self) -> None:
        """Read the rest of a deferred store (blocking); RuntimeError when it cannot be."""
        self.store.finish_load()

    def resolve_place(self, name: str) -> str | None:
        """Any spelling of a place -> its canonical name, or None."""
        return resolve_place(name)

    def warm_up_filters(self) -> None:
        """Load the gazetteer ahead of the first `place:` filter (blocking: it takes a moment)."""
        warm_up()

    def story(self, story_id: str) -> Story | None:
        """One cached story."""
        return self.store.story(story_id)

    def set_marks(self, ids: Sequence[str], **marks: bool) -> None:
        """Marks are in memory at once; the store's flusher makes them durable within a second."""
        self.store.set_marks(list(ids), **marks)

    def health(self) -> dict[str, FeedHealth]:
        """Every polled feed's health."""
        return self.store.health()

    def cluster_assignments(self) -> dict[str, str]:
        """Story id -> cluster id of every clustered story (read-only)."""
        from tui.core.clusters import ClusterIndex

        index = ClusterIndex.open(self.data_dir, writable=False)
        try:
            return dict(index.assignments)
        finally:
            index.close()

    def stories_json(self, stories: Iterable[Story]) -> list[dict[str, Any]]:
        """Stories as the JSON contract with each one's cluster (its own id when unclustered)."""
        assignments = self.cluster_assignments()
        return [{**s.to_json(), "cluster": assignments.get(s.id, s.id)} for s in stories]

    # -- polling ------------------------------------------------------------------------
    async def fetcher(self) -> Fetcher:
        """The one shared HTTP client (created on first use, closed by aclose)."""
        if self._fetcher is None:
            from tui.core.fetch import Fetcher

            fetcher = Fetcher()
            await fetcher.__aenter__()
            self._fetcher = fetcher
        return self._fetcher

    def _poll_feeds(self) -> list[Feed]:
        if self.cadence is None:
            return list(self.config.feeds)
        return [replace(feed, interval=self.cadence) for feed in self.config.feeds]

    async def poller(self) -> Poller:
        """The poller over the configured feeds: it stores stories, the claims come after."""
        if self._poller is None:
            from tui.core.poller import Poller

            cadence = {} if self.cadence is None else {"min_interval": self.cadence, "max_interval": self.cadence}
            self._poller = Poller(self.store, self._poll_feeds(), await self.fetcher(), clock=self.clock,
                                  **cadence)
        return self._poller

    async def poll(self, *, force: bool = False, deadline: float | None = None) -> CycleReport:
        """One poll cycle: due feeds (every enabled one with force) fetched and stored."""
        poller = await self.poller()
        if deadline is not None:
            poller.deadline = deadline
        return await poller.poll(force=force)

    def stop_poll(self, reason: str) -> None:
        """End the running cycle now (from the event loop); what answered is stored."""
        if self._poller is not None:
            self._poller.stop(reason)

    def next_due(self) -> float:
        """When the next feed is due (five minutes from now before the first cycle)."""
        return self._poller.next_due() if self._poller is not None else self.clock() + 300

    async def follow(self, story_ids: Sequence[str]) -> list[str]:
        """Developing stories: their pages fetched again when due (followup.py). Returns the ids
        of stories whose page was saved, whose claims must then be read again (process_stories)."""
        from tui.core.followup import follow_after_poll

        try:
            return await follow_after_poll(self.store, await self.fetcher(), list(story_ids), clock=self.clock,
                                           allow_private=self.config.allow_private_articles)
        except Exception as failure:  # noqa: BLE001 - a page fetched again is a bonus, never a failure
            self.notices.append(f"Following developing stories failed: {failure}")
            return []

    def process_news(self, report: CycleReport, *, pages: Sequence[str] = ()) -> NewsUpdate:
        """The second phase of a poll, once its stories are stored (and shown): claims of the
        new text, then story clusters (a story's places and claims are what cluster it);
        `pages` are stories whose article page was saved meanwhile (follow). Until it is done
        the store's claims mark stays behind these stories, so a process killed before that
        reads them again on its next start (_claims_missed). Blocking."""
        missed = self._claims_missed()
        story_ids = [*report.new_ids, *report.updated_ids, *pages, *missed]
        news = [*report.new_ids, *report.updated_ids, *missed]  # pages: their saved text differs
        return self.process_stories(story_ids, precomputed=self._precompute(news))

    def catch_up(self) -> NewsUpdate | None:
        """Claims and clusters of the stories a killed poll stored but never merged, for a
        cycle with nothing new (the one after a kill is usually all 304s); looked for once per
        service, as process_news does. None when there were none. Blocking."""
        missed = self._claims_missed()
        return self.process_stories(missed, precomputed=self._precompute(missed)) if missed else None

    def _precompute(self, story_ids: Sequence[str]) -> dict[str, StoryFindings]:
        """Claims extraction and cluster features of many stored stories at once, in worker
        processes (a first poll brings thousands): the merge and the clustering after it use
        each result only while its story still reads the same."""
        # Imported at the first poll: its worker pools bring multiprocessing, which start-up needs not.
        from tui.core.poll_steps import ExtractClaims, extract_stored

        return extract_stored(self.store, list(dict.fromkeys(story_ids)), ExtractClaims())

    def _claims_missed(self) -> list[str]:
        """Once per service: stories stored after the last claims merge that reached the disk
        (a poll killed between storing its stories and merging their claims), to be read again.
        A data dir that never kept the mark gets it now, from the stories it holds."""
        if self._claims_checked:
            return []
        self._claims_checked = True
        through = self.store.claims_through()
        if through is not None:
            # A poll's store opens without its stories (a cycle of 304s reads none): the ones
            # stored after the mark are only found once every story is read.
            self.store.finish_load()
        stories = self.store.stories()
        if through is None:
            newest = max((s.fetched_at for s in stories), default=0.0)
            if newest:
                self.store.set_claims_through(newest)
            return []
        # Links alone prove nothing: the merge links stories before it saves their claims.
        return [s.id for s in stories if s.fetched_at > through]

    def process_stories(self, story_ids: Sequence[str], *,
                        precomputed: Mapping[str, StoryFindings] | None = None) -> NewsUpdate:
        """Claims and clusters of stories whose text is new or changed (a later version's
        statements replace the earlier ones'). Blocking."""
        story_ids = list(dict.fromkeys(story_ids))
        update = NewsUpdate()
        if not story_ids:
            return update
        try:
            from tui.core.claims.pipeline import process_stories
            from tui.core.claims.tracker import statement_key
        except ImportError:
            return update  # the claims pipeline is optional for polling
        with self._claims_lock:
            # process_stories appends to the stored claims in place: remember what was known.
            before = {c.id: {statement_key(s) for s in c.statements} for c in self.store.claims() if c.watched}
            try:
                changed = process_stories(self.store, story_ids, now=self.clock(), precomputed=precomputed)
            except Exception as exc:  # noqa: BLE001 - the stories are stored; only their claims are missing
                changed = []
                update.problems.append(f"Claims could not be read from the new stories ({type(exc).__name__}: "
                                       f"{exc}); the stories are saved without them.")
            else:
                newest = max((story.fetched_at for sid in story_ids if (story := self.store.story(sid))), default=0.0)
                if newest:
                    self.store.set_claims_through(newest)  # after save_claims: written in that order
            update.claims = self.store.claims()
            update.changed_claims = list(changed or [])
            update.clusters = self._cluster(story_ids, update.problems, precomputed)
        for claim in update.claims:
            if claim.id in before and claim.id in update.changed_claims:
                fresh = [s for s in claim.statements if statement_key(s) not in before[claim.id]]
                if fresh:
                    update.watched.append((claim, fresh[-1]))
        return update

    def _cluster(self, story_ids: list[str], problems: list[str],
                 precomputed: Mapping[str, StoryFindings] | None = None) -> dict[str, str]:
        from tui.core.clusters import assign_clusters

        # The cluster features ExtractClaims computed, each checked against its story.
        features = {sid: done.cluster for sid, done in (precomputed or {}).items()}
        try:
            return assign_clusters(self.store, story_ids, now=self.clock(), features=features) or {}
        except OSError as exc:
            problems.append(f"Story clusters could not be saved ({exc}).")
        except Exception as exc:  # noqa: BLE001 - stories stay listed one by one
            problems.append(f"The new stories could not be grouped into events ({type(exc).__name__}: "
                            f"{exc}); they are listed one by one.")
        return {}

    def watch_hits(self, story_ids: Iterable[str]) -> list[tuple[str, Story]]:
        """(watch rule, story) for each new story matching one of config.watch."""
        rules = []
        for rule in self.config.watch:
            try:
                rules.append((rule, self.compile_filter(rule)))
            except Exception:  # noqa: BLE001 - a bad rule in the config is skipped, not fatal
                continue
        hits = []
        for story_id in story_ids:
            story = self.store.story(story_id)
            if story is None:
                continue
            for rule, matches in rules:
                if matches(story):
                    hits.append((rule, story))
                    break
        return hits

    # -- claims -------------------------------------------------------------------------
    def claims(self, *, place: str | None = None, status: str | None = None) -> list[Claim]:
        """Tracked claims newest update first, of one place (any spelling) and status."""
        claims = self.store.claims()
        if place:
            at_place = place_matcher(place)
            claims = [c for c in claims if at_place(c.place or "")]
        if status:
            claims = [c for c in claims if (c.verdict or c.status) == status]
        return sorted(claims, key=lambda c: (c.last_update or 0, c.id), reverse=True)

    def set_verdict(self, claim_id: str, verdict: str | None, note: str | None) -> list[Claim] | None:
        """The user's verdict on a claim, saved; every claim after it (None: no such claim)."""
        from tui.core.claims.tracker import set_verdict

        return self._edit_claim(claim_id, lambda claim: set_verdict(claim, verdict, note))

    def reject_statement(self, claim_id: str, key: StatementKey, rejected: bool) -> list[Claim] | None:
        """The user's rejection of one statement, saved with its claim; the status follows."""
        from tui.core.claims.tracker import reject_statement

        return self._edit_claim(claim_id, lambda claim: reject_statement(claim, key, rejected))

    def watch_claim(self, claim_id: str, watched: bool) -> list[Claim] | None:
        """Start or stop watching a claim, durably."""
        return self._edit_claim(claim_id, lambda claim: setattr(claim, "watched", watched))

    def _edit_claim(self, claim_id: str, edit: Callable[[Claim], object]) -> list[Claim] | None:
        with self._claims_lock:
            stored = next((c for c in self.store.claims() if c.id == claim_id), None)
            if stored is None:
                return None
            # Edit a copy: the store's object may be mid-serialisation in its flusher thread.
            claim = replace(stored, statements=list(stored.statements))
            edit(claim)
            self.store.save_claims([claim])
            return self.store.claims()

    # -- articles -----------------------------------------------------------------------
    def saved_article(self, story_id: str) -> Article | None:
        """The article saved for a story, if any."""
        return self.store.article(story_id)

    def content(self, story_id: str) -> str:
        """A story's full feed content (kept apart from the hot list)."""
        return self.store.content(story_id)

    async def fetch_article(self, url: str, *, story_id: str | None = None) -> Article:
        """Fetch and extract a page under the article address policy; saved for offline reading
        when it is a story's. WarfeedError (one sentence) when it cannot be read."""
        import asyncio

        from tui.core.extract import ExtractError, fetch_article

        try:
            article = await fetch_article(await self.fetcher(), url,
                                          allow_private=self.config.allow_private_articles)
        except ExtractError as exc:
            raise WarfeedError(str(exc)) from None
        if story_id is not None:
            await asyncio.to_thread(self.store.save_article, story_id, article)
        return article

    def remember_read(self, story: Story) -> None:
        """Opening a revised story makes its newest version the one read (`diff` compares from it)."""
        if story.revision and not self.store.read_only:
            from tui.core.versions import remember_read

            remember_read(self.data_dir, story.id)

    # -- feeds --------------------------------------------------------------------------
    def change_feeds(self, changes: Sequence[FeedChange], *, strict: bool = False) -> FeedsResult:
        """Apply feed changes to config.toml as it is now (see feeds.apply_changes); the
        service's config and its poller follow. Moved URLs the poller followed are adopted."""
        result = apply_changes(self.config, changes, self.health(), strict=strict)
        self._feeds_now(result.feeds)
        return result

    def import_opml(self, data: bytes) -> FeedsResult:
        """The feeds of an OPML document whose URLs are new, added and saved; FeedError (one
        sentence) when it cannot be read."""
        return self.change_feeds([FeedChange("import", data=data)], strict=True)

    def export_opml(self) -> str:
        """The configured feeds as OPML 2.0."""
        return export_opml(self.config)

    def _feeds_now(self, feeds: list[Feed]) -> None:
        self.config = replace(self.config, feeds=list(feeds))
        if self._poller is not None:
            self._poller.set_feeds(self._poll_feeds())

    # -- export, diff, digest -----------------------------------------------------------
    def export(self, format: str, query: str | None = None) -> str:
        """Stories (json, csv) matching the filter, or the claims (claimreview), as one document."""
        if format == "claimreview":
            from tui.core.claims.pipeline import claimreview

            return orjson.dumps(claimreview(self.store.claims()), option=orjson.OPT_INDENT_2).decode() + "\n"
        stories = self.stories(query)
        if format == "json":
            return orjson.dumps([s.to_json() for s in stories], option=orjson.OPT_INDENT_2).decode() + "\n"
        if format == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(STORY_EXPORT_NAMES)  # the JSON contract's keys, in its order
            for story in stories:
                writer.writerow([_csv_cell(value) for value in story.to_json().values()])
            return buffer.getvalue()
        raise WarfeedError(f"unknown export format {format!r}.")

    def diff(self, story_id: str) -> tuple[Story, dict[str, Any]] | None:
        """A story and its versions with what changed between them (None: not in the cache)."""
        from tui.core.versions import Version, story_body, story_diff, version_hash

        story = self.store.story(story_id)
        if story is None:
            return None
        content = self.store.content(story.id)
        with self._version_log() as log:
            versions, pages = log.versions(story.id), log.versions(story.id, "article")
        if not versions:
            body = story_body(story.summary, content)
            versions = [Version(story.fetched_at, story.title, body, version_hash(story.title, body))]
        document = story_diff(story.id, versions)
        if pages:
            # The article page fetched again (a followed developing story): its own versions.
            page = story_diff(story.id, pages)
            document["article"] = {"versions": page["versions"], "changes": page["changes"]}
        return story, document

    @property
    def digest_log(self) -> DigestLog:
        """Memory across sessions for the away digest and quiet-source alerts (read on first use)."""
        if self._digest_log is None:
            from tui.core.digest import DigestLog

            self._digest_log = DigestLog(self.data_dir)
        return self._digest_log

    def away_digest(self) -> Digest | None:
        """What happened since the dashboard was last closed (None: nothing, or not away)."""
        from tui.core.digest import away_digest

        return away_digest(self.store, list(self.config.feeds), self.digest_log, self.clock())

    def last_visit(self) -> float | None:
        """When the dashboard was last closed (None: never); reads digest.json on first use."""
        return self.digest_log.state().closed_at

    def record_close(self, *, keep_since: bool = False) -> None:
        """Remember when this session ended for the next digest."""
        from tui.core.digest import save_close

        save_close(self.store, list(self.config.feeds), self.digest_log, self.clock(), keep_since=keep_since)

    def quiet_sources(self, health: dict[str, FeedHealth]) -> list[str]:
        """One sentence per watched source newly gone quiet (each said once per quiet period)."""
        from tui.core.digest import mark_alerted, newly_stale, stale_text, watched_feeds

        feeds = list(self.config.feeds)
        watched = watched_feeds(feeds, self.config.watch)
        if not watched:
            return []
        now = self.clock()
        stale = newly_stale(feeds, health, watched, self.digest_log.state().stale_alerted, now)
        if not stale:
            return []
        try:
            self.digest_log.update(lambda state: mark_alerted(state, stale))
        except OSError:
            pass  # unsaved, the alert may come again next session: better than none now
        return [stale_text(feed, entry, now) for feed, entry in stale]


    # -- a story's versions, for the dashboard ------------------------------------------------
    def versions(self, story_id: str, *, kind: str = "feed") -> list[Version]:
        """The story's kept versions, oldest first ("article": its page fetched again); none
        when it never changed. Blocking."""
        with self._version_log() as log:
            return log.versions(story_id, kind)

    def changes_since_read(self, story_id: str) -> StoryChanges:
        """What changed in a story since the version the user read (`d` in the reader). Blocking."""
        from tui.core.versions import changes_since_read

        with self._version_log() as log:
            versions, entry = log.versions(story_id), log.read_entry(story_id)
        return changes_since_read(story_id, versions, entry)

    @contextmanager
    def _version_log(self) -> Iterator[VersionLog]:
        """versions.json opened once for reading, closed after."""
        from tui.core.versions import VersionLog

        log = VersionLog.open(self.data_dir, writable=False)
        try:
            yield log
        finally:
            log.close()

    # -- the dashboard's view, kept across restarts --------------------------------------------
    def view_state(self) -> tuple[ViewState, str | None]:
        """The view the dashboard was left in, and one sentence when its file could not be
        used (then the default view). Blocking."""
        from tui.core.view_state import load_view

        return load_view(self.data_dir)

    def save_view_state(self, state: ViewState) -> None:
        """Keep the dashboard's view for the next start (blocking; OSError names the file).
        Nothing is kept in a cache opened read-only."""
        from tui.core.view_state import save_view

        if not self.store.read_only:
            save_view(self.data_dir, state)


def store_error(exc: OSError, directory: Path) -> str:
    """One sentence for a data-dir failure, naming the file when the error knows it."""
    from tui.core.storage import DataFileError

    if isinstance(exc, DataFileError):
        return str(exc)
    if exc.filename:
        return f"cannot use {exc.filename} ({exc.strerror or exc})."
    return f"cannot open the data directory {directory} ({exc.strerror or exc})."


def _csv_cell(value: Any) -> str:
    if isinstance(value, list):
        value = ";".join(map(str, value))
    text = "" if value is None else str(value)
    # Spreadsheets run cells starting with these as formulas (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
