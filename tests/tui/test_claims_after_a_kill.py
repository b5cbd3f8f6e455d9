"""The dashboard on a data dir whose last poll was killed between storing its stories and merging
their claims: its first cycle brings nothing new (the feed answers 304), and the claims are read
anyway (a real poll killed with SIGKILL, a real server on 127.0.0.1, the real app)."""

from __future__ import annotations

import email.utils
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from werkzeug import Request, Response

from tui.app import WarfeedApp
from tui.core.config import Config
from tui.core.models import Feed
from tui.core.store import Store
from tui.widgets.claim_tracker import ClaimTracker

from .conftest import NOW, settle, wait_until

ROOT = Path(__file__).resolve().parents[2]
ETAG = '"torske-1"'
HOUR = 3600.0

POLL_THEN_DIE = textwrap.dedent("""
    import asyncio, os, signal, sys
    from tui.core.config import Config
    from tui.core.models import Feed
    from tui.core.service import Warfeed
    from tui.core.store import Store
    data_dir, url, now = sys.argv[1], sys.argv[2], float(sys.argv[3])
    config = Config(feeds=[Feed("desk", url, "Front Desk", "ru-state")], views={}, watch=[], keys={})
    service = Warfeed(config, Store.open(data_dir, clock=lambda: now), clock=lambda: now)
    report = asyncio.run(service.poll())
    assert report.new_ids, report
    os.kill(os.getpid(), signal.SIGKILL)  # stories and validators stored, the claims merge never ran
""")


def _feed(url: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item><guid>t1</guid>'
            f"<title>Moscow claims Torske</title><link>{url}/torske</link>"
            f"<pubDate>{email.utils.formatdate(NOW - 600, usegmt=True)}</pubDate>"
            "<description>Russia's Defence Ministry said its forces had captured Torske. "
            "Kyiv denied it.</description></item></channel></rss>").encode()


async def test_the_first_cycle_reads_the_claims_a_killed_poll_left_though_nothing_is_new(httpserver, tmp_path, clock):
    answers: list[int] = []

    def serve(request: Request) -> Response:
        fresh = request.headers.get("If-None-Match") == ETAG
        answers.append(304 if fresh else 200)
        if fresh:
            return Response(status=304, headers={"ETag": ETAG})
        return Response(_feed(httpserver.url_for("")), content_type="application/rss+xml", headers={"ETag": ETAG})

    httpserver.expect_request("/feed").respond_with_handler(serve)
    data_dir, url = tmp_path / "data", httpserver.url_for("/feed")
    killed = subprocess.run([sys.executable, "-c", POLL_THEN_DIE, str(data_dir), url, str(NOW)], cwd=ROOT)
    assert killed.returncode == -signal.SIGKILL and answers == [200]

    clock.now = NOW + 2 * HOUR  # the feed is due again
    store = Store.open(data_dir, clock=clock)
    try:
        assert store.count() == 1 and store.claims() == []
        config = Config(feeds=[Feed("desk", url, "Front Desk", "ru-state")], views={}, watch=[], keys={})
        app = WarfeedApp(config=config, store=store, clock=clock)
        async with app.run_test(size=(160, 50)) as pilot:
            tracker = app.screen.query_one(ClaimTracker)
            await wait_until(pilot, lambda: tracker.visible_claim_ids, "the caught-up claim in the tracker")
            await settle(pilot, app)
            assert answers == [200, 304]  # the dashboard's cycle: nothing new
            assert tracker.visible_claim_ids == ["control:torske"]
            assert [c.id for c in store.claims()] == ["control:torske"]
    finally:
        store.close()
