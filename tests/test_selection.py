"""Flagged changes and the filters every listing view shares: one definition, through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pendulum
import pytest

from tests.clirun import ingest_seeds, ok, run
from timeline import Selection, flagged, open_log, world_of
from timeline.cli import cli

TWO_OFFICES = Path(__file__).resolve().parent / "data" / "two_offices.txt"


@pytest.fixture(scope="module")
def seeds_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_seeds(tmp_path_factory.mktemp("seeds") / "events")


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One log of one article, one of 50 copies of it (each with a line of its own, so each is its own article)."""
    base = tmp_path_factory.mktemp("copies")
    folder = base / "articles"
    folder.mkdir()
    text = TWO_OFFICES.read_text(encoding="utf-8")
    for number in range(50):
        (folder / f"copy_{number:02d}.txt").write_text(f"{text}\nFiled as copy {number}.\n", encoding="utf-8")
    one, many = base / "one", base / "many"
    assert run(one, "ingest", "-q", str(folder / "copy_00.txt")).exit_code == 0
    result = run(many, "ingest", "-q", str(folder))
    assert result.exit_code == 0, result.stderr
    assert len(ok(many, "log", "--kind", "article-ingested", "--format", "jsonl").splitlines()) == 50
    return one, many


def test_fifty_copies_of_one_article_flag_the_same_changes_as_one(copies: tuple[Path, Path]) -> None:
    """Copies of an article (a person in two offices at once) add no flagged change, of any kind."""
    one, many = copies
    for args in (["changes"], ["changes", "--kind", "all"]):
        assert ok(many, *args) == ok(one, *args)
    flips = ok(many, "changes", "--kind", "new-office").splitlines()
    assert len(flips) <= 1, flips


def test_a_person_in_two_offices_holds_both(copies: tuple[Path, Path]) -> None:
    """Choi Sang-mok is finance minister and acting head of state at once: both offices list him, no flip-flop."""
    _, many = copies
    offices = json.loads(ok(many, "offices", "2025-01-31", "--country", "KR", "--format", "json"))
    held = {(o["role"], h["name"]) for o in offices for h in o["holders"]}
    assert {("finance minister", "Choi Sang-mok"), ("head of state", "Choi Sang-mok")} <= held


def test_the_page_counts_the_flagged_changes_timeline_changes_prints(seeds_log: Path, tmp_path: Path) -> None:
    """The page's "N flagged changes" is the number of lines of `timeline changes --format jsonl`, also filtered."""
    for filters in (
        [],
        ["--kind", "all"],
        ["--country", "KR"],
        ["--since", "2024", "--kind", "first-meeting"],
    ):
        result = run(seeds_log, "html", "-o", str(tmp_path / "page.html"), *filters)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
        count = int(re.search(r"(\d+) flagged changes", result.stderr).group(1))  # type: ignore[union-attr]
        assert count == len(ok(seeds_log, "changes", "--format", "jsonl", *filters).splitlines()), filters


def dates(lines: str) -> list[str | None]:
    return [json.loads(line)["date"] for line in lines.splitlines()]


LISTING_VIEWS = ("meetings", "changes", "log", "export", "html", "country", "official")
FILTERS = {"since", "until", "country_queries", "official_queries", "kinds", "topics", "places"}


def test_every_listing_view_takes_the_one_set_of_filters() -> None:
    """meetings, changes, log, export, html, country and official take the same filter options, from one place."""
    for name in LISTING_VIEWS:
        params = {p.name: p for p in cli.commands[name].params}
        assert set(params) >= FILTERS, name
        assert all(params[f].multiple for f in FILTERS - {"since", "until"}), name  # repeatable
        helps = {f: params[f].help for f in FILTERS}
        assert helps == {
            f: p.help
            for f, p in ((f, {q.name: q for q in cli.commands["meetings"].params}[f]) for f in FILTERS)
        }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (["--since", "2024"], ["2024-11-14"] * 3),
        (["--since", "2023-11"], ["2023-11-14", *["2024-11-14"] * 3]),
        (["--until", "2023-09"], ["2023-08", "2023-09"]),
        (["--since", "2023-09-01", "--until", "2023-11-14"], ["2023-09", "2023-11-14"]),
        (["--country", "CA"], ["2024-11-14"]),
        (["--country", "Canada", "--country", "cn"], ["2024-11-14", None]),
        (["--official", "iwaya"], ["2024-11-14"]),
        (["--official", "Takeshi Iwaya", "--official", "JOLY"], ["2024-11-14", "2024-11-14"]),
        (["--kind", "planned"], [None]),
        (["--topic", "taiwan"], [None]),
        (["--topic", "Ukraine", "--since", "2024"], ["2024-11-14"]),
        (["--place", "camp david", "--place", "San Francisco"], ["2023-08", "2023-11-14"]),
        (["--kind", "call"], []),
    ],
)
def test_meetings_take_every_filter(seeds_log: Path, filters: list[str], expected: list[str | None]) -> None:
    """Dates at any precision, countries by code or name, people by any name form, kinds, topics, places; all must hold."""
    result = run(seeds_log, "meetings", "--format", "jsonl", *filters)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert dates(result.stdout) == expected


