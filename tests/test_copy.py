"""copy to files: built beside the destination and moved in only whole and verified; an interrupted copy leaves it as it was."""

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
from timeline.store import Log

ROOT = Path(__file__).resolve().parent.parent
NOW = "2024-11-20T00:00:00Z"

# The copy, slowed down once most of the lines went by (more than a megabyte: the old copy had written
# some of them into the destination by then), so a signal lands in the middle of it.
SLOW_COPY = """
import sys, time
from timeline import store

real = store.Log.raw_lines

def slow(self):
    for number, line in enumerate(real(self), start=1):
        if number == int(sys.argv[1]):
            print("copying", flush=True)
        if number >= int(sys.argv[1]):
            time.sleep(0.01)
        yield line

store.Log.raw_lines = slow
from timeline.cli import cli
cli.main(sys.argv[2:])
"""


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Log:
    log = Log(tmp_path_factory.mktemp("copy") / "source")
    events = list(synthetic_events(3000, seed=4))
    with log.writer() as writer:
        for i in range(0, len(events), 50):
            writer.append(events[i : i + 50], recorded_at=NOW)
    return log


def interrupted_copy(source: Log, destination: Path, signum: int) -> subprocess.CompletedProcess[str]:
    count = len(list(source.raw_lines()))
    command = [sys.executable, "-c", SLOW_COPY, str(count * 2 // 3), "copy", str(source.directory), str(destination)]
    # the copy starts with SIGINT's default action, as from a terminal, whatever the test runner's process
    # had (a runner started in the background ignores SIGINT, and would pass that on)
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        preexec_fn=_sigint_default,  # noqa: PLW1509 - a signal's disposition only, before exec
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "copying"
    time.sleep(0.2)
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=60)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def snapshot(path: Path) -> dict[str, bytes] | None:
    """What is at the destination: None when nothing is, else its files and their bytes."""
    if not path.exists():
        return None
    return {str(p.relative_to(path)): p.read_bytes() if p.is_file() else b"<dir>" for p in sorted(path.rglob("*"))}


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
@pytest.mark.parametrize("state", ["absent", "empty directory"])
def test_an_interrupted_copy_leaves_the_destination_as_it_was_and_a_retry_succeeds(
    source: Log, tmp_path: Path, signum: int, state: str
) -> None:
    """Killed or interrupted part-way: the destination is as before (absent, or an empty folder); a retry copies it all."""
    destination = tmp_path / "copy"
    if state == "empty directory":
        destination.mkdir()
    before = snapshot(destination)
    done = interrupted_copy(source, destination, signum)
    assert done.returncode == (-signal.SIGKILL if signum == signal.SIGKILL else 130), done.stderr
    assert snapshot(destination) == before
    if signum == signal.SIGINT:
        assert "Traceback" not in done.stderr
        assert f"interrupted: nothing was copied; {destination} is as it was" in done.stderr
        assert [p.name for p in tmp_path.iterdir()] == (["copy"] if before is not None else [])
    retry = CliRunner().invoke(cli, ["copy", str(source.directory), str(destination)])
    assert retry.exit_code == 0, retry.stderr
    assert (destination / "log.jsonl").read_bytes() == source.path.read_bytes()
    assert Log(destination).verify().events == source.verify().events
    assert [p.name for p in tmp_path.iterdir()] == ["copy"], "what the killed copy left beside it is gone"


def test_a_copy_refuses_a_destination_with_events_and_leaves_it(source: Log, tmp_path: Path) -> None:
    """A destination that holds events: refused up front, nothing changed, nothing left beside it."""
    destination = tmp_path / "copy"
    assert CliRunner().invoke(cli, ["copy", str(source.directory), str(destination)]).exit_code == 0
    before = snapshot(destination)
    again = CliRunner().invoke(cli, ["copy", str(source.directory), str(destination)])
    assert again.exit_code == 1
    assert "already holds events" in again.stderr
    assert snapshot(destination) == before
    assert [p.name for p in tmp_path.iterdir()] == ["copy"]


def test_a_copy_to_something_not_a_directory_is_refused(source: Log, tmp_path: Path) -> None:
    """A file, a FIFO or a link to a file as destination: one Error line, nothing replaced."""
    page = tmp_path / "page.html"
    page.write_text("keep", encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(page)
    for target in (page, fifo, link):
        result = CliRunner().invoke(cli, ["copy", str(source.directory), str(target)])
        assert result.exit_code == 1, result.stderr
        assert "not a directory" in result.stderr
    assert page.read_text(encoding="utf-8") == "keep"
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "page.html", "pipe"]


def test_a_copy_through_a_symlinked_directory_lands_in_its_target(source: Log, tmp_path: Path) -> None:
    """A destination that is a link to an empty directory: the log goes where it points; the link stays."""
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    result = CliRunner().invoke(cli, ["copy", str(source.directory), str(link)])
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink()
    assert (real / "log.jsonl").read_bytes() == source.path.read_bytes()
