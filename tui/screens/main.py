"""The main screen: header, story list, reader and claim tracker; owns filtering and marks."""

from __future__ import annotations

import asyncio
import gc
import threading
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import DescendantFocus, Resize
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.core.cluster_view import ClusterGrouper, Grouping
from tui.core.display import STORY_ORDERS, next_order, sort_stories, story_order_key
from tui.core.models import FeedHealth, Story
from tui.core.storage import error_sentence
from tui.core.view_state import ViewState
from tui.messages import (
    ArticleReady,
    ClaimsChanged,
    ClustersChanged,
    FilterApplied,
    PollStateChanged,
    StoriesChanged,
)
from tui.screens.host import Host
from tui.widgets.claim_tracker import ClaimTracker
from tui.widgets.filter_bar import FilterBar
from tui.widgets.header import StatusHeader, health_counts, stories_per_hour
from tui.widgets.reader import Reader
from tui.widgets.story_list import StoryList

if TYPE_CHECKING:
    from tui.screens.feed_picker import FeedCount

READER_DELAY = 0.08
"""Seconds the cursor must rest on a story before the reader follows it (holding `j` stays cheap)."""

WARM_UP_DELAY = 1.0
"""Seconds after first paint before the gazetteer warm-up starts (the user looks before typing)."""

NARROW_BELOW = 120
"""Below this many columns only the focused pane shows; `tab` moves between panes."""

PANES = ("story-list", "reader", "claims")


