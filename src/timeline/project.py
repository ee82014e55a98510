"""Pure folds over the log: people across articles, meetings, office tenures, changes.

Owns identity across the whole log ("Iwaya Takeshi", "Takeshi Iwaya" and
"IWAYA Takeshi" are one person, printed one way), the sightings of each
office holder and the office-holder changes they imply, ordered by valid
time whatever the order of ingestion. No IO: events in, a ``World`` out.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

import attrs
import pendulum

from timeline.model import ArticleIngested, Event, MeetingReported, OfficeObserved
from timeline.textdate import TextDate


def person_key(name: str) -> tuple[str, ...]:
    """Order-, case-, accent- and hyphen-insensitive identity of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("-", "").replace(".", " ").replace("'", "").replace("’", "")
    return tuple(sorted(t for t in text.split() if len(t) > 1 or len(text.split()) == 1))


@attrs.frozen(kw_only=True)
class Sighting:
    """One piece of evidence that a person held an office at a date."""

    person: str
    country: str
    role: str
    date: TextDate
    article: str


@attrs.frozen(kw_only=True)
class Change:
    """A flagged change: a new holder of an office, with evidence on both sides."""

    kind: str
    country: str
    role: str
    before: str
    before_last_seen: TextDate
    before_article: str
    after: str
    after_first_seen: TextDate
    after_article: str


@attrs.define
class World:
    """What the log says, folded: articles, meetings, people and changes."""

    articles: dict[str, ArticleIngested] = attrs.field(factory=dict)
    meetings: list[MeetingReported] = attrs.field(factory=list)
    observations: list[OfficeObserved] = attrs.field(factory=list)
    names: dict[tuple[str, ...], str] = attrs.field(factory=dict)
    changes: list[Change] = attrs.field(factory=list)

    def name(self, written: str) -> str:
        """The one name printed for a person, whatever form an article used."""
        return self.names.get(_resolve_key(written, self.names), written)


def build(events: Iterable[Event]) -> World:
    """Fold the log's events into a ``World``."""
    world = World()
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for event in events:
        if isinstance(event, ArticleIngested):
            world.articles[event.article] = event
        elif isinstance(event, MeetingReported):
            world.meetings.append(event)
            for participant in event.participants:
                forms[person_key(participant.name)][participant.name] += 1
        elif isinstance(event, OfficeObserved):
            world.observations.append(event)
            forms[person_key(event.name)][event.name] += 1
    world.names = _canonical_names(forms)
    world.meetings.sort(key=lambda m: (m.date.sort_key(), m.article))
    world.changes = office_changes(world)
    return world


def _canonical_names(forms: dict[tuple[str, ...], Counter[str]]) -> dict[tuple[str, ...], str]:
    """Pick one printed form per person: the commonest, accented over plain on a tie."""
    names: dict[tuple[str, ...], str] = {}
    for key, counter in forms.items():
        best = max(counter.items(), key=lambda kv: (kv[1], not kv[0].isascii(), kv[0]))
        names[key] = best[0]
    # A surname alone ("Blinken") or a shorter form joins the one longer name that contains it.
    for key in list(names):
        longer = [k for k in names if k != key and set(key) < set(k)]
        if len(longer) == 1:
            names[key] = names[longer[0]]
    return names


def _resolve_key(written: str, names: dict[tuple[str, ...], str]) -> tuple[str, ...]:
    return person_key(written)


def sightings(world: World) -> list[Sighting]:
    """Every dated sighting of an office holder, from meetings held and office observations."""
    found: list[Sighting] = []
    acting_days: set[tuple[str, str, str]] = set()
    for meeting in world.meetings:
        if meeting.meeting_kind == "planned" or meeting.date.precision != "day":
            continue
        for participant in meeting.participants:
            if participant.status == "acting" and participant.country:
                acting_days.add((participant.country, participant.role, meeting.date.iso() or ""))
    for observation in world.observations:
        if observation.status == "acting" and observation.country and observation.date.precision == "day":
            acting_days.add((observation.country, observation.role, observation.date.iso() or ""))
    for meeting in world.meetings:
        if meeting.meeting_kind == "planned" or not meeting.date.known:
            continue
        for participant in meeting.participants:
            if (
                participant.role == "other"
                or not participant.country
                or participant.status not in {"holder", "acting"}
            ):
                continue
            found.append(
                Sighting(
                    person=world.name(participant.name),
                    country=participant.country,
                    role=participant.role,
                    date=meeting.date,
                    article=meeting.article,
                )
            )
    for observation in world.observations:
        if (
            observation.role == "other"
            or not observation.country
            or observation.status not in {"holder", "acting"}
        ):
            continue
        if not observation.date.known:
            continue
        if (
            observation.status != "acting"
            and (observation.country, observation.role, observation.date.iso() or "") in acting_days
        ):
            continue  # on a day someone acts in an office, the suspended holder is not seen holding it
        found.append(
            Sighting(
                person=world.name(observation.name),
                country=observation.country,
                role=observation.role,
                date=observation.date,
                article=observation.article,
            )
        )
    return found


def office_changes(world: World) -> list[Change]:
    """Office-holder changes per (country, office), by valid time.

    A month- or year-precision sighting counts only where it cannot fall on
    either side of another holder's sighting of the same office.
    """
    by_office: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
    for sighting in sightings(world):
        by_office[(sighting.country, sighting.role)].append(sighting)
    changes: list[Change] = []
    for (country, role), rows in sorted(by_office.items()):
        clear = [r for r in rows if r.date.precision == "day" or not _overlaps_other(r, rows)]
        clear.sort(key=lambda r: (_first(r.date), _last(r.date), r.person))
        runs: list[list[Sighting]] = []
        for row in clear:
            if runs and runs[-1][-1].person == row.person:
                runs[-1].append(row)
            else:
                runs.append([row])
        for previous, current in zip(runs, runs[1:], strict=False):
            changes.append(
                Change(
                    kind="office-holder-change",
                    country=country,
                    role=role,
                    before=previous[0].person,
                    before_last_seen=previous[-1].date,
                    before_article=previous[-1].article,
                    after=current[0].person,
                    after_first_seen=current[0].date,
                    after_article=current[0].article,
                )
            )
    changes.sort(key=lambda c: (c.after_first_seen.sort_key(), c.country, c.role))
    return changes


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
