"""The projection cache: it answers exactly as a full fold does, and it is disposable."""

from __future__ import annotations

import functools
import json
import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest
from bench.events import synthetic_events
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import cache, render
from timeline.cli import cli
from timeline.project import World, build, state_at
from timeline.store import Log
from timeline.textdate import TextDate

ROOT = Path(__file__).resolve().parent.parent
NOW = "2024-01-01T00:00:00Z"
EVENTS = list(synthetic_events(900, seed=21))
ARTICLE_STARTS = [i for i, e in enumerate(EVENTS) if e.kind == "article-ingested"] + [len(EVENTS)]


def views(world: World) -> dict[str, object]:
    meetings = list(render.meetings(world, "jsonl"))
    countries = sorted({c for line in meetings for c in json.loads(line)["countries"]})
    people = world.people()
    return {
        "meetings": meetings,
        "changes": list(render.changes(world, "jsonl", None)),
        "tenures": [render.tenure_record(t) for t in world.tenures],
        "state": list(render.state(state_at(world, pendulum.date(2005, 6, 1)), "jsonl")),
        "people": people,
        "countries": {c: list(render.country_timeline(world, c, "jsonl")) for c in countries},
        "officials": {
            p: list(render.official_timeline(world, p, "jsonl")) for p in people[:: max(1, len(people) // 6)]
        },
    }


def _thrown_away(message: str) -> None:
    raise AssertionError(message)


# the properties over a warm store: each example ingests and folds a log, so fewer and slower ones
_WARM_STORE_RUNS = settings(
    max_examples=30,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def kept(log: Log) -> World:
    """``cache.world``, failing the test if the store had to be thrown away (a fold's answer would hide it)."""
    return cache.world(log, warn=_thrown_away)


def assert_answered_as_the_fold(log: Log) -> None:
    """The store, kept (not thrown away), answers every view as a full fold of the log does."""
    world = kept(log)
    assert isinstance(world, cache.LazyWorld)
    assert views(world) == views(build(log.events()))
    world.close()


def append(log: Log, events: list[object]) -> None:
    with log.writer() as writer:
        writer.append(events, recorded_at=NOW)  # type: ignore[arg-type]


@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cuts=st.lists(
        st.integers(min_value=1, max_value=len(ARTICLE_STARTS) - 2), min_size=1, max_size=6, unique=True
    )
)
def test_after_every_append_the_cache_answers_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory, cuts: list[int]
) -> None:
    log = Log(tmp_path_factory.mktemp("log") / "events")
    bounds = [0, *sorted(ARTICLE_STARTS[c] for c in cuts), len(EVENTS)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        if start < end:
            append(log, EVENTS[start:end])
            assert views(kept(log)) == views(build(log.events()))


HOLDERS = ["Ana Lind", "Bo Stern", "Cy Moreau"]


@st.composite
def office_stories(draw: st.DrawFn) -> list[object]:
    """An article and what it saw of one office: holders at days, months or years around new year's eves."""
    from timeline.model import ArticleIngested, Evidence, OfficeObserved  # noqa: PLC0415
    from timeline.textdate import TextDate  # noqa: PLC0415

    article = draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16))
    seen = []
    for _ in range(draw(st.integers(1, 3))):
        year = draw(st.integers(2019, 2021))
        precision = draw(st.sampled_from(["day", "day", "month", "year"]))
        month = draw(st.sampled_from([1, 6, 12])) if precision != "year" else None
        day = draw(st.sampled_from([1, 15, 30])) if precision == "day" else None
        date = TextDate(year=year, month=month, day=day, approx=draw(st.booleans()))
        seen.append(
            OfficeObserved(
                article=article,
                extractor="test",
                name=draw(st.sampled_from(HOLDERS)),
                country="FR",
                role="foreign minister",
                date=date,
                evidence=Evidence(article=article, start=0, end=1, sentence="x"),
            )
        )
    return [ArticleIngested(article=article, text="x"), *seen]


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    stories=st.lists(office_stories(), min_size=2, max_size=12, unique_by=lambda s: s[0].article),
    data=st.data(),
)
def test_an_office_seen_out_of_order_and_at_every_precision_is_kept_as_a_full_fold_keeps_it(
    tmp_path_factory: pytest.TempPathFactory, stories: list[list[object]], data: st.DataObject
) -> None:
    """Holders, tenures and changes of an office, after each article in any order, match a full fold's."""
    log = Log(tmp_path_factory.mktemp("log") / "events")
    first = data.draw(st.integers(1, len(stories) - 1))
    append(log, [e for story in stories[:first] for e in story])
    cache.world(log)
    for story in stories[first:]:
        append(log, story)
        cached, full = cache.world(log), build(log.events())
        assert isinstance(cached, cache.LazyWorld), "kept up to date, not rebuilt"
        assert views(cached) == views(full)
        for year in (2019, 2020, 2021):
            when = pendulum.date(year, 12, 31)
            assert list(render.state(state_at(cached, when), "jsonl")) == list(
                render.state(state_at(full, when), "jsonl")
            )


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    stories=st.lists(office_stories(), min_size=1, max_size=4, unique_by=lambda s: s[0].article),
    data=st.data(),
)
def test_a_retracted_observation_that_a_split_or_office_set_changes_is_retracted_in_every_path(
    tmp_path_factory: pytest.TempPathFactory, stories: list[list[object]], data: st.DataObject
) -> None:
    """A retraction names the logged event's id: a split or office set of it first changes nothing of that.

    A plain rebuild reads light observations carrying the log's id; the
    store and ``--known-at`` read whole events, whose id was once made after
    the corrections changed them: the three must agree.
    """
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import OfficeObserved, OfficeSet, PersonSplit, EventRetracted  # noqa: PLC0415

    log = Log(tmp_path_factory.mktemp("log") / "events")
    append(log, [e for story in stories for e in story])
    kept(log)
    observed = [e for story in stories for e in story if isinstance(e, OfficeObserved)]
    target = data.draw(st.sampled_from(observed))
    changes = data.draw(st.lists(st.sampled_from(["split", "office"]), min_size=1, max_size=2, unique=True))
    corrections: list[object] = []
    if "split" in changes:
        corrections.append(PersonSplit(name=target.name, article=target.article, as_name="Di Ferro"))
    if "office" in changes:
        corrections.append(OfficeSet(name=target.name, role="head of state", country="FR", title="President"))
    retraction = EventRetracted(event=event_id(target), reason="test")
    corrections.insert(data.draw(st.integers(0, len(corrections))), retraction)
    append(log, corrections)
    plain = views(build(log.fold_events()))
    assert views(build(log.events())) == plain
    assert views(kept(log)) == plain


def test_one_new_article_updates_the_cache_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[100]])
    cache.world(log)
    rebuilds: list[int] = []
    original = cache.Cache._rebuild  # noqa: SLF001 - counting the calls of the rule under test

    def counting(self: cache.Cache, target: Log) -> World:
        rebuilds.append(1)
        return original(self, target)

    monkeypatch.setattr(cache.Cache, "_rebuild", counting)
    append(log, EVENTS[ARTICLE_STARTS[100] : ARTICLE_STARTS[101]])
    assert views(cache.world(log)) == views(build(log.events()))
    assert rebuilds == []


