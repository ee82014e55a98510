"""Pure folds over the log: people, meetings across articles, tenures, changes, state, diff.

Owns identity across the whole log ("Iwaya Takeshi", "Takeshi Iwaya" and
"IWAYA Takeshi" are one person, printed one way), the corrections that
override it (merges, splits, retractions, names), the merging of one meeting
reported by several articles, office tenures, the changes they imply ordered
by valid time whatever the order of ingestion, and the state of the world at
a date. No IO: records in, a ``World`` out.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple, Protocol, TypeVar

import attrs
import pendulum

from timeline.codec import NO_HEADER, LightObservation, event_id, shared
from timeline.model import (
    ArticleIngested,
    ArticleReextracted,
    CorrectionReverted,
    Event,
    EventRetracted,
    MeetingReported,
    NameSet,
    OfficeObserved,
    OfficeSet,
    Participant,
    PeopleMerged,
    PersonSplit,
)
from timeline.names import Key as Key  # re-exported: the cache keys names as the fold does
from timeline.names import name_key
from timeline.textdate import TextDate

Observed = OfficeObserved | LightObservation  # a full rebuild reads observations light (``fold_events``)
CORRECTIONS = (PeopleMerged, PersonSplit, EventRetracted, NameSet, OfficeSet, CorrectionReverted)


person_key = name_key  # who a written name is: one folding for the whole code base


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


@attrs.frozen(kw_only=True)
class Change:
    """A flagged change with evidence on both sides (``before_*`` empty for firsts)."""

    kind: str
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
class Meeting:
    """One meeting as the timeline shows it, with every article that reported it."""

    date: TextDate
    kind: str
    place: str | None
    venue: str | None
    participants: tuple[tuple[str, str | None, str, str | None], ...]  # (name, country, role, title)
    countries: tuple[str, ...]
    topics: tuple[str, ...]
    reports: tuple[MeetingReported, ...]

    @property
    def people(self) -> frozenset[str]:
        """The names of its participants."""
        return frozenset(p[0] for p in self.participants)


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
    derived: dict[str, object] = attrs.field(factory=dict, repr=False, eq=False)  # memo of sightings, runs

    def name(self, written: str) -> str:
        """The one name printed for a person, whatever form an article used."""
        return self.names.get(person_key(written), written)

    def country(self, written: str) -> str | None:
        """The one country the log knows for a person, or None when it knows none or several."""
        return self.known_countries.get(self.name(written))

    def role(self, written: str, country: str | None, date: TextDate) -> str | None:
        """The one office class the log has the person holding in ``country`` throughout ``date``, or None."""
        return office_holders(self).role(self.name(written), country, date) if country else None

    def people(self) -> list[str]:
        """Every person in the world, by name."""
        return sorted(set(self.names.values()))


def build(
    events: Iterable[Event | LightObservation], *, until: int | None = None, keep_observations: bool = False
) -> World:
    """Fold the log's events into a ``World``.

    Args:
        events: the log's events in log order.
        until: fold only the first ``until`` events (what the log knew then).
        keep_observations: keep ``world.observations`` (otherwise they are
            folded into sightings and name forms and let go).
    """
    with paused_gc():
        return _build(events, until, keep_observations=keep_observations)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a fold allocates.

    A fold makes millions of small objects that form no cycles (reference
    counting frees them); each of the collector's passes would walk all of
    them again, which costs a long log a sixth of its rebuild. Afterwards
    what the fold kept is frozen (``gc.freeze``): the collector leaves those
    objects out of its later passes, which would otherwise walk the whole
    world again at the first allocations of whatever reads it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _build(events: Iterable[Event | LightObservation], until: int | None, *, keep_observations: bool) -> World:
    collected, in_force = _fold(events, until, keep_text=False)
    world = World(articles=collected.articles, corrections=collected.corrections)
    rules = Corrections.of(in_force.values())
    world.reports, world.observations = rules.apply(collected.reports, collected.observations)
    collected.reports, collected.observations = [], []  # the world's lists are the ones let go of below
    forms = Forms()
    forms.add_events(world.reports, world.observations)
    world.names = rules.names(forms)
    world.known_countries = known_countries(forms, world.names)
    if keep_observations:
        world.derived["forms"] = forms
    else:
        # observations live on as sightings and name forms (the views never list them): each is
        # let go as soon as its sighting is made, so the two never fill memory together
        world.derived["sightings"] = _sightings(world, consume=True)
        world.observations = []
    world.meetings = merge_meetings(world)
    world.tenures = tenures(world)
    world.changes = office_changes(world) + firsts(world)
    world.changes.sort(key=lambda c: (c.date.sort_key(), c.kind, c.country, c.role, c.after, c.before))
    return world


@attrs.frozen
class Corrections:
    """The corrections in force, by kind, in log order: the one place that says how they apply.

    Extracted events are corrected in this order: splits (a name in one
    article is another person), then offices set, then retractions (of an
    event, by its id as corrected, or of a whole article); merges and names
    set apply to the printed names, after the forms are counted. The full
    fold and the cache's update of new events both go through ``apply`` and
    ``names``, so they cannot disagree on the order.
    """

    splits: tuple[PersonSplit, ...] = ()
    offices: tuple[OfficeSet, ...] = ()
    retracted: frozenset[str] = frozenset()  # event ids and article ids
    merges: tuple[PeopleMerged, ...] = ()
    renames: tuple[NameSet, ...] = ()

    @classmethod
    def of(cls, in_force: Iterable[Event]) -> Corrections:
        """The corrections in force (not reverted), in log order."""
        found = list(in_force)
        return cls(
            splits=tuple(c for c in found if isinstance(c, PersonSplit)),
            offices=tuple(c for c in found if isinstance(c, OfficeSet)),
            retracted=frozenset(c.event for c in found if isinstance(c, EventRetracted)),
            merges=tuple(c for c in found if isinstance(c, PeopleMerged)),
            renames=tuple(c for c in found if isinstance(c, NameSet)),
        )

    def apply(
        self, reports: list[MeetingReported], observations: list[Observed]
    ) -> tuple[list[MeetingReported], list[Observed]]:
        """Extracted events as the corrections make them: split, offices set, retracted ones left out."""
        if self.splits:
            splits = list(self.splits)
            reports = [_split(m, splits) for m in reports]
            observations = [_split_observation(o, splits) for o in observations]
        if self.offices:
            offices = list(self.offices)
            reports = [_set_offices(m, offices) for m in reports]
            observations = [_set_office_observed(o, offices) for o in observations]
        retracted = self.retracted
        if retracted:  # an event's id is a hash of its content: computed only when something was retracted
            reports = [m for m in reports if m.article not in retracted and event_id(m) not in retracted]
            observations = [o for o in observations if _observation_id(o) not in retracted]
        return reports, observations

    def names(self, forms: Forms) -> dict[Key, str]:
        """The printed names of these forms, merges and names set applied last."""
        return canonical_names(forms, self.merges, self.renames)


@attrs.define
class _Collected:
    articles: dict[str, ArticleIngested] = attrs.field(factory=dict)
    reports: list[MeetingReported] = attrs.field(factory=list)
    observations: list[Observed] = attrs.field(factory=list)
    corrections: list[Event] = attrs.field(factory=list)


def latest_extractions(events: Iterable[Event]) -> dict[str, tuple[ArticleIngested, list[Event]]]:
    """Each article with the events of its latest extraction, uncorrected, in log order."""
    out, _ = _fold(events, None)
    latest: dict[str, tuple[ArticleIngested, list[Event]]] = {a: (e, []) for a, e in out.articles.items()}
    full = [o for o in out.observations if isinstance(o, OfficeObserved)]  # ``events`` gives no light ones
    extracted: list[MeetingReported | OfficeObserved] = [*out.reports, *full]
    for event in extracted:
        if event.article in latest:
            latest[event.article][1].append(event)
    return latest


def _fold(
    events: Iterable[Event | LightObservation], until: int | None, *, keep_text: bool = True
) -> tuple[_Collected, dict[str, Event]]:
    """One pass: the latest extraction of each article, and the corrections still in force by id.

    Without ``keep_text`` the articles keep their title, source, URL, date
    and file name but not their text nor the raw header they came from (the
    views need the one, only re-extraction and export the other, and those
    read the log), so memory follows the projections, not the log.
    """
    out = _Collected()
    corrections: dict[str, Event] = {}
    for position, event in enumerate(events):
        if until is not None and position >= until:
            break
        if isinstance(event, ArticleIngested):
            whole_or_light = keep_text or (not event.text and not event.header)  # fold_events reads it light
            out.articles[event.article] = event if whole_or_light else _light(event)
        elif isinstance(event, ArticleReextracted):
            out.reports = [m for m in out.reports if m.article != event.article]
            out.observations = [o for o in out.observations if o.article != event.article]
        elif isinstance(event, MeetingReported):
            out.reports.append(event)
        elif isinstance(event, (OfficeObserved, LightObservation)):
            out.observations.append(event)
        elif isinstance(event, CorrectionReverted):
            corrections.pop(event.correction, None)
            out.corrections.append(event)
        elif isinstance(event, CORRECTIONS):
            corrections[event_id(event)] = event
            out.corrections.append(event)
    return out, corrections


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


def _observation_id(observation: Observed) -> str:
    """The logged event's id: carried by a light observation, computed from a full one."""
    return observation.id if isinstance(observation, LightObservation) else event_id(observation)


