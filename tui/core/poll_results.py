"""What a poll cycle produces: each feed's result and the cycle's report.

Apart from the poller so the cycle writer, the service and the shells can name them without
importing the poller (and so the poller and its writer do not import each other).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tui.core.models import FeedHealth, Story

Outcome = Literal["ok", "not_modified", "error", "waiting"]


@dataclass(slots=True)
class FeedResult:
    """What one feed's poll did in one cycle."""

    feed_id: str
    url: str
    outcome: Outcome
    status: int | None = None
    error: str | None = None
    new: int = 0
    updated: int = 0
    bytes_read: int = 0
    elapsed: float = 0.0
    next_poll_at: float = 0.0


@dataclass(slots=True)
class CycleReport:
    """One poll cycle: a result per feed touched and the story ids it added or changed."""

    results: list[FeedResult] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    updated_ids: list[str] = field(default_factory=list)
    pool_error: str | None = None
    """Why this cycle's parse workers could not start (it parsed in threads instead), if so."""

    @property
    def failed(self) -> list[FeedResult]:
        """Results whose outcome is an error."""
        return [r for r in self.results if r.outcome == "error"]



@dataclass(slots=True)
class Polled:
    """One feed's outcome before the cycle's single store write."""

    result: FeedResult
    health: FeedHealth | None = None
    stories: list[Story] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
    """The parsed stories' ids in feed order (kept after the stories went to the store)."""
    write_error: str | None = None
    timed_out: bool = False
    """The server accepted the request but gave no complete answer in time."""
