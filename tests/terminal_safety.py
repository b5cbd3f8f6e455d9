"""Shared checks and servers for the hostile-input tests: raw bytes that must never reach a terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARFEED = Path(sys.executable).parent / "warfeed"
"""The console script installed beside the interpreter running the tests."""

# ESC, C0 controls other than tab/newline/CR, DEL, C1 as UTF-8 (U+0080-U+009F), bidi controls,
# zero-width and BOM characters, the tag block; and the same controls as JSON escapes.
_UNSAFE = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
    rb"|\xc2[\x80-\x9f]"
    rb"|\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa0-\xaf]|\xef\xbb\xbf"
    rb"|\xf3\xa0[\x80-\x81]"
    rb"|\\u00(?:0[0-8bcef]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])"
    rb"|\\u20(?:0[b-fB-F]|2[a-eA-E]|6[0-9a-fA-F])|\\u[fF][eE][fF][fF]"
)
"""Anything a terminal would act on or hide, raw or as a JSON escape of one."""


def unsafe_bytes(raw: bytes) -> list[bytes]:
    """Every terminal-unsafe byte run in `raw` (empty when it is safe to print)."""
    return [m.group(0) for m in _UNSAFE.finditer(raw)]


def assert_terminal_safe(raw: bytes, what: str = "output") -> None:
    """Fail when `raw` holds an escape, a C1/bidi/invisible character, bad UTF-8 or a traceback."""
    assert b"Traceback" not in raw, f"{what} holds a traceback:\n{raw.decode('utf-8', 'replace')}"
    raw.decode("utf-8")  # strict: a lone 0x9b byte is an 8-bit CSI too
    found = unsafe_bytes(raw)
    assert not found, f"{what} holds unsafe bytes {found[:5]}:\n{raw[:2000]!r}"


def run_warfeed(*args: str, config: Path | None = None, data_dir: Path | None = None,
                stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """The installed `warfeed` script as a user runs it; stdout and stderr as raw bytes."""
    argv = [str(WARFEED)]
    if config is not None:
        argv += ["--config", str(config)]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    env = dict(os.environ)
    env.pop("WARFEED_HOME", None)
    return subprocess.run(argv + list(args), capture_output=True, input=stdin, timeout=timeout, check=False,
                          env=env, cwd=ROOT)


def assert_clean_run(result: subprocess.CompletedProcess) -> None:
    """Both streams of a finished warfeed run are safe to show in a terminal."""
    assert_terminal_safe(result.stdout, "stdout")
    assert_terminal_safe(result.stderr, "stderr")


class HostileServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 answering each path with raw, hand-built bytes."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, ssl_context=None) -> None:
        self.routes: dict[str, Callable[[], bytes]] = {}
        self.hits: dict[str, int] = {}
        self.hosts: list[str] = []
        """The Host header of every request, in order."""
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                server.hosts.append(self.headers.get("Host", ""))
                answer = server.routes.get(self.path)
                raw = answer() if answer else response(404, {}, b"")
                try:
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://{self.httpd.server_address[0]}:{self.port}{path}"

    def total_hits(self) -> int:
        return sum(self.hits.values())

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def response(status: int, headers: dict[str, str | bytes], body: bytes) -> bytes:
    """A raw HTTP/1.1 answer; header values may be bytes so any octet can be sent."""
    lines = [f"HTTP/1.1 {status} X".encode()]
    for name, value in {**headers, "Content-Length": str(len(body))}.items():
        lines.append(name.encode() + b": " + (value if isinstance(value, bytes) else value.encode("latin-1")))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body
