"""TextDate: dates that keep the precision the text gave them."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given

from timeline.errors import DateError
from timeline.textdate import TextDate

from .strategies import text_dates


@given(text_dates())
def test_string_form_round_trips(date: TextDate) -> None:
    """to_str / from_iso is the identity (unknown is None)."""
    text = date.to_str()
    if text is None:
        assert not date.known
    else:
        assert TextDate.from_iso(text) == date


def test_month_precision_spans_its_month() -> None:
    """ "in August" covers every day of August and never pretends to a day."""
    date = TextDate.from_iso("2023-08")
    assert date.precision == "month"
    assert date.to_date() is None
    assert date.first_day() == pendulum.date(2023, 8, 1)
    assert date.last_day() == pendulum.date(2023, 8, 31)


def test_month_sorts_before_days_of_that_month() -> None:
    """A month-precision date sorts before the day-precision dates of its month."""
    assert TextDate.from_iso("2025-01").sort_key() < TextDate.from_iso("2025-01-01").sort_key()
    assert TextDate.unknown().sort_key() > TextDate.from_iso("2100-12-31").sort_key()


def test_impossible_dates_are_refused() -> None:
    """2023-02-30 does not exist."""
    with pytest.raises(DateError, match="no day 30"):
        TextDate.from_iso("2023-02-30")
    with pytest.raises(DateError, match="no day 29"):
        TextDate.from_iso("2023-02-29")
    assert TextDate.from_iso("2024-02-29").last_day() == pendulum.date(2024, 2, 29)
    with pytest.raises(DateError, match="month must be 1..12, not 13"):
        TextDate.from_iso("2023-13")
    with pytest.raises(DateError):
        TextDate.from_iso("last Tuesday")


def test_label_is_honest_about_approximation() -> None:
    """An approximate month reads "2023-09 (approx.)"."""
    assert TextDate.from_iso("2023-09~").label() == "2023-09 (approx.)"
    assert TextDate.unknown().label() == "date unknown"
