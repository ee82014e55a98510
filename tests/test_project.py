"""Projections are pure folds: order of ingestion, dates and corrections behave as promised."""

from __future__ import annotations

import functools
from pathlib import Path

import attrs
import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import article, render
from timeline.codec import LightObservation, event_id
from timeline.extract import extract
from timeline.model import (
    ArticleIngested,
    CorrectionReverted,
    Event,
    EventRetracted,
    MeetingReported,
    NameSet,
    OfficeObserved,
    OfficeSet,
    PeopleMerged,
    PersonSplit,
)
from timeline.project import (
    _ARTICLE,
    _PERSON_ARTICLE,
    Sighting,
    _by_date_then,
    _run_order,
    _span,
    build,
    diff,
    find_people,
    state_at,
)
from timeline.textdate import TextDate

from . import strategies

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SLOW = settings(max_examples=25, deadline=None)


@functools.cache
def article_events() -> tuple[tuple[Event, ...], ...]:
    """The events of each seed and dev article, extracted once."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) + (sorted(DEV.glob("*.txt"))[:12] if DEV.is_dir() else [])
    out = []
    for path in paths:
        events, _ = extract(article.from_bytes(path.read_bytes(), source_name=path.name))
        out.append(tuple(events))
    return tuple(out)


def views(events: list[Event]) -> tuple[list[str], ...]:
    world = build(events)
    return (
        list(render.meetings(world, "jsonl")),
        list(render.changes(world, "jsonl", None)),
        [repr(t) for t in world.tenures],
    )


dates = st.dates(min_value=pendulum.date(2020, 1, 1), max_value=pendulum.date(2026, 12, 31)).map(
    lambda d: pendulum.date(d.year, d.month, d.day)
)


@SLOW
@given(st.permutations(range(len(article_events()))))
def test_ingestion_order_does_not_change_any_view(order: list[int]) -> None:
    """The same articles ingested in any order give identical meetings, changes and tenures."""
    batches = article_events()
    shuffled = [e for i in order for e in batches[i]]
    in_order = [e for batch in batches for e in batch]
    assert views(shuffled) == views(in_order)


@SLOW
@given(dates)
def test_diff_of_a_date_with_itself_is_empty(day: pendulum.Date) -> None:
    """diff(d, d) reports nothing."""
    world = build([e for batch in article_events() for e in batch])
    assert diff(world, day, day).empty


@SLOW
@given(dates)
def test_state_as_of_a_date_ignores_later_events(day: pendulum.Date) -> None:
    """Meetings that began after D change nothing in the state as of D."""
    events = [e for batch in article_events() for e in batch]
    early = [
        e
        for e in events
        if not isinstance(e, MeetingReported) or (e.date.known and e.date.first_day() <= day)  # type: ignore[operator]
    ]
    full, trimmed = state_at(build(events), day), state_at(build(early), day)
    assert {m.date for m in full.meetings} == {m.date for m in trimmed.meetings}


def _corrections(events: list[Event]) -> st.SearchStrategy[Event]:
    meetings = [e for e in events if isinstance(e, MeetingReported)]
    names = sorted({p.name for m in meetings for p in m.participants})
    articles = sorted({m.article for m in meetings})
    return st.one_of(
        st.builds(lambda m: EventRetracted(event=event_id(m), reason="test"), st.sampled_from(meetings)),
        st.builds(
            lambda a, b: PeopleMerged(names=(a, b), into=a), st.sampled_from(names), st.sampled_from(names)
        ),
        st.builds(
            lambda a, t: NameSet(name=a, to=t), st.sampled_from(names), st.text(min_size=1, max_size=12)
        ),
        st.builds(
            lambda n, a: PersonSplit(name=n, article=a, as_name=n + " (other)"),
            st.sampled_from(names),
            st.sampled_from(articles),
        ),
    )


@SLOW
@given(st.data())
def test_a_correction_followed_by_its_reversal_restores_the_view(data: st.DataObject) -> None:
    """Every view after correct-then-revert equals the view before."""
    events = [e for batch in article_events() for e in batch]
    correction = data.draw(_corrections(events))
    reverted = [*events, correction, CorrectionReverted(correction=event_id(correction))]
    assert views(reverted) == views(events)


def test_merge_rename_split_and_retract_are_honoured() -> None:
    """Each correction changes the views the way it says."""
    events = [e for batch in article_events()[:2] for e in batch]
    world = build([*events, NameSet(name="Iwaya Takeshi", to="Takeshi Iwaya")])
    assert "Takeshi Iwaya" in world.people()
    assert "Iwaya Takeshi" not in world.people()
    merged = build([*events, PeopleMerged(names=("Park Jin", "Cho Tae-yul"), into="Park Jin")])
    assert "Cho Tae-yul" not in merged.people()
    first = next(e for e in events if isinstance(e, MeetingReported))
    retracted = build([*events, EventRetracted(event=event_id(first), reason="wrong")])
    assert len(retracted.reports) == len(build(events).reports) - 1
    split = build(
        [*events, PersonSplit(name="Antony Blinken", article=first.article, as_name="Someone Else")]
    )
    assert "Someone Else" in split.people()


def test_one_meeting_in_two_articles_is_one_entry_with_two_sources() -> None:
    """Two articles reporting the same people on the same day give one meeting with both sources."""
    texts = [
        "published: 2024-11-14\n\nU.S. Secretary of State Antony Blinken met Japanese Foreign Minister "
        "Takeshi Iwaya in Lima on Thursday.",
        "published: 2024-11-15\n\nJapanese Foreign Minister IWAYA Takeshi held talks with Secretary of State "
        "Antony Blinken in Lima on Nov. 14 about North Korea.",
    ]
    events = [e for text in texts for e in extract(article.from_bytes(text.encode(), source_name="t"))[0]]
    world = build(events)
    assert len(world.meetings) == 1
    assert len(world.meetings[0].reports) == 2
    assert world.meetings[0].date.to_str() == "2024-11-14"


def test_known_at_sees_only_what_the_log_knew() -> None:
    """build(until=n) is the world of the first n events."""
    events = [e for batch in article_events() for e in batch]
    first_article = len(article_events()[0])
    assert views(events[:first_article]) == views(list(events)[:first_article])
    assert build(events, until=first_article).articles.keys() == build(events[:first_article]).articles.keys()


def test_find_people_is_fuzzy() -> None:
    """ "iwaya", "IWAYA" and "Takeshi Iwaya" all find him."""
    world = build([e for batch in article_events() for e in batch])
    for query in ("iwaya", "IWAYA", "Takeshi Iwaya"):
        assert any("Iwaya" in name for name in find_people(world, query))


def test_office_set_overrides_the_extracted_office() -> None:
    """A set-office correction changes the role from its date on, and its reversal restores it."""
    from timeline.model import OfficeSet
    from timeline.textdate import TextDate

    events = [e for batch in article_events()[:2] for e in batch]
    fix = OfficeSet(name="Antony Blinken", role="other", title="envoy", since=TextDate.from_iso("2024-01-01"))
    world = build([*events, fix])
    roles = {
        (m.date.to_str(), p[2]) for m in world.meetings for p in m.participants if p[0] == "Antony Blinken"
    }
    assert ("2023-11-14", "foreign minister") in roles
    assert ("2024-11-14", "other") in roles
    assert views([*events, fix, CorrectionReverted(correction=event_id(fix))]) == views(events)


def test_a_country_joining_a_grouping_is_flagged() -> None:
    """The first meeting of a named grouping sets its members; a later newcomer is a change."""
    texts = [
        "published: 2023-05-01\n\nThe Quad foreign ministers met in Delhi on Monday: Japanese Foreign Minister "
        "Yoshimasa Hayashi, U.S. Secretary of State Antony Blinken and Indian External Affairs Minister "
        "Subrahmanyam Jaishankar met.",
        "published: 2024-05-01\n\nThe Quad foreign ministers met in Tokyo on Monday: Japanese Foreign Minister "
        "Yoko Kamikawa, U.S. Secretary of State Antony Blinken, Australian Foreign Minister Penny Wong and Indian "
        "External Affairs Minister Subrahmanyam Jaishankar met.",
    ]
    events = [e for text in texts for e in extract(article.from_bytes(text.encode(), source_name="t"))[0]]
    joined = [c for c in build(events).changes if c.kind == "joined-grouping"]
    assert [(c.country, c.role, c.date.to_str()) for c in joined] == [("AU", "Quad", "2024-04-29")]


def test_the_same_evidence_twice_is_one_sighting() -> None:
    """A meeting and its article's office observation show the same holder: one sighting, no flip-flop of offices."""
    from timeline.model import Evidence, OfficeObserved, Participant
    from timeline.project import sightings
    from timeline.textdate import TextDate

    article_id = "ab" * 12
    day = TextDate.from_iso("2024-03-05")
    evidence = Evidence(article=article_id, start=0, end=5, sentence="They met.")
    offices = [("US", "defence minister"), ("DE", "defence minister")]
    meeting = MeetingReported(
        article=article_id,
        extractor="rules-1",
        date=day,
        meeting_kind="in-person",
        participants=tuple(Participant(name="Ann Lee", country=c, role=r) for c, r in offices),
        countries=("DE", "US"),
        evidence=evidence,
    )
    observed = [
        OfficeObserved(
            article=article_id, extractor="rules-1", name="Ann Lee", country=c, role=r, date=day, evidence=evidence
        )
        for c, r in offices
    ]
    world = build([meeting, *observed])
    assert len(sightings(world)) == 2
    assert [c.kind for c in world.changes].count("new-office") == 1
    assert world.observations == [], "observations live on as sightings, not as events"
    kept = build([meeting, *observed], keep_observations=True)
    assert kept.observations == observed
    assert kept.changes == world.changes


