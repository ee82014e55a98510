"""The extractor on generated text: it never raises and gives the same events for the same article.

Text comes from Hypothesis: arbitrary text, and sentences built from the date grammar and from title, name
and country templates (tests/strategies.py). Each extraction runs spaCy, so example counts stay small.
"""

from __future__ import annotations

from hypothesis import given, reject, settings
from hypothesis import strategies as st

from timeline import article
from timeline.errors import ArticleError
from timeline.extract import extract
from timeline.model import ArticleIngested

from . import strategies

PROPERTY = settings(max_examples=60)
printable = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=300
)


def extract_twice(text: str) -> None:
    """Extract one article from ``text`` twice; both runs must give the same events and problems."""
    try:
        item = article.from_bytes(text.encode(), source_name="t", published="2024-03-01")
    except ArticleError:
        reject()  # refused before extraction (blank text, a bad header): nothing to extract
    first = extract(item)
    assert first == extract(item)
    events, problems = first
    assert isinstance(events[0], ArticleIngested)
    assert events[0].text == item.text
    assert all(isinstance(problem, str) for problem in problems)


@PROPERTY
@given(printable)
def test_extract_is_total_and_deterministic_on_any_text(text: str) -> None:
    """Any text that reads as an article extracts without an exception, to the same events each time."""
    extract_twice(text)


@PROPERTY
@given(strategies.meeting_articles)
def test_extract_is_total_and_deterministic_on_meeting_sentences(text: str) -> None:
    """Officials meeting, named by title, made-up name and country, dated or not, extract the same way twice."""
    extract_twice(text)


@PROPERTY
@given(strategies.dated_meeting_articles)
def test_extract_is_total_and_deterministic_on_dated_meetings(text: str) -> None:
    """Meetings dated in every form of the date grammar extract the same way twice, without an exception.

    The forms: day first or month first, ordinals, abbreviations with and without periods, weekdays,
    "(local time)", ranges, clock times, years, relative dates.
    """
    extract_twice(text)
