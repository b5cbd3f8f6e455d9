"""Modal screens (health, feeds, help, verdict) and the command palette provider, via Pilot."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from textual.app import App
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.widgets import DataTable, Input, Select, Static

from tui.commands import WarfeedCommands, source_query
from tui.core.models import Claim, Feed, FeedHealth
from tui.core.feeds import FeedChange
from tui.screens.feeds import FeedsScreen
from tui.screens.health import HealthScreen
from tui.screens.help import HelpScreen
from tui.screens.verdict import VerdictScreen

from .conftest import Toasts, screen_text, wait_until

STYLES = Path(__file__).resolve().parents[2] / "styles"


async def palette_offers(pilot, text: str) -> None:
    """Wait for the command palette's search to highlight a hit containing text."""

    def highlighted() -> str:
        option = pilot.app.screen.query_one(CommandList).highlighted_option
        return "" if option is None else getattr(option.prompt, "plain", str(option.prompt))

    await wait_until(pilot, lambda: text.lower() in highlighted().lower(), f"a palette hit for {text!r}")
NOW = 1_763_640_000.0  # 2025-11-20 12:00 UTC

FEEDS = [
    Feed(id="kyiv", url="https://kyiv.example/rss", title="Kyiv Independent", side="ua-media"),
    Feed(id="tass", url="https://tass.example/rss", title="TASS", side="ru-state"),
    Feed(id="isw", url="https://isw.example/feed", title="ISW", side="analyst"),
    Feed(id="bbc", url="https://bbc.example/rss", title="BBC Europe", side="intl"),
    Feed(id="meduza", url="https://meduza.example/rss", title="Meduza", side="ru-independent"),
]

HEALTH = {
    "kyiv": FeedHealth("kyiv", last_attempt=NOW - 60, last_success=NOW - 60, status=200,
                       newest_item_at=NOW - 600, next_poll_at=NOW + 840),
    "tass": FeedHealth("tass", last_attempt=NOW - 120, last_success=NOW - 86400, status=403,
                       error="The server answered 403 Forbidden.", consecutive_failures=3, next_poll_at=NOW + 1800),
    "isw": FeedHealth("isw", last_attempt=NOW - 300, last_success=NOW - 300, status=200,
                      newest_item_at=NOW - 86400 * 5, next_poll_at=NOW + 600),
    "bbc": FeedHealth("bbc", last_attempt=NOW - 30, status=None,
                      error="The page is HTML, not a feed.", consecutive_failures=1, next_poll_at=NOW + 300),
}


class HostApp(App):
    """Pushes one modal on mount and keeps what it dismissed with."""

    # app.tcss holds the side colours every pane shares.
    CSS_PATH = [STYLES / "app.tcss", STYLES / "claims.tcss", STYLES / "screens.tcss"]
    COMMANDS = {WarfeedCommands}

    def __init__(self, make_screen=None, *, config=None) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.config = config
        self.results: list = []
        self.filters: list[str] = []

    def on_mount(self) -> None:
        if self.make_screen is not None:
            self.push_screen(self.make_screen(), self.results.append)

    def action_set_filter(self, query: str) -> None:
        self.filters.append(query)


def rows(table: DataTable) -> list[list[str]]:
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


# -- health -----------------------------------------------------------------------------


async def test_health_lists_every_feed_failing_first_with_states():
    app = HostApp(lambda: HealthScreen(FEEDS, HEALTH, NOW))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#health-table", DataTable)
        assert [r[:2] for r in rows(table)] == [
            ["BBC Europe", "failing"],
            ["TASS", "failing"],
            ["ISW", "stale"],
            ["Meduza", "new"],
            ["Kyiv Independent", "ok"],
        ]
        assert rows(table)[1] == ["TASS", "failing", "1d ago", "403", "in 30m", "The server answered 403 Forbidden."]
        assert "5 feeds: 2 failing, 1 stale, 1 new, 1 ok" in str(app.screen.query_one("#health-summary", Static).render())


