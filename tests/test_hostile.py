"""Hostile input: every kind in tests/data/bad_inputs is refused clearly or accepted with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

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
