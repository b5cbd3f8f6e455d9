"""Work on a poll's stories besides parsing, composed by the service, not the poller.

A `StoredStoriesStep` is picklable (it travels to worker processes), with the modules its
workers should import first and a setup run once in each. The service runs `ExtractClaims`
after the cycle, over the stories the cycle stored (`extract_stored`), so a first poll's
stories are saved and shown without waiting for their claims.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from tui.core.models import Story
from tui.core.workers import CLAIMS_PRELOAD, parse_preload, quiet_worker, start_pool

STORED_POOL_MIN = 200
"""Stories from which extract_stored uses worker processes: fewer are done where they are
needed (the claims merge and the clustering compute what is missing themselves)."""
STORED_WORKERS = 2
STORED_CHUNK = 250
"""Stories per worker task: big enough that pickling and dispatch stay small beside extraction."""
STORED_NICENESS = 5
"""How much lower than warfeed itself the claims workers run: they yield to the dashboard and
to a poll's parsing, never to an idle core."""

if TYPE_CHECKING:
    from tui.core.claims.pipeline import Extracted
    from tui.core.cluster_features import Recent


Result = TypeVar("Result", covariant=True)


class StoryReader(Protocol):
    """Where extract_stored reads the stories (tui.core.store.Store is one)."""

    def story(self, story_id: str, *, full: bool = False) -> Story | None:
        """One story by id; full=True gives a copy carrying the feed's content."""


class StoredStoriesStep(Protocol[Result]):
    """Work run on chunks of a poll's stored stories in worker processes (extract_stored)."""

    @property
    def preload(self) -> tuple[str, ...]:
        """Modules the workers' fork server imports first (what the step's first call would)."""

    def setup(self) -> None:
        """Once per worker process, before its first chunk (load tables, compile patterns)."""

    def __call__(self, stories: Sequence[Story]) -> Mapping[str, Result] | None:
        """Run on a chunk of stories (may set fields on them); results by story id."""


class StoryFindings(NamedTuple):
    """What ExtractClaims found in one story; each part is used only while the stored story
    still gives the digest beside it."""

    digest: bytes
    """What claims extraction read (pipeline.item_digest)."""
    found: Extracted
    """The statements and the places the text names."""
    cluster: tuple[bytes, Recent]
    """The story's cluster features, behind the features_digest they were computed for."""


@dataclass(frozen=True, slots=True)
class ExtractClaims:
    """Claims extraction of a poll's stored stories, with the stories linked to their claims and
    their cluster features computed."""

    preload: tuple[str, ...] = (*CLAIMS_PRELOAD, "tui.core.clusters")

    def setup(self) -> None:
        """Load the gazetteer as the worker starts, before its first chunk."""
        from tui.core.claims.gazetteer import Gazetteer

        Gazetteer.load()

    def __call__(self, stories: Sequence[Story]) -> dict[str, StoryFindings]:
        """What each story holds, by story id: the claims merge and the clustering after the
        cycle each check their part against the stored story before using it."""
        from tui.core.claims.pipeline import extract_feed_text, story_links
        from tui.core.cluster_features import features, features_digest

        extracted = extract_feed_text(stories)
        out: dict[str, StoryFindings] = {}
        for story in stories:
            # Linked here as the merge will link them: their cluster features read the links.
            digest, found = extracted[story.id]
            story.places, story.claim_ids = story_links(*found)
            # The story's cluster features too, now that its places and claims are known: the
            # clustering after the cycle then only looks them up.
            out[story.id] = StoryFindings(digest, found, (features_digest(story), features(story)))
        return out


def _stored_worker_setup(step: StoredStoriesStep[object]) -> None:
    """A worker of extract_stored: quiet, below the dashboard and the next poll's parsing in
    the scheduler's order (the stories are stored already), then the step's own setup."""
    quiet_worker()
    with contextlib.suppress(OSError, AttributeError):  # (no nice() on this system: same priority)
        os.nice(STORED_NICENESS)
    step.setup()


def _chunks(stories: Iterable[Story], size: int) -> Iterator[list[Story]]:
    rest = iter(stories)
    return iter(lambda: list(islice(rest, size)), [])


def extract_stored(store: StoryReader, story_ids: Sequence[str], step: StoredStoriesStep[Result], *,
                   pool_min: int = STORED_POOL_MIN, workers: int = STORED_WORKERS,
                   chunk: int = STORED_CHUNK) -> dict[str, Result]:
    """`step` over stored stories (copies carrying their feed content), in worker processes,
    results by story id; {} for a batch under `pool_min` or when no worker can start (the
    caller's own work then computes everything itself, with the same result)."""
    if len(story_ids) < pool_min:
        return {}
    copies = (story for sid in story_ids if (story := store.story(sid, full=True)) is not None)
    out: dict[str, Result] = {}

    def collect(future: Future[Mapping[str, Result] | None]) -> None:
        try:
            out.update(future.result() or {})
        except BrokenProcessPool:
            raise
        except Exception:  # noqa: BLE001 - that chunk is left to the caller's own work
            pass

    try:
        with start_pool(workers, parse_preload(step.preload), _stored_worker_setup, (step,)) as pool:
            # A few chunks ahead of the workers, no more: a first poll's copies with their
            # content would otherwise all wait in memory at once.
            pending: deque[Future[Mapping[str, Result] | None]] = deque()
            for part in _chunks(copies, chunk):
                pending.append(pool.submit(step, part))
                if len(pending) > 2 * workers:
                    collect(pending.popleft())
            while pending:
                collect(pending.popleft())
    except (BrokenProcessPool, OSError, RuntimeError):
        pass  # a killed worker or no processes: what finished is used, the caller does the rest
    return out
