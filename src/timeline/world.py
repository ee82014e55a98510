"""Records of the world as the projections see it: meetings, sightings, tenures, changes, the folded world.

Plain frozen records and the ``World`` that holds them; no fold, no IO. Every
module of the read side stands on these: identity, corrections, tenures,
meetings, changes, state and diff, and the projection cache that stores them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, NamedTuple, TypeVar, cast

import attrs

from timeline.model import ArticleIngested, Event, LightObservation, MeetingReported, OfficeObserved
from timeline.names import Key, name_key
from timeline.textdate import TextDate

Observed = OfficeObserved | LightObservation  # a full rebuild reads observations light (``fold_events``)


class Sighting(NamedTuple):
    """One piece of evidence that a person held an office at a date (a tuple: a log makes one per official mention)."""

    person: str
    country: str
    role: str
    date: TextDate
    article: str
    status: str = "holder"


@attrs.frozen(kw_only=True)
class Tenure:
    """A person in an office of a country, from the first to the last time seen."""

    country: str
    role: str
    person: str
    first_seen: TextDate
    last_seen: TextDate
    articles: tuple[str, ...]


class Attendee(NamedTuple):
    """A person at a meeting, by the name printed across the log (a tuple: meetings share equal ones)."""

    name: str
    country: str | None
    role: str
    title: str | None


@attrs.frozen(kw_only=True)
class Meeting:
    """One meeting as the timeline shows it, with every article that reported it."""

    date: TextDate
    kind: str
    place: str | None
    venue: str | None
    participants: tuple[Attendee, ...]
    countries: tuple[str, ...]
    topics: tuple[str, ...]
    reports: tuple[MeetingReported, ...]

    @property
    def people(self) -> frozenset[str]:
        """The names of its participants."""
        return frozenset(p.name for p in self.participants)


# -- changes: one frozen record per kind ------------------------------------------------------


@attrs.frozen(kw_only=True)
class OfficeHolderChange:
    """Another person seen holding an office: the last sighting of the one before, the first of the new one."""

    kind: ClassVar[str] = "office-holder-change"
    country: str
    role: str
    before: str
    before_last_seen: TextDate
    before_article: str
    after: str
    after_first_seen: TextDate
    after_article: str

    @property
    def date(self) -> TextDate:
        """When the change was first seen (valid time)."""
        return self.after_first_seen


@attrs.frozen(kw_only=True)
class NewOffice:
    """A person seen in an office other than the one they were last seen in."""

    kind: ClassVar[str] = "new-office"
    person: str
    country: str
    role: str
    first_seen: TextDate
    article: str
    previous_country: str
    previous_role: str
    previous_last_seen: TextDate
    previous_article: str

    @property
    def date(self) -> TextDate:
        """When the person was first seen in the new office."""
        return self.first_seen


@attrs.frozen(kw_only=True)
class FirstMeeting:
    """The first meeting held between two officials of different countries (in name order)."""

    kind: ClassVar[str] = "first-meeting"
    people: tuple[str, str]
    countries: tuple[str, str]  # each person's, in the order of ``people``
    role: str  # their common office class, or "mixed"
    date: TextDate
    article: str


@attrs.frozen(kw_only=True)
class JoinedGrouping:
    """A country at a meeting of a grouping (G7, Quad, ...) for the first time in the log."""

    kind: ClassVar[str] = "joined-grouping"
    country: str
    grouping: str
    members: tuple[str, ...]  # the countries seen at its meetings before, sorted
    date: TextDate
    article: str


Change = OfficeHolderChange | NewOffice | FirstMeeting | JoinedGrouping
CHANGE_KINDS: dict[str, type[Change]] = {
    cls.kind: cls for cls in (OfficeHolderChange, NewOffice, FirstMeeting, JoinedGrouping)
}


def change_order(change: Change) -> tuple[object, ...]:
    """The order of changes: by valid time, kind, then what they are about."""
    head = (change.date.sort_key(), change.kind)
    if isinstance(change, OfficeHolderChange):
        return (*head, change.country, change.role, change.after, change.before)
    if isinstance(change, NewOffice):
        was = f"{change.previous_role} ({change.previous_country})"
        return (*head, change.country, change.role, change.person, was)
    if isinstance(change, FirstMeeting):
        return (*head, "-".join(change.countries), change.role, change.people[1], change.people[0])
    return (*head, change.country, change.grouping, change.country, ", ".join(change.members))


def change_countries(change: Change) -> tuple[str, ...]:
    """The countries a change is about."""
    if isinstance(change, FirstMeeting):
        return change.countries
    return (change.country,)


def change_people(change: Change) -> tuple[str, ...]:
    """The people a change names."""
    if isinstance(change, OfficeHolderChange):
        return (change.before, change.after)
    if isinstance(change, NewOffice):
        return (change.person,)
    if isinstance(change, FirstMeeting):
        return change.people
    return ()


T = TypeVar("T")


@attrs.frozen
class Slot(Generic[T]):
    """Where one value of a ``Memo`` is kept: a name, and for the type checker the type of the value."""

    name: str


class Memo:
    """What is worked out once from a world and kept beside it: its sightings, runs of holders, name forms.

    Each value sits in a ``Slot`` the module that makes it defines
    (``tenures.RUNS``, ...), so a reader gets back the type that was put.
    """

    def __init__(self) -> None:  # noqa: D107 - empty
        self._values: dict[str, object] = {}

    def __contains__(self, slot: Slot[Any]) -> bool:
        """Whether a value is kept in ``slot``."""
        return slot.name in self._values

    def get(self, slot: Slot[T], make: Callable[[], T]) -> T:
        """The value in ``slot``; made by ``make`` and kept the first time it is asked for."""
        if slot.name not in self._values:
            self._values[slot.name] = make()
        return cast("T", self._values[slot.name])  # only put() and get() store, each of the slot's type

    def __getitem__(self, slot: Slot[T]) -> T:
        """The value kept in ``slot``.

        Raises:
            KeyError: none is kept there.

        """
        return cast("T", self._values[slot.name])

    def put(self, slot: Slot[T], value: T) -> None:
        """Keep ``value`` in ``slot``."""
        self._values[slot.name] = value


@attrs.define
class World:
    """What the log says, folded: articles, meetings, people, tenures and changes."""

    articles: dict[str, ArticleIngested] = attrs.field(factory=dict)
    reports: list[MeetingReported] = attrs.field(factory=list)
    observations: list[Observed] = attrs.field(factory=list)
    names: dict[Key, str] = attrs.field(factory=dict)
    known_countries: dict[str, str] = attrs.field(factory=dict)  # person -> the one country the log knows
    meetings: list[Meeting] = attrs.field(factory=list)
    tenures: list[Tenure] = attrs.field(factory=list)
    changes: list[Change] = attrs.field(factory=list)
    corrections: list[Event] = attrs.field(factory=list)
    derived: Memo = attrs.field(factory=Memo, repr=False, eq=False)

    def name(self, written: str) -> str:
        """The one name printed for a person, whatever form an article used."""
        return self.names.get(name_key(written), written)

    def country(self, written: str) -> str | None:
        """The one country the log knows for a person, or None when it knows none or several."""
        return self.known_countries.get(self.name(written))

    def people(self) -> list[str]:
        """Every person in the world, by name."""
        return sorted(set(self.names.values()))

    def close(self) -> None:
        """Let go of what the world holds open (a projection store's file); a folded world holds nothing."""

    # -- what a view reads: a world kept in indexed tables answers these from the rows asked for -----

    def meetings_of(self, *, country: str | None = None, person: str | None = None) -> list[Meeting]:
        """The meetings a country (or a person) took part in, in order."""
        return [
            m
            for m in self.meetings
            if (country is None or country in m.countries) and (person is None or person in m.people)
        ]

    def tenures_of(self, *, country: str | None = None, person: str | None = None) -> list[Tenure]:
        """The tenures of a country's offices (or a person's), in order."""
        return [
            t
            for t in self.tenures
            if (country is None or t.country == country) and (person is None or t.person == person)
        ]

    def changes_of(self, *, country: str | None = None, kinds: set[str] | None = None) -> list[Change]:
        """The changes about a country, of these kinds (all when None), in order."""
        return [
            c
            for c in self.changes
            if (country is None or country in change_countries(c)) and (kinds is None or c.kind in kinds)
        ]

    def stored_meeting_lines(self, *, country: str | None = None, person: str | None = None) -> list[str] | None:
        """The meetings' JSON lines as a projection store keeps them ready, or None when it keeps none."""
        del country, person
        return None

    def stored_tenure_lines(self, *, country: str | None = None, person: str | None = None) -> list[str] | None:
        """The tenures' JSON lines as a projection store keeps them ready, or None when it keeps none."""
        del country, person
        return None

    def stored_change_lines(self, *, country: str | None = None, kinds: set[str] | None = None) -> list[str] | None:
        """The changes' JSON lines as a projection store keeps them ready, or None when it keeps none."""
        del country, kinds
        return None
