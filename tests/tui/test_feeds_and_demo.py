"""Feeds modal changes reach config.toml and the poller; the demo polls on a seconds scale."""

from __future__ import annotations

import json

from tui.app import DEMO_INTERVAL, WarfeedApp
from tui.core.config import Config, load_config
from tui.core.demo import DemoServer
from tui.core.models import Feed, FeedHealth
from tui.core.feeds import FeedChange, apply_changes
from tui.screens.feeds import FeedsScreen

from .conftest import Toasts, make_story, settle

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="Front Watch" xmlUrl="https://frontwatch.example/rss" side="analyst"/>
  <outline text="Runs a command" xmlUrl="exec:rm -rf ~"/>
</body></opml>
"""


def config_file(tmp_path) -> Config:
    config = Config(feeds=[Feed("alpha", "https://alpha.example/rss", "Alpha", "intl"),
                           Feed("beta", "https://beta.example/rss", "Beta", "ru-state")],
                    path=tmp_path / "config.toml")
    return config


def test_add_remove_import_and_moved_url_are_saved(tmp_path):
    config = config_file(tmp_path)
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    changes = [FeedChange("add", url="https://www.gamma.example/feed", side="ua-media"),
               FeedChange("remove", feed_id="beta"),
               FeedChange("import", path=str(opml)),
               FeedChange("add", url="javascript:alert(1)", side="intl")]
    health = {"alpha": FeedHealth("alpha", moved_to="https://alpha.example/new-rss")}
    result = apply_changes(config, changes, health)
    assert (result.added, result.removed, result.moved, result.saved) == (2, 1, 1, True)
    assert any("command" in w for w in result.warnings) and any("javascript" in w for w in result.warnings)
    saved = load_config(config.path, create=False)
    assert [(f.id, f.url, f.side) for f in saved.feeds] == [
        ("alpha", "https://alpha.example/new-rss", "intl"),
        ("gamma-example", "https://www.gamma.example/feed", "ua-media"),
        ("front-watch", "https://frontwatch.example/rss", "analyst"),
    ]
    assert "saved to the config" in result.summary


def test_unreadable_opml_is_one_sentence_and_changes_nothing_else(tmp_path):
    config = config_file(tmp_path)
    result = apply_changes(config, [FeedChange("import", path=str(tmp_path / "missing.opml"))], {})
    assert result.added == 0 and [f.id for f in result.feeds] == ["alpha", "beta"]
    assert result.warnings[0].startswith("Could not read") and result.warnings[0].endswith(".")


async def test_feeds_modal_apply_saves_config_and_updates_the_app(tmp_path, store, clock):
    config = config_file(tmp_path)
    app = WarfeedApp(config=config, store=store, clock=clock, poll=False)
    toasts = Toasts()
    async with app.run_test(message_hook=toasts, size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("f")
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, FeedsScreen)
        screen.add_url("https://delta.example/rss", "analyst")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert [f.id for f in app.config.feeds] == ["alpha", "beta", "delta-example"]
        assert [f.id for f in load_config(config.path, create=False).feeds] == ["alpha", "beta", "delta-example"]
        assert any("1 added" in n.message for n in toasts)


async def test_poll_switch_off_never_polls(make_app, store):
    app = make_app([make_story(0)], poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("r")
        await settle(pilot, app)
        assert store.health() == {}


async def test_demo_poller_comes_back_within_seconds_and_real_feeds_keep_the_floor(store, clock):
    with DemoServer(publish_every=None) as server:
        config = Config(feeds=server.feeds(), allow_private_articles=True)
        demo_app = WarfeedApp(config=config, store=store, demo=server, clock=clock, poll=False)
        try:
            poller = await demo_app.service.poller()
            assert all(feed.interval == DEMO_INTERVAL for feed in poller.feeds)
            report = await poller.poll()
            assert any(r.outcome == "ok" for r in report.results)
            # Even with the server's max-age of 30 s, the next poll is ~10 s away (plus jitter).
            ok = [r for r in report.results if r.outcome == "ok"]
            assert all(clock.now + DEMO_INTERVAL <= r.next_poll_at <= clock.now + DEMO_INTERVAL * 1.2 for r in ok)
            real_app = WarfeedApp(config=Config(feeds=[Feed("a", "https://a.example/rss")]), store=store, clock=clock)
            try:
                assert (await real_app.service.poller()).min_interval >= 300
            finally:
                await real_app.service.aclose()
        finally:
            await demo_app.service.aclose()


async def test_a_live_cycle_links_stories_and_tracks_claims_from_the_parse_workers(store, clock):
    """The dashboard's cycle extracts claims beside parsing; the merge after it reuses them."""
    with DemoServer(publish_every=None) as server:
        config = Config(feeds=server.feeds(), allow_private_articles=True)
        app = WarfeedApp(config=config, store=store, demo=server, clock=clock)
        async with app.run_test(size=(160, 50)) as pilot:
            for _ in range(200):  # the first cycle starts after the first frame
                await settle(pilot, app)
                claims = {c.id: c for c in store.claims()}
                if "control:kupiansk" in claims:
                    break
            kupiansk = claims["control:kupiansk"]
            assert {s.side for s in kupiansk.statements} >= {"ru", "ua"}
            # The analysts' footage is independent evidence against the capture (CLAIMS_GUIDE).
            assert kupiansk.status == "refuted"
            linked = [s for s in store.stories() if "control:kupiansk" in s.claim_ids]
            assert {s.id for s in linked} == {s.story_id for s in kupiansk.statements}
    # Every link is on disk, in marks.json beside the marks.
    store.flush()
    on_disk = json.loads((store.data_dir / "marks.json").read_text())["marks"].values()
    assert {d["id"] for d in on_disk if d.get("claim_ids")} == {
        s.id for s in store.stories() if s.claim_ids}
