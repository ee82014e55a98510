"""The ingest pipeline: failures kept to their article, workers, order, the lock per batch, Ctrl-C, English only."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline import cli as cli_module
from timeline import ingestion as ingest
from timeline.article import Article
from timeline.cli import cli
from timeline.model import ArticleIngested, Event
from timeline.store import Log

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FRENCH = (
    "Le ministre des Affaires étrangères a rencontré jeudi son homologue japonais à Paris. Les deux "
    "responsables ont évoqué la sécurité régionale, le commerce et la coopération dans le domaine de "
    "l'énergie, selon un communiqué publié par le ministère à l'issue de la réunion. Ils sont convenus "
    "de se revoir avant la fin de l'année pour poursuivre les discussions sur les chaînes "
    "d'approvisionnement.\n"
)


def run(log: Path, *args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["--log", str(log), *args], input=stdin)


def write_articles(folder: Path, count: int) -> list[Path]:
    """``count`` small English articles, a00.txt, a01.txt, ... (sorted order is input order)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"a{i:02d}.txt"
        path.write_text(
            f"published: 2024-11-{i % 28 + 1:02d}\n\n"
            f"SEOUL -- Foreign Minister Park Jin met Secretary of State Antony Blinken on Thursday, round {i}.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def recording(item: Article) -> tuple[list[Event], list[str]]:
    """A fast stand-in extractor: the article is recorded, nothing is extracted."""
    return [ingest.ingested(item)], []


def failing_on(
    filename: str, then: Callable[[Article], tuple[list[Event], list[str]]] = recording
) -> Callable[..., object]:
    """An extractor that raises on one file (naming the process it ran in) and reads the others with ``then``."""

    def extract(item: Article) -> tuple[list[Event], list[str]]:
        if item.filename == filename:
            msg = f"boom in process {os.getpid()}"
            raise RuntimeError(msg)
        return then(item)

    return extract


def ingested_files(log: Path) -> list[str | None]:
    return [e.filename for e in Log(log).events() if isinstance(e, ArticleIngested)]


@pytest.fixture
def log(tmp_path: Path) -> Path:
    return tmp_path / "events"


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let --jobs start workers however few the articles (forked workers inherit this test's patches)."""
    monkeypatch.setattr(ingest, "MIN_PER_WORKER", 1)


def test_a_failing_article_is_named_left_out_and_the_others_go_in(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor error in one file: Error line naming it, traceback in a file under the log, the rest appended, exit 1."""
    paths = write_articles(tmp_path / "in", 5)
    monkeypatch.setattr(ingest, "extract", failing_on("a02.txt"))
    result = run(log, "ingest", "--jobs", "1", "--batch-size", "2", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert result.stdout == ""
    [error] = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert error.startswith(
        f"Error: {paths[2]}: could not be extracted (RuntimeError: boom in process {os.getpid()})"
    )
    traceback_file = Path(error.rsplit("the traceback is in ", 1)[1])
    assert traceback_file.parent == log / "errors"
    text = traceback_file.read_text(encoding="utf-8")
    assert text.startswith(f"== {paths[2]}\nTraceback (most recent call last):")
    assert "RuntimeError: boom" in text
    assert "4 articles added, 0 already in the log, 0 refused, 1 failed" in result.stderr
    assert ingested_files(log) == ["a00.txt", "a01.txt", "a03.txt", "a04.txt"]
    assert Log(log).verify().events == 4


def test_debug_prints_the_traceback_instead(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --debug the traceback follows the Error line on stderr and no file is written."""
    write_articles(tmp_path / "in", 3)
    monkeypatch.setattr(ingest, "extract", failing_on("a00.txt"))
    result = run(log, "ingest", "--jobs", "1", "--debug", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    error = next(i for i, line in enumerate(lines) if line.startswith("Error: "))
    assert lines[error + 1] == "Traceback (most recent call last):"
    assert "RuntimeError: boom" in result.stderr
    assert "traceback is in" not in result.stderr
    assert not (log / "errors").exists()
    assert ingested_files(log) == ["a01.txt", "a02.txt"]


@pytest.mark.usefixtures("workers")
def test_a_failing_article_in_a_worker_is_left_out_too(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --jobs 2 the failure happens in a worker process; it is reported the same way and the rest go in, in order."""
    write_articles(tmp_path / "in", 12)
    monkeypatch.setattr(ingest, "extract", failing_on("a05.txt"))
    result = run(log, "ingest", "--jobs", "2", "--batch-size", "4", str(tmp_path / "in"))
    assert result.exit_code == 1
    [error] = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    worker = int(re.search(r"boom in process (\d+)", error).group(1))  # type: ignore[union-attr]
    assert worker != os.getpid()
    assert "11 articles added" in result.stderr
    assert ingested_files(log) == [f"a{i:02d}.txt" for i in range(12) if i != 5]


@pytest.mark.usefixtures("workers")
def test_an_article_that_kills_its_worker_is_the_only_one_lost(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that dies (os._exit) on one article: that article is named, the pool restarts, every other article goes in."""
    write_articles(tmp_path / "in", 10)

    def dying(item: Article) -> tuple[list[Event], list[str]]:
        if item.filename == "a03.txt":
            os._exit(9)
        return recording(item)

    monkeypatch.setattr(ingest, "extract", dying)
    result = run(log, "ingest", "--jobs", "2", str(tmp_path / "in"))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1
    assert errors[0].startswith(
        f"Error: {tmp_path / 'in' / 'a03.txt'}: could not be extracted: the worker process"
    )
    assert ingested_files(log) == [f"a{i:02d}.txt" for i in range(10) if i != 3]


def test_an_unexpected_error_while_reading_is_kept_to_its_file(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in reading one file (not a refusal) names it with 'could not be read'; the others go in, exit 1."""
    paths = write_articles(tmp_path / "in", 3)
    real = ingest.article.from_bytes

    def from_bytes(data: bytes, **kwargs: object) -> Article:
        if kwargs["source_name"] == str(paths[1]):
            raise RecursionError("deep")  # noqa: EM101 - a stand-in bug
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest.article, "from_bytes", from_bytes)
    monkeypatch.setattr(ingest, "extract", recording)
    result = run(log, "ingest", "--jobs", "1", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert f"Error: {paths[1]}: could not be read (RecursionError: deep)" in result.stderr
    assert ingested_files(log) == ["a00.txt", "a02.txt"]


@pytest.mark.usefixtures("workers")
def test_workers_append_in_input_order_whatever_order_they_finish(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles that take random times in two workers still go into the log in input order."""
    write_articles(tmp_path / "in", 30)

    def jittery(item: Article) -> tuple[list[Event], list[str]]:
        time.sleep(random.random() / 50)
        return recording(item)

    monkeypatch.setattr(ingest, "extract", jittery)
    result = run(log, "ingest", "--jobs", "2", "--batch-size", "7", str(tmp_path / "in"))
    assert result.exit_code == 0, result.stderr
    assert ingested_files(log) == [f"a{i:02d}.txt" for i in range(30)]
    assert Log(log).verify().events == 30


@pytest.mark.usefixtures("workers")
def test_workers_give_the_same_log_as_one_process(tmp_path: Path) -> None:
    """The seeds through two workers (real extractor, events sent back between processes) equal the seeds read in-process."""
    logs = {}
    for jobs in ("1", "2"):
        logs[jobs] = tmp_path / f"events-{jobs}"
        result = CliRunner().invoke(
            cli,
            ["--log", str(logs[jobs]), "ingest", "--jobs", jobs, str(SEEDS)],
            env={"TIMELINE_NOW": "2026-01-01T00:00:00Z"},
        )
        assert result.exit_code == 0, result.stderr
    assert (logs["1"] / "log.jsonl").read_bytes() == (logs["2"] / "log.jsonl").read_bytes()


def test_extraction_runs_without_the_lock_and_a_racing_ingest_adds_nothing_twice(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one ingest extracts, another appends some of its articles: both finish, each article is in the log once."""
    paths = write_articles(tmp_path / "in", 6)
    monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT", "0.5")
    raced: list[ingest.Summary] = []

    def racing(item: Article) -> tuple[list[Event], list[str]]:
        if item.filename == "a01.txt" and not raced:  # mid-way, another ingest of a03 and a04 runs to the end
            options = ingest.Options(jobs=1, timeout=0.5)
            raced.append(
                ingest.run(
                    Log(log),
                    paths[3:5],
                    options=options,
                    now=lambda: "2026-01-01T00:00:00Z",
                    tell=lambda _: None,
                )
            )
        return recording(item)

    monkeypatch.setattr(ingest, "extract", racing)
    result = run(log, "ingest", "--jobs", "1", str(tmp_path / "in"))
    assert result.exit_code == 0, result.stderr
    assert raced[0].added == 2
    assert f"{paths[3]}: already in the log (another ingest added it meanwhile)" in result.stderr
    assert "4 articles added, 2 already in the log" in result.stderr
    assert sorted(ingested_files(log)) == [f"a{i:02d}.txt" for i in range(6)]
    assert ingested_files(log)[:2] == ["a03.txt", "a04.txt"]
    Log(log).verify()


def test_a_not_english_article_is_recorded_without_events_and_said_so(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """French text, and a header saying German: a warning naming each file, the text kept, the extractor never called."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fr.txt").write_text(f"published: 2024-11-14\n\n{FRENCH}", encoding="utf-8")
    (tmp_path / "in" / "de.txt").write_text(
        "language: de\npublished: 2024-11-14\n\nBlinken met Cho in Seoul on Thursday.\n", encoding="utf-8"
    )
    (tmp_path / "in" / "en.txt").write_text(
        "language: en-US\npublished: 2024-11-14\n\nBlinken met Iwaya in Lima on Friday.\n", encoding="utf-8"
    )
    called: list[str | None] = []

    def extract(item: Article) -> tuple[list[Event], list[str]]:
        called.append(item.filename)
        return recording(item)

    monkeypatch.setattr(ingest, "extract", extract)
    result = run(log, "ingest", "--jobs", "1", str(tmp_path / "in"))
    assert result.exit_code == 0, result.stderr
    assert called == ["en.txt"]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        (
            f"warning: {tmp_path / 'in' / 'de.txt'}: its language header says 'de', not English; the article is "
            "recorded with its text but no events are extracted (the extractor reads English only)"
        ),
        (
            f"warning: {tmp_path / 'in' / 'fr.txt'}: its text does not read as English (0% of its 57 ordinary words "
            "are common English words; English prose has over 20%); the article is recorded with its text but no "
            "events are extracted (the extractor reads English only)"
        ),
    ]
    assert (
        "3 articles added, 0 already in the log, 0 refused, 2 not in English (recorded without events)"
        in result.stderr
    )
    events = list(Log(log).events())
    assert [e.kind for e in events] == ["article-ingested"] * 3
    assert any(isinstance(e, ArticleIngested) and e.text == FRENCH.strip() for e in events)


def test_the_summary_says_how_long_it_took(log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without TIMELINE_NOW the summary ends with the elapsed time and rate; per-file lines stay when not on a terminal."""
    monkeypatch.setattr(ingest, "extract", recording)
    monkeypatch.delenv("TIMELINE_NOW", raising=False)
    result = run(log, "ingest", str(SEEDS))
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0] == f"{SEEDS / '000_6aeff7dc8888fcec.txt'}: 0 meetings, 0 office observations"
    assert re.fullmatch(
        r"2 articles added, 0 already in the log, 0 refused \(.+\) in \d+\.\d s \([\d.,]+ articles/s\)",
        lines[-1],
    )


def test_a_terminal_gets_one_progress_line_instead_of_a_line_per_file(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal: the count redrawn in place, warnings still printed, per-file lines left out, then the summary."""
    write_articles(tmp_path / "in", 4)
    (tmp_path / "in" / "b.txt").write_text(f"published: 2024-11-14\n\n{FRENCH}", encoding="utf-8")
    monkeypatch.setattr(ingest, "extract", recording)
    monkeypatch.setattr(cli_module, "_stderr_is_tty", lambda: True)
    result = run(log, "ingest", "--jobs", "1", str(tmp_path / "in"))
    assert result.exit_code == 0
    assert "\r5/5 articles" in result.stderr
    assert ": 0 meetings" not in result.stderr
    assert result.stderr.count("warning: ") == 1
    last = (
        result.stderr.replace("\x1b[K", "").rstrip("\n").rsplit("\n", 1)[-1]
    )  # click drops escapes off a terminal
    assert last.startswith("\r5/5 articles")
    assert last.rsplit("\r", 1)[1].startswith("5 articles added")


def test_the_progress_line_shows_count_rate_and_time_left() -> None:
    """50 of 200 in 10 s: 5 a second, 30 s left."""
    assert cli_module.progress_line(50, 200, 10.0, "articles") == "50/200 articles  5.0/s  0:30 left"
    assert cli_module.progress_line(0, 200, 0.0, "articles") == "0/200 articles"


def test_reextract_keeps_a_failure_to_its_article(log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Re-extracting with an extractor failing on one seed: Error naming it, the other's change appended, exit 1."""
    monkeypatch.setattr(ingest, "extract", recording)
    assert run(log, "ingest", str(SEEDS)).exit_code == 0
    real_size = (log / "log.jsonl").stat().st_size

    from timeline.extract import extract as real  # noqa: PLC0415 - the real extractor finds what recording left out

    monkeypatch.setattr(ingest, "extract", failing_on("000_6aeff7dc8888fcec.txt", then=real))
    result = run(log, "reextract", "--jobs", "1")
    assert result.exit_code == 1
    assert result.stdout == ""
    [error] = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert error.startswith("Error: 000_6aeff7dc8888fcec.txt (")
    assert "could not be extracted (RuntimeError: boom" in error
    assert result.stderr.splitlines()[-1].startswith("1 of 2 articles re-read with ")
    assert "1 failed and were left as they were" in result.stderr
    reread = [e for e in Log(log).events() if e.kind == "article-reextracted"]
    assert len(reread) == 1
    assert (log / "log.jsonl").stat().st_size > real_size


def test_reextract_makes_the_store_again_so_the_next_view_is_warm(
    log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a re-extraction that changed something, the store reflects the log: the view folds nothing."""
    from timeline import cache  # noqa: PLC0415
    from timeline.extract import extract as real  # noqa: PLC0415 - finds what recording left out

    monkeypatch.setattr(ingest, "extract", recording)
    assert run(log, "ingest", str(SEEDS)).exit_code == 0
    assert run(log, "meetings").exit_code == 0  # the store made
    monkeypatch.setattr(ingest, "extract", real)
    assert run(log, "reextract", "--jobs", "1").exit_code == 0

    def folded(*args: object) -> object:
        raise AssertionError("the view had to bring the store up to date after reextract")

    monkeypatch.setattr(cache.Cache, "_rebuild", folded)
    monkeypatch.setattr(cache.Cache, "_update", folded)
    warm = run(log, "meetings", "--format", "jsonl")
    assert warm.exit_code == 0, warm.stderr
    monkeypatch.setenv("TIMELINE_CACHE", "off")
    assert warm.stdout == run(log, "meetings", "--format", "jsonl").stdout
    assert "Blinken" in warm.stdout


def test_views_never_import_spacy(log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`import timeline.cli`, read-only views and an ingest of articles the log holds load neither the extractor nor spaCy."""
    monkeypatch.setattr(ingest, "extract", recording)
    assert run(log, "ingest", str(SEEDS)).exit_code == 0
    script = (
        "import sys\n"
        "import timeline.cli\n"
        "assert 'spacy' not in sys.modules, 'import'\n"
        "for view in (['meetings'], ['changes'], ['export'], ['verify'], ['log'], ['state', '2024-12-31']):\n"
        "    timeline.cli.cli.main(['--log', sys.argv[1], *view], standalone_mode=False)\n"
        "timeline.cli.cli.main(['--log', sys.argv[1], 'ingest', '-q', sys.argv[2]], standalone_mode=False)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'spacy' or m.startswith('timeline.extract'))\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(log), str(SEEDS)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


INTERRUPTIBLE = """
import sys, time
from timeline import ingestion as ingest

def slow(item):
    time.sleep(0.02)
    return [ingest.ingested(item)], []

ingest.extract = slow
ingest.MIN_PER_WORKER = 1
from timeline.cli import cli
cli.main(sys.argv[1:])
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_keeps_whole_batches_and_says_how_many(tmp_path: Path, jobs: str) -> None:
    """SIGINT mid-ingest: exit 130, the message counts the articles added, the log holds exactly those and verifies."""
    write_articles(tmp_path / "in", 90)
    log = tmp_path / "events"
    command = [
        sys.executable,
        "-c",
        INTERRUPTIBLE,
        "--log",
        str(log),
        "ingest",
        "-q",
        "--jobs",
        jobs,
        "--batch-size",
        "5",
        str(tmp_path / "in"),
    ]
    # Ctrl-C as a terminal sends it: the ingest starts with SIGINT's default action, whatever the test
    # runner's process (which may ignore SIGINT, and would pass that on) had
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, preexec_fn=_sigint_default)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and sum(1 for _ in ingested_lines(log)) < 10:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    match = re.search(
        r"interrupted: (\d+) articles added in \d+ batches, (\d+) not added; nothing was half-written", stderr
    )
    assert match, stderr
    assert "Run the same ingest again for the rest: articles already in the log are skipped" in stderr
    assert "Aborted!" not in stderr
    assert len([line for line in stderr.splitlines() if line.startswith("interrupted")]) == 1
    added, left = int(match.group(1)), int(match.group(2))
    assert 10 <= added < 90
    assert added + left == 90
    assert added % 5 == 0
    assert Log(log).verify().torn_bytes == 0
    assert ingested_files(log) == [f"a{i:02d}.txt" for i in range(added)]


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def ingested_lines(log: Path) -> list[bytes]:
    path = log / "log.jsonl"
    return (
        [line for line in path.read_bytes().splitlines() if b"article-ingested" in line]
        if path.exists()
        else []
    )


def test_default_jobs_is_the_cores_this_process_may_use() -> None:
    """--jobs defaults to the CPUs in this process's affinity."""
    assert ingest.default_jobs() == len(os.sched_getaffinity(0))


def test_chunks_are_small_enough_to_spread_and_large_enough_to_save_round_trips() -> None:
    """At most 16 articles a task, and at least four tasks per worker when there are few articles."""
    assert ingest.chunk_size(2000, 2) == 16
    assert ingest.chunk_size(24, 2) == 3
    assert ingest.chunk_size(1, 4) == 1