def run(log: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--log", str(log), *args], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


VIEWS = [
    ["meetings"],
    ["changes", "--kind", "all"],
    ["state", "2024-12-31"],
    ["official", "blinken"],
    ["country", "KR"],
]


@pytest.fixture
def seeds_log(tmp_path: Path) -> Path:
    log = tmp_path / "events"
    run(log, "ingest", "-q", str(ROOT / "seeds"))
    return log


def test_deleting_the_cache_changes_no_answer(seeds_log: Path) -> None:
    first = [run(seeds_log, *v) for v in VIEWS]
    assert (seeds_log / "cache" / "projection.sqlite").exists()
    shutil.rmtree(seeds_log / "cache")
    assert [run(seeds_log, *v) for v in VIEWS] == first
    uncached = CliRunner().invoke(
        cli, ["--log", str(seeds_log), "meetings"], env={"TIMELINE_CACHE": "off", "NO_COLOR": "1"}
    )
    assert uncached.stdout == first[0]


@pytest.mark.parametrize("order", ["shorter", "another article, then more"])
def test_a_log_replaced_under_the_cache_is_noticed(seeds_log: Path, tmp_path: Path, order: str) -> None:
    run(seeds_log, "meetings")
    seeds = sorted((ROOT / "seeds").iterdir())
    other = tmp_path / "other"
    if order == "shorter":
        run(other, "ingest", "-q", str(seeds[0]))
    else:
        run(other, "ingest", "-q", str(seeds[1]))
        append(Log(other), EVENTS[: ARTICLE_STARTS[30]])
    expected = run(other, "meetings")
    for name in ("log.jsonl", "HEAD"):
        shutil.copy(other / name, seeds_log / name)  # another chain: the cache must not be used
    assert run(seeds_log, "meetings") == expected


def _no_update(self: cache.Cache, *args: object) -> bool:
    raise AssertionError("the view had to update the store: the ingest left it behind")


def _stored_position(log: Path) -> str:
    with sqlite3.connect(log / "cache" / "projection.sqlite") as db:
        return str(db.execute("SELECT value FROM meta WHERE key = 'position'").fetchone()[0])


def test_an_ingest_brings_the_store_up_to_date_so_the_next_view_is_warm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After ``ingest`` the store reflects the whole log: the view reads it and updates nothing."""
    first, second = sorted((ROOT / "seeds").iterdir())
    log = tmp_path / "events"
    run(log, "ingest", "-q", str(first))
    run(log, "meetings")  # the store made
    before = _stored_position(log)
    run(log, "ingest", "-q", str(second))
    assert _stored_position(log) != before
    monkeypatch.setattr(cache.Cache, "_update", _no_update)
    monkeypatch.setattr(cache.Cache, "_rebuild", _no_update)
    for view in VIEWS:
        off = CliRunner().invoke(
            cli, ["--log", str(log), *view], env={"TIMELINE_CACHE": "off", "NO_COLOR": "1"}
        )
        assert run(log, *view) == off.stdout, view


def test_updating_the_store_after_an_append_never_makes_nor_rebuilds_one(tmp_path: Path) -> None:
    """``update_store`` leaves a missing store missing, and one needing a rebuild as it was, for the view."""
    from timeline import update_store  # noqa: PLC0415
    from timeline.model import ArticleReextracted  # noqa: PLC0415

    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[20]])
    assert not update_store(log)
    assert not (log.directory / "cache").exists()
    kept(log)
    append(log, EVENTS[ARTICLE_STARTS[20] : ARTICLE_STARTS[21]])
    assert update_store(log)
    current = _stored_position(log.directory)
    article = EVENTS[ARTICLE_STARTS[3]].article  # type: ignore[attr-defined]
    append(log, [ArticleReextracted(article=article, extractor="test-2")])  # a rebuild's
    assert not update_store(log)
    assert _stored_position(log.directory) == current
    assert views(kept(log)) == views(build(log.fold_events()))


def test_a_damaged_cache_is_replaced(seeds_log: Path) -> None:
    expected = run(seeds_log, "meetings")
    (seeds_log / "cache" / "projection.sqlite").write_bytes(b"this is not a database" * 100)
    assert run(seeds_log, "meetings") == expected
    assert run(seeds_log, "meetings") == expected


def test_a_cache_another_version_wrote_is_replaced_and_then_used(seeds_log: Path) -> None:
    """Its tables may have other columns: they are made anew, and the next view reads the cache."""
    expected = run(seeds_log, "changes", "--kind", "all")
    path = seeds_log / "cache" / "projection.sqlite"
    path.unlink()
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO meta VALUES ('version', 'an older one');"
            "CREATE TABLE office (part TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT);"
        )
    assert run(seeds_log, "changes", "--kind", "all") == expected
    assert isinstance(cache.world(Log(seeds_log)), cache.LazyWorld)
    assert run(seeds_log, "changes", "--kind", "all") == expected


def test_corrections_are_honoured_through_the_cache(seeds_log: Path) -> None:
    run(seeds_log, "meetings")
    result = CliRunner().invoke(
        cli, ["--log", str(seeds_log), "set-name", "Antony Blinken", "Tony Blinken", "--reason", "test"]
    )
    assert result.exit_code == 0, result.stderr
    assert "Tony Blinken" in run(seeds_log, "meetings")
    assert (
        run(seeds_log, "meetings")
        == CliRunner()
        .invoke(cli, ["--log", str(seeds_log), "meetings"], env={"TIMELINE_CACHE": "off", "NO_COLOR": "1"})
        .stdout
    )


def test_a_read_only_log_still_answers(seeds_log: Path) -> None:
    expected = run(seeds_log, "meetings")
    shutil.rmtree(seeds_log / "cache")
    (seeds_log / "cache").write_text("a file where the cache folder would go")
    assert run(seeds_log, "meetings") == expected


def test_new_articles_after_corrections_update_the_cache_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline.model import NameSet, OfficeSet, PeopleMerged  # noqa: PLC0415
    from timeline.textdate import TextDate  # noqa: PLC0415

    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[60]])
    people = build(log.events()).people()
    append(
        log,
        [
            NameSet(name=people[0], to="A Renamed Person", reason="test"),
            PeopleMerged(names=(people[1],), into=people[2], reason="test"),
            OfficeSet(
                name=people[3], country="FR", role="head of state", since=TextDate(year=2001), reason="test"
            ),
        ],
    )
    assert views(cache.world(log)) == views(build(log.events()))
    rebuilds: list[int] = []
    original = cache.Cache._rebuild  # noqa: SLF001

    def counting(self: cache.Cache, target: Log) -> World:
        rebuilds.append(1)
        return original(self, target)

    monkeypatch.setattr(cache.Cache, "_rebuild", counting)
    for number in range(60, 70):
        append(log, EVENTS[ARTICLE_STARTS[number] : ARTICLE_STARTS[number + 1]])
        assert views(kept(log)) == views(build(log.events()))
    assert rebuilds == [], "new articles after corrections update the cache in place"


def test_a_view_of_a_missing_log_creates_nothing(tmp_path: Path) -> None:
    """A view of a log that does not exist is refused (issue #16) and creates no cache, no directory."""
    result = CliRunner().invoke(cli, ["--log", str(tmp_path / "none"), "meetings"])
    assert result.stdout == ""
    assert result.stderr.startswith("Error: no log at ")
    assert result.exit_code == 1
    assert not (tmp_path / "none").exists()


def test_an_acting_holder_seen_before_is_honoured_for_new_events(tmp_path: Path) -> None:
    """On a day someone acts in an office, a holder's observations that day do not count but meetings do, as in a full fold."""
    import attrs  # noqa: PLC0415

    from timeline.model import MeetingReported, OfficeObserved  # noqa: PLC0415

    log = Log(tmp_path / "events")
    head = EVENTS[: ARTICLE_STARTS[40]]
    meeting = next(e for e in head if isinstance(e, MeetingReported))
    acting = attrs.evolve(
        next(e for e in head if isinstance(e, OfficeObserved) and e.article == meeting.article),
        name="Someone Acting",
        status="acting",
        date=meeting.date,
    )
    append(log, [*head, acting])
    cache.world(log)
    later = EVENTS[ARTICLE_STARTS[40] : ARTICLE_STARTS[41]]
    same_day: list[object] = []
    for event in later:  # the next article: its meeting and observations on that day, in that office
        if isinstance(event, OfficeObserved):
            event = attrs.evolve(event, date=meeting.date, country=acting.country, role=acting.role)
        elif isinstance(event, MeetingReported):
            first = attrs.evolve(event.participants[0], country=acting.country, role=acting.role)
            event = attrs.evolve(event, date=meeting.date, participants=(first, *event.participants[1:]))
        same_day.append(event)
    append(log, same_day)
    assert views(cache.world(log)) == views(build(log.events()))


def test_a_full_fold_leaves_no_large_write_ahead_log(tmp_path: Path) -> None:
    """Filling the cache in one transaction is folded back into the file; a reader holding a snapshot is not waited for."""
    log = Log(tmp_path / "events")
    append(log, EVENTS)
    cache.world(log)  # fills the cache
    path = tmp_path / "events" / "cache" / "projection.sqlite"
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # folded back (and removed once the file is closed)
    reader = cache.world(log)  # a view over the cache: it keeps a read snapshot open
    assert isinstance(reader, cache.LazyWorld)
    stale = sqlite3.connect(path, isolation_level=None)
    stale.execute(
        "UPDATE meta SET value = 'old' WHERE key = 'version'"
    )  # the next view folds everything again
    stale.close()
    answers: list[World] = []
    folding = threading.Thread(target=lambda: answers.append(cache.world(log)))
    folding.start()
    folding.join(timeout=120)  # the fold must not wait for the snapshot above (it would wait ten minutes)
    assert not folding.is_alive()
    assert views(answers[0]) == views(reader) == views(build(log.events()))


# -- a person's country from the rest of the log, kept as a full fold keeps it -----------------------

FM = "foreign minister"


def story(
    number: int, day: str, *people: tuple[str, str | None, str], observed: bool = False
) -> list[object]:
    """A made-up article: a meeting of ``people`` (name, country, role) on ``day``, or office observations of them."""
    from timeline.model import ArticleIngested, Evidence, MeetingReported, OfficeObserved, Participant  # noqa: PLC0415
    from timeline.textdate import TextDate  # noqa: PLC0415

    article = f"{number:04x}" * 4
    evidence = Evidence(article=article, start=0, end=1, sentence="x")
    date = TextDate.from_iso(day)
    if observed:
        seen = [
            OfficeObserved(
                article=article, extractor="t", name=n, country=c, role=r, date=date, evidence=evidence
            )
            for n, c, r in people
        ]
        return [ArticleIngested(article=article, text=f"article {number}"), *seen]
    meeting = MeetingReported(
        article=article,
        extractor="t",
        date=date,
        meeting_kind="in-person",
        participants=tuple(Participant(name=n, country=c, role=r) for n, c, r in people),
        countries=tuple(sorted({c for _, c, _ in people if c})),
        evidence=evidence,
    )
    return [ArticleIngested(article=article, text=f"article {number}"), meeting]


def every_view(log: Log, world: World) -> dict[str, object]:
    """The views of ``views``, the export of the log's records and each country's page."""
    found = views(world)
    found["export"] = list(render.export_jsonl(log.events(), world))
    found["countries"] = [
        list(render.country_timeline(world, code, "jsonl")) for code in ("DE", "FR", "JP", "KR")
    ]
    return found


def participant_countries(world: World, article: str) -> list[tuple[str, str | None]]:
    meeting = next(m for m in world.meetings if m.reports[0].article == article)
    return [(p[0], p[1]) for p in meeting.participants]


def test_an_article_read_later_fills_in_and_then_unfills_a_country_through_the_cache(tmp_path: Path) -> None:
    """A country given later fills in an earlier meeting's participant; a second country takes it away again."""
    log = Log(tmp_path / "events")
    seoul = story(1, "2024-03-05", ("Iwaya", None, FM), ("Cho Tae-yul", "KR", FM))
    append(log, seoul)
    cached = cache.world(log)
    assert participant_countries(cached, seoul[0].article) == [("Iwaya", None), ("Cho Tae-yul", "KR")]  # type: ignore[attr-defined]
    append(log, story(2, "2024-11-14", ("Takeshi Iwaya", "JP", FM), ("Antony Blinken", "US", FM)))
    cached, full = cache.world(log), build(log.events())
    assert participant_countries(cached, seoul[0].article) == [("Takeshi Iwaya", "JP"), ("Cho Tae-yul", "KR")]  # type: ignore[attr-defined]
    assert every_view(log, cached) == every_view(log, full)
    append(log, story(3, "2024-12-01", ("Iwaya Takeshi", "CN", "other"), ("Wang Yi", "CN", FM)))
    cached, full = cache.world(log), build(log.events())
    assert participant_countries(cached, seoul[0].article) == [("Takeshi Iwaya", None), ("Cho Tae-yul", "KR")]  # type: ignore[attr-defined]
    assert every_view(log, cached) == every_view(log, full)
    append(log, story(4, "2024-12-02", ("Iwaya", None, FM), observed=True))
    assert every_view(log, cache.world(log)) == every_view(log, build(log.events()))


def test_a_country_the_log_knows_fills_in_new_events_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new article leaving open the country of someone the log knows is filled in by the update in place."""
    log = Log(tmp_path / "events")
    append(log, story(1, "2024-11-14", ("Takeshi Iwaya", "JP", FM), ("Antony Blinken", "US", FM)))
    cache.world(log)
    rebuilds: list[int] = []
    original = cache.Cache._rebuild  # noqa: SLF001 - counting the calls of the rule under test

    def counting(self: cache.Cache, target: Log) -> World:
        rebuilds.append(1)
        return original(self, target)

    monkeypatch.setattr(cache.Cache, "_rebuild", counting)
    later = story(2, "2024-12-01", ("Iwaya", None, FM), ("Cho Tae-yul", "KR", FM))
    append(log, [*later, *story(3, "2024-12-02", ("Iwaya", None, FM), observed=True)[1:]])
    cached = cache.world(log)
    assert rebuilds == []
    assert participant_countries(cached, later[0].article) == [("Takeshi Iwaya", "JP"), ("Cho Tae-yul", "KR")]  # type: ignore[attr-defined]
    assert every_view(log, cached) == every_view(log, build(log.events()))


PEOPLE = ["Ana Lind", "Lind", "Bo Stern", "Cy Moreau"]


@st.composite
def people_stories(draw: st.DrawFn, number: int) -> list[object]:
    """An article: a meeting or observations of people from a small cast, each with no country, FR or DE."""
    people = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True))
    cast = [
        (n, draw(st.sampled_from([None, None, "FR", "DE"])), draw(st.sampled_from([FM, FM, "other"])))
        for n in people
    ]
    day = f"2024-{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}"
    return story(number, day, *cast, observed=draw(st.booleans()))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_countries_filled_in_across_articles_are_kept_as_a_full_fold_keeps_them(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """After each article, whatever it adds to what the log knows of people's countries, the cache answers as a full fold."""
    stories = [data.draw(people_stories(number)) for number in range(1, data.draw(st.integers(2, 7)))]
    log = Log(tmp_path_factory.mktemp("log") / "events")
    for one in stories:
        append(log, one)
        assert every_view(log, kept(log)) == every_view(log, build(log.events()))


def test_a_filled_in_country_reads_the_same_with_the_cache_off(tmp_path: Path) -> None:
    """Export, meetings, changes and a country's page agree with TIMELINE_CACHE=off after an article fills in a country."""
    log = Log(tmp_path / "events")
    append(log, story(1, "2024-03-05", ("Iwaya", None, FM), ("Cho Tae-yul", "KR", FM)))
    commands = [
        ["export", "--format", "jsonl"],
        ["meetings"],
        ["changes", "--kind", "all"],
        ["country", "JP"],
    ]
    for command in commands:
        run(log.directory, *command)  # the cache is filled before the article that fills in the country
    append(log, story(2, "2024-11-14", ("Takeshi Iwaya", "JP", FM), ("Antony Blinken", "US", FM)))
    for command in commands:
        cached = run(log.directory, *command)
        off = CliRunner().invoke(
            cli, ["--log", str(log.directory), *command], env={"TIMELINE_CACHE": "off", "NO_COLOR": "1"}
        )
        assert off.exit_code == 0, off.stderr
        assert cached == off.stdout, command
    assert '"country": "JP"' in run(log.directory, "export", "--format", "jsonl").splitlines()[1]


def participant_roles(world: World, article: str) -> list[tuple[str, str]]:
    meeting = next(m for m in world.meetings if m.reports[0].article == article)
    return [(p[0], p[2]) for p in meeting.participants]


def test_an_office_seen_later_fills_in_and_a_successor_unfills_an_earlier_meeting_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An untitled participant takes the office later articles show them holding then, until a successor shows up."""
    log = Log(tmp_path / "events")
    untitled = story(1, "2025-01-10", ("Takeshi Iwaya", "JP", "other"), ("Cho Tae-yul", "KR", FM))
    append(log, untitled)
    cache.world(log)
    rebuilds: list[int] = []
    original = cache.Cache._rebuild  # noqa: SLF001 - counting the calls of the rule under test

    def counting(self: cache.Cache, target: Log) -> World:
        rebuilds.append(1)
        return original(self, target)

    monkeypatch.setattr(cache.Cache, "_rebuild", counting)
    article = untitled[0].article  # type: ignore[attr-defined]
    append(log, story(2, "2024-11-14", ("Takeshi Iwaya", "JP", FM), observed=True))
    cached, full = cache.world(log), build(log.events())
    assert participant_roles(cached, article) == [("Takeshi Iwaya", FM), ("Cho Tae-yul", FM)]
    assert every_view(log, cached) == every_view(log, full)
    append(log, story(3, "2024-12-20", ("Ana Sato", "JP", FM), observed=True))
    cached, full = cache.world(log), build(log.events())
    assert participant_roles(cached, article) == [("Takeshi Iwaya", "other"), ("Cho Tae-yul", FM)]
    assert every_view(log, cached) == every_view(log, full)
    assert rebuilds == []
    commands = [
        ["export", "--format", "jsonl"],
        ["meetings"],
        ["changes", "--kind", "all"],
        ["country", "JP"],
    ]
    for command in commands:
        off = CliRunner().invoke(cli, ["--log", str(log.directory), *command], env={"TIMELINE_CACHE": "off"})
        assert run(log.directory, *command) == off.stdout, command


def test_a_holder_whose_only_sighting_is_no_longer_clear_loses_the_office_filled_in(tmp_path: Path) -> None:
    """A month's sighting that another holder's day within it makes unclear no longer gives an office, as in a full fold."""
    log = Log(tmp_path / "events")
    untitled = story(1, "2025-01-10", ("Takeshi Iwaya", "JP", "other"), ("Cho Tae-yul", "KR", FM))
    append(log, [*untitled, *story(2, "2024-11", ("Takeshi Iwaya", "JP", FM), observed=True)])
    article = untitled[0].article  # type: ignore[attr-defined]
    assert participant_roles(cache.world(log), article) == [("Takeshi Iwaya", FM), ("Cho Tae-yul", FM)]
    append(log, story(3, "2024-11-20", ("Ana Sato", "JP", FM), observed=True))
    cached, full = cache.world(log), build(log.events())
    assert participant_roles(full, article) == [("Takeshi Iwaya", "other"), ("Cho Tae-yul", FM)]
    assert every_view(log, cached) == every_view(log, full)


# -- corrections between appends: the cache answers as a full fold ---------------------------------

DEV = ROOT.parent / "shared" / "corpus" / "dev"
STORIES = [
    ROOT / "seeds" / "000_6aeff7dc8888fcec.txt",
    *(
        DEV / f"{name}.txt"
        for name in (
            "07_park_wang_qingdao_2022",
            "08_wong_wang_beijing_2022",
            "09_blinken_qin_beijing_2023",
            "10_blinken_wang_jakarta_2023",
            "11_cleverly_beijing_2023",
            "18_iwaya_wang_beijing_2024",
            "21_rubio_wang_call_2025",
        )
    ),
]


@functools.cache
def extracted(index: int, copy: bool) -> tuple[object, ...]:  # noqa: FBT001 - a cache key
    """One story's events as ingest appends them; a copy is the same story republished with a line more."""
    from timeline import article  # noqa: PLC0415
    from timeline.extract import extract  # noqa: PLC0415 - spaCy: loaded by these tests only

    data = STORIES[index].read_bytes()
    if copy:
        data += b"\n(Republished by another desk.)\n"
    events, _ = extract(article.from_bytes(data, source_name=STORIES[index].name))
    return tuple(events)


# every correction the command line offers (cli.py: merge-people, split-person, retract, set-name,
# set-office, revert), each drawn over the names, articles and events the log holds at that moment
CORRECTION_COMMANDS = ("merge-people", "split-person", "retract", "set-name", "set-office", "revert")


def correction(draw: st.DrawFn, log: Log) -> object | None:
    """One correction of a kind the CLI offers, over what the log holds, or None when it holds nothing to correct."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import (  # noqa: PLC0415
        ROLES,
        CorrectionReverted,
        EventRetracted,
        MeetingReported,
        NameSet,
        OfficeObserved,
        OfficeSet,
        PeopleMerged,
        PersonSplit,
    )
    from timeline.textdate import TextDate  # noqa: PLC0415

    records = list(log.records())
    extracted_events = [r.event for r in records if isinstance(r.event, (MeetingReported, OfficeObserved))]
    written = sorted(
        {p.name for e in extracted_events if isinstance(e, MeetingReported) for p in e.participants}
        | {e.name for e in extracted_events if isinstance(e, OfficeObserved)}
    )
    names = st.sampled_from(written) if written else st.nothing()
    command = draw(st.sampled_from(CORRECTION_COMMANDS))
    if not written:
        return None
    if command == "merge-people":
        merged = draw(st.lists(names, min_size=2, max_size=3, unique=True)) if len(written) > 1 else written
        return PeopleMerged(names=tuple(merged), into=draw(st.sampled_from(merged)), reason="test")
    if command == "split-person":
        event = draw(st.sampled_from(extracted_events))
        return PersonSplit(
            name=draw(names),
            article=event.article,
            as_name=draw(st.sampled_from(["Wang Yi", "Someone Else"])),
        )
    if command == "retract":
        event = draw(st.sampled_from(extracted_events))
        return EventRetracted(event=draw(st.sampled_from([event_id(event), event.article])), reason="test")
    if command == "set-name":
        return NameSet(name=draw(names), to=draw(st.sampled_from([*written, "A New Name"])))
    if command == "set-office":
        since = draw(st.sampled_from([TextDate.unknown(), TextDate.from_iso("2023-01-01")]))
        country = draw(st.sampled_from([None, "CN", "US"]))
        return OfficeSet(name=draw(names), role=draw(st.sampled_from(ROLES)), country=country, since=since)
    done = [
        r
        for r in records
        if r.kind in {"people-merged", "person-split", "event-retracted", "name-set", "office-set"}
    ]
    return CorrectionReverted(correction=draw(st.sampled_from(done)).id) if done else None


def ingest_story(log: Log, events: tuple[object, ...]) -> None:
    """Append a story as ingest does: nothing when its article is in the log already."""
    if events[0].article not in log.article_ids():  # type: ignore[attr-defined]
        append(log, list(events))


def reextract_story(log: Log, events: tuple[object, ...], keep: int) -> None:
    """Append a re-reading of a story in the log, keeping the first ``keep`` of its extracted events."""
    from timeline.model import ArticleReextracted  # noqa: PLC0415

    article = events[0].article  # type: ignore[attr-defined]
    if article in log.article_ids():
        append(log, [ArticleReextracted(article=article, extractor="test-2"), *events[1 : 1 + keep]])


def cached_views(log: Log, world: World) -> dict[str, object]:
    """Every view ``every_view`` gives, the CSV export and each change kind's table."""
    found = every_view(log, world)
    found["csv"] = list(render.export_csv(world))
    found["countries"] = [
        list(render.country_timeline(world, code, "jsonl")) for code in ("CN", "US", "JP", "KR", "AU", "GB")
    ]
    return found


@settings(
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_with_corrections_between_appends_the_cache_answers_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Ingests, copies, duplicates, re-extractions and every kind of correction, in any order: cache == fold after each."""
    log = Log(tmp_path_factory.mktemp("log") / "events")
    ingest_story(log, extracted(0, copy=False))
    for _ in range(data.draw(st.integers(3, 12))):
        step = data.draw(
            st.sampled_from(["ingest", "ingest", "ingest", "correct", "correct", "reextract", "view"])
        )
        if step == "ingest":
            index = data.draw(st.integers(0, len(STORIES) - 1))
            ingest_story(log, extracted(index, copy=data.draw(st.booleans())))
        elif step == "correct":
            found = correction(data.draw, log)
            if found is not None:
                append(log, [found])
        elif step == "reextract":
            index = data.draw(st.integers(0, len(STORIES) - 1))
            events = extracted(index, copy=data.draw(st.booleans()))
            reextract_story(log, events, data.draw(st.integers(0, len(events) - 1)))
        if data.draw(st.booleans()):
            continue  # not every step is looked at: the cache then catches up several at once
        assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))
    assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))


def test_a_merge_that_makes_two_reports_of_one_article_alike_leaves_the_cache_answering_as_the_fold(
    tmp_path: Path,
) -> None:
    """Found by the property above: after a merge, either of an article's two June reports could join a later copy's meeting.

    The cache merges a part's reports again in the order its meetings hold
    them, the fold in log order; the meetings must not depend on which.
    """
    from timeline.model import PeopleMerged  # noqa: PLC0415

    log = Log(tmp_path / "events")
    for index in (0, 3):
        ingest_story(log, extracted(index, copy=False))
    append(
        log,
        [PeopleMerged(names=("Antony Blinken", "Qin Gang", "Wang Yi"), into="Antony Blinken", reason="test")],
    )
    ingest_story(log, extracted(4, copy=False))
    kept(log)
    ingest_story(log, extracted(3, copy=True))
    assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))


def test_a_retracted_article_takes_its_sightings_out_under_the_name_set_for_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the property above: an article retracted after a name set takes its sightings out under that name.

    The store printed the article's US foreign minister "Joe Biden"; the
    retraction took the last form of "Antony Blinken" with it, so the names
    after it lack him and printed him as written: the tenure stayed.
    """
    from timeline.model import EventRetracted, NameSet  # noqa: PLC0415

    log = Log(tmp_path / "events")
    events = extracted(0, copy=False)
    ingest_story(log, events)
    append(log, [NameSet(name="Antony Blinken", to="Joe Biden")])
    world = kept(log)
    assert cached_views(log, world) == cached_views(log, build(log.events()))
    assert ("US", "foreign minister", "Joe Biden") in {(t.country, t.role, t.person) for t in world.tenures}
    world.close()
    rebuilds = counted_rebuilds(monkeypatch)
    append(log, [EventRetracted(event=events[0].article, reason="test")])  # type: ignore[attr-defined]
    world = kept(log)
    assert isinstance(world, cache.LazyWorld)
    assert cached_views(log, world) == cached_views(log, build(log.events()))
    assert all(t.person != "Joe Biden" for t in world.tenures)
    world.close()
    assert rebuilds == []  # followed in the store, not made again


# -- a damaged or edited cache is thrown away, never trusted ---------------------------------------

TAMPERINGS = {
    "a name forged in meetings": "UPDATE meeting SET data = replace(data, 'Antony Blinken', 'Forged')",
    "a name forged in changes": "UPDATE change SET data = replace(data, 'Cho Tae-yul', 'Forged')",
    "three meeting rows deleted": "DELETE FROM meeting WHERE rowid IN (SELECT rowid FROM meeting LIMIT 3)",
    "the meeting table dropped": "DROP TABLE meeting",
    "the change table dropped": "DROP TABLE change",
    "a meeting row that is not JSON": "UPDATE meeting SET data = '{bad json'",
    "a change row of the wrong shape": "UPDATE change SET data = '[{\"kind\": 1}]'",
    "the names forged": "UPDATE meta SET value = replace(value, 'Antony Blinken', 'Forged') WHERE key = 'names'",
    "the meta table dropped": "DROP TABLE meta",
}


@pytest.mark.parametrize("edit", TAMPERINGS.values(), ids=list(TAMPERINGS))
def test_an_edited_cache_is_thrown_away_with_one_warning(seeds_log: Path, edit: str) -> None:
    """Forged, deleted or undecodable rows and missing tables: the views answer from the log, and say so once.

    Missing tables and rows are noticed on opening; a row's content is checked
    (against its checksum) by the first view that reads it: one warning in all,
    and the cache is made anew.
    """
    expected = {tuple(v): run(seeds_log, *v) for v in [["meetings"], ["changes", "--kind", "all"]]}
    assert any("Antony Blinken" in text for text in expected.values())
    with sqlite3.connect(seeds_log / "cache" / "projection.sqlite") as db:
        db.executescript(edit)
    warnings: list[str] = []
    for view, answer in [*expected.items(), *expected.items()]:
        result = CliRunner().invoke(cli, ["--log", str(seeds_log), *view], env={"NO_COLOR": "1"})
        assert result.exit_code == 0, result.stderr
        assert result.stdout == answer
        assert "Forged" not in result.stdout
        warnings.extend(result.stderr.splitlines())
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith("warning: ") and "cache" in warnings[0]


_KR_FIRST_PAGE = "country = 'KR' AND year = (SELECT min(year) FROM country_page WHERE country = 'KR')"
COUNTRY_TAMPERINGS = {
    "a country's meeting line forged": "UPDATE country_page SET lines = "
    "CAST(replace(CAST(lines AS TEXT), 'Antony Blinken', 'Forged') AS BLOB)",
    "a country's page deleted": f"DELETE FROM country_page WHERE {_KR_FIRST_PAGE}",
    "a page's count of lines changed": f"UPDATE country_page SET count = count + 1 WHERE {_KR_FIRST_PAGE}",
    "a page's count and the country's changed alike": f"UPDATE country_page SET count = count + 1 WHERE {_KR_FIRST_PAGE};"
    "UPDATE country_meetings SET meetings = meetings + 1 WHERE country = 'KR'",
    "a country's count changed": "UPDATE country_meetings SET meetings = meetings + 1 WHERE country = 'KR'",
}


@pytest.mark.parametrize("edit", COUNTRY_TAMPERINGS.values(), ids=list(COUNTRY_TAMPERINGS))
def test_a_country_view_notices_its_rows_edited(seeds_log: Path, edit: str) -> None:
    """A country's lines are read from their own rows: a forged or missing one is noticed there, said once."""
    view = ["country", "KR", "--format", "jsonl"]
    expected = run(seeds_log, *view)
    assert "Antony Blinken" in expected
    with sqlite3.connect(seeds_log / "cache" / "projection.sqlite") as db:
        db.executescript(edit)
    first = CliRunner().invoke(cli, ["--log", str(seeds_log), *view], env={"NO_COLOR": "1"})
    assert (first.exit_code, first.stdout) == (0, expected)
    assert len(first.stderr.splitlines()) == 1
    assert "cache" in first.stderr
    again = CliRunner().invoke(cli, ["--log", str(seeds_log), *view], env={"NO_COLOR": "1"})
    assert (again.exit_code, again.stdout, again.stderr) == (0, expected, "")


@given(
    st.lists(
        st.tuples(
            st.lists(st.integers(-3, 3), max_size=3),
            st.lists(st.text(max_size=3), max_size=3),
            st.text(max_size=3),
        ),
        min_size=2,
        max_size=2,
    )
)
def test_sortable_orders_keys_as_python_does(keys: list[tuple[list[int], list[str], str]]) -> None:
    """Two keys of one shape: their bytes compare as the keys do (NUL, surrogates, prefixes and negatives too)."""
    one, other = keys
    assert (cache.sortable(one) < cache.sortable(other)) == (one < other)
    assert (cache.sortable(one) == cache.sortable(other)) == (one == other)


@given(st.lists(st.text(), max_size=3), st.lists(st.text(), max_size=3))
def test_sortable_orders_lists_of_text_as_python_does(one: list[str], other: list[str]) -> None:
    """Lists of any text, a shorter one a prefix of a longer or not: ordered as Python orders them."""
    assert (cache.sortable(one) < cache.sortable(other)) == (one < other)


def test_a_part_damaged_after_the_check_falls_back_to_a_full_fold(seeds_log: Path) -> None:
    """A row that fails to decode when a view loads it: the world becomes the full fold's, with one warning."""
    log = Log(seeds_log)
    expected = views(build(log.events()))
    said: list[str] = []
    cache.world(log)  # fills the cache
    world = cache.world(log, warn=said.append)
    assert isinstance(world, cache.LazyWorld)
    world.__dict__["_cache"].db.execute("UPDATE meeting SET data = '{bad json'")  # inside the view's snapshot
    assert views(world) == expected
    assert len(said) == 1
    assert "thrown away" in said[0]


def test_an_acting_holder_in_a_new_article_updates_the_cache_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new article naming an acting official takes away, as a full fold does, what only observations showed of
    the office that day, and touches only that office's years, people and meetings: no rebuild."""
    import attrs  # noqa: PLC0415

    from timeline.model import OfficeObserved  # noqa: PLC0415

    log = Log(tmp_path / "events")
    head = list(EVENTS[: ARTICLE_STARTS[60]])
    seen = [
        e for e in head if isinstance(e, OfficeObserved) and e.date.known and e.country and e.role != "other"
    ]
    assert len(seen) >= 3
    days = []
    for index, found in enumerate(
        seen[:3]
    ):  # each seen on a day no meeting of theirs shows: observations only
        day = TextDate.from_date(pendulum.date(found.date.year or 2005, 12, 27 - index))
        head.append(attrs.evolve(found, date=day))
        days.append((found, day))
    append(log, head)
    cache.world(log)
    rebuilds: list[int] = []
    original = cache.Cache._rebuild  # noqa: SLF001 - counting the calls of the rule under test

    def counting(self: cache.Cache, target: Log) -> World:
        rebuilds.append(1)
        return original(self, target)

    monkeypatch.setattr(cache.Cache, "_rebuild", counting)
    before = views(cache.world(log))
    for index, (found, day) in enumerate(days):  # three acting holders, one article after another
        story = EVENTS[ARTICLE_STARTS[60 + index] : ARTICLE_STARTS[61 + index]]
        article = story[0].article  # type: ignore[attr-defined]
        name = ("Aldous Actingham", "Beatrix Stand-In", "Cornelius Interim")[index]
        acting = attrs.evolve(found, name=name, status="acting", article=article, date=day)
        acting = attrs.evolve(acting, evidence=attrs.evolve(acting.evidence, article=article))
        append(log, [*story, acting])
        assert views(cache.world(log)) == views(build(log.events()))
    assert views(cache.world(log)) != before
    assert rebuilds == []


def test_a_printed_name_changed_by_a_new_article_updates_the_cache_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new article that makes another form of a name the commonest renames the person where they are
    shown (sightings, offices, meetings, changes), as a full fold prints them, without a rebuild."""
    import attrs  # noqa: PLC0415

    from timeline.model import OfficeObserved  # noqa: PLC0415

    log = Log(tmp_path / "events")
    head = list(EVENTS[: ARTICLE_STARTS[80]])
    append(log, head)
    cache.world(log)
    rebuilds: list[int] = []
    original = cache.Cache._rebuild  # noqa: SLF001 - counting the calls of the rule under test

    def counting(self: cache.Cache, target: Log) -> World:
        rebuilds.append(1)
        return original(self, target)

    monkeypatch.setattr(cache.Cache, "_rebuild", counting)
    written: dict[str, int] = {}
    for event in head:
        if isinstance(event, OfficeObserved):
            written[event.name] = written.get(event.name, 0) + 1
    for index, name in enumerate(sorted(written, key=lambda n: (written[n], n))[:2]):  # the least seen first
        seen = next(e for e in head if isinstance(e, OfficeObserved) and e.name == name)
        story = EVENTS[ARTICLE_STARTS[80 + index] : ARTICLE_STARTS[81 + index]]
        article = story[0].article  # type: ignore[attr-defined]
        turned = " ".join(reversed(name.split()))  # the same person, family name first
        again = attrs.evolve(
            seen, name=turned, article=article, evidence=attrs.evolve(seen.evidence, article=article)
        )
        more = [
            attrs.evolve(again, date=TextDate.from_date(pendulum.date(2001, 1, 1 + n)))
            for n in range(written[name] * 2)
        ]
        append(log, [*story, again, *more])
        world = cache.world(log)
        assert turned in world.people()
        assert views(world) == views(build(log.events()))
    assert rebuilds == []


def test_an_article_row_keeps_the_header_and_never_the_text() -> None:
    """An article's row is the same whether the article came whole or light (as a rebuild reads it): no text."""
    from timeline.model import ArticleIngested  # noqa: PLC0415

    whole = ArticleIngested(
        article="ab" * 16, text="The whole text.", title="T", source="S", header={"title": "T"}
    )
    light = ArticleIngested(article="ab" * 16, text="", title="T", source="S", header={"title": "T"})
    row = cache._article_row(whole)  # noqa: SLF001 - the row format is the store's own
    assert row == cache._article_row(light)  # noqa: SLF001
    assert "The whole text." not in row[1]
    assert json.loads(row[1])["title"] == "T"


@settings(
    max_examples=25,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_log_that_ends_in_corrections_after_the_store_is_warm_is_answered_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A warm store, then one to three corrections of any kind the CLI offers and nothing else: cache == fold."""
    log = Log(tmp_path_factory.mktemp("log") / "events")
    for index in data.draw(st.lists(st.integers(0, len(STORIES) - 1), min_size=1, max_size=4)):
        ingest_story(log, extracted(index, copy=data.draw(st.booleans())))
    kept(log).close()  # the store made from the log, and current
    for _ in range(data.draw(st.integers(1, 3))):
        found = correction(data.draw, log)
        if found is not None:
            append(log, [found])
    assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))


# -- a retraction of a meeting report updates only what it touches ----------------------------------


def counted_rebuilds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one at each rebuild of the store from here on."""
    rebuilds: list[int] = []
    original = cache.Cache._rebuild  # noqa: SLF001 - counting the calls of the rule under test

    def counting(self: cache.Cache, target: Log) -> World:
        rebuilds.append(1)
        return original(self, target)

    monkeypatch.setattr(cache.Cache, "_rebuild", counting)
    return rebuilds


def test_a_retracted_meeting_report_updates_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retracting held meetings of officials, one at a time: no rebuild, and the store answers as the fold."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import EventRetracted, MeetingReported  # noqa: PLC0415

    log = Log(tmp_path / "events")
    events = EVENTS[: ARTICLE_STARTS[60]]
    append(log, events)
    kept(log).close()
    rebuilds = counted_rebuilds(monkeypatch)
    held = [
        e
        for e in events
        if isinstance(e, MeetingReported)
        and e.meeting_kind != "planned"
        and e.date.known
        and any(p.role != "other" for p in e.participants)
        and all(p.status != "acting" for p in e.participants)
    ]
    for report in held[:: max(1, len(held) // 6)]:
        append(log, [EventRetracted(event=event_id(report), reason="test")])
        assert_answered_as_the_fold(log)
    assert rebuilds == []


@_WARM_STORE_RUNS
@given(data=st.data())
def test_retractions_of_meeting_reports_after_the_store_is_warm_are_answered_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A warm store, then retractions of meeting reports (or their articles), ingests and other corrections: cache == fold."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import EventRetracted, MeetingReported  # noqa: PLC0415

    log = Log(tmp_path_factory.mktemp("log") / "events")
    for index in data.draw(st.lists(st.integers(0, len(STORIES) - 1), min_size=1, max_size=4)):
        ingest_story(log, extracted(index, copy=data.draw(st.booleans())))
    kept(log).close()
    for _ in range(data.draw(st.integers(1, 4))):
        step = data.draw(st.sampled_from(["retract", "retract", "retract", "ingest", "correct"]))
        if step == "ingest":
            index = data.draw(st.integers(0, len(STORIES) - 1))
            ingest_story(log, extracted(index, copy=data.draw(st.booleans())))
        elif step == "correct":
            found = correction(data.draw, log)
            if found is not None:
                append(log, [found])
        else:
            reports = [e for e in log.events() if isinstance(e, MeetingReported)]
            report = data.draw(st.sampled_from(reports))
            append(
                log,
                [
                    EventRetracted(
                        event=data.draw(st.sampled_from([event_id(report)] * 3 + [report.article])),
                        reason="test",
                    )
                ],
            )
        if data.draw(st.booleans()):
            assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))
    assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))


def test_an_office_year_emptied_of_its_sightings_leaves_no_row(seeds_log: Path) -> None:
    """Hypothesis found it: a retraction that takes away an office year's last sighting left the year in the
    store with none, which the next view read as damage. A rebuild makes no such year, nor may an update."""
    log = Log(seeds_log)
    cache.world(log).close()  # fills the store
    store = cache.Cache(cache.cache_path(log), log)
    part, year = store.db.execute("SELECT part, year FROM office_year LIMIT 1").fetchone()
    store._put_office_year(part, year, [], cache._Shown())  # noqa: SLF001 - the write a retraction makes
    left = store.db.execute("SELECT 1 FROM office_year WHERE part = ? AND year = ?", (part, year)).fetchone()
    assert left is None
    store.runs()  # the others still read whole
    store.db.close()


def test_a_meetings_sort_key_made_from_shared_parts_is_its_whole_key_made_anew() -> None:
    """The rebuild's sort key of each meeting (its recurring parts made once) is ``sortable`` of its order."""
    for meeting in build(EVENTS).meetings:
        people = sorted(meeting.people)
        assert cache._meeting_sort(meeting, people) == cache.sortable(cache._meeting_order(meeting))  # noqa: SLF001


def test_a_retract_of_a_meeting_report_brings_the_store_up_to_date_so_the_next_view_is_warm(
    seeds_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After ``retract`` of one meeting report the store reflects the whole log, as after ``ingest``."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import MeetingReported  # noqa: PLC0415

    run(seeds_log, "meetings")  # the store made
    before = _stored_position(seeds_log)
    report = next(e for e in Log(seeds_log).events() if isinstance(e, MeetingReported))
    run(seeds_log, "retract", event_id(report), "--reason", "test")
    assert _stored_position(seeds_log) != before
    monkeypatch.setattr(cache.Cache, "_update", _no_update)
    monkeypatch.setattr(cache.Cache, "_rebuild", _no_update)
    for view in VIEWS:
        off = CliRunner().invoke(
            cli, ["--log", str(seeds_log), *view], env={"TIMELINE_CACHE": "off", "NO_COLOR": "1"}
        )
        assert run(seeds_log, *view) == off.stdout, view


def test_a_part_named_through_its_cache_is_named_as_json_of_its_people_countries_and_kind() -> None:
    """Each meeting's and report's part (its name made once per people, countries, held or planned) is that JSON."""
    world = build(EVENTS)
    for meeting in world.meetings:
        people = sorted(meeting.people)
        countries = [] if people else sorted({c for r in meeting.reports for c in r.countries})
        expected = json.dumps([people, countries, meeting.kind == "planned"], ensure_ascii=False)
        assert cache._key(meeting, world.names) == expected  # noqa: SLF001
    for report in world.reports:
        people = sorted({world.names.get(cache.person_key(p.name), p.name) for p in report.participants})
        countries = [] if people else sorted(report.countries)
        expected = json.dumps([people, countries, report.meeting_kind == "planned"], ensure_ascii=False)
        assert cache._key(report, world.names) == expected  # noqa: SLF001


def test_pairs_of_officials_named_through_their_cache_are_json_of_the_two() -> None:
    """Each meeting's pairs of officials (each pair's JSON made once) are the JSON of the two, in order."""
    for meeting in build(EVENTS).meetings:
        officials = sorted({p.name for p in meeting.participants if p.role != "other" and p.country})
        expected = [
            json.dumps([one, other], ensure_ascii=False)
            for index, one in enumerate(officials)
            for other in officials[index + 1 :]
        ]
        assert list(cache._pairs(meeting)) == expected  # noqa: SLF001


# -- merges and names set update only what shows the people they rename ----------------------------


def _renamings() -> list[object]:
    """Merges and names set over the synthetic log's officials: of one country and of two, into a third name."""
    from timeline.model import NameSet, PeopleMerged  # noqa: PLC0415

    return [
        PeopleMerged(names=("Arlen Telfordson", "Joran Ruvaneler"), into="Arlen Telfordson", reason="test"),
        NameSet(name="Hugo Ambergova", to="Hugo Amber-Gova", reason="test"),
        PeopleMerged(names=("Elin Quillanova", "Lior Telfordson"), into="E. Q. Telfordson", reason="test"),
        NameSet(name="Boris Telfordini", to="Joran Varnenberg", reason="test"),  # a name set to another's
        PeopleMerged(names=("Kaia Marrowane", "Celia Varnenova"), into="Celia Varnenova", reason="test"),
    ]


def test_merges_and_names_set_update_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each merge or name set, one at a time after a warm store: no rebuild, and the store answers as the fold."""
    assert _rebuilds_after_each(tmp_path, monkeypatch, _renamings()) == []


def _rebuilds_after_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corrections: list[object]
) -> list[int]:
    """The rebuilds made while each correction is appended, one at a time, after a store warm over 60 articles;
    after each, the store's views equal the fold's."""
    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[60]])
    kept(log).close()
    rebuilds = counted_rebuilds(monkeypatch)
    for correction in corrections:
        append(log, [correction])
        assert_answered_as_the_fold(log)
    return rebuilds


def test_a_merge_of_people_seen_in_one_article_on_one_day_makes_the_store_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two people made one, seen on one day in one article: their new offices hang on the log's order, which the
    store does not keep; the store is made again, and answers as the fold."""
    from timeline.model import PeopleMerged  # noqa: PLC0415

    log = Log(tmp_path / "events")
    ingest_story(log, extracted(0, copy=False))
    kept(log).close()
    rebuilds = counted_rebuilds(monkeypatch)
    append(log, [PeopleMerged(names=("Antony Blinken", "Joe Biden"), into="Joe Biden", reason="test")])
    assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))
    assert rebuilds == [1]


def test_a_correction_appended_again_is_in_force_once_in_the_store(tmp_path: Path) -> None:
    """A merge appended twice is one correction in force in the store, as ``corrections.in_force`` keeps it."""
    from timeline.model import PeopleMerged  # noqa: PLC0415

    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[20]])
    kept(log).close()
    merge = PeopleMerged(names=("Arlen Telfordson", "Joran Ruvaneler"), into="Arlen Telfordson", reason="t")
    append(log, [merge])
    kept(log).close()
    append(log, [merge])
    world = kept(log)
    assert world.corrections == [merge]
    world.close()


