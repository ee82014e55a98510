"""Table views of the seeds and the dev corpus, compared with golden files; stdout and stderr apart."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
DEV = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def seeds_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    log = tmp_path_factory.mktemp("seeds") / "events"
    result = CliRunner().invoke(cli, ["--log", str(log), "ingest", "-q", str(ROOT / "seeds")])
    assert result.exit_code == 0, result.stderr
    return log


@pytest.fixture(scope="module")
def dev_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not DEV.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{DEV} is missing: CI must have ../shared beside the project")
        pytest.skip("the dev corpus (../shared/corpus/dev) is not beside this checkout")
    log = tmp_path_factory.mktemp("dev") / "events"
    files = sorted(str(p) for p in DEV.glob("*.txt"))
    result = CliRunner().invoke(cli, ["--log", str(log), "ingest", "-q", *files])
    assert result.exit_code == 0, result.stderr
    return log


def view(log: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--log", str(log), *args], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


SEED_VIEWS = {
    "meetings": ["meetings"],
    "changes": ["changes", "--kind", "all"],
    "country_kr": ["country", "KR"],
    "official_blinken": ["official", "blinken"],
    "state_2024": ["state", "2024-12-31"],
    "diff_seeds": ["diff", "2023-11-14", "2024-11-14"],
    "log": ["log"],
}


@pytest.mark.parametrize("name", sorted(SEED_VIEWS))
def test_seed_views_match_golden(seeds_log: Path, golden: object, name: str) -> None:
    """Every table view of the seeds is exactly as reviewed."""
    golden(GOLDEN / f"seeds_{name}.txt", view(seeds_log, *SEED_VIEWS[name]))  # type: ignore[operator]


DEV_VIEWS = {
    "meetings": ["meetings"],
    "changes": ["changes", "--kind", "all"],
    "country_cn": ["country", "China"],
    "official_wang": ["official", "wang yi"],
    "state_2024": ["state", "2024-06-30"],
    "diff_2023_2025": ["diff", "2023-01-01", "2025-03-31"],
    "log": ["log", "--kind", "office-observed", "--since", "2025-01-01"],
}


@pytest.mark.parametrize("name", sorted(DEV_VIEWS))
def test_dev_views_match_golden(dev_log: Path, golden: object, name: str) -> None:
    """The dev corpus views are exactly as reviewed."""
    golden(GOLDEN / f"dev_{name}.txt", view(dev_log, *DEV_VIEWS[name]))  # type: ignore[operator]


def test_piped_tables_are_never_cut(seeds_log: Path) -> None:
    """Piped (no terminal), a table is as wide as its content: no line is cut short with an ellipsis."""
    for args in SEED_VIEWS.values():
        assert "…" not in view(seeds_log, *args)


def on_terminal(log: Path, columns: int, *args: str, color: bool = False) -> str:
    """What a view shows on a terminal ``columns`` wide (a pseudo-terminal; COLUMNS unset, so its size is asked)."""
    import fcntl
    import pty
    import struct
    import subprocess
    import sys
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES", "TIMELINE_LOG"}}
    env.pop("NO_COLOR", None)
    if not color:
        env["NO_COLOR"] = "1"
    program = [sys.executable, "-c", "from timeline.cli import main; main()", "--log", str(log), *args]
    process = subprocess.Popen(program, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed: the program is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.wait(timeout=60) == 0
    assert process.stderr is not None and process.stderr.read() == b""
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


DATE = re.compile(r"\b\d{4}(?:-\d{2}(?:-\d{2})?)?(?: \(approx\.\))?")


@pytest.mark.parametrize("columns", [80, 160])
def test_tables_fit_the_terminal_and_never_cut_a_date(seeds_log: Path, columns: int) -> None:
    """On a terminal 80 or 160 wide, every line fits and every date of the piped table is there whole."""
    for args in (["country", "KR"], ["log", "--all"], ["people"], ["offices", "2024-12-31"], ["state", "2024"]):
        shown = on_terminal(seeds_log, columns, *args)
        piped = view(seeds_log, *args)
        assert all(len(line) <= columns for line in shown.splitlines()), (args, shown)
        assert DATE.findall(shown) == DATE.findall(piped), args
        assert " ".join(shown.split()) == " ".join(piped.split()), "wrapping only moves words to new lines"


def test_a_terminal_gets_bold_headings_unless_no_color(seeds_log: Path) -> None:
    """On a terminal meeting headings are bold; NO_COLOR, or a pipe, gives plain text."""
    bold = on_terminal(seeds_log, 120, "meetings", color=True)
    assert "\x1b[1m2023-08            in-person Camp David\x1b[0m" in bold
    assert "\x1b[" not in on_terminal(seeds_log, 120, "meetings")
    piped = CliRunner().invoke(cli, ["--log", str(seeds_log), "meetings"], env={"NO_COLOR": None})
    assert "\x1b[" not in piped.stdout


def test_diff_on_the_seeds_shows_the_new_foreign_ministers(seeds_log: Path) -> None:
    """Park Jin -> Cho Tae-yul, Kamikawa -> Iwaya, Joly first seen, Blinken unchanged, with evidence."""
    record = json.loads(view(seeds_log, "diff", "2023-11-14", "2024-11-14", "--format", "jsonl"))
    holders = {(h["country"], h["before"], h["after"]) for h in record["office_holders"]}
    assert ("KR", "Park Jin", "Cho Tae-yul") in holders
    assert any(c == "JP" and b == "Yoko Kamikawa" and "Iwaya" in a for c, b, a in holders)
    assert ("CA", None, "Melanie Joly") in holders
    assert not any(c == "US" for c, _, _ in holders)
    assert all(h["article"] for h in record["office_holders"])


def test_changes_jsonl_follows_the_contract(seeds_log: Path) -> None:
    """Office-holder changes carry before/after names and dates."""
    records = [json.loads(line) for line in view(seeds_log, "changes", "--format", "jsonl").splitlines()]
    assert {(r["country"], r["before"]["name"], r["after"]["first_seen"]) for r in records} == {
        ("KR", "Park Jin", "2024-11-14"),
        ("JP", "Yoko Kamikawa", "2024-11-14"),
    }
    assert all(r["kind"] == "office-holder-change" and r["role"] == "foreign minister" for r in records)


def test_country_accepts_names_and_codes(seeds_log: Path) -> None:
    """KR, "South Korea" and "Korea, Republic of" give the same timeline."""
    outputs = {view(seeds_log, "country", q) for q in ("KR", "South Korea", "Korea, Republic of")}
    assert len(outputs) == 1


def test_unknown_country_and_official_are_clear_errors(seeds_log: Path) -> None:
    """An unknown country or person exits 1 with one Error: line and no stdout."""
    for args in (["country", "Atlantis"], ["official", "nobody at all"]):
        result = CliRunner().invoke(cli, ["--log", str(seeds_log), *args])
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.startswith("Error: ")


def test_ambiguous_official_lists_candidates(seeds_log: Path) -> None:
    """A name that fits several people lists each with what tells them apart and exits 2 (usage): none is picked."""
    result = CliRunner().invoke(cli, ["--log", str(seeds_log), "official", "jin"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "'jin' fits 2 people; say which" in result.stderr
    assert "  Park Jin: KR; foreign minister of KR 2023-09 (approx.) .. 2023-11-14; 2 meetings" in result.stderr
    assert "  Xi Jinping: CN; head of state of CN 2023-11-14 .. 2023-11-14; 1 meeting" in result.stderr
    for flag in ("--official", "--country"):
        refused = CliRunner().invoke(cli, ["--log", str(seeds_log), "meetings", flag, "jin" if flag == "--official" else "Atlantis"])
        assert refused.exit_code == 2, flag
        assert refused.stdout == ""


def test_timelinejs_and_csv_exports_escape_hostile_text(tmp_path: Path) -> None:
    """Names and sentences from articles cannot inject HTML or spreadsheet formulas."""
    log = tmp_path / "events"
    text = (
        "published: 2024-11-14\n\nU.S. Secretary of State Antony Blinken met Japanese Foreign Minister "
        "Takeshi Iwaya on Thursday <script>alert(1)</script>.\n"
    )
    CliRunner().invoke(cli, ["--log", str(log), "ingest", "-"], input=text.encode())
    document = json.loads(view(log, "export", "--format", "timelinejs"))
    assert "<script>" not in json.dumps(document)
    assert "&lt;script&gt;" in json.dumps(document)
    rows = view(log, "export", "--format", "csv").splitlines()
    assert not any(re.search(r"(^|,)[=+@]", row) for row in rows[1:])


def _session(template: str) -> str:
    """The template with every ```console block's commands run and their output inserted."""
    runner = CliRunner()
    out: list[str] = []
    lines = template.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        out.append(lines[index])
        if lines[index].strip() == "```console":
            index += 1
            while lines[index].strip() != "```":
                command = lines[index]
                if command.startswith("$ timeline "):
                    out.append(command)
                    args = shlex.split(command[len("$ timeline ") :])
                    env = {"NO_COLOR": "1", "TIMELINE_LOG": None, "TIMELINE_NOW": "2026-01-01T00:00:00Z"}
                    result = runner.invoke(cli, args, env=env)
                    out.append(result.output)
                index += 1
            out.append(lines[index])
        index += 1
    return "".join(out)


def test_docs_cli_is_in_sync_with_help(
    golden: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/cli.md is the worked session as the program runs it, and every command's --help, exactly."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    parts = [_session((ROOT / "docs" / "cli_intro.md").read_text(encoding="utf-8"))]
    parts.append("\n## Every command's help\n")
    top = runner.invoke(cli, ["--help"], terminal_width=100).stdout
    parts.append(f"\n### `timeline`\n\n```\n{top}```\n")
    for name in sorted(cli.commands):
        text = runner.invoke(cli, [name, "--help"], terminal_width=100).stdout
        parts.append(f"\n### `timeline {name}`\n\n```\n{text}```\n")
    golden(ROOT / "docs" / "cli.md", "".join(parts))  # type: ignore[operator]
