"""Text helpers: the phrase tree that speeds up the extractor's long alternations."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import timex
from timeline.text import any_phrase

WORDS = ["vice", "president", "prime", "minister", "foreign", "of", "affairs", "the", "Minister", "PRIME"]
phrases = st.lists(
    st.lists(st.sampled_from(WORDS[:7]), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8
)
prose = st.lists(st.sampled_from([*WORDS, "-", " ", ",", "x", "Presidents"]), max_size=14).map("".join)


def _plain(phrases: list[str]) -> re.Pattern[str]:
    """The same phrases as one case-insensitive alternation, longest first: what ``any_phrase`` replaces."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(re.escape(p).replace(r"\ ", "[ -]") for p in ordered), re.IGNORECASE)


@given(phrases, prose)
def test_any_phrase_finds_what_a_plain_alternation_finds(words: list[str], text: str) -> None:
    """Same matches at the same places, in any letter case, the longest phrase winning at a position."""
    tree = re.compile(rf"\b{any_phrase(words)}\b")
    plain = re.compile(rf"\b(?:{_plain(words).pattern})\b", re.IGNORECASE)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_any_phrase_prefers_the_longest_and_lets_a_space_be_a_hyphen() -> None:
    pattern = re.compile(any_phrase(["minister", "prime minister", "minister for foreign affairs"]))
    assert pattern.search("the Minister for Foreign Affairs of Japan").group(0) == "Minister for Foreign Affairs"
    assert pattern.search("Prime-Minister Ishiba").group(0) == "Prime-Minister"
    assert pattern.search("she administers").group(0) == "minister"  # no word edges of its own


date_expressions = st.sampled_from(timex._FORMS).flatmap(  # noqa: SLF001
    lambda form: st.from_regex(re.compile(form, re.IGNORECASE), fullmatch=True)
)
context = st.sampled_from(["", "They met ", "held talks, ", "x", "(", "the ", "on "])


@settings(max_examples=2000)  # enough to reach every opening word of every form
@given(context, date_expressions, context)
def test_date_finder_first_word_check_changes_nothing(before: str, expression: str, after: str) -> None:
    """The check that a date expression's first word can open one never drops an expression."""
    text = f"{before}{expression} {after}"
    plain = re.compile("|".join(timex._FORMS), re.IGNORECASE)  # noqa: SLF001
    assert [m.span() for m in timex._FIND.finditer(text)] == [m.span() for m in plain.finditer(text)]  # noqa: SLF001