SYNTHETIC_NAMES = sorted(
    {p.name for e in EVENTS[: ARTICLE_STARTS[40]] if e.kind == "meeting-reported" for p in e.participants}  # type: ignore[attr-defined]
)


@_WARM_STORE_RUNS
@given(data=st.data())
def test_merges_and_names_set_after_the_store_is_warm_are_answered_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A warm store over many articles, then merges and names set (into names seen or new), new articles between."""
    from timeline.model import NameSet, PeopleMerged  # noqa: PLC0415

    names = st.sampled_from(SYNTHETIC_NAMES)

    def correction(data: st.DataObject, step: int) -> list[object]:
        kind = data.draw(st.sampled_from(["merge", "name", "article"]))
        if kind == "merge":
            merged = data.draw(st.lists(names, min_size=2, max_size=3, unique=True))
            into = data.draw(st.sampled_from([*merged, "Someone Merged"]))
            return [PeopleMerged(names=tuple(merged), into=into, reason="test")]
        if kind == "name":
            to = data.draw(st.sampled_from(["A New Name", *SYNTHETIC_NAMES]))
            return [NameSet(name=data.draw(names), to=to)]
        return list(EVENTS[ARTICLE_STARTS[40 + step] : ARTICLE_STARTS[41 + step]])

    _answered_as_a_full_fold(tmp_path_factory, data, correction)


def _answered_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    correction: Callable[[st.DataObject, int], list[object]],
) -> None:
    """A warm store over 40 articles, then one to four steps, each the events ``correction`` draws: the
    store's views equal a full fold's now and then, and at the end."""
    log = Log(tmp_path_factory.mktemp("log") / "events")
    append(log, EVENTS[: ARTICLE_STARTS[40]])
    kept(log).close()
    for step in range(data.draw(st.integers(1, 4))):
        append(log, correction(data, step))
        if data.draw(st.booleans()):
            assert views(kept(log)) == views(build(log.events()))
    assert views(kept(log)) == views(build(log.events()))


# -- a retraction finds its report through the index of reports by id -------------------------------


def _index_and_lines(log: Log) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The store's index of reports, and the (key, meeting) its meetings' lines say it should hold."""
    store = cache.Cache(cache.cache_path(log), log)
    try:
        indexed = set(store.db.execute("SELECT key, meeting FROM report"))
        listed = {
            (cache.report_key(source["event"]), meeting)
            for meeting, line in store.db.execute("SELECT id, line FROM meeting")
            for source in json.loads(line)["sources"]
        }
    finally:
        store.close()
    return indexed, listed


