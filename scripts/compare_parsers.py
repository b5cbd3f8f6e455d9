"""Compare feedparser and feedparser_rs: agreement, crashes and speed.

Runs both parsers over every file of the feedparser test corpus (`../shared/corpus/feedparser/`
next to the repo) and over realistic 50-item feeds from the benchmark generator, and reports
whether they agree on entry count, titles, links and ids, which of them crashed, and how long
each took. This decides whether warfeed may try feedparser_rs first and fall back to feedparser.

    .venv/bin/python scripts/compare_parsers.py [--corpus DIR] [--show 10] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "feedparser"
FIELDS = ("count", "titles", "links", "ids")

# The generator lives with the benchmarks; a script run from anywhere still finds it.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


def _parsers() -> dict:
    import feedparser
    import feedparser_rs

    # Bytes only: feedparser_rs.parse fetches a str that looks like a URL, and feedparser opens
    # a str as a local path. Neither may ever see anything but the document's bytes.
    return {"feedparser": feedparser.parse, "feedparser_rs": feedparser_rs.parse}


def summary_of(parsed) -> dict[str, object]:
    """What both parsers are compared on: entry count and each entry's title, link and id."""
    entries = list(parsed.get("entries") or [])
    return {
        "count": len(entries),
        "titles": [e.get("title") or "" for e in entries],
        "links": [e.get("link") or "" for e in entries],
        "ids": [e.get("id") or "" for e in entries],
    }


def run_one(parse, body: bytes) -> tuple[dict | None, str | None, float]:
    """(summary or None, crash description or None, seconds) for one parse of BODY."""
    start = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = summary_of(parse(body))
        return result, None, time.perf_counter() - start
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a Rust panic arrives as a BaseException subclass
        return None, f"{type(exc).__name__}: {str(exc)[:120]}", time.perf_counter() - start


def differences(a: dict, b: dict) -> list[str]:
    """The compared fields on which two summaries differ."""
    return [f for f in FIELDS if a[f] != b[f]]


def compare_corpus(files: list[Path], parsers: dict) -> dict:
    """Agreement, crashes and per-file times over FILES."""
    agree = Counter()
    crashes: dict[str, list[str]] = {name: [] for name in parsers}
    times: dict[str, list[float]] = {name: [] for name in parsers}
    disagreements: list[dict] = []
    names = list(parsers)
    for path in files:
        body = path.read_bytes()
        results = {}
        for name, parse in parsers.items():
            summary, crash, seconds = run_one(parse, body)
            times[name].append(seconds)
            if crash:
                crashes[name].append(f"{path.name}: {crash}")
            results[name] = summary
        first, second = results[names[0]], results[names[1]]
        if first is None or second is None:
            continue
        diff = differences(first, second)
        for f in FIELDS:
            agree[f] += f not in diff
        agree["all"] += not diff
        if diff:
            disagreements.append({"file": str(path), "fields": diff,
                                  "counts": [first["count"], second["count"]],
                                  "example": _first_difference(first, second, diff)})
    return {"files": len(files), "agree": dict(agree), "crashes": crashes,
            "times": {n: _time_stats(t) for n, t in times.items()},
            "disagreements": disagreements,
            "field_counts": dict(Counter(f for d in disagreements for f in d["fields"]))}


def _first_difference(a: dict, b: dict, diff: list[str]) -> str:
    for f in diff:
        if f == "count":
            continue
        for x, y in zip(a[f], b[f]):
            if x != y:
                return f"{f}: {x[:70]!r} vs {y[:70]!r}"
    return f"count: {a['count']} vs {b['count']}"


def _time_stats(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    return {"total_s": sum(values), "median_ms": statistics.median(values) * 1000,
            "p95_ms": ordered[int(0.95 * (len(ordered) - 1))] * 1000, "max_ms": ordered[-1] * 1000}


def time_realistic(parsers: dict, repeats: int = 20) -> dict:
    """Median ms per parse of a 50-item RSS and Atom feed from the benchmark generator."""
    from tests.benchmarks.feedserver import generate_feed

    out = {}
    for fmt in ("rss", "atom"):
        body = generate_feed(1, 50, fmt)
        row = {"bytes": len(body)}
        summaries = {}
        for name, parse in parsers.items():
            samples = []
            for _ in range(repeats):
                summary, crash, seconds = run_one(parse, body)
                samples.append(seconds)
            summaries[name] = summary
            row[name + "_ms"] = statistics.median(samples) * 1000
        a, b = summaries.values()
        row["agree"] = a is not None and b is not None and not differences(a, b)
        out[fmt] = row
    return out


def corpus_files(corpus: Path) -> list[Path]:
    """Every document of the corpus (the licence file is not a feed)."""
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "LICENSE")


def report(result: dict, realistic: dict, show: int) -> str:
    """The printed summary."""
    n = result["files"]
    agree = result["agree"]
    compared = n - len({c.split(":")[0] for cs in result["crashes"].values() for c in cs})
    lines = [f"corpus: {n} files, {compared} parsed by both without a crash", ""]
    lines.append("| agreement | files |")
    lines.append("|---|---|")
    for f in (*FIELDS, "all"):
        lines.append(f"| {f} | {agree.get(f, 0)} / {compared} |")
    lines += ["", "| parser | crashes | total s | median ms/file | p95 ms | max ms |", "|---|---|---|---|---|---|"]
    for name, t in result["times"].items():
        lines.append(f"| {name} | {len(result['crashes'][name])} | {t.get('total_s', 0):.2f} | "
                     f"{t.get('median_ms', 0):.3f} | {t.get('p95_ms', 0):.3f} | {t.get('max_ms', 0):.1f} |")
    lines += ["", "| realistic 50-item feed | bytes | feedparser ms | feedparser_rs ms | speed-up | agree |",
              "|---|---|---|---|---|---|"]
    for fmt, row in realistic.items():
        speedup = row["feedparser_ms"] / row["feedparser_rs_ms"] if row["feedparser_rs_ms"] else float("inf")
        lines.append(f"| {fmt} | {row['bytes']} | {row['feedparser_ms']:.2f} | {row['feedparser_rs_ms']:.2f} | "
                     f"{speedup:.0f}x | {'yes' if row['agree'] else 'NO'} |")
    if result["field_counts"]:
        lines += ["", "disagreements by field: " + ", ".join(f"{k} {v}" for k, v in sorted(result["field_counts"].items()))]
    for name, crashes in result["crashes"].items():
        for crash in crashes[:show]:
            lines.append(f"crash {name}: {crash}")
    for d in result["disagreements"][:show]:
        lines.append(f"differs {Path(d['file']).name} [{', '.join(d['fields'])}] {d['example']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description="feedparser vs feedparser_rs over the corpus")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=10, help="disagreements and crashes to list")
    parser.add_argument("--repeats", type=int, default=20, help="parses per realistic feed")
    parser.add_argument("--json", type=Path, help="write the full result here")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"No corpus directory at {args.corpus}.", file=sys.stderr)
        return 2
    parsers = _parsers()
    result = compare_corpus(corpus_files(args.corpus), parsers)
    realistic = time_realistic(parsers, args.repeats)
    print(report(result, realistic, args.show))
    if args.json:
        args.json.write_text(json.dumps({"corpus": result, "realistic": realistic}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
