"""The projection store: the projections as indexed SQLite rows, disposable, kept up to date one article at a time.

Rebuilding every view from the whole log costs time in proportion to the
log. The store keeps, in one SQLite file, what the fold has produced so far,
as rows a view reads by index (a country's meetings, tenures and changes, a
person's), cut into independent parts an update recomputes:

- meetings, one row each with its JSON line ready (tenures and changes too:
  a warm JSON-lines view decodes nothing), indexed by person and date,
  in parts by their people (or countries) and held/planned: a new report
  can only join meetings of its own part; each country's meeting lines
  again in pages, a year of them in the views' order in one row (a
  country's view reads a few rows and sorts nothing), the pages of the
  years an update touched made again;
- sightings by office and year (every date lies within one calendar year,
  so a year's sightings decide which of them count, and its run of one
  holder after another is a stretch of the office's; those only office
  observations show are marked, for the acting officials learnt later), the
  office's tenures (rows) and office-holder changes, made from the stretches;
- sightings and new-office changes by person;
- changes as rows indexed by kind and country; first meetings by pair of
  officials, grouping joins by grouping;
- the written forms of every name, with the countries each came with and
  whether some event gave it none (canonical names and the countries the log
  knows are cheap to redo);
- by country and person, the meeting parts where that person takes part with
  neither title nor office class: when the runs of an office they held or
  hold change, those parts are made again (their office then may be
  another).

Next to it: the log ``Position`` it reflects (opaque: the backend's own
cursor). A view reads only the events after that position and recomputes only
what they touch: an acting official takes away what only observations showed
of that office on that day, a printed name that changed renames the person
where they are shown (so does a merge or a name set, whose only effect is
printed names: the people's sightings, offices, meetings and changes follow
the rename), a retracted meeting report leaves its meeting's part, the name
counts and the offices it was seen in (sightings an office observation shows
too stay), found through an index of reports by id; an office set moves one
person's sightings to the office it gives and makes their meetings' parts
again, when its effect is bounded (``Cache._follow_office_set`` says when);
a retracted office observation or article, and a retraction taken back,
are found in the log (one pass, no fold: the store keeps no observations
nor reports retracted) and leave or rejoin the offices, people, names and
meeting parts they showed (``Cache._retold`` says when). A split, and a
revert of a merge, a split or a name set, alone in an update, make again
the people whose forms or printed names they change (one person's forms
may now be two people, or two one) from the log's events that name them,
found by one search of its lines (no fold), in its order: the counts of
those forms, their sightings, the runs of their offices, their meeting
parts and changes (``Cache._regroup`` says when). Any other correction (a
revert of an office set; one of those beside new events, or beside an
office set or a retraction appended or taken back), a re-extraction, a
new article after which a name's forms print as two, people made one by a
merge who were seen on one day in one article (their new offices hang on
the log's order), or a country filled in for someone an earlier event left
without one that changes, makes the store again from the log. Deleting it
changes no answer; a log that does not match it (truncated, rewritten,
another log) is noticed and the store made again; each row carries a
checksum checked when it is read, and the row counts and meta are checked on
opening: a damaged store is thrown away, with one warning.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import sqlite3
import string
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

import attrs

from timeline import cachefile
from timeline.canonical import dumps
from timeline.errors import StaleCacheError
from timeline.model import (
    ArticleIngested,
    ArticleReextracted,
    CorrectionReverted,
    Event,
    EventRetracted,
    LightObservation,
    MeetingReported,
    NameSet,
    OfficeObserved,
    OfficeSet,
    PeopleMerged,
    PersonSplit,
)
from timeline.gcpause import paused_gc
from timeline.changes import first_meetings, groupings_of, holder_change, joined_groupings, new_offices
from timeline.corrections import Corrections, collect, in_force
from timeline.identity import FORMS, Forms, Printed, known_countries, person_key
from timeline.meetings import merge_meetings
from timeline.names import Key
from timeline.records import change_line, meeting_line, tenure_line
from timeline.tenures import (
    RUNS,
    Holders,
    Stretch,
    acting_days,
    clear_sightings,
    first_day,
    holder_rows,
    joined,
    run_order,
    runs,
    runs_of,
    sightings,
    sightings_of,
)
from timeline.world import (
    Memo,
    Observed,
    Slot,
    T,
    CHANGE_KINDS,
    Change,
    FirstMeeting,
    JoinedGrouping,
    Meeting,
    NewOffice,
    Sighting,
    Tenure,
    World,
    change_countries,
    change_order,
)
from timeline.storage import EventLog, Position
from timeline.store import Log
from timeline.textdate import TextDate

if TYPE_CHECKING:
    from types import ModuleType


def _codec() -> ModuleType:
    """The codec (the cattrs converter), loaded when something is decoded or encoded through it: a warm view
    of stored lines never is."""
    from timeline import codec  # noqa: PLC0415 - see the docstring

    return codec


def build(events: Iterable[Event | LightObservation], *, keep_observations: bool = False) -> World:
    """``project.build`` (the fold with the codec's event ids), loaded when a fold is needed."""
    from timeline import project  # noqa: PLC0415 - the fold and the codec only when folding

    return project.build(events, keep_observations=keep_observations)


def event_id(event: Event) -> str:
    """``codec.event_id``."""
    return str(_codec().event_id(event))


VERSION = cachefile.VERSION
_WAL_LIMIT = 64 << 20  # bytes of write-ahead log kept after a checkpoint
_BUSY_MS = cachefile.BUSY_MS  # how long to wait for another process's update of the cache
# SQLite's largest page: a country's run of meeting lines (tens of MB in a large log) spans a sixteenth of the
# pages 4 KiB ones need, and a view reading it, or the row counts checked on opening, visit each page once
_PAGE_SIZE = 65536
# what an update follows: new extraction, retractions (of a meeting report, or the update declines), merges and
# names set (printed names that change: the rename of a new article's, or the update declines), and splits and
# reverts (the people they touch made again from the log's events that name them, or the update declines)
_FOLDABLE = {
    "article-ingested",
    "meeting-reported",
    "office-observed",
    "event-retracted",
    "people-merged",
    "person-split",
    "name-set",
    "office-set",
    "correction-reverted",
}
_FOLLOWED = (
    EventRetracted,
    PeopleMerged,
    PersonSplit,
    NameSet,
    OfficeSet,
    CorrectionReverted,
)  # the corrections among them
_TABLES = cachefile.TABLES


def cache_path(log: EventLog) -> Path | None:
    """Where a log's cache lives: beside a file log, or under the user's cache folder; None if disabled."""
    if cachefile.disabled():
        return None
    if isinstance(log, Log):
        return cachefile.beside(log.directory)
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "timeline"
    return base / f"{hashlib.sha256(log.location.encode()).hexdigest()[:24]}.sqlite"


Warn = Callable[[str], None]


def world(log: EventLog, path: Path | None = None, warn: Warn | None = None) -> World:
    """The log's world, from the cache when it can be brought up to date, else by a full fold.

    Args:
        log: the event log.
        path: the cache file (default: ``cache_path(log)``).
        warn: told, in one line, when a damaged or edited cache was thrown
            away (the answer is then the full fold's, as always).

    """
    target = path if path is not None else cache_path(log)
    if target is None or not log.exists():  # nothing to cache, and a read must not create the log's folder
        return build(log.fold_events())
    tell = warn or _silent
    try:
        with paused_gc():  # bringing the cache up to date allocates much and makes no cycles, like a fold
            opened = Cache(target, log, tell)
            found = opened.world(log)
            if not isinstance(found, LazyWorld):
                opened.close()  # a full fold's world needs no file: close it now, not at some collection
            return found
    except sqlite3.OperationalError as exc:
        if str(exc).startswith(("no such table", "no such column")):
            return _thrown_away(target, log, tell, exc)  # a table changed after it was checked
        return build(log.fold_events())  # busy past the timeout, or not writable: answer without it
    except OSError:
        return build(log.fold_events())  # not writable: answer without it
    except _DAMAGE as exc:
        return _thrown_away(target, log, tell, exc)


def refresh(log: EventLog, path: Path | None = None, *, rebuild: bool = False) -> bool:
    """Bring an existing, sound store up to date with what was appended since, when that needs no rebuild.

    ``timeline ingest`` calls it after appending, so the first view after an
    ingest is a warm one: the process that appended has the fold's modules
    loaded, where a view would start up only for this. It never makes a
    store nor rebuilds one (a log of a million events takes a minute to
    fold): no store, a store in doubt or of another version, or new events
    the update cannot follow (a correction, a re-extraction, a name that now
    prints as two) leave the store as it was, for the next view to deal with
    as always. It never fails its caller: an update it could not finish is
    rolled back.

    With ``rebuild`` (``timeline reextract``, whose re-reading of every
    article takes far longer than a fold), an existing store that must be
    made again is made again, so the first view after it is warm too.

    Returns:
        Whether the store now reflects the whole log.

    """
    target = path if path is not None else cache_path(log)
    if target is None or not target.exists() or not log.exists():
        return False
    opened: Cache | None = None
    try:
        with paused_gc():
            opened = Cache(target, log)
            return opened.refresh(log, rebuild=rebuild)
    except (_WouldRebuild, sqlite3.Error, OSError, StaleCacheError, *_DAMAGE):
        return False
    finally:
        if opened is not None:
            opened.close()


def _silent(message: str) -> None:  # noqa: ARG001 - the signature of Warn
    return None


def _thrown_away(target: Path, log: EventLog, warn: Warn, reason: object) -> World:
    """The cache is disposable: a damaged one is deleted, said once, and the log folded."""
    _delete(target)
    warn(
        f"the projection cache {target} was damaged ({reason}); it was thrown away and the views read the log"
    )
    return build(log.fold_events())


def _delete(target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{target}{suffix}").unlink()


def _key(meeting_or_report: Meeting | MeetingReported, names: dict[Key, str]) -> str:
    """The part a meeting belongs to: its people (or its countries when none is named), held or planned."""
    if isinstance(meeting_or_report, Meeting):
        people = sorted(meeting_or_report.people)
        planned = meeting_or_report.kind == "planned"
        countries = sorted({c for r in meeting_or_report.reports for c in r.countries})
    else:
        people = sorted({names.get(person_key(p.name), p.name) for p in meeting_or_report.participants})
        planned = meeting_or_report.meeting_kind == "planned"
        countries = sorted(meeting_or_report.countries)
    return _part(tuple(people), tuple(countries) if not people else (), planned)


@functools.lru_cache(maxsize=1 << 16)
def _part(people: tuple[str, ...], countries: tuple[str, ...], planned: bool) -> str:  # noqa: FBT001 - a cache key
    """A part's name as JSON, made once: many meetings share their people (a rebuild names every one's part)."""
    return json.dumps([list(people), list(countries), planned], ensure_ascii=False)


@functools.cache
def _json() -> ModuleType:
    """msgspec's JSON (several times json's speed, the same values), loaded when a row is encoded or decoded:
    a warm view of stored lines does neither."""
    import msgspec.json  # noqa: PLC0415 - see the docstring

    return msgspec.json


def _encode(value: object) -> bytes:
    data: bytes = _json().encode(value)
    return data


def _decode(data: str | bytes) -> Any:  # noqa: ANN401 - any JSON value
    return _json().decode(data)


@functools.cache
def _decoder(shape: object) -> Callable[[str | bytes], Any]:
    """msgspec's reader of JSON of this shape (checked as it is read), made once."""
    return _json().Decoder(shape).decode  # type: ignore[no-any-return]


# what a damaged cache raises while it is read (msgspec's: ValueErrors): it is then thrown away
_DAMAGE = (sqlite3.DatabaseError, ValueError, KeyError, TypeError, IndexError, ExceptionGroup)


def _dump(value: object) -> str:
    """A record's row as the converter would unstructure it (``codec.to_data``: the converter is not made)."""
    return _encode(_codec().to_data(value)).decode()


def _load(text: str, cls: Any) -> Any:  # noqa: ANN401
    return _codec().converter().structure(_decode(text), cls)


def _dump_sightings(rows: list[Sighting]) -> str:
    """Sightings as JSON arrays of six: offices and people hold thousands of them."""
    return _encode([_row(row) for row in rows]).decode()


def _load_sightings(data: str) -> list[Sighting]:
    read = _codec().read_date
    return [
        Sighting(person, country, role, read(day), article, status)
        for person, country, role, day, article, status in _decoder(list[_Row])(data)
    ]


_Row = tuple[str, str, str, str | None, str, str]  # a sighting as stored: its date as text


def _row(sighting: Sighting) -> _Row:
    person, country, role, date, article, status = sighting
    return (person, country, role, _date_text(date), article, status)


def _sighting(row: _Row) -> Sighting:
    person, country, role, day, article, status = row
    return Sighting(person, country, role, _codec().read_date(day), article, status)


@functools.lru_cache(maxsize=1 << 14)
def _date_text(date: TextDate) -> str | None:
    return date.to_str()


class _WouldRebuild(Exception):  # noqa: N818 - a signal within this module, not an error
    """``refresh`` found the store must be made again from the log: it leaves that to the next view."""


def _would_rebuild(log: EventLog) -> World:  # noqa: ARG001 - the signature of Cache._rebuild
    raise _WouldRebuild


class Cache:
    """One cache file; ``world(log)`` brings it up to date and returns a world that loads parts on use."""

    def __init__(self, path: Path, log: EventLog | None = None, warn: Warn = _silent) -> None:
        """Open (or create) the file; ``log`` and ``warn`` serve a view that finds a part damaged."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.log = log
        self.warn = warn
        self._pages: set[tuple[str, int]] = set()  # (country, year) whose page of lines an update makes again
        self.db = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_MS / 1000)
        if (
            self.db.execute("PRAGMA page_count").fetchone()[0] == 0
        ):  # a new file: its pages can still be sized
            self.db.execute(f"PRAGMA page_size = {_PAGE_SIZE}")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        # a full fold writes the whole cache in one transaction: without a limit its write-ahead
        # log stays that large, and every later open and commit pays for it
        self.db.execute(f"PRAGMA journal_size_limit = {_WAL_LIMIT}")

    def close(self) -> None:
        """Close the file (a view's snapshot ends with it)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def _meta(self) -> dict[str, str]:
        return cachefile.meta(self.db)

    def _meta_of(self, *keys: str) -> dict[str, str]:
        """These keys of meta (not all of it: a large log's name forms are megabytes)."""
        marks = ", ".join("?" * len(keys))
        return dict(self.db.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys))  # noqa: S608

    def _written(self) -> bool:
        """Whether this transaction changed the file (its digest is then made again)."""
        return self.db.total_changes != self._changes_at_start

    def _seal(self) -> None:
        """After a write: the row counts and the checksum of meta, made again."""
        self._set_meta(counts=cachefile.counts(self.db))
        self._set_meta(digest=cachefile.meta_digest(self._meta()))

    def world(self, log: EventLog) -> World:
        """Bring the cache up to date with the log, and a lazy world over it."""
        self.db.execute("BEGIN IMMEDIATE")  # one updater at a time; readers of the file are not blocked
        self._changes_at_start = self.db.total_changes
        try:
            result = self._bring_up_to_date(log)
            if self.db.in_transaction and self._written():
                self._seal()
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        if not isinstance(result, LazyWorld):  # a full fold: fold its write-ahead log back into the file
            self.db.execute("PRAGMA busy_timeout = 0")  # now, or not at all: never wait for readers
            with contextlib.suppress(sqlite3.OperationalError):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self.db.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        if isinstance(result, LazyWorld):
            self.db.execute("BEGIN")  # the views read one snapshot, whatever another process commits
            self.db.execute("SELECT 1 FROM meta").fetchall()
        return result

    def refresh(self, log: EventLog, *, rebuild: bool = False) -> bool:
        """``world(log)``, no rebuild unless asked (``cache.refresh``): whether the store is current."""
        self.db.execute("BEGIN IMMEDIATE")
        self._changes_at_start = self.db.total_changes
        try:
            self._bring_up_to_date(log, rebuild=rebuild)
            if self._written():
                self._seal()
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        return True

    def _bring_up_to_date(self, log: EventLog, *, rebuild: bool = True) -> World:
        """The store brought up to date and a lazy world over it; a full fold's world when it was made again.

        Without ``rebuild``, a store that would have to be made again raises
        ``_WouldRebuild`` instead (``refresh``).
        """
        remake = self._rebuild if rebuild else _would_rebuild
        tables = cachefile.tables(self.db)
        meta = self._meta() if "meta" in tables else {}
        if not tables or meta.get("version", VERSION) != VERSION:
            return remake(log)  # a new cache, or one another version wrote: nothing is wrong
        doubt = cachefile.doubt(self.db, tables, meta)
        if doubt:
            self.warn(f"the projection cache {self.path} {doubt}; it was made again from the log")
            return remake(log)
        try:
            tail = list(log.records_after(Position.from_text(meta["position"])))
        except StaleCacheError:
            return remake(log)
        if any(r.kind not in _FOLDABLE for r, _ in tail):
            return remake(log)
        if tail:
            forms = _forms_from(_decode(meta["forms"]))
            names = {tuple(k): v for k, v in _decode(meta["names"])}
            events = [r.event for r, _ in tail]
            decode = _codec().from_payload
            corrections = [
                decode(kind, version, payload) for kind, version, payload in json.loads(meta["corrections"])
            ]
            if not self._update(events, forms, names, json.loads(meta["acting"]), corrections, log):
                return remake(log)
            self._set_meta(position=tail[-1][1].to_text())
        return LazyWorld(self)

    # -- full rebuild ---------------------------------------------------------------------------

    def _rebuild(self, log: EventLog) -> World:
        """Fold the whole log, and store its parts when it has nothing the cache cannot follow.

        The log is read as a plain rebuild reads it (office observations
        light, articles without text); the tables are filled in bulk, their
        indexes made after (SQLite builds an index from sorted rows faster
        than it keeps one up to date row by row); a report shown as it was
        logged takes its id from the log rather than hashing its content
        again.
        """
        reached = [Position()]
        logged = _LoggedIds()

        def streamed() -> Iterator[Event | LightObservation]:
            for event_id, event, position in log.fold_events_after(Position()):
                if position is not None:  # a batch's end: the whole log read, when the last
                    reached[0] = position
                if type(event) is MeetingReported:
                    logged.note(event, event_id)
                yield event

        full = build(streamed(), keep_observations=True)
        acting = acting_days(full.reports, full.observations, full)
        for table in _TABLES:  # dropped, not emptied: a cache another version wrote may have other columns
            self.db.execute(f"DROP TABLE IF EXISTS {table}")
        statements = [s for s in cachefile.SCHEMA.split(";") if s.strip()]
        indexes = [s for s in statements if s.strip().startswith("CREATE INDEX")]
        for statement in statements:
            if statement not in indexes:
                self.db.execute(statement)
        forms = full.derived[FORMS]  # the written names and countries the fold counted (keep_observations)
        articles = map(_article_row, full.articles.values())
        self.db.executemany("INSERT OR REPLACE INTO article VALUES (?, ?, ?)", articles)
        by_part: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in full.meetings:
            by_part[_key(meeting, full.names)].append(meeting)
        self._pages.clear()
        self._store_meetings(by_part, Printed(full), logged)
        logged.clear()
        by_part.clear()
        # the full fold already made every part's outputs: store them, do not recompute
        by_office: dict[str, list[Sighting]] = defaultdict(list)
        by_person: dict[str, list[Sighting]] = defaultdict(list)
        for sighting in sightings(full):
            by_office[_office(sighting)].append(sighting)
            by_person[sighting.person].append(sighting)
        changes: dict[str, list[Change]] = defaultdict(list)
        for change in full.changes:
            changes[_change_part(change)].append(change)
        tenures: dict[str, list[Tenure]] = defaultdict(list)
        for tenure in full.tenures:
            tenures[f"{tenure.country}|{tenure.role}"].append(tenure)
        shown = _shown(full, sightings(full), acting)
        for office, rows in by_office.items():
            self._store_office(office, rows, tenures[office], shown)
        for person, rows in by_person.items():
            data = _dump_sightings(rows)
            self.db.execute(
                "INSERT OR REPLACE INTO person VALUES (?, ?, ?)", (person, data, cachefile.mac(data))
            )
        self._store_changes(changes)
        for statement in indexes:
            self.db.execute(statement)
        self._set_meta(
            version=VERSION,
            full="0",
            position=reached[0].to_text(),
            forms=_encode(_forms_to(forms)).decode(),
            names=_encode([[list(k), v] for k, v in full.names.items()]).decode(),
            acting=json.dumps(sorted(acting)),
            countries_whole="1" if all(_countries_whole(r) for r in full.reports) else "0",
            other_observed=_encode(
                sorted({person_key(o.name) for o in full.observations if o.role == "other"})
            ).decode(),
            corrections=json.dumps(
                [[c.kind, c.version, _codec().to_payload(c)] for c in _in_force(full.corrections)],
                ensure_ascii=False,
            ),
        )
        return full

    # -- incremental update ---------------------------------------------------------------------

    def _update(  # noqa: PLR0913 - the stored state the update continues from
        self,
        events: list[Event],
        forms: Forms,
        names: dict[Key, str],
        acting: list[list[str]],
        corrections: list[Event],
        log: EventLog,
    ) -> bool:
        """Fold new extraction events and retractions into the parts they touch; False when a full rebuild is needed.

        Corrections already in the log apply to the new events through the
        full fold's own ``Corrections``. A merge or a name set changes printed
        names only (the forms counted stay): it is followed as a new article's
        renames are; an office set, alone in an update, where its effect is
        bounded (``_follow_office_set``). A retraction of a meeting report
        takes the report out of its meeting's part, its participants' name
        forms out of the counts and its sightings out of their offices (those
        an office observation shows too stay); a retraction of an office
        observation or of a whole article, and a revert of a retraction,
        are followed as ``_retold`` says. A split, or a revert of a merge, a
        split or a name set, alone in an update, makes again the people it
        touches (``_regroup``). Any of those that would change who
        is who (a printed name, a country filled in, an acting day), a
        revert of any other correction, or a retraction while splits or
        offices set are in force, makes the store again.
        """
        followed = [e for e in events if isinstance(e, _FOLLOWED)]  # the new corrections, in log order
        earlier = Corrections.of(corrections, event_id)
        now_in_force = _in_force([*corrections, *followed])
        rules = Corrections.of(now_in_force, event_id)
        if (
            rules.splits != earlier.splits
            or not _only_retractions_reverted(earlier, rules)
            or _reverts_other_than_retractions([*corrections, *followed])
        ):  # a split, or a merge, split, name or office set taken back: who is who changes beyond a rename
            if (
                len(followed) != len(events)
                or rules.offices != earlier.offices
                or rules.retracted != earlier.retracted
            ):
                return False  # bounded only alone in an update, no office set nor retraction moved
            days = {(country, role, day) for country, role, day in acting}
            return self._regroup(forms, names, days, now_in_force, earlier, rules, log)
        reports, observations = rules.apply(
            [e for e in events if isinstance(e, MeetingReported)],
            [e for e in events if isinstance(e, OfficeObserved)],
        )
        retold = _Retold()
        if rules.retracted != earlier.retracted:
            if rules.splits or rules.offices:
                return False  # a view shows a report as they change it: its id is not the logged one
            found = self._retold(log, events, earlier, rules)
            if found is None:
                return False
            retold = found
        gone = retold.gone  # part -> its reports retracted
        if any(o.status == "acting" for o in (*retold.unobserved, *retold.observations)) or _acts(
            retold.reports
        ):
            return False  # an acting day comes or goes: what only observations showed that day is in the log
        taken = [report for found in gone.values() for report in found]
        known_before = known_countries(forms, names)
        without_country = {names[key] for key in forms.open}
        forms.add_events(reports, observations)
        if taken and (_acts(taken) or not forms.remove_events(taken)):
            return False  # an acting day goes, or the name counts cannot say what is left
        if not all(forms.remove(o.name, o.family, o.country) for o in retold.unobserved):
            return False
        if not _added_in_place(forms, retold.reports, retold.observations):
            return False  # an event put back counts where the log has it, which the counts do not know
        new_names = rules.names(forms)
        rename = _renamed(names, new_names)
        if rename is None or (rename and retold.any):
            return False  # a person's forms now print as two names: who is who is in the log, not here
        known = known_countries(forms, new_names)
        if any(
            known_before.get(person) != known.get(rename.get(person, person)) for person in without_country
        ):
            return False  # a country filled in for someone seen before is now another, or none
        acting_before = {(c, r, d) for c, r, d in acting}
        acting_new = (
            acting_days(reports, observations, World(names=new_names, known_countries=known)) - acting_before
        )
        for event in events:
            if isinstance(event, ArticleIngested):
                self._put_article(event)
        # offices first: a participant without a title takes the office the runs give them, as they are now
        context = World(reports=reports, observations=observations, names=new_names, known_countries=known)
        # what is taken out is found under the names the store printed it with: a retraction may take the
        # last form of a name (a whole article's, its observations too), which ``new_names`` then lacks and
        # would print as written, not as a name set or a merge printed it
        stored = World(names=names, known_countries=known_before)
        holders_seen: set[tuple[str, str]] = set()  # (country, person): their office at a date may be another
        if gone:  # before the new sightings: those of new articles are not the ones a retraction took
            holders_seen |= self._unsee(taken, rules.retracted, stored)
        if retold.unobserved:
            holders_seen |= self._unobserve(retold, stored, acting_before)
        if retold.reports or retold.observations:
            seen_again = self._resee(retold, context, acting_before)
            if seen_again is None:
                return False
            holders_seen |= seen_again
        parts: dict[str, list[MeetingReported]] = defaultdict(list, {part: [] for part in gone})
        offices_set = tuple(e for e in followed if isinstance(e, OfficeSet))
        if offices_set:  # before the new sightings: those of new articles have the office set already
            followed_office = (
                None
                if rename or len(offices_set) > 1
                else self._follow_office_set(
                    offices_set[0], corrections, forms, context, acting_before | acting_new
                )
            )
            if followed_office is None:
                return False
            holders_seen |= followed_office[0]
            for part in followed_office[1]:
                parts.setdefault(part, [])
        if any(isinstance(e, CorrectionReverted) for e in followed):
            self._set_meta(corrections=_corrections_data(now_in_force))
        elif followed:
            self._set_meta(corrections=_with_corrections(self._meta()["corrections"], followed))
        self._note_events([*reports, *retold.reports], [*observations, *retold.observations])
        fresh = sightings_of(context, acting_before | acting_new)
        shown = _shown(context, fresh, acting_before | acting_new)
        touched_pairs: set[str] = set()
        touched_groupings: set[str] = set()
        if rename:  # a printed name changed: what shows it (sightings, offices, meetings, changes) follows
            renamed = self._rename_sightings(rename)
            if renamed is None:
                return False
            holders_seen |= renamed
            for part, moved in self._rename_meetings(
                rename, Printed(context), touched_pairs, touched_groupings
            ).items():
                parts.setdefault(part, [])
                for report in moved:
                    parts[_key(report, new_names)].append(report)
        if acting_new:  # someone acted on a day: what only observations showed of that office then goes
            holders_seen |= self._suppress(acting_new)
            self._set_meta(acting=json.dumps(sorted(acting_before | acting_new)))
        by_office: dict[str, list[Sighting]] = defaultdict(list)
        by_person: dict[str, list[Sighting]] = defaultdict(list)
        for sighting in fresh:
            by_office[_office(sighting)].append(sighting)
            by_person[sighting.person].append(sighting)
        for office, rows in by_office.items():
            holders_seen |= self._put_office(office, rows, shown)
        for person, rows in by_person.items():
            self._put_person(person, self._person_sightings(person) + rows)
        for report in [*reports, *retold.reports]:  # a report put back joins its part as a new one does
            parts[_key(report, new_names)].append(report)
        for part in self._untitled_parts(holders_seen):
            parts.setdefault(part, [])  # made again: who held which office then may have changed
        def in_force(part: str, reports: list[MeetingReported]) -> list[MeetingReported]:
            if offices_set:  # the stored reports as the office set makes them (the new ones have it already)
                reports, _ = Corrections(offices=offices_set).apply(reports, [])
            if part in gone:
                reports = [
                    r
                    for r in reports
                    if event_id(r) not in rules.retracted and r.article not in rules.retracted
                ]
            return reports

        self._remake_parts(
            parts, new_names, known, Printed(context), touched_pairs, touched_groupings, in_force=in_force
        )
        self._set_meta(
            forms=_encode(_forms_to(forms)).decode(),
            names=_encode([[list(k), v] for k, v in new_names.items()]).decode(),
        )
        return True

    # -- parts ----------------------------------------------------------------------------------

    def _set_meta(self, **values: str) -> None:
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    def _put_article(self, article: ArticleIngested) -> None:
        self.db.execute("INSERT OR REPLACE INTO article VALUES (?, ?, ?)", _article_row(article))

    def _meetings(self, part: str) -> list[Meeting]:
        rows = self.db.execute("SELECT data, line, mac FROM meeting WHERE part = ? ORDER BY id", (part,))
        return [_meeting_of(data, line, mac) for data, line, mac in rows]

    def _put_meetings(self, part: str, meetings: list[Meeting], printed: Printed) -> None:
        """A part's meetings as rows (each with its JSON line ready), indexed by country and person."""
        old = self.db.execute(
            "SELECT id, sort, year, countries, people, line FROM meeting WHERE part = ?", (part,)
        ).fetchall()
        if old:
            # by their keys: meeting_country and meeting_person are ordered by country and person, not meeting
            gone = [
                (c, year, sort, row)
                for row, sort, year, countries, _, _ in old
                for c in _decoder(list[str])(countries)
            ]
            query = "DELETE FROM meeting_country WHERE country = ? AND year = ? AND sort = ? AND meeting = ?"
            self.db.executemany(query, gone)
            self._pages.update((c, year) for c, year, _, _ in gone)
            self._count_meetings(Counter(c for c, _, _, _ in gone), -1)
            taken = [(p, row) for row, _, _, _, names, _ in old for p in _decoder(list[str])(names)]
            self.db.executemany("DELETE FROM meeting_person WHERE person = ? AND meeting = ?", taken)
            reports = [(report_key(i), row) for row, *_, line in old for i in _source_ids(line)]
            self.db.executemany("DELETE FROM report WHERE key = ? AND meeting = ?", reports)
            self.db.execute("DELETE FROM meeting WHERE part = ?", (part,))
        added: Counter[str] = Counter()
        for meeting in meetings:
            row = _meeting_row(part, meeting)
            year, sort, countries, people = row.year, row.sort, row.countries, row.people
            cursor = self.db.execute(
                "INSERT INTO meeting (part, sort, year, countries, people, line, data, mac) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row.values,
            )
            meeting_id = cursor.lastrowid
            indexed = ((c, year, sort, meeting_id) for c in countries)
            self.db.executemany("INSERT INTO meeting_country VALUES (?, ?, ?, ?)", indexed)
            self._pages.update((c, year) for c in countries)
            added.update(countries)
            self.db.executemany("INSERT INTO meeting_person VALUES (?, ?)", ((p, meeting_id) for p in people))
            self.db.executemany(
                "INSERT OR IGNORE INTO report VALUES (?, ?)",
                ((report_key(i), meeting_id) for i in row.reports),
            )
        self._count_meetings(added, 1)
        untitled = printed.untitled(r for m in meetings for r in m.reports)
        rows = ((country, person, part) for country, person in untitled)
        self.db.executemany("INSERT OR IGNORE INTO untitled VALUES (?, ?, ?)", rows)
        for meeting in meetings:
            for pair in _pairs(meeting):
                self.db.execute("INSERT OR IGNORE INTO pair VALUES (?, ?)", (pair, part))
            for name in groupings_of(meeting):
                self.db.execute("INSERT OR IGNORE INTO grouping VALUES (?, ?)", (name, part))

    def _store_meetings(
        self, by_part: dict[str, list[Meeting]], printed: Printed, logged: _LoggedIds
    ) -> None:
        """Every part's meetings into empty tables (a rebuild): the rows ``_put_meetings`` writes.

        Ids are given here, in order, so the rows go in a few thousand at a
        time, one statement per table; a country's meetings are indexed in
        their order and paged a year at a time at the end.
        """
        by_country: list[tuple[str, int, bytes, int, str]] = []
        by_report: list[tuple[int, int]] = []
        counts: Counter[str] = Counter()
        batch = _MeetingBatch()
        meeting_id = 0
        for part, found in by_part.items():
            for meeting in found:
                row = _meeting_row(part, meeting, logged.ids(meeting.reports))
                meeting_id += 1
                batch.meetings.append((meeting_id, *row.values))
                by_country.extend((c, row.year, row.sort, meeting_id, row.line) for c in row.countries)
                by_report.extend((report_key(i), meeting_id) for i in row.reports)
                batch.people.extend((p, meeting_id) for p in row.people)
                counts.update(row.countries)
                batch.pairs.update((pair, part) for pair in _pairs(meeting))
                batch.groupings.update((name, part) for name in groupings_of(meeting))
            reports = (r for m in found for r in m.reports)
            batch.untitled.update((country, person, part) for country, person in printed.untitled(reports))
            if len(batch.meetings) >= _BATCH_ROWS:
                batch.write(self.db)
        batch.write(self.db)
        by_country.sort(key=lambda row: row[:4])
        indexed = (row[:4] for row in by_country)  # streamed: a 1M-event log has half a million of them
        self.db.executemany("INSERT INTO meeting_country VALUES (?, ?, ?, ?)", indexed)
        for (country, year), paged in itertools.groupby(by_country, key=lambda row: row[:2]):
            self._put_page(country, year, "\n".join(row[4] for row in paged).encode())
        self._count_meetings(counts, 1)
        by_report.sort()  # in the index's order: SQLite appends to the tree instead of searching it
        self.db.executemany("INSERT OR IGNORE INTO report VALUES (?, ?)", by_report)

    def _remake_pages(self) -> None:
        """The pages of the (country, year) whose meetings an update changed, made again from the meetings' rows."""
        query = (
            "SELECT CAST(m.line AS BLOB), m.mac FROM meeting_country AS c JOIN meeting AS m ON m.id = c.meeting "
            "WHERE c.country = ? AND c.year = ? ORDER BY c.sort, c.meeting"
        )
        for country, year in sorted(self._pages):
            lines = [
                cachefile.line_checked(mac, line) for line, mac in self.db.execute(query, (country, year))
            ]
            self._put_page(country, year, b"\n".join(lines) if lines else None)
        self._pages.clear()

    def _put_page(self, country: str, year: int, page: bytes | None) -> None:
        """A country's meeting lines of a year, joined by newlines, as one row; None: it has none that year."""
        if page is None:
            self.db.execute("DELETE FROM country_page WHERE country = ? AND year = ?", (country, year))
            return
        count = page.count(b"\n") + 1
        row = (country, year, page, count, cachefile.page_mac(page, count))
        self.db.execute("INSERT OR REPLACE INTO country_page VALUES (?, ?, ?, ?, ?)", row)

    def _count_meetings(self, countries: Counter[str], sign: int) -> None:
        """Keep each country's number of meetings (its rows of meeting_country) as they are added or taken."""
        self.db.executemany(
            "INSERT INTO country_meetings VALUES (?, ?) ON CONFLICT (country) DO UPDATE SET meetings = meetings + ?",
            ((country, sign * n, sign * n) for country, n in countries.items()),
        )

    def _person_sightings(self, person: str) -> list[Sighting]:
        row = self.db.execute("SELECT sightings, mac FROM person WHERE part = ?", (person,)).fetchone()
        if not row:
            return []
        cachefile.checked(row[1], row[0])
        return _load_sightings(row[0])

    def _put_office(self, office: str, added: list[Sighting], shown: _Shown) -> set[tuple[str, str]]:
        """New sightings of an office: the years they fall in made again, the runs from the years' stretches.

        Returns:
            (country, person) of its holders before and after, when a
            participant of that country may take their office from the runs.

        """
        country, role = office.split("|", 1)
        holders: set[tuple[str, str]] = set()
        watched = self.db.execute("SELECT 1 FROM untitled WHERE country = ? LIMIT 1", (country,)).fetchone()
        if watched:
            found = self.db.execute("SELECT person FROM tenure WHERE office = ?", (office,))
            holders.update((country, person) for (person,) in found)
        for year, rows in _by_year(added).items():
            known, known_shown = self._office_year(office, year)
            self._put_office_year(office, year, known + rows, known_shown.joined(shown.within(rows)))
        query = (
            "SELECT sightings, clear, stretches, observed, mac FROM office_year WHERE part = ? ORDER BY year"
        )
        years = self.db.execute(query, (office,)).fetchall()
        runs = joined(stretch for row in years for stretch in _load_stretches(_year_checked(row)[2]))
        tenures = [run.tenure(country, role) for run in runs]
        changes = [
            holder_change(one, after, country, role) for one, after in zip(runs, runs[1:], strict=False)
        ]
        self._put_tenures(office, tenures)
        self._put_changes(f"office:{office}", changes)  # as _change_part names it
        if watched:
            holders.update((country, run.person) for run in runs)
        return holders

    def _rename_sightings(self, rename: dict[str, str]) -> set[tuple[str, str]] | None:
        """Sightings of people whose printed name changed, under the new name; their offices made again.

        Returns:
            (country, person) whose office runs changed, as ``_put_office`` gives them;
            None when two people made one were seen on one date in one article (their new offices
            then depend on the order the log gave their sightings in, which the store does not keep).

        """
        moved: dict[str, list[Sighting]] = defaultdict(list)
        sources: dict[str, list[list[Sighting]]] = defaultdict(list)
        years: set[tuple[str, int]] = set()
        for old, new in sorted(rename.items()):
            rows = self._person_sightings(old)
            sources[new].append(rows)
            moved[new].extend(row._replace(person=new) for row in rows)
            years.update((_office(row), first_day(row.date).year) for row in rows)
        for new in moved:
            if new not in rename:
                sources[new].append(self._person_sightings(new))
            if _interleaved(sources[new]):
                return None
        for old in sorted(rename):
            self.db.execute("DELETE FROM person WHERE part = ?", (old,))
            self._put_changes(f"person:{old}", [])
        for new, rows in sorted(moved.items()):  # none alike: alike ones share a date and an article
            self._put_person(new, self._person_sightings(new) + rows)
        for office, year in sorted(years):
            rows, shown = self._office_year(office, year)
            renamed = [row._replace(person=rename.get(row.person, row.person)) for row in rows]
            self._put_office_year(office, year, renamed, shown.renamed(rename))
        holders: set[tuple[str, str]] = set()
        for office in sorted({office for office, _ in years}):
            holders |= self._put_office(office, [], _Shown())
        return holders

    def _rename_meetings(
        self, rename: dict[str, str], printed: Printed, pairs: set[str], groupings: set[str]
    ) -> dict[str, list[MeetingReported]]:
        """Take out the meeting parts that show a renamed person; their reports, by the part they were in."""
        query = "SELECT DISTINCT part FROM meeting WHERE id IN (SELECT meeting FROM meeting_person WHERE person = ?)"
        found = sorted({part for old in rename for (part,) in self.db.execute(query, (old,))})
        taken: dict[str, list[MeetingReported]] = {}
        for part in found:
            meetings = self._meetings(part)
            for meeting in meetings:
                pairs.update(_pairs(meeting))
                groupings.update(groupings_of(meeting))
            taken[part] = [r for m in meetings for r in m.reports]
            self._put_meetings(part, [], printed)
        return taken

    def _suppress(self, days: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
        """On these (country, office, day), someone acted: the holders' sightings only observations showed go.

        As the fold has it (``tenures.sightings_of``): on a day someone acts in
        an office, the suspended holder's observations that day do not count;
        a held meeting still does. The years, people and offices touched are
        made again.

        Returns:
            (country, person) whose office runs changed, as ``_put_office`` gives them.

        """
        by_year: dict[tuple[str, int], set[str]] = defaultdict(set)
        for country, role, day in days:
            by_year[(f"{country}|{role}", int(day[:4]))].add(day)
        gone_of: dict[str, set[Sighting]] = defaultdict(set)
        offices: set[str] = set()
        for (office, year), found in sorted(by_year.items()):
            rows, shown = self._office_year(office, year)
            gone = {r for r in rows if r in shown.only and r.status != "acting" and r.date.iso() in found}
            if gone:
                self._put_office_year(office, year, [r for r in rows if r not in gone], shown.without(gone))
                offices.add(office)
                for row in gone:
                    gone_of[row.person].add(row)
        return self._people_and_offices_after(gone_of, offices)

    def _retracted_reports(self, events: set[str]) -> dict[str, list[MeetingReported]] | None:
        """The stored reports with these event ids, by part; None when an id names no stored report."""
        found, missing = self._stored_reports(events)
        return None if missing else found

    def _stored_reports(self, events: set[str]) -> tuple[dict[str, list[MeetingReported]], set[str]]:
        """The stored reports with these event ids, by part, and the ids that name no stored report.

        The index ``report`` gives the meetings that hold a report of that id
        (a few rows read, however long the log); each report found is checked
        by its own id. An article's id, an observation's, or a report's no
        longer in force names none.
        """
        found: dict[str, list[MeetingReported]] = defaultdict(list)
        missing: set[str] = set()
        query = (
            "SELECT part, data, line, mac FROM meeting WHERE id IN (SELECT meeting FROM report WHERE key = ?)"
        )
        for event in sorted(events):
            key = _named_report_key(event)
            reports = (
                []
                if key is None
                else [
                    (part, report)
                    for part, data, line, mac in self.db.execute(query, (key,)).fetchall()
                    for report in _meeting_of(data, line, mac).reports
                    if event_id(report) == event
                ]
            )
            if not reports:
                missing.add(event)
            for part, report in reports:
                found[part].append(report)
        return found, missing

    def _retold(
        self, log: EventLog, events: list[Event], before: Corrections, rules: Corrections
    ) -> _Retold | None:
        """What retractions, and reverts of retractions, change of the extraction in force; None: make it again.

        A retracted meeting report is found in the store (``_stored_reports``);
        a retracted office observation, the reports of a retracted article,
        and the events a revert puts back, in the log (the store keeps no
        observations, nor reports retracted): one pass over it, two when an
        observation is retracted (its article's other observations may show
        the same), which cost a part of a rebuild and no fold. An id naming
        what was appended since the store was made, a report in force that
        the store lacks, or events both taken out and put back in one update
        make the store again.
        """
        newly, restored = rules.retracted - before.retracted, before.retracted - rules.retracted
        appended = {e.article for e in events if isinstance(e, _EXTRACTED)} | {
            event_id(e) for e in events if isinstance(e, (MeetingReported, OfficeObserved))
        }
        if (newly | restored) & appended or (newly and restored):
            return None
        gone, missing = self._stored_reports(set(newly))
        logged = _logged_events(log, missing | restored)
        unobserved: dict[str, Observed] = {}
        wanted: set[str] = set()  # the reports of retracted articles
        for named in sorted(missing):
            found = logged.events.get(named)
            if isinstance(found, MeetingReported):
                return None  # a report in force the store lacks: it cannot say what it showed
            if found is not None:
                unobserved[named] = found
            for logged_id, event in logged.articles.get(named, []):
                if logged_id in before.retracted:
                    continue  # taken out before
                if isinstance(event, MeetingReported):  # an article's retraction takes its reports and
                    wanted.add(logged_id)  # its observations, as ``Corrections.apply`` has it
                else:
                    unobserved[logged_id] = event
        taken = {event_id(r) for found in gone.values() for r in found}
        more, lacking = self._stored_reports(wanted - taken)
        if lacking:
            return None
        for part, reports_found in more.items():
            gone.setdefault(part, []).extend(reports_found)
        back = [e for named in sorted(restored) for e in logged.named(named)]
        reports, observations = rules.apply(
            [e for e in back if isinstance(e, MeetingReported)],
            [e for e in back if not isinstance(e, MeetingReported)],
        )
        articles = {o.article for o in unobserved.values()}
        others = _logged_events(log, articles - logged.articles.keys())
        kept = [
            event
            for article in sorted(articles)
            if article not in rules.retracted
            for logged_id, event in logged.articles.get(article, others.articles.get(article, []))
            if not isinstance(event, MeetingReported) and logged_id not in rules.retracted
        ]
        return _Retold(
            dict(gone), tuple(unobserved.values()), tuple(kept), tuple(reports), tuple(observations)
        )

    def _unobserve(
        self, retold: _Retold, world: World, acting: set[tuple[str, str, str]]
    ) -> set[tuple[str, str]]:
        """The sightings retracted office observations showed and no other observation does, taken out.

        One only observations showed goes (from its office and its person);
        one a held meeting shows too stays, now one only meetings show.

        Returns:
            (country, person) whose office runs changed, as ``_put_office`` gives them.

        """
        lost = _observed(retold.unobserved, world, acting) - _observed(retold.kept, world, acting)
        by_year = _by_office_year(lost)
        gone_of: dict[str, set[Sighting]] = defaultdict(set)
        for (office, year), found in sorted(by_year.items()):
            rows, shown = self._office_year(office, year)
            gone = found & shown.only
            self._put_office_year(
                office,
                year,
                [r for r in rows if r not in gone],
                _Shown(shown.only - gone, shown.also - found),
            )
            for row in gone:
                gone_of[row.person].add(row)
        return self._people_and_offices_after(gone_of, {office for office, _ in by_year})

    def _resee(
        self, retold: _Retold, world: World, acting: set[tuple[str, str, str]]
    ) -> set[tuple[str, str]] | None:
        """The sightings of events put back (a revert of their retraction), in their offices and people.

        A sighting the store has already is marked as the fold would mark it
        (shown by a held meeting, an observation, or both); a new one joins
        its office's year. None when a new one stands level in run order
        with another of that year: their order is the log's, which the store
        does not keep.

        Returns:
            (country, person) whose office runs changed, as ``_put_office`` gives them.

        """
        names, known = world.names, world.known_countries
        held = set(sightings_of(World(reports=list(retold.reports), names=names, known_countries=known)))
        observed = _observed(retold.observations, world, acting)
        by_year = _by_office_year(held | observed)
        added_of: dict[str, list[Sighting]] = defaultdict(list)
        for (office, year), found in sorted(by_year.items()):
            rows, shown = self._office_year(office, year)
            new = sorted(found - set(rows), key=run_order)
            orders = Counter(run_order(row) for row in [*rows, *new])
            if any(orders[run_order(row)] > 1 for row in new):
                return None
            now_held = (set(rows) - shown.only) | (found & held)
            now_observed = shown.only | shown.also | (found & observed)
            seen = _Shown(frozenset(now_observed - now_held), frozenset(now_observed & now_held))
            self._put_office_year(office, year, rows + new, seen)
            for row in new:
                added_of[row.person].append(row)
        for person, added in sorted(added_of.items()):
            self._put_person(person, self._person_sightings(person) + added)
        holders: set[tuple[str, str]] = set()
        for office in sorted({office for office, _ in by_year}):
            holders |= self._put_office(office, [], _Shown())
        return holders

    def _people_and_offices_after(
        self, gone_of: dict[str, set[Sighting]], offices: set[str]
    ) -> set[tuple[str, str]]:
        """Each person's sightings without those gone, then the offices' runs made again.

        Returns:
            (country, person) whose office runs changed, as ``_put_office`` gives them.

        """
        for person, gone in sorted(gone_of.items()):
            self._put_person(person, [r for r in self._person_sightings(person) if r not in gone])
        holders: set[tuple[str, str]] = set()
        for office in sorted(offices):
            holders |= self._put_office(office, [], _Shown())
        return holders

    def _unsee(
        self, taken: list[MeetingReported], retracted: frozenset[str], world: World
    ) -> set[tuple[str, str]]:
        """The sightings retracted reports showed and nothing else does, taken out of their offices and people.

        A sighting another report in force shows stays (such a report is of
        the same article, and names the person); one an office observation
        shows too stays, now one only observations show.

        Returns:
            (country, person) whose office runs changed, as ``_put_office`` gives them.

        """
        names, known = world.names, world.known_countries
        lost = set(sightings_of(World(reports=taken, names=names, known_countries=known)))
        query = (
            "SELECT data, line, mac FROM meeting WHERE id IN (SELECT meeting FROM meeting_person WHERE person = ?) "
            "AND instr(data, ?) > 0"
        )
        kept: list[MeetingReported] = []
        for person, article in sorted({(s.person, s.article) for s in lost}):
            for data, line, mac in self.db.execute(query, (person, article)).fetchall():
                kept.extend(
                    r
                    for r in _meeting_of(data, line, mac).reports
                    if r.article == article and event_id(r) not in retracted and article not in retracted
                )
        lost -= set(sightings_of(World(reports=kept, names=names, known_countries=known)))
        by_year = _by_office_year(lost)
        gone_of: dict[str, set[Sighting]] = defaultdict(set)
        for (office, year), found in sorted(by_year.items()):
            rows, shown = self._office_year(office, year)
            gone = found - shown.also
            self._put_office_year(
                office,
                year,
                [r for r in rows if r not in gone],
                _Shown(shown.only | (found & shown.also), shown.also - found),
            )
            for row in gone:
                gone_of[row.person].add(row)
        return self._people_and_offices_after(gone_of, {office for office, _ in by_year})

    def _regroup(  # noqa: PLR0913 - the stored state the update continues from
        self,
        forms: Forms,
        names: dict[Key, str],
        acting: set[tuple[str, str, str]],
        now_in_force: list[Event],
        earlier: Corrections,
        rules: Corrections,
        log: EventLog,
    ) -> bool:
        """Corrections that change who is who beyond a rename, followed for the people they touch; False: make
        the store again.

        A split, or a revert of a merge, a split or a name set (alone in an
        update, no office set nor retraction moved) changes the name forms
        only in the articles of the splits made or taken back, and printed
        names only of the people those forms and the merges and names set
        make: one person's forms may now be two people, or two one. Those
        people are made again from the log's events that name them (one
        search of the log's lines, no fold: ``_naming``), in the log's order,
        so nothing hangs on an order the store does not keep: the counts of
        the forms split or joined, their sightings in their offices and
        people (the runs of those offices made again), and the meeting parts
        that show them, before or after (the reports of the articles split
        as the corrections now make them). Not followed: a name written
        anew whose place among the forms would change a printed name (the
        fold counts forms in the log's order), an acting official without a
        country among those people (the country the log knows for them
        decides an acting day), or a stored report the log no longer gives.
        """
        changed = set(earlier.splits) ^ set(rules.splits)
        articles = {split.article for split in changed}
        every_split = {*earlier.splits, *rules.splits}
        split_articles = {split.article for split in every_split}
        seeds = {
            person_key(name)
            for split in every_split
            if split.article in articles
            for name in (split.name, split.as_name)
        }  # the names whose forms a split made or taken back counts elsewhere
        keys_of: dict[str, set[Key]] = defaultdict(set)
        for key, person in names.items():
            keys_of[person].add(key)
        guess = seeds | {k for key in seeds if key in names for k in keys_of[names[key]]}
        if not seeds:  # forms stay: the printed names are known now, and with them whose events to read
            guess = _people_keys(names, rules.names(forms), set())
        raw_reports, raw_observations = _naming(log, forms, guess, split_articles)
        reports, observations = rules.apply(raw_reports, raw_observations)
        known_keys = set(forms.written)
        if seeds and not _recount(forms, seeds, reports, observations):
            return False
        new_names = rules.names(forms)
        added = set(forms.written) - known_keys
        if added and _names_first(forms, added, rules) != new_names:
            return False  # where the fold counts a new name among the others would change a printed name
        keys = _people_keys(names, new_names, seeds)
        if not keys <= guess:  # people the first search did not read: read the log again for all of them
            raw_reports, raw_observations = _naming(log, forms, keys | guess, split_articles)
            reports, observations = rules.apply(raw_reports, raw_observations)
        affected = {n for k in keys for n in (names.get(k), new_names.get(k)) if n is not None}
        reports = [r for r in reports if any(person_key(p.name) in keys for p in r.participants)]
        observations = [o for o in observations if person_key(o.name) in keys]
        if any(
            p.status == "acting" and p.country is None and person_key(p.name) in keys
            for r in reports
            for p in r.participants
        ) or any(o.status == "acting" and o.country is None for o in observations):
            return False  # an acting day there hangs on the country the log knows for them, which may change
        known = known_countries(forms, new_names)
        people = World(reports=reports, observations=observations, names=new_names, known_countries=known)
        fresh = [row for row in sightings_of(people, acting) if row.person in affected]
        holders_seen = self._reseat(affected, fresh, _shown(people, fresh, acting))
        context = World(names=new_names, known_countries=known)
        printed = Printed(context)
        touched_pairs: set[str] = set()
        touched_groupings: set[str] = set()
        shown_by = dict.fromkeys(sorted(affected), "")  # their parts, under the names printed before
        taken = self._rename_meetings(shown_by, printed, touched_pairs, touched_groupings)
        parts: dict[str, list[MeetingReported]] = defaultdict(list, {part: [] for part in taken})
        removed: list[MeetingReported] = []
        for found in taken.values():
            for report in found:
                if report.article in articles:
                    removed.append(report)  # as the corrections made it before: made again from the log below
                else:
                    parts[_key(report, new_names)].append(report)
        for logged in raw_reports:
            if logged.article not in articles:
                continue
            before, _ = earlier.apply([logged], [])
            after, _ = rules.apply([logged], [])
            if not before:
                continue  # retracted
            if before[0] in removed:
                removed.remove(before[0])
                parts[_key(after[0], new_names)].append(after[0])
            elif before[0] != after[0]:
                return False  # a report the split changes stored in no part the people show
        if removed:
            return False  # a stored report the log does not give as it is in force
        for part in self._untitled_parts(holders_seen):
            parts.setdefault(part, [])  # made again: who held which office then may have changed
        self._remake_parts(parts, new_names, known, printed, touched_pairs, touched_groupings)
        self._note_events([], observations)
        self._set_meta(
            corrections=_corrections_data(now_in_force),
            forms=_encode(_forms_to(forms)).decode(),
            names=_encode([[list(k), v] for k, v in new_names.items()]).decode(),
        )
        return True

    def _reseat(self, affected: set[str], fresh: list[Sighting], shown: _Shown) -> set[tuple[str, str]]:
        """These people's sightings, all of them as the log gives them now, in place of those the store has.

        Returns:
            (country, person) whose office runs changed, as ``_put_office`` gives them.

        """
        before = [row for person in sorted(affected) for row in self._person_sightings(person)]
        mine: dict[tuple[str, int], list[Sighting]] = defaultdict(list)
        for row in fresh:
            mine[(_office(row), first_day(row.date).year)].append(row)
        years = set(mine) | {(_office(row), first_day(row.date).year) for row in before}
        for office, year in sorted(years):
            rows, seen = self._office_year(office, year)
            others = [row for row in rows if row.person not in affected]
            new = mine.get((office, year), [])
            self._put_office_year(office, year, others + new, seen.within(others).joined(shown.within(new)))
        of_person: dict[str, list[Sighting]] = defaultdict(list)
        for row in fresh:
            of_person[row.person].append(row)
        for person in sorted(affected):
            if of_person.get(person):
                self._put_person(person, of_person[person])
            else:  # seen nowhere now: no row, as a rebuild makes none
                self.db.execute("DELETE FROM person WHERE part = ?", (person,))
                self._put_changes(f"person:{person}", [])
        holders: set[tuple[str, str]] = set()
        for office in sorted({office for office, _ in years}):
            holders |= self._put_office(office, [], _Shown())
        return holders

    def _remake_parts(  # noqa: PLR0913 - what the parts are made with, and what they touch
        self,
        parts: dict[str, list[MeetingReported]],
        names: dict[Key, str],
        known: dict[str, str],
        printed: Printed,
        touched_pairs: set[str],
        touched_groupings: set[str],
        *,
        in_force: Callable[[str, list[MeetingReported]], list[MeetingReported]] = lambda _, reports: reports,
    ) -> None:
        """Meeting parts made again from their stored reports (as ``in_force`` leaves them) and those added,
        then the changes of the pairs and groupings they show, before or after, and the countries' pages."""
        holders = Holders(self._holder_rows)
        for part, added in parts.items():
            before = self._meetings(part)
            for meeting in before:
                touched_pairs.update(_pairs(meeting))  # a pair may be gone: the office filled in changed
                touched_groupings.update(groupings_of(meeting))
            reports_of_part = in_force(part, [r for m in before for r in m.reports] + added)
            part_world = World(reports=reports_of_part, names=names, known_countries=known)
            merged = merge_meetings(part_world, holders)
            self._put_meetings(part, merged, printed)
            for meeting in merged:
                touched_pairs.update(_pairs(meeting))
                touched_groupings.update(groupings_of(meeting))
        for pair in touched_pairs:
            self._put_pair_changes(pair)
        for name in touched_groupings:
            self._put_grouping_changes(name)
        self._remake_pages()

    def _follow_office_set(
        self,
        office: OfficeSet,
        earlier: list[Event],
        forms: Forms,
        world: World,
        acting: set[tuple[str, str, str]],
    ) -> tuple[set[tuple[str, str]], list[str]] | None:
        """An office set for one written name, followed where it shows: that person's sightings and meetings.

        It is followed when its effect is bounded and known from the store:
        the name has no office set before it (the last one in force wins, over
        the extracted fields), the reports it corrects are stored as an office
        set leaves them (their countries sorted and whole), it leaves the
        name's one country as it is (so the name forms, printed names and
        countries filled in stay), the person printed is that one written
        name, the office is not one in which someone acts in that country (an
        acting day hides observations the store no longer has), and no office
        observation of the name gives no office class (one would be seen in
        the office set, and the store keeps no observations). Else None: the
        store is made again.

        Returns:
            (country, person) whose office runs changed, as ``_put_office``
            gives them, and the meeting parts that show the person.

        """
        key = person_key(office.name)
        if any(isinstance(c, OfficeSet) and person_key(c.name) == key for c in earlier):
            return None
        meta = self._meta_of("countries_whole", "other_observed")
        if meta["countries_whole"] != "1" and not any(isinstance(c, OfficeSet) for c in earlier):
            return None  # the first office set sorts and completes every report's countries
        tally = forms.tally.get(key)
        if not tally:
            return set(), []  # no one is so written: nothing shows it
        countries = {country for _, country in tally}
        country = next(iter(countries))
        if len(countries) != 1 or country is None or office.country not in {None, country}:
            return None
        person = world.names[key]
        if [k for k, name in world.names.items() if name == person] != [key]:
            return None
        if any(c == country for c, _, _ in acting) or list(key) in _decode(meta["other_observed"]):
            return None
        before = self._person_sightings(person)
        if any(row.status == "acting" for row in before):
            return None
        query = "SELECT DISTINCT part FROM meeting WHERE id IN (SELECT meeting FROM meeting_person WHERE person = ?)"
        parts = sorted(part for (part,) in self.db.execute(query, (person,)))
        reports = [r for part in parts for m in self._meetings(part) for r in m.reports]
        corrected, _ = Corrections(offices=(office,)).apply(reports, [])
        return self._move_sightings(office, person, before, corrected, world), parts

    def _move_sightings(
        self,
        office: OfficeSet,
        person: str,
        before: list[Sighting],
        corrected: list[MeetingReported],
        world: World,
    ) -> set[tuple[str, str]]:
        """A person's sightings in the office an office set gives them from its date on, their offices made again.

        Meetings held show them as the corrected reports do; what office
        observations showed moves to the office set (or goes, when it names
        no office class).

        Returns:
            (country, person) whose office runs changed, as ``_put_office`` gives them.

        """
        held_world = World(reports=corrected, names=world.names, known_countries=world.known_countries)
        held = {row: None for row in sightings_of(held_world) if row.person == person}
        observed: set[Sighting] = set()
        years = {(_office(row), first_day(row.date).year) for row in before}
        for office_name, year in sorted(years):
            rows, shown = self._office_year(office_name, year)
            observed |= {row for row in shown.only | shown.also if row.person == person}
        moved = {new for row in observed if (new := _in_office(row, office)) is not None}
        after = [new for row in before if (new := _in_office(row, office)) in held or new in moved]
        after = list(dict.fromkeys([*after, *held]))  # each once, as the fold makes them
        years |= {(_office(row), first_day(row.date).year) for row in after}
        for office_name, year in sorted(years):
            rows, shown = self._office_year(office_name, year)
            others = [row for row in rows if row.person != person]
            mine = [row for row in after if _office(row) == office_name and first_day(row.date).year == year]
            seen = _Shown(
                frozenset(row for row in mine if row in moved and row not in held),
                frozenset(row for row in mine if row in moved and row in held),
            )
            self._put_office_year(office_name, year, others + mine, shown.within(others).joined(seen))
        self._put_person(person, after)
        holders: set[tuple[str, str]] = set()
        for office_name in sorted({office_name for office_name, _ in years}):
            holders |= self._put_office(office_name, [], _Shown())
        return holders

    def _note_events(self, reports: list[MeetingReported], observations: list[Observed]) -> None:
        """What an office set later asks of new events: whether reports' countries are whole, and which names
        an office observation gave no office class."""
        meta = self._meta_of("countries_whole", "other_observed")
        if meta["countries_whole"] == "1" and not all(_countries_whole(r) for r in reports):
            self._set_meta(countries_whole="0")
        other = {person_key(o.name) for o in observations if o.role == "other"}
        if other:
            known = {tuple(k) for k in _decode(meta["other_observed"])}
            if other - known:
                self._set_meta(other_observed=_encode(sorted(known | other)).decode())

    def _untitled_parts(self, holders: set[tuple[str, str]]) -> list[str]:
        """The meeting parts with a participant without title or office, of these (country, person)."""
        query = "SELECT part FROM untitled WHERE country = ? AND person = ?"
        return sorted({part for one in sorted(holders) for (part,) in self.db.execute(query, one)})

    def _holder_rows(self, country: str) -> list[tuple[str, list[int], list[str]]]:
        """The offices of a country with the first sightings of their runs, for ``Holders``."""
        query = (
            "SELECT part, sightings, clear, stretches, observed, mac FROM office_year WHERE part > ? AND part < ? "
            "ORDER BY part, year"
        )
        found: dict[tuple[str, str], list[Stretch]] = defaultdict(list)
        for part, *row in self.db.execute(query, (f"{country}|", f"{country}|\U0010ffff")):
            found[(country, part.split("|", 1)[1])].extend(_load_stretches(_year_checked(tuple(row))[2]))
        firsts = {office: [run.first for run in joined(rows)] for office, rows in found.items()}
        return holder_rows(firsts).get(country, [])

    def _store_office(self, office: str, rows: list[Sighting], tenures: list[Tenure], shown: _Shown) -> None:
        """An office's sightings, year by year, and its tenures (the full fold made them)."""
        for year, found in _by_year(rows).items():
            self._put_office_year(office, year, found, shown)
        self._put_tenures(office, tenures)

    def _put_tenures(self, office: str, tenures: list[Tenure]) -> None:
        """An office's tenures as rows, indexed by office, country and person."""
        self.db.execute("DELETE FROM tenure WHERE office = ?", (office,))
        for tenure in tenures:
            data = _dump(tenure)
            self.db.execute(
                "INSERT INTO tenure (office, country, person, data, line, mac) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    office,
                    tenure.country,
                    tenure.person,
                    data,
                    line := tenure_line(tenure),
                    cachefile.mac(data, line),
                ),
            )

    def _office_year(self, office: str, year: int) -> tuple[list[Sighting], _Shown]:
        """A year of an office: its sightings, and which of them office observations show."""
        query = (
            "SELECT sightings, clear, stretches, observed, mac FROM office_year WHERE part = ? AND year = ?"
        )
        row = self.db.execute(query, (office, year)).fetchone()
        if not row:
            return [], _Shown()
        data, _, _, observed = _year_checked(row)
        rows = _load_sightings(data)
        only, also = _decoder(tuple[list[int], list[int]])(observed)
        return rows, _Shown(frozenset(rows[i] for i in only), frozenset(rows[i] for i in also))

    def _put_office_year(self, office: str, year: int, rows: list[Sighting], shown: _Shown) -> None:
        """One year of an office: its sightings in run order, which of them count, their stretches, and which
        office observations show (those only they show an acting holder's day, learnt later, takes away; those
        a held meeting shows too stay when the meeting is retracted)."""
        if not rows:  # the year's last sighting retracted: no year, as a rebuild makes none
            self.db.execute("DELETE FROM office_year WHERE part = ? AND year = ?", (office, year))
            return
        rows = sorted(rows, key=run_order)  # the order the fold puts an office's counted sightings in
        counted = {id(row) for row in clear_sightings(rows)}
        clear = [index for index, row in enumerate(rows) if id(row) in counted]
        texts = (
            _dump_sightings(rows),
            _encode(clear).decode(),
            _dump_stretches([Stretch.of_run(run) for run in runs_of([rows[index] for index in clear])]),
            _encode(
                [
                    [index for index, row in enumerate(rows) if row in shown.only],
                    [index for index, row in enumerate(rows) if row in shown.also],
                ]
            ).decode(),
        )
        self.db.execute(
            "INSERT OR REPLACE INTO office_year VALUES (?, ?, ?, ?, ?, ?, ?)",
            (office, year, *texts, cachefile.mac(*texts)),
        )

    def _put_person(self, person: str, rows: list[Sighting]) -> None:
        data = _dump_sightings(rows)
        self.db.execute("INSERT OR REPLACE INTO person VALUES (?, ?, ?)", (person, data, cachefile.mac(data)))
        self._put_changes(f"person:{person}", new_offices(rows))

    def _put_pair_changes(self, pair: str) -> None:
        parts = [row[0] for row in self.db.execute("SELECT part FROM pair WHERE pair = ?", (pair,))]
        meetings = _ordered(m for part in parts for m in self._meetings(part))
        wanted = frozenset(json.loads(pair))
        found: list[Change] = [c for c in first_meetings(meetings) if frozenset(c.people) == wanted]
        self._put_changes(f"pair:{pair}", found)

    def _put_grouping_changes(self, name: str) -> None:
        parts = [row[0] for row in self.db.execute("SELECT part FROM grouping WHERE name = ?", (name,))]
        meetings = _ordered(m for part in parts for m in self._meetings(part))
        self._put_changes(f"grouping:{name}", [c for c in joined_groupings(meetings) if c.grouping == name])

    def _put_changes(self, part: str, changes: Iterable[Change]) -> None:
        """A part's changes as rows, indexed by kind and country."""
        old = self.db.execute("SELECT id, sort, countries FROM change WHERE part = ?", (part,)).fetchall()
        if old:
            gone = [(c, sort, row) for row, sort, countries in old for c in _decoder(list[str])(countries)]
            self.db.executemany(
                "DELETE FROM change_country WHERE country = ? AND sort = ? AND change = ?", gone
            )
            self.db.execute("DELETE FROM change WHERE part = ?", (part,))
        for change in changes:
            values, countries = _change_row(part, change)
            cursor = self.db.execute(
                "INSERT INTO change (part, kind, sort, countries, data, line, mac) VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            row, sort = cursor.lastrowid, values[2]
            self.db.executemany(
                "INSERT INTO change_country VALUES (?, ?, ?)", ((c, sort, row) for c in countries)
            )

    def _store_changes(self, by_part: dict[str, list[Change]]) -> None:
        """Every part's changes into empty tables at once (a rebuild): the rows ``_put_changes`` writes."""
        by_country: list[tuple[str, bytes, int]] = []

        def rows() -> Iterator[tuple[object, ...]]:
            change_id = 0
            for part, changes in by_part.items():
                for change in changes:
                    values, countries = _change_row(part, change)
                    change_id += 1
                    yield (change_id, *values)
                    by_country.extend((c, values[2], change_id) for c in countries)

        self.db.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows())
        self.db.executemany("INSERT INTO change_country VALUES (?, ?, ?)", sorted(by_country))

    # -- reading for views ----------------------------------------------------------------------

    def meeting_rows(self, country: str | None, person: str | None, columns: str) -> list[tuple[Any, ...]]:
        """``columns`` of the meetings of a country, of a person, of both, or all, in order, through the indexes."""
        return cachefile.meeting_rows(self.db, country, person, columns)

    # -- the world's fields, each read whole from the parts (a view asks for few of them) ---------

    def names(self) -> dict[Key, str]:
        """Each name's key -> the name printed."""
        return {tuple(k): v for k, v in _decode(self._meta()["names"])}

    def known_countries(self) -> dict[str, str]:
        """Person -> the one country the log knows."""
        return known_countries(_forms_from(_decode(self._meta()["forms"])), self.names())

    def articles(self) -> dict[str, ArticleIngested]:
        """Every article's header (not its text), by id."""
        rows = self.db.execute("SELECT article, data, mac FROM article")
        return {article: _load(_text_checked(mac, data), ArticleIngested) for article, data, mac in rows}

    def meetings(self) -> list[Meeting]:
        """Every meeting, in order."""
        rows = self.db.execute("SELECT data, line, mac FROM meeting ORDER BY sort, id")
        return [_meeting_of(data, line, mac) for data, line, mac in rows]

    def tenures(self) -> list[Tenure]:
        """Every tenure, office by office."""
        rows = self.db.execute("SELECT data, line, mac FROM tenure ORDER BY office, id")
        return [_tenure_of(*row) for row in rows]

    def runs(self) -> dict[tuple[str, str], list[list[Sighting]]]:
        """Per office, its holders' runs of sightings (``tenures.runs``), from the office years."""
        counted: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
        query = "SELECT sightings, clear, stretches, observed, mac FROM office_year ORDER BY part, year"
        for row in self.db.execute(query):
            data, clear, _, _ = _year_checked(row)
            year = _load_sightings(data)
            counted[(year[0].country, year[0].role)].extend(
                year[index] for index in _decoder(list[int])(clear)
            )
        return {office: runs_of(rows) for office, rows in counted.items()}

    def changes(self) -> list[Change]:
        """Every change, in order."""
        changes = [_change_of(*row) for row in self.db.execute("SELECT kind, data, line, mac FROM change")]
        changes.sort(key=change_order)
        return changes

    def corrections(self) -> list[Event]:
        """The corrections in force: what the views may need to show."""
        decode = _codec().from_payload
        return [decode(k, v, p) for k, v, p in json.loads(self._meta()["corrections"])]


class LazyWorld(World):
    """A world whose fields are read from the cache the first time a view asks for them.

    The questions of a view (a country's meetings, tenures and changes, a
    person's, the JSON lines of meetings) are answered from the rows they
    ask for, through the tables' indexes, without loading the rest. Each
    field of ``World`` is a property here that reads its part of the cache
    once; a part found damaged makes the world the full fold's (``folded``).
    """

    def __init__(self, cache: Cache) -> None:
        """A world over ``cache``; nothing is read yet (``World.__init__`` is not called: no field is set)."""
        self._cache = cache
        self._loaded: dict[str, object] = {}
        self.folded: World | None = None  # the full fold's world, once a damaged part made one
        self.derived = _LazyDerived(cache, self)

    def close(self) -> None:
        """Close the cache file; fields already read stay, the rest can no longer be read."""
        self._cache.close()

    def _field(self, name: str, read: Callable[[], T]) -> T:
        """A field: read from the cache the first time, the full fold's after a damaged part."""
        if name not in self._loaded:
            if self.folded is None:
                try:
                    with paused_gc():  # rows decoded into many small objects, no cycles: as a fold makes them
                        self._loaded[name] = read()
                except _DAMAGE as exc:  # read after the checksum was checked: the file changed under the view
                    self._fold_instead(exc)
            if self.folded is not None:
                self._loaded[name] = getattr(self.folded, name)
        return cast("T", self._loaded[name])  # each name is read by its own property, of its type

    @property  # a field of World, read on first use
    def articles(self) -> dict[str, ArticleIngested]:
        """The articles' headers, by id."""
        return self._field("articles", self._cache.articles)

    @articles.setter
    def articles(self, value: dict[str, ArticleIngested]) -> None:
        self._loaded["articles"] = value

    @property
    def reports(self) -> list[MeetingReported]:
        """Every meeting report in force (from the meetings)."""
        return self._field("reports", lambda: [r for m in self.meetings for r in m.reports])

    @reports.setter
    def reports(self, value: list[MeetingReported]) -> None:
        self._loaded["reports"] = value

    @property
    def observations(self) -> list[Observed]:
        """None: the cache keeps them folded into sightings and names (a view never lists them)."""
        return self._field("observations", list)

    @observations.setter
    def observations(self, value: list[Observed]) -> None:
        self._loaded["observations"] = value

    @property
    def names(self) -> dict[Key, str]:
        """Each name's key -> the name printed."""
        return self._field("names", self._cache.names)

    @names.setter
    def names(self, value: dict[Key, str]) -> None:
        self._loaded["names"] = value

    @property
    def known_countries(self) -> dict[str, str]:
        """Person -> the one country the log knows."""
        return self._field("known_countries", self._cache.known_countries)

    @known_countries.setter
    def known_countries(self, value: dict[str, str]) -> None:
        self._loaded["known_countries"] = value

    @property
    def meetings(self) -> list[Meeting]:
        """Every meeting, in order."""
        return self._field("meetings", self._cache.meetings)

    @meetings.setter
    def meetings(self, value: list[Meeting]) -> None:
        self._loaded["meetings"] = value

    @property
    def tenures(self) -> list[Tenure]:
        """Every tenure."""
        return self._field("tenures", self._cache.tenures)

    @tenures.setter
    def tenures(self, value: list[Tenure]) -> None:
        self._loaded["tenures"] = value

    @property
    def changes(self) -> list[Change]:
        """Every change, in order."""
        return self._field("changes", self._cache.changes)

    @changes.setter
    def changes(self, value: list[Change]) -> None:
        self._loaded["changes"] = value

    @property
    def corrections(self) -> list[Event]:
        """The corrections in force."""
        return self._field("corrections", self._cache.corrections)

    @corrections.setter
    def corrections(self, value: list[Event]) -> None:
        self._loaded["corrections"] = value

    def meetings_of(self, *, country: str | None = None, person: str | None = None) -> list[Meeting]:
        """The meetings of a country or person, read from their rows only."""
        if (country is None and person is None) or "meetings" in self._loaded or self.folded is not None:
            return super().meetings_of(country=country, person=person)
        try:
            rows = self._cache.meeting_rows(country, person, "data, line, mac")
            with paused_gc():  # as in ``_field``
                return [_meeting_of(data, line, mac) for data, line, mac in rows]
        except _DAMAGE as exc:
            self._fold_instead(exc)
            return super().meetings_of(country=country, person=person)

    def stored_meeting_lines(
        self, *, country: str | None = None, person: str | None = None
    ) -> list[str] | None:
        """The meetings' JSON lines as stored, in order: no meeting is decoded."""
        return self._stored(lambda db: cachefile.meeting_lines(db, country=country, person=person))

    def stored_tenure_lines(
        self, *, country: str | None = None, person: str | None = None
    ) -> list[str] | None:
        """The tenures' JSON lines as stored, in order: no tenure is decoded."""
        return self._stored(lambda db: cachefile.tenure_lines(db, country=country, person=person))

    def stored_change_lines(
        self, *, country: str | None = None, kinds: set[str] | None = None
    ) -> list[str] | None:
        """The changes' JSON lines as stored, in order: no change is decoded."""
        return self._stored(lambda db: cachefile.change_lines(db, country=country, kinds=kinds))

    def _stored(self, read: Callable[[sqlite3.Connection], list[bytes]]) -> list[str] | None:
        """Stored lines, as ``read`` takes them from the file; None once the world is the full fold's."""
        chunks = self.stored_chunks(read)  # a chunk: a line, or a page of them joined by newlines
        if chunks is None:
            return None
        return b"\n".join(chunks).decode().split("\n") if chunks else []

    def stored_chunks(self, read: Callable[[sqlite3.Connection], list[bytes]]) -> list[bytes] | None:
        """What ``read`` takes from this world's snapshot of the store (``cachefile.view_lines``), as it is.

        None once the world is the full fold's, or when ``read`` finds a
        row damaged (the world is then the full fold's).
        """
        if self.folded is not None:
            return None
        try:
            return read(self._cache.db)
        except _DAMAGE as exc:
            self._fold_instead(exc)
            return None

    def tenures_of(self, *, country: str | None = None, person: str | None = None) -> list[Tenure]:
        """The tenures of a country or person, read from their rows only."""
        if (country is None and person is None) or "tenures" in self._loaded or self.folded is not None:
            return super().tenures_of(country=country, person=person)
        column, value = ("country", country) if country is not None else ("person", person)
        query = f"SELECT data, line, mac FROM tenure WHERE {column} = ? ORDER BY office, id"  # noqa: S608 - our names
        try:
            with paused_gc():  # as in ``_field``
                found = [_tenure_of(*row) for row in self._cache.db.execute(query, (value,))]
        except _DAMAGE as exc:
            self._fold_instead(exc)
            return super().tenures_of(country=country, person=person)
        if country is not None and person is not None:
            found = [t for t in found if t.person == person]
        return found

    def changes_of(self, *, country: str | None = None, kinds: set[str] | None = None) -> list[Change]:
        """The changes about a country, of these kinds, read from their rows only."""
        if country is None or "changes" in self._loaded or self.folded is not None:
            return super().changes_of(country=country, kinds=kinds)
        query = "SELECT kind, data, line, mac FROM change WHERE id IN (SELECT change FROM change_country WHERE country = ?)"
        try:
            with paused_gc():  # as in ``_field``
                found = [_change_of(*row) for row in self._cache.db.execute(query, (country,))]
        except _DAMAGE as exc:
            self._fold_instead(exc)
            return super().changes_of(country=country, kinds=kinds)
        found.sort(key=change_order)
        return [c for c in found if kinds is None or c.kind in kinds]

    def _fold_instead(self, reason: Exception) -> None:
        """Throw the damaged cache away; every field not read yet comes from a full fold of the log."""
        cache = self._cache
        with contextlib.suppress(sqlite3.Error):
            cache.db.close()
        if cache.log is None:
            raise reason
        self.folded = _thrown_away(cache.path, cache.log, cache.warn, reason)
        self._loaded.clear()  # what was read came from the cache that was found damaged
        self.derived = self.folded.derived


class _LazyDerived(Memo):
    """A stored world's memo: the runs of office holders come from the cache's office years, not a fold."""

    def __init__(self, cache: Cache, world: LazyWorld) -> None:
        super().__init__()
        self._cache = cache
        # a weak reference: the world holds this memo, and a cycle would keep both (and the cache's open
        # connection) alive until a collection, which ``paused_gc``'s freeze puts off for good
        self._world = weakref.proxy(world)

    def get(self, slot: Slot[T], make: Callable[[], T]) -> T:
        """As ``Memo.get``; the runs (``tenures.RUNS``) read from the cache."""
        if slot == RUNS and slot not in self:
            try:
                with paused_gc():  # as in ``LazyWorld._field``
                    self.put(RUNS, self._cache.runs())
            except _DAMAGE as exc:  # as in LazyWorld: the world is the full fold's from now on
                self._world._fold_instead(exc)  # noqa: SLF001 - the world this serves
                self.put(RUNS, runs(self._world))
        return super().get(slot, make)


_EXTRACTED = (ArticleIngested, MeetingReported, OfficeObserved)


def _by_office_year(sightings: Iterable[Sighting]) -> dict[tuple[str, int], set[Sighting]]:
    """Sightings grouped as the store keeps them: by office and the year of their first day."""
    by_year: dict[tuple[str, int], set[Sighting]] = defaultdict(set)
    for sighting in sightings:
        by_year[(_office(sighting), first_day(sighting.date).year)].add(sighting)
    return by_year


@attrs.frozen
class _Retold:
    """What retractions and reverts of retractions change of the extraction in force (``Cache._retold``)."""

    gone: dict[str, list[MeetingReported]] = attrs.field(factory=dict)  # stored reports taken out, by part
    unobserved: tuple[Observed, ...] = ()  # office observations taken out
    kept: tuple[Observed, ...] = ()  # the observations of their articles still in force
    reports: tuple[MeetingReported, ...] = ()  # meeting reports put back
    observations: tuple[Observed, ...] = ()  # office observations put back

    @property
    def any(self) -> bool:
        """Whether anything is taken out or put back."""
        return bool(self.gone or self.unobserved or self.reports or self.observations)


@attrs.frozen
class _Logged:
    """Extracted events of the latest extraction in the log: those named by id, and those of articles named."""

    events: dict[str, MeetingReported | Observed]
    articles: dict[str, list[tuple[str, MeetingReported | Observed]]]

    def named(self, named: str) -> list[MeetingReported | Observed]:
        """What a retraction naming this id takes: the event with it, or the article's meeting reports and
        office observations, as ``Corrections.apply`` has it."""
        found = self.events.get(named)
        if found is not None:
            return [found]
        return [event for _, event in self.articles.get(named, [])]


def _logged_events(log: EventLog, wanted: set[str]) -> _Logged:
    """One pass over the log for these event and article ids (none when none is wanted): searched, not folded
    (``EventLog.fold_events_naming``).

    An article's events a later re-extraction superseded are not in force:
    they are let go when it comes.
    """
    events: dict[str, MeetingReported | Observed] = {}
    articles: dict[str, list[tuple[str, MeetingReported | Observed]]] = {}
    if not wanted:
        return _Logged(events, articles)
    for logged_id, event in log.fold_events_naming(wanted):
        if isinstance(event, ArticleReextracted):
            if event.article in articles:
                articles[event.article] = []
            for superseded in [k for k, found in events.items() if found.article == event.article]:
                del events[superseded]
        elif isinstance(event, (MeetingReported, OfficeObserved, LightObservation)):
            if logged_id in wanted:
                events[logged_id] = event
            if event.article in wanted:
                articles.setdefault(event.article, []).append((logged_id, event))
    return _Logged(events, articles)



def _naming(
    log: EventLog, forms: Forms, keys: set[Key], articles: set[str]
) -> tuple[list[MeetingReported], list[Observed]]:
    """The latest extraction's reports and office observations that may name these people, as logged, in log
    order: those whose line holds one of the forms written for them, or is of one of these articles (where a
    split writes them under another name). One search of the log's lines (``EventLog.fold_events_naming``), no
    fold; others may come too."""
    needles = {dumps(name)[1:-1] for key in keys for name in forms.written.get(key, ())} | articles
    if not needles:
        return [], []
    events = (event for _, event in log.fold_events_naming(needles))
    found, _ = collect(events, None, event_id, keep_text=False)
    return found.reports, found.observations


def _recount(
    forms: Forms, keys: set[Key], reports: list[MeetingReported], observations: list[Observed]
) -> bool:
    """The forms of these names counted again from the corrected events that write them (all of them, in log
    order: what the fold counts for them), in place of those stored. Always True (a step of ``_regroup``)."""
    fresh = Forms()
    for report in reports:
        for p in report.participants:
            if person_key(p.name) in keys:
                fresh.add(p.name, p.family, p.country)
    for observation in observations:
        if person_key(observation.name) in keys:
            fresh.add(observation.name, observation.family, observation.country)
    for key in keys:
        for found in (forms.families, forms.countries, forms.others):
            found.pop(key, None)
        forms.open.discard(key)
        if key not in fresh.written:
            forms.written.pop(key, None)
            forms.tally.pop(key, None)
            continue
        forms.written[key] = fresh.written[key]  # a name counted before keeps its place among the forms
        forms.tally[key] = fresh.tally[key]
        if key in fresh.families:
            forms.families[key] = fresh.families[key]
        if key in fresh.countries:
            forms.countries[key] = fresh.countries[key]
        if fresh.others.get(key):
            forms.others[key] = set(fresh.others[key])
        if key in fresh.open:
            forms.open.add(key)
    return True


def _names_first(forms: Forms, first: set[Key], rules: Corrections) -> dict[Key, str]:
    """The printed names with these forms counted before every other (``_regroup`` counts a new one last)."""
    written = {key: forms.written[key] for key in forms.written if key in first}
    written.update(forms.written)
    moved = Forms(
        written=written,
        families=forms.families,
        countries=forms.countries,
        others=forms.others,
        open=forms.open,
        tally=forms.tally,
    )
    return rules.names(moved)


def _people_keys(before: dict[Key, str], after: dict[Key, str], also: set[Key]) -> set[Key]:
    """The name keys of every person whose printed name changed for one of their keys, or who is printed for
    one of ``also``: before or after, each key printed as one of those people."""
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)} | also
    people = {n for k in changed for n in (before.get(k), after.get(k)) if n is not None}
    return {k for k, n in before.items() if n in people} | {k for k, n in after.items() if n in people}