def test_the_index_of_reports_follows_every_update(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a rebuild, new articles, retractions and a merge, the index holds each stored report's meeting, no other."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import EventRetracted, MeetingReported, PeopleMerged  # noqa: PLC0415

    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[30]])
    kept(log).close()
    indexed, listed = _index_and_lines(log)
    assert indexed == listed
    assert indexed
    rebuilds = counted_rebuilds(monkeypatch)
    reports = [e for e in EVENTS[: ARTICLE_STARTS[30]] if isinstance(e, MeetingReported)]
    steps: list[list[object]] = [
        list(EVENTS[ARTICLE_STARTS[30] : ARTICLE_STARTS[34]]),
        [EventRetracted(event=event_id(reports[3]), reason="test")],
        [PeopleMerged(names=("Arlen Telfordson", "Joran Ruvaneler"), into="Arlen Telfordson", reason="test")],
        [EventRetracted(event=event_id(reports[-2]), reason="test")],
    ]
    for step in steps:
        append(log, step)
        kept(log).close()
        assert _index_and_lines(log)[0] == _index_and_lines(log)[1]
    assert rebuilds == []


def test_a_retraction_reads_the_meetings_its_index_names_not_every_meeting(tmp_path: Path) -> None:
    """The query that finds a retracted report searches the index, not the meeting table row by row."""
    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[10]])
    kept(log).close()
    store = cache.Cache(cache.cache_path(log), log)
    seen: list[str] = []
    store.db.set_trace_callback(seen.append)
    line = store.db.execute("SELECT line FROM meeting LIMIT 1").fetchone()[0]
    event = json.loads(line)["sources"][0]["event"]
    found = store._retracted_reports({event})  # noqa: SLF001 - the lookup under test
    assert found
    assert [r for rows in found.values() for r in rows]
    plans = [
        " ".join(str(row[-1]) for row in store.db.execute(f"EXPLAIN QUERY PLAN {query}"))  # bound: traced
        for query in seen
        if "FROM report" in query
    ]
    store.close()
    assert plans
    assert all("SCAN meeting" not in plan for plan in plans), plans


