"""Claims: statements grouped by (event, place), each with a status a user can follow.

A claim's id is stable: "<event>:<place slug>" (for control events the claim is "control of
PLACE", e.g. "control:kupiansk"). Statements are deduplicated by (story_id, sentence, place, side, stance),
so running the tracker again on the same stories changes nothing.

Status rules, strongest first:
- refuted: independent evidence against the claim (a denial by an `other` source, e.g.
  geolocated footage showing the opposite).
- confirmed: independent evidence for it (a confirmation by `other`, e.g. geolocated footage),
  or the other side concedes (a confirmation by a side that did not make the claim).
  When both a refutation and a confirmation exist, the later one wins.
- disputed: a party denies it (a party's denial always answers the other side, even when
  that side's claim is only implied), or (for control) both sides claim the place. Footage
  of a mere advance into a disputed place stays disputed.
- claimed: one side claims it.
- unverified: only hedged reports ("could not independently verify").
Only statements that *stand* count: confidence at least CONFIDENT and not rejected by the
user. CONFIDENT is the confidence model's threshold (confidence.threshold()): the lowest score from
which on cross-validated dev precision, with each writer's pass held out in turn, is at least
0.90. Weaker statements are kept on a claim (the pane shows them dimmed) but never make one: a
claim is created only by a standing statement.
first_seen/last_update are the earliest/latest publication times of the claim's statements
(processing time only for statements from undated text).
A user's verdict overrides the computed status (`verdict`, with `verdict_note`).
Claims follow a story's versions: when a story is read again, a statement its new version no
longer makes is marked withdrawn (with the time) and stops counting; a new one is added; one
that comes back counts again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from tui.core.claims.confidence import threshold
from tui.core.claims.gazetteer import fold
from tui.core.models import Claim, Statement

_PARTISAN = ("ru", "ua")

CONFIDENT = threshold()
"""Statements at or above this confidence count towards statuses and counts (and are the ones
`claims extract` prints); below it they are kept for the record only."""


def stands(st: Statement) -> bool:
    """Whether a statement counts: confident enough, not rejected by the user, not withdrawn."""
    return st.confidence >= CONFIDENT and not st.rejected and st.withdrawn is None


@lru_cache(maxsize=4096)  # a few dozen (event, place) pairs, asked for once per statement
def claim_id(event: str, place: str) -> str:
    """Stable claim id: 'control:kupiansk', 'strike:chasiv-yar'."""
    slug = "-".join(fold(place).split())
    return f"{event}:{slug}"


StatementKey = tuple[str | None, str, str | None, str, str]
"""A statement's identity within a claim: (story id, sentence, place, side, stance)."""


def statement_key(st: Statement) -> StatementKey:
    """What makes a statement new to a claim: the dashboard's watch alerts compare on it too."""
    # One sentence can carry two voices ("..., a claim Kyiv rejected"): side and stance are kept apart.
    return (st.story_id, st.sentence, st.place, st.side, st.stance)


def compute_status(event: str, statements: Iterable[Statement]) -> str:
    """The status of a claim from its statements, by the rules in the module docstring."""
    sts = [s for s in statements if stands(s)]
    claims = {s.side for s in sts if s.stance == "claim" and s.side in _PARTISAN}
    denials = [s for s in sts if s.stance == "denial"]
    confirmations = [s for s in sts if s.stance == "confirmation"]

    def when(s: Statement) -> float:
        return s.published or 0.0

    refuting = [s for s in denials if s.side == "other"]
    confirming = [s for s in confirmations if s.side == "other" or s.side not in claims or len(claims) > 1]
    partisan_denial = any(s.side in _PARTISAN for s in denials)
    contested = partisan_denial or (event == "control" and len(claims) > 1)
    if event == "control":
        # Footage of an advance near a place, or into one both sides still claim, confirms the
        # advance, not control of the place.
        # Nor does it confirm a claim that was never of a capture ("encircled in X").
        captured = any(s.stance == "claim" and _FULL.search(s.sentence) for s in sts)
        confirming = [s for s in confirming
                      if not (_partial(s) and (contested or not captured or _NEARBY.search(s.sentence)))]
    if refuting and confirming:
        return "refuted" if max(map(when, refuting)) > max(map(when, confirming)) else "confirmed"
    if refuting:
        return "refuted"
    if confirming:
        return "confirmed"
    if contested:
        # A party's denial answers the other side (also when that claim is only implied:
        # "Ukraine denied Moscow's claim ..."), so it disputes rather than retracts.
        return "disputed"
    if claims or any(s.stance == "claim" for s in sts):
        return "claimed"
    if denials:
        return "disputed"
    return "unverified"


