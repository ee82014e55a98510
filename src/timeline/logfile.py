"""The file log's layout as bytes: where its lines are, and which record ends at a byte offset.

The standard library alone: ``store.Log`` (which owns the files and writes
them) and a warm view (which only checks that the projection store reflects
the whole log, before printing rows from it) use the same check, so that
the two can never disagree about whether a kept position is still the log's.
"""

from __future__ import annotations

import json
from pathlib import Path

TYPE_CHECKING = False  # typing itself is not imported: it is a tenth of a warm view's start-up (mypy reads this as True)

if TYPE_CHECKING:
    from typing import BinaryIO

LOG_NAME = "log.jsonl"


def last_line(handle: BinaryIO, end: int) -> bytes:
    """The complete line ending at byte ``end`` (which follows a newline), without the newline."""
    pos = end - 1  # the newline itself
    chunk = 1 << 16
    parts: list[bytes] = []
    while pos > 0:
        step = min(chunk, pos)
        handle.seek(pos - step)
        block = handle.read(step)
        cut = block.rfind(b"\n")
        if cut >= 0:
            parts.append(block[cut + 1 :])
            break
        parts.append(block)
        pos -= step
    return b"".join(reversed(parts))


def ends_with(path: Path, end: int, seq: int, digest: str) -> bool:
    """Whether the line of the log file ``path`` that ends at byte ``end`` is record ``seq`` with hash ``digest``.

    False when the file is shorter, or that line is another record (the log
    was cut, rewritten, or is another log).

    Raises:
        OSError: the file cannot be read.

    """
    if end <= 0 or path.stat().st_size < end:
        return False
    with path.open("rb") as handle:
        raw = last_line(handle, end)
    try:
        envelope = json.loads(raw)
        return bool(envelope["seq"] == seq and envelope["hash"] == digest)
    except (ValueError, KeyError, TypeError):
        return False
