"""App-wide messages: workers post these, the app and screens own the state they carry."""

from __future__ import annotations

from textual.message import Message

from tui.core.cluster_view import Grouping
from tui.core.models import Article, Claim, FeedHealth, Story


class StoriesChanged(Message):
    """A poll cycle (or an import) stored new or updated stories: one message per cycle."""

    def __init__(self, new_ids: list[str], updated_ids: list[str] | None = None) -> None:
        super().__init__()
        self.new_ids = list(new_ids)
        self.updated_ids = list(updated_ids or [])


class PollStateChanged(Message):
    """The poller started or finished a cycle; carries what the header shows."""

    def __init__(
        self,
        *,
        polling: bool,
        next_due: float | None = None,
        health: dict[str, FeedHealth] | None = None,
        error: str | None = None,
    ) -> None:
        super().__init__()
        self.polling = polling
        self.next_due = next_due
        self.health = health
        self.error = error

    def can_replace(self, message: Message) -> bool:
        # Bursts of state changes merge in the queue: only the newest matters to the header.
        return isinstance(message, PollStateChanged)


class ClaimsChanged(Message):
    """The claims pipeline updated the tracked claims."""

    def __init__(self, claims: list[Claim], changed_ids: list[str] | None = None) -> None:
        super().__init__()
        self.claims = claims
        self.changed_ids = list(changed_ids or [])


class StoriesLoaded(Message):
    """The store's stories, loaded in a worker (newest first), and which of them are new."""

    def __init__(self, stories: list[Story], new_ids: list[str] | None = None) -> None:
        super().__init__()
        self.stories = stories
        self.new_ids = list(new_ids or [])


class FilterApplied(Message):
    """A filter worker finished: the stories to show, for the query that produced them."""

    def __init__(
        self,
        query: str,
        stories: list[Story],
        unread_only: bool,
        *,
        new_ids: set[str] | None = None,
        reset: bool = True,
        unread: int = 0,
        per_hour: list[int] | None = None,
        grouping: Grouping | None = None,
    ) -> None:
        super().__init__()
        self.query = query
        self.stories = stories
        self.unread_only = unread_only
        self.new_ids = new_ids or set()
        """Stories that just arrived: merged into the list without moving the user."""
        self.reset = reset
        """True when the list is replaced (a new filter), False for live arrivals."""
        self.unread = unread
        self.per_hour = per_hour or []
        self.grouping = grouping
        """The stories as rows when some share a cluster (None: one row per story)."""


class ClustersChanged(Message):
    """Cluster assignments: all of them (loaded after first paint) or a poll cycle's new ones."""

    def __init__(self, assignments: dict[str, str], *, replace: bool = False) -> None:
        super().__init__()
        self.assignments = assignments
        self.replace = replace


class ArticleReady(Message):
    """An article for a story: from the store, or fetched and extracted in a worker."""

    def __init__(
        self, story_id: str, article: Article | None, error: str | None = None, *, content: str | None = None
    ) -> None:
        super().__init__()
        self.story_id = story_id
        self.article = article
        self.error = error
        self.content = content
        """The feed's own full content, shown until (or instead of) an extracted article."""