def test_one_articles_two_meetings_of_the_same_people_stay_two() -> None:
    """The extractor told them apart (a day this week, a month before): the timeline does not join them."""
    text = (
        "published: 2024-11-14\n\nBERLIN, Nov. 14 -- French President Paul Martin and German Chancellor Karl Weber "
        "held talks outside Berlin on Thursday.\n\nThe two leaders, who met last week in Paris, discussed defence."
    )
    events = extract(article.from_bytes(text.encode(), source_name="t"))[0]
    world = build(events)
    assert len(world.meetings) == 2
    assert all(len(m.reports) == 1 for m in world.meetings)


@given(st.lists(strategies.articles(), min_size=1, max_size=4))
def test_a_built_world_keeps_every_article_field_but_its_text_and_header(items: list[ArticleIngested]) -> None:
    """The views' articles are light (no text, no raw header) but lose nothing else."""
    world = build(items)
    latest = {item.article: item for item in items}  # an id ingested twice: the later one counts
    for item in latest.values():
        kept = world.articles[item.article]
        assert (kept.text, kept.header) == ("", {})
        for field in attrs.fields(ArticleIngested):
            if field.name not in {"text", "header"}:
                assert getattr(kept, field.name) == getattr(item, field.name), field.name


def test_a_rebuild_from_light_observations_answers_as_from_whole_events(tmp_path: Path) -> None:
    """``fold_events`` (observations without their evidence) folds to the same views, corrections included."""
    from timeline.store import Log  # noqa: PLC0415 - only this test writes a log

    events = [e for group in article_events() for e in group]
    observations = [e for e in events if isinstance(e, OfficeObserved)]
    misread = attrs.evolve(observations[0], name="Ana Velo", country="FJ", role="head of state", title="President")
    events.append(misread)
    corrections = [
        EventRetracted(event=event_id(misread), reason="misread"),
        PersonSplit(name=observations[1].name, article=observations[1].article, as_name="Someone Else"),
        OfficeSet(name=observations[2].name, role="head of state", country="FR", title="President"),
    ]
    log = Log(tmp_path / "events")
    with log.writer() as writer:
        writer.append(events, recorded_at="2024-01-01T00:00:00Z")
        writer.append(corrections, recorded_at="2024-01-02T00:00:00Z")
    assert any(isinstance(e, LightObservation) for e in log.fold_events())
    whole, light = build(log.events()), build(log.fold_events())
    assert list(render.meetings(light, "jsonl")) == list(render.meetings(whole, "jsonl"))
    assert list(render.changes(light, "jsonl")) == list(render.changes(whole, "jsonl"))
    assert [render.tenure_record(t) for t in light.tenures] == [render.tenure_record(t) for t in whole.tenures]
    assert light.names == whole.names
    assert light.articles == whole.articles  # titles, sources, dates: all but the text and the raw header
    assert "Someone Else" in light.people()
    assert "Ana Velo" not in light.people()


