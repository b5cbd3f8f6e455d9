"""Confidence, the last stage: how likely a statement's (stance, side, place) is right, 0..1,
and the threshold from which a statement counts.

Contract: `features(...)` names a few general facts about one statement (its stance with the
speaker's side, its event, whether a speaker was named for that stance); `confidence(names)` is a
logistic model over them whose weights ship in confidence_weights.json, trained from the
project's own labelled development data by scripts/train_confidence.py. The feature groups are
the ones that lowered the log loss in cross-validation over dev *passes* (a writer's file held
out at a time); finer ones (language, place size, sentence length, counts of places) only
fitted the passes they were learnt on.

Threshold rule: `threshold()` is the lowest confidence from which on the model's out-of-pass
precision on dev is at least 0.90 at every higher cut (a margin over the 0.85 that unseen text
must hold); the training script computes it and stores it beside the weights. Without the file
every statement scores DEFAULT and the threshold is DEFAULT_THRESHOLD.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import orjson

WEIGHTS_FILE = Path(__file__).resolve().parent / "confidence_weights.json"
DEFAULT = 0.8
DEFAULT_THRESHOLD = 0.6
RECORD: list[tuple[tuple[str, ...], str, str, str | None]] | None = None
"""Set to a list by scripts/train_confidence.py: every scored statement's (features, stance, side, place)."""


@lru_cache(maxsize=1)
def _model() -> dict:
    try:
        model = orjson.loads(WEIGHTS_FILE.read_bytes())
        return model if isinstance(model.get("weights"), dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}


def _weights() -> dict[str, float]:
    return _model().get("weights", {})


def threshold() -> float:
    """The confidence from which a statement counts (see the module docstring for the rule)."""
    value = _model().get("threshold")
    return float(value) if isinstance(value, (int, float)) and 0.0 < value < 1.0 else DEFAULT_THRESHOLD


@lru_cache(maxsize=256)
def features(stance: str, side: str, event: str, has_speaker: bool, placed: bool = True) -> tuple[str, ...]:
    """The names of the features that hold for one statement (a bias term always holds;
    `placed` is False for a statement that names no settlement, e.g. drones over a region)."""
    names = ("bias", f"stance_side={stance}_{side}", f"event={event}", f"speaker_stance={has_speaker}_{stance}")
    return names if placed else (*names, "placeless")


@lru_cache(maxsize=256)
def confidence(names: tuple[str, ...]) -> float:
    """The model's probability that a statement with these features is right."""
    weights = _weights()
    if not weights:
        return DEFAULT
    z = sum(weights.get(name, 0.0) for name in names)
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)
