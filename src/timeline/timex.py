"""Date expressions in English news: find them, and resolve them against an anchor.

Owns the rules that turn "on Thursday", "Oct. 31", "in August", "last week",
"less than two months ago" or "the third quarter" into a TimeML value
(``2024-11-14``, ``2023-08``, ``2013-W11``, ``2013-Q3``, ``PRESENT_REF``...)
given the anchor (the publication date, or a date the text set) and the
sentence, whose tense decides between the last and the next Thursday.
Without an anchor, what needs one resolves to ``None``: never invented.
Pure functions; ``to_textdate`` converts a value for the event log.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import attrs
import pendulum

from timeline.text import any_phrase
from timeline.textdate import TextDate

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3,
    "a couple of": 2, "couple of": 2,
}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "tonight": "TNI"}

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)"
)
_UNIT = r"(?:day|week|month|year|decade)s?"
_DAYNUM = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"

_FUTURE = re.compile(
    r"\b(?-i:"
    + any_phrase(
        """will, 'll, shall, is due, is set, is scheduled, is expected, is slated, is planned, is going, are due,
        are set, are scheduled, are expected, are slated, are planned, are going, plan to, plans to, planning to,
        intend to, intends to, to be held, upcoming, set for, scheduled for, expected to, next, coming, later this,
        would meet, would travel, would visit, would hold, would host, meet, meets, travels to, flies to,
        is meeting, is traveling, is travelling, is visiting, is hosting, is holding, are meeting, are traveling,
        are travelling, are visiting, are hosting, are holding, 's meeting, 's traveling, 's travelling,
        's visiting, 's hosting, 's holding, ’s meeting, ’s traveling, ’s travelling, ’s visiting, ’s hosting,
        ’s holding""".split(","),
        hyphens=False,
    )
    + r")\b",
    re.IGNORECASE,
)
_PAST = re.compile(  # a past-tense word, or any word ending in -ed
    r"\b(?-i:"
    + any_phrase(
        """was, were, had, did, said, met, held, told, ago, last, earlier, previous, former, took, came, began,
        ended, spoke, visited, hosted, called, agreed, discussed, announced""".split(",")
    )
    + r")\b|(?<=\w)ed\b",
    re.IGNORECASE,
)


@attrs.frozen
class Found:
    """A date expression found in a sentence: its span and text."""

    start: int
    end: int
    text: str


def tense(sentence: str, expression: str = "") -> int:
    """+1 when the clause around ``expression`` speaks of the future, -1 of the past, 0 when it cannot tell.

    The clause is the stretch of the sentence between punctuation or
    subordinating words around the expression; the whole sentence decides
    only when the clause says nothing either way.
    """
    where = sentence.find(expression) if expression else -1
    if where >= 0 and len(sentence) > _TENSE_WINDOW * 2:
        # a very long "sentence" (run-on text): only the words around the expression can matter
        low = max(0, where - _TENSE_WINDOW)
        sentence = sentence[low : where + len(expression) + _TENSE_WINDOW]
        where -= low
    elif len(sentence) > _TENSE_WINDOW * 2:
        sentence = sentence[: _TENSE_WINDOW * 2]
    if where >= 0:
        left = max(
            (m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, where)),
            default=0,
        )
        right_match = _CLAUSE_EDGE.search(sentence, where + len(expression))
        right = right_match.start() if right_match else len(sentence)
        local = _tense_of(sentence[left:right])
        if local:
            return local
    return _tense_of(sentence)


_TENSE_WINDOW = 300


def _tense_of(text: str) -> int:
    if _FUTURE.search(text):
        return 1
    if _PAST.search(text):
        return -1
    return 0


_CLAUSE_EDGE = re.compile(
    r"[;:—]|, (?:and|but|while|as|which|who|whom|where|when|including|\w+ing)\b|\b(?:as|while|because|although|that)\b"
)


# -- the resolver -------------------------------------------------------------

Handler = Callable[[re.Match[str], pendulum.Date | None, int], str | None]
_RULES: list[tuple[re.Pattern[str], Handler]] = []


def _rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _RULES.append((re.compile(pattern, re.IGNORECASE), handler))
        return handler

    return register


def _day(date: pendulum.Date) -> str:
    return date.isoformat()


def _week(date: pendulum.Date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _number(text: str) -> int:
    text = text.lower().strip()
    return int(text) if text.isdigit() else NUMBERS.get(text, 1)


def _shift(anchor: pendulum.Date, amount: int, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return _day(anchor.add(days=amount))
    if unit == "week":
        return _week(anchor.add(weeks=amount))
    if unit == "month":
        moved = anchor.add(months=amount)
        return _month(moved.year, moved.month)
    if unit == "decade":
        return str((anchor.year + 10 * amount) // 10)
    return str(anchor.year + amount)


@_rule(r"(?:right )?now|currently|current|at present|present|nowadays|these days|today's|the present( time| day)?|"
       r"already|(?:this|the) (?:\w+ )?moment")  # fmt: skip
def _present(_m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    return "PRESENT_REF"


@_rule(r"recent(?:ly)?|lately|the past|in the past|previously|formerly|once|at the time|at that time|then|"
       r"recent (?:years|months|weeks|days)|the (?:past|last) (?:few|several) (?:years|decades)|years ago|earlier|before")  # fmt: skip
def _past_ref(_m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    return "PAST_REF"


@_rule(r"(?:the )?future|soon|(?:in )?(?:the )?coming (?:years|months|decades|weeks)|the years ahead|eventually|one day|"
       r"someday|later|the (?:near|short|long) term|future (?:quarters|years)|a year or two")  # fmt: skip
def _future_ref(_m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    return "FUTURE_REF"


@_rule(r"(?:earlier |later )?(today|tonight|this (morning|afternoon|evening))")
def _today(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if anchor is None:
        return None
    part = m.group(2) or ("tonight" if m.group(1).lower() == "tonight" else None)
    return _day(anchor) + (PARTS[part.lower()] if part else "")


@_rule(r"(?:the day before )?(yesterday|tomorrow)(?: (morning|afternoon|evening|night))?")
def _yesterday(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if anchor is None:
        return None
    step = -1 if m.group(1).lower() == "yesterday" else 1
    if m.group(0).lower().startswith("the day before"):
        step -= 1
    return _day(anchor.add(days=step)) + (PARTS[m.group(2).lower()] if m.group(2) else "")


@_rule(
    rf"(?:(last|next|this|this coming|coming|past|previous) )?({_WEEKDAY})(?:'s)?(?: (morning|afternoon|evening|night))?"
)
def _weekday(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    if anchor is None:
        return None
    modifier = (m.group(1) or "").lower()
    target = WEEKDAYS[m.group(2).lower()]
    current = anchor.weekday()
    if (
        modifier in {"next", "coming", "this coming"}
        or (not modifier and t > 0)
        or (modifier == "this" and t > 0)
    ):
        delta = (target - current) % 7
        if modifier == "next" and delta == 0:
            delta = 7
        date = anchor.add(days=delta)
    else:
        delta = (current - target) % 7
        if modifier in {"last", "past", "previous"} and delta == 0:
            delta = 7
        date = anchor.subtract(days=delta)
    return _day(date) + (PARTS[m.group(3).lower()] if m.group(3) else "")


@_rule(r"(?:the )?(?:(this|last|next|past|previous|coming|the last|the past|the previous|the coming|the next|"
       r"earlier this|later this) )(week|month|year|weekend|decade|century)")  # fmt: skip
def _relative_unit(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if anchor is None:
        return None
    modifier = m.group(1).lower().removeprefix("the ")
    unit = m.group(2).lower()
    step = {"this": 0, "earlier this": 0, "later this": 0, "last": -1, "past": -1, "previous": -1}.get(
        modifier, 1
    )
    if unit == "weekend":
        week = _week(anchor.add(weeks=step))
        return f"{week}-WE"
    if unit == "century":
        return str(anchor.year // 100 + step)
    return _shift(anchor, step, unit)


@_rule(r"(?:the|this|last|next|this past|this coming) weekend")
def _weekend(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    if anchor is None:
        return None
    word = m.group(0).lower().split()[0]
    ahead = (
        word in {"next"}
        or (word in {"this", "the"} and t > 0)
        or m.group(0).lower().startswith("this coming")
    )
    if ahead:
        saturday = anchor.add(days=(5 - anchor.weekday()) % 7)
    else:
        saturday = anchor.subtract(days=(anchor.weekday() - 5) % 7 or (7 if word == "last" else 0))
    if word == "next":
        saturday = saturday.add(weeks=1)
    return f"{_week(saturday)}-WE"


@_rule(
    rf"(?:(?:about|around|some|nearly|almost|more than|less than|over|just over|just under|roughly) )?({_NUM}) ({_UNIT}) (?:or so )?(ago|earlier|before|later|from now|hence)"
)
def _ago(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if anchor is None:
        return None
    amount = _number(m.group(1))
    sign = 1 if m.group(3).lower() in {"later", "from now", "hence"} else -1
    return _shift(anchor, sign * amount, m.group(2))


@_rule(rf"(?:(?:early|late|mid)[- ]?)?({_MONTH})(?: of)? (last|next|this) year")
def _month_of_relative_year(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if anchor is None:
        return None
    step = {"last": -1, "next": 1, "this": 0}[m.group(2).lower()]
    return _month(anchor.year + step, MONTHS[m.group(1).lower().rstrip(".")])


@_rule(
    rf"(?:the )?(?:(early|late|mid|end of|beginning of|start of)[- ]?)?(?:(last|next|this) )?({_MONTH})(?:,? ({_YEAR}))?"
)
def _month_name(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    month = MONTHS[m.group(3).lower().rstrip(".")]
    if m.group(4):
        return _month(int(m.group(4)), month)
    if anchor is None:
        return None
    modifier = (m.group(2) or "").lower()
    if modifier == "this":
        return _month(anchor.year, month)
    if modifier == "next" or (not modifier and t > 0 and month != anchor.month):
        year = anchor.year if month > anchor.month else anchor.year + 1
        return _month(year, month)
    if modifier == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
        return _month(year, month)
    year = anchor.year if month <= anchor.month else anchor.year - 1
    return _month(year, month)


@_rule(
    rf"(?:(?:on|the) )?({_MONTH}) ({_DAYNUM})(?:,? ({_YEAR}))?|(?:the )?({_DAYNUM}) (?:of )?({_MONTH})(?:,? ({_YEAR}))?"
)
def _month_day(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    if m.group(1):
        month_text, day_text, year_text = m.group(1, 2, 3)
    else:  # day first: "16 February 2024", "the 7th of September"
        day_text, month_text, year_text = m.group(4, 5, 6)
    month = MONTHS[month_text.lower().rstrip(".")]
    day = int(re.sub(r"\D", "", day_text))
    if not 1 <= day <= 31:
        return None
    if year_text:
        return _valid(int(year_text), month, day)
    if anchor is None:
        return None
    candidates = [(y, _valid(y, month, day)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    dated = [(pendulum.date(y, month, day), v) for y, v in candidates if v]
    if not dated:
        return None
    past = [(d, v) for d, v in dated if d <= anchor]
    future = [(d, v) for d, v in dated if d > anchor]
    latest_past = max(past) if past else None
    next_future = min(future) if future else None
    # A date a few weeks ahead is what news means by a bare "Dec. 15" whatever the verbs' tense;
    # farther off, the tense decides; without one, the nearest occurrence.
    if next_future and (next_future[0] - anchor).days <= _NEAR_FUTURE:
        if not latest_past or (anchor - latest_past[0]).days > _NEAR_PAST:
            return next_future[1]
    if t < 0 and latest_past:
        return latest_past[1]
    if t > 0 and next_future:
        return next_future[1]
    return min(dated, key=lambda dv: abs((dv[0] - anchor).days))[1]


_NEAR_FUTURE = 75
_NEAR_PAST = 15


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return pendulum.date(year, month, day).isoformat()
    except ValueError:
        return None


@_rule(rf"(?:on )?the ({_DAYNUM})(?: \(local time\))?")
def _day_of_month(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    if anchor is None:
        return None
    day = int(re.sub(r"\D", "", m.group(1)))
    if not 1 <= day <= 31:
        return None
    if (t >= 0 and day >= anchor.day) or day == anchor.day:
        return _valid(anchor.year, anchor.month, day)
    if day <= anchor.day:
        return _valid(anchor.year, anchor.month, day)
    previous = anchor.subtract(months=1)
    return _valid(previous.year, previous.month, day)


@_rule(
    rf"(?:(?:early|late|mid|the end of|the beginning of|the start of)[- ]?)?(?:in )?(?:fiscal |calendar )?({_YEAR})"
)
def _year(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    return m.group(1)


@_rule(r"(?:the )?(?:(early|late|mid)[- ])?((?:1[6-9]|20)\d)0'?s")
def _decade(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    return m.group(2)


@_rule(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) century")
def _century(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    return f"{int(m.group(1)) - 1:02d}"


@_rule(r"(?:(early|late|mid|earlier|later) )?(this|last|next) (spring|summer|autumn|fall|winter)")
def _season(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if anchor is None:
        return None
    step = {"this": 0, "last": -1, "next": 1}[m.group(2).lower()]
    return f"{anchor.year + step}-{SEASONS[m.group(3).lower()]}"


@_rule(rf"(?:the )?(?:(spring|summer|autumn|fall|winter)(?: of)? ({_YEAR}))")
def _season_year(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    return f"{m.group(2)}-{SEASONS[m.group(1).lower()]}"


@_rule(rf"(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of ({_YEAR}))?")
def _quarter(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if m.group(2):
        return f"{m.group(2)}-Q{ORDINALS[m.group(1).lower()]}"
    if anchor is None:
        return None
    return f"{anchor.year}-Q{ORDINALS[m.group(1).lower()]}"


@_rule(r"(?:the )?(?:(latest|last|past|previous|current|this|recent|most recent) )?quarter")
def _this_quarter(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if anchor is None:
        return None
    quarter = (anchor.month - 1) // 3 + 1
    if (m.group(1) or "").lower() not in {"current", "this"}:
        quarter -= 1
    year = anchor.year
    if quarter == 0:
        year, quarter = year - 1, 4
    return f"{year}-Q{quarter}"


@_rule(r"(?:(?:the )?(?:year|earlier in the year|the full year|the current year|the whole year))")
def _the_year(_m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    return str(anchor.year) if anchor else None


@_rule(r"(?:the )?(?:(?:this|last|next|past|this past) )?(?:(spring|summer|autumn|fall|winter))")
def _bare_season(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    if anchor is None:
        return None
    word = m.group(0).lower()
    season = SEASONS[m.group(1).lower()]
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    year = anchor.year
    if "next" in word or (t > 0 and "this" not in word and "past" not in word):
        year = anchor.year if anchor.month < start else anchor.year + 1
    elif "last" in word or "past" in word or t < 0:
        year = anchor.year if anchor.month >= start + 3 else anchor.year - 1
    return f"{year}-{season}"


@_rule(rf"(?:the )?(first|second|last) half(?: of ({_YEAR}))?")
def _half(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    year = m.group(2) or (str(anchor.year) if anchor else None)
    return f"{year}-H{1 if m.group(1).lower() == 'first' else 2}" if year else None


@_rule(
    rf"(?:the |its )?(?:fiscal )?(?:({_YEAR}) |year-ago |year-earlier )?(first|second|third|fourth)[- ]quarter"
)
def _quarter_of(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if m.group(1):
        return f"{m.group(1)}-Q{ORDINALS[m.group(2).lower()]}"
    if anchor is None:
        return None
    year = anchor.year - 1 if re.search(r"year-(?:ago|earlier)", m.group(0), re.IGNORECASE) else anchor.year
    return f"{year}-Q{ORDINALS[m.group(2).lower()]}"


@_rule(r"(\d{4})-(\d{2})-(\d{2})")
def _iso(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))


@_rule(r"(?:on )?(?:(christmas|new year's|thanksgiving|independence)(?: day| eve)?)")
def _holiday(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    if anchor is None:
        return None
    name = m.group(1).lower()
    eve = m.group(0).lower().endswith("eve")

    def on(year: int) -> pendulum.Date:
        if name == "christmas":
            return pendulum.date(year, 12, 24 if eve else 25)
        if name == "new year's":
            return pendulum.date(year - 1, 12, 31) if eve else pendulum.date(year, 1, 1)
        if name == "independence":
            return pendulum.date(year, 7, 4)
        first = pendulum.date(year, 11, 1)
        return first.add(days=(3 - first.weekday()) % 7 + 21)

    this = on(anchor.year)
    if t < 0 and this > anchor:
        this = on(anchor.year - 1)
    elif t > 0 and this < anchor:
        this = on(anchor.year + 1)
    return _day(this)


_PREFIX = re.compile(r"^(?:on|in|at|by|during|since|from|until|till|of|for|through|early|late|mid|the end of|"
                     r"the beginning of|the start of|earlier|later)\s+", re.IGNORECASE)  # fmt: skip


_YEAR_AGO = re.compile(
    r"(?:the |a )?(?:year[- ](?:ago|earlier)|a year (?:ago|earlier)|last year's|the corresponding period last year|"
    r"same (?:period|quarter) (?:a year ago|last year))(?: (?:first|second|third|fourth) quarter| quarter| period)?",
    re.IGNORECASE,
)
_QUARTER_WORDS = re.compile(r"\b(first|second|third|fourth)[- ]quarter\b|\bquarter(?:ly)?\b", re.IGNORECASE)
_NUMBER_YEAR = re.compile(
    r"(?:the year )?(nineteen|twenty) (\w+)(?:[- ](\w+))?|(?:the year )?two thousand(?: and)?(?: (\w+))?",
    re.IGNORECASE,
)
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def _quarter_comparison(text: str, anchor: pendulum.Date | None, sentence: str) -> str | None:
    """ "a year ago" beside a quarter's results means that quarter a year ago (1988-Q3)."""
    if anchor is None or not _YEAR_AGO.fullmatch(text):
        return None
    named = _QUARTER_WORDS.search(text) or _QUARTER_WORDS.search(sentence)
    if not named:
        return str(anchor.year - 1) if not text.lower().startswith(("a year", "the year")) else None
    if named.group(1):
        quarter = ORDINALS[named.group(1).lower()]
    else:
        quarter = (anchor.month - 1) // 3 or 4
    return f"{anchor.year - 1}-Q{quarter}"


