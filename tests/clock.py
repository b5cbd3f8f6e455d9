"""The one injectable clock the tests share: they move it forward instead of sleeping."""

from __future__ import annotations

START = 1_763_640_000.0  # 2025-11-20 12:00 UTC


class Clock:
    """Injectable time: tests move it forward instead of sleeping."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
