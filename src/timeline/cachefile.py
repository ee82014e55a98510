"""The projection store's file: its tables, the checks that say it can be trusted, and the reads of its lines.

The standard library alone (sqlite3, json, zlib): ``cache`` writes the
store through the models and the fold, and uses these checks and reads; a
warm view uses them without the models (attrs classes on pendulum dates,
the codec with cattrs), which cost more to import than the answer costs to
print. ``read_current`` is that view's whole path (``shortcut`` takes it
before click is imported, ``cli`` too): the store beside a file log, when it
plainly reflects the whole log (its version, its meta and row counts as
``doubt`` checks them, its position at the log's last line as
``logfile.ends_with`` checks it), and its rows' checksums match. Anything
else (new lines in the log, another version, a damaged row, no store) is
left to ``cache.world``, which says why and makes the store again: the
answer is the same bytes either way. ``behind`` says when the log has only
grown past a sound store (``cache.world`` then takes in the new lines alone).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from pathlib import Path

from timeline import cursor
from timeline.logfile import LOG_NAME, ends_with
from timeline.vocabulary import FLAGGED_KINDS

TYPE_CHECKING = (
    False  # typing itself is not imported: it is a tenth of a warm view's start-up (mypy reads this as True)
)

if TYPE_CHECKING:
    from collections.abc import Callable, Collection
    from typing import Any, TypeVar

    T = TypeVar("T")

# 22: a Slavic given name's Ukrainian and Russian romanisations key alike (names.TRANSLITERATIONS, #15);
# 21: a first word alone joins a longer name only when both are one country's (identity._given_name_of,
# #15); 20: a Slavic name's romanised endings fold to one (names._ENDING, #15); 19: names keyed with Arabic
# transliterations and articles folded (#15); 18: meeting reports indexed by their ids (#17); 17: office
# years say which sightings observations show, name forms their tallies (#17); 16: a country's meeting
# lines in pages, a year each (#17); 15: sortable view keys (#17)
VERSION = "22"
BUSY_MS = 600_000  # how long to wait for another process's update of the store
TABLES = (
    *(
        "meta",
        "article",
        "meeting",
        "meeting_country",
        "country_meetings",
        "country_page",
        "meeting_person",
        "tenure",
    ),
    *("office_year", "person", "pair", "grouping", "change", "change_country", "untitled", "report"),
)
# Their rows are counted in meta: a row deleted by hand is noticed on opening. Not meeting_country: it holds
# every meeting once per country, and counting it would read all of it; each country's number of meetings
# is kept in country_meetings instead and checked against its pages when they are read.
# Nor report, the index of meeting reports by id: a row it lacks or misplaces finds no report, and the
# update that looked for it makes the store again (a report found is checked by its own id).
COUNTED_TABLES = tuple(table for table in TABLES[1:] if table not in {"meeting_country", "report"})

# Rows, not blobs: a view reads the rows it shows (by country, person, date, kind) through the indexes.
# Each row of content carries ``mac``, a checksum of it, checked whenever the row is read. ``sort`` is a
# meeting's (or change's) place in the views' order as bytes that SQLite compares as Python compares the
# key (``cache.sortable``): the rows come out in order, none decoded to be sorted. meeting_country indexes a
# country's meetings by year and in that order; country_page keeps their lines, a year of them joined by
# newlines in one row, made again from the meetings' rows when one of that year changes: a country's view
# reads a few rows (a 1M-event log's KR: 53,546 lines, 43 MB, in about twenty), and checks each whole.
# report finds the meeting that holds a report by the report's event id (its first 60 bits as an integer,
# ``cache.report_key``: a tenth of the text's bytes), for a retraction that names it.
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS article (article TEXT PRIMARY KEY, data TEXT NOT NULL, mac TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meeting (id INTEGER PRIMARY KEY, part TEXT NOT NULL, sort BLOB NOT NULL,
                                    year INTEGER NOT NULL, countries TEXT NOT NULL, people TEXT NOT NULL,
                                    line TEXT NOT NULL, data TEXT NOT NULL, mac TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS meeting_by_part ON meeting (part);
CREATE INDEX IF NOT EXISTS meeting_by_date ON meeting (sort);
CREATE TABLE IF NOT EXISTS meeting_country (country TEXT NOT NULL, year INTEGER NOT NULL, sort BLOB NOT NULL,
                                            meeting INTEGER NOT NULL,
                                            PRIMARY KEY (country, year, sort, meeting)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS country_meetings (country TEXT PRIMARY KEY, meetings INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS country_page (country TEXT NOT NULL, year INTEGER NOT NULL, lines BLOB NOT NULL,
                                         count INTEGER NOT NULL, mac TEXT NOT NULL, PRIMARY KEY (country, year));
CREATE TABLE IF NOT EXISTS meeting_person (person TEXT NOT NULL, meeting INTEGER NOT NULL,
                                           PRIMARY KEY (person, meeting)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tenure (id INTEGER PRIMARY KEY, office TEXT NOT NULL, country TEXT NOT NULL,
                                   person TEXT NOT NULL, data TEXT NOT NULL, line TEXT NOT NULL, mac TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tenure_by_office ON tenure (office);
CREATE INDEX IF NOT EXISTS tenure_by_country ON tenure (country);
CREATE INDEX IF NOT EXISTS tenure_by_person ON tenure (person);
CREATE TABLE IF NOT EXISTS office_year (part TEXT NOT NULL, year INTEGER NOT NULL, sightings TEXT NOT NULL,
                                        clear TEXT NOT NULL, stretches TEXT NOT NULL, observed TEXT NOT NULL,
                                        mac TEXT NOT NULL, PRIMARY KEY (part, year));
CREATE TABLE IF NOT EXISTS person (part TEXT PRIMARY KEY, sightings TEXT NOT NULL, mac TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pair (pair TEXT NOT NULL, part TEXT NOT NULL, PRIMARY KEY (pair, part));
CREATE TABLE IF NOT EXISTS grouping (name TEXT NOT NULL, part TEXT NOT NULL, PRIMARY KEY (name, part));
CREATE TABLE IF NOT EXISTS change (id INTEGER PRIMARY KEY, part TEXT NOT NULL, kind TEXT NOT NULL,
                                   sort BLOB NOT NULL, countries TEXT NOT NULL, data TEXT NOT NULL,
                                   line TEXT NOT NULL, mac TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS change_by_part ON change (part);
CREATE INDEX IF NOT EXISTS change_by_date ON change (sort);
CREATE INDEX IF NOT EXISTS change_by_kind ON change (kind);
CREATE TABLE IF NOT EXISTS change_country (country TEXT NOT NULL, sort BLOB NOT NULL, change INTEGER NOT NULL,
                                           PRIMARY KEY (country, sort, change)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS untitled (country TEXT NOT NULL, person TEXT NOT NULL, part TEXT NOT NULL,
                                     PRIMARY KEY (country, person, part));
CREATE TABLE IF NOT EXISTS report (key INTEGER NOT NULL, meeting INTEGER NOT NULL,
                                   PRIMARY KEY (key, meeting)) WITHOUT ROWID;
"""


