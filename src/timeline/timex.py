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

import functools
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
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
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
_PART = r"(?:morning|afternoon|evening|night)"  # "Friday morning, 14 October": a part of the day between
_WEEKDAY_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_WEEKDAY_SHORT = _WEEKDAY_ABBR + r"\."  # "Tues.": found only beside a date ("Tues., March 5")
_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a few|a couple of)"
)
_UNIT = r"(?:day|week|month|year|decade)s?"
_DAYNUM = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_ORDINAL_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_SHORT_DATE = rf"(?:(?:the )?{_DAYNUM} (?:of )?{_MONTH}|{_MONTH} {_DAYNUM})"
# "(local time)", "(Japan time)", "(New York time)": where the day was counted, not another day
_LOCAL = r" \((?:local|[A-Z][a-z]+(?: [A-Z][a-z]+)?) time\)"
# between the days of a range: "22-23", "22 to 23", "22 through 23"; "and" only within one month
_THROUGH = r"(?:\s?[-–—]\s?| (?:to|through|until|till) )"
_AND_THROUGH = r"(?:\s?[-–—]\s?| (?:and|to|through|until|till) )"
_CLOCK = (  # "5:40 p.m.", "9 a.m.", "17:40", "noon"
    r"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)? ?[ap]\.?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d(?! ?[ap]\.?m\b)|"
    r"noon|midnight)"
)
_ZONE = r"(?: (?:GMT|UTC|[ECMP][SD]T|JST|KST|BST|CET|CEST|MSK|local time)| \(local time\))?"

_FUTURE = re.compile(
    r"\b(?-i:"
    + any_phrase(
        """will, 'll, shall, is due, is set, is scheduled, is expected, is slated, is planned, is going, are due,
        are set, are scheduled, are expected, are slated, are planned, are going, plan to, plans to, planning to,
        intend to, intends to, to be held, upcoming, set for, scheduled for, planned for, slated for,
        expected to, next, coming, later this,
        would meet, would travel, would visit, would hold, would host, meet, meets, travels to, flies to,
        makes a, makes her, makes his, pays a, pays her, pays his, to make a, to pay a, to visit,
        is meeting, is traveling, is travelling, is visiting, is hosting, is holding, are meeting, are traveling,
        are travelling, are visiting, are hosting, are holding, 's meeting, 's traveling, 's travelling,
        's visiting, 's hosting, 's holding, ’s meeting, ’s traveling, ’s travelling, ’s visiting, ’s hosting,
        ’s holding""".split(","),
        hyphens=False,
    )
    + r"|(?:is|are) (?:also|now|still|then|currently|likely) "
    + r"(?:due|set|scheduled|expected|slated|planned|going)"  # "are also scheduled to call on him on Tuesday"
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
        local = _nearest_tense(sentence[left:right], where - left) or _tense_of(sentence[left:right])
        if local:
            return local
    return _tense_of(sentence)


_TENSE_WINDOW = 300


def _in_a_name(text: str, start: int) -> bool:
    """ "Meet" after a plural written with a capital: an event's name, not a verb ("the G20 Foreign Ministers
    Meet in New Delhi", "the Ministers' Meet"); a headline's "Leaders Will Meet" keeps its verb."""
    before = text[:start].rstrip().split()
    return (
        text[start : start + 4] == "Meet"
        and bool(before)
        and before[-1][:1].isupper()
        and before[-1].rstrip("'’").endswith("s")
    )


def _nearest_tense(clause: str, at: int) -> int:
    """Of a clause that tells both a past and a future, the tense of the verb just before the expression:
    "X and Y spoke by telephone on Monday and agreed to meet soon": Monday is the call's, past."""
    spans = [m.span() for m in _FUTURE.finditer(clause) if not _in_a_name(clause, m.start())]
    future = [start for start, _ in spans]
    words = [(clause.rfind(" ", 0, m.start()) + 1) for m in _PAST.finditer(clause)]  # each past word's start
    past = [  # not the "scheduled" of "is scheduled", the future's own, nor the "published" of "to be
        # published"
        start
        for start in words
        if not any(a <= start < b for a, b in spans)
        and not clause[:start].endswith(("be ", "been "))
        and clause[start : start + 1].islower()  # a verb, not a name ending so ("Reed", "Ahmed")
        and not _before_a_noun(clause, start)
    ]
    if not future or not past:
        return 0
    before = [(start, 1) for start in future if start < at] + [(start, -1) for start in past if start < at]
    return max(before)[1] if before else 0


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "much"})
_PREFIXES = frozenset({"co", "re", "pre", "un", "de", "over", "out", "under"})


