"""timeline people, timeline offices, and how old a sighting is in state, offices and diff; through the CLI."""

from __future__ import annotations

import csv
import functools
import io
import json
import shutil
from pathlib import Path

import pendulum
import pytest

from tests import clirun
from tests.clirun import ingest_seeds
from timeline import roster
from timeline.textdate import TextDate

NOW = "2026-01-01T00:00:00Z"  # the views' "today", so ages and "not current" do not drift
run = functools.partial(clirun.run, now=NOW)
ok = functools.partial(clirun.ok, now=NOW)


@pytest.fixture(scope="module")
def seeds_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_seeds(tmp_path_factory.mktemp("seeds") / "events")


def test_people_lists_everyone_with_spellings_countries_offices_and_meetings(seeds_log: Path) -> None:
    """Each person once: printed name, countries, offices with first and last sighting, meetings counted."""
    people = {p["name"]: p for p in json.loads(ok(seeds_log, "people", "--format", "json"))}
    assert set(people) == {
        "Antony Blinken",
        "Cho Tae-yul",
        "Iwaya Takeshi",
        "Joe Biden",
        "Melanie Joly",
        "Park Jin",
        "Xi Jinping",
        "Yoko Kamikawa",
    }
    assert people["Park Jin"] == {
        "name": "Park Jin",
        "spellings": [],
        "countries": ["KR"],
        "offices": [
            {"country": "KR", "role": "foreign minister", "first_seen": "2023-09", "last_seen": "2023-11-14"}
        ],
        "meetings": 2,
    }
    assert people["Antony Blinken"]["meetings"] == 5
    table = ok(seeds_log, "people", "--country", "KR")
    assert table == (
        "Cho Tae-yul  (KR; 1 meeting)\n"
        "    foreign minister KR 2024-11-14 .. 2024-11-14\n"
        "Park Jin  (KR; 2 meetings)\n"
        "    foreign minister KR 2023-09 (approx.) .. 2023-11-14\n"
    )


def test_people_shows_other_spellings_after_a_merge(seeds_log: Path, tmp_path: Path) -> None:
    """Two names merged into one person: the other written form is listed under the printed one."""
    log = tmp_path / "events"
    shutil.copytree(seeds_log, log)
    assert (
        run(log, "merge-people", "Iwaya Takeshi", "Yoko Kamikawa", "--into", "Takeshi Iwaya").exit_code == 0
    )
    people = {p["name"]: p for p in json.loads(ok(log, "people", "--format", "json"))}
    assert set(people["Takeshi Iwaya"]["spellings"]) == {"Iwaya Takeshi", "Yoko Kamikawa"}


def test_offices_lists_each_office_with_its_holders_in_order(seeds_log: Path) -> None:
    """Japan's foreign minister: Kamikawa then Iwaya; the last says how old its sighting is."""
    assert ok(seeds_log, "offices", "2024-12-31", "--country", "Japan") == (
        "as of 2024-12-31: 1 office\n"
        "\n"
        "Japan (JP)\n"
        "  foreign minister\n"
        "    Yoko Kamikawa 2023-09 (approx.) .. 2023-11-14\n"
        "    Iwaya Takeshi 2024-11-14 .. 2024-11-14        current, seen 2024-11-14 (47 days before)\n"
    )
    before = json.loads(ok(seeds_log, "offices", "2024-06", "--country", "JP", "--format", "json"))
    assert before == [
        {
            "country": "JP",
            "role": "foreign minister",
            "holders": [
                {
                    "name": "Yoko Kamikawa",
                    "first_seen": "2023-09",
                    "last_seen": "2023-11-14",
                    "age_days": 229,
                    "current": True,
                }
            ],
        }
    ]


