"""The command's shortcut (``shortcut.answer``): the CLI's bytes for the plainest JSON-lines views, without click."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bench.events import synthetic_events
from click.testing import CliRunner

from timeline import cachefile, shortcut
from timeline.cli import cli
from timeline.store import Log

ROOT = Path(__file__).resolve().parent.parent
NOW = "2024-01-01T00:00:00Z"
# What the shortcut's process must not load on a warm view: click and the CLI, the models and the library
NOT_WARM = ("click", "timeline.cli", "attr", "attrs", "pendulum", "cattrs", "msgspec", "timeline.model", "timeline.api")
# ... and after new lines, when it brings the store up to date: click and the CLI, the views' module
NOT_AFTER = ("click", "timeline.cli", "timeline.render")
_PROBE = """
import atexit, runpy, sys
watched = {watched!r}
atexit.register(lambda: sys.stderr.write("LOADED " + " ".join(w for w in watched if w in sys.modules) + "\\n"))
sys.argv = ["timeline", *sys.argv[1:]]
runpy.run_module("timeline", run_name="__main__", alter_sys=True)
"""


def run(log: Path, *args: str, env: dict[str, str] | None = None) -> tuple[str, str]:
    """(stdout, stderr) of the CLI (click's runner: never the shortcut), which must succeed."""
    result = CliRunner().invoke(cli, ["--log", str(log), *args], env={"NO_COLOR": "1", **(env or {})})
    assert result.exit_code == 0, result.stderr
    return result.stdout, result.stderr


def command(log: Path, *args: str, watched: tuple[str, ...] = NOT_WARM, env: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """(stdout, the watched modules loaded) of ``python -m timeline --log LOG ARGS...`` in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(watched=watched), "--log", str(log), *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    said, loaded = done.stderr.rsplit("LOADED", 1)
    assert said == ""
    return done.stdout, loaded.split()


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles and a synthetic log's 900 events, the projection store made."""
    folder = tmp_path_factory.mktemp("shortcut") / "events"
    run(folder, "ingest", "-q", str(ROOT / "seeds"))
    with Log(folder).writer() as writer:
        writer.append(list(synthetic_events(900, seed=21)), recorded_at=NOW)
    run(folder, "meetings")
    return folder


ANSWERED = {
    ("--log", "L", "country", "KR", "--format", "jsonl"): (Path("L"), "country", "KR"),
    ("--log=L", "country", " kr ", "--format=jsonl"): (Path("L"), "country", "KR"),
    ("--log", "L", "country", "--format", "jsonl", "jp"): (Path("L"), "country", "JP"),
    ("--log", "L", "meetings", "--format", "jsonl"): (Path("L"), "meetings", None),
    ("changes", "--format", "jsonl"): (Path("events"), "changes", None),
}
DECLINED = [
    ("--log", "L", "country", "South Korea", "--format", "jsonl"),  # a name: the gazetteer's
    ("--log", "L", "country", "KR", "--format", "table"),
    ("--log", "L", "country", "KR"),
    ("--log", "L", "country", "--format", "jsonl"),
    ("--log", "L", "country", "KR", "JP", "--format", "jsonl"),
    ("--log", "L", "meetings", "--format", "jsonl", "KR"),
    ("--log", "L", "meetings", "--format", "jsonl", "--format", "jsonl"),
    ("--log", "L", "meetings", "--format", "jsonl", "--since", "2024"),
    ("--log", "L", "meetings", "--format", "jsonl", "--known-at", "3"),
    ("--log", "L", "changes", "--format", "jsonl", "--kind", "all"),
    ("--log", "L", "changes", "--format", "jsonl", "--help"),
    ("--log", "L", "changes", "--format", "jsonl", "--"),
    ("--log", "L", "--log", "M", "changes", "--format", "jsonl"),
    ("--log", "L", "official", "Park Jin", "--format", "jsonl"),
    ("--log", "L", "export", "--format", "jsonl"),
    ("--log", "", "changes", "--format", "jsonl"),
    ("--log", "postgresql://db/x", "changes", "--format", "jsonl"),
    ("--help",),
    ("--version",),
    ("-h", "changes", "--format", "jsonl"),
    (),
]


@pytest.mark.parametrize("argv", list(ANSWERED), ids=[" ".join(a) for a in ANSWERED])
def test_the_plainest_views_are_answered(argv: tuple[str, ...]) -> None:
    """``--log`` and ``--format`` in both spellings, options after or before the country, a code in any case."""
    assert shortcut.request(argv, {}) == ANSWERED[argv]


@pytest.mark.parametrize("argv", DECLINED, ids=[" ".join(a) or "nothing" for a in DECLINED])
def test_anything_else_is_left_to_the_cli(argv: tuple[str, ...]) -> None:
    """Another command, option, format or country name, help, a blank or URL log: the CLI reads it."""
    assert shortcut.request(argv, {}) is None


def test_the_log_is_found_as_the_cli_finds_it(tmp_path: Path) -> None:
    """TIMELINE_LOG first, then --log, then ``events``; a blank TIMELINE_LOG, or a file, for the CLI to refuse."""
    argv = ("--log", "L", "changes", "--format", "jsonl")
    assert shortcut.request(argv, {"TIMELINE_LOG": "E"}) == (Path("E"), "changes", None)
    assert shortcut.request(argv[2:], {"TIMELINE_LOG": "E"}) == (Path("E"), "changes", None)
    assert shortcut.request(argv, {"TIMELINE_LOG": " "}) is None
    assert shortcut.request(("--log", " ", *argv[2:]), {"TIMELINE_LOG": "E"}) is None  # click refuses --log first
    (tmp_path / "file").write_text("")
    assert shortcut.request(("--log", str(tmp_path / "file"), *argv[2:]), {}) is None


def test_a_warm_view_prints_the_clis_bytes_without_click(log: Path) -> None:
    """Each view of everything: the CLI's bytes, and a fold's, from a process that loads neither click nor the models."""
    codes = sorted({c for line in run(log, "meetings", "--format", "jsonl")[0].splitlines() for c in json.loads(line)["countries"]})
    views = [["meetings", "--format", "jsonl"], ["changes", "--format", "jsonl"]]
    views += [["country", code.lower(), "--format=jsonl"] for code in codes[:8]]
    for view in views:
        printed, loaded = command(log, *view)
        assert loaded == []
        assert printed == run(log, *view)[0] == run(log, *view, env={"TIMELINE_CACHE": "off"})[0]
        assert printed


def test_after_new_lines_the_store_is_brought_up_to_date_without_click(tmp_path: Path) -> None:
    """The log grown past the store: the shortcut updates it (the models, no click, no views' module), then prints."""
    folder = tmp_path / "events"
    run(folder, "ingest", "-q", str(ROOT / "seeds"))
    run(folder, "meetings")
    with Log(folder).writer() as writer:
        writer.append(list(synthetic_events(60, seed=5)), recorded_at=NOW)
    assert cachefile.behind(folder)
    view = ["country", "KR", "--format", "jsonl"]
    printed, loaded = command(folder, *view, watched=NOT_AFTER)
    assert loaded == []
    assert cachefile.read_current(folder, lambda db: cachefile.view_lines(db, "country", "KR")) is not None
    assert printed == run(folder, *view, env={"TIMELINE_CACHE": "off"})[0]
    assert "Antony Blinken" in printed
    assert command(folder, *view)[1] == []  # warm again


@pytest.mark.parametrize(
    "view",
    [["country", "South Korea", "--format", "jsonl"], ["changes", "--format", "jsonl", "--kind", "all"], ["meetings"]],
)
def test_what_the_shortcut_declines_the_cli_answers_in_the_same_process(log: Path, view: list[str]) -> None:
    """``python -m timeline`` with a view the shortcut does not take: click answers, as it always did."""
    printed, loaded = command(log, *view, watched=("click",))
    assert "click" in loaded
    assert printed == run(log, *view)[0]


def test_a_store_turned_off_or_missing_is_left_to_the_cli(tmp_path: Path) -> None:
    """TIMELINE_CACHE=off, or no store yet: click answers (and makes the store), with the same bytes."""
    folder = tmp_path / "events"
    run(folder, "ingest", "-q", str(ROOT / "seeds"))
    view = ["meetings", "--format", "jsonl"]
    expected = run(folder, *view, env={"TIMELINE_CACHE": "off"})[0]
    cachefile.beside(folder).unlink(missing_ok=True)
    assert command(folder, *view, watched=("click",), env={"TIMELINE_CACHE": "off"}) == (expected, ["click"])
    assert not cachefile.beside(folder).exists()
    assert command(folder, *view, watched=("click",)) == (expected, ["click"])  # the first view makes the store
    assert command(folder, *view, watched=("click",)) == (expected, [])


def test_echo_writes_each_chunk_and_a_newline(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    """Lines and pages of lines alike end with one newline each, in order; nothing at all for no chunks."""
    page = b"\n".join(b'{"n": %d}' % n for n in range(20_000))
    shortcut.echo([b"a", page, b"b", b"", b"c"])
    shortcut.echo([])
    assert capfdbinary.readouterr().out == b"a\n" + page + b"\nb\n\nc\n"


def test_a_reader_that_stops_early_ends_the_view_quietly(log: Path) -> None:
    """``timeline meetings --format jsonl | head -1``: exit 0, nothing on stderr."""
    assert len(run(log, "meetings", "--format", "jsonl")[0]) > 1 << 17  # more than a pipe holds (64 KiB): a write fails
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline", "--log", str(log), "meetings", "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert json.loads(process.stdout.readline())
    process.stdout.close()
    assert (process.wait(timeout=60), process.stderr.read()) == (0, b"")


def test_a_stdout_that_is_not_utf8_gets_the_lines_in_its_own_encoding(log: Path) -> None:
    """PYTHONIOENCODING=utf-16: neither the shortcut nor the CLI's stored path writes the store's UTF-8 bytes."""
    view = ["--log", str(log), "country", "KR", "--format", "jsonl"]
    done = subprocess.run(
        [sys.executable, "-m", "timeline", *view],
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-16"},
        cwd=ROOT,
    )
    assert done.stdout.decode("utf-16") == run(log, *view[2:])[0]


def test_the_store_is_opened_once_to_tell_current_from_behind(tmp_path: Path) -> None:
    """read_or_behind: a current store's lines; None and True once the log grew past it; None and False without one."""
    folder = tmp_path / "events"
    run(folder, "ingest", "-q", str(ROOT / "seeds"))

    def read(db: object) -> list[bytes]:
        return cachefile.view_lines(db, "country", "KR")  # type: ignore[arg-type]

    assert cachefile.read_or_behind(folder, read) == (None, False)  # no store yet
    run(folder, "meetings")
    lines, stale = cachefile.read_or_behind(folder, read)
    assert (lines, stale) == (cachefile.read_current(folder, read), False)
    assert lines
    with Log(folder).writer() as writer:
        writer.append(list(synthetic_events(30, seed=7)), recorded_at=NOW)
    assert cachefile.read_or_behind(folder, read) == (None, True)
    assert cachefile.behind(folder)


def test_after_an_update_the_lines_come_from_the_updated_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The update's own snapshot of the store gives the lines: the store is not opened and checked again."""
    folder = tmp_path / "events"
    run(folder, "ingest", "-q", str(ROOT / "seeds"))
    run(folder, "meetings")
    with Log(folder).writer() as writer:
        writer.append(list(synthetic_events(60, seed=5)), recorded_at=NOW)

    def refuse(*_: object) -> None:
        msg = "the store was read again"
        raise AssertionError(msg)

    def read(db: object) -> list[bytes]:
        return cachefile.view_lines(db, "country", "KR")  # type: ignore[arg-type]

    monkeypatch.setattr(cachefile, "read_current", refuse)
    lines = shortcut._updated(folder, read)  # noqa: SLF001 - the step under test
    monkeypatch.undo()
    assert lines is not None
    printed = b"\n".join(lines).decode() + "\n"
    assert printed == run(folder, "country", "KR", "--format", "jsonl", env={"TIMELINE_CACHE": "off"})[0]
