"""State and diff: the world at a date (valid time), and what changed between two dates.

``as_of`` is inclusive; ``diff(a, b)`` covers ``a < date <= b``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

import attrs
import pendulum

from timeline.selection import Selection, flagged
from timeline.tenures import first_day, runs
from timeline.textdate import TextDate
from timeline.world import Change, Meeting, World


class Holding(NamedTuple):
    """Who held an office at a state's date: the last holder seen by then."""

    person: str
    last_seen: TextDate
    article: str


class HolderChange(NamedTuple):
    """An office whose holder differs between the two dates of a diff."""

    country: str
    role: str
    before: str | None
    after: str | None
    article: str  # where the later holder was last seen by the later date ("" when none)


@attrs.frozen(kw_only=True)
class State:
    """The world at a date (valid time): office holders, and the meetings held by then."""

    as_of: pendulum.Date
    holders: dict[tuple[str, str], Holding]  # by (country, role)
    meetings: tuple[Meeting, ...]
    officials: frozenset[tuple[str, str]]  # (country, person)
    topics: dict[str, frozenset[str]]


def state_at(world: World, as_of: pendulum.Date, country: str | None = None) -> State:
    """Who held each office on ``as_of`` (the last holder seen on or before it), and what had happened.

    ``as_of`` is inclusive; a month-precision sighting counts once its month has begun.
    """
    holders: dict[tuple[str, str], Holding] = {}
    for (office_country, role), found in runs(world).items():
        if country and office_country != country:
            continue
        for run in found:
            seen = [r for r in run if first_day(r.date) <= as_of]
            if seen:
                last = seen[-1]
                holders[(office_country, role)] = Holding(last.person, last.date, last.article)
    meetings = tuple(
        m
        for m in world.meetings
        if m.date.known
        and first_day(m.date) <= as_of
        and m.kind != "planned"
        and (not country or country in m.countries)
    )
    officials = frozenset(
        (p.country, p.name)
        for m in meetings
        for p in m.participants
        if p.country and (not country or p.country == country)
    )
    topics: dict[str, set[str]] = defaultdict(set)
    for meeting in meetings:
        for code in meeting.countries:
            if not country or code == country:
                topics[code].update(meeting.topics)
    return State(
        as_of=as_of,
        holders=holders,
        meetings=meetings,
        officials=officials,
        topics={k: frozenset(v) for k, v in topics.items()},
    )


@attrs.frozen(kw_only=True)
class Diff:
    """What changed between two dates: ``a < date <= b`` (valid time)."""

    a: pendulum.Date
    b: pendulum.Date
    holders: tuple[HolderChange, ...]
    appeared: tuple[tuple[str, str], ...]
    disappeared: tuple[tuple[str, str], ...]
    meetings: tuple[Meeting, ...]
    topics_gained: dict[str, tuple[str, ...]]
    topics_lost: dict[str, tuple[str, ...]]
    holders_at_b: dict[tuple[str, str], Holding] = attrs.field(factory=dict)  # who held each office at b
    flagged: tuple[Change, ...] = ()  # the flagged changes (``selection.flagged``) first seen in a < date <= b

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (
            self.holders
            or self.appeared
            or self.disappeared
            or self.meetings
            or self.topics_gained
            or self.topics_lost
            or self.flagged
        )


def diff(world: World, a: pendulum.Date, b: pendulum.Date, country: str | None = None) -> Diff:
    """Compare the state at ``a`` with the state at ``b``."""
    before, after = state_at(world, a, country), state_at(world, b, country)
    holders = []
    for office in sorted(set(before.holders) | set(after.holders)):
        old = before.holders.get(office)
        new = after.holders.get(office)
        if (old and old[0]) != (new and new[0]):
            holders.append(
                HolderChange(
                    country=office[0],
                    role=office[1],
                    before=old[0] if old else None,
                    after=new[0] if new else None,
                    article=new[2] if new else "",
                )
            )
    active_before = _active(world, a, country)
    active_after = _active(world, b, country)
    meetings = tuple(m for m in after.meetings if m not in set(before.meetings))
    gained = {
        c: tuple(sorted(after.topics.get(c, frozenset()) - before.topics.get(c, frozenset())))
        for c in after.topics
    }
    lost = {
        c: tuple(sorted(before.topics.get(c, frozenset()) - after.topics.get(c, frozenset())))
        for c in before.topics
    }
    return Diff(
        a=a,
        b=b,
        holders=tuple(holders),
        appeared=tuple(sorted(active_after - active_before)),
        disappeared=tuple(sorted(active_before - active_after)),
        meetings=meetings,
        topics_gained={k: v for k, v in gained.items() if v},
        topics_lost={k: v for k, v in lost.items() if v},
        holders_at_b=after.holders,
        flagged=tuple(
            c
            for c in flagged(world.changes, Selection(countries=frozenset({country}) if country else frozenset()))
            if a < first_day(c.date) <= b
        ),
    )


def _active(world: World, when: pendulum.Date, country: str | None) -> frozenset[tuple[str, str]]:
    """Officials holding an office at ``when``: the current holder of each office."""
    state = state_at(world, when, country)
    return frozenset((office[0], holder[0]) for office, holder in state.holders.items())
