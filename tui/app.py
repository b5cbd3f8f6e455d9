"""The Textual app: small; owns the store, the poller loop and the screens it pushes."""

from __future__ import annotations

import asyncio
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
from tui.messages import ClaimsChanged, PollStateChanged, StoriesChanged
from tui.screens.main import MainScreen, make_predicate


def styles_dir() -> Path:
    """The .tcss directory: inside the package when installed from a wheel, else the repo's."""
    packaged = Path(tui.__file__).parent / "styles"
    return packaged if packaged.is_dir() else Path(tui.__file__).parent.parent / "styles"


THEMES = {"dark": "textual-dark", "light": "textual-light"}


class WarfeedApp(App):
    """warfeed's dashboard: pushes the main screen, runs the poller, persists marks."""

    CSS_PATH = [styles_dir() / name for name in ("app.tcss", "claims.tcss", "screens.tcss")
                if (styles_dir() / name).is_file()]
    TITLE = "warfeed"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("r", "refresh", "Refresh", id="refresh"),
        Binding("e", "feed_health", "Health", id="feed_health"),
        Binding("f", "feeds", "Feeds", id="feeds"),
        Binding("ctrl+p", "command_palette", "Commands", id="command_palette", show=False),
    ]

    def __init__(self, *, config: Any, store: Any, demo: Any = None, clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.config = config
        self.store = store
        self.demo = demo
        self.clock = clock
        self.health: dict = {}
        self._poller: Any = None
        self._fetcher: Any = None
        self._poll_timer: Timer | None = None
        self._polling = False
        self._poll_again = False
        try:
            from tui.commands import WarfeedCommands

            self.COMMANDS = App.COMMANDS | {WarfeedCommands}
        except ImportError:
            pass

    def on_mount(self) -> None:
        theme = self.config.theme
        if theme:
            self.theme = THEMES.get(theme, theme) if THEMES.get(theme, theme) in self.available_themes else self.theme
        if self.config.keys:
            self.set_keymap(dict(self.config.keys))
        self.health = dict(self.store.health())
        for notice in getattr(self.store, "notices", []):
            self.notify(notice, severity="warning", markup=False, timeout=10)
        self.push_screen(MainScreen())
        self.start_poller()

    # -- store helpers (the only place widgets' intents reach the store) ------------------

    def set_marks(self, ids: list[str], **marks: bool) -> None:
        """Marks are in memory at once; the store's flusher makes them durable within 1 s."""
        self.store.set_marks(ids, **marks)

    @staticmethod
    def is_safe_link(url: str) -> bool:
        """Only absolute http/https links may leave the app."""
        try:
            from tui.core.sanitize import is_safe_link
        except ImportError:
            return url.startswith(("http://", "https://")) and not any(c.isspace() for c in url)
        return is_safe_link(url)

    def open_link(self, url: str) -> None:
        """Open a story link in the browser, refusing anything but http/https (HARDENING 6, 8)."""
        if not self.is_safe_link(url):
            self.notify("Only http and https links can be opened.", severity="warning")
            return
        self._open_in_browser(url)

    @work(thread=True, group="browser")
    def _open_in_browser(self, url: str) -> None:
        # webbrowser passes the URL as one argv item, never through a shell; it can block.
        webbrowser.open(url)

    async def get_fetcher(self) -> Any:
        """The one shared HTTP client (created on first use, closed on exit)."""
        if self._fetcher is None:
            from tui.core.fetch import Fetcher

            self._fetcher = Fetcher()
            await self._fetcher.__aenter__()
        return self._fetcher

    async def action_quit(self) -> None:
        """Quit, making every mark durable first."""
        await asyncio.to_thread(self.store.flush)
        self.exit()

    async def on_unmount(self) -> None:
        if self._fetcher is not None:
            await self._fetcher.__aexit__(None, None, None)

    # -- screens owned by the other dashboard engineer ------------------------------------

    def action_help(self) -> None:
        """List every binding that applies now."""
        from tui.screens.help import HelpScreen

        bindings = [
            (active.binding.key_display or self.get_key_display(active.binding), active.binding.description,
             active.binding.id or active.binding.action)
            for active in self.screen.active_bindings.values()
            if active.binding.description
        ]
        self.push_screen(HelpScreen(bindings))

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
            self.notify("Feed changes are saved; they apply on the next poll.", timeout=4)

    # -- live polling ---------------------------------------------------------------------

    def start_poller(self) -> None:
        """Build the poller and run its first cycle; without the core poller, stay offline."""
        try:
            from tui.core.poller import Poller
        except ImportError:
            return
        if not self.config.feeds:
            return
        self._poller_class = Poller
        self.run_poll_cycle(force=False)

    def action_refresh(self) -> None:
        """Poll every feed now (after the running cycle, never alongside it)."""
        if self._polling:
            self._poll_again = True
            return
        if self._poll_timer is not None:
            self._poll_timer.stop()
        self.run_poll_cycle(force=True)

    @work(group="poll")
    async def run_poll_cycle(self, force: bool = False) -> None:
        """One poll cycle, then claims; re-arms a one-shot timer so cycles never overlap."""
        if self._polling or not hasattr(self, "_poller_class"):
            return
        self._polling = True
        self._broadcast(PollStateChanged(polling=True))
        error = None
        try:
            if self._poller is None:
                fetcher = await self.get_fetcher()
                self._poller = self._poller_class(self.store, list(self.config.feeds), fetcher, clock=self.clock)
            report = await self._poller.poll(force=force)
            self.health = await asyncio.to_thread(self.store.health)
            if report.new_ids or report.updated_ids:
                self._broadcast(StoriesChanged(report.new_ids, report.updated_ids))
                self.watch_alerts(report.new_ids)
                self.process_claims(report.new_ids)
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

    @work(thread=True, group="claims")
    def process_claims(self, new_ids: list[str]) -> None:
        """Claims extraction on new stories, then the claim pane refreshes."""
        try:
            from tui.core.claims.pipeline import process_stories
        except ImportError:
            return
        changed = process_stories(self.store, new_ids)
        self.call_from_thread(self._broadcast, ClaimsChanged(self.store.claims(), list(changed or [])))

    @work(thread=True, group="watch")
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

    def _broadcast(self, message: Any) -> None:
        """Deliver an app-wide message to the main screen (wherever modals are stacked)."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.post_message(message)
