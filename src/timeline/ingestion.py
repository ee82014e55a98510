"""The ingest pipeline: paths in; articles read, checked, extracted (in parallel) and appended in order.

Owns the order of work for ``timeline ingest`` and ``timeline reextract``:

- inputs are expanded first (files, directories' ``*.txt`` and ``*.md`` in
  sorted order, ``-`` for standard input), so progress knows the total;
- each article is read and checked here, in input order; one the log already
  holds (same text) is skipped before any extraction;
- an article that is not English (``language``) is recorded with no events;
- extraction runs outside the log's write lock: in this process, or in a pool
  of worker processes, chunks of articles at a time (``--jobs``);
- results come back in input order and go in by batches, the lock taken for
  each batch only; under it, article ids are checked again against the log,
  so two ingests that race append each article once;
- an unexpected error in one article (reading or extracting) is that
  article's failure, reported with its traceback; the others still go in;
- Ctrl-C stops the work: what was appended stays, nothing is half-written.

Nothing here prints: what happens to each input is told as a ``Note``, and
the caller renders it.
"""

from __future__ import annotations

import contextlib
import importlib
import math
import multiprocessing
import os
import re
import signal
import stat
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, Literal

import attrs
import pendulum

from timeline import article, language
from timeline.article import Article
from timeline.errors import ArticleError, IngestStoppedError, LogError
from timeline.model import ArticleIngested, ArticleReextracted, Event
from timeline.project import latest_extractions
from timeline.storage import EventLog

BATCH_ARTICLES = 200
CHUNK_ARTICLES = 16  # articles per task sent to a worker: fewer round trips, still an even spread
MIN_PER_WORKER = 32  # a worker starts (fork, model load) only for at least this many inputs
IN_FLIGHT_PER_WORKER = 2  # chunks queued per worker: workers never wait, memory stays bounded
_WINDOW = 512  # inputs held back behind an unfinished chunk before a part-filled chunk is sent
_HTML_TAG = re.compile(r"<(?:html|body|p|div|span|br|a\s)[^>]*>", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Note:
    """One thing to tell the user about one input (or about the log, when ``name`` is empty)."""

    level: Literal["error", "warning", "info"]
    name: str
    message: str
    detail: str = ""  # the traceback of an unexpected error


@attrs.frozen(kw_only=True)
class Options:
    """What ``timeline ingest`` was asked to do, besides which paths."""

    published: str | None = None
    source: str | None = None
    url: str | None = None
    batch_size: int = BATCH_ARTICLES
    jobs: int = 1
    timeout: float = 30.0
    today: pendulum.Date | None = None  # for the far-off date warning; the CLI supplies it


@attrs.define
class Summary:
    """Counts of an ingest so far (the progress callback reads it too)."""

    total: int = 0  # inputs named (files, directories' files, stdin)
    done: int = 0  # inputs dealt with, whatever became of them
    added: int = 0
    known: int = 0
    refused: int = 0
    failed: int = 0
    foreign: int = 0  # recorded without events: not English
    batches: int = 0
    unsaved: int = 0  # read and extracted, not appended when interrupted
    interrupted: bool = False


@attrs.define
class Reextraction:
    """Counts of a ``reextract``."""

    total: int = 0
    done: int = 0
    changed: int = 0
    failed: int = 0
    foreign: int = 0
    appended: bool = False  # the changes went in (one batch)
    interrupted: bool = False


@attrs.frozen
class _Extracted:
    events: list[Event]
    problems: list[str]


@attrs.frozen
class _Failed:
    error: str
    detail: str


_Outcome = _Extracted | _Failed


@attrs.define
class _Slot:
    """One input on its way through: notes to tell, and the article to extract or its result."""

    name: str
    notes: list[Note] = attrs.field(factory=list)
    item: Article | None = None
    outcome: _Outcome | None = None  # None while waiting for extraction
    foreign: bool = False  # not English: recorded without events

    @property
    def waiting(self) -> bool:
        return self.item is not None and self.outcome is None


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity where the system says, else all)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def expand(paths: Iterable[Path | str]) -> list[tuple[str, Path | ArticleError | None]]:
    """Every input, in order: (name, file path | refusal | None for standard input).

    Directories give every ``*.txt`` and ``*.md`` below them, sorted.
    """
    inputs: list[tuple[str, Path | ArticleError | None]] = []
    for given in paths:
        path = Path(given)
        if str(given) == "-":
            inputs.append(("-", None))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in {".txt", ".md"} and p.is_file())
            if not files:
                inputs.append((str(path), ArticleError(str(path), "directory holds no *.txt or *.md files")))
            inputs.extend((str(file), file) for file in files)
        else:
            inputs.append((str(path), path))
    return inputs


