"""Poll benchmark: `warfeed poll` against `newsboat -x reload` on the same local feeds.

Runs are interleaved (warfeed cold, newsboat cold, warfeed warm, newsboat warm, repeated) so
that a noisy neighbour on the shared machine hits both readers alike, and the ratios are paired
run by run. Each child runs under a tiny wrapper process whose RUSAGE_CHILDREN has seen only
that child, which gives an honest peak RSS per run.

    python -m tests.benchmarks.bench_poll [--sizes 500x50,50x50] [--reps 3] [--latency 0.05]
"""

from __future__ import annotations

import argparse
import json
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

import tomli_w

from tests.benchmarks.feedserver import REPO_ROOT, SIDES, FeedServerProcess, child_env, compile_bytecode

NEWSBOAT = shutil.which("newsboat") or "/usr/bin/newsboat"
NEWSBOAT_THREADS = 8

# Runs one command, then writes {"seconds", "peak_kb", "rc", "cpu_s", "stored_s"} to argv[1]. A
# fresh process per run, so RUSAGE_CHILDREN's ru_maxrss belongs to exactly this one child. cpu_s
# is the CPU of the child's whole process tree (the poll's fork server and workers too, which the
# child never waits for, so RUSAGE_CHILDREN misses them): each process's last reading of
# /proc/PID/stat, the tree followed through /proc/PID/task/TID/children every 50 ms. argv[2] is
# "-" or "FEEDS_JSON=N": stored_s is then the first tick at which that feeds.json records a
# successful fetch of N feeds (see stories_stored_watch).
_WRAPPER = """
import json, os, resource, subprocess, sys, time
tick = os.sysconf("SC_CLK_TCK")
watch, _, want = sys.argv[2].rpartition("=")
stored, seen = None, None
def feeds_done():
    try:
        stat = os.stat(watch)
    except OSError:
        return 0
    global seen
    if (stat.st_mtime_ns, stat.st_size) == seen:
        return 0
    seen = (stat.st_mtime_ns, stat.st_size)
    try:
        health = json.loads(read(watch) or "{}").get("health", {})
    except ValueError:
        return 0  # (never half-written: it is renamed into place)
    return sum(1 for doc in health.values() if doc.get("last_success") and doc.get("status") == 200)
def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None
start = time.perf_counter()
child = subprocess.Popen(sys.argv[3:])
cpu, known = {}, {child.pid}
while child.poll() is None:
    if watch and stored is None and feeds_done() >= int(want):
        stored = time.perf_counter() - start
    for pid in list(known):
        stat = read(f"/proc/{pid}/stat")
        if stat is None:
            continue  # gone: its last reading stays
        fields = stat.rsplit(")", 1)[1].split()
        cpu[pid] = (int(fields[11]) + int(fields[12])) / tick
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            tasks = []
        for tid in tasks:
            known.update(map(int, (read(f"/proc/{pid}/task/{tid}/children") or "").split()))
    time.sleep(0.05)
seconds = time.perf_counter() - start
if watch and stored is None and feeds_done() >= int(want):
    stored = seconds
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu[child.pid] = max(cpu.get(child.pid, 0.0), usage.ru_utime + usage.ru_stime)
with open(sys.argv[1], "w") as out:
    json.dump({"seconds": seconds, "peak_kb": usage.ru_maxrss, "rc": child.returncode, "cpu_s": sum(cpu.values()), "stored_s": stored}, out)
"""


@dataclass
class Run:
    """One measured child run and what the feed server saw during it."""

    tool: str
    phase: str
    rep: int
    seconds: float
    peak_mb: float
    rc: int
    server: dict = field(default_factory=dict)
    stderr_tail: str = ""
    cpu_s: float = 0.0
    """CPU of the run's whole process tree (on a shared machine a steadier measure than wall time)."""
    stored_s: float | None = None
    """A warfeed cold run: seconds until every story of the poll was durably stored (stories_stored_watch)."""


class Measured(NamedTuple):
    """One child run under the measuring wrapper."""

    seconds: float
    peak_mb: float
    rc: int
    stderr_tail: str
    cpu_s: float
    stored_s: float | None = None


