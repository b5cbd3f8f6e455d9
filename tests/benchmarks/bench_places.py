"""Benchmark: the places stage (declined names from pre-generated forms vs pymorphy3 at run time).

Run: python tests/benchmarks/bench_places.py   (not part of the default test run)
Times are CPU time of this process (the machine is shared, wall time is noisy).
- gazetteer and declined-forms load;
- Gazetteer.find, then find_places (relations read lazily), over 400 long English articles, and
  find_places over the Ukrainian/Russian sentences of the dev half;
- what the same Cyrillic words would cost looked up with pymorphy3 at run time (when installed),
  the design the pre-generated forms replace.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.core.claims.gazetteer import Gazetteer, fold, morphology  # noqa: E402
from tui.core.claims.places import find_places  # noqa: E402

SENTENCES = ROOT / "tests" / "claims_data" / "sentences" / "dev"


def english_articles(n: int, seed: int = 7) -> list[str]:
    """n articles of 70 sentences drawn from the labelled set."""
    lines = [ln.split(" :: ", 1)[1] for ln in (ROOT / "tests" / "claims_data" / "labelled.txt").read_text().splitlines()
             if " :: " in ln and not ln.startswith("#")]
    rng = random.Random(seed)
    return [" ".join(rng.choice(lines) for _ in range(70)) for _ in range(n)]


def cyrillic_sentences() -> list[str]:
    """The Ukrainian and Russian sentences of the dev half."""
    out = []
    for path in sorted(SENTENCES.glob("[ur][ku]_*.txt")):
        out += [ln.split(" :: ", 1)[1] for ln in path.read_text().splitlines() if " :: " in ln and not ln.startswith("#")]
    return out


def main() -> int:
    t0 = time.process_time()
    gaz = Gazetteer.load()
    load = time.process_time() - t0
    t0 = time.process_time()
    morph = morphology()
    forms_load = time.process_time() - t0
    print(f"gazetteer load {load * 1000:.0f} ms; declined forms load {forms_load * 1000:.0f} ms")
    docs = english_articles(400)
    t0 = time.process_time()
    found = sum(len(gaz.find(d)) for d in docs)
    spent = time.process_time() - t0
    print(f"Gazetteer.find alone: {spent / len(docs) * 1000:.2f} ms an article")
    t0 = time.process_time()
    found = sum(len(find_places(d, gazetteer=gaz)) for d in docs)
    spent = time.process_time() - t0
    print(f"find_places: {len(docs)} English articles of ~{sum(map(len, docs)) / len(docs) / 1000:.1f} KB: "
          f"{len(docs) / spent:.0f} articles/s, {spent / len(docs) * 1000:.2f} ms each ({found} mentions)")
    sentences = cyrillic_sentences()
    if sentences:
        t0 = time.process_time()
        found = sum(len(find_places(s, gazetteer=gaz)) for s in sentences)
        spent = time.process_time() - t0
        print(f"find_places: {len(sentences)} Ukrainian/Russian sentences: {spent / len(sentences) * 1e6:.0f} us each "
              f"(first use of each letter's forms included; {found} mentions)")
        words = sorted({w for s in sentences for w in re.findall(r"\b[А-ЯІЇЄҐ][а-яіїєґё'’]+", s)})
        t0 = time.process_time()
        for w in words:
            morph.forms.get(fold(w))
        spent = time.process_time() - t0
        print(f"pre-generated forms: {len(words)} distinct capitalised words, {spent / len(words) * 1e6:.1f} us each")
        try:
            import pymorphy3
        except ImportError:
            print("pymorphy3 not installed: run-time comparison skipped")
            return 0
        t0 = time.process_time()
        analysers = pymorphy3.MorphAnalyzer(lang="uk"), pymorphy3.MorphAnalyzer(lang="ru")
        py_load = time.process_time() - t0
        t0 = time.process_time()
        for w in words:
            for analyser in analysers:
                analyser.parse(w)
        spent = time.process_time() - t0
        print(f"pymorphy3 at run time: load {py_load * 1000:.0f} ms, {spent / len(words) * 1e6:.0f} us per distinct word")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