def _observed(
    observations: Iterable[Observed], world: World, acting: set[tuple[str, str, str]]
) -> set[Sighting]:
    """The sightings these office observations show, with ``world``'s names and the acting days known."""
    alone = World(observations=list(observations), names=world.names, known_countries=world.known_countries)
    return set(sightings_of(alone, acting))


def _only_retractions_reverted(before: Corrections, now: Corrections) -> bool:
    """Whether the merges, splits, offices and names set in force before are still, first and in order.

    A revert of one of those changes who is who, or what an event says,
    across the log: the store follows only retractions taken back.
    """
    return (
        now.splits[: len(before.splits)] == before.splits
        and now.offices[: len(before.offices)] == before.offices
        and now.merges[: len(before.merges)] == before.merges
        and now.renames[: len(before.renames)] == before.renames
    )


def _reverts_other_than_retractions(corrections: list[Event]) -> bool:
    """Whether a revert among these names a correction other than a retraction (one appended in the same
    update included: the update would otherwise follow it as if in force)."""
    reverted = {c.correction for c in corrections if isinstance(c, CorrectionReverted)}
    return bool(reverted) and any(
        not isinstance(c, (EventRetracted, CorrectionReverted)) and event_id(c) in reverted
        for c in corrections
    )


def _added_in_place(
    forms: Forms, reports: Iterable[MeetingReported], observations: Iterable[Observed]
) -> bool:
    """Count the written names of events put back, when counting them last gives what the fold, counting them
    where the log has them, gives; else False (and the forms in doubt).

    So when each name is written already (the order of names stays), with
    no family name but the one it has and no first country but its own.
    """
    written = [(p.name, p.family, p.country) for r in reports for p in r.participants]
    written += [(o.name, o.family, o.country) for o in observations]
    for name, family, country in written:
        key = person_key(name)
        if key not in forms.written:
            return False
        if (family and forms.families.get(key, family) != family) or (
            country and forms.countries.get(key, country) != country
        ):
            return False
    for name, family, country in written:
        forms.add(name, family, country)
    return True


