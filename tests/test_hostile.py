"""Hostile input: every kind in tests/data/bad_inputs is refused clearly or accepted with a warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from timeline import render
from timeline.cli import cli
from timeline.store import Log

from .data.bad_inputs import CASES, Case

ROOT = Path(__file__).resolve().parent.parent


def test_the_corpus_has_at_least_40_kinds() -> None:
    """The corpus covers at least 40 distinct kinds of input."""
    assert len({case.name for case in CASES}) == len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_input_gets_its_outcome(tmp_path: Path, case: Case) -> None:
    """Refused: exit 1, one Error line naming the file and reason, log unchanged. Accepted: in the log."""
    log = tmp_path / "events"
    seed = ROOT / "seeds" / "000_6aeff7dc8888fcec.txt"
    assert CliRunner().invoke(cli, ["--log", str(log), "ingest", "-q", str(seed)]).exit_code == 0
    before = (log / "log.jsonl").read_bytes()
    path = tmp_path / f"{case.name}.txt"
    path.write_bytes(case.data)
    result = CliRunner().invoke(cli, ["--log", str(log), "ingest", str(path)])
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    if case.outcome == "refused":
        assert result.exit_code == 1, result.stderr
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
        assert len(errors) == 1
        assert errors[0].startswith(f"Error: {path}: ")
        assert case.expect in errors[0]
        assert (log / "log.jsonl").read_bytes() == before
    else:
        assert result.exit_code == 0, result.stderr
        assert len(Log(log).article_ids()) == 2
        if case.expect:
            assert any(
                case.expect in line for line in result.stderr.splitlines() if line.startswith("warning:")
            )
        assert Log(log).verify().events > 0


def test_hostile_names_are_inert_in_every_export(tmp_path: Path) -> None:
    """Script tags stay escaped in TimelineJS; formulas are quoted in CSV; JSON lines stay JSON."""
    log = tmp_path / "events"
    by_name = {case.name: case for case in CASES}
    for name in ("script-in-names", "formula-in-names"):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(by_name[name].data)
        CliRunner().invoke(cli, ["--log", str(log), "ingest", str(path)])
    timelinejs = CliRunner().invoke(cli, ["--log", str(log), "export", "--format", "timelinejs"]).stdout
    assert "<script>" not in timelinejs
    csv_rows = CliRunner().invoke(cli, ["--log", str(log), "export", "--format", "csv"]).stdout.splitlines()
    for row in csv_rows[1:]:
        for cell in row.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "@")), row


def test_nothing_evaluates_or_unpickles_data() -> None:
    """No eval, exec, pickle, marshal or shelve anywhere in the package."""
    import re

    for path in (ROOT / "src" / "timeline").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(?:eval|exec)\(|\bimport (?:pickle|marshal|shelve)\b", source), path


# -- terminal escapes and spreadsheet formulas in the strings that reach the views ------------------

ESCAPES = "\x1b[2J\x1b]8;;https://evil.example\x07Antony\x1b]8;;\x07\rX\x9b31m"
FORGED = f"Tony{ESCAPES} Blinken"
TERMINAL_VIEWS = [
    ["log"],
    ["meetings"],
    ["official", "Blinken"],
    ["country", "US"],
    ["state", "2024-12-31"],
    ["changes", "--kind", "all"],
    ["diff", "2020-01-01", "2025-01-01"],
]


def controls(text: str) -> set[str]:
    """The control characters in ``text`` other than line ends."""
    import unicodedata  # noqa: PLC0415

    return {c for c in text if c != "\n" and unicodedata.category(c) == "Cc"}


@pytest.fixture
def hostile_log(tmp_path: Path) -> Path:
    """The seeds, an article whose title carries escapes, and corrections that print escapes as names."""
    log = tmp_path / "events"
    assert CliRunner().invoke(cli, ["--log", str(log), "ingest", "-q", str(ROOT / "seeds")]).exit_code == 0
    story = tmp_path / "story.txt"
    body = "U.S. Secretary of State Antony Blinken met Japanese Foreign Minister Takeshi Iwaya on Thursday.\n"
    story.write_text(f"title: Talks{ESCAPES}\npublished: 2024-11-14\n\n{body}", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--log", str(log), "ingest", "-q", str(story)]).exit_code == 0
    for correction in (
        ["set-name", "Antony Blinken", FORGED],
        ["merge-people", "Takeshi Iwaya", "Cho Tae-yul", "--into", f"Iwaya\r{ESCAPES}"],
        ["set-office", "Park Jin", "--role", "other", "--title", f"Minister{ESCAPES}"],
    ):
        result = CliRunner().invoke(cli, ["--log", str(log), *correction])
        assert result.exit_code == 0, result.stderr
    return log


@pytest.mark.parametrize("view", TERMINAL_VIEWS, ids=[" ".join(v) for v in TERMINAL_VIEWS])
def test_terminal_views_show_control_characters_as_visible_escapes(hostile_log: Path, view: list[str]) -> None:
    """Names set by corrections and article titles print \\x1b, \\x07, \\r as text, never raw."""
    result = CliRunner().invoke(cli, ["--log", str(hostile_log), *view], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert "\\x1b" in result.stdout, result.stdout
    assert controls(result.stdout) == set()


def test_csv_carries_no_control_characters_and_jsonl_keeps_the_exact_strings(hostile_log: Path) -> None:
    """CSV cells show escapes as text; JSON lines keep the names exactly as set."""
    csv_text = CliRunner().invoke(cli, ["--log", str(hostile_log), "export", "--format", "csv"]).stdout
    assert "\\x1b" in csv_text
    assert controls(csv_text) == set()
    jsonl = CliRunner().invoke(cli, ["--log", str(hostile_log), "export", "--format", "jsonl"]).stdout
    names = {p["name"] for line in jsonl.splitlines() for p in json.loads(line).get("participants", [])}
    assert FORGED in names


FORMULAS = ["=1+1", " =1+1", "\t=1+1", "\r=1+1", "\n=1+1", "  +SUM(A1)", "-2", "@cmd", "\u00a0=1", "\t", "\r"]


@pytest.mark.parametrize("value", FORMULAS, ids=[repr(v) for v in FORMULAS])
def test_a_csv_cell_that_a_spreadsheet_would_read_as_a_formula_is_quoted(value: str) -> None:
    """A cell starting, after any whitespace, with =, +, -, @ (or with a tab or CR) starts with a quote."""
    cell = render._cell(value)  # noqa: SLF001 - the one guard every CSV cell goes through
    assert cell.startswith("'"), cell
    assert controls(cell) == set()


@given(st.text(max_size=12))
def test_no_csv_cell_starts_a_formula(value: str) -> None:
    """Whatever the text, the cell neither starts a formula nor carries a control character."""
    cell = render._cell(value)  # noqa: SLF001
    assert cell.startswith("'") or cell.lstrip()[:1] not in {"=", "+", "-", "@"}
    assert controls(cell) == set()
    if value.isprintable() and value.lstrip()[:1] not in {"=", "+", "-", "@"}:
        assert cell == value


def test_the_people_an_ambiguous_official_fits_are_listed_with_visible_escapes(hostile_log: Path) -> None:
    """The candidates printed on stderr are names set by corrections too."""
    result = CliRunner().invoke(cli, ["--log", str(hostile_log), "official", "Antony"])
    assert result.exit_code == 2  # usage: the name does not say whom (issue #16)
    assert "\\x1b" in result.stderr
    assert controls(result.stderr) == set()