# -- retractions of an observation or an article, and reverts of retractions, update what they touch ----


def _retraction_steps(count: int) -> tuple[list[object], list[object]]:
    """The first ``count`` articles of the synthetic log, and, of each of a few of their held meetings of
    officials (none acting), the report and the office observation of a participant other articles name too,
    in an article all of whose names other articles write too (a name written nowhere else, put back, would
    change the order of the names: the store is made again)."""
    from timeline.model import MeetingReported, OfficeObserved  # noqa: PLC0415

    events = EVENTS[: ARTICLE_STARTS[count]]
    articles_of: dict[str, set[str]] = {}
    names_of: dict[str, set[str]] = {}  # the names each article writes: a whole article put back writes them all
    for e in events:
        if isinstance(e, OfficeObserved):
            articles_of.setdefault(e.name, set()).add(e.article)
            names_of.setdefault(e.article, set()).add(e.name)
        elif isinstance(e, MeetingReported):
            for p in e.participants:
                articles_of.setdefault(p.name, set()).add(e.article)
                names_of.setdefault(e.article, set()).add(p.name)
    held = [
        e
        for e in events
        if isinstance(e, MeetingReported)
        and e.meeting_kind != "planned"
        and e.date.known
        and any(p.role != "other" for p in e.participants)
        and all(p.status != "acting" for p in e.participants)
    ]
    picked: list[object] = []
    for report in held[:: max(1, len(held) // 8)]:
        observed = [
            e
            for e in events
            if isinstance(e, OfficeObserved) and e.article == report.article and len(articles_of[e.name]) > 1
        ]
        if any(len(articles_of[name]) < 2 for name in names_of[report.article]):  # type: ignore[attr-defined]
            continue
        if observed and len(picked) < 8:  # noqa: PLR2004 - four meetings
            picked += [report, observed[0]]
    assert len(picked) == 8  # noqa: PLR2004 - four meetings
    return events, picked


def _log_of_retraction_steps(tmp_path: Path) -> tuple[Log, list[object]]:
    """A log of the first 60 articles, and the events ``_retraction_steps`` picks of them."""
    log = Log(tmp_path / "events")
    events, picked = _retraction_steps(60)
    append(log, events)
    return log, picked


def _answered_without_a_rebuild(log: Log, steps: list[list[object]], monkeypatch: pytest.MonkeyPatch) -> None:
    """Each step appended in turn to a warm store: the store updated, never made again, and every view the fold's."""
    kept(log).close()
    rebuilds = counted_rebuilds(monkeypatch)
    for step in steps:
        append(log, step)
        world = kept(log)
        assert isinstance(world, cache.LazyWorld)
        assert views(world) == views(build(log.events())), step
        world.close()
    assert rebuilds == []


@pytest.mark.parametrize("first", ["observation", "report"])
def test_a_retracted_office_observation_updates_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str
) -> None:
    """An observation retracted before or after the report of the same meeting: each followed, as the fold."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import EventRetracted  # noqa: PLC0415

    log, picked = _log_of_retraction_steps(tmp_path)
    steps: list[list[object]] = []
    for report, observed in zip(picked[::2], picked[1::2], strict=True):
        pair = [observed, report] if first == "observation" else [report, observed]
        steps += [[EventRetracted(event=event_id(e), reason="test")] for e in pair]  # type: ignore[arg-type]
    _answered_without_a_rebuild(log, steps, monkeypatch)


def test_a_retracted_article_updates_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retracting whole articles (their meeting reports and office observations, as in the fold)."""
    from timeline.model import EventRetracted  # noqa: PLC0415

    log, picked = _log_of_retraction_steps(tmp_path)
    steps = [[EventRetracted(event=e.article, reason="test")] for e in picked[::2]]  # type: ignore[attr-defined]
    _answered_without_a_rebuild(log, steps, monkeypatch)  # type: ignore[arg-type]


@pytest.mark.parametrize("named", ["report", "observation", "article"])
def test_a_reverted_retraction_updates_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: str
) -> None:
    """A retraction taken back puts its events back, then a retraction of the other event of the meeting."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import CorrectionReverted, EventRetracted  # noqa: PLC0415

    log, picked = _log_of_retraction_steps(tmp_path)
    steps: list[list[object]] = []
    for report, observed in zip(picked[::2], picked[1::2], strict=True):
        target = {"report": event_id(report), "observation": event_id(observed), "article": report.article}  # type: ignore[arg-type, attr-defined]
        retraction = EventRetracted(event=target[named], reason="test")
        other = observed if named == "report" else report
        steps += [
            [retraction],
            [CorrectionReverted(correction=event_id(retraction), reason="test")],
            [EventRetracted(event=event_id(other), reason="test")],  # type: ignore[arg-type]
        ]
    _answered_without_a_rebuild(log, steps, monkeypatch)


def test_a_sighting_taken_out_and_put_back_by_reverts_updates_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both events that showed an official at a meeting retracted, then each put back: the sighting leaves its
    office and comes back, first as a held meeting's, then an observation's too."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import CorrectionReverted, EventRetracted  # noqa: PLC0415

    log, picked = _log_of_retraction_steps(tmp_path)
    steps: list[list[object]] = []
    for report, observed in zip(picked[::2], picked[1::2], strict=True):
        retractions = [EventRetracted(event=event_id(e), reason="test") for e in (observed, report)]  # type: ignore[arg-type]
        steps += [[r] for r in retractions]
        steps += [[CorrectionReverted(correction=event_id(r), reason="test")] for r in reversed(retractions)]
    _answered_without_a_rebuild(log, steps, monkeypatch)


def test_an_observation_retracted_while_another_of_its_article_shows_the_same_keeps_the_sighting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article that observed an official twice: one observation retracted (and the meeting) leaves the
    sighting the other shows."""
    import attrs  # noqa: PLC0415

    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import EventRetracted  # noqa: PLC0415

    log, picked = _log_of_retraction_steps(tmp_path)
    twins = [
        attrs.evolve(o, evidence=attrs.evolve(o.evidence, start=o.evidence.start + 1))  # type: ignore[attr-defined]
        for o in picked[1::2]
    ]
    append(log, twins)
    steps: list[list[object]] = []
    for report, observed in zip(picked[::2], picked[1::2], strict=True):
        steps += [[EventRetracted(event=event_id(e), reason="test")] for e in (report, observed)]  # type: ignore[arg-type]
    _answered_without_a_rebuild(log, steps, monkeypatch)


