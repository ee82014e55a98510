"""Tenures: who held which office when, from sightings of office holders.

Owns the sightings (a held meeting or an office observation showing a person
in an office at a date), the runs of one holder after another per office in
valid-time order (a month- or year-precision sighting counts only where it
cannot fall on either side of another holder's), the tenures they make, and
``Holders``, who held an office at a date, for participants an article gave
no title.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

import attrs
import pendulum

from timeline.identity import Printed
from timeline.model import MeetingReported
from timeline.textdate import TextDate
from timeline.world import Observed, Sighting, Slot, Tenure, World

# What a world works out once and keeps (``World.derived``).
SIGHTINGS: Slot[list[Sighting]] = Slot("sightings")
RUNS: Slot[dict[tuple[str, str], list[list[Sighting]]]] = Slot("runs")
STRETCHES: Slot[dict[tuple[str, str], list[Stretch]]] = Slot("stretches")
HOLDERS: Slot[Holders] = Slot("holders")


def sightings(world: World) -> list[Sighting]:
    """Every dated sighting of an office holder, from meetings held and office observations."""
    return world.derived.get(SIGHTINGS, lambda: sightings_of(world))


def acting_days(
    reports: Iterable[MeetingReported], observations: Iterable[Observed], world: World | None = None
) -> set[tuple[str, str, str]]:
    """(country, office, day) on which someone acts in the office, by held meetings and observations of a day.

    ``world``: the countries it knows for people the events give none.
    """
    days: set[tuple[str, str, str]] = set()
    country = world.country if world is not None else _no_country
    for meeting in reports:
        if meeting.meeting_kind == "planned" or meeting.date.precision != "day":
            continue
        for participant in meeting.participants:
            if participant.status == "acting" and (code := participant.country or country(participant.name)):
                days.add((code, participant.role, meeting.date.iso() or ""))
    for observation in observations:
        if observation.status != "acting" or observation.date.precision != "day":
            continue
        if code := observation.country or country(observation.name):
            days.add((code, observation.role, observation.date.iso() or ""))
    return days


def _no_country(written: str) -> None:  # noqa: ARG001 - the signature of World.country
    return None


def sightings_of(
    world: World, acting_elsewhere: set[tuple[str, str, str]] | None = None, *, consume: bool = False
) -> list[Sighting]:
    """Sightings of ``world``'s events, each once.

    ``acting_elsewhere``: acting days known from events not in the world.
    ``consume``: let go of each observation once its sighting is made.
    """
    found: dict[Sighting, None] = {}  # a meeting and the article's observation often show the same: kept once
    name, make = Printed(world), functools.partial(_tuple_new, Sighting)
    acting = acting_days(world.reports, world.observations, world) | (acting_elsewhere or set())
    counted = _COUNTED
    for meeting in world.reports:
        date = meeting.date
        if meeting.meeting_kind == "planned" or date.year is None:
            continue
        for p in meeting.participants:
            if p.role != "other" and p.status in counted and (country := p.country or name.country(p.name)):
                found[make((name[p.name], country, p.role, date, meeting.article, p.status))] = None
    observations = world.observations
    for index, o in enumerate(observations):
        if consume:
            observations[index] = None  # type: ignore[call-overload] # the list is dropped after this loop
        date, country, status = o.date, o.country or name.country(o.name), o.status
        if o.role == "other" or not country or status not in counted or date.year is None:
            continue
        if acting and status != "acting" and (country, o.role, date.iso() or "") in acting:
            continue  # on a day someone acts in an office, the suspended holder is not seen holding it
        found[make((name[o.name], country, o.role, date, o.article, status))] = None
    return list(found)


_COUNTED = frozenset({"holder", "acting"})


_tuple_new = tuple.__new__  # a Sighting's own constructor, without its Python layer


def runs(world: World) -> dict[tuple[str, str], list[list[Sighting]]]:
    """Per office, the holders in order of valid time, each as a run of sightings.

    A month- or year-precision sighting counts only where it cannot fall on
    either side of another holder's sighting of the same office.
    """
    return world.derived.get(RUNS, lambda: _office_runs(world))


def _office_runs(world: World) -> dict[tuple[str, str], list[list[Sighting]]]:
    by_office: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
    for sighting in by_date_then(sightings(world), _span, _PERSON_ARTICLE):  # each office's rows in run order
        by_office[(sighting.country, sighting.role)].append(sighting)
    result: dict[tuple[str, str], list[list[Sighting]]] = {}
    for office, rows in sorted(by_office.items()):
        result[office] = runs_of(clear_sightings(rows))  # a part of the rows, in their order
    return result


def runs_of(counted: list[Sighting]) -> list[list[Sighting]]:
    """An office's counted sightings in run order, as the runs of one holder after another."""
    runs: list[list[Sighting]] = []
    for row in counted:
        if runs and runs[-1][-1].person == row.person:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def run_order(row: Sighting) -> tuple[object, ...]:
    """The order of an office's sightings in its runs: by first day, last day, person, article."""
    date = row.date
    return (date.first_day(), date.last_day(), row.person, row.article)


