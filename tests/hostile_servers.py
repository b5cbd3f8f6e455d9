"""Real servers on 127.0.0.1 that misbehave in time: feeds that answer slowly, and a server that
accepts every connection and never answers. Shared by the poll, process and deadline tests."""

from __future__ import annotations

import email.utils
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

NOW = 1_763_640_000.0


def feed_body(n: int, items: int = 5) -> bytes:
    """RSS for feed `n`: `items` stories whose titles name the feed and the item."""
    parts = []
    for i in range(items):
        date = email.utils.formatdate(NOW - 600 * (i + 1), usegmt=True)
        parts.append(f"<item><guid>f{n}-i{i}</guid><title>Bulletin {i} of outlet {n}</title>"
                     f"<link>http://news.example/{n}/{i}</link><pubDate>{date}</pubDate>"
                     f"<description>Report {i} of outlet {n}.</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Outlet {n}</title>{''.join(parts)}</channel></rss>").encode()


class SlowFeedServer:
    """Serves /feed/N (feed_body(N)) after `delay` seconds, each request in its own thread."""

    def __init__(self, delay: float = 0.0, items: int = 5) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                match = re.fullmatch(r"/feed/(\d+)", self.path)
                time.sleep(outer.delay)
                body = feed_body(int(match.group(1)), outer.items) if match else b""
                self.send_response(200 if match else 404)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    return  # the client went away (killed on purpose by the tests)
                with outer._count_lock:
                    outer.served += 1

            def log_message(self, *args: object) -> None:
                pass

        self.delay = delay
        self.items = items
        self.served = 0
        """Feeds answered in full so far."""
        self._count_lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.request_queue_size = 256
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, n: int) -> str:
        return f"http://127.0.0.1:{self.port}/feed/{n}"

    def __enter__(self) -> SlowFeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class HangingServer:
    """Accepts every connection on `host` and never reads or answers (the sockets stay open)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._listener = socket.create_server((host, 0), backlog=4096)
        self.host = host
        self.port = self._listener.getsockname()[1]
        self.accepted = 0
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def url(self, n: int) -> str:
        return f"http://{self.host}:{self.port}/feed/{n}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.accepted += 1
            self._held.append(conn)

    def __enter__(self) -> HangingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._listener.close()
        for conn in self._held:
            conn.close()


def write_config(path: Path, urls: list[str], *, item_limit: int = 200) -> Path:
    """A config.toml with one feed per URL (ids feed-0, feed-1, ...)."""
    lines = []
    for n, url in enumerate(urls):
        lines += ["[[feeds]]", f'id = "feed-{n}"', f'url = "{url}"', f'title = "Outlet {n}"',
                  'side = "intl"', f"item_limit = {item_limit}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