def _corrections_data(corrections: Iterable[Event]) -> str:
    """The store's corrections in force (meta ``corrections``), as ``_with_corrections`` writes them."""
    to_data = _codec().to_data
    return json.dumps([[c.kind, c.version, to_data(c)] for c in corrections], ensure_ascii=False)


def _in_force(corrections: list[Event]) -> list[Event]:
    """The corrections not reverted, in log order."""
    return in_force(corrections, event_id)


def _acts(reports: Iterable[MeetingReported]) -> bool:
    """Whether someone acts in an office in these reports (a day their office's holder was not seen)."""
    return any(p.status == "acting" for report in reports for p in report.participants)


def _with_corrections(stored: str, added: Iterable[Event]) -> str:
    """The store's corrections in force (meta ``corrections``) and these after them, in log order.

    Each as ``codec.to_payload`` gives it, through ``codec.to_data`` (the same
    data, tests/test_codec.py compares them): the converter is not made. A
    correction appended again (the same content, so the same id) is in force
    once, where it first was, as ``corrections.in_force`` keeps it.
    """
    to_data = _codec().to_data
    found = json.loads(stored)
    for correction in added:
        entry = [correction.kind, correction.version, to_data(correction)]
        if entry not in found:
            found.append(entry)
    return json.dumps(found, ensure_ascii=False)