def read(path: Path) -> bytes | ArticleError:
    """A regular file's bytes (at most the limit), or why it cannot be read.

    Devices, FIFOs and sockets are refused without reading them (``stat`` says
    nothing of how much they hold, and a FIFO nobody writes to never ends);
    a file is read up to one byte past the limit, whatever ``stat`` said.
    """
    try:
        fd = open_input(path)
    except FileNotFoundError:
        return ArticleError(str(path), "no such file or directory")
    except IsADirectoryError:
        return ArticleError(str(path), "is a directory")
    except OSError as exc:
        return ArticleError(str(path), f"cannot be read ({exc.strerror})")
    try:
        return _read_regular(path, fd)
    except OSError as exc:
        return ArticleError(str(path), f"cannot be read ({exc.strerror})")
    finally:
        os.close(fd)


def open_input(path: Path) -> int:
    """A file opened for reading without waiting: a FIFO with no writer opens at once (and is then refused)."""
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))


_NOT_REGULAR = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISFIFO, "is a FIFO, not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def _read_regular(path: Path, fd: int) -> bytes | ArticleError:
    mode = os.fstat(fd).st_mode
    for test, reason in _NOT_REGULAR:
        if test(mode):
            return ArticleError(str(path), reason)
    if not stat.S_ISREG(mode):
        return ArticleError(str(path), "is not a regular file")
    size = os.fstat(fd).st_size
    if size > article.MAX_BYTES:
        return _too_large(str(path), f"is {size / 1048576:.1f} MiB")
    os.set_blocking(fd, True)
    with os.fdopen(os.dup(fd), "rb") as handle:
        data = handle.read(article.MAX_BYTES + 1)
    if len(data) > article.MAX_BYTES:
        return _too_large(str(path), "grew while it was read")
    return data


def read_limited(read_stream: Callable[[int], bytes], name: str = "-") -> bytes | ArticleError:
    """At most the limit from a stream (standard input), or its refusal when there is more."""
    data = read_stream(article.MAX_BYTES + 1)
    if len(data) > article.MAX_BYTES:
        return _too_large(name, "holds more")
    return data


def _too_large(name: str, what: str) -> ArticleError:
    limit = article.MAX_BYTES // (1024 * 1024)
    return ArticleError(name, f"{what}, over the {limit} MiB limit for one article")


def oddities(item: Article, today: pendulum.Date | None) -> list[str]:
    """What is accepted but worth a look: dates far off, markup read as text."""
    found = []
    if item.published is not None:
        if today is not None and item.published > today.add(days=1):
            found.append(f"published date {item.published.isoformat()} is in the future; check the header")
        if item.published.year < 1900:
            found.append(f"published date {item.published.isoformat()} is before 1900; check the header")
    if _HTML_TAG.search(item.text):
        found.append(
            "looks like HTML markup; tags are read as plain text (save the page as text for best results)"
        )
    return found


def ingested(item: Article) -> ArticleIngested:
    """The event that records an article and keeps its text, without extracting anything."""
    fields = attrs.asdict(item, recurse=False, filter=lambda a, _: a.name not in {"id", "warnings"})
    return ArticleIngested(**fields, article=item.id)


def not_english(item: Article) -> str | None:
    """Why an article is not read as English, or None when it is."""
    verdict = language.judge(item.text, item.language)
    return None if verdict.english else verdict.reason


