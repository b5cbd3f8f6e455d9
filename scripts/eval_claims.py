"""Precision and recall of (stance, side, place) triples on the labelled claims set.

Run: python scripts/eval_claims.py [--errors dev|test]
The set is tests/claims_data/labelled.txt; even ids are the dev half (tune on it only),
odd ids the test half. Items after a "#@dev-only" line are dev only (they take even ids).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.claims.statements import extract_statements  # noqa: E402

LABELLED = ROOT / "tests" / "claims_data" / "labelled.txt"


@dataclass
class Item:
    """One labelled sentence."""

    id: int
    text: str
    expected: set[tuple[str, str, str]]


@dataclass
class Score:
    """Counts and the sentences that went wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[tuple[Item, set, set]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load(path: Path = LABELLED) -> list[Item]:
    """Parse the labelled file into items with ids counted over data lines."""
    items = []
    dev_only = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#@dev-only"):
            dev_only = True  # items written later for dev only keep taking even ids
            continue
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split(" :: ", 1)
        expected = set()
        if label.strip() != "none":
            for part in label.split(" | "):
                stance, side, place = part.strip().split(" ", 2)
                expected.add((stance, side, place))
        next_id = items[-1].id + 1 if items else 1
        if dev_only and next_id % 2:
            next_id += 1
        items.append(Item(next_id, text.strip(), expected))
    return items


def split(items: list[Item], half: str) -> list[Item]:
    """The fixed dev (even ids) or test (odd ids) half."""
    return [it for it in items if (it.id % 2 == 0) == (half == "dev")]


def evaluate(items: list[Item]) -> Score:
    """Score extraction against the expected triples of each sentence."""
    score = Score()
    for item in items:
        got = {(s.stance, s.side, s.place) for s in extract_statements(item.text)}
        tp = len(got & item.expected)
        score.tp += tp
        score.fp += len(got - item.expected)
        score.fn += len(item.expected - got)
        if got != item.expected:
            score.errors.append((item, got, item.expected))
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=("dev", "test"), help="list the wrong sentences of a half")
    parser.add_argument("--half", choices=("dev", "test"), help="score only this half (tune with --half dev)")
    args = parser.parse_args(argv)
    items = load()
    for half in (args.half,) if args.half else ("dev", "test"):
        part = split(items, half)
        score = evaluate(part)
        print(f"{half}: {len(part)} sentences  precision {score.precision:.3f}  recall {score.recall:.3f}"
              f"  (tp {score.tp}, fp {score.fp}, fn {score.fn})")
        if args.errors == half:
            for item, got, want in score.errors:
                print(f"  #{item.id} {item.text}\n     got  {sorted(got)}\n     want {sorted(want)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
