"""Canonical JSON: the bytes a log line is made of (sorted keys, UTF-8 as is, no insignificant whitespace).

Its own module so that what only checks or hashes lines (``chain``, ``store``) need not load the codec.
"""

from __future__ import annotations

import json

# ``json.dumps`` with any option makes an encoder per call: every line appended and every event id is one
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def dumps(data: object) -> str:
    """Canonical JSON: sorted keys, UTF-8 as is, no insignificant whitespace."""
    return _CANONICAL.encode(data)
