"""A local feed server for benchmarks: N feeds x M items spread over many loopback hosts.

Run it in its own process (`FeedServerProcess`) so that serving does not steal CPU from the
measured reader in the same interpreter. It is a tiny asyncio HTTP/1.1 server with keep-alive,
ETag / Last-Modified validators answered with correct 304s, optional per-request latency and
counters (requests, 200s, 304s, bytes, peak in-flight requests per host) read over `/__stats`.

Feeds live on hosts 127.0.1.1, 127.0.1.2, ... (Linux answers on all of 127.0.0.0/8), one
listening socket per address and the same port everywhere, so that a reader's per-host
politeness limits stay switched on and are measured honestly.

    python -m tests.benchmarks.feedserver --feeds 500 --items 50 --latency 0.05
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import http.client
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import formatdate, parsedate_to_datetime
from html import escape
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
BASE_TIME = 1_763_625_600.0
"""2025-11-20T08:00:00Z: fixed so that every run serves byte-identical feeds."""
ITEM_SPACING = 900.0
"""Seconds between consecutive items of one feed."""

PLACES = (
    "Kupiansk", "Pokrovsk", "Huliaipole", "Kostiantynivka", "Kharkiv", "Zaporizhzhia", "Toretsk",
    "Siversk", "Lyman", "Myrnohrad", "Kherson", "Odesa", "Sumy", "Dnipro", "Kramatorsk",
)
ACTORS = (
    "Ukraine's General Staff", "Russia's Defence Ministry", "the regional governor",
    "a brigade spokesperson", "local officials", "independent geolocators", "the city council",
)
EVENTS = (
    "reports heavy fighting near {p}", "says drones struck an energy site in {p}",
    "claims control of a village east of {p}", "denies that troops withdrew from {p}",
    "says air defence shot down missiles over {p}", "reports evacuations continuing in {p}",
    "says shelling damaged homes in {p}", "confirms power cuts across {p}",
)
FILLER = (
    "Residents described a night of explosions and sirens that lasted until dawn.",
    "The claim could not be independently verified at the time of publication.",
    "Emergency crews worked through the morning to clear debris and restore water supplies.",
    "Analysts said the situation along this part of the front remained fluid.",
    "Officials urged people to stay in shelters while the alert was in force.",
    "Satellite images taken the previous day showed fresh craters near the rail line.",
    "Volunteers delivered generators and medical kits to the remaining residents.",
    "The statement gave no figures for losses on either side.",
    "Schools in the district switched to remote lessons for the rest of the week.",
    "Footage shared online appeared to show smoke rising over the industrial zone.",
)
SIDES = ("ua-official", "ua-media", "ru-state", "ru-independent", "intl", "analyst")


def host_addresses(count: int) -> list[str]:
    """The loopback addresses the server listens on: 127.0.1.1 .. 127.0.1.COUNT."""
    if not 1 <= count <= 254:
        raise ValueError("host count must be between 1 and 254")
    return [f"127.0.1.{i}" for i in range(1, count + 1)]


def feed_format(index: int, fmt: str) -> str:
    """'rss' or 'atom' for feed INDEX under the server's format policy ('mixed' alternates)."""
    if fmt == "mixed":
        return "rss" if index % 2 == 0 else "atom"
    return fmt


def feed_path(index: int, fmt: str) -> str:
    """The URL path of feed INDEX."""
    return f"/feeds/{index:04d}.{'xml' if feed_format(index, fmt) == 'rss' else 'atom'}"


def feed_urls(port: int, feeds: int, hosts: int, fmt: str = "mixed") -> list[str]:
    """Every feed URL, feeds spread round-robin over the hosts."""
    addresses = host_addresses(hosts)
    return [
        f"http://{addresses[i % hosts]}:{port}{feed_path(i, fmt)}" for i in range(feeds)
    ]


