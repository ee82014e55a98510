"""backfill: an archive read on (local) Ray gives the log ``ingest`` gives; killed, it resumes; failures are reported.

One Ray is started for the module (starting one costs seconds); the commands
run in a subprocess connect to it with ``--address``. Its workers carry a
setup hook that makes the extractor fail on any article containing
``POISON_MARK``, so a poisoned article can be fed through the real pipeline.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pendulum
import pytest
import ray
from bench.generate import write as write_articles
from click.testing import CliRunner

from timeline import api, backfill
from timeline.backend import open_log
from timeline.cli import cli
from timeline.ingestion import Summary
from timeline.model import ArticleIngested, Event
from timeline.storage import EventLog

ARTICLES = 24
POISON_MARK = "POISONED-FOR-THE-TEST"
NOW = "2026-01-01T00:00:00Z"
ROOT = Path(__file__).resolve().parent.parent


def _poison_hook() -> Callable[[], None]:
    """A worker setup hook (pickled by value): the extractor raises on articles holding the mark."""
    mark = POISON_MARK

    def hook() -> None:
        import timeline.extract as extract_module  # noqa: PLC0415 - in the Ray worker

        real = extract_module.extract

        def extract(item: Any) -> Any:  # noqa: ANN401
            if mark in item.text:
                msg = "poisoned on purpose by the test"
                raise RuntimeError(msg)
            return real(item)

        extract_module.extract = extract

    return hook


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A Ray on this machine for the module: two CPUs, the poison hook; its address."""
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        logging_level="warning",
        log_to_driver=False,
        runtime_env={"worker_process_setup_hook": _poison_hook()},
    )
    try:
        yield str(ray.get_runtime_context().gcs_address)
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of generated wire articles."""
    folder = tmp_path_factory.mktemp("archive")
    write_articles(folder, ARTICLES, seed=19)
    return folder


@pytest.fixture(scope="module")
def reference(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Event]:
    """The events ``ingest`` appends for the archive (one process, no Ray)."""
    log = open_log(tmp_path_factory.mktemp("reference") / "events")
    summary = api.ingest(log, [archive], today=pendulum.date(2026, 1, 1), now=lambda: NOW, jobs=1)
    assert summary.added == ARTICLES
    return list(log.events())


def _backfill(log: EventLog, sources: list[Path | str], **kwargs: Any) -> Summary:  # noqa: ANN401
    progress = kwargs.pop("progress", None)
    notes: list[Any] = kwargs.pop("notes", [])
    settings = backfill.Settings(batch_size=kwargs.pop("batch_size", 7), today=pendulum.date(2026, 1, 1))
    return backfill.run(
        log, sources, settings=settings, now=lambda: NOW, tell=notes.append, progress=progress
    )


def _once_each(log: EventLog) -> Counter[str]:
    return Counter(e.article for e in log.events() if isinstance(e, ArticleIngested))


@pytest.mark.usefixtures("cluster")
def test_archive_into_a_file_log_is_what_ingest_appends(
    archive: Path, reference: list[Event], tmp_path: Path
) -> None:
    """A directory backfilled into a file log holds the events ingest appends, in the same order."""
    log = open_log(tmp_path / "events")
    summary = _backfill(log, [archive])
    assert (summary.added, summary.failed, summary.refused) == (ARTICLES, 0, 0)
    assert list(log.events()) == reference
    assert log.verify().events == len(reference)
    again = _backfill(log, [archive])  # all known: skipped before extraction, nothing appended
    assert (again.added, again.known) == (0, ARTICLES)
    assert log.verify().events == len(reference)


@pytest.mark.usefixtures("cluster")
def test_archive_into_postgresql_is_what_ingest_appends(
    archive: Path, reference: list[Event], postgres_url: str
) -> None:
    """The same archive backfilled into PostgreSQL: the same events as ingest's, and a log that verifies."""
    log = open_log(postgres_url)
    summary = _backfill(log, [archive])
    assert summary.added == ARTICLES
    assert list(log.events()) == reference
    assert log.verify().events == len(reference)