class Damaged(ValueError):
    """A row whose checksum does not match it: the store was edited or damaged."""


def disabled() -> bool:
    """Whether the user turned the store off (``TIMELINE_CACHE=off``): every view then folds the log."""
    return os.environ.get("TIMELINE_CACHE", "").lower() in {"0", "off", "no"}


def beside(directory: Path) -> Path:
    """Where the store of the file log in ``directory`` lives."""
    return directory / "cache" / "projection.sqlite"


# -- checksums ------------------------------------------------------------------------------------


def mac(*texts: str) -> str:
    """The checksum a row of content carries: a CRC-32 of each of its text columns (each checkable alone)."""
    return "-".join(f"{zlib.crc32(text.encode()):08x}" for text in texts)


def checked(row_mac: str, *texts: str) -> None:
    """Raises ``Damaged`` unless ``row_mac`` is the checksum of ``texts``."""
    if mac(*texts) != row_mac:
        raise Damaged("a row does not match its checksum (edited or damaged)")


def page_mac(page: bytes, count: int) -> str:
    """The checksum of a page of ``count`` lines: a CRC-32 of its bytes, and the count (checked without reading the
    page for its newlines)."""
    return f"{zlib.crc32(page):08x}:{count}"


def line_checked(row_mac: str, line: bytes) -> bytes:
    """A row's JSON line (its last text column, as the UTF-8 bytes it is stored in), checked against its part of
    the row's checksum."""
    if row_mac[-8:] != f"{zlib.crc32(line):08x}":
        raise Damaged("a row does not match its checksum (edited or damaged)")
    return line


def meta_digest(meta: dict[str, str]) -> str:
    """The checksum of meta (every key but the checksum itself)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(json.dumps(sorted((k, v) for k, v in meta.items() if k != "digest")).encode())
    return digest.hexdigest()


# -- the checks made on opening ---------------------------------------------------------------------


def tables(db: sqlite3.Connection) -> set[str]:
    """The names of the file's tables."""
    return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def meta(db: sqlite3.Connection) -> dict[str, str]:
    """The store's meta: its version, the log position it reflects, its checksum, its row counts, ..."""
    return dict(db.execute("SELECT key, value FROM meta"))