def _spelled_year(text: str) -> str | None:
    match = _NUMBER_YEAR.fullmatch(text)
    if not match:
        return None
    if match.group(1):
        century = 19 if match.group(1).lower() == "nineteen" else 20
        tens, units = match.group(2).lower(), (match.group(3) or "").lower()
        value = _TEENS.get(tens, _TENS.get(tens))
        if value is None:
            return None
        value += _UNITS.get(units, 0)
        return f"{century}{value:02d}"
    units = (match.group(4) or "").lower()
    return f"20{_UNITS.get(units, _TEENS.get(units, 0)):02d}"


def resolve(text: str, anchor: pendulum.Date | None, sentence: str = "") -> str | None:
    """The TimeML value of a date expression, or ``None`` when it cannot be resolved.

    Args:
        text: the expression, as found ("last June", "Oct. 31", "Thursday").
        anchor: the date it is relative to (usually the publication date).
        sentence: the sentence around it; its tense picks past or future.

    """
    cleaned = re.sub(r"\s*\(local time\)", "", text, flags=re.IGNORECASE)
    cleaned = " ".join(cleaned.replace("’", "'").split()).strip(" ,.;:()\"'")
    cleaned = re.sub(
        r"^(?:the|a)\s+(?=(?:last|past|previous|next|coming)\s)", "", cleaned, flags=re.IGNORECASE
    )
    candidates = [cleaned]
    stripped = cleaned
    while (shorter := _PREFIX.sub("", stripped)) != stripped:
        stripped = shorter
        candidates.append(stripped)
    t = tense(sentence, text) if sentence else 0
    special = _quarter_comparison(cleaned, anchor, sentence) or _spelled_year(cleaned)
    if special:
        return special
    for candidate in candidates:
        for pattern, handler in _RULES:
            match = pattern.fullmatch(candidate)
            if match:
                return handler(match, anchor, t)
    return None