def _item_text(rng: random.Random, feed: int, item: int) -> tuple[str, str, str]:
    """(title, html description, category) for one item; deterministic per rng state."""
    place = rng.choice(PLACES)
    title = f"{rng.choice(ACTORS)} {rng.choice(EVENTS).format(p=place)}"
    title = title[0].upper() + title[1:]
    paragraphs = []
    for count in (2, 2, 1, 1):
        sentences = " ".join(rng.choice(FILLER) for _ in range(count))
        paragraphs.append(f"<p>{escape(sentences)}</p>")
    html = (
        f'<p><strong>{escape(place)}</strong> &#8212; {escape(title)}. '
        f'<a href="https://news.example.org/{feed}/{item}">Read more</a></p>' + "".join(paragraphs)
    )
    return title, html, place


def generate_feed(index: int, items: int, fmt: str = "rss", *, base_time: float = BASE_TIME) -> bytes:
    """A realistic feed document (~57 KB for 50 items): titles, HTML descriptions, dates, guids."""
    rng = random.Random(index * 7919 + items)
    site = f"https://outlet{index:04d}.example.org"
    name = f"Outlet {index:04d} ({SIDES[index % len(SIDES)]})"
    entries = []
    for item in range(items):
        published = base_time - item * ITEM_SPACING - index * 7
        title, html, place = _item_text(rng, index, item)
        link = f"{site}/news/2025/11/{item:05d}-{place.lower()}-update"
        guid = f"{site}/?p={index * 100_000 + item}"
        if fmt == "rss":
            entries.append(
                "<item>"
                f"<title>{escape(title)}</title><link>{link}</link>"
                f'<guid isPermaLink="false">{guid}</guid>'
                f"<pubDate>{formatdate(published, usegmt=True)}</pubDate>"
                f"<category>{place}</category><category>War</category>"
                f"<description>{escape(html)}</description>"
                "</item>"
            )
        else:
            stamp = _iso(published)
            entries.append(
                "<entry>"
                f'<title type="text">{escape(title)}</title>'
                f'<link rel="alternate" href="{link}"/><id>{guid}</id>'
                f"<published>{stamp}</published><updated>{stamp}</updated>"
                f'<category term="{place}"/><category term="War"/>'
                f'<summary type="html">{escape(html)}</summary>'
                "</entry>"
            )
    body = "\n".join(entries)
    if fmt == "rss":
        doc = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(name)}</title><link>{site}/</link>"
            f"<description>Latest news from {escape(name)}</description><ttl>15</ttl>\n"
            f"{body}\n</channel></rss>\n"
        )
    else:
        doc = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{escape(name)}</title><link rel="alternate" href="{site}/"/>'
            f"<id>{site}/</id><updated>{_iso(base_time)}</updated>\n{body}\n</feed>\n"
        )
    return doc.encode("utf-8")


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(slots=True)
class Document:
    """One served feed with its validators (precomputed: serving must cost next to nothing)."""

    body: bytes
    gzipped: bytes
    content_type: str
    etag: str
    last_modified: str
    modified_at: float


@dataclass
class Stats:
    """What the server saw; reset between benchmark runs."""

    requests: int = 0
    ok: int = 0
    not_modified: int = 0
    not_found: int = 0
    conditional: int = 0
    bytes: int = 0
    connections: int = 0
    in_flight: Counter = field(default_factory=Counter)
    peak_per_host: Counter = field(default_factory=Counter)
    user_agents: Counter = field(default_factory=Counter)

    def to_json(self) -> dict:
        return {
            "requests": self.requests,
            "ok": self.ok,
            "not_modified": self.not_modified,
            "not_found": self.not_found,
            "conditional": self.conditional,
            "bytes": self.bytes,
            "connections": self.connections,
            "peak_in_flight_per_host": max(self.peak_per_host.values(), default=0),
            "user_agents": dict(self.user_agents),
        }