def stories_stored_watch(data_dir: Path, feeds: int) -> str:
    """The wrapper's watch for a cold poll's "stories stored" moment: the first time the data
    dir's feeds.json records a successful fetch of every feed. The store writes a cycle's feed
    health (its validators) only after the cycle's stories are fsynced and renamed into place,
    so from that moment every story of the poll is on disk; claims and clusters may still be
    coming. Read every 50 ms, so the moment is known to within 50 ms."""
    return f"{data_dir / 'feeds.json'}={feeds}"


def parse_size(text: str) -> tuple[int, int]:
    """'500x50' -> (500 feeds, 50 items)."""
    feeds, _, items = text.lower().partition("x")
    return int(feeds), int(items or 50)


def write_warfeed_config(path: Path, urls: list[str]) -> Path:
    """A warfeed config.toml listing every benchmark feed."""
    feeds = [
        {"id": f"bench-{i:04d}", "url": url, "title": f"Bench outlet {i:04d}", "side": SIDES[i % len(SIDES)]}
        for i, url in enumerate(urls)
    ]
    path.write_bytes(tomli_w.dumps({"feeds": feeds}).encode())
    return path


def write_newsboat_files(workdir: Path, urls: list[str]) -> Path:
    """newsboat's urls and config files in WORKDIR (its cache goes there too)."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "urls").write_text("\n".join(urls) + "\n")
    (workdir / "config").write_text(f"reload-threads {NEWSBOAT_THREADS}\n")
    return workdir


def warfeed_command(config: Path, data_dir: Path, *, json_out: bool = False) -> list[str]:
    """argv for one `warfeed poll` through the same interpreter as this benchmark."""
    cmd = [sys.executable, "-m", "tui.cli", "--data-dir", str(data_dir), "--config", str(config), "poll"]
    return cmd + (["--json"] if json_out else [])


def without_claims_command(config: Path, data_dir: Path) -> list[str]:
    """argv for the same poll with claims extraction off (what the claims tracking costs)."""
    return [sys.executable, "-m", "tests.benchmarks.poll_without_claims",
            "--data-dir", str(data_dir), "--config", str(config)]


def newsboat_command(workdir: Path) -> list[str]:
    """argv for one `newsboat -x reload` with its own urls, config and cache in WORKDIR."""
    return [NEWSBOAT, "-u", str(workdir / "urls"), "-c", str(workdir / "cache.db"),
            "-C", str(workdir / "config"), "-x", "reload"]


def measure(cmd: list[str], *, home: Path, cwd: Path = REPO_ROOT, watch: str = "-") -> Measured:
    """Run CMD under the wrapper: wall seconds, peak RSS MB, exit code, stderr tail, CPU seconds
    of its whole process tree, and with a `watch` (stories_stored_watch) the stories-stored time."""
    report = home / "measure.json"
    report.unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, str(report), watch, *cmd],
        cwd=cwd, env=child_env(home), stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    if not report.exists():
        raise RuntimeError(f"measuring {cmd[0]} failed: {proc.stderr.strip()[-300:]}")
    data = json.loads(report.read_text())
    return Measured(data["seconds"], data["peak_kb"] / 1024, data["rc"], proc.stderr.strip()[-300:],
                    data["cpu_s"], data.get("stored_s"))


def run_size(feeds: int, items: int, *, reps: int, latency: float, hosts: int, workdir: Path,
             log=print) -> list[Run]:
    """All interleaved runs for one size; returns every Run in order."""
    runs: list[Run] = []
    with FeedServerProcess(feeds, items, latency=latency, hosts=hosts) as server:
        urls = server.urls
        config = write_warfeed_config(workdir / "warfeed.toml", urls)

        def one(tool: str, phase: str, rep: int, cmd: list[str], home: Path, watch: str = "-") -> Run:
            server.reset()
            cpu_before = server.cpu_seconds()
            seconds, peak, rc, err, cpu, stored = measure(cmd, home=home, watch=watch)
            cpu_after = server.cpu_seconds()
            run = Run(tool, phase, rep, seconds, peak, rc, server.reset(), err, cpu, stored)
            if cpu_before is not None and cpu_after is not None:
                run.server["server_cpu_s"] = round(cpu_after - cpu_before, 2)
            runs.append(run)
            s = run.server
            at = "" if stored is None else f" (stories stored {stored:.2f} s)"
            log(f"  {feeds}x{items} rep {rep} {tool:8} {phase}: {seconds:6.2f} s{at}  cpu {cpu:6.2f} s  {peak:6.1f} MB  "
                f"rc={rc}  200s={s['ok']} 304s={s['not_modified']} peak/host={s['peak_in_flight_per_host']}  "
                f"server cpu={s.get('server_cpu_s', '?')} s")
            if rc not in (0, None) and err:
                log(f"    stderr: {err.splitlines()[-1]}")
            return run

        for rep in range(reps):
            data_dir = workdir / f"warfeed-data-{feeds}-{rep}"
            nb_dir = write_newsboat_files(workdir / f"newsboat-{feeds}-{rep}", urls)
            shutil.rmtree(data_dir, ignore_errors=True)
            (nb_dir / "cache.db").unlink(missing_ok=True)
            wf_cmd = warfeed_command(config, data_dir)
            nb_cmd = newsboat_command(nb_dir)
            one("warfeed", "cold", rep, wf_cmd, workdir, stories_stored_watch(data_dir, feeds))
            one("newsboat", "cold", rep, nb_cmd, nb_dir)
            bare_dir = workdir / f"warfeed-bare-{feeds}-{rep}"
            shutil.rmtree(bare_dir, ignore_errors=True)
            one("warfeed", NO_CLAIMS, rep, without_claims_command(config, bare_dir), workdir)
            # newsboat 2.21 stores validators only from its second reload on (newsboat #2734),
            # so one unmeasured reload primes it; without it "warm" would be a second cold run.
            measure(nb_cmd, home=nb_dir)
            one("warfeed", "warm", rep, wf_cmd, workdir)
            one("newsboat", "warm", rep, nb_cmd, nb_dir)
    return runs


def _spread(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)} if values else {}


NO_CLAIMS = "cold without claims"
"""A third warfeed run per rep: the cold poll with claims extraction off, to show its cost."""
STORED = "cold stories stored"
"""The warfeed cold run's stories-stored moment (stories_stored_watch), claims still to come."""