@pytest.mark.usefixtures("cluster")
def test_json_lines_records_give_the_same_articles_and_events(reference: list[Event], tmp_path: Path) -> None:
    """A gzipped JSON-lines file of the archive's records gives the same article ids and extracted events."""
    records = tmp_path / "archive.jsonl.gz"
    with gzip.open(records, "wt", encoding="utf-8") as handle:
        for event in reference:
            if isinstance(event, ArticleIngested):
                fields = {"text": event.text, "title": event.title, "source": event.source, "url": event.url}
                published = event.published.isoformat() if event.published else None
                handle.write(json.dumps({**fields, "published": published}) + "\n")
            handle.write("\n" if event.kind == "meeting-reported" else "")  # blank lines are skipped
    log = open_log(tmp_path / "events")
    summary = _backfill(log, [records])
    assert (summary.total, summary.added) == (ARTICLES, ARTICLES)
    got = list(log.events())
    assert [e for e in got if not isinstance(e, ArticleIngested)] == [
        e for e in reference if not isinstance(e, ArticleIngested)
    ]
    fresh = [e for e in got if isinstance(e, ArticleIngested)]
    assert [(e.article, e.text, e.published) for e in fresh] == [
        (e.article, e.text, e.published) for e in reference if isinstance(e, ArticleIngested)
    ]
    assert {e.filename for e in fresh} == {"archive.jsonl.gz"}


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    grew = True
    while grew:
        new = {
            pid for pid, parent in parents.items() if (parent == root or parent in found) and pid not in found
        }
        found |= new
        grew = bool(new)
    return found


def _readers() -> list[int]:
    """The Ray actor processes under this test that read articles (Ray names them ray::Reader)."""
    return _readers_of(os.getpid())


def _readers_of(root: int) -> list[int]:
    """The ray::Reader processes below the process ``root``."""
    pids = []
    for pid in _descendants(root):
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes().startswith(b"ray::Reader"):
                pids.append(pid)
        except OSError:
            continue
    return pids


@pytest.mark.usefixtures("cluster")
def test_workers_killed_mid_run_lose_and_double_nothing(
    archive: Path, reference: list[Event], tmp_path: Path
) -> None:
    """Every worker killed while chunks are in flight: Ray restarts them, their articles are read again, each once."""
    killed: list[int] = []

    def kill_workers(summary: Summary) -> None:
        if summary.done == 1 and not killed:
            killed.extend(_readers())
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    log = open_log(tmp_path / "events")
    summary = _backfill(log, [archive], progress=kill_workers)
    assert len(killed) == 2
    assert (summary.added, summary.failed) == (ARTICLES, 0)
    assert list(log.events()) == reference
    log.verify()


