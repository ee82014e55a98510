"""Flagged changes and the filters every listing view shares: one definition, through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
TWO_OFFICES = Path(__file__).resolve().parent / "data" / "two_offices.txt"


def run(log: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--log", str(log), *args], env={"NO_COLOR": "1", "TIMELINE_LOG": None})


def ok(log: Path, *args: str) -> str:
    result = run(log, *args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.fixture(scope="module")
def seeds_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    log = tmp_path_factory.mktemp("seeds") / "events"
    result = run(log, "ingest", "-q", str(ROOT / "seeds"))
    assert result.exit_code == 0, result.stderr
    return log


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
    for filters in ([], ["--kind", "all"], ["--country", "KR"], ["--since", "2024", "--kind", "first-meeting"]):
        result = run(seeds_log, "html", "-o", str(tmp_path / "page.html"), *filters)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
        count = int(re.search(r"(\d+) flagged changes", result.stderr).group(1))  # type: ignore[union-attr]
        assert count == len(ok(seeds_log, "changes", "--format", "jsonl", *filters).splitlines()), filters
