"""The 'since you were away' digest from real stories, claims, feed health and the state file."""

from __future__ import annotations

from pathlib import Path

from tui.core.clusters import assign_clusters
from tui.core.digest import (
    AWAY_AFTER,
    DigestLog,
    DigestState,
    away_digest,
    build_digest,
    remember_close,
    save_close,
    side_group,
)
from tui.core.models import Claim, Feed, FeedHealth, Statement, Story
from tui.core.store import Store

from tests import factories
from tests.clock import Clock

NOW = 1_763_640_000.0  # 2025-11-20 12:00 UTC
HOUR = 3600.0
DAY_S = 86400.0
CLOSED = NOW - 8 * HOUR

FEEDS = [
    Feed("kyiv", "https://kyiv.example/rss", "Kyiv Independent", "ua-media"),
    Feed("tass", "https://tass.example/rss", "TASS", "ru-state"),
    Feed("isw", "https://isw.example/feed", "ISW", "analyst"),
    Feed("bbc", "https://bbc.example/rss", "BBC", "intl"),
]


def story(sid: str, feed: Feed, title: str, *, seen: float, published: float | None = None) -> Story:
    """A story of feed first seen at `seen`, published ten minutes before unless given."""
    return factories.story(feed=feed.id, id=sid, source=feed.title, side=feed.side, title=title,
                           link=f"https://{feed.id}.example/{sid.split(':')[1]}",
                           published=published or seen - 600, summary=title, fetched_at=seen)


def claim(cid: str, status: str, *, first_seen: float, last_update: float | None = None) -> Claim:
    event, place = cid.split(":")
    return Claim(id=cid, event=event, place=place.title(), status=status, first_seen=first_seen,
                 last_update=last_update or first_seen,
                 statements=[Statement(f"Forces said they took {place.title()}.", "MoD", "ru", "claim", event,
                                       place=place.title(), published=first_seen)])


def healthy(feed_id: str) -> FeedHealth:
    health = FeedHealth(feed_id, last_attempt=NOW - 60, last_success=NOW - 60, status=200)
    health.record_items([NOW - 600 - HOUR * n for n in range(20)])
    health.newest_item_at = NOW - 600
    return health


def test_side_groups_follow_the_filter_language():
    assert [side_group(s) for s in ("ua-official", "ua-media", "ru-state", "ru-independent", "intl", "analyst")] \
        == ["ua", "ua", "ru", "ru", "intl", "analyst"]


def test_digest_counts_stories_events_claims_and_sources():
    kyiv, tass, isw, _ = FEEDS
    stories = [
        story("kyiv:old", kyiv, "Seen before the close", seen=CLOSED - HOUR),
        story("kyiv:1", kyiv, "Strike on Odesa port", seen=NOW - HOUR),
        story("kyiv:2", kyiv, "Kupiansk denial", seen=NOW - 2 * HOUR),
        story("tass:1", tass, "Kupiansk taken, ministry says", seen=NOW - 2 * HOUR),
        story("tass:2", tass, "Sanctions comment", seen=NOW - 3 * HOUR),
        story("isw:1", isw, "Assessment", seen=NOW - 30),
    ]
    # One event reported by both sides, the rest their own.
    clusters = {"kyiv:2": "tass:1", "tass:1": "tass:1"}
    claims = [
        claim("control:kupiansk", "disputed", first_seen=CLOSED - 48 * HOUR, last_update=NOW - HOUR),
        claim("strike:odesa", "claimed", first_seen=CLOSED - 24 * HOUR),
        claim("control:pokrovsk", "confirmed", first_seen=CLOSED - 24 * HOUR, last_update=NOW - HOUR),
        claim("strike:kharkiv", "claimed", first_seen=NOW - HOUR),
        claim("control:bakhmut", "claimed", first_seen=CLOSED - 2 * HOUR),  # new? no: known at close
    ]
    failing = FeedHealth("tass", last_attempt=NOW - 60, consecutive_failures=2, status=503,
                         error="The server answered 503 Service Unavailable.")
    stale = FeedHealth("isw", last_attempt=NOW - 60, last_success=NOW - 60, status=200)
    stale.record_items([NOW - 12 * HOUR - HOUR * n for n in range(20)])
    health = {"kyiv": healthy("kyiv"), "tass": failing, "isw": stale, "bbc": healthy("bbc")}
    state = DigestState(
        closed_at=CLOSED,
        claim_status={"control:kupiansk": "claimed", "strike:odesa": "claimed", "control:pokrovsk": "disputed",
                      "control:bakhmut": "claimed"},
        feed_states={"kyiv": "ok", "tass": "failing", "isw": "ok", "bbc": "ok"},
    )
    digest = build_digest(stories=stories, claims=claims, feeds=FEEDS, health=health, state=state, now=NOW,
                          cluster_of=lambda sid: clusters.get(sid, sid))
    assert digest.since == CLOSED and digest.now == NOW
    assert digest.stories == {"ua": 2, "ru": 2, "analyst": 1} and digest.story_total == 5
    assert digest.clusters == {"ua": 2, "ru": 2, "analyst": 1}
    assert digest.cluster_total == 4  # the Kupiansk event counts once across the two sides
    assert digest.new_claims == 1
    assert [(c.claim_id, c.before, c.after) for c in digest.claim_changes] == [
        ("control:kupiansk", "claimed", "disputed"), ("control:pokrovsk", "disputed", "confirmed")]
    assert [(s.feed_id, s.state, s.new) for s in digest.sources] == [("tass", "failing", False),
                                                                     ("isw", "stale", True)]
    assert digest.sources[0].detail == "The server answered 503 Service Unavailable."
    assert digest.sources[1].detail == "nothing published for 12 h (usually every 1 h)"
    assert not digest.is_empty()