def _span(date: TextDate) -> tuple[pendulum.Date | None, pendulum.Date | None]:
    return (date.first_day(), date.last_day())


_PERSON_ARTICLE = operator.attrgetter("person", "article")


_ARTICLE = operator.attrgetter("article")


class _Dated(Protocol):
    @property
    def date(self) -> TextDate: ...


_D = TypeVar("_D", bound=_Dated)


def by_date_then(
    rows: Iterable[_D],
    date_key: Callable[[TextDate], Any],
    then: Callable[[_D], Any],
    ties: Callable[[_D], Any] | None = None,
) -> list[_D]:
    """Rows sorted by a key of their date, then by ``then``, as one stable sort would.

    The rows are put in buckets by date, and only the buckets and each
    bucket's rows are sorted: a log has few dates and many rows, and a key
    made for each row cost more than all the rest. Rows whose date and
    ``then`` keys are equal keep their order, or with ``ties`` are ordered
    by it (a key made for those rows only).
    """
    keys: dict[int, Any] = {}  # by the date object: rows share them
    buckets: dict[Any, list[_D]] = defaultdict(list)
    for row in rows:
        date = row.date
        key = keys.get(id(date))
        if key is None:
            key = keys[id(date)] = date_key(date)
        buckets[key].append(row)
    ordered: list[_D] = []
    for key in sorted(buckets):
        bucket = buckets[key]
        if len(bucket) > 1:
            if ties is None:
                bucket.sort(key=then)
            else:
                bucket = _with_ties(bucket, then, ties)
        ordered.extend(bucket)
    return ordered


def _with_ties(rows: list[_D], then: Callable[[_D], Any], ties: Callable[[_D], Any]) -> list[_D]:
    """Rows by ``then``, and each run of equal ``then`` keys by ``ties``."""
    keyed = sorted(((then(row), row) for row in rows), key=operator.itemgetter(0))
    out: list[_D] = []
    for _, run in itertools.groupby(keyed, key=operator.itemgetter(0)):
        same = [row for _, row in run]
        if len(same) > 1:
            same.sort(key=ties)
        out.extend(same)
    return out


def tenures(world: World) -> list[Tenure]:
    """Who held each office, from the first to the last time seen, with the articles that show it."""
    return [run.tenure(country, role) for (country, role), runs in stretches(world).items() for run in runs]


def stretches(world: World) -> dict[tuple[str, str], list[Stretch]]:
    return world.derived.get(
        STRETCHES, lambda: {office: [Stretch.of_run(run) for run in runs] for office, runs in runs(world).items()}
    )


@attrs.define
class Stretch:
    """Consecutive counted sightings of one holder of an office, summed up: a run, or a part of one.

    A run's tenure and the change to the next run need only its first and
    last sightings, its latest date and its articles, so the cache keeps
    runs cut by year as stretches and joins them (``joined``).
    """

    person: str
    first: Sighting
    last: Sighting
    latest: TextDate  # the latest date seen (the first of equals), as a tenure's last_seen
    articles: list[str]  # in order, each once

    @classmethod
    def of_run(cls, run: list[Sighting]) -> Stretch:
        """The stretch of consecutive sightings of one person."""
        latest = max((row.date for row in run), key=TextDate.sort_key)
        return cls(run[0].person, run[0], run[-1], latest, list(dict.fromkeys(row.article for row in run)))

    def extend(self, other: Stretch) -> None:
        """Add the stretch that follows (of the same person)."""
        self.last = other.last
        if other.latest.sort_key() > self.latest.sort_key():
            self.latest = other.latest
        self.articles.extend(other.articles)

    def tenure(self, country: str, role: str) -> Tenure:
        """The tenure this run makes."""
        return Tenure(
            country=country,
            role=role,
            person=self.person,
            first_seen=self.first.date,
            last_seen=self.latest,
            articles=tuple(dict.fromkeys(self.articles)),
        )


