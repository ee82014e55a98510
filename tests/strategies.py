"""Hypothesis strategies for the domain: dates, events, logs, and the text of dates and meetings."""

from __future__ import annotations

import functools
import random

import attrs
import pendulum
from hypothesis import strategies as st

from timeline import gazetteer
from timeline.model import (
    ArticleIngested,
    Event,
    Evidence,
    MeetingReported,
    OfficeObserved,
    Participant,
)
from timeline.textdate import TextDate
from timeline.vocabulary import MEETING_KINDS, ROLES, STATUSES

hex_ids = st.text(alphabet="0123456789abcdef", min_size=16, max_size=32)
countries = st.sampled_from(["US", "KR", "JP", "CN", "GB", "CA", "IN", "AU", "FR", "UA"])
texts = st.text(max_size=60)
names = st.text(
    alphabet=st.characters(categories=["Lu", "Ll"], include_characters=" -é"), min_size=1, max_size=30
)
days = st.dates(min_value=pendulum.date(1900, 1, 1), max_value=pendulum.date(2100, 12, 31)).map(
    lambda d: pendulum.date(d.year, d.month, d.day)
)


@st.composite
def text_dates(draw: st.DrawFn) -> TextDate:
    """A date at any precision, sometimes approximate, sometimes unknown."""
    precision = draw(st.sampled_from(["day", "month", "year", "unknown"]))
    if precision == "unknown":
        return TextDate.unknown()
    day = draw(days)
    approx = draw(st.booleans())
    if precision == "day":
        return TextDate.from_date(day, approx=approx)
    if precision == "month":
        return TextDate(year=day.year, month=day.month, approx=approx)
    return TextDate(year=day.year, approx=approx)


@st.composite
def evidence(draw: st.DrawFn, article: str) -> Evidence:
    start = draw(st.integers(0, 5000))
    return Evidence(article=article, start=start, end=start + draw(st.integers(0, 300)), sentence=draw(texts))


@st.composite
def participants(draw: st.DrawFn) -> Participant:
    return Participant(
        name=draw(names),
        country=draw(st.none() | countries),
        role=draw(st.sampled_from(ROLES)),
        title=draw(st.none() | texts),
        status=draw(st.sampled_from(STATUSES)),
    )


@st.composite
def articles(draw: st.DrawFn) -> ArticleIngested:
    return ArticleIngested(
        article=draw(hex_ids),
        text=draw(st.text(min_size=1, max_size=400)),
        title=draw(st.none() | texts),
        source=draw(st.none() | texts),
        url=draw(st.none() | texts),
        published=draw(st.none() | days),
        dateline=draw(st.none() | texts),
        language=draw(st.none() | st.sampled_from(["en", "fr"])),
        filename=draw(st.none() | texts),
        header=draw(st.dictionaries(st.text(min_size=1, max_size=10), texts, max_size=3)),
    )


@st.composite
def meetings(draw: st.DrawFn) -> MeetingReported:
    article = draw(hex_ids)
    return MeetingReported(
        article=article,
        extractor=draw(st.sampled_from(["rules-1", "rules-2"])),
        date=draw(text_dates()),
        date_from=draw(st.sampled_from(["text", "story", "none"])),
        meeting_kind=draw(st.sampled_from(MEETING_KINDS)),
        place=draw(st.none() | texts),
        venue=draw(st.none() | texts),
        participants=tuple(draw(st.lists(participants(), max_size=4))),
        countries=tuple(draw(st.lists(countries, max_size=4, unique=True))),
        topics=tuple(draw(st.lists(texts, max_size=3))),
        evidence=draw(evidence(article)),
    )


@st.composite
def observations(draw: st.DrawFn) -> OfficeObserved:
    article = draw(hex_ids)
    return OfficeObserved(
        article=article,
        extractor="rules-1",
        name=draw(names),
        country=draw(st.none() | countries),
        role=draw(st.sampled_from(ROLES)),
        title=draw(st.none() | texts),
        status=draw(st.sampled_from(STATUSES)),
        date=draw(text_dates()),
        evidence=draw(evidence(article)),
    )


events: st.SearchStrategy[Event] = st.one_of(articles(), meetings(), observations())
batches = st.lists(st.lists(events, min_size=1, max_size=4), min_size=1, max_size=5)


# -- the date grammar: expressions whose parts give their TimeML value ------------------------------------------


