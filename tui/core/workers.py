"""Worker processes for parsing and claims: how they start and what they may touch.

Shared by the poller's parse pool and the claims pipeline's pool, so both keep the same rules:
workers fork from a server (forking a threaded TUI process is unsafe), never write to the
terminal the dashboard draws on, and leave Ctrl+C to the parent.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import select
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor


POOL_MIN_FEEDS = 16
"""Cycles polling at least this many feeds parse in worker processes; smaller ones in a thread
(starting workers costs more CPU than parsing a handful of feeds)."""
PARSE_PRELOAD = ("tui.core.workers", "tui.core.parse", "feedparser_rs")
"""What the parse workers' fork server imports first: the parser and the workers' own setup,
never the poller, whose HTTP client the workers do not use."""
CLAIMS_PRELOAD = ("tui.core.claims.preload",)
"""What claims workers' fork server prepares first: the statement patterns and the gazetteer
(compiled and loaded once there rather than in every worker)."""


def parse_preload(extra: Sequence[str] = ()) -> tuple[str, ...]:
    """The parse workers' preload, then `extra`: the one fork server serves every pool, so
    each starts it ready to parse."""
    return PARSE_PRELOAD + tuple(extra)


def start_parse_workers_early(enabled_feeds: int, *, shell: str | None = None) -> None:
    """A poll big enough for parse workers starts their fork server first thing, so its
    imports (the parser) overlap this process's own. Only the parser's: the claims patterns
    and the gazetteer would hold back the first parse by their load time, and the stories
    wait for nothing of the claims now (the workers after the cycle load them themselves).

    `shell` is the program's own module: multiprocessing runs the main program again in every
    worker, so the server imports it once and each worker finds its imports done."""
    if enabled_feeds >= POOL_MIN_FEEDS:
        start_early(parse_preload(() if shell is None else (shell,)))


def start_early(preload: Sequence[str]) -> None:
    """Start the fork server now, so its imports run on another core beside the caller's own
    (`warfeed poll` calls this before importing the poller). Pools made later with the same
    preload use it; where there is no fork server this does nothing."""
    context = pool_context(preload)
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        with spawn_safe_stderr():
            forkserver.ensure_running()


_STDERR_SWAP = threading.Lock()


def _stderr_fd_usable() -> bool:
    """Whether sys.stderr is backed by an open file descriptor."""
    try:
        fd = sys.stderr.fileno()
        os.fstat(fd)
    except (AttributeError, ValueError, OSError):
        return False
    except Exception:  # io.UnsupportedOperation and other "no descriptor" answers
        return False
    return fd >= 0


@contextlib.contextmanager
def spawn_safe_stderr() -> Iterator[None]:
    """Give multiprocessing a real stderr while it spawns its helper processes.

    The resource tracker passes sys.stderr's descriptor to the process it spawns; a TUI that
    captures stderr (Textual's fileno() is -1) makes that spawn fail with "bad value(s) in
    fds_to_keep", so while the pool starts, stderr is /dev/null instead.
    """
    if _stderr_fd_usable():
        yield
        return
    with _STDERR_SWAP, open(os.devnull, "w", encoding="utf-8") as devnull:
        captured, sys.stderr = sys.stderr, devnull
        try:
            yield
        finally:
            sys.stderr = captured


def _start_worker(owner: int, initializer: Callable[..., None], initargs: tuple) -> None:
    """Every pool worker: end with the process that started the pool, then the pool's own setup."""
    watch_owner(owner)
    initializer(*initargs)


def watch_owner(pid: int) -> None:
    """End this process as soon as process `pid` ends, kill -9 included.

    A worker holds the fork server's alive pipe, the resource tracker's pipe and both ends of
    its own task queue, so once warfeed is gone nothing would ever tell it, the fork server or
    the tracker to stop: the worker must notice by itself, and its exit lets the others see EOF.
    """
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(0)
    except (AttributeError, OSError):  # no pidfd (old kernel): look every second instead
        threading.Thread(target=_poll_owner, args=(pid,), name="warfeed-owner-watch", daemon=True).start()
        return
    threading.Thread(target=_wait_owner, args=(handle,), name="warfeed-owner-watch", daemon=True).start()


def _wait_owner(handle: int) -> None:
    watcher = select.poll()
    watcher.register(handle, select.POLLIN)
    while not watcher.poll():  # readable once the process has ended
        pass
    os._exit(0)


def _poll_owner(pid: int) -> None:
    while True:
        time.sleep(1.0)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:
            continue  # alive, or the pid already belongs to another user's process


def _noop() -> None:
    """A first task, so the workers start before the first real one arrives."""


def start_pool(workers: int, preload: Sequence[str], initializer: Callable[..., None],
               initargs: tuple = ()) -> ProcessPoolExecutor:
    """A process pool whose workers are running on return (blocking: call it off the event loop).

    Everything that spawns a process (the resource tracker, the fork server, the workers) runs
    here, under spawn_safe_stderr, so a pool starts the same under the dashboard as in a shell.
    """
    with spawn_safe_stderr():
        executor = ProcessPoolExecutor(workers, mp_context=pool_context(preload),
                                       initializer=_start_worker,
                                       initargs=(os.getpid(), initializer, initargs))
        try:
            # A submit starts at most one worker while none is idle: one no-op each starts them all.
            for _ in range(workers):
                executor.submit(_noop)
        except BaseException:
            executor.shutdown(wait=False, cancel_futures=True)
            raise
    return executor


def pool_context(preload: Sequence[str] = ()) -> multiprocessing.context.BaseContext:
    """forkserver where it exists, preloading `preload` in the server, else spawn.

    The fork server is one per process: the preload counts only if this pool starts it.
    """
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(preload))
        return context
    return multiprocessing.get_context("spawn")


def quiet_worker() -> None:
    """Worker setup: never write to the terminal the TUI owns, leave Ctrl+C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warnings.simplefilter("ignore")
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