def test_an_office_set_and_its_revert_in_one_update_are_answered_as_a_full_fold(tmp_path: Path) -> None:
    """Hypothesis found it (seed 23): an office set appended and reverted before the next view was followed as if
    in force; a revert of anything but a retraction makes the store again."""
    from timeline.model import CorrectionReverted, OfficeSet  # noqa: PLC0415

    log = Log(tmp_path / "events")
    ingest_story(log, extracted(0, copy=False))
    kept(log).close()
    append(log, [OfficeSet(name="Antony Blinken", role="head of state")])
    office_set = [r for r in log.records() if r.kind == "office-set"][-1]
    append(log, [CorrectionReverted(correction=office_set.id)])
    assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))


@_WARM_STORE_RUNS
@given(data=st.data())
def test_retractions_and_their_reverts_after_the_store_is_warm_are_answered_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A warm store, then retractions of reports, observations and articles, reverts of them and new articles,
    in any order, some in one update: cache == fold."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import CorrectionReverted, EventRetracted, MeetingReported, OfficeObserved  # noqa: PLC0415

    log = Log(tmp_path_factory.mktemp("log") / "events")
    articles = data.draw(st.integers(3, 12))
    append(log, EVENTS[: ARTICLE_STARTS[articles]])
    kept(log).close()
    extracted = [
        e for e in EVENTS[: ARTICLE_STARTS[articles]] if isinstance(e, (MeetingReported, OfficeObserved))
    ]
    done: list[EventRetracted] = []
    for _ in range(data.draw(st.integers(1, 6))):
        step = data.draw(st.sampled_from(["report", "observation", "article", "revert", "revert", "ingest"]))
        if step == "ingest" and articles < 20:
            append(log, EVENTS[ARTICLE_STARTS[articles] : ARTICLE_STARTS[articles + 1]])
            articles += 1
        elif step == "revert" and done:
            append(
                log, [CorrectionReverted(correction=event_id(data.draw(st.sampled_from(done))), reason="t")]
            )
        elif step in {"report", "observation", "article"}:
            kind = MeetingReported if step != "observation" else OfficeObserved
            event = data.draw(st.sampled_from([e for e in extracted if isinstance(e, kind)]))
            done.append(
                EventRetracted(event=event.article if step == "article" else event_id(event), reason="t")
            )
            append(log, [done[-1]])
        if data.draw(st.booleans()):
            assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))
    assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))


