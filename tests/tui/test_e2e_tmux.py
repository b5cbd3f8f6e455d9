"""End to end: the real `warfeed --demo` in tmux, driven by keys, read back from the screen.

Every step waits for a condition on the screen with a generous upper bound (the machine is
shared and noisy); nothing sleeps a fixed time and hopes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.core.store import Store

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 60.0
"""Upper bound for any one screen condition; a bound, never a measurement."""

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """A private tmux server (own socket) running one command in a window of a fixed size."""

    def __init__(self, width: int = 160, height: int = 50) -> None:
        self.socket = f"warfeed-e2e-{uuid.uuid4().hex[:8]}"
        self.width, self.height = width, height

    def run(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        ).stdout

    def start(self, command: list[str]) -> None:
        # The exit marker shows once the app has left the alternate screen.
        shell = " ".join(_quote(part) for part in command) + '; echo "WARFEED-EXIT-$?"; sleep 600'
        env = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}
        size = ["-x", str(self.width), "-y", str(self.height)]
        self.run("new-session", "-d", *size, *sum((["-e", f"{k}={v}"] for k, v in env.items()), []),
                 "sh", "-c", shell)
        # Without an attached client tmux may pick its default size; pin it explicitly (and the
        # command drops COLUMNS/LINES, which Textual would obey over the tty size).
        self.run("set-option", "-t", "0", "window-size", "manual")
        self.run("resize-window", "-t", "0", *size)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "0")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", "0", key)

    def wait_until(self, condition: Callable[[str], bool], what: str) -> str:
        """Poll the screen until condition(screen) holds; fail with the screen after TIMEOUT."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            text = self.screen()
            if condition(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} never happened; screen was:\n{text}")
            time.sleep(0.1)

    def wait_for(self, needle: str) -> str:
        return self.wait_until(lambda text: needle in text, f"{needle!r} appearing")

    def app_pid(self) -> int:
        """The warfeed process: the child of the pane's shell (env execs python)."""
        shell = int(self.run("display-message", "-p", "-t", "0", "#{pane_pid}").strip())
        children = Path(f"/proc/{shell}/task/{shell}/children").read_text().split()
        return int(children[0])

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


def warfeed_command(tmp_path: Path, data_dir: Path) -> list[str]:
    return ["env", "-u", "COLUMNS", "-u", "LINES", f"PYTHONPATH={REPO}", f"HOME={tmp_path}",
            f"XDG_CONFIG_HOME={tmp_path / 'config'}", sys.executable, "-m", "tui.cli", "--demo",
            "--data-dir", str(data_dir)]


def row_of(screen: str, text: str) -> str:
    return next(line for line in screen.splitlines() if text in line)


def starred_stories(data_dir: Path) -> list[str]:
    store = Store.open(data_dir)
    try:
        return [story.title for story in store.stories() if story.starred]
    finally:
        store.close()


@pytest.fixture
def tmux():
    sessions: list[Tmux] = []

    def make(width: int = 160, height: int = 50) -> Tmux:
        sessions.append(Tmux(width, height))
        return sessions[-1]

    yield make
    for session in sessions:
        session.kill()


def test_demo_read_filter_star_quit_and_star_persists(tmp_path, tmux, monkeypatch):
    monkeypatch.chdir(REPO)
    data_dir = tmp_path / "data"
    wide = tmux(160, 50)
    wide.start(warfeed_command(tmp_path, data_dir))
    screen = wide.wait_for("Kupiansk")
    assert "DEMO" in screen.splitlines()[0]
    assert len(screen.splitlines()[0].rstrip()) > 120, "the dashboard should have 160 columns"

    wide.keys("/")
    wide.wait_for("place:Kupiansk side:ru")  # the filter bar's placeholder: the input is open
    wide.keys(*"Kupiansk")
    wide.wait_until(lambda text: "Kupiansk" in text.splitlines()[2] and "esc Clear filter" in text,
                    "the query typed into the focused input")
    wide.keys("Enter")
    # Keys queued before the focus moves would land in the input: wait for the list's footer.
    wide.wait_until(lambda text: "⏎ Open" in text.splitlines()[-1], "focus back on the list")
    wide.keys("Enter")
    # The story opens in the reader, right of the list. (Live items keep arriving, and one may
    # match on its summary alone, so the title is not asserted to say Kupiansk.)
    wide.wait_until(lambda text: "Published" in text, "the story opening in the reader")
    wide.keys("s")
    screen = wide.wait_for("★")
    starred_row = row_of(screen, "★")
    title = starred_row.split("★", 1)[1].strip(" │◆⚑").split("│")[0].strip()[:30]
    assert title, starred_row
    wide.keys("q")
    wide.wait_for("WARFEED-EXIT-0")

    # Reopen on the same data dir: the star is still there.
    again = tmux(160, 50)
    again.start(warfeed_command(tmp_path, data_dir))
    screen = again.wait_for(title)
    assert "★" in row_of(screen, title)
    again.keys("q")
    again.wait_for("WARFEED-EXIT-0")


