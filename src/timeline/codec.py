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
            found = fast("", payload)
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
# ``None`` or raise at anything unusual (a missing or extra key: the log writes
# every field, so only a payload with them all, and no other, is read here; a
# value of another type), and ``from_payload`` then lets cattrs decide, which
# fills defaults, or names the field in a bad line.

_intern = sys.intern
_EVIDENCE_KEYS = frozenset(("article", "start", "end", "sentence"))
_PARTICIPANT_KEYS = frozenset(("name", "country", "role", "title", "status", "family"))


def _fast_date(value: object) -> TextDate:
    if value is None:
        return _UNKNOWN
    return _textdate(value)  # lru_cache raises TypeError on a list or dict; from_iso fails on a number


_UNKNOWN = TextDate.unknown()


def _fast_evidence(data: Payload) -> Evidence:
    # sys.intern raises TypeError for anything but a string: the type check comes with the sharing
    article, start, end, sentence = data["article"], data["start"], data["end"], data["sentence"]
    if len(data) != len(_EVIDENCE_KEYS) or type(start) is not int or type(end) is not int:
        raise TypeError  # four keys, each found: no other
    return Evidence(article=_intern(article), start=start, end=end, sentence=_intern(sentence))


def _fast_participant(data: Payload) -> Participant:
    found = _PARTICIPANTS_WRITTEN.get(tuple(data.items()))  # the same dict again: no field to look at
    if found is not None:
        return found
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
    if len(_PARTICIPANTS_WRITTEN) >= _SHARED_LIMIT:
        _PARTICIPANTS_WRITTEN.clear()
    _PARTICIPANTS_WRITTEN[tuple(data.items())] = found
    return found


