"""Date expressions: found in sentences and resolved against an anchor, TimeML style."""

from __future__ import annotations

import re

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import timex
from timeline.textdate import TextDate

from . import strategies
from .strategies import DatePhrase

THU = pendulum.date(2024, 11, 14)  # a Thursday
FRI = pendulum.date(2024, 3, 1)  # a Friday


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
        ("last night", "He posted on Facebook last night after the calls.", "2024-11-13TNI"),
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
        ("Later in the day", "Later in the day, the President will receive him.", "2024-11-14"),
        ("Earlier in the day", "Earlier in the day, Iwaya was received by Premier Li Qiang.", None),
    ],
)
def test_resolves_against_the_publication_date(text: str, sentence: str, value: str | None) -> None:
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
        ("President Samia Suluhu makes her first State visit to Kigali.", 1),  # news' present for a plan
        ("President Samia Suluhu to make a two-day visit to Kigali.", 1),  # a headline's infinitive
    ],
)
def test_tense_of_a_sentence(sentence: str, expected: int) -> None:
    """Future words win over past ones; a word of three letters or more ending in -ed is past."""
    assert timex.tense(sentence) == expected


# -- every example a rule's docstring gives, resolved ------------------------------------------------------------

PAST, FUTURE = "They met {}.", "They will meet {}."
RULE_EXAMPLES = [
    # (text, anchor, sentence frame, value)
    ("on Tuesday", FRI, PAST, "2024-02-27"),
    ("yesterday (28)", FRI, PAST, "2024-02-28"),  # told a day after it was written: the number
    ("today (1)", FRI, PAST, "2024-03-01"),
    ("tomorrow (3)", FRI, FUTURE, "2024-03-03"),
    ("yesterday (23)", FRI, PAST, "2024-02-29"),  # the number apart from the words: the words
    ("today (Thursday)", FRI, PAST, "2024-02-29"),  # a post of the day before, its weekday in brackets
    ("today (Friday)", FRI, FUTURE, "2024-03-01"),
    ("tomorrow (Saturday)", FRI, FUTURE, "2024-03-02"),
    ("last night", FRI, PAST, "2024-02-29TNI"),
    ("last evening", FRI, PAST, "2024-02-29TEV"),
    ("last Friday", FRI, PAST, "2024-02-23"),
    ("Tues.", FRI, FUTURE, "2024-03-05"),
    ("Wednesday last week", FRI, PAST, "2024-02-21"),
    ("Monday of next week", FRI, FUTURE, "2024-03-04"),
    ("earlier this month", FRI, PAST, "2024-03"),
    ("last week", FRI, PAST, "2024-W08"),
    ("this fiscal year", FRI, "The budget was cut {}.", "2024"),
    ("Nov. 7", FRI, PAST, "2023-11-07"),
    ("Sept 7", FRI, FUTURE, "2024-09-07"),
    ("Feb 16, 2024", FRI, PAST, "2024-02-16"),
    ("March 3rd", FRI, FUTURE, "2024-03-03"),
    ("16 February 2024", FRI, PAST, "2024-02-16"),
    ("on 7 September", FRI, PAST, "2023-09-07"),
    ("7th September", FRI, FUTURE, "2024-09-07"),
    ("the 7th of September", FRI, PAST, "2023-09-07"),
    ("16 Feb. 2024", FRI, PAST, "2024-02-16"),
    ("Tuesday, March 5", FRI, FUTURE, "2024-03-05"),
    ("Monday 26 February", FRI, PAST, "2024-02-26"),
    ("Friday, Oct. 13", FRI, PAST, "2023-10-13"),
    ("Tues., 5 March 2024", FRI, FUTURE, "2024-03-05"),
    ("Wednesday (March 6th)", FRI, FUTURE, "2024-03-06"),
    ("Wednesday, March 8", FRI, PAST, "2024-03-08"),
    ("Friday morning, 13 October", FRI, PAST, "2023-10-13"),
    ("Thursday the 17th", FRI, PAST, "2023-08-17"),
    ("on Tuesday, the 5th", FRI, FUTURE, "2024-03-05"),
    ("May 22 and 23", FRI, FUTURE, "2024-05-22"),
    ("May 22-23", FRI, PAST, "2023-05-22"),
    ("November 7-8, 2022", FRI, PAST, "2022-11-07"),
    ("March 24 to 25", FRI, FUTURE, "2024-03-24"),
    ("Dec. 30-Jan. 2, 2024", FRI, PAST, "2023-12-30"),
    ("22-23 May", FRI, PAST, "2023-05-22"),
    ("22 and 23 May 2023", FRI, PAST, "2023-05-22"),
    ("the 22nd and 23rd of May", FRI, FUTURE, "2024-05-22"),
    ("30 December to 2 January 2024", FRI, PAST, "2023-12-30"),
    ("the 17th", FRI, PAST, "2024-02-17"),
    ("on the 3rd (local time)", pendulum.date(2024, 3, 20), FUTURE, "2024-04-03"),
    ("the 31st", FRI, PAST, "2024-01-31"),
    ("the 5th of next month", FRI, PAST, "2024-04-05"),
    ("on 25th", pendulum.date(2025, 9, 26), PAST, "2025-09-25"),
    ("last January 18", pendulum.date(2013, 1, 28), PAST, "2013-01-18"),
    ("last March 3", pendulum.date(2013, 1, 28), FUTURE, "2012-03-03"),
    ("in 2023", FRI, PAST, "2023"),
    ("the year 2024", FRI, PAST, "2024"),
    ("the current fiscal year", FRI, "Sales fell in {}.", "2024"),
    ("2024-02-16", FRI, PAST, "2024-02-16"),
    ("2024/2/16", FRI, PAST, "2024-02-16"),
    ("2024.02.16", FRI, PAST, "2024-02-16"),
    ("2024-02-16T09:30:00Z", FRI, PAST, "2024-02-16T09:30"),
    ("16/02/2024", FRI, PAST, "2024-02-16"),
    ("2/16/2024", FRI, PAST, "2024-02-16"),
    ("16.02.2024", FRI, PAST, "2024-02-16"),
    ("3/4/2024", FRI, PAST, None),
    ("Tuesday 26/12/2023", FRI, PAST, "2023-12-26"),
    ("Monday, 4.3.2024", FRI, FUTURE, "2024-03-04"),
    ("Wednesday 3/4/2024", FRI, FUTURE, "2024-04-03"),
    ("the week of March 6", FRI, FUTURE, "2024-W10"),
    ("at 5:40 p.m. on Tuesday", FRI, PAST, "2024-02-27T17:40"),
    ("9 a.m. Tuesday", FRI, FUTURE, "2024-03-05T09:00"),
    ("4 a.m. EDT Thursday", FRI, PAST, "2024-02-29T04:00"),
    ("at 17:40 on 16 February 2024", FRI, PAST, "2024-02-16T17:40"),
    ("Tuesday at 5:40 p.m.", FRI, PAST, "2024-02-27T17:40"),
    ("16 February 2024, at 10 a.m. (local time)", FRI, PAST, "2024-02-16T10:00"),
    ("the 17th at noon", FRI, PAST, "2024-02-17T12:00"),
    ("at 5:40 p.m.", FRI, PAST, "2024-03-01T17:40"),
    ("at 8:20 a.m. (local time)", FRI, PAST, "2024-03-01T08:20"),
    ("four days before the Tuesday", FRI, PAST, "2024-02-23"),
    ("two days after March 3", FRI, FUTURE, "2024-03-05"),
]