# -- an office set updates one person's sightings and meetings --------------------------------------


def _offices_set() -> list[object]:
    """Offices set for the synthetic log's officials (of one country each): another class, a title, from a date
    on (between two of the person's sightings), no office class, from a date after every meeting."""
    from timeline.model import OfficeSet  # noqa: PLC0415

    return [
        OfficeSet(name="Joran Varnenberg", role="head of government", reason="test"),
        OfficeSet(name="Hugo Ambergova", role="defence minister", country="GB", title="Defence Secretary"),
        OfficeSet(name="Lior Telfordson", role="head of state", since=TextDate.from_iso("2003-01-01")),
        OfficeSet(name="Elin Marrowova", role="other", country="JP"),
        OfficeSet(name="Greta Lindqvistov", role="defence minister", since=TextDate.from_iso("2004-01-01")),
        OfficeSet(name="Ines Ruvaneini", role="head of state", since=TextDate.from_iso("2100-01-01")),
    ]


def test_offices_set_update_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each office set, one at a time after a warm store: no rebuild, and the store answers as the fold."""
    assert _rebuilds_after_each(tmp_path, monkeypatch, _offices_set()) == []


def _article_events(index: int) -> list[object]:
    """The synthetic log's events of its ``index``-th article."""
    return list(EVENTS[ARTICLE_STARTS[index] : ARTICLE_STARTS[index + 1]])


def _with_other_observation(index: int, name: str, country: str) -> list[object]:
    """An article whose office observation of ``name`` gives no office class."""
    from timeline.model import OfficeObserved  # noqa: PLC0415

    events = _article_events(index)
    seen = next(e for e in events if isinstance(e, OfficeObserved))
    return [*events, attrs_evolve(seen, name=name, country=country, role="other")]


def _with_countries_reversed(index: int) -> list[object]:
    """An article whose meeting report lists its countries out of order (as an extractor may)."""
    from timeline.model import MeetingReported  # noqa: PLC0415

    return [
        attrs_evolve(e, countries=tuple(reversed(e.countries)))
        if isinstance(e, MeetingReported) and len(e.countries) > 1
        else e
        for e in _article_events(index)
    ]


def attrs_evolve(event: object, **changes: object) -> object:
    import attrs  # noqa: PLC0415

    return attrs.evolve(event, **changes)  # type: ignore[misc]


