"""No process outlives warfeed (HARDENING 40): a real `warfeed poll` on slow local feeds is
killed with SIGKILL while its parse pool runs; its fork server, workers and resource tracker
must all end by themselves within a bounded wait."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.hostile_servers import SlowFeedServer, write_config

REPO = Path(__file__).resolve().parents[2]
GONE_WITHIN = 20.0
"""Upper bound for the leftovers to end; a bound, never a measurement."""
MARKER = "WARFEED_TEST_MARKER"


def marked(marker: str) -> dict[int, str]:
    """Live (not zombie) processes whose environment carries the marker: pid -> command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if f"{MARKER}={marker}".encode() not in (entry / "environ").read_bytes():
                continue
            if (entry / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                continue
            found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError):
            continue
    return found


def wait_for(condition, what: str, bound: float = 60.0):
    deadline = time.monotonic() + bound
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} never happened")
        time.sleep(0.05)


@pytest.mark.parametrize("moment", ["fork-server-up", "workers-up", "mid-parse"])
def test_kill_9_of_a_cold_poll_leaves_no_process_behind(tmp_path, moment):
    marker = uuid.uuid4().hex
    with SlowFeedServer(delay=0.5, items=30) as server:
        config = write_config(tmp_path / "config.toml", [server.url(n) for n in range(60)])
        env = dict(os.environ, **{MARKER: marker}, HOME=str(tmp_path), PYTHONPATH=str(REPO))
        poll = subprocess.Popen(
            [sys.executable, "-m", "tui.cli", "--config", str(config), "--data-dir",
             str(tmp_path / "data"), "poll"],
            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            def forkserver_processes() -> int:
                return sum("forkserver" in cmd for cmd in marked(marker).values())

            # The fork server alone, then it with two workers forked from it.
            wait_for(lambda: forkserver_processes() >= (1 if moment == "fork-server-up" else 3),
                     f"the pool reaching {moment}")
            if moment == "mid-parse":
                # Feeds answer every 0.5 s in fours: once two rounds are in, workers are parsing.
                wait_for(lambda: server.served >= 8, "feeds answered for the workers to parse")
            assert poll.poll() is None, "the poll ended before it could be killed"
            poll.send_signal(signal.SIGKILL)
            poll.wait()
            deadline = time.monotonic() + GONE_WITHIN
            while marked(marker) and time.monotonic() < deadline:
                time.sleep(0.1)
            left = marked(marker)
        finally:
            if poll.poll() is None:
                poll.kill()
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    assert left == {}, f"processes outlived the killed poll: {left}"


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_kill_9_of_the_dashboard_mid_poll_leaves_no_process_behind(tmp_path):
    from tests.tui.test_e2e_tmux import Tmux

    marker = uuid.uuid4().hex
    session = Tmux(120, 40)
    with SlowFeedServer(delay=0.5, items=30) as server:
        config = write_config(tmp_path / "config.toml", [server.url(n) for n in range(40)])
        session.start(["env", "-u", "COLUMNS", "-u", "LINES", f"{MARKER}={marker}", f"PYTHONPATH={REPO}",
                       f"HOME={tmp_path}", f"XDG_CONFIG_HOME={tmp_path / 'config'}", sys.executable,
                       "-m", "tui.cli", "--config", str(config), "--data-dir", str(tmp_path / "data")])
        try:
            wait_for(lambda: sum("forkserver" in cmd for cmd in marked(marker).values()) >= 3,
                     "the dashboard's parse workers starting")
            dashboard = [pid for pid, cmd in marked(marker).items() if "tui.cli" in cmd]
            assert len(dashboard) == 1
            os.kill(dashboard[0], signal.SIGKILL)
            deadline = time.monotonic() + GONE_WITHIN
            while marked(marker) and time.monotonic() < deadline:
                time.sleep(0.1)
            left = marked(marker)
        finally:
            session.kill()
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    assert left == {}, f"processes outlived the killed dashboard: {left}"
