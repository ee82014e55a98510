"""The append-only JSON-lines event log; the sole owner of the log's files.

Layout of a log directory::

    log.jsonl   one envelope per line (seq, id, kind, version, recorded_at,
                batch, payload, prev, hash); the hash chain runs through them
    HEAD        the seq and hash of the last acknowledged line (moved on within a
                second of a durable append, and when the writer closes), so
                lines cut from the end are noticed; written (at seq 0) before
                the log's first line, so a log without HEAD lost it
    lock        held (flock) by the one writer at a time
    torn-N.part what a crash left half-written, moved aside on the next open

An append is one ``write`` of whole lines followed by ``fsync``; the lines of
one append form a batch (``batch: [i, n]``). A crash can leave only a prefix of
a batch; the next writer moves that prefix aside (never drops or merges it),
and readers never see it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import glob
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

import attrs

from timeline.chain import (
    GENESIS,
    READ_FAULTS,
    Batch,
    ChainChecker,
    Checkpoint,
    Record,
    VerifyReport,
    check_extends,
    envelopes,
    parse_envelope,
    to_record,
    unreadable,
)
from timeline.canonical import dumps
from timeline.logfile import LOG_NAME, ends_with, last_line
from timeline.errors import CorruptLogError, DecodeError, LockTimeoutError, LogError, StaleCacheError
from timeline.model import ArticleIngested, Event, LightObservation
from timeline.storage import Position

if TYPE_CHECKING:
    from timeline.codec import LightRecordFields

HEAD_NAME = "HEAD"
LOCK_NAME = "lock"
INDEX_NAME = "articles.idx"  # the article ids of each batch: ``Log.article_ids`` without reading the log
_ARTICLE_MARK = b'"kind":"article-ingested"'


class Log:
    """An event log in one directory (see the module docstring for its files)."""

    def __init__(self, directory: Path | str) -> None:
        """Name the directory; nothing is created until the first append."""
        self.directory = Path(directory)
        self.path = self.directory / LOG_NAME
        self.head_path = self.directory / HEAD_NAME
        self.index_path = self.directory / INDEX_NAME

    def exists(self) -> bool:
        """Whether any event was ever appended here."""
        return self.path.exists()

    @property
    def location(self) -> str:
        """Where the log is, for messages."""
        return str(self.directory)

    def raw_lines(self) -> Iterator[bytes]:
        """The exact bytes of every line of complete batches, in log order (for ``copy``)."""
        pending: list[bytes] = []
        for number, raw in self._lines():
            index, size = to_record(self.path, number, parse_envelope(self.path, number, raw)).batch
            pending.append(raw)
            if index == size - 1:
                yield from pending
                pending.clear()

    def records_after(self, position: Position) -> Iterator[tuple[Record, Position]]:
        """Records after ``position``, each with the position after it (its note: the byte offset after its line).

        Raises ``StaleCacheError`` when the log no longer has that line
        there: truncated, rewritten, another log (or a position another
        backend made, which notes no offset).
        """
        for fields, end in self._after(position, light=False):
            record = _record(fields)
            yield record, Position(record.seq, record.hash, str(end))

    def fold_events_after(
        self, position: Position
    ) -> Iterator[tuple[str, Event | LightObservation, Position | None]]:
        """(event id, event, position after its batch) after ``position``, events read as ``fold_events`` do.

        What a rebuild of the projection store reads: where each batch ends
        in the chain (None for the other events of a batch), and the events
        light (office observations as ``LightObservation``, articles without
        text), which cost much less to build than whole ones; no record
        object is made. Raises as ``records_after``.
        """
        for fields, end in self._after(position, light=True):
            seq, event_id, _, _, _, (index, size), event, _, digest = fields
            yield event_id, event, Position(seq, digest, str(end)) if index == size - 1 else None

    def fold_events_naming(self, names: set[str]) -> Iterator[tuple[str, Event | LightObservation]]:
        """(event id, event) of the lines of complete batches that hold one of ``names`` (event or article ids)
        or are re-extractions, in log order, events read light as ``fold_events_after`` reads them.

        Only those lines are decoded; the others are not even split apart.
        The file is read a run of lines at a time (``_runs``), the lines that
        hold a name found in it by bytes' own search, in C (``_named_lines``),
        and a line found waits for the line that ends its batch, found the
        same way by how that line opens (``_opening``): the writer keeps a
        batch's lines together, the last one's canonical form opens with its
        batch marker, and ``verify`` refuses a line in another form. So a
        damaged line that holds no name is not noticed here (``verify`` and
        every whole read of the log name it). A few events found cost a
        twentieth of the log decoded.
        """
        needles = (*(name.encode() for name in sorted(names)), b'"kind":"article-reextracted"')
        handle = self._open_for_reading()
        if handle is None:
            return
        lines = 0  # in the runs before this one
        pending: list[tuple[str, Event | LightObservation]] = []
        ending = b""  # how the line that ends the batch of those pending opens
        read: Callable[[bytes], LightRecordFields | None] | None = None
        with handle:
            for run in _runs(handle):
                at = 0  # where the lines not looked at yet begin
                for start in [*_named_lines(run, needles), len(run)]:
                    if pending and (last := _opening(run, ending, at, start)) >= 0:
                        if run.find(b"\n", last) < 0:
                            return  # torn: the batch never ends
                        yield from pending
                        pending.clear()
                    stop = run.find(b"\n", start) + 1
                    if start == len(run) or not stop:
                        break  # the run's end, or a torn line (the log's end)
                    raw = run[start:stop]
                    read = read or _common_lines(light=True)
                    fields = read(raw) or self._whole_line(lines + run.count(b"\n", 0, stop), raw)
                    pending.append((fields[1], fields[6]))
                    index, size = fields[5]
                    if index == size - 1:
                        yield from pending
                        pending.clear()
                    ending = b'{"batch":[%d,%d],' % (size - 1, size)
                    at = stop
                lines += run.count(b"\n")

    def _whole_line(self, seq: int, raw: bytes) -> LightRecordFields:
        """Line ``seq`` read in two steps, the envelope then the event (or the fault named)."""
        return _fields(to_record(self.path, seq, parse_envelope(self.path, seq, raw[:-1])))

    def _after(self, position: Position, *, light: bool) -> Iterator[tuple[LightRecordFields, int]]:
        """Each record's fields after ``position`` (``light``: its event read light), and its end offset."""
        seq = position.seq
        offset = 0
        if seq:
            offset = int(position.note) if position.note.isdigit() else 0
            if not self.path.exists() or not ends_with(self.path, offset, seq, position.hash):
                raise StaleCacheError(self.location, seq)
        handle = self._open_for_reading()
        if handle is None:
            return
        with handle:
            handle.seek(offset)
            end = offset
            pending: list[tuple[LightRecordFields, int]] = []
            read: Callable[[bytes], LightRecordFields | None] | None = None
            for raw in handle:
                if not raw.endswith(b"\n"):
                    return
                end += len(raw)
                seq += 1
                if read is None:
                    read = _common_lines(light=light)
                fields = read(raw) or self._whole_line(seq, raw)  # a line of the common kinds in one pass
                pending.append((fields, end))
                index, size = fields[5]
                if index == size - 1:
                    yield from pending
                    pending.clear()

    # -- reading -----------------------------------------------------------

    def records(self) -> Iterator[Record]:
        """Every record of complete batches, in log order (streams the file)."""
        for record, _ in self.records_after(Position()):
            yield record

    def events(self) -> Iterator[Event]:
        """Every event of complete batches, in log order (the lean path a rebuild takes)."""
        return self._decoded(light=False)  # type: ignore[return-value] # no light observations without light

    def fold_events(self) -> Iterator[Event | LightObservation]:
        """``events``, office observations as ``LightObservation``: what a rebuild that keeps none reads."""
        return self._decoded(light=True)

    def _decoded(self, *, light: bool) -> Iterator[Event | LightObservation]:
        pending: list[Event | LightObservation] = []
        from timeline.codec import line_reader  # noqa: PLC0415 - the converter only when events are read

        read = line_reader(light=light)
        handle = self._open_for_reading()
        if handle is None:
            return
        with handle:
            for number, raw in enumerate(handle, start=1):
                if raw[-1:] != b"\n":
                    return  # a torn tail is not a line
                try:
                    index, size, event = read(raw)  # the newline is whitespace to JSON: no copy to cut it
                except READ_FAULTS as exc:
                    raise unreadable(self.path, number, raw[:-1], exc) from exc
                pending.append(event)
                if index == size - 1:
                    yield from pending
                    pending.clear()

    def article_ids(self) -> set[str]:
        """Ids of the articles in the log, from its index (``articles.idx``), and any lines it does not cover yet.

        The index is written by the writer after each batch, one entry per
        batch: the bytes it spans, its last line's seq and hash, its
        articles. It is trusted when its entries follow one another from
        the start and its last one names the log's line that ends there;
        otherwise (missing, damaged, a log cut or rewritten) the log is read.
        """
        ids: set[str] = set()
        covered = 0
        entries = self._index_entries()
        if entries and self._ends_with(entries[-1]):
            for entry in entries:
                ids.update(entry[4])
            covered = entries[-1][1]
        ids.update(self._scan_article_ids(covered))
        return ids

    def _index_entries(self) -> list[_IndexEntry]:
        """The index's entries when they follow one another from the start of the log, else none."""
        try:
            data = self.index_path.read_bytes()
        except OSError:
            return []
        try:
            entries = _index_lines()(b"[" + b",".join(data.splitlines()) + b"]")
        except ValueError:  # msgspec's DecodeError and ValidationError
            return []
        end = 0
        for entry in entries:
            if entry[0] != end or entry[1] <= entry[0]:
                return []
            end = entry[1]
        return entries

    def _ends_with(self, entry: _IndexEntry) -> bool:
        """Whether the log's line that ends at the entry's end is the one it names (seq and hash)."""
        _, end, seq, digest, _ = entry
        try:
            return ends_with(self.path, end, seq, digest)
        except OSError:
            return False

    def _scan_article_ids(self, offset: int) -> set[str]:
        """The ids of the articles in the complete lines from byte ``offset`` on."""
        ids: set[str] = set()
        handle = self._open_for_reading()
        if handle is None:
            return ids
        with handle:
            handle.seek(offset)
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # a torn tail is not a line
                if _ARTICLE_MARK in raw:
                    with contextlib.suppress(ValueError, KeyError, TypeError):
                        ids.add(json.loads(raw)["payload"]["article"])
        return ids

    def _open_for_reading(self) -> Any:  # noqa: ANN401 - a binary file, or None when there is no log yet
        """The log file opened for reading (large buffer: reads stream it), or None when it does not exist."""
        if not self.path.exists():
            return None
        try:
            return self.path.open("rb", buffering=1 << 20)
        except OSError as exc:
            msg = f"cannot read {self.path}: {exc.strerror}"
            raise LogError(msg) from exc

    def _lines(self) -> Iterator[tuple[int, bytes]]:
        """(1-based line number, bytes without newline) of every complete line."""
        handle = self._open_for_reading()
        if handle is None:
            return
        with handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.endswith(b"\n"):
                    return  # a torn tail is not a line
                yield number, raw[:-1]

    # -- verifying ---------------------------------------------------------

    def verify(self, since: Checkpoint | None = None) -> VerifyReport:
        """Check every line: canonical bytes, schema, sequence, batches, chain, HEAD (and a checkpoint).

        Args:
            since: a checkpoint kept from earlier; the log must extend it
                exactly (hold its events, the last with its hash).

        Returns:
            What was checked, and any half-written tail a crash left (which
            the next writer moves aside; it was never acknowledged).

        Raises:
            CorruptLogError: naming the first bad line and what is wrong with it,
                a missing HEAD beside events, or a checkpoint the log does not extend.

        """
        head = self._read_head()
        checker = ChainChecker(str(self.path), watch=since.events if since else 0)
        hashes_at_head: str | None = GENESIS if head is not None and head[0] == 0 else None
        for number, raw in self._lines():
            record = checker.check(number, raw)
            if head is not None and record.seq == head[0]:
                hashes_at_head = record.hash
        seq, prev, open_batch = checker.seq, checker.prev, checker.open_batch
        unfinished = seq - open_batch[0] + 1 if open_batch else 0
        complete = seq - unfinished
        if head is None and complete:
            raise CorruptLogError(
                str(self.head_path),
                1,
                f"HEAD is missing beside a log of {complete} events: it was deleted, or the log's end was cut "
                "with it. Check the log against a checkpoint kept elsewhere (`timeline verify --since "
                "CHECKPOINT`); `timeline copy` to a new directory makes a log with HEAD again",
            )
        if head is not None:
            head_seq, head_hash = head
            if head_seq > complete:
                raise CorruptLogError(
                    str(self.path),
                    seq + 1,
                    f"log ends after {complete} complete events but HEAD acknowledged {head_seq}: "
                    "lines were removed from the end",
                )
            if hashes_at_head != head_hash:
                raise CorruptLogError(str(self.head_path), 1, f"HEAD hash does not match line {head_seq}")
        if since is not None:
            check_extends(str(self.path), since, complete, checker.watched)
        torn = self._torn_size()
        if unfinished:
            torn += self._size_of_last_lines(unfinished)
        return VerifyReport(
            events=complete,
            last_hash=self._hash_at(complete, checker) if unfinished else prev,
            torn_bytes=torn,
            head_lag=(complete - head[0]) if head else 0,
        )

    def _hash_at(self, seq: int, checker: ChainChecker) -> str:
        """The hash of line ``seq`` (the last complete one, before an unfinished batch)."""
        if seq == 0:
            return GENESIS
        for record in self.records():
            if record.seq == seq:
                return record.hash
        return checker.prev

    def _read_head(self) -> tuple[int, str] | None:
        try:
            data = json.loads(self.head_path.read_text(encoding="utf-8"))
            return int(data["seq"]), str(data["hash"])
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise CorruptLogError(str(self.head_path), 1, f"unreadable HEAD: {exc}") from exc

    def _torn_size(self) -> int:
        if not self.path.exists():
            return 0
        with self.path.open("rb") as handle:
            return len(_tail_after_last_newline(handle))

    def _size_of_last_lines(self, count: int) -> int:
        sizes = [len(raw) + 1 for _, raw in self._lines()]
        return sum(sizes[-count:])

    # -- writing -----------------------------------------------------------

    @contextlib.contextmanager
    def writer(self, *, timeout: float = 30.0) -> Iterator[Writer]:
        """Hold the write lock, recover a crash's torn tail, and yield a ``Writer``.

        Raises:
            LockTimeoutError: another process kept the lock for ``timeout`` seconds.
            LogError: the directory cannot be created or written.

        """
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            lock_fd = os.open(self.directory / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            msg = f"cannot write the log in {self.directory}: {exc.strerror}; check the path and its permissions"
            raise LogError(msg) from exc
        try:
            _acquire(lock_fd, self.directory, timeout)
            writer = Writer(self)
            try:
                yield writer
            finally:
                writer.close()
        finally:
            os.close(lock_fd)  # closing the descriptor releases the flock

    def _head_write(self, seq: int, digest: str, *, first: bool = False) -> None:
        """Move HEAD on (atomically); a failure here leaves HEAD behind, which verify allows.

        ``first``: the HEAD written before the log's first line (nothing appended yet).
        """
        tmp = self.head_path.with_suffix(".tmp")
        try:
            with tmp.open("w", encoding="utf-8") as handle:
                handle.write(dumps({"seq": seq, "hash": digest}) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            tmp.replace(self.head_path)
            if first:
                _sync_directory(self.directory)
        except OSError as exc:
            if first:
                msg = f"cannot start the log in {self.directory}: HEAD could not be written ({exc.strerror})"
                raise LogError(msg) from exc
            msg = (
                f"the events were appended to {self.path}, but HEAD could not be updated ({exc.strerror}); "
                "the log is intact and the next ingest updates it"
            )
            raise LogError(msg) from exc


class Writer:
    """Appends batches to a log while its lock is held (made by ``Log.writer``)."""

    def __init__(self, log: Log) -> None:
        """Open the log for appending and put aside what a crash left half-written."""
        self.log = log
        self.recovered: list[Path] = []
        self._fd = -1
        self._head_pending: tuple[int, str] | None = None
        self._head_moved = time.monotonic()
        self.seq, self.last_hash = 0, GENESIS
        if log.path.exists():
            self._open()
            self._recover()
            self.seq, self.last_hash = self._tail_state()
            if not self.seq:
                self._head_first()
            elif not log.head_path.exists():
                os.close(self._fd)
                self._fd = -1
                msg = (
                    f"{log.head_path}: HEAD is missing beside a log of {self.seq} events, so lines cut from its "
                    "end could not be noticed; appending would write HEAD anew and hide that. Run `timeline "
                    "verify --since CHECKPOINT` with a checkpoint kept elsewhere, then `timeline copy` the log "
                    "to a new directory (which writes HEAD) and use that"
                )
                raise LogError(msg)

    def _head_first(self) -> None:
        """HEAD at event 0 before the log's first line: lines are never without HEAD, so a log without it lost it."""
        if not self.log.head_path.exists():
            self.log._head_write(0, GENESIS, first=True)  # noqa: SLF001 - Log and Writer are one unit

    def _open(self) -> None:
        if not self.log.path.exists():
            self._head_first()
        try:
            self._fd = os.open(self.log.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            msg = f"cannot open {self.log.path} for writing: {exc.strerror}"
            raise LogError(msg) from exc

    HEAD_EVERY = 1.0  # seconds: HEAD moves on at most this long after an append, and when the writer closes

    def close(self) -> None:
        """Move HEAD to the last append and release the file (the lock is released by ``Log.writer``)."""
        try:
            self._move_head()
        finally:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    def _move_head(self) -> None:
        if self._head_pending is not None:
            seq, digest = self._head_pending
            self._head_pending = None
            self.log._head_write(seq, digest)  # noqa: SLF001 - Log and Writer are one unit
            self._head_moved = time.monotonic()

    def append(self, events: Iterable[Event], *, recorded_at: str) -> Sequence[Record]:
        """Append events as one batch, durably (write, fsync); HEAD follows (see ``HEAD_EVERY``).

        Raises:
            LogError: the write or fsync failed; the log is left as it was
                (a partial write is moved aside by the next writer).

        """
        events = list(events)
        if not events:
            return []
        lines, records = envelopes(
            events, seq=self.seq, prev=self.last_hash, recorded_at=recorded_at, path=self.log.path
        )
        seq, prev = records.last
        data = ("\n".join(lines) + "\n").encode()
        if self._fd < 0:
            self._open()
        try:
            start = os.fstat(self._fd).st_size
            _write_all(self._fd, data)
            os.fsync(self._fd)
        except OSError as exc:
            self._undo_partial()
            msg = f"could not append to {self.log.path}: {exc.strerror}"
            if exc.errno == errno.ENOSPC:
                msg += "; the disk is full, free some space and ingest again"
            raise LogError(msg) from exc
        self.seq, self.last_hash = seq, prev
        articles = [e.article for e in events if isinstance(e, ArticleIngested)]
        self._index_batch(_IndexEntry(start, start + len(data), seq, prev, articles))
        # HEAD (one more file and fsync) follows within HEAD_EVERY seconds and at close, not after every
        # batch: a crash in between leaves it behind, which verify allows
        self._head_pending = (seq, prev)
        if time.monotonic() - self._head_moved >= self.HEAD_EVERY:
            self._move_head()
        return records

    def append_lines(self, lines: Iterable[bytes]) -> int:
        """Append lines exactly as they are, into an empty log (for ``copy``); returns how many.

        Every line is checked as ``verify`` would before it is written. The
        lines go out in large writes and one fsync; a crash leaves a torn
        tail that the next writer moves aside, like any append.
        """
        if self.seq:
            msg = f"{self.log.location} already holds events; copy needs an empty log"
            raise LogError(msg)
        checker = ChainChecker(self.log.location)
        if self._fd < 0:
            self._open()
        chunk: list[bytes] = []
        size = 0
        try:
            for number, raw in enumerate(lines, start=1):
                checker.check(number, raw)
                chunk.append(raw + b"\n")
                size += len(raw) + 1
                if size >= 1 << 20:
                    _write_all(self._fd, b"".join(chunk))
                    chunk, size = [], 0
            if checker.open_batch is not None:
                msg = f"the lines to copy end inside a batch at event {checker.seq}"
                raise LogError(msg)
            _write_all(self._fd, b"".join(chunk))
            os.fsync(self._fd)
        except (OSError, LogError) as exc:
            self._undo_partial()
            if isinstance(exc, LogError):
                raise
            msg = f"could not copy into {self.log.path}: {exc.strerror}"
            raise LogError(msg) from exc
        self.seq, self.last_hash = checker.seq, checker.prev
        if self.seq:
            self.log._head_write(self.seq, self.last_hash)  # noqa: SLF001 - Log and Writer are one unit
        return self.seq

    def _index_batch(self, entry: _IndexEntry) -> None:
        """Add the batch just appended to the article index; an index that does not end where it began is made anew.

        The index only saves reading the log: it is not fsynced, and a
        failure to write it is left for the next writer (``article_ids``
        reads what it does not cover).
        """
        path = self.log.index_path
        try:
            if _index_end(path) != entry[0]:  # none yet, or behind (a copy, a crash, an older version)
                whole = self.log._scan_article_ids(0)  # noqa: SLF001 - Log and Writer are one unit
                entry = _IndexEntry(0, entry[1], entry[2], entry[3], sorted(whole))
                tmp = path.with_name(path.name + ".tmp")
                tmp.write_bytes(_json_encode(entry) + b"\n")
                tmp.replace(path)
                return
            with path.open("ab") as handle:
                handle.write(_json_encode(entry) + b"\n")
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink()  # a half-written index is noticed on reading; none at all costs less to notice

    def _undo_partial(self) -> None:
        """After a failed write, move aside whatever part of the batch reached the file."""
        with contextlib.suppress(OSError):
            self._recover_from(self._offset_after_seq())

    def _offset_after_seq(self) -> int:
        """Byte offset just after the last acknowledged line."""
        if self.seq == 0:
            return 0
        offset = 0
        with self.log.path.open("rb") as handle:
            for count, raw in enumerate(handle, start=1):
                offset += len(raw)
                if count == self.seq:
                    break
        return offset

    def _recover(self) -> None:
        """Move aside a torn last line and any unfinished batch before it."""
        size = os.fstat(self._fd).st_size
        if size == 0:
            return
        with self.log.path.open("rb") as handle:
            torn = _tail_after_last_newline(handle)
            end = size - len(torn)
            start = _unfinished_batch_start(handle, end)
        if start < size:
            self._recover_from(start)

    def _recover_from(self, start: int) -> None:
        size = os.fstat(self._fd).st_size
        if start >= size:
            return
        with self.log.path.open("rb") as handle:
            handle.seek(start)
            tail = handle.read()
        number = 1
        while (self.log.directory / f"torn-{number}.part").exists():
            number += 1
        aside = self.log.directory / f"torn-{number}.part"
        with aside.open("wb") as out:
            out.write(tail)
            out.flush()
            with contextlib.suppress(OSError):  # a failing disk must not keep the torn bytes in the log
                os.fsync(out.fileno())
        os.ftruncate(self._fd, start)
        with contextlib.suppress(OSError):
            os.fsync(self._fd)
        self.recovered.append(aside)

    def _tail_state(self) -> tuple[int, str]:
        """(seq, hash) of the last line, read from the end of the file."""
        size = os.fstat(self._fd).st_size
        if size == 0:
            return 0, GENESIS
        with self.log.path.open("rb") as handle:
            raw = last_line(handle, size)
        envelope = parse_envelope(self.log.path, 0, raw)
        try:
            return int(envelope["seq"]), str(envelope["hash"])
        except (KeyError, ValueError, TypeError) as exc:
            msg = f"{self.log.path}: the last line is damaged; run `timeline verify`"
            raise LogError(msg) from exc


class _IndexEntry(NamedTuple):
    """One batch in the article index: its bytes [start, end), its last line's seq and hash, its articles."""

    start: int
    end: int
    seq: int
    hash: str
    articles: list[str]


@functools.cache
def _index_lines() -> Callable[[bytes], list[_IndexEntry]]:
    """The article index's reader (msgspec loaded when the index is first read: a warm view never reads it)."""
    import msgspec  # noqa: PLC0415 - see the docstring

    return msgspec.json.Decoder(list[_IndexEntry]).decode


def _json_encode(value: object) -> bytes:
    import msgspec  # noqa: PLC0415 - only when the index is written

    return msgspec.json.encode(value)


def _index_end(path: Path) -> int | None:
    """Where the index's last entry ends in the log, or None when there is no readable index."""
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size == 0:
                return None
            back = 65536
            while True:  # the last line, however long (a remade index holds every id in one entry)
                handle.seek(max(0, size - back))
                tail = handle.read().rstrip(b"\n")
                if b"\n" in tail or back >= size:
                    break
                back *= 4
            last = tail.rsplit(b"\n", 1)[-1]
        import msgspec  # noqa: PLC0415 - only when the index is written

        return int(msgspec.json.decode(last, type=_IndexEntry).end)
    except (OSError, ValueError):  # msgspec's DecodeError and ValidationError are ValueErrors
        return None


def _acquire(fd: int, directory: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                msg = (
                    f"another timeline process has been writing to {directory} for {timeout:g}s; "
                    "wait for it to finish, or raise TIMELINE_LOCK_TIMEOUT"
                )
                raise LockTimeoutError(msg) from None
            time.sleep(0.02)
        else:
            return


def _sync_directory(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (its entry, not only the file's bytes)."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _tail_after_last_newline(handle: Any) -> bytes:  # noqa: ANN401 - a binary file
    """The bytes after the file's last newline (empty when it ends cleanly)."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    chunk = 1 << 16
    pos = size
    tail = b""
    while pos > 0:
        step = min(chunk, pos)
        pos -= step
        handle.seek(pos)
        block = handle.read(step)
        cut = block.rfind(b"\n")
        if cut >= 0:
            return bytes(block[cut + 1 :] + tail)
        tail = block + tail
    return tail


def _unfinished_batch_start(handle: Any, end: int) -> int:  # noqa: ANN401 - a binary file
    """Offset where the last, unfinished batch begins; ``end`` if it is finished."""
    pos = end
    while pos > 0:
        raw = last_line(handle, pos)
        try:
            index, size = json.loads(raw)["batch"]
        except (ValueError, KeyError, TypeError):
            return end  # a damaged complete line is for verify to report, not to move
        if index == size - 1 and pos == end:
            return end
        pos -= len(raw) + 1
        if index == 0:
            return pos
    return end


STAGING_INFIX = ".copy-"  # a copy is built in ".<destination>.copy-XXXX" beside its destination


def copy_into(log: Log, lines: Iterable[bytes], *, timeout: float = 30.0) -> int:
    """Copy lines into an empty file log whole, or not at all; returns how many.

    The lines go into a staging log beside the destination (same file
    system), checked as ``verify`` checks them; only when it is complete and
    verified are its files moved into the destination, under its lock:
    HEAD at event 0 first, then ``log.jsonl`` (the moment the copy is
    there), then HEAD at its end. A copy killed or interrupted before that
    leaves the destination as it was; its staging log is removed by the
    next copy to the same destination (found by its lock being free).

    Raises:
        LogError: the destination already holds events, a line fails the
            checks, or the files cannot be written or moved.

    """
    _refuse_events(log, timeout)
    parent = log.directory.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_stagings(parent, log.directory.name)
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{log.directory.name}{STAGING_INFIX}"))
    except OSError as exc:
        msg = f"cannot make a staging log beside {log.directory}: {exc.strerror}; check the path and its permissions"
        raise LogError(msg) from exc
    try:
        stage = Log(staging)
        with stage.writer(timeout=timeout) as writer:  # its lock, held to the end, says the copy is alive
            count = writer.append_lines(lines)
            report = stage.verify()
            if report.events != count or report.torn_bytes:
                msg = f"the staging copy in {staging} did not verify ({report.events} of {count} events)"
                raise LogError(msg)
            _move_in(stage, log, timeout)
        return count
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _refuse_events(log: Log, timeout: float) -> None:
    """Refuse a destination that holds events (looked at without creating anything when it holds none)."""
    if not (log.path.exists() and log.path.stat().st_size):
        return
    with log.writer(timeout=timeout) as writer:
        if writer.seq:
            msg = f"{log.location} already holds events; copy needs an empty log"
            raise LogError(msg)


def _move_in(stage: Log, log: Log, timeout: float) -> None:
    """Move a verified staging log's files into the destination, under the destination's lock.

    Every moment leaves a valid log: empty with HEAD at 0, then the whole
    log with HEAD behind it (which verify allows), then HEAD at its end.
    """
    with log.writer(timeout=timeout) as target:
        if target.seq:
            msg = f"{log.location} already holds events (appended during the copy); copy needs an empty log"
            raise LogError(msg)
        try:
            if not log.head_path.exists():
                log._head_write(0, GENESIS, first=True)  # noqa: SLF001 - Log and Writer are one unit
            os.replace(stage.path, log.path)
            _sync_directory(log.directory)
            os.replace(stage.head_path, log.head_path)
            _sync_directory(log.directory)
        except OSError as exc:
            msg = f"cannot move the copy into {log.directory}: {exc.strerror}"
            raise LogError(msg) from exc


def _remove_abandoned_stagings(parent: Path, name: str) -> None:
    """Remove staging logs of copies to ``name`` that died (their lock is free; or lockless and a minute old)."""
    for staging in parent.glob(f".{glob.escape(name)}{STAGING_INFIX}*"):
        if not staging.is_dir() or staging.is_symlink():
            continue
        lock = staging / LOCK_NAME
        if not lock.exists():
            if time.time() - staging.stat().st_mtime > 60:
                shutil.rmtree(staging, ignore_errors=True)
            continue
        fd = os.open(lock, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue  # a live copy holds it
        finally:
            os.close(fd)
        shutil.rmtree(staging, ignore_errors=True)


_RUN = 1 << 16  # bytes of lines searched at once for names (some sixty lines)


def _runs(handle: BinaryIO) -> Iterator[bytes]:
    """The rest of the file in runs of about ``_RUN`` bytes.

    Each run ends where a line ends; the last where the file does, a torn
    line included.
    """
    while run := handle.read(_RUN):
        if not run.endswith(b"\n"):
            run += handle.readline()
        yield run


def _named_lines(run: bytes, needles: tuple[bytes, ...]) -> list[int]:
    """Where each line of ``run`` holding one of ``needles`` begins, in order (a needle holds no newline)."""
    starts: set[int] = set()
    for needle in needles:
        found = run.find(needle)
        while found >= 0:
            starts.add(run.rfind(b"\n", 0, found) + 1)
            stop = run.find(b"\n", found)
            found = -1 if stop < 0 else run.find(needle, stop + 1)
    return sorted(starts)


def _opening(run: bytes, opening: bytes, begin: int, end: int) -> int:
    """Where the first line of ``run`` that begins at or after ``begin`` (a line's start) and before ``end``
    opens with ``opening`` begins; -1 if none does."""
    if begin < end and run.startswith(opening, begin):
        return begin
    found = run.find(b"\n" + opening, begin, end)
    return -1 if found < 0 else found + 1


def _common_lines(*, light: bool) -> Callable[[bytes], LightRecordFields | None]:
    """``codec``'s reader of a line of the common kinds in one pass (the codec loaded when a line is read)."""
    from timeline import codec  # noqa: PLC0415 - the codec when a line is read

    return codec.light_record_reader() if light else codec.record_reader()


def _fields(record: Record) -> LightRecordFields:
    """A record as the fields ``codec.record_reader`` reads (``_record`` makes it again)."""
    return (
        record.seq,
        record.id,
        record.kind,
        record.version,
        record.recorded_at,
        record.batch,
        record.event,
        record.prev,
        record.hash,
    )


def _record(fields: LightRecordFields) -> Record:
    """A line's record as ``codec.record_reader`` read it (``chain.to_record`` makes it from the envelope)."""
    seq, event_id, kind, version, recorded_at, batch, event, prev, digest = fields
    return Record(
        seq=seq,
        id=event_id,
        kind=kind,
        version=version,
        recorded_at=recorded_at,
        batch=batch,
        event=event,  # type: ignore[arg-type] # light only for fold_events_after
        prev=prev,
        hash=digest,
    )
