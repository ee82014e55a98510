"""What every event log offers, whatever keeps it: the interface, and the cursor a reader resumes from.

Imports no backend. ``backend.open_log`` picks one by location: a
directory of files (``store.Log``) or a ``postgresql://`` URL
(``store_pg.PostgresLog``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, Protocol

import attrs

from timeline import cursor
from timeline.chain import GENESIS, Checkpoint, Record, VerifyReport
from timeline.model import Event, LightObservation


@attrs.frozen
class Position:
    """How far a reader has read a log: the last record's seq and hash, and a note only its backend reads.

    Opaque to callers: take one from ``records_after``, keep it (``to_text``)
    and hand it back. A backend may note where the next record starts (the
    files note a byte offset); another backend's note means nothing to it.
    """

    seq: int = 0
    hash: str = GENESIS
    note: str = attrs.field(default="", repr=False)

    def to_text(self) -> str:
        """The position as one line of text, to keep."""
        return cursor.to_text(self.seq, self.hash, self.note)

    @classmethod
    def from_text(cls, text: str) -> Position:
        """A position kept with ``to_text``.

        Raises:
            ValueError: the text is not one.

        """
        return cls(*cursor.from_text(text))


START = Position()  # before the first record


class EventLog(Protocol):
    """What every backend offers: the files (``store.Log``) and PostgreSQL (``store_pg.PostgresLog``)."""

    @property
    def location(self) -> str:
        """Where the log is, for messages."""

    def exists(self) -> bool:
        """Whether any event was ever appended."""

    def records(self) -> Iterator[Record]:
        """Every record of complete batches, in log order, streamed."""

    def events(self) -> Iterator[Event]:
        """Every event of complete batches, in log order, streamed."""

    def fold_events(self) -> Iterator[Event | LightObservation]:
        """``events``, where office observations may come as ``LightObservation`` (for ``project.build``)."""

    def raw_lines(self) -> Iterator[bytes]:
        """The exact bytes of every line, in log order."""

    def records_after(self, position: Position) -> Iterator[tuple[Record, Position]]:
        """Records after ``position``, each with the position after it.

        Raises:
            StaleCacheError: the log no longer holds that position's record
                there (truncated, rewritten, another log).

        """

    def fold_events_after(
        self, position: Position
    ) -> Iterator[tuple[str, Event | LightObservation, Position | None]]:
        """(event id, event, position after it) after ``position``, events as ``fold_events`` may read them.

        The position is given at least after each batch's last event (None
        may stand for it within a batch): stop only where one was given.

        Raises:
            StaleCacheError: as ``records_after``.

        """

    def fold_events_naming(self, names: set[str]) -> Iterator[tuple[str, Event | LightObservation]]:
        """(event id, event) of at least every event whose id or article is one of ``names``, and every
        re-extraction, in log order, events as ``fold_events_after`` reads them (others may come too).

        What finds the few events the projection store does not keep (a
        retracted observation, the reports of a retracted article, events a
        revert puts back) without decoding the whole log where a backend can.
        """

    def article_ids(self) -> set[str]:
        """Ids of the articles in the log, from the backend's index of them."""

    def verify(self, since: Checkpoint | None = None) -> VerifyReport:
        """Check the whole log (and that it extends ``since``); ``CorruptLogError`` names the first bad line."""

    def writer(self, *, timeout: float = 30.0) -> contextlib.AbstractContextManager[Any]:
        """A writer with ``append(events, recorded_at=...)`` and ``append_lines(lines)``."""
