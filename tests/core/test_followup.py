"""Following developing stories: who is followed, the decaying schedule, and polite refetches."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson

from tests import factories
from tests.clock import Clock
from tui.core import followup
from tui.core.fetch import Fetcher
from tui.core.followup import (
    FollowUps,
    follow_after_poll,
    follow_up,
    load_follows,
    save_follows,
    says_developing,
    should_follow,
)
from tui.core.models import Story
from tui.core.store import Store
from tui.core.versions import VersionLog

T0 = 1_763_600_000.0
MINUTE, HOUR = 60.0, 3600.0




def story(n=1, **fields) -> Story:
    """A Kyiv outlet's report of a strike, with a link to follow."""
    return factories.story(n, feed="kyiv", **{"id": f"kyiv:{n}", "side": "ua-media", "title": "Strike on Kharkiv",
                                              "summary": "Drones hit the city overnight.",
                                              "link": "https://e.org/a", "published": T0, **fields})


def test_who_is_followed():
    assert says_developing("This is a developing story and will be updated.")
    assert says_developing("Новина оновлюється")
    assert says_developing("Информация обновляется")
    assert says_developing("The article was updated with comments from the mayor.")
    assert not says_developing("Drones hit the city overnight. The mayor updated residents at noon.")
    assert should_follow(story(summary="Live updates from Kharkiv"))
    assert should_follow(story(revision=1))
    assert not should_follow(story())
    assert not should_follow(story(revision=1, link=""))  # nothing to fetch
    assert should_follow(story(content="<p>Матеріал доповнюється.</p>"))


def run_schedule(followups, clock, story_id, until):
    """Fetch each time one is due, minute by minute, never changed; returns the fetch times."""
    times = []
    while clock.now < until:
        for follow in followups.due():
            assert follow.story_id == story_id
            times.append(clock.now - T0)
            followups.record(story_id, changed=False)
        clock.now += MINUTE
    return times


def test_every_phrase_of_a_developing_story_passes_the_quick_check_in_any_case():
    from tui.core.followup import DEVELOPING

    # One example per alternative of the pattern, as written and in capitals: the stems that
    # let most text skip the scan must never hide a phrase the scan would find.
    phrases = ["This is a developing story", "A developing story", "this story is developing",
               "This page will be updated", "The article is being updated", "updated with video",
               "Live update", "live updates", "Стрічка оновлюється", "Текст буде оновлюватися",
               "Новина доповнюється", "Матеріал доповнюється", "Лента обновляется",
               "Текст будет обновляться", "Новость дополняется", "Материал дополняется"]
    for phrase in phrases + [p.upper() for p in phrases]:
        assert DEVELOPING.search(phrase), phrase
        assert says_developing("Drones hit the port overnight.", f"{phrase}."), phrase


def test_every_15_minutes_for_3_hours_then_hourly_for_a_day_then_no_more():
    clock = Clock(T0)
    followups = FollowUps(clock)
    assert followups.consider([story(summary="This is a developing story."), story(2)]) == ["kyiv:1"]
    assert followups.consider([story(summary="This is a developing story.")]) == []  # never twice
    times = run_schedule(followups, clock, "kyiv:1", T0 + 3 * 24 * HOUR)
    # At once (the page as first read), then every 15 minutes for 3 hours, hourly for a day.
    assert times[:13] == [15 * MINUTE * k for k in range(0, 13)]
    assert times[13:] == [3 * HOUR + HOUR * k for k in range(1, 25)]
    assert followups.follows["kyiv:1"].next_at is None and followups.due() == []


def test_only_fresh_stories_are_followed_and_a_first_poll_starts_a_bounded_number_newest_first():
    clock = Clock(T0 + 2 * 24 * HOUR)
    followups = FollowUps(clock)
    developing = "This is a developing story."
    assert followups.consider([story(summary=developing)]) == []  # two days old: not followed
    many = [replace(story(n, summary=developing), published=clock.now - n * MINUTE)
            for n in range(1, 2 * followup.MAX_NEW_FOLLOWS + 1)]
    started = followups.consider(reversed(many))
    assert started == [s.id for s in many[: followup.MAX_NEW_FOLLOWS]]
    # The rest are still followed if a later poll brings them while they are fresh.
    assert followups.consider(many) == [s.id for s in many[followup.MAX_NEW_FOLLOWS:]]


def test_a_change_starts_the_close_following_again():
    clock = Clock(T0)
    followups = FollowUps(clock)
    followups.consider([story(revision=1)])
    followups.record("kyiv:1", changed=False)
    clock.now = T0 + 5 * HOUR
    [due] = followups.due()
    assert followups.record(due.story_id, changed=True, etag='"v2"').next_at == clock.now + 15 * MINUTE
    assert followups.follows["kyiv:1"].etag == '"v2"' and followups.follows["kyiv:1"].changes == 1


def test_the_schedule_is_kept_in_the_data_dir(tmp_path):
    clock = Clock(T0)
    followups = FollowUps(clock)
    followups.consider([story(revision=1), story(2, summary="Updated with a statement.")])
    followups.record("kyiv:1", changed=False, etag='"a"', last_modified="Sat, 05 Dec 2026 08:00:00 GMT")
    save_follows(tmp_path, followups)
    again = load_follows(tmp_path, clock)
    assert again.follows == followups.follows
    assert load_follows(tmp_path / "empty", clock).follows == {}


PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>Russian drones struck Kharkiv overnight, damaging homes in two districts of the city.</p>
<p>{line}</p>
<p>Emergency crews worked through the night to put out the fires and clear the rubble.</p>
</article></body></html>"""


class PageServer:
    """Serves one article page with an ETag; answers 304 when the client sends it back."""

    def __init__(self):
        self.version = 1
        self.requests: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.requests.append(dict(self.headers))
                etag = f'"v{outer.version}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                line = ("The regional governor said four people were injured."
                        if outer.version == 1 else
                        "The regional governor said seven people were injured, two of them children.")
                body = PAGE.format(title="Drones strike Kharkiv", line=line).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/kharkiv"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_followed_pages_are_fetched_conditionally_and_a_change_is_an_article_version(tmp_path):
    server = PageServer()
    clock = Clock(T0)
    try:
        with Store.open(tmp_path, clock=clock, flush_interval=0.05) as store:
            developing = story(link=server.url, summary="This is a developing story.")
            store.ingest([developing])
            followups = FollowUps(clock)
            followups.consider([developing])

            async def passes():
                changed = []
                async with Fetcher(clock=clock) as fetcher:
                    for minutes, version in ((0, 1), (15, 1), (30, 2), (35, 2), (45, 2)):
                        clock.now = T0 + minutes * MINUTE
                        server.version = version
                        changed.append(await follow_up(store, fetcher, followups, allow_private=True))
                return changed

            changed = asyncio.run(passes())
            assert store.article("kyiv:1") is not None
            assert "seven people" in store.article("kyiv:1").text
        # 0: first reading (no version yet); 15: 304; 30: the page changed; 35: not due; 45: 304.
        assert changed == [[], [], ["kyiv:1"], [], []]
        assert len(server.requests) == 4
        assert "If-None-Match" not in server.requests[0]
        assert [r.get("If-None-Match") for r in server.requests[1:]] == ['"v1"', '"v1"', '"v2"']
        follow = followups.follows["kyiv:1"]
        assert follow.fetches == 4 and follow.changes == 1 and follow.next_at == T0 + 60 * MINUTE
        log = VersionLog.open(tmp_path)
        try:
            articles = log.versions("kyiv:1", kind="article")
        finally:
            log.close()
        assert [v.seen_at for v in articles] == [T0, T0 + 30 * MINUTE]
        # warfeed diff shows the page's versions beside the feed item's.
        from tests.test_cli import warfeed

        document = orjson.loads(warfeed("diff", "kyiv:1", "--json", data_dir=tmp_path).stdout)
        assert document["changes"] == [] and len(document["article"]["versions"]) == 2
        [change] = document["article"]["changes"]
        assert change["added"] == ["The regional governor said seven people were injured, two of them children."]
        assert change["removed"] == ["The regional governor said four people were injured."]
        assert change["numbers"] == [{"from": "four", "to": "seven"}]
    finally:
        server.close()


def test_an_article_address_the_policy_refuses_is_not_fetched(tmp_path):
    server = PageServer()
    clock = Clock(T0)
    try:
        with Store.open(tmp_path, clock=clock, flush_interval=0.05) as store:
            followups = FollowUps(clock)
            followups.consider([story(link=server.url, revision=1)])

            async def once():
                async with Fetcher(clock=clock) as fetcher:
                    return await follow_up(store, fetcher, followups)  # articles: public addresses only

            assert asyncio.run(once()) == []
            assert store.article("kyiv:1") is None
        assert server.requests == []
        assert followups.follows["kyiv:1"].next_at == T0 + 15 * MINUTE  # tried again later, politely
    finally:
        server.close()


def test_a_story_that_says_it_is_developing_only_in_its_content_is_followed_after_a_poll(tmp_path):
    server = PageServer()
    clock = Clock(T0)
    try:
        with Store.open(tmp_path, clock=clock, flush_interval=0.05) as store:
            quiet = story(link=server.url, content="<p>Drones hit the city. This story is being updated.</p>")
            store.ingest([quiet, story(2, link=server.url + "/other", content="<p>Drones hit the city.</p>")])
            assert store.story(quiet.id).content == ""  # the store keeps content out of its stories

            async def after_poll():
                async with Fetcher(clock=clock) as fetcher:
                    return await follow_after_poll(store, fetcher, [quiet.id, "kyiv:2"], clock=clock,
                                                   allow_private=True)

            assert asyncio.run(after_poll()) == [quiet.id]
            assert len(server.requests) == 1
            assert list(load_follows(tmp_path, clock).follows) == [quiet.id]
    finally:
        server.close()


class ArticleReads:
    """A real store that counts how often a saved article is read back."""

    def __init__(self, store):
        self.store, self.reads = store, 0

    def article(self, story_id):
        self.reads += 1
        return self.store.article(story_id)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_followed_page_is_compared_with_the_page_it_last_read_not_read_back_each_time(tmp_path):
    server = PageServer()
    clock = Clock(T0)
    try:
        with Store.open(tmp_path, clock=clock, flush_interval=0.05) as real:
            store = ArticleReads(real)
            followups = FollowUps(clock)
            followups.consider([story(link=server.url, revision=1)])

            async def passes():
                changed = []
                async with Fetcher(clock=clock) as fetcher:
                    for minutes, version in ((0, 1), (15, 2), (30, 3)):
                        clock.now = T0 + minutes * MINUTE
                        server.version = version
                        changed.append(await follow_up(store, fetcher, followups, allow_private=True))
                return changed

            # Versions 2 and 3 have the same words under a new ETag: fetched, not a change.
            assert asyncio.run(passes()) == [[], ["kyiv:1"], []]
            assert store.reads == 1  # only before the first reading, for a page saved earlier
            assert followups.follows["kyiv:1"].page_hash is not None
    finally:
        server.close()