def _change_part(change: Change) -> str:
    """The part a change belongs to, as the incremental update names it."""
    if isinstance(change, NewOffice):
        return f"person:{change.person}"
    if isinstance(change, FirstMeeting):
        return "pair:" + json.dumps(sorted(change.people), ensure_ascii=False)
    if isinstance(change, JoinedGrouping):
        return f"grouping:{change.grouping}"
    return f"office:{change.country}|{change.role}"


def _ordered(meetings: Iterable[Meeting]) -> list[Meeting]:
    found = list(meetings)
    found.sort(key=lambda m: (m.date.sort_key(), m.countries, sorted(m.people), m.kind, m.reports[0].article))
    return found


def _countries_whole(report: MeetingReported) -> bool:
    """Whether a report's countries are as an office set leaves them: sorted, every participant's among them."""
    countries = report.countries
    return countries == tuple(sorted({*countries, *(p.country for p in report.participants if p.country)}))


def _in_office(row: Sighting, office: OfficeSet) -> Sighting | None:
    """A sighting as an office set makes it: in its office class from its date on (none: no office class)."""
    since, date = office.since, row.date
    if since.known and (not date.known or date.sort_key() < since.sort_key()):
        return row
    return row._replace(role=office.role) if office.role != "other" else None


def _interleaved(sources: list[list[Sighting]]) -> bool:
    """Whether sightings of several people now one share a date and an article.

    A person's new offices read their sightings by date and article, ties
    in the order the fold made them (the log's); sightings of one person
    before keep theirs, but those of two people made one would interleave
    in an order the store does not know.
    """
    seen: dict[tuple[object, str], int] = {}
    for index, rows in enumerate(sources):
        for row in rows:
            if seen.setdefault((row.date.sort_key(), row.article), index) != index:
                return True
    return False


