"""Benchmarks for timeline: run with ``python -m bench``."""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compiled() -> None:
    """Byte-compile the package once, as installing it does: every measured process then loads its modules'
    bytecode. Under ``PYTHONDONTWRITEBYTECODE`` (set on some machines) an editable checkout otherwise
    compiles some forty modules from source in every process: 0.05 CPU s for the read side, 0.3-0.4 s
    once the extractor is imported, that no user of an installed ``timeline`` pays."""
    compileall.compile_dir(ROOT / "src" / "timeline", quiet=1)
