"""The command line, through click's runner: stdout for data, stderr for messages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(log: Path, *args: str, stdin: bytes | None = None) -> object:
    return CliRunner().invoke(cli, ["--log", str(log), *args], input=stdin)


@pytest.fixture
def log(tmp_path: Path) -> Path:
    return tmp_path / "events"


def test_ingest_twice_appends_once(log: Path) -> None:
    """Re-ingesting the seeds appends nothing and says they are already in the log."""
    first = run(log, "ingest", str(SEEDS))
    assert first.exit_code == 0, first.stderr
    size = (log / "log.jsonl").stat().st_size
    second = run(log, "ingest", str(SEEDS))
    assert second.exit_code == 0
    assert second.stderr.count(": already in the log") == 2
    assert "0 articles added" in second.stderr
    assert (log / "log.jsonl").stat().st_size == size
    assert second.stdout == ""


def test_verify_passes_then_catches_a_hand_edit(log: Path) -> None:
    """Verify exits 0 on a fresh log and 1 naming the line after an edit."""
    run(log, "ingest", str(SEEDS))
    ok = run(log, "verify")
    assert ok.exit_code == 0
    assert ok.stderr.startswith("ok: ")
    path = log / "log.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace("Blinken", "Blinkin", 1)
    path.write_text("".join(lines), encoding="utf-8")
    bad = run(log, "verify")
    assert bad.exit_code == 1
    assert "log.jsonl:3:" in bad.stderr
    assert bad.stderr.startswith("Error: ")


def test_verify_without_a_log_says_what_to_do(log: Path) -> None:
    """Verify on an empty directory explains that nothing was ingested."""
    result = run(log, "verify")
    assert result.exit_code == 1
    assert "timeline ingest" in result.stderr


def test_export_jsonl_is_json_per_line(log: Path) -> None:
    """Export --format jsonl prints one JSON object per line: articles and meetings."""
    run(log, "ingest", str(SEEDS))
    result = run(log, "export", "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    types = [r["type"] for r in records]
    assert types.count("article") == 2
    assert "meeting" in types
    meeting = next(r for r in records if r["type"] == "meeting")
    assert set(meeting) >= {"date", "kind", "place", "participants", "countries", "article"}
    assert result.stderr == ""


def test_export_csv_has_a_header_and_rows(log: Path) -> None:
    """Export --format csv gives a header row and one row per participant."""
    run(log, "ingest", str(SEEDS))
    result = run(log, "export", "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("date,approx,kind,place,name")
    assert any("Antony Blinken" in line for line in lines[1:])


def test_stdin_needs_published_from_option(log: Path) -> None:
    """`-` reads standard input; --published supplies the date the text lacks."""
    result = run(
        log, "ingest", "--published", "2024-11-14", "-", stdin=b"Blinken met Cho in Seoul on Thursday.\n"
    )
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in run(log, "export").stdout.splitlines()]
    assert records[0]["published"] == "2024-11-14"


BAD_INPUTS = {
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b"\n  \n", "only whitespace"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
    "latin1.txt": (
        b"published: 2024-01-01\n\nCaf\xe9 talks\n",
        "not valid UTF-8: byte 0xe9 at line 3, column 4",
    ),
    "impossible.txt": (b"published: 2023-02-30\n\nText.\n", "published date '2023-02-30' does not exist"),
    "garbled-date.txt": (b"published: 14/11/2024\n\nText.\n", "is not ISO 8601"),
    "utf16.txt": ("published: 2024-01-01\n\nText.".encode("utf-16"), "UTF-16"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_refused_and_the_log_unchanged(log: Path, tmp_path: Path, name: str) -> None:
    """A refused file gets one Error: line naming it and the reason, exit 1, and appends nothing."""
    run(log, "ingest", str(SEEDS / "000_6aeff7dc8888fcec.txt"))
    before = (log / "log.jsonl").read_bytes()
    data, reason = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = run(log, "ingest", str(path))
    assert result.exit_code == 1
    assert f"Error: {path}: " in result.stderr
    assert reason in result.stderr
    assert "Traceback" not in result.stderr
    assert (log / "log.jsonl").read_bytes() == before


def test_bom_file_is_accepted(log: Path, tmp_path: Path) -> None:
    """A UTF-8 BOM is accepted."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfpublished: 2024-11-14\n\nBlinken met Cho on Thursday.\n")
    assert run(log, "ingest", str(path)).exit_code == 0