@attrs.frozen
class DatePhrase:
    """A date expression drawn from the grammar timex handles, in a sentence, with the value its parts give."""

    text: str
    sentence: str
    anchor: pendulum.Date | None
    value: str | None


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PAST_FRAMES = ("The ministers met {}.", "{} the two leaders held talks.", "They spoke by telephone {}.")
FUTURE_FRAMES = ("The ministers will meet {}.", "The talks are scheduled {}.")
NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
}

grammar_days = st.dates(min_value=pendulum.date(1600, 1, 1), max_value=pendulum.date(2099, 12, 31)).map(
    lambda d: pendulum.date(d.year, d.month, d.day)
)
anchors = st.dates(min_value=pendulum.date(1900, 1, 1), max_value=pendulum.date(2099, 12, 31)).map(
    lambda d: pendulum.date(d.year, d.month, d.day)
)
# no anchor, the calendar's first and last days (where counting overflows), or any day
any_anchors = st.one_of(
    st.none(),
    st.sampled_from([pendulum.date(1, 1, 1), pendulum.date(9999, 12, 31)]),
    st.dates().map(lambda d: pendulum.date(d.year, d.month, d.day)),
)


def _month_forms(month: int) -> st.SearchStrategy[str]:
    """ "September", "Sep", "Sep.", "Sept", "Sept." (May has only its name)."""
    name = MONTH_NAMES[month - 1]
    short = [name[:3], name[:3] + "."] if len(name) > 3 else []
    if month == 9:
        short += ["Sept", "Sept."]
    return st.sampled_from([name, *short])


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _day_forms(day: int) -> st.SearchStrategy[str]:
    return st.sampled_from([str(day), _ordinal(day)])


def _weekday_forms(weekday: int) -> st.SearchStrategy[str]:
    """ "Tuesday", "Tue.", "Tues." and the like."""
    name = WEEKDAY_NAMES[weekday]
    return st.sampled_from([name, name[:3] + ".", *([name[:4] + "."] if weekday in {1, 3} else [])])


@st.composite
def _day_and_month(draw: st.DrawFn, day: pendulum.Date, *, year: bool) -> str:
    """A day and month in any order and spelling: "16 February", "Feb. 16th", "the 16th of Feb", with the year."""
    month = draw(_month_forms(day.month))
    order = draw(st.sampled_from(["month first", "day first", "the nth of"]))
    if order == "month first":
        text = f"{month} {draw(_day_forms(day.day))}" + (
            draw(st.sampled_from([", ", " "])) + str(day.year) if year else ""
        )
    elif order == "day first":
        text = f"{draw(_day_forms(day.day))} {month}" + (
            draw(st.sampled_from([" ", ", "])) + str(day.year) if year else ""
        )
    else:
        text = f"the {_ordinal(day.day)} of {month}" + (f" {day.year}" if year else "")
    if draw(st.booleans()):  # with its weekday: "Tuesday, March 5", "Tues. 5 March 2024", "Tuesday (March 5)"
        between = draw(st.sampled_from([", ", " ", *([" ("] if order != "the nth of" else [])]))
        text = f"{draw(_weekday_forms(day.weekday()))}{between}{text}" + (")" if between == " (" else "")
    return text


@st.composite
def _clock(draw: st.DrawFn) -> tuple[str, str]:
    """A clock time as news writes it, and its TimeML form: ("5:40 p.m.", "17:40")."""
    hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from([0, 5, 15, 30, 40, 45]))
    twelve = hour % 12 or 12
    half = "a.m." if hour < 12 else "p.m."
    text = draw(
        st.sampled_from(
            [f"{twelve}:{minute:02d} {half}", f"{hour}:{minute:02d}"]
            + ([f"{twelve} {half}", f"{twelve}{half.replace('.', '')}"] if minute == 0 else [])
        )
    )
    return text, f"{hour:02d}:{minute:02d}"


def _framed(draw: st.DrawFn, text: str, frames: tuple[str, ...]) -> str:
    sentence = draw(st.sampled_from(frames)).format(text)
    return sentence[0].upper() + sentence[1:]


def _swapped(day: pendulum.Date) -> pendulum.Date | None:
    """The other day the same digits name, month and day swapped ("3/4/2024"), if there is one."""
    if day.day > 12 or day.day == day.month:  # noqa: PLR2004 - months
        return None
    return pendulum.date(day.year, day.day, day.month)