def test_a_filter_that_takes_nothing_says_so(seeds_log: Path) -> None:
    """A table with nothing left says that nothing matches, on stdout, exit 0."""
    result = run(seeds_log, "meetings", "--kind", "call")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "no meetings in the log match\n", "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["meetings", "--since", "2024-13"], "'2024-13' is not a real date"),
        (["meetings", "--since", "last year"], "write it like 2024, 2024-11 or 2024-11-14"),
        (["changes", "--since", "2024", "--until", "2023"], "--until must not be before --since"),
        (["log", "--country", "Atlantis"], "no country called 'Atlantis'"),
        (["export", "--official", "nobody-at-all"], "nobody called 'nobody-at-all'"),
        (["country", "KR", "--kind", "lunch"], "'lunch' is not one of"),
    ],
)
def test_bad_filters_are_usage_errors(seeds_log: Path, args: list[str], message: str) -> None:
    """A filter that cannot be read, or names no country or person, exits 2 with nothing on stdout."""
    result = run(seeds_log, *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


def test_changes_country_and_official_filter_the_flagged_changes(seeds_log: Path) -> None:
    """--country, --official and --since narrow changes; country and official show the same flagged ones."""
    korea = [
        json.loads(line)
        for line in ok(seeds_log, "changes", "--country", "South Korea", "--format", "jsonl").splitlines()
    ]
    assert [(c["country"], c["after"]["name"]) for c in korea] == [("KR", "Cho Tae-yul")]
    assert ok(seeds_log, "changes", "--official", "park jin", "--format", "jsonl") == ok(
        seeds_log, "changes", "--country", "KR", "--format", "jsonl"
    )
    assert ok(seeds_log, "changes", "--until", "2024-10", "--format", "jsonl") == ""
    firsts = ok(
        seeds_log, "changes", "--kind", "first-meeting", "--since", "2024", "--format", "jsonl"
    ).splitlines()
    assert len(firsts) == 3
    assert all(json.loads(line)["kind"] == "first-meeting" for line in firsts)
    country = ok(seeds_log, "country", "KR", "--format", "jsonl").splitlines()
    assert [line for line in country if '"office-holder-change"' in line] == ok(
        seeds_log, "changes", "--country", "KR", "--format", "jsonl"
    ).splitlines()
    assert "first-meeting" not in "\n".join(country), "country shows the flagged changes, as changes does"
    recent = ok(seeds_log, "country", "KR", "--since", "2024", "--format", "jsonl").splitlines()
    assert {json.loads(line).get("type", "change") for line in recent} == {"meeting", "tenure", "change"}
    assert all((json.loads(line).get("date") or "2024") >= "2024" for line in recent if '"meeting"' in line)
    blinken = ok(seeds_log, "official", "blinken", "--country", "CA", "--format", "jsonl").splitlines()
    assert [json.loads(line)["countries"] for line in blinken if '"meeting"' in line] == [["CA", "US"]]


def test_log_and_export_take_the_filters(seeds_log: Path) -> None:
    """Log and export keep the records the filters take; export keeps the article records of what it keeps."""
    calls = ok(seeds_log, "log", "--kind", "in-person", "--country", "CA", "--format", "jsonl").splitlines()
    assert [json.loads(line)["kind"] for line in calls] == ["meeting-reported"]
    observed = ok(
        seeds_log, "log", "--kind", "office-observed", "--official", "Park Jin", "--format", "jsonl"
    )
    assert [json.loads(line)["payload"]["name"] for line in observed.splitlines()] == ["Park Jin"]
    exported = [
        json.loads(line)
        for line in ok(seeds_log, "export", "--since", "2024", "--topic", "Ukraine").splitlines()
    ]
    assert [r["type"] for r in exported] == ["article", "meeting"]
    assert exported[1]["article"] == exported[0]["id"]
    assert exported[1]["date"] == "2024-11-14"
    everything = ok(seeds_log, "export").splitlines()
    assert len(everything) == len(ok(seeds_log, "log", "--all", "--format", "jsonl").splitlines())
    rows = ok(seeds_log, "export", "--format", "csv", "--country", "CA").splitlines()
    assert len(rows) == 3  # the header, and one row per participant of the one meeting with Canada


def test_the_library_filter_takes_by_overlap_and_every_facet_must_hold(seeds_log: Path) -> None:
    """Selection (the one filter function): empty takes all; a period takes what overlaps it; facets combine."""
    world = world_of(open_log(seeds_log))
    assert all(Selection().takes_meeting(m) for m in world.meetings)
    assert all(Selection().takes_tenure(t) for t in world.tenures)
    assert flagged(world.changes) == [c for c in world.changes if c.kind == "office-holder-change"]
    for day in (pendulum.date(2023, 9, 15), pendulum.date(2023, 10, 1), pendulum.date(2024, 11, 14)):
        since = Selection(since=day)
        for meeting in world.meetings:
            last = meeting.date.last_day()
            assert since.takes_meeting(meeting) == (last is not None and last >= day)
    both = Selection(countries=frozenset({"KR"}), topics=("ukraine",))
    assert [m.date.iso() for m in world.meetings if both.takes_meeting(m)] == ["2023-11-14", "2024-11-14"]
    assert not any(both.takes_tenure(t) for t in world.tenures), "a tenure has no topic"
    world.close()
