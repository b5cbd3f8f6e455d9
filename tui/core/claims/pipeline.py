"""Run statement extraction over stories and keep claims and story links up to date."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple, Protocol

from tui.core.claims.gazetteer import Gazetteer
from tui.core.claims.gazetteer import resolve_place as _resolve
from tui.core.claims.tracker import CONFIDENT, claim_id, stands, update_claims
from tui.core.models import CLAIM_STATUSES, Article, Claim, Statement, Story, iso
from tui.core.sanitize import clean_text
from tui.core.workers import CLAIMS_PRELOAD, quiet_worker, start_pool

POOL_MIN_STORIES = 200
"""Below this many stories extraction runs in-process: a pool's start costs more than it saves."""
POOL_WORKERS = 2
POOL_CHUNK = 250
"""Stories per worker task: big enough that pickling and dispatch stay small beside extraction."""


class StoryRef(NamedTuple):
    """The parts of a story that extraction reads besides its text (picklable for a worker)."""

    id: str
    side: str
    source: str
    published: float | None


Item = tuple[StoryRef, str]
"""One story to extract from: its ref and its full text."""
Extracted = tuple[list[Statement], list[str]]
"""One story's statements and the (non-region) places its text names."""
Precomputed = Mapping[str, tuple[bytes, Extracted, *tuple[object, ...]]]
"""Story id -> (digest of what extraction read, its result, ...): extraction done ahead in a
poll's workers, used only while the stored story still reads exactly the same; anything after
the first two is other work on the story (ExtractClaims adds cluster features)."""


class ClaimsStore(Protocol):
    """What the pipeline reads and writes of a store (tui.core.store.Store is one)."""

    def story(self, story_id: str, *, full: bool = False) -> Story | None:
        """One story by id."""

    def content(self, story_id: str) -> str:
        """The feed's content of a story."""

    def article(self, story_id: str) -> Article | None:
        """The article saved for a story, if any."""

    def claims(self) -> list[Claim]:
        """Every tracked claim."""

    def set_story_claims(self, story_id: str, places: Iterable[str], claim_ids: Iterable[str]) -> None:
        """Record the places and claims a story carries."""

    def save_claims(self, claims: Iterable[Claim]) -> None:
        """Insert or replace claims by id."""


def resolve_place(name: str) -> str | None:
    """Any spelling of a place -> its canonical name, or None (for the filter's `place:`)."""
    return _resolve(name)


def story_text(store: ClaimsStore, story: Story) -> str:
    """Everything a story says: title, summary, the feed's content and any saved article text."""
    # The content straight from the store: a full copy of the story would cost more than the text.
    content = store.content(story.id)
    article = store.article(story.id)
    return join_text(story.title, story.summary, content, article.text if article is not None else "")


def join_text(*parts: str) -> str:
    """The text extraction reads: the non-blank parts, stripped, a blank line apart."""
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def item_digest(ref: StoryRef, text: str) -> bytes:
    """A fingerprint of everything extraction reads for one story (its ref and its text)."""
    key = f"{ref.id}\0{ref.side}\0{ref.source}\0{ref.published!r}\0{text}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def story_item(story: Story, text: str) -> Item:
    """The (ref, text) pair extraction takes for one story."""
    return StoryRef(story.id, story.side, story.source, story.published), text


def extract_feed_text(stories: Iterable[Story]) -> dict[str, tuple[bytes, Extracted]]:
    """Extraction for a poll's new stories (ExtractClaims, in the workers after the cycle).

    A new story has no saved article yet, so its text is title, summary and content; the
    digest lets process_stories check that the stored story still reads exactly that.
    """
    items = [story_item(s, join_text(s.title, s.summary, s.content)) for s in stories]
    return {ref.id: (item_digest(ref, text), found)
            for (ref, text), found in zip(items, extract_items(items), strict=True)}


def story_links(found: Sequence[Statement], places: list[str]) -> tuple[list[str], list[str]]:
    """A story's places and the ids of the claims its statements belong to."""
    return places, list(dict.fromkeys(claim_id(s.event, s.place) for s in found if s.place))


def extract_items(items: Sequence[Item]) -> list[Extracted]:
    """Statements and places of each story, in order (pure CPU; runs in a worker or in-process)."""
    # Imported here: compiling the statement patterns is slow, and a poll whose
    # workers already extracted everything never needs them in the parent.
    from tui.core.claims.statements import extract_with_places

    gaz = Gazetteer.load()
    out: list[Extracted] = []
    for ref, text in items:
        try:
            out.append(extract_with_places(text, story=ref, gazetteer=gaz))
        except Exception:  # noqa: BLE001 - a text that trips a rule costs its own story its claims, not the poll's
            out.append(([], []))  # (the story itself is stored; it is read again when it next changes)
    return out


