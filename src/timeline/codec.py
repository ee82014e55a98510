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
from collections.abc import Callable
from typing import Any

import cattrs
import pendulum
from cattrs.preconf.json import make_converter as make_json_converter
from cattrs.strategies import configure_tagged_union

from timeline.errors import DecodeError
from timeline.model import KINDS, Event
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
            "; ".join(cattrs.transform_error(exc))
            if isinstance(exc, cattrs.BaseValidationError)
            else str(exc)
        )
        msg = f"{kind} payload does not fit its schema: {details}"
        raise DecodeError(msg) from exc
    return event


def dumps(data: object) -> str:
    """Canonical JSON: sorted keys, UTF-8 as is, no insignificant whitespace."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_id(event: Event) -> str:
    """A stable id from the event's kind and content (its article is part of it)."""
    digest = hashlib.sha256(f"{event.kind}\n{dumps(to_payload(event))}".encode())
    return digest.hexdigest()[:24]
