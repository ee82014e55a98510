"""Running the CLI in tests: one command, its Result, and the plain-output checks the view tests share."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from timeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def run(log: Path, *args: str, now: str | None = None) -> Result:
    """``timeline --log LOG ARGS...`` with plain output; ``now`` fixes the clock (TIMELINE_NOW)."""
    env = {"NO_COLOR": "1", "TIMELINE_LOG": None, **({"TIMELINE_NOW": now} if now else {})}
    return CliRunner().invoke(cli, ["--log", str(log), *args], env=env)


def ok(log: Path, *args: str, now: str | None = None) -> str:
    """The command's stdout, after asserting it succeeded and said nothing on stderr."""
    result = run(log, *args, now=now)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def ingest_seeds(log: Path) -> Path:
    """A log holding the seed articles."""
    result = run(log, "ingest", "-q", str(ROOT / "seeds"))
    assert result.exit_code == 0, result.stderr
    return log
