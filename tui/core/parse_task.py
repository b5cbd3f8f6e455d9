"""What a poll's parse worker runs: one feed parsed, then the service's post-parse step.

Apart from the poller on purpose: a task names its function by module, and the workers' fork
server imports that module before its first fork. The poller brings the HTTP client with it
(httpx, asyncio, ssl: ~70 ms of CPU); this module brings only the parser, so the workers are
ready sooner and never hold the client they do not use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.core.models import Feed
from tui.core.parse import parse_feed
from tui.core.workers import quiet_worker

if TYPE_CHECKING:
    from tui.core.poll_steps import PostParse


def worker_setup(step: PostParse | None = None) -> None:
    """A parse worker: quiet, and with a post-parse step, that step's setup before the first feed."""
    quiet_worker()
    if step is not None:
        step.setup()


def parse_with_step(body: bytes, headers: dict[str, str], feed: Feed, *, now: float,
                    step: PostParse | None) -> tuple[Any, dict[str, Any] | None]:
    """parse_feed, then the service's post-parse `step` on its stories in the same worker."""
    parsed = parse_feed(body, headers, feed, now=now)
    if step is None or not parsed.stories:
        return parsed, None
    try:
        return parsed, step(parsed.stories)
    except Exception:  # noqa: BLE001 - a step's fault must never cost the feed its stories
        # Stored without the step's results; the service's work after the cycle redoes it.
        return parsed, None