class FeedServer:
    """The asyncio server: documents by path, one listener per loopback host."""

    def __init__(self, documents: dict[str, Document], *, latency: float = 0.0, gzip_ok: bool = False):
        self.documents = documents
        self.latency = latency
        self.gzip_ok = gzip_ok
        self.stats = Stats()
        self.servers: list[asyncio.base_events.Server] = []

    async def listen(self, hosts: list[str], port: int = 0, attempts: int = 20) -> int:
        """Bind every host on one common port; retry with a fresh port if one is taken."""
        for _ in range(attempts):
            try:
                first = await asyncio.start_server(self._serve, hosts[0], port)
                chosen = first.sockets[0].getsockname()[1]
                self.servers = [first]
                for host in hosts[1:]:
                    self.servers.append(await asyncio.start_server(self._serve, host, chosen))
                return chosen
            except OSError:
                for server in self.servers:
                    server.close()
                self.servers = []
                if port:
                    raise
        raise OSError("could not bind one port on every loopback host")

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        host = writer.get_extra_info("sockname")[0]
        counted: Stats | None = None
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                parts = lines[0].split(" ")
                if len(parts) != 3:
                    return
                method, target, version = parts
                headers = {}
                for line in lines[1:]:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0") or 0)
                if length:
                    await reader.readexactly(length)
                keep_alive = headers.get("connection", "").lower() != "close" and (
                    version == "HTTP/1.1" or headers.get("connection", "").lower() == "keep-alive"
                )
                path = target.split("?")[0]
                # Connections that carried feed requests, counted once per stats period.
                if not path.startswith("/__") and counted is not self.stats:
                    counted = self.stats
                    counted.connections += 1
                await self._respond(writer, host, method, path, headers, keep_alive)
                if not keep_alive:
                    return
        except ConnectionError:
            return
        finally:
            writer.close()

    async def _respond(self, writer, host, method, path, headers, keep_alive) -> None:
        if path.startswith("/__"):
            await self._control(writer, path, keep_alive)
            return
        stats = self.stats
        stats.requests += 1
        if "if-none-match" in headers or "if-modified-since" in headers:
            stats.conditional += 1
        stats.user_agents[headers.get("user-agent", "")[:40]] += 1
        stats.in_flight[host] += 1
        stats.peak_per_host[host] = max(stats.peak_per_host[host], stats.in_flight[host])
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            doc = self.documents.get(path)
            if doc is None:
                stats.not_found += 1
                self._write(writer, 404, {"Content-Type": "text/plain"}, b"no such feed\n", keep_alive)
            elif _not_modified(doc, headers):
                stats.not_modified += 1
                extra = {"ETag": doc.etag, "Last-Modified": doc.last_modified}
                self._write(writer, 304, extra, b"", keep_alive)
            else:
                stats.ok += 1
                extra = {"Content-Type": doc.content_type, "ETag": doc.etag,
                         "Last-Modified": doc.last_modified}
                body = doc.body
                if self.gzip_ok and "gzip" in headers.get("accept-encoding", ""):
                    extra["Content-Encoding"] = "gzip"
                    extra["Vary"] = "Accept-Encoding"
                    body = doc.gzipped
                if method == "HEAD":
                    extra["Content-Length"] = str(len(body))
                    body = b""
                stats.bytes += len(body)
                self._write(writer, 200, extra, body, keep_alive)
            await writer.drain()
        finally:
            stats.in_flight[host] -= 1

    async def _control(self, writer, path, keep_alive) -> None:
        body = json.dumps(self.stats.to_json()).encode()
        if path == "/__reset":
            self.stats = Stats()
        self._write(writer, 200, {"Content-Type": "application/json"}, body, keep_alive)
        await writer.drain()

    @staticmethod
    def _write(writer, status: int, headers: dict[str, str], body: bytes, keep_alive: bool) -> None:
        reason = http.client.responses.get(status, "")
        out = [f"HTTP/1.1 {status} {reason}", f"Date: {formatdate(usegmt=True)}"]
        out += [f"{k}: {v}" for k, v in headers.items()]
        if status != 304 and "Content-Length" not in headers:
            out.append(f"Content-Length: {len(body)}")
        out.append("Connection: keep-alive" if keep_alive else "Connection: close")
        writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + body)


