"""Faults: a full disk or an I/O error at any write, and a store crashed at any step of a random history."""

from __future__ import annotations

import errno
import os
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from timeline import store
from timeline.cli import cli
from timeline.model import ArticleIngested
from timeline.store import Log

from .test_crash import make_articles

NOW = "2026-01-01T00:00:00Z"


def counts(log: Log) -> Counter[str]:
    return Counter(e.article for e in log.events() if isinstance(e, ArticleIngested))


class FailingWrite:
    """os.write that writes part of its data on the n-th call and then fails with ``code``."""

    def __init__(self, fail_at: int, code: int) -> None:
        self.calls = 0
        self.fail_at = fail_at
        self.code = code
        self.real = os.write

    def __call__(self, fd: int, data: bytes | memoryview) -> int:
        self.calls += 1
        if self.calls == self.fail_at:
            self.real(fd, bytes(data[: max(1, len(data) // 2)]))
            raise OSError(self.code, os.strerror(self.code))
        return self.real(fd, data)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_failed_write_at_any_point_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """For every write of an ingest: fail it half-written; the log verifies, the article is absent, a retry completes."""
    folder = make_articles(tmp_path / "articles", 6)
    for fail_at in range(1, 7):
        log = Log(tmp_path / f"events-{code}-{fail_at}")
        failing = FailingWrite(fail_at, code)
        monkeypatch.setattr(store.os, "write", failing)
        result = CliRunner().invoke(
            cli, ["--log", str(log.directory), "ingest", "-q", "--batch-size", "1", str(folder)]
        )
        monkeypatch.setattr(store.os, "write", failing.real)
        assert result.exit_code == 1
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith("Error: could not append")
        if code == errno.ENOSPC:
            assert "disk is full" in result.stderr
        assert log.verify().torn_bytes == 0
        assert len(counts(log)) == fail_at - 1  # every batch before the failing one, none after
        retry = CliRunner().invoke(cli, ["--log", str(log.directory), "ingest", "-q", str(folder)])
        assert retry.exit_code == 0, retry.stderr
        assert set(counts(log).values()) == {1}
        assert len(counts(log)) == 6
        assert log.verify().events == sum(1 for _ in log.events())


def test_a_failed_fsync_is_reported_and_the_log_stays_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """EIO from fsync: a clear error, the batch moved aside, nothing half-acknowledged."""
    folder = make_articles(tmp_path / "articles", 2)
    log = Log(tmp_path / "events")

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(store.os, "fsync", broken_fsync)
    result = CliRunner().invoke(cli, ["--log", str(log.directory), "ingest", "-q", str(folder)])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert "Input/output error" in result.stderr
    assert "Traceback" not in result.stderr
    assert log.verify().events == 0


def test_a_log_path_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    """--log pointing at a file is a usage error naming it; one inside a file cannot be created."""
    target = tmp_path / "events"
    target.write_text("not a directory")
    articles = str(make_articles(tmp_path / "a", 1))
    result = CliRunner().invoke(cli, ["--log", str(target), "ingest", articles])
    assert result.exit_code == 2
    assert "is a file" in result.stderr
    nested = CliRunner().invoke(cli, ["--log", str(target / "inner"), "ingest", articles])
    assert nested.exit_code == 1
    assert "cannot write the log" in nested.stderr
    assert "Traceback" not in nested.stderr


class StoreMachine(RuleBasedStateMachine):
    """Append, crash part-way through a write, reopen, verify: the log only ever holds acknowledged batches."""

    def __init__(self) -> None:
        super().__init__()
        self.counter = 0
        self.directory = Path(tempfile.mkdtemp(dir=os.environ["TIMELINE_TEST_TMP"]))
        self.log = Log(self.directory / "events")
        self.acknowledged: list[str] = []

    def _events(self, size: int) -> list[ArticleIngested]:
        events = []
        for _ in range(size):
            self.counter += 1
            events.append(ArticleIngested(article=f"{self.counter:032x}", text=f"article {self.counter}"))
        return events

    @rule(size=st.integers(1, 4))
    def append(self, size: int) -> None:
        events = self._events(size)
        with self.log.writer() as writer:
            writer.append(events, recorded_at=NOW)
        self.acknowledged.extend(e.article for e in events)

    @rule(size=st.integers(1, 4), cut=st.floats(0.0, 0.999))
    def crash_mid_write(self, size: int, cut: float) -> None:
        """What a SIGKILL during write leaves: a prefix of the batch's bytes, HEAD not moved."""
        events = self._events(size)
        with self.log.writer():
            pass  # the crashing writer opened the log first, moving aside what an earlier crash left
        scratch = Log(self.directory / "scratch")
        self.log.directory.mkdir(exist_ok=True)
        if scratch.path.exists():
            scratch.path.unlink()
        if scratch.head_path.exists():
            scratch.head_path.unlink()
        if self.log.path.exists():
            scratch.directory.mkdir(exist_ok=True)
            scratch.path.write_bytes(self.log.path.read_bytes())
            if self.log.head_path.exists():  # the log as the crashing writer found it: its HEAD too
                scratch.head_path.write_bytes(self.log.head_path.read_bytes())
        with scratch.writer() as writer:
            writer.append(events, recorded_at=NOW)
        full = scratch.path.read_bytes()
        old = self.log.path.read_bytes() if self.log.path.exists() else b""
        new = full[len(old) :]
        with self.log.path.open("ab") as handle:
            handle.write(new[: int(len(new) * cut)])

    @rule()
    def reopen(self) -> None:
        with self.log.writer():
            pass

    @invariant()
    def verifies_and_holds_exactly_what_was_acknowledged(self) -> None:
        if not self.log.path.exists():
            return
        self.log.verify()
        assert [e.article for e in self.log.events()] == self.acknowledged


@pytest.fixture
def machine_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_TEST_TMP", str(tmp_path))
    return tmp_path


def test_store_state_machine(machine_tmp: Path) -> None:
    """Random histories of appends, crashes and reopenings keep the log whole."""
    del machine_tmp
    StoreMachine.TestCase.settings = settings(
        max_examples=40, stateful_step_count=12, suppress_health_check=list(HealthCheck)
    )
    StoreMachine.TestCase().runTest()


def test_a_read_only_log_directory_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only file system (EROFS) where the log lives: one Error line naming the directory."""
    real_open = os.open

    def read_only(path: object, flags: int, *args: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    folder = make_articles(tmp_path / "articles", 1)
    monkeypatch.setattr(store.os, "open", read_only)
    result = CliRunner().invoke(cli, ["--log", str(tmp_path / "events"), "ingest", str(folder)])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert "cannot write the log" in result.stderr
    assert "Read-only file system" in result.stderr
    assert "Traceback" not in result.stderr
