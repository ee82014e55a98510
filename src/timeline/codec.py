"""The one cattrs converter, and the event <-> payload <-> line conversions.

Owns how events look as JSON: dates as ISO strings at their precision, the
``kind`` tag, schema versions and the upcasters that read old versions.
Lines are written canonically (sorted keys, no ASCII escaping, no spaces), so
the bytes of a line are a function of its content and ``verify`` can insist
on them.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import sys
from collections.abc import Callable
from itertools import repeat
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, Union, get_type_hints

import attrs
import msgspec
import pendulum

from timeline.canonical import dumps as dumps  # re-exported: the codec's callers write canonical JSON too
from timeline.errors import DateError, DecodeError
from timeline.model import (
    KINDS,
    NO_HEADER,
    ArticleIngested,
    Event,
    Evidence,
    EventRetracted,
    LightObservation,
    MeetingReported,
    OfficeObserved,
    Participant,
    shared,
)
from timeline.textdate import TextDate
from timeline.vocabulary import MEETING_KINDS, ROLES, STATUSES
from timeline.world import Attendee, Meeting

if TYPE_CHECKING:
    import cattrs

Payload = dict[str, Any]

# (kind, stored version) -> function lifting a payload to the next version.
UPCASTERS: dict[tuple[str, int], Callable[[Payload], Payload]] = {}


def make_converter() -> cattrs.Converter:
    """Build the converter: simple types first, then the tagged ``Event`` union."""
    from cattrs.preconf.json import make_converter as make_json_converter  # noqa: PLC0415 - see ``converter``
    from cattrs.strategies import configure_tagged_union  # noqa: PLC0415 - the same

    converter = make_json_converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
    converter.register_structure_hook(pendulum.Date, _structure_date)
    converter.register_unstructure_hook(TextDate, lambda d: d.to_str())
    converter.register_structure_hook(TextDate, _structure_textdate)
    # a meeting's participants, as the projection cache stores them: arrays of four
    converter.register_structure_hook(Attendee, lambda value, _: Attendee(*value))
    configure_tagged_union(Event, converter, tag_name="kind", tag_generator=lambda cl: str(cl.kind))  # type: ignore[attr-defined]
    return converter


def _structure_date(value: object, _: type) -> pendulum.Date:
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {value!r}"
        raise TypeError(msg)
    parsed = pendulum.Date.fromisoformat(value)
    return pendulum.date(parsed.year, parsed.month, parsed.day)


def _structure_textdate(value: object, _: type) -> TextDate:
    if value is None:
        return TextDate.unknown()
    if not isinstance(value, str):
        msg = f"expected an ISO date string or null, got {value!r}"
        raise TypeError(msg)
    return _textdate(value)


@functools.lru_cache(maxsize=1 << 14)
def _day(value: str) -> pendulum.Date:
    """One shared object per publication day."""
    return _structure_date(value, pendulum.Date)


@functools.lru_cache(maxsize=1 << 14)
def _textdate(text: str) -> TextDate:
    """One shared object per date (they are frozen): a log names the same days again and again."""
    return TextDate.from_iso(text)


@functools.cache
def converter() -> cattrs.Converter:
    """The converter (``make_converter``), made on first use.

    Reading the log's common lines needs none (msgspec reads them, see
    ``line_reader``): a rebuild, and a view whose new lines are all of those
    kinds, neither import cattrs nor generate its hooks for every event
    class; what encodes events or rows of the projection store, or reads a
    line only cattrs can (an old version, a fault to name), makes it then.
    """
    return make_converter()


def __getattr__(name: str) -> object:
    """``CONVERTER``: the converter, made on first use (``converter``)."""
    if name == "CONVERTER":
        return converter()
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def to_payload(event: Event) -> Payload:
    """The event's fields as JSON-ready data, without the ``kind`` tag."""
    data: Payload = converter().unstructure(event, Event)
    data.pop("kind", None)
    return data


