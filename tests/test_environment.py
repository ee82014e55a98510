"""Settings from outside: every environment variable and log URL is checked, one Error line, passwords masked."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from timeline.cli import cli
from timeline.errors import TimelineError
from timeline.store_pg import redact

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_6aeff7dc8888fcec.txt"


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


def one_error(result: Result) -> str:
    """The single Error line of a refused call (no traceback, nothing on stdout)."""
    assert "Traceback" not in result.stderr, result.stderr
    # click's runner keeps what ended the call: an error of ours shown as the Error line, never another exception
    assert result.exception is None or isinstance(
        result.exception, SystemExit | TimelineError | click.ClickException
    ), repr(result.exception)
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u:SECRETpw@[::1/db",
        "postgresql://u:SECRETpw@127.0.0.1:1/db?x",
        "postgresql://u:SECRETpw@127.0.0.1:1/db?sslmode=sometimes",
        "postgres://u:SECRETpw@host:notaport/db",
    ],
)
@pytest.mark.parametrize("command", [["meetings"], ["verify"], ["ingest", str(SEED)]])
def test_a_malformed_url_is_one_error_without_the_password(url: str, command: list[str]) -> None:
    """A URL libpq cannot parse: exit 1, one Error line naming the URL with its password masked."""
    result = invoke("--log", url, *command)
    assert result.exit_code == 1, result.stderr
    error = one_error(result)
    assert "SECRETpw" not in result.stderr
    assert "***" in error


def test_a_malformed_url_given_to_copy_is_one_error_without_the_password(tmp_path: Path) -> None:
    """copy names its logs by argument: the same check and the same mask."""
    source = tmp_path / "events"
    assert invoke("--log", str(source), "ingest", "-q", str(SEED)).exit_code == 0
    result = invoke("copy", str(source), "postgresql://u:SECRETpw@[::1/db")
    assert result.exit_code == 1, result.stderr
    one_error(result)
    assert "SECRETpw" not in result.stderr


def test_a_password_in_the_query_string_is_masked() -> None:
    """?password=... is masked in messages as the user:password form is."""
    result = invoke("--log", "postgresql://u@127.0.0.1:1/db?password=SECRETpw&connect_timeout=2", "meetings")
    assert result.exit_code == 1
    one_error(result)
    assert "SECRETpw" not in result.stderr
    assert "password=***" in result.stderr


def test_a_password_holding_an_at_sign_is_masked_whole() -> None:
    """Nothing of a password with '@' in it shows (libpq and people disagree on where it ends)."""
    result = invoke("--log", "postgresql://u:SEC@RETpw@127.0.0.1:1/db", "meetings")
    assert result.exit_code == 1
    one_error(result)
    assert "SEC" not in result.stderr
    assert "RETpw" not in result.stderr


def test_a_url_of_another_scheme_is_refused_without_its_password() -> None:
    """The usage error for mysql://... does not print the password either."""
    result = invoke("--log", "mysql://u:SECRETpw@x/y", "meetings")
    assert result.exit_code == 2
    assert "only postgresql:// URLs" in result.stderr
    assert "SECRETpw" not in result.stderr


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://u:pw@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u:p@w@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u:p/w@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u@h/db?password=pw&sslmode=require", "postgresql://u@h/db?password=***&sslmode=require"),
        ("postgresql://u@h/db?sslmode=require&PASSWORD=pw", "postgresql://u@h/db?sslmode=require&PASSWORD=***"),
        ("postgresql://h/db", "postgresql://h/db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
    ],
)
def test_redact_masks_the_password_wherever_it_is(url: str, shown: str) -> None:
    """The user:password form (with '@' or '/' inside), and password= in the query."""
    assert redact(url) == shown


@pytest.mark.parametrize("value", ["garbage", "2024-13-45T00:00:00Z", "2024-11-15T25:00:00Z", "P1D"])
@pytest.mark.parametrize("command", [["ingest", str(SEED)], ["set-name", "A B", "C D"]])
def test_a_bad_timeline_now_is_one_error(tmp_path: Path, value: str, command: list[str]) -> None:
    """TIMELINE_NOW that is not a date and time: exit 1, one Error line naming the variable; nothing appended."""
    log = tmp_path / "events"
    assert invoke("--log", str(log), "ingest", "-q", str(SEED)).exit_code == 0
    before = (log / "log.jsonl").read_bytes()
    result = invoke("--log", str(log), *command, env={"TIMELINE_NOW": value})
    assert result.exit_code == 1, result.stderr
    assert "TIMELINE_NOW" in one_error(result)
    assert (log / "log.jsonl").read_bytes() == before


@pytest.mark.parametrize("value", ["soon", "nan", "inf", "-1", "1e400"])
@pytest.mark.parametrize("command", [["ingest", str(SEED)], ["set-name", "A B", "C D"], ["copy"]])
def test_a_bad_lock_timeout_is_one_error(tmp_path: Path, value: str, command: list[str]) -> None:
    """TIMELINE_LOCK_TIMEOUT that is not a finite number of seconds: exit 1, one Error line naming it."""
    log = tmp_path / "events"
    assert invoke("--log", str(log), "ingest", "-q", str(SEED)).exit_code == 0
    before = (log / "log.jsonl").read_bytes()
    if command == ["copy"]:
        command = ["copy", str(log), str(tmp_path / "copy")]
    result = invoke("--log", str(log), *command, env={"TIMELINE_LOCK_TIMEOUT": value})
    assert result.exit_code == 1, result.stderr
    assert "TIMELINE_LOCK_TIMEOUT" in one_error(result)
    assert (log / "log.jsonl").read_bytes() == before
    assert not (tmp_path / "copy").exists()


def test_a_good_lock_timeout_and_now_are_taken(tmp_path: Path) -> None:
    """Valid values work as before: the record time is TIMELINE_NOW."""
    log = tmp_path / "events"
    env = {"TIMELINE_LOCK_TIMEOUT": "2.5", "TIMELINE_NOW": "2024-11-15T00:00:00Z"}
    result = invoke("--log", str(log), "ingest", "-q", str(SEED), env=env)
    assert result.exit_code == 0, result.stderr
    assert '"recorded_at":"2024-11-15T00:00:00Z"' in (log / "log.jsonl").read_text(encoding="utf-8")
