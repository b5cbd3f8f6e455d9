"""The poll benchmark's machinery: config, measuring wrapper, newsboat runs, pairing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.core.config import load_config

from tests.benchmarks.bench_poll import (
    NEWSBOAT,
    NO_CLAIMS,
    STORED,
    Run,
    format_table,
    measure,
    newsboat_command,
    parse_size,
    summarize,
    write_newsboat_files,
    write_warfeed_config,
)
from tests.benchmarks.feedserver import FeedServerProcess


def test_parse_size():
    assert parse_size("500x50") == (500, 50)
    assert parse_size("20") == (20, 50)


def test_warfeed_config_loads_through_the_real_config_module(tmp_path):
    urls = ["http://127.0.1.1:9/feeds/0000.xml", "http://127.0.1.2:9/feeds/0001.atom"]
    config = load_config(write_warfeed_config(tmp_path / "c.toml", urls), create=False)
    assert [f.url for f in config.feeds] == urls
    assert len({f.id for f in config.feeds}) == 2


def test_measure_reports_the_childs_peak_memory_and_exit_code(tmp_path):
    hog = [sys.executable, "-c", "import sys; b = bytearray(80 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); sys.exit(3)"]
    seconds, peak_mb, rc, _, _, stored = measure(hog, home=tmp_path, cwd=tmp_path)
    assert rc == 3
    assert 80 <= peak_mb < 300
    assert seconds > 0 and stored is None  # nothing watched
    _, small_mb, rc, _, _, _ = measure([sys.executable, "-c", "pass"], home=tmp_path, cwd=tmp_path)
    # A fresh wrapper per run: the earlier 80 MB child does not leak into this one's peak.
    assert rc == 0 and small_mb < 60


def test_measure_counts_the_cpu_of_processes_the_child_never_waits_for(tmp_path):
    # The child starts a grandchild that burns CPU and exits without waiting for it (as a poll
    # leaves its fork server and workers): RUSAGE_CHILDREN alone would miss that CPU.
    done = tmp_path / "burnt"
    burn = (f"import pathlib, time; t = time.process_time()\nwhile time.process_time() - t < 0.6: pass\n"
            f"pathlib.Path({str(done)!r}).touch(); time.sleep(5)")
    # The child exits a while after the burn is over, the grandchild still alive and never reaped.
    script = (f"import pathlib, subprocess, sys, time; p = subprocess.Popen([sys.executable, '-c', {burn!r}])\n"
              f"while not pathlib.Path({str(done)!r}).exists(): time.sleep(0.05)\n"
              "time.sleep(0.5); sys.exit(0)")
    _, _, rc, _, cpu, _ = measure([sys.executable, "-c", script], home=tmp_path, cwd=tmp_path)
    assert rc == 0 and done.exists()
    assert cpu >= 0.6


@pytest.mark.skipif(not Path(NEWSBOAT).exists(), reason="newsboat is not installed")
def test_newsboat_reload_cold_then_conditional_after_priming(tmp_path):
    with FeedServerProcess(3, 5, hosts=3) as server:
        workdir = write_newsboat_files(tmp_path / "nb", server.urls)
        cmd = newsboat_command(workdir)
        server.reset()
        assert measure(cmd, home=workdir)[2] == 0
        cold = server.reset()
        measure(cmd, home=workdir)
        server.reset()
        measure(cmd, home=workdir)
        warm = server.reset()
    assert cold["ok"] == 3 and cold["conditional"] == 0
    assert warm["not_modified"] == 3 and warm["conditional"] == 3
    assert (workdir / "cache.db").exists()


def _run(tool, phase, rep, seconds, mb=30.0, rc=0, ok=2, nm=0, stored=None):
    return Run(tool, phase, rep, seconds, mb, rc, {"ok": ok, "not_modified": nm, "peak_in_flight_per_host": 1},
               stored_s=stored)


def test_summary_pairs_ratios_run_by_run_and_flags_unclean_runs():
    runs = [
        _run("warfeed", "cold", 0, 1.0), _run("newsboat", "cold", 0, 4.0),
        _run("warfeed", "warm", 0, 0.5, ok=0, nm=2), _run("newsboat", "warm", 0, 2.0, ok=0, nm=2),
        _run("warfeed", "cold", 1, 3.0), _run("newsboat", "cold", 1, 3.0),
        _run("warfeed", "warm", 1, 1.0, ok=2, nm=0), _run("newsboat", "warm", 1, 2.0, ok=0, nm=2),
    ]
    summary = summarize(runs, feeds=2)
    assert summary["cold"]["ratio"] == {"median": 0.625, "min": 0.25, "max": 1.0}
    assert summary["cold"]["warfeed_clean"] and summary["cold"]["newsboat_clean"]
    assert summary["warm"]["ratio"]["median"] == 0.375
    # warfeed's second warm run fetched full bodies: not an honest warm run.
    assert not summary["warm"]["warfeed_clean"]
    table = format_table("2x5", summary)
    assert "| cold | 2.00 (1.00-3.00) | 3.50 (3.00-4.00) | 0.62 (0.25-1.00)" in table
    assert "warfeed=NO" in table


def test_the_poll_without_claims_is_set_against_newsboats_cold_run():
    runs = [
        _run("warfeed", "cold", 0, 2.0), _run("newsboat", "cold", 0, 4.0),
        _run("warfeed", NO_CLAIMS, 0, 1.0),
        _run("warfeed", "warm", 0, 0.5, ok=0, nm=2), _run("newsboat", "warm", 0, 2.0, ok=0, nm=2),
    ]
    summary = summarize(runs, feeds=2)
    assert summary[NO_CLAIMS]["ratio"]["median"] == 0.25
    assert summary["cold"]["ratio"]["median"] == 0.5
    assert NO_CLAIMS not in summarize(runs[:2] + runs[3:], feeds=2)


def test_the_stories_stored_moment_is_set_against_newsboats_cold_run():
    runs = [
        _run("warfeed", "cold", 0, 6.0, stored=1.0), _run("newsboat", "cold", 0, 4.0),
        _run("warfeed", "warm", 0, 0.5, ok=0, nm=2), _run("newsboat", "warm", 0, 2.0, ok=0, nm=2),
    ]
    summary = summarize(runs, feeds=2)
    assert summary[STORED]["ratio"]["median"] == 0.25
    assert summary["cold"]["ratio"]["median"] == 1.5
    assert f"| {STORED} | 1.00 (1.00-1.00) | 4.00 (4.00-4.00) | 0.25" in format_table("2x5", summary)
    runs[0].stored_s = None  # the moment never came: no row
    assert STORED not in summarize(runs, feeds=2)


def test_the_wrapper_times_the_moment_feeds_json_records_every_feed(tmp_path):
    # A child that writes feeds.json with one feed fetched, then both, then keeps working:
    # the moment is the second write, not the first and not the child's end.
    feeds_json = tmp_path / "feeds.json"
    one = {"health": {"1": {"status": 200, "last_success": 1.0}, "2": {"status": None, "last_success": None}}}
    two = {"health": {"1": {"status": 200, "last_success": 1.0}, "2": {"status": 200, "last_success": 2.0}}}
    script = (f"import json, os, time\n"
              f"def put(doc):\n    open({str(feeds_json)!r} + '.tmp', 'w').write(json.dumps(doc)); "
              f"os.replace({str(feeds_json)!r} + '.tmp', {str(feeds_json)!r})\n"
              f"put({one!r}); time.sleep(0.6); put({two!r}); time.sleep(1.2)")
    seconds, _, rc, _, _, stored = measure([sys.executable, "-c", script], home=tmp_path, cwd=tmp_path,
                                           watch=f"{feeds_json}=2")
    assert rc == 0
    assert stored is not None and 0.6 <= stored <= seconds - 1.0