def counts(db: sqlite3.Connection) -> str:
    """How many rows each counted table holds, as meta keeps it."""
    found = {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - our own names
        for table in COUNTED_TABLES
    }
    return json.dumps(found, sort_keys=True)


def doubt(db: sqlite3.Connection, present: set[str], kept: dict[str, str]) -> str | None:
    """Why a store of this version cannot be trusted (a table missing, rows deleted, its meta edited), or None.

    Rows of content carry their own checksums, checked when a view reads
    them: opening the store costs what counting rows costs, not a read of
    every row.
    """
    missing = [table for table in TABLES if table not in present]
    if missing:
        return f"lacks the table {missing[0]}"
    if "version" not in kept or "digest" not in kept:
        return "lacks its version or checksum"
    if kept["digest"] != meta_digest(kept):
        return "does not match its checksum (edited or damaged)"
    if kept.get("counts") != counts(db):
        return "lacks rows it had (edited or damaged)"
    return None


# -- the reads a view makes -------------------------------------------------------------------------


def meeting_rows(
    db: sqlite3.Connection, country: str | None, person: str | None, columns: str
) -> list[tuple[Any, ...]]:
    """``columns`` of the meetings of a country, of a person, of both, or all, in order, through the indexes."""
    query = f"SELECT {columns} FROM meeting"  # noqa: S608 - our own column names
    where, values = [], []
    if country is not None:
        where.append("id IN (SELECT meeting FROM meeting_country WHERE country = ?)")
        values.append(country)
    if person is not None:
        where.append("id IN (SELECT meeting FROM meeting_person WHERE person = ?)")
        values.append(person)
    if where:
        query += " WHERE " + " AND ".join(where)
    return db.execute(query + " ORDER BY sort, id", values).fetchall()


# A view's lines are read as the UTF-8 bytes SQLite keeps them in (``CAST(line AS BLOB)``), which is what the
# checksum is made of and what is printed: no str is made of them on the way. The reads below return chunks:
# one line each, or a page of a country's (several lines joined by newlines); printed, each is followed by a
# newline.


def country_lines(db: sqlite3.Connection, country: str) -> list[bytes]:
    """A country's meetings' JSON lines, in order: its pages (a year's lines each), each checked whole.

    Raises:
        Damaged: a page does not match its checksum or its count, or the
            pages do not hold as many meetings as country_meetings counts.

    """
    pages = db.execute(
        "SELECT lines, count, mac FROM country_page WHERE country = ? ORDER BY year", (country,)
    ).fetchall()
    kept = db.execute("SELECT meetings FROM country_meetings WHERE country = ?", (country,)).fetchone()
    if sum(count for _, count, _ in pages) != (kept[0] if kept else 0):
        raise Damaged("a country's meetings are not as many as counted (edited or damaged)")
    if any(page_mac(page, count) != row_mac for page, count, row_mac in pages):
        raise Damaged("a row does not match its checksum (edited or damaged)")
    return [page for page, _, _ in pages]


def meeting_lines(
    db: sqlite3.Connection, *, country: str | None = None, person: str | None = None
) -> list[bytes]:
    """The meetings' JSON lines as stored, in order (of a country, a person, both, or all), each checked: chunks."""
    if country is not None and person is None:
        return country_lines(db, country)
    return [
        line_checked(row_mac, line)
        for line, row_mac in meeting_rows(db, country, person, "CAST(line AS BLOB), mac")
    ]


def tenure_lines(
    db: sqlite3.Connection, *, country: str | None = None, person: str | None = None
) -> list[bytes]:
    """The tenures' JSON lines as stored, office by office (of a country, a person, both, or all), each checked."""
    where, values = [], []
    for column, value in (("country", country), ("person", person)):
        if value is not None:
            where.append(f"{column} = ?")
            values.append(value)
    query = "SELECT CAST(line AS BLOB), mac FROM tenure" + (" WHERE " + " AND ".join(where) if where else "")
    return [
        line_checked(row_mac, line) for line, row_mac in db.execute(query + " ORDER BY office, id", values)
    ]


def change_lines(
    db: sqlite3.Connection, *, country: str | None = None, kinds: Collection[str] | None = None
) -> list[bytes]:
    """The changes' JSON lines as stored, in order (about a country, or all; of these kinds, or all), each checked."""
    query = "SELECT kind, CAST(line AS BLOB), mac FROM change"
    values: list[str] = []
    if country is not None:
        query += " WHERE id IN (SELECT change FROM change_country WHERE country = ?)"
        values.append(country)
    rows = db.execute(query + " ORDER BY sort, id", values).fetchall()
    return [line_checked(row_mac, line) for kind, line, row_mac in rows if kinds is None or kind in kinds]


