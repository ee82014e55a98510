"""The domain events: frozen records of what an article told the log.

Every event kind has a fixed ``kind`` tag (never the class name, so renames
keep old lines readable) and a schema ``version``. ``Event`` is the union the
codec knows; ``sort_key`` is the one place events are ordered by valid time.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal, NamedTuple, TypeVar

import attrs
import pendulum
from attrs.validators import in_

from timeline.textdate import TextDate
from timeline.vocabulary import MEETING_KINDS, ROLES, STATUSES


MeetingKind = Literal["in-person", "call", "video", "planned"]
Status = Literal["holder", "acting", "former", "designate"]



class _Matches:
    """Validator: the value is a string matching ``pattern`` (remembered once passed, in a bounded set).

    A log repeats the same article ids and country codes in event after
    event; a set lookup is a fraction of a regular-expression match.
    """

    limit = 1 << 14

    def __init__(self, pattern: str, *, optional: bool = False) -> None:
        self.regex = re.compile(pattern)
        self.optional = optional
        self.passed: set[str] = set()

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is str and value in self.passed:
            return
        if value is None and self.optional:
            return
        if not isinstance(value, str) or not self.regex.fullmatch(value):
            msg = f"{attribute.name!r} must match {self.regex.pattern!r}, not {value!r}"
            raise ValueError(msg)
        if len(self.passed) >= self.limit:
            self.passed.clear()
        self.passed.add(value)


_COUNTRY = _Matches(r"[A-Z]{2}")
_MAYBE_COUNTRY = _Matches(r"[A-Z]{2}", optional=True)
_HEX_ID = _Matches(r"[0-9a-f]{16,64}")


def _countries(instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for code in value:
        _COUNTRY(instance, attribute, code)


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a fact stands in its article: character span and the sentence."""

    article: str = attrs.field(validator=_HEX_ID)
    start: int
    end: int
    sentence: str


@attrs.frozen(kw_only=True, cache_hash=True)
class Participant:
    """A person taking part in a meeting, in the office they held at its date."""

    name: str
    country: str | None = attrs.field(default=None, validator=_MAYBE_COUNTRY)
    role: str = attrs.field(default="other", validator=in_(ROLES))
    title: str | None = None
    status: str = attrs.field(default="holder", validator=in_(STATUSES))
    family: str | None = None


@attrs.frozen(kw_only=True)
class ArticleIngested:
    """An article entered the log; its text is kept here so evidence outlives the file."""

    kind: ClassVar[str] = "article-ingested"
    version: ClassVar[int] = 1
    article: str = attrs.field(validator=_HEX_ID)
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: pendulum.Date | None = None
    dateline: str | None = None
    language: str | None = None
    filename: str | None = None
    header: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class MeetingReported:
    """An article reports a meeting, call, visit or summit, held or planned."""

    kind: ClassVar[str] = "meeting-reported"
    version: ClassVar[int] = 1
    article: str = attrs.field(validator=_HEX_ID)
    extractor: str
    date: TextDate
    date_from: str = "text"
    meeting_kind: str = attrs.field(validator=in_(MEETING_KINDS))
    place: str | None = None
    venue: str | None = None
    participants: tuple[Participant, ...] = ()
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    topics: tuple[str, ...] = ()
    evidence: Evidence


@attrs.frozen(kw_only=True)
class OfficeObserved:
    """An article shows a person in an office of a country at a date."""

    kind: ClassVar[str] = "office-observed"
    version: ClassVar[int] = 1
    article: str = attrs.field(validator=_HEX_ID)
    extractor: str
    name: str
    family: str | None = None
    country: str | None = attrs.field(default=None, validator=_MAYBE_COUNTRY)
    role: str = attrs.field(validator=in_(ROLES))
    title: str | None = None
    status: str = attrs.field(default="holder", validator=in_(STATUSES))
    date: TextDate
    evidence: Evidence


@attrs.frozen(kw_only=True)
class ArticleReextracted:
    """The article was read again by a newer extractor: its events that follow supersede the earlier ones."""

    kind: ClassVar[str] = "article-reextracted"
    version: ClassVar[int] = 1
    article: str = attrs.field(validator=_HEX_ID)
    extractor: str


