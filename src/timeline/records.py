"""The JSON records CONTRACT.md gives meetings, tenures and changes, and their one-line forms.

The views print them (``render``), and the projection store keeps each
meeting's, tenure's and change's line ready (``cache``), so that a warm
JSON-lines view prints stored lines. Their own module so that the store, as
it is brought up to date, does not import the views and what they stand on
(tables, CSV, the people and offices lists, the gazetteer).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from timeline.model import Event
from timeline.world import Change, FirstMeeting, JoinedGrouping, Meeting, NewOffice, Tenure


def event_id(event: Event) -> str:
    """The event's id (``codec.event_id``; the codec is loaded only by views that make ids)."""
    from timeline import codec  # noqa: PLC0415 - a warm view of stored lines never needs the converter

    return codec.event_id(event)


# ``json.dumps`` with any option makes an encoder per call: a rebuild of the store writes a line per meeting
_LINE = json.JSONEncoder(ensure_ascii=False, sort_keys=False)


def json_line(data: object) -> str:
    """One JSON line as the views print it: the keys in the record's order, UTF-8 as is."""
    return _LINE.encode(data)


def meeting_line(meeting: Meeting, ids: Iterable[str] | None = None) -> str:
    """A merged meeting as one JSON line (``meeting_record``); ``ids``: its reports' event ids, when known."""
    return json_line(meeting_record(meeting, ids))


def meeting_record(meeting: Meeting, ids: Iterable[str] | None = None) -> dict[str, Any]:
    """A merged meeting as JSON: the CONTRACT.md meeting fields and its sources.

    ``ids``: the event ids of its reports, in order, when the caller has
    them (otherwise each is made from its report).
    """
    events = list(ids) if ids is not None else [event_id(r) for r in meeting.reports]
    return {
        "type": "meeting",
        "date": meeting.date.iso(),
        "date_approx": meeting.date.approx,
        "kind": meeting.kind,
        "place": meeting.place,
        "venue": meeting.venue,
        "participants": [
            {"name": name, "country": country, "role": role, "title": title}
            for name, country, role, title in meeting.participants
        ],
        "countries": list(meeting.countries),
        "topics": list(meeting.topics),
        "sources": [
            {"article": r.article, "event": event, "sentence": r.evidence.sentence}
            for r, event in zip(meeting.reports, events, strict=True)
        ],
    }


def tenure_record(tenure: Tenure) -> dict[str, Any]:
    """A tenure as JSON."""
    return {
        "type": "tenure",
        "country": tenure.country,
        "role": tenure.role,
        "name": tenure.person,
        "first_seen": tenure.first_seen.iso(),
        "last_seen": tenure.last_seen.iso(),
        "articles": list(tenure.articles),
    }


def tenure_line(tenure: Tenure) -> str:
    """A tenure as one JSON line (``tenure_record``)."""
    return json_line(tenure_record(tenure))


def change_line(change: Change) -> str:
    """A change as one JSON line (``change_record``)."""
    return json_line(change_record(change))


def change_record(change: Change) -> dict[str, Any]:
    """The CONTRACT.md form of a change."""
    if isinstance(change, JoinedGrouping):
        return {
            "kind": change.kind,
            "country": change.country,
            "grouping": change.grouping,
            "date": change.date.iso(),
            "article": change.article,
        }
    if isinstance(change, FirstMeeting):
        return {
            "kind": change.kind,
            "countries": list(change.countries),
            "people": list(change.people),
            "date": change.date.iso(),
            "article": change.article,
        }
    if isinstance(change, NewOffice):
        return {
            "kind": change.kind,
            "country": change.country,
            "role": change.role,
            "before": {
                "name": previous_office(change),
                "last_seen": change.previous_last_seen.iso(),
                "article": change.previous_article,
            },
            "after": {
                "name": change.person,
                "first_seen": change.first_seen.iso(),
                "article": change.article,
            },
        }
    return {
        "kind": change.kind,
        "country": change.country,
        "role": change.role,
        "before": {
            "name": change.before,
            "last_seen": change.before_last_seen.iso(),
            "article": change.before_article,
        },
        "after": {
            "name": change.after,
            "first_seen": change.after_first_seen.iso(),
            "article": change.after_article,
        },
    }


def previous_office(change: NewOffice) -> str:
    """The office a person was last seen in before a new one, as the views name it: "role (country)"."""
    return f"{change.previous_role} ({change.previous_country})"