def _by_year(rows: list[Sighting]) -> dict[int, list[Sighting]]:
    """Sightings by the year they fall in (a date never spans two)."""
    found: dict[int, list[Sighting]] = defaultdict(list)
    for row in rows:
        found[first_day(row.date).year].append(row)
    return found


def _office(sighting: Sighting) -> str:
    return f"{sighting.country}|{sighting.role}"


def _dump_stretches(stretches: list[Stretch]) -> str:
    rows = [
        [_row(s.first), _row(s.last), _date_text(s.latest), list(dict.fromkeys(s.articles))]
        for s in stretches
    ]
    return _encode(rows).decode()


def _load_stretches(data: str) -> list[Stretch]:
    return [
        Stretch(first[0], _sighting(first), _sighting(last), _codec().read_date(latest), articles)
        for first, last, latest, articles in _decoder(list[tuple[_Row, _Row, str | None, list[str]]])(data)
    ]


def _pairs(meeting: Meeting) -> Iterator[str]:
    """The pairs of officials in a meeting, each as the part of its first-meeting changes names it."""
    officials = sorted({p.name for p in meeting.participants if p.role != "other" and p.country})
    for index, one in enumerate(officials):
        for other in officials[index + 1 :]:
            yield _pair(one, other)


@functools.lru_cache(maxsize=1 << 16)
def _pair(one: str, other: str) -> str:
    """A pair of officials (in order) as JSON, made once: the same officials meet again and again."""
    return json.dumps([one, other], ensure_ascii=False)


