"""Work a poll's parse workers do after parsing, composed by the service, not the poller.

The poller only knows a `PostParse` step: picklable (it travels to worker processes), with
the modules its workers should import before the first feed and a setup run once in each.
Claims extraction is the one step today: beside parsing it overlaps with the network instead
of running as a serial tail after the cycle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from tui.core.models import Story
from tui.core.workers import CLAIMS_PRELOAD

if TYPE_CHECKING:
    from tui.core.claims.pipeline import Extracted
    from tui.core.clusters import Recent


class PostParse(Protocol):
    """A per-feed step run on freshly parsed stories, in the parse worker that parsed them."""

    preload: tuple[str, ...]
    """Modules the workers' fork server imports first (what the step's first call would)."""

    def setup(self) -> None:
        """Once per worker process, before its first feed (load tables, compile patterns)."""

    def __call__(self, stories: Sequence[Story]) -> dict[str, Any] | None:
        """Run on one feed's parsed stories (may set fields on them); results by story id."""


class ParsedClaims(NamedTuple):
    """What ExtractClaims found in one story; each part is used only while the stored story
    still gives the digest beside it."""

    digest: bytes
    """What claims extraction read (pipeline.item_digest)."""
    found: Extracted
    """The statements and the places the text names."""
    cluster: tuple[bytes, Recent]
    """The story's cluster features, behind the features_digest they were computed for."""


@dataclass(frozen=True, slots=True)
class ExtractClaims:
    """Claims extraction of a feed's new stories, with the stories linked to their claims and
    their cluster features computed."""

    preload: tuple[str, ...] = (*CLAIMS_PRELOAD, "tui.core.clusters")

    def setup(self) -> None:
        """Load the gazetteer while the first requests are still in flight, not on the first feed."""
        from tui.core.claims.gazetteer import Gazetteer

        Gazetteer.load()

    def __call__(self, stories: Sequence[Story]) -> dict[str, ParsedClaims]:
        """What each story holds, by story id: the claims merge and the clustering after the
        cycle each check their part against the stored story before using it."""
        from tui.core.claims.pipeline import extract_parsed, story_links
        from tui.core.clusters import features, features_digest

        extracted = extract_parsed(stories)
        out: dict[str, ParsedClaims] = {}
        for story in stories:
            # Linked before they are stored, so the claims merge after the cycle finds them
            # linked already and adds nothing to the mark overlay.
            digest, found = extracted[story.id]
            story.places, story.claim_ids = story_links(*found)
            # The story's cluster features too, now that its places and claims are known: the
            # clustering after the cycle then only looks them up.
            out[story.id] = ParsedClaims(digest, found, (features_digest(story), features(story)))
        return out
