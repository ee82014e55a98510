"""Checkpoints: verify prints the log's head, and --since proves the log still extends one kept elsewhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bench.events import synthetic_events
from click.testing import CliRunner, Result

from timeline import store
from timeline.cli import cli
from timeline.errors import CorruptLogError, LogError
from timeline.chain import GENESIS, Checkpoint, line_hash
from timeline.codec import dumps as canonical
from timeline.store import Log

NOW = "2024-11-20T00:00:00Z"
CHECKPOINT = re.compile(r"checkpoint (\d+) ([0-9a-f]{64})")


def fill(log: Log, count: int = 60, seed: int = 1) -> list[int]:
    """Batches of synthetic events; the seq of each batch's last line."""
    events = list(synthetic_events(count, seed=seed))
    ends = []
    with log.writer() as writer:
        for i in range(0, len(events), 7):
            ends.append(writer.append(events[i : i + 7], recorded_at=NOW)[-1].seq)
    return ends


def verify(log: Log, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--log", str(log.directory), "verify", *args])


def checkpoint_of(log: Log) -> str:
    result = verify(log)
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def cut_last_batch(log: Log, ends: list[int]) -> None:
    lines = log.path.read_bytes().splitlines(keepends=True)
    log.path.write_bytes(b"".join(lines[: ends[-2]]))


def test_verify_prints_the_checkpoint_on_stdout_and_ok_on_stderr(tmp_path: Path) -> None:
    """stdout holds one line, 'checkpoint N HASH' (the data to keep); the ok line stays on stderr."""
    log = Log(tmp_path / "events")
    ends = fill(log)
    last = list(log.records())[-1]
    result = verify(log)
    assert result.exit_code == 0
    assert result.stdout == f"checkpoint {ends[-1]} {last.hash}\n"
    assert result.stderr.startswith(f"ok: {ends[-1]} events, chain intact")


def test_a_missing_head_beside_a_log_is_reported(tmp_path: Path) -> None:
    """The last batch cut and HEAD deleted: verify fails, naming HEAD, instead of passing the shorter log."""
    log = Log(tmp_path / "events")
    ends = fill(log)
    cut_last_batch(log, ends)
    log.head_path.unlink()
    result = verify(log)
    assert result.exit_code == 1, result.stdout
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {log.head_path}:")
    assert "HEAD is missing" in result.stderr


def test_a_writer_refuses_a_log_whose_head_is_missing(tmp_path: Path) -> None:
    """An append would write HEAD anew and hide the loss: it is refused, saying what to do."""
    log = Log(tmp_path / "events")
    ends = fill(log)
    cut_last_batch(log, ends)
    log.head_path.unlink()
    with pytest.raises(LogError, match="HEAD is missing"), log.writer():
        pass
    assert not log.head_path.exists()


def test_a_new_log_has_head_before_its_first_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """HEAD (at event 0) is written before log.jsonl is made, so a crash can never leave lines without HEAD."""
    log = Log(tmp_path / "events")
    seen: list[bool] = []
    real_open = store.os.open

    def watching(path: object, flags: int, *args: object) -> int:
        if str(path) == str(log.path) and not log.path.exists():
            seen.append(log.head_path.exists())
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(store.os, "open", watching)
    with log.writer() as writer:
        writer.append(list(synthetic_events(5)), recorded_at=NOW)
        assert json.loads(log.head_path.read_text())["seq"] == 0, "HEAD at 0 until it moves on"
    assert seen == [True]
    assert json.loads(log.head_path.read_text())["seq"] == len(list(log.records()))


@pytest.mark.parametrize("form", ["line", "file"])
def test_since_passes_the_same_log_and_a_longer_one(tmp_path: Path, form: str) -> None:
    """The log at the checkpoint, and after more appends, extends it: exit 0, and the ok line says so."""
    log = Log(tmp_path / "events")
    fill(log)
    kept = checkpoint_of(log)
    since = kept
    if form == "file":
        (tmp_path / "checkpoints.txt").write_text(f"checkpoint 3 {'0' * 64}\n{kept}\n", encoding="utf-8")
        since = str(tmp_path / "checkpoints.txt")
    assert verify(log, "--since", since).exit_code == 0
    with log.writer() as writer:
        writer.append(list(synthetic_events(10, seed=2)), recorded_at=NOW)
    result = verify(log, "--since", since)
    assert result.exit_code == 0, result.stderr
    assert f"extends checkpoint {kept.split()[1]}" in result.stderr
    assert result.stdout != f"{kept}\n"


def test_since_catches_a_cut_end_even_with_head_rewritten(tmp_path: Path) -> None:
    """The last batch cut and HEAD written to match the shorter log: only the checkpoint can tell, and does."""
    log = Log(tmp_path / "events")
    ends = fill(log)
    kept = checkpoint_of(log)
    cut_last_batch(log, ends)
    shorter = list(log.records())[-1]
    log.head_path.write_text(canonical({"hash": shorter.hash, "seq": shorter.seq}) + "\n", encoding="utf-8")
    assert verify(log).exit_code == 0, "the chain alone cannot see it"
    result = verify(log, "--since", kept)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"holds {ends[-2]} events, fewer than the checkpoint's {ends[-1]}" in result.stderr


def test_since_catches_a_rewritten_last_line_and_another_log(tmp_path: Path) -> None:
    """A last line forged with a recomputed hash, or another valid log in its place: --since fails."""
    log = Log(tmp_path / "events")
    fill(log)
    kept = checkpoint_of(log)
    lines = log.path.read_bytes().splitlines(keepends=True)
    envelope = json.loads(lines[-1])
    envelope["recorded_at"] = "2024-11-21T00:00:00Z"
    envelope["hash"] = line_hash(envelope)
    lines[-1] = (canonical(envelope) + "\n").encode()
    log.path.write_bytes(b"".join(lines))
    log.head_path.write_text(canonical({"hash": envelope["hash"], "seq": envelope["seq"]}) + "\n", encoding="utf-8")
    assert verify(log).exit_code == 0, "the chain alone cannot see it"
    forged = verify(log, "--since", kept)
    assert forged.exit_code == 1
    assert "was rewritten or replaced" in forged.stderr

    other = Log(tmp_path / "other")
    fill(other, seed=9)
    for name in ("log.jsonl", "HEAD"):
        (log.directory / name).write_bytes((other.directory / name).read_bytes())
    assert verify(log).exit_code == 0
    assert verify(log, "--since", kept).exit_code == 1


def test_an_appended_forged_line_extends_the_checkpoint(tmp_path: Path) -> None:
    """What the chain cannot prove: a line added after the checkpoint, hash recomputed, passes (docs/reliability.md)."""
    log = Log(tmp_path / "events")
    fill(log)
    kept = checkpoint_of(log)
    last = json.loads(log.path.read_bytes().splitlines()[-1])
    forged = {**last, "seq": last["seq"] + 1, "prev": last["hash"], "batch": [0, 1]}
    forged["hash"] = line_hash(forged)
    with log.path.open("ab") as handle:
        handle.write((canonical(forged) + "\n").encode())
    assert verify(log, "--since", kept).exit_code == 0


@pytest.mark.parametrize("given", ["checkpoint 12", "checkpoint x " + "0" * 64, "nothing-here.txt", "checkpoint 1 " + "g" * 64])
def test_a_since_that_is_no_checkpoint_is_a_usage_error(tmp_path: Path, given: str) -> None:
    """Neither a checkpoint line nor a file holding one: exit 2 with the form expected."""
    log = Log(tmp_path / "events")
    fill(log)
    result = verify(log, "--since", given)
    assert result.exit_code == 2
    assert "checkpoint N HASH" in result.stderr


def test_the_library_checks_a_checkpoint_too(tmp_path: Path) -> None:
    """Log.verify(since=...) raises CorruptLogError for a checkpoint the log does not extend."""
    log = Log(tmp_path / "events")
    fill(log)
    report = log.verify()
    assert log.verify(since=Checkpoint(events=report.events, hash=report.last_hash)).events == report.events
    assert log.verify(since=Checkpoint(events=0, hash=GENESIS)).events == report.events
    with pytest.raises(CorruptLogError, match="rewritten or replaced"):
        log.verify(since=Checkpoint(events=report.events, hash="f" * 64))
    assert Checkpoint.from_text(f"checkpoint {report.events} {report.last_hash}\n").events == report.events