@st.composite
def written_dates(draw: st.DrawFn) -> DatePhrase:
    """A day with its year written, in any spelling, order or wrapping; any anchor, any tense.

    "16 February 2024", "on Feb. 16th, 2024", "Tues., 5 March 2024 (local time)",
    "at 5:40 p.m. on 16 February 2024", "2024-02-16", "16/02/2024", "Tuesday 26/12/2023".
    """
    day = draw(grammar_days)
    value = day.isoformat()
    kind = draw(st.sampled_from(["words", "words", "words", "iso", "numeric"]))
    if kind == "iso":
        separator = draw(st.sampled_from("-/."))
        text = separator.join([str(day.year), f"{day.month:02d}", f"{day.day:02d}"])
    elif kind == "numeric":  # day first or month first: read only when the numbers allow one reading
        month_first = draw(st.booleans())
        parts = [day.month, day.day] if month_first else [day.day, day.month]
        text = draw(st.sampled_from("/.")).join([*map(str, parts), str(day.year)])
        other = _swapped(day)
        if draw(st.booleans()):  # "Tuesday 26/12/2023": the weekday tells which reading is meant
            name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][day.weekday()]
            text = f"{name}{draw(st.sampled_from([' ', ', ']))}{text}"
            if other is not None and other.weekday() == day.weekday():
                value = None
        elif other is not None:
            value = None
    else:
        text = draw(_day_and_month(day, year=True))
        if draw(st.booleans()):
            text += " (local time)"
        if draw(st.booleans()):
            clock, hhmm = draw(_clock())
            text = draw(st.sampled_from([f"at {clock} on {text}", f"{text}, at {clock}"]))
            value = f"{value}T{hhmm}"
    if draw(st.booleans()) and not text.startswith("at "):
        text = "on " + text
    frames = draw(st.sampled_from([PAST_FRAMES, FUTURE_FRAMES]))
    return DatePhrase(text=text, sentence=_framed(draw, text, frames), anchor=draw(any_anchors), value=value)


@st.composite
def written_ranges(draw: st.DrawFn) -> DatePhrase:
    """Days of a range with the year of its end written; its value is the first day.

    "May 22-23, 2024", "22 and 23 May 2024", "30 December to 2 January 2025".
    """
    first = draw(grammar_days.filter(lambda d: d.year < 2099))
    last = first.add(days=draw(st.integers(1, 6)))
    joint = draw(
        st.sampled_from(["-", "–", " to ", " through "] + ([" and "] if first.month == last.month else []))
    )
    start_month, end_month = draw(_month_forms(first.month)), draw(_month_forms(last.month))
    same = first.month == last.month
    if draw(st.booleans()):  # month first
        end = f"{last.day}" if same else f"{end_month} {last.day}"
        text = f"{start_month} {first.day}{joint}{end}, {last.year}"
    else:
        start = f"{first.day}" if same else f"{first.day} {start_month}"
        text = f"{start}{joint}{last.day} {end_month} {last.year}"
    frames = draw(st.sampled_from([PAST_FRAMES, FUTURE_FRAMES]))
    return DatePhrase(
        text=text, sentence=_framed(draw, text, frames), anchor=draw(any_anchors), value=first.isoformat()
    )


@st.composite
def year_phrases(draw: st.DrawFn) -> DatePhrase:
    """A year, or a month of a year: "in 2023", "the year 2023", "June 2023", "in Sept. 2023"."""
    day = draw(grammar_days)
    if draw(st.booleans()):
        text, value = (
            draw(st.sampled_from([f"in {day.year}", str(day.year), f"the year {day.year}"])),
            str(day.year),
        )
    else:
        text = f"{draw(_month_forms(day.month))} {day.year}"
        text, value = draw(st.sampled_from([text, f"in {text}"])), f"{day.year}-{day.month:02d}"
    frames = draw(st.sampled_from([PAST_FRAMES, FUTURE_FRAMES]))
    return DatePhrase(text=text, sentence=_framed(draw, text, frames), anchor=draw(any_anchors), value=value)


