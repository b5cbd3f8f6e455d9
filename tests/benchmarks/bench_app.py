"""Benchmark (a script, not a test): dashboard first paint and re-filter on large caches.

Run: .venv/bin/python tests/benchmarks/bench_app.py [N ...]   (default: 10000 50000)
First paint = from constructing the app to the first frame with the story list filled
(store already open, as when the CLI starts). Re-filter = from a new query to the list updated,
once the post-paint warm-up has run. `j` presses are reported next to the same number of
presses of an unbound key, which is what Pilot itself costs.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tui.app import WarfeedApp  # noqa: E402
from tui.core.config import Config  # noqa: E402
from tui.core.models import SIDES, Story  # noqa: E402
from tui.core.store import Store  # noqa: E402
from tui.widgets.story_list import StoryList  # noqa: E402

NOW = 1_763_630_000.0
PLACES = ("Kupiansk", "Pokrovsk", "Huliaipole", "Odesa", "Kyiv", "Kharkiv", "Zaporizhzhia")


def synthetic(n: int) -> list[Story]:
    """n stories with realistic title/summary sizes, spread over 30 days and every side."""
    return [
        Story(
            id=f"feed{i % 40}:{i:08x}",
            feed_id=f"feed{i % 40}",
            source=f"Outlet {i % 40}",
            side=SIDES[i % len(SIDES)],
            title=f"Report {i}: fighting near {PLACES[i % len(PLACES)]} as officials trade claims",
            link=f"https://outlet{i % 40}.example/news/{i}",
            published=NOW - i * 50,
            summary=("Officials said the situation remained difficult. " * 8)[:400],
            read=i % 3 == 0,
        )
        for i in range(n)
    ]


async def wait_until(pilot, condition, limit: float = 120.0) -> None:
    deadline = time.perf_counter() + limit
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition never held")
        await pilot.pause(0.002)


async def measure(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        store.ingest(synthetic(n))
        store.close()
        started = time.perf_counter()
        store = Store.open(Path(tmp))
        opened = time.perf_counter() - started
        try:
            started = time.perf_counter()
            app = WarfeedApp(config=Config(), store=store, clock=lambda: NOW)
            async with app.run_test(size=(160, 50)) as pilot:
                await wait_until(pilot, lambda: len(app.screen.query(StoryList)) and len(app.screen.query_one(StoryList).stories) == n)
                await pilot.pause()
                first_paint = time.perf_counter() - started
                screen = app.screen
                story_list = screen.query_one(StoryList)
                results = {"store open": opened, "first paint": first_paint}
                # A user looks before typing: let the post-paint workers (counts, claims, the
                # search warm-up) finish, as they would in the first second or two.
                await pilot.pause(1.2)
                await app.workers.wait_for_complete()
                for query in ("Kupiansk", "side:ru is:unread", "place:Odesa since:2d"):
                    started = time.perf_counter()
                    before = story_list.stories
                    screen._set_query(query)
                    await wait_until(pilot, lambda: story_list.stories is not before)
                    await pilot.pause()
                    results[f"re-filter {query!r} ({len(story_list.stories)} shown)"] = time.perf_counter() - started
                started = time.perf_counter()
                for _ in range(50):
                    await pilot.press("j")
                results["50 x j (cursor moves + repaint)"] = time.perf_counter() - started
                # The same 50 presses of a key bound to nothing: Pilot's own cost per press.
                started = time.perf_counter()
                for _ in range(50):
                    await pilot.press("z")
                results["50 x unbound key (Pilot overhead)"] = time.perf_counter() - started
            return results
        finally:
            store.close()


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [10_000, 50_000]
    for n in sizes:
        for name, seconds in asyncio.run(measure(n)).items():
            print(f"{n:>6} stories  {name:<52} {seconds * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
