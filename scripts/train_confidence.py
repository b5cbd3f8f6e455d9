"""Train the statement confidence model and choose its threshold, from the development half only.

Run: pip install -e ".[train]"; python scripts/train_confidence.py [--compare]   (writes tui/core/claims/confidence_weights.json)

Examples: every statement extraction keeps for a dev sentence (and a dev document read as one
text) is right when its (stance, side, place) is among the expected ones. Model: a logistic
regression with an L2 penalty over the few general feature groups of
tui/core/claims/confidence.py. The test half is never read.

Everything is judged by cross-validation over dev *passes* (a sentence file, a document, a block
of the older labelled set), never over sentences, so a score estimates a writer the model has
not seen: the penalty is the one with the lowest out-of-pass log loss, and the threshold is
the lowest one whose out-of-pass precision is at least TARGET_PRECISION (and every higher
threshold's too, so the choice is not a lucky dip). The final weights are fitted on all of dev.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_claims import load_all  # noqa: E402

from tui.core.claims import confidence as scoring  # noqa: E402
from tui.core.claims.pipeline import extract_source  # noqa: E402
from tui.core.claims.statements import extract_statements  # noqa: E402

PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0)
STEPS = 400
TARGET_PRECISION = 0.90
"""Out-of-pass precision the threshold must reach: the margin over the 0.85 we must hold on unseen text."""
THRESHOLDS = [round(0.40 + 0.01 * k, 2) for k in range(46)]
FLOOR, CEILING = 0.5, 0.85
"""The range the threshold is chosen in: below it nothing is filtered, above it recall collapses."""

Example = tuple[tuple[str, ...], int, str]
"""(feature names, 1 if right, the pass it comes from)."""


def _group(item) -> str:
    """The writer's pass an item belongs to: its file, or a block of 100 ids of labelled.txt."""
    if item.id.startswith("labelled#"):
        return f"labelled:{int(item.id.split('#')[1]) // 100}"
    return item.id.split(":")[0]


def examples() -> list[Example]:
    """One example per statement extraction keeps for a dev item (history and merging applied)."""
    out: list[Example] = []
    for item in load_all():
        if item.half != "dev":
            continue
        scoring.RECORD = []
        if item.kind == "sentence":
            kept = {(s.stance, s.side, s.place) for s in extract_statements(item.text, published=item.date)}
        else:
            result = extract_source(item.path.read_bytes(), published=item.date)
            kept = {(s["stance"], s["side"], s["place"]) for s in result["statements"] + result.get("below_threshold", [])}
        seen = set()
        for names, stance, side, place in scoring.RECORD:
            key = (stance, side, place)
            if key in kept and (key, names) not in seen:
                seen.add((key, names))
                out.append((names, int((stance, side, place or "-") in item.expected), _group(item)))
    scoring.RECORD = None
    return out


def _matrix(data: list[Example], vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {name: k for k, name in enumerate(vocab)}
    x = np.zeros((len(data), len(vocab)))
    for row, (names, _, _) in enumerate(data):
        for name in names:
            if name in index:
                x[row, index[name]] = 1.0
    return x, np.array([label for _, label, _ in data], dtype=float)


def fit(data: list[Example], penalty: float) -> dict[str, float]:
    """Weights by Newton's method on the log loss plus penalty/2 * |w|^2 (the bias is not penalised)."""
    vocab = sorted({name for names, _, _ in data for name in names})
    x, y = _matrix(data, vocab)
    w = np.zeros(len(vocab))
    reg = np.full(len(vocab), penalty)
    reg[vocab.index("bias")] = 1e-6
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return {name: round(float(w[k]), 4) for k, name in enumerate(vocab) if abs(w[k]) > 1e-4}


def predict(weights: dict[str, float], names: tuple[str, ...]) -> float:
    """The model's probability for one example."""
    z = sum(weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))


def out_of_pass(data: list[Example], penalty: float) -> list[float]:
    """Each example's score from a model fitted without its pass."""
    by_group: dict[str, list[int]] = defaultdict(list)
    for k, (_, _, group) in enumerate(data):
        by_group[group].append(k)
    scores = [0.0] * len(data)
    for rows in by_group.values():
        held = set(rows)
        weights = fit([d for k, d in enumerate(data) if k not in held], penalty)
        for k in rows:
            scores[k] = predict(weights, data[k][0])
    return scores


def log_loss(scores: list[float], data: list[Example]) -> float:
    """Mean log loss of scores against the examples' labels."""
    eps = 1e-6
    return -float(np.mean([np.log(max(eps, s)) if y else np.log(max(eps, 1 - s)) for s, (_, y, _) in zip(scores, data)]))


def precision_at(scores: list[float], data: list[Example], t: float) -> tuple[float, int, int]:
    """(precision, kept right, kept) of the examples scoring at least t."""
    kept = [y for s, (_, y, _) in zip(scores, data) if s >= t]
    return (sum(kept) / len(kept) if kept else 1.0), sum(kept), len(kept)


def choose_threshold(scores: list[float], data: list[Example]) -> float:
    """The lowest threshold from which on every out-of-pass precision is at least TARGET_PRECISION."""
    ok = [t for t in THRESHOLDS if FLOOR <= t <= CEILING]
    best = ok[-1]
    for t in reversed(ok):
        if precision_at(scores, data, t)[0] < TARGET_PRECISION:
            break
        best = t
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="print every penalty's out-of-pass figures")
    args = parser.parse_args(argv)
    data = examples()
    right = sum(y for _, y, _ in data)
    groups = len({g for _, _, g in data})
    print(f"{len(data)} dev statements ({right} right) from {groups} passes")
    results = {}
    for penalty in PENALTIES:
        scores = out_of_pass(data, penalty)
        results[penalty] = (log_loss(scores, data), scores)
        if args.compare:
            t = choose_threshold(scores, data)
            p, tp, kept = precision_at(scores, data, t)
            print(f"  penalty {penalty:6.1f}: log loss {results[penalty][0]:.4f}; threshold {t:.2f} keeps {kept} "
                  f"({tp} right, P {p:.3f}, {tp / right:.3f} of the right ones)")
    penalty = min(results, key=lambda k: results[k][0])
    scores = results[penalty][1]
    threshold = choose_threshold(scores, data)
    p, tp, kept = precision_at(scores, data, threshold)
    weights = fit(data, penalty)
    path = ROOT / "tui" / "core" / "claims" / "confidence_weights.json"
    path.write_bytes(orjson.dumps({
        "trained_on": f"{len(data)} dev statements from {groups} passes, {right} right",
        "penalty": penalty,
        "threshold": threshold,
        "cross_validated": f"out-of-pass precision {p:.3f} keeping {kept} of {len(data)} ({tp} of {right} right ones)",
        "weights": weights,
    }, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    print(f"penalty {penalty}, threshold {threshold:.2f}: out-of-pass P {p:.3f}, keeps {tp}/{right} right; "
          f"{len(weights)} weights -> {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
