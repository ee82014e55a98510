"""Changes: what the log flags, each kind its own record (``world.Change``), ordered by valid time.

Owns finding them: a new holder of an office (from the runs of ``tenures``),
a person seen in a new office, the first meeting between two officials of
different countries, and a country at a grouping's meeting for the first
time.
"""

from __future__ import annotations

import operator
import re
from collections import defaultdict
from collections.abc import Iterable

from timeline.tenures import Stretch, by_date_then, sightings, stretches
from timeline.textdate import TextDate
from timeline.world import (
    Attendee,
    Change,
    FirstMeeting,
    JoinedGrouping,
    Meeting,
    NewOffice,
    OfficeHolderChange,
    Sighting,
    World,
    change_order,
)

_ARTICLE = operator.attrgetter("article")


def all_changes(world: World) -> list[Change]:
    """Every change the world shows, in order (``world.change_order``)."""
    found = office_changes(world) + firsts(world)
    found.sort(key=change_order)
    return found


def office_changes(world: World) -> list[Change]:
    """Office-holder changes per (country, office), by valid time."""
    return [
        holder_change(one, after, country, role)
        for (country, role), runs in stretches(world).items()
        for one, after in zip(runs, runs[1:], strict=False)
    ]


def holder_change(before: Stretch, after: Stretch, country: str, role: str) -> OfficeHolderChange:
    """The office-holder change from one run of an office to the next."""
    return OfficeHolderChange(
        country=country,
        role=role,
        before=before.person,
        before_last_seen=before.last.date,
        before_article=before.last.article,
        after=after.person,
        after_first_seen=after.first.date,
        after_article=after.first.article,
    )


def firsts(world: World) -> list[Change]:
    """A person seen in a new office, and the first meeting between two officials."""
    changes: list[Change] = list(new_offices(sightings(world)))
    changes.extend(joined_groupings(world.meetings))
    changes.extend(first_meetings(world.meetings))
    return changes


def new_offices(found: Iterable[Sighting]) -> list[NewOffice]:
    """A person seen for the first time in an office, after being seen in another one on an earlier date.

    Only the first sighting in each office counts, so a person who holds two
    offices at once (a finance minister acting as president) is the holder of
    both, flagged once, not again at every sighting of either; two offices
    first seen on the same date flag nothing (which came first is not known).
    """
    changes: list[NewOffice] = []
    offices: dict[str, list[Sighting]] = defaultdict(list)
    for sighting in by_date_then(found, TextDate.sort_key, _ARTICLE):  # each person's rows by date, article
        offices[sighting.person].append(sighting)
    for person, rows in sorted(offices.items()):
        latest: dict[tuple[str, str], Sighting] = {}  # each office's latest sighting so far
        for row in rows:
            office = (row.country, row.role)
            if office not in latest:
                when = row.date.sort_key()
                earlier = [r for r in latest.values() if r.date.sort_key() < when]
                if earlier:
                    previous = max(earlier, key=lambda r: r.date.sort_key())
                    changes.append(
                        NewOffice(
                            person=person,
                            country=row.country,
                            role=row.role,
                            first_seen=row.date,
                            article=row.article,
                            previous_country=previous.country,
                            previous_role=previous.role,
                            previous_last_seen=previous.date,
                            previous_article=previous.article,
                        )
                    )
            latest[office] = row
    return changes


def first_meetings(meetings: Iterable[Meeting]) -> list[FirstMeeting]:
    """The first meeting held between each two officials of different countries (meetings in order)."""
    changes: list[FirstMeeting] = []
    met: set[tuple[str, str]] = set()  # (name, name) in order: officials are sorted
    officials_of: dict[int, list[Attendee]] = {}  # by shared participants
    for meeting in meetings:
        if meeting.kind == "planned" or not meeting.date.known:
            continue
        officials = officials_of.get(id(meeting.participants))
        if officials is None:
            officials = sorted(p for p in meeting.participants if p.role != "other" and p.country)
            officials_of[id(meeting.participants)] = officials
        for index, one in enumerate(officials):
            for other in officials[index + 1 :]:
                pair = (one.name, other.name)
                if pair in met or one.country == other.country:
                    continue
                met.add(pair)
                changes.append(
                    FirstMeeting(
                        people=pair,
                        countries=(one.country or "", other.country or ""),
                        role=one.role if one.role == other.role else "mixed",
                        date=meeting.date,
                        article=meeting.reports[0].article,
                    )
                )
    return changes


_GROUPING = re.compile(
    r"\b(Group of Seven|Group of 20|G7|G20|G-7|G-20|Quad|ASEAN|APEC|NATO|BRICS|AUKUS|Five Eyes|"
    r"European Union|African Union|Shanghai Cooperation Organi[sz]ation|SCO)\b"
)


def joined_groupings(meetings: Iterable[Meeting]) -> list[JoinedGrouping]:
    """A country taking part, for the first time in the log, in a meeting of a grouping seen meeting before."""
    changes: list[JoinedGrouping] = []
    members: dict[str, set[str]] = {}
    for meeting in meetings:
        if meeting.kind == "planned" or not meeting.date.known:
            continue
        if len(meeting.countries) < 3:
            continue
        names = groupings_of(meeting)
        for name in sorted(names):
            seen = members.get(name)
            if seen is None:
                members[name] = set(meeting.countries)
                continue
            for code in sorted(set(meeting.countries) - seen):
                changes.append(
                    JoinedGrouping(
                        country=code,
                        grouping=name,
                        members=tuple(sorted(seen)),
                        date=meeting.date,
                        article=meeting.reports[0].article,
                    )
                )
            seen |= set(meeting.countries)
    return changes


def groupings_of(meeting: Meeting) -> set[str]:
    """The groupings (G7, Quad, ...) whose own meeting this is, by its sentences."""
    return {
        _grouping_name(m.group(1))
        for text in (r.evidence.sentence for r in meeting.reports)
        for m in _GROUPING.finditer(text)
        if not re.search(r"\b(?:sidelines?|margins?|occasion) of (?:the )?[^,;]{0,40}$", text[: m.start()])
    }


def _grouping_name(text: str) -> str:
    return {"Group of Seven": "G7", "G-7": "G7", "Group of 20": "G20", "G-20": "G20"}.get(text, text)
