"""The Textual app: a shell over the headless service; runs its poll loop and pushes the screens.

Everything the dashboard does to data goes through `tui.core.service.Warfeed`; the app only
schedules that work in workers and turns results into messages, toasts and screens.
"""

from __future__ import annotations

import asyncio
import time
import webbrowser
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from tui.commands import WarfeedCommands
from tui.core.config import Config
from tui.core.feeds import FeedChange, FeedsResult
from tui.core.models import Claim, FeedHealth, Statement, Story
from tui.core.poll_results import CycleReport
from tui.core.sanitize import is_safe_link
from tui.core.service import NewsUpdate, Warfeed
from tui.messages import ClaimsChanged, ClustersChanged, PollStateChanged, StoriesChanged
from tui.screens.main import MainScreen
from tui.shutdown import SignalExit
from tui.themes import THEMES as WARFEED_THEMES
from tui.themes import styles_dir
from tui.widgets.claim_tracker import ClaimTracker
from tui.widgets.story_list import StoryList

if TYPE_CHECKING:
    from tui.core.demo import DemoServer
    from tui.core.digest import Digest
    from tui.core.store import Store


THEME_NAMES = {name: theme.name for name, theme in WARFEED_THEMES.items()}
"""config `theme = "dark"` / `"light"` -> warfeed's own themes (AA contrast); Textual's names work too."""

DEMO_INTERVAL = 10
"""Seconds between polls of the demo's loopback feeds (real feeds keep the poller's floor)."""
NOTICE_CHECK = 2.0
"""Seconds between looks at the store's notices (a failed save, a damaged file set aside)."""


def open_url(url: str, command: str | None) -> str | None:
    """Open a URL with the configured browser command (`%u` is the URL), else the system's;
    returns one sentence saying what went wrong, or None."""
    if command:
        import shlex
        import subprocess

        try:
            words = shlex.split(command)
        except ValueError:
            return f"The browser command cannot be read: {command}"
        if not words:
            return "The browser command in the config is empty."
        argv = [word.replace("%u", url) for word in words]
        if not any("%u" in word for word in words):
            argv.append(url)
        try:
            subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        except OSError as error:
            return f"The browser command {words[0]} could not start: {error.strerror or error}."
        return None
    try:
        opened = webbrowser.open(url)
    except webbrowser.Error:
        opened = False
    if not opened:
        return ("No web browser found: set browser = \"firefox %u\" in config.toml, "
                "or press y to copy the link.")
    return None


def claim_update_text(claim: Claim, statement: Statement) -> str:
    """'Claim updated: control of Kupiansk — TASS: Russian forces took full control of…'."""
    what = f"control of {claim.place}" if claim.event == "control" else f"{claim.event} at {claim.place}"
    who = statement.source or statement.speaker or "a source"
    sentence = " ".join(statement.sentence.split())
    start = sentence if len(sentence) <= 80 else sentence[:79].rstrip() + "…"
    return f"Claim updated: {what} — {who}: {start}"


