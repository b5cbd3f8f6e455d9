"""Cluster benchmark (a plain script): the cost of clustering one new story into a big cache.

Run: `python tests/benchmarks/bench_clusters.py [SIZES...]` (default 10000 50000). A cache of
SIZE stories spread over 60 days (a realistic 4-day recent window of ~SIZE/15 stories) is
clustered and saved once; then, in a fresh process, the index is opened and 300 new stories are
added one by one: the median and p95 per story, the open and the save are reported (wall and CPU).
A burst of SIZE/2 stories from two days, clustered at once, stands for a first poll.

`--poll FEEDSxITEMS` (e.g. 200x50) measures clustering inside a real cold `warfeed poll` against
the benchmark feed server: the poll's wall time, then the same cache clustered again the way the
poll does it (`assign_clusters` over every story), its share of the poll.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tui.core.clusters import ClusterIndex  # noqa: E402
from tui.core.models import Story  # noqa: E402

NOW = 1_763_625_600.0
SPAN = 60 * 86400.0
PLACES = ("Kupiansk Pokrovsk Myrnohrad Kostiantynivka Huliaipole Siversk Kharkiv Odesa Kyiv Sumy "
          "Zaporizhzhia Kherson Dnipro Belgorod Kursk Bryansk Toretsk Lyman Vovchansk Orikhiv").split()
EVENTS = ("drone strike on", "missile attack hits", "forces capture", "troops withdraw from",
          "air defence downs drones near", "shelling of", "officials visit", "evacuation from")
WORDS = ("officials said regional governor reported overnight injured killed damaged buildings "
         "infrastructure energy ministry general staff claims denies footage assessment brigade "
         "residents power outage children hospital school").split()


def make_story(n: int, rng: random.Random, at: float) -> Story:
    """A synthetic story: an event phrase, a place, and filler words."""
    place = rng.choice(PLACES)
    title = f"{rng.choice(EVENTS)} {place}, {' '.join(rng.choice(WORDS) for _ in range(6))}"
    summary = " ".join(rng.choice(WORDS) for _ in range(40))
    return Story(f"feed{n % 200:03d}:{n:016x}", f"feed{n % 200:03d}", "Outlet", "intl", title,
                 link=f"https://news{n % 200}.example/{n}", published=at, summary=summary,
                 places=[place], fetched_at=at)


def build(data_dir: Path, size: int) -> None:
    rng = random.Random(size)
    index = ClusterIndex.open(data_dir)
    started = time.perf_counter()
    index.add(make_story(n, rng, NOW - SPAN + SPAN * n / size) for n in range(size))
    index.save(NOW)
    print(f"  clustering {size} stories from empty: {time.perf_counter() - started:6.1f} s")


def measure(data_dir: Path, size: int) -> None:
    rng = random.Random(-size)
    wall, cpu = time.perf_counter(), time.process_time()
    index = ClusterIndex.open(data_dir)
    _ = index.clusterer  # the recent window, rebuilt as a poll that clusters would
    print(f"  open + recent window: {(time.perf_counter() - wall) * 1000:7.1f} ms wall,"
          f" {(time.process_time() - cpu) * 1000:7.1f} ms CPU ({len(index.clusterer.recent)} recent)")
    per_story, per_story_cpu = [], []
    for n in range(300):
        story = make_story(size + n, rng, NOW + n)
        started, cpu = time.perf_counter(), time.thread_time()
        index.add([story])
        per_story.append((time.perf_counter() - started) * 1000)
        per_story_cpu.append((time.thread_time() - cpu) * 1000)
    per_story.sort()
    per_story_cpu.sort()
    # CPU beside wall: on a shared machine a preempted story shows in wall time only.
    print(f"  add one story: median {statistics.median(per_story):.2f} ms,"
          f" p95 {per_story[int(len(per_story) * 0.95)]:.2f} ms (CPU median"
          f" {statistics.median(per_story_cpu):.2f} ms, p95 {per_story_cpu[int(len(per_story_cpu) * 0.95)]:.2f} ms)")
    wall, cpu = time.perf_counter(), time.process_time()
    index.save(NOW + 300)
    print(f"  save after 300 adds: {(time.perf_counter() - wall) * 1000:7.1f} ms wall,"
          f" {(time.process_time() - cpu) * 1000:7.1f} ms CPU"
          f" (clusters.json {(data_dir / 'clusters.json').stat().st_size / 1e6:.1f} MB)")


def burst(size: int) -> None:
    """A first poll: SIZE stories published within two days, clustered in one go."""
    rng = random.Random(size + 1)
    stories = [make_story(n, rng, NOW - 2 * 86400 * n / size) for n in range(size)]
    with tempfile.TemporaryDirectory() as tmp:
        index = ClusterIndex.open(tmp)
        wall, cpu = time.perf_counter(), time.process_time()
        index.add(stories)
        index.save(NOW)
        print(f"  a first poll of {size} stories from two days: {time.perf_counter() - wall:6.1f} s wall,"
              f" {time.process_time() - cpu:6.1f} s CPU"
              f" ({(time.process_time() - cpu) / size * 1000:.2f} ms CPU a story)")


def cold_poll(size: str) -> None:
    """A cold `warfeed poll` of FEEDSxITEMS local feeds, and what clustering costs in it."""
    import shutil

    import tomli_w

    from tests.benchmarks.feedserver import SIDES, FeedServerProcess, child_env, compile_bytecode
    from tui.core.clusters import FILE_NAME, assign_clusters
    from tui.core.store import Store

    feeds, _, items = size.partition("x")
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp, FeedServerProcess(int(feeds), int(items or 50)) as server:
        work = Path(tmp)
        config = work / "config.toml"
        config.write_text(tomli_w.dumps({"feeds": [
            {"id": f"bench-{i:04d}", "url": url, "title": f"Bench outlet {i:04d}", "side": SIDES[i % len(SIDES)]}
            for i, url in enumerate(server.urls)]}))
        data = work / "data"
        root = Path(__file__).resolve().parents[2]
        import resource

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tui.cli", "--config", str(config), "--data-dir", str(data), "poll"],
                       cwd=root, env=child_env(work), check=True, stdout=subprocess.DEVNULL)
        poll = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # The poll's own CPU and its workers': the share that holds on a busy machine.
        poll_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        shutil.copy(data / FILE_NAME, work / "poll-clusters.json")
        (data / FILE_NAME).unlink()
        with Store.open(data) as store:
            ids = [story.id for story in store.stories()]
            wall, cpu = time.perf_counter(), time.process_time()
            found = assign_clusters(store, ids, now=time.time())
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"  cold poll of {feeds}x{items or 50} feeds: {poll:.2f} s wall, {poll_cpu:.2f} s CPU"
              f" (with workers), {len(ids)} stories, {len(set(found.values()))} clusters")
        print(f"  clustering them as the poll does: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU"
              f" ({cpu / poll_cpu:.1%} of the poll's CPU, {cpu / max(len(ids), 1) * 1000:.3f} ms CPU a story)")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--poll"]:
        cold_poll(argv[1] if len(argv) > 1 else "200x50")
        return 0
    if argv[:1] == ["--build"]:
        build(Path(argv[1]), int(argv[2]))
        return 0
    if argv[:1] == ["--measure"]:
        measure(Path(argv[1]), int(argv[2]))
        return 0
    if argv[:1] == ["--burst"]:
        burst(int(argv[1]))
        return 0
    for size in [int(a) for a in argv] or [10_000, 50_000]:
        print(f"clusters, {size} stories")
        subprocess.run([sys.executable, __file__, "--burst", str(size // 2)], check=True)
        with tempfile.TemporaryDirectory() as tmp:
            for step in ("--build", "--measure"):
                subprocess.run([sys.executable, __file__, step, tmp, str(size)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