# -- the finder ---------------------------------------------------------------

_FORMS = [
    rf"\b{_MONTH} {_DAYNUM}(?:,? {_YEAR})?\b(?: \(local time\))?",
    rf"\b(?:the )?{_DAYNUM} (?:of )?{_MONTH}(?:,? {_YEAR})?\b",
    rf"\b(?:(?:early|late|mid)[- ])?{_MONTH}(?: of)? (?:last|next|this) year\b",
    rf"\b(?:(?:early|late|mid)[- ])?(?:(?:last|next|this) )?{_MONTH}(?:,? {_YEAR})?(?=[\s,.;)]|$)",
    rf"\b(?:the )?(?:(?:last|next|this|this coming|coming|past|previous) )?{_WEEKDAY}(?:'s)?(?: (?:morning|afternoon|evening|night))?\b",  # noqa: E501
    r"\b(?:the day before )?(?:yesterday|tomorrow)(?: (?:morning|afternoon|evening|night))?\b",
    r"\b(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))\b",
    r"\b(?:the )?(?:this|last|next|past|previous|coming|earlier this|later this) (?:week|month|year|weekend)\b",
    rf"\b(?:(?:about|around|some|nearly|almost|more than|less than|over|just over|just under|roughly) )?{_NUM} {_UNIT} (?:ago|earlier|before|later)\b",  # noqa: E501
    rf"\b(?:on )?the {_DAYNUM}(?= \(local time\)| of this month|\b(?! (?:{_MONTH}|century|anniversary|round|time|day)))(?: \(local time\))?",  # noqa: E501
    rf"\b(?:(?:early|late|mid)[- ])?{_YEAR}\b(?!-\d)",
    rf"\b(?:the )?(?:first|second|third|fourth)[- ]quarter(?: of {_YEAR})?\b",
]
_FIRST_WORDS = [
    *MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "the", "on", "early", "late", "mid", "last", "next", "this", "coming", "past", "previous", "earlier", "later",
    "yesterday", "tomorrow", "today", "tonight", "about", "around", "some", "nearly", "almost", "more", "less",
    "over", "just", "roughly", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "several", "first", "second", "third", "fourth",
]  # fmt: skip
# Every form above opens with a digit or one of these words: checking that
# first keeps the engine from trying all the forms at every word.
_FIND = re.compile(rf"\b(?=\d|(?-i:{any_phrase(_FIRST_WORDS)})\b)(?:{'|'.join(_FORMS)})", re.IGNORECASE)


