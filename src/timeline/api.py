"""The library under the CLI: open a log, ingest articles, re-read them, and fold the log into a world.

Everything the ``timeline`` commands do, callable from Python; the CLI only
parses its arguments, calls these, renders and echoes. Like all library
code these never print and never read the clock: the record time of an
append (``now``) and "today" are the caller's.

Example::

    import timeline

    log = timeline.open_log("events")
    world = timeline.world_of(log)
    for line in timeline.views.country_timeline(world, "KR", "jsonl"):
        print(line)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pendulum

from typing import TYPE_CHECKING

from timeline import backend, cache
from timeline.storage import EventLog
from timeline.world import World

if TYPE_CHECKING:  # the pipeline is loaded when ingest or reextract is called: views never load it
    from timeline.ingestion import Note, Reextraction, Summary

DEFAULT_BATCH = 200  # articles per appended batch


def open_log(location: str | Path) -> EventLog:
    """The event log at ``location``: a directory of JSON-lines files, or a ``postgresql://`` URL."""
    return backend.open_log(location)


def world_of(
    log: EventLog,
    *,
    known_at: int | pendulum.DateTime | None = None,
    warn: Callable[[str], None] | None = None,
) -> World:
    """The log folded into a world: from the projection cache, or as the log knew it at ``known_at``.

    Args:
        log: the event log.
        known_at: a log position (the number of events then) or a record
            time; the world as the log knew it then (no cache: a fold of
            that prefix). None: everything, through the cache.
        warn: told in one line when a damaged cache was thrown away.

    """
    if known_at is None:
        return cache.world(log, warn=warn)
    from timeline.project import build  # noqa: PLC0415 - a fold of a prefix: the cache cannot answer it

    if isinstance(known_at, int):
        return build(log.fold_events(), until=known_at)
    count = sum(1 for record in log.records() if recorded_at(record.recorded_at) <= known_at)
    return build(log.fold_events(), until=count)


def logged_id(log: EventLog, shown: str) -> str | None:
    """The log's id of the meeting report a view shows, corrected, with id ``shown``; None if none is.

    After a split or an office set, a view shows a report as corrected, with
    the id its corrected content makes; ``timeline retract`` takes that id
    too, and records the retraction of the event in the log it came from
    (a retraction names a logged event: ``Corrections.apply``). One pass
    over the log, made only when ``shown`` is no id in it.
    """
    from timeline.codec import event_id  # noqa: PLC0415 - the fold's modules only when a shown id is looked up
    from timeline.corrections import Corrections, collect  # noqa: PLC0415 - the same

    collected, in_force = collect(log.events(), None, event_id, keep_text=False)
    found = Corrections.of(in_force.values(), event_id).logged_report(collected.reports, shown)
    return None if found is None else event_id(found)


def recorded_at(text: str) -> pendulum.DateTime:
    """A record time as the log keeps it (ISO 8601, UTC)."""
    moment = pendulum.parse(text)
    assert isinstance(moment, pendulum.DateTime)
    return moment


def ingest(  # noqa: PLR0913 - the header defaults of CONTRACT.md, and the pipeline's settings
    log: EventLog,
    paths: Sequence[Path | str],
    *,
    today: pendulum.Date,
    now: Callable[[], str],
    published: pendulum.Date | None = None,
    source: str | None = None,
    url: str | None = None,
    jobs: int | None = None,
    batch_size: int = DEFAULT_BATCH,
    timeout: float = 30.0,
    tell: Callable[[Note], None] | None = None,
    progress: Callable[[Summary], None] | None = None,
    read_stdin: Callable[[int], bytes] | None = None,
) -> Summary:
    """Read articles, extract their events and append them to the log (``timeline ingest``).

    Args:
        log: the log to append to.
        paths: files, directories (every ``*.txt`` and ``*.md`` below) and
            ``-`` for standard input.
        today: the date an article's own dates are checked against.
        now: the record time of the next batch (ISO 8601, UTC).
        published: publication date for articles whose header lacks one.
        source: source name for articles whose header lacks one.
        url: URL for articles whose header lacks one.
        jobs: processes extracting (default: every core).
        batch_size: articles per appended batch.
        timeout: seconds to wait for the write lock.
        tell: receives what became of each input, in input order.
        progress: called after each input is dealt with.
        read_stdin: reads up to so many bytes of standard input, for ``-``.

    Returns:
        The counts (added, already in the log, refused, failed, ...).

    After appending, the projection store, when the log has one, is brought
    up to date (``update_store``), so the next view need not.

    Raises:
        TimelineError: the log cannot be locked, read or written.

    """
    from timeline import ingestion  # noqa: PLC0415 - the pipeline only when ingesting

    options = ingestion.Options(
        published=published.isoformat() if published else None,
        source=source,
        url=url,
        batch_size=batch_size,
        jobs=jobs or ingestion.default_jobs(),
        timeout=timeout,
        today=today,
    )
    summary = ingestion.run(
        log, paths, options=options, now=now, tell=tell or _ignore, progress=progress, read_stdin=read_stdin
    )
    if summary.added and not summary.interrupted:  # after Ctrl-C, stop: the next view updates the store
        update_store(log)
    return summary


def update_store(log: EventLog) -> bool:
    """Bring the log's projection store, if it has one, up to date with what was appended (``cache.refresh``).

    ``ingest`` calls it after appending, so the next view reads a store that
    is current; a caller that appends events itself (``log.writer()``) may
    call it likewise. It never makes nor rebuilds a store and never fails:
    what it leaves is for the next view, as before.

    Returns:
        Whether the store now reflects the whole log.

    """
    return cache.refresh(log)


def reextract(
    log: EventLog,
    *,
    now: Callable[[], str],
    jobs: int | None = None,
    timeout: float = 30.0,
    tell: Callable[[Note], None] | None = None,
    progress: Callable[[Reextraction], None] | None = None,
) -> Reextraction:
    """Read every article of the log again with this extractor, appending what changed (``timeline reextract``).

    When something changed and the log has a projection store, the store is
    made again here (``cache.refresh``), so the first view after it need not.

    Raises:
        TimelineError: the log cannot be locked, read or written.

    """
    from timeline import ingestion  # noqa: PLC0415 - the pipeline only when re-reading

    summary = ingestion.reextract(
        log,
        jobs=jobs or ingestion.default_jobs(),
        timeout=timeout,
        now=now,
        tell=tell or _ignore,
        progress=progress,
    )
    if summary.appended and not summary.interrupted:
        cache.refresh(log, rebuild=True)  # re-reading took far longer than folding: the next view is warm
    return summary


def extractor_name() -> str:
    """The name of the rules this installation extracts with (loads the extractor)."""
    from timeline.extract import EXTRACTOR  # noqa: PLC0415 - spaCy only when asked for

    return EXTRACTOR


def _ignore(note: Note) -> None:  # noqa: ARG001 - the signature of tell
    return None
