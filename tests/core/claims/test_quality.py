"""Extraction quality on the held-out test half of the labelled set (tuning uses dev only)."""

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "eval_claims.py"

# The brief's target is precision >= 0.90 and recall >= 0.85 on the test half. History: 0.883 /
# 0.869, then 0.869 / 0.869 (dev 1.000 / 0.989, overfit). An 85-sentence fresh dev batch scored
# P 0.500 R 0.667 before any rule change; general rules from it (a claim needs a voice, activity
# is not a claim, people captured are not places captured, ...) gave test P 0.906 R 0.869
# (dev 0.995 / 0.995). The floors sit just under what is measured; raising them means better
# rules tuned on dev, never on test failures.
MIN_PRECISION = 0.90
MIN_RECALL = 0.86


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_claims", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_labelled_set_is_big_enough_and_has_negatives():
    ev = _eval_module()
    items = ev.load()
    assert len(items) >= 240
    assert sum(1 for it in items if not it.expected) >= 70
    stances = {s for it in items for s, _, _ in it.expected}
    assert stances == {"claim", "denial", "confirmation", "hedge"}


def test_precision_and_recall_on_the_test_half():
    ev = _eval_module()
    score = ev.evaluate(ev.split(ev.load(), "test"))
    assert score.recall >= MIN_RECALL, f"recall {score.recall:.3f}"
    assert score.precision >= MIN_PRECISION, f"precision {score.precision:.3f}"
