"""Files of the data dir are never followed through symlinks, and a file that is a directory
names itself (HARDENING 43): real links, real directories, the real `warfeed` command."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core.models import Article
from tui.core.storage import DataFileError
from tui.core.store import Store

from tests.factories import story

ROOT = Path(__file__).resolve().parents[2]


def warfeed(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "WARFEED_HOME"}
    return subprocess.run([sys.executable, "-m", "tui.cli", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def test_a_symlinked_lock_is_refused_and_its_target_left_whole(tmp_path):
    data, outside = tmp_path / "data", tmp_path / "precious.txt"
    data.mkdir()
    outside.write_text("keep me\n")
    (data / "lock").symlink_to(outside)
    with pytest.raises(DataFileError, match=r"lock is a symbolic link"):
        Store.open(data)
    assert outside.read_text() == "keep me\n"


@pytest.mark.parametrize("name", ["stories-0000.json", "marks.json", "feeds.json"])
def test_a_symlinked_store_file_is_refused_and_nothing_is_written_through_it(tmp_path, name):
    data, outside = tmp_path / "data", tmp_path / "outside"
    with Store.open(data) as store:
        store.ingest([story(1)])
        store.ingest([story(2)])
        store.set_marks(["f:0002"], read=True)
    outside.write_bytes((data / name).read_bytes())
    before = outside.read_bytes()
    (data / name).unlink()
    (data / name).symlink_to(outside)
    with pytest.raises(DataFileError, match=rf"{name} is a symbolic link"):
        with Store.open(data) as store:
            store.ingest([story(3)])
            store.set_marks(["f:0001"], starred=True)
    assert outside.read_bytes() == before
    assert (data / name).is_symlink()  # refused, not replaced behind the user's back


def test_an_articles_file_is_never_written_through_a_symlink(tmp_path):
    data, outside = tmp_path / "data", tmp_path / "outside.json"
    with Store.open(data) as store:
        store.ingest([story(1, content="body one")])
    outside.write_bytes((data / "articles-0000.json").read_bytes())
    before = outside.read_bytes()
    (data / "articles-0000.json").unlink()
    (data / "articles-0000.json").symlink_to(outside)
    with Store.open(data) as store:
        with pytest.raises(DataFileError, match="articles-0000.json is a symbolic link"):
            store.save_article("f:0001", Article(url="https://example.org/1", title="T", text="text"))
    assert outside.read_bytes() == before


def test_a_claims_file_that_is_a_directory_names_itself_in_the_cli(tmp_path):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(1)])
    (data / "claims.json").mkdir()
    result = warfeed("claims", "list", data_dir=data)
    assert "Traceback" not in result.stderr
    assert f"{data / 'claims.json'} is a directory" in result.stderr
    assert (data / "claims.json").is_dir()


@pytest.mark.parametrize("name", ["stories-0000.json", "marks.json", "lock"])
def test_a_store_file_that_is_a_directory_names_itself(tmp_path, name):
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.ingest([story(1)])
        store.set_marks(["f:0001"], read=True)
    (data / name).unlink()
    (data / name).mkdir()
    config = tmp_path / "config.toml"
    config.write_text("feeds = []\n")
    # A poll of no feeds never reads a partition; a reader never takes the lock.
    commands = {"stories-0000.json": ["stories"], "marks.json": ["poll", "stories"],
                "lock": ["poll"]}
    for command in commands[name]:
        result = warfeed("--config", str(config), command, data_dir=data)
        assert "Traceback" not in result.stderr
        assert result.returncode == 2
        assert f"{data / name} is a directory" in result.stderr, result.stderr
