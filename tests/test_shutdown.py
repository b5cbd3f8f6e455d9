"""tui.shutdown against a real process whose main thread is stuck for good (HARDENING 40): a
SIGTERM or SIGHUP still flushes and ends it, without the event loop or the main thread."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STUCK = """
import sys, threading
from tui.shutdown import SignalExit

def flush():
    with open(sys.argv[1], "w") as out:
        out.write("flushed")

exit_asked = []
SignalExit(flush, exit_asked.append, grace=0.2).install()
print("ready", flush=True)
lock = threading.Lock()
lock.acquire()
lock.acquire()  # the main thread never runs again, as in a driver blocked on a dead writer
"""


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_a_stuck_process_flushes_and_ends_on_a_signal(tmp_path, signum):
    flushed = tmp_path / "flushed"
    child = subprocess.Popen([sys.executable, "-c", STUCK, str(flushed)], cwd=REPO,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        child.send_signal(signum)
        code = child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert code == 128 + signum
    assert flushed.read_text() == "flushed"


def test_uninstall_gives_the_handlers_back():
    from tui.shutdown import SIGNALS, SignalExit

    before = {signum: signal.getsignal(signum) for signum in SIGNALS}
    watch = SignalExit(lambda: None, lambda code: None)
    assert watch.install()
    assert all(signal.getsignal(signum) != before[signum] for signum in SIGNALS)
    watch.uninstall()
    assert {signum: signal.getsignal(signum) for signum in SIGNALS} == before
