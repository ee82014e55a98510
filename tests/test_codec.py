"""The codec: every event kind survives the trip to JSON and back."""

from __future__ import annotations

import hashlib
import json

import attrs
import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.codec import (
    CONVERTER,
    LightObservation,
    dumps,
    event_id,
    from_payload,
    line_reader,
    meeting_from_data,
    record_from_data,
    to_data,
    to_payload,
)
from timeline.errors import DecodeError
from timeline.model import (
    EVENT_TYPES,
    KINDS,
    ArticleIngested,
    Event,
    Evidence,
    MeetingReported,
    OfficeObserved,
)
from timeline.textdate import TextDate
from timeline.world import CHANGE_KINDS, JoinedGrouping, Meeting, Tenure

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
def test_an_event_id_hashes_the_payload_the_converter_makes(event: Event) -> None:
    """An event's id is the hash of its kind and its payload as the converter unstructures it, canonically."""
    expected = hashlib.sha256(f"{event.kind}\n{dumps(to_payload(event))}".encode()).hexdigest()[:24]
    assert event_id(event) == expected


def test_event_ids_do_not_change() -> None:
    """The ids of a meeting and an office observation are those every earlier version wrote."""
    assert event_id(MEETING) == "505ba2dc55f90613e5b7a015"
    assert event_id(OFFICE) == "696d8fae4a71fa52322882a9"


@given(s.events)
def test_event_id_is_stable_and_content_derived(event: object) -> None:
    """The same event always gets the same id, and the id is hex."""
    assert event_id(event) == event_id(event)  # type: ignore[arg-type]
    int(event_id(event), 16)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "strategy", [s.articles(), s.meetings(), s.observations()], ids=["article", "meeting", "office"]
)
@given(data=st.data())
def test_the_fast_decoder_builds_what_cattrs_builds(
    strategy: st.SearchStrategy[object], data: st.DataObject
) -> None:
    """The hot kinds skip cattrs when read; the event is the one cattrs would make from the same payload."""
    event = data.draw(strategy)
    payload = json.loads(dumps(to_payload(event)))
    assert from_payload(event.kind, event.version, payload) == CONVERTER.structure(
        json.loads(dumps(to_payload(event))), type(event)
    )


