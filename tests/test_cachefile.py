"""A warm view's own path (``cachefile.read_current``): the full path's bytes, from the standard library alone."""

from __future__ import annotations

import ast
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from bench.events import synthetic_events
from click.testing import CliRunner

from timeline import cachefile
from timeline.cli import cli
from timeline.store import Log

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "timeline"
NOW = "2024-01-01T00:00:00Z"
# The modules a warm view runs on besides click, and what they may import of the package
WARM_MODULES = ("cachefile", "cursor", "logfile", "vocabulary")
# What a warm view must not load: the models (attrs classes on pendulum dates), the codec and its converters,
# the store and the library above them, the views
HEAVY = (
    "attr",
    "attrs",
    "pendulum",
    "cattrs",
    "msgspec",
    "timeline.model",
    "timeline.world",
    "timeline.textdate",
    "timeline.codec",
    "timeline.cache",
    "timeline.store",
    "timeline.storage",
    "timeline.api",
    "timeline.render",
    "timeline.gazetteer",
    "timeline.selection",
)


def run(log: Path, *args: str, env: dict[str, str] | None = None) -> tuple[str, str]:
    """(stdout, stderr) of ``timeline --log LOG ARGS...``, which must succeed."""
    result = CliRunner().invoke(cli, ["--log", str(log), *args], env={"NO_COLOR": "1", **(env or {})})
    assert result.exit_code == 0, result.stderr
    return result.stdout, result.stderr


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles and a synthetic log's 900 events: many countries, tenures and changes of every kind."""
    folder = tmp_path_factory.mktemp("warm") / "events"
    run(folder, "ingest", "-q", str(ROOT / "seeds"))
    with Log(folder).writer() as writer:
        writer.append(list(synthetic_events(900, seed=21)), recorded_at=NOW)
    return folder


def countries(log: Path) -> list[str]:
    stdout, _ = run(log, "meetings", "--format", "jsonl", env={"TIMELINE_CACHE": "off"})
    return sorted({c for line in stdout.splitlines() for c in json.loads(line)["countries"]})


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether each warm view answered from ``read_current`` (True) or left it to the full path (False)."""
    found: list[bool] = []
    read = cachefile.read_current

    def watched(directory: Path, reader: Callable[[sqlite3.Connection], Any]) -> Any:  # noqa: ANN401
        lines = read(directory, reader)
        found.append(lines is not None)
        return lines

    monkeypatch.setattr(cachefile, "read_current", watched)
    yield found


def full_path(log: Path, view: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """The view as the full path prints it from the same (warm) store: ``cache.world``, then ``render``."""
    with monkeypatch.context() as patch:
        patch.setattr(cachefile, "read_current", lambda directory, read: None)  # noqa: ARG005
        stdout, stderr = run(log, *view)
    assert stderr == ""
    return stdout


def test_each_warm_view_prints_the_bytes_of_the_full_path(
    log: Path, taken: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every view the warm path serves prints what the full path and a full fold print, byte for byte."""
    views = [["meetings", "--format", "jsonl"], ["changes", "--format", "jsonl"]]
    views += [["country", code, "--format", "jsonl"] for code in countries(log)]
    assert len(views) > 10
    run(log, "meetings")  # the store made
    for view in views:
        taken.clear()
        warm, said = run(log, *view)
        assert (taken, said) == ([True], "")
        assert warm == full_path(log, view, monkeypatch)
        assert warm == run(log, *view, env={"TIMELINE_CACHE": "off"})[0]
    assert any('"type": "tenure"' in run(log, "country", code, "--format", "jsonl")[0] for code in countries(log))


def _warm_log(tmp_path: Path) -> Path:
    folder = tmp_path / "events"
    run(folder, "ingest", "-q", str(ROOT / "seeds"))
    run(folder, "meetings")  # the store made
    return folder


def _append_article(folder: Path) -> None:
    with Log(folder).writer() as writer:
        writer.append(list(synthetic_events(30, seed=5)), recorded_at=NOW)


def _edit(folder: Path, statement: str) -> None:
    with sqlite3.connect(cachefile.beside(folder)) as db:
        db.executescript(statement)


def _tear(folder: Path) -> None:
    with (folder / "log.jsonl").open("ab") as handle:
        handle.write(b'{"seq": ')  # what a crash leaves: the next writer moves it aside, readers never see it


DOUBTS: dict[str, Callable[[Path], None]] = {
    "new lines in the log": _append_article,
    "half a line at the log's end": _tear,
    "another version's store": lambda folder: _edit(folder, "UPDATE meta SET value = '14' WHERE key = 'version'"),
    "its meta edited": lambda folder: _edit(folder, "UPDATE meta SET value = value || ' ' WHERE key = 'names'"),
    "a line forged": lambda folder: _edit(
        folder, "UPDATE country_page SET lines = CAST(replace(CAST(lines AS TEXT), 'Blinken', 'X') AS BLOB)"
    ),
    "a tenure forged": lambda folder: _edit(folder, "UPDATE tenure SET line = replace(line, 'KR', 'XX')"),
    "no store": lambda folder: cachefile.beside(folder).unlink(),
    "not a database": lambda folder: cachefile.beside(folder).write_bytes(b"not a database" * 100),
}