@pytest.mark.parametrize(("text", "anchor", "frame", "value"), RULE_EXAMPLES)
def test_rule_examples_resolve(text: str, anchor: pendulum.Date, frame: str, value: str | None) -> None:
    """Each example phrasing a rule's docstring names resolves to its value against the anchor."""
    assert timex.resolve(text, anchor, frame.format(text)) == value


def test_every_rule_example_is_tested() -> None:
    """Every phrasing quoted after "Examples:" in a rule's docstring has its case above."""
    tested = {text for text, *_ in RULE_EXAMPLES}
    for _pattern, handler in timex._RULES:  # noqa: SLF001 - the registry is what is checked
        examples = re.search(r"Examples:(.*)", handler.__doc__ or "", re.DOTALL)
        quoted = re.findall(r'"([^"]+)"', examples.group(1)) if examples else []
        assert set(quoted) <= tested, f"{handler.__name__}: {set(quoted) - tested} untested"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("They met on the 7th of September in Paris.", ["the 7th of September"]),
        ("They met Tuesday, March 5, 2024, in Seoul.", ["Tuesday, March 5, 2024"]),
        ("The talks ran 22-23 May in Lima.", ["22-23 May"]),
        ("Leaders meet on May 22 and 23 in Iwaki.", ["May 22 and 23"]),
        ("They spoke on the 17th (Japan time) by phone.", ["on the 17th (Japan time)"]),
        ("I attended the summit on the 25th along with the signing.", ["on the 25th"]),
        ("He met the Secretary-General in New York on 25th afternoon.", ["on 25th"]),
        ("He came on 3rd, officials said.", ["on 3rd"]),
        ("Last January 18, he welcomed his counterpart.", ["Last January 18"]),
        ("He came on 25th September.", ["25th September"]),
        ("The 25th anniversary falls on 12th March.", ["12th March"]),
        ("He attended the 12th U.S.-Morocco Defense Consultative Committee.", []),
        ("It was the 17th summit of the group.", []),
        ("It was at the first session of the 15th-tenure National Assembly.", []),
        ("They met on the 15th-16th in Hanoi.", ["on the 15th"]),
        ("The vote closes at 1700 GMT.", []),
        ("They discussed the briefing on Resolution 1701 and Agenda 2063.", []),
        ("At least 20 may have died in the attack.", []),
        ("The record is dated 2024-02-16 in the file.", ["2024-02-16"]),
        ("Humans arrived 10,000 years ago.", ["10,000 years ago"]),
        ("He posted on Facebook last night.", ["last night"]),
        ("On the last night of the visit, Modi hosted a banquet.", []),
        ("He attended the opening of the Tokyo-2020 Games and the Expo-2025.", []),
        ("They met in mid-2020 in Tokyo.", ["mid-2020"]),
        ("Four days before the Tuesday meeting, they met in Muscat.", ["Four days before the Tuesday"]),
        ("A week before the summit, they met in Muscat.", []),
        ("Two days later, they met in Muscat.", ["Two days later"]),
    ],
)
def test_finder_takes_each_date_whole(sentence: str, found: list[str]) -> None:
    """A range, a weekday with its date, a day of the month is found whole; "the 12th" before a noun is not.

    Nor is a time on the 24-hour clock ("1700 GMT"), a number a document or a plan is called by ("Resolution
    1701", "Agenda 2063") or the verb "may" after a number.
    """
    assert [f.text for f in timex.find(sentence)] == found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("tomorrow", pendulum.date(9999, 12, 31)),
        ("next month", pendulum.date(9999, 12, 31)),
        ("yesterday", pendulum.date(1, 1, 1)),
        ("Christmas", pendulum.date(1, 1, 1)),
        ("999999999 days ago", FRI),
        ("10,000 years ago", FRI),
    ],
)
def test_dates_beyond_the_calendar_are_unresolved(text: str, anchor: pendulum.Date) -> None:
    """Counting past year 1 or 9999 gives no value rather than an error."""
    assert timex.resolve(text, anchor, f"They met {text}.") is None