def summarize(runs: list[Run], feeds: int) -> dict:
    """Per phase: each tool's times and peak RSS, paired warfeed/newsboat ratios, sanity flags."""
    out: dict = {}
    for phase in ("cold", STORED, "warm", NO_CLAIMS):
        by_rep: dict[int, dict[str, Run]] = {}
        for run in runs:
            # The poll without claims and the stories-stored moment are set against the same
            # rep's newsboat cold run.
            if run.phase == phase.split()[0] and (run.tool == "newsboat" or phase == STORED) or \
                    run.phase == phase and run.tool == "warfeed":
                by_rep.setdefault(run.rep, {})[run.tool] = run
        if phase == STORED and any(r.get("warfeed") and r["warfeed"].stored_s is None for r in by_rep.values()):
            continue  # (a run that never recorded the moment: no row rather than half a row)
        if not any("warfeed" in pair for pair in by_rep.values()):
            continue  # (no poll without claims in this run)
        pairs = [(r["warfeed"], r["newsboat"]) for r in by_rep.values() if len(r) == 2]
        seconds = (lambda run: run.stored_s) if phase == STORED else (lambda run: run.seconds)
        ratios = [seconds(w) / n.seconds for w, n in pairs if n.seconds > 0]
        expect = "not_modified" if phase == "warm" else "ok"
        out[phase] = {
            "warfeed_s": _spread([seconds(w) for w, _ in pairs]),
            "newsboat_s": _spread([n.seconds for _, n in pairs]),
            "ratio": _spread(ratios),
            "warfeed_cpu_s": _spread([w.cpu_s for w, _ in pairs]),
            "newsboat_cpu_s": _spread([n.cpu_s for _, n in pairs]),
            "warfeed_mb": _spread([w.peak_mb for w, _ in pairs]),
            "newsboat_mb": _spread([n.peak_mb for _, n in pairs]),
            # A run is honest when every feed was fetched once with the expected answer.
            "warfeed_clean": all(w.rc == 0 and w.server.get(expect) == feeds for w, _ in pairs),
            "newsboat_clean": all(n.rc == 0 and n.server.get(expect) == feeds for _, n in pairs),
            "warfeed_peak_per_host": max((w.server.get("peak_in_flight_per_host", 0) for w, _ in pairs), default=0),
        }
    return out