async def test_health_fits_80_columns_without_scrolling_sideways():
    app = HostApp(lambda: HealthScreen(FEEDS, HEALTH, NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#health-table", DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert "Next poll" in screen_text(app)
        # The error has no column at this width; the detail under the table says it whole.
        assert [r[:2] for r in rows(table)][1] == ["TASS", "failing"] and len(rows(table)[1]) == 5


async def test_health_n_p_jump_between_failing_feeds_and_esc_closes():
    app = HostApp(lambda: HealthScreen(FEEDS, HEALTH, NOW))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.highlighted_feed.id == "bbc"
        await pilot.press("n")
        assert screen.highlighted_feed.id == "tass"
        detail = str(screen.query_one("#health-detail", Static).render())
        assert "403 Forbidden" in detail and "failed 3 time(s)" in detail
        await pilot.press("n")  # wraps around
        assert screen.highlighted_feed.id == "bbc"
        await pilot.press("p")
        assert screen.highlighted_feed.id == "tass"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HealthScreen)
        assert app.results == [None]


async def test_health_without_failures_says_so():
    healthy = {"kyiv": HEALTH["kyiv"]}
    app = HostApp(lambda: HealthScreen(FEEDS[:1], healthy, NOW))
    toasts = Toasts()
    async with app.run_test(message_hook=toasts) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.highlighted_feed.id == "kyiv"
        assert any("No feed is failing" in str(n.message) for n in toasts)


# -- feeds ------------------------------------------------------------------------------


async def test_feeds_add_remove_import_then_apply_returns_changes(tmp_path):
    opml = tmp_path / "subs.opml"
    opml.write_text("<opml version='2.0'><body/></opml>")
    app = HostApp(lambda: FeedsScreen(FEEDS))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("#feeds-table", DataTable)
        assert table.row_count == 5
        await pilot.press("down", "d")  # remove TASS
        assert rows(table)[1][0] == "remove"
        await pilot.press("a")
        assert app.focused is screen.query_one("#feeds-url", Input)
        screen.query_one("#feeds-side", Select).value = "analyst"
        await pilot.press(*"https://new.example/feed.xml")  # typing 'd' and 'a' must not trigger bindings
        await pilot.press("enter")
        await pilot.pause()
        assert table.row_count == 6
        assert screen.query_one("#feeds-url", Input).value == ""
        await pilot.press("i")
        screen.query_one("#feeds-opml", Input).value = str(opml)
        await pilot.press("enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == [[
            FeedChange("remove", feed_id="tass"),
            FeedChange("add", url="https://new.example/feed.xml", side="analyst"),
            FeedChange("import", path=str(opml)),
        ]]


async def test_feeds_refuses_unsafe_and_duplicate_urls_and_undo_remove():
    app = HostApp(lambda: FeedsScreen(FEEDS))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        message = screen.query_one("#feeds-message", Static)
        assert not screen.add_url("file:///etc/passwd", "intl")
        assert "Cannot add this feed" in str(message.render())
        assert not screen.add_url("javascript:alert(1)", "intl")
        assert not screen.add_url("https://tass.example/rss", "intl")
        assert "already" in str(message.render())
        await pilot.press("d", "d")  # remove then undo
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == [None]  # nothing left to apply


async def test_feeds_screen_judges_a_url_as_the_config_does():
    # HARDENING 45: another spelling of a configured feed (scheme case, default port, fragment)
    # is that feed, and what the screen queues is the form config.toml keeps.
    app = HostApp(lambda: FeedsScreen(FEEDS))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        message = screen.query_one("#feeds-message", Static)
        assert not screen.add_url("HTTPS://TASS.example:443/rss#top", "intl")
        assert "already" in str(message.render())
        assert not screen.add_url("http://a.example:99999/feed", "intl")  # the config refuses it too
        assert screen.add_url("HTTP://[0:0::1]:80/feed#x", "intl")
        assert not screen.add_url("http://[::1]/feed", "intl")  # the same feed, spelt as stored
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.results == [[FeedChange("add", url="http://[::1]/feed", side="intl")]]


async def test_feeds_escape_discards_changes():
    app = HostApp(lambda: FeedsScreen(FEEDS))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("d", "escape")
        await pilot.pause()
        assert app.results == [None]


# -- help and verdict -------------------------------------------------------------------


async def test_help_lists_bindings_as_data_and_closes():
    bindings = [("j/k", "Next/previous story", "cursor_down"), ("[b]x[/b]", "[@click=app.quit]q", "odd")]
    app = HostApp(lambda: HelpScreen(bindings, legend=[]))
    async with app.run_test() as pilot:
        await pilot.pause()
        table = app.screen.query_one("#help-table", DataTable)
        assert rows(table) == [["j/k", "Next/previous story", "cursor_down"], ["[b]x[/b]", "[@click=app.quit]q", "odd"]]
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.results == [None]
        assert app.is_running


