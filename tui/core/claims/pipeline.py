"""Run statement extraction over stories and keep claims and story links up to date."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from tui.core.claims.gazetteer import Gazetteer
from tui.core.claims.gazetteer import resolve_place as _resolve
from tui.core.claims.statements import extract_statements
from tui.core.claims.tracker import claim_id, update_claims
from tui.core.models import CLAIM_STATUSES, Claim, iso


def resolve_place(name: str) -> str | None:
    """Any spelling of a place -> its canonical name, or None (for the filter's `place:`)."""
    return _resolve(name)


def story_text(store: Any, story: Any) -> str:
    """Everything a story says: title, summary, the feed's content and any saved article text."""
    parts = [story.title, story.summary]
    full = store.story(story.id, full=True) if hasattr(store, "content") else story
    if full is not None and full.content:
        parts.append(full.content)
    article = store.article(story.id)
    if article is not None and article.text:
        parts.append(article.text)
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def process_stories(store: Any, story_ids: Iterable[str], *, now: float | None = None) -> list[str]:
    """Extract statements from the stories, update claims and story links; changed claim ids."""
    now = time.time() if now is None else now
    gaz = Gazetteer.load()
    statements = []
    links: dict[str, tuple[list[str], list[str]]] = {}
    for sid in story_ids:
        story = store.story(sid)
        if story is None:
            continue
        text = story_text(store, story)
        found = extract_statements(text, story=story, gazetteer=gaz)
        statements.extend(found)
        places = list(dict.fromkeys(m.place.name for m in gaz.find(text) if not m.region))
        ids = list(dict.fromkeys(claim_id(s.event, s.place) for s in found if s.place))
        links[sid] = (places, ids)
    claims, changed = update_claims(store.claims(), statements, now=now)
    for sid, (places, ids) in links.items():
        store.set_story_claims(sid, places, ids)
    if changed:
        wanted = set(changed)
        store.save_claims([c for c in claims if c.id in wanted])
    return changed


def extract_document(text: str) -> dict[str, list[dict[str, Any]]]:
    """`warfeed claims extract --json`: {"statements": [...], "claims": [...]} for one text."""
    statements = extract_statements(text)
    claims, _ = update_claims([], statements, now=0.0)
    return {
        "statements": [s.to_json() for s in statements],
        "claims": [{**c.to_json(), "first_seen": None, "last_update": None} for c in claims],
    }


_RATING = {"confirmed": (5, "True"), "claimed": (3, "Unproven"), "unverified": (3, "Unverified"),
           "disputed": (2, "Disputed"), "refuted": (1, "False")}


def claimreview(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Claims as schema.org ClaimReview-shaped dicts (`warfeed export --format claimreview`)."""
    out = []
    for claim in claims:
        status = claim.status if claim.status in CLAIM_STATUSES else "claimed"
        value, label = _RATING[status]
        first = claim.statements[0] if claim.statements else None
        what = f"{'Control of' if claim.event == 'control' else claim.event.capitalize() + ' at'} {claim.place}"
        out.append({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": claim.id,
            "claimReviewed": first.sentence if first else what,
            "name": what,
            "datePublished": iso(claim.last_update),
            "author": {"@type": "Organization", "name": "warfeed (automatic status)" if not claim.verdict else "warfeed user"},
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                             "alternateName": label},
            "itemReviewed": {
                "@type": "Claim",
                "author": [{"@type": "Organization", "name": s.speaker or s.side} for s in claim.statements if s.stance == "claim"][:5],
                "datePublished": iso(first.published) if first and first.published else None,
                "appearance": [{"@type": "CreativeWork", "identifier": s.story_id, "text": s.sentence} for s in claim.statements][:20],
            },
            "reviewBody": claim.verdict_note or f"{len(claim.statements)} statements; status {status}.",
        })
    return out
