"""The hash chain both backends share: envelopes, their hashes, reading and checking lines, checkpoints.

A log line is an envelope (seq, id, kind, version, recorded_at, batch,
payload, prev, hash) in canonical JSON; its hash is SHA-256 of the canonical
envelope without ``hash``, and ``prev`` is the hash of the line before. The
files (``store``) and PostgreSQL (``store_pg``) write and check lines with
these same functions, so a copy between them is byte-identical.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, overload

import attrs

from timeline.canonical import dumps
from timeline.errors import CorruptLogError, DecodeError
from timeline.model import Event


GENESIS = "0" * 64


ENVELOPE_KEYS = frozenset({"seq", "id", "kind", "version", "recorded_at", "batch", "payload", "prev", "hash"})


@attrs.frozen(kw_only=True)
class Record:
    """One line of the log: an event with its position, time and chain links."""

    seq: int
    id: str
    kind: str
    version: int
    recorded_at: str
    batch: tuple[int, int]
    event: Event
    prev: str
    hash: str


@attrs.frozen(kw_only=True)
class VerifyReport:
    """What ``verify`` found in a log that passed."""

    events: int
    last_hash: str
    torn_bytes: int = 0
    head_lag: int = 0


_CHECKPOINT = re.compile(r"\s*checkpoint\s+(\d+)\s+([0-9a-f]{64})\s*")


@attrs.frozen(kw_only=True)
class Checkpoint:
    """A log's head at one moment: how many events, and the hash of the last, which commits to them all.

    Kept outside the log (a ticket, a git repository, an e-mail), it lets
    ``verify`` prove later that the log still holds exactly those events,
    whatever else was appended since.
    """

    events: int
    hash: str

    @classmethod
    def from_text(cls, text: str) -> Checkpoint:
        """Read ``checkpoint N HASH`` (as ``line`` writes it).

        Raises:
            ValueError: the text is not such a line.

        """
        match = _CHECKPOINT.fullmatch(text)
        if match is None:
            msg = f"{text.strip()[:80]!r} is not a checkpoint line, 'checkpoint N HASH'"
            raise ValueError(msg)
        return cls(events=int(match.group(1)), hash=match.group(2))

    @classmethod
    def of(cls, report: VerifyReport) -> Checkpoint:
        """The checkpoint of a log that passed ``verify``."""
        return cls(events=report.events, hash=report.last_hash)

    def line(self) -> str:
        """``checkpoint N HASH``: one line to keep."""
        return f"checkpoint {self.events} {self.hash}"


def check_extends(where: str, since: Checkpoint, events: int, hash_there: str | None) -> None:
    """Raise unless a verified log of ``events`` events, whose event ``since.events`` has ``hash_there``, extends ``since``.

    Raises:
        CorruptLogError: the log is shorter than the checkpoint, or differs at it.

    """
    if since.events > events:
        reason = (
            f"the log holds {events} events, fewer than the checkpoint's {since.events}: "
            "events were removed from the end, or this is another log"
        )
        raise CorruptLogError(where, events + 1, reason)
    expected = GENESIS if since.events == 0 else hash_there
    if expected != since.hash:
        reason = (
            f"event {since.events} has hash {str(expected)[:16]}..., the checkpoint {since.hash[:16]}...: "
            "the log was rewritten or replaced since the checkpoint"
        )
        raise CorruptLogError(where, max(since.events, 1), reason)


def line_hash(envelope: dict[str, Any]) -> str:
    """The hash of an envelope: SHA-256 of its canonical form without ``hash``."""
    body = {k: v for k, v in envelope.items() if k != "hash"}
    return hashlib.sha256(dumps(body).encode()).hexdigest()


def canonical_hash(line: bytes, digest: str) -> str:
    """The hash of a line already checked to be canonical, with ``digest`` as its ``hash``: from its bytes.

    The canonical form puts ``hash`` second, after ``batch`` (whose value
    holds only digits), so the envelope without ``hash`` is the line with
    that one member cut out: the same bytes ``line_hash`` would serialise
    again, without building the canonical form a second time.
    """
    member = b'"hash":"' + digest.encode() + b'",'
    start = line.find(member)
    if start < 0:
        return ""
    return hashlib.sha256(line[:start] + line[start + len(member) :]).hexdigest()


class ChainChecker:
    """Checks lines one after another: canonical bytes, schema, sequence, batches, hash chain."""

    def __init__(self, where: str, *, watch: int = 0) -> None:
        """``where`` names the log in error messages (a path or a URL); ``watch``: a seq whose hash to keep."""
        self.where = where
        self.prev = GENESIS
        self.seq = 0
        self.open_batch: tuple[int, int] | None = None  # (first line, size) of an unfinished batch
        self.watch = watch
        self.watched: str | None = GENESIS if watch == 0 else None  # the hash of line ``watch`` once seen

    def check(self, number: int, raw: bytes) -> Record:
        """The record of line ``number``, or ``CorruptLogError`` naming what is wrong with it."""
        where = self.where
        envelope = parse_envelope(where, number, raw)
        record = to_record(where, number, envelope)
        if dumps(envelope).encode() != raw:
            raise CorruptLogError(where, number, "line is not in canonical form (edited by hand?)")
        if record.seq != self.seq + 1:
            raise CorruptLogError(
                where, number, f"sequence number {record.seq}, expected {self.seq + 1} (line missing or moved)"
            )
        if record.prev != self.prev:
            raise CorruptLogError(where, number, "prev does not match the hash of the line before")
        if canonical_hash(raw, record.hash) != record.hash:
            raise CorruptLogError(where, number, "hash does not match the line's content")
        index, size = record.batch
        if self.open_batch is None:
            if index != 0:
                raise CorruptLogError(where, number, f"batch starts at item {index}, not 0")
            self.open_batch = (number, size)
        elif size != self.open_batch[1] or index != number - self.open_batch[0]:
            raise CorruptLogError(where, number, "batch markers out of order")
        if index == size - 1:
            self.open_batch = None
        self.prev, self.seq = record.hash, record.seq
        if record.seq == self.watch:
            self.watched = record.hash
        return record


class Batch(Sequence[Record]):
    """The records of one appended batch, each made when asked for: an append itself needs only the lines."""

    def __init__(self, events: list[Event], ids: list[str], hashes: list[str], *, seq: int, prev: str, recorded_at: str) -> None:
        """The batch's events with their ids and hashes, after ``seq`` and ``prev``."""
        self._events, self._ids, self._hashes = events, ids, hashes
        self._seq, self._prev, self._recorded_at = seq, prev, recorded_at

    def __len__(self) -> int:
        """How many events the batch holds."""
        return len(self._events)

    @overload
    def __getitem__(self, index: int) -> Record: ...
    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...
    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        """The record at ``index`` (or those of a slice)."""
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        event = self._events[index]
        return Record(
            seq=self._seq + index + 1,
            id=self._ids[index],
            kind=event.kind,
            version=event.version,
            recorded_at=self._recorded_at,
            batch=(index, len(self)),
            event=event,
            prev=self._hashes[index - 1] if index else self._prev,
            hash=self._hashes[index],
        )

    @property
    def last(self) -> tuple[int, str]:
        """The seq and hash of the batch's last line."""
        return self._seq + len(self), self._hashes[-1] if self._hashes else self._prev


