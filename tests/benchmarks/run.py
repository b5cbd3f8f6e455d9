"""The one benchmark entry point: every benchmark, then one table of targets and verdicts.

    python -m tests.benchmarks.run [--quick] [--json results.json]

Runs the poll benchmark (warfeed vs newsboat) here, then bench_store, bench_query, bench_claims and bench_app
when they exist, each in its own process (their tables are echoed), and ends with a Markdown
table: target | measured | ratio/verdict for every target of "Performance at scale".

Sibling benchmarks report numbers to this runner in either of two ways (see README.md):
a line `BENCH_RESULT {"store_open_s": 0.31, ...}` (preferred, units in the key names), or a
Markdown table whose row label names the measurement and whose value carries a unit.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks import bench_poll
from tests.benchmarks.feedserver import REPO_ROOT, child_env

HERE = Path(__file__).resolve().parent
SIBLINGS = ("bench_store", "bench_query", "bench_claims", "bench_app")
"""bench_query: every filter over a real store at 10k and 50k (first after open, medians)."""
FULL_SIZES = ((500, 50), (50, 50))
QUICK_SIZES = ((40, 20), (10, 20))


@dataclass(frozen=True)
class Target:
    """One target of the issue: a metric key, its limit and where it comes from."""

    key: str
    label: str
    limit: float
    unit: str
    source: str
    keywords: tuple[tuple[str, ...], ...] = ()
    """For table rows: any group whose words all appear in the row label matches."""


TARGETS = (
    Target("poll_cold_large_ratio", "cold poll, 500 feeds x 50 items, vs newsboat", 0.4, "x", "poll"),
    Target("poll_warm_large_ratio", "warm poll (all 304), 500 feeds, vs newsboat", 0.15, "x", "poll"),
    Target("poll_cold_small_ratio", "cold poll, 50 feeds x 50 items, vs newsboat", 1.0, "x", "poll"),
    Target("poller_rss_mb", "poller peak RSS (500 feeds)", 80, "MB", "poll"),
    Target("store_open_s", "store open (large cache)", 0.5, "s", "bench_store", (("open",), ("load",))),
    Target("filter_ms", "filter query on the store", 20, "ms", "bench_store", (("filter",), ("query",))),
    Target("mark_durable_s", "mark durable on disk", 1.0, "s", "bench_store", (("mark",), ("durable",))),
    Target("full_write_s", "full store write", 0.3, "s", "bench_store", (("full", "write"), ("rewrite",))),
    # No target of its own: the store lives inside the app's 200 MB.
    Target("store_rss_mb", "store peak RSS, 50k stories (inside the app's budget)", 200, "MB", "bench_store"),
    Target("app_first_paint_s", "app first paint", 0.6, "s", "bench_app", (("first", "paint"), ("startup",))),
    Target("refilter_ms", "re-filter in the app", 50, "ms", "bench_app", (("filter",),)),
    Target("app_rss_mb", "app peak RSS", 200, "MB", "bench_app", (("rss",), ("memory",))),
)

_UNITS = {"ms": 1e-3, "s": 1.0, "sec": 1.0, "kb": 1 / 1024, "kib": 1 / 1024, "mb": 1.0, "mib": 1.0,
          "gb": 1024.0, "gib": 1024.0}
_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|sec|s|KiB|KB|kB|MiB|MB|GiB|GB)\b")


def convert(value: float, unit: str, to: str) -> float | None:
    """VALUE in UNIT expressed in TO (time and memory units only); None when they do not mix."""
    time_units, mem_units = {"ms", "s", "sec"}, {"kb", "kib", "mb", "mib", "gb", "gib"}
    u, t = unit.lower(), to.lower()
    if (u in time_units) != (t in time_units) or (u in mem_units) != (t in mem_units):
        return None
    return value * _UNITS[u] / _UNITS[t]


def parse_results(output: str, source: str) -> dict[str, float]:
    """Metrics for SOURCE's targets from its stdout: BENCH_RESULT JSON first, table rows second."""
    found: dict[str, float] = {}
    for line in output.splitlines():
        if line.startswith("BENCH_RESULT "):
            try:
                data = json.loads(line.removeprefix("BENCH_RESULT "))
            except ValueError:
                continue
            found.update({k: float(v) for k, v in data.items() if isinstance(v, (int, float))})
    mine = [t for t in TARGETS if t.source == source]
    for target in mine:
        if target.key in found:
            continue
        value = _from_tables(output, target)
        if value is not None:
            found[target.key] = value
    return found