def find(sentence: str) -> Iterator[Found]:
    """Every date expression in a sentence that names a calendar time, left to right."""
    for match in _FIND.finditer(sentence):
        text = match.group(0)
        if re.fullmatch(rf"(?:{_MONTH})", text, re.IGNORECASE):
            word = text.rstrip(".").lower()
            # "May" and "march" are also words: only a capitalised month, not after a modal.
            if not text[0].isupper() or (word in {"may", "march"} and _modal_before(sentence, match.start())):
                continue
            if _surname_position(sentence, match.start(), match.end()):
                continue  # "Theresa May met ...": a name, not the month
        if re.fullmatch(_WEEKDAY, text, re.IGNORECASE) and not text[0].isupper():
            continue
        yield Found(match.start(), match.end(), text)


_LEADS_A_DATE = frozenset(
    ("In", "On", "Since", "By", "Until", "Till", "Last", "Next", "Early", "Late", "Mid", "Through", "From",
     "During", "Before", "After", "Of", "Each", "Every", "This", "That", "Since", "Until")
)


def _surname_position(sentence: str, start: int, end: int) -> bool:
    """A month word right after a capitalised word, and no day or year after it: the end of a name."""
    if re.match(r"\.?\s*\d", sentence[end:]):
        return False
    before = re.search(r"([A-Z][a-z]+)\s+$", sentence[max(0, start - 40) : start])  # a bounded look back
    if before is None:
        return False
    word = before.group(1)
    return word not in _LEADS_A_DATE and not re.fullmatch(_WEEKDAY + "|" + _MONTH, word, re.IGNORECASE)


def _modal_before(sentence: str, start: int) -> bool:
    before = sentence[:start].rstrip().lower()
    after = sentence[start:].lower()
    return bool(re.search(r"\b(?:he|she|it|they|we|you|i|who|which|that)$", before)) or bool(
        re.match(r"(?:may|march)\s+(?:be|have|not|also|still|on|to|through|against)\b", after)
    )


# -- conversion -----------------------------------------------------------------

_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def to_textdate(value: str | None, *, approx: bool = False) -> TextDate:
    """A TimeML value as a ``TextDate``; weeks and seasons become approximate months."""
    if not value or value.endswith("_REF"):
        return TextDate.unknown()
    value = re.sub(r"T[A-Z]{2}$|T\d.*$", "", value)
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return attrs.evolve(TextDate.from_iso(value), approx=approx)
    week = re.fullmatch(r"(\d{4})-W(\d{1,2})(?:-WE)?", value)
    if week:
        monday = pendulum.Date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        return TextDate(year=monday.year, month=monday.month, approx=True)
    other = re.fullmatch(r"(\d{4})-(Q\d|H\d|SP|SU|FA|WI)", value)
    if other:
        return TextDate(year=int(other.group(1)), approx=approx)
    return TextDate.unknown()
