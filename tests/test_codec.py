"""The codec: every event kind survives the trip to JSON and back."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.codec import dumps, event_id, from_payload, to_payload
from timeline.errors import DecodeError
from timeline.model import EVENT_TYPES, KINDS, ArticleIngested, Evidence, MeetingReported, OfficeObserved
from timeline.textdate import TextDate

from . import strategies as s


@pytest.mark.parametrize(
    "strategy", [s.articles(), s.meetings(), s.observations()], ids=["article", "meeting", "office"]
)
@given(data=st.data())
def test_every_kind_round_trips(strategy: st.SearchStrategy[object], data: st.DataObject) -> None:
    """from_payload(to_payload(e)) == e for every event kind, through real JSON text."""
    event = data.draw(strategy)
    line = dumps(to_payload(event))
    assert from_payload(event.kind, event.version, json.loads(line)) == event


def test_every_kind_has_a_fixed_tag_and_version() -> None:
    """Kinds are fixed strings distinct from class names, each with a version."""
    assert len(KINDS) == len(EVENT_TYPES)
    for cls in EVENT_TYPES:
        assert cls.kind != cls.__name__
        assert cls.version >= 1


ARTICLE = "ab" * 16
OFFICE = OfficeObserved(
    article=ARTICLE,
    extractor="rules-1",
    name="Penny Wong",
    country="AU",
    role="foreign minister",
    date=TextDate.from_iso("2024-07-29"),
    evidence=Evidence(article=ARTICLE, start=0, end=10, sentence="Penny Wong spoke."),
)
MEETING = MeetingReported(
    article=ARTICLE,
    extractor="rules-1",
    date=TextDate.from_iso("2024-07"),
    meeting_kind="call",
    evidence=Evidence(article=ARTICLE, start=0, end=10, sentence="They spoke."),
)


def test_unknown_field_is_refused_with_its_name() -> None:
    """A payload with a field the schema lacks is refused, naming the field."""
    payload = {**to_payload(OFFICE), "mood": "sunny"}
    with pytest.raises(DecodeError, match="mood"):
        from_payload(OFFICE.kind, OFFICE.version, payload)


def test_wrong_type_is_refused_with_its_path() -> None:
    """A field of the wrong shape is refused with the field's path in the message."""
    payload = {**to_payload(MEETING), "date": 20241114}
    with pytest.raises(DecodeError, match="date"):
        from_payload(MEETING.kind, MEETING.version, payload)


def test_newer_version_is_refused() -> None:
    """A version newer than the program is refused with advice to upgrade."""
    event = ArticleIngested(article=ARTICLE, text="x")
    with pytest.raises(DecodeError, match="upgrade"):
        from_payload(event.kind, event.version + 1, to_payload(event))


def test_unknown_kind_is_refused() -> None:
    """An unknown kind tag is refused."""
    with pytest.raises(DecodeError, match="unknown event kind"):
        from_payload("border-closed", 1, {})


@given(s.events)
def test_event_id_is_stable_and_content_derived(event: object) -> None:
    """The same event always gets the same id, and the id is hex."""
    assert event_id(event) == event_id(event)  # type: ignore[arg-type]
    int(event_id(event), 16)  # type: ignore[arg-type]