def _from_tables(output: str, target: Target) -> float | None:
    """The worst (largest) value of the rows naming TARGET: Markdown rows or `label  value unit` lines."""
    values: list[float] = []
    column_units: list[str | None] = []
    for line in output.splitlines():
        text = line.strip()
        if text.startswith("|"):
            cells = [c.strip() for c in text.strip("|").split("|")]
            if set("".join(cells)) <= set("-: "):
                continue
            if not any(re.search(r"\d", c) for c in cells[1:]):
                # A header row: remember each column's unit ("median ms", "time (s)", "RSS MB").
                column_units = [_header_unit(c) for c in cells]
                continue
        elif match := _VALUE.search(text):
            # A plain line: "open:  412.0 ms" or "50000 stories  first paint  1753 ms".
            cells, column_units = [text[: match.start()], text[match.start():]], []
        else:
            column_units = []
            continue
        if _row_matches(cells[0].lower(), target):
            value = _row_value(cells, column_units, target.unit)
            if value is not None:
                values.append(value)
    return max(values) if values else None


def _row_matches(label: str, target: Target) -> bool:
    # "re-filter" belongs to the app's target, never to the store's filter.
    if target.key == "filter_ms" and re.search(r"re-?filter", label):
        return False
    return any(all(word in label for word in group) for group in target.keywords)


def _row_value(cells: list[str], column_units: list[str | None], unit: str) -> float | None:
    for index, cell in enumerate(cells[1:], start=1):
        match = _VALUE.search(cell)
        if match:
            value, cell_unit = float(match.group(1)), match.group(2)
        else:
            number = re.match(r"^(\d+(?:\.\d+)?)$", cell)
            cell_unit = column_units[index] if index < len(column_units) else None
            if not number or not cell_unit:
                continue
            value = float(number.group(1))
        converted = convert(value, cell_unit, unit)
        if converted is not None:
            return converted
    return None


def _header_unit(cell: str) -> str | None:
    match = re.search(r"\b(ms|s|sec|MB|MiB|KB|KiB)\b", cell)
    return match.group(1) if match else None


def run_sibling(name: str, *, quick: bool, timeout: float, log=print) -> tuple[str, str | None]:
    """Run tests/benchmarks/NAME.py in its own process: (stdout, problem or None)."""
    if not (HERE / f"{name}.py").exists():
        return "", "not written yet"
    base = [sys.executable, "-m", f"tests.benchmarks.{name}"]
    with tempfile.TemporaryDirectory(prefix="warfeed-bench-home-") as home:
        attempts = [base + ["--quick"], base] if quick else [base]
        for cmd in attempts:
            log(f"running {' '.join(cmd[2:])}")
            try:
                proc = subprocess.run(cmd, cwd=REPO_ROOT, env=child_env(Path(home)), capture_output=True,
                                      text=True, timeout=timeout, stdin=subprocess.DEVNULL)
            except subprocess.TimeoutExpired:
                return "", f"timed out after {timeout:.0f} s"
            if proc.returncode != 0 and "--quick" in cmd and "--quick" in proc.stderr:
                continue  # this benchmark has no --quick; run it at its own size
            if proc.returncode != 0:
                tail = proc.stderr.strip().splitlines()[-1:] or ["no message"]
                return proc.stdout, f"exit {proc.returncode}: {tail[0][:160]}"
            return proc.stdout, None
    return "", "could not be run"


