"""Shared test options: ``--update-golden`` rewrites golden files instead of comparing; Hypothesis runs
without a deadline (speed is the bench's to measure, and a loaded CI machine made a 200 ms deadline fail
``test_codec`` once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register --update-golden."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/* and docs/cli.md from the current output; review the diff",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest):  # noqa: ANN201 - a checker function
    """Compare text with a golden file, or rewrite it under --update-golden."""
    update = request.config.getoption("--update-golden")

    def check(path: Path, text: str) -> None:
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        assert path.exists(), f"{path} is missing; run pytest --update-golden and review it"
        assert text == path.read_text(encoding="utf-8"), (
            f"{path} differs; if intended, run pytest --update-golden"
        )

    return check


# -- a PostgreSQL server of the tests' own, on loopback ------------------------------------------

import uuid  # noqa: E402 - kept beside the fixtures it serves
from collections.abc import Iterator  # noqa: E402

from bench import pgserver  # noqa: E402


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on 127.0.0.1 (see bench/pgserver.py), stopped after the session."""
    pytest.importorskip("psycopg", reason="pip install -e '.[test]' installs psycopg")
    try:
        with pgserver.running_server() as url:
            yield url
    except pgserver.NoPostgresError as exc:
        pytest.fail(str(exc))


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the tests' server; dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pgserver.create_database(postgres_server, name)
    yield url
    pgserver.drop_database(postgres_server, name)