VIEWS = (
    "meetings",
    "changes",
    "country",
)  # the JSON-lines views of everything the store answers with its lines


def view_lines(db: sqlite3.Connection, view: str, country: str | None = None) -> list[bytes]:
    """The lines ``timeline VIEW --format jsonl`` prints, unfiltered, as ``render`` prints them from the same store:
    chunks, each printed with a newline after it.

    ``meetings``: every meeting; ``changes``: the flagged changes;
    ``country`` (``country`` its code): its meetings, tenures and flagged
    changes. tests/test_cachefile.py compares each with the full path and
    with a fold, byte for byte.
    """
    if view == "meetings":
        return meeting_lines(db)
    if view == "changes":
        return change_lines(db, kinds=FLAGGED_KINDS)
    if view == "country" and country is not None:
        return [
            *meeting_lines(db, country=country),
            *tenure_lines(db, country=country),
            *change_lines(db, country=country, kinds=FLAGGED_KINDS),
        ]
    msg = f"no stored view {view!r} of {country!r}"
    raise ValueError(msg)


# -- a warm view's whole path -----------------------------------------------------------------------


def read_current(directory: Path, read: Callable[[sqlite3.Connection], T]) -> T | None:
    """``read`` of the store beside the file log in ``directory``, when it plainly reflects the whole log; else None.

    Plainly: the store is on and there, of this version, ``doubt`` finds
    nothing, and the position it reflects is the log file's last line (its
    seq and hash) at the file's end. ``read`` runs in one read transaction
    (one snapshot, whatever another process commits) and must raise
    (``Damaged``, ``sqlite3.Error``) rather than return what it doubts. None
    leaves the answer to ``cache.world``, which brings the store up to date
    or says what was wrong with it.
    """
    found: list[T] = []

    def current(db: sqlite3.Connection, standing: str) -> bool:
        if standing != "current":
            return False
        found.append(read(db))
        return True

    return found[0] if _standing(directory, current) else None


def read_or_behind(directory: Path, read: Callable[[sqlite3.Connection], T]) -> tuple[T | None, bool]:
    """``read_current``'s answer, and when there is none, ``behind``'s: the store opened and checked once.

    (``read``'s result, False) when the store plainly reflects the whole
    log; (None, True) when it is sound and the log has only grown past it,
    in a folder this process may write; else (None, False).
    """
    found: list[T] = []
    stale: list[bool] = []

    def judge(db: sqlite3.Connection, standing: str) -> bool:
        if standing == "current":
            found.append(read(db))
        stale.append(standing == "behind")
        return True

    if not _standing(directory, judge):
        return None, False
    if found:
        return found[0], False
    return None, bool(stale) and stale[0] and _writable(directory)


def _writable(directory: Path) -> bool:
    """Whether this process may write the store beside the file log in ``directory`` (and its folder)."""
    return os.access(beside(directory).parent, os.W_OK) and os.access(beside(directory), os.W_OK)


def behind(directory: Path) -> bool:
    """Whether the store beside the file log in ``directory`` is sound and reflects a part of the log that the log
    has since grown past, in a folder this process may write: what ``cache.world`` updates with the new lines
    alone (and then ``read_current`` reads)."""
    return _writable(directory) and _standing(directory, lambda _, standing: standing == "behind")


def _standing(directory: Path, judge: Callable[[sqlite3.Connection, str], bool]) -> bool:
    """``judge`` of the store beside the file log in ``directory`` and where it stands against the log file:
    ``current`` (at its last line), ``behind`` (at an earlier line of it), or ``other`` (no position the log has).

    Not judged (False): the store turned off or not there, another version,
    ``doubt`` finding something, or any error reading the store or the log.
    ``judge`` runs in one read transaction with the checks.
    """
    if disabled():
        return False
    path = beside(directory)
    log = directory / LOG_NAME
    if not path.is_file():
        return False
    try:
        db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_MS / 1000)
    except sqlite3.Error:
        return False
    try:
        db.execute("BEGIN")
        present = tables(db)
        kept = meta(db) if "meta" in present else {}
        if kept.get("version") != VERSION or doubt(db, present, kept) is not None:
            return False
        seq, digest, note = cursor.from_text(kept["position"])
        standing = "other"
        if note.isdigit() and seq > 0 and ends_with(log, int(note), seq, digest):
            standing = "current" if log.stat().st_size == int(note) else "behind"
        return judge(db, standing)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError):  # Damaged is a ValueError
        return False
    finally:
        db.close()