def _not_modified(doc: Document, headers: dict[str, str]) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since when both are sent."""
    inm = headers.get("if-none-match")
    if inm is not None:
        tags = [t.strip() for t in inm.split(",")]
        return "*" in tags or doc.etag in tags or doc.etag in [t.removeprefix("W/") for t in tags]
    ims = headers.get("if-modified-since")
    if ims:
        try:
            return doc.modified_at <= parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError, IndexError):
            return False
    return False


def build_documents(feeds: int, items: int, fmt: str = "mixed", *, base_time: float = BASE_TIME) -> dict[str, Document]:
    """Every feed document keyed by path, with its ETag and Last-Modified."""
    documents = {}
    for index in range(feeds):
        kind = feed_format(index, fmt)
        body = generate_feed(index, items, kind, base_time=base_time)
        documents[feed_path(index, fmt)] = Document(
            body=body,
            gzipped=gzip.compress(body, 6),
            content_type="application/rss+xml" if kind == "rss" else "application/atom+xml",
            etag='"' + hashlib.sha1(body).hexdigest()[:20] + '"',
            last_modified=formatdate(base_time, usegmt=True),
            modified_at=base_time,
        )
    return documents


async def _main(args: argparse.Namespace) -> None:
    hosts = host_addresses(min(args.hosts, args.feeds) if args.feeds else args.hosts)
    # Recent dates (this hour) so readers treat the feeds as live, not stale archives.
    base_time = args.base_time if args.base_time is not None else time.time() // 3600 * 3600
    documents = build_documents(args.feeds, args.items, args.format, base_time=base_time)
    server = FeedServer(documents, latency=args.latency, gzip_ok=args.gzip)
    port = await server.listen(hosts, args.port)
    # The parent waits for this one line before it starts measuring.
    print(json.dumps({"port": port, "hosts": hosts, "feeds": args.feeds, "items": args.items,
                      "format": args.format}), flush=True)
    await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    """Command-line entry: serve until killed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--hosts", type=int, default=50, help="loopback hosts (127.0.1.1..N)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--format", choices=("rss", "atom", "mixed"), default="mixed")
    parser.add_argument("--gzip", action="store_true", help="gzip bodies for clients that accept it")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--base-time", type=float, default=None, help="epoch of the newest item")
    args = parser.parse_args(argv)
    try:
        asyncio.run(_main(args))
    except KeyboardInterrupt:
        pass


class FeedServerProcess:
    """Runs the feed server in a child process; a context manager giving URLs and stats."""

    def __init__(self, feeds: int, items: int = 50, *, latency: float = 0.0, hosts: int = 50,
                 fmt: str = "mixed", gzip_ok: bool = False):
        self.args = ["--feeds", str(feeds), "--items", str(items), "--latency", str(latency),
                     "--hosts", str(hosts), "--format", fmt] + (["--gzip"] if gzip_ok else [])
        self.feeds, self.fmt = feeds, fmt
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.hosts: list[str] = []

    def __enter__(self) -> FeedServerProcess:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.benchmarks.feedserver", *self.args],
            cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True,
        )
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait()
            raise RuntimeError(f"the feed server exited with code {self.proc.returncode} before it was ready")
        info = json.loads(line)
        self.port, self.hosts = info["port"], info["hosts"]
        return self

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def urls(self) -> list[str]:
        """Every feed URL served."""
        return feed_urls(self.port, self.feeds, len(self.hosts), self.fmt)

    def _control(self, path: str) -> dict:
        # http.client, not httpx: no proxy settings from the environment may get in between.
        conn = http.client.HTTPConnection(self.hosts[0], self.port, timeout=10)
        try:
            conn.request("GET", path)
            return json.loads(conn.getresponse().read())
        finally:
            conn.close()

    def cpu_seconds(self) -> float | None:
        """CPU time the server process has used so far (Linux /proc), to show it is no bottleneck."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stats(self) -> dict:
        """Counters since the last reset."""
        return self._control("/__stats")

    def reset(self) -> dict:
        """Zero the counters; returns the counters before the reset."""
        return self._control("/__reset")


def compile_bytecode() -> None:
    """Compile warfeed's modules as `pip install` does, before timing it: a shell that sets
    PYTHONDONTWRITEBYTECODE would otherwise have every measured start compile them again."""
    import compileall

    compileall.compile_dir(REPO_ROOT / "tui", quiet=1)


def child_env(home: Path | None = None) -> dict[str, str]:
    """An environment for measured children: no proxies in the way of loopback traffic."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    if home is not None:
        env["HOME"] = str(home)
    return env


if __name__ == "__main__":
    main()
