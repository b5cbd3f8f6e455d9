"""The 'since you were away' modal: new stories and events per side, claims, troubled sources."""

from __future__ import annotations

from datetime import datetime, timezone

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from tui.core.digest import SIDE_ORDER, Digest, duration_text

SIDE_NAMES = {"ua": "Ukrainian", "ru": "Russian", "intl": "International", "analyst": "Analysts"}
SIDE_CLASS = {"ua": "side--ua-official", "ru": "side--ru-state", "intl": "side--intl", "analyst": "side--analyst"}
"""Each side's row takes the colour its stories have in the list."""
MAX_LINES = 4
"""Claims and sources listed by name; the rest are counted (the modal fits 80x24)."""


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _since_text(digest: Digest) -> str:
    moment = datetime.fromtimestamp(digest.since, tz=timezone.utc)
    today = datetime.fromtimestamp(digest.now, tz=timezone.utc).date()
    layout = "%H:%M UTC" if moment.date() == today else "%a %d %b %H:%M UTC"
    return f"Since you were away: {duration_text(digest.now - digest.since)} (closed {moment.strftime(layout)})"


def _claim_what(event: str, place: str | None) -> str:
    where = place or "an unnamed place"
    return f"control of {where}" if event == "control" else f"{event} at {where}"


class DigestScreen(ModalScreen[None]):
    """A short digest of what happened while the dashboard was closed; one key dismisses it."""

    BINDINGS = [
        Binding("escape", "digest_close", "Close", id="digest_close"),
        Binding("enter", "digest_close", "Close", id="digest_close_enter", show=False),
        Binding("space", "digest_close", "Close", id="digest_close_space", show=False),
    ]

    def __init__(self, digest: Digest) -> None:
        super().__init__(classes="warfeed-modal")
        self.digest = digest

    def compose(self) -> ComposeResult:
        digest = self.digest
        with Vertical(id="digest-dialog", classes="modal-dialog"):
            yield Label(_since_text(digest), classes="modal-title", markup=False)
            yield from self._stories()
            yield from self._claims()
            yield from self._sources()
            yield Label("enter/esc close", classes="modal-hint")

    def _stories(self) -> ComposeResult:
        digest = self.digest
        if not digest.story_total:
            yield Static("No new stories.", classes="digest-heading digest-none", markup=False)
            return
        yield Static(f"{_plural(digest.story_total, 'new story', 'new stories')} about "
                     f"{_plural(digest.cluster_total, 'event')}", classes="digest-heading", markup=False)
        for group in SIDE_ORDER:
            count = digest.stories.get(group, 0)
            if not count:
                continue
            events = digest.clusters.get(group, 0)
            row = f"{SIDE_NAMES[group]:<14}{_plural(count, 'story', 'stories'):>12}   {_plural(events, 'event')}"
            yield Static(row, classes=f"digest-row {SIDE_CLASS[group]}", markup=False)

    def _claims(self) -> ComposeResult:
        digest = self.digest
        changes = digest.claim_changes
        parts = []
        if changes:
            parts.append(_plural(len(changes), "claim") + " changed status")
        if digest.new_claims:
            parts.append(_plural(digest.new_claims, "new claim"))
        if not parts:
            yield Static("No claim changed status.", classes="digest-heading digest-none", markup=False)
            return
        yield Static("Claims: " + ", ".join(parts), classes="digest-heading", markup=False)
        yield from _capped(
            [(f"{_claim_what(c.event, c.place)}: {c.before} → {c.after}", f"digest-status--{c.after}")
             for c in changes], "claims pane")

    def _sources(self) -> ComposeResult:
        sources = self.digest.sources
        if not sources:
            yield Static("Every source is answering.", classes="digest-heading digest-none", markup=False)
            return
        failing = sum(1 for s in sources if s.state == "failing")
        stale = len(sources) - failing
        counts = [text for n, text in ((failing, f"{failing} failing"), (stale, f"{stale} stale")) if n]
        yield Static("Sources: " + ", ".join(counts), classes="digest-heading", markup=False)
        yield from _capped(
            [(f"{s.name} — {s.state}{' (new)' if s.new else ''}: {s.detail}",
              f"digest-source digest-source--{s.state}") for s in sources], "feed health")

    def action_digest_close(self) -> None:
        """Dismiss the digest."""
        self.dismiss(None)


def _capped(rows: list[tuple[str, str]], more_in: str) -> ComposeResult:
    """At most MAX_LINES rows (text, classes), then how many more there are and where to see them."""
    for text, classes in rows[:MAX_LINES]:
        yield Static(text, classes=f"digest-row {classes}", markup=False)
    if len(rows) > MAX_LINES:
        yield Static(f"…and {len(rows) - MAX_LINES} more ({more_in})", classes="digest-row digest-more",
                     markup=False)
