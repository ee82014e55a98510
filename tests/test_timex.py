"""Date expressions: found in sentences and resolved against an anchor, TimeML style."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import timex
from timeline.textdate import TextDate

THU = pendulum.date(2024, 11, 14)  # a Thursday


@pytest.mark.parametrize(
    ("text", "sentence", "value"),
    [
        ("Thursday", "Blinken held meetings Thursday with his counterparts.", "2024-11-14"),
        ("on Tuesday", "The two met on Tuesday.", "2024-11-12"),
        ("on Saturday", "He is scheduled to hold talks on Saturday.", "2024-11-16"),
        ("Oct. 31", "North Korea's Oct. 31 missile test was condemned.", "2024-10-31"),
        ("January 7, 2025", "They will meet on January 7, 2025.", "2025-01-07"),
        ("in August", "Cooperation grew since the summit in August.", "2024-08"),
        ("yesterday", "They spoke yesterday.", "2024-11-13"),
        ("last week", "They met last week.", "2024-W45"),
        ("last month", "Park took office last month.", "2024-10"),
        ("earlier this month", "They met earlier this month.", "2024-11"),
        ("next year", "Seoul hosts the summit next year.", "2025"),
        ("last year", "The plant began releasing water last year.", "2023"),
        ("two months ago", "They met two months ago.", "2024-09"),
        ("in May last year", "The leaders met in Seoul in May last year.", "2023-05"),
        ("the third quarter", "Profit rose in the third quarter.", "2024-Q3"),
        ("now", "The embassy is now closed.", "PRESENT_REF"),
        ("the 1990s", "Exports boomed in the 1990s.", "199"),
    ],
)
def test_resolves_against_the_publication_date(text: str, sentence: str, value: str) -> None:
    """Relative expressions resolve against the anchor, the tense choosing past or future."""
    assert timex.resolve(text, THU, sentence) == value


def test_day_of_month_with_local_time() -> None:
    """ "on the 12th (local time)" in a story of the 13th is the 12th."""
    assert (
        timex.resolve(
            "on the 12th (local time)", pendulum.date(2022, 2, 13), "They met on the 12th (local time)."
        )
        == "2022-02-12"
    )


def test_without_anchor_relative_dates_stay_unresolved() -> None:
    """No published date: "Thursday" cannot be resolved, and is not invented; an absolute date still is."""
    assert timex.resolve("Thursday", None, "They met Thursday.") is None
    assert timex.resolve("March 22, 2025", None, "") == "2025-03-22"


def test_finder_skips_modal_may_and_lowercase_words() -> None:
    """ "may" the verb is not May the month."""
    found = [f.text for f in timex.find("He may meet her in May, said officials on Friday.")]
    assert found == ["May", "Friday"]


def test_to_textdate_keeps_precision() -> None:
    """Weeks become approximate months; references carry no date."""
    assert timex.to_textdate("2024-11") == TextDate(year=2024, month=11)
    assert timex.to_textdate("2024-W45").approx
    assert not timex.to_textdate("PRESENT_REF").known


@given(st.text(max_size=80), st.none() | st.dates().map(lambda d: pendulum.date(d.year, d.month, d.day)))
def test_resolver_never_raises(text: str, anchor: pendulum.Date | None) -> None:
    """Any text with any anchor yields a value or None, never an exception."""
    value = timex.resolve(text, anchor, text)
    assert value is None or isinstance(value, str)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers will meet in Seoul.", 1),
        ("She'll travel to Lima.", 1),
        ("Blinken’s visiting Tokyo.", 1),
        ("They are scheduled to hold talks.", 1),
        ("The leaders conferred at length.", -1),  # any word ending in -ed
        ("The ministers spoke at length.", -1),
        ("The ministers speak at length.", 0),
        ("The Ed Sullivan show spoke.", -1),
        ("The Ed Sullivan show.", 0),  # "Ed" is too short to be an -ed verb
    ],
)
def test_tense_of_a_sentence(sentence: str, expected: int) -> None:
    """Future words win over past ones; a word of three letters or more ending in -ed is past."""
    assert timex.tense(sentence) == expected
