"""Shared test options: ``--update-golden`` rewrites golden files instead of comparing."""

from __future__ import annotations

from pathlib import Path

import pytest


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