def test_a_killed_driver_run_again_completes_the_archive(cluster: str, archive: Path, tmp_path: Path) -> None:
    """The command killed part-way, then run again (on the same cluster): every article once, a log that verifies."""
    source = tmp_path / "archive"  # two distinct copies of each article: too many to finish between two looks
    source.mkdir()
    for path in sorted(archive.glob("*.txt")):
        for copy in range(2):
            text = path.read_text(encoding="utf-8") + f"\nCopy {copy}.\n"
            (source / f"{path.stem}-{copy}.txt").write_text(text, encoding="utf-8")
    total = len(list(source.glob("*.txt")))
    log_dir = tmp_path / "events"
    command = [
        sys.executable, "-m", "timeline", "backfill", str(source), "--log", str(log_dir),
        "--address", cluster, "--batch-size", "3", "--report", str(tmp_path / "report.jsonl"), "-q",
    ]  # fmt: skip
    env = {**os.environ, "TIMELINE_LOG": ""}
    first = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    log = open_log(log_dir)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and first.poll() is None:
            if log.exists() and len(log.article_ids()) >= 3:
                first.send_signal(signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        first.kill()
        first.wait()
    partial = len(log.article_ids())
    assert 3 <= partial < total, "the driver was not killed part-way"
    second = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=300)
    assert second.returncode == 0, second.stderr
    assert f"{total - partial} articles added, {partial} already in the log, 0 failed" in second.stderr
    counts = _once_each(log)
    assert len(counts) == total
    assert set(counts.values()) == {1}
    log.verify()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _ray_head(env: dict[str, str]) -> Iterator[int]:
    """A one-CPU Ray head started as a user starts one (``ray start --head``), with Ray Client on; its port.

    Its temporary directory is its own, so that nothing else on the machine
    finds it as "the latest Ray"; it runs with ``--block`` in a session of its
    own, and is stopped by killing that session's process group (``ray stop``
    would stop every Ray on the machine).
    """
    port = _free_port()
    temp = Path(tempfile.mkdtemp(prefix="ray-head-"))  # short: Ray's socket paths must fit in 107 bytes
    command = [
        sys.executable, "-m", "ray.scripts.scripts", "start", "--head", "--block", "--port=0",
        f"--ray-client-server-port={port}", "--num-cpus=1", "--include-dashboard=false",
        "--disable-usage-stats", f"--temp-dir={temp}",
    ]  # fmt: skip
    with (temp / "head.out").open("wb") as out:
        head = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 120
        while not _listening(port):
            assert head.poll() is None, (temp / "head.out").read_text(encoding="utf-8", errors="replace")
            assert time.monotonic() < deadline, "the Ray head did not open its client port"
            time.sleep(0.2)
        yield port
    finally:
        with contextlib.suppress(ProcessLookupError):  # a head that failed may have no process left
            os.killpg(head.pid, signal.SIGKILL)
        head.wait()
        shutil.rmtree(temp, ignore_errors=True)


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_a_ray_client_address_gives_the_log_ingest_gives(
    archive: Path, reference: list[Event], tmp_path: Path
) -> None:
    """--address ray://HOST:PORT (Ray Client, to a head of ray start, token authentication on): ingest's log."""
    token = secrets.token_hex(32)
    env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": token, "TIMELINE_NOW": NOW}
    env.pop("RAY_ADDRESS", None)
    env.pop("TIMELINE_LOG", None)
    log_dir = tmp_path / "events"
    command = [
        sys.executable, "-m", "timeline", "backfill", str(archive), "--log", str(log_dir), "--batch-size", "7",
        "--report", str(tmp_path / "report.jsonl"), "-q",
    ]  # fmt: skip
    with _ray_head(env) as port:
        address = ["--address", f"ray://127.0.0.1:{port}"]
        done = subprocess.run(
            command + address, env=env, capture_output=True, text=True, check=False, timeout=300
        )
    assert done.returncode == 0, done.stderr
    assert f"{ARTICLES} articles added, 0 already in the log, 0 failed" in done.stderr
    log = open_log(log_dir)
    assert list(log.events()) == reference
    assert log.verify().events == len(reference)


def test_ray_client_failures_say_what_token_authentication_needs() -> None:
    """A Ray Client address that cannot be reached without RAY_AUTH_MODE=token names it; others do not."""
    hint = backfill._auth_hint  # noqa: SLF001 - the message's one moving part
    assert "RAY_AUTH_MODE=token" in hint("ray://head:10001", {})
    assert hint("ray://head:10001", {"RAY_AUTH_MODE": "token"}) == ""
    assert hint("head:6379", {}) == ""