def test_oversized_file_names_the_limit(log: Path, tmp_path: Path) -> None:
    """A file over the size limit is refused with the limit in the message."""
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * (5 * 1024 * 1024 + 10))
    result = run(log, "ingest", str(path))
    assert result.exit_code == 1
    assert "over the 5 MiB limit" in result.stderr
    assert not (log / "log.jsonl").exists()


def test_good_files_still_go_in_beside_a_bad_one(log: Path, tmp_path: Path) -> None:
    """One refused file does not stop the others of the same call."""
    folder = tmp_path / "mixed"
    shutil.copytree(SEEDS, folder)
    (folder / "001_empty.txt").write_bytes(b"")
    result = run(log, "ingest", str(folder))
    assert result.exit_code == 1
    assert "2 articles added" in result.stderr
    assert "1 refused" in result.stderr


def test_missing_path_is_refused(log: Path, tmp_path: Path) -> None:
    """A path that does not exist is named."""
    result = run(log, "ingest", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_log_lists_and_filters(log: Path) -> None:
    """`log` lists events; --kind and --since narrow the list."""
    run(log, "ingest", str(SEEDS))
    everything = run(log, "log", "--format", "jsonl").stdout.splitlines()
    articles = run(log, "log", "--kind", "article-ingested", "--format", "jsonl").stdout.splitlines()
    recent = run(log, "log", "--since", "2024-01-01", "--format", "jsonl").stdout.splitlines()
    assert len(articles) == 2
    assert 2 < len(recent) < len(everything)
    table = run(log, "log")
    assert table.stdout.splitlines()[0].split()[:3] == ["seq", "kind", "date"]


def test_bad_date_option_is_a_usage_error(log: Path) -> None:
    """An impossible --since date exits 2 with the reason."""
    result = run(log, "log", "--since", "2023-02-30")
    assert result.exit_code == 2
    assert "not a real date" in result.stderr


def test_resolve_dates_answers_line_for_line() -> None:
    """resolve-dates adds a TimeML value to every input line, in order."""
    stdin = b'{"text": "last June", "anchor": "2013-03-21"}\n{"text": "Thursday", "anchor": "2024-11-14"}\n'
    result = CliRunner().invoke(cli, ["resolve-dates"], input=stdin)
    values = [json.loads(line)["value"] for line in result.stdout.splitlines()]
    assert values == ["2012-06", "2024-11-14"]


def test_every_command_has_help_with_an_example() -> None:
    """Each command's --help shows a summary and an Example block."""
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.stdout, name
        assert command.help and command.help.strip(), name


def test_corrections_are_appended_and_checked(log: Path) -> None:
    """merge-people, set-name, retract and revert append events; unknown ids are refused."""
    run(log, "ingest", str(SEEDS))
    size = (log / "log.jsonl").stat().st_size
    bad = run(log, "retract", "feedfacefeedfacefeedface", "--reason", "typo")
    assert bad.exit_code == 1
    assert "no event or article with id" in bad.stderr
    assert (log / "log.jsonl").stat().st_size == size
    merged = run(log, "merge-people", "Iwaya Takeshi", "Takeshi Iwaya", "--into", "Takeshi Iwaya")
    assert merged.exit_code == 0
    assert "recorded people-merged" in merged.stderr
    assert "Takeshi Iwaya" in run(log, "meetings").stdout
    correction = merged.stderr.split(" as event ")[1].split()[0]
    assert run(log, "revert", correction).exit_code == 0
    assert "Iwaya Takeshi" in run(log, "meetings").stdout
    assert run(log, "verify").exit_code == 0


def test_reextract_appends_nothing_when_nothing_changed(log: Path) -> None:
    """Re-reading with the same extractor leaves the log as it was."""
    run(log, "ingest", str(SEEDS))
    size = (log / "log.jsonl").stat().st_size
    result = run(log, "reextract")
    assert result.exit_code == 0
    assert "0 of 2 articles re-read" in result.stderr
    assert (log / "log.jsonl").stat().st_size == size


def test_known_at_answers_as_the_log_knew(log: Path) -> None:
    """--known-at with a log position sees only the events before it."""
    run(log, "ingest", str(SEEDS / "000_6aeff7dc8888fcec.txt"))
    first = len((log / "log.jsonl").read_text().splitlines())
    run(log, "ingest", str(SEEDS / "002_01f6e1234a8a0ed4.txt"))
    then = run(log, "meetings", "--known-at", str(first)).stdout
    now = run(log, "meetings").stdout
    assert "Cho Tae-yul" not in then
    assert "Cho Tae-yul" in now
    bad = run(log, "meetings", "--known-at", "yesterday")
    assert bad.exit_code == 2


BLANK_ARGUMENTS = {
    "country ''": ["country", ""],
    "country ' '": ["country", " "],
    "state --country ' '": ["state", "--country", " "],
    "diff --country ''": ["diff", "2023-01-01", "2024-01-01", "--country", ""],
    "html --country tab": ["html", "-o", "-", "--country", "\t"],
    "official ''": ["official", ""],
    "set-name '' ''": ["set-name", "", ""],
    "set-name to ' '": ["set-name", "Antony Blinken", " "],
    "merge-people ''": ["merge-people", "", "Antony Blinken"],
    "merge-people --into ' '": ["merge-people", "Antony Blinken", "Tony Blinken", "--into", " "],
    "split-person ' '": ["split-person", " ", "6aeff7dc", "Someone"],
    "split-person as ''": ["split-person", "Antony Blinken", "6aeff7dc", ""],
    "set-office ''": ["set-office", "", "--role", "other"],
    "set-office --title ' '": ["set-office", "Antony Blinken", "--role", "other", "--title", " "],
    "retract ''": ["retract", "", "--reason", "wrong"],
    "revert ' '": ["revert", " "],
}


@pytest.mark.parametrize("args", BLANK_ARGUMENTS.values(), ids=list(BLANK_ARGUMENTS))
def test_empty_or_blank_arguments_are_usage_errors(log: Path, args: list[str]) -> None:
    """An empty or blank name, country or id: one Error line, exit 2, nothing recorded."""
    assert run(log, "ingest", "-q", str(SEEDS)).exit_code == 0
    before = (log / "log.jsonl").read_bytes()
    result = run(log, *args)
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    assert [line for line in result.stderr.splitlines() if line.startswith("Error:")], result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("Error:")]) == 1
    assert (log / "log.jsonl").read_bytes() == before


