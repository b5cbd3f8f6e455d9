"""scripts/compare_parsers.py on a small corpus written here (never the shared corpus)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "compare_parsers.py"

GOOD = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Front</title>
<item><title>Shelling near Sumy</title><link>https://a.example/1</link><guid>a-1</guid></item>
<item><title>Drones over Odesa</title><link>https://a.example/2</link><guid>a-2</guid></item>
</channel></rss>"""
NOT_A_FEED = b"<html><body><p>Checking your browser</p></body></html>"


def test_report_counts_agreement_crashes_and_realistic_timings(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.xml").write_bytes(GOOD)
    (corpus / "sub" / "page.xml").write_bytes(NOT_A_FEED)
    (corpus / "LICENSE").write_text("not a feed, skipped")
    out = tmp_path / "result.json"
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(corpus), "--repeats", "2", "--json", str(out)],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "corpus: 2 files" in proc.stdout
    data = json.loads(out.read_text())
    assert data["corpus"]["files"] == 2
    assert data["corpus"]["agree"]["count"] == 2
    assert data["corpus"]["crashes"] == {"feedparser": [], "feedparser_rs": []}
    assert set(data["realistic"]) == {"rss", "atom"}
    assert data["realistic"]["rss"]["bytes"] > 50_000
    assert data["realistic"]["rss"]["agree"] is True


def test_missing_corpus_is_one_sentence_and_exit_2(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(tmp_path / "nope")],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("No corpus directory at")
    assert "Traceback" not in proc.stderr


def test_differences_and_crashes_are_recorded(tmp_path):
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import compare_parsers as cp
    finally:
        sys.path.remove(str(SCRIPT.parent))

    def crashing(body):
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    def one_entry(body):
        return {"entries": [{"title": "Other", "link": "https://a.example/1", "id": "a-1"}]}

    (tmp_path / "good.xml").write_bytes(GOOD)
    result = cp.compare_corpus([tmp_path / "good.xml"], {"a": one_entry, "b": crashing})
    assert result["crashes"]["b"][0].startswith("good.xml: UnicodeEncodeError")
    assert result["agree"] == {}
    import feedparser
    result = cp.compare_corpus([tmp_path / "good.xml"], {"a": feedparser.parse, "b": one_entry})
    assert result["disagreements"][0]["fields"] == ["count", "titles", "links", "ids"]
    assert result["agree"] == {"count": 0, "titles": 0, "links": 0, "ids": 0, "all": 0}