SAMPLE_DATES = [
    TextDate(year=2020),
    TextDate(year=2020, month=3),
    TextDate(year=2020, month=3, approx=True),
    TextDate(year=2020, month=3, day=1),
    TextDate(year=2020, month=3, day=1, approx=True),
    TextDate(year=2020, month=3, day=31),
    TextDate(year=2021, month=1, day=1),
]


@given(
    st.lists(
        st.builds(
            Sighting,
            person=st.sampled_from(["Ana Lind", "Bo Stern"]),
            country=st.just("FR"),
            role=st.sampled_from(["foreign minister", "head of state"]),
            date=st.sampled_from(SAMPLE_DATES).map(lambda d: attrs.evolve(d)),  # equal dates, other objects
            article=st.sampled_from(["aa" * 8, "bb" * 8]),
            status=st.sampled_from(["holder", "acting"]),
        ),
        max_size=30,
    )
)
def test_rows_bucketed_by_date_come_in_the_order_one_stable_sort_gives(rows: list[Sighting]) -> None:
    """Runs and a person's offices read sightings in a stable sort's order, equal dates in other objects too."""
    in_runs = sorted(rows, key=_run_order)
    assert [id(r) for r in _by_date_then(rows, _span, _PERSON_ARTICLE)] == [id(r) for r in in_runs]
    by_date = sorted(rows, key=lambda r: (r.date.sort_key(), r.article))
    assert [id(r) for r in _by_date_then(rows, TextDate.sort_key, _ARTICLE)] == [id(r) for r in by_date]
