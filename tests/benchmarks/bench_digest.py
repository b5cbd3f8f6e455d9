"""Away-digest benchmark (a plain script): the cost of building the digest on a big cache.

Run: `python tests/benchmarks/bench_digest.py [SIZES...]` (default 10000 50000). A real store of
SIZE stories from 200 feeds over 30 days, 2,000 claims, a cluster index assigning every story
and a digest state closed 9 hours ago; `away_digest` (stories, claims, health, cluster index
open) runs in the dashboard's worker thread, so this is how long after the first poll the
digest appears. Median of 5 runs (wall).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tinydb import TinyDB  # noqa: E402

from tui.core.clusters import FILE_NAME as CLUSTERS_FILE  # noqa: E402
from tui.core.digest import DigestLog, away_digest  # noqa: E402
from tui.core.models import SIDES, Claim, Feed, FeedHealth, Story  # noqa: E402
from tui.core.store import Store  # noqa: E402

NOW = 1_763_640_000.0
SPAN = 30 * 86400.0


def build(data: Path, size: int) -> list[Feed]:
    """A data dir with `size` stories, claims, health, clusters and a digest state."""
    feeds = [Feed(f"f{i:03d}", f"https://h{i}.example/rss", f"Feed {i}", SIDES[i % len(SIDES)]) for i in range(200)]
    step = SPAN / size
    stories = [Story(f"f{n % 200:03d}:{n:016x}", f"f{n % 200:03d}", f"Feed {n % 200}", SIDES[(n % 200) % len(SIDES)],
                     f"Report {n} from the front", published=NOW - n * step, fetched_at=NOW - n * step)
               for n in range(size)]
    health = []
    for feed in feeds:
        entry = FeedHealth(feed.id, last_attempt=NOW, last_success=NOW, status=200)
        entry.record_items([NOW - 3600.0 * k for k in range(21)])
        health.append(entry)
    store = Store.open(data, clock=lambda: NOW)
    try:
        store.ingest(stories, health=health)
        store.save_claims([Claim(f"control:p{i}", "control", f"P{i}", "claimed", first_seen=NOW - i * 600.0)
                           for i in range(2000)])
    finally:
        store.close()
    # Written as any TinyDB program would: clustering 50k stories is not what is measured.
    with TinyDB(data / CLUSTERS_FILE) as clusters:
        clusters.table("assignments").insert_multiple(
            {"story": s.id, "cluster": stories[n - n % 3].id} for n, s in enumerate(stories))
    DigestLog(data).update(lambda state: (setattr(state, "closed_at", NOW - 9 * 3600.0),
                                          state.claim_status.update({f"control:p{i}": "disputed"
                                                                     for i in range(0, 2000, 2)})))
    return feeds


def main(sizes: list[int]) -> None:
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            feeds = build(data, size)
            store = Store.open(data, clock=lambda: NOW)
            try:
                store.finish_load()
                runs = []
                for _ in range(5):
                    started = time.perf_counter()
                    digest = away_digest(store, feeds, DigestLog(data), NOW)
                    runs.append(time.perf_counter() - started)
            finally:
                store.close()
            assert digest is not None
            print(f"away digest, {size} stories ({digest.story_total} new, {digest.cluster_total} events, "
                  f"{len(digest.claim_changes)} claim changes): median {statistics.median(runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 50_000])
