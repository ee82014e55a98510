"""The projections on top: ``build`` folds a log's events into a ``World``, with the codec's event ids.

The read side is one module per concept, imports one way: records of the
world (``world``), names and identity (``names``, ``identity``),
corrections (``corrections``), tenures (``tenures``), meetings across
articles (``meetings``), changes (``changes``), state and diff (``state``),
and the fold that runs them in turn (``fold``). Those are pure: no IO, no
codec, no collector settings. This module wires them to the rest: the
codec's ``event_id`` and the pause of the garbage collector a long fold
wants, and it re-exports their public names for older callers.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline import corrections
from timeline.changes import first_meetings, firsts, groupings_of, joined_groupings, new_offices, office_changes
from timeline.codec import event_id
from timeline.corrections import Corrections
from timeline.fold import fold
from timeline.gcpause import paused_gc
from timeline.identity import Forms, canonical_names, find_people, known_countries, person_key
from timeline.meetings import merge_meetings
from timeline.model import ArticleIngested, Event, LightObservation
from timeline.names import Key
from timeline.state import Diff, HolderChange, Holding, State, diff, state_at
from timeline.tenures import Holders, Stretch, acting_days, office_holders, sightings, tenures
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

__all__ = [
    "Attendee",
    "Change",
    "Corrections",
    "Diff",
    "FirstMeeting",
    "Forms",
    "HolderChange",
    "Holders",
    "Holding",
    "JoinedGrouping",
    "Key",
    "Meeting",
    "NewOffice",
    "OfficeHolderChange",
    "Sighting",
    "State",
    "Stretch",
    "Tenure",
    "World",
    "acting_days",
    "build",
    "canonical_names",
    "diff",
    "find_people",
    "first_meetings",
    "firsts",
    "groupings_of",
    "joined_groupings",
    "known_countries",
    "latest_extractions",
    "merge_meetings",
    "new_offices",
    "office_changes",
    "office_holders",
    "paused_gc",
    "person_key",
    "sightings",
    "state_at",
    "tenures",
]


def build(
    events: Iterable[Event | LightObservation], *, until: int | None = None, keep_observations: bool = False
) -> World:
    """Fold the log's events into a ``World`` (``fold.fold`` with the codec's event ids, the collector paused).

    Args:
        events: the log's events in log order.
        until: fold only the first ``until`` events (what the log knew then).
        keep_observations: keep ``world.observations`` (otherwise they are
            folded into sightings and name forms and let go).

    """
    with paused_gc():
        return fold(events, event_id, until=until, keep_observations=keep_observations)


def latest_extractions(events: Iterable[Event]) -> dict[str, tuple[ArticleIngested, list[Event]]]:
    """Each article with the events of its latest extraction, uncorrected, in log order."""
    return corrections.latest_extractions(events, event_id)