def envelopes(
    events: list[Event], *, seq: int, prev: str, recorded_at: str, path: Path | str  # noqa: ARG001
) -> tuple[list[str], Batch]:
    """The canonical lines of one batch appended after ``seq`` and ``prev``, and their records.

    Each event's payload is serialised once: its canonical JSON gives the
    event id (as ``event_id`` does) and is spliced into the line, whose keys
    are written in sorted order by hand (``batch``, ``hash``, ``id``, ``kind``,
    ``payload``, ``prev``, ``recorded_at``, ``seq``, ``version``), byte for
    byte what ``dumps`` of the envelope gives; ``verify`` checks exactly that.
    """
    from timeline import codec  # noqa: PLC0415 - the converter only when events are written

    lines: list[str] = []
    ids: list[str] = []
    hashes: list[str] = []
    first, start = seq, prev
    size = len(events)
    moment = json.dumps(recorded_at, ensure_ascii=False)
    sha256 = hashlib.sha256
    for index, event in enumerate(events):
        seq += 1
        payload = dumps(codec.to_payload(event))
        kind = f'"{event.kind}"'  # kinds are fixed lowercase words: nothing to escape
        identifier = sha256(f"{event.kind}\n{payload}".encode()).hexdigest()[:24]
        head = f'{{"batch":[{index},{size}],'
        rest = (
            f'"id":"{identifier}","kind":{kind},"payload":{payload},"prev":"{prev}",'
            f'"recorded_at":{moment},"seq":{seq},"version":{event.version}}}'
        )
        digest = sha256((head + rest).encode()).hexdigest()
        lines.append(f'{head}"hash":"{digest}",{rest}')
        ids.append(identifier)
        hashes.append(digest)
        prev = digest
    return lines, Batch(events, ids, hashes, seq=first, prev=start, recorded_at=recorded_at)


