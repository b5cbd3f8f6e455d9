"""Build a data dir in the store's layout of release 1 (stories.json + journal + mark overlay).

Run with the code of that release: `python scripts/make_old_store_fixture.py DIR`. It writes
synthetic stories (our own wording), revises some, leaves poll cycles unfolded in the journal,
marks and links stories (so state.json holds a mark overlay), saves claims and articles and feed
validators, and also writes an `articles.json` of the oldest layout into DIR/older/. The
migration tests open these dirs with today's store and check nothing was lost.

The store is written by a child process that ends with os._exit once everything is flushed, as
a kill would end it: no close, no exit handlers, so the journal and the overlay stay unfolded
and the lock file stays behind, exactly what a crash leaves.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from tui.core.models import Article, Claim, FeedHealth, Statement, Story
from tui.core.storage import AtomicJSONStorage, dumps_strict
from tui.core.store import Store

NOW = 1_760_000_000.0
FEEDS = ("alpha", "bravo", "charlie")


def story(n: int, feed: str, *, title: str | None = None, when: float | None = None) -> Story:
    return Story(
        id=f"{feed}:{n:04d}", feed_id=feed, source=f"The {feed.title()} Wire", side="intl",
        title=title or f"Synthetic report {n} from the {feed} desk",
        link=f"https://{feed}.example/{n}", published=when or NOW - 3600 * n,
        summary=f"Sample text number {n}: a made-up line about roads, grain and weather.",
        content=f"<p>Longer sample body {n}, invented for a test.</p>" if n % 4 == 0 else "",
        tags=["sample"] if n % 5 == 0 else [],
    )


def health(feed: str) -> FeedHealth:
    return FeedHealth(feed_id=feed, last_attempt=NOW, last_success=NOW, status=200,
                      etag=f'"{feed}-tag-1"', last_modified="Thu, 09 Oct 2025 08:00:00 GMT",
                      next_poll_at=NOW + 900)


def build(directory: Path) -> None:
    """The crashed store in `directory`, then the oldest articles file in `directory/older`."""
    child = os.fork()
    if child == 0:
        try:
            write_and_crash(directory)
        except BaseException:
            traceback.print_exc()
        os._exit(1)  # only when writing failed: write_and_crash ends the process itself
    _, status = os.waitpid(child, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"writing the store in {directory} failed")
    older = directory / "older"
    older.mkdir()
    AtomicJSONStorage(older / "articles.json").write_bytes(dumps_strict({"articles": {
        "alpha:0004": {"content": "<p>An older sample body.</p>",
                       "article": Article(url="https://alpha.example/4", text="Old body.",
                                          fetched_at=NOW).to_dict()},
    }}))


def write_and_crash(directory: Path) -> None:
    """Write the store, flush it, and end this process at once (never returns)."""
    clock = lambda: NOW  # noqa: E731
    # A big compaction threshold keeps every cycle after the first in the journal.
    store = Store.open(directory, clock=clock, compact_min=1 << 30, max_age=10**9)
    store.ingest([story(n, f) for f in FEEDS for n in range(1, 41)], [health(f) for f in FEEDS])
    store.compact()  # stories.json holds the first cycle...
    # ...and these cycles stay in stories.journal, unfolded.
    store.ingest([story(n, "alpha") for n in range(41, 61)], [health("alpha")])
    store.ingest([story(3, "bravo", title="Synthetic report 3, corrected by the bravo desk")])
    store.ingest([story(n, "charlie", when=NOW + 60 * n) for n in range(100, 110)])
    store.set_marks(["alpha:0001", "alpha:0045", "charlie:0105"], read=True)
    store.set_marks(["bravo:0003"], starred=True)
    store.set_marks(["bravo:0007"], flagged=True, read=True)
    statement = Statement(sentence="A sample sentence about a made-up crossing.", speaker=None,
                          side="intl", stance="neutral", event="strike", place="Sampleton",
                          story_id="alpha:0002", source="The Alpha Wire", published=NOW)
    claim = Claim(id="claim-sample-1", event="strike", place="Sampleton", first_seen=NOW,
                  last_update=NOW, statements=[statement], watched=True)
    store.save_claims([claim])
    store.set_story_claims("alpha:0002", ["Sampleton"], ["claim-sample-1"])
    store.save_article("alpha:0008", Article(url="https://alpha.example/8", title="Full sample",
                                             text="An invented article body.", fetched_at=NOW))
    store.flush()
    os._exit(0)  # durable now; ending here folds nothing, as a kill would


if __name__ == "__main__":
    build(Path(sys.argv[1]))
