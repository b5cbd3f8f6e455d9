"""The main screen's side of the claim pane: open a statement's story, verdicts, watches, `c`.

A mixin of MainScreen (kept apart so each module stays small); handlers are found by their
`on_claim_tracker_*` names, which works through a mixin where `@on` would not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from tui.messages import ClaimsChanged
from tui.widgets.claim_tracker import ClaimTracker
from tui.widgets.filter_bar import FilterBar

if TYPE_CHECKING:
    from tui.screens.main import MainScreen

    _Base = MainScreen
else:
    _Base = object


class ClaimPaneMixin(_Base):
    """Claim pane messages and actions of the main screen."""

    def on_claim_tracker_open_story(self, event: ClaimTracker.OpenStory) -> None:
        event.stop()
        self._open_story_id(event.story_id)

    def _open_story_id(self, story_id: str) -> None:
        """Select a story in the list (clearing a filter that hides it) and open it."""
        if self.story_list.select_story(story_id):
            story = self.story_list.selected
            if story is not None:
                self._open_story(story)
            return
        if not any(s.id == story_id for s in self.all_stories):
            self.notify("That story is no longer in the cache.", severity="warning", timeout=4)
            return
        # Hidden by the filter: drop it and open the story once the full list is back.
        self._pending_open = story_id
        self.query_one(FilterBar).reset()
        self.view_index = -1
        if not self.query_text and not self.unread_only:
            self.apply_filter("", False)
        self.query_text = ""
        self.unread_only = False
        self.notify("Filter cleared to show that story.", timeout=3)

    def on_claim_tracker_verdict_set(self, event: ClaimTracker.VerdictSet) -> None:
        event.stop()
        self.warfeed.save_claim_verdict(event.claim_id, event.verdict, event.note)

    def on_claim_tracker_statement_rejected(self, event: ClaimTracker.StatementRejected) -> None:
        event.stop()
        self.warfeed.save_statement_rejection(event.claim_id, event.key, event.rejected)
        self.notify("Statement rejected: it no longer counts." if event.rejected else "Statement restored.",
                    timeout=3)

    def on_claim_tracker_watch_toggled(self, event: ClaimTracker.WatchToggled) -> None:
        event.stop()
        self.warfeed.save_claim_watch(event.claim_id, event.watched)
        self.notify("Watching this claim: you will be told when it changes." if event.watched
                    else "No longer watching this claim.", timeout=3)

    def action_claims_of_story(self) -> None:
        """Show only the selected story's claims in the claim pane (again: all claims)."""
        tracker = self.query_one(ClaimTracker)
        story = self.story_list.selected
        if story is None or tracker.story_filter == story.id:
            tracker.show_story_claims(None)
            return
        tracker.show_story_claims(story.id)
        if self.has_class("-narrow"):
            self.action_focus_pane("claims")

    @work(thread=True, exclusive=True, group="claims")
    def load_claims(self) -> None:
        """Read tracked claims from the store."""
        claims = self.warfeed.store.claims()
        if not get_current_worker().is_cancelled:
            self.post_message(ClaimsChanged(claims))

    def on_claims_changed(self, message: ClaimsChanged) -> None:
        self.query_one(ClaimTracker).show_claims(message.claims)
        # The pipeline linked stories to claims in place: repaint the list's claim markers.
        self.story_list.refresh()
        self.update_applicable_keys(self.story_list.selected)
