"""Corrections: how merges, splits, offices set, names set and retractions change what was extracted.

Owns the one pass that keeps each article's latest extraction and the
corrections still in force (``collect``), and the one ``Corrections.apply``
both the full fold and the projection cache's update go through, so they
cannot disagree on the order in which corrections apply. An event's id is
made by the codec; it is handed in (``event_id``), so this module reads no
line and imports no codec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from timeline.identity import Forms, canonical_names, person_key
from timeline.model import (
    NO_HEADER,
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
from timeline.names import Key
from timeline.textdate import TextDate
from timeline.world import Observed

EventId = Callable[[Event], str] | None  # how an event's id is made: ``codec.event_id``

CORRECTIONS = (PeopleMerged, PersonSplit, EventRetracted, NameSet, OfficeSet, CorrectionReverted)


@attrs.frozen
class Corrections:
    """The corrections in force, by kind, in log order: the one place that says how they apply.

    Extracted events are corrected in this order: retractions (of an event,
    by its id in the log, or of a whole article), then splits (a name in one
    article is another person), then offices set; merges and names set apply
    to the printed names, after the forms are counted. The full
    fold and the cache's update of new events both go through ``apply`` and
    ``names``, so they cannot disagree on the order.
    """

    splits: tuple[PersonSplit, ...] = ()
    offices: tuple[OfficeSet, ...] = ()
    retracted: frozenset[str] = frozenset()  # event ids and article ids
    merges: tuple[PeopleMerged, ...] = ()
    renames: tuple[NameSet, ...] = ()
    event_id: EventId = attrs.field(default=None, eq=False, repr=False)  # needed when something is retracted

    @classmethod
    def of(cls, in_force: Iterable[Event], event_id: EventId = None) -> Corrections:
        """The corrections in force (not reverted), in log order.

        Args:
            in_force: the corrections not reverted, in log order.
            event_id: how an event's id is made (``codec.event_id``), for
                retractions of single events.

        """
        found = list(in_force)
        return cls(
            event_id=event_id,
            splits=tuple(c for c in found if isinstance(c, PersonSplit)),
            offices=tuple(c for c in found if isinstance(c, OfficeSet)),
            retracted=frozenset(c.event for c in found if isinstance(c, EventRetracted)),
            merges=tuple(c for c in found if isinstance(c, PeopleMerged)),
            renames=tuple(c for c in found if isinstance(c, NameSet)),
        )

    def apply(
        self, reports: list[MeetingReported], observations: list[Observed]
    ) -> tuple[list[MeetingReported], list[Observed]]:
        """Extracted events as the corrections make them: retracted ones left out, then split, offices set.

        A retraction names an event by its id in the log (``timeline retract``
        refuses any other): it is matched before a split or an office set
        changes the event, whose id made afterwards would be another one. A
        light observation carries the log's id, a whole one has it made here:
        the plain rebuild and the store's whole events must agree.
        """
        retracted = self.retracted
        if retracted:  # an event's id is a hash of its content: computed only when something was retracted
            event_id = self.event_id
            if event_id is None:
                msg = "Corrections.of(..., event_id) is needed to apply retractions"
                raise TypeError(msg)
            reports = [m for m in reports if m.article not in retracted and event_id(m) not in retracted]
            observations = [  # a whole article's retraction takes its observations too
                o
                for o in observations
                if o.article not in retracted and _observation_id(o, event_id) not in retracted
            ]
        if self.splits:
            splits = list(self.splits)
            reports = [_split(m, splits) for m in reports]
            observations = [_split_observation(o, splits) for o in observations]
        if self.offices:
            offices = list(self.offices)
            reports = [_set_offices(m, offices) for m in reports]
            observations = [_set_office_observed(o, offices) for o in observations]
        return reports, observations

    def logged_report(self, reports: Iterable[MeetingReported], shown: str) -> MeetingReported | None:
        """The logged report that a split or an office set made into the report a view shows with id ``shown``.

        A view shows a report as the corrections make it, and its id is made
        from that content (the report as logged has another); a retraction
        names the event in the log. This finds the one to name: among the
        reports still in force, the one whose corrected form has that id.
        None when no report a correction changed has it.
        """
        if not (self.splits or self.offices) or self.event_id is None:
            return None
        retracted, event_id = self.retracted, self.event_id
        splits, offices = list(self.splits), list(self.offices)
        for report in reports:
            if report.article in retracted:
                continue
            corrected = _split(report, splits) if splits else report  # the steps of ``apply``, in its order
            corrected = _set_offices(corrected, offices) if offices else corrected
            if corrected != report and event_id(corrected) == shown and event_id(report) not in retracted:
                return report
        return None

    def names(self, forms: Forms) -> dict[Key, str]:
        """The printed names of these forms, merges and names set applied last."""
        return canonical_names(forms, self.merges, self.renames)


@attrs.define
class Collected:
    """One pass over the log: the latest extraction of each article, and every correction."""

    articles: dict[str, ArticleIngested] = attrs.field(factory=dict)
    reports: list[MeetingReported] = attrs.field(factory=list)
    observations: list[Observed] = attrs.field(factory=list)
    corrections: list[Event] = attrs.field(factory=list)


def latest_extractions(
    events: Iterable[Event], event_id: Callable[[Event], str]
) -> dict[str, tuple[ArticleIngested, list[Event]]]:
    """Each article with the events of its latest extraction, uncorrected, in log order."""
    out, _ = collect(events, None, event_id)
    latest: dict[str, tuple[ArticleIngested, list[Event]]] = {a: (e, []) for a, e in out.articles.items()}
    full = [o for o in out.observations if isinstance(o, OfficeObserved)]  # ``events`` gives no light ones
    extracted: list[MeetingReported | OfficeObserved] = [*out.reports, *full]
    for event in extracted:
        if event.article in latest:
            latest[event.article][1].append(event)
    return latest


def collect(
    events: Iterable[Event | LightObservation],
    until: int | None,
    event_id: Callable[[Event], str],
    *,
    keep_text: bool = True,
) -> tuple[Collected, dict[str, Event]]:
    """One pass: the latest extraction of each article, and the corrections still in force by id.

    Without ``keep_text`` the articles keep their title, source, URL, date
    and file name but not their text nor the raw header they came from (the
    views need the one, only re-extraction and export the other, and those
    read the log), so memory follows the projections, not the log.
    """
    out = Collected()
    corrections: dict[str, Event] = {}
    reports, observations, articles = out.reports, out.observations, out.articles
    add_report, add_observation = reports.append, observations.append
    for event in events if until is None else _first(events, until):
        # the commonest kinds first: a log is mostly office observations and meeting reports
        if isinstance(event, (LightObservation, OfficeObserved)):
            add_observation(event)
        elif isinstance(event, MeetingReported):
            add_report(event)
        elif isinstance(event, ArticleIngested):
            whole_or_light = keep_text or (not event.text and not event.header)  # fold_events reads it light
            articles[event.article] = event if whole_or_light else _light(event)
        elif isinstance(event, ArticleReextracted):
            reports[:] = [m for m in reports if m.article != event.article]
            observations[:] = [o for o in observations if o.article != event.article]
        elif isinstance(event, CorrectionReverted):
            corrections.pop(event.correction, None)
            out.corrections.append(event)
        elif isinstance(event, CORRECTIONS):
            corrections[event_id(event)] = event
            out.corrections.append(event)
    return out, corrections


def _first(events: Iterable[Event | LightObservation], until: int) -> Iterator[Event | LightObservation]:
    """The first ``until`` events (the next one is read, as a fold of the whole log reads it, then dropped)."""
    for position, event in enumerate(events):
        if position >= until:
            return
        yield event


def _light(article: ArticleIngested) -> ArticleIngested:
    """The article without its text and raw header (built directly: ``attrs.evolve`` costs far more)."""
    return ArticleIngested(
        article=article.article,
        text="",
        title=article.title,
        source=article.source,
        url=article.url,
        published=article.published,
        dateline=article.dateline,
        language=article.language,
        filename=article.filename,
        header=NO_HEADER,
    )


def _office_for(name: str, date: TextDate, offices: list[OfficeSet]) -> OfficeSet | None:
    found = None
    for office in offices:
        if person_key(office.name) != person_key(name):
            continue
        if office.since.known and (not date.known or date.sort_key() < office.since.sort_key()):
            continue
        found = office
    return found


def _set_offices(meeting: MeetingReported, offices: list[OfficeSet]) -> MeetingReported:
    participants = []
    for p in meeting.participants:
        office = _office_for(p.name, meeting.date, offices)
        if office is not None:
            p = attrs.evolve(
                p, role=office.role, country=office.country or p.country, title=office.title or p.title
            )
        participants.append(p)
    countries = tuple(sorted({*meeting.countries, *(p.country for p in participants if p.country)}))
    return attrs.evolve(meeting, participants=tuple(participants), countries=countries)


def _set_office_observed(observation: Observed, offices: list[OfficeSet]) -> Observed:
    office = _office_for(observation.name, observation.date, offices)
    if office is None:
        return observation
    return _evolve(
        observation,
        role=office.role,
        country=office.country or observation.country,
        title=office.title or observation.title,
    )


def _split(meeting: MeetingReported, splits: list[PersonSplit]) -> MeetingReported:
    participants = tuple(
        attrs.evolve(p, name=_split_name(p.name, meeting.article, splits)) for p in meeting.participants
    )
    return attrs.evolve(meeting, participants=participants)


def _split_observation(observation: Observed, splits: list[PersonSplit]) -> Observed:
    return _evolve(observation, name=_split_name(observation.name, observation.article, splits))


def _evolve(observation: Observed, **changes: Any) -> Observed:  # noqa: ANN401 - fields of either kind
    if isinstance(observation, LightObservation):
        return observation._replace(**changes)
    return attrs.evolve(observation, **changes)


def _observation_id(observation: Observed, event_id: Callable[[Event], str]) -> str:
    """The logged event's id: carried by a light observation, computed from a full one."""
    return observation.id if isinstance(observation, LightObservation) else event_id(observation)


def _split_name(name: str, article: str, splits: list[PersonSplit]) -> str:
    for split in splits:
        if person_key(split.name) == person_key(name) and split.article == article:
            return split.as_name
    return name


def in_force(corrections: Iterable[Event], event_id: Callable[[Event], str]) -> list[Event]:
    """The corrections not reverted, in log order."""
    _, found = collect(corrections, None, event_id)
    return list(found.values())
