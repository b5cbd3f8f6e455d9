"""End to end: the real `warfeed --demo` in tmux, driven by keys, read back from the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 60.0
"""Upper bound for the demo to show something (a shared, noisy machine); not a measurement."""

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """A private tmux server (own socket) running one command in a 160x50 window."""

    def __init__(self) -> None:
        self.socket = f"warfeed-e2e-{uuid.uuid4().hex[:8]}"

    def run(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True
        ).stdout

    def start(self, command: list[str]) -> None:
        # The exit marker shows once the app has left the alternate screen.
        shell = " ".join(_quote(part) for part in command) + '; echo "WARFEED-EXIT-$?"; sleep 600'
        env = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}
        self.run("new-session", "-d", "-x", "160", "-y", "50", *sum((["-e", f"{k}={v}"] for k, v in env.items()), []),
                 "sh", "-c", shell)
        # Without an attached client tmux may pick its default size; pin 160x50 explicitly
        # (and the command drops COLUMNS/LINES, which Textual would obey over the tty size).
        self.run("set-option", "-t", "0", "window-size", "manual")
        self.run("resize-window", "-t", "0", "-x", "160", "-y", "50")

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "0")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", "0", key)
            time.sleep(0.15)  # pacing between keys, like a person; never asserted on

    def wait_for(self, needle: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        while True:
            text = self.screen()
            if needle in text:
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"{needle!r} never appeared; screen was:\n{text}")
            time.sleep(0.2)

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


def warfeed_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "tui.cli", "--demo", "--data-dir", str(data_dir)]


def row_of(screen: str, text: str) -> str:
    return next(line for line in screen.splitlines() if text in line)


@pytest.fixture
def tmux():
    session = Tmux()
    yield session
    session.kill()


def test_demo_read_filter_star_quit_and_star_persists(tmp_path, tmux, monkeypatch):
    monkeypatch.chdir(REPO)
    data_dir = tmp_path / "data"
    tmux.start(["env", "-u", "COLUMNS", "-u", "LINES", f"PYTHONPATH={REPO}", f"HOME={tmp_path}", f"XDG_CONFIG_HOME={tmp_path / 'config'}",
                *warfeed_command(data_dir)])
    screen = tmux.wait_for("Kupiansk")
    assert "DEMO" in screen.splitlines()[0]
    assert len(screen.splitlines()[0].rstrip()) > 120, "the dashboard should have 160 columns"

    tmux.keys("j", "Enter")
    tmux.keys("/", *"Kupiansk", "Enter")
    # The reader shows the opened story's host; the filter leaves only Kupiansk stories.
    screen = tmux.wait_for("Link → 127.0.0.1")
    tmux.keys("s")
    tmux.wait_for("★")
    screen = tmux.screen()
    starred_row = row_of(screen, "★")
    title = starred_row.split("★", 1)[1].strip(" │◆⚑").split("│")[0].strip()[:30]
    assert "Kupiansk" in title, starred_row
    tmux.keys("q")
    tmux.wait_for("WARFEED-EXIT-0")

    # Reopen on the same data dir: the star is still there.
    tmux.kill()
    tmux2 = Tmux()
    try:
        tmux2.start(["env", "-u", "COLUMNS", "-u", "LINES", f"PYTHONPATH={REPO}", f"HOME={tmp_path}", f"XDG_CONFIG_HOME={tmp_path / 'config'}",
                     *warfeed_command(data_dir)])
        screen = tmux2.wait_for(title)
        assert "★" in row_of(screen, title)
        tmux2.keys("q")
        tmux2.wait_for("WARFEED-EXIT-0")
    finally:
        tmux2.kill()