def worker_setup() -> None:
    """A claims worker: quiet, and the gazetteer loaded before the first task."""
    quiet_worker()
    Gazetteer.load()


def extract_in_pool(chunks: Iterable[Sequence[Item]], *, workers: int = POOL_WORKERS) -> list[Extracted] | None:
    """extract_items over chunks in worker processes, results in order; None if the pool cannot run."""
    try:
        with start_pool(workers, CLAIMS_PRELOAD, worker_setup) as pool:
            # Chunks are submitted as they come, so workers extract while the caller reads the store.
            futures = [pool.submit(extract_items, chunk) for chunk in chunks]
            return [found for future in futures for found in future.result()]
    except (BrokenProcessPool, OSError, RuntimeError, ValueError):
        # A killed worker or a system that cannot start processes: the caller extracts in-process.
        return None


def _read_items(store: ClaimsStore, story_ids: Iterable[str]) -> Iterable[Item]:
    for sid in story_ids:
        story = store.story(sid)
        if story is not None:
            yield story_item(story, story_text(store, story))


def _reuse(store: ClaimsStore, ids: list[str], precomputed: Precomputed) -> tuple[dict[str, Extracted], list[str]]:
    """Precomputed results that still match the stored stories, and the ids left to extract."""
    ready: dict[str, Extracted] = {}
    todo: list[str] = []
    for sid in ids:
        done = precomputed.get(sid)
        if done is None:
            todo.append(sid)  # read once, by _read_items (which skips a story no longer stored)
            continue
        story = store.story(sid)
        if story is None:
            continue
        ref, text = story_item(story, story_text(store, story))
        if done[0] == item_digest(ref, text):
            ready[sid] = done[1]
            continue
        todo.append(sid)
    return ready, todo


def _chunked(items: Iterable[Item], size: int, into: list[Item]) -> Iterable[list[Item]]:
    """Chunks of `size` items, every item also kept in `into` (for an in-process retry)."""
    chunk: list[Item] = []
    for item in items:
        into.append(item)
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process_stories(store: ClaimsStore, story_ids: Iterable[str], *, now: float | None = None,
                    pool_min: int = POOL_MIN_STORIES, chunk: int = POOL_CHUNK,
                    precomputed: Precomputed | None = None) -> list[str]:
    """Extract statements from the stories, update claims and story links; changed claim ids.

    `precomputed` (from `extract_feed_text`) is used for every story whose stored text and ref
    still match its digest; the rest are extracted here, so the result is the same either way.
    """
    now = time.time() if now is None else now
    order = list(story_ids)
    ready: dict[str, Extracted] = {}
    ids = order
    if precomputed:
        ready, ids = _reuse(store, order, precomputed)
    items: list[Item] = []
    results = None
    if len(ids) >= pool_min:
        results = extract_in_pool(_chunked(_read_items(store, ids), chunk, items))
        if results is None:
            items = list(_read_items(store, ids))  # the pool may have stopped before reading them all
    else:
        items.extend(_read_items(store, ids))
    if results is None:
        results = extract_items(items) if items else []
    ready.update((ref.id, found) for (ref, _text), found in zip(items, results, strict=True))
    statements: list[Statement] = []
    links: dict[str, tuple[list[str], list[str]]] = {}
    # In the callers' order, whichever way each story was extracted: the tracker keeps
    # statements (and new claims) in the order it meets them.
    for sid in order:
        if sid not in ready or sid in links:
            continue
        found, places = ready[sid]
        statements.extend(found)
        links[sid] = story_links(found, places)
    claims, changed = update_claims(store.claims(), statements, now=now, stories=links)
    for sid, (places, claim_ids) in links.items():
        store.set_story_claims(sid, places, claim_ids)
    if changed:
        wanted = set(changed)
        store.save_claims([c for c in claims if c.id in wanted])
    return changed


