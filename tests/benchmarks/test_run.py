"""The benchmark runner's aggregation: sibling output parsing and the verdict table."""

from __future__ import annotations

import pytest

from tests.benchmarks.run import TARGETS, convert, parse_results, poll_metrics, run_sibling, verdict_table

STORE_OUT = """\
### store (50k stories)

| measurement | median ms | max ms |
|---|---|---|
| open 50k stories | 412.0 | 450.1 |
| filter side:ua unread | 12.5 | 14.0 |
| mark -> durable | 0.61 s | 0.7 s |
| full write | 250 | 260 |
"""


def test_convert_between_units_and_refuse_mixing_time_and_memory():
    assert convert(412, "ms", "s") == pytest.approx(0.412)
    assert convert(0.05, "s", "ms") == pytest.approx(50)
    assert convert(2048, "KB", "MB") == 2
    assert convert(3, "MB", "s") is None


def test_table_rows_are_read_with_cell_or_column_units():
    found = parse_results(STORE_OUT, "bench_store")
    assert found == pytest.approx({"store_open_s": 0.412, "filter_ms": 12.5, "mark_durable_s": 0.61, "full_write_s": 0.25})


def test_bench_result_line_wins_over_tables():
    out = STORE_OUT + 'BENCH_RESULT {"store_open_s": 0.2, "extra_ms": 3}\n'
    found = parse_results(out, "bench_store")
    assert found["store_open_s"] == 0.2
    assert found["extra_ms"] == 3
    assert found["filter_ms"] == 12.5


def test_refilter_rows_go_to_the_app_not_the_store():
    out = "| what | ms |\n|---|---|\n| re-filter 50k rows | 31 |\n| first paint | 420 ms |\n| peak RSS | 150 MB |\n"
    assert "filter_ms" not in parse_results(out, "bench_store")
    assert parse_results(out, "bench_app") == pytest.approx({"refilter_ms": 31, "app_first_paint_s": 0.42, "app_rss_mb": 150})


def _summary(ratio, clean=True, mb=40.0):
    spread = {"median": ratio, "min": ratio, "max": ratio}
    return {"ratio": spread, "warfeed_s": {"median": ratio * 10}, "newsboat_s": {"median": 10.0},
            "warfeed_mb": {"median": mb, "min": mb, "max": mb}, "warfeed_clean": clean, "newsboat_clean": True}


def test_verdicts_cover_every_target_and_flag_unclean_or_missing():
    poll = {"500x50": {"summary": {"cold": _summary(0.3), "warm": _summary(0.2, mb=90.0)}},
            "50x50": {"summary": {"cold": _summary(0.9, clean=False)}}}
    metrics, notes = poll_metrics(poll, ((500, 50), (50, 50)))
    assert metrics == {"poll_cold_large_ratio": 0.3, "poll_warm_large_ratio": 0.2,
                       "poll_cold_small_ratio": 0.9, "poller_rss_mb": 90.0}
    metrics["filter_ms"] = 12.5
    table = verdict_table(metrics, notes, {"bench_app": "bench_app: not written yet"})
    rows = table.splitlines()[2:]
    assert len(rows) == len(TARGETS)
    assert "0.30x, pass" in rows[0]
    assert "0.20x, FAIL" in rows[1]
    assert "invalid run" in rows[2]
    assert "1.12 of limit, FAIL" in rows[3]
    assert "0.62 of limit, pass" in table
    assert "bench_app: not written yet" in table
    assert "not reported by the benchmark" in table


def test_missing_sibling_is_reported_not_run():
    assert run_sibling("bench_nonexistent", quick=True, timeout=5, log=lambda m: None) == ("", "not written yet")


def test_plain_label_value_lines_take_the_worst_reported_value():
    out = """10000 stories
  open:                                 80.0 ms
  query bare word, no limit:             4.0 ms
  set_marks 1 id + flush():             90.0 ms
  poll cycle ingest (50 new, full write): 70.0 ms
  peak RSS (open + queries):            60.0 MB
50000 stories
  first ingest (all new, one write):  2000.0 ms   stories.json 75.0 MB
  open:                                410.0 ms
  query bare word, no limit:            19.0 ms
  query rare (matches none):             6.0 ms
  set_marks 1 id + flush():            300.0 ms
  poll cycle ingest (50 new, full write): 280.0 ms
"""
    assert parse_results(out, "bench_store") == pytest.approx(
        {"store_open_s": 0.41, "filter_ms": 19.0, "mark_durable_s": 0.3, "full_write_s": 0.28})


def test_aligned_lines_without_colons_are_read_too():
    out = """10000 stories  store open                        184 ms
 10000 stories  first paint                       1511 ms
 10000 stories  re-filter 'Kupiansk' (1429 shown)  640 ms
 50000 stories  first paint                       1753 ms
 50000 stories  re-filter 'side:ru is:unread' (8333 shown)  290 ms
"""
    assert parse_results(out, "bench_app") == pytest.approx({"app_first_paint_s": 1.753, "refilter_ms": 640})


def test_repaint_rows_are_not_first_paint():
    out = " 50000 stories  first paint  1753 ms\n 50000 stories  50 x j (cursor moves + repaint)  8462 ms\n"
    assert parse_results(out, "bench_app") == pytest.approx({"app_first_paint_s": 1.753})
