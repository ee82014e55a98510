"""One store contract, passed by both backends: the files in a directory and PostgreSQL.

``StoreContract`` holds the tests; each backend's class only says how to
make an empty log. PostgreSQL runs for real (a cluster of the tests' own on
127.0.0.1, see conftest.py); nothing is mocked.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bench.events import synthetic_events
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import CorruptLogError, LogError, StaleCacheError
from timeline.backend import open_log
from timeline.chain import GENESIS
from timeline.storage import EventLog, Position
from timeline.store import Log

ROOT = Path(__file__).resolve().parent.parent
NOW = "2024-11-20T00:00:00Z"


def batches(count: int = 60, size: int = 7) -> list[list[object]]:
    events = list(synthetic_events(count))
    return [events[i : i + size] for i in range(0, len(events), size)]


class StoreContract:
    """What every backend must do; subclasses provide the ``location`` fixture."""

    @pytest.fixture
    def location(self, tmp_path: Path) -> str:
        raise NotImplementedError

    @pytest.fixture
    def log(self, location: str) -> EventLog:
        return open_log(location)

    def fill(self, log: EventLog, count: int = 60) -> list[object]:
        written = []
        with log.writer() as writer:
            for batch in batches(count):
                written.extend(writer.append(batch, recorded_at=NOW))
        return written

    def test_an_empty_log_reads_as_empty(self, log: EventLog) -> None:
        assert not log.exists()
        assert list(log.records()) == []
        assert log.article_ids() == set()
        assert log.verify().events == 0

    def test_appended_batches_read_back_in_order_with_their_chain(self, log: EventLog) -> None:
        written = self.fill(log)
        read = list(log.records())
        assert read == written
        assert [r.seq for r in read] == list(range(1, len(read) + 1))
        assert read[0].prev == GENESIS
        assert all(b.prev == a.hash for a, b in zip(read, read[1:], strict=False))
        assert all(r.batch[0] < r.batch[1] for r in read)
        report = log.verify()
        assert report.events == len(read)
        assert report.last_hash == read[-1].hash
        assert log.exists()

    def test_article_ids_are_the_ingested_articles(self, log: EventLog) -> None:
        written = self.fill(log)
        assert log.article_ids() == {r.event.article for r in written if r.kind == "article-ingested"}  # type: ignore[attr-defined]

    def test_records_after_a_position_resume_there_and_notice_another_chain(self, log: EventLog) -> None:
        written = self.fill(log)
        middle = next(r for r in written[10:] if r.batch[0] == r.batch[1] - 1)
        there = Position()
        for record, position in log.records_after(Position()):
            if record.seq == middle.seq:
                there = position
        assert (there.seq, there.hash) == (middle.seq, middle.hash)
        later = [r for r, _ in log.records_after(there)]
        assert later == written[middle.seq :]
        with pytest.raises(StaleCacheError):
            list(log.records_after(Position(there.seq, "f" * 64, there.note)))
        assert Position.from_text(there.to_text()) == there

    def test_the_projection_cache_follows_new_events(self, log: EventLog, tmp_path: Path) -> None:
        from timeline import cache, render  # noqa: PLC0415
        from timeline.project import build  # noqa: PLC0415

        events = list(synthetic_events(200, seed=8))
        starts = [i for i, e in enumerate(events) if e.kind == "article-ingested"]
        target = tmp_path / "projection.sqlite"
        with log.writer() as writer:
            writer.append(events[: starts[-3]], recorded_at=NOW)
        cache.world(log, target)
        with log.writer() as writer:
            writer.append(events[starts[-3] : starts[-2]], recorded_at=NOW)
        cached, full = cache.world(log, target), build(log.events())
        assert list(render.changes(cached, "jsonl")) == list(render.changes(full, "jsonl"))
        assert list(render.meetings(cached, "jsonl")) == list(render.meetings(full, "jsonl"))
        assert isinstance(cached, cache.LazyWorld), "the second view came from the cache"

    def test_events_naming_ids_or_articles_hold_every_event_so_named(self, log: EventLog) -> None:
        """``fold_events_naming`` gives at least each event with a named id or article, in log order."""
        self.fill(log, 120)
        whole = [(i, e) for i, e, _ in log.fold_events_after(Position())]
        names = {whole[5][0], whole[-1][0], getattr(whole[40][1], "article", "")}
        expected = [(i, e) for i, e in whole if i in names or getattr(e, "article", None) in names]
        found = list(log.fold_events_naming(names))
        assert len(expected) > 3  # noqa: PLR2004 - an article's events among them
        assert [f for f in found if f in expected] == expected

    def test_a_rebuild_reads_light_and_answers_as_a_whole_read(self, log: EventLog) -> None:
        from timeline import render  # noqa: PLC0415
        from timeline.codec import LightObservation  # noqa: PLC0415
        from timeline.project import build  # noqa: PLC0415

        self.fill(log, 120)
        light, whole = list(log.fold_events()), list(log.events())
        assert len(light) == len(whole)
        assert any(isinstance(e, LightObservation) for e in light), "observations come light"
        assert all(not getattr(e, "text", "") for e in light), "articles come without their text"
        for view in (render.changes, render.meetings):
            assert list(view(build(light), "jsonl")) == list(view(build(whole), "jsonl"))

    def test_ingest_is_idempotent(self, location: str, log: EventLog) -> None:
        runner = CliRunner()
        first = runner.invoke(cli, ["--log", location, "ingest", str(ROOT / "seeds")])
        assert first.exit_code == 0, first.stderr
        again = runner.invoke(cli, ["--log", location, "ingest", str(ROOT / "seeds")])
        assert again.exit_code == 0
        assert "0 articles added, 2 already in the log" in again.stderr
        assert len(log.article_ids()) == 2

    def test_copy_to_files_and_back_is_byte_identical(
        self, location: str, log: EventLog, tmp_path: Path
    ) -> None:
        self.fill(log)
        runner = CliRunner()
        there = str(tmp_path / "copy-there")
        result = runner.invoke(cli, ["copy", location, there])
        assert result.exit_code == 0, result.stderr
        assert list(Log(there).raw_lines()) == list(log.raw_lines())
        assert Log(there).verify().events == log.verify().events

    def test_copy_refuses_a_broken_chain_and_a_log_that_is_not_empty(
        self, log: EventLog, tmp_path: Path
    ) -> None:
        source = Log(tmp_path / "source")
        self.fill(source, 20)
        lines = list(source.raw_lines())
        damaged = [*lines[:3], lines[3].replace(b'"seq":4', b'"seq":5'), *lines[4:]]
        with log.writer() as writer, pytest.raises(CorruptLogError):
            writer.append_lines(damaged)
        assert list(log.records()) == []
        with log.writer() as writer:
            assert writer.append_lines(lines) == len(lines)
        with log.writer() as writer, pytest.raises(LogError, match="empty"):
            writer.append_lines(lines)
        assert list(log.raw_lines()) == lines


class TestFiles(StoreContract):
    """The default backend: log.jsonl and HEAD in a directory."""

    @pytest.fixture
    def location(self, tmp_path: Path) -> str:
        return str(tmp_path / "events")


class TestPostgres(StoreContract):
    """The shared backend: one table in a PostgreSQL database."""

    @pytest.fixture
    def location(self, postgres_url: str) -> str:
        return postgres_url

    def test_files_to_postgres_and_back_through_the_command(self, postgres_url: str, tmp_path: Path) -> None:
        runner = CliRunner()
        files = str(tmp_path / "events")
        assert runner.invoke(cli, ["--log", files, "ingest", "-q", str(ROOT / "seeds")]).exit_code == 0
        up = runner.invoke(cli, ["copy", files, postgres_url])
        assert up.exit_code == 0, up.stderr
        back = str(tmp_path / "back")
        assert runner.invoke(cli, ["copy", postgres_url, back]).exit_code == 0
        assert (Path(back) / "log.jsonl").read_bytes() == (Path(files) / "log.jsonl").read_bytes()
        assert runner.invoke(cli, ["--log", postgres_url, "verify"]).exit_code == 0
        meetings = [
            runner.invoke(cli, ["--log", where, "meetings"]).stdout for where in (files, postgres_url)
        ]
        assert meetings[0] == meetings[1] != ""

    def test_rows_cannot_be_updated_deleted_or_truncated(self, postgres_url: str) -> None:
        import psycopg  # noqa: PLC0415

        self.fill(open_log(postgres_url), 10)
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            for statement in (
                "UPDATE timeline_log SET line = 'x' WHERE seq = 1",
                "DELETE FROM timeline_log WHERE seq = 1",
                "TRUNCATE timeline_log",
            ):
                with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                    conn.execute(statement)
        assert open_log(postgres_url).verify().events > 0

    def test_a_writer_role_can_insert_but_not_rewrite(self, postgres_url: str) -> None:
        """The least-privilege setup of docs/team.md, enforced by the database."""
        import psycopg  # noqa: PLC0415

        self.fill(open_log(postgres_url), 10)
        database = postgres_url.rsplit("/", 1)[1]
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute(
                "DO $$ BEGIN CREATE ROLE timeline_writer LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            )
            conn.execute(f"GRANT CONNECT ON DATABASE {database} TO timeline_writer")
            conn.execute("GRANT USAGE ON SCHEMA public TO timeline_writer")
            conn.execute("GRANT SELECT, INSERT ON timeline_log TO timeline_writer")
        writer_url = postgres_url.replace("timeline@", "timeline_writer@")
        runner = CliRunner()
        result = runner.invoke(cli, ["--log", writer_url, "ingest", "-q", str(ROOT / "seeds")])
        assert result.exit_code == 0, result.stderr
        with psycopg.connect(writer_url, autocommit=True) as conn:
            for statement in (
                "UPDATE timeline_log SET line = 'x'",
                "DELETE FROM timeline_log",
                "TRUNCATE timeline_log",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute("REVOKE ALL ON timeline_log FROM timeline_writer")
            conn.execute("REVOKE ALL ON SCHEMA public FROM timeline_writer")
            conn.execute(f"REVOKE ALL ON DATABASE {database} FROM timeline_writer")

    @pytest.mark.slow
    def test_eight_processes_ingesting_at_once_add_each_article_once(
        self, postgres_url: str, tmp_path: Path
    ) -> None:
        from bench.generate import write  # noqa: PLC0415

        paths = write(tmp_path / "articles", 80, seed=5)
        sets = [paths[i * 8 : i * 8 + 16] for i in range(8)]  # each overlaps the next by half
        sets[7] = paths[56:] + paths[:8]
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "timeline",
                    "--log",
                    postgres_url,
                    "ingest",
                    "-q",
                    "--batch-size",
                    "3",
                    *map(str, chunk),
                ],
                stderr=subprocess.PIPE,
            )
            for chunk in sets
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err.decode()
        log = open_log(postgres_url)
        report = log.verify()
        ingested = [r.event.article for r in log.records() if r.kind == "article-ingested"]  # type: ignore[attr-defined]
        assert len(ingested) == len(set(ingested)) == 80
        assert report.events == len(list(log.records()))

    @pytest.mark.slow
    def test_a_writer_killed_mid_batch_leaves_no_partial_batch_and_never_blocked_readers(
        self, postgres_url: str
    ) -> None:
        log = open_log(postgres_url)
        self.fill(log, 20)
        before = list(log.raw_lines())
        script = (
            "import sys, time\n"
            "from bench.events import synthetic_events\n"
            "from timeline.backend import open_log\n"
            "import timeline.store_pg as pg\n"
            "original = pg.PostgresWriter._insert\n"
            "def slow(self, lines, records):\n"
            "    original(self, lines, records)\n"
            "    print('inserted', flush=True)\n"
            "    time.sleep(60)\n"
            "pg.PostgresWriter._insert = slow\n"
            "with open_log(sys.argv[1]).writer() as w:\n"
            "    w.append(list(synthetic_events(40, seed=99)), recorded_at='2024-11-21T00:00:00Z')\n"
        )
        proc = subprocess.Popen(
            [sys.executable, "-c", script, postgres_url],
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"inserted"
        started = time.monotonic()  # the writer holds the lock, its rows not committed: readers go on
        assert list(log.raw_lines()) == before
        assert log.verify().events == len(before)
        assert time.monotonic() - started < 10
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 30
        while list(log.raw_lines()) != before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert list(log.raw_lines()) == before
        log.verify()
        more = self.fill(log, 10)
        assert more[0].seq == len(before) + 1
        assert log.verify().events == len(before) + len(more)

    def test_a_bad_url_is_one_clear_error(self) -> None:
        result = CliRunner().invoke(cli, ["--log", "postgresql://nobody:secret@127.0.0.1:1/x", "meetings"])
        assert result.exit_code == 1
        assert "cannot connect to postgresql://nobody:***@127.0.0.1:1/x" in result.stderr
        assert "secret" not in result.stderr


def test_a_url_of_another_scheme_is_refused() -> None:
    result = CliRunner().invoke(cli, ["--log", "mysql://x/y", "meetings"])
    assert result.exit_code == 2
    assert "only postgresql:// URLs" in result.stderr
