"""Train the statement confidence model from the labelled development data only.

Run: python scripts/train_confidence.py   (writes tui/core/claims/confidence_weights.json)
Every statement extraction finds in a dev sentence is an example: right when its (stance,
side, place) is among the sentence's expected ones. A logistic regression with L2 over the
feature names of tui/core/claims/confidence.py; the test half is never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_claims import load_all  # noqa: E402

from tui.core.claims import confidence as scoring  # noqa: E402
from tui.core.claims.statements import extract_statements  # noqa: E402

L2 = 1.0
STEPS = 3000
RATE = 0.5


def examples() -> list[tuple[tuple[str, ...], int]]:
    """(feature names, 1 if right else 0) for every statement extracted from a dev sentence."""
    out = []
    for item in load_all():
        if item.half != "dev" or item.kind != "sentence":
            continue
        scoring.RECORD = []
        extract_statements(item.text, published=item.date)
        for names, stance, side, place in scoring.RECORD:
            out.append((names, int((stance, side, place or "-") in item.expected)))
    scoring.RECORD = None
    return out


def train(data: list[tuple[tuple[str, ...], int]]) -> dict[str, float]:
    """Weights by batch gradient descent on the regularised log loss."""
    vocab = sorted({name for names, _ in data for name in names})
    index = {name: k for k, name in enumerate(vocab)}
    x = np.zeros((len(data), len(vocab)))
    for row, (names, _) in enumerate(data):
        for name in names:
            x[row, index[name]] = 1.0
    y = np.array([label for _, label in data], dtype=float)
    w = np.zeros(len(vocab))
    bias = index["bias"]
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y)
        reg = L2 * w / len(y)
        reg[bias] = 0.0
        w -= RATE * (grad + reg)
    return {name: round(float(w[k]), 4) for k, name in enumerate(vocab) if abs(w[k]) > 1e-4}


def main() -> int:
    data = examples()
    weights = train(data)
    right = sum(label for _, label in data)
    path = ROOT / "tui" / "core" / "claims" / "confidence_weights.json"
    path.write_bytes(orjson.dumps({"trained_on": f"{len(data)} dev statements, {right} right",
                                   "weights": weights}, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    print(f"{len(data)} examples ({right} right), {len(weights)} weights -> {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
