"""The exception hierarchy of timeline; imports nothing from timeline.

Every failure a user can cause or meet is a ``TimelineError``; the CLI turns
one into a single ``Error:`` line. Anything else escaping is a bug.
"""

from __future__ import annotations


class TimelineError(Exception):
    """Root of every error timeline raises on purpose."""


class ArticleError(TimelineError):
    """An article file could not be read: which file, and why."""

    def __init__(self, source: str, reason: str) -> None:
        """Keep the file name and the reason apart so callers can report both."""
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class OutputError(TimelineError):
    """A file the user named for output cannot be written there: which path, and why."""

    def __init__(self, path: str, reason: str) -> None:
        """Keep the path and the reason apart so callers can report both."""
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LogError(TimelineError):
    """The event log cannot be opened, locked or written."""


class LockTimeoutError(LogError):
    """Another process held the log's write lock for too long."""


class IngestStoppedError(LogError):
    """The log failed part-way through an ingest: the reason, and how many articles went in before it."""

    def __init__(self, reason: str, added: int, total: int) -> None:
        """Say what failed, what is in the log already, and that running the same ingest again completes it."""
        super().__init__(
            f"{reason}; {added} of {total} articles were added before this (whole batches, in input order); "
            "run the same ingest again to add the rest: articles already in the log are skipped"
        )
        self.reason = reason
        self.added = added
        self.total = total


class CorruptLogError(LogError):
    """A line of the log fails the chain, the schema or the sequence."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        """Name the file and 1-based line of the first bad line."""
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class DecodeError(TimelineError):
    """A stored event does not match the schema of its kind and version."""


class DateError(TimelineError):
    """A date given by the user or a header cannot be understood."""


class StaleCacheError(LogError):
    """A projection cache no longer matches its log (truncated, rewritten, another log): rebuild it."""

    def __init__(self, where: str, seq: int) -> None:
        """Name the log and the position the cache was built up to."""
        super().__init__(f"{where}: the log no longer matches the cache built up to event {seq}")
        self.where = where
        self.seq = seq


class ClusterError(TimelineError):
    """Ray is missing, or the cluster ``backfill`` was pointed at cannot be reached."""
