"""BCubed precision, recall and F1 of story clusters against the true events of a labelled set.

Run: python scripts/eval_clusters.py [tests/cluster_data/dev.jsonl] [--show]

Each line of the set is one feed item: outlet, event (the true label), at, title, summary. The
items are served as one RSS feed per outlet from 127.0.0.1, polled by the real `warfeed poll`
into a throwaway data dir, and read back with `warfeed stories --json`: the `cluster` field is
what is scored, exactly as a user's script would see it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections import defaultdict
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT / "tests" / "cluster_data" / "dev.jsonl"
OUTLETS = {
    "tass": ("TASS", "ru-state"),
    "ria": ("RIA Novosti", "ru-state"),
    "meduza": ("Meduza", "ru-independent"),
    "kyivindependent": ("Kyiv Independent", "ua-media"),
    "pravda": ("Ukrainska Pravda", "ua-media"),
    "ukrinform": ("Ukrinform", "ua-official"),
    "isw": ("ISW", "analyst"),
    "reuters": ("Reuters", "intl"),
}


def load(path: Path) -> list[dict]:
    """The labelled items, each with a stable guid."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, item in enumerate(items):
        item["guid"] = f"{item['outlet']}-{n}"
    return items


def feed_bodies(items: list[dict]) -> dict[str, bytes]:
    """One RSS document per outlet."""
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_outlet[item["outlet"]].append(item)
    bodies = {}
    for outlet, entries in by_outlet.items():
        parts = []
        for item in entries:
            when = datetime.fromisoformat(item["at"].replace("Z", "+00:00"))
            parts.append(
                f"<item><guid>{escape(item['guid'])}</guid><title>{escape(item['title'])}</title>"
                f"<link>http://{outlet}.example/{escape(item['guid'])}</link>"
                f"<description>{escape(item['summary'])}</description>"
                f"<pubDate>{format_datetime(when)}</pubDate></item>"
            )
        title = OUTLETS[outlet][0]
        bodies[outlet] = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                          f"<title>{escape(title)}</title>{''.join(parts)}</channel></rss>").encode()
    return bodies


def serve(bodies: dict[str, bytes]) -> ThreadingHTTPServer:
    """A feed server on 127.0.0.1 in a thread: /<outlet>.xml."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            body = bodies.get(self.path.strip("/").removesuffix(".xml"))
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def bcubed(truth: dict[str, str], found: dict[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 of `found` clusters against `truth` labels (by item)."""
    by_found: dict[str, set[str]] = defaultdict(set)
    by_truth: dict[str, set[str]] = defaultdict(set)
    for item, label in found.items():
        by_found[label].add(item)
    for item, label in truth.items():
        by_truth[label].add(item)
    precision = recall = 0.0
    for item in truth:
        same_found = by_found[found[item]]
        same_truth = by_truth[truth[item]]
        both = len(same_found & same_truth)
        precision += both / len(same_found)
        recall += both / len(same_truth)
    precision /= len(truth)
    recall /= len(truth)
    return precision, recall, 2 * precision * recall / (precision + recall)


def run(path: Path) -> tuple[dict[str, str], dict[str, str], dict[str, dict]]:
    """Poll the set through the real CLI; the true and found cluster of every item by guid."""
    items = load(path)
    server = serve(feed_bodies(items))
    host, port = server.server_address[:2]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "config.toml"
            config.write_text("".join(
                f'[[feeds]]\nid = "{outlet}"\nurl = "http://{host}:{port}/{outlet}.xml"\n'
                f'title = "{OUTLETS[outlet][0]}"\nside = "{OUTLETS[outlet][1]}"\n\n'
                for outlet in sorted({item["outlet"] for item in items})), encoding="utf-8")
            warfeed = [sys.executable, "-m", "tui.cli", "--config", str(config), "--data-dir", str(Path(tmp) / "data")]
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            subprocess.run([*warfeed, "poll"], check=True, capture_output=True, env=env, cwd=ROOT)
            out = subprocess.run([*warfeed, "stories", "--json", "--limit", "100000"], check=True,
                                 capture_output=True, env=env, cwd=ROOT).stdout
    finally:
        server.shutdown()
    by_link = {f"http://{item['outlet']}.example/{item['guid']}": item for item in items}
    truth, found = {}, {}
    for story in json.loads(out):
        item = by_link.get(story["link"])
        if item is not None:
            truth[item["guid"]] = item["event"]
            found[item["guid"]] = story["cluster"]
    missing = [item["guid"] for item in items if item["guid"] not in truth]
    if missing:
        raise SystemExit(f"{len(missing)} items never reached the cache: {missing[:5]}")
    return truth, found, {item["guid"]: item for item in items}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--show", action="store_true", help="print the clusters found")
    args = parser.parse_args(argv)
    truth, found, items = run(args.set)
    precision, recall, f1 = bcubed(truth, found)
    print(f"{args.set.name}: {len(truth)} items, {len(set(truth.values()))} events, "
          f"{len(set(found.values()))} clusters  BCubed P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    if args.show:
        groups: dict[str, list[str]] = defaultdict(list)
        for guid, cluster in found.items():
            groups[cluster].append(guid)
        for members in sorted(groups.values(), key=len, reverse=True):
            print("  --")
            for guid in members:
                print(f"    [{truth[guid]}] {items[guid]['outlet']}: {items[guid]['title']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
