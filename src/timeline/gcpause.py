"""Pausing the cyclic garbage collector while a fold allocates: a setting of the process, kept out of the pure code."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a fold allocates (or a view decodes the store's rows).

    A fold makes millions of small objects that form no cycles (reference
    counting frees them); each of the collector's passes would walk all of
    them again, which costs a long log a sixth of its rebuild. Afterwards
    what the fold kept is frozen (``gc.freeze``): the collector leaves those
    objects out of its later passes, which would otherwise walk the whole
    world again at the first allocations of whatever reads it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
