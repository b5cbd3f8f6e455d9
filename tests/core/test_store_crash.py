"""The store against real processes: kill -9 mid-write, the data-dir lock, SIGTERM/SIGHUP flushes."""

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tui.core.store import Store, StoreLocked

REPO_ROOT = Path(__file__).resolve().parents[2]
KILL_ROUNDS = 40
BATCH = 1500

WRITER = textwrap.dedent(f"""
    import os, signal, sys
    from pathlib import Path
    from tests.factories import story
    from tui.core.models import FeedHealth
    from tui.core.store import Store

    kill_at = int(sys.argv[4])
    if kill_at:
        # Die by SIGKILL halfway through the kill_at-th os.write of the store, after saying
        # which file it was writing: this lands kills inside partitions, articles and state.
        real_write, calls = os.write, [0]

        def write(fd, data):
            calls[0] += 1
            if calls[0] == kill_at:
                name = os.path.basename(os.readlink(f"/proc/self/fd/{{fd}}"))
                real_write(fd, bytes(memoryview(data)[: len(data) // 2]))
                real_write(2, f"killed writing {{name}}\\n".encode())
                os.kill(os.getpid(), signal.SIGKILL)
            return real_write(fd, data)

        os.write = write
    if sys.argv[3] == "partitions":
        # Each cycle spans four partition files (and four articles files).
        from tui.core import partitions
        partitions.PARTITION_SIZE = 400
    store = Store.open(Path(sys.argv[1]), flush_interval=0.01)
    gen = int(sys.argv[2])
    print("ready", flush=True)
    while True:
        gen += 1
        batch = [
            story(i, source="S", title=f"gen {{gen}}", summary="s" * 900, published=1e9 + i,
                  content=f"gen {{gen}} " + "c" * 600)
            for i in range({BATCH})
        ]
        store.ingest(batch, health=[FeedHealth("f", etag=f"gen {{gen}}")])
        store.set_marks([f"f:{{gen % {BATCH}:04d}}"], starred=True)
        sys.stdout.write(f"wrote {{gen}}\\n")
        sys.stdout.flush()
""")

HOLDER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from tests.factories import story
    from tui.core.store import Store

    store = Store.open(Path(sys.argv[1]), flush_interval=float(sys.argv[2]))
    if sys.argv[3] == "signals":
        store.install_signal_handlers()
    store.ingest([story(i, id=f"f:{i}", source="S", title=str(i), published=1e9 + i) for i in range(50)])
    store.flush()
    store.set_marks(["f:1", "f:2"], starred=True)
    store.set_marks(["f:3"], flagged=True, read=True)
    if sys.argv[3] == "timer":
        store.wait_flushed(timeout=30)
        os._exit(0)  # no close, no atexit: only the timer can have written the marks
    if sys.argv[3] == "atexit":
        sys.exit(0)
    print("marked", flush=True)
    time.sleep(60)
