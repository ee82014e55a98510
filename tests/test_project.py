"""Projections are pure folds: order of ingestion, dates and corrections behave as promised."""

from __future__ import annotations

import functools
from pathlib import Path
from random import Random

import attrs
import pendulum
import pytest
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
    Evidence,
    MeetingReported,
    NameSet,
    OfficeObserved,
    OfficeSet,
    Participant,
    PeopleMerged,
    PersonSplit,
)
from timeline.project import (
    FirstMeeting,
    JoinedGrouping,
    Sighting,
    State,
    build,
    diff,
    find_people,
    state_at,
)
from timeline.tenures import _ARTICLE, _PERSON_ARTICLE, _span, by_date_then, run_order
from timeline.textdate import TextDate

from . import strategies

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SLOW = settings(max_examples=25)


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
    """Meetings that began after D change nothing among the meetings surely held by D.

    "Surely": a report "in June" may be of a meeting another report dates to
    June 18, so as of June 1 only meetings whose whole date lies by D are
    compared.
    """
    events = [e for batch in article_events() for e in batch]
    early = [
        e
        for e in events
        if not isinstance(e, MeetingReported) or (e.date.known and e.date.first_day() <= day)  # type: ignore[operator]
    ]
    full, trimmed = state_at(build(events), day), state_at(build(early), day)

    def held(state: State) -> set[TextDate]:
        return {m.date for m in state.meetings if (last := m.date.last_day()) is not None and last <= day}

    assert held(full) == held(trimmed)


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


def test_a_retracted_article_takes_its_meetings_and_its_office_observations() -> None:
    """ "timeline retract ARTICLE": the whole article goes, its observations too (not only its meetings)."""
    events = [e for batch in article_events()[:4] for e in batch]
    observed = {e.article for e in events if isinstance(e, OfficeObserved)}
    first = next(e for e in events if isinstance(e, MeetingReported) and e.article in observed)
    from timeline.project import sightings  # noqa: PLC0415

    world = build([*events, EventRetracted(event=first.article, reason="wrong")])
    observations = [e for e in events if isinstance(e, OfficeObserved) and e.article == first.article]
    meetings = [e for e in events if isinstance(e, MeetingReported) and e.article == first.article]
    without_meetings = build([*events, *(EventRetracted(event=event_id(m), reason="x") for m in meetings)])
    assert [s for s in sightings(without_meetings) if s.article == first.article]  # its observations show some
    assert not [s for s in sightings(world) if s.article == first.article]
    assert observations
    assert not [r for r in world.reports if r.article == first.article]


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
    joined = [c for c in build(events).changes if isinstance(c, JoinedGrouping)]
    assert [(c.country, c.grouping, c.date.to_str()) for c in joined] == [("AU", "Quad", "2024-04-29")]


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
    # two offices first seen the same day: neither came first, so no new office is flagged (issue #16)
    assert [c.kind for c in world.changes].count("new-office") == 0
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
    in_runs = sorted(rows, key=run_order)
    assert [id(r) for r in by_date_then(rows, _span, _PERSON_ARTICLE)] == [id(r) for r in in_runs]
    by_date = sorted(rows, key=lambda r: (r.date.sort_key(), r.article))
    assert [id(r) for r in by_date_then(rows, TextDate.sort_key, _ARTICLE)] == [id(r) for r in by_date]


# -- a person's country from the rest of the log ------------------------------------------------------


def _article(
    number: int, *items: tuple[str, str | None, str], day: str = "2024-03-05", observed: bool = False
) -> list[Event]:
    """A made-up article: a meeting of ``items`` (name, country, role) on ``day``, or office observations of them."""
    from timeline.model import Evidence, Participant  # noqa: PLC0415

    article_id = f"{number:02d}" * 8
    evidence = Evidence(article=article_id, start=0, end=5, sentence="They met.")
    date = TextDate.from_iso(day)
    if observed:
        return [
            ArticleIngested(article=article_id, text=f"article {number}"),
            *(
                OfficeObserved(
                    article=article_id, extractor="t", name=n, country=c, role=r, date=date, evidence=evidence
                )
                for n, c, r in items
            ),
        ]
    people = tuple(Participant(name=n, country=c, role=r) for n, c, r in items)
    meeting = MeetingReported(
        article=article_id,
        extractor="t",
        date=date,
        meeting_kind="in-person",
        participants=people,
        countries=tuple(sorted({c for _, c, _ in items if c})),
        evidence=evidence,
    )
    return [ArticleIngested(article=article_id, text=f"article {number}"), meeting]


