"""The fold: the log's events in, a ``World`` out, through each concept's module in turn.

Corrections apply first (``corrections``), then names are counted and
printed (``identity``), sightings and tenures made (``tenures``), reports
joined into meetings (``meetings``) and changes found (``changes``). Pure:
no IO, no codec; an event's id comes from the ``event_id`` handed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from timeline.changes import all_changes
from timeline.corrections import Corrections, collect
from timeline.identity import FORMS, Forms, known_countries
from timeline.meetings import merge_meetings
from timeline.model import Event, LightObservation
from timeline.tenures import SIGHTINGS, sightings_of, tenures
from timeline.world import World


def fold(
    events: Iterable[Event | LightObservation],
    event_id: Callable[[Event], str],
    *,
    until: int | None = None,
    keep_observations: bool = False,
) -> World:
    """Fold the log's events into a ``World``.

    Args:
        events: the log's events in log order.
        event_id: how an event's id is made (``codec.event_id``).
        until: fold only the first ``until`` events (what the log knew then).
        keep_observations: keep ``world.observations`` and the name forms
            (``world.derived`` in ``identity.FORMS``); otherwise they are folded into
            sightings and name forms and let go.

    """
    collected, in_force = collect(events, until, event_id, keep_text=False)
    world = World(articles=collected.articles, corrections=collected.corrections)
    rules = Corrections.of(in_force.values(), event_id)
    world.reports, world.observations = rules.apply(collected.reports, collected.observations)
    collected.reports, collected.observations = [], []  # the world's lists are the ones let go of below
    forms = Forms()
    forms.add_events(world.reports, world.observations)
    world.names = rules.names(forms)
    world.known_countries = known_countries(forms, world.names)
    if keep_observations:
        world.derived.put(FORMS, forms)
    else:
        # observations live on as sightings and name forms (the views never list them): each is
        # let go as soon as its sighting is made, so the two never fill memory together
        world.derived.put(SIGHTINGS, sightings_of(world, consume=True))
        world.observations = []
    world.meetings = merge_meetings(world)
    world.tenures = tenures(world)
    world.changes = all_changes(world)
    return world