@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_log_option_is_a_usage_error_and_writes_nothing(
    tmp_path: Path, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--log ''`` would put log.jsonl, HEAD and the lock in the current directory: it is refused instead."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli, ["--log", value, "ingest", "-q", str(SEEDS / "000_6aeff7dc8888fcec.txt")]
    )
    assert result.exit_code == 2, result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("Error:")]) == 1
    assert list(tmp_path.iterdir()) == []


def resolve_dates(lines: list[str]) -> object:
    return CliRunner().invoke(cli, ["resolve-dates"], input="".join(line + "\n" for line in lines))


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("next year", "9999-12-31"),
        ("yesterday", "0001-01-01"),
        ("next century", "9999-12-31"),
        ("tomorrow", "9999-12-31"),
    ],
)
def test_resolve_dates_out_of_the_calendar_is_null_with_a_reason(text: str, anchor: str) -> None:
    """A date past year 9999 or before year 1 resolves to null, with the reason beside it."""
    result = resolve_dates(
        [json.dumps({"text": text, "anchor": anchor}), '{"text": "last June", "anchor": "2013-03-21"}']
    )
    assert result.exit_code == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["value"] is None
    assert "range" in first["reason"]
    assert (first["text"], first["anchor"]) == (text, anchor)
    assert second["value"] == "2012-06"


