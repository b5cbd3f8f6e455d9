"""The Textual app: small; owns the store, the poller loop and the screens it pushes."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.timer import Timer

import tui
from tui.core.sanitize import is_safe_link
from tui.themes import THEMES as WARFEED_THEMES
from tui.messages import ClaimsChanged, ClustersChanged, PollStateChanged, StoriesChanged
from tui.screens.main import MainScreen, make_predicate
from tui.shutdown import SignalExit


def styles_dir() -> Path:
    """The .tcss directory: inside the package when installed from a wheel, else the repo's."""
    packaged = Path(tui.__file__).parent / "styles"
    return packaged if packaged.is_dir() else Path(tui.__file__).parent.parent / "styles"


THEME_NAMES = {name: theme.name for name, theme in WARFEED_THEMES.items()}
"""config `theme = "dark"` / `"light"` -> warfeed's own themes (AA contrast); Textual's names work too."""

DEMO_INTERVAL = 10
NOTICE_CHECK = 2.0
"""Seconds between looks at the store's notices (a failed save, a damaged file set aside)."""
"""Seconds between polls of the demo's loopback feeds (real feeds keep the poller's floor)."""


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


def claim_update_text(claim: Any, statement: Any) -> str:
    """'Claim updated: control of Kupiansk — TASS: Russian forces took full control of…'."""
    what = f"control of {claim.place}" if claim.event == "control" else f"{claim.event} at {claim.place}"
    who = statement.source or statement.speaker or "a source"
    sentence = " ".join(statement.sentence.split())
    start = sentence if len(sentence) <= 80 else sentence[:79].rstrip() + "…"
    return f"Claim updated: {what} — {who}: {start}"