async def test_verdict_clear_returns_none_verdict_with_note():
    claim = Claim(id="c1", event="control", place="Kupiansk", status="disputed", verdict="refuted")
    app = HostApp(lambda: VerdictScreen(claim))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.chosen() == "refuted"
        screen.query_one("#verdict-clear").value = True
        await pilot.pause()
        screen.query_one("#verdict-note", Input).focus()
        await pilot.press(*"new footage")
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [(None, "new footage")]


# -- command palette --------------------------------------------------------------------


def test_source_query_quotes_names_with_spaces():
    assert source_query("TASS") == "source:TASS"
    assert source_query("Kyiv Independent") == 'source:"Kyiv Independent"'


async def test_palette_lists_feeds_views_and_actions_and_runs_them():
    config = SimpleNamespace(feeds=FEEDS, views={"frontline": "place:Kupiansk is:unread"})

    class PaletteApp(HostApp):
        BINDINGS = [Binding("x", "mark_all", "Mark all read", id="mark_all")]
        marked = 0

        def action_mark_all(self) -> None:
            self.marked += 1

    app = PaletteApp(config=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"kyiv ind")
        await palette_offers(pilot, "Kyiv Independent")
        await pilot.press("enter")
        await pilot.pause()
        assert app.filters == ['source:"Kyiv Independent"']

        await pilot.press("ctrl+p")
        await pilot.press(*"frontline")
        await palette_offers(pilot, "frontline")
        await pilot.press("enter")
        await pilot.pause()
        assert app.filters[-1] == "place:Kupiansk is:unread"

        await pilot.press("ctrl+p")
        await pilot.press(*"mark all")
        await palette_offers(pilot, "mark all")
        await pilot.press("enter")
        await pilot.pause()
        assert app.marked == 1


async def test_palette_hit_text_is_not_markup():
    hostile = [Feed(id="evil", url="https://evil.example/rss", title="[@click=app.quit]Evil[/]")]
    app = HostApp(config=SimpleNamespace(feeds=hostile, views={}))
    async with app.run_test():
        provider = WarfeedCommands(app.screen)
        hits = [hit async for hit in provider.search("evil")]
        assert hits and hits[0].match_display.plain == "Feed: [@click=app.quit]Evil[/]"
        assert app.is_running


# -- the modals inside the real app (built as the CLI builds it; fixtures in conftest.py) --


async def _settle(pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def test_app_opens_health_feeds_and_help_modals(make_app):
    app = make_app([])
    async with app.run_test(size=(160, 50)) as pilot:
        await _settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, HealthScreen)
        assert [f.id for f in app.screen.feeds] == ["feed0", "feed1", "feed2"]  # all 'new'
        await pilot.press("escape")
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        await pilot.press("escape")
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        ids = {row[2] for row in app.screen.bindings}
        assert {"feed_health", "feeds", "quit"} <= ids
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_app_palette_runs_an_action_and_lists_views(make_app):
    app = make_app([])
    async with app.run_test(size=(160, 50)) as pilot:
        await _settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        provider = WarfeedCommands(app.screen_stack[-2])
        texts = [hit.text async for hit in provider.discover()]
        assert "View: russian claims" in texts and "Feed: Source 0" in texts
        await pilot.press(*"health")
        await palette_offers(pilot, "health")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HealthScreen)


async def test_hostile_feed_titles_and_errors_stay_literal_in_health_and_feeds():
    evil = [Feed(id="evil", url="https://evil.example/rss", title="[@click=app.quit]Evil[/] [bold red]x")]
    health = {"evil": FeedHealth("evil", last_attempt=NOW - 5, consecutive_failures=1,
                                 error="[link=file:///etc/passwd]bad[/link] [/]")}
    app = HostApp(lambda: HealthScreen(evil, health, NOW))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        row = rows(app.screen.query_one("#health-table", DataTable))[0]
        assert row[0] == "[@click=app.quit]Evil[/] [bold red]x"
        assert row[5] == "[link=file:///etc/passwd]bad[/link] [/]"
        assert "[link=file:///etc/passwd]bad[/link] [/]" in str(app.screen.query_one("#health-detail", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        app.push_screen(FeedsScreen(evil), app.results.append)
        await pilot.pause()
        assert rows(app.screen.query_one("#feeds-table", DataTable))[0][1] == "[@click=app.quit]Evil[/] [bold red]x"
        assert app.is_running
