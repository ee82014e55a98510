"""Canonical JSON: the bytes a log line is made of (sorted keys, UTF-8 as is, no insignificant whitespace).

Its own module so that what only checks or hashes lines (``chain``, ``store``) need not load the codec.
"""

from __future__ import annotations

import json


def dumps(data: object) -> str:
    """Canonical JSON: sorted keys, UTF-8 as is, no insignificant whitespace."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