def _split_name(name: str, article: str, splits: list[PersonSplit]) -> str:
    for split in splits:
        if person_key(split.name) == person_key(name) and split.article == article:
            return split.as_name
    return name


@attrs.define
class Forms:
    """How each person's name was written, counted: the input of canonical names."""

    written: dict[Key, Counter[str]] = attrs.field(factory=lambda: defaultdict(Counter))
    families: dict[Key, str] = attrs.field(factory=dict)
    countries: dict[Key, str] = attrs.field(factory=dict)  # the first country seen with the name
    others: dict[Key, set[str]] = attrs.field(factory=lambda: defaultdict(set))  # any other ones
    open: set[Key] = attrs.field(factory=set)  # names some event gives without a country

    def add(self, name: str, family: str | None, country: str | None) -> None:
        """Count one written form of a name, and the country it came with."""
        key = person_key(name)
        self.written[key][name] += 1
        if family:
            self.families[key] = family
        if country:
            if self.countries.setdefault(key, country) != country:
                self.others[key].add(country)
        else:
            self.open.add(key)

    def add_events(self, reports: Iterable[MeetingReported], observations: Iterable[Observed]) -> None:
        """Count every name in these meetings and observations."""
        for report in reports:
            for p in report.participants:
                self.add(p.name, p.family, p.country)
        for observation in observations:
            self.add(observation.name, observation.family, observation.country)


