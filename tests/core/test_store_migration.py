"""A data dir written by the first release (stories.json, an unfolded journal, a mark overlay in
state.json, articles.log, claims.json) moves to the TinyDB layout on first open, nothing lost.

The fixture was made by that release's own code (scripts/make_old_store_fixture.py)."""

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tui.core.store import Store

from tests.core import stored

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "store_release1"
OLD_FILES = {"stories.json", "stories.journal", "state.json", "articles.log"}


def old_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    shutil.rmtree(data / "older")
    return data


def check_everything_kept(store: Store) -> None:
    assert store.count() == 150  # 3 feeds x 40, then 20 and 10 more in journal cycles
    assert store.story("charlie:0109").title == "Synthetic report 109 from the charlie desk"
    revised = store.story("bravo:0003")
    assert revised.title == "Synthetic report 3, corrected by the bravo desk"
    assert revised.revision == 1
    assert revised.previous_titles == ["Synthetic report 3 from the bravo desk"]
    assert revised.starred
    assert {s.id for s in store.stories(lambda s: s.read)} == {
        "alpha:0001", "alpha:0045", "charlie:0105", "bravo:0007"}
    assert store.story("bravo:0007").flagged
    linked = store.story("alpha:0002")
    assert linked.places == ["Sampleton"] and linked.claim_ids == ["claim-sample-1"]
    (claim,) = store.claims()
    assert claim.id == "claim-sample-1" and claim.watched and claim.statements
    assert store.article("alpha:0008").text == "An invented article body."
    assert store.content("alpha:0004") == "<p>Longer sample body 4, invented for a test.</p>"
    health = store.health()
    assert sorted(health) == ["alpha", "bravo", "charlie"]
    assert health["alpha"].etag == '"alpha-tag-1"'
    assert health["alpha"].last_modified == "Thu, 09 Oct 2025 08:00:00 GMT"


def test_an_old_data_dir_is_migrated_with_nothing_lost(tmp_path):
    data = old_dir(tmp_path)
    with Store.open(data) as store:
        check_everything_kept(store)
        assert store.notices == []
    assert not OLD_FILES & {p.name for p in data.iterdir()}
    assert len(stored.stories(data)) == 150
    assert stored.marks(data)["bravo:0003"] == {"id": "bravo:0003", "starred": True}
    with Store.open(data) as store:  # and from the new files alone
        check_everything_kept(store)


def test_a_read_only_look_at_an_old_data_dir_changes_nothing(tmp_path):
    data = old_dir(tmp_path)
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    snapshot = Store.open(data, read_only=True)
    check_everything_kept(snapshot)
    snapshot.close()
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before


KILLED = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path

    kill_at = int(sys.argv[2])
    real_write, calls = os.write, [0]

    def write(fd, data):
        calls[0] += 1
        if calls[0] == kill_at:
            real_write(fd, bytes(memoryview(data)[: len(data) // 2]))
            os.kill(os.getpid(), signal.SIGKILL)
        return real_write(fd, data)

    os.write = write
    from tui.core.store import Store
    Store.open(Path(sys.argv[1])).close()
""")


def test_a_migration_killed_at_any_write_is_finished_by_the_next_open(tmp_path):
    for kill_at in range(1, 40, 3):
        data = tmp_path / f"data-{kill_at}"
        shutil.copytree(FIXTURE, data)
        shutil.rmtree(data / "older")
        proc = subprocess.run([sys.executable, "-c", KILLED, str(data), str(kill_at)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), proc.stderr
        with Store.open(data) as store:
            check_everything_kept(store)
        assert not OLD_FILES & {p.name for p in data.iterdir()}


def test_the_readme_script_prints_every_story_and_mark_with_plain_tinydb(tmp_path):
    readme = (ROOT / "README.md").read_text()
    script = readme.split("<!-- plain-tinydb-script -->\n```python\n")[1].split("```")[0]
    assert len(script.strip().splitlines()) == 3
    data = old_dir(tmp_path)
    with Store.open(data, flush_interval=0.01) as store:
        store.set_marks(["charlie:0001"], starred=True)
        assert store.wait_flushed(timeout=10)  # as of the last flush: the store is still open
        run = subprocess.run([sys.executable, "-c", script, str(data)], capture_output=True,
                             text=True, timeout=60, env={**os.environ, "PYTHONPATH": ""})
        assert run.returncode == 0, run.stderr
        lines = run.stdout.splitlines()
        printed_stories = [line for line in lines if line.startswith("stories ")]
        printed_marks = [line for line in lines if line.startswith("marks ")]
        assert len(printed_stories) == store.count() == 150
        assert len(printed_marks) == len(store.stories(
            lambda s: s.read or s.starred or s.flagged or s.places or s.claim_ids))
        assert any("'charlie:0001'" in line and "'starred': True" in line for line in printed_marks)
        assert any("Synthetic report 3, corrected by the bravo desk" in line
                   for line in printed_stories)
