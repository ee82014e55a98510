"""A reader's place in a log, as the one line of text it is kept in (``storage.Position`` wraps it).

The standard library alone reads and writes it: the projection store keeps
the position it reflects in this form, and a warm view checks that position
against the log without importing the models or attrs.
"""

from __future__ import annotations

import json


def to_text(seq: int, digest: str, note: str) -> str:
    """The position as one line of text: the last record's seq and hash, and the backend's note."""
    return json.dumps([seq, digest, note])


def from_text(text: str) -> tuple[int, str, str]:
    """(seq, hash, note) of a position kept with ``to_text``.

    Raises:
        ValueError: the text is not one.

    """
    try:
        seq, digest, note = json.loads(text)
    except (TypeError, ValueError) as exc:
        msg = f"not a log position: {text[:80]!r}"
        raise ValueError(msg) from exc
    if not (isinstance(seq, int) and isinstance(digest, str) and isinstance(note, str)):
        msg = f"not a log position: {text[:80]!r}"
        raise ValueError(msg)
    return seq, digest, note