READ_FAULTS = (DecodeError, TypeError, ValueError, KeyError)  # what line_reader raises (msgspec's are ValueErrors)


def unreadable(path: Path | str, number: int, raw: bytes, exc: Exception) -> CorruptLogError:
    """The error for a line ``line_reader`` refused: what the envelope lacks when that is it, else why."""
    parse_envelope(path, number, raw)  # raises, naming the line's fault, when the envelope is what is wrong
    return CorruptLogError(str(path), number, str(exc))


def parse_envelope(path: Path | str, number: int, raw: bytes) -> dict[str, Any]:
    """A line's envelope: read by msgspec, and by the standard library when that fails, to name the fault."""
    try:
        envelope = _json_reader()(raw)
    except ValueError:  # msgspec's DecodeError, or a string that is not UTF-8
        envelope = None
    if type(envelope) is dict and envelope.keys() == ENVELOPE_KEYS:
        return envelope
    return _parse_naming(path, number, raw)


@functools.cache
def _json_reader() -> Callable[[bytes], Any]:
    """msgspec's JSON reader, loaded when the first line is read (a warm view reads none)."""
    import msgspec  # noqa: PLC0415 - see the docstring

    return msgspec.json.Decoder().decode


def _parse_naming(path: Path | str, number: int, raw: bytes) -> dict[str, Any]:
    try:
        envelope = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise CorruptLogError(str(path), number, f"not UTF-8 at byte {exc.start}") from exc
    except ValueError as exc:
        raise CorruptLogError(str(path), number, f"not valid JSON: {exc}") from exc
    if not isinstance(envelope, dict):
        raise CorruptLogError(str(path), number, "not a JSON object")
    keys = set(envelope)
    if keys != ENVELOPE_KEYS:
        missing, extra = sorted(ENVELOPE_KEYS - keys), sorted(keys - ENVELOPE_KEYS)
        raise CorruptLogError(
            str(path), number, f"envelope keys wrong (missing {missing}, unexpected {extra})"
        )
    return envelope


def to_record(
    path: Path | str, number: int, envelope: dict[str, Any], event: Event | None = None
) -> Record:
    try:
        seq, version, batch = envelope["seq"], envelope["version"], envelope["batch"]
        if not (isinstance(seq, int) and isinstance(version, int)):
            msg = "seq and version must be integers"
            raise TypeError(msg)
        index, size = batch
        if not (isinstance(index, int) and isinstance(size, int) and 0 <= index < size):
            msg = f"bad batch marker {batch!r}"
            raise TypeError(msg)
        for key in ("id", "kind", "recorded_at", "prev", "hash"):
            if not isinstance(envelope[key], str):
                msg = f"{key} must be a string"
                raise TypeError(msg)
        if not isinstance(envelope["payload"], dict):
            msg = "payload must be an object"
            raise TypeError(msg)
        if event is None:
            from timeline import codec  # noqa: PLC0415 - the converter only when an event is decoded

            event = codec.from_payload(envelope["kind"], version, envelope["payload"])  # shares repeated strings
    except (TypeError, ValueError, DecodeError) as exc:
        raise CorruptLogError(str(path), number, str(exc)) from exc
    return Record(
        seq=seq,
        id=envelope["id"],
        kind=envelope["kind"],
        version=version,
        recorded_at=envelope["recorded_at"],
        batch=(index, size),
        event=event,
        prev=envelope["prev"],
        hash=envelope["hash"],
    )
