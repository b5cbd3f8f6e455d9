"""`warfeed claims extract` on hostile plain text: the text is cleaned as it enters the pipeline."""

from __future__ import annotations

import orjson
import pytest

from tests.terminal_safety import assert_clean_run, run_warfeed

TEXT = ("Russian forces captured Kupiansk\x1b]0;owned\x07, the \u009b31mministry said\u202e on "
        "Monday.\nUkraine denied that Russian forces captured Kupiansk\u200b\x1b]52;c;eA==\x07.\n")


@pytest.mark.parametrize("json", [False, True])
@pytest.mark.parametrize("from_stdin", [False, True])
def test_claims_extract_prints_plain_text_cleaned(tmp_path, json, from_stdin):
    source = tmp_path / "report.txt"
    source.write_text(TEXT, encoding="utf-8")
    args = ["claims", "extract", "-" if from_stdin else str(source)] + (["--json"] if json else [])
    result = run_warfeed(*args, data_dir=tmp_path / "d", config=tmp_path / "config.toml",
                         stdin=TEXT.encode() if from_stdin else None)
    assert result.returncode == 0, result.stderr
    assert_clean_run(result)
    if json:
        sentences = [s["sentence"] for s in orjson.loads(result.stdout)["statements"]]
    else:
        sentences = [line for line in result.stdout.decode().splitlines() if "Kupiansk" in line]
    assert any("Russian forces captured Kupiansk, the ministry said on Monday." in s for s in sentences)