def _before_a_noun(clause: str, start: int) -> bool:
    """Whether a past participle stands as an adjective, after a determiner, an adverb or a hyphen: "for a
    highly [anticipated] meeting", "the [expected] talks", "the self-[proclaimed] president" tell no past."""
    compound = re.split(r"[-‐]", clause[start:].split(" ", 1)[0])
    if len(compound) > 1 and compound[0].lower() not in _PREFIXES:
        return True  # "the self-proclaimed president", "a long-awaited visit": the participle of a compound
        # (not "co-chaired", "re-elected": a verb with its prefix)
    before = clause[:start].split()[-1:]
    return bool(before) and (
        before[0].lower() in _DETERMINERS or before[0].lower().endswith("ly") or before[0] in {"-", "‐"}
    )  # (a clause read from tokens holds "self - proclaimed")


def _tense_of(text: str) -> int:
    if any(not _in_a_name(text, m.start()) for m in _FUTURE.finditer(text)):
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
    text = text.lower().strip().replace(",", "")  # "10,000 years ago"
    return int(text) if text.isdigit() else NUMBERS.get(text, 1)


def _shift(anchor: pendulum.Date, amount: int, unit: str) -> str | None:
    unit = unit.lower().rstrip("s")
    if unit in {"year", "decade"} and not 1 <= anchor.year + amount * (10 if unit == "decade" else 1) <= 9999:
        raise OverflowError(unit)  # no calendar year to write ("10,000 years ago"): ``resolution`` says so
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


