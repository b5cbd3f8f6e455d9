"""Query benchmark (a plain script): the filter language over a real store of 10k and 50k stories.

Run: `python -m tests.benchmarks.bench_query [--sizes 10000 50000] [--repeat 7] [--quick]`.

Each size is written to a store in one subprocess (stories, then the word index the store
keeps beside them, as a closed store leaves it) and measured in a fresh one: the store opens,
then each typical query runs once ("first", right after open, as `warfeed stories QUERY` does)
and then `--repeat` times (median). Filtering is `Store.stories(compile_query(...))`, the same
call the CLI makes. Times are CPU time of this process (`time.process_time`), which a shared,
loaded machine distorts least; wall time is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tui.core import query  # noqa: E402
from tui.core.models import SIDES, Story  # noqa: E402
from tui.core.store import Store  # noqa: E402

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
    "tag:evacuation is:starred",
    "kup",
    "e",
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


def build(data_dir: Path, size: int) -> None:
    """Write size stories to a store and close it (the close saves the word index)."""
    rng = random.Random(size)
    stories = [make_story(n, rng) for n in range(size)]
    with Store.open(data_dir, clock=lambda: NOW) as store:
        store.ingest(stories)
        # An ingest this big is indexed by a background thread; wait for it here.
        store.word_index.add(store.stories())


def _time(fn) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000, result


def measure(data_dir: Path, size: int, repeat: int) -> None:
    """Open the store, then every query first and warm; prints one RESULT line."""
    open_cpu, open_wall, store = _time(lambda: Store.open(data_dir, clock=lambda: NOW))
    rows = []
    for text in QUERIES:
        def run(text=text):
            match = query.compile_query(text, now=NOW, resolve_place=resolve_place, index=store.word_index)
            return len(store.stories(match))

        first_cpu, first_wall, hits = _time(run)
        warm = [_time(run)[:2] for _ in range(repeat)]
        rows.append({"query": text, "hits": hits, "first_ms": first_cpu, "first_wall_ms": first_wall,
                     "median_ms": statistics.median(c for c, _ in warm),
                     "median_wall_ms": statistics.median(w for _, w in warm),
                     "max_ms": max(c for c, _ in warm)})
    store.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps({"size": size, "open_ms": open_cpu, "open_wall_ms": open_wall,
                                  "rss_mb": rss, "rows": rows}), flush=True)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: prints a table per size and a BENCH_RESULT line."""
    parser = argparse.ArgumentParser(description="the filter language over a real store")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="smoke run: 5k stories")
    parser.add_argument("--build", nargs=2, metavar=("DIR", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--measure", nargs=2, metavar=("DIR", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        build(Path(args.build[0]), int(args.build[1]))
        return 0
    if args.measure:
        measure(Path(args.measure[0]), int(args.measure[1]), args.repeat)
        return 0
    sizes = [5_000] if args.quick else args.sizes
    results = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="warfeed-bench-query-") as tmp:
            me = [sys.executable, "-m", "tests.benchmarks.bench_query"]
            root = Path(__file__).resolve().parents[2]
            subprocess.run([*me, "--build", tmp, str(size)], check=True, cwd=root)
            out = subprocess.run([*me, "--measure", tmp, str(size), "--repeat", str(args.repeat)],
                                 check=True, capture_output=True, text=True, cwd=root).stdout
        results += [json.loads(line[7:]) for line in out.splitlines() if line.startswith("RESULT ")]
    for result in results:
        print(f"### filter queries over a store of {result['size']} stories "
              f"(open {result['open_ms']:.0f} ms CPU, {result['open_wall_ms']:.0f} ms wall; "
              f"peak RSS {result['rss_mb']:.0f} MB)\n")
        print("| query | hits | first after open, ms CPU (wall) | median ms CPU (wall) | max ms CPU |")
        print("|---|---|---|---|---|")
        for row in result["rows"]:
            print(f"| `{row['query']}` | {row['hits']} | {row['first_ms']:.1f} ({row['first_wall_ms']:.1f}) "
                  f"| {row['median_ms']:.1f} ({row['median_wall_ms']:.1f}) | {row['max_ms']:.1f} |")
        print()
    largest = max(results, key=lambda r: r["size"])
    print("BENCH_RESULT " + json.dumps({
        "filter_ms": round(max(max(r["first_ms"], r["median_ms"]) for r in largest["rows"]), 1),
        "filter_median_ms": round(max(r["median_ms"] for r in largest["rows"]), 1),
        "query_store_rss_mb": round(largest["rss_mb"], 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