class MainScreen(Screen):
    """Coordinates the panes: data arrives by message, widgets are told what to show."""

    # The footer keeps what a newcomer needs at 80 columns; every other key is in help (?)
    # and the command palette.
    BINDINGS = [
        Binding("tab", "next_pane", "Next pane", id="next_pane", show=False),
        Binding("shift+tab", "previous_pane", "Previous pane", id="previous_pane", show=False),
        Binding("1", "focus_pane('story-list')", "Stories", id="focus_stories", show=False),
        Binding("2", "focus_pane('reader')", "Reader", id="focus_reader", show=False),
        Binding("3", "focus_pane('claims')", "Claims", id="focus_claims", show=False),
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("escape", "clear_filter", "Clear", id="clear_list_filter", tooltip="Clear the filter or view"),
        Binding("n", "next_unread", "Next unread", id="next_unread", show=False),
        Binding("N", "previous_unread", "Previous unread", id="previous_unread", show=False),
        Binding("u", "unread_only", "Unread only", id="unread_only", show=False),
        Binding("D", "dismiss_new", "Clear ✦ marks", id="dismiss_new", show=False,
                tooltip="Clear the ✦ marks (new since your last visit)"),
        Binding("O", "cycle_order", "Sort order", id="cycle_order", show=False,
                tooltip="Sort order: newest, oldest, source, unread"),
        Binding("s", "star", "Star", id="star"),
        Binding("m", "toggle_read", "Read/unread", id="toggle_read", show=False),
        Binding("x", "flag", "Flag", id="flag", show=False),
        Binding("A", "mark_all_read", "All read", id="mark_all_read", show=False),
        Binding("U", "undo_mark_all_read", "Undo all read", id="undo_mark_all_read", show=False,
                tooltip="Undo the last mark-all-read"),
        Binding("o", "open_link", "Open link", id="open_link", show=False),
        Binding("y", "copy_link", "Copy link", id="copy_link", show=False),
        Binding("v", "next_view", "View", id="next_view", show=False),
        Binding("F", "pick_feed", "Feed list", id="pick_feed", show=False,
                tooltip="Feed list with unread counts: enter shows one feed's stories"),
        Binding("c", "claims_of_story", "Claims", id="claims_of_story",
                tooltip="Claims of this story only (again: all claims)"),
    ]

    # `var`, not `reactive`: a reactive on a screen repaints the whole screen when set, which
    # was a full-frame render on every keystroke of the filter.
    query_text: var[str] = var("", init=False)
    unread_only: var[bool] = var(False, init=False)
    story_order: var[str] = var("newest", init=False)
    """How the list is sorted (a key of STORY_ORDERS); `O` cycles it."""
    active_pane: var[str] = var("story-list", init=False)

    def __init__(self) -> None:
        super().__init__()
        self.all_stories: list[Story] = []
        self.view_index = -1
        """Index of the saved view shown (config.views order); -1: all stories, no view."""
        self._applies: tuple[bool, ...] = ()
        self._undo_read: list[str] = []
        """Stories the last mark-all-read marked (U marks them unread again)."""
        self._reader_timer: Timer | None = None
        self._pending_open: str | None = None
        """A story the claim pane asked to open, waiting for the filter that will show it."""
        self.clusters = ClusterGrouper()
        """Which stories report one event (filled after first paint, refreshed after each poll)."""
        self._story_list_widget: StoryList | None = None
        self._stored_changes = 0
        """Poll cycles that stored stories so far; all_stories reflects `_read_changes` of them."""
        self._read_changes = 0
        self.visit_since: float | None = None
        """When the dashboard was last closed: stories fetched after it are new to the user."""
        self.visit_until: float | None = None
        """End of the first poll cycle: later arrivals came while the user was here (None: not yet)."""
        self._visit_dismissed = False
        self._visit_settled = False
        self._new_ids: frozenset[str] = frozenset()
        """Stories that arrived since the last visit (the list marks the unread ones ✦)."""
        self._new_unread = 0
        """How many of them are unread: kept up to date by each mark, never recounted."""
        self._view_saved: ViewState | None = None
        self._view_write_lock = threading.Lock()
        """The view last kept for the next start (None: not restored yet, nothing is saved)."""
        self._top_after_restore = False
        """The next filter result to show is the restored view's: its cursor goes to the top."""

    @property
    def warfeed(self) -> Host:
        """The app this screen runs in, as much of it as the screen uses."""
        return cast(Host, self.app)

    @property
    def story_list(self) -> StoryList:
        return self.query_one(StoryList)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    def compose(self) -> ComposeResult:
        app = self.warfeed
        yield StatusHeader(clock=app.clock, demo=app.demo is not None, polls=app.poll and bool(app.config.feeds),
                           demo_note=getattr(app, "demo_note", ""), id="status-header")
        yield FilterBar(id="filter-bar")
        with Horizontal(id="panes"):
            yield StoryList(clock=app.clock, id="story-list", classes="pane")
            with Vertical(id="right-column"):
                yield Reader(clock=app.clock, id="reader")
                yield ClaimTracker(clock=app.clock, id="claims", classes="pane")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FilterBar).display = False
        self.query_one(Reader).add_class("pane")
        self.query_one(Reader).versions_of = self.warfeed.service.versions
        # Pane titles teach the keys that reach them (in a narrow terminal only one shows).
        for pane, title in zip(PANES, ("1 Stories", "2 Reader", "3 Claims")):
            self.query_one(f"#{pane}").border_title = title
        self._show_list_title()
        self.story_list.focus()
        self.query_one(ClaimTracker).resolve_place = self.warfeed.service.resolve_place
        self.query_one(ClaimTracker).cluster_summary = self.cluster_summary
        self._story_list_widget = self.story_list
        self.watch_active_pane(self.active_pane)
        self.query_one(StatusHeader).set_health(self._health_counts(self.warfeed.health))
        # First paint straight from the store's in-memory list (no I/O, no filter pass): the
        # counts, the claims and the search warm-up all follow in workers.
        self.all_stories = self.warfeed.service.stories()
        self._show(self.all_stories, reset=True)
        # Everything else waits for the first frame: a worker thread would share the GIL with it.
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self.warfeed.service.loaded:
            self.count_stories()
        else:
            self.finish_loading()  # counts follow the whole list
        self.load_claims()
        self.load_clusters()
        self.load_last_visit()
        self.load_view()
        self.set_timer(WARM_UP_DELAY, self.warm_up)

    # -- layout -----------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_BELOW
        self.set_class(narrow, "-narrow")
        # At 80 columns the roomy footer cut off the last keys; compact keeps them on screen.
        self.query_one(Footer).compact = narrow
        # One pane at a time: a click on a story is the only way to read it with the mouse.
        self.story_list.single_click_opens = narrow

    def _show_list_title(self) -> None:
        """The list's title says what it shows: how many stories, unread only, which view."""
        parts = ["1 Stories"]
        shown = len(self.story_list.shown_stories)
        total = len(self.all_stories)
        parts.append(f"{shown}" if shown == total and not self.query_text else f"{shown} of {total}")
        if self.unread_only:
            parts.append("unread only")
        parts.append(STORY_ORDERS[self.story_order])
        views = list(self.warfeed.config.views.items())
        if 0 <= self.view_index < len(views) and views[self.view_index][1] == self.query_text:
            parts.append(f"view: {views[self.view_index][0]}")
        elif self.query_text:
            parts.append(f"filter: {self.query_text}")
        else:
            parts.append("tab: next pane")
        self.story_list.border_title = Content(" · ".join(parts))

    # -- the view kept across restarts -------------------------------------------------------------

    @work(thread=True, exclusive=True, group="view")
    def load_view(self) -> None:
        """The sort order, theme, filter and pane the dashboard was left in (a small file)."""
        state, problem = self.warfeed.service.view_state()
        self.app.call_from_thread(self._restore_view, state, problem)

    def _restore_view(self, state: ViewState, problem: str | None) -> None:
        if problem:
            self.notify(problem, severity="warning", markup=False, timeout=8)
        config = self.warfeed.config
        # Untouched since the first paint: the restored order or filter starts at its top row,
        # not wherever the first paint's top story lands in it.
        self._top_after_restore = self.story_list.cursor == 0
        # A theme chosen in the palette, unless the config names another one since.
        if state.theme in self.app.available_themes and state.config_theme == config.theme:
            self.app.theme = state.theme
        if state.order in STORY_ORDERS:
            self.story_order = state.order
        if state.query and not self.query_text:
            views = list(config.views.values())
            self.view_index = views.index(state.query) if state.query in views else -1
            self.query_one(FilterBar).set_query(state.query)
            if not self._set_query(state.query):
                self.query_one(FilterBar).reset()
                self.view_index = -1
        # The reader starts empty: a restart opens on the list rather than on a blank pane.
        if state.pane in PANES and state.pane != "reader" and state.pane != self.active_pane:
            self.action_focus_pane(state.pane)
        self._view_saved = self._view_now()
        if (self.story_order, self.query_text) == ("newest", ""):
            self._top_after_restore = False  # nothing to reorder: the first paint stands
        self.watch(self.app, "theme", lambda _theme: self.save_view(), init=False)

    def _view_now(self) -> ViewState:
        return ViewState(order=self.story_order, theme=self.app.theme, config_theme=self.warfeed.config.theme,
                         query=self.query_text or None, pane=self.active_pane)

    def save_view(self) -> None:
        """Keep the view for the next start when it changed (written at once: a crash keeps it)."""
        if self._view_saved is None:
            return  # the saved one is not restored yet: do not overwrite it
        state = self._view_now()
        if state != self._view_saved:
            self._view_saved = state
            self._write_view()

    @work(thread=True, group="view-save")
    def _write_view(self) -> None:
        try:
            # The newest view, read under the lock: a write started earlier never lands last
            # with an older view (a filter typed fast starts one write per settled change).
            with self._view_write_lock:
                self.warfeed.service.save_view_state(self._view_saved)
        except OSError as exc:
            sentence = f"The view is not kept for the next start: {error_sentence(exc, 'write')}"
            self.app.call_from_thread(self.notify, sentence, severity="warning", markup=False, timeout=6)

    # -- since the last visit -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="last-visit")
    def load_last_visit(self) -> None:
        """When the dashboard was last closed (a small file read off the UI thread)."""
        try:
            since = self.warfeed.service.last_visit()
        except Exception:  # noqa: BLE001 - without it the list simply marks nothing
            since = None
        if since is not None:
            self.app.call_from_thread(self._visit_known, since)

    def _visit_known(self, since: float) -> None:
        self.visit_since = since
        self._mark_since_visit()

    def _mark_since_visit(self) -> None:
        """Mark the stories fetched between the last close and the end of the first poll
        (what the feeds published while the user was away arrives with that poll)."""
        since, until = self.visit_since, self.visit_until
        if since is None or self._visit_dismissed:
            return
        new_ids: set[str] = set()
        unread = 0
        for story in self.all_stories:
            if story.fetched_at > since and (until is None or story.fetched_at <= until):
                new_ids.add(story.id)
                unread += not story.read
        self._new_ids, self._new_unread = frozenset(new_ids), unread
        # Once the first poll's stories and the whole cache are in, later arrivals can never be
        # new: no more scans.
        self._visit_settled = until is not None and self.warfeed.service.loaded
        self.story_list.show_since_visit(self._new_ids, self._new_unread)

    def new_since_visit(self) -> int:
        """Unread stories that arrived since the last visit (0 once dismissed)."""
        return self._new_unread

    def action_dismiss_new(self) -> None:
        """Stop marking the stories that arrived since the last visit (for this session)."""
        self._visit_dismissed = True
        self._new_ids, self._new_unread = frozenset(), 0
        self.story_list.show_since_visit(frozenset(), 0)
        self.refresh_bindings()

    def on_reader_back(self, event: Reader.Back) -> None:
        event.stop()
        self.action_focus_pane("story-list")

    def on_claim_tracker_back(self, event: ClaimTracker.Back) -> None:
        event.stop()
        self.action_focus_pane("story-list")

    def on_claim_tracker_verdict_requested(self, event: ClaimTracker.VerdictRequested) -> None:
        """The verdict dialog for a claim; the pane shows the answer and sends it on to be saved."""
        from tui.screens.verdict import ask_verdict

        event.stop()
        ask_verdict(self, self.query_one(ClaimTracker), event.claim)

    def on_reader_changes_requested(self, event: Reader.ChangesRequested) -> None:
        """What changed in a revised story, read from the versions kept in the data dir."""
        from tui.screens.diff import DiffScreen

        event.stop()
        self.app.push_screen(DiffScreen(event.story, self.warfeed.service.changes_since_read, clock=self.warfeed.clock))

    def watch_active_pane(self, pane: str) -> None:
        self.save_view()
        for name in PANES:
            for widget in self.query(f"#{name}"):
                widget.set_class(name == pane, "-active")
        self.query_one("#right-column").set_class(pane != "story-list", "-active-column")

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        node = event.widget
        while node is not None and node is not self:
            if node.id in PANES:
                self.active_pane = node.id
                return
            node = node.parent

    def action_focus_pane(self, pane: str) -> None:
        """Focus one of the three panes (in a narrow terminal, show it)."""
        self.active_pane = pane
        widget = self.query_one(f"#{pane}")
        if widget.focusable:
            widget.focus()
        else:
            # A compound pane (the claim tracker) focuses its first table or list, not a text
            # input: digits and letters typed next must stay bindings.
            focusable = [child for child in widget.query("*") if child.focusable]
            preferred = [child for child in focusable if not isinstance(child, Input)]
            if preferred or focusable:
                (preferred or focusable)[0].focus()

    def action_next_pane(self) -> None:
        self.action_focus_pane(PANES[(PANES.index(self.active_pane) + 1) % len(PANES)])

    def action_previous_pane(self) -> None:
        self.action_focus_pane(PANES[(PANES.index(self.active_pane) - 1) % len(PANES)])

    # -- loading and filtering --------------------------------------------------------------

    @work(thread=True, exclusive=True, group="complete")
    def finish_loading(self) -> None:
        """Read the rest of a big cache (the store opened with only the newest stories), then
        show the whole list in place: the selection, the filter and any marks set meanwhile stay."""
        service = self.warfeed.service
        try:
            service.finish_loading()
            loaded = True
        except RuntimeError:
            # Only the newest stories stay shown and no story is written (nothing is lost).
            loaded = False
        # The store's notices say what went wrong, or what damage was set aside on the way.
        self.app.call_from_thread(self.warfeed.show_new_notices)
        if loaded:
            self.app.call_from_thread(self.stories_stored, set())

    def stories_stored(self, new_ids: set[str]) -> None:
        """The store holds stories the list has not read (a poll, the rest of a deferred open):
        the next filter reads them, keeping the user's place (new ones merge in)."""
        self._stored_changes += 1
        self.apply_filter(self.query_text, self.unread_only, new_ids, reset=False, counts=True)

    # Workers take no story lists as arguments: Textual describes a worker by repr() of its
    # arguments, which for a big cache stalls the UI thread. They read all_stories.
    @work(thread=True, exclusive=True, group="warm-up")
    def warm_up(self) -> None:
        """Load the gazetteer for the first `place:` filter off the UI thread, after first paint."""
        self.warfeed.service.warm_up_filters()
        # The gazetteer's objects and the screens built since the store's open live as long as the
        # app: out of the collector's sight, a full collection no longer stalls a filter midway
        # (the store freezes its stories the same way at open).
        gc.freeze()

    @work(thread=True, exclusive=True, group="counts")
    def count_stories(self) -> None:
        """Unread count and the 24-hour sparkline, off the UI thread."""
        stories = self.all_stories
        now = self.warfeed.clock()
        unread = sum(1 for s in stories if not s.read)
        per_hour = stories_per_hour(stories, now)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_counts, unread, per_hour)

    def _show_counts(self, unread: int, per_hour: list[int]) -> None:
        header = self.query_one(StatusHeader)
        header.set_unread(unread)
        header.set_activity(per_hour)

    def apply_filter(
        self, query: str, unread_only: bool, new_ids: set[str] | None = None, reset: bool = True, counts: bool = False
    ) -> None:
        """Filter the stories off the UI thread (read again from the service first when a poll
        stored some since they were read); a newer filter cancels this one."""
        self._filter(query, unread_only, new_ids, reset, counts, self._stored_changes)

    @work(thread=True, exclusive=True, group="filter", description="filter")
    def _filter(self, query: str, unread_only: bool, new_ids: set[str] | None, reset: bool, counts: bool,
                changes: int) -> None:
        app = self.warfeed
        # Any filter that starts while stories are unread reads them: one cancelled by a newer
        # filter cannot lose a cycle's stories.
        fresh = app.service.stories() if changes != self._read_changes else None
        stories = fresh if fresh is not None else self.all_stories
        try:
            predicate = app.service.compile_filter(query)
        except Exception:  # the bar already shows the error; keep the last good list
            return
        worker = get_current_worker()
        shown = predicate.select(stories) if query.strip() else stories
        if unread_only:
            shown = [s for s in shown if not s.read]
        order = self.story_order
        shown = sort_stories(shown, order)
        if worker.is_cancelled:
            return
        grouping = self.clusters.group(stories, shown, self._expanded)
        if worker.is_cancelled:
            return
        self.post_message(FilterApplied(query, shown, unread_only, new_ids=new_ids, reset=reset, grouping=grouping,
                                        all_stories=fresh, changes=changes, counts=counts, order=order))

    def on_filter_applied(self, message: FilterApplied) -> None:
        if message.all_stories is not None and message.changes > self._read_changes:
            self.all_stories, self._read_changes = message.all_stories, message.changes
            if not self._visit_settled:
                self._mark_since_visit()  # the first poll's arrivals
        if message.counts:
            self.count_stories()
        if (message.query, message.unread_only, message.order) != (self.query_text, self.unread_only,
                                                                     self.story_order):
            return  # a stale result: the user typed on
        self._show(message.stories, reset=message.reset, new_ids=message.new_ids, grouping=message.grouping)
        if self._top_after_restore:
            self._top_after_restore = False
            self.story_list.action_first()
        if self._pending_open is not None:
            story_id, self._pending_open = self._pending_open, None
            self._open_story_id(story_id)

    def _show(self, stories: list[Story], *, reset: bool, new_ids: set[str] | None = None,
              grouping: Grouping | None = None) -> None:
        story_list = self.story_list
        # Live arrivals merge in where this order puts them.
        story_list.order_key = story_order_key(self.story_order)
        if grouping is not None or story_list.grouped:
            story_list.set_rows(grouping, stories, keep_view=not reset)
            self.query_one(ClaimTracker).refresh_cluster()  # the clusters it names were just rebuilt
        elif new_ids and story_list.stories and not reset:
            story_list.add_stories([s for s in stories if s.id in new_ids])
            story_list.update_stories(stories)
        else:
            story_list.set_stories(stories)
        if self.query_text or self.unread_only:
            story_list.empty_text = "No stories match this filter (esc in the filter bar clears it)."
        elif self.warfeed.config.feeds:
            story_list.empty_text = "No stories yet: the first poll is on its way."
        else:
            story_list.empty_text = "No feeds configured: press f to add one."
        if not stories:
            story_list.refresh()
            self.reader.clear()
        self._show_list_title()

    def action_filter(self) -> None:
        """Open the filter bar."""
        self.query_one(FilterBar).open()

    @on(FilterBar.Changed)
    def filter_changed(self, event: FilterBar.Changed) -> None:
        self._set_query(event.query)

    @on(FilterBar.Submitted)
    def filter_submitted(self, event: FilterBar.Submitted) -> None:
        if self._set_query(event.query):
            self.story_list.focus()

    @on(FilterBar.Cleared)
    def filter_cleared(self) -> None:
        self.view_index = -1
        self._set_query("")
        self.story_list.focus()

    def _set_query(self, query: str) -> bool:
        """Validate and apply a query; a bad one is explained inline and changes nothing."""
        bar = self.query_one(FilterBar)
        try:
            self.warfeed.service.compile_filter(query)
        except Exception as error:  # QueryError: one sentence for the user
            bar.show_error(str(error) or "That filter cannot be understood.")
            return False
        bar.show_error(None)
        self.query_text = query
        return True

    def watch_query_text(self) -> None:
        self.apply_filter(self.query_text, self.unread_only)
        self.save_view()

    def watch_unread_only(self) -> None:
        self.apply_filter(self.query_text, self.unread_only)

    def watch_story_order(self) -> None:
        self.apply_filter(self.query_text, self.unread_only)
        self.save_view()

    def action_cycle_order(self) -> None:
        """Sort the list the next way: newest first, oldest first, by source, unread first."""
        self.story_order = next_order(self.story_order)

    def action_unread_only(self) -> None:
        """Toggle showing unread stories only (the list's title says so while it is on)."""
        self.unread_only = not self.unread_only

    def action_next_view(self) -> None:
        """Cycle through the saved views of config.views, then back to all stories."""
        views = list(self.warfeed.config.views.items())
        self.view_index += 1
        if self.view_index >= len(views):
            self.view_index = -1
            self.query_one(FilterBar).reset()
            self._set_query("")
            self._show_list_title()
            return
        query = views[self.view_index][1]
        self.query_one(FilterBar).set_query(query)
        self._set_query(query)
        self._show_list_title()

    @work(thread=True, exclusive=True, group="feed-picker")
    def action_pick_feed(self) -> None:
        """The feed list with unread counts (counted off the UI thread); enter filters to one feed."""
        from tui.screens.feed_picker import FeedPickerScreen, count_feeds

        counts = count_feeds(self.warfeed.config.feeds, self.all_stories)
        self.app.call_from_thread(self.app.push_screen, FeedPickerScreen(counts), self._feed_picked)

    def _feed_picked(self, picked: FeedCount | None) -> None:
        if picked is not None:
            from tui.commands import source_query

            self.action_set_filter(source_query(picked.title))

    def action_clear_filter(self) -> None:
        """Esc in the list: drop the filter or saved view (unread-only stays: it has its own key)."""
        self.query_one(FilterBar).reset()
        self.view_index = -1
        self._set_query("")
        self._show_list_title()

    def _unread_from(self, step: int) -> Story | None:
        story_list = self.story_list
        stories = story_list.stories
        row = story_list.cursor + step
        while 0 <= row < len(stories):
            if story_list.row_unread(row):
                return stories[row]
            row += step
        return None

    def action_next_unread(self) -> None:
        """The next unread story below the cursor (opened at once when reading)."""
        self._go_unread(1)

    def action_previous_unread(self) -> None:
        """The previous unread story above the cursor (opened at once when reading)."""
        self._go_unread(-1)

    def _go_unread(self, step: int) -> None:
        story = self._unread_from(step)
        if story is None:
            self.notify("No more unread stories " + ("below." if step > 0 else "above."), timeout=2)
            return
        self.story_list.select_story(story.id)
        if self.active_pane == "reader":
            self._open_story(story)

    # -- reading ----------------------------------------------------------------------------

    @on(StoryList.Highlighted)
    def story_highlighted(self, event: StoryList.Highlighted) -> None:
        # The footer's mark and link keys depend on the selection; recomposing it costs a
        # layout pass, so only when what applies actually changed.
        story = event.story
        self.update_applicable_keys(story)
        self._cancel_reader_timer()
        if story is None:
            self.reader.clear()
        elif self.reader.story is None:
            self._follow(story)
        elif self.reader.story.id != story.id:
            # The reader (a layout pass and a Markdown rebuild) follows once the cursor rests;
            # until then a keypress repaints two list rows and nothing else.
            self._reader_timer = self.set_timer(READER_DELAY, lambda: self._follow(story))

    def update_applicable_keys(self, story: Story | None) -> None:
        """Refresh the footer only when the keys that apply to the selection changed."""
        applies = (
            story is not None,
            bool(story and story.link),
            bool(story and self.warfeed.is_safe_link(story.link)),
            bool(story and story.claim_ids),
        )
        if applies != self._applies:
            self._applies = applies
            self.refresh_bindings()

    def _cancel_reader_timer(self) -> None:
        if self._reader_timer is not None:
            self._reader_timer.stop()
            self._reader_timer = None

    def _follow(self, story: Story) -> None:
        self._reader_timer = None
        if self.story_list.selected is not story:
            return
        self.reader.show_story(story, immediate=True)
        self.load_article(story, fetch=False)

    @on(StoryList.Selected)
    def story_selected(self, event: StoryList.Selected) -> None:
        self._open_story(event.story)

    def _open_story(self, story: Story) -> None:
        """Show a story in the reader now (the reader pane in a narrow terminal), mark it read
        and fetch its full article."""
        if self.has_class("-narrow"):
            self.action_focus_pane("reader")
        self._cancel_reader_timer()
        if not story.read:
            self._mark([story], read=True)
        self.reader.show_story(story, status="Fetching the full article…" if story.link else "", immediate=True)
        self.load_article(story, fetch=True)

    @work(exclusive=True, group="article", description="article")
    async def load_article(self, story: Story, fetch: bool) -> None:
        """The stored article, else (when asked) fetch, extract and save it for offline reading."""
        service = self.warfeed.service
        article = await asyncio.to_thread(service.saved_article, story.id)
        if article is None and not story.content:
            # The hot cache keeps stories without their bulky feed content: fetch it for the reader.
            content = await asyncio.to_thread(service.content, story.id)
            if content:
                self.post_message(ArticleReady(story.id, None, content=content))
        if article is not None or not fetch or not story.link:
            if article is not None:
                self.post_message(ArticleReady(story.id, article))
            elif fetch:
                self.post_message(ArticleReady(story.id, None, "this story has no link to fetch"))
            return
        try:
            article = await service.fetch_article(story.link, story_id=story.id)
        except Exception as error:  # ExtractError and anything the network throws: one sentence
            self.post_message(ArticleReady(story.id, None, str(error) or type(error).__name__))
            return
        self.post_message(ArticleReady(story.id, article))

    def on_article_ready(self, message: ArticleReady) -> None:
        self.reader.show_article(message.story_id, message.article, message.error, content=message.content)

    # -- marks ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return True
        story = self.story_list.selected if self.query(StoryList) else None
        if action in ("star", "toggle_read", "flag", "copy_link"):
            return story is not None and (action != "copy_link" or bool(story.link))
        if action == "open_link":
            return story is not None and self.warfeed.is_safe_link(story.link)
        if action == "mark_all_read":
            return bool(self.query(StoryList)) and any(not s.read for s in self.story_list.shown_stories)
        if action == "next_view":
            return bool(self.warfeed.config.views)
        if action == "clear_filter":
            return bool(self.query_text)
        if action == "dismiss_new":
            return self.new_since_visit() > 0
        if action == "claims_of_story":
            tracker = self.query(ClaimTracker)
            filtered = bool(tracker) and tracker.first().story_filter is not None
            return filtered or (story is not None and bool(story.claim_ids))
        return True

    def _mark(self, stories: list[Story], **marks: bool) -> None:
        """Marks show at once; the store makes them durable within a second."""
        if "read" in marks and self._new_ids:
            # Counted before the store, which may set the mark on these very objects.
            flips = sum(1 for s in stories if s.id in self._new_ids and s.read != marks["read"])
            self._new_unread += -flips if marks["read"] else flips
        # The store first: it may hold these very Story objects and skips unchanged ones.
        self.warfeed.service.set_marks([s.id for s in stories], **marks)
        for story in stories:
            for name, value in marks.items():
                setattr(story, name, value)
        story_list = self.story_list
        for story in stories:
            story_list.refresh_story(story.id)
        if "read" in marks:
            header = self.query_one(StatusHeader)
            header.set_unread(sum(1 for s in self.all_stories if not s.read))
            if self._new_ids:
                story_list.show_since_visit(self._new_ids, self._new_unread)
        self.refresh_bindings()

    def action_star(self) -> None:
        """Star or unstar the selected story."""
        story = self.story_list.selected
        if story:
            self._mark([story], starred=not story.starred)

    def action_flag(self) -> None:
        """Flag or unflag the selected story."""
        story = self.story_list.selected
        if story:
            self._mark([story], flagged=not story.flagged)

    def action_toggle_read(self) -> None:
        """Mark the selected story read or unread (on a cluster's row: every story in it)."""
        cluster = self.story_list.selected_cluster
        if cluster is not None:
            self._mark(list(cluster.members), read=cluster.unread)
            return
        story = self.story_list.selected
        if story:
            self._mark([story], read=not story.read)

    def action_mark_all_read(self) -> None:
        """Mark every story the current filter shows as read."""
        unread = [s for s in self.story_list.shown_stories if not s.read]
        if unread:
            self._mark(unread, read=True)
            self._undo_read = [s.id for s in unread]
            self.notify(f"Marked {len(unread)} stories read · U undoes it", timeout=4)

    def action_undo_mark_all_read(self) -> None:
        """Mark unread again the stories the last mark-all-read marked."""
        ids, self._undo_read = set(self._undo_read), []
        stories = [s for s in self.all_stories if s.id in ids and s.read]
        if not stories:
            self.notify("Nothing to undo.", timeout=2)
            return
        self._mark(stories, read=False)
        self.notify(f"{len(stories)} stories unread again", timeout=2)

    def action_open_link(self) -> None:
        """Open the selected story's link in a browser (http/https only)."""
        story = self.story_list.selected
        if story:
            self.warfeed.open_link(story.link)

    def action_copy_link(self) -> None:
        """Copy the selected story's link to the clipboard (OSC 52)."""
        story = self.story_list.selected
        if story and story.link:
            self.app.copy_to_clipboard(story.link)
            self.notify("Link copied", timeout=2)

    # -- the claim pane (its edits bubble on to the app, which saves them) ------------------

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
        claims = self.warfeed.service.claims()
        if not get_current_worker().is_cancelled:
            self.post_message(ClaimsChanged(claims))

    def on_claims_changed(self, message: ClaimsChanged) -> None:
        self.query_one(ClaimTracker).show_claims(message.claims)
        # The pipeline linked stories to claims in place: repaint the list's claim markers.
        self.story_list.refresh()
        self.update_applicable_keys(self.story_list.selected)

    # -- live updates -----------------------------------------------------------------------

    def on_stories_changed(self, message: StoriesChanged) -> None:
        if message.new_ids or message.updated_ids:
            self.stories_stored(set(message.new_ids))

    def on_poll_state_changed(self, message: PollStateChanged) -> None:
        if not message.polling and message.next_due is not None and self.visit_until is None:
            # A cycle ended: what arrives from now on arrived while the user was here.
            self.visit_until = self.warfeed.clock()
        header = self.query_one(StatusHeader)
        header.set_poll_state(polling=message.polling, next_due=message.next_due, error=message.error)
        if message.health is not None:
            header.set_health(self._health_counts(message.health))

    def _health_counts(self, health: dict[str, FeedHealth]) -> dict[str, int]:
        return health_counts(health, [f.id for f in self.warfeed.config.feeds], self.warfeed.clock())

    # -- clusters -----------------------------------------------------------------------------

    @property
    def _expanded(self) -> frozenset[str]:
        # The list replaces this set on each change, so a filter worker reads it safely.
        widget = self._story_list_widget
        return widget.expanded if widget is not None else frozenset()

    @work(thread=True, exclusive=True, group="clusters", description="clusters")
    def load_clusters(self) -> None:
        """Read every story's cluster (clusters.json) after first paint."""
        assignments = self.warfeed.service.cluster_assignments()
        if assignments and not get_current_worker().is_cancelled:
            self.post_message(ClustersChanged(assignments, replace=True))

    def on_clusters_changed(self, message: ClustersChanged) -> None:
        self.clusters.update(message.assignments, replace=message.replace)
        # Regrouped where the user is (new_ids: a plain list merges them without a jump).
        self.apply_filter(self.query_text, self.unread_only, None if message.replace else set(message.assignments),
                          reset=False, counts=True)

    def cluster_summary(self, story_id: str) -> tuple[str, Story, int] | None:
        """(cluster id, newest story, size) of a story's cluster of two or more."""
        return self.clusters.summary(story_id)

    def on_claim_tracker_show_cluster(self, event: ClaimTracker.ShowCluster) -> None:
        """Jump from a claim to its cluster's row in the list."""
        event.stop()
        summary = self.clusters.summary(event.story_id)
        story_list = self.story_list
        if (summary is not None and story_list.select_cluster(summary[0])) or story_list.select_story(event.story_id):
            self.action_focus_pane("story-list")
        else:
            self.notify("The filter hides that cluster (esc in the list clears it).", timeout=4)

    def action_set_filter(self, query: str) -> None:
        """Filter the stories by a query (the command palette's feeds and saved views)."""
        bar = self.query_one(FilterBar)
        bar.set_query(query)
        if self._set_query(query):
            self.story_list.focus()