def canonical_names(
    forms: Forms, merges: Iterable[PeopleMerged] = (), renames: Iterable[NameSet] = ()
) -> dict[Key, str]:
    """One printed form per person.

    The commonest written form wins, accented over plain on a tie; a Japanese
    name whose family name an article showed is printed given name first; a
    name one letter off a commoner one of the same country is that one; a
    surname alone joins the one person whose longer names contain it; merges and
    names set by a user come last and win.
    """
    names: dict[Key, str] = {}
    for key, counter in forms.written.items():
        best = max(counter.items(), key=lambda kv: (kv[1], not kv[0].isascii(), kv[0]))[0]
        family = forms.families.get(key)
        if family and forms.countries.get(key) == "JP":
            given = [t for t in best.split() if person_key(t) != person_key(family)]
            best = " ".join([*given, family])
        names[key] = best
    _join_misspelt(forms, names)
    by_token: dict[str, set[Key]] = defaultdict(set)
    for key in names:
        for token in key:
            by_token[token].add(key)
    for key in list(names):
        holders = set.intersection(*(by_token[t] for t in key)) if key else set()
        longer = {names[k] for k in holders if len(k) > len(key) and not Counter(key) - Counter(k)}
        if len(longer) == 1:
            names[key] = longer.pop()
    for merge in merges:
        target = merge.into
        for name in (*merge.names, merge.into):
            old = names.get(person_key(name))
            for key, value in list(names.items()):
                if key == person_key(name) or (old is not None and value == old):
                    names[key] = target
            names.setdefault(person_key(name), target)
    for rename in renames:
        old = names.get(person_key(rename.name), rename.name)
        for key, value in list(names.items()):
            if value == old or key == person_key(rename.name):
                names[key] = rename.to
    return names


