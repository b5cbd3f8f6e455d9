"""App-wide messages: workers post these, the app and screens own the state they carry.

Dataclasses: each message is the data it carries, nothing more.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field

from textual.message import Message

from tui.core.cluster_view import Grouping
from tui.core.models import Article, Claim, FeedHealth, Story


@dataclass
class StoriesChanged(Message):
    """A poll cycle (or an import) stored new or updated stories: one message per cycle."""

    new_ids: list[str]
    updated_ids: list[str] = field(default_factory=list)


@dataclass
class PollStateChanged(Message):
    """The poller started or finished a cycle; carries what the header shows."""

    _: KW_ONLY
    polling: bool
    next_due: float | None = None
    health: dict[str, FeedHealth] | None = None
    error: str | None = None

    def can_replace(self, message: Message) -> bool:
        # Bursts of state changes merge in the queue: only the newest matters to the header.
        return isinstance(message, PollStateChanged)


@dataclass
class ClaimsChanged(Message):
    """The claims pipeline (or the user) updated the tracked claims: all of them, and which changed."""

    claims: list[Claim]
    changed_ids: list[str] = field(default_factory=list)


@dataclass
class FilterApplied(Message):
    """A filter worker finished: the stories to show, for the query that produced them."""

    query: str
    stories: list[Story]
    unread_only: bool
    _: KW_ONLY
    new_ids: set[str] | None = None
    """Stories that just arrived: merged into the list without moving the user."""
    reset: bool = True
    """True when the list is replaced (a new filter), False for live arrivals."""
    grouping: Grouping | None = None
    """The stories as rows when some share a cluster (None: one row per story)."""
    all_stories: list[Story] | None = None
    """Every story, when the filter read them again after a poll stored some (else None)."""
    changes: int = 0
    """How many storing poll cycles `all_stories` reflects."""
    counts: bool = False
    """The header's counts should follow (the stories changed)."""
    order: str = "newest"
    """The sort order the stories are in (a key of tui.core.display.STORY_ORDERS)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.new_ids = self.new_ids or set()


@dataclass
class ClustersChanged(Message):
    """Cluster assignments: all of them (loaded after first paint) or a poll cycle's new ones."""

    assignments: dict[str, str]
    _: KW_ONLY
    replace: bool = False


@dataclass
class ArticleReady(Message):
    """An article for a story: from the store, or fetched and extracted in a worker."""

    story_id: str
    article: Article | None
    error: str | None = None
    _: KW_ONLY
    content: str | None = None
    """The feed's own full content, shown until (or instead of) an extracted article."""