def format_table(size: str, summary: dict) -> str:
    """A Markdown table of one size's summary."""
    def cell(spread: dict, fmt: str = "{:.2f}") -> str:
        if not spread:
            return "n/a"
        return f"{fmt.format(spread['median'])} ({fmt.format(spread['min'])}-{fmt.format(spread['max'])})"

    lines = [f"### poll {size}", "",
             "| phase | warfeed s | newsboat s | ratio wf/nb | warfeed MB | newsboat MB | clean | warfeed CPU s | newsboat CPU s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for phase, row in summary.items():
        clean = "yes" if row["warfeed_clean"] and row["newsboat_clean"] else (
            f"warfeed={'yes' if row['warfeed_clean'] else 'NO'} newsboat={'yes' if row['newsboat_clean'] else 'NO'}")
        lines.append(f"| {phase} | {cell(row['warfeed_s'])} | {cell(row['newsboat_s'])} | "
                     f"{cell(row['ratio'])} | {cell(row['warfeed_mb'], '{:.0f}')} | "
                     f"{cell(row['newsboat_mb'], '{:.0f}')} | {clean} | {cell(row['warfeed_cpu_s'])} | "
                     f"{cell(row['newsboat_cpu_s'])} |")
    return "\n".join(lines)


def profile_cold_poll(feeds: int, items: int, *, latency: float, hosts: int, workdir: Path,
                      top: int = 25) -> str:
    """cProfile summary of one cold `warfeed poll` (main thread only: cProfile's limit)."""
    with FeedServerProcess(feeds, items, latency=latency, hosts=hosts) as server:
        config = write_warfeed_config(workdir / "profile.toml", server.urls)
        data_dir = workdir / "profile-data"
        shutil.rmtree(data_dir, ignore_errors=True)
        prof = workdir / "poll.prof"
        cmd = warfeed_command(config, data_dir)
        cmd[1:3] = ["-m", "cProfile", "-o", str(prof), "-m", "tui.cli"]
        subprocess.run(cmd, cwd=REPO_ROOT, env=child_env(workdir), stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not prof.exists():
        return "profile: warfeed poll produced no profile"
    from io import StringIO

    text = StringIO()
    stats = pstats.Stats(str(prof), stream=text).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return text.getvalue()


def run_benchmarks(sizes: list[tuple[int, int]], *, reps: int, latency: float, hosts: int,
                   workdir: Path, log=print) -> dict:
    """Every size: the runs, their summary and a printable table."""
    results = {}
    compile_bytecode()
    for feeds, items in sizes:
        size = f"{feeds}x{items}"
        log(f"poll benchmark {size}, {reps} reps, latency {latency * 1000:.0f} ms, "
            f"{min(hosts, feeds)} hosts")
        runs = run_size(feeds, items, reps=reps, latency=latency, hosts=hosts, workdir=workdir, log=log)
        summary = summarize(runs, feeds)
        results[size] = {"summary": summary, "runs": [asdict(r) for r in runs],
                         "table": format_table(size, summary)}
    return results


def main(argv: list[str] | None = None) -> int:
    """Command-line entry; prints a table per size and optionally writes JSON."""
    parser = argparse.ArgumentParser(description="warfeed poll vs newsboat reload")
    parser.add_argument("--sizes", default="500x50,50x50", help="comma list of FEEDSxITEMS")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per request")
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--quick", action="store_true", help="smoke run: 20x10, 1 rep")
    parser.add_argument("--json", type=Path, help="write every run and summary here")
    parser.add_argument("--profile", action="store_true", help="also cProfile one cold poll of the first size")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.reps = "20x10", 1
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    if not Path(NEWSBOAT).exists():
        print("newsboat is not installed, so there is nothing to compare against.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="warfeed-bench-") as tmp:
        results = run_benchmarks(sizes, reps=args.reps, latency=args.latency, hosts=args.hosts,
                                 workdir=Path(tmp))
        for size in results.values():
            print("\n" + size["table"])
        if args.profile:
            feeds, items = sizes[0]
            print("\n" + profile_cold_poll(feeds, items, latency=args.latency, hosts=args.hosts,
                                           workdir=Path(tmp)))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
