"""The real dashboard in a pseudo-terminal on a hostile config, feed and server: the raw bytes it
writes never carry the hostile sequences (Textual's own escapes are expected; the payloads are not).

Every wait is for a condition with a generous upper bound; nothing asserts a time.
"""

from __future__ import annotations

import fcntl
import os
import signal
import struct
import subprocess
import termios
import threading
import time
from collections.abc import Iterator

import pytest
import tomli_w

from tests.terminal_safety import ROOT, WARFEED, HostileServer, response

BOUND = 60.0
# Markers of the hostile text below: none may reach the terminal in any form.
PAYLOADS = [b"]52;c;", b"]0;owned", b"]2;owned", "\u009b".encode(), "\u009d".encode(),
            "\u202e".encode(), "\u2066".encode(), "\u200b".encode(), "\ufeff".encode(), b"[31mred"]
HOSTILE = ("Red\x1b[31mred \x1b]52;c;cm0gLXJmIH4K\x07\u009b2J\u009d2;owned\u009c "
           "\u202eevil\u202c \u2066iso\u2069 zero\u200bwidth\ufeff")


def feed(title: str) -> bytes:
    item = f"<item><title>{title}</title><guid>g1</guid><link>http://127.0.0.1:9/s</link></item>"
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{item}'
            "</channel></rss>").encode()


class Pty:
    """One process on a pseudo-terminal of a fixed size; everything it writes is kept raw."""

    def __init__(self, argv: list[str], rows: int = 50, cols: int = 160) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("WARFEED_HOME", "COLUMNS", "LINES")}
        env.update(TERM="xterm-256color", COLORTERM="truecolor")
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                                     cwd=ROOT, start_new_session=True, close_fds=True)
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self.lock:
                self.output += chunk

    def raw(self) -> bytes:
        with self.lock:
            return bytes(self.output)

    def wait_for(self, needle: bytes, start: int = 0) -> None:
        deadline = time.monotonic() + BOUND
        while needle not in self.raw()[start:]:
            assert time.monotonic() < deadline, f"{needle!r} never appeared"
            assert self.proc.poll() is None, f"warfeed ended early:\n{self.raw()[-3000:]!r}"
            time.sleep(0.05)

    def press(self, key: bytes) -> int:
        mark = len(self.raw())
        os.write(self.master, key)
        return mark

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self.reader.join(10)
        os.close(self.master)


@pytest.fixture
def server() -> Iterator[HostileServer]:
    srv = HostileServer()
    srv.routes["/good"] = lambda: response(200, {"Content-Type": "application/rss+xml"}, feed("Front news"))
    srv.routes["/encoded"] = lambda: response(
        200, {"Content-Encoding": b"x\x1b]0;owned\x07\x9b2J\x9d2;owned\x9c"}, feed("x"))
    yield srv
    srv.close()


def test_health_and_feeds_screens_show_hostile_config_and_server_text_cleaned(tmp_path, server):
    config = tmp_path / "config.toml"
    config.write_text(tomli_w.dumps({
        "views": {HOSTILE: "side:ru"},
        "feeds": [
            {"id": "good", "url": server.url("/good"), "title": HOSTILE, "tags": [HOSTILE]},
            {"id": "encoded", "url": server.url("/encoded"), "title": HOSTILE},
        ],
    }), encoding="utf-8")
    pty = Pty([str(WARFEED), "--config", str(config), "--data-dir", str(tmp_path / "data")])
    try:
        pty.wait_for(b"Front news")  # the good feed was polled and its story drawn
        deadline = time.monotonic() + BOUND
        while server.hits.get("/encoded", 0) == 0:
            assert time.monotonic() < deadline, "the hostile server was never polled"
            time.sleep(0.05)
        mark = pty.press(b"e")
        pty.wait_for(b"Feed health", mark)
        pty.wait_for(b"unsupported", mark)  # the failing feed's error is on screen
        pty.press(b"\x1b")
        time.sleep(0.3)  # the escape key must not combine with the next one
        mark = pty.press(b"f")
        pty.wait_for(b"ctrl+s apply", mark)
        pty.press(b"\x1b")
        time.sleep(0.3)
        mark = pty.press(b"v")  # the hostile view name becomes the current view
        pty.wait_for(b"evil", mark)
        pty.press(b"q")
        pty.proc.wait(BOUND)
    finally:
        pty.close()
    raw = pty.raw()
    assert b"Traceback" not in raw
    found = [p for p in PAYLOADS if p in raw]
    assert not found, f"hostile bytes reached the terminal: {found}"