def from_payload(kind: str, version: int, payload: Payload) -> Event:
    """Rebuild an event from its stored kind, version and payload.

    Raises:
        DecodeError: unknown kind, a version newer than this program, or a
            payload that does not fit the schema (the message names the field).

    """
    found = _fast(kind, version, payload) or _retraction(kind, version, payload)
    if found is not None:
        return found  # else a missing field, another type, a validator refused: cattrs below names what and where
    cls = KINDS.get(kind)
    if cls is None:
        msg = f"unknown event kind {kind!r}"
        raise DecodeError(msg)
    if version > cls.version:
        msg = f"{kind} version {version} is newer than this program reads ({cls.version}); upgrade timeline"
        raise DecodeError(msg)
    while version < cls.version:
        upcast = UPCASTERS.get((kind, version))
        if upcast is None:
            msg = f"no upcaster for {kind} version {version}"
            raise DecodeError(msg)
        payload = upcast(payload)
        version += 1
    try:
        event: Event = converter().structure(payload, cls)  # the kind is known: no union dispatch, no copy
    except Exception as exc:  # cattrs raises exception groups; name the fields
        import cattrs  # noqa: PLC0415 - loaded by ``converter`` above

        details = (
            "; ".join(cattrs.transform_error(exc, format_exception=_describe))
            if isinstance(exc, cattrs.BaseValidationError)
            else str(exc)
        )
        msg = f"{kind} payload does not fit its schema: {details}"
        raise DecodeError(msg) from exc
    return event


# -- the fast path --------------------------------------------------------------------------
#
# A rebuild decodes every line of the log, and nearly all of them are of three
# kinds. For those, msgspec reads the line straight into typed rows (in C: the
# types of every field checked, no key missing and none other), and the
# functions below build the event from its row: the same classes and the same
# validators as cattrs would use, with repeated strings shared (``sys.intern``:
# one object per distinct name, title, article id or sentence while anything
# holds it, so memory follows the projections). Anything unusual (a key left
# out, as the log never writes it; a value of another type) goes to
# ``from_payload``, and so to cattrs, which fills defaults or names the field.

_intern = sys.intern
_tuple_new = tuple.__new__
_A = TypeVar("_A")


class _EvidenceRow(msgspec.Struct, forbid_unknown_fields=True):
    article: str
    start: int
    end: int
    sentence: str