@st.composite
def near_dates(draw: st.DrawFn) -> DatePhrase:
    """A day and month without a year, near the anchor, whose day the sentence makes plain.

    A past sentence of the last two weeks, a future one of the next two months, or with its weekday anywhere
    within five months (the weekday names the year).
    """
    anchor = draw(anchors)
    how = draw(st.sampled_from(["past", "future", "weekday"]))
    if how == "past":
        day, frames = anchor.subtract(days=draw(st.integers(0, 14))), PAST_FRAMES
    elif how == "future":
        day, frames = anchor.add(days=draw(st.integers(1, 60))), FUTURE_FRAMES
    else:
        day = anchor.add(days=draw(st.integers(-150, 150)))
        frames = draw(st.sampled_from([PAST_FRAMES, FUTURE_FRAMES]))
    text = draw(_day_and_month(day, year=False))
    if how == "weekday" and not any(text.startswith(name[:3]) for name in WEEKDAY_NAMES):
        text = f"{WEEKDAY_NAMES[day.weekday()]}, {text}"
    if draw(st.booleans()):
        text += " (local time)"
    if draw(st.booleans()):
        text = "on " + text
    return DatePhrase(text=text, sentence=_framed(draw, text, frames), anchor=anchor, value=day.isoformat())


@st.composite
def weekday_phrases(draw: st.DrawFn) -> DatePhrase:
    """A weekday alone, within a week of the anchor.

    "on Tuesday" is the last one on or before the anchor in a past sentence and the next one on or after it in
    a future one; "last Tuesday" is one to seven days before, "next Tuesday" one to seven after.
    """
    anchor = draw(anchors)
    weekday = draw(st.integers(0, 6))
    how = draw(st.sampled_from(["past", "future", "last", "next"]))
    name = WEEKDAY_NAMES[weekday]
    if how in {"past", "future"}:
        text = draw(st.sampled_from([name, f"on {name}"]))
        window = range(7)
    else:
        text, window = f"{how} {name}", range(1, 8)
    sign = -1 if how in {"past", "last"} else 1
    day = next(d for i in window if (d := anchor.add(days=sign * i)).weekday() == weekday)
    if draw(st.booleans()):
        text += " (local time)"
    frames = PAST_FRAMES if sign < 0 else FUTURE_FRAMES
    return DatePhrase(text=text, sentence=_framed(draw, text, frames), anchor=anchor, value=day.isoformat())


@st.composite
def day_of_month_phrases(draw: st.DrawFn) -> DatePhrase:
    """A day of the month alone, "on the 17th (local time)".

    The last 17th on or before the anchor in a past sentence, the first on or after it in a future one.
    """
    anchor = draw(anchors)
    number = draw(st.integers(1, 31))
    past = draw(st.booleans())
    text = draw(st.sampled_from([f"the {_ordinal(number)}", f"on the {_ordinal(number)}"]))
    if draw(st.booleans()):
        text += " (local time)"
    step = -1 if past else 1
    day = next(d for i in range(100) if (d := anchor.add(days=step * i)).day == number)
    frames = PAST_FRAMES if past else FUTURE_FRAMES
    return DatePhrase(text=text, sentence=_framed(draw, text, frames), anchor=anchor, value=day.isoformat())


