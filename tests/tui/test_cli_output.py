"""The command line as a user reads it: times that name their zone, one-sentence usage errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tui.core.store import Store

from .conftest import NOW, make_story


def warfeed(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=60)


def test_stories_print_local_time_with_the_zone(tmp_path):
    store = Store.open(tmp_path / "data")
    store.ingest([make_story(0, published=NOW)])
    store.close()
    home = {"WARFEED_HOME": str(tmp_path / "data")}
    kyiv = warfeed("stories", env={**home, "TZ": "Europe/Kyiv"})
    assert kyiv.returncode == 0, kyiv.stderr
    assert kyiv.stdout.startswith("2025-11-20 11:13 EET ")
    utc = warfeed("stories", env={**home, "TZ": "UTC"})
    assert utc.stdout.startswith("2025-11-20 09:13 UTC ")


@pytest.mark.parametrize("args", [
    ("stories", "--limit", "0"),
    ("bogus",),
    ("feeds",),
    ("claims", "list", "--status", "rumoured"),
    ("poll", "--deadline", "soon"),
    ("export",),
])
def test_a_usage_mistake_is_one_sentence_and_exit_2(tmp_path, args):
    result = warfeed(*args, env={"WARFEED_HOME": str(tmp_path / "data")})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "usage:" not in lines[0] and "--help" in lines[0], result.stderr
