"""`warfeed poll` with claims extraction switched off: the benchmark's measure of what the
claims tracking costs a cold poll (newsboat does no such work). Not a user command: a poll
that skips extraction would leave its stories without claims for good.

    python -m tests.benchmarks.poll_without_claims --config FILE --data-dir DIR
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from tui.core import workers
from tui.core.config import load_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True)
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args(argv)
    feeds = [feed for feed in load_config(args.config).feeds if feed.enabled]
    # As `warfeed poll`'s first phase does: the cycle that stores the stories.
    if len(feeds) >= workers.POOL_MIN_FEEDS:
        workers.start_early(workers.parse_preload())
    from tui.core.fetch import Fetcher
    from tui.core.poller import Poller
    from tui.core.store import Store

    store = Store.open(args.data_dir, deferred=True, head=0, search_index=False)
    try:
        async def run() -> bool:
            async with Fetcher() as fetcher:
                report = await Poller(store, feeds, fetcher).poll(force=True)
            return all(result.outcome == "ok" for result in report.results)

        ok = asyncio.run(run())
    finally:
        store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