def test_resolve_dates_reports_malformed_lines_by_number_and_answers_the_rest() -> None:
    """Lines that are not a JSON object with a valid anchor are named on stderr; every line still gets one answer, in order."""
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + ', "anchor": "2024-11-14"}'
    lines = [
        '{"text": "Thursday", "anchor": "2024-11-14"}',
        "not json at all",
        deep,
        "[1, 2]",
        '{"text": "Thursday", "anchor": "2024-13-45"}',
        '{"text": "last June", "anchor": "2013-03-21"}',
    ]
    result = resolve_dates(lines)
    assert "Traceback" not in result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(lines)
    assert answers[0]["value"] == "2024-11-14"
    assert answers[-1]["value"] == "2012-06"
    assert [a["value"] for a in answers[1:5]] == [None] * 4
    warned = result.stderr.splitlines()
    for number in (2, 3, 4, 5):
        assert any(f"<stdin>:{number}:" in line for line in warned), result.stderr
    assert len(warned) == 4


# -- issue #16 ------------------------------------------------------------------------------------

import os  # noqa: E402 - kept beside the tests that use them
import subprocess  # noqa: E402
import sys  # noqa: E402

COMMITTED_LOG = ROOT / "events"
VIEWS = [
    ["export"],
    ["export", "--format", "csv"],
    ["export", "--format", "timelinejs"],
    ["log"],
    ["log", "--format", "jsonl"],
    ["meetings"],
    ["changes", "--kind", "all"],
    ["country", "KR"],
    ["official", "iwaya"],
    ["state", "2024-11-14"],
    ["diff", "2023-01-01", "2024-12-31"],
    ["html", "-o", "-"],
    ["verify"],
]


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """A copy of the committed log of the two seed articles (no extraction needed)."""
    target = tmp_path / "seeded"
    shutil.copytree(COMMITTED_LOG, target, ignore=shutil.ignore_patterns("cache", "errors"))
    return target