# -- properties over the date grammar (tests/strategies.py) ---------------------------------------------------


@given(strategies.date_phrases)
def test_grammar_dates_resolve_to_their_parts(phrase: DatePhrase) -> None:
    """A date drawn from the grammar resolves to the value its day, month, year, weekday or count give."""
    assert timex.resolve(phrase.text, phrase.anchor, phrase.sentence) == phrase.value


@given(strategies.findable_dates)
def test_finder_finds_grammar_dates_once(phrase: DatePhrase) -> None:
    """In a sentence, a date drawn from the grammar is found once, and what is found resolves to its day."""
    found = list(timex.find(phrase.sentence))
    values = [timex.resolve(f.text, phrase.anchor, phrase.sentence) for f in found]
    assert [(v or "").split("T")[0] for v in values] == [(phrase.value or "").split("T")[0]]


@given(strategies.date_phrases, strategies.any_anchors, st.sampled_from([*strategies.PAST_FRAMES, "{}"]))
def test_resolver_is_total_and_deterministic_on_grammar(
    phrase: DatePhrase, anchor: pendulum.Date | None, frame: str
) -> None:
    """Grammar text against any anchor (none, year 1, year 9999) gives a value or None, the same each time."""
    first = timex.resolve(phrase.text, anchor, frame.format(phrase.text))
    assert first is None or isinstance(first, str)
    assert timex.resolve(phrase.text, anchor, frame.format(phrase.text)) == first


