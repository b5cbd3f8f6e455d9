"""Benchmark (a script, not a test): dashboard first paint, re-filter and memory on large caches.

Run: python -m tests.benchmarks.bench_app [--quick] [N ...]   (default sizes: 10000 50000)

For each size the parent writes a store of N synthetic stories, then measures two ways.

- The real command: `warfeed --data-dir D` started in a 160x50 pseudo-terminal, timed from the
  spawn to the newest story's title arriving on the terminal: Python's start, every import, the
  store's open and the app's first frame, as a user sees it. The bytecode of `tui` is compiled
  first, as `pip install` does (a shell with PYTHONDONTWRITEBYTECODE would otherwise compile it
  on every start). Median of several starts.
- In a fresh child process running the real app headless (Textual's test driver), so the
  child's peak RSS is the app's own: store, stories, widgets and workers, nothing of the
  fixture. First paint there = from opening the store (deferred, as the dashboard opens it) to
  the first frame listing the newest stories; "every story listed" = to the frame listing all N
  (the rest of the cache is read after the first frame). Re-filter = from a new query to the list updated and painted, once the post-paint
warm-up has run (a user looks before typing), timed to the first frame the app writes with the
new list (an observer on the app's display call); each query is repeated, its median reported.
`j` presses are reported next to the same number of presses of an unbound key, which is what
the test driver itself costs. The last line, `BENCH_RESULT {...}`, carries the largest size's
figures to tests.benchmarks.run: the real command's first paint, the slowest query's median
re-filter, peak RSS.
"""

from __future__ import annotations

import asyncio
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.feedserver import compile_bytecode  # noqa: E402
from tui.core.models import SIDES, Story  # noqa: E402

NOW = 1_763_630_000.0
PLACES = ("Kupiansk", "Pokrovsk", "Huliaipole", "Odesa", "Kyiv", "Kharkiv", "Zaporizhzhia")
QUERIES = ("Kupiansk", "side:ru is:unread", "place:Odesa since:2d", "-Kyiv source:\"Outlet 7\"", "")


NEWEST_ID = "feed0:00000000"
NEWEST_TITLE = b"Report 0: "


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
    """Yield to the app until condition() holds.

    A plain sleep, not the test driver's pause: a pause forces a screen update each time, which
    would compete with the app for the interpreter while it filters and paints on its own.
    """
    deadline = time.perf_counter() + limit
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition never held")
        await asyncio.sleep(0.002)


