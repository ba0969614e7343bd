"""One ingest at a time per database: an exclusive lock file beside it.

A second run started while one holds the lock waits up to `wait_s`, then exits with a message that names the
holder: "another minerwire run (pid 4242, started 2026-11-21T10:15:00+00:00) is writing data/minerwire.duckdb".
The operating system releases the lock when its holder dies, even by kill -9, so a crash never leaves it stale.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import time
from pathlib import Path


class LockedError(RuntimeError):
    """Another run holds the database."""


class RunLock:
    """`with RunLock(db_path, wait_s=0):` holds `<db>.lock` for the block: one ingest (or re-extraction) at a time."""

    SUFFIX = ".lock"

    def __init__(self, db_path: Path, wait_s: float = 0.0, poll_s: float = 0.2) -> None:
        self.path = Path(str(db_path) + self.SUFFIX)
        self.db_path, self.wait_s, self.poll_s = db_path, wait_s, poll_s
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "unknown"
                    os.close(fd)
                    raise LockedError(f"another minerwire run ({holder}) is writing {self.db_path}; "
                                      f"waited {self.wait_s:g} s (MINERWIRE_LOCK_WAIT_S), exiting") from None
                time.sleep(self.poll_s)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}"
                  .encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


class WriteLock(RunLock):
    """`with WriteLock(db_path, wait_s=30):` holds `<db>.write.lock` while a process has the DuckDB file open for
    writing, which DuckDB allows one process at a time. Held for seconds, not for a whole run: an ingest takes it for
    each batch it stores, the review page for each decision, so they take turns instead of blocking each other."""

    SUFFIX = ".write.lock"
