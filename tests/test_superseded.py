"""timeline log marks records that no longer count (re-extracted, retracted) and hides them unless --all."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.clirun import ROOT, ok, run
from timeline import ingestion
from timeline.article import Article
from timeline.model import Event


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    log = tmp_path / "events"
    assert run(log, "ingest", "-q", str(ROOT / "seeds")).exit_code == 0
    return log


def ids(lines: str) -> list[str]:
    return [json.loads(line)["id"] for line in lines.splitlines()]


def nothing_found(item: Article) -> tuple[list[Event], list[str]]:
    """An extractor that records the article and finds nothing in it."""
    return [ingestion.ingested(item)], []


def test_log_hides_a_first_reading_read_again_and_all_marks_it(
    seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After reextract, the first reading's events leave `log`; `log --all` shows them marked [re-extracted]."""
    before = ok(seeded, "log", "--kind", "meeting-reported")
    assert len(before.splitlines()) == 1 + 7
    monkeypatch.setattr(ingestion, "extract", nothing_found)
    result = run(seeded, "reextract", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert ok(seeded, "log", "--kind", "meeting-reported") == "no records in the log match\n"
    marked = ok(seeded, "log", "--all", "--kind", "meeting-reported").splitlines()[1:]
    assert len(marked) == 7
    assert all(re.match(r" +\d+  meeting-reported .* \[re-extracted\] ", line) for line in marked), marked
    records = [json.loads(line) for line in ok(seeded, "log", "--all", "--format", "jsonl").splitlines()]
    assert {r["superseded"] for r in records if r["kind"] in {"meeting-reported", "office-observed"}} == {
        "re-extracted"
    }
    assert {r["superseded"] for r in records if r["kind"] in {"article-ingested", "article-reextracted"}} == {
        None
    }


def test_log_hides_a_retracted_event_until_the_retraction_is_reverted(seeded: Path) -> None:
    """A retracted meeting report is [retracted] under --all and gone without; reverting brings it back."""
    first = json.loads(ok(seeded, "log", "--kind", "meeting-reported", "--format", "jsonl").splitlines()[0])
    assert run(seeded, "retract", first["id"], "--reason", "a press conference").exit_code == 0
    assert first["id"] not in ids(ok(seeded, "log", "--format", "jsonl"))
    shown = ok(seeded, "log", "--all")
    assert re.search(rf"\n +{first['seq']}  meeting-reported .* \[retracted\] in-person: ", shown), shown
    retraction = json.loads(ok(seeded, "log", "--kind", "event-retracted", "--format", "jsonl"))
    assert run(seeded, "revert", retraction["id"]).exit_code == 0
    assert first["id"] in ids(ok(seeded, "log", "--format", "jsonl"))
    assert "[retracted]" not in ok(seeded, "log", "--all")
