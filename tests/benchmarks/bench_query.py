"""Query benchmark (a plain script): the filter language over 50k cached stories.

Run: `python tests/benchmarks/bench_query.py [--stories 50000] [--repeat 7]`.

Each typical query is timed on its first run (the query module's caches empty, as right after
start) and warm (median of repeats), in two settings: "cold" (nothing prepared: the first
query folds every story it reads) and "indexed" (after `query.index_stories`, which the store
or app runs in a background thread once the cache is loaded). Stories are the store's hot form:
title and summary (~1.5 KB), no article text. Filtering is the same loop `Store.stories` runs.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tui.core import query  # noqa: E402
from tui.core.models import SIDES, Story  # noqa: E402

NOW = 1_763_625_600.0
PLACES = ("Kupiansk", "Pokrovsk", "Odesa", "Kharkiv", "Kostiantynivka", "Huliaipole", "Sumy", "Kherson")
SOURCES = ("TASS", "Kyiv Independent", "Meduza", "BBC News", "ISW", "Ukrinform", "RIA Novosti")
WORDS = ("drone strike front line general staff ministry defence shelling missile energy grid "
         "offensive brigade village claims denies officials reported regional governor "
         "evacuation air raid power cuts repairs artillery positions").split()
CYRILLIC = "Куп'янськ Одеса обстріл енергосистема Харків Покровськ удар дронів".split()
QUERIES = (
    "side:ua is:unread",
    "kupiansk",
    "place:Odesa since:2d",
    '"energy grid" source:tass',
    "-drone обстріл",
)


def _filler(size: int, seed: int) -> list[str]:
    """Made-up words standing in for a news vocabulary (most text is words a query never names)."""
    rng = random.Random(seed)
    letters = "etaoinshrdlucmfwypvbgk"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(size)]


FILLER = _filler(30_000, 7)
WEIGHTS = [1 / (rank + 1) for rank in range(len(FILLER))]
"""Zipf-like: a few filler words are everywhere, most are rare, as in real text."""


def make_story(n: int, rng: random.Random) -> Story:
    """One hot-store story: ~1.5 KB of title and summary; a tenth carry Cyrillic words.

    Query words are as selective as in a real cache: each topic word appears in a few percent
    of stories, one place per story, filler words for the rest.
    """
    topical = WORDS + (CYRILLIC if n % 10 == 0 else [])
    place = rng.choice(PLACES)
    filler = rng.choices(FILLER, WEIGHTS, k=190)
    for position in rng.sample(range(len(filler)), 6):
        filler[position] = rng.choice(topical)
    title = " ".join([*filler[:8], place])[:140]
    summary = " ".join(filler[8:])[:1300]
    return Story(
        id=f"feed{n % 200:03d}:{n:016x}", feed_id=f"feed{n % 200:03d}",
        source=SOURCES[n % len(SOURCES)], side=SIDES[n % len(SIDES)],
        title=title, link=f"https://news.example.org/{n}",
        published=NOW - n * 50.0, summary=summary, tags=["war", rng.choice(WORDS)],
        read=n % 3 == 0, places=[place] if n % 4 else [], fetched_at=NOW,
    )


def resolve_place(name: str) -> str | None:
    """A stand-in for the gazetteer: canonical spelling of the benchmark's places."""
    folded = name.strip().lower()
    return next((p for p in PLACES if p.lower() == folded), None)


def run_query(stories: list[Story], text: str) -> int:
    """Compile and filter the way the app and `warfeed stories` do."""
    match = query.compile_query(text, now=NOW, resolve_place=resolve_place)
    return sum(1 for story in stories if match(story))


def reset_caches() -> None:
    """Forget every fold, as in a freshly started process."""
    query.reset_cache()


def measure(stories: list[Story], repeat: int, *, indexed: bool) -> list[dict]:
    """First and warm times of every query, caches reset before each query's first run."""
    rows = []
    for text in QUERIES:
        reset_caches()
        index_ms = None
        if indexed:
            started = time.perf_counter()
            query.index_stories(stories)
            index_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        hits = run_query(stories, text)
        first = (time.perf_counter() - started) * 1000
        warm = []
        for _ in range(repeat):
            started = time.perf_counter()
            run_query(stories, text)
            warm.append((time.perf_counter() - started) * 1000)
        rows.append({"query": text, "hits": hits, "first_ms": first,
                     "warm_ms": statistics.median(warm), "index_ms": index_ms})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: prints a table and a BENCH_RESULT line."""
    parser = argparse.ArgumentParser(description="filter language over many cached stories")
    parser.add_argument("--stories", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="smoke run: 5k stories")
    args = parser.parse_args(argv)
    size = 5_000 if args.quick else args.stories
    rng = random.Random(size)
    stories = [make_story(n, rng) for n in range(size)]
    results = {"cold": measure(stories, args.repeat, indexed=False),
               "indexed": measure(stories, args.repeat, indexed=True)}
    print(f"### query over {size} stories\n")
    print("| setting | query | hits | first ms | warm ms | index build ms |")
    print("|---|---|---|---|---|---|")
    for setting, rows in results.items():
        for row in rows:
            index = f"{row['index_ms']:.0f}" if row["index_ms"] is not None else "-"
            print(f"| {setting} | `{row['query']}` | {row['hits']} | {row['first_ms']:.1f} | "
                  f"{row['warm_ms']:.1f} | {index} |")
    worst = lambda setting, key: max(r[key] for r in results[setting])  # noqa: E731
    print("\nBENCH_RESULT " + json.dumps({
        "query_first_ms": round(worst("indexed", "first_ms"), 1),
        "query_warm_ms": round(worst("indexed", "warm_ms"), 1),
        "query_unindexed_first_ms": round(worst("cold", "first_ms"), 1),
        "query_index_build_ms": round(worst("indexed", "index_ms"), 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