class _ParticipantRow(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: str
    country: str | None
    role: str
    title: str | None
    status: str
    family: str | None


class _MeetingRow(msgspec.Struct, forbid_unknown_fields=True):
    article: str
    extractor: str
    date: str | None
    date_from: str
    meeting_kind: str
    place: str | None
    venue: str | None
    participants: tuple[_ParticipantRow, ...]
    countries: tuple[str, ...]
    topics: tuple[str, ...]
    evidence: _EvidenceRow


class _ObservationRow(msgspec.Struct, forbid_unknown_fields=True):
    article: str
    extractor: str
    name: str
    family: str | None
    country: str | None
    role: str
    title: str | None
    status: str
    date: str | None
    evidence: _EvidenceRow


class _ArticleRow(msgspec.Struct, forbid_unknown_fields=True):
    article: str
    text: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    dateline: str | None
    language: str | None
    filename: str | None
    header: dict[str, str]


class _Line(msgspec.Struct):
    """What a read needs of a stored line; its other keys are ``verify``'s to check."""

    batch: tuple[int, int]
    id: str
    kind: str
    version: int
    payload: msgspec.Raw


def read_date(value: str | None) -> TextDate:
    """A stored date (``None`` when unknown), one shared object per distinct text."""
    return _UNKNOWN if value is None else _textdate(value)


_UNKNOWN = TextDate.unknown()


def _evidence(row: _EvidenceRow) -> Evidence:
    article = _intern(row.article)
    if article in _ARTICLE_PASSED:  # its one validator has passed this id: nothing left to check
        return _trusted(Evidence, _EVIDENCE_FIELDS, (article, row.start, row.end, _intern(row.sentence)))
    return Evidence(article=article, start=row.start, end=row.end, sentence=_intern(row.sentence))


def _trusted(cls: type[_A], names: tuple[str, ...], values: tuple[object, ...]) -> _A:
    """An instance of a frozen attrs class with these field values, its validators not run again.

    For values the class's validators have already passed (a set lookup
    says so): attrs' own ``__init__`` checks them one Python call at a time,
    which cost a rebuild more than building the rest of the event. Only for
    classes with no converter, default or hook that ``__init__`` would
    apply to the values given (tests/test_codec.py compares every slot with
    the constructor's).
    """
    instance = _object_new(cls)
    any(map(_set, repeat(instance, len(names)), names, values))  # object.__setattr__ returns None: all set
    return instance


_object_new = object.__new__
_set = object.__setattr__
_EVIDENCE_FIELDS = ("article", "start", "end", "sentence")
_ARTICLE_FIELDS = (
    "article",
    "text",
    "title",
    "source",
    "url",
    "published",
    "dateline",
    "language",
    "filename",
    "header",
)
_MEETING_FIELDS = (
    "article",
    "extractor",
    "date",
    "date_from",
    "meeting_kind",
    "place",
    "venue",
    "participants",
    "countries",
    "topics",
    "evidence",
)


def _participant(row: _ParticipantRow) -> Participant:
    # the same person in the same office comes back meeting after meeting: one object
    found = _PARTICIPANTS.get(row)
    if found is None:
        if len(_PARTICIPANTS) >= _SHARED_LIMIT:
            _PARTICIPANTS.clear()
        country, title, family = row.country, row.title, row.family
        found = _PARTICIPANTS[row] = Participant(
            name=_intern(row.name),
            country=None if country is None else _intern(country),
            role=_intern(row.role),
            title=None if title is None else _intern(title),
            status=_intern(row.status),
            family=None if family is None else _intern(family),
        )
    return found


def _texts(written: tuple[str, ...]) -> tuple[str, ...]:
    found = _TEXTS.get(written)
    if found is None:
        found = shared(tuple(map(_intern, written)))
        if len(_TEXTS) >= _SHARED_LIMIT:
            _TEXTS.clear()
        _TEXTS[written] = found
    return found


_SHARED_LIMIT = 1 << 14  # bounded: a long read (verify, export) stays flat
_PARTICIPANTS: dict[_ParticipantRow, Participant] = {}
_TEXTS: dict[tuple[str, ...], tuple[str, ...]] = {}
_OFFICES: dict[tuple[str | None, ...], tuple[str | None, ...]] = {}


def _meeting(_: str, row: _MeetingRow) -> MeetingReported:
    place, venue = row.place, row.venue
    values = (
        _intern(row.article),
        _intern(row.extractor),
        read_date(row.date),
        _intern(row.date_from),
        _intern(row.meeting_kind),
        None if place is None else _intern(place),
        None if venue is None else _intern(venue),
        shared(tuple(map(_participant, row.participants))),
        _texts(row.countries),
        _texts(row.topics),
        _evidence(row.evidence),
    )
    # the validators (article id, kind, country codes) have passed these values before: not run again
    if values[0] in _ARTICLE_PASSED and values[4] in MEETING_KINDS and values[8] in _COUNTRIES_PASSED:
        return _trusted(MeetingReported, _MEETING_FIELDS, values)
    event = MeetingReported(**dict(zip(_MEETING_FIELDS, values, strict=True)))  # type: ignore[arg-type]
    if len(_COUNTRIES_PASSED) >= _SHARED_LIMIT:
        _COUNTRIES_PASSED.clear()
    _COUNTRIES_PASSED.add(event.countries)  # they passed the validator
    return event


_COUNTRIES_PASSED: set[tuple[str, ...]] = set()  # meetings' tuples of country codes that passed


def _observation(_: str, row: _ObservationRow) -> OfficeObserved:
    country, title, family = row.country, row.title, row.family
    return OfficeObserved(
        article=_intern(row.article),
        extractor=_intern(row.extractor),
        name=_intern(row.name),
        family=None if family is None else _intern(family),
        country=None if country is None else _intern(country),
        role=_intern(row.role),
        title=None if title is None else _intern(title),
        status=_intern(row.status),
        date=read_date(row.date),
        evidence=_evidence(row.evidence),
    )


def _light_observation(event_id: str, row: _ObservationRow) -> LightObservation | None:
    office = (row.extractor, row.name, row.family, row.country, row.role, row.title, row.status)
    known = _OFFICES.get(office)  # the same person in the same office, observation after observation
    if known is None:
        if office[4] not in ROLES or office[6] not in STATUSES:
            return None
        _COUNTRY.validator(None, _COUNTRY, office[3])  # type: ignore[misc]
        known = tuple(None if value is None else _intern(value) for value in office)
        if len(_OFFICES) >= _SHARED_LIMIT:
            _OFFICES.clear()
        _OFFICES[office] = known
    article = row.article
    # the evidence is not kept, but checked as Evidence checks it
    for checked in (article, row.evidence.article):
        if checked not in _ARTICLE_PASSED:
            _ARTICLE.validator(None, _ARTICLE, checked)  # type: ignore[misc]
    # its own constructor
    return _tuple_new(LightObservation, (event_id, _intern(article), *known, read_date(row.date)))


def _article(_: str, row: _ArticleRow) -> ArticleIngested:
    return _article_from(row, keep_text=True)


def _light_article(_: str, row: _ArticleRow) -> ArticleIngested:
    return _article_from(row, keep_text=False)


def _article_from(row: _ArticleRow, *, keep_text: bool) -> ArticleIngested:
    """The article; without ``keep_text`` its text and raw header are checked (by the row) but not kept."""
    source, dateline, language, published = row.source, row.dateline, row.language, row.published
    article = _intern(row.article)
    _ARTICLE.validator(None, _ARTICLE, article)  # type: ignore[misc] # its one validator, run here
    values = (
        article,
        row.text if keep_text else "",
        row.title,  # titles, URLs and file names are the article's own: not shared
        None if source is None else _intern(source),
        row.url,
        None if published is None else _day(published),
        None if dateline is None else _intern(dateline),
        None if language is None else _intern(language),
        row.filename,
        row.header if keep_text else NO_HEADER,
    )
    return _trusted(ArticleIngested, _ARTICLE_FIELDS, values)  # its validator has passed: not run again


_ARTICLE, _COUNTRY = attrs.fields(OfficeObserved).article, attrs.fields(OfficeObserved).country
_ARTICLE_PASSED: set[str] = _ARTICLE.validator.passed  # type: ignore[union-attr] # ids the validator has seen pass


class _Kind(NamedTuple):
    kind: str
    version: int
    row: type[msgspec.Struct]
    line: type[msgspec.Struct]  # a whole stored line of this kind: the envelope, its payload as a row
    record: type[msgspec.Struct]  # the same with every key of the envelope, and no other
    whole: Callable[[str, Any], Event | None]  # (event id, row) to event
    light: Callable[[str, Any], Event | LightObservation | None]


def _kind(
    cls: type, row: type[msgspec.Struct], whole: Callable[..., Any], light: Callable[..., Any]
) -> _Kind:
    kind: str = cls.kind  # type: ignore[attr-defined]
    fields = [("batch", tuple[int, int]), ("id", str), ("version", int), ("payload", row)]
    line = msgspec.defstruct(f"{row.__name__}Line", fields, tag_field="kind", tag=kind)
    chained = [*fields, ("hash", str), ("prev", str), ("recorded_at", str), ("seq", int)]
    record = msgspec.defstruct(
        f"{row.__name__}Record", chained, tag_field="kind", tag=kind, forbid_unknown_fields=True
    )
    return _Kind(kind, cls.version, row, line, record, whole, light)  # type: ignore[attr-defined]


_FAST: dict[str, _Kind] = {
    MeetingReported.kind: _kind(MeetingReported, _MeetingRow, _meeting, _meeting),
    OfficeObserved.kind: _kind(OfficeObserved, _ObservationRow, _observation, _light_observation),
    ArticleIngested.kind: _kind(ArticleIngested, _ArticleRow, _article, _light_article),
}
_ROW_FAULTS = (msgspec.ValidationError, TypeError, ValueError, KeyError, AttributeError, DateError)
_read_line = msgspec.json.Decoder(_Line).decode
_read_hot_line = msgspec.json.Decoder(Union[tuple(fast.line for fast in _FAST.values())]).decode  # by "kind"
_read_hot_record = msgspec.json.Decoder(Union[tuple(fast.record for fast in _FAST.values())]).decode
_read_json = msgspec.json.Decoder().decode


def _fast(kind: str, version: int, payload: Payload) -> Event | None:
    """The event from a payload already read into Python values, or ``None``: let cattrs decide."""
    fast = _FAST.get(kind)
    if fast is None or version != fast.version:
        return None
    try:
        return fast.whole("", msgspec.convert(payload, fast.row))
    except _ROW_FAULTS:
        return None


def _retraction(kind: str, version: int, payload: Payload) -> Event | None:
    """A well-formed retraction from its payload, or ``None``: let cattrs decide.

    The projection store follows a retraction of a meeting report in a
    tenth of a second; making the converter to read the retraction would
    cost as much again.
    """
    if kind != EventRetracted.kind or version != EventRetracted.version or len(payload) != 2:  # noqa: PLR2004
        return None
    event, reason = payload.get("event"), payload.get("reason")
    if type(event) is not str or type(reason) is not str:
        return None
    return EventRetracted(event=event, reason=reason)


def line_reader(*, light: bool = False) -> Callable[[bytes], tuple[int, int, Event | LightObservation]]:
    """A function from a stored line's bytes to (index in its batch, batch size, event).

    The event is decoded as ``from_payload`` would. With ``light``, what a
    fold that keeps no observations nor texts needs: an office observation
    comes as a ``LightObservation``, an article without its text and raw
    header (both still checked).

    Raises (the function):
        msgspec.DecodeError, UnicodeDecodeError: the line is not JSON, is not UTF-8, or lacks a field of
            the envelope.
        DecodeError: as ``from_payload``.
    """
    table = {fast.line: (fast.version, fast.light if light else fast.whole) for fast in _FAST.values()}

    def read(raw: bytes) -> tuple[int, int, Event | LightObservation]:
        try:
            hot = _read_hot_line(raw)  # one of the common kinds, its payload as a row: one pass in C
        except msgspec.ValidationError:
            hot = None  # another kind, or a payload only cattrs reads (malformed JSON is raised)
        if hot is not None:
            version, build = table[type(hot)]
            try:
                found = build(hot.id, hot.payload) if hot.version == version else None
            except _ROW_FAULTS:
                found = None
            if found is not None:
                return hot.batch[0], hot.batch[1], found
        line = _read_line(raw)
        return line.batch[0], line.batch[1], from_payload(line.kind, line.version, _read_json(line.payload))

    return read


# A stored line as a record: seq, id, kind, version, recorded_at, batch, event, prev, hash (``chain.Record``)
RecordFields = tuple[int, str, str, int, str, tuple[int, int], Event, str, str]
# The same with the event as ``line_reader(light=True)`` reads it (``store.Log.fold_events_after``)
LightRecordFields = tuple[int, str, str, int, str, tuple[int, int], Event | LightObservation, str, str]


def light_record_reader() -> Callable[[bytes], LightRecordFields | None]:
    """``record_reader``, the event read light as ``line_reader(light=True)`` reads it.

    For a rebuild of the projection store, which needs each line's place in
    the chain (its position) but, of its events, only what a fold that
    keeps no text reads: an office observation as a ``LightObservation``,
    an article without its text and raw header.
    """
    return _record_reader(light=True)


def record_reader() -> Callable[[bytes], RecordFields | None]:
    """A function from a stored line's bytes to its record's fields, for the common kinds; else None.

    What ``chain.to_record(path, n, chain.parse_envelope(path, n, line))``
    gives for a line of one of the common kinds, read in one pass (msgspec
    reads the envelope and the payload as typed rows; the event is built as
    ``from_payload`` builds it), without the envelope as nested dicts and
    the payload converted from them. None for anything else (another kind,
    an older version, a key missing or added, a value of another type, a
    batch marker out of range, malformed JSON): the caller reads the line
    the slow way, which gives the record or names the fault as before.
    """
    return _record_reader(light=False)  # type: ignore[return-value] # without light, whole events only


def _record_reader(*, light: bool) -> Callable[[bytes], LightRecordFields | None]:
    """``record_reader``; with ``light`` the events built as ``line_reader(light=True)`` builds them."""
    table = {fast.record: (fast, fast.light if light else fast.whole) for fast in _FAST.values()}

    def read(raw: bytes) -> LightRecordFields | None:
        try:
            hot = _read_hot_record(raw)
        except ValueError:  # msgspec's DecodeError and ValidationError: the slow way says what is wrong
            return None
        fast, build = table[type(hot)]
        index, size = batch = hot.batch
        if hot.version != fast.version or not 0 <= index < size:
            return None
        try:
            event = build(hot.id, hot.payload)
        except _ROW_FAULTS:
            return None
        if event is None:
            return None
        return (hot.seq, hot.id, fast.kind, hot.version, hot.recorded_at, batch, event, hot.prev, hot.hash)

    return read


# -- records of the projection store, without the converter --------------------------------
#
# The projection store keeps meetings, tenures, changes and article headers as
# the converter unstructures them. An update of the store after one new article
# writes a few of those rows and reads back the meetings of the parts it
# touches; making the converter for that (cattrs generating hooks for every
# event class) cost more than the update. ``to_data`` gives the same values
# (tests/test_codec.py compares them), and ``meeting_from_data`` reads a stored
# meeting through msgspec rows and the fast path's builders. A view reads
# tenures and changes through ``record_from_data``, so that one which shows
# them (``country``, ``changes``, ``offices``, ``people``) does not make the
# converter either.


def to_data(value: object) -> Any:  # noqa: ANN401 - any JSON value
    """A record as JSON-ready data, as ``converter().unstructure(value, type(value))`` gives it.

    For the projection store's records (meetings, tenures, changes, events
    as their classes, not the ``Event`` union: no ``kind`` tag): attrs
    classes as objects of their fields in order, dates as ISO text at their
    precision, tuples (named ones too) as arrays, mappings as objects.

    Raises:
        TypeError: a value of a type the records do not hold.

    """
    to = _TO_DATA.get(type(value))
    if to is None:
        to = _TO_DATA[type(value)] = _to_data_of(type(value))
    return to(value)


def _to_data_of(cls: type) -> Callable[[Any], Any]:
    """How ``to_data`` turns a value of ``cls`` into data."""
    if issubclass(cls, TextDate):
        return TextDate.to_str
    if issubclass(cls, dt.date):  # as the converter's hook for pendulum.Date writes any date
        return lambda value: value.isoformat()
    if issubclass(cls, str | int | float):  # subclasses too, as the converter passes them (bool is an int)
        return lambda value: value
    if attrs.has(cls):
        names = tuple(field.name for field in attrs.fields(cls) if field.init)
        return lambda value: {name: _item(getattr(value, name)) for name in names}
    if issubclass(cls, tuple | list):
        return lambda value: [_item(item) for item in value]
    if issubclass(cls, dict):
        return lambda value: {key: to_data(item) for key, item in value.items()}
    msg = f"not a record of the projection store: {cls.__name__}"
    raise TypeError(msg)


def _item(value: object) -> Any:  # noqa: ANN401 - any JSON value
    """``to_data`` of a field or an item: most are text, which is its own data."""
    return value if type(value) is str or value is None else to_data(value)


_TO_DATA: dict[type, Callable[[Any], Any]] = {
    str: lambda value: value,
    int: lambda value: value,
    float: lambda value: value,
    bool: lambda value: value,
    type(None): lambda value: value,
}


class _MeetingData(msgspec.Struct, forbid_unknown_fields=True):
    """A meeting as the projection store keeps it (``to_data``): its reports as the log's rows."""

    date: str | None
    kind: str
    place: str | None
    venue: str | None
    participants: tuple[tuple[str, str | None, str, str | None], ...]
    countries: tuple[str, ...]
    topics: tuple[str, ...]
    reports: tuple[_MeetingRow, ...]


_read_meeting_data = msgspec.json.Decoder(_MeetingData).decode


def meeting_from_data(data: str | bytes) -> Meeting:
    """A meeting from its JSON as ``to_data`` made it (as the converter would structure it).

    Raises:
        ValueError: not such JSON (a missing, unknown or mistyped field: ``msgspec.DecodeError``), or a
            value its class refuses (a date that is none among them).

    """
    row = _read_meeting_data(data)
    try:
        return Meeting(
            date=read_date(row.date),
            kind=row.kind,
            place=row.place,
            venue=row.venue,
            participants=tuple(Attendee(*attendee) for attendee in row.participants),
            countries=row.countries,
            topics=row.topics,
            reports=tuple(_meeting("", report) for report in row.reports),
        )
    except DateError as exc:  # as a damaged row: the store is thrown away, as when the converter refused it
        raise ValueError(str(exc)) from exc


def record_from_data(data: str | bytes, cls: type[_A]) -> _A:
    """A tenure or a change from its JSON as ``to_data`` made it (as the converter would structure it).

    For the store's flat records: attrs classes whose fields are all given,
    each text (or none), a date (``TextDate``) or a tuple of text. msgspec
    reads the JSON into a row of the class's fields, checked as it is read;
    the dates are then read as the converter's hook reads them.

    Raises:
        ValueError: not such JSON (a missing, unknown or mistyped field: ``msgspec.DecodeError``), or a date
            that is none.

    """
    found = _RECORD_ROWS.get(cls)
    if found is None:
        found = _RECORD_ROWS[cls] = _row_of_record(cls)
    read, dates = found
    row = read(data)
    values = {name: getattr(row, name) for name in row.__struct_fields__}
    try:
        for name in dates:
            values[name] = read_date(values[name])
    except DateError as exc:  # as a damaged row: the store is thrown away, as when the converter refused it
        raise ValueError(str(exc)) from exc
    return cls(**values)


_RecordRow = tuple[Callable[[str | bytes], Any], tuple[str, ...]]
_RECORD_ROWS: dict[type, _RecordRow] = {}  # each class's, made once


def _row_of_record(cls: type) -> _RecordRow:
    """The reader of ``cls``'s row (a date as text or null) and the names of its date fields.

    Raises:
        TypeError: ``cls`` has a field with a default (the row would not fill it as the converter does).

    """
    hints = get_type_hints(cls)
    fields = [field for field in attrs.fields(cls) if field.init]
    if any(field.default is not attrs.NOTHING for field in fields):
        msg = f"not a record of given fields: {cls.__name__}"
        raise TypeError(msg)
    dates = tuple(field.name for field in fields if hints[field.name] is TextDate)
    shape = [(field.name, str | None if field.name in dates else hints[field.name]) for field in fields]
    row = msgspec.defstruct(f"_{cls.__name__}Data", shape, forbid_unknown_fields=True)
    return msgspec.json.Decoder(row).decode, dates


def _describe(exc: BaseException, cls: type | None) -> str:
    """cattrs' words for a fault, with a validator's own message (which names the field and the value)."""
    import cattrs  # noqa: PLC0415 - a fault is named only after the converter (which loads it) failed
    from cattrs.v import format_exception  # noqa: PLC0415 - the same

    if isinstance(exc, ValueError) and not isinstance(exc, cattrs.BaseValidationError):
        return f"invalid value ({exc})"
    return format_exception(exc, cls)


def event_id(event: Event) -> str:
    """A stable id from the event's kind and content (its article is part of it)."""
    payload = _meeting_payload(event) if type(event) is MeetingReported else to_payload(event)
    digest = hashlib.sha256(f"{event.kind}\n{dumps(payload)}".encode())
    return digest.hexdigest()[:24]


def _meeting_payload(meeting: MeetingReported) -> Payload:
    """A meeting report's payload as ``to_payload`` makes it, without the converter: ``to_data`` of a report.

    A view of meetings prints the id of every report it shows, and a fold
    with retractions makes the id of every report: neither then makes the
    converter (cattrs and its hooks, tens of milliseconds) nor goes through
    its hooks for each report. The projection store writes each meeting's
    reports through it, field by field rather than through ``to_data``'s
    walk of the class (tests/test_codec.py compares the ids, and the bytes
    ``to_data`` gives with the converter's).
    """
    evidence = meeting.evidence
    return {
        "article": meeting.article,
        "extractor": meeting.extractor,
        "date": meeting.date.to_str(),
        "date_from": meeting.date_from,
        "meeting_kind": meeting.meeting_kind,
        "place": meeting.place,
        "venue": meeting.venue,
        "participants": [
            {
                "name": p.name,
                "country": p.country,
                "role": p.role,
                "title": p.title,
                "status": p.status,
                "family": p.family,
            }
            for p in meeting.participants
        ],
        "countries": list(meeting.countries),
        "topics": list(meeting.topics),
        "evidence": {
            "article": evidence.article,
            "start": evidence.start,
            "end": evidence.end,
            "sentence": evidence.sentence,
        },
    }


_TO_DATA[MeetingReported] = _meeting_payload  # the projection store writes every report of every meeting


def _merged_meeting_data(meeting: Meeting) -> dict[str, Any]:
    """``to_data`` of a merged meeting, field by field (as ``_meeting_payload`` for its reports): a rebuild of the
    projection store makes it for every meeting of the log (tests/test_codec.py compares the bytes)."""
    return {
        "date": meeting.date.to_str(),
        "kind": meeting.kind,
        "place": meeting.place,
        "venue": meeting.venue,
        "participants": [list(attendee) for attendee in meeting.participants],
        "countries": list(meeting.countries),
        "topics": list(meeting.topics),
        "reports": [_meeting_payload(report) for report in meeting.reports],
    }


_TO_DATA[Meeting] = _merged_meeting_data


def _article_data(article: ArticleIngested) -> dict[str, Any]:
    """``to_data`` of an article, field by field: a rebuild of the projection store makes it for every article."""
    published = article.published
    return {
        "article": article.article,
        "text": article.text,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": None if published is None else published.isoformat(),
        "dateline": article.dateline,
        "language": article.language,
        "filename": article.filename,
        "header": dict(article.header),
    }


_TO_DATA[ArticleIngested] = _article_data