def _join_misspelt(forms: Forms, names: dict[Key, str]) -> None:
    """ "Shizo Abe" is "Shinzo Abe": one word of a name one letter off, the commoner wins.

    Only words of five letters or more ("Kim Jong Un" and "Kim Jong Il" stay
    two), and only where the rarer name has no other country than the commoner's.
    """
    alike: dict[tuple[int, Key], list[Key]] = defaultdict(list)
    for key in names:
        if len(key) >= 2:
            for i in range(len(key)):
                alike[i, key[:i] + key[i + 1 :]].append(key)
    for (i, _), keys in alike.items():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-forms.written[k].total(), k))
        for key in keys[1:]:
            best = keys[0]
            country = forms.countries.get(key)
            if (
                country in {None, forms.countries.get(best)}
                and key not in forms.others
                and best not in forms.others
                and _one_letter_off(key[i], best[i])
            ):
                names[key] = names[best]


def _one_letter_off(a: str, b: str) -> bool:
    """One letter added, dropped or changed, in words of five letters or more."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def known_countries(forms: Forms, names: dict[Key, str]) -> dict[str, str]:
    """Each person the log knows with exactly one country, by printed name.

    A person is every name form printed as one name; the countries are those
    their meetings and office observations give, after corrections. Two
    different countries make the person ambiguous, and they get none.
    """
    seen: dict[str, str | None] = {}  # None: more than one
    for key, country in forms.countries.items():
        person = names.get(key)
        if person is None:
            continue
        if key in forms.others or seen.get(person, country) != country:
            seen[person] = None
        else:
            seen[person] = country
    return {person: country for person, country in seen.items() if country is not None}


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
    printed = _Printed(world, holders)
    sorted_people: dict[int, tuple[str, ...]] = {}  # by the participants tuple, which the codec shares
    for report in _by_date_then(world.reports, TextDate.sort_key, _ARTICLE):
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
            names = names_in_order[id(meeting.participants)] = sorted([p[0] for p in meeting.participants])
        return (meeting.countries, names, meeting.kind, meeting.reports[0].article)

    ordered: list[Meeting] = []
    for _, day in itertools.groupby(meetings, key=_date_order):
        block = list(day)
        if len(block) > 1:
            block.sort(key=same_day_order)
        ordered.extend(block)
    return ordered


_PRUNE_AT = 4


def _date_order(meeting: Meeting) -> tuple[int, int, int, int]:
    return meeting.date.sort_key()


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def _reaches(date: TextDate, day: pendulum.Date) -> bool:
    """Can a date still overlap a later report that starts on ``day``? (Unknown dates always can.)"""
    last = date.last_day()
    return last is None or last >= day


class _Printed(dict[str, str]):
    """``world.name`` of each written name, remembered for one pass over many reports (and countries)."""

    def __init__(self, world: World, holders: Holders | None = None) -> None:
        super().__init__()
        self._name = world.name
        self._countries = world.known_countries
        self._world = world
        self._holders = holders

    def __missing__(self, written: str) -> str:
        printed = self[written] = self._name(written)
        return printed

    def country(self, written: str) -> str | None:
        """The one country the log knows for the person so written."""
        return self._countries.get(self[written]) if self._countries else None

    def filled(self, participants: tuple[Participant, ...]) -> set[str]:
        """The countries the log fills in for participants the report gives none."""
        return {c for p in participants if p.country is None and (c := self.country(p.name))}

    def role(self, p: Participant, country: str | None, date: TextDate) -> str:
        """The participant's office class; without a title or class, the office they held then, if any."""
        if p.role != "other" or p.title is not None or country is None:
            return p.role
        if self._holders is None:
            self._holders = office_holders(self._world)
        return self._holders.role(self[p.name], country, date) or "other"

    def untitled(self, reports: Iterable[MeetingReported]) -> set[tuple[str, str]]:
        """(country, person) of the participants whose office class the log may fill in."""
        return {
            (country, self[p.name])
            for report in reports
            if report.date.known
            for p in report.participants
            if p.role == "other" and p.title is None and (country := p.country or self.country(p.name))
        }


_Office = tuple[str, list[int], list[str]]  # class, the first days of its runs, their holders


class Holders:
    """Who held each office at a date, as ``state_at`` reads its runs: whose run began last by then."""

    def __init__(self, load: Callable[[str], list[_Office]]) -> None:
        """``load(country)``: each office of the country as (class, first days of its runs, their holders)."""
        self._load = load
        self._offices: dict[str, list[_Office]] = {}

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
        first, last = _first(date).toordinal(), _last(date).toordinal()
        found = None
        for role, starts, people in offices:
            index = bisect.bisect_right(starts, first) - 1
            if index < 0 or people[index] != person or bisect.bisect_right(starts, last) - 1 != index:
                continue
            if found is not None:
                return None  # two offices at once: which one this meeting is about is not known
            found = role
        return found


