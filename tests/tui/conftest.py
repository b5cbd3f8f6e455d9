"""Pilot fixtures: the app built exactly as the CLI builds it, on a real Store in tmp_path."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Iterator

import pytest
from rich.cells import cell_len
from rich.style import Style
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.worker import WorkerCancelled

from tui.app import WarfeedApp
from tui.core.config import Config
from tui.core.models import Feed, Story
from tui.core.store import Store

from tests.clock import Clock
from tests.factories import ingest, story

NOW = 1_763_630_000.0
"""A fixed 'now' (2025-11-20 09:13 UTC): relative times and filters are deterministic."""


SIDES = ("ua-official", "ua-media", "ru-state", "ru-independent", "intl", "analyst")


def make_story(n: int, *, now: float = NOW, **fields) -> Story:
    """Story number n: one minute older than story n-1, sides and sources cycling."""
    feed = f"feed{n % 3}"
    values = dict(
        id=f"{feed}:{n:08d}",
        source=f"Source {n % 3}",
        side=SIDES[n % len(SIDES)],
        title=f"Story number {n} about the front",
        link=f"https://news{n % 3}.example/story/{n}",
        published=now - 60 * (n + 1),
        summary=f"Summary of story {n}.",
        fetched_at=now,
    )
    values.update(fields)
    return story(n, feed=feed, now=now, **values)


@pytest.fixture
def clock() -> Clock:
    """The shared clock, at the dashboard tests' NOW."""
    return Clock(NOW)


@pytest.fixture
def store(tmp_path, clock) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data", clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def config() -> Config:
    return Config(
        feeds=[Feed(id=f"feed{i}", url=f"http://127.0.0.1:9/feed{i}.xml", title=f"Source {i}") for i in range(3)],
        views={"russian claims": "side:ru", "starred": "is:starred"},
        watch=[],
        keys={},
    )


@pytest.fixture
def make_app(store, config, clock) -> Callable[..., WarfeedApp]:
    """Ingest stories into the real store and build the app through the CLI's constructor."""

    def build(stories: list[Story] | None = None, **kwargs) -> WarfeedApp:
        if stories:
            ingest(store, stories)
        return WarfeedApp(config=kwargs.pop("config", config), store=store, clock=clock, **kwargs)

    return build


class Toasts(list[Notification]):
    """Every notification the app posts, caught from its Notify messages: pass as run_test's message_hook."""

    def __call__(self, message: Message) -> None:
        if isinstance(message, Notify):
            self.append(message.notification)


async def settle(pilot, app: WarfeedApp) -> None:
    """Wait until workers finished and their messages were handled. An exclusive worker (the
    story counts) superseded by a newer call is cancelled, which is its design, not a failure."""
    for _ in range(3):
        for _attempt in range(10):
            try:
                await app.workers.wait_for_complete([w for w in app.workers if not w.is_cancelled])
                break
            except WorkerCancelled:
                continue  # cancelled while we waited: wait for the ones still running
        await pilot.pause()


async def wait_until(pilot, condition: Callable[[], object], what: str) -> None:
    """Let the app's timers and workers run until condition holds; the deadline only turns a hang
    into a failure, it measures nothing."""
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await pilot.pause(0.01)
    await pilot.pause()


_SVG_TEXT = re.compile(r'<text [^>]*?x="([^"]+)"[^>]*?clip-path="url\(#[^"]*-line-(\d+)\)">(.*?)</text>')
_SVG_LINE = re.compile(r'<clipPath id="[^"]*-line-0">\s*<rect [^>]*?width="([^"]+)"')


def screen_runs(app: WarfeedApp) -> list[tuple[int, int, str]]:
    """(row, column, text) of every run of text on screen, from Textual's public SVG export
    (the frame the terminal would get; runs of spaces are left out)."""
    svg = app.export_screenshot()
    found = _SVG_LINE.search(svg)
    assert found, "no line in the screenshot"
    cell = float(found.group(1)) / app.size.width
    return [(int(row), round(float(x) / cell), html.unescape(text.replace("&#160;", " ")))
            for x, row, text in _SVG_TEXT.findall(svg)]


def screen_text(app: WarfeedApp) -> str:
    """The whole screen as the terminal would get it, one line per row (text only)."""
    width, height = app.size
    rows: list[list[str]] = [[] for _ in range(height)]
    filled = [0] * height
    for row, column, text in screen_runs(app):
        rows[row].append(" " * (column - filled[row]) + text)
        filled[row] = column + cell_len(text)
    return "\n".join("".join(parts) + " " * (width - filled[row]) for row, parts in enumerate(rows))


def screen_styled_runs(app: WarfeedApp) -> list[list[tuple[str, Style]]]:
    """Each row of the screen as runs of cells sharing one style: (text, style), the text from
    the SVG export and each cell's style from `Screen.get_style_at` (both public)."""
    width, height = app.size
    cells = [[" "] * width for _ in range(height)]
    for row, column, text in screen_runs(app):
        for char in text:
            cells[row][column] = char
            for wide in range(1, cell_len(char)):
                cells[row][column + wide] = ""
            column += cell_len(char)
    rows = []
    for y in range(height):
        runs: list[tuple[str, Style]] = []
        for x in range(width):
            style = app.screen.get_style_at(x, y)
            if runs and runs[-1][1] == style:
                runs[-1] = (runs[-1][0] + cells[y][x], style)
            else:
                runs.append((cells[y][x], style))
        rows.append(runs)
    return rows


def screen_segments(app: WarfeedApp) -> list[str]:
    """Every run of text about to be written to the terminal (control codes would be here)."""
    return [text for _row, _column, text in screen_runs(app)]