@_rule(r"(?:earlier|later) in the day")
def _in_the_day(_m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """ "Later in the day, the President will receive him": the day the story is told.

    Told in the past ("Earlier in the day, X was received by Y") it is the
    day the story speaks of, which the anchor does not give: unresolved.
    """
    return None if anchor is None or t < 0 else _day(anchor)


@_rule(
    r"(?:yesterday|today|tomorrow)(?: (?:morning|afternoon|evening|night))? "
    rf"\((?P<day>\d{{1,2}}|{_WEEKDAY})\)?"
)
def _relative_day_numbered(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    """A relative day with its day of the month or of the week in brackets, as news translated from
    Portuguese and Spanish writes it, or a reporter quoting a post of the day before: the day near the
    anchor that the bracket names.

    Examples: "yesterday (28)", "today (1)", "tomorrow (3)", "yesterday (23)", "today (Thursday)"
    """
    if anchor is None:
        return None
    named = m.group("day").lower()
    near = [anchor.add(days=k) for k in (0, -1, 1, -2, 2)]
    step = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(0).split()[0].lower()]
    if named.isdigit():
        found = next((d for d in near if d.day == int(named)), None)
    else:
        found = next((d for d in near if d.format("dddd").lower() == named), None)
    return _day(found if found is not None else anchor.add(days=step))  # the words, if apart


@_rule(r"(?:the day before )?(yesterday|tomorrow)(?: (morning|afternoon|evening|night))?")
def _yesterday(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    if anchor is None:
        return None
    step = -1 if m.group(1).lower() == "yesterday" else 1
    if m.group(0).lower().startswith("the day before"):
        step -= 1
    return _day(anchor.add(days=step)) + (PARTS[m.group(2).lower()] if m.group(2) else "")


@_rule(r"(?<!the )last (night|evening)(?! of)")
def _last_night(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    """The night (or evening) before the day the story is told.

    Examples: "last night", "last evening"
    """
    return None if anchor is None else _day(anchor.subtract(days=1)) + PARTS[m.group(1).lower()]


@_rule(
    rf"(?:(last|next|this|this coming|coming|past|previous) )?({_WEEKDAY}|{_WEEKDAY_ABBR}\.?)(?:'s)?"
    r"(?: (morning|afternoon|evening|night))?(?: (?:of )?(last|next|this) week)?"
)
def _weekday(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """A weekday: the last one on or before the anchor, or the next one when the clause speaks of the future.

    Examples: "on Tuesday", "last Friday", "Tues.", "Wednesday last week", "Monday of next week"
    """
    if anchor is None:
        return None
    modifier = (m.group(1) or "").lower()
    target = WEEKDAYS[m.group(2).lower().rstrip(".")]
    current = anchor.weekday()
    if m.group(4) and not modifier:  # the weekday of the week named: "Wednesday last week"
        week = {"last": -7, "this": 0, "next": 7}[m.group(4).lower()]
        date = anchor.add(days=week - current + target)
        return _day(date) + (PARTS[m.group(3).lower()] if m.group(3) else "")
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
       r"earlier this|later this) )(week|month|(?:fiscal )?year|weekend|decade|century)")  # fmt: skip
def _relative_unit(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    """A unit of time counted from the anchor's; a fiscal year is named by its calendar year, as TimeML does.

    Examples: "earlier this month", "last week", "this fiscal year"
    """
    if anchor is None:
        return None
    modifier = m.group(1).lower().removeprefix("the ")
    unit = m.group(2).lower().removeprefix("fiscal ")
    step = {"this": 0, "earlier this": 0, "later this": 0, "last": -1, "past": -1, "previous": -1}.get(
        modifier, 1
    )
    if unit == "weekend":
        week = _week(anchor.add(weeks=step))
        return f"{week}-WE"
    if unit == "century":
        century = anchor.year // 100 + step
        if not 0 <= century <= 99:  # noqa: PLR2004 - the centuries of years 1 to 9999
            raise OverflowError(unit)
        return f"{century:02d}"
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


@_rule(rf"({_NUM}) (days?|weeks?) (before|after) (?:the )?((?:{_WEEKDAY})|{_SHORT_DATE}(?:,? {_YEAR})?)")
def _before_a_day(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """Days or weeks counted from a day the text names, not from the anchor.

    Examples: "four days before the Tuesday", "two days after March 3"
    """
    day = _by_rules(m.group(4), anchor, t)
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None
    sign = 1 if m.group(3).lower() == "after" else -1
    return _shift(pendulum.Date.fromisoformat(day), sign * _number(m.group(1)), m.group(2))


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


_MONTH_FIRST = rf"(?P<month>{_MONTH}) (?P<day>{_DAYNUM})(?:,? (?P<year>{_YEAR}))?"
_DAY_FIRST = rf"(?:the )?(?P<day>{_DAYNUM}) (?:of )?(?P<month>{_MONTH})(?:,? (?P<year>{_YEAR}))?"
_A_DATE = re.compile(f"{_MONTH_FIRST}|{_DAY_FIRST.replace('?P<', '?P<_')}", re.IGNORECASE)


@_rule(rf"(?:(?:on|the) )?(?P<last>(?:last|this past) )?{_MONTH_FIRST}")
def _month_day(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """A month and a day, month first: that day, in the year written or the one the anchor and tense choose.

    "last January 18" is the last one before the anchor, whatever the tense.
    Examples: "Nov. 7", "Sept 7", "Feb 16, 2024", "March 3rd", "last January 18"
    """
    if m.group("last"):
        month, day, year = _parts(m)
        return _last_day_of(month, day, anchor) if year is None else _valid(year, month, day)
    return _calendar_day(*_parts(m), anchor, t)


def _last_day_of(month: int, day: int, anchor: pendulum.Date | None) -> str | None:
    """The last such day on or before the anchor: "last March 3"."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        value = _valid(year, month, day)
        if value and pendulum.date(year, month, day) <= anchor:
            return value
    return None


@_rule(_DAY_FIRST)
def _day_month(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """A day and a month, day first: read in that order.

    Examples: "16 February 2024", "on 7 September", "7th September", "the 7th of September", "16 Feb. 2024"
    """
    return _calendar_day(*_parts(m), anchor, t)


def _parts(m: re.Match[str], prefix: str = "") -> tuple[int, int, int | None]:
    """Month, day and year (if written) of a match's groups ``month``, ``day``, ``year`` (with a prefix)."""
    year = m.group(prefix + "year")
    return (
        MONTHS[m.group(prefix + "month").lower().rstrip(".")],
        int(re.sub(r"\D", "", m.group(prefix + "day"))),
        int(year) if year else None,
    )


def _calendar_day(month: int, day: int, year: int | None, anchor: pendulum.Date | None, t: int) -> str | None:
    """That day, in the year written or in the one the anchor and tense choose."""
    if not 1 <= day <= 31:
        return None
    if year is not None:
        return _valid(year, month, day)
    if anchor is None:
        return None
    dated = [
        (pendulum.date(y, month, day), value)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (value := _valid(y, month, day))
    ]
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
    # The day itself or a few days before, whatever the tense: "who is visiting ... held talks on November 4th".
    if latest_past and (t < 0 or (anchor - latest_past[0]).days <= _NEAR_PAST // 3):
        return latest_past[1]
    if t > 0 and next_future:
        return next_future[1]
    return min(dated, key=lambda dv: abs((dv[0] - anchor).days))[1]


_NEAR_FUTURE = 75
_NEAR_PAST = 15


def _valid(year: int, month: int, day: int) -> str | None:
    date = _date(year, month, day)
    return date.isoformat() if date else None


def _date(year: int, month: int, day: int) -> pendulum.Date | None:
    try:
        return pendulum.date(year, month, day)
    except ValueError:
        return None


_WEEKDAY_SLIP = 45  # days: a date this near the anchor is its year's, whatever weekday is written beside it


@_rule(
    rf"(?:on )?(?P<weekday>{_WEEKDAY}|{_WEEKDAY_ABBR}\.?)(?: {_PART})?"
    rf"(?:,?(?: the)? | \()(?P<date>{_A_DATE.pattern})\)?"
)
def _weekday_and_date(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """A weekday with its date: the date; without a year, the year in which that date falls on that weekday.

    A date near the anchor keeps the anchor's year even when the weekday beside it is another day's.

    Examples: "Tuesday, March 5", "Monday 26 February", "Friday, Oct. 13", "Tues., 5 March 2024",
    "Wednesday (March 6th)", "Wednesday, March 8", "Friday morning, 13 October"
    """
    month, day, year = _parts(m, "" if m.group("month") else "_")
    weekday = WEEKDAYS[m.group("weekday").lower().rstrip(".")]
    if year is None and anchor is not None:
        this = _date(anchor.year, month, day)
        if this is not None and abs((this - anchor).days) <= _WEEKDAY_SLIP:
            return _day(this)  # "Wednesday, March 8" (a Friday) in a story of March 1: that date, not 2023's
        # March 5 falls on a Tuesday in at most one of three neighbouring years
        for near in (0, -1, 1):
            date = _date(anchor.year + near, month, day)
            if date and date.weekday() == weekday:
                return _day(date)
    return _calendar_day(month, day, year, anchor, t)


@_rule(rf"(?:on )?(?P<weekday>{_WEEKDAY}|{_WEEKDAY_ABBR}\.?),? the (?P<day>{_ORDINAL_DAY})")
def _weekday_and_day(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """A weekday with a day of the month: the nearest date, within a year of the anchor, that is both.

    Examples: "Thursday the 17th", "on Tuesday, the 5th"
    """
    day = int(re.sub(r"\D", "", m.group("day")))
    if anchor is None or not 1 <= day <= 31:
        return None
    weekday = WEEKDAYS[m.group("weekday").lower().rstrip(".")]
    first = pendulum.date(anchor.year, anchor.month, 1)
    dates = [d for k in range(-12, 13) if (d := _day_in(first.add(months=k), day)) and d.weekday() == weekday]
    if t < 0:
        dates = [d for d in dates if d <= anchor] or dates
    elif t > 0:
        dates = [d for d in dates if d >= anchor] or dates
    return _day(min(dates, key=lambda d: abs((d - anchor).days))) if dates else None


def _day_in(first: pendulum.Date, day: int) -> pendulum.Date | None:
    """Day ``day`` of the month that begins on ``first``, if that month has it."""
    return first.add(days=day - 1) if day <= first.days_in_month else None


@_rule(rf"(?:from |between )?(?P<month>{_MONTH}) (?P<day>{_DAYNUM}){_THROUGH}(?P<end_month>{_MONTH})"
       rf" {_DAYNUM}(?:,? (?P<year>{_YEAR}))?|"
       rf"(?:from |between )?(?P<_month>{_MONTH}) (?P<_day>{_DAYNUM}){_AND_THROUGH}{_DAYNUM}"
       rf"(?:,? (?P<_year>{_YEAR}))?")  # fmt: skip
def _range_month_first(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """Days of a range, month first: its first day, as a meeting of several days is dated.

    Examples: "May 22 and 23", "May 22-23", "November 7-8, 2022", "March 24 to 25", "Dec. 30-Jan. 2, 2024"
    """
    return _first_day(m, anchor, t)


@_rule(rf"(?:from |between )?(?:the )?(?P<day>{_DAYNUM}) (?:of )?(?P<month>{_MONTH}){_THROUGH}"
       rf"(?:the )?{_DAYNUM} (?:of )?(?P<end_month>{_MONTH})(?:,? (?P<year>{_YEAR}))?|"
       rf"(?:from |between )?(?:the )?(?P<_day>{_DAYNUM}){_AND_THROUGH}(?:the )?{_DAYNUM} "
       rf"(?:of )?(?P<_month>{_MONTH})(?:,? (?P<_year>{_YEAR}))?")  # fmt: skip
def _range_day_first(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """Days of a range, day first: its first day.

    Examples: "22-23 May", "22 and 23 May 2023", "the 22nd and 23rd of May", "30 December to 2 January 2024"
    """
    return _first_day(m, anchor, t)


_RANGE_END = re.compile(
    rf"(?:{_MONTH} )?(?:the )?{_DAYNUM}(?: (?:of )?{_MONTH})?{_AND_THROUGH}"
    rf"(?:the )?(?:(?P<end_month>{_MONTH}) )?"
    rf"(?P<end>[0-3]?\d)(?:st|nd|rd|th)?(?: (?:of )?(?P<after>{_MONTH}))?(?:,? {_YEAR})?",
    re.IGNORECASE,
)


def range_end(text: str, first: pendulum.Date) -> pendulum.Date | None:
    """The last day of a range of days whose first day is ``first``: "August 28-30" from August 28 is August
    30; "30 December to 2 January 2024" from 30 December is 2 January. None for a text that is no range."""
    m = _RANGE_END.search(text)
    if m is None:
        return None
    written = m.group("end_month") or m.group("after")
    month = MONTHS[written.lower().rstrip(".")] if written else first.month
    year = first.year + (month < first.month)
    end = _date(year, month, int(m.group("end")))
    return end if end is not None and first < end <= first.add(days=31) else None


def _first_day(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    if m.group("month") is None:  # within one month: the other branch's groups
        return _calendar_day(*_parts(m, "_"), anchor, t)
    month, day, year = _parts(m)
    if year is not None and month > MONTHS[m.group("end_month").lower().rstrip(".")]:
        year -= 1  # "30 December to 2 January 2024": the year written is the end's
    return _calendar_day(month, day, year, anchor, t)


@_rule(rf"(?:on )?the (?P<day>{_DAYNUM})(?: of (?P<month>this|last|next) month)?|on (?P<bare>{_ORDINAL_DAY})")
def _day_of_month(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """A day of the month alone: the last such day on or before the anchor, the next one in a future clause.

    Without tense, the anchor's month (or the nearest month that has that day); "of last month" names it.
    Examples: "the 17th", "on the 3rd (local time)", "the 31st", "the 5th of next month", "on 25th"
    """
    day = int(re.sub(r"\D", "", m.group("day") or m.group("bare")))
    if anchor is None or not 1 <= day <= 31:
        return None
    first = pendulum.date(anchor.year, anchor.month, 1)
    if m.group("month"):
        date = _day_in(first.add(months={"this": 0, "last": -1, "next": 1}[m.group("month").lower()]), day)
        return _day(date) if date else None
    # every day number up to 31 comes round within three months, either way
    before = [d for k in range(-2, 1) if (d := _day_in(first.add(months=k), day)) and d <= anchor]
    after = [d for k in range(3) if (d := _day_in(first.add(months=k), day)) and d >= anchor]
    if t < 0:
        return _day(before[-1])
    if t > 0:
        return _day(after[0])
    here = _day_in(first, day)
    return _day(here or min(before[-1], after[0], key=lambda d: abs((d - anchor).days)))


@_rule(
    r"(?:(?:early|late|mid|the end of|the beginning of|the start of)[- ]?)?(?:in )?"
    rf"(?:the year |fiscal |calendar )?({_YEAR})"
)
def _year(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    """A year written in digits.

    Examples: "in 2023", "the year 2024"
    """
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


@_rule(r"(?:(?:the )?(?:year|earlier in the year|the full year|the current year|the whole year|"
       r"(?:current )?fiscal year))")  # fmt: skip
def _the_year(_m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    """The year of the anchor.

    Examples: "the current fiscal year"
    """
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


@_rule(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"
       r"(?:[T ]((?:[01]?\d|2[0-3]):[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?")  # fmt: skip
def _iso(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    """A date written year first in digits, perhaps with a clock time.

    A year and month alone is not read: "2011-12" is as often the years 2011 to 2012.
    Examples: "2024-02-16", "2024/2/16", "2024.02.16", "2024-02-16T09:30:00Z"
    """
    return _at(_valid(int(m.group(1)), int(m.group(3)), int(m.group(4))), m.group(5))


@_rule(rf"(?P<weekday>{_WEEKDAY}|{_WEEKDAY_ABBR}\.?),? (\d{{1,2}})([/.])(\d{{1,2}})\3(\d{{4}})")
def _weekday_and_numeric_date(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    """A weekday with a date in digits, year last: the one reading of the digits that falls on that weekday.

    Examples: "Tuesday 26/12/2023", "Monday, 4.3.2024", "Wednesday 3/4/2024"
    """
    weekday = WEEKDAYS[m.group("weekday").lower().rstrip(".")]
    first, second, year = int(m.group(2)), int(m.group(4)), int(m.group(5))
    readings = {d for d in (_date(year, second, first), _date(year, first, second)) if d and d.weekday() == weekday}
    return _day(readings.pop()) if len(readings) == 1 else None


@_rule(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})")
def _numeric_date(m: re.Match[str], _a: pendulum.Date | None, _t: int) -> str | None:
    """A date in digits, year last: day first or month first, whichever the numbers allow, never a guess.

    Examples: "16/02/2024", "2/16/2024", "16.02.2024", "3/4/2024"
    """
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if first != second and first <= 12 and second <= 12:
        return None  # 3/4/2024: the 3rd of April in Europe, March 4 in the United States
    return _valid(year, second, first) if first > 12 else _valid(year, first, second)


@_rule(r"(?:the )?week of (.+)")
def _week_of(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """The week of a day: its ISO week.

    Examples: "the week of March 6"
    """
    value = _by_rules(m.group(1), anchor, t)
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    return _week(pendulum.date(*map(int, day.groups()))) if day else None


@_rule(rf"(?:at |from |by )?(?P<clock>{_CLOCK}){_ZONE},? (?:on )?(?P<date>.+)")
def _clock_then_day(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """A clock time before its day: that day at that time (the zone named is dropped, as TimeML values do).

    Examples: "at 5:40 p.m. on Tuesday", "9 a.m. Tuesday", "4 a.m. EDT Thursday",
    "at 17:40 on 16 February 2024"
    """
    return _at(_by_rules(m.group("date"), anchor, t), m.group("clock"))


@_rule(rf"(?P<date>.+?),? (?:at|from|by) (?P<clock>{_CLOCK}){_ZONE}")
def _day_then_clock(m: re.Match[str], anchor: pendulum.Date | None, t: int) -> str | None:
    """A day and then its clock time.

    Examples: "Tuesday at 5:40 p.m.", "16 February 2024, at 10 a.m. (local time)", "the 17th at noon"
    """
    return _at(_by_rules(m.group("date"), anchor, t), m.group("clock"))


@_rule(rf"(?:at |from |by )?(?P<clock>{_CLOCK}){_ZONE}")
def _clock_alone(m: re.Match[str], anchor: pendulum.Date | None, _t: int) -> str | None:
    """A clock time alone: that time on the anchor's day, as TimeML reads a time in a dated document.

    Examples: "at 5:40 p.m.", "at 8:20 a.m. (local time)"
    """
    return _at(_day(anchor), m.group("clock")) if anchor else None


def _at(value: str | None, clock: str | None) -> str | None:
    """A day's value with a clock time added (``2024-02-27T17:40``); any other value as it is."""
    day = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:T[A-Z]{2})?", value or "")
    if not day or not clock:
        return value
    clock = clock.lower()
    if clock in {"noon", "midnight"}:
        hour, minute = (12 if clock == "noon" else 0), 0
    else:
        numbers = [int(n) for n in re.findall(r"\d+", clock)]
        hour, minute = numbers[0], numbers[1] if len(numbers) > 1 else 0
        if "p" in clock and hour != 12:
            hour += 12
        elif "a" in clock and hour == 12:  # 12 a.m. is midnight
            hour = 0
    return f"{day.group(1)}T{hour:02d}:{minute:02d}"


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
                     r"the beginning of|the start of|the middle of|earlier|later|around|about|approximately|"
                     r"roughly)\s+", re.IGNORECASE)  # fmt: skip


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


OUT_OF_RANGE = "out of the calendar's range (years 1 to 9999)"


@attrs.frozen
class Resolution:
    """A date expression's TimeML value, or None with the reason when one is known."""

    value: str | None
    reason: str | None = None


def resolve(text: str, anchor: pendulum.Date | None, sentence: str = "") -> str | None:
    """The TimeML value of a date expression, or ``None`` when it cannot be resolved.

    Args:
        text: the expression, as found ("last June", "Oct. 31", "Thursday").
        anchor: the date it is relative to (usually the publication date).
        sentence: the sentence around it; its tense picks past or future.

    """
    return resolution(text, anchor, sentence).value


@functools.lru_cache(maxsize=1 << 12)  # the stages resolve a sentence's expression again for each reading
def resolution(text: str, anchor: pendulum.Date | None, sentence: str = "") -> Resolution:
    """``resolve``, with the reason for a null value counted past year 9999 or before year 1."""
    try:
        value = _resolve(text, anchor, sentence)
    except OverflowError:
        return Resolution(None, OUT_OF_RANGE)  # counting took the date past year 1 or 9999
    except ValueError as exc:  # a day the calendar lacks (30 February), or a year past its ends
        return Resolution(None, OUT_OF_RANGE if "year" in str(exc) else f"no such calendar date ({exc})")
    if value is not None and not _in_calendar(value):
        return Resolution(None, OUT_OF_RANGE)
    return Resolution(value)


def _in_calendar(value: str) -> bool:
    """Whether a value's year (or decade, or century: fewer digits) lies within years 1 to 9999."""
    digits = re.match(r"\d+", value)
    if digits is None:
        return True  # PRESENT_REF and the like
    return len(digits.group()) <= 4 and digits.group() != "0000"  # noqa: PLR2004 - a year's four digits


def _resolve(text: str, anchor: pendulum.Date | None, sentence: str) -> str | None:
    cleaned = re.sub(rf"{_LOCAL}|,? local time$", "", " ".join(text.split()), flags=re.IGNORECASE)
    cleaned = cleaned.replace("’", "'").strip(" ,.;:()\"'")
    cleaned = re.sub(
        r"^(?:the|a)\s+(?=(?:last|past|previous|next|coming)\s)", "", cleaned, flags=re.IGNORECASE
    )
    t = tense(sentence, text) if sentence else 0
    special = _quarter_comparison(cleaned, anchor, sentence) or _spelled_year(cleaned)
    if special:
        return special
    return _by_rules(cleaned, anchor, t)


def _by_rules(text: str, anchor: pendulum.Date | None, t: int) -> str | None:
    """The value of the first rule that matches the whole text.

    The text is tried whole, then without each leading preposition or hedge ("on", "in early", "around").
    """
    candidates = [text]
    while (shorter := _PREFIX.sub("", candidates[-1])) != candidates[-1]:
        candidates.append(shorter)
    for candidate in candidates:
        for pattern, handler in _RULES:
            match = pattern.fullmatch(candidate)
            if match:
                return handler(match, anchor, t)  # may overflow: ``resolution`` says so
    return None


# -- the finder ---------------------------------------------------------------

# what follows "the 17th" when it is a date, unlike "the 17th summit" or "the 12th U.S.-X Dialogue"
_DAY_FOLLOWS = (
    r"(?:\s*(?:[,.;:!?)\]\"'’”(–—]|-(?![A-Za-z])|$)"  # not "the 15th-tenure Assembly"
    r"|\s+(?:and|or|but|to|through|till|until|in|at|on|with|along|after|before|during|for|from|by|when|while|"
    r"as|where|local|he|she|they|it|we|i|you|the|a|an|this|that|his|her|their|its|our|both|respectively)\b)"
)
_FORMS = [
    # At one place in the text the first form that matches wins: longer forms come first.
    rf"\b{_MONTH} {_DAYNUM}{_THROUGH}{_MONTH} {_DAYNUM}\b(?:,? {_YEAR}\b)?",
    rf"\b{_MONTH} {_DAYNUM}{_AND_THROUGH}{_DAYNUM}\b(?:,? {_YEAR}\b)?",
    rf"\b(?:the )?{_DAYNUM} (?:of )?{_MONTH}{_THROUGH}(?:the )?{_DAYNUM} (?:of )?{_MONTH}(?:,? {_YEAR})?\b",
    rf"\b(?:the )?{_DAYNUM}{_AND_THROUGH}(?:the )?{_DAYNUM} (?:of )?{_MONTH}(?:,? {_YEAR})?\b",
    (
        rf"\b(?:{_WEEKDAY}|{_WEEKDAY_SHORT})(?: {_PART})?(?:,?(?: the)? | \()"
        rf"{_SHORT_DATE}(?:,? {_YEAR})?\b\)?(?:{_LOCAL})?"
    ),
    rf"\b(?:{_WEEKDAY}|{_WEEKDAY_SHORT}),? the {_ORDINAL_DAY}\b(?:{_LOCAL})?",
    rf"\b(?:{_WEEKDAY}|{_WEEKDAY_SHORT}),? \d{{1,2}}(?:/\d{{1,2}}/|\.\d{{1,2}}\.)\d{{4}}\b",
    (
        r"\b\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})"
        r"(?:T\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d\d:?\d\d)?)?(?![-/.]?\d)"
    ),
    r"\b\d{1,2}(?:/\d{1,2}/|\.\d{1,2}\.)\d{4}\b",
    rf"\b(?:(?:last|this past) )?{_MONTH} {_DAYNUM}(?:,? {_YEAR})?\b(?:{_LOCAL})?",
    rf"\b(?:the )?{_DAYNUM} (?:of )?{_MONTH}(?:,? {_YEAR})?\b(?:{_LOCAL})?",
    rf"\b(?:(?:early|late|mid)[- ])?{_MONTH}(?: of)? (?:last|next|this) year\b",
    rf"\b(?:(?:early|late|mid)[- ])?(?:(?:last|next|this) )?{_MONTH}(?:,? {_YEAR})?(?=[\s,.;:)!?\"”]|$)",
    (
        rf"\b(?:the )?(?:(?:last|next|this|this coming|coming|past|previous) )?{_WEEKDAY}(?:'s)?"
        rf"(?: (?:morning|afternoon|evening|night))?(?: (?:of )?(?:last|next|this) week)?\b(?:{_LOCAL})?"
    ),
    rf"\b(?:yesterday|today|tomorrow)(?: (?:morning|afternoon|evening|night))? \((?:\d{{1,2}}|{_WEEKDAY})\)",
    r"\b(?:the day before )?(?:yesterday|tomorrow)(?: (?:morning|afternoon|evening|night))?\b",
    r"(?<!the )\blast (?:night|evening)\b(?! of)",
    r"\b(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))\b",
    r"\b(?:earlier|later) in the day\b",
    r"\b(?:the )?(?:this|last|next|past|previous|coming|earlier this|later this) (?:week|month|year|weekend)\b",
    rf"\b{_NUM} (?:days?|weeks?) (?:before|after) (?:the )?(?:{_WEEKDAY}|{_SHORT_DATE}(?:,? {_YEAR})?)\b",
    # "four days before the Tuesday meeting": counted from the day named
    rf"\b(?:(?:about|around|some|nearly|almost|more than|less than|over|just over|just under|roughly) )?{_NUM} {_UNIT} (?:ago|earlier|later|before\b"  # noqa: E501
    r"(?!\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we)\b))\b",  # not "a week before the
    # summit", counted from another event
    rf"\b(?:on )?the {_ORDINAL_DAY}(?: of (?:this|last|next) month)?(?:{_LOCAL}|(?={_DAY_FOLLOWS}))",
    rf"\bon {_ORDINAL_DAY}(?= (?:morning|afternoon|evening|night)\b|{_DAY_FOLLOWS})",
    # a year, but not a clock time on the 24-hour clock ("at 1700 GMT"), nor a number a document or a plan is
    # called by ("Resolution 1701", "Agenda 2063")
    (
        r"(?<![Rr]esolution )(?<![Rr]esolutions )(?<!No\. )(?<![Aa]rticle )(?<![Dd]ecree )(?<!Agenda )"
        rf"\b(?:(?:early|late|mid)[- ])?{_YEAR}\b(?!-\d)"
        r"(?! ?(?:GMT|UTC|[ECMP][SD]T|JST|KST|BST|CET|MSK|hrs|hours|h)\b)"
    ),
    rf"\b(?:the )?(?:first|second|third|fourth)[- ]quarter(?: of {_YEAR})?\b",
]
_FIRST_WORDS = [
    *MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "the", "on", "early", "late", "mid", "last", "next", "this", "coming", "past", "previous", "earlier", "later",
    "yesterday", "tomorrow", "today", "tonight", "about", "around", "some", "nearly", "almost", "more", "less",
    "over", "just", "roughly", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "several", "first", "second", "third", "fourth",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]  # fmt: skip
# Every form above opens with a digit or one of these words: checking that
# first keeps the engine from trying all the forms at every word.
_FIND = re.compile(rf"\b(?=\d|(?-i:{any_phrase(_FIRST_WORDS)})\b)(?:{'|'.join(_FORMS)})", re.IGNORECASE)


_MONTH_WORD = re.compile(rf"\b{_MONTH}(?![a-z])", re.IGNORECASE)


def find(sentence: str) -> Iterator[Found]:
    """Every date expression in a sentence that names a calendar time, left to right."""
    yield from _found(sentence)


@functools.lru_cache(maxsize=1 << 12)  # the stages ask a sentence's dates again and again ("on Friday", ...)
def _found(sentence: str) -> tuple[Found, ...]:
    """``find``'s expressions, read once a sentence: the search tries every form at every word."""
    return tuple(_finding(sentence))


def _finding(sentence: str) -> Iterator[Found]:
    for match in _FIND.finditer(sentence):
        text = match.group(0)
        if any(word[0].islower() for word in _MONTH_WORD.findall(text)):
            continue  # "at least 20 may have died": news writes the month with a capital
        if re.fullmatch(rf"(?:{_MONTH})", text, re.IGNORECASE):
            word = text.rstrip(".").lower()
            # "May" and "march" are also words: only a capitalised month, not after a modal.
            if not text[0].isupper() or (word in {"may", "march"} and _modal_before(sentence, match.start())):
                continue
            if _surname_position(sentence, match.start(), match.end()):
                continue  # "Theresa May met ...": a name, not the month
        if re.fullmatch(_WEEKDAY, text, re.IGNORECASE) and not text[0].isupper():
            continue
        start = match.start()
        if text.isdigit() and start >= 2 and sentence[start - 1] in "-–" and sentence[start - 2].isalpha():
            continue  # "the Tokyo-2020 Olympic Games", "Expo-2025": a year in an event's name
        yield Found(match.start(), match.end(), text)


_LEADS_A_DATE = frozenset(
    (
        "In",
        "On",
        "Since",
        "By",
        "Until",
        "Till",
        "Last",
        "Next",
        "Early",
        "Late",
        "Mid",
        "Through",
        "From",
        "During",
        "Before",
        "After",
        "Of",
        "Each",
        "Every",
        "This",
        "That",
        "Since",
        "Until",
    )
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
    if re.search(r"\b(?:in|of|since|until|till|by|during|early|late|mid|last|next|this|before|after)$", before):
        return False  # "met him in March to discuss ...": the month, after a word that leads a date
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
