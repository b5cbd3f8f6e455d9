"""State the user must see: the poll in progress, the list's mode, a browser that is missing, the demo's dir."""

from __future__ import annotations

from dataclasses import replace

import argparse
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tui.cli import demo_keeps_data
from tui.core.config import Config
from tui.core.models import Feed
from tui.widgets.header import StatusHeader

from .conftest import Toasts, make_story, screen_text, settle, wait_until

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Gate</title>
<item><title>Gate story</title><link>http://127.0.0.1/gate/1</link><guid>gate-1</guid></item>
</channel></rss>"""


class GatedFeed:
    """A feed on 127.0.0.1 that answers only when the test opens the gate."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.gate = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                outer.arrived.set()
                outer.gate.wait(30)
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(FEED)))
                self.end_headers()
                self.wfile.write(FEED)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/feed.xml"

    def __enter__(self) -> GatedFeed:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.gate.set()
        self.server.shutdown()
        self.server.server_close()


def header_line(app) -> str:
    return screen_text(app).splitlines()[0]


async def test_header_says_polling_during_every_poll_and_never_off_at_start(make_app, clock):
    with GatedFeed() as feed:
        config = Config(feeds=[Feed("gate", feed.url, "Gate")], allow_private_articles=True)
        app = make_app(config=config)
        async with app.run_test(size=(120, 30)) as pilot:
            first = header_line(app)
            assert "polling off" not in first and "polling now…" in first
            await wait_until(pilot, feed.arrived.is_set, "the first request")
            await pilot.pause()
            assert "polling now…" in header_line(app)
            feed.gate.set()
            await wait_until(pilot, lambda: "next poll in" in header_line(app), "the first poll's end")
            # The second poll (r): the header says so for as long as it runs.
            feed.arrived.clear()
            feed.gate.clear()
            await pilot.press("r")
            await wait_until(pilot, feed.arrived.is_set, "the second request")
            for _ in range(5):
                await pilot.pause(0.05)
                assert "polling now…" in header_line(app) and "next poll in 0s" not in header_line(app)
            feed.gate.set()
            await wait_until(pilot, lambda: "next poll in" in header_line(app), "the second poll's end")


def test_a_due_poll_reads_polling_now_not_zero_seconds(clock):
    header = StatusHeader(clock=clock, polls=True)
    header.set_poll_state(polling=False, next_due=clock.now + 0.4)
    assert "polling now…" in header.status_text().plain
    header.set_poll_state(polling=False, next_due=clock.now + 90)
    assert "next poll in 1m" in header.status_text().plain
    assert "polling off" in StatusHeader(clock=clock, polls=False).status_text().plain


async def test_unread_only_shows_in_the_list_title(make_app):
    stories = [make_story(n) for n in range(6)]
    stories[0].read = True
    app = make_app(stories, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("u")
        await settle(pilot, app)
        assert "1 Stories · 5 of 6 · unread only" in screen_text(app)
        await pilot.press("u")
        await settle(pilot, app)
        assert "unread only" not in screen_text(app)


async def test_o_uses_the_configured_browser_command(make_app, config, tmp_path):
    opened = tmp_path / "opened.txt"
    script = f"import sys; open({str(opened)!r}, 'w').write(' '.join(sys.argv[1:]))"
    browser = f"{sys.executable} -c \"{script}\" --new-tab %u"
    app = make_app([make_story(0)], config=replace(config, browser=browser), poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("o")
        await settle(pilot, app)
        await wait_until(pilot, opened.exists, "the browser command")
        await wait_until(pilot, lambda: opened.read_text() != "", "the browser command's argv")
        assert opened.read_text() == "--new-tab https://news0.example/story/0"


async def test_a_link_full_of_shell_syntax_reaches_the_browser_as_one_argument(make_app, config, tmp_path,
                                                                               monkeypatch):
    # HARDENING 8: the link is one argv item; nothing in it is ever read by a shell.
    monkeypatch.chdir(tmp_path)  # where a shell would have run the touches
    opened = tmp_path / "opened.json"
    script = f"import json, sys; open({str(opened)!r}, 'w').write(json.dumps(sys.argv[1:]))"
    browser = f"{sys.executable} -c \"{script}\" %u"
    link = "https://news.example/a;touch$IFS'p1'|touch$IFS'p2'&&`touch$IFS'p3'`$(touch$IFS'p4')>p5"
    app = make_app([make_story(0, link=link)], config=replace(config, browser=browser), poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("o")
        await wait_until(pilot, lambda: opened.exists() and opened.read_text() != "", "the browser command's argv")
        assert json.loads(opened.read_text()) == [link]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("p")) == []


async def test_o_says_when_the_browser_cannot_start(make_app, config):
    app = make_app([make_story(0)], config=replace(config, browser="/nonexistent/browser %u"), poll=False)
    toasts = Toasts()
    async with app.run_test(size=(160, 50), message_hook=toasts) as pilot:
        await settle(pilot, app)
        await pilot.press("o")
        await settle(pilot, app)
        messages = [n.message for n in toasts]
        assert any("could not start" in m for m in messages), messages


def test_no_browser_at_all_is_said_in_one_sentence(tmp_path):
    env = {"PATH": str(tmp_path), "HOME": str(tmp_path), "PYTHONPATH": os.getcwd()}
    code = "from tui.app import open_url; print(open_url('https://a.example/x', None))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("No web browser found") and "browser =" in out.stdout


@pytest.mark.parametrize(("data_dir", "home", "keeps"), [(None, None, False), ("d", None, True), (None, "h", True)])
def test_the_demo_keeps_its_data_only_where_the_user_said(monkeypatch, data_dir, home, keeps):
    if home:
        monkeypatch.setenv("WARFEED_HOME", home)
    else:
        monkeypatch.delenv("WARFEED_HOME", raising=False)
    assert demo_keeps_data(argparse.Namespace(data_dir=data_dir)) is keeps


async def test_a_throwaway_demo_says_its_marks_are_not_kept(make_app):
    app = make_app([make_story(0)], poll=False)
    app.demo = object()
    app.demo_note = "marks not kept"
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, app)
        assert "DEMO marks not kept" in header_line(app)


def test_reader_times_name_their_zone(monkeypatch):
    import time

    from tui.widgets.reader import format_times

    monkeypatch.setenv("TZ", "Europe/Kyiv")
    time.tzset()
    try:
        assert format_times(1_763_630_000.0) == "2025-11-20 11:13 EET · 09:13 UTC"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    assert format_times(1_763_630_000.0) == "2025-11-20 09:13 UTC"
    monkeypatch.undo()
    time.tzset()
