"""The dashboard's claims follow a developing story's page: read when first due and again when it
changes, a statement the page drops is withdrawn (a real app, a real server on 127.0.0.1)."""

from __future__ import annotations

import email.utils

from werkzeug import Response

from tui.core.config import Config
from tui.core.models import Feed
from tui.app import WarfeedApp

from .conftest import NOW, settle, wait_until

CLAIM = "Russia's Defence Ministry said its forces had taken full control of Huliaipole."
DENIAL = "Ukraine's General Staff said Huliaipole remains under the control of Ukrainian forces."
PAGE = ("<html><head><title>Huliaipole</title></head><body><article><h1>Huliaipole: the two sides</h1>"
        "<p>Fighting around the town went on through the night, local officials said.</p>{lines}"
        "<p>Residents who stayed have been without power for a week.</p></article></body></html>")


async def test_a_page_that_drops_a_statement_withdraws_it_in_the_dashboard(httpserver, store, clock):
    page = {"lines": [CLAIM, DENIAL]}
    httpserver.expect_request("/huliaipole").respond_with_handler(lambda request: Response(
        PAGE.format(lines="".join(f"<p>{line}</p>" for line in page["lines"])),
        content_type="text/html; charset=utf-8"))
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item><guid>h1</guid>'
            f"<title>Huliaipole: the two sides</title><link>{httpserver.url_for('/huliaipole')}</link>"
            f"<pubDate>{email.utils.formatdate(NOW - 600, usegmt=True)}</pubDate>"
            "<description>This is a developing story.</description></item></channel></rss>")
    httpserver.expect_request("/feed").respond_with_data(feed, content_type="application/rss+xml")
    config = Config(feeds=[Feed("desk", httpserver.url_for("/feed"), "Front Desk", "intl")], views={},
                    watch=[], keys={}, allow_private_articles=True)

    def control():
        return next((c for c in store.claims() if c.id == "control:huliaipole"), None)

    app = WarfeedApp(config=config, store=store, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: control() is not None and control().status == "disputed", "the denial's dispute")
        await settle(pilot, app)
        # The page's next reading comes due, and it no longer carries the denial.
        page["lines"] = [CLAIM]
        clock.now += 16 * 60
        await pilot.press("r")
        await wait_until(pilot, lambda: control().status == "claimed", "the withdrawn denial")
        await settle(pilot, app)
        claim = control()
        assert [(s.stance, s.withdrawn) for s in claim.statements if s.withdrawn] == [("denial", clock.now)]