_PARTIAL = re.compile(r"\b(?:advanc\w*|infiltrat\w*|entered|pushed into|broke into|foothold|outskirts|soldiers in|troops in|"
                      # "confirmed that part of the town is under Russian control": a share conceded, not the town
                      r"(?:a |the )?(?:part|parts|half|some) of|частин\w*|част[ьи]\b|половин\w*)\b", re.IGNORECASE)
_FULL = re.compile(r"\b(?:captur\w*|seiz\w+|took control|taken control|full control|liberat\w+|fell|fallen|withdr[ae]w\w*|retreat\w*|pulled out|left|"
                   r"освобо\w*|освобожд\w*|звільн\w*|захопи\w*|захопл\w*|взят\w*|взяли|взял\w*|овладе\w*|оволоді\w*)\b", re.IGNORECASE)

_NEARBY = re.compile(r"\b(?:(?:north|south|east|west)(?:east|west)?(?:ern)? of|near|towards?|approaches to)\b", re.IGNORECASE)


def _partial(st: Statement) -> bool:
    """A confirmation of an advance or infiltration only, not of a capture or withdrawal."""
    return bool(_PARTIAL.search(st.sentence)) and not _FULL.search(st.sentence)


def update_claims(claims: list[Claim], statements: Iterable[Statement], *, now: float,
                  stories: Iterable[str] | None = None) -> tuple[list[Claim], list[str]]:
    """Merge statements into claims; returns (all claims, ids of claims that changed).

    `stories` are the stories read in full this time (by default those the statements come
    from): what one of them said before and no longer says is withdrawn.
    """
    by_id = {c.id: c for c in claims}
    seen = {cid: {statement_key(s) for s in c.statements} for cid, c in by_id.items()}
    touched: set[str] = set()
    statements = [st for st in statements if st.place]  # a claim is about a place
    read = {st.story_id for st in statements} if stories is None else set(stories)
    read.discard(None)
    if read:
        touched |= _follow_versions(by_id.values(), statements, read, now)
    # Only a standing statement makes a new claim; weak ones join claims that exist.
    founded = {claim_id(st.event, st.place) for st in statements if stands(st)}
    for st in statements:
        cid = claim_id(st.event, st.place)
        claim = by_id.get(cid)
        if claim is None:
            if cid not in founded:
                continue
            when = st.published or now
            claim = by_id[cid] = Claim(id=cid, event=st.event, place=st.place, first_seen=when, last_update=when)
            seen[cid] = set()
        if statement_key(st) in seen[cid]:
            continue
        seen[cid].add(statement_key(st))
        claim.statements.append(st)
        touched.add(cid)
    changed = []
    for cid in sorted(touched):
        claim = by_id[cid]
        claim.statements.sort(key=lambda s: (s.published or 0.0, s.story_id or "", s.sentence))
        claim.status = claim.verdict or compute_status(claim.event, claim.statements)
        # A claim's times are its stories' publication times (when known), not when warfeed read them.
        published = [s.published for s in claim.statements if s.published]
        if published:
            claim.first_seen = min(published)
            claim.last_update = max(published)
        else:
            claim.last_update = now
        changed.append(cid)
    return list(by_id.values()), changed


def _follow_versions(claims: Iterable[Claim], statements: list[Statement], read: set[str],
                     now: float) -> set[str]:
    """Withdraw what the stories read again no longer say, restore what they say again; the
    ids of the claims whose statements changed."""
    says = {statement_key(st) for st in statements if st.story_id in read}
    changed = set()
    for claim in claims:
        for n, st in enumerate(claim.statements):
            if st.story_id not in read:
                continue
            present = statement_key(st) in says
            if st.withdrawn is None and not present:
                claim.statements[n] = replace(st, withdrawn=now)
                changed.add(claim.id)
            elif st.withdrawn is not None and present:
                claim.statements[n] = replace(st, withdrawn=None)
                changed.add(claim.id)
    return changed


def reject_statement(claim: Claim, key: StatementKey, rejected: bool = True) -> Claim:
    """The user's rejection of one statement (by statement_key): its claim's status follows at once."""
    claim.statements = [replace(s, rejected=rejected) if statement_key(s) == tuple(key) else s
                        for s in claim.statements]
    claim.status = claim.verdict or compute_status(claim.event, claim.statements)
    return claim


def set_verdict(claim: Claim, verdict: str | None, note: str | None = None) -> Claim:
    """The user's own status for a claim (None clears it and restores the computed one)."""
    claim.verdict = verdict
    claim.verdict_note = note if verdict else None
    claim.status = verdict or compute_status(claim.event, claim.statements)
    return claim