def _forms_to(forms: Forms) -> list[Any]:
    return [
        [
            list(k),
            dict(c),
            forms.families.get(k),
            forms.countries.get(k),
            sorted(forms.others.get(k, ())),
            k in forms.open,
            [[family, country, n] for (family, country), n in forms.tally[k].items()],
        ]
        for k, c in forms.written.items()
    ]


def _forms_from(data: list[Any]) -> Forms:
    forms = Forms()
    for key, counter, family, country, others, without_country, tally in data:
        k = tuple(key)
        forms.written[k] = Counter(counter)
        forms.tally[k] = Counter({(f, c): n for f, c, n in tally})
        if family:
            forms.families[k] = family
        if country:
            forms.countries[k] = country
        if others:
            forms.others[k] = set(others)
        if without_country:
            forms.open.add(k)
    return forms


def _text_checked(mac: str, text: str, *more: str) -> str:
    """The last of the texts of a row whose checksum is ``mac``, checked."""
    cachefile.checked(mac, text, *more)
    return more[-1] if more else text


def sortable(key: object) -> bytes:
    """A sort key of ints, strings and lists or tuples of them as bytes whose order is the key's.

    SQLite compares blobs byte by byte: ``sortable(a) < sortable(b)`` exactly
    when ``a < b`` for keys of the same shape. An int is eight bytes, offset
    so that negative ones come first; a string its UTF-8 with each zero byte
    escaped, then a zero; a sequence its items, then a zero. Each starts with
    a byte naming its type, which ranks an item that ends a sequence (zero)
    below any that continues it, as Python ranks a shorter prefix first.

    Raises:
        TypeError: a part of the key is of another type.

    """
    kind = type(key)  # the common types first, by identity: a rebuild makes hundreds of thousands of these
    if kind is str:
        return _sortable_text(cast("str", key))
    if kind is list or kind is tuple:
        return b"\x05" + b"".join([sortable(item) for item in cast("list[object]", key)]) + b"\x00"
    if kind is int:
        return b"\x01" + (cast("int", key) + (1 << 63)).to_bytes(8, "big")
    if isinstance(key, str):
        return _sortable_text(key)
    if isinstance(key, bool) or not isinstance(key, int | list | tuple):
        msg = f"not a sort key: {key!r}"
        raise TypeError(msg)
    if isinstance(key, int):
        return b"\x01" + (key + (1 << 63)).to_bytes(8, "big")
    return b"\x05" + b"".join(sortable(item) for item in key) + b"\x00"