def test_nothing_since_the_close_is_an_empty_digest():
    kyiv = FEEDS[0]
    state = DigestState(closed_at=CLOSED, claim_status={"strike:odesa": "claimed"})
    digest = build_digest(stories=[story("kyiv:old", kyiv, "Old", seen=CLOSED - 1)],
                          claims=[claim("strike:odesa", "claimed", first_seen=CLOSED - HOUR)],
                          feeds=[kyiv], health={"kyiv": healthy("kyiv")}, state=state, now=NOW,
                          cluster_of=lambda sid: sid)
    assert digest.is_empty() and digest.story_total == 0 and digest.cluster_total == 0


def test_remember_close_keeps_what_the_next_digest_compares():
    state = DigestState(stale_alerted={"isw": NOW - DAY_S, "gone": NOW - DAY_S})
    failing = FeedHealth("tass", last_attempt=NOW, consecutive_failures=1, error="timeout")
    remember_close(state, now=NOW, claims=[claim("strike:odesa", "disputed", first_seen=NOW - HOUR)],
                   feeds=FEEDS, health={"tass": failing, "isw": healthy("isw")})
    assert state.closed_at == NOW
    assert state.claim_status == {"strike:odesa": "disputed"}
    assert state.feed_states == {"tass": "failing", "isw": "ok"}
    assert state.stale_alerted == {"isw": NOW - DAY_S}  # a removed feed's period is forgotten



# --- through a real store, cluster index and state file ------------------------------------


def test_away_digest_from_the_data_dir(tmp_path: Path):
    data = tmp_path / "data"
    kyiv, tass, isw, _ = FEEDS
    clock = Clock(CLOSED - HOUR)
    store = Store.open(data, clock=clock)
    try:
        store.ingest([story("kyiv:old", kyiv, "Night shelling of Kharkiv", seen=clock.now)],
                     health=[healthy(f.id) for f in FEEDS])
        store.save_claims([claim("control:kupiansk", "claimed", first_seen=clock.now)])
        log = DigestLog(data)
        assert away_digest(store, FEEDS, log, clock.now) is None  # never closed: first run
        clock.now = CLOSED
        save_close(store, FEEDS, log, CLOSED)
        assert away_digest(store, FEEDS, log, CLOSED + AWAY_AFTER - 1) is None  # back too soon
        assert away_digest(store, FEEDS, log, NOW) is None  # away, but nothing happened

        clock.now = NOW - HOUR
        arrived = [
            story("tass:1", tass, "Russian forces take control of Kupiansk, Defence Ministry says",
                  seen=NOW - HOUR, published=NOW - HOUR - 300),
            story("kyiv:1", kyiv, "General Staff denies Russian claim that Kupiansk has fallen",
                  seen=NOW - HOUR, published=NOW - HOUR - 120),
            story("isw:1", isw, "Assessment of the front, November 20", seen=NOW - HOUR),
        ]
        store.ingest(arrived)
        for item in arrived:
            store.set_story_claims(item.id, ["Kupiansk"], ["control:kupiansk"] if "Kupiansk" in item.title else [])
        assign_clusters(store, [s.id for s in arrived], now=NOW)
        store.save_claims([claim("control:kupiansk", "disputed", first_seen=CLOSED - HOUR, last_update=NOW - HOUR)])
        digest = away_digest(store, FEEDS, DigestLog(data), NOW)
        assert digest is not None
        assert digest.stories == {"ru": 1, "ua": 1, "analyst": 1}
        assert [(c.claim_id, c.before, c.after) for c in digest.claim_changes] == [
            ("control:kupiansk", "claimed", "disputed")]
        # The Russian claim and the Ukrainian denial are one event in the cluster index.
        assert digest.clusters == {"ru": 1, "ua": 1, "analyst": 1} and digest.cluster_total == 2
    finally:
        store.close()


def test_keep_since_leaves_an_unseen_digest_for_next_time(tmp_path: Path):
    store = Store.open(tmp_path / "data", clock=lambda: NOW)
    try:
        log = DigestLog(tmp_path / "data")
        save_close(store, FEEDS, log, CLOSED)
        save_close(store, FEEDS, log, NOW, keep_since=True)
        assert DigestLog(tmp_path / "data").state().closed_at == CLOSED
        save_close(store, FEEDS, log, NOW)
        assert DigestLog(tmp_path / "data").state().closed_at == NOW
    finally:
        store.close()
