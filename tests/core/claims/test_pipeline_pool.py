"""The pooled claims pipeline gives exactly what the in-process one gives, and falls back when it must."""

from dataclasses import asdict
from pathlib import Path

import pytest

from tui.core.claims import pipeline, statements
from tui.core.claims.pipeline import extract_in_pool, extract_items, process_stories
from tui.core.claims.statements import extract_statements
from tui.core.models import Story
from tui.core.store import Store

LABELLED = Path(__file__).resolve().parents[2] / "claims_data" / "labelled.txt"
SIDES = ["ru-state", "ua-official", "ua-media", "intl", "analyst", "ru-independent"]
CLOCK = 1_700_000_000.0


def _sentences() -> list[str]:
    lines = LABELLED.read_text(encoding="utf-8").splitlines()
    return [line.split(" :: ", 1)[1] for line in lines if " :: " in line and not line.startswith("#")]


def _stories(n: int) -> list[Story]:
    """n stories of three labelled sentences each, spread over sides, feeds and publication times."""
    sentences = _sentences()
    out = []
    for i in range(n):
        side = SIDES[i % len(SIDES)]
        feed = f"feed{i % 7}"
        picked = [sentences[(i * 5 + k * 31) % len(sentences)] for k in range(3)]
        out.append(Story(id=f"{feed}:{i}", feed_id=feed, source=feed, side=side, title=picked[0][:60],
                         summary=picked[1], content=" ".join(picked[1:]),
                         published=CLOCK + 60.0 * (i % 97), fetched_at=CLOCK))
    return out


def _run(tmp_path: Path, stories: list[Story], **kwargs) -> tuple[list[str], dict, dict]:
    """process_stories on a fresh store: (changed ids, claims by id, (places, claim ids) by story)."""
    store = Store.open(tmp_path, clock=lambda: CLOCK)
    try:
        store.ingest(stories)
        changed = process_stories(store, [s.id for s in stories], now=CLOCK + 10_000, **kwargs)
        claims = {c.id: asdict(c) for c in store.claims()}
        links = {s.id: (store.story(s.id).places, store.story(s.id).claim_ids) for s in stories}
    finally:
        store.close()
    return changed, claims, links


def test_pooled_and_in_process_paths_give_identical_claims_and_links(tmp_path):
    stories = _stories(300)
    in_process = _run(tmp_path / "a", stories, pool_min=10**9)
    pooled = _run(tmp_path / "b", stories, pool_min=0, chunk=40)
    changed, claims, links = in_process
    assert len(claims) > 20 and sum(1 for _, ids in links.values() if ids) > 100  # the data says something
    assert pooled == in_process


def test_pool_really_runs_and_matches_extract_items(tmp_path):
    stories = _stories(60)
    store = Store.open(tmp_path, clock=lambda: CLOCK)
    try:
        store.ingest(stories)
        stored = [store.story(s.id) for s in stories]
        items = [pipeline.story_item(s, pipeline.story_text(store, s)) for s in stored]
        # The small ref sent to workers stands in for the whole story without changing a statement.
        direct = [extract_statements(text, story=store.story(ref.id)) for ref, text in items]
    finally:
        store.close()
    pooled = extract_in_pool([items[:25], items[25:50], items[50:]])
    assert pooled is not None
    assert pooled == extract_items(items)
    assert [found for found, _ in pooled] == direct
    assert sum(map(len, direct)) > 20


def test_pool_that_cannot_start_falls_back_in_process(tmp_path, monkeypatch):
    stories = _stories(30)
    expected = _run(tmp_path / "a", stories, pool_min=10**9)

    def cannot_start(*args, **kwargs):
        raise OSError("no processes allowed here")

    # No real system refuses to start processes on demand, so the executor is replaced.
    monkeypatch.setattr(pipeline, "start_pool", cannot_start)
    assert extract_in_pool([[]]) is None
    assert _run(tmp_path / "b", stories, pool_min=0, chunk=7) == expected


def test_few_stories_never_start_a_pool(tmp_path, monkeypatch):
    def no_pool(*args, **kwargs):
        pytest.fail("a pool was started for a handful of stories")

    monkeypatch.setattr(pipeline, "start_pool", no_pool)
    changed, claims, _ = _run(tmp_path, _stories(12))
    assert changed and sorted(changed) == sorted(claims)


def test_a_story_that_trips_a_rule_costs_only_its_own_claims(monkeypatch):
    # A rule that raises on one story's text (a bug, as a region with no town once raised in a
    # hedge): that story gets no statements, every other story its own.
    stories = _stories(3)
    items = [pipeline.story_item(s, pipeline.join_text(s.title, s.summary, s.content)) for s in stories]
    original = statements.extract_with_places

    def tripping(text, *, story=None, gazetteer=None):
        if story is not None and story.id == stories[1].id:
            raise AttributeError("a rule's bug")
        return original(text, story=story, gazetteer=gazetteer)

    monkeypatch.setattr(statements, "extract_with_places", tripping)
    found = extract_items(items)
    assert found[1] == ([], [])
    assert found[0] == original(items[0][1], story=items[0][0]) and found[0][0]
    assert found[2] == original(items[2][1], story=items[2][0])
