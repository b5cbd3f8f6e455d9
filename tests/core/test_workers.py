"""Worker processes never write to the terminal the dashboard draws on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import os, sys
from concurrent.futures import ProcessPoolExecutor
from tui.core.workers import pool_context
from tui.core.workers import quiet_worker as parse_setup
from tui.core.claims.pipeline import worker_setup as claims_setup

def shout():
    print("stdout from a worker", flush=True)
    os.write(2, b"stderr from a worker\\n")
    return os.getpid()

if __name__ == "__main__":
    for setup in (parse_setup, claims_setup):
        with ProcessPoolExecutor(1, mp_context=pool_context(), initializer=setup) as pool:
            assert pool.submit(shout).result() != os.getpid()
    print("parent done")
"""


def test_parse_and_claims_workers_write_nothing_to_the_terminal(tmp_path):
    script = tmp_path / "shout.py"
    script.write_text(SCRIPT)
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout == "parent done\n"
    assert "from a worker" not in done.stderr


CAPTURED_STDERR = """
import asyncio, sys, tempfile
from pytest_httpserver import HTTPServer
from tui.core.fetch import Fetcher
from tui.core.models import Feed
from tui.core.poller import Poller
from tui.core.store import Store
from tui.core.workers import POOL_MIN_FEEDS


class Captured:
    '''What a TUI puts in place of sys.stderr: text goes to the screen, no descriptor behind it.'''

    def write(self, text):
        return len(text)

    def flush(self):
        pass

    def fileno(self):
        return -1


RSS = ('<rss version="2.0"><channel><title>t</title><item><guid>{n}</guid><title>Story {n}</title>'
       '<link>http://example.org/{n}</link></item></channel></rss>')


async def main(url_for, data_dir):
    feeds = [Feed(id=f"f{n}", url=url_for(f"/feed{n}"), title=f"Feed {n}") for n in range(COUNT)]
    store = Store.open(data_dir)
    try:
        async with Fetcher() as fetcher:
            poller = Poller(store, feeds, fetcher)
            report = await poller.poll()
        print(sorted({r.outcome for r in report.results}), store.count(), report.pool_error)
    finally:
        store.close()


if __name__ == "__main__":
    COUNT = POOL_MIN_FEEDS + 4
    sys.stderr = Captured()
    with HTTPServer() as server, tempfile.TemporaryDirectory() as data_dir:
        for n in range(COUNT):
            server.expect_request(f"/feed{n}").respond_with_data(RSS.format(n=n), content_type="application/rss+xml")
        asyncio.run(main(server.url_for, data_dir))
"""


def test_a_big_cycle_parses_in_workers_while_stderr_has_no_descriptor(tmp_path):
    # Under the dashboard sys.stderr is a capture whose fileno() is -1; a cycle big enough for
    # the parse pool must still start its workers there instead of failing every feed.
    script = tmp_path / "captured.py"
    script.write_text(CAPTURED_STDERR)
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True,
                          timeout=180, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "['ok'] 20 None", done.stdout