def _texts(value: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise TypeError
    written = tuple(value)
    found = _TEXTS.get(written)
    if found is None:
        found = shared(tuple(map(_intern, value)))  # sys.intern: strings only
        if len(_TEXTS) >= _SHARED_LIMIT:
            _TEXTS.clear()
        _TEXTS[written] = found
    return found


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
_PARTICIPANTS_WRITTEN: dict[tuple[tuple[str, object], ...], Participant] = {}  # by the payload's items
_TEXTS: dict[tuple[object, ...], tuple[str, ...]] = {}  # by the payload's list
_TUPLES: dict[tuple[object, ...], tuple[object, ...]] = {}


def _fast_meeting(_: str, payload: Payload) -> MeetingReported | None:
    if len(payload) != len(_MEETING_KEYS):  # then each key read below is found: no other key is there
        return None
    participants, place, venue = payload["participants"], payload["place"], payload["venue"]
    if type(participants) is not list:
        raise TypeError
    return MeetingReported(
        article=_intern(payload["article"]),
        extractor=_intern(payload["extractor"]),
        date=_fast_date(payload["date"]),
        date_from=_intern(payload["date_from"]),
        meeting_kind=_intern(payload["meeting_kind"]),
        place=None if place is None else _intern(place),
        venue=None if venue is None else _intern(venue),
        participants=shared(tuple(map(_fast_participant, participants))),
        countries=_texts(payload["countries"]),
        topics=_texts(payload["topics"]),
        evidence=_fast_evidence(payload["evidence"]),
    )


def _fast_observation(_: str, payload: Payload) -> OfficeObserved | None:
    if len(payload) != len(_OBSERVATION_KEYS):
        return None
    country, title, family = payload["country"], payload["title"], payload["family"]
    return OfficeObserved(
        article=_intern(payload["article"]),
        extractor=_intern(payload["extractor"]),
        name=_intern(payload["name"]),
        family=None if family is None else _intern(family),
        country=None if country is None else _intern(country),
        role=_intern(payload["role"]),
        title=None if title is None else _intern(title),
        status=_intern(payload["status"]),
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


def decoder(*, light: bool = False) -> Callable[[Payload], Event | LightObservation]:
    """A function from a stored line's envelope to its event, as ``from_payload`` decodes it.

    With ``light``, what a fold that keeps no observations nor texts needs:
    an office observation comes as a ``LightObservation``, an article without
    its text and raw header (both still checked). Anything unusual goes to
    ``from_payload``, which decodes it whole or names what is wrong.

    Raises (the function):
        DecodeError: as ``from_payload``.
        KeyError, TypeError: the envelope lacks ``kind``, ``version`` or ``payload``.
    """
    table = {kind: (KINDS[kind].version, fast) for kind, fast in (_LIGHT if light else _FAST).items()}
    faults = (TypeError, ValueError, KeyError, AttributeError, DateError)

    def decode(envelope: Payload) -> Event | LightObservation:
        kind, version, payload = envelope["kind"], envelope["version"], envelope["payload"]
        fast = table.get(kind)
        if fast is not None and version == fast[0]:
            try:
                found = fast[1](envelope["id"], payload)
            except faults:
                found = None
            if found is not None:
                return found
        return from_payload(kind, version, payload)

    return decode


def _light_observation(event_id: str, payload: Payload) -> LightObservation | None:
    if len(payload) != len(_OBSERVATION_KEYS):
        return None
    evidence = payload["evidence"]
    if type(evidence) is not dict or evidence.keys() != _EVIDENCE_KEYS:
        return None
    office = (
        payload["extractor"],
        payload["name"],
        payload["family"],
        payload["country"],
        payload["role"],
        payload["title"],
        payload["status"],
    )
    known = _OFFICES.get(office)  # the same person in the same office, observation after observation
    if known is None:
        known = _office_fields(office)
        if known is None:
            return None
        if len(_OFFICES) >= _SHARED_LIMIT:
            _OFFICES.clear()
        _OFFICES[office] = known
    article, date = payload["article"], payload["date"]
    if article not in _ARTICLE_PASSED:
        _ARTICLE.validator(None, _ARTICLE, article)  # type: ignore[misc]
    return _tuple_new(  # LightObservation's own constructor, without its Python layer
        LightObservation, (event_id, _intern(article), *known, _UNKNOWN if date is None else _textdate(date))
    )


def _office_fields(office: tuple[object, ...]) -> tuple[str | None, ...] | None:
    """(extractor, name, family, country, role, title, status), checked and shared; ``None``: decode it whole."""
    extractor, name, _, country, role, _, status = office
    if type(extractor) is not str or type(name) is not str or role not in ROLES or status not in STATUSES:
        return None
    _COUNTRY.validator(None, _COUNTRY, country)  # type: ignore[misc, arg-type]
    return tuple(None if value is None else _intern(value) for value in office)  # type: ignore[call-overload]


_tuple_new = tuple.__new__
_OFFICES: dict[tuple[object, ...], tuple[str | None, ...]] = {}


NO_HEADER: dict[str, str] = {}  # shared by every light article: never written to


def _fast_article(_: str, payload: Payload) -> ArticleIngested | None:
    return _article(payload, keep_text=True)


def _light_article(_: str, payload: Payload) -> ArticleIngested | None:
    return _article(payload, keep_text=False)


def _article(payload: Payload, *, keep_text: bool) -> ArticleIngested | None:
    """The article; without ``keep_text`` its text and raw header are checked but not kept."""
    if len(payload) != len(_ARTICLE_KEYS):
        return None
    header, text = payload["header"], payload["text"]
    if type(header) is not dict or type(text) is not str:
        raise TypeError
    if header and not all(type(k) is str and type(v) is str for k, v in header.items()):
        raise TypeError
    title, url, filename = payload["title"], payload["url"], payload["filename"]
    if not (title is None or type(title) is str) or not (url is None or type(url) is str):
        raise TypeError
    if not (filename is None or type(filename) is str):
        raise TypeError
    # titles, URLs and file names are the article's own: not shared; sys.intern checks the type of the rest
    source, dateline, language = payload["source"], payload["dateline"], payload["language"]
    published = payload["published"]
    return ArticleIngested(
        article=_intern(payload["article"]),
        text=text if keep_text else "",
        title=title,
        source=None if source is None else _intern(source),
        url=url,
        published=None if published is None else _day(published),
        dateline=None if dateline is None else _intern(dateline),
        language=None if language is None else _intern(language),
        filename=filename,
        header=header if keep_text else NO_HEADER,
    )


def _field_names(cls: type) -> frozenset[str]:
    return frozenset(field.name for field in attrs.fields(cls))


_ARTICLE, _COUNTRY = attrs.fields(OfficeObserved).article, attrs.fields(OfficeObserved).country
_ARTICLE_PASSED: set[str] = _ARTICLE.validator.passed  # type: ignore[union-attr] # ids the validator has seen pass
_MEETING_KEYS = _field_names(MeetingReported)
_OBSERVATION_KEYS = _field_names(OfficeObserved)
_ARTICLE_KEYS = _field_names(ArticleIngested)
_FAST: dict[str, Callable[[str, Payload], Event | None]] = {
    MeetingReported.kind: _fast_meeting,
    OfficeObserved.kind: _fast_observation,
    ArticleIngested.kind: _fast_article,
}
_LIGHT: dict[str, Callable[[str, Payload], Event | LightObservation | None]] = {
    MeetingReported.kind: _fast_meeting,
    OfficeObserved.kind: _light_observation,
    ArticleIngested.kind: _light_article,
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
