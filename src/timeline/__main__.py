"""The ``timeline`` command and ``python -m timeline``: the shortcut's views at once, every other through the CLI."""

from __future__ import annotations

import os
import sys

from timeline import shortcut


def main() -> None:
    """Entry point of the ``timeline`` console script: the shortcut when it can answer (no click), else ``cli``."""
    if shortcut.answer(sys.argv[1:], os.environ):
        return
    from timeline.cli import main as cli_main  # noqa: PLC0415 - click and the CLI only when the shortcut cannot answer

    cli_main()


if __name__ == "__main__":
    main()
