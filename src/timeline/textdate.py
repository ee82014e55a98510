"""Dates as text gives them: a day, a month, a year, or nothing, maybe approximate.

``TextDate`` owns the precision of a valid-time date (DESIGN.md): "in August"
is a month and must never turn into the first of August. It is built on
``pendulum.Date`` for the calendar arithmetic and renders as ISO 8601 at its
own precision (``2023-09``), with ``~`` appended when approximate.
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import Literal

import attrs
import pendulum

from timeline.errors import DateError

Precision = Literal["day", "month", "year", "unknown"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?")


def _check_month(instance: TextDate, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:
        msg = f"month must be 1..12, not {value}"
        raise ValueError(msg)
    if value is not None and instance.year is None:
        msg = "a month needs a year"
        raise ValueError(msg)


def _check_day(instance: TextDate, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is None:
        return
    if instance.month is None or instance.year is None:
        msg = "a day needs a month and a year"
        raise ValueError(msg)
    last = _days_in(instance.year, instance.month)
    if not 1 <= value <= last:
        msg = f"{instance.year}-{instance.month:02d} has no day {value}"
        raise ValueError(msg)


@functools.lru_cache(maxsize=1 << 16)
def _first_day(year: int, month: int | None, day: int | None) -> pendulum.Date:
    return pendulum.date(year, month or 1, day or 1)


@functools.lru_cache(maxsize=1 << 16)
def _last_day(year: int, month: int | None, day: int | None) -> pendulum.Date:
    month = month or 12
    return pendulum.date(year, month, day or _days_in(year, month))


def _days_in(year: int, month: int) -> int:
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _first_of(date: TextDate) -> pendulum.Date | None:
    try:
        return None if date.year is None else _first_day(date.year, date.month, date.day)
    except (ValueError, IndexError):
        return None  # no such day or month: the validators, which run next, say why


def _last_of(date: TextDate) -> pendulum.Date | None:
    try:
        return None if date.year is None else _last_day(date.year, date.month, date.day)
    except (ValueError, IndexError):
        return None


def _sort_key(date: TextDate) -> tuple[int, int, int, int]:
    year, month, day = date.year, date.month, date.day
    if year is None:
        return (9999, 99, 99, 9)
    if day is not None:
        return (year, month, day, 2)  # type: ignore[return-value] # a day has a month
    if month is not None:
        return (year, month, 0, 1)
    return (year, 0, 0, 0)


@attrs.frozen(kw_only=True, order=False, cache_hash=True)
class TextDate:
    """A calendar date known to a day, a month, a year, or not at all."""

    year: int | None = attrs.field(default=None)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)
    approx: bool = False

    @classmethod
    def unknown(cls) -> TextDate:
        """The date text did not give (one shared object: dates are frozen)."""
        return _UNKNOWN

    @classmethod
    def from_date(cls, date: pendulum.Date, *, approx: bool = False) -> TextDate:
        """A day-precision date."""
        return cls(year=date.year, month=date.month, day=date.day, approx=approx)

    @classmethod
    def from_iso(cls, text: str) -> TextDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, optionally ending in ``~``.

        Raises:
            DateError: the text is not such a date, or names a day that does not exist.

        """
        match = _ISO.fullmatch(text.strip())
        if not match:
            msg = f"not an ISO 8601 date at year, month or day precision: {text!r}"
            raise DateError(msg)
        year, month, day, approx = match.groups()
        try:
            return cls(
                year=int(year),
                month=int(month) if month else None,
                day=int(day) if day else None,
                approx=bool(approx),
            )
        except ValueError as exc:
            msg = f"impossible date {text!r}: {exc}"
            raise DateError(msg) from exc

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.year is not None:
            return "year"
        return "unknown"

    @property
    def known(self) -> bool:
        """Whether the text gave any date at all."""
        return self.year is not None

    def iso(self) -> str | None:
        """ISO 8601 at this date's precision, ``None`` when unknown (no ``~``)."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_str(self) -> str | None:
        """The stored form: ISO at precision, ``~`` appended when approximate."""
        iso = self.iso()
        if iso is None:
            return None
        return iso + ("~" if self.approx else "")

    def first_day(self) -> pendulum.Date | None:
        """The earliest day this date can mean."""
        return self._first

    def last_day(self) -> pendulum.Date | None:
        """The latest day this date can mean."""
        return self._last

    def to_date(self) -> pendulum.Date | None:
        """The day, when the precision is a day."""
        return self.first_day() if self.day is not None else None

    # derived once per date (a log shares one object per distinct date): folds ask for them millions of times
    _key: tuple[int, int, int, int] = attrs.field(
        init=False, eq=False, hash=False, repr=False, default=attrs.Factory(_sort_key, takes_self=True)
    )
    _first: pendulum.Date | None = attrs.field(
        init=False, eq=False, hash=False, repr=False, default=attrs.Factory(_first_of, takes_self=True)
    )
    _last: pendulum.Date | None = attrs.field(
        init=False, eq=False, hash=False, repr=False, default=attrs.Factory(_last_of, takes_self=True)
    )

    def sort_key(self) -> tuple[int, int, int, int]:
        """Orders by first day; a month sorts before the days of that month, unknown last."""
        return self._key

    def label(self) -> str:
        """For people: ``2023-09 (approx.)``, ``date unknown``."""
        iso = self.iso()
        if iso is None:
            return "date unknown"
        return f"{iso} (approx.)" if self.approx else iso

    def __str__(self) -> str:
        """The ISO form, or ``unknown``."""
        return self.to_str() or "unknown"


_UNKNOWN = TextDate()
