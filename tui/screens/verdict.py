"""The verdict modal: the user's own status for a claim, with an optional note."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message_pump import MessagePump
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from tui.core.models import CLAIM_STATUSES, Claim
from tui.widgets.claim_tracker import ClaimTracker

CLEAR = "clear"
"""The choice that removes the user's verdict, leaving the computed status."""

VERDICT_HELP = {
    "confirmed": "independent evidence shows it happened",
    "refuted": "independent evidence shows it did not",
    "disputed": "the sides contradict each other",
    "unverified": "nothing can confirm or rule it out",
    "claimed": "one side says so, nobody else yet",
}


class VerdictScreen(ModalScreen[tuple[str | None, str | None] | None]):
    """Ask for a verdict on one claim; dismisses with (verdict or None to clear, note) or None."""

    BINDINGS = [
        Binding("escape", "verdict_cancel", "Cancel", id="verdict_cancel"),
        Binding("ctrl+s", "verdict_save", "Save", id="verdict_save"),
    ]

    def __init__(self, claim: Claim) -> None:
        super().__init__(classes="warfeed-modal")
        self.claim = claim

    def compose(self) -> ComposeResult:
        claim = self.claim
        current = claim.verdict or claim.status
        with Vertical(id="verdict-dialog", classes="modal-dialog"):
            yield Label("Your verdict", classes="modal-title")
            yield Label(Text(f"{claim.event} · {claim.place or '(no place)'} — computed status: {claim.status}"), markup=False, id="verdict-claim")
            with RadioSet(id="verdict-choices"):
                for status in ("confirmed", "refuted", "disputed", "unverified", "claimed"):
                    yield RadioButton(
                        Text(f"{status:<11} {VERDICT_HELP[status]}"),
                        value=status == current and claim.verdict is not None,
                        id=f"verdict-{status}",
                    )
                yield RadioButton(Text(f"{CLEAR:<11} use the computed status"), value=claim.verdict is None, id=f"verdict-{CLEAR}")
            yield Input(
                value=claim.verdict_note or "",
                placeholder="note (optional): why, evidence link…",
                id="verdict-note",
                max_length=500,
            )
            with Horizontal(classes="modal-buttons"):
                yield Button("Save", variant="primary", id="verdict-save")
                yield Button("Cancel", id="verdict-cancel")

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()

    def chosen(self) -> str | None:
        """The verdict picked in the radio set (None means clear)."""
        pressed = self.query_one(RadioSet).pressed_button
        if pressed is None or pressed.id is None:
            return self.claim.verdict
        choice = pressed.id.removeprefix("verdict-")
        return None if choice == CLEAR else choice

    def action_verdict_save(self) -> None:
        """Return the chosen verdict and note."""
        note = self.query_one("#verdict-note", Input).value.strip() or None
        verdict = self.chosen()
        assert verdict is None or verdict in CLAIM_STATUSES
        self.dismiss((verdict, note))

    def action_verdict_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)

    @on(Button.Pressed, "#verdict-save")
    @on(Input.Submitted, "#verdict-note")
    def _save(self) -> None:
        self.action_verdict_save()

    @on(Button.Pressed, "#verdict-cancel")
    def _cancel(self) -> None:
        self.action_verdict_cancel()


def ask_verdict(host: MessagePump, tracker: ClaimTracker, claim: Claim) -> None:
    """The verdict dialog for a claim: the tracker shows the answer at once, and VerdictSet is
    posted to `host` (the screen that asked), from where it bubbles on to be saved."""

    def answered(result: tuple[str | None, str | None] | None) -> None:
        if result is not None:
            verdict, note = result
            tracker.show_verdict(claim, verdict, note)
            host.post_message(ClaimTracker.VerdictSet(claim.id, verdict, note))

    host.app.push_screen(VerdictScreen(claim), answered)