def run(  # noqa: PLR0913 - the log, what to read, and the caller's hooks
    log: EventLog,
    paths: Sequence[Path | str],
    *,
    options: Options,
    now: Callable[[], str],
    tell: Callable[[Note], None],
    progress: Callable[[Summary], None] | None = None,
    read_stdin: Callable[[int], bytes] | None = None,
) -> Summary:
    """Ingest articles into the log; what became of each input is told as it happens.

    Args:
        log: the event log to append to.
        paths: files, directories and ``-`` for standard input, as given.
        options: header defaults, batch size, processes, lock timeout, today.
        now: the record time of the next batch.
        tell: receives every note, in input order.
        progress: called after each input is dealt with.
        read_stdin: reads up to so many bytes of standard input, for ``-``.

    Returns:
        The counts; ``interrupted`` when Ctrl-C stopped it (what was
        appended stays; ``unsaved`` articles were extracted but not appended).

    Raises:
        TimelineError: the log cannot be locked, read or written.

    """
    inputs = expand(paths)
    jobs = _workers(options.jobs, len(inputs))
    chunk = chunk_size(len(inputs), jobs)
    return _Ingest(log, options, now, tell, progress).run(
        inputs,
        len(inputs),
        read_stdin or sys.stdin.buffer.read,
        lambda slots: resolve(slots, jobs=jobs, chunk=chunk),
    )


Source = Path | Article | ArticleError | None  # a file, an article already read, a refusal, standard input
Resolver = Callable[[Iterator["_Slot"]], Generator["_Slot", None, None]]