@pytest.mark.parametrize("doubt", list(DOUBTS))
def test_what_the_warm_path_cannot_vouch_for_is_left_to_the_full_path(
    tmp_path: Path, taken: list[bool], doubt: str
) -> None:
    """New lines, another version, edited meta or rows, no store: the full path answers (as a fold does)."""
    folder = _warm_log(tmp_path)
    view = ["country", "KR", "--format", "jsonl"]
    assert run(folder, *view)[0]
    DOUBTS[doubt](folder)
    expected = run(folder, *view, env={"TIMELINE_CACHE": "off"})[0]
    taken.clear()
    assert run(folder, *view)[0] == expected
    assert taken[0] is False
    if doubt == "new lines in the log":  # brought up to date by the full path, then printed from the store
        assert taken == [False, True]
    for _ in range(2):  # a damaged store is thrown away by one view, made again by the next
        taken.clear()
        assert run(folder, *view) == (expected, "")
        if taken[0]:
            break
    # the store is current again, and read; a torn tail stays (and the warm path declines) until a writer moves it
    assert taken[0] is (doubt != "half a line at the log's end")


def test_the_store_turned_off_is_never_read(tmp_path: Path, taken: list[bool]) -> None:
    """``TIMELINE_CACHE=off``: the warm path declines even a current store."""
    folder = _warm_log(tmp_path)
    assert cachefile.read_current(folder, lambda db: cachefile.meeting_lines(db)) is not None
    taken.clear()
    run(folder, "meetings", "--format", "jsonl", env={"TIMELINE_CACHE": "off"})
    assert taken == [False, False]


def _imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "timeline":
            found.update(f"timeline.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("module", WARM_MODULES)
def test_the_warm_paths_modules_import_only_the_standard_library(module: str) -> None:
    """What a warm view runs on imports the standard library and one another, nothing else."""
    ours = {f"timeline.{name}" for name in WARM_MODULES}
    outside = sorted(
        name
        for name in _imports(module)
        if name not in ours and name.split(".")[0] not in sys.stdlib_module_names and name != "__future__"
    )
    assert not outside, f"timeline.{module} imports {outside}"


_PROBE = """
import sys
from timeline.cli import cli
try:
    cli(["--log", sys.argv[1], *sys.argv[2:]], standalone_mode=False)
finally:
    heavy = {heavy!r}
    sys.stderr.write("LOADED " + " ".join(sorted(m for m in sys.modules if m in heavy)) + "\\n")
"""


@pytest.mark.parametrize(
    "view",
    [("country", "KR", "--format", "jsonl"), ("meetings", "--format", "jsonl"), ("changes", "--format", "jsonl")],
)
def test_a_warm_view_loads_no_model_codec_store_or_view_module(tmp_path: Path, view: tuple[str, ...]) -> None:
    """In a fresh process, a warm JSON-lines view imports no attrs, pendulum, cattrs, models, store or views."""
    folder = _warm_log(tmp_path)
    probe = _PROBE.format(heavy=HEAVY)
    done = subprocess.run([sys.executable, "-c", probe, str(folder), *view], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.rsplit("LOADED", 1)[1].split() == []
    assert done.stdout == run(folder, *view, env={"TIMELINE_CACHE": "off"})[0]


@pytest.mark.parametrize("view", [("country", "KR"), ("changes", "--kind", "all"), ("offices",), ("people",)])
def test_a_warm_table_reads_tenures_and_changes_without_the_converter(tmp_path: Path, view: tuple[str, ...]) -> None:
    """In a fresh process, a warm table of tenures or changes imports no cattrs, and prints what a fold prints."""
    folder = _warm_log(tmp_path)
    probe = _PROBE.format(heavy=("cattrs",))
    done = subprocess.run([sys.executable, "-c", probe, str(folder), *view], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.rsplit("LOADED", 1)[1].split() == []
    assert done.stdout == run(folder, *view, env={"TIMELINE_CACHE": "off"})[0]


def test_after_new_lines_a_view_brings_the_store_up_to_date_without_the_views_module(tmp_path: Path) -> None:
    """One new article: the store is updated (models, codec), then its lines printed: no render, roster or gazetteer."""
    folder = _warm_log(tmp_path)
    _append_article(folder)
    views = ("timeline.render", "timeline.roster", "timeline.state", "timeline.gazetteer", "timeline.selection")
    probe = _PROBE.format(heavy=views)
    view = ("country", "KR", "--format", "jsonl")
    done = subprocess.run([sys.executable, "-c", probe, str(folder), *view], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.rsplit("LOADED", 1)[1].split() == []
    assert done.stdout == run(folder, *view, env={"TIMELINE_CACHE": "off"})[0]
