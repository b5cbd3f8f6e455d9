"""What the screens and the command palette use of the app, as a Protocol.

Screens name this instead of importing the app class, so the app depends on its screens and
never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from tui.core.config import Config
from tui.core.models import FeedHealth
from tui.core.service import Warfeed

if TYPE_CHECKING:
    from tui.core.demo import DemoServer


class Host(Protocol):
    """The dashboard app as its screens see it."""

    service: Warfeed
    clock: Callable[[], float]
    demo: DemoServer | None
    poll: bool
    demo_note: str
    health: dict[str, FeedHealth]

    @property
    def config(self) -> Config:
        """The current config (replaced when feeds change)."""
        ...

    def is_safe_link(self, url: str) -> bool:
        """Whether a link may leave the app (absolute http/https only)."""
        ...

    def open_link(self, url: str) -> None:
        """Open a story link in the browser."""
        ...

    def show_new_notices(self) -> None:
        """A toast for each store notice not shown yet."""
        ...