@given(
    st.text(max_size=120) | strategies.date_phrases.map(lambda p: f"{p.sentence} {p.text}"),
    strategies.any_anchors,
)
def test_finder_and_resolver_are_total_on_any_text(text: str, anchor: pendulum.Date | None) -> None:
    """Any text: every expression found is the text at its span, and resolves to the same value or None twice."""
    found = list(timex.find(text))
    assert found == list(timex.find(text))
    for item in found:
        assert text[item.start : item.end] == item.text
        value = timex.resolve(item.text, anchor, text)
        assert value == timex.resolve(item.text, anchor, text)


def test_a_weekday_and_the_next_clauses_week_stay_apart() -> None:
    """ "met on Monday, last week's talks having failed": Monday of this week, not of the last."""
    text = "They met on Monday, last week's talks having failed."
    hits = [(h.text, timex.resolve(h.text, FRI, text)) for h in timex.find(text)]
    assert hits[0] == ("Monday", "2024-02-26")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("X held a series of meetings on Wednesday on the sidelines of the G20 Foreign Ministers Meet in Delhi.",
         "2023-03-01"),
        ("X held talks on Wednesday at the Foreign Ministers' Meet.", "2023-03-01"),
        ("X and Y will meet on Wednesday.", "2023-03-08"),
    ],
)
def test_a_meet_named_with_capitals_is_no_verb_of_the_future(sentence: str, value: str) -> None:
    """ "the G20 Foreign Ministers Meet": an event's name; the clause's "held" tells the past, so "on
    Wednesday" is the one before a Thursday's story."""
    assert timex.resolve("on Wednesday", pendulum.date(2023, 3, 2), sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("X and Y spoke by telephone on Monday and agreed to meet soon.", "2024-05-06"),
        ("X will meet Y on Monday, officials said.", "2024-05-13"),
        ("Minister Arun Mehta will join Secretary Paul Reed for talks on Monday.", "2024-05-13"),  # a name in -ed
        ("He is scheduled to hold talks on Monday.", "2024-05-13"),
        ("A book, which he worked on with Dr Lewis, is due to be published on Monday.", "2024-05-13"),
        ("Xi, who will meet Biden for a highly anticipated meeting in Bali on Monday", "2024-05-13"),
        ("X will meet Y for the expected talks in Bali on Monday", "2024-05-13"),
        ("X is planning to meet with the self-proclaimed president of Y on Monday", "2024-05-13"),
        ("X is planning to meet with the self - proclaimed president of Y on Monday", "2024-05-13"),  # tokens
        ("X will meet Y, after they co-chaired talks on Monday", "2024-05-06"),  # a verb with its prefix
    ],
)
def test_a_clause_of_both_tenses_takes_the_verb_just_before_the_day(sentence: str, value: str) -> None:
    """ "spoke by telephone on Monday and agreed to meet soon": the verb before the day is past; "is scheduled",
    "is due to be published": the future's own words, however they end in -ed; "a highly anticipated meeting",
    "the self-proclaimed president": a participle before its noun or in a compound, no past."""
    assert timex.resolve("on Monday", pendulum.date(2024, 5, 8), sentence) == value


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("August 28-30", pendulum.date(2022, 8, 28), pendulum.date(2022, 8, 30)),
        ("May 22 and 23", pendulum.date(2024, 5, 22), pendulum.date(2024, 5, 23)),
        ("the 22nd and 23rd of May", pendulum.date(2024, 5, 22), pendulum.date(2024, 5, 23)),
        ("30 December to 2 January 2024", pendulum.date(2023, 12, 30), pendulum.date(2024, 1, 2)),
        ("Dec. 30-Jan. 2, 2024", pendulum.date(2023, 12, 30), pendulum.date(2024, 1, 2)),
        ("16 February 2024", pendulum.date(2024, 2, 16), None),
        ("on Tuesday", pendulum.date(2024, 2, 27), None),
    ],
)
def test_a_ranges_last_day(text: str, first: pendulum.Date, last: pendulum.Date | None) -> None:
    """The last day of a range of days, from its first: across a year's end too; none for a single day."""
    assert timex.range_end(text, first) == last