@attrs.frozen(kw_only=True)
class PeopleMerged:
    """A user says these names are one person, to be printed as ``into``."""

    kind: ClassVar[str] = "people-merged"
    version: ClassVar[int] = 1
    names: tuple[str, ...]
    into: str
    reason: str = ""


@attrs.frozen(kw_only=True)
class PersonSplit:
    """A user says the person called ``name`` in one article is someone else, ``as_name``."""

    kind: ClassVar[str] = "person-split"
    version: ClassVar[int] = 1
    name: str
    article: str = attrs.field(validator=_HEX_ID)
    as_name: str
    reason: str = ""


@attrs.frozen(kw_only=True)
class EventRetracted:
    """A user withdraws an extracted event (or a whole article's) with a reason."""

    kind: ClassVar[str] = "event-retracted"
    version: ClassVar[int] = 1
    event: str
    reason: str


@attrs.frozen(kw_only=True)
class NameSet:
    """A user sets the name printed for a person."""

    kind: ClassVar[str] = "name-set"
    version: ClassVar[int] = 1
    name: str
    to: str
    reason: str = ""


@attrs.frozen(kw_only=True)
class OfficeSet:
    """A user sets the office a person held (from ``since`` on, or always): class, country, title."""

    kind: ClassVar[str] = "office-set"
    version: ClassVar[int] = 1
    name: str
    role: str = attrs.field(validator=in_(ROLES))
    country: str | None = attrs.field(default=None, validator=_MAYBE_COUNTRY)
    title: str | None = None
    since: TextDate = attrs.field(factory=TextDate.unknown)
    reason: str = ""


@attrs.frozen(kw_only=True)
class CorrectionReverted:
    """A user takes back an earlier correction (by its event id)."""

    kind: ClassVar[str] = "correction-reverted"
    version: ClassVar[int] = 1
    correction: str
    reason: str = ""


Event = (
    ArticleIngested
    | MeetingReported
    | OfficeObserved
    | ArticleReextracted
    | PeopleMerged
    | PersonSplit
    | EventRetracted
    | NameSet
    | OfficeSet
    | CorrectionReverted
)
EVENT_TYPES: tuple[type[Event], ...] = (
    ArticleIngested,
    MeetingReported,
    OfficeObserved,
    ArticleReextracted,
    PeopleMerged,
    PersonSplit,
    EventRetracted,
    NameSet,
    OfficeSet,
    CorrectionReverted,
)
KINDS: dict[str, type[Event]] = {cls.kind: cls for cls in EVENT_TYPES}


def event_date(event: Event) -> TextDate:
    """The valid time of an event; an article's is its publication date."""
    if isinstance(event, ArticleIngested):
        return TextDate.from_date(event.published) if event.published else TextDate.unknown()
    if isinstance(event, MeetingReported | OfficeObserved):
        return event.date
    return TextDate.unknown()  # corrections and markers have no valid time: they apply from their position


def sort_key(event: Event, position: int = 0) -> tuple[tuple[int, int, int, int], int]:
    """Valid time first, then log position: the one ordering of events."""
    return (event_date(event).sort_key(), position)


NO_HEADER: dict[str, str] = {}  # shared by every light article: never written to


class LightObservation(NamedTuple):
    """An office observation as a full rebuild reads it: the event's id and fields, not its evidence.

    A rebuild that keeps no observations turns each into a sighting and a
    name form at once; building the frozen event and its evidence first cost
    more than all the rest it does with them. The fields are checked as the
    event's own validators check them.
    """

    id: str
    article: str
    extractor: str
    name: str
    family: str | None
    country: str | None
    role: str
    title: str | None
    status: str
    date: TextDate


_T = TypeVar("_T", bound=tuple[object, ...])
_SHARED_LIMIT = 1 << 14  # bounded: a long read (verify, export) stays flat
_TUPLES: dict[tuple[object, ...], tuple[object, ...]] = {}


def shared(found: _T) -> _T:
    """One object for equal tuples (the same countries, topics or participants again and again; bounded)."""
    shared = _TUPLES.get(found)
    if shared is None:
        if len(_TUPLES) >= _SHARED_LIMIT:
            _TUPLES.clear()
        shared = _TUPLES[found] = found
    return shared  # type: ignore[return-value]
