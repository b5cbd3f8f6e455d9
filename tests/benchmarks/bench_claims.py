"""Benchmark: stories processed per second by claim extraction on full-length articles.

Run: python tests/benchmarks/bench_claims.py   (not part of the default test run)
Times are CPU time of this process (the machine is shared, wall time is noisy).
Each synthetic article is 70 sentences (~6 KB) mixing claims, strikes, background and
plain prose, like a long war report; the labelled set's sentences are the raw material.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.core.claims.gazetteer import Gazetteer  # noqa: E402
from tui.core.claims.statements import extract_statements  # noqa: E402
from tui.core.claims.tracker import update_claims  # noqa: E402

FILLER = [
    "The situation along the front line remains tense, officers told reporters on condition of anonymity.",
    "Soldiers described long nights in cold dugouts and constant surveillance by small quadcopters overhead.",
    "Aid workers said they needed more generators, insulin and warm clothing before the winter arrives.",
    "Economists in the capital warned that the budget gap would widen next year without new support.",
]


WARM_UP = 20
"""Articles extracted before the measure, untimed (another seed than the measured ones)."""


def articles(n: int, seed: int = 7) -> list[str]:
    """n articles of 70 sentences from the labelled set plus neutral prose."""
    lines = [ln.split(" :: ", 1)[1] for ln in (ROOT / "tests" / "claims_data" / "labelled.txt").read_text().splitlines()
             if " :: " in ln and not ln.startswith("#")]
    rng = random.Random(seed)
    return [" ".join(rng.choice(lines) if rng.random() < 0.6 else rng.choice(FILLER) for _ in range(70)) for _ in range(n)]


def main() -> int:
    t0 = time.process_time()
    # What a process builds once, on first use, is load, not extraction: the guesses' indexes,
    # the declined forms, the actor buckets compiled as text first reaches them (a warm-up).
    Gazetteer.load().prepare_guesses()
    for doc in articles(WARM_UP, seed=1):
        extract_statements(doc)
    load_s = time.process_time() - t0
    docs = articles(400)
    size = sum(map(len, docs)) / len(docs)
    t0 = time.process_time()
    statements = []
    for doc in docs:
        statements.extend(extract_statements(doc))
    extract_s = time.process_time() - t0
    t0 = time.process_time()
    update_claims([], statements, now=0.0)
    track_s = time.process_time() - t0
    print(f"gazetteer load, guess indexes and {WARM_UP} warm-up articles: {load_s * 1000:.0f} ms")
    print(f"{len(docs)} articles of ~{size / 1000:.1f} KB: {len(docs) / extract_s:.0f} stories/s "
          f"({len(statements)} statements); tracker {track_s * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