def test_narrow_terminal_star_read_and_back(tmp_path, tmux, monkeypatch):
    monkeypatch.chdir(REPO)
    narrow = tmux(80, 24)
    narrow.start(warfeed_command(tmp_path, tmp_path / "data"))
    screen = narrow.wait_for("Kupiansk")
    assert "? Help" in screen.splitlines()[-1], "help must be reachable from the footer at 80 columns"
    narrow.keys("s")
    screen = narrow.wait_for("★")
    assert "1 Stories" in screen
    narrow.keys("Enter")
    screen = narrow.wait_until(lambda text: "2 Reader" in text and "Published" in text, "the reader taking the screen")
    assert "1 Stories" not in screen
    narrow.keys("1")
    narrow.wait_for("★")
    narrow.keys("q")
    narrow.wait_for("WARFEED-EXIT-0")


def test_sigterm_flushes_marks_and_restores_the_terminal(tmp_path, tmux, monkeypatch):
    monkeypatch.chdir(REPO)
    data_dir = tmp_path / "data"
    session = tmux(160, 50)
    session.start(warfeed_command(tmp_path, data_dir))
    session.wait_for("Kupiansk")
    session.keys("s")
    session.wait_for("★")
    # Right away, usually inside the store's 1 s flush window: the star must be on disk once
    # the process is gone, and the terminal must be given back.
    os.kill(session.app_pid(), signal.SIGTERM)
    screen = session.wait_for("WARFEED-EXIT-")
    assert "warfeed DEMO" not in screen, "the app must leave the alternate screen"
    assert len(starred_stories(data_dir)) == 1


# --- the real dashboard on a config of its own: 40 feeds on a local server ------------------

FEED_COUNT = 40
"""More feeds than the defaults, so a cycle is big enough to parse in worker processes."""


def _feed_body(n: int) -> str:
    items = "".join(
        f"<item><guid>feed{n}-item{i}</guid><title>Bulletin {i} from outlet {n:02d}</title>"
        f"<link>http://127.0.0.1/{n}/{i}</link><description>Report {i} of outlet {n}.</description></item>"
        for i in range(3)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet {n:02d}</title>{items}</channel></rss>'


def _forty_feed_config(tmp_path: Path, url_for: Callable[[str], str]) -> Path:
    lines = []
    for n in range(FEED_COUNT):
        lines += ["[[feeds]]", f'id = "outlet-{n:02d}"', f'url = "{url_for(f"/feed{n}.xml")}"', f'title = "Outlet {n:02d}"',
                  'side = "intl"', ""]
    config = tmp_path / "config.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


def test_dashboard_polls_forty_feeds_of_its_own(tmp_path, tmux, monkeypatch):
    from pytest_httpserver import HTTPServer

    monkeypatch.chdir(REPO)
    data_dir = tmp_path / "data"
    with HTTPServer() as server:
        for n in range(FEED_COUNT):
            server.expect_request(f"/feed{n}.xml").respond_with_data(
                _feed_body(n), content_type="application/rss+xml")
        config = _forty_feed_config(tmp_path, server.url_for)
        command = ["env", "-u", "COLUMNS", "-u", "LINES", f"PYTHONPATH={REPO}", f"HOME={tmp_path}",
                   f"XDG_CONFIG_HOME={tmp_path / 'config'}", sys.executable, "-m", "tui.cli",
                   "--config", str(config), "--data-dir", str(data_dir)]
        session = tmux(160, 50)
        session.start(command)
        session.wait_until(lambda text: f"feeds {FEED_COUNT} ok 0 failing" in text and "Bulletin" in text,
                           f"all {FEED_COUNT} feeds polled ok and their stories listed")
        session.keys("q")
        session.wait_for("WARFEED-EXIT-0")
        # Every feed was fetched, and every story reached the cache.
        assert all(any(f"/feed{n}.xml" in str(request.path) for request, _ in server.log)
                   for n in range(FEED_COUNT))
    store = Store.open(data_dir)
    try:
        titles = {story.title for story in store.stories()}
    finally:
        store.close()
    assert titles == {f"Bulletin {i} from outlet {n:02d}" for n in range(FEED_COUNT) for i in range(3)}


def test_the_view_comes_back_after_kill_9(tmp_path, tmux, monkeypatch):
    monkeypatch.chdir(REPO)
    data_dir = tmp_path / "data"
    first = tmux(80, 24)
    first.start(warfeed_command(tmp_path, data_dir))
    first.wait_for("Kupiansk")
    first.keys("O")
    first.wait_for("oldest first")
    first.keys("/")
    first.wait_for("place:Kupiansk side:ru")
    first.keys(*"Kupiansk", "Enter")
    first.wait_until(lambda text: "filter: Kupiansk" in text and "⏎ Open" in text.splitlines()[-1],
                     "the filter kept and focus back on the list")
    first.wait_until(lambda _: (data_dir / "view.json").exists()
                     and "Kupiansk" in (data_dir / "view.json").read_text(), "the view on disk")
    os.kill(first.app_pid(), signal.SIGKILL)  # no quit, no flush: only what was written at once
    first.wait_for("WARFEED-EXIT-")

    again = tmux(80, 24)
    again.start(warfeed_command(tmp_path, data_dir))
    screen = again.wait_until(lambda text: "oldest first" in text and "filter: Kupiansk" in text,
                              "the order and the filter restored")
    assert "1 Stories" in screen
    again.keys("q")
    again.wait_for("WARFEED-EXIT-0")