def test_offices_and_state_without_a_date_mean_today_and_say_who_is_stale(seeds_log: Path) -> None:
    """Asked on 2026-01-01 (TIMELINE_NOW), holders last seen in 2024 are last seen, not current."""
    offices = ok(seeds_log, "offices", "--country", "KR")
    assert (
        "Cho Tae-yul 2024-11-14 .. 2024-11-14        last seen 2024-11-14 (13 months before), not current"
        in offices
    )
    state = ok(seeds_log, "state", "--country", "KR")
    assert state == (
        "as of 2026-01-01: 4 meetings held\n"
        "  KR foreign minister Cho Tae-yul last seen 2024-11-14 (13 months before), not current\n"
    )
    [holder] = [
        json.loads(line)
        for line in ok(seeds_log, "state", "--country", "KR", "--format", "jsonl").splitlines()
    ]
    assert (holder["age_days"], holder["current"]) == (413, False)
    recent = json.loads(ok(seeds_log, "state", "2024-12", "--country", "KR", "--format", "jsonl"))
    assert (recent["age_days"], recent["current"]) == (47, True)


def test_diff_marks_a_holder_at_b_not_seen_for_a_year(seeds_log: Path) -> None:
    """Diff 2023 2026: Joly is the holder at B, last seen over a year before it; the flagged changes are listed."""
    shown = ok(seeds_log, "diff", "2023", "2026")
    assert (
        "  CA foreign minister: (none seen) -> Melanie Joly (last seen 2024-11-14, 2 years before 2026-12-31)"
        in shown
    )
    record = json.loads(ok(seeds_log, "diff", "2023", "2026", "--format", "jsonl"))
    joly = next(h for h in record["holders_at_b"] if h["country"] == "CA")
    assert joly["current"] is False
    assert [c["after"]["name"] for c in record["changes"]] == ["Iwaya Takeshi", "Cho Tae-yul"]
    fresh = json.loads(ok(seeds_log, "diff", "2023", "2024-12-01", "--format", "jsonl"))
    assert all(h["current"] for h in fresh["holders_at_b"] if h["last_seen"] == "2024-11-14")
    assert "last seen 2024-11-14," not in ok(seeds_log, "diff", "2023", "2024-12-01")


def test_age_is_counted_from_the_last_day_a_sighting_can_mean() -> None:
    """A month-precision sighting is as young as its last day; over 365 days is stale."""
    as_of = pendulum.date(2024, 12, 31)
    assert roster.age_days(TextDate.from_iso("2024-11"), as_of) == 31
    assert roster.age_days(TextDate.from_iso("2025-01-05"), as_of) == 0
    assert roster.stale(TextDate.from_iso("2024-01-01"), as_of) is False  # 365 days
    assert roster.stale(TextDate.from_iso("2023-12-31"), as_of) is True  # 366: 2024 has a 29 February
    assert roster.stale(TextDate.unknown(), as_of) is True
    assert [roster.age_text(d) for d in (0, 12, 75, 800)] == [
        "the same day",
        "12 days",
        "2 months",
        "2 years",
    ]


VIEWS = {
    "meetings": ["meetings"],
    "changes": ["changes", "--kind", "all"],
    "log": ["log"],
    "country": ["country", "KR"],
    "official": ["official", "blinken"],
    "state": ["state", "2024"],
    "diff": ["diff", "2023", "2024"],
    "people": ["people"],
    "offices": ["offices", "2024"],
}


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_every_view_takes_csv_json_and_jsonl(seeds_log: Path, name: str) -> None:
    """--format csv is a header and rows of as many fields; json is one array (or object); jsonl a line each."""
    args = VIEWS[name]
    rows = list(csv.reader(io.StringIO(ok(seeds_log, *args, "--format", "csv"))))
    assert len(rows) >= 2, name
    assert all(len(row) == len(rows[0]) for row in rows)
    parsed = json.loads(ok(seeds_log, *args, "--format", "json"))
    lines = [json.loads(line) for line in ok(seeds_log, *args, "--format", "jsonl").splitlines()]
    assert parsed == (lines[0] if name == "diff" else lines)
    assert len(rows) - 1 == (1 if name == "diff" else len(lines))