def _countries_of(world_events: list[Event], person: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(article, the person's country, the meeting's countries) of each meeting the person took part in."""
    world = build(world_events)
    return sorted(
        (m.reports[0].article[:2], p[1], m.countries)
        for m in world.meetings
        for p in m.participants
        if p[0] == person
    )


FM = "foreign minister"
SEOUL = _article(1, ("Iwaya", None, FM), ("Cho Tae-yul", "KR", FM))  # the article leaves Iwaya's country open
TOKYO = _article(2, ("Takeshi Iwaya", "JP", FM), ("Antony Blinken", "US", FM), day="2024-11-14")
BEIJING = _article(3, ("Iwaya Takeshi", "CN", "other"), ("Wang Yi", "CN", FM), day="2024-12-01")


def test_a_person_without_a_country_takes_the_one_the_rest_of_the_log_knows() -> None:
    """A participant the article leaves without a country is shown with the one country the log knows for the person."""
    events = [*SEOUL, *TOKYO]
    assert _countries_of(events, "Takeshi Iwaya") == [("01", "JP", ("JP", "KR")), ("02", "JP", ("JP", "US"))]
    world = build(events)
    seoul = next(m for m in world.meetings if m.reports[0].article == SEOUL[0].article)  # type: ignore[union-attr]
    assert seoul.reports[0].participants[0].country is None, "the report stays as the article told it"
    assert seoul.reports[0] == SEOUL[1]
    record = render.export_record(SEOUL[1], world)
    assert [(p["name"], p["country"]) for p in record["participants"]] == [
        ("Takeshi Iwaya", "JP"),
        ("Cho Tae-yul", "KR"),
    ]
    assert record["countries"] == ["JP", "KR"]
    assert record["id"] == event_id(SEOUL[1])
    assert any(SEOUL[0].article in line for line in render.country_timeline(world, "JP", "jsonl"))  # type: ignore[union-attr]
    assert (("KR", "JP"), ("Cho Tae-yul", "Takeshi Iwaya")) in {
        (c.countries, c.people) for c in world.changes if isinstance(c, FirstMeeting)
    }


def test_one_person_written_twice_in_a_report_is_exported_once() -> None:
    """ "Bruno Rodriguez Parrilla" and "Parrilla" in one report, the log's one person: one participant, the
    country and title one form gives filling what the other lacks."""
    twice = _article(
        4, ("Parrilla", None, FM), ("Bruno Rodriguez Parrilla", "CU", FM), ("Keith Rowley", "TT", "other")
    )
    world = build(twice)
    record = render.export_record(twice[1], world)
    assert [(p["name"], p["country"]) for p in record["participants"]] == [
        ("Bruno Rodriguez Parrilla", "CU"),
        ("Keith Rowley", "TT"),
    ]


def test_a_person_seen_with_two_countries_gets_none() -> None:
    """A second, different country makes the person ambiguous: the open participant stays without one."""
    assert _countries_of([*SEOUL, *TOKYO, *BEIJING], "Takeshi Iwaya") == [
        ("01", None, ("KR",)),
        ("02", "JP", ("JP", "US")),
        ("03", "CN", ("CN",)),
    ]
    world = build([*SEOUL, *TOKYO, *BEIJING])
    assert render.export_record(SEOUL[1], world)["participants"][0]["country"] is None
    assert render.export_record(SEOUL[1], world)["countries"] == ["KR"]


def test_no_country_is_taken_from_a_meetings_place_or_other_people() -> None:
    """Only the person's own countries count: someone the log never saw with a country stays without one."""
    alone = _article(4, ("Ana Sato", None, FM), ("Cho Tae-yul", "KR", FM))
    assert _countries_of([*alone, *TOKYO], "Ana Sato") == [("04", None, ("KR",))]


def test_an_office_observation_without_a_country_counts_once_the_log_knows_it() -> None:
    """An observed office holder the article gives no country is a sighting of that office of the country the log knows."""
    seen = _article(5, ("Takeshi Iwaya", None, FM), observed=True, day="2024-10-02")
    before = build(seen)
    assert before.tenures == []
    world = build([*seen, *TOKYO])
    assert [
        (t.country, t.person, t.first_seen.to_str()) for t in world.tenures if t.person == "Takeshi Iwaya"
    ] == [("JP", "Takeshi Iwaya", "2024-10-02")]
    assert render.export_record(seen[1], world)["country"] == "JP"


def test_corrections_decide_whose_country_fills_in() -> None:
    """Merges join a person's countries, splits part them, and an office set gives one, before the fill."""
    sato = _article(6, ("Ken Sato", None, FM), ("Cho Tae-yul", "KR", FM))
    kenji = _article(7, ("Kenji Sato", "JP", FM), ("Antony Blinken", "US", FM), day="2024-11-14")
    assert _countries_of([*sato, *kenji], "Ken Sato") == [("06", None, ("KR",))]
    merged = PeopleMerged(names=("Ken Sato",), into="Kenji Sato")
    assert _countries_of([*sato, *kenji, merged], "Kenji Sato")[0] == ("06", "JP", ("JP", "KR"))
    split = PersonSplit(name="Iwaya", article=SEOUL[0].article, as_name="Someone Else")  # type: ignore[union-attr]
    assert _countries_of([*SEOUL, *TOKYO, split], "Someone Else") == [("01", None, ("KR",))]
    office = OfficeSet(name="Iwaya Takeshi", role=FM, country="JP", since=TextDate.from_iso("2024-12-01"))
    assert _countries_of([*SEOUL, *TOKYO, *BEIJING, office], "Takeshi Iwaya")[0] == ("01", "JP", ("JP", "KR"))


FILL_STORIES = [SEOUL, TOKYO, BEIJING, _article(6, ("Ken Sato", None, FM), ("Cho Tae-yul", "KR", FM))]
FILL_STORIES += [
    _article(7, ("Kenji Sato", "JP", FM), ("Antony Blinken", "US", FM), day="2024-11-14"),
    _article(8, ("Sato", None, FM), observed=True, day="2024-09-01"),
    _article(9, ("Cho", None, FM), ("Blinken", None, FM), day="2024-01-05"),
]


@SLOW
@given(st.lists(st.sampled_from(range(len(FILL_STORIES))), min_size=1, max_size=7, unique=True), st.randoms())
def test_the_countries_filled_in_do_not_depend_on_the_order_of_ingestion(
    chosen: list[int], rnd: object
) -> None:
    """Any subset of articles, ingested in any order, fills in the same countries in every view and export."""
    import random  # noqa: PLC0415

    assert isinstance(rnd, random.Random)
    shuffled = chosen[:]
    rnd.shuffle(shuffled)
    one = [e for i in sorted(chosen) for e in FILL_STORIES[i]]
    other = [e for i in shuffled for e in FILL_STORIES[i]]
    assert views(one) == views(other)
    exported = [sorted(map(str, render.export_jsonl(events, build(events)))) for events in (one, other)]
    assert exported[0] == exported[1]


# -- a person's office class from the rest of the log ------------------------------------------------------------

HELD = _article(10, ("Takeshi Iwaya", "JP", FM), observed=True, day="2024-11-14")  # Iwaya in office from then on
UNTITLED = _article(11, ("Iwaya", "JP", "other"), ("Cho Tae-yul", "KR", FM), day="2025-01-10")
SUCCESSOR = _article(12, ("Ana Sato", "JP", FM), observed=True, day="2024-12-20")


def _roles_of(events: list[Event], person: str) -> list[tuple[str, str]]:
    """(article, the person's office class) of each meeting the person took part in."""
    world = build(events)
    return sorted(
        (m.reports[0].article[:2], p[2]) for m in world.meetings for p in m.participants if p[0] == person
    )


def test_a_participant_without_title_or_office_takes_the_office_they_held_then() -> None:
    """Someone the article gives no title is, at the meeting's date, in the one office the log has them holding."""
    assert _roles_of(UNTITLED, "Iwaya") == [("11", "other")]
    world = build([*HELD, *UNTITLED])
    assert _roles_of([*HELD, *UNTITLED], "Takeshi Iwaya") == [("11", FM)]
    record = render.export_record(UNTITLED[1], world)
    assert [(p["name"], p["role"], p["title"]) for p in record["participants"]] == [
        ("Takeshi Iwaya", FM, None),
        ("Cho Tae-yul", FM, None),
    ]
    assert (("KR", "JP"), ("Cho Tae-yul", "Takeshi Iwaya")) in {
        (c.countries, c.people) for c in world.changes if isinstance(c, FirstMeeting)
    }
    assert [t.last_seen.to_str() for t in world.tenures if t.person == "Takeshi Iwaya"] == ["2024-11-14"], (
        "an office filled in is no sighting"
    )


def test_no_office_is_filled_in_outside_the_holders_time_or_for_a_title_the_article_gave() -> None:
    """Before the first sighting, after a successor's, with a title of its own or in two offices at once: no office."""
    earlier = _article(13, ("Iwaya", "JP", "other"), ("Cho Tae-yul", "KR", FM), day="2024-06-01")
    assert _roles_of([*HELD, *earlier], "Takeshi Iwaya") == [("13", "other")]
    assert _roles_of([*HELD, *SUCCESSOR, *UNTITLED], "Takeshi Iwaya") == [("11", "other")]
    envoy = [
        attrs.evolve(e, participants=(attrs.evolve(e.participants[0], title="envoy"), *e.participants[1:]))
        if isinstance(e, MeetingReported)
        else e
        for e in UNTITLED
    ]
    assert _roles_of([*HELD, *envoy], "Takeshi Iwaya") == [("11", "other")]
    both = _article(14, ("Takeshi Iwaya", "JP", "defence minister"), observed=True, day="2024-11-20")
    assert _roles_of([*HELD, *both, *UNTITLED], "Takeshi Iwaya") == [("11", "other")]
    month = _article(15, ("Iwaya", "JP", "other"), ("Cho Tae-yul", "KR", FM), day="2024-12")
    assert _roles_of([*HELD, *SUCCESSOR, *month], "Takeshi Iwaya") == [("15", "other")], "a successor within the month"


@SLOW
@given(st.permutations([HELD, UNTITLED, SUCCESSOR, SEOUL, TOKYO]))
def test_the_offices_filled_in_do_not_depend_on_the_order_of_ingestion(stories: list[list[Event]]) -> None:
    """Articles in any order fill in the same offices in every view and export."""
    one = [e for story in [HELD, UNTITLED, SUCCESSOR, SEOUL, TOKYO] for e in story]
    other = [e for story in stories for e in story]
    assert views(one) == views(other)
    exported = [sorted(map(str, render.export_jsonl(events, build(events)))) for events in (one, other)]
    assert exported[0] == exported[1]


def test_a_memo_makes_each_value_once_and_keeps_it_in_its_slot() -> None:
    """``Memo.get`` calls ``make`` only the first time; a slot never filled is a KeyError, not a default."""
    from timeline.world import Memo, Slot  # noqa: PLC0415 - only this test

    memo, made = Memo(), []
    numbers: Slot[list[int]] = Slot("numbers")
    assert numbers not in memo
    assert memo.get(numbers, lambda: made.append(1) or [1, 2]) == [1, 2]
    assert memo.get(numbers, lambda: made.append(1) or [3]) == [1, 2]
    assert made == [1]
    assert memo[numbers] == [1, 2]
    with pytest.raises(KeyError):
        memo[Slot[str]("other")]


@st.composite
def colliding_reports(draw: st.DrawFn) -> list[MeetingReported]:
    """Reports made to collide: two articles, three people, one month's dates at each precision, spans that repeat.

    An article's two reports with the same people and date can each join the
    same meeting of another article, but only one of them may: which one
    must not depend on the order the reports come in.
    """
    people = [Participant(name=n, country=c, role="foreign minister") for n, c in (("Ann Lee", "US"), ("Bo Wu", "CN"))]
    people.append(Participant(name="Cy Park", country="KR", role="other"))
    reports = []
    for _ in range(draw(st.integers(2, 8))):
        article = draw(st.sampled_from(["a" * 16, "b" * 16]))
        start = draw(st.sampled_from([0, 40]))
        cast = draw(st.lists(st.sampled_from(people), min_size=1, max_size=3, unique=True))
        reports.append(
            MeetingReported(
                article=article,
                extractor="rules-1",
                date=TextDate.from_iso(draw(st.sampled_from(["2023-06", "2023-06-18", "2023-06-19", "2023"]))),
                meeting_kind=draw(st.sampled_from(["in-person", "call"])),
                place=draw(st.sampled_from([None, "Beijing", "Jakarta"])),
                participants=tuple(cast),
                evidence=Evidence(article=article, start=start, end=start + 30, sentence=f"at {start}"),
            )
        )
    return reports


@given(colliding_reports(), st.randoms(use_true_random=False))
def test_the_meetings_reports_make_do_not_depend_on_their_order(reports: list[MeetingReported], rng: Random) -> None:
    """Reports joined into meetings in any order (as the cache merges a part again) make the same meetings."""
    headers = [ArticleIngested(article=a, text="t") for a in sorted({r.article for r in reports})]
    shuffled = reports[:]
    rng.shuffle(shuffled)
    assert build([*headers, *shuffled]).meetings == build([*headers, *reports]).meetings