def holder_rows(firsts: dict[tuple[str, str], list[Sighting]]) -> dict[str, list[_Office]]:
    """Per country, each office as (class, first days of its runs, their holders), by the first sightings."""
    offices: dict[str, list[_Office]] = defaultdict(list)
    for (country, role), found in sorted(firsts.items()):
        days = [_first(f.date).toordinal() for f in found]
        offices[country].append((role, days, [f.person for f in found]))
    return offices


def office_holders(world: World) -> Holders:
    """Who held each office when, by ``world``'s runs of sightings."""
    if "holders" not in world.derived:
        world.derived["holders"] = Holders.of_runs(_runs(world))
    return world.derived["holders"]  # type: ignore[return-value]


class _OneReport(NamedTuple):
    """What meetings of one report derive, by the shared tuple each comes from (a table per field)."""

    participants: dict[int, tuple[tuple[str, str | None, str, str | None], ...]]
    countries: dict[tuple[int, int], tuple[str, ...]]  # by its countries and its participants
    topics: dict[int, tuple[str, ...]]


def _meeting(group: list[MeetingReported], printed: _Printed, single: _OneReport) -> Meeting:
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


def _countries_of(group: list[MeetingReported], printed: _Printed) -> tuple[str, ...]:
    """The countries of a group's reports and those the log fills in for their participants."""
    codes = {c for m in group for c in m.countries}
    codes.update(c for m in group for c in printed.filled(m.participants))
    return shared(tuple(sorted(codes)))


def _participants(
    group: list[MeetingReported], printed: _Printed
) -> tuple[tuple[str, str | None, str, str | None], ...]:
    """Each person once, by printed name: a country or an office one report gives fills what another lacked.

    A country no report gives is the one the rest of the log knows for the
    person, if any; a participant with neither title nor office class is in
    the office the log has them holding in that country at the meeting's
    date, if exactly one.
    """
    participants: dict[str, tuple[str, str | None, str, str | None]] = {}
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
                or (known[1] is None and country)
                or (known[2] == "other" and role != "other")
            ):
                country = country or (known[1] if known else None)
                participants[person] = shared((person, country, role, p.title))
    return shared(tuple(participants.values()))


def sightings(world: World) -> list[Sighting]:
    """Every dated sighting of an office holder, from meetings held and office observations."""
    if "sightings" not in world.derived:
        world.derived["sightings"] = _sightings(world)
    return world.derived["sightings"]  # type: ignore[return-value]


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


def _sightings(
    world: World, acting_elsewhere: set[tuple[str, str, str]] | None = None, *, consume: bool = False
) -> list[Sighting]:
    """Sightings of ``world``'s events, each once.

    ``acting_elsewhere``: acting days known from events not in the world.
    ``consume``: let go of each observation once its sighting is made.
    """
    found: dict[Sighting, None] = {}  # a meeting and the article's observation often show the same: kept once
    name, make = _Printed(world), functools.partial(_tuple_new, Sighting)
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


def _runs(world: World) -> dict[tuple[str, str], list[list[Sighting]]]:
    """Per office, the holders in order of valid time, each as a run of sightings.

    A month- or year-precision sighting counts only where it cannot fall on
    either side of another holder's sighting of the same office.
    """
    if "runs" not in world.derived:
        world.derived["runs"] = _office_runs(world)
    return world.derived["runs"]  # type: ignore[return-value]


def _office_runs(world: World) -> dict[tuple[str, str], list[list[Sighting]]]:
    by_office: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
    for sighting in _by_date_then(sightings(world), _span, _PERSON_ARTICLE):  # each office's rows in run order
        by_office[(sighting.country, sighting.role)].append(sighting)
    result: dict[tuple[str, str], list[list[Sighting]]] = {}
    for office, rows in sorted(by_office.items()):
        result[office] = runs_of(_clear_sightings(rows))  # a part of the rows, in their order
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


def _run_order(row: Sighting) -> tuple[object, ...]:
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


