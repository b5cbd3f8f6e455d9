"""How a signal ends the dashboard: marks flushed at once, a clean exit asked for, and the
process ended for good if that exit does not finish within seconds.

A lost terminal (SIGHUP, then the SIGCONT the kernel sends after a hangup) can leave Textual's
driver waiting for ever on an output thread that died writing to the dead terminal, holding the
data dir's lock. Nothing here may need the event loop, which may be the thing that is stuck.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType

EXIT_GRACE = 3.0
"""Seconds a signal-started exit may take before the process ends itself."""
SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class SignalExit:
    """SIGTERM/SIGHUP -> flush, ask for a clean exit, and os._exit(128+N) after `grace` seconds."""

    def __init__(self, flush: Callable[[], object], request_exit: Callable[[int], object], *,
                 grace: float = EXIT_GRACE) -> None:
        self._flush = flush
        self._request_exit = request_exit
        self._grace = grace
        self._previous: dict[int, Callable[[int, FrameType | None], object] | int | None] = {}
        self._pipe: tuple[int, int] | None = None
        self.fired = False

    def install(self) -> bool:
        """Take over SIGTERM/SIGHUP (main thread only); False where that is not possible."""
        try:
            previous = {signum: signal.getsignal(signum) for signum in SIGNALS}
            read_end, write_end = os.pipe()
        except (ValueError, OSError):
            return False
        os.set_blocking(write_end, False)
        self._pipe = (read_end, write_end)
        threading.Thread(target=self._watch, args=(read_end,), name="warfeed-signal-exit",
                         daemon=True).start()
        try:
            for signum in SIGNALS:
                signal.signal(signum, self._on_signal)
                self._previous[signum] = previous[signum]
        except ValueError:  # not the main thread
            self.uninstall()
            return False
        return True

    def uninstall(self) -> None:
        """Give the previous handlers back, unless a signal already started the exit."""
        if self.fired:
            return  # the watch stays armed: the rest of the shutdown is bounded too
        for signum, previous in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        self._previous.clear()
        pipe, self._pipe = self._pipe, None
        if pipe is not None:
            os.close(pipe[1])  # the watch reads end-of-file and returns

    def _on_signal(self, signum: int, frame: object) -> None:
        # Runs on the main thread between two bytecodes, possibly inside a lock: no locks here.
        self.fired = True
        if signum == signal.SIGHUP:
            # The kernel follows a hangup with SIGCONT, on which Textual restarts its output on
            # the dead terminal with a new writer thread that dies at its first write.
            with contextlib.suppress(ValueError, OSError):
                signal.signal(signal.SIGCONT, signal.SIG_DFL)
        if self._pipe is not None:
            with contextlib.suppress(OSError):
                os.write(self._pipe[1], bytes([signum]))

    def _watch(self, read_end: int) -> None:
        try:
            data = os.read(read_end, 1)
        finally:
            os.close(read_end)
        if not data:
            return
        code = 128 + data[0]
        with contextlib.suppress(Exception):
            self._flush()
        with contextlib.suppress(Exception):
            self._request_exit(code)
        time.sleep(self._grace)
        os._exit(code)  # the clean exit is stuck; the kernel releases the data dir's lock