def _sortable_text(text: str) -> bytes:
    """``sortable`` of a string: its UTF-8 with each zero byte escaped, then a zero."""
    return b"\x02" + text.encode("utf-8", "surrogatepass").replace(b"\x00", b"\x00\xff") + b"\x00"


def _year_checked(row: tuple[str, ...]) -> tuple[str, str, str, str]:
    """An office year's (sightings, clear, stretches, observed), its checksum checked."""
    sightings, clear, stretches, observed, mac = row
    cachefile.checked(mac, sightings, clear, stretches, observed)
    return sightings, clear, stretches, observed


def _meeting_of(data: str, line: str, mac: str) -> Meeting:
    cachefile.checked(mac, data, line)
    meeting: Meeting = _codec().meeting_from_data(data)
    return meeting


def _tenure_of(data: str, line: str, mac: str) -> Tenure:
    cachefile.checked(mac, data, line)
    tenure: Tenure = _codec().record_from_data(data, Tenure)
    return tenure


def _change_of(kind: str, data: str, line: str, mac: str) -> Change:
    cachefile.checked(mac, kind, data, line)
    change: Change = _codec().record_from_data(data, CHANGE_KINDS[kind])
    return change


class _MeetingRow(NamedTuple):
    """A meeting as its row of ``meeting`` (``values``, without the id) and the keys it is indexed by."""

    # part, sort, year, countries, people, line, data, mac
    values: tuple[str, bytes, int, str, str, str, str, str]
    sort: bytes
    year: int
    countries: list[str]
    people: list[str]
    line: str
    reports: list[str]  # its reports' event ids, as its line shows them


