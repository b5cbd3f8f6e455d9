"""The claims pipeline against a real Store in a temp dir: claims saved, stories linked, reload."""

from tui.core.claims.pipeline import process_stories, resolve_place
from tui.core.models import Article, Story
from tui.core.store import Store

from tests.factories import story


def _story(sid: str, side: str, title: str, **fields) -> Story:
    """A story whose feed and source are the outlet named before the colon of sid."""
    outlet = sid.split(":")[0]
    return story(feed=outlet, **{"id": sid, "source": outlet, "side": side, "title": title,
                                 "published": 1_700_000_000.0, "fetched_at": 1_700_000_000.0, **fields})


def test_process_stories_saves_claims_and_links_stories(tmp_path):
    store = Store.open(tmp_path, clock=lambda: 1_700_000_100.0)
    try:
        store.ingest([
            _story("tass:1", "ru-state", "Russia says Kupiansk taken",
                   summary="Russia's Defense Ministry said its forces had taken full control of Kupiansk."),
            _story("kyivind:1", "ua-media", "General Staff: Kupiansk holds",
                   content="Ukraine's General Staff said Kupiansk remains under the control of Ukraine's Defense Forces.",
                   published=1_700_000_050.0),
            _story("bbc:1", "intl", "Aid reaches Kharkiv", summary="Volunteers brought generators to Kharkiv."),
        ])
        store.save_article("bbc:1", Article(url="https://example.org/a", text="Russian drones struck Kharkiv overnight, Syniehubov said."))
        changed = process_stories(store, ["tass:1", "kyivind:1", "bbc:1"], now=1_700_000_200.0)
        assert sorted(changed) == ["control:kupiansk", "strike:kharkiv"]
        assert process_stories(store, ["tass:1", "kyivind:1", "bbc:1"], now=1_700_000_300.0) == []
        assert store.story("tass:1").claim_ids == ["control:kupiansk"]
        assert store.story("bbc:1").places == ["Kharkiv"]
        store.flush()
    finally:
        store.close()
    reopened = Store.open(tmp_path)
    try:
        claims = {c.id: c for c in reopened.claims()}
        kupiansk = claims["control:kupiansk"]
        assert kupiansk.status == "disputed"
        assert {s.story_id for s in kupiansk.statements} == {"tass:1", "kyivind:1"}
        # The claim's times are its stories' publication times, not the time of processing.
        assert (kupiansk.first_seen, kupiansk.last_update) == (1_700_000_000.0, 1_700_000_050.0)
        assert reopened.story("kyivind:1").places == ["Kupiansk"]
    finally:
        reopened.close()


def test_resolve_place_for_the_filter_language():
    assert resolve_place("Kupyansk") == resolve_place("Куп'янськ") == "Kupiansk"
    assert resolve_place("not a place") is None
