"""The store's flusher: a thread making in-memory changes durable within one interval.

The first change of a burst sets the deadline, so a stream of toggles cannot postpone
durability past one interval. The flusher shares the store's condition: changes are noted
(`touch`) by callers that hold it, and the flush itself runs without it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Flusher:
    """Calls flush() once `interval` seconds have passed since the first change not flushed."""

    def __init__(self, cond: threading.Condition, interval: float,
                 flush: Callable[[], object], report: Callable[[Exception], None], *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock  # monotonic seconds; a test's own clock decides when a flush is due
        self._cond = cond
        self._flush = flush
        self._report = report
        self._due_from: float | None = None  # monotonic time of the first change not flushed
        self._closing = False
        self._thread = threading.Thread(target=self._loop, name="warfeed-store-flush",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def touch(self) -> None:
        """Note a change (caller holds the condition)."""
        if self._due_from is None:
            self._due_from = self._clock()
            self._cond.notify_all()

    def retry_in(self, delay: float) -> None:
        """Flush again `delay` seconds from now (caller holds the condition)."""
        self._due_from = self._clock() + delay - self.interval
        self._cond.notify_all()

    def flushing(self) -> None:
        """A flush is taking every change made so far (caller holds the condition)."""
        self._due_from = None

    def stop(self) -> None:
        """Stop the thread (after a flush under way) without flushing; callers flush after."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not (self._closing or self._due_from is not None):
                    self._cond.wait()
                while not self._closing and self._due_from is not None:
                    remaining = self._due_from + self.interval - self._clock()
                    if remaining <= 0:
                        break
                    self._cond.wait(remaining)
                if self._closing:
                    return
                self._due_from = None
            try:
                self._flush()
            except Exception as exc:  # noqa: BLE001 - the flusher must outlive one bad write
                self._report(exc)
