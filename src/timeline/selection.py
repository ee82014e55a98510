"""Which part of the log a view shows: the one filter every listing view applies.

A ``Selection`` holds what the user narrowed the view to (a period, countries,
people, kinds, topics, places) and says of each item a view lists (a meeting,
a tenure, a change, a log record) whether it is in. Empty means everything.

One rule for every facet: every filter given must be met, and an item that
lacks what a filter names is not shown (a tenure has no topic: ``--topic
trade`` shows none). ``kinds`` holds meeting kinds, change kinds and event
kinds together; each item is matched by its own kind (a meeting by
``in-person``/``call``/..., a change by ``office-holder-change``/..., a log
record by its event kind or, for a meeting report, its meeting kind).

Pure: no IO, no clock. Names are printed names (the CLI resolves what the
user typed); countries are ISO codes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs
import pendulum

from timeline.model import Event, MeetingReported, OfficeObserved, event_date
from timeline.textdate import TextDate
from timeline.vocabulary import FLAGGED_KINDS
from timeline.world import CHANGE_KINDS, Change, Meeting, Tenure, change_countries, change_people



@attrs.frozen(kw_only=True)
class Selection:
    """What a view is narrowed to; every facet left empty takes everything."""

    countries: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    since: pendulum.Date | None = None  # inclusive, valid time
    until: pendulum.Date | None = None  # inclusive, valid time
    kinds: frozenset[str] = frozenset()
    topics: tuple[str, ...] = ()  # any of these words, in any case
    places: tuple[str, ...] = ()  # any of these, in the place or venue, in any case

    @property
    def empty(self) -> bool:
        """Whether nothing is narrowed."""
        return self == Selection()

    @property
    def by_content(self) -> bool:
        """Whether a kind, topic or place is asked for (what only some items have)."""
        return bool(self.kinds or self.topics or self.places)

    def in_range(self, first: TextDate, last: TextDate) -> bool:
        """Whether something from ``first`` to ``last`` can overlap [since, until]; an unknown date cannot."""
        if self.since is None and self.until is None:
            return True
        start, end = first.first_day(), last.last_day()
        if start is None or end is None:
            return False
        if self.since is not None and end < self.since:
            return False
        return not (self.until is not None and start > self.until)

    def takes_meeting(self, meeting: Meeting) -> bool:
        """Whether the meeting is of a chosen country, person, kind, topic and place, in the period."""
        countries = {*meeting.countries, *(p.country for p in meeting.participants if p.country)}
        return (
            _meets(self.countries, countries)
            and _meets(self.people, meeting.people)
            and (not self.kinds or meeting.kind in self.kinds)
            and _mentions(self.topics, meeting.topics)
            and _mentions(self.places, (meeting.place, meeting.venue))
            and self.in_range(meeting.date, meeting.date)
        )

    def takes_tenure(self, tenure: Tenure) -> bool:
        """Whether the tenure is of a chosen country or person and overlaps the period."""
        return (
            not self.by_content
            and _meets(self.countries, {tenure.country})
            and _meets(self.people, {tenure.person})
            and self.in_range(tenure.first_seen, tenure.last_seen)
        )

    def takes_change(self, change: Change) -> bool:
        """Whether the change is flagged (``flagged_kinds``), of a chosen country or person, in the period."""
        return (
            change.kind in self.flagged_kinds
            and not (self.topics or self.places)
            and _meets(self.countries, set(change_countries(change)))
            and _meets(self.people, set(change_people(change)))
            and self.in_range(change.date, change.date)
        )

    @property
    def flagged_kinds(self) -> frozenset[str]:
        """The kinds of change shown: those asked, else ``FLAGGED_KINDS``; none when only others are asked."""
        asked = self.kinds & set(CHANGE_KINDS)
        if asked:
            return frozenset(asked)
        return frozenset() if self.kinds else FLAGGED_KINDS

    def takes_event(self, event: Event, name: Callable[[str], str]) -> bool:
        """Whether a log event is in; ``name`` gives the printed name of a written one (``World.name``)."""
        meeting_kind = event.meeting_kind if isinstance(event, MeetingReported) else None
        if self.kinds and event.kind not in self.kinds and meeting_kind not in self.kinds:
            return False
        date = event_date(event)
        if not self.in_range(date, date):
            return False
        if isinstance(event, MeetingReported):
            countries = {*event.countries, *(p.country for p in event.participants if p.country)}
            people = {name(p.name) for p in event.participants}
            return (
                _meets(self.countries, countries)
                and _meets(self.people, people)
                and _mentions(self.topics, event.topics)
                and _mentions(self.places, (event.place, event.venue))
            )
        if self.topics or self.places:
            return False
        if isinstance(event, OfficeObserved):
            return _meets(self.countries, {event.country} - {None}) and _meets(
                self.people, {name(event.name)}
            )
        return not (self.countries or self.people)


def _meets(wanted: frozenset[str], have: Iterable[str | None]) -> bool:
    """No wish, or one of the wished is there."""
    return not wanted or not wanted.isdisjoint(have)


def _mentions(words: tuple[str, ...], texts: Iterable[str | None]) -> bool:
    """No words, or one of them inside one of the texts, in any case."""
    if not words:
        return True
    folded = [t.casefold() for t in texts if t]
    return any(w.casefold() in t for w in words for t in folded)


def flagged(changes: Iterable[Change], selection: Selection | None = None) -> list[Change]:
    """The flagged changes among ``changes``, as every view shows them (``Selection.takes_change``)."""
    chosen = selection or Selection()
    return [c for c in changes if chosen.takes_change(c)]