def _week(day: pendulum.Date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@st.composite
def relative_phrases(draw: st.DrawFn) -> DatePhrase:
    """A day, week, month or year counted from the anchor.

    "yesterday", "last night", "three days ago", "last week", "earlier this month", "last month", "two years ago".
    """
    anchor = draw(anchors)
    number = draw(st.integers(2, 10))
    spelled = draw(st.sampled_from([str(number), NUMBER_WORDS[number]]))
    last_month = anchor.subtract(months=1)
    text, value = draw(
        st.sampled_from(
            [
                ("yesterday", anchor.subtract(days=1).isoformat()),
                ("last night", anchor.subtract(days=1).isoformat() + "TNI"),
                ("today", anchor.isoformat()),
                (f"{spelled} days ago", anchor.subtract(days=number).isoformat()),
                (f"{spelled} weeks ago", _week(anchor.subtract(weeks=number))),
                ("last week", _week(anchor.subtract(weeks=1))),
                ("earlier this week", _week(anchor)),
                ("earlier this month", f"{anchor.year}-{anchor.month:02d}"),
                ("last month", f"{last_month.year}-{last_month.month:02d}"),
                (f"{spelled} years ago", str(anchor.year - number)),
                ("last year", str(anchor.year - 1)),
                ("earlier this year", str(anchor.year)),
            ]
        )
    )
    return DatePhrase(text=text, sentence=_framed(draw, text, PAST_FRAMES), anchor=anchor, value=value)


@st.composite
def clock_phrases(draw: st.DrawFn) -> DatePhrase:
    """A clock time alone, "at 5:40 p.m.": that time on the anchor's day."""
    anchor = draw(anchors)
    clock, hhmm = draw(_clock())
    text = f"at {clock}"
    return DatePhrase(
        text=text,
        sentence=_framed(draw, text, PAST_FRAMES),
        anchor=anchor,
        value=f"{anchor.isoformat()}T{hhmm}",
    )


findable_dates = st.one_of(
    written_dates(), written_ranges(), year_phrases(), near_dates(), weekday_phrases(), day_of_month_phrases(),
    relative_phrases(),
)  # fmt: skip
date_phrases = findable_dates | clock_phrases()


# -- officials, countries and meetings, as news writes them --------------------------------------------------

TITLES = ("Foreign Minister", "Secretary of State", "Minister for Foreign Affairs", "Prime Minister", "President",
          "Defence Minister", "National Security Adviser", "King", "Crown Prince")  # fmt: skip
MEETING_VERBS = ("met", "met with", "held talks with", "had a telephone call with", "received")
_ONSETS = ("", "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "tr")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
_CODAS = ("", "", "n", "r", "l", "s", "m")

syllables = st.builds(
    "".join, st.tuples(st.sampled_from(_ONSETS), st.sampled_from(_VOWELS), st.sampled_from(_CODAS))
)
made_up_names = st.lists(syllables, min_size=2, max_size=4).map(lambda parts: "".join(parts).capitalize())


def made_up_word(seed: int) -> str:
    """A made-up word of two or three syllables, from one number (a batch of many names draws few bytes)."""
    rng = random.Random(seed)
    count = rng.choice((2, 3))
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(count)).capitalize()


@attrs.frozen
class Official:
    """A made-up person: given and family name, an office title and a country (ISO code, name, demonym)."""

    given: str
    family: str
    title: str
    code: str
    country: str
    demonym: str


@functools.cache
def countries_with_demonyms() -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (c.code, c.name, c.demonyms[0]) for c in sorted(gazetteer.countries().values(), key=lambda c: c.code)
        if c.demonyms and c.name
    )  # fmt: skip


officials = st.builds(
    lambda given, family, title, country: Official(
        given=given, family=family, title=title, code=country[0], country=country[1], demonym=country[2]
    ),
    made_up_names,
    made_up_names,
    st.sampled_from(TITLES),
    st.deferred(lambda: st.sampled_from(countries_with_demonyms())),
)


@st.composite
def official_mentions(draw: st.DrawFn, official: Official) -> str:
    """An official as news names one.

    "Japanese Foreign Minister Ana Sato", "Japan's foreign minister Ana Sato", "Ana Sato, Foreign Minister of
    Japan", "H.E. Mr. ANA SATO".
    """
    name = f"{official.given} {official.family}"
    return draw(
        st.sampled_from(
            [
                f"{official.demonym} {official.title} {name}",
                f"{official.country}'s {official.title.lower()} {name}",
                f"{name}, {official.title} of {official.country}",
                f"H.E. Mr. {official.given.upper()} {official.family.upper()}",
                f"H.E. Mr. {official.given} {official.family.upper()}, {official.title} of {official.country}",
            ]
        )
    )


@st.composite
def meeting_sentences(draw: st.DrawFn, dates: st.SearchStrategy[str | None] | None = None) -> str:
    """A sentence of two officials meeting, with a date from the date grammar (or ``dates``) or none.

    "Japanese Foreign Minister Ana Sato held talks with Bo Reni, President of Chile on 16 February 2024."
    """
    first, second = draw(officials), draw(officials)
    when = draw(dates if dates is not None else st.none() | findable_dates.map(lambda p: p.text))
    place = draw(
        st.none() | st.deferred(lambda: st.sampled_from(countries_with_demonyms())).map(lambda c: c[1])
    )
    parts = [
        draw(official_mentions(first)),
        draw(st.sampled_from(MEETING_VERBS)),
        draw(official_mentions(second)),
    ]
    if when:
        parts.insert(draw(st.sampled_from([1, 3])), when)
    if place:
        parts.append(f"in {place}")
    sentence = " ".join(parts) + "."
    return sentence[0].upper() + sentence[1:]


meeting_articles = st.lists(meeting_sentences(), min_size=1, max_size=3).map(" ".join)
dated_meeting_articles = st.lists(
    meeting_sentences(date_phrases.map(lambda p: p.text)), min_size=1, max_size=3
).map(" ".join)
