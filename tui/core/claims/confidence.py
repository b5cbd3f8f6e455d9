"""Confidence, the last stage: how likely a statement's (stance, side, place) is right, 0..1.

Contract: `features(...)` names the facts about one statement that extraction knows (its
stance, side and event, whether a speaker was found, how many places and voices its sentence
has, whether the place is a codifier-only village, the language ...); `confidence(names)` is a
logistic model over them whose weights ship in confidence_weights.json, trained from the
project's own labelled development data by scripts/train_confidence.py. Without the file
every statement scores DEFAULT.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import orjson

WEIGHTS_FILE = Path(__file__).resolve().parent / "confidence_weights.json"
DEFAULT = 0.8
RECORD: list[tuple[tuple[str, ...], str, str, str | None]] | None = None
"""Set to a list by scripts/train_confidence.py: every scored statement's (features, stance, side, place)."""


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    try:
        return orjson.loads(WEIGHTS_FILE.read_bytes())["weights"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def population_band(population: int) -> str:
    """'0' unknown, 's' under 10k, 'm' under 100k, 'l' bigger."""
    return "0" if population <= 0 else "s" if population < 10_000 else "m" if population < 100_000 else "l"


@lru_cache(maxsize=8192)
def features(stance: str, side: str, event: str, has_speaker: bool, speaker_rank: int, language: str | None,
             places: int, voices: int, approx: bool, size: str, coref: bool, long: bool,
             attributed: bool, headline: bool, alt_spelling: bool) -> tuple[str, ...]:
    """The names of the features that hold for one statement (a bias term always holds); `places`
    and `voices` are counted up to 3, `size` is population_band(), `long` a sentence over 250 characters."""
    lang = language or "en"
    return (
        "bias", f"stance={stance}", f"side={side}", f"event={event}", f"stance_side={stance}_{side}",
        f"event_stance={event}_{stance}", f"speaker={has_speaker}", f"rank={speaker_rank}",
        f"lang={lang}", f"places={places}", f"voices={voices}", f"approx={approx}",
        f"pop={size}", f"coref={coref}", f"long={long}", f"attributed={attributed}",
        f"headline={headline}", f"alt_spelling={alt_spelling}", f"lang_stance={lang}_{stance}",
        f"speaker_stance={has_speaker}_{stance}",
    )


@lru_cache(maxsize=4096)
def confidence(names: tuple[str, ...]) -> float:
    """The model's probability that a statement with these features is right."""
    weights = _weights()
    if not weights:
        return DEFAULT
    z = sum(weights.get(name, 0.0) for name in names)
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)
