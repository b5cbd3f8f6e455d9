"""The founding story: Russia's top general tells Putin Kupiansk is taken, Ukraine says it holds it.

The fixture is an article page written for this project with the same structure and traps as
the real report: page chrome and a membership banner, the headline repeated as the body's
first line, a photo caption, quotes before their speaker, history (2022), geography ("104
kilometers east of Kharkiv ... relentless Russian attacks") and a "Read more" list naming other
places. `warfeed claims extract` must see one disputed control claim about Kupiansk and nothing
about any other place.
"""

import os
import subprocess
import sys
from pathlib import Path

import orjson

from tui.core.claims.tracker import CONFIDENT

ROOT = Path(__file__).resolve().parents[3]
PAGE = Path(__file__).resolve().parent / "fixtures" / "founding_kupiansk.html"


def _extract(*args: str, stdin: bytes | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "WARFEED_HOME"}
    result = subprocess.run([sys.executable, "-m", "tui.cli", "claims", "extract", *args, "--json"], cwd=ROOT,
                            capture_output=True, input=stdin, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return orjson.loads(result.stdout)


def _check(doc: dict) -> None:
    [claim] = doc["claims"]
    assert (claim["id"], claim["event"], claim["status"]) == ("control:kupiansk", "control", "disputed")
    voices = {(s["stance"], s["side"]) for s in claim["statements"]}
    assert voices == {("claim", "ru"), ("denial", "ua")}
    assert {s["place"] for s in doc["statements"]} == {"Kupiansk"}
    # One statement per (side, stance, event, place) of the story: the repeated headline adds none.
    assert len(doc["statements"]) == 2
    speakers = {s["stance"]: s["speaker"] for s in doc["statements"]}
    assert speakers == {"claim": "Gerasimov", "denial": "Ukraine's General Staff"}
    assert all(CONFIDENT <= s["confidence"] <= 1 and s["rejected"] is False for s in doc["statements"])


def test_the_founding_article_page_gives_one_disputed_kupiansk_claim():
    _check(_extract(str(PAGE)))


def test_the_same_page_on_stdin_reads_the_same():
    _check(_extract("-", stdin=PAGE.read_bytes()))


def test_the_geography_trap_alone_claims_nothing():
    doc = _extract("-", stdin=b"The city, which lies 104 kilometers east of Kharkiv, comes under relentless Russian attacks.")
    assert doc["statements"] == [] and doc["claims"] == []
