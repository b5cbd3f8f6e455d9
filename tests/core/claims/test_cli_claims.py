"""`warfeed claims list` and `claims extract` through a real subprocess on a real data dir."""

import os
import subprocess
import sys
from pathlib import Path

import orjson

from tui.core.claims.tracker import update_claims
from tui.core.models import Statement
from tui.core.store import Store

ROOT = Path(__file__).resolve().parents[3]


def _warfeed(*args: str, data_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, TZ="UTC")
    env.pop("WARFEED_HOME", None)
    argv = [sys.executable, "-m", "tui.cli", "--data-dir", str(data_dir), "--config", str(data_dir / "c.toml"), *args]
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=120, env=env)


def _st(place: str, story: str, when: float) -> Statement:
    return Statement(sentence=f"Russia says it took {place} ({story}).", speaker="Russia", side="ru", stance="claim",
                     event="control", place=place, story_id=story, published=when)


def test_claims_list_counts_statements_in_words_and_shows_published_times(tmp_path):
    data = tmp_path / "d"
    claims, _ = update_claims([], [_st("Kupiansk", "a", 1_763_900_000.0), _st("Pokrovsk", "b", 1_763_800_000.0),
                                   _st("Pokrovsk", "c", 1_763_990_000.0)], now=1_800_000_000.0)
    store = Store.open(data)
    try:
        store.save_claims(claims)
        store.flush()
    finally:
        store.close()
    result = _warfeed("claims", "list", data_dir=data)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[2]: line for line in result.stdout.splitlines()}
    assert " 1 statement " in lines["Kupiansk"] and "statements" not in lines["Kupiansk"]
    assert " 2 statements " in lines["Pokrovsk"]
    # 1_763_800_000 is 2025-11-22T08:26:40Z, 1_763_990_000 is 2025-11-24T13:13:20Z: story times, not "now"
    # (the list prints local times with their zone; the test runs in UTC).
    assert "2025-11-22 08:26" in lines["Pokrovsk"] and "2025-11-24 13:13" in lines["Pokrovsk"]


def test_claims_extract_reads_the_html_title_as_the_first_sentence(tmp_path):
    page = ("<html><head><title>Russia says its forces captured Kupiansk</title></head><body><article>"
            "<p>Residents of the town queued for water on Tuesday morning, volunteers said.</p>"
            "<p>Volunteers brought generators and warm clothes to the shelters in the town.</p>"
            "</article></body></html>")
    result = _warfeed("claims", "extract", "-", "--json", data_dir=tmp_path / "d", stdin=page)
    assert result.returncode == 0, result.stderr
    document = orjson.loads(result.stdout)
    assert [(s["stance"], s["side"], s["place"]) for s in document["statements"]] == [("claim", "ru", "Kupiansk")]


def test_claims_extract_does_not_read_a_title_twice_when_the_body_opens_with_it(tmp_path):
    page = ("<html><head><title>Russia says its forces captured Kupiansk</title></head><body><article>"
            "<h1>Russia says its forces captured Kupiansk</h1>"
            "<p>Residents of the town queued for water on Tuesday morning, volunteers said.</p>"
            "<p>Volunteers brought generators and warm clothes to the shelters in the town.</p>"
            "</article></body></html>")
    result = _warfeed("claims", "extract", "-", "--json", data_dir=tmp_path / "d", stdin=page)
    assert len(orjson.loads(result.stdout)["statements"]) == 1