ODD_VALUES = st.one_of(
    st.none(),
    st.integers(-3, 3),
    st.booleans(),
    st.text(max_size=5),
    st.just("2024-02-30"),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@pytest.mark.parametrize(
    "strategy", [s.articles(), s.meetings(), s.observations()], ids=["article", "meeting", "office"]
)
@given(data=st.data())
def test_a_damaged_payload_gets_the_answer_cattrs_gives(
    strategy: st.SearchStrategy[object], data: st.DataObject
) -> None:
    """A field removed, added, or given a value of another type (also inside evidence and participants):
    the fast path decodes it exactly as cattrs does, or refuses it with cattrs' message."""
    event = data.draw(strategy)
    payload = to_payload(event)
    targets = [payload]
    if isinstance(payload.get("evidence"), dict):
        targets.append(payload["evidence"])
    targets.extend(p for p in payload.get("participants", []) if isinstance(p, dict))
    target = data.draw(st.sampled_from(targets))
    action = data.draw(st.sampled_from(["remove", "add", "change"]))
    key = data.draw(st.sampled_from(sorted(target)))
    if action == "remove":
        del target[key]
    elif action == "add":
        target["unexpected"] = data.draw(ODD_VALUES)
    else:
        target[key] = data.draw(ODD_VALUES)
    line = dumps(payload)
    stored = _stored_line(event.kind, event.version, payload)
    try:
        expected: object = CONVERTER.structure(json.loads(line), type(event))
    except Exception:  # noqa: BLE001 - cattrs refuses in many ways; the codec must refuse too
        with pytest.raises(DecodeError, match="does not fit its schema"):
            from_payload(event.kind, event.version, json.loads(line))
        for light in (False, True):
            with pytest.raises(DecodeError, match="does not fit its schema"):
                line_reader(light=light)(stored)
    else:
        assert from_payload(event.kind, event.version, json.loads(line)) == expected
        assert line_reader()(stored) == (2, 5, expected)
        # a payload that only cattrs reads (a field left out) comes whole: the fold makes it light
        assert line_reader(light=True)(stored)[2] in (_light_form(expected), expected)


@pytest.mark.parametrize(
    "strategy", [s.articles(), s.meetings(), s.observations()], ids=["article", "meeting", "office"]
)
@given(data=st.data())
def test_a_stored_line_reads_as_its_payload(strategy: st.SearchStrategy[object], data: st.DataObject) -> None:
    """Read from the log's bytes, an event is the one from_payload makes; read light, its light form."""
    event = data.draw(strategy)
    stored = _stored_line(event.kind, event.version, to_payload(event))
    assert line_reader()(stored) == (2, 5, event)
    assert line_reader(light=True)(stored) == (2, 5, _light_form(event))


EVENT_ID = "0123456789abcdef01234567"


def _stored_line(kind: str, version: int, payload: object) -> bytes:
    """A line as the log stores it (the envelope's chain fields are verify's, not a read's)."""
    envelope = {
        "batch": [2, 5],
        "hash": "0" * 64,
        "id": EVENT_ID,
        "kind": kind,
        "payload": payload,
        "prev": "0" * 64,
    }
    return (
        dumps({**envelope, "recorded_at": "2024-01-01T00:00:00Z", "seq": 3, "version": version}) + "\n"
    ).encode()


def _light_form(event: object) -> object:
    """What a light read gives for an event: an observation without evidence, an article without text."""
    if isinstance(event, OfficeObserved):
        fields = attrs.asdict(event, recurse=False)
        del fields["evidence"]
        return LightObservation(id=EVENT_ID, **fields)
    if isinstance(event, ArticleIngested):
        return attrs.evolve(event, text="", header={})
    return event


def test_validators_that_remember_still_refuse() -> None:
    """Ids and codes that passed are remembered; a bad one after them is still refused, None only where optional."""
    for _ in range(3):
        from_payload(OFFICE.kind, OFFICE.version, to_payload(OFFICE))
    for field, value in (("article", "XYZ-not-hex"), ("country", "usa"), ("country", 7)):
        with pytest.raises(DecodeError, match=field):
            from_payload(OFFICE.kind, OFFICE.version, {**to_payload(OFFICE), field: value})
    with pytest.raises(ValueError, match="article"):
        Evidence(article=None, start=0, end=1, sentence="")  # type: ignore[arg-type]
    assert OfficeObserved(**{**attrs.asdict(OFFICE, recurse=False), "country": None}).country is None


_UNSET = object()


def _slots(value: object) -> list[object]:
    """Every slot of an attrs instance (the fields, and any slot attrs adds, as a cached hash), as it holds
    it."""
    names = [
        name for cls in type(value).__mro__ for name in getattr(cls, "__slots__", ()) if name != "__weakref__"
    ]
    return [getattr(value, name, _UNSET) for name in names]


@given(s.meetings())
def test_a_meeting_read_again_is_the_constructors_slot_by_slot(event: MeetingReported) -> None:
    """A meeting read again, its id and countries not checked again, holds what the constructor puts there.

    Its evidence too, slot by slot (and any slot attrs adds, as a cached hash).
    """
    stored = _stored_line(event.kind, event.version, to_payload(event))
    first, again = line_reader()(stored)[2], line_reader()(stored)[2]
    for read in (first, again):
        assert isinstance(read, MeetingReported)
        assert _slots(read) == _slots(event)
        assert _slots(read.evidence) == _slots(event.evidence)
        assert hash(read.evidence) == hash(event.evidence)


@pytest.mark.parametrize(
    ("field", "value"), [("meeting_kind", "lunch"), ("countries", ["usa"]), ("countries", ["US", "k"])]
)
def test_a_meeting_read_after_a_valid_one_is_still_checked(field: str, value: object) -> None:
    """A meeting whose article and countries passed before is still refused for a value that does not."""
    good = attrs.evolve(MEETING, countries=("US", "KR"))
    assert line_reader()(_stored_line(good.kind, good.version, to_payload(good)))[2] == good
    payload = {**to_payload(good), field: value}
    with pytest.raises(DecodeError, match=field):
        line_reader()(_stored_line(good.kind, good.version, payload))


@pytest.mark.parametrize(
    "strategy", [s.articles(), s.meetings(), s.observations()], ids=["article", "meeting", "office"]
)
@given(data=st.data())
def test_the_hot_kinds_are_read_without_cattrs(
    strategy: st.SearchStrategy[object], data: st.DataObject
) -> None:
    """A line the log wrote never reaches cattrs: its typed row has every field of the event, and no other."""
    event = data.draw(strategy)

    def refuse(*_: object) -> None:
        raise AssertionError("cattrs was asked")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(CONVERTER, "structure", refuse)
        stored = _stored_line(event.kind, event.version, to_payload(event))
        assert line_reader()(stored)[2] == event
        assert from_payload(event.kind, event.version, json.loads(stored)["payload"]) == event


def _unstructured_bytes(value: object) -> bytes:
    """The projection store's row of a record as the converter makes it."""
    data: bytes = msgspec.json.encode(CONVERTER.unstructure(value, type(value)))
    return data


@given(s.events)
def test_to_data_is_the_converters_unstructure(event: object) -> None:
    """to_data gives the bytes the converter's unstructure gives, for every event kind."""
    assert msgspec.json.encode(to_data(event)) == _unstructured_bytes(event)


def test_store_records_encode_and_read_without_the_converter() -> None:
    """Meetings, tenures and changes of a fold encode as the converter encodes them; a meeting reads back equal."""
    from bench.events import synthetic_events  # noqa: PLC0415 - a log with meetings, offices and changes

    from timeline.project import build  # noqa: PLC0415

    world = build(synthetic_events(600, seed=5))
    assert world.meetings
    assert world.tenures
    assert {c.kind for c in world.changes} >= {"office-holder-change"}
    for record in [*world.meetings, *world.tenures, *world.changes]:
        assert msgspec.json.encode(to_data(record)) == _unstructured_bytes(record)
    for meeting in world.meetings:
        data = msgspec.json.encode(to_data(meeting))
        assert meeting_from_data(data) == meeting == CONVERTER.structure(json.loads(data), Meeting)


def test_store_tenures_and_changes_read_without_the_converter() -> None:
    """Tenures and changes of every kind read back from their stored JSON equal, as the converter reads them."""
    from bench.events import synthetic_events  # noqa: PLC0415 - a log with offices and changes of every kind

    from timeline.project import build  # noqa: PLC0415

    world = build(synthetic_events(600, seed=5))  # no groupings: a joined one written here
    joined = JoinedGrouping(
        country="KR", grouping="G7", members=("JP", "US"), date=TextDate.from_iso("2023-05"), article="ab" * 8
    )
    changes = [*world.changes, joined]
    assert {type(c) for c in changes} == set(CHANGE_KINDS.values())
    for record in [*world.tenures, *changes]:
        data = msgspec.json.encode(to_data(record))
        cls = type(record)
        assert record_from_data(data, cls) == record == CONVERTER.structure(json.loads(data), cls)


def test_a_damaged_stored_tenure_is_a_value_error() -> None:
    """A stored tenure with a field missing, another added, a wrong type or an impossible date is refused."""
    from bench.events import synthetic_events  # noqa: PLC0415

    from timeline.project import build  # noqa: PLC0415

    data = to_data(build(synthetic_events(50, seed=5)).tenures[0])
    damaged = [
        {k: v for k, v in data.items() if k != "role"},
        {**data, "mood": "sunny"},
        {**data, "articles": "abc"},
        {**data, "person": None},
        {**data, "first_seen": "2023-02-30"},
    ]
    for one in damaged:
        with pytest.raises(ValueError):  # noqa: PT011 - msgspec's and the dates' errors alike
            record_from_data(msgspec.json.encode(one), Tenure)


def test_a_damaged_stored_meeting_is_a_value_error() -> None:
    """A stored meeting with a field missing, another added, a wrong type or an impossible date is refused."""
    from bench.events import synthetic_events  # noqa: PLC0415

    from timeline.project import build  # noqa: PLC0415

    data = to_data(build(synthetic_events(50, seed=5)).meetings[0])
    damaged = [
        {k: v for k, v in data.items() if k != "venue"},
        {**data, "mood": "sunny"},
        {**data, "countries": "KR"},
        {**data, "date": "2023-02-30"},
        {**data, "participants": [["Only a name"]]},
    ]
    for one in damaged:
        with pytest.raises(ValueError):  # noqa: PT011 - msgspec's and the validators' errors alike
            meeting_from_data(msgspec.json.encode(one))


def test_to_data_writes_any_date_as_the_converter_does() -> None:
    """A plain date in a record (not pendulum's) is written as the converter writes it."""
    import datetime as dt  # noqa: PLC0415 - a date that is not pendulum's

    article = ArticleIngested(article=ARTICLE, text="x", published=dt.date(2024, 2, 29))  # type: ignore[arg-type]
    assert msgspec.json.encode(to_data(article)) == _unstructured_bytes(article)
    assert to_data(article)["published"] == "2024-02-29"


def test_to_data_refuses_what_no_record_holds() -> None:
    """A value of a type no stored record holds is refused, not written out some other way."""
    with pytest.raises(TypeError, match="set"):
        to_data({"a": {1, 2}})


@pytest.mark.parametrize("light", [False, True], ids=["whole", "light"])
@pytest.mark.parametrize("bad", ["", "ABCD" * 8, "not an id", "ab" * 40])
def test_an_article_id_the_model_refuses_is_refused_when_read(light: bool, bad: str) -> None:  # noqa: FBT001
    """The fast read of an article checks its id as ``ArticleIngested`` does: a malformed one is a fault."""
    article = ArticleIngested(article=ARTICLE, text="Text.", title="T", published=None)
    payload = {**to_payload(article), "article": bad}
    with pytest.raises(DecodeError, match="does not fit its schema"):
        line_reader(light=light)(_stored_line(article.kind, article.version, payload))


def test_a_retraction_is_read_without_the_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    """A well-formed retraction reads as the converter reads it, without making it; any other is left to the converter."""
    from timeline import codec  # noqa: PLC0415
    from timeline.model import EventRetracted  # noqa: PLC0415

    expected = CONVERTER.structure({"event": "abc", "reason": "wrong"}, EventRetracted)
    monkeypatch.setattr(codec, "converter", _no_converter)
    assert from_payload("event-retracted", 1, {"event": "abc", "reason": "wrong"}) == expected
    monkeypatch.undo()
    for payload in ({"event": "abc"}, {"event": 1, "reason": "r"}, {"event": "a", "reason": "r", "x": 1}):
        assert codec._retraction("event-retracted", 1, payload) is None  # noqa: SLF001
    with pytest.raises(DecodeError):
        from_payload("event-retracted", 1, {"event": "a", "reason": "r", "x": 1})


def _no_converter() -> None:
    raise AssertionError("the converter was made")