def joined(stretches: Iterable[Stretch]) -> list[Stretch]:
    """Stretches in order joined into runs: neighbours of the same person are one run."""
    runs: list[Stretch] = []
    for stretch in stretches:
        if runs and runs[-1].person == stretch.person:
            runs[-1].extend(stretch)
        else:
            runs.append(stretch)
    return runs


Office = tuple[str, list[int], list[str]]  # class, the first days of its runs, their holders


class Holders:
    """Who held each office at a date, as ``state_at`` reads its runs: whose run began last by then."""

    def __init__(self, load: Callable[[str], list[Office]]) -> None:
        """``load(country)``: each office of the country as (class, first days of its runs, their holders)."""
        self._load = load
        self._offices: dict[str, list[Office]] = {}

    @classmethod
    def of_runs(cls, runs: dict[tuple[str, str], list[list[Sighting]]]) -> Holders:
        """The holders of offices by their runs, in run order."""
        offices = holder_rows({office: [run[0] for run in found] for office, found in runs.items()})
        return cls(lambda country: offices.get(country, []))

    def role(self, person: str, country: str, date: TextDate) -> str | None:
        """The one office class ``person`` held in ``country`` from the first to the last day of ``date``."""
        if not date.known:
            return None
        offices = self._offices.get(country)
        if offices is None:
            offices = self._offices[country] = self._load(country)
        first, last = first_day(date).toordinal(), last_day(date).toordinal()
        found = None
        for role, starts, people in offices:
            index = bisect.bisect_right(starts, first) - 1
            if index < 0 or people[index] != person or bisect.bisect_right(starts, last) - 1 != index:
                continue
            if found is not None:
                return None  # two offices at once: which one this meeting is about is not known
            found = role
        return found


def holder_rows(firsts: dict[tuple[str, str], list[Sighting]]) -> dict[str, list[Office]]:
    """Per country, each office as (class, first days of its runs, their holders), by the first sightings."""
    offices: dict[str, list[Office]] = defaultdict(list)
    for (country, role), found in sorted(firsts.items()):
        days = [first_day(f.date).toordinal() for f in found]
        offices[country].append((role, days, [f.person for f in found]))
    return offices


def office_holders(world: World) -> Holders:
    """Who held each office when, by ``world``'s runs of sightings."""
    return world.derived.get(HOLDERS, lambda: Holders.of_runs(runs(world)))


def first_day(date: TextDate) -> pendulum.Date:
    day = date.first_day()
    assert day is not None
    return day


def last_day(date: TextDate) -> pendulum.Date:
    day = date.last_day()
    assert day is not None
    return day


def _overlaps_other(row: Sighting, rows: list[Sighting]) -> bool:
    return any(
        other.person != row.person
        and first_day(row.date) <= last_day(other.date)
        and first_day(other.date) <= last_day(row.date)
        for other in rows
    )


def _first_day_of(row: Sighting) -> pendulum.Date:
    return first_day(row.date)


def clear_sightings(rows: list[Sighting]) -> list[Sighting]:
    """Day sightings, and wider ones that no other holder's sighting overlaps.

    Rows sorted by first day; a sighting spans at most a year, so only rows
    starting within a year before a wide row's end can overlap it.
    """
    if all(r.date.day is not None for r in rows):
        return list(rows)
    ordered = sorted(rows, key=_first_day_of)
    starts = [first_day(r.date).toordinal() for r in ordered]
    clear = []
    for row in ordered:
        if row.date.precision == "day":
            clear.append(row)
            continue
        low = bisect.bisect_left(starts, first_day(row.date).toordinal() - 367)
        high = bisect.bisect_right(starts, last_day(row.date).toordinal())
        if not _overlaps_other(row, ordered[low:high]):
            clear.append(row)
    return clear
