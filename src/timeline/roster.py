"""Who is in the log and which offices it knows: the people list, the offices list, and how old a sighting is.

``people`` sums up each person (printed name, other spellings seen, countries,
offices with first and last sighting, meetings); ``offices`` lists every
country's offices with their holders in order. ``age_days`` and ``stale``
say how old a sighting is against the date asked: a holder not seen for
more than ``STALE_DAYS`` is shown as "last seen", not as the current holder.
Pure: the date asked is a parameter (the CLI supplies today).
"""

from __future__ import annotations

from collections import defaultdict

import attrs
import pendulum

from timeline.selection import Selection
from timeline.textdate import TextDate
from timeline.world import Tenure, World

STALE_DAYS = 365  # a holder not seen for longer is "last seen", not current


def age_days(seen: TextDate, as_of: pendulum.Date) -> int | None:
    """Days from the last day a sighting can mean to ``as_of`` (0 if on or after it; None: undated)."""
    last = seen.last_day()
    if last is None:
        return None
    return max(0, (as_of - last).days)


def stale(seen: TextDate, as_of: pendulum.Date) -> bool:
    """Whether a sighting is too old, against ``as_of``, to call its holder current."""
    days = age_days(seen, as_of)
    return days is None or days > STALE_DAYS


def age_text(days: int | None) -> str:
    """ "today", "12 days", "5 months", "2 years" (rounded down)."""
    if days is None:
        return "undated"
    if days == 0:
        return "the same day"
    if days < 60:
        return f"{days} days"
    if days < 730:
        return f"{days // 30} months"
    return f"{days // 365} years"


@attrs.frozen(kw_only=True)
class Person:
    """One person as ``timeline people`` lists them."""

    name: str
    spellings: tuple[str, ...]  # other forms articles wrote, commonest first
    countries: tuple[str, ...]
    offices: tuple[Tenure, ...]  # in order of first sighting
    meetings: int


def people(world: World, selection: Selection | None = None) -> list[Person]:
    """Everyone in the log, by printed name; with a selection, those with a chosen country or name."""
    chosen = selection or Selection()
    spellings, countries = _written(world)
    meetings: dict[str, int] = defaultdict(int)
    for meeting in world.meetings:
        for attendee in meeting.participants:
            meetings[attendee.name] += 1
            if attendee.country:
                countries[attendee.name].add(attendee.country)
    offices: dict[str, list[Tenure]] = defaultdict(list)
    for tenure in world.tenures:
        offices[tenure.person].append(tenure)
        countries[tenure.person].add(tenure.country)
    return [
        Person(
            name=name,
            spellings=_commonest_first(spellings.get(name, {}), leaving_out=name),
            countries=tuple(sorted(countries[name])),
            offices=tuple(sorted(offices[name], key=lambda t: (t.first_seen.sort_key(), t.country, t.role))),
            meetings=meetings[name],
        )
        for name in sorted({*world.people(), *meetings, *offices})
        if not (chosen.countries and chosen.countries.isdisjoint(countries[name]))
        and not (chosen.people and name not in chosen.people)
    ]


def _written(world: World) -> tuple[dict[str, dict[str, int]], dict[str, set[str]]]:
    """Per printed name: the forms its meeting reports wrote it in, counted, and the countries they gave."""
    spellings: dict[str, dict[str, int]] = defaultdict(dict)
    countries: dict[str, set[str]] = defaultdict(set)
    for report in world.reports:
        for p in report.participants:
            printed = world.name(p.name)
            forms = spellings[printed]
            forms[p.name] = forms.get(p.name, 0) + 1
            if p.country:
                countries[printed].add(p.country)
    return spellings, countries


def _commonest_first(forms: dict[str, int], *, leaving_out: str) -> tuple[str, ...]:
    return tuple(f for f, _ in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0])) if f != leaving_out)


@attrs.frozen(kw_only=True)
class Office:
    """A country's office with its holders in order, as ``timeline offices`` lists them."""

    country: str
    role: str
    holders: tuple[Tenure, ...]  # first seen on or before the date asked, in order


def offices(world: World, as_of: pendulum.Date, selection: Selection | None = None) -> list[Office]:
    """Every office the log knows by ``as_of``, by country and class, holders in order of first sighting."""
    chosen = selection or Selection()
    by_office: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
    for tenure in world.tenures:
        first = tenure.first_seen.first_day()
        if first is None or first > as_of:
            continue
        if chosen.countries and tenure.country not in chosen.countries:
            continue
        by_office[(tenure.country, tenure.role)].append(tenure)
    found = []
    for (country, role), tenures in sorted(by_office.items()):
        if chosen.people and chosen.people.isdisjoint(t.person for t in tenures):
            continue
        ordered = sorted(tenures, key=lambda t: (t.first_seen.sort_key(), t.last_seen.sort_key(), t.person))
        found.append(Office(country=country, role=role, holders=tuple(ordered)))
    return found
