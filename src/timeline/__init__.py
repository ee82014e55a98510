"""timeline: news articles about officials and diplomacy -> an append-only log of dated events.

The library the ``timeline`` command stands on::

    import timeline

    log = timeline.open_log("events")               # or "postgresql://..."
    world = timeline.world_of(log)                   # the projections, from the cache
    timeline.state_at(world, pendulum.date(2024, 11, 14), "KR").holders
    print("\\n".join(timeline.views.changes(world, "jsonl")))

Importing it loads no extraction code: ``ingest`` and ``reextract`` load the
extractor (spaCy) when called.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = (
    False  # typing itself is not imported: it is a tenth of a warm view's start-up (mypy reads this as True)
)

if TYPE_CHECKING:
    from typing import Any

    from timeline import render as views
    from timeline.api import extractor_name, ingest, open_log, recorded_at, reextract, update_store, world_of
    from timeline.chain import Checkpoint, Record, VerifyReport
    from timeline.identity import find_people
    from timeline.project import build
    from timeline.roster import offices, people
    from timeline.selection import Selection, flagged
    from timeline.state import Diff, State, diff, state_at
    from timeline.storage import EventLog, Position
    from timeline.world import (
        Attendee,
        Change,
        FirstMeeting,
        JoinedGrouping,
        Meeting,
        NewOffice,
        OfficeHolderChange,
        Sighting,
        Tenure,
        World,
    )

# Where each public name lives: imported on first use, so that ``import timeline.cli`` (and a view)
# loads only the modules it needs.
_HOME = {
    **dict.fromkeys(
        ("extractor_name", "ingest", "open_log", "recorded_at", "reextract", "update_store", "world_of"),
        "timeline.api",
    ),
    **dict.fromkeys(("Checkpoint", "Record", "VerifyReport"), "timeline.chain"),
    "find_people": "timeline.identity",
    "build": "timeline.project",
    **dict.fromkeys(("offices", "people"), "timeline.roster"),
    **dict.fromkeys(("Selection", "flagged"), "timeline.selection"),
    **dict.fromkeys(("Diff", "State", "diff", "state_at"), "timeline.state"),
    **dict.fromkeys(("EventLog", "Position"), "timeline.storage"),
    **dict.fromkeys(
        (
            "Attendee",
            "Change",
            "FirstMeeting",
            "JoinedGrouping",
            "Meeting",
            "NewOffice",
            "OfficeHolderChange",
            "Sighting",
            "Tenure",
            "World",
        ),
        "timeline.world",
    ),
}


def __getattr__(name: str) -> Any:  # noqa: ANN401 - any public name
    """The public names, imported when first asked for (PEP 562)."""
    if name == "views":
        return importlib.import_module("timeline.render")
    home = _HOME.get(name)
    if home is None:
        msg = f"module 'timeline' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "Attendee",
    "Change",
    "Checkpoint",
    "Diff",
    "EventLog",
    "FirstMeeting",
    "JoinedGrouping",
    "Meeting",
    "NewOffice",
    "OfficeHolderChange",
    "Position",
    "Record",
    "Selection",
    "Sighting",
    "State",
    "Tenure",
    "VerifyReport",
    "World",
    "__version__",
    "build",
    "diff",
    "extractor_name",
    "find_people",
    "flagged",
    "ingest",
    "offices",
    "open_log",
    "people",
    "recorded_at",
    "reextract",
    "state_at",
    "update_store",
    "views",
    "world_of",
]
