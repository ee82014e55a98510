"""What ingest reads: only regular files (and standard input), never more than the limit, never under the lock."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline import ingestion as ingest
from timeline.article import MAX_BYTES
from timeline.cli import cli
from timeline.model import ArticleIngested
from timeline.store import Log

from .test_ingest import recording, write_articles

ROOT = Path(__file__).resolve().parent.parent


def run(log: Path, *args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["--log", str(log), *args], input=stdin)


def ingested_files(log: Path) -> list[str | None]:
    return [e.filename for e in Log(log).events() if isinstance(e, ArticleIngested)]


@pytest.fixture(autouse=True)
def fast_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about reading; the articles are recorded without extraction."""
    monkeypatch.setattr(ingest, "extract", recording)


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def test_a_fifo_nobody_writes_to_is_refused_at_once_and_the_others_go_in(tmp_path: Path) -> None:
    """A FIFO is not a regular file: refused without waiting for a writer; the file beside it goes in."""
    [good] = write_articles(tmp_path / "in", 1)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    log = tmp_path / "events"
    command = [sys.executable, "-m", "timeline", "--log", str(log), "ingest", "--jobs", "1", str(fifo), str(good)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert f"Error: {fifo}: is a FIFO, not a regular file" in done.stderr
    assert ingested_files(log) == ["a00.txt"]


def test_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    """/dev/zero is a character device: refused, not read without end."""
    [good] = write_articles(tmp_path / "in", 1)
    log = tmp_path / "events"
    command = [sys.executable, "-m", "timeline", "--log", str(log), "ingest", "--jobs", "1", "/dev/zero", str(good)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert "Error: /dev/zero: is a character device, not a regular file" in done.stderr
    assert "Traceback" not in done.stderr
    assert ingested_files(log) == ["a00.txt"]


def test_standard_input_is_read_up_to_the_limit_only(tmp_path: Path) -> None:
    """An endless standard input is cut at the limit and refused as too large; nothing is appended."""
    log = tmp_path / "events"
    command = [sys.executable, "-m", "timeline", "--log", str(log), "ingest", "--published", "2024-11-14", "-"]
    with open("/dev/zero", "rb") as zeros:  # noqa: PTH123 - a device, handed to the child as its stdin
        done = subprocess.run(command, stdin=zeros, capture_output=True, text=True, timeout=30, check=False, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert f"over the {MAX_BYTES // (1024 * 1024)} MiB limit" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (log / "log.jsonl").exists()


def test_a_file_growing_past_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The limit holds for what is read, not for what stat() said before reading."""
    path = tmp_path / "big.txt"
    path.write_bytes(b"published: 2024-11-14\n\n" + b"Park met Blinken. " * (MAX_BYTES // 18 + 100))
    real_stat = os.stat

    class Small:
        def __init__(self, result: os.stat_result) -> None:
            self.result = result

        def __getattr__(self, name: str) -> object:
            return 10 if name == "st_size" else getattr(self.result, name)

    monkeypatch.setattr(ingest.os, "fstat", lambda fd: Small(real_stat(fd)))
    result = ingest.read(path)
    assert isinstance(result, ingest.ArticleError)
    assert "limit" in result.reason


def test_inputs_are_read_without_the_write_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While an input is read, another process could take the log's lock (nobody waits on a slow input)."""
    write_articles(tmp_path / "in", 3)
    log = tmp_path / "events"
    assert run(log, "ingest", "-q", "--jobs", "1", str(tmp_path / "in" / "a00.txt")).exit_code == 0
    free: list[bool] = []
    real_read = ingest.read

    def read_and_try_the_lock(path: Path) -> object:
        fd = os.open(log / "lock", os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            free.append(True)
        except BlockingIOError:
            free.append(False)
        finally:
            os.close(fd)
        return real_read(path)

    monkeypatch.setattr(ingest, "read", read_and_try_the_lock)
    result = run(log, "ingest", "-q", "--jobs", "1", "--batch-size", "1", str(tmp_path / "in"))
    assert result.exit_code == 0, result.stderr
    assert free == [True, True, True]


def test_an_unreadable_file_is_refused_and_the_others_go_in(tmp_path: Path) -> None:
    """A file this user may not read: exit 1 naming it, the readable files appended (not a usage error)."""
    if os.geteuid() == 0:
        pytest.skip("root reads a chmod 000 file; the seam test below covers root")
    good, secret = write_articles(tmp_path / "in", 2)
    secret.chmod(0)
    result = run(tmp_path / "events", "ingest", "--jobs", "1", str(good), str(secret))
    assert result.exit_code == 1, result.stderr
    assert error_lines(result) == [f"Error: {secret}: cannot be read (Permission denied)"]
    assert ingested_files(tmp_path / "events") == ["a00.txt"]


def test_an_unreadable_file_is_refused_and_the_others_go_in_through_a_seam(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, where a permission check and the open itself are made to refuse one file (root reads anything)."""
    good, secret = write_articles(tmp_path / "in", 2)
    real_access, real_open = os.access, getattr(ingest, "open_input", None)

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        return False if str(path) == str(secret) else real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    def open_input(path: Path) -> int:
        if path == secret:
            raise PermissionError(13, "Permission denied", str(path))
        assert real_open is not None
        return real_open(path)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(ingest, "open_input", open_input, raising=False)
    result = run(tmp_path / "events", "ingest", "--jobs", "1", str(good), str(secret))
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    assert error_lines(result) == [f"Error: {secret}: cannot be read (Permission denied)"]
    assert ingested_files(tmp_path / "events") == ["a00.txt"]
