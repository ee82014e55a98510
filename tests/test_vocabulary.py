"""The vocabularies written out as plain strings (``timeline.vocabulary``) are the classes' own."""

from __future__ import annotations

from timeline import gazetteer, model, vocabulary, world


def test_the_event_kinds_are_the_event_classes_tags() -> None:
    """Every event class's tag, in the order of ``model.EVENT_TYPES``, and no other."""
    assert tuple(model.KINDS) == vocabulary.EVENT_KIND_NAMES


def test_the_change_kinds_are_the_change_classes_tags() -> None:
    """Every change class's tag, in the order of ``world.CHANGE_KINDS``, and no other."""
    assert tuple(world.CHANGE_KINDS) == vocabulary.CHANGE_KIND_NAMES


def test_a_flagged_change_is_a_change() -> None:
    """The kinds flagged when no ``--kind`` is given are kinds of change."""
    assert vocabulary.FLAGGED_KINDS <= set(vocabulary.CHANGE_KIND_NAMES)


def test_the_gazetteer_checks_codes_against_the_vocabulary() -> None:
    """``gazetteer.CODES`` is the vocabulary's list of codes (one list, not two)."""
    assert gazetteer.CODES is vocabulary.CODES