""")


def spawn(script, *args):
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    return proc


def wait_for_line(proc, expected):
    line = proc.stdout.readline().strip()
    if line != expected:
        proc.kill()
        raise AssertionError(f"child said {line!r}; stderr: {proc.communicate()[1]}")


def gen_of(text):
    return int(text.split()[1])


def check_consistent(data_dir, round_no, seed):
    """Open after a kill: no damage, every story whole, and nothing written ahead of what it
    depends on; returns the oldest generation a story holds."""
    where = f"round {round_no}, seed {seed}"
    with Store.open(data_dir) as store:
        assert store.notices == [], where
        stories = store.stories()
        if not stories:
            return 0
        health = store.health().get("f")  # absent when the first writer died before it
        # A kill inside the very first cycle can leave some of its partitions unwritten: their
        # stories come back with the next poll, as no validator of that cycle was stored.
        assert len(stories) == BATCH or health is None, where
        gens = {gen_of(s.title) for s in stories}
        # Each partition file is replaced whole: a kill between two of them leaves the newer
        # generation in some and the one before in the rest, never anything else.
        assert max(gens) - min(gens) <= 1, f"generations {sorted(gens)[:5]} in {where}"
        gen = min(gens)
        # A story is revised once per generation it went through, never more.
        assert all(s.revision < gen_of(s.title) for s in stories), where
        # Health (validators) is written after stories, so it may lag (by several generations
        # if several writers die in that window) but must never lead: a validator from a
        # response whose stories were lost would turn the refetch into a 304.
        assert health is None or gen_of(health.etag) <= gen, where
        # Content is written before stories, so it may lead by one generation, never lag.
        first = store.story("f:0000")
        assert gen_of(store.content("f:0000")) in (gen_of(first.title), gen_of(first.title) + 1), where
        starred = {int(s.id[2:]) for s in stories if s.starred}
        assert all(k <= max(gens) % BATCH or max(gens) >= BATCH for k in starred), where
    leftovers = [p.name for p in data_dir.iterdir() if "corrupt" in p.name or p.name.endswith(".tmp")]
    assert leftovers == [], where
    return gen


@pytest.mark.parametrize("mode", ["one", "partitions"])
def test_kill_9_at_random_moments_always_leaves_a_loadable_previous_state(tmp_path, mode):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    gen = 0
    for round_no in range(KILL_ROUNDS):
        proc = spawn(WRITER, data_dir, gen, mode, 0)
        wait_for_line(proc, "ready")
        # Let the child finish 0-2 ingests (so kills are paced by its progress, not by the
        # machine's speed), then kill it a random few ms into whatever it is doing next.
        confirmed = gen
        for _ in range(rng.randrange(3)):
            confirmed = gen_of(proc.stdout.readline())
        try:
            proc.wait(timeout=rng.uniform(0.0, 0.03))
        except subprocess.TimeoutExpired:
            pass
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        new_gen = check_consistent(data_dir, round_no, seed)
        # Every ingest that returned before the kill is on disk.
        assert new_gen >= confirmed, f"lost generation {confirmed}: found {new_gen} (seed {seed})"
        gen = new_gen


def test_kill_9_inside_partition_and_article_writes_loses_nothing_confirmed(tmp_path):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    gen = 0
    killed_in: dict[str, int] = {}
    for round_no in range(KILL_ROUNDS):
        # Each writer run makes ~20 writes a cycle (articles and story partitions in chunks,
        # marks, feeds).
        proc = spawn(WRITER, data_dir, gen, "partitions", rng.randrange(1, 40))
        wait_for_line(proc, "ready")
        out, err = proc.communicate()
        assert proc.returncode == -signal.SIGKILL, err
        # The kill can cut the last confirmation short: count only whole lines.
        confirmed = max([gen, *(gen_of(line) for line in out.split("\n")[:-1])])
        name = err.split("killed writing ")[1].split()[0]
        kind = name.lstrip(".").split(".")[0].split("-")[0]  # .stories-0002.json.PID.tmp
        killed_in[kind] = killed_in.get(kind, 0) + 1
        new_gen = check_consistent(data_dir, round_no, seed)
        assert new_gen >= confirmed, f"lost generation {confirmed}: found {new_gen} (seed {seed})"
        gen = new_gen
    # Half-written story partitions and half-written articles files both happened.
    assert killed_in.get("stories") and killed_in.get("articles"), (killed_in, seed)


def test_second_process_is_refused_until_the_first_dies(tmp_path):
    holder = spawn(HOLDER, tmp_path, 3600, "plain")
    wait_for_line(holder, "marked")
    with pytest.raises(StoreLocked) as refused:
        Store.open(tmp_path)
    assert str(refused.value) == f"another warfeed is using {tmp_path} (pid {holder.pid})"
    holder.kill()  # SIGKILL: no cleanup runs, the kernel drops the flock
    holder.communicate()
    with Store.open(tmp_path) as store:
        assert store.count() == 50
        assert store.notices == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_signal_flushes_unflushed_marks_before_exit(tmp_path, signum):
    holder = spawn(HOLDER, tmp_path, 3600, "signals")  # the timer alone would never flush
    wait_for_line(holder, "marked")
    holder.send_signal(signum)
    _, stderr = holder.communicate(timeout=30)
    assert holder.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr
    assert_marks_on_disk(tmp_path)


@pytest.mark.parametrize("mode", ["timer", "atexit"])
def test_marks_reach_disk_by_timer_or_at_exit(tmp_path, mode):
    holder = spawn(HOLDER, tmp_path, 0.05 if mode == "timer" else 3600, mode)
    _, stderr = holder.communicate(timeout=30)
    assert holder.returncode == 0, stderr
    assert_marks_on_disk(tmp_path)


def assert_marks_on_disk(data_dir):
    with Store.open(data_dir) as store:
        assert [s.id for s in store.stories(lambda s: s.starred)] == ["f:2", "f:1"]
        flagged = store.story("f:3")
        assert flagged.flagged and flagged.read and not flagged.starred
        assert store.stories(lambda s: s.read) == [flagged]