def _by_date_then(rows: Iterable[_D], date_key: Callable[[TextDate], Any], then: Callable[[_D], Any]) -> list[_D]:
    """Rows sorted by a key of their date, then by ``then`` (ties keep their order), as one stable sort would.

    The rows are put in buckets by date, and only the buckets and each
    bucket's rows are sorted: a log has few dates and many rows, and a key
    made for each row cost more than all the rest.
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
            bucket.sort(key=then)
        ordered.extend(bucket)
    return ordered


def tenures(world: World) -> list[Tenure]:
    """Who held each office, from the first to the last time seen, with the articles that show it."""
    return [run.tenure(country, role) for (country, role), runs in _stretches(world).items() for run in runs]


def office_changes(world: World) -> list[Change]:
    """Office-holder changes per (country, office), by valid time."""
    return [
        one.change_to(after, country, role)
        for (country, role), runs in _stretches(world).items()
        for one, after in zip(runs, runs[1:], strict=False)
    ]


def _stretches(world: World) -> dict[tuple[str, str], list[Stretch]]:
    if "stretches" not in world.derived:
        world.derived["stretches"] = {
            office: [Stretch.of_run(run) for run in runs] for office, runs in _runs(world).items()
        }
    return world.derived["stretches"]  # type: ignore[return-value]


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

    def change_to(self, after: Stretch, country: str, role: str) -> Change:
        """The office-holder change from this run to the next."""
        return Change(
            kind="office-holder-change",
            country=country,
            role=role,
            before=self.person,
            before_last_seen=self.last.date,
            before_article=self.last.article,
            after=after.person,
            after_first_seen=after.first.date,
            after_article=after.first.article,
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


def firsts(world: World) -> list[Change]:
    """A person seen in a new office, and the first meeting between two officials."""
    changes = new_offices(sightings(world))
    changes.extend(joined_groupings(world.meetings))
    changes.extend(first_meetings(world.meetings))
    return changes


def new_offices(found: Iterable[Sighting]) -> list[Change]:
    """A person seen in an office other than the one they were last seen in."""
    changes: list[Change] = []
    offices: dict[str, list[Sighting]] = defaultdict(list)
    for sighting in _by_date_then(found, TextDate.sort_key, _ARTICLE):  # each person's rows by date, article
        offices[sighting.person].append(sighting)
    for person, rows in sorted(offices.items()):
        previous: Sighting | None = None
        for row in rows:
            if previous is not None and (row.country, row.role) != (previous.country, previous.role):
                changes.append(
                    Change(
                        kind="new-office",
                        country=row.country,
                        role=row.role,
                        before=f"{previous.role} ({previous.country})",
                        before_last_seen=previous.date,
                        before_article=previous.article,
                        after=person,
                        after_first_seen=row.date,
                        after_article=row.article,
                    )
                )
            previous = row
    return changes


def first_meetings(meetings: Iterable[Meeting]) -> list[Change]:
    """The first meeting held between each two officials of different countries (meetings in order)."""
    changes: list[Change] = []
    met: set[tuple[str, str]] = set()  # (name, name) in order: officials are sorted
    officials_of: dict[int, list[tuple[str, str | None, str, str | None]]] = {}  # by shared participants
    for meeting in meetings:
        if meeting.kind == "planned" or not meeting.date.known:
            continue
        officials = officials_of.get(id(meeting.participants))
        if officials is None:
            officials = sorted(p for p in meeting.participants if p[2] != "other" and p[1])
            officials_of[id(meeting.participants)] = officials
        for index, one in enumerate(officials):
            for other in officials[index + 1 :]:
                pair = (one[0], other[0])
                if pair in met or one[1] == other[1]:
                    continue
                met.add(pair)
                changes.append(
                    Change(
                        kind="first-meeting",
                        country=f"{one[1]}-{other[1]}",
                        role=one[2] if one[2] == other[2] else "mixed",
                        before=one[0],
                        before_last_seen=TextDate.unknown(),
                        before_article="",
                        after=other[0],
                        after_first_seen=meeting.date,
                        after_article=meeting.reports[0].article,
                    )
                )
    return changes


_GROUPING = re.compile(
    r"\b(Group of Seven|Group of 20|G7|G20|G-7|G-20|Quad|ASEAN|APEC|NATO|BRICS|AUKUS|Five Eyes|"
    r"European Union|African Union|Shanghai Cooperation Organi[sz]ation|SCO)\b"
)


def joined_groupings(meetings: Iterable[Meeting]) -> list[Change]:
    """A country taking part, for the first time in the log, in a meeting of a grouping seen meeting before."""
    changes: list[Change] = []
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
                    Change(
                        kind="joined-grouping",
                        country=code,
                        role=name,
                        before=", ".join(sorted(seen)),
                        before_last_seen=TextDate.unknown(),
                        before_article="",
                        after=code,
                        after_first_seen=meeting.date,
                        after_article=meeting.reports[0].article,
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


# -- state and diff ------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class State:
    """The world at a date (valid time): office holders, and the meetings held by then."""

    as_of: pendulum.Date
    holders: dict[
        tuple[str, str], tuple[str, TextDate, str]
    ]  # (country, role) -> (person, last seen, article)
    meetings: tuple[Meeting, ...]
    officials: frozenset[tuple[str, str]]  # (country, person)
    topics: dict[str, frozenset[str]]


def state_at(world: World, as_of: pendulum.Date, country: str | None = None) -> State:
    """Who held each office on ``as_of`` (the last holder seen on or before it), and what had happened.

    ``as_of`` is inclusive; a month-precision sighting counts once its month has begun.
    """
    holders: dict[tuple[str, str], tuple[str, TextDate, str]] = {}
    for (office_country, role), runs in _runs(world).items():
        if country and office_country != country:
            continue
        for run in runs:
            seen = [r for r in run if _first(r.date) <= as_of]
            if seen:
                last = seen[-1]
                holders[(office_country, role)] = (last.person, last.date, last.article)
    meetings = tuple(
        m
        for m in world.meetings
        if m.date.known
        and _first(m.date) <= as_of
        and m.kind != "planned"
        and (not country or country in m.countries)
    )
    officials = frozenset(
        (p[1], p[0]) for m in meetings for p in m.participants if p[1] and (not country or p[1] == country)
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
    holders: tuple[tuple[str, str, str | None, str | None, str], ...]  # country, role, before, after, article
    appeared: tuple[tuple[str, str], ...]
    disappeared: tuple[tuple[str, str], ...]
    meetings: tuple[Meeting, ...]
    topics_gained: dict[str, tuple[str, ...]]
    topics_lost: dict[str, tuple[str, ...]]

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
                (
                    office[0],
                    office[1],
                    old[0] if old else None,
                    new[0] if new else None,
                    new[2] if new else "",
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
    )


def _active(world: World, when: pendulum.Date, country: str | None) -> frozenset[tuple[str, str]]:
    """Officials holding an office at ``when``: the current holder of each office."""
    state = state_at(world, when, country)
    return frozenset((office[0], holder[0]) for office, holder in state.holders.items())


def _first(date: TextDate) -> pendulum.Date:
    day = date.first_day()
    assert day is not None
    return day


def _last(date: TextDate) -> pendulum.Date:
    day = date.last_day()
    assert day is not None
    return day


def _overlaps_other(row: Sighting, rows: list[Sighting]) -> bool:
    return any(
        other.person != row.person
        and _first(row.date) <= _last(other.date)
        and _first(other.date) <= _last(row.date)
        for other in rows
    )


def _first_day_of(row: Sighting) -> pendulum.Date:
    return _first(row.date)


def _clear_sightings(rows: list[Sighting]) -> list[Sighting]:
    """Day sightings, and wider ones that no other holder's sighting overlaps.

    Rows sorted by first day; a sighting spans at most a year, so only rows
    starting within a year before a wide row's end can overlap it.
    """
    if all(r.date.day is not None for r in rows):
        return list(rows)
    ordered = sorted(rows, key=_first_day_of)
    starts = [_first(r.date).toordinal() for r in ordered]
    clear = []
    for row in ordered:
        if row.date.precision == "day":
            clear.append(row)
            continue
        low = bisect.bisect_left(starts, _first(row.date).toordinal() - 367)
        high = bisect.bisect_right(starts, _last(row.date).toordinal())
        if not _overlaps_other(row, ordered[low:high]):
            clear.append(row)
    return clear


def find_people(world: World, query: str) -> list[str]:
    """People whose name matches ``query`` ("iwaya", "Takeshi Iwaya", "melanie joly"), best first."""
    wanted = person_key(query)
    names = world.people()
    exact = [n for n in names if person_key(n) == wanted]
    if exact:
        return exact
    return [
        n
        for n in names
        if set(wanted) <= set(person_key(n)) or all(any(w in t for t in person_key(n)) for w in wanted)
    ]