def run_inputs(  # noqa: PLR0913 - the log, what to read, who extracts, and the caller's hooks
    log: EventLog,
    inputs: Iterable[tuple[str, Source]],
    *,
    total: int,
    resolver: Resolver,
    options: Options,
    now: Callable[[], str],
    tell: Callable[[Note], None],
    progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """``run`` over inputs streamed by the caller, extracted by ``resolver`` (``backfill``: Ray workers).

    Everything else is ``run``'s: the known articles skipped before extraction
    (from the log's index of article ids), the order, the batches under the
    lock, each article once, a failure per article.

    Args:
        log: the event log to append to.
        inputs: (name, source) in the order to append; read one at a time.
        total: how many inputs there are, for progress.
        resolver: gives back the slots in their order, each extracted.
        options: batch size and lock timeout (``jobs`` is the resolver's business).
        now: the record time of the next batch.
        tell: receives every note, in input order.
        progress: called after each input is dealt with.

    Returns:
        The counts, as ``run``'s.

    Raises:
        TimelineError: the log cannot be locked, read or written.

    """
    return _Ingest(log, options, now, tell, progress).run(inputs, total, sys.stdin.buffer.read, resolver)


class _Ingest:
    """One call of ``run``: the ids known, the batch pending, the counts."""

    def __init__(
        self,
        log: EventLog,
        options: Options,
        now: Callable[[], str],
        tell: Callable[[Note], None],
        progress: Callable[[Summary], None] | None,
    ) -> None:
        self.log, self.options, self.now, self.tell, self.progress = log, options, now, tell, progress
        self.summary = Summary()
        self.pending: list[_Slot] = []
        self.claimed: set[str] = set()  # ids of this call's articles, appended or on their way
        self.state: tuple[int, str] | None = None
        self.in_log: set[str] = set()

    def _peek(self) -> tuple[int, str] | None:
        """The log's last position, under the lock for a moment (a crash's torn tail is moved aside)."""
        with self.log.writer(timeout=self.options.timeout) as writer:
            self._recovered(writer)
            return _position(writer)

    def _recovered(self, writer: Any) -> None:  # noqa: ANN401 - a backend's writer
        for path in writer.recovered:
            self.tell(
                Note(level="warning", name="", message=f"an interrupted write was moved aside to {path}")
            )

    def run(
        self,
        inputs: Iterable[tuple[str, Source]],
        total: int,
        read_stdin: Callable[[int], bytes],
        resolver: Resolver,
    ) -> Summary:
        summary = self.summary
        summary.total = total
        slots = (self._slot(name, source, read_stdin) for name, source in inputs)
        results = resolver(slots)
        try:
            # A log not begun yet has no torn tail to recover; peeking would create its directory and lock
            # even when no article is found.
            self.state = self._peek() if self.log.exists() else None
            self.in_log = self.log.article_ids()  # read without the lock: checked again under it, per batch
            try:
                for slot in results:
                    self._settle(slot)
                    summary.done += 1
                    if self.progress is not None:
                        self.progress(summary)
                    if len(self.pending) >= self.options.batch_size:
                        self._flush()
            finally:
                results.close()  # stops the workers, also on Ctrl-C
            self._flush()
        except LogError as exc:  # the log failed part-way (disk, connection): say what is in it already
            if isinstance(exc, IngestStoppedError):
                raise
            raise IngestStoppedError(str(exc), summary.added, summary.total) from exc
        except KeyboardInterrupt:
            summary.interrupted = True
            summary.unsaved = len(self.pending)
        return summary

    def _slot(self, name: str, source: Source, read_stdin: Callable[[int], bytes]) -> _Slot:
        """Read and check one input; it waits for extraction unless it is refused, known or not English."""
        slot = _Slot(name=name)
        try:
            self._read(slot, source, read_stdin)
        except ArticleError as exc:
            slot.notes.append(Note(level="error", name=exc.source, message=exc.reason))
            self.summary.refused += 1
        except Exception as exc:  # noqa: BLE001 - a bug in reading one article must not lose the others
            slot.outcome = _failure(exc, "read")
        return slot

    def _read(self, slot: _Slot, source: Source, read_stdin: Callable[[int], bytes]) -> None:
        name = slot.name
        item = source if isinstance(source, Article) else self._parse(name, source, read_stdin)
        for warning in (*item.warnings, *oddities(item, self.options.today)):
            slot.notes.append(Note(level="warning", name=name, message=warning))
        if item.id in self.in_log or item.id in self.claimed:
            slot.notes.append(Note(level="info", name=name, message="already in the log"))
            self.summary.known += 1
            return
        slot.item = item
        self.claimed.add(item.id)
        reason = not_english(item)
        if reason is not None:
            slot.notes.append(
                Note(
                    level="warning",
                    name=name,
                    message=f"{reason}; the article is recorded with its text but no events are extracted "
                    "(the extractor reads English only)",
                )
            )
            slot.outcome = _Extracted([ingested(item)], [])
            slot.foreign = True
            self.summary.foreign += 1

    def _parse(
        self, name: str, source: Path | ArticleError | None, read_stdin: Callable[[int], bytes]
    ) -> Article:
        """Read and check a file (or standard input); ``ArticleError`` when it is refused."""
        data = (
            source
            if isinstance(source, ArticleError)
            else read_limited(read_stdin)
            if source is None
            else read(source)
        )
        if isinstance(data, ArticleError):
            raise data
        return article.from_bytes(
            data,
            source_name=name,
            published=self.options.published,
            source=self.options.source,
            url=self.options.url,
            filename=None if name == "-" else Path(name).name,
        )

    def _settle(self, slot: _Slot) -> None:
        """Tell what became of one input; queue its events for the next batch."""
        for note in slot.notes:
            self.tell(note)
        outcome = slot.outcome
        if isinstance(outcome, _Failed):
            self._fail(slot, outcome)
        elif isinstance(outcome, _Extracted) and slot.item is not None:
            for problem in outcome.problems:
                self.tell(Note(level="warning", name=slot.name, message=problem))
            if not slot.foreign:  # its warning said it all
                meetings = sum(1 for e in outcome.events if e.kind == "meeting-reported")
                observations = len(outcome.events) - 1 - meetings
                self.tell(
                    Note(
                        level="info",
                        name=slot.name,
                        message=f"{meetings} meetings, {observations} office observations",
                    )
                )
            self.pending.append(slot)

    def _fail(self, slot: _Slot, failure: _Failed) -> None:
        self.summary.failed += 1
        if slot.item is not None:
            self.claimed.discard(slot.item.id)
        self.tell(Note(level="error", name=slot.name, message=failure.error, detail=failure.detail))

    def _flush(self) -> None:
        """Append the pending articles as one batch, holding the lock only now."""
        if not self.pending:
            return
        with self.log.writer(timeout=self.options.timeout) as writer:
            self._recovered(writer)
            position = _position(writer)
            if position is not None and position != self.state:
                self.in_log = self.log.article_ids()  # another writer appended meanwhile: look again
            fresh = [s for s in self.pending if s.item is not None and s.item.id not in self.in_log]
            events = [e for s in fresh if isinstance(s.outcome, _Extracted) for e in s.outcome.events]
            with _sigint_deferred() as interrupted:  # a batch and its count go together, or neither
                records = writer.append(events, recorded_at=self.now())
                self.state = _position(writer)
                if position is not None:  # checked under the lock: every fresh article went in
                    went_in = {s.item.id for s in fresh if s.item is not None}
                else:  # the backend left out what it already held
                    went_in = {r.event.article for r in records if isinstance(r.event, ArticleIngested)}
                late = self._count(went_in)
        for slot in late:
            self.tell(
                Note(
                    level="info",
                    name=slot.name,
                    message="already in the log (another ingest added it meanwhile)",
                )
            )
        if interrupted:
            raise KeyboardInterrupt

    def _count(self, went_in: set[str]) -> list[_Slot]:
        """Count the pending articles as added or known and empty the batch; those another writer added."""
        late = []
        for slot in self.pending:
            assert slot.item is not None  # only articles are queued
            if slot.item.id in went_in:
                self.summary.added += 1
                self.in_log.add(slot.item.id)
            else:
                self.summary.known += 1
                late.append(slot)
        self.summary.batches += 1 if went_in else 0
        self.pending.clear()
        return late


def reextract(  # noqa: PLR0913 - the log and the caller's hooks
    log: EventLog,
    *,
    jobs: int,
    timeout: float,
    now: Callable[[], str],
    tell: Callable[[Note], None],
    progress: Callable[[Reextraction], None] | None = None,
) -> Reextraction:
    """Read every article of the log again with this extractor; append what changed, in one batch.

    Extraction runs without the lock; under it, each article's latest
    extraction is read again when another writer appended meanwhile, and an
    article goes in only when its fresh events differ from it. A failure in
    one article is told and leaves that article as it was.

    Raises:
        TimelineError: the log cannot be locked, read or written.

    """
    counts = Reextraction()
    try:
        with log.writer(timeout=timeout) as writer:
            state = _position(writer)
        latest = latest_extractions(log.events())
        counts.total = len(latest)
        fresh = _extract_again(latest, jobs, tell, progress, counts)
        with log.writer(timeout=timeout) as writer:
            if state is None or _position(writer) != state:
                latest = latest_extractions(log.events())  # under the lock now: nobody writes in between
            batch: list[Event] = []
            for article_id, events in fresh.items():
                if article_id in latest and events != latest[article_id][1]:
                    counts.changed += 1
                    batch.extend([ArticleReextracted(article=article_id, extractor=_extractor()), *events])
            with _sigint_deferred() as interrupted:  # the batch and its mark go together, or neither
                writer.append(batch, recorded_at=now())
                counts.appended = bool(batch)
        if interrupted:
            raise KeyboardInterrupt  # noqa: TRY301 - the batch went in whole; now stop as asked
    except KeyboardInterrupt:
        counts.interrupted = True
    return counts


def _extractor() -> str:
    """The name of the rules that made the fresh events (``timeline.extract.EXTRACTOR``)."""
    from timeline.extract import EXTRACTOR  # noqa: PLC0415 - spaCy only when needed

    name: str = EXTRACTOR
    return name


def _extract_again(
    latest: dict[str, tuple[ArticleIngested, list[Event]]],
    jobs: int,
    tell: Callable[[Note], None],
    progress: Callable[[Reextraction], None] | None,
    counts: Reextraction,
) -> dict[str, list[Event]]:
    """Each article's fresh events (without its ``ArticleIngested``); failures are told and left out."""
    fresh: dict[str, list[Event]] = {}
    workers = _workers(jobs, len(latest))
    slots = (_reslot(article_id, event, counts) for article_id, (event, _) in latest.items())
    results = resolve(slots, jobs=workers, chunk=chunk_size(len(latest), workers))
    try:
        for slot in results:
            for note in slot.notes:
                tell(note)
            if isinstance(slot.outcome, _Failed):
                counts.failed += 1
                tell(
                    Note(
                        level="error", name=slot.name, message=slot.outcome.error, detail=slot.outcome.detail
                    )
                )
            elif isinstance(slot.outcome, _Extracted) and slot.item is not None:
                fresh[slot.item.id] = slot.outcome.events[1:]
            counts.done += 1
            if progress is not None:
                progress(counts)
    finally:
        results.close()  # stops the workers, also on Ctrl-C
    return fresh


def _workers(jobs: int, inputs: int) -> int:
    """Processes worth starting: at most ``jobs``, one per ``MIN_PER_WORKER`` inputs."""
    return min(jobs, max(1, inputs // MIN_PER_WORKER))


def _reslot(article_id: str, event: ArticleIngested, counts: Reextraction) -> _Slot:
    """An article of the log, to extract again (or to leave eventless when it is not English)."""
    fields = attrs.asdict(event, recurse=False, filter=lambda a, _: a.name != "article")
    item = Article(id=article_id, **fields)
    name = event.filename or event.title or article_id
    slot = _Slot(name=f"{name} ({article_id[:12]})", item=item)
    if not_english(item) is not None:  # counted, not told one by one: ingest said so when it came
        slot.outcome = _Extracted([event], [])
        counts.foreign += 1
    return slot


def chunk_size(inputs: int, jobs: int) -> int:
    """Articles per worker task: at most ``CHUNK_ARTICLES``, and at least four tasks per worker."""
    return max(1, min(CHUNK_ARTICLES, math.ceil(inputs / (4 * max(jobs, 1)))))


def resolve(slots: Iterator[_Slot], *, jobs: int, chunk: int) -> Generator[_Slot, None, None]:
    """The slots in their order, each waiting one extracted (in this process, or by ``jobs`` workers)."""
    if jobs <= 1:
        for group in _groups(slots, chunk):
            waiting = [slot for slot in group if slot.waiting]
            items = [slot.item for slot in waiting if slot.item is not None]
            for slot, result in zip(waiting, _extract_chunk(items), strict=True):
                slot.outcome = result
            yield from group
        return
    yield from _Pool(jobs, chunk).resolve(slots)


def _groups(slots: Iterator[_Slot], chunk: int) -> Iterator[list[_Slot]]:
    """The slots in runs holding ``chunk`` articles to extract (or ``_WINDOW`` slots), in order."""
    group: list[_Slot] = []
    count = 0
    for slot in slots:
        group.append(slot)
        count += slot.waiting
        if count >= chunk or len(group) > _WINDOW:
            yield group
            group, count = [], 0
    if group:
        yield group


def extract(item: Article) -> tuple[list[Event], list[str]]:
    """``timeline.extract.extract``, imported on the first article that needs it.

    Ingesting only articles the log holds, or refused files, never loads
    spaCy; a pool imports it once before its workers fork.
    """
    from timeline.extract import extract as extract_article  # noqa: PLC0415 - spaCy only when needed

    result: tuple[list[Event], list[str]] = extract_article(item)
    return result


def outcome(item: Article) -> _Outcome:
    """Extract one article; an exception becomes that article's failure, with its traceback."""
    try:
        events, problems = extract(item)
    except Exception as exc:  # noqa: BLE001 - one article's bug must not lose the batch
        return _failure(exc, "extracted")
    return _Extracted(events, problems)


def _failure(exc: BaseException, stage: str) -> _Failed:
    return _Failed(
        error=f"could not be {stage} ({type(exc).__name__}: {exc}); left out, the other articles go in",
        detail="".join(traceback.format_exception(exc)),
    )


def _extract_chunk(items: list[Article]) -> list[_Outcome]:
    """Extract a chunk of articles, a worker's task (the model loads on the first, once per process).

    The chunk is announced to the parser first, so spaCy reads all its
    articles' lines in one pass (its cost per pass is fixed); each article
    still succeeds or fails alone.
    """
    if not items:
        return []
    from timeline.extract.parse import ahead  # noqa: PLC0415 - spaCy only when needed

    with ahead(item.text for item in items):
        return [outcome(item) for item in items]


def _worker_start() -> None:
    """Workers leave Ctrl-C to the parent, which stops them when it has finished its batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> BaseContext:
    """How workers start: forked on Linux, else from a fork server, else spawned.

    Forked workers inherit the code already imported (not the model: the
    parent never loads it when workers extract, and each worker loads it once,
    on its first article); the parent runs no threads of its own when they
    fork. Where fork is unsafe (macOS) or missing (Windows), a fork server or
    a fresh interpreter starts them.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class _Pool:
    """Worker processes extracting chunks of articles; results come back in input order.

    A worker that dies (killed, out of memory, a crash in native code) takes
    its chunk and those in flight with it: those are done again one article
    at a time in a new pool, so only the article that kills a worker fails.
    """

    def __init__(self, jobs: int, chunk: int) -> None:
        self.jobs, self.chunk = jobs, chunk
        self.executor: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self.executor is None:
            importlib.import_module("timeline.extract")  # once here: forked workers inherit it
            self.executor = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=_context(), initializer=_worker_start
            )
        return self.executor

    def _stop(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def _submit(self, chunk: list[_Slot]) -> Future[list[_Outcome]]:
        items = [slot.item for slot in chunk if slot.item is not None]
        try:
            return self._start().submit(_extract_chunk, items)
        except BrokenProcessPool:
            self._stop()
            return self._start().submit(_extract_chunk, items)

    def resolve(self, slots: Iterator[_Slot]) -> Generator[_Slot, None, None]:
        window: deque[_Slot] = deque()  # every slot not yet given back, in order
        filling: list[_Slot] = []
        flight: deque[tuple[list[_Slot], Future[list[_Outcome]]]] = deque()
        try:
            for slot in slots:
                window.append(slot)
                if slot.waiting:
                    filling.append(slot)
                if filling and (len(filling) >= self.chunk or len(window) > _WINDOW):
                    flight.append((filling, self._submit(filling)))
                    filling = []
                while flight and (flight[0][1].done() or len(flight) > IN_FLIGHT_PER_WORKER * self.jobs):
                    self._settle(flight)
                yield from _ready(window)
            if filling:
                flight.append((filling, self._submit(filling)))
            while flight:
                self._settle(flight)
                yield from _ready(window)
        finally:
            self._stop()

    def _settle(self, flight: deque[tuple[list[_Slot], Future[list[_Outcome]]]]) -> None:
        """Wait for the oldest chunk; when the pool broke, do again what it lost."""
        chunk, future = flight.popleft()
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            lost = [chunk]
            while flight:
                other, other_future = flight.popleft()
                if other_future.done() and other_future.exception() is None:
                    for slot, result in zip(other, other_future.result(), strict=True):
                        slot.outcome = result
                else:
                    lost.append(other)
            self._stop()
            for slot in (slot for slots in lost for slot in slots):
                assert slot.item is not None
                slot.outcome = self._alone(slot.item)
            return
        except Exception:  # noqa: BLE001 - a result that cannot come back: find which article, alone
            outcomes = [self._alone(slot.item) for slot in chunk if slot.item is not None]
        for slot, result in zip(chunk, outcomes, strict=True):
            slot.outcome = result

    def _alone(self, item: Article) -> _Outcome:
        """One article in a task of its own: a worker that dies now died of this article."""
        try:
            [result] = self._start().submit(_extract_chunk, [item]).result()
        except BrokenProcessPool as exc:
            self._stop()
            return worker_died(exc)
        except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
            return _failure(exc, "extracted")
        return result


def worker_died(exc: BaseException) -> _Outcome:
    """The failure of an article read alone by a worker process that died reading it."""
    return _Failed(
        error="could not be extracted: the worker process reading it died (killed, out of memory "
        "or crashed); left out, the other articles go in",
        detail="".join(traceback.format_exception(exc)),
    )


def _ready(window: deque[_Slot]) -> Iterator[_Slot]:
    while window and not window[0].waiting:
        yield window.popleft()


def _position(writer: Any) -> tuple[int, str] | None:  # noqa: ANN401 - a backend's writer
    """The file log's last (seq, hash) as the writer found it under the lock.

    None for a backend that checks article ids itself inside its append (PostgreSQL).
    """
    seq = getattr(writer, "seq", None)
    digest = getattr(writer, "last_hash", None)
    return (seq, digest) if isinstance(seq, int) and isinstance(digest, str) else None


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[list[bool]]:
    """Hold Ctrl-C back while a batch is written (the caller stops after it): the batch goes in whole.

    Yields a list that is non-empty when Ctrl-C came meanwhile. Signal
    handlers belong to the main thread; elsewhere nothing is held back.
    """
    hit: list[bool] = []
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous is None:
        yield hit
        return
    signal.signal(signal.SIGINT, lambda *_: hit.append(True))
    try:
        yield hit
    finally:
        signal.signal(signal.SIGINT, previous)


__all__ = [
    "BATCH_ARTICLES",
    "Note",
    "Options",
    "Reextraction",
    "Summary",
    "default_jobs",
    "expand",
    "ingested",
    "not_english",
    "oddities",
    "read",
    "reextract",
    "run",
    "run_inputs",
    "worker_died",
]