def _running(pids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """The processes running (zombies are not): pid -> (start time, name); the time tells a later process with the pid."""
    found = {}
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        name, _, rest = stat.partition("(")[2].rpartition(")")
        fields = rest.split()
        if fields[0] != "Z":
            found[pid] = (fields[19], name)
    return found


def _survivors(processes: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    return {pid: seen for pid, seen in _running(processes).items() if seen == processes[pid]}


def test_a_killed_driver_leaves_no_process_of_the_ray_it_started(archive: Path, tmp_path: Path) -> None:
    """The command with no cluster named, killed (SIGKILL) once its worker runs: within seconds no process of its Ray is left."""
    env = {**os.environ, "TIMELINE_LOG": ""}
    env.pop("RAY_ADDRESS", None)
    command = [
        sys.executable, "-m", "timeline", "backfill", str(archive), "--log", str(tmp_path / "events"),
        "--workers", "1", "--report", str(tmp_path / "report.jsonl"), "-q",
    ]  # fmt: skip
    driver = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while not _readers_of(driver.pid):
            assert driver.poll() is None, "the backfill ended before its worker was seen"
            assert time.monotonic() < deadline, "no Ray worker started"
            time.sleep(0.05)
        ray_processes = _running(_descendants(driver.pid))
        driver.send_signal(signal.SIGKILL)
    finally:
        driver.kill()
        driver.wait()
    watched = {name for _, name in ray_processes.values()}
    assert {"gcs_server", "raylet"} <= watched, watched  # what is watched is a Ray
    deadline = time.monotonic() + 10
    while _survivors(ray_processes) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _survivors(ray_processes) == {}


@pytest.mark.usefixtures("cluster")
def test_a_poisoned_article_is_reported_and_the_rest_go_in(archive: Path, tmp_path: Path) -> None:
    """An article whose extraction raises is listed in the report with its reason; the others are in the log."""
    source = tmp_path / "archive"
    source.mkdir()
    for path in sorted(archive.glob("*.txt"))[:12]:
        (source / path.name).write_bytes(path.read_bytes())
    poisoned = source / "a000005.txt"
    poisoned.write_text(poisoned.read_text(encoding="utf-8") + f"\n{POISON_MARK}\n", encoding="utf-8")
    (source / "broken.jsonl").write_text('{"text": "Blinken met Wang Yi."}\nnot json\n', encoding="utf-8")
    report = tmp_path / "report.jsonl"
    log_dir = tmp_path / "events"
    result = CliRunner().invoke(
        cli,
        ["backfill", str(source), "--log", str(log_dir), "--report", str(report)],
        env={"TIMELINE_LOG": None},
    )
    assert result.exit_code == 1, result.output
    entries = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [(e["input"], e["reason"].partition(";")[0]) for e in entries] == [
        (str(poisoned), "could not be extracted (RuntimeError: poisoned on purpose by the test)"),
        (f"{source / 'broken.jsonl'}:2", "is not JSON (Expecting value: line 1 column 1 (char 0))"),
    ]
    assert "poisoned on purpose by the test" in entries[0]["traceback"]
    assert "12 articles added, 0 already in the log, 2 failed" in result.stderr
    assert f"the failures are listed in {report}" in result.stderr
    assert len(open_log(log_dir).article_ids()) == 12


def test_sources_are_streamed_in_ingest_order(tmp_path: Path) -> None:
    """A tree is walked in the order ingest sorts it; globs, gzip articles and missing paths are inputs too."""
    (tmp_path / "a").mkdir()
    for name in ("a/z.txt", "a.txt", "a-b.md", "b.txt", "notes.pdf"):
        (tmp_path / name).write_text(
            "title: x\n\nBlinken met Wang Yi in Beijing on Monday.\n", encoding="utf-8"
        )
    with gzip.open(tmp_path / "c.txt.gz", "wb") as handle:
        handle.write(b"Blinken met Wang Yi in Beijing on Monday.\n")
    walked = [name for name, _ in backfill.inputs([tmp_path])]
    ingest_order = [name for name, _ in api_expand(tmp_path)]
    assert walked[: len(ingest_order)] == ingest_order
    assert walked[-1] == str(tmp_path / "c.txt.gz")
    assert [name for name, _ in backfill.inputs([str(tmp_path / "*.txt")])] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]
    [(_, refusal)] = backfill.inputs([str(tmp_path / "nothing-*.jsonl")])
    assert "matches no file" in str(refusal)
    [(_, gzipped)] = backfill.inputs([tmp_path / "c.txt.gz"])
    assert isinstance(gzipped, backfill.Article)
    assert gzipped.filename == "c.txt"


def api_expand(folder: Path) -> list[tuple[str, object]]:
    from timeline.ingestion import expand  # noqa: PLC0415

    return expand([folder])


def test_records_are_checked_field_by_field() -> None:
    """A record needs text; the other fields are strings or null; a bad date names the record."""
    good = backfill.from_record(
        b'{"text": "\\n\\nBlinken met Wang Yi.  \\r\\n", "published": "2024-11-14", "title": "T"}',
        "f:1",
        "f.jsonl",
    )
    assert isinstance(good, backfill.Article)
    assert (good.text, good.published, good.title, good.filename) == (
        "Blinken met Wang Yi.",
        pendulum.date(2024, 11, 14),
        "T",
        "f.jsonl",
    )
    assert 'needs "text"' in str(backfill.from_record(b'{"title": "T"}', "f:2", "f.jsonl"))
    assert 'needs "text"' in str(backfill.from_record(b'{"text": "x", "url": 3}', "f:3", "f.jsonl"))
    assert "not ISO 8601" in str(
        backfill.from_record(b'{"text": "x", "published": "14/11/2024"}', "f:4", "f.jsonl")
    )
    assert "is empty" in str(backfill.from_record(b'{"text": " \\n "}', "f:5", "f.jsonl"))
    assert "not a JSON object" in str(backfill.from_record(b"[1]", "f:6", "f.jsonl"))


def test_the_bench_samples_the_memory_of_a_whole_process_tree(tmp_path: Path) -> None:
    """bench/backfill.py counts a child's memory into its command's peak (the tree, not the command alone)."""
    from bench import backfill as bench  # noqa: PLC0415 - the bench's helpers, only here

    code = "import subprocess, sys; subprocess.run([sys.executable, '-c', 'x = bytearray(80_000_000); import time; time.sleep(1.5)'])"
    got = bench.timed([sys.executable, "-c", code], tmp_path / "events")
    assert got["pss"] > 70
    assert got["rss"] < 70
    assert got["articles"] == 0


class _LateClientServer:
    """A ``ray`` module whose Ray Client head starts its per-client server late ``late`` times."""

    def __init__(self, late: int, message: str = "Starting Ray client server failed. See logs.") -> None:
        self.late = late
        self.message = message
        self.calls = 0

    def init(self, **_: object) -> None:
        self.calls += 1
        if self.calls <= self.late:
            message = f"Initialization failure from server: {self.message}"
            raise RuntimeError(message)


# How the head's late server shows: it did not answer, or it was looked at while still a zombie.
_LATE = [
    "Starting Ray client server failed. See ray_client_server_23000.err for detailed logs.",
    (
        'Traceback (most recent call last):\n  File "proxier.py", line 396, in start_specific_server\n'
        "    cmd = psutil_proc.cmdline()\npsutil.ZombieProcess: PID still exists but it's a zombie (pid=15978)"
    ),
]


@pytest.mark.parametrize("message", _LATE)
def test_a_ray_client_server_started_late_is_waited_for(
    monkeypatch: pytest.MonkeyPatch, message: str
) -> None:
    """Ray Client's head starts one server per client; late on a busy head, the connection is tried again."""
    monkeypatch.setattr(backfill, "_CLIENT_PAUSE", 0.0)
    ray = _LateClientServer(late=2, message=message)
    backfill._connect(ray, "ray://127.0.0.1:10001")  # noqa: SLF001 - the connection's one retried failure
    assert ray.calls == 3
    never = _LateClientServer(late=99, message=message)
    with pytest.raises(backfill.ClusterError, match="Initialization failure from server"):
        backfill._connect(never, "ray://127.0.0.1:10001")  # noqa: SLF001
    assert never.calls == backfill._CLIENT_ATTEMPTS  # noqa: SLF001
    direct = _LateClientServer(late=1, message=message)
    with pytest.raises(backfill.ClusterError):
        backfill._connect(direct, "10.0.0.1:6379")  # noqa: SLF001 - not Ray Client: no second try
    assert direct.calls == 1


def test_a_ray_client_refused_for_another_reason_is_not_tried_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the head's late server is waited for: a refusal (no token, say) fails at the first try."""
    monkeypatch.setattr(backfill, "_CLIENT_PAUSE", 0.0)
    refused = _LateClientServer(late=1, message="UNAUTHENTICATED: Invalid or missing authentication token")
    with pytest.raises(backfill.ClusterError, match="UNAUTHENTICATED"):
        backfill._connect(refused, "ray://127.0.0.1:10001")  # noqa: SLF001
    assert refused.calls == 1