def poll_metrics(results: dict, sizes: tuple[tuple[int, int], ...]) -> tuple[dict[str, float], dict[str, str]]:
    """Target metrics from the poll benchmark, plus notes (spreads, unclean runs)."""
    metrics: dict[str, float] = {}
    notes: dict[str, str] = {}
    large, small = (f"{f}x{i}" for f, i in sizes)
    for key, size, phase in (("poll_cold_large_ratio", large, "cold"), ("poll_warm_large_ratio", large, "warm"),
                             ("poll_cold_small_ratio", small, "cold")):
        row = results.get(size, {}).get("summary", {}).get(phase)
        if not row or not row["ratio"]:
            continue
        metrics[key] = row["ratio"]["median"]
        spread = (f"{row['ratio']['median']:.2f}x ({row['ratio']['min']:.2f}-{row['ratio']['max']:.2f}); "
                  f"warfeed {row['warfeed_s']['median']:.2f} s vs newsboat {row['newsboat_s']['median']:.2f} s")
        if not (row["warfeed_clean"] and row["newsboat_clean"]):
            spread += " [UNCLEAN: failed feeds or wrong 200/304 counts]"
        notes[key] = spread
    rows = [results.get(large, {}).get("summary", {}).get(p) for p in ("cold", "warm")]
    peaks = [r["warfeed_mb"]["max"] for r in rows if r and r["warfeed_mb"]]
    if peaks:
        metrics["poller_rss_mb"] = max(peaks)
        notes["poller_rss_mb"] = f"{max(peaks):.0f} MB (max of cold and warm runs)"
    return metrics, notes


def verdict_table(metrics: dict[str, float], notes: dict[str, str], problems: dict[str, str]) -> str:
    """The final Markdown table: target | measured | ratio/verdict."""
    lines = ["| target | measured | ratio/verdict |", "|---|---|---|"]
    for t in TARGETS:
        goal = f"{t.label} <= {t.limit:g}{'x newsboat' if t.unit == 'x' else ' ' + t.unit}"
        if t.key not in metrics:
            why = problems.get(t.source, "not reported by the benchmark")
            lines.append(f"| {goal} | not measured | {why} |")
            continue
        value = metrics[t.key]
        measured = notes.get(t.key) or f"{value:.3g} {t.unit}"
        unclean = "UNCLEAN" in measured
        verdict = "pass" if value <= t.limit else "FAIL"
        if unclean:
            verdict = "invalid run"
        ratio = f"{value:.2f}x" if t.unit == "x" else f"{value / t.limit:.2f} of limit"
        lines.append(f"| {goal} | {measured} | {ratio}, {verdict} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description="every warfeed benchmark and a verdict table")
    parser.add_argument("--quick", action="store_true", help="small sizes, one rep: a smoke run")
    parser.add_argument("--reps", type=int, default=None, help="poll repetitions (default 3, quick 1)")
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--skip-poll", action="store_true")
    parser.add_argument("--json", type=Path, help="write every measurement here")
    args = parser.parse_args(argv)
    sizes = QUICK_SIZES if args.quick else FULL_SIZES
    reps = args.reps or (1 if args.quick else 3)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731 - progress, not results

    metrics: dict[str, float] = {}
    notes: dict[str, str] = {}
    problems: dict[str, str] = {}
    poll_results: dict = {}
    if args.skip_poll:
        problems["poll"] = "skipped (--skip-poll)"
    elif not Path(bench_poll.NEWSBOAT).exists():
        problems["poll"] = "newsboat is not installed"
    else:
        with tempfile.TemporaryDirectory(prefix="warfeed-bench-") as tmp:
            poll_results = bench_poll.run_benchmarks(list(sizes), reps=reps, latency=args.latency,
                                                     hosts=50, workdir=Path(tmp), log=log)
        for size in poll_results.values():
            print(size["table"] + "\n")
        found, notes = poll_metrics(poll_results, sizes)
        metrics.update(found)

    sibling_out = {}
    for name in SIBLINGS:
        out, problem = run_sibling(name, quick=args.quick, timeout=300 if args.quick else 1800, log=log)
        sibling_out[name] = out
        if out.strip():
            print(f"### {name}\n\n{out.strip()}\n")
        if problem:
            problems[name] = f"{name}: {problem}"
        metrics.update(parse_results(out, name))

    if args.quick:
        print(f"_Quick smoke run: poll sizes {sizes[0][0]}x{sizes[0][1]} and {sizes[1][0]}x{sizes[1][1]}, "
              f"{reps} rep; not the sizes the targets name._\n")
    print("## Targets\n")
    print(verdict_table(metrics, notes, problems))
    if args.json:
        args.json.write_text(json.dumps({"metrics": metrics, "notes": notes, "problems": problems,
                                         "poll": poll_results, "siblings": sibling_out}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
