"""The one cattrs converter, and the event <-> payload <-> line conversions.

Owns how events look as JSON: dates as ISO strings at their precision, the
``kind`` tag, schema versions and the upcasters that read old versions.
Lines are written canonically (sorted keys, no ASCII escaping, no spaces), so
the bytes of a line are a function of its content and ``verify`` can insist
on them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import attrs
import cattrs
import pendulum
from cattrs.preconf.json import make_converter as make_json_converter
from cattrs.strategies import configure_tagged_union
from cattrs.v import format_exception

from timeline.errors import DateError, DecodeError
from timeline.model import (
    KINDS,
    ROLES,
    STATUSES,
    ArticleIngested,
    Event,
    Evidence,
    MeetingReported,
    OfficeObserved,
    Participant,
)
from timeline.textdate import TextDate

Payload = dict[str, Any]

# (kind, stored version) -> function lifting a payload to the next version.
UPCASTERS: dict[tuple[str, int], Callable[[Payload], Payload]] = {}


def make_converter() -> cattrs.Converter:
    """Build the converter: simple types first, then the tagged ``Event`` union."""
    converter = make_json_converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
    converter.register_structure_hook(pendulum.Date, _structure_date)
    converter.register_unstructure_hook(TextDate, lambda d: d.to_str())
    converter.register_structure_hook(TextDate, _structure_textdate)
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


CONVERTER = make_converter()


def to_payload(event: Event) -> Payload:
    """The event's fields as JSON-ready data, without the ``kind`` tag."""
    data: Payload = CONVERTER.unstructure(event, Event)
    data.pop("kind", None)
    return data


def from_payload(kind: str, version: int, payload: Payload) -> Event:
    """Rebuild an event from its stored kind, version and payload.

    Raises:
        DecodeError: unknown kind, a version newer than this program, or a
            payload that does not fit the schema (the message names the field).

    """
    cls = KINDS.get(kind)
    fast = _FAST.get(kind)
    if fast is not None and version == cls.version:  # type: ignore[union-attr]
        try:
            found = fast(payload)
        except (TypeError, ValueError, KeyError, AttributeError, DateError):
            found = None  # a missing field, another type, a validator refused: cattrs below names what and where
        if found is not None:
            return found
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
        event: Event = CONVERTER.structure(payload, cls)  # the kind is known: no union dispatch, no copy
    except Exception as exc:  # cattrs raises exception groups; name the fields
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
# kinds. For those, the functions below build the event straight from the
# payload: the same classes and the same validators as cattrs would use, but
# with each field's type checked inline and repeated strings shared
# (``sys.intern``: one object per distinct name, title, article id or sentence
# while anything holds it, so memory follows the projections). They return
# ``None`` at anything unusual (a missing or extra key, a value of another
# type), and ``from_payload`` then lets cattrs decide, so a bad line gets
# cattrs' message naming the field.

_intern = sys.intern
_EVIDENCE_KEYS = frozenset(("article", "start", "end", "sentence"))
_PARTICIPANT_KEYS = frozenset(("name", "country", "role", "title", "status", "family"))
_OPTIONAL_TEXT = ("title", "source", "url", "dateline", "language", "filename")
_REPEATED_TEXT = ("source", "dateline", "language")


def _fast_date(value: object) -> TextDate:
    if value is None:
        return _UNKNOWN
    return _textdate(value)  # lru_cache raises TypeError on a list or dict; from_iso fails on a number


_UNKNOWN = TextDate.unknown()


def _fast_evidence(data: Payload) -> Evidence:
    # sys.intern raises TypeError for anything but a string: the type check comes with the sharing
    if data.keys() != _EVIDENCE_KEYS:
        raise TypeError
    start, end = data["start"], data["end"]
    if type(start) is not int or type(end) is not int:
        raise TypeError
    return Evidence(article=_intern(data["article"]), start=start, end=end, sentence=_intern(data["sentence"]))


def _fast_participant(data: Payload) -> Participant:
    if not data.keys() <= _PARTICIPANT_KEYS:
        raise TypeError
    get = data.get
    country, title, family = get("country"), get("title"), get("family")
    fields = (
        _intern(data["name"]),
        None if country is None else _intern(country),
        _intern(get("role", "other")),
        None if title is None else _intern(title),
        _intern(get("status", "holder")),
        None if family is None else _intern(family),
    )
    found = _PARTICIPANTS.get(fields)
    if found is None:  # the same person in the same office comes back meeting after meeting: one object
        if len(_PARTICIPANTS) >= _SHARED_LIMIT:
            _PARTICIPANTS.clear()
        name, country, role, title, status, family = fields
        found = _PARTICIPANTS[fields] = Participant(
            name=name, country=country, role=role, title=title, status=status, family=family
        )
    return found


