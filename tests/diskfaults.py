"""Real disk faults for tests: a small tmpfs that fills up, a read-only bind mount.

Both need root (the tests run as root); without it a full disk is made by RLIMIT_FSIZE in the
process that writes (see `file_size_limit`), and a read-only directory by its mode bits.
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import signal
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path


def _mount(*args: str) -> bool:
    try:
        return subprocess.run(["mount", *args], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)


@contextlib.contextmanager
def small_disk(path: Path, size: str = "4m") -> Iterator[bool]:
    """A real tmpfs of `size` mounted at path; yields False (nothing mounted) when it cannot be,
    and callers then fill the disk with `file_size_limit` in the writing process instead."""
    path.mkdir(parents=True, exist_ok=True)
    # WARFEED_TEST_NO_MOUNT=1 runs the fallback where mounting is possible too.
    mounted = (os.geteuid() == 0 and not os.environ.get("WARFEED_TEST_NO_MOUNT")
               and _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)))
    try:
        yield mounted
    finally:
        if mounted:
            _umount(path)


def fill(path: Path) -> Path:
    """Write a filler file in path until the file system says it is full; returns the file."""
    filler = path / "filler"
    block = b"\0" * (64 << 10)
    with filler.open("wb", buffering=0) as stream:
        while True:
            try:
                stream.write(block)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    with filler.open("ab", buffering=0) as stream:  # the last partial block's bytes too
        while True:
            try:
                stream.write(b"\0" * 512)
            except OSError:
                break
    return filler


def file_size_limit(limit: int) -> None:
    """In the writing process: every write past `limit` bytes of a file fails with EFBIG (the
    kernel's own limit; SIGXFSZ ignored so the write returns an error instead of killing)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))


def lift_file_size_limit() -> None:
    """Undo file_size_limit: space is back."""
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """path made read-only for real: a read-only bind mount onto itself (root), else its
    mode bits (which bind everyone but root)."""
    bound = os.geteuid() == 0 and _mount("--bind", str(path), str(path))
    if bound and not _mount("-o", "remount,bind,ro", str(path)):
        _umount(path)
        bound = False
    mode = path.stat().st_mode
    if not bound:
        path.chmod(stat.S_IMODE(mode) & ~0o222)
    try:
        yield
    finally:
        if bound:
            _umount(path)
        else:
            path.chmod(stat.S_IMODE(mode))