def report_key(event: str) -> int:
    """A report's event id as the key of the index ``report``: its first 60 bits.

    An integer keeps the index a fraction of the ids' size (a rebuild writes
    a row for every report of the log); two ids alike in those bits find
    both meetings, and each report is checked by its whole id.
    """
    return int(event[:15], 16)


def _named_report_key(event: str) -> int | None:
    """``report_key`` of what a retraction names, None when it cannot be a report's id (an article's id)."""
    if len(event) != _ID_DIGITS or not all(c in string.hexdigits for c in event):
        return None
    return report_key(event)


_ID_DIGITS = 24  # hex digits of an event id (``codec.event_id``); an article's id has 32


def _source_ids(line: str) -> list[str]:
    """The event ids of a meeting's reports, as its stored line lists them."""
    return [source["event"] for source in _decode(line)["sources"]]


def _meeting_row(part: str, meeting: Meeting, ids: list[str | None] | None = None) -> _MeetingRow:
    """A meeting's row: its data for updates, its JSON line ready, its place in the views' order.

    ``ids``: its reports' event ids where known (from the log), else None
    (each then made from the report).
    """
    unstructured = _codec().to_data(meeting)
    payloads = unstructured["reports"]
    known = ids if ids is not None else [None] * len(payloads)
    report_ids = [
        found if found is not None else _report_id(report, payload)
        for report, payload, found in zip(meeting.reports, payloads, known, strict=True)
    ]
    data = _encode(unstructured).decode()
    line = meeting_line(meeting, report_ids)
    people = sorted(meeting.people)
    sort = _meeting_sort(meeting, people)
    year = meeting.date.sort_key()[0]  # the first item of the order: a year's meetings are one run
    countries = sorted(set(meeting.countries))
    listed = (_encode(countries).decode(), _encode(people).decode())
    values = (part, sort, year, *listed, line, data, cachefile.mac(data, line))
    return _MeetingRow(values, sort, year, countries, people, line, report_ids)


def _change_row(part: str, change: Change) -> tuple[tuple[str, str, bytes, str, str, str, str], list[str]]:
    """A change's row (part, kind, sort, countries, data, line, mac: no id), and its countries."""
    data = _dump(change)
    line = change_line(change)
    countries = sorted(set(change_countries(change)))
    mac = cachefile.mac(change.kind, data, line)
    sort = sortable(change_order(change))
    return (part, change.kind, sort, _encode(countries).decode(), data, line, mac), countries


def _article_row(article: ArticleIngested) -> tuple[str, str, str]:
    """An article's row: its header, not its text (the text stays in the log; views need the header).

    A rebuild reads articles light, without their text: those are stored as
    they are (``attrs.evolve`` for each cost a rebuild more than the rest of
    the row).
    """
    data = _dump(article if not article.text else attrs.evolve(article, text=""))
    return (article.article, data, cachefile.mac(data))


_BATCH_ROWS = 4096  # meetings a rebuild writes at a time: fewer statements, and memory that stays flat


@attrs.define
class _MeetingBatch:
    """Rows of a rebuild's meetings not written yet, and what indexes them."""

    meetings: list[tuple[object, ...]] = attrs.field(factory=list)
    people: list[tuple[str, int]] = attrs.field(factory=list)
    untitled: set[tuple[str, str, str]] = attrs.field(factory=set)
    pairs: set[tuple[str, str]] = attrs.field(factory=set)
    groupings: set[tuple[str, str]] = attrs.field(factory=set)

    def write(self, db: sqlite3.Connection) -> None:
        """Write the rows, one statement per table, and forget them."""
        db.executemany("INSERT INTO meeting VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.meetings)
        db.executemany("INSERT INTO meeting_person VALUES (?, ?)", sorted(self.people))
        db.executemany("INSERT OR IGNORE INTO untitled VALUES (?, ?, ?)", sorted(self.untitled))
        db.executemany("INSERT OR IGNORE INTO pair VALUES (?, ?)", sorted(self.pairs))
        db.executemany("INSERT OR IGNORE INTO grouping VALUES (?, ?)", sorted(self.groupings))
        for rows in (self.meetings, self.people, self.untitled, self.pairs, self.groupings):
            rows.clear()


class _LoggedIds:
    """The log's ids of the meeting reports a rebuild read, for the reports the fold kept as they were logged.

    A report a correction changed (a split, an office set) is another
    object, whose id is made from its content as before. Each report is
    kept with its id, so no object freed meanwhile can take its identity.
    """

    def __init__(self) -> None:
        """Nothing noted yet."""
        self._found: dict[int, tuple[MeetingReported, str]] = {}

    def note(self, report: MeetingReported, event_id: str) -> None:
        """``report`` was read from the log with this id."""
        self._found[id(report)] = (report, event_id)

    def clear(self) -> None:
        """Let go of the reports and ids noted (the meetings are stored)."""
        self._found.clear()

    def ids(self, reports: Iterable[MeetingReported]) -> list[str | None]:
        """Each report's id in the log when it is the very object read, else None."""
        out: list[str | None] = []
        for report in reports:
            found = self._found.get(id(report))
            out.append(found[1] if found is not None and found[0] is report else None)
        return out


def _report_id(report: MeetingReported, payload: dict[str, Any]) -> str:
    """A report's event id from its payload as the cache already made it (``codec.event_id`` without a second pass)."""
    body = {k: v for k, v in payload.items() if k != "kind"}
    return hashlib.sha256(f"{report.kind}\n{dumps(body)}".encode()).hexdigest()[:24]


def _meeting_sort(meeting: Meeting, people: list[str]) -> bytes:
    """``sortable(_meeting_order(meeting))``; ``people``: its people, sorted.

    The parts that recur from meeting to meeting (a date, a list of
    countries or of people, a kind) are made once each: a rebuild makes a
    sort key for every meeting of the log.
    """
    return b"".join(
        (
            b"\x05",
            _sortable_again(meeting.date.sort_key()),
            _sortable_again(tuple(meeting.countries)),
            _sortable_again(tuple(people)),
            _sortable_again(meeting.kind),
            _sortable_text(meeting.reports[0].article),
            b"\x00",
        )
    )


@functools.lru_cache(maxsize=1 << 16)
def _sortable_again(key: str | tuple[object, ...]) -> bytes:
    """``sortable`` of a part of a key that many keys share."""
    return sortable(key)


def _meeting_order(meeting: Meeting) -> list[Any]:
    """The order of meetings (``_ordered``) as JSON."""
    return [
        list(meeting.date.sort_key()),
        list(meeting.countries),
        sorted(meeting.people),
        meeting.kind,
        meeting.reports[0].article,
    ]


@attrs.frozen
class _Shown:
    """Which sightings of an office year office observations show: ``only`` they (no held meeting shows the
    same), or ``also`` a held meeting.

    An acting holder's day, learnt later, takes away those only observations
    show; a retracted meeting takes away its sightings but those an
    observation shows too, which then only observations show.
    """

    only: frozenset[Sighting] = frozenset()
    also: frozenset[Sighting] = frozenset()

    def within(self, rows: Iterable[Sighting]) -> _Shown:
        """Those of ``rows``."""
        kept = set(rows)
        return _Shown(self.only & kept, self.also & kept)

    def joined(self, other: _Shown) -> _Shown:
        """These and ``other``'s."""
        return _Shown(self.only | other.only, self.also | other.also)

    def without(self, gone: set[Sighting]) -> _Shown:
        """These but ``gone``."""
        return _Shown(self.only - gone, self.also - gone)

    def renamed(self, rename: dict[str, str]) -> _Shown:
        """These under the people's new printed names."""

        def moved(rows: frozenset[Sighting]) -> frozenset[Sighting]:
            return frozenset(row._replace(person=rename.get(row.person, row.person)) for row in rows)

        return _Shown(moved(self.only), moved(self.also))


def _shown(world: World, everything: Iterable[Sighting], acting: set[tuple[str, str, str]]) -> _Shown:
    """Which of a world's sightings its office observations show, only they or a held meeting too.

    ``acting``: every day someone acts in an office (an observation of the
    suspended holder that day shows nothing).
    """
    names, known = world.names, world.known_countries
    held = set(sightings_of(World(reports=world.reports, names=names, known_countries=known)))
    observed = set(
        sightings_of(World(observations=world.observations, names=names, known_countries=known), acting)
    )
    return _Shown(frozenset(set(everything) - held), frozenset(observed & held))


def _renamed(before: dict[Key, str], after: dict[Key, str]) -> dict[str, str] | None:
    """Old printed name -> new one, for the people whose printed name changed; None when one became two.

    Sightings and meetings keep printed names, not the forms behind them:
    a name whose forms now print as two names cannot be followed here.
    """
    rename: dict[str, str] = {}
    kept: set[str] = set()
    for key, old in before.items():
        new = after.get(key, old)
        if new == old:
            kept.add(old)
        elif rename.setdefault(old, new) != new:
            return None
    if kept & set(rename):
        return None
    return rename
