"""Meetings across articles: the reports of one meeting by several articles, joined into one.

Owns which reports are one meeting (the same people, or the same countries
when none is named, the same kind, compatible dates, never two of one
article) and the meeting they make: each person once by printed name, the
country and office one report gives filling what another lacked.
"""

from __future__ import annotations

import itertools
from typing import Any, NamedTuple

import pendulum

from timeline.identity import Printed
from timeline.model import MeetingReported, Participant, shared
from timeline.tenures import Holders, by_date_then, office_holders
from timeline.textdate import TextDate
from timeline.world import Attendee, Meeting, World


def merge_meetings(world: World, holders: Holders | None = None) -> list[Meeting]:
    """One entry per meeting: reports with the same people (or countries), kind and compatible dates join.

    Reports are taken by first day, so a report can only join a group whose
    first report's dates reach its own first day: groups left behind are
    dropped from the search, which keeps a long log linear.

    Args:
        world: the reports, names and countries the log knows.
        holders: who held which office when (for participants the article
            gave no title); by default from ``world``'s own sightings.

    """
    groups: list[list[MeetingReported]] = []
    open_groups: dict[tuple[tuple[str, ...], tuple[str, ...], bool], list[list[MeetingReported]]] = {}
    printed = OfficePrinted(world, holders)
    sorted_people: dict[int, tuple[str, ...]] = {}  # by the participants tuple, which the codec shares
    for report in by_date_then(world.reports, TextDate.sort_key, _in_article, _whole):
        people = sorted_people.get(id(report.participants))
        if people is None:
            people = tuple(sorted({printed[p.name] for p in report.participants}))
            sorted_people[id(report.participants)] = people
        key = (people, tuple(sorted(set(report.countries))) if not people else (), report.meeting_kind == "planned")
        candidates = open_groups.get(key)
        if candidates is None:
            groups.append([report])
            open_groups[key] = [groups[-1]]
            continue
        article, start, end = report.article, report.date.first_day(), report.date.last_day()
        if start is not None and len(candidates) > _PRUNE_AT:  # a few left behind cost less than each pruning
            candidates[:] = [g for g in candidates if _reaches(g[0].date, start)]
        for group in candidates:
            first, last = group[0].date.first_day(), group[0].date.last_day()
            if first is None or start is None:  # an unknown date joins only another unknown one
                overlap = first is None and start is None
            else:
                overlap = first <= end and start <= last  # type: ignore[operator] # a known date has both ends
            # an article's own meetings were told apart by its extractor: never joined here
            if overlap and (
                group[0].article != article if len(group) == 1 else all(r.article != article for r in group)
            ):
                group.append(report)
                break
        else:
            groups.append([report])
            candidates.append(groups[-1])
    del open_groups, sorted_people
    single = _OneReport({}, {}, {})
    made: list[Any] = groups  # each group gives way to its meeting in its place: never both in memory
    for index, group in enumerate(groups):
        made[index] = _meeting(group, printed, single)
    meetings: list[Meeting] = made
    del single
    meetings.sort(key=_date_order)  # by date, then each day's meetings by the rest: few keys at a time
    names_in_order: dict[int, list[str]] = {}  # by the shared participants tuple

    def same_day_order(meeting: Meeting) -> tuple[object, ...]:
        names = names_in_order.get(id(meeting.participants))
        if names is None:
            names = names_in_order[id(meeting.participants)] = sorted([p.name for p in meeting.participants])
        return (meeting.countries, names, meeting.kind, meeting.reports[0].article)

    ordered: list[Meeting] = []
    for _, day in itertools.groupby(meetings, key=_date_order):
        block = list(day)
        if len(block) > 1:
            block.sort(key=same_day_order)
        ordered.extend(block)
    return ordered


_PRUNE_AT = 4


def _in_article(report: MeetingReported) -> tuple[str, int, int, tuple[str, ...]]:
    """A report's place among a date's reports: its article, where it stands there, and whom it names.

    Which group a report joins depends on the reports before it, so the
    order is the reports' own and not the order they were read in: a cache
    that merges a part's reports again must make the meetings a full fold
    makes. Reports equal in this are ordered by all they say (``_whole``).
    """
    names = tuple(p.name for p in report.participants)
    return (report.article, report.evidence.start, report.evidence.end, names)