class WarfeedApp(App):
    """warfeed's dashboard: pushes the main screen, runs the poller, persists marks."""

    CSS_PATH = [styles_dir() / name for name in ("app.tcss", "claims.tcss", "screens.tcss")
                if (styles_dir() / name).is_file()]
    TITLE = "warfeed"
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
        *,
        config: Any,
        store: Any,
        demo: Any = None,
        clock: Callable[[], float] = time.time,
        poll: bool = True,
    ) -> None:
        super().__init__()
        self.config = config
        self.store = store
        self.demo = demo
        self.clock = clock
        self.poll = poll
        """False: show the cache and the configured feeds but never poll (tests, snapshots)."""
        self.demo_note = ""
        """Said after DEMO in the header (the demo's data dir is thrown away on quit)."""
        # The pipeline and the user's verdicts/watches edit the same stored claims from
        # different threads: one at a time, so neither overwrites the other's change.
        self._claims_lock = threading.Lock()
        self._notices_shown = 0
        self._quit_unsaved = False  # a quit was refused once because changes could not be saved
        self._signal_exit: SignalExit | None = None
        self.health: dict = {}
        self._poller: Any = None
        self._fetcher: Any = None
        self._poll_timer: Timer | None = None
        self._polling = False
        self._poll_again = False
        from tui.core.digest import DigestLog

        # Memory across sessions for the away digest and quiet-source alerts (read on first use).
        self.digest_log = DigestLog(getattr(store, "data_dir", None))
        self._digest_requested = False
        self._digest_pending = False
        from tui.commands import WarfeedCommands

        self.COMMANDS = App.COMMANDS | {WarfeedCommands}

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
        self.health = dict(self.store.health())
        self.show_new_notices()
        # The store's threads report later trouble (a save that failed, damage found while the
        # rest of a big cache was read) only as notices: they must reach the screen too.
        self.set_interval(NOTICE_CHECK, self.show_new_notices)
        self.push_screen(MainScreen())
        self._install_signal_handlers()
        # After the first frame: the poller's imports (httpx and the parser, ~0.1 s) and its
        # first requests would otherwise run on the event loop before anything is drawn.
        self.call_after_refresh(self.start_poller)
        self.call_after_refresh(self.start_digest)

    def show_new_notices(self) -> None:
        """A toast for each store notice not shown yet."""
        notices = list(getattr(self.store, "notices", []))
        for notice in notices[self._notices_shown:]:
            self.notify(notice, severity="warning", markup=False, timeout=10)
        self._notices_shown = len(notices)

    def _install_signal_handlers(self) -> None:
        """SIGTERM/SIGHUP: marks durable at once, then a clean exit, bounded (see tui.shutdown)."""
        loop = asyncio.get_running_loop()

        def request_exit(code: int) -> None:
            loop.call_soon_threadsafe(lambda: self.exit(return_code=code))

        self._signal_exit = SignalExit(self.store.flush, request_exit)
        if not self._signal_exit.install():
            self._signal_exit = None

    # -- store helpers (the only place widgets' intents reach the store) ------------------

    def set_marks(self, ids: list[str], **marks: bool) -> None:
        """Marks are in memory at once; the store's flusher makes them durable within 1 s."""
        self.store.set_marks(ids, **marks)

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
        error = open_url(url, getattr(self.config, "browser", None))
        if error:
            self.call_from_thread(self.notify, error, severity="warning", markup=False, timeout=8)

    async def get_fetcher(self) -> Any:
        """The one shared HTTP client (created on first use, closed on exit)."""
        if self._fetcher is None:
            from tui.core.fetch import Fetcher

            self._fetcher = Fetcher()
            await self._fetcher.__aenter__()
        return self._fetcher

    async def action_quit(self) -> None:
        """Quit, making every mark durable first; asks again when they cannot be saved."""
        saved = await asyncio.to_thread(self.store.flush)
        if saved is False and not self._quit_unsaved:
            self._quit_unsaved = True
            self.show_new_notices()
            self.notify(f"{self.store.unsaved() or 'Changes are not saved.'} Press q again to"
                        " quit and lose them.", severity="error", markup=False, timeout=15)
            return
        self.exit()

    async def on_unmount(self) -> None:
        # Give back the handlers that were there (the CLI's store-closing ones).
        if self._signal_exit is not None:
            self._signal_exit.uninstall()
        if self._fetcher is not None:
            await self._fetcher.__aexit__(None, None, None)
        await self.record_close()

    # -- screens owned by the other dashboard engineer ------------------------------------

    def on_story_list_selected(self, event: Any) -> None:
        """Opening a revised story makes its newest version the one read (`d` compares from it)."""
        data_dir = getattr(self.store, "data_dir", None)
        if event.story.revision and data_dir is not None and not getattr(self.store, "read_only", False):
            from tui.core.versions import remember_read

            story_id = event.story.id
            self.run_worker(lambda: remember_read(data_dir, story_id), thread=True, group="read-version")

    def action_help(self) -> None:
        """Every warfeed binding, grouped by where it works, and what the signs mean."""
        from tui.screens.help import HelpScreen, binding_rows
        from tui.widgets.claim_tracker import ClaimTracker
        from tui.widgets.reader import Reader
        from tui.widgets.story_list import StoryList
        from tui.widgets.vim_table import VimTable

        sections = [
            ("Everywhere", [WarfeedApp]),
            ("Story list", [MainScreen, StoryList]),
            ("Reader", [Reader]),
            ("Claims", [ClaimTracker]),
            ("Tables", [VimTable]),
        ]
        self.push_screen(HelpScreen(binding_rows(sections, dict(self.config.keys or {}), self.get_key_display)))

    def get_system_commands(self, screen: Any) -> Any:
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

    def _feeds_changed(self, changes: Any) -> None:
        if changes:
            self.apply_feed_changes(list(changes))

    @work(thread=True, exclusive=True, group="feeds")
    def apply_feed_changes(self, changes: list) -> None:
        """Apply the feeds modal's changes through config/opml (file I/O: a worker)."""
        from tui.feed_changes import apply_changes

        result = apply_changes(self.config, changes, self.health)
        self.call_from_thread(self._feeds_applied, result)

    def _feeds_applied(self, result: Any) -> None:
        self.config.feeds = result.feeds
        for warning in result.warnings[:5]:
            self.notify(warning, severity="warning", markup=False, timeout=8)
        self.notify(result.summary, markup=False, timeout=5)
        if self._poller is not None:
            self._poller.set_feeds(self.poll_feeds(result.feeds))
        self._broadcast(PollStateChanged(polling=self._polling, health=self.health))
        if result.added and not self._polling:
            # New feeds are due at once; no need to wait for the next timer.
            if self._poll_timer is not None:
                self._poll_timer.stop()
            self.run_poll_cycle(force=False)

    # -- live polling ---------------------------------------------------------------------

    def start_poller(self) -> None:
        """Build the poller and run its first cycle (unless polling is switched off)."""
        if not self.poll or not self.config.feeds:
            return
        self.run_poll_cycle(force=False)

    def make_poller(self, fetcher: Any) -> Any:
        """The poller: polite defaults for real feeds, a seconds-scale cadence for the demo."""
        from tui.core.poller import Poller

        feeds = self.poll_feeds(self.config.feeds)
        # Claims are extracted beside parsing, in the parse workers: the merge after the cycle
        # reuses that work instead of reading every new story again (in a second pool).
        if self.demo is None:
            return Poller(self.store, feeds, fetcher, clock=self.clock, extract_claims=True)
        # The demo server publishes an item every few seconds on loopback; polling it every
        # ~10 s lets a user watch stories arrive. Its max-age hint is capped the same way.
        return Poller(self.store, feeds, fetcher, clock=self.clock, min_interval=DEMO_INTERVAL,
                      max_interval=DEMO_INTERVAL, extract_claims=True)

    def poll_feeds(self, feeds: list[Any]) -> list[Any]:
        """Feeds as the poller gets them (the demo's short interval applied)."""
        if self.demo is None:
            return list(feeds)
        return [dataclasses.replace(feed, interval=DEMO_INTERVAL) for feed in feeds]

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
            if self._poller is None:
                self._poller = self.make_poller(await self.get_fetcher())
            report = await self._poller.poll(force=force)
            self.health = await asyncio.to_thread(self.store.health)
            self.quiet_source_alerts(self.health)
            changed = list(dict.fromkeys([*report.new_ids, *report.updated_ids]))
            self.follow_developing(changed)
            if changed:
                self._broadcast(StoriesChanged(report.new_ids, report.updated_ids))
                self.watch_alerts(report.new_ids)
                self.process_claims(changed, report.extracted)
            else:
                self.request_digest()
        except Exception as failure:  # the loop must survive anything one cycle throws
            error = f"Poll failed: {failure}"
        finally:
            self._polling = False
        next_due = self._poller.next_due() if self._poller is not None else self.clock() + 300
        self._broadcast(PollStateChanged(polling=False, next_due=next_due, health=self.health, error=error))
        if self._poll_again:
            self._poll_again = False
            self.call_later(self.run_poll_cycle, True)
        else:
            delay = max(1.0, next_due - self.clock())
            self._poll_timer = self.set_timer(delay, self.run_poll_cycle)

    @work(exclusive=True, group="follow", description="follow")
    async def follow_developing(self, story_ids: list[str]) -> None:
        """Developing stories: their pages fetched again when due (followup.py), beside the poll."""
        from tui.core.followup import follow_after_poll

        try:
            saved = await follow_after_poll(self.store, await self.get_fetcher(), story_ids, clock=self.clock,
                                            allow_private=self.config.allow_private_articles)
        except Exception as failure:  # a page fetched again is a bonus: never the app's end
            self.store.notices.append(f"Following developing stories failed: {failure}")
            return
        if saved:
            self.process_claims(saved)  # a page that reads differently: its claims follow

    @work(thread=True, group="claims", description="claims")
    def process_claims(self, story_ids: list[str], precomputed: dict[str, Any] | None = None) -> None:
        """Claims of new text (precomputed: the poll's own extraction, checked against each stored
        story); the claim pane refreshes and watched claims speak up."""
        from tui.core.claims.pipeline import process_stories
        from tui.core.claims.tracker import statement_key
        from tui.core.clusters import assign_clusters

        with self._claims_lock:
            # process_stories appends to the stored claims in place: remember what was known.
            before = {c.id: {statement_key(s) for s in c.statements} for c in self.store.claims() if c.watched}
            changed = process_stories(self.store, story_ids, now=self.clock(), precomputed=precomputed)
            claims = self.store.claims()
            try:
                clustered = assign_clusters(self.store, story_ids, now=self.clock())
            except Exception as exc:  # noqa: BLE001 - stories stay listed one by one
                clustered = {}
                self.call_from_thread(self.notify, "New stories could not be grouped into events "
                                      f"({type(exc).__name__}); they are listed one by one.",
                                      severity="warning", markup=False)
        updates = []
        for claim in claims:
            if claim.id in before and claim.id in changed:
                fresh = [s for s in claim.statements if statement_key(s) not in before[claim.id]]
                if fresh:
                    updates.append((claim, fresh[-1]))
        self.call_from_thread(self._broadcast, ClaimsChanged(claims, list(changed or [])))
        if clustered:
            self.call_from_thread(self._broadcast, ClustersChanged(clustered))
        self.call_from_thread(self.request_digest)  # the first cycle's stories now have clusters
        if updates:
            self.call_from_thread(self._claim_alert, updates)

    def _claim_alert(self, updates: list) -> None:
        for claim, statement in updates[:5]:
            self.notify(claim_update_text(claim, statement), title="Watched claim", markup=False, timeout=15)
        self.bell()

    @work(thread=True, group="claim-edit")
    def save_claim_verdict(self, claim_id: str, verdict: str | None, note: str | None) -> None:
        """The user's verdict on a claim, saved (state.json) and sent back to the claim pane."""
        from tui.core.claims.tracker import set_verdict

        self._edit_claim(claim_id, lambda claim: set_verdict(claim, verdict, note))

    @work(thread=True, group="claim-edit")
    def save_statement_rejection(self, claim_id: str, key: tuple, rejected: bool) -> None:
        """The user's rejection of one statement, saved with its claim; the status follows."""
        from tui.core.claims.tracker import reject_statement

        self._edit_claim(claim_id, lambda claim: reject_statement(claim, key, rejected))

    @work(thread=True, group="claim-edit")
    def save_claim_watch(self, claim_id: str, watched: bool) -> None:
        """Start or stop watching a claim, durably."""
        self._edit_claim(claim_id, lambda claim: setattr(claim, "watched", watched))

    def _edit_claim(self, claim_id: str, edit: Callable[[Any], Any]) -> None:
        with self._claims_lock:
            stored = next((c for c in self.store.claims() if c.id == claim_id), None)
            if stored is None:
                return
            # Edit a copy: the store's object may be mid-serialisation in its flusher thread.
            claim = dataclasses.replace(stored, statements=list(stored.statements))
            edit(claim)
            self.store.save_claims([claim])
            claims = self.store.claims()
        self.call_from_thread(self._broadcast, ClaimsChanged(claims, [claim_id]))

    @work(thread=True, group="watch", description="watch rules")
    def watch_alerts(self, new_ids: list[str]) -> None:
        """A toast with headline and source for each new story matching a watch rule."""
        rules = []
        for rule in self.config.watch:
            try:
                rules.append((rule, make_predicate(rule, self.clock())))
            except Exception:
                continue
        hits = []
        for story_id in new_ids:
            story = self.store.story(story_id)
            if story is None:
                continue
            for rule, matches in rules:
                if matches(story):
                    hits.append((rule, story))
                    break
        if hits:
            self.call_from_thread(self._alert, hits)

    def _alert(self, hits: list) -> None:
        for rule, story in hits[:10]:
            self.notify(f"{story.title}\n— {story.source}", title=f"Watch: {rule}", markup=False, timeout=15)
        if len(hits) > 10:
            self.notify(f"…and {len(hits) - 10} more matching stories", markup=False)
        self.bell()

    @work(thread=True, exclusive=True, group="quiet", description="quiet sources")
    def quiet_source_alerts(self, health: dict) -> None:
        """A toast and the bell when a watched source goes stale, once per quiet period."""
        from tui.core.digest import mark_alerted, newly_stale, stale_text, watched_feeds

        feeds = list(self.config.feeds)
        watched = watched_feeds(feeds, self.config.watch)
        if not watched:
            return
        now = self.clock()
        stale = newly_stale(feeds, health, watched, self.digest_log.state().stale_alerted, now)
        if not stale:
            return
        try:
            self.digest_log.update(lambda state: mark_alerted(state, stale))
        except OSError:
            pass  # unsaved, the alert may come again next session: better than none now
        texts = [stale_text(feed, entry, now) for feed, entry in stale]
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
        from tui.core.digest import away_digest

        try:
            digest = away_digest(self.store, list(self.config.feeds), self.digest_log, self.clock())
        except Exception:  # noqa: BLE001 - a digest that cannot be built must not cost the session
            digest = None
        self.call_from_thread(self._digest_ready, digest)

    def _digest_ready(self, digest: Any) -> None:
        self._digest_pending = False
        if digest is not None:
            from tui.screens.digest import DigestScreen

            self.push_screen(DigestScreen(digest))

    async def record_close(self) -> None:
        """Remember when this session ended for the next digest (a failed write costs only that)."""
        from tui.core.digest import save_close

        try:
            # A digest due but never shown: the next session still starts from the older close.
            await asyncio.to_thread(save_close, self.store, list(self.config.feeds), self.digest_log,
                                    self.clock(), keep_since=self._digest_pending)
        except Exception:  # noqa: BLE001 - closing must go on whatever this write meets
            pass

    def _broadcast(self, message: Any) -> None:
        """Deliver an app-wide message to the main screen (wherever modals are stacked)."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.post_message(message)