def run_closed_stdout(log: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run timeline with a stdout pipe whose reading end is already closed, as `| head -1` leaves it."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        env = {**os.environ, "TIMELINE_NOW": "2024-11-15T00:00:00Z"}
        env.pop("TIMELINE_LOG", None)
        return subprocess.run(
            [sys.executable, "-m", "timeline", "--log", str(log), *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            check=False,
            env=env,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", VIEWS, ids=" ".join)
def test_a_closed_stdout_ends_quietly(seeded: Path, args: list[str]) -> None:
    """A reader that stops early (`timeline export | head -1`) is normal use: exit 0, nothing on stderr."""
    result = run_closed_stdout(seeded, *args)
    assert result.stdout is None  # stdout went to the closed pipe
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    assert "Broken pipe" not in stderr
    assert "Error" not in stderr
    assert result.returncode == 0


NO_LOG_VIEWS = [
    ["meetings"],
    ["country", "KR"],
    ["state"],
    ["state", "2024-01-01"],
    ["diff", "2023-01-01", "2024-01-01"],
    ["export"],
    ["export", "--format", "csv"],
    ["html", "-o", "-"],
    ["html", "-o", "page.html"],
    ["changes"],
    ["official", "iwaya"],
    ["log"],
]


@pytest.mark.parametrize("args", NO_LOG_VIEWS, ids=" ".join)
def test_a_view_of_no_log_is_an_error_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """A view of a log that does not exist says so (exit 1) instead of answering as if it were empty."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_LOG", raising=False)
    result = CliRunner().invoke(cli, args)
    assert result.stdout == ""
    assert result.stderr == "Error: no log at events (ingest articles first, or give --log / TIMELINE_LOG)\n"
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []


def test_a_view_of_no_log_names_the_log_option_and_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The error names the log asked for, whether by --log or by TIMELINE_LOG."""
    given = tmp_path / "elsewhere"
    by_option = run(given, "meetings")
    assert by_option.stdout == ""
    assert (
        by_option.stderr
        == f"Error: no log at {given} (ingest articles first, or give --log / TIMELINE_LOG)\n"
    )
    assert by_option.exit_code == 1
    monkeypatch.setenv("TIMELINE_LOG", str(given))
    by_variable = CliRunner().invoke(cli, ["export"])
    assert by_variable.stdout == ""
    assert by_variable.stderr == by_option.stderr
    assert by_variable.exit_code == 1
    assert not given.exists()


def test_an_ingest_that_finds_no_article_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ingest` of an empty directory refuses it and leaves no ./events (no directory, no lock)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_LOG", raising=False)
    monkeypatch.setenv("TIMELINE_NOW", "2024-11-15T00:00:00Z")
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["ingest", "empty"])
    assert result.stdout == ""
    assert result.stderr == (
        "Error: empty: directory holds no *.txt or *.md files\n"
        "0 articles added, 0 already in the log, 1 refused (events)\n"
    )
    assert result.exit_code == 1
    assert not (tmp_path / "events").exists()


def log_bytes(log: Path) -> bytes:
    return (log / "log.jsonl").read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ["merge-people", "Sergei Lavrov", "Sergey Lavrov"],
        ["set-name", "Sergei Lavrov", "Sergey Lavrov"],
        ["set-office", "Sergei Lavrov", "--role", "foreign minister", "--country", "RU"],
        ["split-person", "Sergei Lavrov", "c221dd34", "Sergey Lavrov"],
    ],
    ids=lambda a: a[0],
)
def test_a_correction_naming_nobody_in_the_log_is_refused(seeded: Path, args: list[str]) -> None:
    """A correction whose names are nobody in the log records nothing: exit 1, one Error line."""
    before = log_bytes(seeded)
    result = run(seeded, *args)
    assert result.stdout == ""
    assert result.stderr.startswith("Error: nobody called 'Sergei Lavrov'")
    assert result.stderr.endswith(
        " in the log; `timeline meetings` lists who is there; nothing was recorded\n"
    )
    assert result.stderr.count("\n") == 1
    assert result.exit_code == 1
    assert log_bytes(seeded) == before


def test_a_refused_correction_lists_up_to_three_close_names(seeded: Path) -> None:
    """A misspelt name is refused with the closest names the log holds, at most three."""
    before = log_bytes(seeded)
    result = run(seeded, "set-name", "Antony Blinkin", "Tony Blinken")
    assert result.stdout == ""
    assert result.stderr == (
        "Error: nobody called 'Antony Blinkin' in the log (closest: Antony Blinken); nothing was recorded\n"
    )
    assert result.exit_code == 1
    many = run(seeded, "merge-people", "Antony Blinken", "Park Jinn", "--into", "Park Jin")
    assert many.stdout == ""
    closest = many.stderr.split("(closest: ")[1].split(")")[0].split(", ")
    assert closest[0] == "Park Jin"
    assert 1 <= len(closest) <= 3
    assert many.exit_code == 1
    assert log_bytes(seeded) == before


def test_a_merge_of_one_known_and_one_unknown_name_is_refused(seeded: Path) -> None:
    """Every name a merge gives must be in the log: a typo in one of them is not recorded."""
    before = log_bytes(seeded)
    result = run(seeded, "merge-people", "Antony Blinken", "Sergey Lavrov")
    assert result.stdout == ""
    assert result.stderr.startswith("Error: nobody called 'Sergey Lavrov' in the log")
    assert result.exit_code == 1
    assert log_bytes(seeded) == before


def test_corrections_say_what_they_changed(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """merge-people, set-name and set-office print the change on stderr, then the event recorded."""
    monkeypatch.setenv("TIMELINE_NOW", "2024-11-15T00:00:00Z")
    merged = run(seeded, "merge-people", "Iwaya Takeshi", "Yoko Kamikawa", "--into", "Takeshi Iwaya")
    assert merged.stdout == ""
    lines = merged.stderr.splitlines()
    assert lines[0] == "merged Iwaya Takeshi and Yoko Kamikawa into one person, printed Takeshi Iwaya"
    assert lines[1].startswith("recorded people-merged as event ")
    assert len(lines) == 2
    assert merged.exit_code == 0
    renamed = run(seeded, "set-name", "Antony Blinken", "Tony Blinken")
    assert renamed.stdout == ""
    assert renamed.stderr.splitlines()[0] == "Antony Blinken is now printed Tony Blinken"
    assert renamed.exit_code == 0
    office = run(
        seeded, "set-office", "tony blinken", "--role", "other", "--title", "Envoy", "--since", "2024-01-01"
    )
    assert office.stdout == ""
    assert office.stderr.splitlines()[0] == "Tony Blinken now holds other (Envoy) from 2024-01-01"
    assert office.exit_code == 0


@pytest.mark.parametrize(
    ("given", "meant"),
    [
        (["diff", "2023", "2024"], ["diff", "2023-12-31", "2024-12-31"]),
        (["diff", "2023-11", "2024-11"], ["diff", "2023-11-30", "2024-11-30"]),
        (
            ["diff", "2023", "2024-11-14", "--format", "json"],
            ["diff", "2023-12-31", "2024-11-14", "--format", "json"],
        ),
        (["state", "2023"], ["state", "2023-12-31"]),
        (["state", "2024-02"], ["state", "2024-02-29"]),
    ],
    ids=" ".join,
)
def test_diff_and_state_take_year_and_month_dates_as_their_last_day(
    seeded: Path, given: list[str], meant: list[str]
) -> None:
    """A year or a month given to diff or state means its last day, as the log's dates have those precisions."""
    result = run(seeded, *given)
    expected = run(seeded, *meant)
    assert expected.exit_code == 0, expected.stderr
    assert result.stdout == expected.stdout
    assert result.stderr == ""
    assert result.exit_code == 0


@pytest.mark.parametrize("value", ["2023-13", "23", "2023-1", "2023-11-31", "last year"])
def test_diff_refuses_what_is_no_year_month_or_day(seeded: Path, value: str) -> None:
    """Anything but YYYY, YYYY-MM or YYYY-MM-DD is a usage error naming the forms."""
    result = run(seeded, "diff", value, "2024")
    assert result.stdout == ""
    assert "write it like 2024, 2024-11 or 2024-11-14" in result.stderr or "not a real date" in result.stderr
    assert result.exit_code == 2


def test_export_json_is_one_array_of_the_jsonl_records(seeded: Path) -> None:
    """export --format json is a JSON array holding what --format jsonl gives line by line."""
    lines = run(seeded, "export", "--format", "jsonl")
    result = run(seeded, "export", "--format", "json")
    assert result.stderr == ""
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [json.loads(line) for line in lines.stdout.splitlines()]


def test_export_html_is_the_page_timeline_html_writes(seeded: Path) -> None:
    """export --format html (CONTRACT.md) prints the same self-contained page as `timeline html -o -`."""
    page = run(seeded, "html", "-o", "-")
    result = run(seeded, "export", "--format", "html")
    assert result.stderr == ""
    assert result.exit_code == 0
    assert result.stdout == page.stdout
    assert result.stdout.lstrip().lower().startswith("<!doctype html>")


def test_readme_first_command_reports_the_committed_seeds_as_it_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's first ingest finds the seeds already in the committed events/, and the README says so."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = ".venv/bin/timeline ingest seeds/ && .venv/bin/timeline meetings"
    assert first in readme.split("\n## ")[0]
    opening = readme.split("```sh\n.ci/run\n```\n", 1)[1].lstrip("\n").split("\n\n")[0]
    assert "`. .venv/bin/activate`" in opening  # right after the two commands
    assert "0 articles added, 2 already in the log" in readme
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copytree(COMMITTED_LOG, tmp_path / "events", ignore=shutil.ignore_patterns("cache", "errors"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_LOG", raising=False)
    monkeypatch.setenv("TIMELINE_NOW", "2024-11-15T00:00:00Z")
    result = CliRunner().invoke(cli, ["ingest", "seeds/"])
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == "0 articles added, 2 already in the log, 0 refused (events)"
    assert result.exit_code == 0


def test_timeline_log_comes_before_the_log_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CONTRACT.md: the log is TIMELINE_LOG's, else --log's, else ./events."""
    from_env, from_option = tmp_path / "env", tmp_path / "option"
    monkeypatch.setenv("TIMELINE_LOG", str(from_env))
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(cli, ["--log", str(from_option), "ingest", str(seed)])
    assert result.exit_code == 0, result.stderr
    assert (from_env / "log.jsonl").exists()
    assert not from_option.exists()


@pytest.mark.parametrize("correction", ["set-office", "split-person"])
def test_a_report_a_correction_changed_is_retracted_by_the_id_a_view_shows(
    seeded: Path, monkeypatch: pytest.MonkeyPatch, correction: str
) -> None:
    """After a split or an office set, the id a meeting's source shows (its corrected form's) retracts the report
    as logged: the retraction names the event in the log, and the meeting's report is gone from the views."""
    monkeypatch.setenv("TIMELINE_NOW", "2024-11-15T00:00:00Z")

    def blinken_sources() -> list[dict[str, str]]:
        meetings = [
            json.loads(line) for line in run(seeded, "meetings", "--format", "jsonl").stdout.splitlines()
        ]
        named = [m for m in meetings if any(p["name"] == "Antony Blinken" for p in m["participants"])]
        return [source for m in named for source in m["sources"]]

    article = blinken_sources()[0]["article"]
    args = (
        ["set-office", "Antony Blinken", "--role", "other", "--title", "Envoy"]
        if correction == "set-office"
        else ["split-person", "Antony Blinken", article, "Antony J. Blinken"]
    )
    assert run(seeded, *args).exit_code == 0
    logged_ids = {
        json.loads(line)["id"] for line in run(seeded, "log", "--format", "jsonl").stdout.splitlines()
    }
    shown = [s for s in blinken_sources() if s["event"] not in logged_ids]
    assert shown, "the corrected report shows an id of its own"
    target = shown[0]
    result = run(seeded, "retract", target["event"], "--reason", "not a meeting")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in run(seeded, "log", "--format", "jsonl").stdout.splitlines()]
    retraction = records[-1]
    assert retraction["kind"] == "event-retracted"
    assert retraction["payload"]["event"] in logged_ids
    assert retraction["payload"]["event"] != target["event"]
    remaining = [
        s
        for line in run(seeded, "meetings", "--format", "jsonl").stdout.splitlines()
        for s in json.loads(line)["sources"]
    ]
    assert all((s["article"], s["sentence"]) != (target["article"], target["sentence"]) for s in remaining)


def test_retract_still_refuses_an_id_that_names_nothing(seeded: Path) -> None:
    """An id that is neither in the log nor a corrected report's is refused, and nothing is recorded."""
    before = log_bytes(seeded)
    result = run(seeded, "retract", "0123456789abcdef01234567", "--reason", "typo")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: no event or article with id '0123456789abcdef01234567' in the log"
    )
    assert log_bytes(seeded) == before
