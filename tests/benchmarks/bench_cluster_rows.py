"""Cluster rows benchmark (a plain script): grouping a big list into cluster rows, and the dashboard
with clusters on.

Run: `python -m tests.benchmarks.bench_cluster_rows [--quick] [SIZES...]` (default 10000 50000).

For each size, N synthetic stories (bench_app's) get cluster assignments like a busy cache's:
about 40% of stories in clusters of 2 to 6 (seeded). Then:

- the grouping alone (tui.core.cluster_view): building the members index (once per new story
  list or new assignments) and grouping the whole list, a filtered seventh of it and the whole
  list with 100 clusters expanded (median of 7, wall and CPU, the collector frozen as the app
  freezes it after warm-up);
- the dashboard headless at 160x50 on a store of those stories with their clusters.json: first
  paint from the store's open (the list is plain: the assignments are read after it), the time
  until the grouped list is painted, and re-filter per query with grouping on (median of 3,
  timed to the first frame written with the new rows); the same cache without clusters.json
  first, for comparison.
"""

from __future__ import annotations

import asyncio
import gc
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_app import NEWEST_ID, NOW, QUERIES, synthetic, wait_until, watch_frames  # noqa: E402
from tui.core.cluster_view import ClusterMembers, group  # noqa: E402
from tui.core.models import Story  # noqa: E402


def assignments_for(stories: list[Story], seed: int = 1) -> dict[str, str]:
    """Story id -> cluster id: runs of 2-6 neighbouring stories share a cluster, about 40% in all."""
    rng = random.Random(seed)
    out: dict[str, str] = {}
    i = 0
    while i < len(stories):
        size = rng.randint(2, 6) if rng.random() < 0.15 else 1
        run = stories[i:i + size]
        for story in run:
            out[story.id] = run[-1].id  # named by its oldest report, as the clusterer names them
        i += size
    return out


def timed(fn, reps: int = 7) -> tuple[float, float]:
    """Median wall and CPU milliseconds of fn()."""
    walls, cpus = [], []
    for _ in range(reps):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def grouping_costs(n: int) -> dict[str, tuple[float, float]]:
    stories = synthetic(n)
    assignments = assignments_for(stories)
    gc.freeze()
    members = ClusterMembers(stories, assignments)
    expanded = set(list(members.members)[:100])
    filtered = stories[::7]
    results = {
        f"members index ({len(members.cluster_of)} stories in {len(members.members)} clusters)":
            timed(lambda: ClusterMembers(stories, assignments)),
        "group every story": timed(lambda: group(stories, members, everything=True)),
        "group a filtered seventh": timed(lambda: group(filtered, members)),
        "group every story, 100 clusters expanded": timed(lambda: group(stories, members, expanded, everything=True)),
    }
    gc.unfreeze()
    return results


def write_cache(data_dir: Path, n: int, *, clusters: bool = True) -> None:
    """A store of n synthetic stories and their clusters.json (the clusterer's own file format)."""
    from tinydb import TinyDB

    from tui.core.clusters import FILE_NAME
    from tui.core.storage import AtomicJSONStorage
    from tui.core.store import Store

    stories = synthetic(n)
    store = Store.open(data_dir)
    store.ingest(stories)
    store.word_index.add(store.stories())
    store.close()
    if not clusters:
        return
    db = TinyDB(data_dir / FILE_NAME, storage=AtomicJSONStorage)
    db.table("assignments").insert_multiple(
        {"story": sid, "cluster": cluster} for sid, cluster in assignments_for(stories).items())
    db.close()


async def app_costs(data_dir: Path, reps: int, *, grouped: bool = True) -> dict[str, float]:
    from tui.app import WarfeedApp
    from tui.core.config import Config
    from tui.core.store import Store
    from tui.widgets.filter_bar import FilterBar
    from tui.widgets.story_list import StoryList

    started = time.perf_counter()
    store = Store.open(data_dir, deferred=True)
    results: dict[str, float] = {}
    try:
        app = WarfeedApp(config=Config(), store=store, clock=lambda: NOW)

        def state():
            lists = app.screen.query(StoryList)
            return (lists.first().stories, lists.first().grouped) if lists else (None, False)

        frames = watch_frames(app, state)
        async with app.run_test(size=(160, 50)) as pilot:
            await wait_until(pilot, lambda: any(rows and rows[0].id == NEWEST_ID for (rows, _) in
                                                (f for _, f in frames)))
            painted = next(at for at, (rows, _) in frames if rows and rows[0].id == NEWEST_ID)
            results["first paint (store open + app), ms"] = (painted - started) * 1000
            if grouped:
                await wait_until(pilot, lambda: any(on for _, (_, on) in frames))
                grouped_at = next(at for at, (_, on) in frames if on)
                results["grouped rows painted, after first paint, ms"] = (grouped_at - painted) * 1000
            await pilot.pause(1.2)  # the warm-up runs, as a user looks before typing
            await app.workers.wait_for_complete()
            screen = app.screen
            story_list = screen.query_one(StoryList)
            for text in QUERIES:
                times = []
                for _ in range(reps):
                    for step in ("", text) if text else ("Kyiv", ""):
                        if screen.query_text == step:
                            continue
                        frames.clear()
                        begin = time.perf_counter()
                        before = story_list.stories
                        screen.post_message(FilterBar.Changed(step))
                        await wait_until(pilot, lambda: story_list.stories is not before)
                        shown = story_list.stories
                        await wait_until(pilot, lambda: any(rows is shown for _, (rows, _) in frames))
                    times.append(next(at for at, (rows, _) in frames if rows is shown) - begin)
                kind = "grouped" if grouped else "plain"
                results[f"re-filter {text!r} {kind} ({len(story_list.stories)} rows), median ms"] = \
                    statistics.median(times) * 1000
    finally:
        store.close()
    return results


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    sizes = [int(a) for a in argv if a.isdigit()] or ([10000] if quick else [10000, 50000])
    for n in sizes:
        print(f"{n} stories")
        for label, (wall, cpu) in grouping_costs(n).items():
            print(f"  {label}: {wall:6.1f} ms wall, {cpu:6.1f} ms CPU")
        # The same cache without clusters.json, measured alternately: the cost clustering adds.
        for grouped in (False, True):
            with tempfile.TemporaryDirectory(prefix="warfeed-bench-clusters-") as tmp:
                write_cache(Path(tmp), n, clusters=grouped)
                for label, value in asyncio.run(app_costs(Path(tmp), 1 if quick else 3, grouped=grouped)).items():
                    print(f"  {label}: {value:7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
