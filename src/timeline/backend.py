"""Which backend keeps a log: picked by its location (a directory, or a ``postgresql://`` URL)."""

from __future__ import annotations

from pathlib import Path

from timeline.storage import EventLog
from timeline.store import Log


def open_log(location: str | Path) -> EventLog:
    """The log at ``location``: a directory of files, or a ``postgresql://`` URL (psycopg loaded only then)."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from timeline.store_pg import PostgresLog  # noqa: PLC0415 - psycopg only when asked for

        return PostgresLog(text)
    return Log(text)