def _unbounded_office_sets() -> dict[str, tuple[list[list[object]], object]]:
    from timeline.model import OfficeSet  # noqa: PLC0415

    return {
        "a name written with two countries": ([], OfficeSet(name="Arlen Telfordson", role="head of state")),
        "a second office set of the name": (
            [[OfficeSet(name="Joran Varnenberg", role="head of state", title="President")]],
            OfficeSet(name="Joran Varnenberg", role="head of government"),
        ),
        "an observation of the name with no office class": (
            [_with_other_observation(60, "Joran Varnenberg", "KR")],
            OfficeSet(name="Joran Varnenberg", role="head of government"),
        ),
        "a report whose countries are out of order, then the first office set": (
            [_with_countries_reversed(61)],
            OfficeSet(name="Joran Varnenberg", role="head of government"),
        ),
    }


@pytest.mark.parametrize("case", list(_unbounded_office_sets()))
def test_an_office_set_whose_effect_the_store_cannot_bound_makes_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    """An office set the store cannot follow from what it keeps: the store is made again, and answers as the fold."""
    before, office = _unbounded_office_sets()[case]
    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[60]])
    kept(log).close()
    for events in before:
        append(log, events)
        kept(log).close()
    rebuilds = counted_rebuilds(monkeypatch)
    append(log, [office])
    assert views(kept(log)) == views(build(log.events()))
    assert rebuilds == [1]


def _countries_of_names() -> dict[str, set[str | None]]:
    """The countries the synthetic log gives each written name (in its first 46 articles)."""
    found: dict[str, set[str | None]] = {}
    for event in EVENTS[: ARTICLE_STARTS[46]]:
        for name, country in [(p.name, p.country) for p in getattr(event, "participants", ())] + (
            [(event.name, event.country)] if event.kind == "office-observed" else []  # type: ignore[attr-defined]
        ):
            found.setdefault(name, set()).add(country)
    return found


NAME_COUNTRIES = _countries_of_names()
ONE_COUNTRY = sorted(name for name in SYNTHETIC_NAMES if len(NAME_COUNTRIES[name]) == 1)


@_WARM_STORE_RUNS
@given(data=st.data())
def test_offices_set_after_the_store_is_warm_are_answered_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A warm store over many articles, then offices set (any class, country, title, date), merges and articles."""
    from timeline.model import ROLES, OfficeSet, PeopleMerged  # noqa: PLC0415

    names = st.sampled_from(SYNTHETIC_NAMES)

    def correction(data: st.DataObject, step: int) -> list[object]:
        kind = data.draw(st.sampled_from(["office", "office", "merge", "article"]))
        if kind == "office":
            name = data.draw(st.sampled_from(ONE_COUNTRY) | names)  # mostly one the store can follow
            return [
                OfficeSet(
                    name=name,
                    role=data.draw(st.sampled_from(ROLES)),
                    country=data.draw(st.sampled_from([None, *sorted(NAME_COUNTRIES[name], key=str), "GB"])),
                    title=data.draw(st.sampled_from([None, "Minister"])),
                    since=data.draw(st.sampled_from([TextDate.unknown(), TextDate.from_iso("2004-06-01")])),
                )
            ]
        if kind == "merge":
            merged = data.draw(st.lists(names, min_size=2, max_size=2, unique=True))
            return [PeopleMerged(names=tuple(merged), into=merged[0], reason="test")]
        return list(_article_events(40 + step))

    _answered_as_a_full_fold(tmp_path_factory, data, correction)


# -- splits, and reverts of merges, splits and names set, update only the people they touch --------


def _written_in(upto: int) -> dict[str, list[str]]:
    """Each name the synthetic log's first ``upto`` articles write, with the articles that write it, in order."""
    from timeline.model import MeetingReported, OfficeObserved  # noqa: PLC0415

    found: dict[str, list[str]] = {}
    for event in EVENTS[: ARTICLE_STARTS[upto]]:
        if isinstance(event, MeetingReported):
            for p in event.participants:
                found.setdefault(p.name, []).append(event.article)
        elif isinstance(event, OfficeObserved):
            found.setdefault(event.name, []).append(event.article)
    return {name: list(dict.fromkeys(articles)) for name, articles in found.items()}


def _splits() -> list[object]:
    """Splits over the synthetic log's first 60 articles: out of a name's only article (the person is gone), out
    of one of many (into a new name, and into a name another official is printed with), then their reverts."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import CorrectionReverted, PersonSplit  # noqa: PLC0415

    written = _written_in(60)
    once = next(name for name, articles in sorted(written.items()) if len(articles) == 1)
    often = sorted((name for name in written if len(written[name]) > 2), key=lambda n: (-len(written[n]), n))
    splits = [
        PersonSplit(name=once, article=written[once][0], as_name="Someone Split", reason="test"),
        PersonSplit(name=often[0], article=written[often[0]][1], as_name="Another Split", reason="test"),
        PersonSplit(name=often[1], article=written[often[1]][0], as_name=often[2], reason="test"),
    ]
    reverts = [CorrectionReverted(correction=event_id(split), reason="test") for split in reversed(splits)]
    return [*splits, *reverts]


def test_splits_and_their_reverts_update_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each split, then each one's revert, one at a time after a warm store: no rebuild, and the store answers as
    the fold (the people split or joined, their sightings, offices, meetings and changes)."""
    assert _rebuilds_after_each(tmp_path, monkeypatch, _splits()) == []


def test_reverts_of_merges_and_names_set_update_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each merge or name set, then each one's revert (last first), one at a time: no rebuild, and the store
    answers as the fold after each (a merge taken back makes one person two again)."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import CorrectionReverted  # noqa: PLC0415

    made = _renamings()
    reverts = [
        CorrectionReverted(correction=event_id(c), reason="test")  # type: ignore[arg-type]
        for c in reversed(made)
    ]
    assert _rebuilds_after_each(tmp_path, monkeypatch, [*made, *reverts]) == []


def test_a_merge_of_people_seen_in_one_article_on_one_day_taken_back_updates_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge the rename path cannot follow (their sightings interleave) makes the store again; its revert is
    followed in place, the two people's sightings read from the log in its order, and answers as the fold."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import CorrectionReverted, PeopleMerged, PersonSplit  # noqa: PLC0415

    log = Log(tmp_path / "events")
    ingest_story(log, extracted(0, copy=False))
    ingest_story(log, extracted(3, copy=False))
    merge = PeopleMerged(names=("Antony Blinken", "Joe Biden"), into="Joe Biden", reason="test")
    append(log, [merge])
    kept(log).close()
    rebuilds = counted_rebuilds(monkeypatch)
    article = extracted(0, copy=False)[0].article  # type: ignore[attr-defined]
    for step in (
        CorrectionReverted(correction=event_id(merge), reason="test"),
        PersonSplit(name="Antony Blinken", article=article, as_name="Joe Biden", reason="test"),
    ):
        append(log, [step])
        assert cached_views(log, kept(log)) == cached_views(log, build(log.events()))
    assert rebuilds == []


def test_a_split_with_an_office_set_and_a_retraction_in_force_updates_the_store_without_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A split of a name an office set gives another office, while a retraction is in force: the split part is
    no longer in that office (the office set names the written name), followed in place as the fold has it."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import (  # noqa: PLC0415
        CorrectionReverted,
        EventRetracted,
        MeetingReported,
        OfficeSet,
        PersonSplit,
    )

    written = _written_in(60)
    name = sorted((n for n in written if len(written[n]) > 2), key=lambda n: (-len(written[n]), n))[0]
    retracted = next(
        e
        for e in EVENTS[: ARTICLE_STARTS[60]]
        if isinstance(e, MeetingReported) and e.article != written[name][2]
    )
    log = Log(tmp_path / "events")
    append(log, EVENTS[: ARTICLE_STARTS[60]])
    append(
        log,
        [
            OfficeSet(name=name, role="head of state", reason="test"),
            EventRetracted(event=event_id(retracted), reason="test"),
        ],
    )
    kept(log).close()
    rebuilds = counted_rebuilds(monkeypatch)
    split = PersonSplit(name=name, article=written[name][2], as_name="Split Off", reason="test")
    for step in (split, CorrectionReverted(correction=event_id(split), reason="test")):
        append(log, [step])
        assert_answered_as_the_fold(log)
    assert rebuilds == []


@_WARM_STORE_RUNS
@given(data=st.data())
def test_splits_and_reverts_after_the_store_is_warm_are_answered_as_a_full_fold(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A warm store over many articles, then splits (into names new or seen), merges, names set and reverts of
    any of them, new articles between: the store's views equal a full fold's."""
    from timeline.codec import event_id  # noqa: PLC0415
    from timeline.model import CorrectionReverted, NameSet, PeopleMerged, PersonSplit  # noqa: PLC0415

    written = _written_in(44)
    names = st.sampled_from(SYNTHETIC_NAMES)
    made: list[object] = []

    def correction(data: st.DataObject, step: int) -> list[object]:
        kind = data.draw(st.sampled_from(["split", "split", "merge", "name", "revert", "revert", "article"]))
        found: object
        if kind == "split":
            name = data.draw(names)
            article = data.draw(st.sampled_from(written.get(name, []) or [written[SYNTHETIC_NAMES[0]][0]]))
            as_name = data.draw(st.sampled_from(["Someone Split", *SYNTHETIC_NAMES]))
            found = PersonSplit(name=name, article=article, as_name=as_name, reason="test")
        elif kind == "merge":
            merged = data.draw(st.lists(names, min_size=2, max_size=3, unique=True))
            found = PeopleMerged(names=tuple(merged), into=data.draw(st.sampled_from(merged)), reason="test")
        elif kind == "name":
            to = data.draw(st.sampled_from(["A New Name", *SYNTHETIC_NAMES]))
            found = NameSet(name=data.draw(names), to=to)
        elif kind == "revert" and made:
            reverted = data.draw(st.sampled_from(made))
            found = CorrectionReverted(correction=event_id(reverted), reason="test")  # type: ignore[arg-type]
        else:
            return list(EVENTS[ARTICLE_STARTS[40 + step] : ARTICLE_STARTS[41 + step]])
        made.append(found)
        return [found]

    _answered_as_a_full_fold(tmp_path_factory, data, correction)