class WarfeedApp(App):
    """warfeed's dashboard: pushes the main screen and runs the service's poll loop."""

    CSS_PATH = [styles_dir() / name for name in ("app.tcss", "claims.tcss", "screens.tcss")
                if (styles_dir() / name).is_file()]
    TITLE = "warfeed"
    COMMANDS = App.COMMANDS | {WarfeedCommands}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help"),
        # q goes back one level where there is one (reader, claims: their own q); here it quits.
        Binding("q", "quit", "Quit", id="quit"),
        Binding("Q", "quit", "Quit from anywhere", id="quit_now", show=False),
        # Textual's ctrl+c only says "press ctrl+q to quit": in a terminal ctrl+c means quit.
        Binding("ctrl+c", "quit", "Quit", id="quit_ctrl_c", show=False, priority=True),
        # Only the keys a pane needs show in the footer (it must fit 80 columns); ? lists these.
        Binding("e", "feed_health", "Feed health", id="feed_health", show=False),
        Binding("f", "feeds", "Feeds", id="feeds", show=False),
        Binding("r", "refresh", "Refresh", id="refresh", show=False),
        Binding("ctrl+p", "command_palette", "Commands", id="command_palette", show=False),
    ]

    def __init__(
        self,
        service: Warfeed | None = None,
        *,
        config: Config | None = None,
        store: Store | None = None,
        demo: DemoServer | None = None,
        clock: Callable[[], float] = time.time,
        poll: bool = True,
    ) -> None:
        """Over a service (as the CLI builds it), or one built here from a config and a store."""
        super().__init__()
        if service is None:
            if store is None:
                raise TypeError("WarfeedApp needs a service or a store")
            service = Warfeed(config or Config(), store, clock=clock,
                              cadence=DEMO_INTERVAL if demo is not None else None)
        self.service = service
        self.demo = demo
        self.clock = service.clock
        self.poll = poll
        """False: show the cache and the configured feeds but never poll (tests, snapshots)."""
        self.demo_note = ""
        """Said after DEMO in the header (the demo's data dir is thrown away on quit)."""
        self._notices_shown = 0
        self._quit_unsaved = False  # a quit was refused once because changes could not be saved
        self._signal_exit: SignalExit | None = None
        self.health: dict[str, FeedHealth] = {}
        self._poll_timer: Timer | None = None
        self._polling = False
        self._poll_again = False
        self._digest_requested = False
        self._digest_pending = False

    @property
    def config(self) -> Config:
        """The service's config (replaced, never edited, when feeds change)."""
        return self.service.config

    def on_mount(self) -> None:
        for warfeed_theme in WARFEED_THEMES.values():
            self.register_theme(warfeed_theme)
        theme = THEME_NAMES.get(self.config.theme or "dark", self.config.theme)
        if theme in self.available_themes:
            self.theme = theme
        else:
            self.theme = THEME_NAMES["dark"]
            self.notify(f"Unknown theme {self.config.theme!r} in the config: showing dark (choose dark, light "
                        "or a Textual theme such as nord).", severity="warning", markup=False, timeout=10)
        if self.config.keys:
            self.set_keymap(dict(self.config.keys))
        self.health = dict(self.service.health())
        self.show_new_notices()
        # The store's threads report later trouble (a save that failed, damage found while the
        # rest of a big cache was read) only as notices: they must reach the screen too.
        self.set_interval(NOTICE_CHECK, self.show_new_notices)
        self.push_screen(MainScreen())
        self._install_signal_handlers()
        # After the first frame: the poller's imports (httpx and the parser) and its
        # first requests would otherwise run on the event loop before anything is drawn.
        self.call_after_refresh(self.start_poller)
        self.call_after_refresh(self.start_digest)

    def show_new_notices(self) -> None:
        """A toast for each store notice not shown yet."""
        notices = list(self.service.notices)
        for notice in notices[self._notices_shown:]:
            self.notify(notice, severity="warning", markup=False, timeout=10)
        self._notices_shown = len(notices)

    def _install_signal_handlers(self) -> None:
        """SIGTERM/SIGHUP: marks durable at once, then a clean exit, bounded (see tui.shutdown)."""
        loop = asyncio.get_running_loop()

        def request_exit(code: int) -> None:
            loop.call_soon_threadsafe(lambda: self.exit(return_code=code))

        self._signal_exit = SignalExit(self.service.flush, request_exit)
        if not self._signal_exit.install():
            self._signal_exit = None

    @staticmethod
    def is_safe_link(url: str) -> bool:
        """Only absolute http/https links may leave the app."""
        return is_safe_link(url)

    def open_link(self, url: str) -> None:
        """Open a story link in the browser, refusing anything but http/https (HARDENING 6, 8)."""
        if not self.is_safe_link(url):
            self.notify("Only http and https links can be opened.", severity="warning")
            return
        self._open_in_browser(url)

    @work(thread=True, group="browser")
    def _open_in_browser(self, url: str) -> None:
        # The URL is one argv item, never through a shell; starting a browser can block.
        error = open_url(url, self.config.browser)
        if error:
            self.call_from_thread(self.notify, error, severity="warning", markup=False, timeout=8)

    async def action_quit(self) -> None:
        """Quit, making every mark durable first; asks again when they cannot be saved."""
        saved = await asyncio.to_thread(self.service.flush)
        if saved is False and not self._quit_unsaved:
            self._quit_unsaved = True
            self.show_new_notices()
            self.notify(f"{self.service.unsaved() or 'Changes are not saved.'} Press q again to"
                        " quit and lose them.", severity="error", markup=False, timeout=15)
            return
        self.exit()

    async def on_unmount(self) -> None:
        # Give back the handlers that were there (the CLI's store-closing ones).
        if self._signal_exit is not None:
            self._signal_exit.uninstall()
        await self.service.aclose()
        await self.record_close()

    def on_story_list_selected(self, event: StoryList.Selected) -> None:
        """Opening a revised story makes its newest version the one read (`d` compares from it)."""
        if event.story.revision:
            story = event.story
            self.run_worker(lambda: self.service.remember_read(story), thread=True, group="read-version")

    def action_help(self) -> None:
        """Every warfeed binding, grouped by where it works, and what the signs mean."""
        from tui.screens.help import HelpScreen, binding_rows
        from tui.widgets.reader import Reader
        from tui.widgets.vim_table import VimTable

        sections: list[tuple[str, list[type]]] = [
            ("Everywhere", [WarfeedApp]),
            ("Story list", [MainScreen, StoryList]),
            ("Reader", [Reader]),
            ("Claims", [ClaimTracker]),
            ("Tables", [VimTable]),
        ]
        self.push_screen(HelpScreen(binding_rows(sections, dict(self.config.keys or {}), self.get_key_display)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's palette commands minus the SVG screenshot (it fails without a save
        directory and is no part of reading news) and its keys panel (help is `?`)."""
        for command in super().get_system_commands(screen):
            if command.title not in ("Screenshot", "Keys"):
                yield command

    def action_feed_health(self) -> None:
        """Every feed's state, errors and next poll."""
        from tui.screens.health import HealthScreen

        self.push_screen(HealthScreen(list(self.config.feeds), dict(self.health), self.clock()))

    def action_feeds(self) -> None:
        """Add, remove and import feeds."""
        from tui.screens.feeds import FeedsScreen

        self.push_screen(FeedsScreen(list(self.config.feeds)), self._feeds_changed)

    def _feeds_changed(self, changes: list[FeedChange] | None) -> None:
        if changes:
            self.apply_feed_changes(list(changes))

    @work(thread=True, exclusive=True, group="feeds")
    def apply_feed_changes(self, changes: list[FeedChange]) -> None:
        """Apply the feeds modal's changes through the service (file I/O: a worker)."""
        result = self.service.change_feeds(changes)
        self.call_from_thread(self._feeds_applied, result)

    def _feeds_applied(self, result: FeedsResult) -> None:
        for warning in result.warnings[:5]:
            self.notify(warning, severity="warning", markup=False, timeout=8)
        self.notify(result.summary, markup=False, timeout=5)
        self._broadcast(PollStateChanged(polling=self._polling, health=self.health))
        if result.added and not self._polling:
            # New feeds are due at once; no need to wait for the next timer.
            if self._poll_timer is not None:
                self._poll_timer.stop()
            self.run_poll_cycle(force=False)

    # -- live polling ---------------------------------------------------------------------

    def start_poller(self) -> None:
        """Run the first poll cycle (unless polling is switched off)."""
        if not self.poll or not self.config.feeds:
            return
        self.run_poll_cycle(force=False)

    def action_refresh(self) -> None:
        """Poll every feed now (after the running cycle, never alongside it)."""
        if not self.poll:
            self.notify("Polling is switched off in this session.", timeout=3)
            return
        if self._polling:
            self._poll_again = True
            return
        if self._poll_timer is not None:
            self._poll_timer.stop()
        self.run_poll_cycle(force=True)

    @work(group="poll")
    async def run_poll_cycle(self, force: bool = False) -> None:
        """One poll cycle, then claims; re-arms a one-shot timer so cycles never overlap."""
        if self._polling or not self.poll:
            return
        self._polling = True
        self._broadcast(PollStateChanged(polling=True))
        error = None
        try:
            report = await self.service.poll(force=force)
            self.health = await asyncio.to_thread(self.service.health)
            self.quiet_source_alerts(self.health)
            changed = list(dict.fromkeys([*report.new_ids, *report.updated_ids]))
            self.follow_developing(changed)
            if changed:
                self._broadcast(StoriesChanged(report.new_ids, report.updated_ids))
                self.watch_alerts(report.new_ids)
                self.process_news(report)
            else:
                self.catch_up_claims()
        except Exception as failure:  # the loop must survive anything one cycle throws
            error = f"Poll failed: {failure}"
        finally:
            self._polling = False
        next_due = self.service.next_due()
        self._broadcast(PollStateChanged(polling=False, next_due=next_due, health=self.health, error=error))
        if self._poll_again:
            self._poll_again = False
            self.call_later(self.run_poll_cycle, True)
        else:
            delay = max(1.0, next_due - self.clock())
            self._poll_timer = self.set_timer(delay, self.run_poll_cycle)

    @work(exclusive=True, group="follow", description="follow")
    async def follow_developing(self, story_ids: list[str]) -> None:
        """Developing stories: their pages fetched again when due, beside the poll."""
        saved = await self.service.follow(story_ids)
        if saved:
            self.process_pages(saved)  # a page that reads differently: its claims follow

    @work(thread=True, group="claims", description="claims")
    def process_news(self, report: CycleReport) -> None:
        """Claims and clusters of a cycle's new text (the service's work after a poll); the
        claim pane and the list follow, and watched claims speak up."""
        update = self.service.process_news(report)
        self.call_from_thread(self._news_processed, update)

    @work(thread=True, group="claims", description="claims")
    def catch_up_claims(self) -> None:
        """After a cycle with nothing new: the claims of stories a killed poll left unmerged
        (the service looks once a session), then the digest."""
        update = self.service.catch_up()
        if update is None:
            self.call_from_thread(self.request_digest)
        else:
            self.call_from_thread(self._news_processed, update)

    @work(thread=True, group="claims", description="claims")
    def process_pages(self, story_ids: list[str]) -> None:
        """Claims and clusters of stories whose article page was saved by the follow-up."""
        update = self.service.process_stories(story_ids)
        self.call_from_thread(self._news_processed, update)

    def _news_processed(self, update: NewsUpdate) -> None:
        for problem in update.problems:
            self.notify(problem, severity="warning", markup=False)
        self._broadcast(ClaimsChanged(update.claims, update.changed_claims))
        if update.clusters:
            self._broadcast(ClustersChanged(update.clusters))
        self.request_digest()  # the first cycle's stories now have clusters
        if update.watched:
            self._claim_alert(update.watched)

    def _claim_alert(self, updates: list[tuple[Claim, Statement]]) -> None:
        for claim, statement in updates[:5]:
            self.notify(claim_update_text(claim, statement), title="Watched claim", markup=False, timeout=15)
        self.bell()

    # The claim pane's edits bubble here from the widget: saved in a worker, sent back to the pane.
    def on_claim_tracker_verdict_set(self, event: ClaimTracker.VerdictSet) -> None:
        self.edit_claim(event.claim_id, lambda: self.service.set_verdict(event.claim_id, event.verdict, event.note))

    def on_claim_tracker_statement_rejected(self, event: ClaimTracker.StatementRejected) -> None:
        self.edit_claim(event.claim_id,
                        lambda: self.service.reject_statement(event.claim_id, event.key, event.rejected))
        self.notify("Statement rejected: it no longer counts." if event.rejected else "Statement restored.",
                    timeout=3)

    def on_claim_tracker_watch_toggled(self, event: ClaimTracker.WatchToggled) -> None:
        self.edit_claim(event.claim_id, lambda: self.service.watch_claim(event.claim_id, event.watched))
        self.notify("Watching this claim: you will be told when it changes." if event.watched
                    else "No longer watching this claim.", timeout=3)

    @work(thread=True, group="claim-edit")
    def edit_claim(self, claim_id: str, edit: Callable[[], list[Claim] | None]) -> None:
        """One user change to a claim, saved (state.json); every claim goes back to the pane."""
        claims = edit()
        if claims is not None:
            self.call_from_thread(self._broadcast, ClaimsChanged(claims, [claim_id]))

    @work(thread=True, group="watch", description="watch rules")
    def watch_alerts(self, new_ids: list[str]) -> None:
        """A toast with headline and source for each new story matching a watch rule."""
        hits = self.service.watch_hits(new_ids)
        if hits:
            self.call_from_thread(self._alert, hits)

    def _alert(self, hits: list[tuple[str, Story]]) -> None:
        for rule, story in hits[:10]:
            self.notify(f"{story.title}\n— {story.source}", title=f"Watch: {rule}", markup=False, timeout=15)
        if len(hits) > 10:
            self.notify(f"…and {len(hits) - 10} more matching stories", markup=False)
        self.bell()

    @work(thread=True, exclusive=True, group="quiet", description="quiet sources")
    def quiet_source_alerts(self, health: dict[str, FeedHealth]) -> None:
        """A toast and the bell when a watched source goes stale, once per quiet period."""
        texts = self.service.quiet_sources(health)
        if texts:
            self.call_from_thread(self._quiet_alert, texts)

    def _quiet_alert(self, texts: list[str]) -> None:
        for text in texts[:5]:
            self.notify(text, title="Watched source quiet", severity="warning", markup=False, timeout=15)
        if len(texts) > 5:
            self.notify(f"…and {len(texts) - 5} more watched sources quiet", markup=False)
        self.bell()

    # -- since you were away --------------------------------------------------------------

    def start_digest(self) -> None:
        """After the first frame: the away digest once the first poll is in, at once without one."""
        from tui.core.digest import DIGEST_WAIT

        if self._digest_requested:
            return
        self._digest_pending = True
        if self.poll and self.config.feeds:
            self.set_timer(DIGEST_WAIT, self.request_digest)  # a slow first poll: show the cache
        else:
            self.request_digest()

    def request_digest(self) -> None:
        """Build the away digest, once a session (later calls do nothing)."""
        if not self._digest_requested:
            self._digest_requested = True
            self.compute_digest()

    @work(thread=True, group="digest", description="away digest")
    def compute_digest(self) -> None:
        """What happened since the dashboard was last closed, pushed as a modal if anything did."""
        try:
            digest = self.service.away_digest()
        except Exception:  # noqa: BLE001 - a digest that cannot be built must not cost the session
            digest = None
        self.call_from_thread(self._digest_ready, digest)

    def _digest_ready(self, digest: Digest | None) -> None:
        self._digest_pending = False
        if digest is not None:
            from tui.screens.digest import DigestScreen

            self.push_screen(DigestScreen(digest))

    async def record_close(self) -> None:
        """Remember when this session ended for the next digest (a failed write costs only that)."""
        try:
            # A digest due but never shown: the next session still starts from the older close.
            await asyncio.to_thread(self.service.record_close, keep_since=self._digest_pending)
        except Exception:  # noqa: BLE001 - closing must go on whatever this write meets
            pass

    def _broadcast(self, message: Message) -> None:
        """Deliver an app-wide message to the main screen (wherever modals are stacked)."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.post_message(message)
