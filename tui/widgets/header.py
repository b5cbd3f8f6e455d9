"""The header: poll state, feed health counts, unread count and a 24-hour sparkline."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Sparkline, Static

from tui.core.models import FeedHealth, Story


def stories_per_hour(stories: Iterable[Story], now: float, hours: int = 24) -> list[int]:
    """Counts of stories published in each of the last `hours` hours, oldest first."""
    counts = [0] * hours
    start = now - hours * 3600
    for story in stories:
        if start <= story.published <= now:
            bucket = int((story.published - start) // 3600)
            counts[min(bucket, hours - 1)] += 1
    return counts


def health_counts(health: dict[str, FeedHealth], feed_ids: Iterable[str], now: float) -> dict[str, int]:
    """How many feeds are in each state ('ok', 'failing', 'stale', 'waiting', 'new')."""
    counts = {"ok": 0, "failing": 0, "stale": 0, "waiting": 0, "new": 0}
    for feed_id in feed_ids:
        entry = health.get(feed_id)
        counts[entry.state(now) if entry else "new"] += 1
    return counts


def _in(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m"
    return f"{seconds // 3600}h{(seconds % 3600) // 60:02d}m"


class StatusHeader(Horizontal):
    """One line at the top: what the poller is doing and what is waiting to be read."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        demo: bool = False,
        polls: bool = False,
        demo_note: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.clock = clock
        self.demo = demo
        self.demo_note = demo_note
        """Shown after DEMO, e.g. "marks not kept" (a throwaway data dir)."""
        self.polls = polls
        """This session polls (the first cycle starts right after the first frame)."""
        self.polling = False
        self.next_due: float | None = None
        self.counts: dict[str, int] = {}
        self.unread: int | None = None  # not counted yet
        self.error: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(self.status_text(), id="header-status")
        yield Sparkline([0] * 24, id="header-sparkline")

    def on_mount(self) -> None:
        # The countdown ticks once a second from the injected clock; cheap, no I/O.
        self.set_interval(1.0, self.refresh_status)

    def set_poll_state(self, *, polling: bool, next_due: float | None, error: str | None = None) -> None:
        """The poller started or finished a cycle."""
        self.polling = polling
        self.polls = self.polls or polling
        if next_due is not None:
            self.next_due = next_due
        self.error = error
        self.refresh_status()

    def set_health(self, counts: dict[str, int]) -> None:
        """Feed health counts (ok / failing / stale / ...)."""
        self.counts = counts
        self.refresh_status()

    def set_unread(self, unread: int | None) -> None:
        """Unread stories in the cache."""
        self.unread = unread
        self.refresh_status()

    def set_activity(self, per_hour: list[int]) -> None:
        """Stories per hour over the last 24 h."""
        self.query_one(Sparkline).data = per_hour

    def refresh_status(self) -> None:
        """Repaint the status line (the countdown moves with the clock)."""
        if self.is_mounted:
            self.query_one("#header-status", Static).update(self.status_text())

    def status_text(self) -> Text:
        """The status line as Rich Text (no markup: error text may come from a server)."""
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("warfeed", "bold")
        if self.demo:
            text.append(" DEMO", "bold reverse")
            if self.demo_note:
                text.append(f" {self.demo_note}")
        # Unread first: it is what a user scans for, and the line is cut from the right.
        text.append(f"  {'…' if self.unread is None else self.unread} unread  ")
        # A poll that is due is starting or running: never "next poll in 0s", never "off"
        # while the first cycle is on its way.
        due = self.next_due is not None and self.next_due - self.clock() < 1
        if self.polling or (self.polls and (self.next_due is None or due)):
            text.append("polling now…", "bold")
        elif self.next_due is not None:
            text.append(f"next poll in {_in(self.next_due - self.clock())}")
        else:
            text.append("polling off")
        counts = self.counts
        if counts:
            # Compact enough for 80 columns: zero counts other than failing are left out.
            text.append(f"  feeds {counts.get('ok', 0)} ok")
            failing = counts.get("failing", 0)
            text.append(f" {failing} failing", "bold" if failing else "")
            for state in ("stale", "waiting", "new"):
                if counts.get(state):
                    text.append(f" {counts[state]} {state}")
        if self.error:
            text.append(f"  {self.error[:120]}")
        return text
