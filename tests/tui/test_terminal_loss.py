"""A lost terminal ends the dashboard (HARDENING 33, 40): the real `warfeed --demo` in tmux, the
tmux session killed under it. The process must be gone within a bounded wait, its lock free and
its marks on disk, every time: the race it guards against does not show on every try."""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from tests.tui.test_e2e_tmux import REPO, Tmux, starred_stories, warfeed_command

GONE_WITHIN = 20.0
"""Upper bound for the process to end once its terminal is gone; a bound, not a measurement."""


pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


@pytest.fixture
def terminal():
    """A private tmux server, killed after the test whatever happened."""
    session = Tmux(120, 40)
    yield session
    session.kill()


def running(pid: int) -> bool:
    """True while any thread of the process exists and is not a zombie nobody has reaped yet.

    Every thread counts: the leader shows as a zombie while its other threads are still exiting,
    and they hold the process's open files (the data dir's lock) until the last one is gone."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return False
    for tid in tasks:
        try:
            state = Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            return True
    return False


@pytest.mark.parametrize("stopped_first", [False, True], ids=["live", "stopped"])
@pytest.mark.parametrize("attempt", range(4))
def test_a_killed_tmux_session_ends_the_dashboard_with_its_marks(tmp_path, terminal, monkeypatch,
                                                                 attempt, stopped_first):
    monkeypatch.chdir(REPO)
    data_dir = tmp_path / "data"
    session: Tmux = terminal
    session.start(warfeed_command(tmp_path, data_dir))
    session.wait_for("Kupiansk")
    session.keys("s")
    session.wait_for("★")
    pid = session.app_pid()
    if stopped_first:
        # Stopped while the terminal goes: the hangup's SIGHUP and SIGCONT then arrive together,
        # the order in which Textual's driver used to deadlock on a dead output thread.
        os.kill(pid, signal.SIGSTOP)
    session.kill()
    deadline = time.monotonic() + GONE_WITHIN
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = running(pid)
    if alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, "the dashboard outlived its terminal"
    # The store opens (the lock is free) and the star was flushed.
    assert starred_stories(data_dir)
