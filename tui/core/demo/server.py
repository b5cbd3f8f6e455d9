"""A loopback HTTP server that publishes the demo feeds live, with real HTTP caching."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tui.core.demo.feeds import (
    CHALLENGE_PAGE,
    DemoFeed,
    DemoItem,
    build_feeds,
    render_article,
    render_rss,
)
from tui.core.demo.stories_other import LIVE_QUEUE
from tui.core.models import Feed


class DemoServer:
    """Serves the demo feeds and article pages on 127.0.0.1 from a daemon thread.

    Feeds answer with ETag and Last-Modified and honour conditional requests with 304. Every
    `publish_every` seconds (by `clock`) one prepared item from the live queue appears in its
    feed; one feed always fails with a bot-challenge page.
    """

    def __init__(self, *, clock: Callable[[], float] = time.time,
                 publish_every: float | None = 6.0, port: int = 0) -> None:
        self.clock = clock
        self.publish_every = publish_every
        self.port = port
        """Preferred port (0: any free one). A fixed port keeps story links valid across runs."""
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        start = clock()
        # Item times hang off the current hour, not the exact start, so two runs within the
        # hour serve identical bytes and a second `warfeed poll --demo` is answered with 304s.
        anchor = start - start % 3600
        self._feeds: dict[str, DemoFeed] = {f.id: f for f in build_feeds(anchor)}
        self._queue = list(LIVE_QUEUE)
        self._next_publish = start + publish_every if publish_every else None
        self.hits: Counter[str] = Counter()
        """Requests per path."""
        self.feed_bodies_served = 0
        """Feed responses that carried a full body (not 304), to check conditional GET."""
        self.not_modified_served = 0

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> DemoServer:
        """Bind to the preferred (else a free) loopback port and serve in a daemon thread."""
        handler = _make_handler(self)
        try:
            self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        except OSError:
            # The preferred port is taken (another demo is running): any free port will do.
            self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        # A short poll interval so stop() returns quickly (shutdown waits for the next poll).
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        name="warfeed-demo", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:43121."""
        if self._httpd is None:
            raise RuntimeError("the demo server is not running")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    # -- content -----------------------------------------------------------------------------
    def feeds(self) -> list[Feed]:
        """The demo feeds as warfeed Feed settings pointing at this server."""
        return [
            Feed(f.id, f"{self.url}/feeds/{f.id}.xml", f.title, f.side, ["demo"], interval=60)
            for f in self._feeds.values()
        ]

    def publish_next(self) -> str | None:
        """Publish the next queued item now; returns its feed id (None when the queue is empty)."""
        with self._lock:
            return self._publish_locked()

    def _publish_locked(self) -> str | None:
        if not self._queue:
            return None
        feed_id, slug, title, summary, paragraphs, tags = self._queue.pop(0)
        now = self.clock()
        feed = self._feeds[feed_id]
        feed.items.insert(0, DemoItem(slug, title, summary, list(paragraphs), list(tags), now))
        feed.changed_at = now
        return feed_id

    def _publish_due(self) -> None:
        # Publishing is driven by the clock on each request, so an injected clock fully
        # controls it and no timer thread is needed.
        if self._next_publish is None or self.publish_every is None:
            return
        while self._queue and self.clock() >= self._next_publish:
            self._publish_locked()
            self._next_publish += self.publish_every

    def respond(self, path: str, headers) -> tuple[int, dict[str, str], bytes]:
        """The status, headers and body for one GET (used by the request handler)."""
        with self._lock:
            self.hits[path] += 1
            self._publish_due()
            parts = path.split("?", 1)[0].strip("/").split("/")
            if len(parts) == 2 and parts[0] == "feeds" and parts[1].endswith(".xml"):
                feed = self._feeds.get(parts[1][:-4])
                if feed is not None:
                    return self._feed_response(feed, headers)
            if len(parts) == 3 and parts[0] == "articles" and parts[2].endswith(".html"):
                feed = self._feeds.get(parts[1])
                item = next((i for i in feed.items if i.slug == parts[2][:-5]), None) if feed else None
                if item is not None:
                    body = render_article(feed, item, self.url)
                    return 200, {"Content-Type": "text/html; charset=utf-8"}, body
            return 404, {"Content-Type": "text/plain"}, b"not found\n"

    def _feed_response(self, feed: DemoFeed, headers) -> tuple[int, dict[str, str], bytes]:
        if feed.failing:
            self.feed_bodies_served += 1
            return 200, {"Content-Type": "text/html; charset=utf-8"}, CHALLENGE_PAGE
        body = render_rss(feed, self.url)
        # A weak validator over the content without the server's own address: a demo started
        # on another port (the preferred one was busy) serves equivalent feeds, not new ones.
        etag = 'W/"' + hashlib.sha1(render_rss(feed, "")).hexdigest()[:20] + '"'
        last_modified = formatdate(int(feed.changed_at), usegmt=True)
        meta = {"ETag": etag, "Last-Modified": last_modified, "Cache-Control": "max-age=30"}
        if _not_modified(headers, etag, int(feed.changed_at)):
            self.not_modified_served += 1
            return 304, meta, b""
        self.feed_bodies_served += 1
        return 200, meta | {"Content-Type": "application/rss+xml; charset=utf-8"}, body


def _not_modified(headers, etag: str, changed_at: int) -> bool:
    # RFC 9110: If-None-Match takes precedence; If-Modified-Since only counts without it.
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        return "*" in tags or etag.removeprefix("W/") in tags  # weak comparison
    ims = headers.get("If-Modified-Since")
    if ims:
        try:
            return changed_at <= parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError):
            return False
    return False


def _make_handler(server: DemoServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "warfeed-demo"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            status, headers, body = server.respond(self.path, self.headers)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the demo runs under a full-screen TUI; stray log lines would corrupt it

    return Handler