def _texts(value: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise TypeError
    return shared(tuple(map(_intern, value)))


def shared(found: _T) -> _T:
    """One object for equal tuples (the same countries, topics or participants again and again; bounded)."""
    shared = _TUPLES.get(found)
    if shared is None:
        if len(_TUPLES) >= _SHARED_LIMIT:
            _TUPLES.clear()
        shared = _TUPLES[found] = found
    return shared  # type: ignore[return-value]


_T = TypeVar("_T", bound=tuple[object, ...])
_SHARED_LIMIT = 1 << 14  # bounded: a long read (verify, export) stays flat
_PARTICIPANTS: dict[tuple[str | None, ...], Participant] = {}
_TUPLES: dict[tuple[object, ...], tuple[object, ...]] = {}


def _fast_meeting(payload: Payload) -> MeetingReported | None:
    if not payload.keys() <= _MEETING_KEYS:
        return None
    get = payload.get
    participants, place, venue = get("participants", []), get("place"), get("venue")
    if type(participants) is not list:
        raise TypeError
    return MeetingReported(
        article=_intern(payload["article"]),
        extractor=_intern(payload["extractor"]),
        date=_fast_date(payload["date"]),
        date_from=_intern(get("date_from", "text")),
        meeting_kind=_intern(payload["meeting_kind"]),
        place=None if place is None else _intern(place),
        venue=None if venue is None else _intern(venue),
        participants=shared(tuple(map(_fast_participant, participants))),
        countries=_texts(get("countries", [])),
        topics=_texts(get("topics", [])),
        evidence=_fast_evidence(payload["evidence"]),
    )


def _fast_observation(payload: Payload) -> OfficeObserved | None:
    if not payload.keys() <= _OBSERVATION_KEYS:
        return None
    get = payload.get
    country, title, family = get("country"), get("title"), get("family")
    return OfficeObserved(
        article=_intern(payload["article"]),
        extractor=_intern(payload["extractor"]),
        name=_intern(payload["name"]),
        family=None if family is None else _intern(family),
        country=None if country is None else _intern(country),
        role=_intern(payload["role"]),
        title=None if title is None else _intern(title),
        status=_intern(get("status", "holder")),
        date=_fast_date(payload["date"]),
        evidence=_fast_evidence(payload["evidence"]),
    )


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


def light_from_payload(
    event_id: str, kind: str, version: int, payload: Payload
) -> Event | LightObservation | None:
    """What a fold that keeps no observations nor texts needs of an event, or ``None``: decode it whole.

    An office observation comes as a ``LightObservation``, an article without
    its text and raw header (both still checked). ``None`` for other kinds and
    for anything unusual: ``from_payload`` then decodes the event and names
    what is wrong.
    """
    light = _LIGHT.get(kind)
    if light is None or version != KINDS[kind].version:
        return None
    try:
        return light(event_id, payload)
    except (TypeError, ValueError, KeyError, AttributeError, DateError):
        return None


def _light_observation(event_id: str, payload: Payload) -> LightObservation | None:
    if not payload.keys() <= _OBSERVATION_KEYS or type(payload.get("evidence")) is not dict:
        return None
    get = payload.get
    article, role = payload["article"], payload["role"]
    country, title, family, status = get("country"), get("title"), get("family"), get("status", "holder")
    if role not in ROLES or status not in STATUSES or payload["evidence"].keys() != _EVIDENCE_KEYS:
        return None
    _ARTICLE.validator(None, _ARTICLE, article)  # type: ignore[misc]
    _COUNTRY.validator(None, _COUNTRY, country)  # type: ignore[misc]
    return LightObservation(
        event_id,
        _intern(article),
        _intern(payload["extractor"]),
        _intern(payload["name"]),
        None if family is None else _intern(family),
        None if country is None else _intern(country),
        _intern(role),
        None if title is None else _intern(title),
        _intern(status),
        _fast_date(payload["date"]),
    )


NO_HEADER: dict[str, str] = {}  # shared by every light article: never written to


def _fast_article(payload: Payload, *, keep_text: bool = True) -> ArticleIngested | None:
    """The article; without ``keep_text`` its text and raw header are checked but not kept."""
    if not payload.keys() <= _ARTICLE_KEYS:
        return None
    get = payload.get
    header = get("header", {})
    if type(header) is not dict or not all(type(k) is str and type(v) is str for k, v in header.items()):
        raise TypeError
    published, text = get("published"), payload["text"]
    if type(text) is not str:
        raise TypeError
    optional = {field: get(field) for field in _OPTIONAL_TEXT}
    if not all(value is None or type(value) is str for value in optional.values()):
        raise TypeError
    for field in _REPEATED_TEXT:  # titles, URLs and file names are the article's own: not shared
        value = optional[field]
        if value is not None:
            optional[field] = _intern(value)
    return ArticleIngested(
        article=_intern(payload["article"]),
        text=text if keep_text else "",
        published=None if published is None else _day(published),
        header=header if keep_text else NO_HEADER,
        **optional,
    )


def _field_names(cls: type) -> frozenset[str]:
    return frozenset(field.name for field in attrs.fields(cls))


_ARTICLE, _COUNTRY = attrs.fields(OfficeObserved).article, attrs.fields(OfficeObserved).country
_MEETING_KEYS = _field_names(MeetingReported)
_OBSERVATION_KEYS = _field_names(OfficeObserved)
_ARTICLE_KEYS = _field_names(ArticleIngested)
_LIGHT: dict[str, Callable[[str, Payload], Event | LightObservation | None]] = {
    OfficeObserved.kind: _light_observation,
    ArticleIngested.kind: lambda _, payload: _fast_article(payload, keep_text=False),
}
_FAST: dict[str, Callable[[Payload], Event | None]] = {
    MeetingReported.kind: _fast_meeting,
    OfficeObserved.kind: _fast_observation,
    ArticleIngested.kind: _fast_article,
}


def _describe(exc: BaseException, cls: type | None) -> str:
    """cattrs' words for a fault, with a validator's own message (which names the field and the value)."""
    if isinstance(exc, ValueError) and not isinstance(exc, cattrs.BaseValidationError):
        return f"invalid value ({exc})"
    return format_exception(exc, cls)


def dumps(data: object) -> str:
    """Canonical JSON: sorted keys, UTF-8 as is, no insignificant whitespace."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_id(event: Event) -> str:
    """A stable id from the event's kind and content (its article is part of it)."""
    digest = hashlib.sha256(f"{event.kind}\n{dumps(to_payload(event))}".encode())
    return digest.hexdigest()[:24]