def extract_document(text: str, *, published: float | None = None, side: str = "") -> dict[str, list[dict[str, Any]]]:
    """`warfeed claims extract --json`: {"statements": [...], "claims": [...], "unplaced": [...],
    "below_threshold": [...]}.

    "statements" holds the statements that count: at or above the tracker's CONFIDENT threshold
    and at a settlement, and "claims" is built from them. The rest is listed apart, so nothing is
    hidden and nothing is counted that cannot be tracked: "unplaced" holds confident statements
    that name no settlement (drones downed "over the Bryansk region", a day's losses on a front;
    CLAIMS_GUIDE: a region names no place, and a claim is kept per place), "below_threshold" the
    weaker ones with their confidence. `published` is the story's date (epoch seconds): history
    is judged against it. `side` is the outlet's (models.SIDES), the voice of what the text says
    without naming a speaker, as a feed's side is for its stories.
    """
    from tui.core.claims.statements import extract_statements

    story = StoryRef("", side, "", published) if side else None
    statements = extract_statements(text, story=story, published=published)
    strong = [s for s in statements if stands(s)]
    placed = [s for s in strong if s.place]
    claims, _ = update_claims([], placed, now=0.0)
    return {
        "statements": [s.to_json() for s in placed],
        "claims": [{**c.to_json(), "first_seen": None, "last_update": None} for c in claims],
        "unplaced": [s.to_json() for s in strong if not s.place],
        "below_threshold": [s.to_json() for s in statements if not stands(s)],
    }


_HTML_TAG = re.compile(r"<(?:!doctype|html|head|body|div|p|article|main|section|span|h[1-6]|meta|title)\b", re.IGNORECASE)


def _looks_like_feed(head: str) -> bool:
    head = head.lstrip("\ufeff \t\r\n")[:600].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head) or head.startswith(("<rss", "<feed"))


def source_text(body: bytes, url: str = "") -> tuple[str, float | None]:
    """The text a document says and its date: an HTML page through article extraction (no
    menus or "more news" lists; the title first unless the body opens with it), a feed's items
    one after another, plain text as it is."""
    text = body.decode("utf-8", errors="replace")
    if _looks_like_feed(text):
        from tui.core.models import Feed
        from tui.core.parse import FeedError, parse_feed

        try:
            parsed = parse_feed(body, {}, Feed(id="document", url=url or "http://127.0.0.1/feed"), now=time.time())
        except FeedError:
            return clean_text(text), None
        stories = parsed.stories
        dates = [s.published for s in stories if s.published]
        # Items are separate stories: each keeps its own lines (cleaning drops a repeated title).
        return "\n\n".join(join_text(s.title, s.summary, s.content) for s in stories), (max(dates) if dates else None)
    if _HTML_TAG.search(text[:20_000]):
        from tui.core.extract import extract_article

        article = extract_article(body, url or "http://127.0.0.1/")
        text = article.text
        if article.title and article.title not in text[: len(article.title) + 4]:
            text = f"{article.title}\n\n{text}"
        return text, article.published or None
    return clean_text(text), None  # plain text is outside text too: cleaned as it enters


def extract_source(body: bytes, url: str = "", *, published: float | None = None,
                   side: str = "") -> dict[str, list[dict[str, Any]]]:
    """`warfeed claims extract PATH-or-URL or -`: extract_document on what a page, feed or text says."""
    text, date = source_text(body, url)
    return extract_document(text, published=published if published is not None else date, side=side)


_RATING = {"confirmed": (5, "True"), "claimed": (3, "Unproven"), "unverified": (3, "Unverified"),
           "disputed": (2, "Disputed"), "refuted": (1, "False")}


def claimreview(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """Claims as schema.org ClaimReview-shaped dicts (`warfeed export --format claimreview`)."""
    out = []
    for claim in claims:
        status = claim.status if claim.status in CLAIM_STATUSES else "claimed"
        value, label = _RATING[status]
        standing = [s for s in claim.statements if stands(s)]
        # The claim that was made (a party's capture claim), not a hedge or a denial of it.
        first = next((s for s in standing if s.stance == "claim"), standing[0] if standing else None)
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
                "author": [{"@type": "Organization", "name": s.speaker or s.side} for s in standing if s.stance == "claim"][:5],
                "datePublished": iso(first.published) if first and first.published else None,
                "appearance": [{"@type": "CreativeWork", "identifier": s.story_id, "text": s.sentence,
                                "stance": s.stance, "side": s.side, "confidence": s.confidence, "rejected": s.rejected}
                               for s in claim.statements][:20],
            },
            "reviewBody": claim.verdict_note or (
                f"{len(standing)} statements; status {status}."
                + (f" {len(claim.statements) - len(standing)} more rejected or below confidence {CONFIDENT}."
                   if len(standing) < len(claim.statements) else "")),
        })
    return out