def process_age() -> float | None:
    """Seconds since this process started (Linux /proc; 10 ms resolution), else None."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    import os

    return max(0.0, uptime - ticks / os.sysconf("SC_CLK_TCK"))


async def measure(data_dir: Path, n: int, reps: int) -> dict[str, float]:
    """Run the app on DATA_DIR's store (in this process) and time what a user feels."""
    from tui.app import WarfeedApp
    from tui.core.config import Config
    from tui.core.store import Store
    from tui.widgets.filter_bar import FilterBar
    from tui.widgets.story_list import StoryList

    since_exec = process_age()
    started = time.perf_counter()
    store = Store.open(data_dir, deferred=True)  # as the dashboard opens it
    newest = NEWEST_ID

    def first_screen(rows) -> bool:
        return bool(rows) and rows[0].id == newest

    try:
        app = WarfeedApp(config=Config(), store=store, clock=lambda: NOW)
        frames = watch_frames(app, lambda: shown_rows(app, StoryList))
        async with app.run_test(size=(160, 50)) as pilot:
            await wait_until(pilot, lambda: any(rows is not None and len(rows) == n for _, rows in frames))
            painted = next(at for at, rows in frames if first_screen(rows))
            listed = next(at for at, rows in frames if rows is not None and len(rows) == n)
            results = {
                "first paint (store open + app)": painted - started,
                "every story listed (the rest read after first paint)": listed - started,
            }
            if since_exec is not None:
                results["first paint, this process (imports and test driver too)"] = since_exec + results["first paint (store open + app)"]
            screen = app.screen
            story_list = screen.query_one(StoryList)
            await pilot.pause(1.2)
            await app.workers.wait_for_complete()
            frames.clear()
            for query in QUERIES:
                times = []
                for _ in range(reps):
                    # From the full list each time, so every repetition is a real change.
                    for text in ("", query) if query else ("Kyiv", ""):
                        if screen.query_text == text:
                            continue  # already there: setting it again changes nothing
                        # Only frames written from now on: an earlier one may show the very
                        # list object this query brings back (the unfiltered list is reused).
                        frames.clear()
                        started = time.perf_counter()
                        before = story_list.stories
                        screen.post_message(FilterBar.Changed(text))
                        await wait_until(pilot, lambda: story_list.stories is not before)
                        shown = story_list.stories
                        await wait_until(pilot, lambda: any(rows is shown for _, rows in frames))
                    # The first frame written with the new list: what the user sees, without
                    # the test driver's own waiting for the process to go idle.
                    times.append(next(at for at, rows in frames if rows is shown) - started)
                results[f"re-filter {query!r} ({len(story_list.stories)} shown), median of {reps}"] = statistics.median(times)
            started = time.perf_counter()
            for _ in range(50):
                await pilot.press("j")
            results["50 x j (cursor moves + repaint)"] = time.perf_counter() - started
            started = time.perf_counter()
            for _ in range(50):
                await pilot.press("z")
            results["50 x unbound key (test driver overhead)"] = time.perf_counter() - started
    finally:
        store.close()
    results["peak RSS MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def shown_rows(app, list_type) -> list | None:
    """The story list's rows, or None before the main screen is up."""
    lists = app.screen.query(list_type)
    return lists.first().stories if lists else None


def watch_frames(app, state) -> list[tuple[float, object]]:
    """Record (time, state()) after every display pass of the app (Textual's post_display_hook)."""
    frames: list[tuple[float, object]] = []
    app.post_display_hook = lambda: frames.append((time.perf_counter(), state()))
    return frames


def run_size(n: int, reps: int) -> dict[str, float]:
    """Write an N-story store, then measure the app on it in a fresh process."""
    from tui.core.store import Store

    with tempfile.TemporaryDirectory(prefix="warfeed-bench-app-") as tmp:
        store = Store.open(Path(tmp))
        store.ingest(synthetic(n))
        # A cache as any session leaves it: the word index complete on disk. (A first ingest
        # of 50k indexes in a background thread; closing early would save half an index and
        # the child's open would finish the rest while the app paints.)
        store.word_index.add(store.stories())
        store.close()
        real = real_first_paint(Path(tmp), reps)
        child = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.bench_app", "--child", tmp, str(n), str(reps)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )
    if child.returncode != 0:
        raise SystemExit(f"the app benchmark child failed: {child.stderr.strip().splitlines()[-1:]}")
    return {REAL_FIRST_PAINT: real, **json.loads(child.stdout.strip().splitlines()[-1])}


REAL_FIRST_PAINT = "first paint, real warfeed process (spawn to newest title on a 160x50 pty)"


def real_first_paint(data_dir: Path, reps: int) -> float:
    """Median seconds from spawning `warfeed --data-dir DATA_DIR` in a pseudo-terminal to the
    newest story's title arriving on it (no feeds configured: nothing is fetched)."""
    import fcntl
    import os
    import pty
    import select
    import signal
    import struct
    import termios

    compile_bytecode()
    config = data_dir / "bench-empty.toml"
    config.write_text("")
    argv = [sys.executable, "-c", "import sys; from tui.cli import main; sys.exit(main())",
            "--data-dir", str(data_dir), "--config", str(config)]
    times = []
    for _ in range(max(reps, 5)):
        pid, fd = pty.fork()
        if pid == 0:  # the child: become warfeed
            os.chdir(ROOT)
            os.environ["TERM"] = "xterm-256color"
            os.execv(sys.executable, argv)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))
        started, seen, painted = time.perf_counter(), b"", None
        try:
            while painted is None and time.perf_counter() - started < 60:
                if select.select([fd], [], [], 0.05)[0]:
                    seen += os.read(fd, 1 << 16)
                    if NEWEST_TITLE in seen:
                        painted = time.perf_counter() - started
        finally:
            os.kill(pid, signal.SIGTERM)
            try:  # drain until the app has closed its store and exited
                while select.select([fd], [], [], 2.0)[0] and os.read(fd, 1 << 16):
                    pass
            except OSError:
                pass
            os.waitpid(pid, 0)
            os.close(fd)
        if painted is None:
            raise SystemExit("warfeed never showed the newest story within 60 s")
        times.append(painted)
    return statistics.median(times)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        data_dir, n, reps = Path(argv[1]), int(argv[2]), int(argv[3])
        print(json.dumps(asyncio.run(measure(data_dir, n, reps))))
        return
    quick = "--quick" in argv
    sizes = [int(arg) for arg in argv if arg.isdigit()] or [10_000, 50_000]
    reps = 3 if quick else 7
    summary: dict[str, float] = {}
    for n in sizes:
        results = run_size(n, reps)
        for name, value in results.items():
            shown = f"{value:8.0f} MB" if name.endswith("MB") else f"{value * 1000:8.0f} ms"
            print(f"{n:>6} stories  {name:<58} {shown}")
        refilters = [v for k, v in results.items() if k.startswith("re-filter")]
        summary = {
            "app_first_paint_s": round(results[REAL_FIRST_PAINT], 3),
            "refilter_ms": round(max(refilters) * 1000, 1),
            "app_rss_mb": round(results["peak RSS MB"], 1),
        }
    print("BENCH_RESULT " + json.dumps(summary))


if __name__ == "__main__":
    main(sys.argv[1:])