def _whole(report: MeetingReported) -> tuple[object, ...]:
    """Everything a report says, as a key: reports equal in it are equal."""
    people = tuple(
        (p.name, p.country or "", p.role, p.title or "", p.status, p.family or "")
        for p in report.participants
    )
    date = (report.date.sort_key(), report.date.approx)
    where = (report.place or "", report.venue or "")
    said = (report.countries, report.topics, report.evidence.sentence)
    return (report.meeting_kind, date, where, people, said, report.extractor, report.date_from)


def _date_order(meeting: Meeting) -> tuple[int, int, int, int]:
    return meeting.date.sort_key()


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def _reaches(date: TextDate, day: pendulum.Date) -> bool:
    """Can a date still overlap a later report that starts on ``day``? (Unknown dates always can.)"""
    last = date.last_day()
    return last is None or last >= day


class _OneReport(NamedTuple):
    """What meetings of one report derive, by the shared tuple each comes from (a table per field)."""

    participants: dict[int, tuple[Attendee, ...]]
    countries: dict[tuple[int, int], tuple[str, ...]]  # by its countries and its participants
    topics: dict[int, tuple[str, ...]]


def _meeting(group: list[MeetingReported], printed: OfficePrinted, single: _OneReport) -> Meeting:
    """The meeting a group of reports makes; ``single`` remembers the tuples a one-report group derives."""
    if len(group) == 1:
        best = group[0]
        participants = single.participants.get(id(best.participants))
        if participants is None:
            participants = _participants(group, printed)
            if not any(p.role == "other" and p.title is None for p in best.participants):
                single.participants[id(best.participants)] = participants  # else it may differ by the date
        both = (id(best.countries), id(best.participants))
        countries = single.countries.get(both)
        if countries is None:
            codes = {*best.countries, *printed.filled(best.participants)}
            countries = single.countries[both] = shared(tuple(sorted(codes)))
        topics = single.topics.get(id(best.topics))
        if topics is None:
            topics = single.topics[id(best.topics)] = shared(tuple(dict.fromkeys(best.topics)))
        return Meeting(
            date=best.date,
            kind=best.meeting_kind,
            place=best.place or None,
            venue=best.venue or None,
            participants=participants,
            countries=countries,
            topics=topics,
            reports=(best,),
        )
    best = max(group, key=lambda m: (_PRECISION_RANK[m.date.precision], -len(m.article)))
    return Meeting(
        date=best.date,
        kind=best.meeting_kind,
        place=next((m.place for m in group if m.place), None),
        venue=next((m.venue for m in group if m.venue), None),
        participants=_participants(group, printed),
        countries=_countries_of(group, printed),
        topics=tuple(dict.fromkeys(t for m in group for t in m.topics)),
        reports=tuple(group),
    )


def _countries_of(group: list[MeetingReported], printed: OfficePrinted) -> tuple[str, ...]:
    """The countries of a group's reports and those the log fills in for their participants."""
    codes = {c for m in group for c in m.countries}
    codes.update(c for m in group for c in printed.filled(m.participants))
    return shared(tuple(sorted(codes)))


def _participants(
    group: list[MeetingReported], printed: OfficePrinted
) -> tuple[Attendee, ...]:
    """Each person once, by printed name: a country or an office one report gives fills what another lacked.

    A country no report gives is the one the rest of the log knows for the
    person, if any; a participant with neither title nor office class is in
    the office the log has them holding in that country at the meeting's
    date, if exactly one.
    """
    participants: dict[str, Attendee] = {}
    for report in group:
        for p in report.participants:
            person = printed[p.name]
            known = participants.get(person)
            country = p.country or printed.country(p.name)
            role = p.role
            if role == "other" and p.title is None:
                role = printed.role(p, country, report.date)
            if (
                known is None
                or (known.country is None and country)
                or (known.role == "other" and role != "other")
            ):
                country = country or (known.country if known else None)
                participants[person] = shared(Attendee(person, country, role, p.title))
    return shared(tuple(participants.values()))


class OfficePrinted(Printed):
    """Printed names and countries, and the office a participant without title or class held then."""

    def __init__(self, world: World, holders: Holders | None = None) -> None:
        super().__init__(world)
        self._world = world
        self._holders = holders

    def role(self, p: Participant, country: str | None, date: TextDate) -> str:
        """The participant's office class; without a title or class, the office they held then, if any."""
        if p.role != "other" or p.title is not None or country is None:
            return p.role
        if self._holders is None:
            self._holders = office_holders(self._world)
        return self._holders.role(self[p.name], country, date) or "other"
